using System.Diagnostics;
using AngleSharp.Dom;
using Blog.Content.Catalog;
using Blog.Content.Tests.Support;
using Blog.Testing;

namespace Blog.Content.Tests.Hostile;

/// <summary>
/// Spans, subscripts and the like nested thousands deep load quickly and render: past the depth
/// Markdig's renderer can take, the deepest are written as the text they were made of.
/// </summary>
public sealed class DeepInlineTests : IDisposable
{
    private readonly TempPostsFolder _folder = new();
    private readonly CollectingLogger<PostLoader> _log = new();

    public void Dispose() => _folder.Dispose();

    private (IDocument Page, TimeSpan Took) Load(string body)
    {
        _folder.Write("deep.md", $"---\ntitle: Deep\n---\n\nFirst paragraph.\n\n{body}\n");
        var clock = Stopwatch.StartNew();
        var result = new PostLoader(_log).Load(_folder.Path, "en");
        clock.Stop();

        Assert.Empty(result.Failures);
        return (Html.Parse(Assert.Single(result.Posts).Main.Html), clock.Elapsed);
    }

    private static int Depth(IElement element, string selector)
    {
        var deepest = 0;
        foreach (var match in element.QuerySelectorAll(selector))
        {
            var depth = 0;
            for (var at = match; at is not null && at.LocalName != "p"; at = at.ParentElement)
            {
                depth++;
            }

            deepest = Math.Max(deepest, depth);
        }

        return deepest;
    }

    [Fact]
    public void Five_thousand_nested_spans_render_in_well_under_seconds()
    {
        const int Levels = 5_000;
        var (page, took) = Load(new string('[', Levels) + "core" + string.Concat(Enumerable.Repeat("]{.a}", Levels)));

        var paragraph = page.QuerySelectorAll("p")[1];
        Assert.Equal(32, Depth(paragraph, "span.a"));
        Assert.Contains("core", paragraph.TextContent, StringComparison.Ordinal);
        Assert.EndsWith("core" + string.Concat(Enumerable.Repeat("]{.a}", Levels - 32)), paragraph.TextContent, StringComparison.Ordinal);
        Assert.True(took < HangGuard.Limit, $"took {took}");
    }

    [Fact]
    public void Spans_nested_as_deep_as_any_post_does_are_all_spans()
    {
        var (page, _) = Load(string.Concat(Enumerable.Repeat("[a ", 20)) + "x" + string.Concat(Enumerable.Repeat("]{.a}", 20)));

        Assert.Equal(20, page.QuerySelectorAll("span.a").Length);
        Assert.DoesNotContain("{.a}", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Strikeouts_and_spans_nested_in_turn_thousands_deep_render()
    {
        const int Levels = 2_500;
        var (page, took) = Load(string.Concat(Enumerable.Repeat("~~a [", Levels)) + "core" + string.Concat(Enumerable.Repeat("]{.s}~~", Levels)));

        var paragraph = page.QuerySelectorAll("p")[1];
        Assert.Equal(32, Depth(paragraph, "span.s, del"));
        Assert.Equal(16, paragraph.QuerySelectorAll("del").Length);
        Assert.Contains("core", paragraph.TextContent, StringComparison.Ordinal);
        Assert.True(took < HangGuard.Limit, $"took {took}");
    }

    [Fact]
    public void Thousands_of_marks_in_one_paragraph_closed_or_not_load_quickly()
    {
        const int Times = 5_000;
        var (page, took) = Load(string.Concat(Enumerable.Repeat("H~2~O x^2^ ~~a~~ ~a b~ ^c ", Times)));

        var paragraph = page.QuerySelectorAll("p")[1];
        Assert.Equal(Times, paragraph.QuerySelectorAll("sub").Length);
        Assert.Equal(Times, paragraph.QuerySelectorAll("sup").Length);
        Assert.Equal(Times, paragraph.QuerySelectorAll("del").Length);
        Assert.True(took < HangGuard.Limit, $"took {took}");
    }
}
