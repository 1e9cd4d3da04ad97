using Blog.Content.Catalog;
using Blog.Content.Posts;
using Blog.Localization;
using Blog.Pages.Shared;

namespace Blog.Pages.Posts;

/// <summary>
/// Where to read next: the newer and older post as listed in the reader's language, and up to three
/// posts that share the most keywords with this one.
/// </summary>
/// <param name="IdSuffix">Appended to the ids of the version not shown, so none repeats in the page.</param>
internal sealed record PostNeighbours(PostSummaryView? Newer, PostSummaryView? Older, IReadOnlyList<PostSummaryView> Related, UiStrings Ui, string IdSuffix)
{
    public const int RelatedCount = 3;

    public static PostNeighbours Of(PostCatalog catalog, Post post, string language, UiStrings ui, string idSuffix)
    {
        var list = catalog.Published;
        var index = IndexOf(list, post);

        PostSummaryView? At(int i) => i >= 0 && i < list.Count ? PostSummaryView.From(list[i], language, ui) : null;

        var related = SharingMostTags(catalog, post, language).Select(other => PostSummaryView.From(other, language, ui)).ToList();
        return new PostNeighbours(index < 0 ? null : At(index - 1), index < 0 ? null : At(index + 1), related, ui, idSuffix);
    }

    /// <summary>By binary search: the list's order is total. By reference: records compare by value, field by field.</summary>
    private static int IndexOf(IReadOnlyList<Post> list, Post post)
    {
        var (low, high) = (0, list.Count - 1);
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var order = PostCatalog.PublishedOrder.Compare(list[middle], post);
            if (order == 0)
            {
                return ReferenceEquals(list[middle], post) ? middle : -1;
            }

            (low, high) = order < 0 ? (middle + 1, high) : (low, middle - 1);
        }

        return -1;
    }

    /// <summary>
    /// The posts whose version listed in the language shares the most of this one's tags (each of their tags
    /// counted), newest first among equals. Only the posts on this post's tag lists can share any, so those
    /// lists are read, not the whole site: a page rendered after every edit must not cost every post.
    /// </summary>
    private static List<Post> SharingMostTags(PostCatalog catalog, Post post, string language)
    {
        var shared = new Dictionary<Post, int>(ReferenceEqualityComparer.Instance);
        foreach (var tag in PostCatalog.ListedIn(post, language).Tags.Select(t => t.Slug).Distinct(StringComparer.Ordinal))
        {
            foreach (var other in catalog.Tagged(language, tag))
            {
                if (!ReferenceEquals(other, post))
                {
                    shared[other] = shared.GetValueOrDefault(other) + 1;
                }
            }
        }

        var best = new List<(Post Post, int Shared)>(RelatedCount + 1);
        foreach (var (other, count) in shared)
        {
            var at = best.FindIndex(b => count > b.Shared || (count == b.Shared && PostCatalog.PublishedOrder.Compare(other, b.Post) < 0));
            if (at >= 0 || best.Count < RelatedCount)
            {
                best.Insert(at >= 0 ? at : best.Count, (other, count));
                if (best.Count > RelatedCount)
                {
                    best.RemoveAt(RelatedCount);
                }
            }
        }

        return best.ConvertAll(b => b.Post);
    }
}
