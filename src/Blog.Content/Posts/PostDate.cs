using System.Globalization;

namespace Blog.Content.Posts;

/// <summary>
/// When a post is published. A bare date (<c>2025-07-29</c>) means that whole day, and is shown
/// as a date; a date with a time is an instant. Both compare as an instant in UTC.
/// </summary>
public readonly record struct PostDate(DateTimeOffset Instant, bool HasTime)
{
    // Every form pandoc normalises (its dcterms.date): 04/02/2018 is April the 2nd, as pandoc reads it
    // (the US order); a year alone is its first day.
    private static readonly string[] DayFormats =
    [
        "yyyy-MM-dd", "yyyy-M-d", "yyyy/MM/dd", "yyyy/M/d",
        "MMMM d, yyyy", "MMM d, yyyy", "MMM. d, yyyy", "d MMMM yyyy", "d MMM yyyy",
        "MM/dd/yyyy", "M/d/yyyy", "yyyyMMdd", "yyyy",
    ];

    private static readonly string[] InstantFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mmK",
    ];

    /// <summary>The day the author wrote, in their own time zone.</summary>
    public DateOnly Day => DateOnly.FromDateTime(Instant.DateTime);

    /// <summary>The ISO 8601 form machines read (<c>&lt;time datetime&gt;</c>, meta tags).</summary>
    public string ToIso() => HasTime
        ? ToIso(Instant)
        : Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A bare date: that whole day, from its first instant in UTC.</summary>
    internal static PostDate OfDay(DateOnly day) => new(new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), HasTime: false);

    /// <summary>An instant in the same ISO 8601 form, with its offset (a post's last change, for meta tags and JSON-LD).</summary>
    public static string ToIso(DateTimeOffset instant) => instant.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static bool TryParse(string text, out PostDate date)
    {
        text = text.Trim();
        if (DateOnly.TryParseExact(text, DayFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            date = OfDay(day);
            return true;
        }

        if (DateTimeOffset.TryParseExact(text, InstantFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            date = new PostDate(instant, HasTime: true);
            return true;
        }

        date = default;
        return false;
    }
}
