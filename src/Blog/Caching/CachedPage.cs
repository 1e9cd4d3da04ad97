using System.Buffers.Text;
using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.Extensions.Primitives;

namespace Blog.Caching;

/// <summary>
/// One rendered page, in each content coding a browser may ask for, each with its own strong entity
/// tag (a compressed body is a different representation from the plain one). Brotli at its best quality
/// costs forty times gzip's time, so it is made when a reader first asks for it, once: feed readers,
/// crawlers and tools that take gzip or nothing never pay for it.
/// </summary>
internal sealed class CachedPage
{
    private readonly Lazy<Task<Representation>> _brotli;

    private CachedPage(StringValues contentType, DateTimeOffset? lastModified, bool byLanguage, Representation identity, Representation gzip, Lazy<Task<Representation>> brotli, RememberedLanguage? language, OriginSlots.Tally? tally)
    {
        Tally = tally;
        ContentType = contentType;
        LastModified = lastModified;
        LastModifiedHeader = lastModified is { } modified ? Microsoft.Net.Http.Headers.HeaderUtilities.FormatDate(modified) : StringValues.Empty;
        ByLanguage = byLanguage;
        Identity = identity;
        Gzip = gzip;
        _brotli = brotli;
        Language = language;

        // Counted at its bound from the start, so that the budget holds before and after it is made.
        Size = identity.Length + gzip.Length + BrotliEncoder.GetMaxCompressedLength(identity.Body.Length) + Overhead;
    }

    public StringValues ContentType { get; }

    /// <summary>The <c>Last-Modified</c> the page set, replayed with it.</summary>
    public DateTimeOffset? LastModified { get; }

    /// <summary><see cref="LastModified"/> as the header says it, formatted once rather than per reader.</summary>
    public StringValues LastModifiedHeader { get; }

    /// <summary>A page kept per reader's language (the home page at <c>/</c>): it says it varies by language, and is for that reader only.</summary>
    public bool ByLanguage { get; }

    public Representation Identity { get; }

    public Representation Gzip { get; }

    /// <summary>The language the page is in and the languages it offers, for remembering a reader's switch.</summary>
    public RememberedLanguage? Language { get; }

    /// <summary>Counts the pages served to the page's origin, when pages are kept per origin.</summary>
    public OriginSlots.Tally? Tally { get; }

    /// <summary>What this page costs in memory, near enough for a budget.</summary>
    public long Size { get; }

    private const int Overhead = 512;

    /// <summary>At most what a page of this many bytes costs with its two compressed copies, even when it hardly compresses.</summary>
    public static long Estimate(long bodyBytes) => (3 * bodyBytes) + Overhead + 1024;

    /// <summary>
    /// The page in <paramref name="coding"/>: at once, except brotli the first time, which is compressed
    /// on the thread pool (never on a socket thread), once, however many readers ask meanwhile.
    /// </summary>
    public ValueTask<Representation> In(ContentCoding coding) => coding switch
    {
        ContentCoding.Brotli => _brotli.Value.IsCompletedSuccessfully ? new(_brotli.Value.Result) : new(_brotli.Value),
        ContentCoding.Gzip => new(Gzip),
        _ => new(Identity),
    };

    /// <summary>
    /// Compresses at the highest levels (brotli when first asked for): done once per page and catalog, and
    /// only for a page the cache has admitted (see <see cref="PageCache.Admit"/>), never for a response
    /// that will not be kept.
    /// </summary>
    public static CachedPage Create(string contentType, DateTimeOffset? lastModified, bool byLanguage, byte[] body, RememberedLanguage? language, OriginSlots.Tally? tally)
    {
        // 96 bits of the body's SHA-256: a changed page gets a new tag, with no clock or counter involved.
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(body, hash);
        var tag = Base64Url.EncodeToString(hash[..12]);
        return new CachedPage(
            contentType,
            lastModified,
            byLanguage,
            new Representation(body, $"\"{tag}\"", StringValues.Empty),
            new Representation(Precompressed.Of(body, ContentCoding.Gzip), $"\"{tag}-gz\"", "gzip"),
            new Lazy<Task<Representation>>(() => Task.Run(() => new Representation(Precompressed.Of(body, ContentCoding.Brotli), $"\"{tag}-br\"", "br"))),
            language,
            tally);
    }
}

/// <summary>A page's bytes in one content coding, with the headers that go with them.</summary>
internal sealed record Representation(byte[] Body, StringValues ETag, StringValues ContentEncoding)
{
    public long Length => Body.Length;
}

/// <summary>What a page told <see cref="Localization.LanguagePreference.RememberIfChosen"/>: replayed for every reader.</summary>
internal sealed record RememberedLanguage(string Language, IReadOnlyCollection<string> Offered);
