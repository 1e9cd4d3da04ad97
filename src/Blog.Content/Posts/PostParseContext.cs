using Blog.Content.Markdown;
using Blog.Content.Text;

namespace Blog.Content.Posts;

/// <summary>
/// What a file shares with the other files of its post. A translation file (<c>post.vi.md</c>) is
/// in the language its name gives, takes heading ids from the same registry as the main file (so the
/// versions never produce the same id in one page), and takes from the main file whatever it does
/// not say itself.
/// </summary>
internal sealed record PostParseContext(
    HeadingIdRegistry Registry, string? FileLanguage, bool IsTranslationFile, InheritedValues? Inherited = null)
{
    /// <summary>The file's last write time, the post's "updated" date when its front matter gives none.</summary>
    public DateTimeOffset? LastWrite { get; init; }

    /// <summary>Code highlighted and formulas converted for the post's other language versions, to be reused.</summary>
    public SharedRenderings Renderings { get; init; } = new();

    public static PostParseContext Standalone() => new(new HeadingIdRegistry(), null, false);
}

/// <summary>The main file's values a translation file falls back to, with the language they are written in.</summary>
internal sealed record InheritedValues(
    string Title, string TitleTag, string? Subtitle, string? SubtitleTag, IReadOnlyList<string> Keywords, string Slug,
    string? Description = null, string? DescriptionTag = null)
{
    public static InheritedValues From(PostTranslation main) =>
        new(main.Title, main.TitleTag, main.Subtitle, main.SubtitleTag, main.Keywords, main.Slug, main.Description, main.DescriptionTag);
}
