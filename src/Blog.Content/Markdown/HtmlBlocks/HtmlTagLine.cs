using Markdig.Parsers;
using Markdig.Syntax;

namespace Blog.Content.Markdown.HtmlBlocks;

/// <summary>
/// A line that opens with a block-level tag: its tags and any text after them, read as inlines and
/// written without a paragraph around them (<c>&lt;div&gt;*x*&lt;/div&gt;</c> gives the tags and an
/// emphasis), as pandoc writes its raw tags and the plain text between them.
/// </summary>
internal sealed class HtmlTagLine : LeafBlock
{
    public HtmlTagLine(BlockParser parser, string tagName, bool closing)
        : base(parser)
    {
        TagName = tagName;
        Closing = closing;
        ProcessInlines = true;
    }

    public string TagName { get; }

    public bool Closing { get; }

    /// <summary>The tag is not closed yet: it goes on over the next lines.</summary>
    public bool Open { get; set; }
}
