using Blog.Content.Text;

namespace Blog.Content.Posts;

/// <summary>
/// What a file shares with the other files of its post. A translation file (<c>post.vi.md</c>) is
/// in the language its name gives, and takes heading ids from the same registry as the main file, so
/// the versions never produce the same id in one page.
/// </summary>
internal sealed record PostParseContext(HeadingIdRegistry Registry, string? FileLanguage, bool IsTranslationFile)
{
    public static PostParseContext Standalone() => new(new HeadingIdRegistry(), null, false);
}
