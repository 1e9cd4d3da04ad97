using Markdig;

namespace Blog.Content.Markdown;

/// <summary>
/// The one Markdig pipeline the blog renders with, built once and shared: a built pipeline is
/// immutable and safe to use from many threads. Heading ids are not Markdig's: they are assigned
/// after parsing by <see cref="HeadingIds"/> so they follow pandoc's rules across the whole file.
/// </summary>
internal static class BlogMarkdownPipeline
{
    public static MarkdownPipeline Instance { get; } = new MarkdownPipelineBuilder()
        // First, so that the extensions after it put their passes over the parsed document in its one walk.
        .Use<DocumentPasses>()
        .UsePipeTables()
        .UseFootnotes()
        .UseAutoLinks()
        .UseTaskLists()
        .Use<TaskLists.PandocTaskListExtension>()
        .UseDefinitionLists()
        .UseListExtras()
        .Use<Smart.SmartPunctuationExtension>()
        // pandoc's markup where CommonMark's differs only in shape.
        .Use<Lists.OrderedListTypeExtension>()
        .Use<Tables.TableRowClassExtension>()
        .Use<Autolinks.UriClassExtension>()
        .Use<Emphasis.StrongOutsideEmphasisExtension>()
        .Use<Citations.CitationExtension>()
        .Use<Scripts.ScriptsExtension>()
        .Use<Attributes.PandocAttributesExtension>()
        .Use<Spans.BracketedSpanExtension>()
        .Use<Lists.PandocListMarkersExtension>()
        .Use<Lists.ExampleListsExtension>()
        .Use<LineBlocks.LineBlockExtension>()
        .Use<LinkLabels.EscapedLabelsExtension>()
        .Use<HeadingReferences.HeadingReferencesExtension>()
        .Use<HtmlBlocks.MarkdownInHtmlExtension>()
        // After the others: the inline note parser goes in front of every parser of '^' and ']'.
        .Use<Divs.FencedDivExtension>()
        .Use<Notes.InlineNoteExtension>()
        // Decides once the document is parsed, so it sees what each paragraph finally holds.
        .Use<Figures.ImplicitFigureExtension>()
        // pandoc's other kinds of table, its captions and its column widths for long pipe tables.
        .Use<Tables.MultilineTablesExtension>()
        .Use<Tables.SimpleTablesExtension>()
        .Use<Tables.GridTablesExtension>()
        .Use<Tables.PipeTableWidthsExtension>()
        .Use<Tables.TableCaptionsExtension>()
        // pandoc's $math$, as MathML.
        .Use<Mathematics.MathExtension>()
        // Last, so that its counting parsers go in front of everyone else's.
        .Use<Budget.MarkupBudgetExtension>()
        .Build();
}
