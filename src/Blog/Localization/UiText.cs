using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Blog.Localization;

/// <summary>
/// The site's words for any language, read through ASP.NET Core localization from the resource files.
/// A post page holds every language version at once, so words are looked up by language rather than by
/// the request's culture; each language's table is built once, then served from memory. A language
/// without a resource file falls back to the neutral (English) one; a word (<see cref="UiWord"/>) the
/// resource files lack is an error, never a key shown in its place.
/// </summary>
internal sealed class UiText(IStringLocalizerFactory factory)
{
    private readonly ConcurrentDictionary<string, UiStrings> _byLanguage = new(StringComparer.Ordinal);
    private readonly Lazy<IReadOnlyList<string>> _translated = new(FindTranslatedLanguages);

    public UiStrings For(string languageTag) => _byLanguage.GetOrAdd(languageTag, Build);

    /// <summary>
    /// The languages the site's words are translated into, found from the compiled resource files
    /// (<c>{language}/Blog.resources.dll</c> beside the app), so that a new resource file is all a new
    /// UI language needs. English, the neutral language, is not listed.
    /// </summary>
    public IReadOnlyList<string> TranslatedLanguages => _translated.Value;

    private static List<string> FindTranslatedLanguages()
    {
        var satellite = typeof(UiText).Assembly.GetName().Name + ".resources.dll";
        return Directory.EnumerateDirectories(AppContext.BaseDirectory)
            .Where(directory => File.Exists(Path.Combine(directory, satellite)))
            .Select(directory => Blog.Content.Languages.LanguageRegistry.Normalize(Path.GetFileName(directory)))
            .OfType<string>()
            .Select(Blog.Content.Languages.LanguageRegistry.Primary)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private UiStrings Build(string languageTag)
    {
        var culture = CultureOf(languageTag);
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            // The localizer reads the current UI culture; switch it just for this one-time lookup.
            CultureInfo.CurrentUICulture = culture;
            var localizer = factory.Create(typeof(SharedResource));
            var table = localizer.GetAllStrings(includeParentCultures: true)
                .GroupBy(s => s.Name, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
            var missing = Enum.GetNames<UiWord>().Where(name => !table.ContainsKey(name)).ToList();
            if (missing.Count > 0)
            {
                // A page that shows a key instead of a word would pass unnoticed; a page that fails does not.
                throw new InvalidOperationException(
                    $"The site's words for '{languageTag}' lack {string.Join(", ", missing)}: add them to Resources/SharedResource.resx.");
            }

            // The members run 0, 1, 2, … in the order declared, so a word is its own index.
            var words = Enum.GetValues<UiWord>().Select(word => table[word.ToString()]).ToArray();
            return new UiStrings(culture, word => words[(int)word]);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static CultureInfo CultureOf(string languageTag)
    {
        try
        {
            return CultureInfo.GetCultureInfo(languageTag);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }
}
