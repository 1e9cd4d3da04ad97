namespace Blog.Content.Markdown.Scripts;

internal enum ScriptKind
{
    /// <summary><c>~sub~</c>, <c>&lt;sub&gt;</c>.</summary>
    Subscript,

    /// <summary><c>^sup^</c>, <c>&lt;sup&gt;</c>.</summary>
    Superscript,

    /// <summary><c>~~gone~~</c>, <c>&lt;del&gt;</c>.</summary>
    Strikeout,
}

internal static class ScriptKinds
{
    public static string Mark(this ScriptKind kind) => kind switch
    {
        ScriptKind.Subscript => "~",
        ScriptKind.Superscript => "^",
        _ => "~~",
    };

    public static string Tag(this ScriptKind kind) => kind switch
    {
        ScriptKind.Subscript => "sub",
        ScriptKind.Superscript => "sup",
        _ => "del",
    };
}
