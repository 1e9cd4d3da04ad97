using System.Buffers;

namespace Blog.Content.Markdown.Mathematics;

/// <summary>
/// Writes <see cref="MathNode"/>s as texmath's MathML writer does (pandoc <c>--mathml</c>): one element
/// where a row holds one piece, <c>&lt;mrow&gt;</c> around several, fences as stretchy operators. Its
/// depth is the parser's, which is bounded. The markup goes into one buffer rented from the shared pool,
/// so a formula costs its finished string and little else; dispose the writer to give the buffer back.
/// </summary>
internal sealed class MathMLWriter(int capacity, bool display) : IDisposable
{
    /// <summary>The characters markup would read in text or in an attribute value.</summary>
    private static readonly SearchValues<char> Escaped = SearchValues.Create("&<>\"");

    private char[] _buffer = ArrayPool<char>.Shared.Rent(capacity);
    private int _length;

    public override string ToString() => new(_buffer, 0, _length);

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = [];
        _length = 0;
    }

    public MathMLWriter Append(char c)
    {
        if (_length == _buffer.Length)
        {
            Grow(1);
        }

        _buffer[_length++] = c;
        return this;
    }

    public MathMLWriter Append(string? text) => Append(text.AsSpan());

    public MathMLWriter Append(ReadOnlySpan<char> text)
    {
        if (_length + text.Length > _buffer.Length)
        {
            Grow(text.Length);
        }

        text.CopyTo(_buffer.AsSpan(_length));
        _length += text.Length;
        return this;
    }

    /// <summary>Text as MathML content or attribute value: the characters markup would read, escaped.</summary>
    public void Escape(ReadOnlySpan<char> text)
    {
        while (true)
        {
            var at = text.IndexOfAny(Escaped);
            if (at < 0)
            {
                Append(text);
                return;
            }

            Append(text[..at]).Append(text[at] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => "&quot;",
            });
            text = text[(at + 1)..];
        }
    }

    private void Grow(int more)
    {
        var larger = ArrayPool<char>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + more));
        _buffer.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = larger;
    }

    public void Row(IReadOnlyList<MathNode> items)
    {
        if (items.Count == 1)
        {
            Write(items[0]);
            return;
        }

        Append("<mrow>");
        Items(items);
        Append("</mrow>");
    }

    private void Items(IReadOnlyList<MathNode> items)
    {
        // By index: a foreach over the interface would allocate an enumerator for every row.
        for (var i = 0; i < items.Count; i++)
        {
            Write(items[i]);
        }
    }

    private void Write(MathNode node)
    {
        switch (node)
        {
            case IdentifierNode identifier:
                Element("mi", identifier.Text);
                break;
            case NumberNode number:
                Element("mn", number.Text);
                break;
            case SymbolNode symbol:
                Symbol(symbol, size: null);
                break;
            case RowNode row:
                Append("<mrow>");
                Items(row.Items);
                Append("</mrow>");
                break;
            case FencedNode fenced:
                Append("<mrow>");
                Fence(fenced.Open, "prefix");
                Items(fenced.Items);
                Fence(fenced.Close, "postfix");
                Append("</mrow>");
                break;
            case MiddleNode middle:
                Fence(middle.Text, "infix");
                break;
            case ScaledNode scaled:
                Symbol(scaled.Fence, scaled.Size);
                break;
            case FractionNode fraction:
                Fraction(fraction);
                break;
            case RootNode { Index: null } root:
                Append("<msqrt>");
                Write(root.Radicand);
                Append("</msqrt>");
                break;
            case RootNode root:
                Append("<mroot>");
                Write(root.Radicand);
                Write(root.Index!);
                Append("</mroot>");
                break;
            case ScriptsNode scripts:
                Scripts(scripts);
                break;
            case AccentNode accent:
                var tag = accent.Under ? "munder" : "mover";
                Append('<').Append(tag).Append('>');
                Write(accent.Base);
                if (accent.IsAccent && accent.Mark is SymbolNode mark)
                {
                    Append("<mo accent=\"true\">");
                    Escape(mark.Text);
                    Append("</mo>");
                }
                else
                {
                    UnderOrOver(accent.Mark);
                }

                Append("</").Append(tag).Append('>');
                break;
            case TextNode text:
                Text(text);
                break;
            case StyledNode styled:
                Append("<mstyle mathvariant=\"").Append(VariantName(styled.Variant)).Append("\">");
                Items(StyledLetters.All(styled.Variant, styled.Items));
                Append("</mstyle>");
                break;
            case WrapperNode wrapper:
                Append('<').Append(wrapper.Tag).Append(wrapper.Attributes).Append('>');
                Write(wrapper.Content);
                Append("</").Append(wrapper.Tag).Append('>');
                break;
            case SpaceNode space:
                Append("<mspace width=\"").Append(space.Width).Append("\"></mspace>");
                break;
            case TableNode table:
                Table(table);
                break;
        }
    }

    /// <summary>What goes under or over a base: texmath writes a lone symbol there (∞, +) as an operator that is no accent.</summary>
    private void UnderOrOver(MathNode node)
    {
        if (node is SymbolNode { Kind: not SymbolKind.Accent } symbol && !IsGreekLetter(symbol.Text))
        {
            Append("<mo accent=\"false\">");
            Escape(symbol.Text);
            Append("</mo>");
            return;
        }

        Write(node);
    }

    /// <summary>texmath reads <c>\alpha</c> as a letter (an identifier), <c>\infty</c> as a symbol; both are <c>&lt;mi&gt;</c> elsewhere.</summary>
    private static bool IsGreekLetter(string text) => text is [>= '\u0370' and <= '\u03FF'];

    private void Symbol(SymbolNode symbol, string? size)
    {
        switch (symbol.Kind)
        {
            case SymbolKind.Ordinary:
                Append("<mi");
                Size(size);
                Append('>');
                Escape(symbol.Text);
                Append("</mi>");
                return;
            case SymbolKind.Open or SymbolKind.Close:
                Append("<mo");
                Size(size);
                Append(" stretchy=\"false\" form=\"").Append(symbol.Kind == SymbolKind.Open ? "prefix" : "postfix").Append("\">");
                break;
            case SymbolKind.Accent:
                Append("<mo accent=\"true\">");
                break;
            default:
                Append("<mo");
                Size(size);
                Append('>');
                break;
        }

        Escape(symbol.Text);
        Append("</mo>");
    }

    /// <summary>A fixed size of a fence (<c>\big(</c>), in em.</summary>
    private void Size(string? size)
    {
        if (size is not null)
        {
            Append(" minsize=\"").Append(size).Append("\" maxsize=\"").Append(size).Append('"');
        }
    }

    private void Fence(string text, string form)
    {
        if (text.Length > 0)
        {
            Append("<mo stretchy=\"true\" form=\"").Append(form).Append("\">");
            Escape(text);
            Append("</mo>");
        }
    }

    private void Fraction(FractionNode fraction)
    {
        switch (fraction.Style)
        {
            case FractionStyle.Binomial:
                Append("<mrow><mo stretchy=\"true\" form=\"prefix\">(</mo><mfrac linethickness=\"0\">");
                Write(fraction.Numerator);
                Write(fraction.Denominator);
                Append("</mfrac><mo stretchy=\"true\" form=\"postfix\">)</mo></mrow>");
                return;
            case FractionStyle.Display or FractionStyle.Text:
                Append("<mstyle displaystyle=\"").Append(fraction.Style == FractionStyle.Display ? "true" : "false").Append("\">");
                break;
        }

        Append("<mfrac>");
        Write(fraction.Numerator);
        Write(fraction.Denominator);
        Append("</mfrac>");
        if (fraction.Style != FractionStyle.Plain)
        {
            Append("</mstyle>");
        }
    }

    private void Scripts(ScriptsNode scripts)
    {
        var limits = scripts.Placement == ScriptPlacement.Limits || (scripts.Placement == ScriptPlacement.LimitsInDisplay && display);
        var tag = (scripts.Sub, scripts.Super, limits) switch
        {
            (not null, not null, true) => "munderover",
            (not null, not null, false) => "msubsup",
            (not null, null, true) => "munder",
            (not null, null, false) => "msub",
            (null, _, true) => "mover",
            _ => "msup",
        };
        Append('<').Append(tag).Append('>');
        Write(scripts.Base);
        Script(scripts.Sub, limits);
        Script(scripts.Super, limits);

        Append("</").Append(tag).Append('>');
    }

    private void Script(MathNode? script, bool limits)
    {
        if (script is not null && limits)
        {
            UnderOrOver(script);
        }
        else if (script is not null)
        {
            Write(script);
        }
    }

    /// <summary>texmath keeps a text's outer spaces in it and adds a space beside it, so that they show.</summary>
    private void Text(TextNode text)
    {
        var leading = text.Text.Length > 0 && text.Text[0] == ' ';
        var trailing = text.Text.Length > 0 && text.Text[^1] == ' ';
        if (leading || trailing)
        {
            Append("<mrow>");
        }

        if (leading)
        {
            Append("<mspace width=\"0.333em\"></mspace>");
        }

        Append("<mtext mathvariant=\"").Append(VariantName(text.Variant)).Append("\">");
        Escape(MathAlphabets.Text(text.Variant, text.Text));
        Append("</mtext>");
        if (trailing)
        {
            Append("<mspace width=\"0.333em\"></mspace>");
        }

        if (leading || trailing)
        {
            Append("</mrow>");
        }
    }

    private void Table(TableNode table)
    {
        Append("<mtable>");
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            Append("<mtr>");
            for (var column = 0; column < row.Count; column++)
            {
                Append("<mtd columnalign=\"").Append(table.Alignments[column]).Append("\">");
                Items(row[column]);
                Append("</mtd>");
            }

            Append("</mtr>");
        }

        Append("</mtable>");
    }

    private static string VariantName(MathVariant variant) => variant switch
    {
        MathVariant.Normal => "normal",
        MathVariant.Bold => "bold",
        MathVariant.Italic => "italic",
        MathVariant.BoldItalic => "bold-italic",
        MathVariant.DoubleStruck => "double-struck",
        MathVariant.Script => "script",
        MathVariant.Fraktur => "fraktur",
        MathVariant.SansSerif => "sans-serif",
        _ => "monospace",
    };

    private void Element(string tag, string text)
    {
        Append('<').Append(tag).Append('>');
        Escape(text);
        Append("</").Append(tag).Append('>');
    }
}
