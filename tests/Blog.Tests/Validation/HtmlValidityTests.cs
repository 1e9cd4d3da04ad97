using Blog.Testing;
using Blog.Tests.Support;

namespace Blog.Tests.Validation;

/// <summary>The pages a reader sees are valid HTML by the Nu Html Checker, with zero errors.</summary>
public sealed class HtmlValidityTests : IDisposable
{
    private readonly BlogFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact(SkipUnless = nameof(NuChecker.Available), SkipType = typeof(NuChecker), Skip = NuChecker.SkipReason)]
    public async Task Home_post_tag_archive_and_404_pages_have_no_errors()
    {
        _factory.Posts.Write("2025-07-29-queues.md", Samples.BilingualPost.Replace("description-meta:", "image: /images/q.png\ndescription-meta:", StringComparison.Ordinal));
        _factory.Posts.Write("2025-01-01-features.md", """
            ---
            title: 'Every feature: "quotes" & <tags>'
            keywords: "markdown, C#"
            lang: en
            ---

            Text with a note[^1], a [link](https://example.org) and `code`.

            ![A chart of the queue, *by hour*](/images/chart.png "Queue length")

            ![A caption with [a link](https://example.org/source)](/images/source.png)

            A picture in the text ![icon](/images/icon.png), and one kept out of a figure:

            ![Kept inline](/images/inline.png)\

            - ![A figure in a list](/images/list.png)
            - an item

            | Left | Right |
            |:-----|------:|
            | a    | b     |

            - [x] done
            - [ ] open

            Term
            : Definition

            Pictured term
            : ![A figure in a definition](/images/definition.png)

            > A quote.

            ```csharp
            var x = 1;
            ```

            ## Section {#custom .class}

            [^1]: The note.
            """);
        // One subheading is too few for a table of contents: nothing stands between the title and it.
        _factory.Posts.Write("2024-12-01-one-heading.md", "---\ntitle: One heading\ntoc: false\n---\n## English\n### The only one\nText.\n\n## Tiếng Việt\n### Duy nhất\nChữ.\n");
        using var client = _factory.Client();

        var pages = new Dictionary<string, string>();
        foreach (var url in new[] { "/en", "/vi", "/en/posts/queues", "/vi/posts/queues", "/en/posts/features", "/en/posts/one-heading", "/vi/posts/one-heading", "/en/tags/markdown", "/vi/tags/queues", "/en/tags", "/en/archive", "/no/such/page" })
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Equal(url == "/no/such/page" ? System.Net.HttpStatusCode.NotFound : System.Net.HttpStatusCode.OK, response.StatusCode);
            pages[url.Trim('/').Replace('/', '_')] = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        }

        var errors = await NuChecker.Errors(pages);

        Assert.True(errors.Count == 0, string.Join('\n', errors));
        var features = await client.GetOkPage("/en/posts/features");
        Assert.Equal(4, features.QuerySelectorAll("figure > figcaption").Length);
    }

    [Fact(SkipUnless = nameof(NuChecker.Available), SkipType = typeof(NuChecker), Skip = NuChecker.SkipReason)]
    public async Task Pandoc_markup_math_tables_divs_and_notes_have_no_errors()
    {
        const string Sample = "2025-10-12-queueing-by-the-numbers.md";
        _factory.Posts.Write(Sample, SourceTree.SamplePost(Sample));
        _factory.Posts.Write("2025-01-02-markup.md", """
            ---
            title: Markup
            ---
            ::: {.aside #aside key=value}
            A [marked]{.mark} and [underlined]{.underline} word, an inline note^[With *emphasis*.], $x^2$.
            :::

            +-------+----------+
            | Grid  | Table    |
            +=======+==========+
            | - one | $\sqrt{2}$ |
            | - two |          |
            +-------+----------+

            Table: A grid table

              Right     Left
            -------     ------
                 12     twelve
                  3     three

            $$\begin{pmatrix} a & b \\ c & d \end{pmatrix}$$ and an unreadable $\nosuchcommand$.
            """);
        using var client = _factory.Client();

        var pages = new Dictionary<string, string>();
        foreach (var url in new[] { "/en/posts/queueing-by-the-numbers", "/vi/posts/queueing-by-the-numbers", "/en/posts/markup" })
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            pages[url.Trim('/').Replace('/', '_')] = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        }

        var errors = await NuChecker.Errors(pages);

        Assert.True(errors.Count == 0, string.Join('\n', errors));
        var markup = await client.GetOkPage("/en/posts/markup");
        Assert.NotNull(markup.QuerySelector("table > caption"));
        Assert.NotEmpty(markup.QuerySelectorAll("math"));
        Assert.NotNull(markup.QuerySelector("code.math"));
    }

    [Fact(SkipUnless = nameof(NuChecker.Available), SkipType = typeof(NuChecker), Skip = NuChecker.SkipReason)]
    public async Task Section_lists_pages_the_menu_and_suggestions_of_a_migrated_blog_have_no_errors()
    {
        using var site = new TempPostsFolder();
        var blog = PandocBlog.Write(site.Path, posts: 30);
        _factory.With("Blog:PostsPath", blog.PostsFolder);
        using var client = _factory.Client();
        var post = blog.Posts.First(p => p.Section == "productivity");

        var pages = new Dictionary<string, string>();
        foreach (var url in new[] { "/en/sections/productivity", "/vi/sections/continuous-learning", "/en/resume", "/vi/resume", "/en/archive", post.OldAddress, $"/posts/{post.Section}/2031/01/01/{post.Name}.html" })
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
            pages[url.Trim('/').Replace('/', '_').Replace('.', '_')] = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        }

        var errors = await NuChecker.Errors(pages);

        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }
}
