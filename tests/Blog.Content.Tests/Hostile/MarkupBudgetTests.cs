using System.Text;
using Blog.Content.Catalog;
using Blog.Content.Tests.Support;
using Blog.Testing;

namespace Blog.Content.Tests.Hostile;

/// <summary>
/// Markdown whose cost would not be bounded by its size: a table of hundreds of thousands of cells
/// (linear, but about 1.5 KB of memory each), and the constructs whose cost is quadratic in one
/// paragraph. Each is refused, naming the file and the line, while the rest of the folder loads.
/// </summary>
public sealed class MarkupBudgetTests : IDisposable
{
    private readonly TempPostsFolder _folder = new();
    private readonly CollectingLogger<PostLoader> _log = new();

    public MarkupBudgetTests() => _folder.Write("good.md", Samples.SingleLanguagePost("Good", "2025-01-01"));

    public void Dispose() => _folder.Dispose();

    private LoadFailure AssertRefused(string file, string reason)
    {
        var result = new PostLoader(_log).Load(_folder.Path, "en");

        Assert.Contains(result.Posts, p => p.Slug == "good");
        var failure = Assert.Single(result.Failures, f => f.File == file);
        Assert.Contains(reason, failure.Problem, StringComparison.Ordinal);
        Assert.NotNull(failure.Line);
        Assert.Contains(_log.Warnings, w => w.Contains(file, StringComparison.Ordinal) && w.Contains($"line {failure.Line}", StringComparison.Ordinal));
        return failure;
    }

    [Fact]
    public void A_table_twenty_thousand_columns_wide_is_refused_at_the_line_where_it_passes_the_limit()
    {
        // The red team's 880 KB table, which took a 384 MB heap down.
        var table = new StringBuilder("---\ntitle: Wide\n---\n\nIntro.\n\n");
        for (var row = 0; row < 11; row++)
        {
            table.Append(string.Concat(Enumerable.Repeat(row == 1 ? "|--" : "| x ", 20_000))).Append("|\n");
        }

        _folder.Write("wide.md", table.ToString());

        var failure = AssertRefused("wide.md", "more than 50,000 links, emphasis marks, code spans, table cells");
        Assert.InRange(failure.Line!.Value, 7, 17);
    }

    [Fact]
    public void A_table_of_a_thousand_rows_still_renders()
    {
        var rows = string.Concat(Enumerable.Range(0, 1_000).Select(i => $"| {i} | *name {i}* | `code` | [link](/{i}) | text |\n"));
        _folder.Write("table.md", $"---\ntitle: Table\n---\n\n| a | b | c | d | e |\n|---|---|---|---|---|\n{rows}");

        var post = Assert.Single(new PostLoader(_log).Load(_folder.Path, "en").Posts, p => p.Slug == "table");

        Assert.Equal(1_000, Html.Parse(post.Main.Html).QuerySelectorAll("tbody tr").Length);
    }

    [Theory]
    [InlineData("bare links", "see http://example.org/page ", "bare links")]
    [InlineData("emphasis", "*a* ", "emphasis marks")]
    [InlineData("link definitions", "[d{0}]: /u\n", "link definitions")]
    public void Thousands_of_quadratic_constructs_in_one_paragraph_are_refused(string what, string piece, string reason)
    {
        var paragraph = string.Concat(Enumerable.Range(0, 7_000).Select(i => string.Format(System.Globalization.CultureInfo.InvariantCulture, piece, i)));
        _folder.Write("many.md", $"---\ntitle: Many {what}\n---\n\nFirst paragraph.\n\n{paragraph}\n");

        var failure = AssertRefused("many.md", reason);

        Assert.True(failure.Line >= 7, $"line {failure.Line} is not in the paragraph");
    }

    [Fact]
    public void A_table_of_two_thousand_rows_with_a_word_in_bold_and_snake_case_names_on_each_still_renders()
    {
        var rows = string.Concat(Enumerable.Range(0, 2_000).Select(i => $"| key_{i}_name | **bold {i}** | [link](/{i}) |\n"));
        _folder.Write("bold.md", $"---\ntitle: Bold\n---\n\n| a | b | c |\n|---|---|---|\n{rows}");

        var post = Assert.Single(new PostLoader(_log).Load(_folder.Path, "en").Posts, p => p.Slug == "bold");

        Assert.Equal(2_000, Html.Parse(post.Main.Html).QuerySelectorAll("tbody strong").Length);
    }

    [Fact]
    public void The_same_constructs_spread_over_paragraphs_load()
    {
        var paragraphs = string.Concat(Enumerable.Range(0, 3_000).Select(i => $"See http://example.org/{i} and *this* one.\n\n[d{i}]: /u{i}\n\n"));
        _folder.Write("spread.md", $"---\ntitle: Spread\n---\n\n{paragraphs}");

        var post = Assert.Single(new PostLoader(_log).Load(_folder.Path, "en").Posts, p => p.Slug == "spread");

        Assert.Equal(3_000, Html.Parse(post.Main.Html).QuerySelectorAll("a[href^='http://example.org/']").Length);
    }

    [Fact]
    public void More_blocks_than_any_post_has_are_refused()
    {
        _folder.Write("blocks.md", string.Concat(Enumerable.Repeat("- a\n", 160_000)));

        AssertRefused("blocks.md", "more than 150,000 paragraphs, list items");
    }

    [Fact]
    public void A_file_in_more_languages_than_the_blog_knows_is_refused_at_the_first_one_too_many()
    {
        var tags = new[] { "en", "vi", "fr", "de", "es", "it", "pt", "nl", "ru", "ja", "zh", "ko", "pl" };
        _folder.Write("babel.md", "---\ntitle: Babel\n---\n\n" + string.Concat(tags.Select(t => $"## Text {{lang={t}}}\n\nWords.\n\n")));

        var failure = AssertRefused("babel.md", "more than 12 languages");

        Assert.Equal(5 + (12 * 4), failure.Line);
    }
}
