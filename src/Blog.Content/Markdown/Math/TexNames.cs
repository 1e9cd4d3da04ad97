using System.Collections.Frozen;

namespace Blog.Content.Markdown.Mathematics;

/// <summary>
/// The strings tokens share instead of each token cutting its own from the formula: every character below
/// U+0400 (ASCII, Latin, Greek) and the names of the commands the converter knows. A name missing here is
/// only cut anew, as an unknown command is.
/// </summary>
internal static class TexNames
{
    private const int SharedCharacters = 0x400;

    private static readonly string[] Characters = BuildCharacters();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Commands = TexSymbols.Names
        .Concat(
        [
            // Read by the parser itself (TexParser, TexCommands, FenceMatcher).
            "frac", "cfrac", "dfrac", "tfrac", "binom", "sqrt", "left", "right", "middle", "operatorname",
            "overset", "stackrel", "underset", "not", "pmod", "bmod", "mathop", "mathbin", "mathrel", "mathord",
            "begin", "end", "substack", "xrightarrow", "xleftarrow", "phantom", "boxed", "hspace", "limits",
            "nolimits", "tag", "label", "choose",
            "displaystyle", "textstyle", "scriptstyle", "scriptscriptstyle", "hline", "nonumber", "notag",
            "big", "bigl", "bigr", "bigm", "Big", "Bigl", "Bigr", "Bigm",
            "bigg", "biggl", "biggr", "biggm", "Bigg", "Biggl", "Biggr", "Biggm",
            "mathrm", "mathup", "mathbf", "boldsymbol", "bm", "mathbfup", "mathit", "mathbfit", "mathbb",
            "mathcal", "mathscr", "mathfrak", "mathsf", "mathsfup", "mathtt",
            "text", "textrm", "mbox", "textup", "textnormal", "textbf", "textit", "texttt", "textsf",
            "hat", "widehat", "check", "tilde", "widetilde", "acute", "grave", "dot", "ddot", "breve", "bar",
            "vec", "mathring", "overline", "overrightarrow", "overleftarrow", "overleftrightarrow", "underline",
            "overbrace", "underbrace",
        ])
        .ToFrozenSet(StringComparer.Ordinal)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>One character (or a surrogate pair) of a formula as a string.</summary>
    public static string Character(ReadOnlySpan<char> text) =>
        text.Length == 1 && text[0] < SharedCharacters ? Characters[text[0]] : text.ToString();

    public static string Character(char c) => c < SharedCharacters ? Characters[c] : c.ToString();

    /// <summary>A command's name (without its backslash) as a string.</summary>
    public static string Command(ReadOnlySpan<char> name) => Commands.TryGetValue(name, out var known) ? known : name.ToString();

    private static string[] BuildCharacters()
    {
        var characters = new string[SharedCharacters];
        for (var c = 0; c < characters.Length; c++)
        {
            characters[c] = ((char)c).ToString();
        }

        return characters;
    }
}
