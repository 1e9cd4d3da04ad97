namespace Blog.Content.Markdown.Mathematics;

/// <summary>A formula's MathML, or why it has none.</summary>
internal sealed record MathConversion(string? MathML, string? Problem)
{
    public static MathConversion Failed(string problem) => new(null, problem);
}
