using Blog.Content.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Blog.Content.Markdown;

/// <summary>
/// One stretch of Markdown rendered on its own: its HTML, the top-level headings it contains (for the
/// TOC) and its word count. Ids come from the registry shared by the whole file.
/// </summary>
internal sealed record RenderedSegment(string Html, IReadOnlyList<HeadingInfo> Headings, int WordCount)
{
    public static RenderedSegment Empty { get; } = new(string.Empty, [], 0);

    public static RenderedSegment Render(string markdown, HeadingIdRegistry registry)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return Empty;
        }

        var pipeline = BlogMarkdownPipeline.Instance;
        var document = Markdig.Markdown.Parse(markdown, pipeline);
        var headings = new List<HeadingInfo>();
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var id = HeadingIds.Assign(heading, registry);
            if (heading.Parent is MarkdownDocument)
            {
                headings.Add(new HeadingInfo(heading.Level, id, InlineText.Of(heading)));
            }
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return new RenderedSegment(writer.ToString(), headings, WordCounter.Count(document));
    }
}
