namespace Blog.Content.Posts;

/// <summary>
/// One post, parsed once at load time from one file or from a file and its translation files.
/// <see cref="Translations"/> holds one entry per language, the main language first.
/// <see cref="DateText"/> holds a date as written when it could not be read as one (the post is then
/// undated for sorting).
/// </summary>
public sealed record Post(
    string SourceFile,
    string MainLanguage,
    PostDate? Date,
    string? DateText,
    bool Draft,
    string? Author,
    string? AuthorUrl,
    PostMeta Meta,
    IReadOnlyList<PostTranslation> Translations)
{
    /// <summary>When the post last changed: the front matter's <c>updated</c>, else its files' last write time.</summary>
    public DateTimeOffset? Updated { get; init; }

    /// <summary>The picture for social cards, when the front matter names one.</summary>
    public PostImage? Image { get; init; }

    public PostTranslation Main => Translations[0];

    /// <summary>The main language's slug: the post's address without a language (<c>/posts/{slug}</c>).</summary>
    public string Slug => Main.Slug;

    public PostTranslation? In(string language)
    {
        // Called for every post in every language when a catalog is built: an indexed loop, no enumerator.
        for (var i = 0; i < Translations.Count; i++)
        {
            if (string.Equals(Translations[i].Language, language, StringComparison.Ordinal))
            {
                return Translations[i];
            }
        }

        return null;
    }

    /// <summary>Published means: not a draft, and its date (if any) has come.</summary>
    public bool IsPublishedAt(DateTimeOffset now) => !Draft && (Date is null || Date.Value.Instant <= now);
}
