using Markdig;

namespace Blog.Content.Markdown;

/// <summary>
/// What the language versions of one post convert alike. Each version is parsed and rendered on its own,
/// and a bilingual post mostly shows the same code and the same formulas in both: a code block or a
/// formula written the same way is highlighted or converted once, the first time, and the result (a pure
/// function of what is written) reused. One post's files are read by one thread, so nothing is locked;
/// the conversions go when the post is read.
/// </summary>
internal sealed class SharedRenderings
{
    private readonly Dictionary<(string Language, string Code), string> _highlighted = [];
    private readonly Dictionary<(string Tex, bool Display), Mathematics.MathConversion> _formulas = [];

    /// <summary>The highlighted HTML of <paramref name="code"/> in the language ColorCode knows by <paramref name="languageId"/>.</summary>
    public string Highlighted(string languageId, string code, Func<string> highlight)
    {
        if (!_highlighted.TryGetValue((languageId, code), out var html))
        {
            html = highlight();
            _highlighted[(languageId, code)] = html;
        }

        return html;
    }

    public Mathematics.MathConversion Formula(string tex, bool display)
    {
        if (!_formulas.TryGetValue((tex, display), out var conversion))
        {
            conversion = Mathematics.TexToMathML.Convert(tex, display);
            _formulas[(tex, display)] = conversion;
        }

        return conversion;
    }

    /// <summary>A parse's context that hands these to the parsers (a formula keeps them to convert itself when asked).</summary>
    public MarkdownParserContext Context()
    {
        var context = new MarkdownParserContext();
        context.Properties[typeof(SharedRenderings)] = this;
        return context;
    }

    /// <summary>The renderings a parse was given, if any (a title or summary parsed on its own has none).</summary>
    public static SharedRenderings? Of(MarkdownParserContext? context) =>
        context?.Properties.GetValueOrDefault(typeof(SharedRenderings)) as SharedRenderings;
}
