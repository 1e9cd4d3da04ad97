using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Blog.Localization;
using Blog.Testing;
using Blog.Tests.Support;

namespace Blog.Tests.Localization;

/// <summary>
/// A post that switches language without a reload re-labels the page's frame with words its versions
/// carry (<c>data-ui-*</c>): those words are the resource files' words of each version's language, and
/// every word the layout marks or the scripts read is among them.
/// </summary>
public sealed partial class ScriptWordsTests : IDisposable
{
    private readonly BlogFactory _factory = new();
    private readonly HttpClient _client;

    public ScriptWordsTests()
    {
        _factory.Posts.Write("2025-07-29-queues.md", Samples.BilingualPost);
        _client = _factory.Client();
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Fact]
    public async Task Each_version_carries_the_script_words_of_its_own_language_from_the_resource_files()
    {
        var page = await _client.GetOkPage("/en/posts/queues");

        var versions = page.QuerySelectorAll(".post-version");
        Assert.Equal(["en", "vi"], versions.Select(v => v.GetAttribute("data-lang")));
        foreach (var version in versions)
        {
            var words = ResourceFiles.For(version.GetAttribute("data-lang")!);
            var expected = ScriptWords.All.Select(entry => ("data-ui-" + entry.Name, words[entry.Word.ToString()]));
            Assert.Equal(expected.Order(), UiAttributes(version).Order());
        }

        Assert.Equal("Lưu trữ", versions[1].GetAttribute("data-ui-archive"));
    }

    [Theory]
    [InlineData("/en/posts/queues", "en")]
    [InlineData("/vi/posts/queues", "vi")]
    public async Task Every_word_the_layout_marks_for_the_toggle_is_carried_by_each_version_and_shown_in_the_pages_language(string url, string language)
    {
        var page = await _client.GetOkPage(url);

        var marked = page.QuerySelectorAll("[data-ui]").Select(e => (Name: e.GetAttribute("data-ui")!, Shown: e.TextContent))
            .Concat(page.QuerySelectorAll("[data-ui-label]").Select(e => (Name: e.GetAttribute("data-ui-label")!, Shown: e.GetAttribute("aria-label")!)))
            .ToList();
        Assert.Contains(marked, m => m.Name == "posts");
        Assert.Contains(marked, m => m.Name == "language");
        var shown = page.QuerySelector(".post-version:not([hidden])")!;
        Assert.Equal(language, shown.GetAttribute("data-lang"));
        foreach (var (name, text) in marked)
        {
            Assert.All(page.QuerySelectorAll(".post-version"), version => Assert.True(version.HasAttribute("data-ui-" + name), $"data-ui-{name} on {version.GetAttribute("data-lang")}"));
            Assert.Equal(shown.GetAttribute("data-ui-" + name), text);
        }
    }

    [Fact]
    public void Every_word_the_scripts_read_from_a_version_is_one_of_the_script_words()
    {
        var scripts = Directory.GetFiles(Path.Combine(SourceTree.Root, "wwwroot", "js"), "*.js");
        var read = scripts.SelectMany(file => DatasetWord().Matches(File.ReadAllText(file)))
            .Select(match => Kebab(match.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);

        Assert.Contains("copy", read);
        // data-ui-label marks an element of the layout to label, so no word may take that name; and the
        // menu's own label travels on the menu's template, which only a site with pages has.
        var names = ScriptWords.All.Select(entry => entry.Name).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain("label", names);
        read.Remove("label");
        read.Remove("menu");
        Assert.Subset(names, read);
    }

    private static IEnumerable<(string Name, string Value)> UiAttributes(IElement element) =>
        element.Attributes.Where(a => a.Name.StartsWith("data-ui-", StringComparison.Ordinal)).Select(a => (a.Name, a.Value));

    private static string Kebab(string pascal) => UpperLetter().Replace(pascal, "-$0").TrimStart('-').ToLowerInvariant();

    /// <summary><c>dataset.uiSectionLink</c>, <c>words.uiCopy</c>: a data-ui-* attribute read by its dataset name.</summary>
    [GeneratedRegex(@"\.ui([A-Z][A-Za-z]*)")]
    private static partial Regex DatasetWord();

    [GeneratedRegex("[A-Z]")]
    private static partial Regex UpperLetter();
}
