using Blog.Content.Markdown;

namespace Blog.Content.Tests.Markdown;

public sealed class TocBuilderTests
{
    [Fact]
    public void Headings_nest_under_the_previous_shallower_heading()
    {
        HeadingInfo[] headings = [new(2, "a", "A"), new(3, "a1", "A1"), new(3, "a2", "A2"), new(2, "b", "B"), new(4, "b1", "B1")];

        var toc = TocBuilder.Build(headings);

        Assert.Equal(["A", "B"], toc.Select(e => e.Text));
        Assert.Equal(["A1", "A2"], toc[0].Children.Select(e => e.Text));
        Assert.Equal(["B1"], toc[1].Children.Select(e => e.Text));
        Assert.Equal(5, TocBuilder.CountEntries(toc));
    }

    [Fact]
    public void Three_levels_are_listed_from_the_shallowest_heading()
    {
        HeadingInfo[] headings = [new(2, "a", "A"), new(3, "b", "B"), new(4, "c", "C"), new(5, "d", "D")];

        var toc = TocBuilder.Build(headings);

        Assert.Equal(3, TocBuilder.CountEntries(toc));
    }
}
