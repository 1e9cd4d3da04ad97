using System.Collections.Frozen;

namespace Blog.Content.Markdown.Smart;

/// <summary>
/// pandoc's default abbreviations (its data file <c>abbreviations</c>, 2.17): the space after one of
/// them becomes a no-break space, so that a line never breaks between <c>Mr.</c> and the name.
/// Matched case-sensitively, as a whole word.
/// </summary>
internal static class Abbreviations
{
    private static readonly FrozenSet<string> All = FrozenSet.Create(StringComparer.Ordinal,
    [
        "aet.", "aetat.", "al.", "Apr.", "Aug.", "bk.", "Bros.", "c.", "Capt.", "cf.", "ch.", "chap.", "chs.",
        "Co.", "col.", "Corp.", "cp.", "d.", "Dec.", "Dr.", "e.g.", "ed.", "eds.", "esp.", "f.", "fasc.",
        "Feb.", "ff.", "fig.", "fl.", "fol.", "fols.", "Fr.", "Gen.", "Gov.", "Hon.", "i.e.", "ill.", "Inc.",
        "incl.", "Jan.", "Jr.", "Jul.", "Jun.", "Ltd.", "M.A.", "M.D.", "Mar.", "Mr.", "Mrs.", "Ms.", "n.",
        "n.b.", "nn.", "No.", "Nov.", "Oct.", "p.", "Ph.D.", "pp.", "Pres.", "Prof.", "pt.", "q.v.", "Rep.",
        "Rev.", "s.v.", "s.vv.", "saec.", "sec.", "Sen.", "Sep.", "Sept.", "Sgt.", "Sr.", "St.", "univ.",
        "viz.", "vol.", "vs.",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BySpan = All.GetAlternateLookup<ReadOnlySpan<char>>();

    public static int MaxLength { get; } = All.Max(a => a.Length);

    public static bool Contains(ReadOnlySpan<char> word) => BySpan.Contains(word);
}
