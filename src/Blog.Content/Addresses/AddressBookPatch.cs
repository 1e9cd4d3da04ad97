using Blog.Content.Catalog;
using Blog.Content.Posts;

namespace Blog.Content.Addresses;

/// <summary>
/// Patching the address book for a few posts: the keys a post asked for are taken out with it and
/// those of its new version put in, in the order the book is built in. A key that another post, page or
/// list asks for too (now, or when the book was built) is settled by the order of everything, which a
/// patch does not know: then the book is built again.
/// </summary>
internal sealed partial class AddressBook
{
    private AddressBook(LayeredMap<SiteAddress> entries, HashSet<string> contested)
    {
        _entries = entries;
        _contested = contested;
    }

    /// <summary>Every address and where it leads, in no particular order (for tests and checks).</summary>
    public IEnumerable<KeyValuePair<string, SiteAddress>> Entries => _entries.Entries;

    /// <summary>The book with posts gone and come and sections' lists gone and come; null when a key they ask for is anyone else's.</summary>
    public AddressBook? Patch(
        IReadOnlyList<Post> removed, IReadOnlyList<Post> added, IReadOnlyList<string> sectionsGone, IReadOnlyList<string> sectionsNew, Permalink permalink)
    {
        var changes = new Dictionary<string, SiteAddress?>(StringComparer.Ordinal);
        foreach (var key in removed.SelectMany(post => AskedFor(post, permalink)).Select(a => a.Key)
            .Concat(sectionsGone.Select(section => AddressKey.Of("/posts/" + section))))
        {
            // Asked for by nobody else, so the entry is the post's own (or the list's).
            if (_contested.Contains(key))
            {
                return null;
            }

            changes[key] = null;
        }

        foreach (var section in sectionsNew)
        {
            if (!Put(AddressKey.Of("/posts/" + section), new ListAddress(section)))
            {
                return null;
            }
        }

        foreach (var post in added)
        {
            var own = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (key, entry) in AskedFor(post, permalink))
            {
                // The post's own earlier ask keeps the key, as when the book is built.
                if (!own.Contains(key) && !Put(key, entry))
                {
                    return null;
                }

                own.Add(key);
            }
        }

        return new AddressBook(_entries.With(changes), _contested);

        bool Put(string key, SiteAddress entry)
        {
            if (changes.TryGetValue(key, out var changed) ? changed is not null : _entries.Contains(key))
            {
                return false;
            }

            changes[key] = entry;
            return true;
        }
    }

    /// <summary>Every key a published post asks the book for, in the order the constructor asks (see there).</summary>
    private static IEnumerable<(string Key, SiteAddress Entry)> AskedFor(Post post, Permalink permalink)
    {
        foreach (var translation in post.Translations)
        {
            yield return (AddressKey.Of(translation.Address), new ServedAddress(new PostVersion(post, translation), IsPage: false));
        }

        yield return (AddressKey.Of("/posts/" + post.SourceFile), OldOrAnyLanguage(post, "/posts/" + post.SourceFile));
        foreach (var translation in post.Translations)
        {
            if (translation.SourceFile != post.SourceFile)
            {
                yield return (AddressKey.Of("/posts/" + translation.SourceFile), new MovedAddress(translation.Address));
            }
        }

        var anyLanguage = AddressKey.WithoutLanguage(post.Main.Address);
        yield return (AddressKey.Of(anyLanguage), new AnyLanguageAddress(post, anyLanguage));
        foreach (var translation in post.Translations.Skip(1))
        {
            var other = AddressKey.WithoutLanguage(translation.Address);
            yield return (AddressKey.Of(other), new AnyLanguageAddress(post, other));
        }

        foreach (var translation in post.Translations)
        {
            if (AddressAssigner.DatedSlug(post, translation, permalink) is { } dated)
            {
                yield return (AddressKey.Of(dated), new MovedAddress(translation.Address));
            }

            if (AddressAssigner.FolderSlug(post, translation, permalink) is { } inFolder)
            {
                yield return (AddressKey.Of(inFolder), new MovedAddress(translation.Address));
            }
        }

        foreach (var alias in post.Aliases)
        {
            yield return (AddressKey.Of(alias), new MovedAddress(post.Main.Address));
        }
    }
}
