using System.Globalization;
using Blog.Localization;
using Microsoft.Extensions.Localization;

namespace Blog.Tests.Localization;

/// <summary>
/// The site's words are looked up by <see cref="UiWord"/>, so a key the code does not know cannot be
/// written; these hold the resource files to exactly those keys, and make a missing one an error.
/// </summary>
public sealed class UiWordTests
{
    [Fact]
    public void Every_language_file_has_exactly_the_words_the_code_knows()
    {
        Assert.Contains(ResourceFiles.All, file => Path.GetFileName(file) == "SharedResource.resx");
        Assert.True(ResourceFiles.All.Count >= 2, "a translation beside the neutral file");
        var known = Enum.GetNames<UiWord>().ToHashSet(StringComparer.Ordinal);

        foreach (var file in ResourceFiles.All)
        {
            var keys = ResourceFiles.Read(file).Keys.ToHashSet(StringComparer.Ordinal);
            var missing = known.Except(keys).Order(StringComparer.Ordinal);
            var unknown = keys.Except(known).Order(StringComparer.Ordinal);
            Assert.True(
                keys.SetEquals(known),
                $"{Path.GetFileName(file)}: missing [{string.Join(", ", missing)}], not in UiWord [{string.Join(", ", unknown)}]");
        }
    }

    [Fact]
    public void Each_translation_keeps_the_placeholders_of_the_english_word()
    {
        var english = ResourceFiles.Read(ResourceFiles.All[0]);

        foreach (var file in ResourceFiles.All.Skip(1))
        {
            foreach (var (key, word) in ResourceFiles.Read(file))
            {
                Assert.True(
                    english[key].Contains("{0}", StringComparison.Ordinal) == word.Contains("{0}", StringComparison.Ordinal),
                    $"{Path.GetFileName(file)}: '{key}' is \"{word}\" but in English \"{english[key]}\"");
            }
        }
    }

    [Fact]
    public void Every_word_is_looked_up_from_the_files_in_each_language()
    {
        var text = new UiText(new OnlyStrings(ResourceFiles.For("vi")));

        var vietnamese = text.For("vi");

        Assert.All(Enum.GetValues<UiWord>(), word => Assert.Equal(ResourceFiles.For("vi")[word.ToString()], vietnamese[word]));
    }

    [Fact]
    public void A_word_the_resource_files_lack_fails_loudly_instead_of_showing_its_key()
    {
        var words = ResourceFiles.For("en").Where(entry => entry.Key != nameof(UiWord.Archive) && entry.Key != nameof(UiWord.Menu));
        var text = new UiText(new OnlyStrings(words));

        var error = Assert.Throws<InvalidOperationException>(() => text.For("en"));

        Assert.Contains("Archive, Menu", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Localization that knows just the given words, in every culture.</summary>
    private sealed class OnlyStrings(IEnumerable<KeyValuePair<string, string>> words) : IStringLocalizerFactory, IStringLocalizer
    {
        private readonly List<LocalizedString> _strings = [.. words.Select(entry => new LocalizedString(entry.Key, entry.Value))];

        public IStringLocalizer Create(Type resourceSource) => this;

        public IStringLocalizer Create(string baseName, string location) => this;

        public LocalizedString this[string name] =>
            _strings.Find(s => s.Name == name) ?? new LocalizedString(name, name, resourceNotFound: true);

        public LocalizedString this[string name, params object[] arguments] =>
            new(name, string.Format(CultureInfo.CurrentCulture, this[name].Value, arguments));

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => _strings;
    }
}
