using Blog.Content.Tests.Support;

namespace Blog.Content.Tests.Search;

public sealed class SearchTermsTests
{
    [Fact]
    public void Each_part_lists_its_words_once_in_ordinal_order_so_a_prefix_can_be_found_by_binary_search()
    {
        var post = Parse.Post("""
            ---
            title: "Zebra and apple, Zebra"
            keywords: "queues, 9 lives, 10 things"
            summary: "Đà Nẵng mango apple"
            ---

            zebra apple Zebra mango apple 9 10 Bộ nhớ
            """);

        var terms = post.Main.Search;

        Assert.Equal(["and", "apple", "zebra"], terms.Title);
        Assert.Equal(["10", "9", "lives", "queues", "things"], terms.Keywords);
        Assert.Equal(["apple", "da", "mango", "nang"], terms.Summary);
        Assert.Equal(["10", "9", "apple", "bo", "mango", "nho", "zebra"], terms.Body);
    }
}
