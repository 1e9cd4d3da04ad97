using System.Text.Json;
using Blog.Testing;

namespace Blog.Tests.Check;

/// <summary>
/// <c>Blog check</c>, the author's look before publishing: one line per problem naming the file (and
/// line and column where there is one), exit 0 when every file publishes and 1 when one does not.
/// </summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly TempPostsFolder _site = new();

    public void Dispose() => _site.Dispose();

    private string Posts => Path.Combine(_site.Path, "posts");

    [Fact]
    public async Task A_migrated_blog_passes_and_each_settled_clash_is_one_line_naming_the_file_and_its_address()
    {
        var blog = PandocBlog.Write(_site.Path);

        var run = await CheckRun.Of(blog.PostsFolder);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain(run.Output, l => l.Contains(": error: ", StringComparison.Ordinal) || l.Contains("leads nowhere", StringComparison.Ordinal) || l.Contains("does not have", StringComparison.Ordinal));
        var later = blog.Posts.Where(p => p.Name == PandocBlog.SeriesName).OrderBy(p => p.Date).Skip(1).ToList();
        foreach (var post in later)
        {
            Assert.Single(run.Problems, l => l.StartsWith($"posts/{post.RelativePath}: note: ", StringComparison.Ordinal)
                && l.Contains($"this post's addresses are /en/posts/{post.Date:yyyy'/'MM'/'dd}/{post.Name} and /vi/posts/{post.Date:yyyy'/'MM'/'dd}/{post.Name}", StringComparison.Ordinal));
        }

        Assert.Equal(blog.RepeatedNames.Values.Sum(count => count - 1), run.Problems.Count(l => l.Contains(" already taken by ", StringComparison.Ordinal)));
        Assert.Equal("check: 391 posts and 1 pages read; 0 errors, 0 warnings, " + run.Problems.Count + " notes", run.Output[^1]);
    }

    [Fact]
    public async Task A_file_that_cannot_be_published_is_an_error_line_with_its_line_and_column_and_exit_code_1()
    {
        Write("good.md", "---\ntitle: Good\ndate: 2025-01-01\n---\nText.\n");
        Write("broken.md", "---\ntitle: Broken\ntoc-depth: many\n---\nText.\n");

        var run = await CheckRun.Of(Posts);

        Assert.True(run.ExitCode == 1, run.ToString());
        var line = Assert.Single(run.Problems);
        Assert.StartsWith("posts/broken.md:3:12: error: 'toc-depth' must be a whole number", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Links_and_anchors_that_lead_nowhere_are_found_in_each_language()
    {
        Write("target.md", "---\ntitle: Target\ndate: 2025-01-01\n---\n## English\n\n### Real heading\n\nText.\n\n## Tiếng Việt\n\n### Tiêu đề thật\n\nChữ.\n");
        Write("links.md", """
            ---
            title: Links
            date: 2025-01-02
            ---
            ## English

            See [the heading](/en/posts/target#real-heading), [a ghost](/en/posts/target#ghost) and [nothing](/en/posts/nothing).

            ## Tiếng Việt

            Xem [tiêu đề](/vi/posts/target#tiêu-đề-thật) và [bóng ma](#khong-co).
            """);

        var run = await CheckRun.Of(Posts);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(
            [
                "posts/links.md:11:49: warning: in vi: the link '#khong-co' names #khong-co, which /vi/posts/links does not have",
                "posts/links.md:7:51: warning: in en: the link '/en/posts/target#ghost' names #ghost, which /en/posts/target does not have",
                "posts/links.md:7:89: warning: in en: the link '/en/posts/nothing' leads nowhere on this site (/en/posts/nothing)",
            ],
            run.Problems.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Links_in_pages_to_lists_tags_and_sections_are_checked_against_what_the_site_has()
    {
        Write("a.md", "---\ntitle: A\ndate: 2025-01-01\nkeywords: real\n---\nText.\n");
        Directory.CreateDirectory(Path.Combine(_site.Path, "pages"));
        File.WriteAllText(Path.Combine(_site.Path, "pages", "links.md"), """
            ---
            title: Links
            ---
            [all posts](/posts/), [a real tag](/en/tags/real), [no such tag](/en/tags/nope), [no such section](/en/sections/nope), [the site](https://blog.example/en/posts/gone)
            """);

        var run = await CheckRun.Of(Posts, "--Blog:BaseUrl=https://blog.example", "--strict");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal(
            [
                "pages/links.md:4:120: warning: in en: the link 'https://blog.example/en/posts/gone' leads nowhere on this site (/en/posts/gone)",
                "pages/links.md:4:52: warning: in en: the link '/en/tags/nope' leads nowhere on this site (/en/tags/nope)",
                "pages/links.md:4:82: warning: in en: the link '/en/sections/nope' leads nowhere on this site (/en/sections/nope)",
            ],
            run.Problems.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Json_output_gives_each_problem_as_an_object_for_ci()
    {
        Write("typo.md", "---\ntitel: Typo\ndate: 2025-01-01\n---\nText.\n");
        Write("en-only.md", "---\ntitle: English only\ndate: 2025-01-02\n---\nText.\n");
        Write("both.md", "---\ntitle: Both\ndate: 2025-01-03\n---\n## English\n\nText.\n\n## Tiếng Việt\n\nChữ.\n");

        var run = await CheckRun.Of(Posts, "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var document = JsonDocument.Parse(string.Join('\n', run.Output));
        var problems = document.RootElement.GetProperty("problems").EnumerateArray().ToList();
        var typo = Assert.Single(problems, p => p.GetProperty("file").GetString() == "posts/typo.md" && p.GetProperty("severity").GetString() == "warning");
        Assert.Equal(2, typo.GetProperty("line").GetInt32());
        Assert.Contains("did you mean 'title'", typo.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains(problems, p => p.GetProperty("file").GetString() == "posts/en-only.md" && p.GetProperty("message").GetString()!.StartsWith("has no version in vi", StringComparison.Ordinal));
        Assert.Equal(0, document.RootElement.GetProperty("errors").GetInt32());
        Assert.Equal(3, document.RootElement.GetProperty("posts").GetInt32());
    }

    [Fact]
    public async Task A_setting_that_cannot_work_is_named_and_nothing_is_checked()
    {
        Write("good.md", "---\ntitle: Good\n---\nText.\n");

        var run = await CheckRun.Of(Posts, "--Blog:Permalink=/{lang}/posts/{year}");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Blog:Permalink", run.Errors, StringComparison.Ordinal);
        Assert.Contains("{slug}", run.Errors, StringComparison.Ordinal);
    }

    private void Write(string name, string text)
    {
        Directory.CreateDirectory(Posts);
        File.WriteAllText(Path.Combine(Posts, name), text);
    }
}
