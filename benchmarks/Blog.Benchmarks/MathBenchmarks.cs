using BenchmarkDotNet.Attributes;
using Blog.Content.Markdown;
using Blog.Content.Markdown.Mathematics;
using Markdig.Syntax;

namespace Blog.Benchmarks;

/// <summary>
/// The TeX-to-MathML converter alone, over every formula of <see cref="MarkdownCostBenchmarks"/>'s
/// math-heavy post (as the inline parser hands them over), so the math share of that post's cost can be
/// told from the rest of the pipeline's.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class MathBenchmarks
{
    private (string Tex, bool Display)[] _formulas = [];

    [GlobalSetup]
    public void Setup()
    {
        var document = Markdig.Markdown.Parse(MarkdownCostBenchmarks.MathPost(), BlogMarkdownPipeline.Instance);
        _formulas = [.. document.Descendants<MathInline>().Select(math => (math.Tex, math.Display))];
    }

    [Benchmark]
    public int ConvertPostFormulas()
    {
        var length = 0;
        foreach (var (tex, display) in _formulas)
        {
            length += TexToMathML.Convert(tex, display).MathML?.Length ?? 0;
        }

        return length;
    }
}
