using Blog.Content.Posts;

namespace Blog.Content.Catalog;

/// <summary>
/// A new snapshot made from the last one and a few changed posts, at a cost that follows the change
/// and not the site: the unchanged posts and most lookups are shared with the last snapshot (which
/// readers may still hold, so nothing of it is written), and each list or index a changed post is in
/// finds its place by binary search. Whatever depends on the order of everything (a slug or address
/// that two posts ask for, a language appearing or gone) makes the patch give up: the caller then builds
/// the snapshot whole. Either way the snapshot is the one the constructor would build.
/// </summary>
public sealed partial class PostCatalog
{
    private PostCatalog(PostCatalog last, Patched patched)
    {
        AllPosts = patched.AllPosts;
        Failures = patched.Failures;
        Parts = last.Parts;
        Published = patched.Published;
        Languages = last.Languages;
        _languages = patched.Languages;
        _byAnySlug = patched.ByAnySlug;
        _contestedSlugs = last._contestedSlugs;
        Pages = last.Pages;
        LastModified = patched.LastModified;
        Sections = patched.Sections;
        _sections = patched.Sections.ToDictionary(s => s.Slug, StringComparer.Ordinal);
        AllPostsIntro = last.AllPostsIntro;
        _addresses = patched.Addresses;
        Search = patched.Search;
        ValidUntil = patched.ValidUntil;
        IsPatch = true;
    }

    /// <summary>Whether this snapshot was patched from an earlier one (for tests and checks).</summary>
    internal bool IsPatch { get; }

    /// <summary>Every address and where it leads, in no particular order (for tests and checks).</summary>
    internal IEnumerable<KeyValuePair<string, Addresses.SiteAddress>> AddressEntries => _addresses.Entries;

    /// <summary>
    /// This snapshot with the changed posts (each before and after, null for none), as the constructor
    /// would build it from <paramref name="allPosts"/> at <paramref name="now"/>; null when a patch
    /// cannot tell (the caller then builds it whole). Pages, list intros and the permalink stay.
    /// </summary>
    internal PostCatalog? Patch(
        IReadOnlyList<Post> allPosts, IReadOnlyList<LoadFailure> failures, IReadOnlyList<PostChange> changes, DateTimeOffset now, IReadOnlyList<string> unreadableFolders)
    {
        // Past ValidUntil a scheduled post goes live, which no change names.
        if (now >= ValidUntil)
        {
            return null;
        }

        var removed = changes.Select(c => c.Before).OfType<Post>().Where(p => p.IsPublishedAt(now)).ToList();
        var added = changes.Select(c => c.After).OfType<Post>().Where(p => p.IsPublishedAt(now)).ToList();
        if (PatchLanguages(removed, added) is not { } languageCounts
            || PatchPublished(removed, added) is not var (published, steps)
            || PatchSlugs(removed, added) is not var (byLanguageAndSlug, byAnySlug)
            || PatchSections(removed, added) is not var (sections, sectionsGone, sectionsNew)
            || _addresses.Patch(removed, added, sectionsGone, sectionsNew, Parts.Permalink) is not { } addresses)
        {
            return null;
        }

        var tags = PatchTags(removed, added);
        var indexes = _languages.ToDictionary(
            l => l.Key,
            l => new LanguageIndex(byLanguageAndSlug.GetValueOrDefault(l.Key) ?? l.Value.BySlug, tags[l.Key], languageCounts.GetValueOrDefault(l.Key)),
            StringComparer.Ordinal);
        return new PostCatalog(this, new Patched(
            allPosts,
            failures,
            published,
            indexes,
            byAnySlug,
            PatchLastModified(removed, added, published),
            sections,
            addresses,
            Search.Patch(steps),
            PatchValidUntil(changes, allPosts, now)))
        {
            UnreadableFolders = unreadableFolders,
        };
    }

    /// <summary>The languages stay as they are (listed languages shape every index), or null.</summary>
    private Dictionary<string, int>? PatchLanguages(List<Post> removed, List<Post> added)
    {
        var counts = Languages.ToDictionary(language => language, language => _languages[language].PostCount, StringComparer.Ordinal);
        foreach (var (posts, step) in new[] { (removed, -1), (added, 1) })
        {
            foreach (var translation in posts.SelectMany(p => p.Translations))
            {
                if (!counts.TryGetValue(translation.Language, out var count))
                {
                    return null;
                }

                counts[translation.Language] = count + step;
            }
        }

        return counts.Values.All(count => count > 0) ? counts : null;
    }

    /// <summary>The published posts, newest first, and each step taken to get there (for the search, which keeps the same order).</summary>
    private (Post[] Published, List<(int Index, Post? Inserted)> Steps)? PatchPublished(List<Post> removed, List<Post> added)
    {
        var published = new List<Post>(Published);
        var steps = new List<(int Index, Post? Inserted)>(removed.Count + added.Count);
        foreach (var post in removed)
        {
            var at = published.BinarySearch(post, PublishedOrder);
            if (at < 0 || !ReferenceEquals(published[at], post))
            {
                return null;
            }

            published.RemoveAt(at);
            steps.Add((at, null));
        }

        foreach (var post in added)
        {
            var at = published.BinarySearch(post, PublishedOrder);
            if (at >= 0)
            {
                return null;
            }

            published.Insert(~at, post);
            steps.Add((~at, post));
        }

        return ([.. published], steps);
    }

    private (Dictionary<string, LayeredMap<PostVersion>>, LayeredMap<Post>)? PatchSlugs(List<Post> removed, List<Post> added)
    {
        var byLanguage = Languages.ToDictionary(l => l, _ => new Dictionary<string, PostVersion?>(StringComparer.Ordinal), StringComparer.Ordinal);
        var anyLanguage = new Dictionary<string, Post?>(StringComparer.Ordinal);
        foreach (var post in removed)
        {
            // Kept by this post alone (nobody else asked), so it goes with it.
            foreach (var translation in post.Translations)
            {
                if (_contestedSlugs.Contains(translation.Language + "/" + translation.Slug) || _contestedSlugs.Contains(AnyLanguage + "/" + translation.Slug))
                {
                    return null;
                }

                byLanguage[translation.Language][translation.Slug] = null;
                anyLanguage[translation.Slug] = null;
            }
        }

        foreach (var post in added)
        {
            foreach (var translation in post.Translations)
            {
                var changes = byLanguage[translation.Language];
                if (changes.TryGetValue(translation.Slug, out var changed) ? changed is not null : _languages[translation.Language].BySlug.Contains(translation.Slug))
                {
                    return null;
                }

                changes[translation.Slug] = new PostVersion(post, translation);
            }

            // The main slug first, as the constructor; a post may have one slug in several languages.
            foreach (var slug in post.Translations.Select(t => t.Slug).Prepend(post.Main.Slug))
            {
                var owner = anyLanguage.TryGetValue(slug, out var changed) ? changed : _byAnySlug.Find(slug);
                if (owner is not null && !ReferenceEquals(owner, post))
                {
                    return null;
                }

                anyLanguage[slug] = post;
            }
        }

        return (Languages.ToDictionary(l => l, l => _languages[l].BySlug.With(byLanguage[l]), StringComparer.Ordinal), _byAnySlug.With(anyLanguage));
    }

    /// <summary>Each tag list a changed post is in (in each listed language), with its name as first written and whether the language writes it.</summary>
    private Dictionary<string, Dictionary<string, TagEntry>> PatchTags(List<Post> removed, List<Post> added)
    {
        var tags = _languages.ToDictionary(l => l.Key, l => l.Value.Tags, StringComparer.Ordinal);
        foreach (var language in Languages.Append(AnyLanguage))
        {
            var lists = new Dictionary<string, List<Post>>(StringComparer.Ordinal);
            var entries = _languages[language].Tags;
            List<Post> ListOf(string slug) => lists.TryGetValue(slug, out var list)
                ? list
                : lists[slug] = entries.TryGetValue(slug, out var entry) ? [.. entry.Posts] : [];

            foreach (var post in removed)
            {
                foreach (var slug in ListedIn(post, language).Tags.Select(t => t.Slug).Distinct(StringComparer.Ordinal))
                {
                    ListOf(slug).RemoveAll(p => ReferenceEquals(p, post));
                }
            }

            foreach (var post in added)
            {
                // A post that carries a tag twice is listed twice, as the constructor lists it.
                foreach (var tag in ListedIn(post, language).Tags)
                {
                    var list = ListOf(tag.Slug);
                    var at = list.BinarySearch(post, PublishedOrder);
                    list.Insert(at >= 0 ? at : ~at, post);
                }
            }

            if (lists.Count == 0)
            {
                continue;
            }

            var patched = new Dictionary<string, TagEntry>(entries, StringComparer.Ordinal);
            foreach (var (slug, list) in lists)
            {
                if (list.Count == 0)
                {
                    patched.Remove(slug);
                    continue;
                }

                patched[slug] = new TagEntry(ListedIn(list[0], language).Tags.First(t => t.Slug == slug), list)
                {
                    Written = language == AnyLanguage || list.Any(p => p.In(language) is not null),
                };
            }

            tags[language] = patched;
        }

        return tags;
    }

    /// <summary>Each section a changed post is in, with the lists of sections that are new or gone (for the address book).</summary>
    private (PostSection[], List<string>, List<string>)? PatchSections(List<Post> removed, List<Post> added)
    {
        var lists = new Dictionary<string, List<Post>>(StringComparer.Ordinal);
        List<Post> ListOf(string slug) => lists.TryGetValue(slug, out var list)
            ? list
            : lists[slug] = _sections.TryGetValue(slug, out var section) ? [.. section.Posts] : [];

        foreach (var post in removed)
        {
            if (post.Section is { } slug)
            {
                ListOf(slug).RemoveAll(p => ReferenceEquals(p, post));
            }
        }

        foreach (var post in added)
        {
            if (post.Section is { } slug)
            {
                var list = ListOf(slug);
                var at = list.BinarySearch(post, PublishedOrder);
                list.Insert(at >= 0 ? at : ~at, post);
            }
        }

        var gone = lists.Where(l => l.Value.Count == 0 && _sections.ContainsKey(l.Key)).Select(l => l.Key).ToList();
        var fresh = lists.Where(l => l.Value.Count > 0 && !_sections.ContainsKey(l.Key)).Select(l => l.Key).ToList();
        var sections = Sections
            .Where(s => !lists.ContainsKey(s.Slug))
            .Concat(lists.Where(l => l.Value.Count > 0).Select(l => new PostSection(
                l.Key, _sections.TryGetValue(l.Key, out var old) ? old.Intro : Parts.Intros.FirstOrDefault(i => i.Section == l.Key), l.Value)))
            .OrderBy(s => s.Slug, StringComparer.Ordinal)
            .ToArray();
        return (sections, gone, fresh);
    }

    /// <summary>The latest change of what readers see: a scan of every post only when the latest is gone and nothing as late came.</summary>
    private DateTimeOffset? PatchLastModified(List<Post> removed, List<Post> added, Post[] published)
    {
        var latestAdded = added.Select(p => p.LastModified).Max();
        if (LastModified is not { } latest || !removed.Any(p => p.LastModified == latest))
        {
            return new[] { LastModified, latestAdded }.Max();
        }

        return latestAdded >= latest ? latestAdded : published.Concat(Pages).Select(p => p.LastModified).Max();
    }

    /// <summary>When the next scheduled post goes live: a scan of every post only when the next one changed.</summary>
    private DateTimeOffset PatchValidUntil(IReadOnlyList<PostChange> changes, IReadOnlyList<Post> allPosts, DateTimeOffset now)
    {
        DateTimeOffset? Scheduled(Post post) => !post.Draft && post.Date is { } date && date.Instant > now ? date.Instant : null;
        if (changes.Any(c => c.Before is { } before && Scheduled(before) == ValidUntil))
        {
            return allPosts.Select(Scheduled).OfType<DateTimeOffset>().DefaultIfEmpty(DateTimeOffset.MaxValue).Min();
        }

        return changes.Select(c => c.After).OfType<Post>().Select(Scheduled).OfType<DateTimeOffset>().Append(ValidUntil).Min();
    }

    /// <summary>What a patch makes anew; the rest of the snapshot is the last one's.</summary>
    private sealed record Patched(
        IReadOnlyList<Post> AllPosts,
        IReadOnlyList<LoadFailure> Failures,
        Post[] Published,
        Dictionary<string, LanguageIndex> Languages,
        LayeredMap<Post> ByAnySlug,
        DateTimeOffset? LastModified,
        PostSection[] Sections,
        Addresses.AddressBook Addresses,
        Search.SearchIndex Search,
        DateTimeOffset ValidUntil);
}
