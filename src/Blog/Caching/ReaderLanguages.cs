using System.Collections.Concurrent;
using Blog.Localization;
using Microsoft.Net.Http.Headers;

namespace Blog.Caching;

/// <summary>
/// The language a reader gets at <c>/</c>, decided before routing so that the page can be looked up in
/// the cache: the same choice <see cref="LanguagePreference.ForSite"/> makes when the page renders, over
/// the site's languages of one catalog. Browsers send a handful of distinct <c>Accept-Language</c>
/// values, so the outcome is remembered per value (up to <see cref="Remembered"/> of them; past that,
/// each request decides again): a request from memory costs a dictionary lookup, not a header parse.
/// </summary>
internal sealed class ReaderLanguages(IReadOnlyList<string> languages, string fallback)
{
    private const int Remembered = 256;

    private readonly ConcurrentDictionary<string, string> _byAcceptLanguage = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Languages { get; } = languages;

    public string Of(HttpRequest request)
    {
        if (LanguagePreference.Chosen(request) is { } chosen && Languages.Contains(chosen))
        {
            return chosen;
        }

        var accepted = request.Headers[HeaderNames.AcceptLanguage].ToString();
        if (accepted.Length == 0)
        {
            return fallback;
        }

        if (_byAcceptLanguage.TryGetValue(accepted, out var language))
        {
            return language;
        }

        language = LanguagePreference.Choose(request, Languages, fallback);
        if (_byAcceptLanguage.Count < Remembered)
        {
            _byAcceptLanguage.TryAdd(accepted, language);
        }

        return language;
    }
}
