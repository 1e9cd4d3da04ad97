using Blog.Content.Catalog;
using Blog.Content.Tests.Support;
using Blog.Testing;

namespace Blog.Content.Tests.Search;

/// <summary>The words a loader keeps for its posts to share are bounded by the posts it has now, not by every edit it has seen.</summary>
public sealed class WordPoolTests : IDisposable
{
    private readonly TempPostsFolder _folder = new();
    private readonly CollectingLogger<PostLoader> _log = new();

    public void Dispose() => _folder.Dispose();

    private static int WordsIn(LoadResult result) =>
        result.Posts.SelectMany(p => p.Translations).SelectMany(t => t.Search.AllWords()).Distinct(StringComparer.Ordinal).Count();

    /// <summary>A post of 5,000 words seen in no edit before, and one word every version has.</summary>
    private void WriteEdit(int edit)
    {
        var words = string.Join(' ', Enumerable.Range(0, 5_000).Select(i => $"e{edit}w{i}"));
        var path = _folder.Write("changing.md", $"---\ntitle: Changing\n---\n\nshared {words}\n");
        File.SetLastWriteTimeUtc(path, new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(edit));
    }

    [Fact]
    public void Many_edits_bringing_new_words_leave_the_pool_a_small_multiple_of_the_words_in_the_posts()
    {
        _folder.Write("stable.md", "---\ntitle: Stable\n---\n\nshared words that stay the same\n");
        var loader = new PostLoader(_log);

        for (var edit = 0; edit < 40; edit++)
        {
            WriteEdit(edit);
            var result = loader.Load(_folder.Path, "en");

            Assert.Contains(result.Posts, p => p.Slug == "changing");
            Assert.True(loader.PooledWordCount <= 3 * WordsIn(result), $"after edit {edit}: {loader.PooledWordCount} pooled for {WordsIn(result)} in the posts");
        }
    }

    [Fact]
    public void Posts_go_on_sharing_their_words_after_the_pool_is_trimmed()
    {
        _folder.Write("stable.md", "---\ntitle: Stable\n---\n\nshared words that stay the same\n");
        var loader = new PostLoader(_log);
        LoadResult result = null!;
        for (var edit = 0; edit < 10; edit++)
        {
            WriteEdit(edit);
            result = loader.Load(_folder.Path, "en");
        }

        var stable = result.Posts.Single(p => p.Slug == "stable").Main.Search.Body;
        var changing = result.Posts.Single(p => p.Slug == "changing").Main.Search.Body;
        Assert.Same(stable.Single(w => w == "shared"), changing.Single(w => w == "shared"));
    }
}
