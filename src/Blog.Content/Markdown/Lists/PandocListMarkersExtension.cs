using Markdig;
using Markdig.Extensions.ListExtras;
using Markdig.Parsers;
using Markdig.Renderers;

namespace Blog.Content.Markdown.Lists;

/// <summary>
/// pandoc's list markers that CommonMark and Markdig's list extras lack or read otherwise: <c>#.</c>,
/// letters, markers in parentheses and example items (<c>(@)</c>, numbered by <see cref="ExampleListsExtension"/>).
/// </summary>
internal sealed class PandocListMarkersExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (pipeline.BlockParsers.Find<ListBlockParser>() is not { } lists)
        {
            return;
        }

        lists.ItemParsers.AddIfNotAlready<HashListItemParser>();
        lists.ItemParsers.AddIfNotAlready<ParenthesizedItemParser>();
        lists.ItemParsers.AddIfNotAlready<ExampleItemParser>();
        if (!lists.ItemParsers.Contains<PandocLetterItemParser>())
        {
            lists.ItemParsers.TryRemove<ListExtraItemParser>();
            lists.ItemParsers.Add(new PandocLetterItemParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
