using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Blog.Benchmarks.ContentBenchmarks).Assembly).Run(args);
