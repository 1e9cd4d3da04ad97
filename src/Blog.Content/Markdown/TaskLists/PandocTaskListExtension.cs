using Markdig;
using Markdig.Extensions.TaskLists;
using Markdig.Renderers;

namespace Blog.Content.Markdown.TaskLists;

/// <summary>Task boxes where pandoc reads them (see <see cref="TaskMarkParser"/>); after Markdig's task lists.</summary>
internal sealed class PandocTaskListExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (pipeline.InlineParsers.FindExact<TaskListInlineParser>() is { } markdig)
        {
            pipeline.InlineParsers.Replace<TaskListInlineParser>(new TaskMarkParser(markdig));
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
