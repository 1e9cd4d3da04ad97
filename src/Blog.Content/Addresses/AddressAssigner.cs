using Blog.Content.Catalog;
using Blog.Content.Posts;

namespace Blog.Content.Addresses;

/// <summary>
/// Gives every post and page its addresses, once per load. Two files are always two addresses:
/// <list type="bullet">
/// <item>A page keeps its address unless a route of the site or an earlier page (by path) has it; then it is refused.</item>
/// <item>A post whose address is taken (a repeated file name, a page, a route) is qualified by its date
/// (<c>/en/posts/2025/08/26/name</c>), else by its folder, else by a number. The earliest post (by date,
/// then path) keeps the plain address, so a new post never moves one already published; each post also
/// answers at its dated address, so a post that later gets the plain address keeps its old link.</item>
/// <item>An alias that is off the site, or that another post or page answers at, is dropped with a warning.</item>
/// </list>
/// A post whose addresses did not change is returned as the same object, so reloads stay cheap.
/// </summary>
internal sealed partial class AddressAssigner
{
    private Dictionary<Post, Post> _previous = new(ReferenceEqualityComparer.Instance);

    /// <summary>How many numbered addresses are tried before a post is refused: past this, no number helps.</summary>
    private const int MaxNumbered = 100;

    public AssignedAddresses Assign(IReadOnlyList<Post> posts, IReadOnlyList<Post> pages, AddressRules rules)
    {
        var failures = new List<LoadFailure>();
        var postFailures = new List<LoadFailure>();
        var refusedPosts = new HashSet<Post>(ReferenceEqualityComparer.Instance);
        var notes = new List<ReadWarning>();
        var taken = new Dictionary<string, string>(StringComparer.Ordinal);
        var keptPages = new List<(Post Page, List<string> Addresses)>();

        // A draft page has no address yet: it takes none from a published post or page.
        foreach (var page in pages.Where(p => !p.Draft).OrderBy(p => p.SourceFile, StringComparer.Ordinal))
        {
            var addresses = page.Translations.Select(t => Permalink.Pages.Format(page, t)).ToList();
            var problem = addresses
                .Select(address => rules.Shadows(address, isPage: true) is { } route
                    ? $"its address {address} would take the site's own {route}; rename or move the file"
                    : taken.TryGetValue(AddressKey.Of(address), out var owner)
                        ? $"its address {address} is already the address of {owner}; rename or move one of them"
                        : null)
                .FirstOrDefault(p => p is not null);
            if (problem is not null)
            {
                failures.Add(new LoadFailure(page.SourceFile, problem));
                continue;
            }

            foreach (var address in addresses)
            {
                taken[AddressKey.Of(address)] = page.SourceFile;
            }

            keptPages.Add((page, addresses));
        }

        // The order that decides who keeps a plain address: it depends on the files alone, never on
        // when they were loaded, so every replica and every restart agrees.
        var ordered = posts.ToArray();
        Array.Sort(ordered, EarliestFirst);
        var plain = new Dictionary<Post, string[]>(ordered.Length, ReferenceEqualityComparer.Instance);
        var dated = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var post in ordered)
        {
            plain[post] = post.Translations.Select(t => rules.Permalink.Format(post, t)).ToArray();
            foreach (var translation in post.Translations)
            {
                if (DatedSlug(post, translation, rules.Permalink) is { } form)
                {
                    dated[AddressKey.Of(form)] = dated.GetValueOrDefault(AddressKey.Of(form)) + 1;
                }
            }
        }

        var wanted = plain.Values.SelectMany(a => a).Select(AddressKey.Of).ToHashSet(StringComparer.Ordinal);
        var assigned = new Dictionary<Post, string[]>(ReferenceEqualityComparer.Instance);
        foreach (var post in ordered)
        {
            var addresses = (string[])plain[post].Clone();
            var moved = new List<(string Plain, string Holder, string Qualified)>();
            string? refused = null;
            for (var i = 0; i < addresses.Length && refused is null; i++)
            {
                var key = AddressKey.Of(addresses[i]);
                var route = rules.Shadows(addresses[i], isPage: false);
                if (route is null && !taken.ContainsKey(key))
                {
                    taken[key] = post.SourceFile;
                    continue;
                }

                var qualified = Qualify(post, post.Translations[i], rules.Permalink, dated, candidate =>
                    !taken.ContainsKey(AddressKey.Of(candidate)) && !wanted.Contains(AddressKey.Of(candidate)) && rules.Shadows(candidate, isPage: false) is null);
                if (qualified is null)
                {
                    // The pattern itself puts a route of the site there ({section} is "tags", {path} starts with a language code).
                    refused = $"its address {addresses[i]} would take the site's own {route ?? addresses[i]}, however it is qualified; rename its folder or change Blog:Permalink";
                    break;
                }

                moved.Add((addresses[i], route is not null ? $"the site's own {route}" : taken[key], qualified));
                taken[AddressKey.Of(qualified)] = post.SourceFile;
                addresses[i] = qualified;
            }

            if (refused is not null)
            {
                foreach (var address in addresses)
                {
                    if (taken.TryGetValue(AddressKey.Of(address), out var owner) && owner == post.SourceFile)
                    {
                        taken.Remove(AddressKey.Of(address));
                    }
                }

                postFailures.Add(new LoadFailure(post.SourceFile, refused));
                refusedPosts.Add(post);
                continue;
            }

            // One line a file, however many of its languages moved.
            if (moved.Count > 0)
            {
                var holders = string.Join(", ", moved.Select(m => m.Holder).Distinct(StringComparer.Ordinal));
                notes.Add(new ReadWarning(post.SourceFile, moved.Count == 1
                    ? $"{moved[0].Plain} is already taken by {holders}; this post's address is {moved[0].Qualified}"
                    : $"{string.Join(" and ", moved.Select(m => m.Plain))} are already taken by {holders}; this post's addresses are {string.Join(" and ", moved.Select(m => m.Qualified))}"));
            }

            assigned[post] = addresses;
        }

        // Aliases last: they may take nothing a post or page answers at, in any spelling.
        var claimed = Claimed(taken, posts.Where(assigned.ContainsKey), keptPages.Select(k => k.Page));
        var warnings = new List<ReadWarning>();
        var pageWarnings = new List<ReadWarning>();
        var resultPages = keptPages.Select(k => WithAddresses(k.Page, k.Addresses, AcceptedAliases(k.Page, rules, claimed, pageWarnings))).ToList();
        var result = new List<Post>(posts.Count);
        var previous = _previous;
        var next = new Dictionary<Post, Post>(ReferenceEqualityComparer.Instance);
        foreach (var post in posts)
        {
            if (!assigned.TryGetValue(post, out var addresses))
            {
                continue;
            }

            var aliases = AcceptedAliases(post, rules, claimed, warnings);
            var done = previous.TryGetValue(post, out var before) && Same(before, addresses, aliases)
                ? before
                : WithAddresses(post, addresses, aliases);
            next[post] = done;
            result.Add(done);
        }

        _previous = next;
        var assignment = new AssignedAddresses(result, resultPages, postFailures, failures, notes, warnings, pageWarnings);
        Remember(rules, pages, assignment, refusedPosts);
        return assignment;
    }

    /// <summary>
    /// Its date (when no other post has the same date and name, so the address is its own by
    /// construction), then its folder, then a number: the first that nobody has or wants. Null when
    /// none is free: the part of the address the pattern fixes is the site's own.
    /// </summary>
    private static string? Qualify(Post post, PostTranslation translation, Permalink permalink, Dictionary<string, int> dated, Func<string, bool> free)
    {
        if (DatedSlug(post, translation, permalink) is { } datedForm && dated.GetValueOrDefault(AddressKey.Of(datedForm)) == 1 && free(datedForm))
        {
            return datedForm;
        }

        if (FolderSlug(post, translation, permalink) is { } inFolder && free(inFolder))
        {
            return inFolder;
        }

        for (var n = 2; n <= MaxNumbered; n++)
        {
            var numbered = permalink.Format(post, translation, $"{translation.Slug}-{n}");
            if (free(numbered))
            {
                return numbered;
            }
        }

        return null;
    }

    /// <summary>The address with the post's date before its slug, when the pattern holds no part of the date.</summary>
    public static string? DatedSlug(Post post, PostTranslation translation, Permalink permalink) =>
        permalink.HasDate || post.Date is not { } date
            ? null
            : permalink.Format(post, translation, $"{date.Instant:yyyy'/'MM'/'dd}/{translation.Slug}");

    /// <summary>The address with the post's folders before its slug, when the pattern does not hold them already.</summary>
    public static string? FolderSlug(Post post, PostTranslation translation, Permalink permalink)
    {
        var folder = string.Join('/', Permalink.FolderOf(post.SourceFile));
        return permalink.HasFolder || folder.Length == 0 ? null : permalink.Format(post, translation, $"{folder}/{translation.Slug}");
    }

    /// <summary>Every key something answers at: served addresses, their spellings without a language, old static paths, the old lists.</summary>
    private static HashSet<string> Claimed(Dictionary<string, string> taken, IEnumerable<Post> posts, IEnumerable<Post> pages)
    {
        var claimed = new HashSet<string>(taken.Keys, StringComparer.Ordinal) { "/posts" };
        foreach (var key in taken.Keys)
        {
            claimed.Add(AddressKey.Of(AddressKey.WithoutLanguage(key)));
        }

        foreach (var post in posts)
        {
            foreach (var file in post.Translations.Select(t => t.SourceFile).Prepend(post.SourceFile))
            {
                claimed.Add(AddressKey.Of("/posts/" + file));
            }

            if (post.Section is { } section)
            {
                claimed.Add("/posts/" + section);
            }
        }

        foreach (var page in pages)
        {
            claimed.Add(AddressKey.Of("/" + page.SourceFile));
        }

        return claimed;
    }

    private static List<string> AcceptedAliases(Post post, AddressRules rules, HashSet<string> claimed, List<ReadWarning> warnings)
    {
        var accepted = new List<string>();
        foreach (var alias in post.Aliases)
        {
            // Requests arrive decoded (/old%20name.html is looked up as "/old name.html"): keyed the same way.
            var decoded = Uri.UnescapeDataString(alias);
            var key = AddressKey.Of(decoded);
            var first = key.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            string? problem = !alias.StartsWith('/') || alias.StartsWith("//", StringComparison.Ordinal) || alias.Contains('\\') || alias.Contains("://", StringComparison.Ordinal)
                ? "is not an address on this site (write it as a path, /2019/05/old-name.html)"
                : key == "/" || (first is not null && key.Count(c => c == '/') == 1 && Languages.LanguageRegistry.IsKnown(first)) ? "would take a home page"
                : claimed.Contains(key) ? "is already an address of another post or page (or of this one)"
                : (first is not null && first != "posts" && rules.ReservedAtRoot.Contains(first)) || rules.Shadows(key, isPage: true) is not null
                    ? "would take one of the site's own addresses"
                : null;
            if (problem is not null)
            {
                warnings.Add(new ReadWarning(post.SourceFile, $"the alias '{alias}' {problem}; it is not used"));
                continue;
            }

            claimed.Add(key);
            accepted.Add(decoded);
        }

        return accepted;
    }

    private static bool Same(Post post, string[] addresses, List<string> aliases)
    {
        for (var i = 0; i < addresses.Length; i++)
        {
            if (post.Translations[i].Address != addresses[i])
            {
                return false;
            }
        }

        return post.Aliases.SequenceEqual(aliases, StringComparer.Ordinal);
    }

    private static Post WithAddresses(Post post, IReadOnlyList<string> addresses, IReadOnlyList<string> aliases) =>
        post with
        {
            Translations = post.Translations.Select((t, i) => t.Address == addresses[i] ? t : t with { Address = addresses[i] }).ToList(),
            Aliases = aliases,
        };

    /// <summary>Drafts last (no reader has their address yet), then the earliest date, then the path.</summary>
    private static int EarliestFirst(Post a, Post b)
    {
        if (a.Draft != b.Draft)
        {
            return a.Draft ? 1 : -1;
        }

        var (x, y) = (a.Date?.Instant ?? DateTimeOffset.MaxValue, b.Date?.Instant ?? DateTimeOffset.MaxValue);
        return x != y ? x.CompareTo(y) : StringComparer.Ordinal.Compare(a.SourceFile, b.SourceFile);
    }
}

/// <summary>
/// What <see cref="AddressAssigner"/> made of one load: the posts and pages with their addresses, the
/// posts and pages refused, and what the author should hear (file names relative to their own folder).
/// </summary>
internal sealed record AssignedAddresses(
    IReadOnlyList<Post> Posts,
    IReadOnlyList<Post> Pages,
    IReadOnlyList<LoadFailure> PostFailures,
    IReadOnlyList<LoadFailure> PageFailures,
    IReadOnlyList<ReadWarning> Notes,
    IReadOnlyList<ReadWarning> Warnings,
    IReadOnlyList<ReadWarning> PageWarnings);
