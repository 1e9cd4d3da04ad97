namespace Blog.Content.Markdown.Mathematics;

/// <summary>How texmath writes a symbol: the MathML element and the attributes it gets.</summary>
internal enum SymbolKind
{
    /// <summary>An ordinary symbol (<c>\infty</c>, <c>!</c>, <c>′</c>): <c>&lt;mi&gt;</c>.</summary>
    Ordinary,

    /// <summary>An operator, relation, punctuation or function name: <c>&lt;mo&gt;</c>.</summary>
    Operator,

    /// <summary>An opening fence standing alone: <c>&lt;mo stretchy="false" form="prefix"&gt;</c>.</summary>
    Open,

    /// <summary>A closing fence standing alone: <c>&lt;mo stretchy="false" form="postfix"&gt;</c>.</summary>
    Close,

    /// <summary>The mark of an accent: <c>&lt;mo accent="true"&gt;</c>.</summary>
    Accent,

    /// <summary>A space command that TeX's tables list among symbols (<c>\quad</c>).</summary>
    Space,
}
