using Markdig.Parsers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Content.Markdown.HeadingReferences;

/// <summary>
/// A heading as the target of <c>[Heading text]</c>. Its id is given only once the whole file is
/// parsed (<see cref="HeadingIds"/>), so the link asks for it when it is written.
/// </summary>
internal sealed class HeadingReference : LinkReferenceDefinition
{
    public HeadingReference(string label, HeadingBlock heading)
        : base(label, url: null, title: null)
    {
        Heading = heading;
        CreateLinkInline = Create;
    }

    public HeadingBlock Heading { get; }

    private static LinkInline Create(InlineProcessor processor, LinkReferenceDefinition definition, Inline? child)
    {
        // Markdig leaves it to the definition to say whether the brackets opened with "!": a picture.
        var opener = processor.Inline as LinkDelimiterInline ?? processor.Inline?.FirstParentOfType<LinkDelimiterInline>();
        return new LinkInline
        {
            GetDynamicUrl = () => "#" + ((HeadingReference)definition).Heading.GetAttributes().Id,
            IsImage = opener?.IsImage == true,
        };
    }
}
