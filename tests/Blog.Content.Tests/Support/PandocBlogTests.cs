using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Blog.Content.Text;
using Blog.Testing;
using YamlDotNet.RepresentationModel;

namespace Blog.Content.Tests.Support;

/// <summary>The migrated-blog fixture has the shape that the tests and benchmarks built on it rely on.</summary>
public sealed partial class PandocBlogTests(PandocBlogTests.Written written) : IClassFixture<PandocBlogTests.Written>
{
    private readonly PandocBlogManifest _blog = written.Blog;

    [Fact]
    public void Posts_are_files_in_dated_section_folders_one_a_day()
    {
        var files = PostFiles();

        Assert.Equal(PandocBlog.DefaultPosts, files.Count);
        Assert.All(files, f => Assert.Matches(PostPath(), f));
        var dates = files.Select(DateOf).Order().ToList();
        Assert.Equal(Enumerable.Range(0, PandocBlog.DefaultPosts).Select(PandocBlog.FirstDate.AddDays), dates);
        Assert.Equal(files.Order(StringComparer.Ordinal), _blog.Posts.Select(p => p.RelativePath).Order(StringComparer.Ordinal));
        Assert.Equal(PandocBlog.Sections, _blog.Posts.Select(p => p.Section).Distinct().Order(StringComparer.Ordinal));
        Assert.All(_blog.Posts, p =>
        {
            Assert.Equal(DateOf(p.RelativePath), p.Date);
            Assert.Equal($"/posts/{p.RelativePath[..^3]}.html", p.OldAddress);
            Assert.StartsWith(p.Section + "/", p.RelativePath, StringComparison.Ordinal);
            Assert.EndsWith("/" + p.Name + ".md", p.RelativePath, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Names_repeat_across_dates_and_sections_as_in_the_real_blog()
    {
        var byName = PostFiles().GroupBy(f => f[(f.LastIndexOf('/') + 1)..^3], StringComparer.Ordinal).ToList();
        var repeated = byName.Where(g => g.Count() > 1).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        Assert.Equal(PandocBlog.RepeatedNameCount, repeated.Count);
        Assert.Equal(repeated.OrderBy(r => r.Key, StringComparer.Ordinal), _blog.RepeatedNames.OrderBy(r => r.Key, StringComparer.Ordinal));
        Assert.Equal(PandocBlog.MostRepeats, repeated[PandocBlog.SeriesName]);
        Assert.All(repeated.Where(r => r.Key != PandocBlog.SeriesName), r => Assert.InRange(r.Value, 2, 4));

        var groups = _blog.Posts.Where(p => repeated.ContainsKey(p.Name)).GroupBy(p => p.Name).ToList();
        Assert.Contains(groups, g => g.GroupBy(p => p.Section).Any(s => s.Count() > 1));
        Assert.Contains(groups, g => g.Select(p => p.Section).Distinct().Count() > 1);
        Assert.Contains(groups, g => g.Zip(g.Skip(1)).Any(pair => pair.Second.Date == pair.First.Date.AddDays(1)));
    }

    [Fact]
    public void Every_post_has_titles_and_a_subtitle_no_other_post_has()
    {
        var read = _blog.Posts.Select(p => (Post: p, Text: Read("posts/" + p.RelativePath))).ToList();
        var english = read.Select(r => Scalar(FrontMatter(r.Text), "title")).ToList();
        var vietnamese = read.Select(r => VietnameseTitle().Match(r.Text).Groups[1].Value).ToList();

        Assert.Equal(read.Select(r => r.Post.EnglishTitle), english);
        Assert.Equal(read.Select(r => r.Post.VietnameseTitle), vietnamese);
        Assert.Equal(english.Count, english.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(vietnamese.Count, vietnamese.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(read.Count, read.Select(r => r.Post.Subtitle).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(_blog.Posts[0], _blog.ByTitle(_blog.Posts[0].VietnameseTitle));
    }

    [Fact]
    public void Titles_hold_no_mark_that_smart_punctuation_changes_but_apostrophes_inside_words()
    {
        // So that ShownEnglishTitle, which curls those apostrophes, is what pandoc shows.
        Assert.All(_blog.Posts, p => Assert.DoesNotMatch(SmartMarks(), p.EnglishTitle));
        Assert.Contains(_blog.Posts, p => p.EnglishTitle.Contains('\'', StringComparison.Ordinal));
    }

    [Fact]
    public void Every_post_is_in_the_format_of_the_reference()
    {
        Assert.All(_blog.Posts, post =>
        {
            var bytes = File.ReadAllBytes(_blog.FullPath(post));
            var text = Encoding.UTF8.GetString(bytes);
            var matter = FrontMatter(text);
            var date = post.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

            Assert.InRange(bytes.Length, 3 * 1024, 8 * 1024);
            Assert.True(text.IsNormalized(NormalizationForm.FormC));
            Assert.Equal(PandocBlog.FrontMatterKeys, matter.Children.Keys.Select(k => ((YamlScalarNode)k).Value));
            Assert.Equal(date, Scalar(matter, "date"));
            Assert.Equal(date, Scalar(matter, "date-meta"));
            Assert.Equal("en", Scalar(matter, "lang"));
            Assert.Equal("https://tway.dev/resume", Scalar(matter, "author-url"));
            Assert.Equal($"tway.dev - {post.EnglishTitle} - {post.Subtitle}", Scalar(matter, "description-meta"));
            Assert.Contains($"\n---\n\n# {post.EnglishTitle}\n## {post.Subtitle}\n\n## English\n", text, StringComparison.Ordinal);
            Assert.Contains($"\n\n---\n\n## Tiếng Việt\n# {post.VietnameseTitle}\n\n", text, StringComparison.Ordinal);
            Assert.EndsWith("\n\n---\n", text, StringComparison.Ordinal);

            var (english, vietnamese) = Halves(text);
            Assert.Equal(post.Headings, Subheadings(english));
            Assert.InRange(post.Headings.Count, 2, 4);
            Assert.Equal(post.Headings.Count, Subheadings(vietnamese).Count);
            Assert.Contains("\n- ", english, StringComparison.Ordinal);
            Assert.Matches("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệịỉĩọỏốồổỗộớờởỡợụủũứừửữựỳỷỹỵ]", vietnamese);
        });
        Assert.Contains(_blog.Posts, p => Read("posts/" + p.RelativePath).Contains("\n```", StringComparison.Ordinal));
    }

    [Fact]
    public void Old_links_point_at_a_heading_of_an_earlier_post()
    {
        var byAddress = _blog.Posts.ToDictionary(p => p.OldAddress, StringComparer.Ordinal);
        var linking = 0;
        foreach (var post in _blog.Posts)
        {
            var (english, _) = Halves(Read("posts/" + post.RelativePath));
            var links = OldLink().Matches(english);
            Assert.Equal(post.LinksTo is null ? 0 : 1, links.Count);
            if (post.LinksTo is null)
            {
                continue;
            }

            linking++;
            Assert.Equal(post.LinksTo, $"{links[0].Groups["address"].Value}#{links[0].Groups["anchor"].Value}");
            var target = byAddress[links[0].Groups["address"].Value];
            Assert.True(target.Date < post.Date);
            var (targetEnglish, _) = Halves(Read("posts/" + target.RelativePath));
            Assert.Contains(links[0].Groups["anchor"].Value, Subheadings(targetEnglish).Select(PandocIdentifier.From));
        }

        Assert.Equal(PandocBlog.DefaultPosts / 10, linking);
        Assert.All(_blog.Posts.SelectMany(p => p.Headings), h => Assert.Equal(PandocIdentifier.From(h), PandocBlog.Identifier(h)));
    }

    [Fact]
    public void The_index_pages_and_the_resume_page_are_there()
    {
        var all = Read(_blog.AllPostsPage);
        Assert.Equal("All Posts", Scalar(FrontMatter(all), "title"));
        Assert.Equal(PandocBlog.PostsListPlaceholder, all[(all.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)..].Trim());

        var section = Read(_blog.SectionPage);
        Assert.Equal("Productivity", Scalar(FrontMatter(section), "title"));
        Assert.Equal("Năng suất", VietnameseTitleOf(FrontMatter(section)));
        Assert.Contains("\n## English\n", section, StringComparison.Ordinal);
        Assert.Contains("\n## Tiếng Việt\n", section, StringComparison.Ordinal);

        var resume = Read(_blog.ResumePage);
        Assert.Equal("Resume", Scalar(FrontMatter(resume), "title"));
        Assert.Equal("Sơ yếu lý lịch", VietnameseTitleOf(FrontMatter(resume)));
        var (english, vietnamese) = Halves(resume);
        Assert.Equal(["Experience", "Skills", "Education"], Subheadings(english));
        Assert.Equal(["Kinh nghiệm", "Kỹ năng", "Học vấn"], Subheadings(vietnamese));
    }

    [Fact]
    public void Writing_again_gives_the_same_bytes()
    {
        using var again = new TempPostsFolder();
        PandocBlog.Write(again.Path);

        var first = AllFiles(_blog.SiteRoot);
        var second = AllFiles(again.Path);
        Assert.Equal(first.Keys, second.Keys);
        Assert.All(first, f => Assert.Equal(f.Value, second[f.Key]));
    }

    [Fact]
    public void A_smaller_blog_is_the_first_days_of_the_whole_one()
    {
        using var small = new TempPostsFolder();

        var manifest = PandocBlog.Write(small.Path, 40);

        Assert.Equal(_blog.Posts.Take(40), manifest.Posts, (a, b) => a.RelativePath == b.RelativePath && a.EnglishTitle == b.EnglishTitle);
        Assert.Equal(40, Directory.EnumerateFiles(manifest.PostsFolder, "*.md", SearchOption.AllDirectories).Count(f => Path.GetFileName(f) != "index.md"));
    }

    private List<string> PostFiles() =>
        Directory.EnumerateFiles(_blog.PostsFolder, "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_blog.PostsFolder, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(f => Path.GetFileName(f) != "index.md")
            .ToList();

    private string Read(string relativeToSite) => File.ReadAllText(_blog.FullPath(relativeToSite), Encoding.UTF8);

    private static Dictionary<string, byte[]> AllFiles(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), File.ReadAllBytes, StringComparer.Ordinal);

    private static DateOnly DateOf(string relativePath) =>
        DateOnly.ParseExact(string.Join('-', relativePath.Split('/')[1..4]), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static YamlMappingNode FrontMatter(string text)
    {
        Assert.StartsWith("---\n", text, StringComparison.Ordinal);
        var end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        var yaml = new YamlStream();
        yaml.Load(new StringReader(text[4..end]));
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static string? Scalar(YamlMappingNode map, string key) => ((YamlScalarNode)map.Children[new YamlScalarNode(key)]).Value;

    private static string? VietnameseTitleOf(YamlMappingNode matter) =>
        Scalar((YamlMappingNode)((YamlMappingNode)matter.Children[new YamlScalarNode("translations")]).Children[new YamlScalarNode("vi")], "title");

    /// <summary>The English and the Vietnamese section of a bilingual file.</summary>
    private static (string English, string Vietnamese) Halves(string text)
    {
        var english = text.IndexOf("\n## English\n", StringComparison.Ordinal);
        var vietnamese = text.IndexOf("\n## Tiếng Việt\n", StringComparison.Ordinal);
        Assert.True(english > 0 && vietnamese > english);
        return (text[english..vietnamese], text[vietnamese..]);
    }

    private static List<string> Subheadings(string section) =>
        section.Split('\n').Where(l => l.StartsWith("### ", StringComparison.Ordinal)).Select(l => l[4..]).ToList();

    /// <summary>One blog for the whole class: writing 391 files takes a second or two on a busy machine.</summary>
    public sealed class Written : IDisposable
    {
        private readonly TempPostsFolder _site = new();

        public Written() => Blog = PandocBlog.Write(_site.Path);

        internal PandocBlogManifest Blog { get; }

        public void Dispose() => _site.Dispose();
    }

    [GeneratedRegex(@"^(continuous-learning|productivity|worklife-balance)/\d{4}/\d{2}/\d{2}/[a-z0-9]+(-[a-z0-9]+)*\.md$")]
    private static partial Regex PostPath();

    [GeneratedRegex(@"[""‘’“”]|--|\.\.|\.\s|(?<!\p{L})'|'(?!\p{L})")]
    private static partial Regex SmartMarks();

    [GeneratedRegex(@"\n## Tiếng Việt\n# (.+)\n")]
    private static partial Regex VietnameseTitle();

    [GeneratedRegex(@"\]\((?<address>/posts/[^)#]+\.html)#(?<anchor>[^)]+)\)")]
    private static partial Regex OldLink();
}
