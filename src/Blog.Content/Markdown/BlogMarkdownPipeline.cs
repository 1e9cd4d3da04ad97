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
        .UsePipeTables()
        .UseFootnotes()
        .UseAutoLinks()
        .UseTaskLists()
        .UseDefinitionLists()
        .Use<Smart.SmartPunctuationExtension>()
        // pandoc's markup where CommonMark's differs only in shape.
        .Use<Lists.OrderedListTypeExtension>()
        .Use<Tables.TableRowClassExtension>()
        .Use<Autolinks.UriClassExtension>()
        .Use<Emphasis.StrongOutsideEmphasisExtension>()
        // Generic attributes must come after the Markdown features: it attaches {#id .class key=value} to what they parsed.
        .UseGenericAttributes()
        // Last, so that its counting parsers go in front of everyone else's.
        .Use<Budget.MarkupBudgetExtension>()
        .Build();
}
