using System.Net;
using System.Text;
using Blog.Testing;
using Blog.Tests.Support;

namespace Blog.Tests.Pages;

/// <summary>A posts folder full of trouble still gives a site where every link answers, and none with a 500.</summary>
public sealed class HostileSiteTests : IDisposable
{
    private readonly BlogFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Every_page_reachable_from_the_home_pages_answers_without_an_error()
    {
        var posts = _factory.Posts;
        posts.Write("good.md", Samples.BilingualPost);
        posts.Write("yaml.md", "---\ntitle: Broken: colon\n---\n");
        posts.Write("list.md", "---\n- a\n---\n");
        posts.Write("types.md", "---\ndate: [1, 2]\ndraft: \"maybe\"\n---\n");
        posts.Write("open.md", "---\ntitle: open\n");
        posts.Write("empty.md", string.Empty);
        posts.WriteBytes("latin1.md", Encoding.Latin1.GetBytes("---\ntitle: Café\n---\n"));
        posts.WriteBytes("bom-crlf.md", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("---\r\ntitle: \"BOM & CRLF\"\r\n---\r\n\r\n## One\r\n\r\n## Two\r\n")]);
        posts.Write("cr.md", "---\rtitle: Old Mac\r---\rText.\r");
        posts.Write("headings.md", "---\ntitle: Many headings\n---\n" + string.Concat(Enumerable.Range(0, 10_000).Select(i => $"## Heading {i % 7}\n\n")));
        posts.Write("nested.md", new string('>', 20_000) + " deep\n");
        posts.Write("title <script>.md", "---\ntitle: \"</script><script>alert(1)</script>\"\nkeywords: \"<b>, C#, 日本語\"\n---\nText.\n");
        posts.Write("Bài viết không ngày.md", "Chữ.\n");
        posts.Write("dup.md", "---\nslug: good\nlang: en\n---\n## English\nA\n");
        posts.Write(".post.md.swp", "\0\0binary");

        using var client = _factory.Client();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(["/en", "/vi"]);
        while (queue.Count > 0)
        {
            var url = queue.Dequeue();
            if (!visited.Add(url))
            {
                continue;
            }

            var (status, page) = await client.GetPage(url);
            Assert.True(status == HttpStatusCode.OK, $"GET {url} answered {(int)status}");
            foreach (var link in page.QuerySelectorAll("a[href^='/']").Select(a => a.GetAttribute("href")!.Split('#')[0]))
            {
                if (link.Length > 0 && !visited.Contains(link) && (link.Contains("/posts/", StringComparison.Ordinal) || link.Contains("/tags/", StringComparison.Ordinal) || link.Contains('?', StringComparison.Ordinal)))
                {
                    queue.Enqueue(link);
                }
            }
        }

        Assert.Contains("/en/posts/headings", visited);
        Assert.Contains("/en/posts/bom-crlf", visited);
        Assert.Contains("/en/posts/cr", visited);
        Assert.Contains("/en/posts/bai-viet-khong-ngay", visited);
        Assert.Contains("/en/posts/good", visited);
        Assert.DoesNotContain(visited, v => v.Contains("/posts/yaml", StringComparison.Ordinal) || v.Contains("/posts/nested", StringComparison.Ordinal));
    }
}
