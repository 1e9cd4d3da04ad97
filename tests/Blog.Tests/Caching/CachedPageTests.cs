using System.IO.Compression;
using System.Text;
using Blog.Caching;

namespace Blog.Tests.Caching;

/// <summary>
/// A kept page in each coding: the plain and gzip bodies at once, brotli (forty times gzip's work) made
/// when first asked for, once for everyone asking together, and the same page once decompressed.
/// </summary>
public sealed class CachedPageTests
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes(
        "<!DOCTYPE html><html lang=\"en\"><title>Queues</title><p>" + string.Concat(Enumerable.Repeat("Little's law, by the hour. ", 400)) + "</p></html>");

    [Fact]
    public async Task The_plain_and_gzip_pages_are_ready_at_once()
    {
        var page = Page();

        Assert.True(AtOnce(page.In(ContentCoding.Identity)));
        Assert.True(AtOnce(page.In(ContentCoding.Gzip)));
        Assert.Equal(Body, (await page.In(ContentCoding.Identity)).Body);
        var gzip = await page.In(ContentCoding.Gzip);
        Assert.Equal(Body, Decompress(new GZipStream(new MemoryStream(gzip.Body), CompressionMode.Decompress)));
        Assert.Equal("gzip", gzip.ContentEncoding.ToString());
    }

    [Fact]
    public async Task Readers_asking_for_brotli_together_share_one_compression_of_the_same_page()
    {
        var page = Page();

        var asked = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(async () => await page.In(ContentCoding.Brotli))));

        Assert.All(asked, representation => Assert.Same(asked[0], representation));
        Assert.Equal(Body, Decompress(new BrotliStream(new MemoryStream(asked[0].Body), CompressionMode.Decompress)));
        Assert.Equal("br", asked[0].ContentEncoding.ToString());
        Assert.NotEqual((await page.In(ContentCoding.Identity)).ETag, asked[0].ETag);
        Assert.True(AtOnce(page.In(ContentCoding.Brotli)), "once made, brotli is at hand");
    }

    [Fact]
    public async Task The_budget_counts_brotli_before_it_is_made_so_that_making_it_never_overdraws()
    {
        var page = Page();

        var counted = page.Size;
        var brotli = await page.In(ContentCoding.Brotli);

        Assert.Equal(counted, page.Size);
        var taken = Body.Length + (await page.In(ContentCoding.Gzip)).Length + brotli.Length;
        Assert.True(counted >= taken, $"counted {counted} bytes for {taken}");
        Assert.True(counted <= CachedPage.Estimate(Body.Length), "the page takes no more than its admission reserved");
    }

    private static bool AtOnce(ValueTask<Representation> pending) => pending.IsCompletedSuccessfully;

    private static CachedPage Page() => CachedPage.Create("text/html; charset=utf-8", null, byLanguage: false, Body, language: null, tally: null);

    private static byte[] Decompress(Stream decompressing)
    {
        using (decompressing)
        {
            using var output = new MemoryStream();
            decompressing.CopyTo(output);
            return output.ToArray();
        }
    }
}
