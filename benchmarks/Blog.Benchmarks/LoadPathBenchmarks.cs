using System.Text;
using BenchmarkDotNet.Attributes;
using Blog.Benchmarks.Corpus;
using Blog.Content.FrontMatter;
using Blog.Content.Markdown;
using Blog.Content.Posts;
using Markdig.Syntax;

namespace Blog.Benchmarks;

/// <summary>
/// The stages of parsing one generated ~6 KB bilingual post, side by side: splitting off and reading
/// the front matter, parsing the Markdown, finding the language sections, building the TOC, and the
/// whole post as the loader parses it (the baseline). Each stage's share of the whole shows where a
/// load spends its time.
/// </summary>
[MemoryDiagnoser]
public class LoadPathBenchmarks
{
    private readonly PostParser _parser = new("en");
    private string _text = string.Empty;
    private byte[] _bytes = [];
    private string _fileName = string.Empty;
    private FrontMatterSplit _split = null!;
    private MarkdownDocument _document = null!;
    private IReadOnlyList<HeadingInfo> _headings = [];
    private string[] _plainTexts = [];
    private readonly Blog.Content.Search.WordPool _words = new();

    [GlobalSetup]
    public void Setup()
    {
        (_fileName, _text) = new CorpusWriter(seed: 1, targetBytes: 6000).Post(1);
        _bytes = Encoding.UTF8.GetBytes(_text);
        _split = FrontMatterSplit.Of(_text);
        _document = Markdig.Markdown.Parse(_split.Body, BlogMarkdownPipeline.Instance);
        _headings = _document.Descendants<HeadingBlock>()
            .Select((h, i) => new HeadingInfo(h.Level, $"h{i}", h.Inline?.FirstChild?.ToString() ?? string.Empty))
            .ToList();
        var outline = BodyOutline.Of(Markdig.Markdown.Parse(_split.Body, BlogMarkdownPipeline.Instance), _split.Body, null, null);
        _plainTexts = outline.Sections.GroupBy(s => s.Language)
            .Select(g => RenderedBody.Render(_split.Body, outline, g.ToList(), new Blog.Content.Text.HeadingIdRegistry(), g.Key + "-").PlainText)
            .ToArray();
    }

    [Benchmark(Baseline = true)]
    public Post WholePost() => _parser.Parse(_bytes, _fileName).Post;

    [Benchmark]
    public object FrontMatter() => FrontMatterReader.Read(FrontMatterSplit.Of(_text).Yaml, 2);

    [Benchmark]
    public MarkdownDocument Markdown() => Markdig.Markdown.Parse(_split.Body, BlogMarkdownPipeline.Instance);

    [Benchmark]
    public int LanguageSplit() => BodyOutline.Of(_document, _split.Body, null, null).Sections.Count;

    [Benchmark]
    public int Toc() => TocBuilder.CountEntries(TocBuilder.Build(_headings));

    /// <summary>One language's text: its Markdown parsed again on its own, rendered, highlighted, measured.</summary>
    [Benchmark]
    public int RenderOneLanguage()
    {
        var outline = BodyOutline.Of(_document, _split.Body, null, null);
        var english = outline.Sections.Where(s => s.Language == "en").ToList();
        return RenderedBody.Render(_split.Body, outline, english, new Blog.Content.Text.HeadingIdRegistry(), string.Empty).Html.Length;
    }

    [Benchmark]
    public int SearchWords() => Blog.Content.Search.SearchText.Words(_split.Body).Count;

    /// <summary>The search words of both languages' text, as each language version keeps them (the loader's pool already holds most).</summary>
    [Benchmark]
    public int SearchTermsOfBothLanguages()
    {
        var count = 0;
        foreach (var text in _plainTexts)
        {
            count += Blog.Content.Search.SearchTerms.Of("A title", null, ["queues", "cloud"], null, text, _words).Body.Length;
        }

        return count;
    }
}
