using Blog.Content.Tests.Support;

namespace Blog.Content.Tests.Markdown.Specs;

/// <summary>
/// The spec suite: for every <c>Specs/&lt;feature&gt;/&lt;case&gt;.md</c>, the blog's rendering of it
/// compared by structure with <c>&lt;case&gt;.html</c>, which is pandoc 2.17's (<c>pandoc -f markdown -t
/// html5</c>, written by <c>generate.sh</c> and committed). A case listed in <c>differences.txt</c> is a
/// known difference with its reason: the test checks that it still differs, so a fix shows up as a
/// failure asking to take it off the list.
/// </summary>
public sealed class SpecTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Markdown", "Specs");

    public static TheoryData<string> Cases() => [.. Names()];

    private static IEnumerable<string> Names() =>
        Directory.EnumerateFiles(Root, "*.md", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(Root, file).Replace('\\', '/')[..^".md".Length])
            .Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_blog_renders_the_case_as_pandoc_does(string name)
    {
        var markdown = File.ReadAllText(Path.Combine(Root, name + ".md"));
        var expected = File.ReadAllText(Path.Combine(Root, name + ".html"));

        // A title of its own in front matter, so that a "# heading" in the case stays in the body as in pandoc's.
        var post = Parse.Post($"---\ntitle: Spec\n---\n{markdown}", "spec.md");
        var difference = PandocHtml.Difference(post.Main.Html, expected);

        if (KnownDifferences.TryGetValue(name, out var reason))
        {
            Assert.True(difference is not null, $"{name} now renders as pandoc does: take it off differences.txt ({reason})");
        }
        else
        {
            Assert.True(difference is null, $"{name}: {difference}");
        }
    }

    [Fact]
    public void Every_known_difference_names_a_case_and_a_reason()
    {
        var cases = Names().ToHashSet(StringComparer.Ordinal);

        Assert.All(KnownDifferences, difference =>
        {
            Assert.Contains(difference.Key, cases);
            Assert.False(string.IsNullOrWhiteSpace(difference.Value), $"{difference.Key} needs a reason");
        });
    }

    /// <summary><c>differences.txt</c>: one <c>feature/case: why</c> per line.</summary>
    private static readonly Dictionary<string, string> KnownDifferences = File.Exists(Path.Combine(Root, "differences.txt"))
        ? File.ReadAllLines(Path.Combine(Root, "differences.txt"))
            .Where(line => line.Contains(':', StringComparison.Ordinal) && !line.StartsWith('#'))
            .ToDictionary(line => line[..line.IndexOf(':', StringComparison.Ordinal)].Trim(), line => line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim(), StringComparer.Ordinal)
        : [];
}
