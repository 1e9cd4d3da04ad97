using Blog.Content.Posts;

namespace Blog.Content.Catalog;

/// <summary>
/// An immutable snapshot of the site at one moment: every parsed post, and the lookups readers need
/// (published posts newest first, a language version by its slug, posts by tag in each language).
/// Drafts and posts dated in the future are parsed but not published; <see cref="ValidUntil"/> says
/// when the next scheduled post goes live, so the store can take a fresh snapshot then.
/// </summary>
/// <remarks>
/// Invariants, which the constructor and <see cref="Patch"/> both keep (a patched snapshot equals the one
/// built whole): nothing is written after construction, so readers never lock; <see cref="Published"/> is
/// in <see cref="PublishedOrder"/>, and so is every tag's and section's list; each language of
/// <see cref="Languages"/> has one <see cref="LanguageIndex"/>, and so has <see cref="AnyLanguage"/> (what
/// readers of a language no post is written in see); a slug two posts ask for is in the contested set,
/// and who keeps it is decided by the order of all posts, which only a whole build knows.
/// </remarks>
public sealed partial class PostCatalog
{
    // Plain dictionaries under layers of patches (see LayeredMap), never written after the constructor
    // (safe to read from any thread), keyed by language and then slug (no key strings to build): a
    // frozen dictionary reads a few nanoseconds faster but takes many times longer to build, and readers
    // mostly get pages from the page cache.
    private readonly Dictionary<string, LanguageIndex> _languages;
    private readonly LayeredMap<Post> _byAnySlug;

    /// <summary>"language/slug" (and "*/slug" for any language) that more than one post has: who keeps it depends on the order of all.</summary>
    private readonly HashSet<string> _contestedSlugs;

    public PostCatalog(IReadOnlyList<Post> posts, IReadOnlyList<LoadFailure> failures, DateTimeOffset now, SiteParts? parts = null)
    {
        AllPosts = posts;
        Failures = failures;
        Parts = parts ?? SiteParts.None;
        var published = posts.Where(p => p.IsPublishedAt(now)).ToArray();
        Array.Sort(published, NewestFirst);
        Published = published;
        // A 10,000-post catalog is rebuilt on every edit, and walking thousands of posts scattered over the
        // heap costs mostly cache misses: one pass over the posts fills every index.
        var languages = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var post in published)
        {
            for (var i = 0; i < post.Translations.Count; i++)
            {
                languages[post.Translations[i].Language] = languages.GetValueOrDefault(post.Translations[i].Language) + 1;
            }
        }

        Languages = [.. languages.Keys.Order(StringComparer.Ordinal)];
        var listings = Languages.Append(AnyLanguage)
            .Select(language => (Language: language, Listed: new PostTranslation[published.Length], Tags: new Dictionary<string, TagEntry>(StringComparer.Ordinal)))
            .ToArray();
        var byLanguageAndSlug = new Dictionary<string, Dictionary<string, PostVersion>>(StringComparer.Ordinal);
        var byAnySlug = new Dictionary<string, Post>(published.Length * 2, StringComparer.Ordinal);
        var contested = new HashSet<string>(StringComparer.Ordinal);
        var otherSlugs = new List<(string Slug, Post Post)>();
        for (var index = 0; index < published.Length; index++)
        {
            var post = published[index];
            var main = post.Main;

            // Main-language slugs first, so a slug that two posts use in different languages finds the post it names first.
            if (!byAnySlug.TryAdd(main.Slug, post))
            {
                contested.Add(AnyLanguage + "/" + main.Slug);
            }

            for (var i = 0; i < post.Translations.Count; i++)
            {
                var translation = post.Translations[i];
                otherSlugs.Add((translation.Slug, post));
                var versions = In(byLanguageAndSlug, translation.Language);
                if (!versions.TryAdd(translation.Slug, new PostVersion(post, translation)) && !ReferenceEquals(versions[translation.Slug].Post, post))
                {
                    contested.Add(translation.Language + "/" + translation.Slug);
                }
            }

            // What each language lists (its own version, else the main one), for tags and search.
            foreach (var listing in listings)
            {
                var own = post.In(listing.Language);
                var shown = own ?? main;
                listing.Listed[index] = shown;
                foreach (var tag in shown.Tags)
                {
                    if (!listing.Tags.TryGetValue(tag.Slug, out var entry))
                    {
                        listing.Tags[tag.Slug] = entry = new TagEntry(tag, []);
                    }

                    entry.Posts.Add(post);
                    entry.Written |= own is not null || listing.Language == AnyLanguage;
                }
            }
        }

        foreach (var (slug, post) in otherSlugs)
        {
            if (!byAnySlug.TryAdd(slug, post) && !ReferenceEquals(byAnySlug[slug], post))
            {
                contested.Add(AnyLanguage + "/" + slug);
            }
        }

        _languages = listings.ToDictionary(
            listing => listing.Language,
            listing => new LanguageIndex(
                new LayeredMap<PostVersion>(byLanguageAndSlug.GetValueOrDefault(listing.Language) ?? []),
                listing.Tags,
                languages.GetValueOrDefault(listing.Language)),
            StringComparer.Ordinal);
        _byAnySlug = new LayeredMap<Post>(byAnySlug);
        _contestedSlugs = contested;

        Pages = Parts.Pages.Where(p => p.IsPublishedAt(now)).OrderBy(p => p.SourceFile, StringComparer.Ordinal).ToArray();
        LastModified = published.Concat(Pages).Select(p => p.LastModified).Max();
        Sections = SectionsOf(published, Parts.Intros);
        _sections = Sections.ToDictionary(s => s.Slug, StringComparer.Ordinal);
        AllPostsIntro = Parts.Intros.FirstOrDefault(i => !i.SourceFile.Contains('/', StringComparison.Ordinal));
        _addresses = new Addresses.AddressBook(published, Pages, Sections, Parts.Permalink);

        Search = new Search.SearchIndex(published, listings.Select(listing => (listing.Language, (IReadOnlyList<PostTranslation>)listing.Listed)));

        ValidUntil = posts
            .Where(p => !p.Draft && p.Date is { } date && date.Instant > now)
            .Select(p => p.Date!.Value.Instant)
            .DefaultIfEmpty(DateTimeOffset.MaxValue)
            .Min();
    }

    public static PostCatalog Empty { get; } = new([], [], DateTimeOffset.MinValue);

    /// <summary>Every post that parsed, published or not.</summary>
    public IReadOnlyList<Post> AllPosts { get; }

    public IReadOnlyList<LoadFailure> Failures { get; }

    /// <summary>
    /// Folders of the posts folder that could not be listed when this snapshot's posts were loaded
    /// (see <see cref="LoadResult.UnreadableFolders"/>: relative, <c>"."</c> for the posts folder itself).
    /// </summary>
    public IReadOnlyList<string> UnreadableFolders { get; init; } = [];

    /// <summary>Posts a reader may see, newest first; posts without a date come last.</summary>
    public IReadOnlyList<Post> Published { get; }

    /// <summary>Languages that at least one published post is written in.</summary>
    public IReadOnlyList<string> Languages { get; }

    public DateTimeOffset ValidUntil { get; }

    /// <summary>
    /// The latest change of any post or page a reader may see: what every page of the site says it was
    /// last modified (a page lists, links or counts other posts besides its own). It follows from the
    /// posts alone, so replicas and restarts agree on it; null when nothing is dated.
    /// </summary>
    public DateTimeOffset? LastModified { get; }

    /// <summary>The search over this snapshot's published posts, built with it.</summary>
    public Search.SearchIndex Search { get; }

    /// <summary>The order of <see cref="Published"/> (newest first), to find a post in it or in any list drawn from it by binary search.</summary>
    public static IComparer<Post> PublishedOrder { get; } = Comparer<Post>.Create(NewestFirst);

    /// <summary>Posts matching a query, in a language the site may have no posts in.</summary>
    public IReadOnlyList<Post> FindPosts(string language, string query, int maxWords = int.MaxValue) =>
        Search.Find(_languages.ContainsKey(language) ? language : AnyLanguage, query, maxWords);

    /// <summary>
    /// The version a reader of <paramref name="language"/> sees in lists: theirs when the post has it,
    /// else the main one (marked as being in another language).
    /// </summary>
    public static PostTranslation ListedIn(Post post, string language) => post.In(language) ?? post.Main;

    /// <summary>The version of a post in one language, by that language's slug.</summary>
    public PostVersion? Find(string language, string slug) =>
        _languages.TryGetValue(language, out var index) ? index.BySlug.Find(slug) : null;

    /// <summary>A post by the slug of any of its versions, for addresses without a language.</summary>
    public Post? FindAnyLanguage(string slug) => _byAnySlug.Find(slug);

    public Tag? FindTag(string language, string tagSlug) => TagsOf(language).GetValueOrDefault(tagSlug)?.Tag;

    /// <summary>Published posts whose version listed in <paramref name="language"/> carries the tag, newest first.</summary>
    public IReadOnlyList<Post> Tagged(string language, string tagSlug) => TagsOf(language).GetValueOrDefault(tagSlug)?.Posts ?? [];

    /// <summary>
    /// The tags a language's own versions carry, with how many posts its tag page lists, by name. A tag
    /// found only on posts written in other languages keeps its page (their summaries link to it) but is
    /// not offered in the index: a reader of English would find nothing written in English behind it.
    /// </summary>
    public IReadOnlyList<(Tag Tag, int Count)> TagsIn(string language) =>
        TagsOf(language).Values
            .Where(entry => entry.Written)
            .Select(entry => (entry.Tag, entry.Posts.Count))
            .OrderBy(t => t.Tag.Name, StringComparer.CurrentCultureIgnoreCase)
            .ToList();

    public PostCatalog At(DateTimeOffset now) => new(AllPosts, Failures, now, Parts) { UnreadableFolders = UnreadableFolders };

    /// <summary>What the snapshot was made of besides posts: pages, list intros, the permalink pattern.</summary>
    public SiteParts Parts { get; }

    /// <summary>Standalone pages a reader may see (the resume), by path; never in lists, feeds, tags or search.</summary>
    public IReadOnlyList<Post> Pages { get; }

    /// <summary>The first-level folders that hold published posts, by name.</summary>
    public IReadOnlyList<PostSection> Sections { get; }

    /// <summary>The posts folder's own <c>index.md</c>: the title and opening text of the list of all posts.</summary>
    public Post? AllPostsIntro { get; }

    public PostSection? FindSection(string slug) => _sections.GetValueOrDefault(slug);

    private readonly Dictionary<string, PostSection> _sections;

    /// <summary>Where an address of the site leads (a post, a page, an old link, a list); null when nowhere.</summary>
    public Addresses.SiteAddress? FindAddress(string path) => _addresses.Find(path);

    private readonly Addresses.AddressBook _addresses;

    private static PostSection[] SectionsOf(Post[] published, IReadOnlyList<Post> intros)
    {
        var bySection = new SortedDictionary<string, List<Post>>(StringComparer.Ordinal);
        foreach (var post in published)
        {
            if (post.Section is { } section)
            {
                if (!bySection.TryGetValue(section, out var list))
                {
                    bySection[section] = list = [];
                }

                list.Add(post);
            }
        }

        return bySection
            .Select(s => new PostSection(s.Key, intros.FirstOrDefault(i => i.Section == s.Key), s.Value))
            .ToArray();
    }

    /// <summary>The listing for readers of a language no post is written in: every post's main version.</summary>
    private const string AnyLanguage = "*";

    /// <summary>
    /// Newest first; undated posts last; then by slug, and by file, so the order never depends on the
    /// folder, and a patch finds every post's place by binary search.
    /// </summary>
    private static int NewestFirst(Post a, Post b)
    {
        var byDate = (b.Date?.Instant ?? DateTimeOffset.MinValue).CompareTo(a.Date?.Instant ?? DateTimeOffset.MinValue);
        if (byDate != 0)
        {
            return byDate;
        }

        var bySlug = StringComparer.Ordinal.Compare(a.Slug, b.Slug);
        return bySlug != 0 ? bySlug : StringComparer.Ordinal.Compare(a.SourceFile, b.SourceFile);
    }

    private static Dictionary<string, T> In<T>(Dictionary<string, Dictionary<string, T>> byLanguage, string language)
    {
        if (!byLanguage.TryGetValue(language, out var inLanguage))
        {
            byLanguage[language] = inLanguage = new Dictionary<string, T>(StringComparer.Ordinal);
        }

        return inLanguage;
    }

    private Dictionary<string, TagEntry> TagsOf(string language) =>
        (_languages.GetValueOrDefault(language) ?? _languages[AnyLanguage]).Tags;

    /// <summary>
    /// What one listed language (or <see cref="AnyLanguage"/>) is read by: its versions by slug (none for
    /// any language), its tags with the posts each lists in it, and how many published posts have a
    /// version in it (what a patch checks to know the languages stay the same). One dictionary lookup
    /// gives a request all of it.
    /// </summary>
    private sealed record LanguageIndex(LayeredMap<PostVersion> BySlug, Dictionary<string, TagEntry> Tags, int PostCount);

    /// <summary>A tag as first written, and its posts newest first.</summary>
    private sealed record TagEntry(Tag Tag, List<Post> Posts)
    {
        /// <summary>Whether a post carries the tag in the entry's own language (always, for languages no post is written in).</summary>
        public bool Written { get; set; }
    }
}
