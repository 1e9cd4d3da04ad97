using System.Globalization;
using BenchmarkDotNet.Running;
using Blog.Benchmarks.Corpus;

namespace Blog.Benchmarks;

/// <summary>
/// "corpus --out DIR [--count N] [--size BYTES] [--seed S]" writes a generated posts folder (used by the
/// startup and load scripts); "pandoc-blog --out DIR [--pages N]" writes the migrated blog of the tests
/// (posts/ in section and date folders, pages/); "load --posts DIR [--times N]" loads a folder cold and prints the time and
/// the catalog's size per post; anything else is BenchmarkDotNet's own command line.
/// </summary>
internal static class EntryPoint
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "corpus")
        {
            string Option(string name, string fallback)
            {
                var at = Array.IndexOf(args, name);
                return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
            }

            var output = Option("--out", string.Empty);
            if (output.Length == 0)
            {
                Console.Error.WriteLine("usage: corpus --out DIR [--count 1000] [--size 6000] [--seed 1]");
                return 2;
            }

            var count = int.Parse(Option("--count", "1000"), CultureInfo.InvariantCulture);
            var size = int.Parse(Option("--size", "6000"), CultureInfo.InvariantCulture);
            var seed = int.Parse(Option("--seed", "1"), CultureInfo.InvariantCulture);
            new CorpusWriter(seed, size).Write(output, count);
            Console.WriteLine($"wrote {count} posts of about {size} bytes to {output}");
            return 0;
        }

        // A migrated pandoc blog (see tests/Shared/PandocBlog.cs) with extra standalone pages, for the startup script.
        if (args.Length > 0 && args[0] == "pandoc-blog")
        {
            var output = args[Array.IndexOf(args, "--out") + 1];
            var pages = Array.IndexOf(args, "--pages") is var at and >= 0 ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : 20;
            var blog = Blog.Testing.PandocBlog.Write(output);
            for (var page = 1; page < pages; page++)
            {
                var file = Path.Combine(output, "pages", $"page-{page}.md");
                File.WriteAllText(file, $"---\ntitle: \"Page {page}\"\ntranslations:\n  vi:\n    title: \"Trang {page}\"\n---\n## English\n\nPage {page}.\n\n## Tiếng Việt\n\nTrang {page}.\n");
            }

            Console.WriteLine($"wrote {blog.Posts.Count} posts and {pages} pages to {output}; first old address {blog.Posts[0].OldAddress}");
            return 0;
        }

        // The startup path alone, without the web host, for profilers and the catalog's size per post.
        if (args.Length > 0 && args[0] == "load")
        {
            var posts = args[Array.IndexOf(args, "--posts") + 1];
            var times = Array.IndexOf(args, "--times") is var at and >= 0 ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : 1;
            for (var i = 0; i < times; i++)
            {
                var before = GC.GetTotalMemory(forceFullCollection: true);
                var watch = System.Diagnostics.Stopwatch.StartNew();
                var result = new Blog.Content.Catalog.PostLoader(Microsoft.Extensions.Logging.Abstractions.NullLogger<Blog.Content.Catalog.PostLoader>.Instance).Load(posts, "en");
                var parsed = watch.ElapsedMilliseconds;
                var catalog = new Blog.Content.Catalog.PostCatalog(result.Posts, result.Failures, DateTimeOffset.UtcNow);
                var elapsed = watch.ElapsedMilliseconds;
                var bytes = GC.GetTotalMemory(forceFullCollection: true) - before;
                Console.WriteLine($"loaded {catalog.Published.Count} posts in {elapsed} ms (read and parsed in {parsed} ms, catalog built in {elapsed - parsed} ms); catalog {bytes / 1048576.0:F1} MiB, {bytes / Math.Max(1, catalog.Published.Count) / 1024.0:F1} KiB a post");
                GC.KeepAlive(catalog);
            }

            return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Blog.Benchmarks.ContentBenchmarks).Assembly).Run(args);
        return 0;
    }
}
