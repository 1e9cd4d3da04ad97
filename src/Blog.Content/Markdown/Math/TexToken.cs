namespace Blog.Content.Markdown.Mathematics;

/// <summary>
/// One token of a formula: a command (<see cref="Text"/> is its name without the backslash), a character
/// (one Unicode character, so two UTF-16 units for a surrogate pair), a brace, <c>_</c>, <c>^</c> or
/// <c>&amp;</c>. <see cref="Start"/> and <see cref="End"/> place it in the formula, for <c>\text{…}</c>,
/// whose spaces the tokens do not keep.
/// </summary>
internal readonly record struct TexToken(TexTokenKind Kind, string Text, int Start, int End)
{
    public bool IsCommand(string name) => Kind == TexTokenKind.Command && Text == name;

    public bool IsChar(char c) => Kind == TexTokenKind.Char && Text.Length == 1 && Text[0] == c;
}

internal enum TexTokenKind
{
    Command,
    Char,
    OpenBrace,
    CloseBrace,
    Subscript,
    Superscript,
    Ampersand,
}
