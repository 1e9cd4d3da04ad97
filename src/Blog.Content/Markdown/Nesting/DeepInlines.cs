using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Content.Markdown.Nesting;

/// <summary>
/// Keeps the spans, subscripts and the like that the blog's extensions nest from going deeper than
/// Markdig can render: its renderer refuses a document nested more than 128 levels (blocks and inlines
/// together), which would cost the whole post. Such an element deeper than <see cref="MaxDepth"/>
/// inline levels is written as the text it was made of (<c>[x]{.a}</c>), as if it were not markup;
/// no post nests them a tenth as deep.
/// </summary>
internal static class DeepInlines
{
    public const int MaxDepth = 32;

    /// <param name="markupOf">The text before and after the element's children, for the elements this may unwrap; null for others.</param>
    public static void Unwrap(MarkdownDocument document, Func<ContainerInline, (string Open, string Close)?> markupOf)
    {
        var pending = new Stack<(Inline Node, int Depth)>();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block.Inline is null)
            {
                continue;
            }

            foreach (var child in block.Inline)
            {
                pending.Push((child, 1));
            }

            // A stack, not recursion: the tree may be thousands of levels deep before this flattens it.
            while (pending.TryPop(out var item))
            {
                if (item.Node is not ContainerInline container)
                {
                    continue;
                }

                var children = container.ToList();
                var markup = item.Depth > MaxDepth ? markupOf(container) : null;
                if (markup is { } found)
                {
                    var (open, close) = found;
                    var last = (Inline)new LiteralInline(open);
                    container.InsertBefore(last);
                    foreach (var child in children)
                    {
                        child.Remove();
                        last.InsertAfter(child);
                        last = child;
                    }

                    last.InsertAfter(new LiteralInline(close));
                    container.Remove();
                }

                // Unwrapped, its children stand where it stood.
                var depth = markup is null ? item.Depth + 1 : item.Depth;
                foreach (var child in children)
                {
                    pending.Push((child, depth));
                }
            }
        }
    }
}
