using Blog.Content.Catalog;
using Blog.Content.Tests.Support;

namespace Blog.Content.Tests.Catalog;

public sealed class KeyedPostsTests
{
    private static Blog.Content.Posts.Post Named(string key) => Parse.Post($"---\ntitle: {key}\n---\nText.\n", key + ".md");

    [Fact]
    public void Changes_set_take_out_and_put_in_posts_in_key_order()
    {
        var posts = KeyedPosts.Of(["b", "d", "f"], [Named("b"), Named("d"), Named("f")]);
        var newD = Named("d");

        var changed = posts.With([("a", Named("a")), ("d", newD), ("f", null), ("e", Named("e")), ("z", null)]);

        Assert.Equal(["a", "b", "d", "e"], changed.Keys);
        Assert.Same(newD, changed.Find("d"));
        Assert.Null(changed.Find("f"));
        Assert.Equal(["b", "d", "f"], posts.Keys);
    }

    [Fact]
    public void Keys_out_of_order_are_put_in_order()
    {
        var posts = KeyedPosts.Of(["c", "a"], [Named("c"), Named("a")]);

        Assert.Equal(["a", "c"], posts.Keys);
        Assert.Equal("a.md", posts.Posts[0].SourceFile);
    }
}
