namespace Blog.Content.Markdown.Mathematics;

/// <summary>
/// One piece of a formula as texmath reads it, before it is written as MathML. The shapes follow
/// texmath's own (identifier, number, symbol, fenced group, scripts…), so that the MathML written
/// from them is texmath's too.
/// </summary>
internal abstract record MathNode;

/// <summary>A letter or a name: <c>&lt;mi&gt;</c>.</summary>
internal sealed record IdentifierNode(string Text) : MathNode
{
    /// <summary>One node for each ASCII letter, shared by every formula (nodes are never changed), built once.</summary>
    private static readonly IdentifierNode[] Letters = [.. Enumerable.Range(0, 128).Select(c => new IdentifierNode(TexNames.Character((char)c)))];

    /// <summary>The identifier of a character of the formula as <see cref="TexNames"/> gives it.</summary>
    public static IdentifierNode Of(string text) => text is [var c] && char.IsAsciiLetter(c) ? Letters[c] : new(text);
}

/// <summary>A run of digits: <c>&lt;mn&gt;</c>.</summary>
internal sealed record NumberNode(string Text) : MathNode;

/// <summary>A symbol from TeX's tables, written according to its kind.</summary>
internal sealed record SymbolNode(SymbolKind Kind, string Text, bool Limits = false) : MathNode;

/// <summary>Several pieces in a row (a braced group): <c>&lt;mrow&gt;</c> unless it holds exactly one.</summary>
internal sealed record RowNode(IReadOnlyList<MathNode> Items) : MathNode
{
    public static MathNode Of(IReadOnlyList<MathNode> items) => items.Count == 1 ? items[0] : new RowNode(items);
}

/// <summary>
/// Pieces between fences that stretch with them: <c>\left( … \right)</c>, a matrix's brackets, or a
/// bare <c>( … )</c>, <c>[ … ]</c>, <c>| … |</c> that texmath finds closed. An empty fence writes nothing.
/// </summary>
internal sealed record FencedNode(string Open, string Close, IReadOnlyList<MathNode> Items) : MathNode;

/// <summary><c>\middle|</c> inside a fenced group.</summary>
internal sealed record MiddleNode(string Text) : MathNode;

/// <summary>A fence of a fixed size: <c>\big(</c>, <c>\Bigg|</c>.</summary>
internal sealed record ScaledNode(string Size, SymbolNode Fence) : MathNode;

internal sealed record FractionNode(MathNode Numerator, MathNode Denominator, FractionStyle Style) : MathNode;

internal sealed record RootNode(MathNode Radicand, MathNode? Index) : MathNode;

/// <summary>
/// A base with a subscript, a superscript or both. Where they go (beside, or under and over) depends on
/// <see cref="Placement"/> and, for operators such as <c>\sum</c> and <c>\lim</c>, on display or inline math.
/// </summary>
internal sealed record ScriptsNode(MathNode Base, MathNode? Sub, MathNode? Super, ScriptPlacement Placement) : MathNode;

/// <summary>A mark over or under its base: an accent (<c>\hat</c>), a line, a brace, or <c>\overset</c>'s text.</summary>
internal sealed record AccentNode(MathNode Base, MathNode Mark, bool Under, bool IsAccent) : MathNode;

/// <summary><c>\text{…}</c>: words, written as they are.</summary>
internal sealed record TextNode(MathVariant Variant, string Text) : MathNode;

/// <summary><c>\mathbf{…}</c> and the like: the letters in the style's own Unicode characters.</summary>
internal sealed record StyledNode(MathVariant Variant, IReadOnlyList<MathNode> Items) : MathNode;

internal sealed record SpaceNode(string Width) : MathNode;

/// <summary>Its content inside one more element: <c>\phantom</c> (<c>&lt;mphantom&gt;</c>), <c>\boxed</c> (<c>&lt;menclose&gt;</c>).</summary>
internal sealed record WrapperNode(string Tag, string Attributes, MathNode Content) : MathNode;

/// <summary>A matrix or an alignment: rows of cells, each cell a row of pieces.</summary>
internal sealed record TableNode(IReadOnlyList<string?> Alignments, IReadOnlyList<IReadOnlyList<IReadOnlyList<MathNode>>> Rows) : MathNode;

internal enum FractionStyle
{
    Plain,
    Display,
    Text,
    Binomial,
}

internal enum ScriptPlacement
{
    /// <summary>Beside the base, always.</summary>
    Beside,

    /// <summary>Under and over in display math, beside in inline math (<c>\sum</c>, <c>\lim</c>, relations).</summary>
    LimitsInDisplay,

    /// <summary>Under and over, always (<c>\limits</c>, <c>\underbrace</c>).</summary>
    Limits,
}
