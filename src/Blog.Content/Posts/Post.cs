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
    /// <summary>When the post last changed by its front matter's <c>updated</c>.</summary>
    public DateTimeOffset? Updated { get; init; }

    /// <summary>
    /// When its files last changed by the loader's other sources: the last git commit that touched them,
    /// else (only when the site says so) their write time. A copy or a clone writes every file anew,
    /// so the write time alone would say every post changed at each deploy.
    /// </summary>
    public DateTimeOffset? Revised { get; init; }

    /// <summary>The latest write time of the post's files, as the folder listing gave it.</summary>
    public DateTimeOffset? Written { get; init; }

    /// <summary>
    /// The one "last modified" of the post, for its page head, structured data, feeds and sitemap:
    /// <c>updated</c>, else <see cref="Revised"/>, else its date; never earlier than its date.
    /// </summary>
    public DateTimeOffset? LastModified
    {
        get
        {
            var changed = Updated ?? Revised;
            var date = Date?.Instant;
            return changed is { } c && (date is null || c > date) ? c : date ?? changed;
        }
    }

    /// <summary>Other addresses the post had (front matter <c>aliases</c>), each redirected to it; only those the loader accepted.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The first folder under the posts folder, as an address segment; null for a post at its top.</summary>
    public string? Section => Addresses.Permalink.FolderOf(SourceFile) is { Length: > 0 } folders ? folders[0] : null;

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
