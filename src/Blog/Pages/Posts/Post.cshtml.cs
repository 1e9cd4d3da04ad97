using Blog.Caching;
using Blog.Content.Addresses;
using Blog.Content.Catalog;
using Blog.Content.Languages;
using Blog.Content.Posts;
using Blog.Localization;
using Blog.Pages.Shared;
using Blog.Routing;
using Microsoft.AspNetCore.Mvc;

namespace Blog.Pages.Posts;

/// <summary>
/// A post or standalone page in one language, at its address (<c>/{lang}/posts/{slug}</c> by default,
/// <c>/{lang}/resume</c> for a page), with its other languages in the page for the toggle. The address
/// is only ever a key into the catalog's addresses, never a path: old spellings and aliases it finds
/// there are redirected, in one lookup.
/// </summary>
[SharedPage]
internal sealed class PostModel(CatalogStore store, MetaFactory meta, UiText text, SiteLanguages siteLanguages, LanguagePreference preference) : SitePageModel
{
    public IReadOnlyList<PostVersionView> Versions { get; private set; } = [];

    public LanguageSwitch? Toggle { get; private set; }

    public IActionResult OnGet(string lang, string? address)
    {
        var catalog = RequestCatalog.Of(HttpContext, store);
        var path = $"/{lang}/{address}";
        var entry = catalog.FindAddress(path);
        if (entry is ServedAddress served && served.Version.Translation.Address == path)
        {
            return Show(catalog, served.Version.Post, served.Version.Translation, served.IsPage);
        }

        if (AddressAnswer.For(HttpContext, catalog, entry, path, siteLanguages.Of(catalog), preference) is var (url, permanent))
        {
            AddressAnswer.CacheIfPermanent(Response, permanent);
            return permanent ? RedirectPermanent(url) : Redirect(url);
        }

        if (address == "posts")
        {
            // The list of a language's posts, by the name the other addresses suggest.
            return RedirectPermanent(SiteUrls.Archive(lang));
        }

        // Never a 404 for a post that exists: another language's address, or a language it is not written in.
        if (catalog.FindAddress(AddressKey.WithoutLanguage(path)) is AnyLanguageAddress { Post: var post })
        {
            var target = post.In(lang) ?? post.Main;
            return target.Language == lang ? RedirectPermanent(target.Address) : Redirect(target.Address);
        }

        return NotFound();
    }

    private Microsoft.AspNetCore.Mvc.RazorPages.PageResult Show(PostCatalog catalog, Post current, PostTranslation shown, bool isPage)
    {
        var languages = current.Translations.Select(t => t.Language).ToList();
        LanguagePreference.RememberIfChosen(HttpContext, shown.Language, languages);

        Versions = current.Translations.Select(t => Version(catalog, current, t, t == shown, isPage)).ToList();
        Toggle = current.Translations.Count > 1
            ? new LanguageSwitch(
                text.For(shown.Tag).LanguageNavigation,
                current.Translations
                    .Select(t => new LanguageLink(t.Language, t.Tag, LanguageRegistry.Describe(t.Language).NativeName, t.Address, t == shown))
                    .ToList())
            : null;

        Chrome = Versions.Single(v => v.IsCurrent).Chrome;

        Modified = catalog.LastModified;
        Meta = meta.ForPost(catalog, current, shown, Request, isPage);
        return Page();
    }

    private PostVersionView Version(PostCatalog catalog, Post post, PostTranslation translation, bool isCurrent, bool isPage)
    {
        var ui = text.For(translation.Tag);
        var idSuffix = isCurrent ? string.Empty : $"-{translation.Language}";
        return new PostVersionView
        {
            Language = translation.Language,
            Tag = translation.Tag,
            Url = translation.Address,
            IsCurrent = isCurrent,
            Title = translation.Title,
            TitleTag = translation.TitleTag == translation.Tag ? null : translation.TitleTag,
            Subtitle = translation.Subtitle,
            SubtitleTag = translation.SubtitleTag == translation.Tag ? null : translation.SubtitleTag,
            DocumentTitle = PostMetaBuilder.DocumentTitle(post, translation),
            Description = translation.Description,
            Author = post.Author,
            AuthorUrl = post.AuthorUrl,
            Date = DateText.Of(post, ui),
            ReadingTime = ui.MinRead(translation.ReadingMinutes),
            Tags = translation.Tags.Select(t => new TagLink(t.Name, SiteUrls.Tag(translation.Language, t.Slug))).ToList(),
            TagsLabel = ui.Tags,
            Toc = translation.Toc.Count > 0
                ? new TocView(translation.TocTitle ?? ui.Contents, translation.Toc, "TOC" + idSuffix, "toc-title" + idSuffix)
                : null,
            BodyHtml = translation.Html,
            SectionId = translation.SectionId,
            Chrome = meta.Chrome(catalog, translation.Language),
            Neighbours = isPage ? null : PostNeighbours.Of(catalog, post, translation.Language, ui, idSuffix),
            IsPage = isPage,
            AbstractHtml = translation.AbstractHtml,
            Section = !isPage && post.Section is { } section && catalog.FindSection(section) is { } found
                ? new SectionLink(found.TitleIn(translation.Language), SiteUrls.Section(translation.Language, section), ui.Home, SiteUrls.Home(translation.Language))
                : null,
        };
    }
}
