using Blog.Content.Markdown.HtmlBlocks;
using Blog.Content.Markdown.Nesting;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Content.Markdown;

/// <summary>
/// A parsed document with the nodes its passes reshape, found in one walk in reading order. A pass that
/// moves blocks or inlines about says so (<see cref="Changed"/>), and the next pass to ask walks again,
/// so each sees the document as the passes before it left it.
/// </summary>
internal sealed class ParsedDocument(MarkdownDocument document)
{
    private readonly List<ListBlock> _lists = [];
    private readonly List<Table> _tables = [];
    private readonly List<AutolinkInline> _autolinks = [];
    private readonly List<EmphasisInline> _nestedEmphases = [];
    private readonly List<ParagraphBlock> _paragraphs = [];
    private readonly List<FencedCodeBlock> _fences = [];
    private readonly List<HtmlTagLine> _tagLines = [];
    private readonly List<Block> _pending = [];
    private bool _nestsDeep;
    private bool _walked;

    public MarkdownDocument Document { get; } = document;

    public IReadOnlyList<ListBlock> Lists => Walked()._lists;

    public IReadOnlyList<Table> Tables => Walked()._tables;

    public IReadOnlyList<AutolinkInline> Autolinks => Walked()._autolinks;

    /// <summary>Emphasis whose first child is emphasis, in reading order.</summary>
    public IReadOnlyList<EmphasisInline> NestedEmphases => Walked()._nestedEmphases;

    public IReadOnlyList<ParagraphBlock> Paragraphs => Walked()._paragraphs;

    public IReadOnlyList<FencedCodeBlock> Fences => Walked()._fences;

    public IReadOnlyList<HtmlTagLine> TagLines => Walked()._tagLines;

    /// <summary>Whether some inline element stands deeper than <see cref="DeepInlines.MaxDepth"/> inline levels.</summary>
    public bool NestsDeep => Walked()._nestsDeep;

    /// <summary>Says blocks or inlines were added, removed or moved: what was found may be out of date.</summary>
    public void Changed() => _walked = false;

    private ParsedDocument Walked()
    {
        if (!_walked)
        {
            Walk();
            _walked = true;
        }

        return this;
    }

    private void Walk()
    {
        _lists.Clear();
        _tables.Clear();
        _autolinks.Clear();
        _nestedEmphases.Clear();
        _paragraphs.Clear();
        _fences.Clear();
        _tagLines.Clear();
        _nestsDeep = false;

        // A stack of blocks still to visit, children pushed last first: blocks come in reading order.
        _pending.Clear();
        Push(Document);
        while (_pending.Count > 0)
        {
            var block = _pending[^1];
            _pending.RemoveAt(_pending.Count - 1);
            switch (block)
            {
                case ListBlock list:
                    _lists.Add(list);
                    break;
                case Table table:
                    _tables.Add(table);
                    break;
                case ParagraphBlock paragraph:
                    _paragraphs.Add(paragraph);
                    break;
                case FencedCodeBlock fence:
                    _fences.Add(fence);
                    break;
                case HtmlTagLine tagLine:
                    _tagLines.Add(tagLine);
                    break;
            }

            if (block is ContainerBlock container)
            {
                Push(container);
            }
            else if (block is LeafBlock { Inline: { } inlines })
            {
                WalkInlines(inlines);
            }
        }
    }

    private void Push(ContainerBlock container)
    {
        for (var i = container.Count - 1; i >= 0; i--)
        {
            _pending.Add(container[i]);
        }
    }

    /// <summary>In reading order by the tree's own links, without a stack: a tree of inlines may be thousands of levels deep.</summary>
    private void WalkInlines(ContainerInline root)
    {
        var depth = 1;
        var inline = root.FirstChild;
        while (inline is not null)
        {
            switch (inline)
            {
                case AutolinkInline autolink:
                    _autolinks.Add(autolink);
                    break;
                case EmphasisInline { FirstChild: EmphasisInline } emphasis:
                    _nestedEmphases.Add(emphasis);
                    break;
            }

            // An empty element that deep is unwrapped too.
            _nestsDeep |= inline is ContainerInline && depth > DeepInlines.MaxDepth;
            if (inline is ContainerInline { FirstChild: { } first })
            {
                inline = first;
                depth++;
                continue;
            }

            while (inline is not null && inline.NextSibling is null)
            {
                inline = inline.Parent;
                depth--;
                if (ReferenceEquals(inline, root))
                {
                    return;
                }
            }

            inline = inline?.NextSibling;
        }
    }
}
