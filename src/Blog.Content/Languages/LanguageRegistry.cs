using System.Collections.Frozen;
using System.Globalization;

namespace Blog.Content.Languages;

/// <summary>
/// The languages a section heading may name. Authors write the language's own name
/// (<c>## Tiếng Việt</c>), so that is what is matched, case-insensitively.
/// </summary>
public static class LanguageRegistry
{
    private static readonly KnownLanguage[] Languages =
    [
        new("en", "English", "en_US"),
        new("vi", "Tiếng Việt", "vi_VN"),
        new("fr", "Français", "fr_FR"),
        new("de", "Deutsch", "de_DE"),
        new("es", "Español", "es_ES"),
        new("it", "Italiano", "it_IT"),
        new("pt", "Português", "pt_PT"),
        new("nl", "Nederlands", "nl_NL"),
        new("ru", "Русский", "ru_RU"),
        new("ja", "日本語", "ja_JP"),
        new("zh", "中文", "zh_CN"),
        new("ko", "한국어", "ko_KR"),
    ];

    private static readonly FrozenDictionary<string, KnownLanguage> ByName =
        Languages.ToFrozenDictionary(l => l.NativeName, StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, KnownLanguage> ByTag =
        Languages.ToFrozenDictionary(l => l.Tag, StringComparer.OrdinalIgnoreCase);

    /// <summary>True for the languages the blog knows by name (their primary subtag).</summary>
    public static bool IsKnown(string tag) => ByTag.ContainsKey(Primary(tag));

    /// <summary>The language whose own name is exactly this heading text, if any.</summary>
    public static KnownLanguage? FromNativeName(string headingText) =>
        ByName.GetValueOrDefault(headingText.Trim());

    /// <summary>
    /// Facts for a tag. Unknown tags still work: their own name comes from .NET's culture data
    /// when it has one.
    /// </summary>
    public static KnownLanguage Describe(string tag)
    {
        if (ByTag.TryGetValue(tag, out var known))
        {
            return known;
        }

        var primary = tag.Split('-')[0];
        if (ByTag.TryGetValue(primary, out var parent))
        {
            return parent with { Tag = tag, OgLocale = ToOgLocale(tag) ?? parent.OgLocale };
        }

        return new KnownLanguage(tag, NativeNameOf(tag), ToOgLocale(tag) ?? primary);
    }

    /// <summary>
    /// Normalises a BCP 47 tag the way it appears in URLs: lower case, hyphens.
    /// Returns null for text that is not shaped like a tag, so it never reaches a route.
    /// </summary>
    public static string? Normalize(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var normalized = tag.Trim().Replace('_', '-').ToLowerInvariant();
        var parts = normalized.Split('-');
        if (parts[0].Length is < 2 or > 3 || !parts[0].All(char.IsAsciiLetterLower))
        {
            return null;
        }

        return parts.Skip(1).All(p => p.Length is >= 1 and <= 8 && p.All(char.IsAsciiLetterOrDigit))
            ? normalized
            : null;
    }

    /// <summary>The primary language subtag (<c>en</c> of <c>en-US</c>): the site keys languages by it.</summary>
    public static string Primary(string normalizedTag) => normalizedTag.Split('-')[0];

    /// <summary>A normalised tag in its conventional casing, as <c>&lt;html lang&gt;</c> shows it: <c>en-US</c>, <c>zh-Hant</c>.</summary>
    public static string Canonical(string normalizedTag)
    {
        var parts = normalizedTag.Split('-');
        for (var i = 1; i < parts.Length; i++)
        {
            parts[i] = parts[i].Length switch
            {
                2 => parts[i].ToUpperInvariant(),
                4 => char.ToUpperInvariant(parts[i][0]) + parts[i][1..],
                _ => parts[i],
            };
        }

        return string.Join('-', parts);
    }

    private static string? ToOgLocale(string tag)
    {
        var parts = tag.Split('-');
        return parts.Length >= 2 && parts[^1].Length == 2
            ? $"{parts[0]}_{parts[^1].ToUpperInvariant()}"
            : null;
    }

    private static string NativeNameOf(string tag)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(tag);
            return string.IsNullOrEmpty(culture.NativeName) ? tag : culture.NativeName;
        }
        catch (CultureNotFoundException)
        {
            return tag;
        }
    }
}
