using System.Globalization;
using Blog.Content.Addresses;
using Blog.Content.Catalog;
using Blog.Content.Posts;

namespace Blog.Content.Tests.Support;

/// <summary>
/// Everything a load result or a catalog snapshot tells its readers, written out line by line, so that two
/// of them made different ways (patched, or read whole) can be compared in full and their difference read.
/// Posts are named by their files, never by object identity.
/// </summary>
internal static class CatalogDump
{
    public static string Of(LoadResult result)
    {
        var lines = new List<string>();
        lines.AddRange(result.Posts.Select(p => "post " + Describe(p)));
        lines.AddRange(result.Pages.Select(p => "page " + Describe(p)));
        lines.AddRange(result.Intros.Select(p => "intro " + Describe(p)));
        lines.AddRange(result.Failures.Select(f => "failure " + f));
        lines.AddRange(result.Warnings.Select(w => $"warning {w.File} {w.Line}:{w.Column} {w.Text}"));
        lines.AddRange(result.AddressNotes.Select(w => $"note {w.File} {w.Text}"));
        lines.AddRange(result.UnreadableFolders.Select(f => "unreadable " + f));
        lines.Add("permalink " + result.Permalink);
        return string.Join('\n', lines);
    }

    public static string Of(PostCatalog catalog)
    {
        var lines = new List<string>();
        lines.AddRange(catalog.AllPosts.Select(p => "all " + Describe(p)));
        lines.AddRange(catalog.Published.Select(p => "published " + p.SourceFile));
        lines.AddRange(catalog.Failures.Select(f => "failure " + f));
        lines.AddRange(catalog.UnreadableFolders.Select(f => "unreadable " + f));
        lines.Add("languages " + string.Join(',', catalog.Languages));
        lines.Add("valid until " + catalog.ValidUntil.UtcTicks.ToString(CultureInfo.InvariantCulture));
        lines.Add("last modified " + catalog.LastModified?.UtcTicks.ToString(CultureInfo.InvariantCulture));
        lines.AddRange(catalog.Pages.Select(p => "page " + p.SourceFile));
        lines.Add("all posts intro " + catalog.AllPostsIntro?.SourceFile);
        foreach (var section in catalog.Sections)
        {
            lines.Add($"section {section.Slug} intro {section.Intro?.SourceFile}: {Files(section.Posts)}");
            lines.Add($"find section {section.Slug} {catalog.FindSection(section.Slug)?.Posts.Count}");
        }

        var slugs = catalog.AllPosts.SelectMany(p => p.Translations.Select(t => t.Slug)).Append("nothing-here").Distinct().Order(StringComparer.Ordinal).ToList();
        var tags = catalog.AllPosts.SelectMany(p => p.Translations.SelectMany(t => t.Tags.Select(tag => tag.Slug))).Append("no-such-tag").Distinct().Order(StringComparer.Ordinal).ToList();
        foreach (var language in catalog.Languages.Append("xx"))
        {
            foreach (var slug in slugs)
            {
                lines.Add($"find {language}/{slug} {(catalog.Find(language, slug) is { } found ? found.Post.SourceFile + " " + found.Translation.Language : "-")}");
            }

            foreach (var tag in tags)
            {
                lines.Add($"tag {language}/{tag} {catalog.FindTag(language, tag)?.Name}: {Files(catalog.Tagged(language, tag))}");
            }

            lines.Add($"tags in {language}: {string.Join(", ", catalog.TagsIn(language).Select(t => $"{t.Tag.Name}={t.Count}"))}");
        }

        lines.AddRange(slugs.Select(slug => $"any {slug} {catalog.FindAnyLanguage(slug)?.SourceFile}"));
        lines.AddRange(catalog.AddressEntries
            .Select(e => $"address {e.Key} {Describe(e.Value)}")
            .Order(StringComparer.Ordinal));
        lines.AddRange(catalog.Search.Describe().Select(line => "search " + line));
        return string.Join('\n', lines);
    }

    private static string Files(IEnumerable<Post> posts) => string.Join(' ', posts.Select(p => p.SourceFile));

    private static string Describe(Post post) =>
        $"{post.SourceFile} {post.MainLanguage} date={post.Date?.Instant.ToString("O", CultureInfo.InvariantCulture)} draft={post.Draft} "
        + $"revised={post.Revised?.UtcTicks.ToString(CultureInfo.InvariantCulture)} aliases=[{string.Join(' ', post.Aliases)}] "
        + string.Join(" | ", post.Translations.Select(t => $"{t.Language} {t.Slug} {t.Address} {t.SourceFile} \"{t.Title}\" tags=[{string.Join(',', t.Tags.Select(tag => tag.Name))}] html={t.Html.Length}"));

    private static string Describe(SiteAddress address) => address switch
    {
        ServedAddress served => $"served {served.Version.Post.SourceFile} {served.Version.Translation.Language} page={served.IsPage}",
        MovedAddress moved => $"moved {moved.Target}",
        AnyLanguageAddress any => $"any-language {any.Post.SourceFile} {any.Address}",
        ListAddress list => $"list {list.Section}",
        _ => address.ToString(),
    };
}
