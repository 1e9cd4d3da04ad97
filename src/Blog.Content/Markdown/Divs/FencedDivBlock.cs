using Markdig.Parsers;
using Markdig.Syntax;

namespace Blog.Content.Markdown.Divs;

/// <summary>
/// pandoc's fenced div: <c>::: {#id .class key=value}</c> … <c>:::</c>, a <c>&lt;div&gt;</c> holding blocks.
/// </summary>
internal sealed class FencedDivBlock(BlockParser parser) : ContainerBlock(parser)
{
    /// <summary>Where the line of the closing fence starts in the parsed text: the content ends there.</summary>
    public int ContentEnd { get; set; } = -1;

    /// <summary>Just past the opening fence's line: the content starts there.</summary>
    public int ContentStart { get; set; }

    /// <summary>Set once Markdig closes the div, by its fence or with the block around it.</summary>
    public bool HasEnded { get; set; }

    /// <summary>The <c>lang</c> the div declares, which makes a top-level div a language section.</summary>
    public string? Language { get; set; }
}
