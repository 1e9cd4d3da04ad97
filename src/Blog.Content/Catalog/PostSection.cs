using Blog.Content.Posts;

namespace Blog.Content.Catalog;

/// <summary>
/// A first-level folder of the posts folder (<c>continuous-learning</c>) and its published posts,
/// newest first. Its <c>index.md</c> (or <c>_index.md</c>), when there is one, gives the list its title,
/// subtitle and opening text in each language; without one the folder's name is the title.
/// </summary>
public sealed record PostSection(string Slug, Post? Intro, IReadOnlyList<Post> Posts)
{
    /// <summary>The version of the intro a reader of <paramref name="language"/> sees; null without an intro.</summary>
    public PostTranslation? IntroIn(string language) => Intro is null ? null : Intro.In(language) ?? Intro.Main;

    public string TitleIn(string language) => IntroIn(language)?.Title ?? NameOf(Slug);

    /// <summary><c>continuous-learning</c> → "Continuous learning": how a folder name reads as a title.</summary>
    public static string NameOf(string folder)
    {
        var words = folder.Replace('-', ' ').Replace('_', ' ').Trim();
        return words.Length == 0 ? folder : char.ToUpperInvariant(words[0]) + words[1..];
    }
}
