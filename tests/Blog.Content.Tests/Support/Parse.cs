using System.Text;
using Blog.Content.Posts;

namespace Blog.Content.Tests.Support;

internal static class Parse
{
    public static PostParseResult Result(string markdown, string fileName = "2025-01-01-a-post.md", string defaultLanguage = "en") =>
        new PostParser(defaultLanguage).Parse(Encoding.UTF8.GetBytes(markdown), fileName);

    public static Post Post(string markdown, string fileName = "2025-01-01-a-post.md", string defaultLanguage = "en") =>
        Result(markdown, fileName, defaultLanguage).Post;
}
