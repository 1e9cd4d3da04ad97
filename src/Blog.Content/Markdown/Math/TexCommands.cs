namespace Blog.Content.Markdown.Mathematics;

/// <summary>The commands that take arguments or change how their argument looks, with texmath's meaning for each.</summary>
internal static class TexCommands
{
    /// <summary><c>\big(</c> and its family: the size of the fence that follows, in em.</summary>
    public static string? ScalerSize(string name) => name switch
    {
        "big" or "bigl" or "bigr" or "bigm" => "1.2",
        "Big" or "Bigl" or "Bigr" or "Bigm" => "1.8",
        "bigg" or "biggl" or "biggr" or "biggm" => "2.4",
        "Bigg" or "Biggl" or "Biggr" or "Biggm" => "3.0",
        _ => null,
    };

    public static bool IsScaler(TexToken token) => token.Kind == TexTokenKind.Command && ScalerSize(token.Text) is not null;

    /// <summary><c>\mathbf</c> and the like, whose argument is math in another alphabet.</summary>
    public static MathVariant? Style(string name) => name switch
    {
        "mathrm" or "mathup" => MathVariant.Normal,
        "mathbf" or "boldsymbol" or "bm" or "mathbfup" => MathVariant.Bold,
        "mathit" => MathVariant.Italic,
        "mathbfit" => MathVariant.BoldItalic,
        "mathbb" => MathVariant.DoubleStruck,
        "mathcal" or "mathscr" => MathVariant.Script,
        "mathfrak" => MathVariant.Fraktur,
        "mathsf" or "mathsfup" => MathVariant.SansSerif,
        "mathtt" => MathVariant.Monospace,
        _ => null,
    };

    /// <summary><c>\text</c> and the like, whose argument is words.</summary>
    public static MathVariant? Text(string name) => name switch
    {
        "text" or "textrm" or "mbox" or "textup" or "textnormal" => MathVariant.Normal,
        "textbf" => MathVariant.Bold,
        "textit" => MathVariant.Italic,
        "texttt" => MathVariant.Monospace,
        "textsf" => MathVariant.SansSerif,
        _ => null,
    };

    /// <summary>Marks set over (or, when <c>Under</c>, under) their argument.</summary>
    public static (string Mark, bool Under, bool Stretches)? Accent(string name) => name switch
    {
        "hat" => ("\u0302", false, false),
        "widehat" => ("\u0302", false, false),
        "check" => ("\u030C", false, false),
        "tilde" => ("\u0303", false, false),
        "widetilde" => ("\u0303", false, false),
        "acute" => ("\u0301", false, false),
        "grave" => ("\u0300", false, false),
        "dot" => ("\u0307", false, false),
        "ddot" => ("\u0308", false, false),
        "breve" => ("\u0306", false, false),
        "bar" => ("‾", false, false),
        "vec" => ("\u20D7", false, false),
        "mathring" => ("\u030A", false, false),
        "overline" => ("¯", false, false),
        "overrightarrow" => ("\u20D7", false, false),
        "overleftarrow" => ("\u20D6", false, false),
        "overleftrightarrow" => ("\u20E1", false, false),
        "underline" => ("_", true, false),
        "overbrace" => ("⏞", false, true),
        "underbrace" => ("⏟", true, true),
        _ => null,
    };

    /// <summary><c>\not</c> before a relation: the negated relation.</summary>
    public static string? Negated(string relation) => relation switch
    {
        "∈" => "∉",
        "=" => "≠",
        "⊂" => "⊄",
        "⊃" => "⊅",
        "⊆" => "⊈",
        "⊇" => "⊉",
        "≡" => "≢",
        "∼" => "≁",
        "≈" => "≉",
        "<" => "≮",
        ">" => "≯",
        "≤" => "≰",
        "≥" => "≱",
        _ => null,
    };

    /// <summary>Commands that change nothing texmath writes (<c>\displaystyle</c> inside a formula, <c>\hline</c>).</summary>
    public static bool IsIgnored(string name) =>
        name is "displaystyle" or "textstyle" or "scriptstyle" or "scriptscriptstyle" or "hline" or "nonumber" or "notag";
}
