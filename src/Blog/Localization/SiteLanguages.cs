using Blog.Content.Catalog;
using Blog.Hosting;

namespace Blog.Localization;

/// <summary>
/// The languages a reader can browse the site's lists in: the default, those its posts are written
/// in, and those its own words are translated into.
/// </summary>
internal sealed class SiteLanguages(SiteSettings settings, UiText text)
{
    public IReadOnlyList<string> Of(PostCatalog catalog) =>
        catalog.Languages
            .Append(settings.DefaultLanguage)
            .Concat(text.TranslatedLanguages)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
}
