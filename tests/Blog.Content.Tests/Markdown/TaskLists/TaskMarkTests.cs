using Blog.Content.Tests.Support;

namespace Blog.Content.Tests.Markdown.TaskLists;

/// <summary>A task box only where pandoc reads one: opening a list item, followed by a space.</summary>
public sealed class TaskMarkTests
{
    [Fact]
    public void Only_a_mark_opening_an_item_and_followed_by_a_space_is_a_box()
    {
        var post = Parse.Post("- [X] upper\n- [ ] open\n- b [x] c\n- [x]foo\n- [x]{.c} a span\n\n1. [x] numbered\n\n- para\n\n  [x] second para\n");

        var items = Html.Parse(post.Main.Html).QuerySelectorAll("li");
        Assert.Equal([true, true, false, false, false, true, false], items.Select(li => li.QuerySelector("input[type=checkbox]") is not null));
        Assert.Equal(["b [x] c", "[x]foo", "x a span"], items.Skip(2).Take(3).Select(li => li.TextContent));
        Assert.Equal("x", items[4].QuerySelector("span.c")!.TextContent);
        Assert.Equal("[x] second para", items[6].QuerySelectorAll("p")[1].TextContent);
    }
}
