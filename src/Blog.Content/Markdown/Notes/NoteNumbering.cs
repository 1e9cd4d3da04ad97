using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Content.Markdown.Notes;

/// <summary>
/// Turns each inline note into a footnote and numbers every note by its first reference in reading
/// order, inline or defined, as pandoc does (<c>a^[x] b[^1]</c>: the inline note is 1).
/// </summary>
internal static class NoteNumbering
{
    public static void Apply(ParsedDocument parsed)
    {
        var document = parsed.Document;
        if (document.GetData(InlineNoteParser.HasNotesKey) is null)
        {
            return;
        }

        parsed.Changed();
        document.RemoveData(InlineNoteParser.HasNotesKey);
        var group = document.OfType<FootnoteGroup>().FirstOrDefault();
        var marks = document.Where(block => block is not FootnoteGroup)
            .SelectMany(block => block is LeafBlock leaf ? [leaf] : block.Descendants<LeafBlock>())
            .Where(leaf => leaf.Inline is not null)
            .SelectMany(leaf => leaf.Inline!.Descendants<Inline>())
            .Where(inline => inline is InlineNote or FootnoteLink { IsBackLink: false })
            .ToList();

        var parser = new FootnoteParser();
        group ??= new FootnoteGroup(parser);
        var order = 0;
        var numbered = new HashSet<Footnote>();
        var notes = new List<Footnote>();
        foreach (var mark in marks)
        {
            if (mark is FootnoteLink link)
            {
                if (numbered.Add(link.Footnote))
                {
                    link.Footnote.Order = ++order;
                    notes.Add(link.Footnote);
                }

                continue;
            }

            var footnote = ToFootnote((InlineNote)mark, ++order, parser);
            numbered.Add(footnote);
            notes.Add(footnote);
        }

        // Defined notes only a note refers to keep their place after the others.
        notes.AddRange(group.OfType<Footnote>().Where(footnote => !numbered.Contains(footnote)));
        foreach (var footnote in notes.Where(footnote => !numbered.Contains(footnote)))
        {
            footnote.Order = ++order;
        }

        group.Clear();
        foreach (var footnote in notes)
        {
            group.Add(footnote);
        }

        document.Remove(group);
        document.Add(group);
    }

    private static Footnote ToFootnote(InlineNote note, int order, FootnoteParser parser)
    {
        var footnote = new Footnote(parser) { Order = order, Label = "^" + order.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        var text = new ContainerInline();
        while (note.FirstChild is { } child)
        {
            child.Remove();
            text.AppendChild(child);
        }

        var reference = new FootnoteLink(footnote) { Index = 1 };
        footnote.Links.Add(reference);
        note.ReplaceBy(reference);
        text.AppendChild(new FootnoteLink(footnote) { Index = 1, IsBackLink = true });
        footnote.Add(new ParagraphBlock { Inline = text });
        return footnote;
    }
}
