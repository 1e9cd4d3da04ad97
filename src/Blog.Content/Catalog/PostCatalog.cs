using System.Collections.Frozen;
using Blog.Content.Posts;

namespace Blog.Content.Catalog;

/// <summary>
/// An immutable snapshot of the site at one moment: every parsed post, and the lookups readers need
/// (published posts newest first, a language version by its slug, posts by tag in each language).
/// Drafts and posts dated in the future are parsed but not published; <see cref="ValidUntil"/> says
/// when the next scheduled post goes live, so the store can take a fresh snapshot then.
/// </summary>
public sealed class PostCatalog
{
    private readonly FrozenDictionary<string, PostVersion> _byLanguageAndSlug;
    private readonly FrozenDictionary<string, Post> _byAnySlug;
    private readonly FrozenDictionary<string, IReadOnlyList<Post>> _byTag;
    private readonly FrozenDictionary<string, Tag> _tags;

    public PostCatalog(IReadOnlyList<Post> posts, IReadOnlyList<LoadFailure> failures, DateTimeOffset now)
    {
        CreatedAt = now;
        AllPosts = posts;
        Failures = failures;
        Published = posts
            .Where(p => p.IsPublishedAt(now))
            .OrderByDescending(p => p.Date?.Instant ?? DateTimeOffset.MinValue)
            .ThenBy(p => p.Slug, StringComparer.Ordinal)
            .ToArray();
        Languages = Published
            .SelectMany(p => p.Translations.Select(t => t.Language))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();

        var versions = Published.SelectMany(p => p.Translations.Select(t => new PostVersion(p, t))).ToList();
        _byLanguageAndSlug = versions
            .DistinctBy(v => Key(v.Translation.Language, v.Translation.Slug))
            .ToFrozenDictionary(v => Key(v.Translation.Language, v.Translation.Slug), StringComparer.Ordinal);

        // Main-language slugs first, so a slug that two posts use in different languages finds the post it names first.
        _byAnySlug = versions
            .OrderBy(v => v.Translation == v.Post.Main ? 0 : 1)
            .DistinctBy(v => v.Translation.Slug)
            .ToFrozenDictionary(v => v.Translation.Slug, v => v.Post, StringComparer.Ordinal);

        // One index per language, and one of the main versions for languages no post is written in.
        var tagged = Languages
            .Append(AnyLanguage)
            .SelectMany(language => Published.SelectMany(post => ListedIn(post, language).Tags.Select(tag => (Key: Key(language, tag.Slug), Tag: tag, Post: post))))
            .ToList();
        _byTag = tagged
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<Post>)g.Select(x => x.Post).Distinct().ToArray(), StringComparer.Ordinal);
        _tags = tagged
            .DistinctBy(x => x.Key)
            .ToFrozenDictionary(x => x.Key, x => x.Tag, StringComparer.Ordinal);

        Search = new Search.SearchIndex(Published, Languages.Append(AnyLanguage));

        ValidUntil = posts
            .Where(p => !p.Draft && p.Date is { } date && date.Instant > now)
            .Select(p => p.Date!.Value.Instant)
            .DefaultIfEmpty(DateTimeOffset.MaxValue)
            .Min();
    }

    public static PostCatalog Empty { get; } = new([], [], DateTimeOffset.MinValue);

    /// <summary>Every post that parsed, published or not.</summary>
    public IReadOnlyList<Post> AllPosts { get; }

    public IReadOnlyList<LoadFailure> Failures { get; }

    /// <summary>Posts a reader may see, newest first; posts without a date come last.</summary>
    public IReadOnlyList<Post> Published { get; }

    /// <summary>Languages that at least one published post is written in.</summary>
    public IReadOnlyList<string> Languages { get; }

    public DateTimeOffset ValidUntil { get; }

    /// <summary>The search over this snapshot's published posts, built with it.</summary>
    public Search.SearchIndex Search { get; }

    /// <summary>Posts matching a query, in a language the site may have no posts in.</summary>
    public IReadOnlyList<Post> FindPosts(string language, string query) =>
        Search.Find(Languages.Contains(language) ? language : AnyLanguage, query);

    /// <summary>When this snapshot was made: later snapshots are always later, even when posts went away.</summary>
    public DateTimeOffset CreatedAt { get; }

    /// <summary>
    /// The version a reader of <paramref name="language"/> sees in lists: theirs when the post has it,
    /// else the main one (marked as being in another language).
    /// </summary>
    public static PostTranslation ListedIn(Post post, string language) => post.In(language) ?? post.Main;

    /// <summary>The version of a post in one language, by that language's slug.</summary>
    public PostVersion? Find(string language, string slug) => _byLanguageAndSlug.GetValueOrDefault(Key(language, slug));

    /// <summary>A post by the slug of any of its versions, for addresses without a language.</summary>
    public Post? FindAnyLanguage(string slug) => _byAnySlug.GetValueOrDefault(slug);

    public Tag? FindTag(string language, string tagSlug) => _tags.GetValueOrDefault(TagKey(language, tagSlug));

    /// <summary>Published posts whose version listed in <paramref name="language"/> carries the tag, newest first.</summary>
    public IReadOnlyList<Post> Tagged(string language, string tagSlug) => _byTag.GetValueOrDefault(TagKey(language, tagSlug)) ?? [];

    /// <summary>The tags of the posts listed in a language, with how many posts carry each, by name.</summary>
    public IReadOnlyList<(Tag Tag, int Count)> TagsIn(string language)
    {
        var prefix = Key(Languages.Contains(language) ? language : AnyLanguage, string.Empty);
        return _tags
            .Where(entry => entry.Key.StartsWith(prefix, StringComparison.Ordinal))
            .Select(entry => (entry.Value, _byTag[entry.Key].Count))
            .OrderBy(t => t.Value.Name, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
    }

    /// <summary>The same posts, published as of <paramref name="now"/>.</summary>
    public PostCatalog At(DateTimeOffset now) => new(AllPosts, Failures, now);

    private const string AnyLanguage = "*";

    private static string Key(string language, string slug) => string.Concat(language, "/", slug);

    private string TagKey(string language, string tagSlug) =>
        Key(Languages.Contains(language) ? language : AnyLanguage, tagSlug);
}
