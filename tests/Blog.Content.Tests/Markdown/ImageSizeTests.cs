using System.Text;
using Blog.Content.Posts;
using Blog.Content.Tests.Support;

namespace Blog.Content.Tests.Markdown;

/// <summary>Pictures of the site get their size written into the page, so it does not jump as they load.</summary>
public sealed class ImageSizeTests
{
    private static byte[] Png(int width, int height)
    {
        byte[] bytes = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 0, 0, 0, 0, 0, 0, 8, 2, 0, 0, 0, 0];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(16), width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(20), height);
        return bytes;
    }

    private static byte[] Gif(int width, int height) =>
        [(byte)'G', (byte)'I', (byte)'F', (byte)'8', (byte)'9', (byte)'a', (byte)width, (byte)(width >> 8), (byte)height, (byte)(height >> 8), 0, 0];

    private static byte[] Jpeg(int width, int height) =>
    [
        0xFF, 0xD8,
        0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00,
        0xFF, 0xC0, 0x00, 0x11, 0x08, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 0x03,
    ];

    private static Post Render(string markdown, Dictionary<string, byte[]?> files) => RenderWith(markdown, new MemorySiteFiles(files));

    private static Post RenderWith(string markdown, MemorySiteFiles files) =>
        new PostParser("en", files).Parse(Encoding.UTF8.GetBytes(markdown), "p.md").Post;

    [Theory]
    [InlineData("png", 1200, 630)]
    [InlineData("gif", 320, 200)]
    [InlineData("jpg", 1024, 768)]
    public void A_picture_on_the_site_gets_its_width_and_height(string kind, int width, int height)
    {
        var bytes = kind switch { "png" => Png(width, height), "gif" => Gif(width, height), _ => Jpeg(width, height) };
        var post = Render($"![chart](/images/chart.{kind})\n", new() { [$"/images/chart.{kind}"] = bytes });

        var image = Html.Parse(post.Main.Html).QuerySelector("img")!;
        Assert.Equal(width.ToString(System.Globalization.CultureInfo.InvariantCulture), image.GetAttribute("width"));
        Assert.Equal(height.ToString(System.Globalization.CultureInfo.InvariantCulture), image.GetAttribute("height"));
    }

    [Fact]
    public void A_size_the_author_gave_wins_and_other_sites_pictures_are_left_alone()
    {
        var post = Render("![a](/a.png){width=10 height=20}\n\n![b](https://example.org/b.png)\n\n![c](/missing.png)\n", new() { ["/a.png"] = Png(500, 500) });

        var images = Html.Parse(post.Main.Html).QuerySelectorAll("img");
        Assert.Equal(("10", "20"), (images[0].GetAttribute("width"), images[0].GetAttribute("height")));
        Assert.Null(images[1].GetAttribute("width"));
        Assert.Null(images[2].GetAttribute("width"));
        Assert.All(images, i => Assert.Equal("lazy", i.GetAttribute("loading")));
    }

    [Fact]
    public void A_file_that_is_not_a_picture_gives_no_size()
    {
        var post = Render("![x](/x.png)\n", new() { ["/x.png"] = Encoding.ASCII.GetBytes("not an image at all, just text") });

        Assert.Null(Html.Parse(post.Main.Html).QuerySelector("img")!.GetAttribute("width"));
    }

    [Fact]
    public void A_file_of_the_site_listed_as_empty_is_not_opened()
    {
        var files = new MemorySiteFiles(new Dictionary<string, byte[]?> { ["/fifo.png"] = null, ["/real.png"] = Png(4, 3) });

        var post = RenderWith("![pipe](/fifo.png)\n\n![real](/real.png)\n", files);

        var images = Html.Parse(post.Main.Html).QuerySelectorAll("img");
        Assert.Null(images[0].GetAttribute("width"));
        Assert.Equal("4", images[1].GetAttribute("width"));
        Assert.Equal(["/real.png"], files.Opened);
    }
}
