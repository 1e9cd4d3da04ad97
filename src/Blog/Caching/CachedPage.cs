using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.Extensions.Primitives;

namespace Blog.Caching;

/// <summary>
/// One rendered page, in each content coding a browser may ask for, each with its own strong entity
/// tag (a compressed body is a different representation from the plain one). The brotli body is made
/// in the background once a reader asks for it (see <see cref="BrotliQueue"/>); until then that reader
/// gets the next coding they accept, and tools that take gzip or nothing never cost a compression.
/// </summary>
internal sealed class CachedPage
{
    private readonly BrotliQueue _brotliQueue;
    private Representation? _brotli;
    private int _brotliAsked;

    private CachedPage(StringValues contentType, DateTimeOffset? lastModified, bool byLanguage, Representation identity, Representation gzip, StringValues brotliTag, BrotliQueue brotliQueue, RememberedLanguage? language, OriginSlots.Tally? tally)
    {
        Tally = tally;
        ContentType = contentType;
        LastModified = lastModified;
        LastModifiedHeader = lastModified is { } modified ? Microsoft.Net.Http.Headers.HeaderUtilities.FormatDate(modified) : StringValues.Empty;
        ByLanguage = byLanguage;
        Identity = identity;
        Gzip = gzip;
        PromisedBrotli = new Representation([], brotliTag, "br");
        _brotliQueue = brotliQueue;
        Language = language;

        // Brotli counted at gzip's size from the start (at these levels it is smaller for text), so that the
        // account is the same when the page is kept and when it is dropped, whether or not brotli was made.
        Size = identity.Length + (2 * gzip.Length) + Overhead;
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

    /// <summary>The brotli body once made, else null.</summary>
    public Representation? Brotli => Volatile.Read(ref _brotli);

    /// <summary>
    /// The brotli representation's tag without its body, known before the body is made: a reader who
    /// holds it is answered 304 without waiting for a compression.
    /// </summary>
    public Representation PromisedBrotli { get; }

    /// <summary>The language the page is in and the languages it offers, for remembering a reader's switch.</summary>
    public RememberedLanguage? Language { get; }

    /// <summary>Counts the pages served to the page's origin, when pages are kept per origin.</summary>
    public OriginSlots.Tally? Tally { get; }

    /// <summary>What this page costs in memory, near enough for a budget.</summary>
    public long Size { get; }

    private const int Overhead = 512;

    /// <summary>At most what a page of this many bytes costs with its two compressed copies, even when it hardly compresses.</summary>
    public static long Estimate(long bodyBytes) => (3 * bodyBytes) + Overhead + 1024;

    /// <summary>The page in <paramref name="coding"/>; brotli before it is made gives the plain page.</summary>
    public Representation For(ContentCoding coding) => coding switch
    {
        ContentCoding.Brotli => Brotli ?? Identity,
        ContentCoding.Gzip => Gzip,
        _ => Identity,
    };

    /// <summary>A reader asked for brotli before it was made: the first such reader puts the page in the queue.</summary>
    public void AskForBrotli()
    {
        if (Interlocked.Exchange(ref _brotliAsked, 1) == 0)
        {
            _brotliQueue.Add(this);
        }
    }

    /// <summary>Compresses the brotli body (called by <see cref="BrotliQueue"/>, once).</summary>
    public void MakeBrotli() =>
        Volatile.Write(ref _brotli, new Representation(Precompressed.Of(Identity.Body, ContentCoding.Brotli), PromisedBrotli.ETag, PromisedBrotli.ContentEncoding));

    /// <summary>
    /// Compresses with gzip at its highest level (brotli later, when asked for): done once per page and
    /// catalog, and only for a page the cache has admitted (see <see cref="PageCache.Admit"/>), never for a
    /// response that will not be kept.
    /// </summary>
    public static CachedPage Create(string contentType, DateTimeOffset? lastModified, bool byLanguage, byte[] body, RememberedLanguage? language, OriginSlots.Tally? tally, BrotliQueue brotliQueue)
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
            $"\"{tag}-br\"",
            brotliQueue,
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
