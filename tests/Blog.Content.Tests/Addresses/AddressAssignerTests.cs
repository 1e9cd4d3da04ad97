using Blog.Content.Addresses;
using Blog.Content.Catalog;
using Blog.Content.Tests.Support;
using Blog.Testing;

namespace Blog.Content.Tests.Addresses;

/// <summary>
/// Every post and page gets an address no other has, whatever the files are called, and what cannot
/// have one (a page on a route of the site, a second page at one address, an alias that is taken or off
/// the site) is refused with one line naming the file, while the rest publishes.
/// </summary>
public sealed class AddressAssignerTests : IDisposable
{
    private readonly TempPostsFolder _site = new();
    private readonly CollectingLoggerFactory _log = new();

    public void Dispose() => _site.Dispose();

    private LoadResult Load(AddressRules? rules = null) =>
        new SiteLoader(_log).Load(new SiteSources(Path.Combine(_site.Path, "posts"), Path.Combine(_site.Path, "pages"), "en", rules ?? AddressRules.Default));

    private static string Post(string title, string date, string extra = "") =>
        $"---\ntitle: {title}\ndate: {date}\n{extra}---\nText of {title}.\n";

    [Fact]
    public void Posts_with_one_name_are_told_apart_by_their_date_then_by_their_folder()
    {
        _site.Write("posts/a/2025/01/01/same.md", Post("In a", "2025-01-01"));
        _site.Write("posts/b/2025/01/02/same.md", Post("In b", "2025-01-02"));
        _site.Write("posts/c/2025/01/03/same.md", Post("In c", "2025-01-03"));
        _site.Write("posts/d/2025/01/03/same.md", Post("In d", "2025-01-03"));

        var posts = Load().Posts.ToDictionary(p => p.Main.Title, p => p.Main.Address);

        Assert.Equal("/en/posts/same", posts["In a"]);
        Assert.Equal("/en/posts/2025/01/02/same", posts["In b"]);
        Assert.Equal("/en/posts/c/2025/01/03/same", posts["In c"]);
        Assert.Equal("/en/posts/d/2025/01/03/same", posts["In d"]);
    }

    [Fact]
    public void A_pattern_with_the_date_qualifies_a_clash_by_folder_then_by_number()
    {
        _site.Write("posts/x/same.md", Post("One", "2025-01-01"));
        _site.Write("posts/y/same.md", Post("Two", "2025-01-01"));
        _site.Write("posts/z.md", Post("Three", "2025-01-01", "slug: same\n"));

        var posts = Load(AddressRules.Default with { Permalink = Permalink.Parse("/{lang}/{year}/{slug}") }).Posts.ToDictionary(p => p.Main.Title, p => p.Main.Address);

        Assert.Equal("/en/2025/same", posts["One"]);
        Assert.Equal("/en/2025/y/same", posts["Two"]);
        Assert.Equal("/en/2025/same-2", posts["Three"]);
    }

    [Fact]
    public void A_post_whose_address_would_be_a_route_of_the_site_is_moved_off_it()
    {
        _site.Write("posts/tags.md", Post("Tags", "2025-01-01"));

        var post = Assert.Single(Load(AddressRules.Default with { Permalink = Permalink.Parse("/{lang}/{slug}") }).Posts);

        Assert.Equal("/en/2025/01/01/tags", post.Main.Address);
    }

    [Fact]
    public void Pages_take_their_address_from_their_path_and_a_page_wins_over_a_post()
    {
        _site.Write("pages/resume/index.md", Post("Resume", "2025-01-01"));
        _site.Write("pages/about.md", Post("About", "2025-01-01"));
        _site.Write("posts/about.md", Post("A post about", "2025-01-01"));

        var result = Load(AddressRules.Default with { Permalink = Permalink.Parse("/{lang}/{slug}") });

        Assert.Equal(["/en/about", "/en/resume"], result.Pages.Select(p => p.Main.Address).Order(StringComparer.Ordinal));
        Assert.Equal("/en/2025/01/01/about", Assert.Single(result.Posts).Main.Address);
    }

    [Theory]
    [InlineData("pages/tags.md", "/en/tags", "/en/tags")]
    [InlineData("pages/posts/extra.md", "/en/posts/extra", "/en/posts")]
    [InlineData("pages/healthz.md", "/en/healthz", "/healthz")]
    [InlineData("pages/vi.md", "/en/vi", "/vi")]
    public void A_page_that_would_shadow_a_route_of_the_site_is_refused_naming_both(string file, string address, string route)
    {
        _site.Write(file, Post("Shadow", "2025-01-01"));
        _site.Write("pages/fine.md", Post("Fine", "2025-01-01"));

        var result = Load();

        Assert.Equal("/en/fine", Assert.Single(result.Pages).Main.Address);
        var failure = Assert.Single(result.Failures);
        Assert.Equal(file, failure.File);
        Assert.Contains($"its address {address} would take the site's own {route}", failure.Problem, StringComparison.Ordinal);
        Assert.Single(_log.Warnings, w => w.Contains(file, StringComparison.Ordinal));
    }

    [Fact]
    public void Two_pages_at_one_address_keep_the_first_by_path_and_refuse_the_other()
    {
        _site.Write("pages/resume.md", Post("Flat", "2025-01-01"));
        _site.Write("pages/resume/index.md", Post("Folder", "2025-01-01"));

        var result = Load();

        Assert.Equal("Flat", Assert.Single(result.Pages).Main.Title);
        var failure = Assert.Single(result.Failures);
        Assert.Equal("pages/resume/index.md", failure.File);
        Assert.Contains("already the address of resume.md", failure.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Aliases_lead_to_the_post_unless_they_are_off_the_site_or_taken()
    {
        _site.Write("posts/first.md", Post("First", "2025-01-01"));
        _site.Write("posts/second.md", Post("Second", "2025-01-02", "aliases:\n  - /2019/05/old-name.html\n  - https://elsewhere.example/x\n  - /en/posts/first\n  - //evil.example/x\n"));

        var result = Load();
        var catalog = new PostCatalog(result.Posts, result.Failures, DateTimeOffset.UtcNow, new SiteParts(result.Pages, result.Intros, result.Permalink));

        Assert.Equal(new MovedAddress("/en/posts/second"), catalog.FindAddress("/2019/05/old-name.html"));
        Assert.IsType<ServedAddress>(catalog.FindAddress("/en/posts/first"));
        Assert.Null(catalog.FindAddress("/x"));
        var refused = result.Warnings.Where(w => w.File == "second.md" && w.Text.Contains("alias", StringComparison.Ordinal)).Select(w => w.Text).ToList();
        Assert.Equal(3, refused.Count);
        Assert.Contains(refused, w => w.Contains("'https://elsewhere.example/x' is not an address on this site", StringComparison.Ordinal));
        Assert.Contains(refused, w => w.Contains("'//evil.example/x' is not an address on this site", StringComparison.Ordinal));
        Assert.Contains(refused, w => w.Contains("'/en/posts/first' is already an address of another post or page", StringComparison.Ordinal));
    }

    [Fact]
    public void Folders_that_publish_nothing_are_named_once()
    {
        _site.Write("posts/full/a.md", Post("A", "2025-01-01"));
        _site.Write("posts/intro-only/index.md", Post("Intro", "2025-01-01"));
        Directory.CreateDirectory(Path.Combine(_site.Path, "posts", "empty"));
        Directory.CreateDirectory(Path.Combine(_site.Path, "pages", "resume"));
        _site.Write("pages/about.md", Post("About", "2025-01-01"));
        var loader = new SiteLoader(_log);
        var sources = new SiteSources(Path.Combine(_site.Path, "posts"), Path.Combine(_site.Path, "pages"), "en", AddressRules.Default);

        var result = loader.Load(sources);
        _site.Write("posts/full/b.md", Post("B", "2025-01-02"));
        loader.Load(sources);

        Assert.Equal(
            ["empty/", "intro-only/", "pages/resume/"],
            result.Warnings.Where(w => w.Text.Contains("holds no", StringComparison.Ordinal)).Select(w => w.File).Order(StringComparer.Ordinal));
        Assert.Equal(3, _log.Warnings.Count(w => w.Contains("holds no", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("archive")]
    [InlineData("vi")]
    public void A_pattern_that_puts_a_route_of_the_site_in_a_posts_address_refuses_that_post_and_publishes_the_rest(string section)
    {
        _site.Write($"posts/{section}/foo.md", Post("Foo", "2025-01-01"));
        _site.Write("posts/fine/bar.md", Post("Bar", "2025-01-01"));

        var result = Load(AddressRules.Default with { Permalink = Permalink.Parse("/{lang}/{section}/{slug}") });

        Assert.Equal("/en/fine/bar", Assert.Single(result.Posts).Main.Address);
        var failure = Assert.Single(result.Failures);
        Assert.Equal($"{section}/foo.md", failure.File);
        Assert.Contains("however it is qualified", failure.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_post_keeps_answering_at_every_address_a_clash_gave_it_when_another_post_goes()
    {
        _site.Write("posts/a/2020/01/01/foo.md", Post("A", "2020-01-01"));
        _site.Write("posts/b/2021/05/05/foo.md", Post("B", "2021-05-05"));
        _site.Write("posts/c/2021/05/05/foo.md", Post("C", "2021-05-05"));
        var loader = new SiteLoader(_log);
        var sources = new SiteSources(Path.Combine(_site.Path, "posts"), null, "en", AddressRules.Default);
        var before = Catalog(loader.Load(sources));
        var b = before.Published.Single(p => p.Main.Title == "B").Main.Address;
        var c = before.Published.Single(p => p.Main.Title == "C").Main.Address;

        // Same name, same day: neither takes the dated address, which would be ambiguous.
        Assert.Equal("/en/posts/b/2021/05/05/foo", b);
        Assert.Equal("/en/posts/c/2021/05/05/foo", c);

        File.Delete(Path.Combine(_site.Path, "posts/a/2020/01/01/foo.md"));
        var after = Catalog(loader.Load(sources));

        Assert.Equal("/en/posts/foo", after.Published.Single(p => p.Main.Title == "B").Main.Address);
        Assert.Equal(c, after.Published.Single(p => p.Main.Title == "C").Main.Address);
        Assert.Equal(new MovedAddress("/en/posts/foo"), after.FindAddress(b));
    }

    [Fact]
    public void A_files_old_path_leads_to_that_file_even_when_another_posts_qualified_form_looks_the_same()
    {
        _site.Write("posts/2025/08/26/name.md", Post("Flat", "2025-08-26"));
        _site.Write("posts/other/2025/08/26/name.md", Post("In other", "2025-08-26"));
        _site.Write("posts/notes/productivity.md", Post("A post named like a section", "2025-01-01"));
        _site.Write("posts/productivity/a.md", Post("In productivity", "2025-01-01"));

        var catalog = Catalog(Load());

        var flat = catalog.Published.Single(p => p.Main.Title == "Flat").Main.Address;
        Assert.Equal(new MovedAddress(flat), catalog.FindAddress("/posts/2025/08/26/name.html"));
        Assert.Equal(new ListAddress("productivity"), catalog.FindAddress("/posts/productivity/"));
    }

    [Fact]
    public void Aliases_are_refused_when_they_would_take_an_address_without_a_language_an_old_path_or_a_route()
    {
        _site.Write("posts/a.md", Post("A", "2025-01-01"));
        _site.Write("posts/b.md", Post("B", "2025-01-02", "aliases: [\"/posts/a\", \"/posts/a.md\", \"/tags/x\", \"/en\", \"/old%20name.html\"]\n"));
        _site.Write("pages/cv.md", Post("CV", "2025-01-01", "aliases: [\"/resume.html\", \"https://elsewhere.example/\"]\n"));

        var result = Load();
        var catalog = Catalog(result);

        Assert.Equal(new MovedAddress("/en/posts/b"), catalog.FindAddress("/old name.html"));
        Assert.Equal(new MovedAddress("/en/cv"), catalog.FindAddress("/resume"));
        var refused = result.Warnings.Where(w => w.Text.StartsWith("the alias", StringComparison.Ordinal)).Select(w => (w.File, w.Text[..w.Text.IndexOf("' ", StringComparison.Ordinal)])).ToList();
        Assert.Equal(
            [("b.md", "the alias '/posts/a"), ("b.md", "the alias '/posts/a.md"), ("b.md", "the alias '/tags/x"), ("b.md", "the alias '/en"), ("pages/cv.md", "the alias 'https://elsewhere.example/")],
            refused);
    }

    [Fact]
    public void A_folder_of_pictures_is_not_called_empty()
    {
        _site.Write("posts/full/a.md", Post("A", "2025-01-01"));
        _site.WriteBytes("posts/images/a.png", [1, 2, 3]);
        _site.WriteBytes("pages/resume/photo.jpg", [1, 2, 3]);
        _site.Write("pages/resume/index.md", Post("Resume", "2025-01-01"));

        var result = Load();

        Assert.DoesNotContain(result.Warnings, w => w.Text.Contains("holds no", StringComparison.Ordinal));
    }

    [Fact]
    public void Pages_come_back_with_their_folder_after_it_was_away()
    {
        _site.Write("posts/a.md", Post("A", "2025-01-01"));
        _site.Write("pages/about.md", Post("About", "2025-01-01"));
        var loader = new SiteLoader(_log);
        var pages = Path.Combine(_site.Path, "pages");
        var sources = new SiteSources(Path.Combine(_site.Path, "posts"), pages, "en", AddressRules.Default);
        Assert.Single(loader.Load(sources).Pages);

        Directory.Move(pages, pages + "-away");
        Assert.Single(loader.Load(sources).Pages);
        Directory.Move(pages + "-away", pages);
        _site.Write("pages/more.md", Post("More", "2025-01-01"));

        Assert.Equal(2, loader.Load(sources).Pages.Count);
    }

    private static PostCatalog Catalog(LoadResult result) =>
        new(result.Posts, result.Failures, DateTimeOffset.UtcNow, new SiteParts(result.Pages, result.Intros, result.Permalink));

    [Fact]
    public void Posts_whose_addresses_did_not_change_are_the_same_objects_on_the_next_load()
    {
        _site.Write("posts/a.md", Post("A", "2025-01-01"));
        _site.Write("posts/b.md", Post("B", "2025-01-02"));
        var loader = new SiteLoader(_log);
        var sources = new SiteSources(Path.Combine(_site.Path, "posts"), null, "en", AddressRules.Default);
        var first = loader.Load(sources).Posts.Single(p => p.Main.Title == "A");

        _site.Write("posts/b.md", Post("B edited", "2025-01-02"));
        var second = loader.Load(sources).Posts.Single(p => p.Main.Title == "A");

        Assert.Same(first, second);
    }
}
