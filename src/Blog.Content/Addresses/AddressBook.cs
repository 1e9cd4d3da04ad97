using Blog.Content.Catalog;
using Blog.Content.Posts;

namespace Blog.Content.Addresses;

/// <summary>
/// Every address of one catalog snapshot and where it leads, keyed by <see cref="AddressKey"/>: the
/// posts' and pages' own addresses, their addresses without a language, the old static site's
/// addresses (<c>/posts/&lt;path&gt;.html</c>, <c>/resume/</c>), each post's dated and folder forms,
/// and aliases. Built with the snapshot; a request makes one dictionary lookup. Earlier entries win, in
/// this order: served addresses, old static paths (a file's old link leads to that file), old lists,
/// addresses without a language, the forms a clash could give, aliases.
/// </summary>
internal sealed partial class AddressBook
{
    private readonly LayeredMap<SiteAddress> _entries;

    /// <summary>Keys that more than one post, page or list asked for: which one has it depends on the order of all.</summary>
    private readonly HashSet<string> _contested;

    public AddressBook(IReadOnlyList<Post> published, IReadOnlyList<Post> pages, IReadOnlyList<PostSection> sections, Permalink permalink)
    {
        var entries = new Dictionary<string, SiteAddress>((published.Count * 6) + (pages.Count * 4), StringComparer.Ordinal);
        var contested = new HashSet<string>(StringComparer.Ordinal);
        _contested = contested;
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

        // Where a static build of the same folders put each file: the file's own post, whatever qualified
        // address it has now. Its address without a language, when that is the same key, still negotiates.
        foreach (var post in published)
        {
            Add("/posts/" + post.SourceFile, OldOrAnyLanguage(post, "/posts/" + post.SourceFile));
            foreach (var translation in post.Translations)
            {
                if (translation.SourceFile != post.SourceFile)
                {
                    Add("/posts/" + translation.SourceFile, new MovedAddress(translation.Address));
                }
            }
        }

        Add("/posts", new ListAddress(null));
        foreach (var section in sections)
        {
            Add("/posts/" + section.Slug, new ListAddress(section.Slug));
        }

        // Without a language: pages first (/resume negotiates, as its old /resume/ did not), then the main
        // language's spelling, so a slug two posts share in different languages finds the post it names first.
        foreach (var post in pages.Concat(published))
        {
            var anyLanguage = AddressKey.WithoutLanguage(post.Main.Address);
            Add(anyLanguage, new AnyLanguageAddress(post, anyLanguage));
        }

        foreach (var post in pages.Concat(published))
        {
            foreach (var translation in post.Translations.Skip(1))
            {
                var anyLanguage = AddressKey.WithoutLanguage(translation.Address);
                Add(anyLanguage, new AnyLanguageAddress(post, anyLanguage));
            }
        }

        foreach (var page in pages)
        {
            Add("/" + page.SourceFile, new MovedAddress(page.Main.Address));
        }

        // Every form a clash could have given a post, so that one it had before keeps leading to it.
        foreach (var post in published)
        {
            foreach (var translation in post.Translations)
            {
                if (AddressAssigner.DatedSlug(post, translation, permalink) is { } dated)
                {
                    Add(dated, new MovedAddress(translation.Address));
                }

                if (AddressAssigner.FolderSlug(post, translation, permalink) is { } inFolder)
                {
                    Add(inFolder, new MovedAddress(translation.Address));
                }
            }
        }

        foreach (var post in published.Concat(pages))
        {
            foreach (var alias in post.Aliases)
            {
                Add(alias, new MovedAddress(post.Main.Address));
            }
        }

        _entries = new LayeredMap<SiteAddress>(entries);

        // The first to ask keeps a key; when another asks too, the key is contested (one post asking twice is not).
        void Add(string address, SiteAddress entry)
        {
            var key = AddressKey.Of(address);
            if (!entries.TryAdd(key, entry) && !SameOwner(entries[key], entry))
            {
                contested.Add(key);
            }
        }

        bool SameOwner(SiteAddress a, SiteAddress b) => Owner(a) is { } owner && ReferenceEquals(owner, Owner(b));

        // A redirect belongs to the post it leads to, when that address is the post's alone.
        object? Owner(SiteAddress address) => address switch
        {
            ServedAddress served => served.Version.Post,
            AnyLanguageAddress any => any.Post,
            MovedAddress moved => AddressKey.Of(moved.Target) is var target && !contested.Contains(target)
                && entries.GetValueOrDefault(target) is ServedAddress { Version: var version } && version.Translation.Address == moved.Target
                ? version.Post
                : null,
            _ => address,
        };
    }

    private static SiteAddress OldOrAnyLanguage(Post post, string oldPath)
    {
        var anyLanguage = AddressKey.WithoutLanguage(post.Main.Address);
        return AddressKey.Of(anyLanguage) == AddressKey.Of(oldPath) ? new AnyLanguageAddress(post, anyLanguage) : new MovedAddress(post.Main.Address);
    }

    public int Count => _entries.Count;

    public SiteAddress? Find(string path) => _entries.Find(AddressKey.Of(path));
}
