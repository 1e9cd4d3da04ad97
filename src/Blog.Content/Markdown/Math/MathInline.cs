using Markdig.Syntax.Inlines;

namespace Blog.Content.Markdown.Mathematics;

/// <summary>
/// pandoc's <c>$…$</c> (inline) or <c>$$…$$</c> (display) math, converted the first time it is asked for:
/// a post's body is parsed whole (for its outline) and then again per language version (to be rendered),
/// and only the second parse's formulas are ever written or checked.
/// </summary>
internal sealed class MathInline : LeafInline
{
    private MathConversion? _conversion;

    /// <summary>The formula as pandoc passes it on: an inline formula's spaces and line breaks made single spaces.</summary>
    public required string Tex { get; init; }

    public required bool Display { get; init; }

    /// <summary>The post's conversions, shared by its language versions; null for text parsed on its own.</summary>
    public SharedRenderings? Renderings { get; init; }

    /// <summary>
    /// The formula's MathML, or why it has none. A document is read by one thread at a time; were two to
    /// ask at once, both would compute the same conversion.
    /// </summary>
    public MathConversion Conversion => _conversion ??= Renderings?.Formula(Tex, Display) ?? TexToMathML.Convert(Tex, Display);

    /// <summary>What the author is told when the formula cannot be converted; null when it can.</summary>
    public string? Warning => Conversion.Problem is { } problem
        ? $"the formula {Shortened(Source)} cannot be shown as MathML ({problem}); it is shown as TeX"
        : null;

    /// <summary>The formula as written in the post, with its dollars, which a reader sees when it cannot be converted.</summary>
    public string Source => Display ? $"$${Tex}$$" : $"${Tex}$";

    private static string Shortened(string source) => source.Length <= 60 ? source : string.Concat(source.AsSpan(0, 57), "…");
}
