using Markdig.Syntax.Inlines;

namespace Blog.Content.Markdown.Mathematics;

/// <summary>pandoc's <c>$…$</c> (inline) or <c>$$…$$</c> (display) math, converted when it is read.</summary>
internal sealed class MathInline : LeafInline
{
    /// <summary>The formula as pandoc passes it on: an inline formula's spaces and line breaks made single spaces.</summary>
    public required string Tex { get; init; }

    public required bool Display { get; init; }

    public required MathConversion Conversion { get; init; }

    /// <summary>What the author is told when the formula cannot be converted; null when it can.</summary>
    public string? Warning => Conversion.Problem is { } problem
        ? $"the formula {Shortened(Source)} cannot be shown as MathML ({problem}); it is shown as TeX"
        : null;

    /// <summary>The formula as written in the post, with its dollars, which a reader sees when it cannot be converted.</summary>
    public string Source => Display ? $"$${Tex}$$" : $"${Tex}$";

    private static string Shortened(string source) => source.Length <= 60 ? source : string.Concat(source.AsSpan(0, 57), "…");
}
