using System.IO.Compression;
using System.Text;
using Blog.Caching;
using Blog.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Blog.Tests.Caching;

/// <summary>
/// A kept page in each coding: the plain and gzip bodies at once; brotli (forty times gzip's work) only
/// once a reader asks for it, made in the background, once however many ask, and the same page.
/// </summary>
public sealed class CachedPageTests
{
    private static readonly byte[] Html = Encoding.UTF8.GetBytes(
        "<!DOCTYPE html><html lang=\"en\"><title>Queues</title><p>" + string.Concat(Enumerable.Range(0, 400).Select(i => $"Little's law, hour {i}. ")) + "</p></html>");

    private readonly BrotliQueue _queue = new(turns: 1, NullLogger<BrotliQueue>.Instance);

    [Fact]
    public void The_plain_and_gzip_pages_are_there_at_once_and_brotli_is_not_made_for_them()
    {
        var page = Page(Html);

        var identity = page.For(ContentCoding.Identity);
        var gzip = page.For(ContentCoding.Gzip);

        Assert.Equal(Html, identity.Body);
        Assert.Equal(Html, Decompress(new GZipStream(new MemoryStream(gzip.Body), CompressionMode.Decompress)));
        Assert.Equal("gzip", gzip.ContentEncoding.ToString());
        Assert.Null(page.Brotli);
        Assert.Equal(0, _queue.Queued);
    }

    [Fact]
    public async Task Readers_asking_for_brotli_together_queue_it_once_and_get_the_same_page()
    {
        var page = Page(Html);

        await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(page.AskForBrotli)));
        await Eventually.True(() => Task.FromResult(page.Brotli is not null), "the brotli body is made");

        Assert.Equal(1, _queue.Queued);
        var brotli = page.For(ContentCoding.Brotli);
        Assert.Same(page.Brotli, brotli);
        Assert.Equal(Html, Decompress(new BrotliStream(new MemoryStream(brotli.Body), CompressionMode.Decompress)));
        Assert.Equal("br", brotli.ContentEncoding.ToString());
        Assert.Equal(page.PromisedBrotli.ETag, brotli.ETag);
        Assert.NotEqual(page.Gzip.ETag, brotli.ETag);
    }

    [Fact]
    public async Task Every_page_asked_for_is_made_however_many_are_queued_at_once()
    {
        var pages = Enumerable.Range(0, 40).Select(i => Page(Encoding.UTF8.GetBytes($"<p>Page {i}</p>"))).ToList();

        await Task.WhenAll(pages.Select(page => Task.Run(page.AskForBrotli)));
        await Eventually.True(
            () => Task.FromResult(pages.All(page => page.Brotli is not null) && _queue.Made == pages.Count),
            "every page has its brotli body",
            onTimeout: () => $"{pages.Count(page => page.Brotli is null)} pages left; queued {_queue.Queued}, made {_queue.Made}");

        Assert.Equal(pages.Count, _queue.Queued);
    }

    [Fact]
    public void Before_brotli_is_made_a_reader_of_brotli_alone_gets_the_plain_page()
    {
        var page = Page(Html);

        Assert.Same(page.Identity, page.For(ContentCoding.Brotli));
        Assert.Equal(ContentCoding.Gzip, ContentCodings.Choose("gzip, deflate, br, zstd", brotliReady: false));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_budget_counts_a_page_the_same_before_and_after_brotli_and_never_less_than_it_takes(bool incompressible)
    {
        var body = incompressible ? RandomBytes(50_000) : Html;
        var page = Page(body);
        var counted = page.Size;

        page.AskForBrotli();
        await Eventually.True(() => Task.FromResult(page.Brotli is not null), "the brotli body is made");

        Assert.Equal(counted, page.Size);
        var taken = body.Length + page.Gzip.Length + page.Brotli!.Length;
        Assert.True(counted >= taken, $"counted {counted} bytes for {taken}");
        Assert.True(counted <= CachedPage.Estimate(body.Length), "the page takes no more than its admission reserved");
    }

    private CachedPage Page(byte[] body) => CachedPage.Create("text/html; charset=utf-8", null, byLanguage: false, body, language: null, tally: null, _queue);

    private static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        new Random(7).NextBytes(bytes);
        return bytes;
    }

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
