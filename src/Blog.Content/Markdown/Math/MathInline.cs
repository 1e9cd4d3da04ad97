using Markdig.Syntax.Inlines;

namespace Blog.Content.Markdown.Mathematics;

/// <summary>pandoc's <c>$…$</c> (inline) or <c>$$…$$</c> (display) math, converted when it is read.</summary>
internal sealed class MathInline : LeafInline
{
    /// <summary>The formula as pandoc passes it on: an inline formula's spaces and line breaks made single spaces.</summary>
    public required string Tex { get; init; }

    public required bool Display { get; init; }

    public required MathConversion Conversion { get; init; }

    /// <summary>The formula as written in the post, with its dollars, which a reader sees when it cannot be converted.</summary>
    public string Source => Display ? $"$${Tex}$$" : $"${Tex}$";
}
