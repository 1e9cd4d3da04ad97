using Blog.Testing;
using Blog.Tests.Support;

namespace Blog.Tests.Pages.Posts;

/// <summary>A page holds every language version of a post, so no id may repeat, whatever the author wrote.</summary>
public sealed class UniqueIdTests : IDisposable
{
    private readonly BlogFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Shared_text_and_ids_the_author_wrote_twice_never_repeat_and_every_toc_link_stays_in_its_language()
    {
        _factory.Posts.Write("ids.md", """
            ---
            title: Ids
            lang: en
            ---

            ## Background {#bg}
            Shared by both languages.

            ## English
            ### Setup {#setup}
            ### Usage

            ## Tiếng Việt
            ### Cài đặt {#setup}
            ### Sử dụng
            """);
        using var client = _factory.Client();

        foreach (var url in new[] { "/en/posts/ids", "/vi/posts/ids" })
        {
            var page = await client.GetOkPage(url);
            var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
            Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());

            foreach (var version in page.QuerySelectorAll(".post-version"))
            {
                Assert.All(
                    version.QuerySelectorAll("nav.toc a[href^='#']"),
                    a => Assert.Same(version, page.GetElementById(a.GetAttribute("href")![1..])!.Closest(".post-version")));
            }
        }
    }
}
