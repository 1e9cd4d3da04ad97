using Blog.Content.Catalog;
using Blog.Content.Posts;

namespace Blog.Content.Addresses;

/// <summary>
/// Every address of one catalog snapshot and where it leads, keyed by <see cref="AddressKey"/>: the
/// posts' and pages' own addresses, their addresses without a language, the old static site's
/// addresses (<c>/posts/&lt;path&gt;.html</c>, <c>/resume/</c>), each post's dated address, and aliases.
/// Built with the snapshot; a request makes one dictionary lookup. Earlier entries win: an address
/// something is served at is never redirected.
/// </summary>
internal sealed class AddressBook
{
    private readonly Dictionary<string, SiteAddress> _entries;

    public AddressBook(IReadOnlyList<Post> published, IReadOnlyList<Post> pages, IReadOnlyList<PostSection> sections, Permalink permalink)
    {
        _entries = new Dictionary<string, SiteAddress>((published.Count * 6) + (pages.Count * 4), StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var translation in page.Translations)
            {
                Add(translation.Address, new ServedAddress(new PostVersion(page, translation), IsPage: true));
            }
        }

        foreach (var post in published)
        {
            foreach (var translation in post.Translations)
            {
                Add(translation.Address, new ServedAddress(new PostVersion(post, translation), IsPage: false));
            }
        }

        // Without a language: the main language's spelling first, so a slug two posts share in different languages finds the post it names first.
        foreach (var post in published.Concat(pages))
        {
            var anyLanguage = AddressKey.WithoutLanguage(post.Main.Address);
            Add(anyLanguage, new AnyLanguageAddress(post, anyLanguage));
        }

        foreach (var post in published.Concat(pages))
        {
            foreach (var translation in post.Translations.Skip(1))
            {
                var anyLanguage = AddressKey.WithoutLanguage(translation.Address);
                Add(anyLanguage, new AnyLanguageAddress(post, anyLanguage));
            }
        }

        // Where a static build of the same folders put each file.
        foreach (var post in published)
        {
            Add("/posts/" + post.SourceFile, new MovedAddress(post.Main.Address));

            // A translation file (post.vi.md) was a page of its own, in its language.
            foreach (var translation in post.Translations)
            {
                if (translation.SourceFile != post.SourceFile)
                {
                    Add("/posts/" + translation.SourceFile, new MovedAddress(translation.Address));
                }
            }
        }

        foreach (var page in pages)
        {
            Add("/" + page.SourceFile, new MovedAddress(page.Main.Address));
        }

        Add("/posts", new ListAddress(null));
        foreach (var section in sections)
        {
            Add("/posts/" + section.Slug, new ListAddress(section.Slug));
        }

        foreach (var post in published)
        {
            foreach (var translation in post.Translations)
            {
                if (AddressAssigner.DatedSlug(post, translation, permalink) is { } dated)
                {
                    Add(dated, new MovedAddress(translation.Address));
                }
            }

            foreach (var alias in post.Aliases)
            {
                Add(alias, new MovedAddress(post.Main.Address));
            }
        }
    }

    public int Count => _entries.Count;

    public SiteAddress? Find(string path) => _entries.GetValueOrDefault(AddressKey.Of(path));

    private void Add(string address, SiteAddress entry) => _entries.TryAdd(AddressKey.Of(address), entry);
}
