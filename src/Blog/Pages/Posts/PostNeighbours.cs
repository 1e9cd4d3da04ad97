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
        // By reference: records compare by value, field by field, which a list of thousands would repeat.
        var index = -1;
        for (var i = 0; i < list.Count && index < 0; i++)
        {
            index = ReferenceEquals(list[i], post) ? i : -1;
        }

        PostSummaryView? At(int i) => i >= 0 && i < list.Count ? PostSummaryView.From(list[i], language, ui) : null;

        var tags = PostCatalog.ListedIn(post, language).Tags.Select(t => t.Slug).ToHashSet(StringComparer.Ordinal);
        var related = tags.Count == 0
            ? []
            : list
                .Where(other => !ReferenceEquals(other, post))
                .Select(other => (Post: other, Shared: PostCatalog.ListedIn(other, language).Tags.Count(t => tags.Contains(t.Slug))))
                .Where(x => x.Shared > 0)
                .OrderByDescending(x => x.Shared)
                .Take(RelatedCount)
                .Select(x => PostSummaryView.From(x.Post, language, ui))
                .ToList();

        return new PostNeighbours(index < 0 ? null : At(index - 1), index < 0 ? null : At(index + 1), related, ui, idSuffix);
    }
}
