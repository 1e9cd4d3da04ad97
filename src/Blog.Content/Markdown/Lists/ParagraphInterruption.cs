using Markdig.Parsers;
using Markdig.Syntax;

namespace Blog.Content.Markdown.Lists;

/// <summary>
/// pandoc starts a list only after a blank line (or inside a list item, where a sublist may follow the
/// item's first line), so a pandoc-only marker on the line after text is text: <c>I. roman⏎II. roman</c>
/// is one paragraph. CommonMark's own markers keep CommonMark's rule.
/// </summary>
internal static class ParagraphInterruption
{
    public static bool Forbids(BlockProcessor state, char pendingBulletType) =>
        pendingBulletType == '\0'
        && state.CurrentBlock is ParagraphBlock paragraph
        && paragraph.Parent is not ListItemBlock;
}
