using Blog.Content.Posts;

namespace Blog.Content.Addresses;

internal sealed partial class AddressAssigner
{
    /// <summary>
    /// What an isolated change must not touch, by a 64-bit hash of each address key (a few megabytes for
    /// 50,000 posts where the strings would take tens): the addresses every post wants and every page
    /// has, every address a post that had to be qualified (or was refused) tried, and every alias. Two
    /// keys sharing a hash only make a change look entangled, and cost one full assignment.
    /// Made on the first patch that needs it, then kept up to date; a full assignment drops it.
    /// </summary>
    private sealed class PatchIndex
    {
        private readonly Dictionary<ulong, int> _wanted = [];
        private readonly HashSet<ulong> _entangled = [];
        private readonly HashSet<ulong> _aliases = [];

        public static PatchIndex Of(Dictionary<Post, Post> assigned, AssignState state, AddressRules rules)
        {
            var index = new PatchIndex();
            var permalink = rules.Permalink;
            foreach (var page in state.Result.Pages)
            {
                foreach (var translation in page.Translations)
                {
                    index.Want(Hash(AddressKey.Of(translation.Address)));
                }
            }

            foreach (var page in state.Pages)
            {
                index.AddAliases(page);
            }

            foreach (var (post, done) in assigned)
            {
                index.AddAliases(post);
                var qualified = false;
                for (var i = 0; i < post.Translations.Count; i++)
                {
                    var plain = permalink.Format(post, post.Translations[i]);
                    index.Want(Hash(AddressKey.Of(plain)));
                    if (done.Translations[i].Address != plain)
                    {
                        index.Want(Hash(AddressKey.Of(done.Translations[i].Address)));
                        qualified = true;
                    }
                }

                if (qualified)
                {
                    index.Entangle(post, permalink);
                }
            }

            foreach (var post in state.Refused)
            {
                index.AddAliases(post);
                foreach (var key in Plain(post, permalink))
                {
                    index.Want(key);
                }

                index.Entangle(post, permalink);
            }

            return index;
        }

        /// <summary>How many posts and pages want or have the address.</summary>
        public int Wanted(ulong key) => _wanted.GetValueOrDefault(key);

        /// <summary>
        /// Whether none of the post's addresses (plain, dated, in its folder) is one a qualified or refused
        /// post tried, and nothing it claims is an alias of anyone.
        /// </summary>
        public bool Free(Post post, Permalink permalink) =>
            !Forms(post, permalink).Any(_entangled.Contains) && (_aliases.Count == 0 || !Claims(post, permalink).Any(_aliases.Contains));

        /// <summary>Takes in what a patch changed in the wanted addresses.</summary>
        public void Take(Dictionary<ulong, int>? changes)
        {
            foreach (var (key, change) in changes ?? [])
            {
                var count = _wanted.GetValueOrDefault(key) + change;
                if (count == 0)
                {
                    _wanted.Remove(key);
                }
                else
                {
                    _wanted[key] = count;
                }
            }
        }

        /// <summary>The keys of the post's plain addresses, one per language.</summary>
        public static IEnumerable<ulong> Plain(Post post, Permalink permalink) =>
            post.Translations.Select(t => Hash(AddressKey.Of(permalink.Format(post, t))));

        private void Want(ulong key) => _wanted[key] = _wanted.GetValueOrDefault(key) + 1;

        private void AddAliases(Post post)
        {
            foreach (var alias in post.Aliases)
            {
                _aliases.Add(Hash(AddressKey.Of(Uri.UnescapeDataString(alias))));
            }
        }

        /// <summary>Every address a qualified post could be given: its plain, dated and folder forms, and every numbered one.</summary>
        private void Entangle(Post post, Permalink permalink)
        {
            _entangled.UnionWith(Forms(post, permalink));
            foreach (var translation in post.Translations)
            {
                for (var n = 2; n <= MaxNumbered; n++)
                {
                    _entangled.Add(Hash(AddressKey.Of(permalink.Format(post, translation, $"{translation.Slug}-{n}"))));
                }
            }
        }

        private static IEnumerable<ulong> Forms(Post post, Permalink permalink)
        {
            foreach (var translation in post.Translations)
            {
                yield return Hash(AddressKey.Of(permalink.Format(post, translation)));
                if (DatedSlug(post, translation, permalink) is { } dated)
                {
                    yield return Hash(AddressKey.Of(dated));
                }

                if (FolderSlug(post, translation, permalink) is { } inFolder)
                {
                    yield return Hash(AddressKey.Of(inFolder));
                }
            }
        }

        /// <summary>What a plainly addressed post claims against aliases (see the assignment's claimed keys).</summary>
        private static IEnumerable<ulong> Claims(Post post, Permalink permalink)
        {
            foreach (var translation in post.Translations)
            {
                var key = AddressKey.Of(permalink.Format(post, translation));
                yield return Hash(key);
                yield return Hash(AddressKey.Of(AddressKey.WithoutLanguage(key)));
            }

            foreach (var file in post.Translations.Select(t => t.SourceFile).Prepend(post.SourceFile))
            {
                yield return Hash(AddressKey.Of("/posts/" + file));
            }

            if (post.Section is { } section)
            {
                yield return Hash("/posts/" + section);
            }
        }

        /// <summary>FNV-1a over the key's characters: stable, and cheap enough to hash every address of a large site once.</summary>
        private static ulong Hash(string key)
        {
            var hash = 14695981039346656037UL;
            foreach (var c in key)
            {
                hash = (hash ^ c) * 1099511628211UL;
            }

            return hash;
        }
    }
}
