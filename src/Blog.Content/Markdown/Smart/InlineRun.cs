using System.Text;
using Markdig.Helpers;
using Markdig.Syntax.Inlines;

namespace Blog.Content.Markdown.Smart;

/// <summary>
/// One level of inline content (a paragraph's, or an emphasis' or a link's) seen as pandoc's parser
/// sees it: a row of units, one per character of text and one per other element (code, emphasis, a
/// link, a line break), which <see cref="InlineRun"/>'s rules read and mark; the marks are then written
/// back into the literal text of the tree. Elements nested in the level are handed on with the
/// quotation they sit in, to be treated as levels of their own. Reused for every level of a document.
/// </summary>
internal sealed partial class InlineRun(Stack<(ContainerInline Inlines, QuoteContext Context)> levels)
{
    private readonly StringBuilder _text = new();
    private Unit[] _units = new Unit[256];
    private int _count;

    public void Apply(ContainerInline inlines, QuoteContext context)
    {
        Load(inlines);
        StartRules();
        for (var i = 0; i < _count;)
        {
            i = Step(i, context, emit: true);
        }

        Store();
    }

    /// <summary>Hands on the elements nested in a level that has nothing to change itself.</summary>
    public static void PushNested(ContainerInline inlines, QuoteContext context, Stack<(ContainerInline, QuoteContext)> levels)
    {
        for (var child = inlines.FirstChild; child is not null; child = child.NextSibling)
        {
            if (IsTextContainer(child))
            {
                levels.Push(((ContainerInline)child, context));
            }
        }
    }

    // A bare link's text is its address, never prose; a delimiter's content is read with its level.
    private static bool IsTextContainer(Inline inline) => inline is ContainerInline and not (LinkInline { IsAutoLink: true } or LinkDelimiterInline);

    private void Load(ContainerInline inlines)
    {
        _count = 0;
        for (var child = inlines.FirstChild; child is not null; child = Next(child, inlines))
        {
            switch (child)
            {
                case LiteralInline literal:
                    var text = literal.Content.AsSpan();
                    for (var k = 0; k < text.Length; k++)
                    {
                        Add(text[k], k == 0 && literal.IsFirstCharacterEscaped ? UnitKind.Escaped : UnitKind.Text, literal);
                    }

                    // Markdig drops the spaces that end a line; pandoc puts its no-break space after "Mr." there too.
                    if (child.NextSibling is LineBreakInline { IsHard: false } && SpaceFollows(literal.Content))
                    {
                        Add(' ', UnitKind.TrailingSpace, literal);
                    }

                    break;
                case LineBreakInline lineBreak:
                    Add('\n', lineBreak.IsHard ? UnitKind.HardBreak : UnitKind.SoftBreak, lineBreak);
                    break;
                case EmphasisInline { DelimiterChar: '*' or '_' }:
                    Add('\uFFFC', UnitKind.Emphasis, child);
                    break;
                default:
                    Add('\uFFFC', UnitKind.Other, child);
                    break;
            }
        }
    }

    /// <summary>
    /// The next inline of the level. A '[' that opened no link stays in Markdig's tree as a delimiter
    /// holding the rest of the level; it is written out as '[' and its content, so its content is read
    /// as part of the level, as pandoc reads it.
    /// </summary>
    private static Inline? Next(Inline inline, ContainerInline level)
    {
        if (inline is LinkDelimiterInline { FirstChild: { } first })
        {
            return first;
        }

        for (var at = inline; at != level; at = at.Parent!)
        {
            if (at.NextSibling is { } next)
            {
                return next;
            }

            if (at.Parent is not LinkDelimiterInline)
            {
                return null;
            }
        }

        return null;
    }

    private void Add(char c, UnitKind kind, Inline node)
    {
        if (_count == _units.Length)
        {
            Array.Resize(ref _units, _units.Length * 2);
        }

        _units[_count++] = new Unit { Char = c, Kind = kind, Node = node };
    }

    private static bool SpaceFollows(StringSlice content) =>
        content.End + 1 < content.Text.Length && content.Text[content.End + 1] is ' ' or '\t';

    /// <summary>Writes the marked units back: a literal gets new text if any of its characters changed; a removed line break goes.</summary>
    private void Store()
    {
        for (var i = 0; i < _count;)
        {
            var node = _units[i].Node;
            var end = i;
            var changed = false;
            do
            {
                changed |= _units[end].Replaced || (_units[end].Removed && _units[end].Kind != UnitKind.TrailingSpace);
                end++;
            }
            while (end < _count && node is LiteralInline && ReferenceEquals(_units[end].Node, node));

            if (changed && node is LiteralInline literal)
            {
                literal.Content = new StringSlice(TextOf(i, end));
            }
            else if (changed)
            {
                node.Remove();
            }

            i = end;
        }

        Array.Clear(_units, 0, _count);
    }

    private string TextOf(int start, int end)
    {
        _text.Clear();
        for (var i = start; i < end; i++)
        {
            ref readonly var unit = ref _units[i];
            if (unit.Replaced)
            {
                _text.Append(unit.Replacement);
            }
            else if (!unit.Removed && unit.Kind != UnitKind.TrailingSpace)
            {
                _text.Append(unit.Char);
            }
        }

        return _text.ToString();
    }

    private enum UnitKind : byte
    {
        /// <summary>A character of text, which the rules may change.</summary>
        Text,

        /// <summary>A character written with a backslash: kept as it is, and no part of a word.</summary>
        Escaped,

        /// <summary>The space before a soft line break, which Markdig leaves out of the text.</summary>
        TrailingSpace,
        SoftBreak,
        HardBreak,

        /// <summary>Emphasis with <c>*</c> or <c>_</c>: pandoc counts what follows it as being right after a word.</summary>
        Emphasis,

        /// <summary>Code, raw HTML, a link, a picture, a note, another kind of span.</summary>
        Other,
    }

    private struct Unit
    {
        public char Char;
        public UnitKind Kind;
        public bool Replaced;
        public bool Removed;
        public char Replacement;
        public Inline Node;
    }
}
