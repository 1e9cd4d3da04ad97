namespace Blog.Content.Markdown.Mathematics;

/// <summary>MathML's <c>mathvariant</c> for <c>\mathbf</c>, <c>\text</c> and the like.</summary>
internal enum MathVariant
{
    Normal,
    Bold,
    Italic,
    BoldItalic,
    DoubleStruck,
    Script,
    Fraktur,
    SansSerif,
    Monospace,
}
