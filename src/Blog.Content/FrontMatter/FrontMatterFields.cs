using System.Globalization;
using Blog.Content.Languages;
using Blog.Content.Posts;
using YamlDotNet.RepresentationModel;

namespace Blog.Content.FrontMatter;

/// <summary>The keys of one mapping: the front matter itself, or one language under <c>translations</c>.</summary>
internal sealed class FrontMatterFields(YamlMappingNode map, int firstLine, List<PostWarning> warnings, string path)
{
    private readonly Dictionary<string, YamlNode> _values = Collect(map, firstLine);
    private readonly List<PostWarning> _warnings = warnings;

    public PostFrontMatter ToFrontMatter()
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        var (date, dateText) = Date("date", known);
        var (authors, firstAuthorUrl) = Authors("author", known);
        var matter = new PostFrontMatter
        {
            Title = Text("title", known),
            Subtitle = Text("subtitle", known),
            Date = date,
            DateText = dateText,
            Author = authors,
            AuthorUrl = Link("author-url", known) ?? firstAuthorUrl,
            Lang = Text("lang", known),
            TocTitle = Text("toc-title", known),
            Keywords = List("keywords", known, allowCommaSeparated: true),
            TitlePrefix = Text("title-prefix", known),
            DateMeta = Text("date-meta", known),
            AuthorMeta = TextOrList("author-meta", known),
            DescriptionMeta = Text("description-meta", known),
            Description = Text("description", known),
            Draft = Flag("draft", false, known),
            Slug = Text("slug", known),
            Toc = Flag("toc", true, known),
            TocDepth = Number("toc-depth", 1, 6, known),
            Summary = Text("summary", known),
            Abstract = Text("abstract", known),
            Updated = Date("updated", known).Date,
            Image = Text("image", known),
            ImageAlt = Text("image-alt", known),
            ImageWidth = Number("image-width", 1, 20_000, known),
            ImageHeight = Number("image-height", 1, 20_000, known),
            Translations = Translations("translations", known),
            Aliases = List("aliases", known, allowCommaSeparated: false),
        };

        foreach (var key in _values.Keys)
        {
            if (!known.Contains(key) && !ForeignKeys.IsKnown(key))
            {
                var closest = ForeignKeys.Closest(key, known);
                Warn(key, closest is null
                    ? $"the front matter key '{key}' means nothing to this blog or to pandoc; it is ignored"
                    : $"the front matter key '{key}' means nothing to this blog or to pandoc; it is ignored (did you mean '{closest}'?)");
            }
        }

        return matter with { Warnings = _warnings };
    }

    private LanguageMatter ToLanguageMatter()
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        return new LanguageMatter(
            Text("title", known),
            Text("subtitle", known),
            Text("description-meta", known),
            Text("toc-title", known),
            _values.ContainsKey("keywords") ? List("keywords", known, allowCommaSeparated: true) : null,
            Text("slug", known),
            Text("summary", known));
    }

    /// <summary>
    /// <c>translations: { vi: { title: ..., slug: ... } }</c>: the values of one language, where
    /// pandoc's own keys hold the main language's.
    /// </summary>
    private Dictionary<string, LanguageMatter> Translations(string key, HashSet<string> known)
    {
        known.Add(key);
        var translations = new Dictionary<string, LanguageMatter>(StringComparer.Ordinal);
        if (!_values.TryGetValue(key, out var node) || node is YamlScalarNode { Value: null or "" })
        {
            return translations;
        }

        if (node is not YamlMappingNode languages)
        {
            throw WrongType(key, node, "a mapping from a language to its values, such as 'vi:' followed by 'title: ...'");
        }

        foreach (var (languageNode, values) in languages.Children)
        {
            var written = (languageNode as YamlScalarNode)?.Value;
            var language = Languages.LanguageRegistry.Normalize(written);
            if (language is null)
            {
                throw new PostFormatException(
                    $"'{path}{key}' lists '{written}', which is not a language tag such as en or vi",
                    FrontMatterReader.ToFileLine(languageNode.Start.Line, firstLine), (int)languageNode.Start.Column);
            }

            if (values is not YamlMappingNode languageValues)
            {
                throw WrongType($"{key}.{written}", values, "a set of 'key: value' lines (title, subtitle, description-meta, toc-title, keywords, slug, summary)");
            }

            translations[Languages.LanguageRegistry.Primary(language)] =
                new FrontMatterFields(languageValues, firstLine, _warnings, $"{path}{key}.{written}.").ToLanguageMatter();
        }

        return translations;
    }

    private static Dictionary<string, YamlNode> Collect(YamlMappingNode map, int firstLine)
    {
        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in map.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key })
            {
                throw new PostFormatException(
                    "a front matter key must be a plain name such as 'title'",
                    FrontMatterReader.ToFileLine(keyNode.Start.Line, firstLine), (int)keyNode.Start.Column);
            }

            values[key] = value;
        }

        return values;
    }

    private string? Text(string key, HashSet<string> known)
    {
        known.Add(key);
        if (!_values.TryGetValue(key, out var node))
        {
            return null;
        }

        return node switch
        {
            YamlScalarNode scalar => ScalarText(scalar),
            _ => throw WrongType(key, node, "a single text value"),
        };
    }

    /// <summary>
    /// Authors as pandoc takes them (a name, a list of names) or as Quarto writes them (a list of
    /// <c>{name, url, affiliation}</c>): the names, and the first author's web address for the link.
    /// </summary>
    private (string? Names, string? Url) Authors(string key, HashSet<string> known)
    {
        known.Add(key);
        if (!_values.TryGetValue(key, out var node))
        {
            return (null, null);
        }

        var names = new List<string>();
        string? url = null;
        foreach (var item in node is YamlSequenceNode sequence ? sequence.Children : [node])
        {
            switch (item)
            {
                case YamlScalarNode scalar:
                    if (ScalarText(scalar)?.Trim() is { Length: > 0 } name)
                    {
                        names.Add(name);
                    }

                    break;
                case YamlMappingNode map:
                    if (Scalar(map, "name") is { Length: > 0 } mapped)
                    {
                        names.Add(mapped);
                        url ??= Scalar(map, "url") is { } address && Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? address : null;
                    }
                    else
                    {
                        _warnings.Add(new PostWarning($"an entry of '{key}' has no 'name'; it is left out", FrontMatterReader.ToFileLine(item.Start.Line, firstLine), (int)item.Start.Column));
                    }

                    break;
                default:
                    throw WrongType(key, item, "a name, a list of names, or a list of 'name:' entries");
            }
        }

        return (names.Count == 0 ? null : string.Join(", ", names), url);
    }

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.FirstOrDefault(pair => pair.Key is YamlScalarNode { Value: var name } && name == key).Value is YamlScalarNode value
            ? ScalarText(value)?.Trim()
            : null;

    private string? TextOrList(string key, HashSet<string> known)
    {
        var items = List(key, known, allowCommaSeparated: false);
        return items.Count == 0 ? null : string.Join(", ", items);
    }

    private List<string> List(string key, HashSet<string> known, bool allowCommaSeparated)
    {
        known.Add(key);
        if (!_values.TryGetValue(key, out var node))
        {
            return [];
        }

        IEnumerable<string?> raw = node switch
        {
            YamlScalarNode scalar when allowCommaSeparated => (ScalarText(scalar) ?? string.Empty).Split(','),
            YamlScalarNode scalar => [ScalarText(scalar)],
            YamlSequenceNode sequence => sequence.Children.Select(item => item is YamlScalarNode s
                ? ScalarText(s)
                : throw WrongType(key, item, "a list of text values")),
            _ => throw WrongType(key, node, "text or a list of text values"),
        };

        return raw
            .Select(item => item?.Trim())
            .Where(item => !string.IsNullOrEmpty(item))
            .Select(item => item!)
            .ToList();
    }

    /// <summary>
    /// A date this blog cannot read does not cost the post: it is shown as written and sorted as
    /// undated, and the author is told how to write it.
    /// </summary>
    private (PostDate? Date, string? Text) Date(string key, HashSet<string> known)
    {
        var text = Text(key, known);
        if (text is null)
        {
            return (null, null);
        }

        if (PostDate.TryParse(text, out var date))
        {
            return (date, null);
        }

        Warn(key, key == "date"
            ? $"'{key}: {text}' is not a date this blog can read (write yyyy-mm-dd, for example 2025-07-29); it is shown as written and the post is sorted as undated"
            : $"'{key}: {text}' is not a date this blog can read (write yyyy-mm-dd, for example 2025-07-29); it is ignored");
        return (null, text.Trim());
    }

    /// <summary>Only web and mail links: anything else (javascript:, relative paths) is dropped with a warning.</summary>
    private string? Link(string key, HashSet<string> known)
    {
        var text = Text(key, known)?.Trim();
        if (text is null)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto")
        {
            return text;
        }

        Warn(key, $"'{key}: {text}' is not an http, https or mailto address, so the author's name is not linked");
        return null;
    }

    private int? Number(string key, int min, int max, HashSet<string> known)
    {
        var text = Text(key, known);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
            && value >= min && value <= max)
        {
            return value;
        }

        throw WrongType(key, _values[key], $"a whole number from {min} to {max}");
    }

    private void Warn(string key, string message)
    {
        var node = _values[key];
        _warnings.Add(new PostWarning(message, FrontMatterReader.ToFileLine(node.Start.Line, firstLine), (int)node.Start.Column));
    }

    private bool Flag(string key, bool fallback, HashSet<string> known)
    {
        var text = Text(key, known);
        return text?.Trim().ToLowerInvariant() switch
        {
            null => fallback,
            "true" or "yes" or "on" => true,
            "false" or "no" or "off" => false,
            _ => throw WrongType(key, _values[key], "true or false"),
        };
    }

    private PostFormatException WrongType(string key, YamlNode node, string expected) => new(
        $"'{path}{key}' must be {expected}, but it is {Shape(node)}",
        FrontMatterReader.ToFileLine(node.Start.Line, firstLine), (int)node.Start.Column);

    private static string Shape(YamlNode node) => node is YamlScalarNode scalar
        ? $"'{scalar.Value}'"
        : $"a {FrontMatterReader.KindOf(node)}";

    private static string? ScalarText(YamlScalarNode scalar)
    {
        if (scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null")
        {
            return null;
        }

        return scalar.Value;
    }
}
