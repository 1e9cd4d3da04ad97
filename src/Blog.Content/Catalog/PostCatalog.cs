using System.Collections.Frozen;
using Blog.Content.Posts;

namespace Blog.Content.Catalog;

/// <summary>
/// An immutable snapshot of the site at one moment: every parsed post, and the lookups readers need
/// (published posts newest first, by slug, by tag). Drafts and posts dated in the future are parsed
/// but not published; <see cref="ValidUntil"/> says when the next scheduled post goes live, so the
/// store can take a fresh snapshot then.
/// </summary>
public sealed class PostCatalog
{
    private readonly FrozenDictionary<string, Post> _bySlug;
    private readonly FrozenDictionary<string, IReadOnlyList<Post>> _byTag;
    private readonly FrozenDictionary<string, Tag> _tags;

    public PostCatalog(IReadOnlyList<Post> posts, IReadOnlyList<LoadFailure> failures, DateTimeOffset now)
    {
        AllPosts = posts;
        Failures = failures;
        Published = posts
            .Where(p => p.IsPublishedAt(now))
            .OrderByDescending(p => p.Date?.Instant ?? DateTimeOffset.MinValue)
            .ThenBy(p => p.Slug, StringComparer.Ordinal)
            .ToArray();
        _bySlug = Published.ToFrozenDictionary(p => p.Slug, StringComparer.Ordinal);
        _byTag = Published
            .SelectMany(p => p.Tags.Select(t => (Tag: t, Post: p)))
            .GroupBy(x => x.Tag.Slug, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<Post>)g.Select(x => x.Post).ToArray(), StringComparer.Ordinal);
        _tags = Published
            .SelectMany(p => p.Tags)
            .DistinctBy(t => t.Slug)
            .ToFrozenDictionary(t => t.Slug, StringComparer.Ordinal);
        Languages = Published.SelectMany(p => p.Translations.Select(t => t.Language)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
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

    public Post? FindPost(string slug) => _bySlug.GetValueOrDefault(slug);

    public Tag? FindTag(string slug) => _tags.GetValueOrDefault(slug);

    public IReadOnlyList<Post> Tagged(string tagSlug) => _byTag.GetValueOrDefault(tagSlug) ?? [];

    /// <summary>The same posts, published as of <paramref name="now"/>.</summary>
    public PostCatalog At(DateTimeOffset now) => new(AllPosts, Failures, now);
}
