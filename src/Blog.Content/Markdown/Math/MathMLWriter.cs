using System.Text;

namespace Blog.Content.Markdown.Mathematics;

/// <summary>
/// Writes <see cref="MathNode"/>s as texmath's MathML writer does (pandoc <c>--mathml</c>): one element
/// where a row holds one piece, <c>&lt;mrow&gt;</c> around several, fences as stretchy operators. Its
/// depth is the parser's, which is bounded.
/// </summary>
internal sealed class MathMLWriter(StringBuilder html, bool display)
{
    public void Row(IReadOnlyList<MathNode> items)
    {
        if (items.Count == 1)
        {
            Write(items[0]);
            return;
        }

        html.Append("<mrow>");
        Items(items);
        html.Append("</mrow>");
    }

    private void Items(IReadOnlyList<MathNode> items)
    {
        foreach (var item in items)
        {
            Write(item);
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
                Symbol(symbol, attributes: null);
                break;
            case RowNode row:
                html.Append("<mrow>");
                Items(row.Items);
                html.Append("</mrow>");
                break;
            case FencedNode fenced:
                html.Append("<mrow>");
                Fence(fenced.Open, "prefix");
                Items(fenced.Items);
                Fence(fenced.Close, "postfix");
                html.Append("</mrow>");
                break;
            case MiddleNode middle:
                Fence(middle.Text, "infix");
                break;
            case ScaledNode scaled:
                Symbol(scaled.Fence, $" minsize=\"{scaled.Size}\" maxsize=\"{scaled.Size}\"");
                break;
            case FractionNode fraction:
                Fraction(fraction);
                break;
            case RootNode { Index: null } root:
                html.Append("<msqrt>");
                Write(root.Radicand);
                html.Append("</msqrt>");
                break;
            case RootNode root:
                html.Append("<mroot>");
                Write(root.Radicand);
                Write(root.Index!);
                html.Append("</mroot>");
                break;
            case ScriptsNode scripts:
                Scripts(scripts);
                break;
            case AccentNode accent:
                var tag = accent.Under ? "munder" : "mover";
                html.Append('<').Append(tag).Append('>');
                Write(accent.Base);
                if (accent.IsAccent && accent.Mark is SymbolNode mark)
                {
                    html.Append("<mo accent=\"true\">");
                    Escaped(mark.Text);
                    html.Append("</mo>");
                }
                else
                {
                    UnderOrOver(accent.Mark);
                }

                html.Append("</").Append(tag).Append('>');
                break;
            case TextNode text:
                Text(text);
                break;
            case StyledNode styled:
                html.Append("<mstyle mathvariant=\"").Append(VariantName(styled.Variant)).Append("\">");
                Items(StyledLetters.All(styled.Variant, styled.Items));
                html.Append("</mstyle>");
                break;
            case WrapperNode wrapper:
                html.Append('<').Append(wrapper.Tag).Append(wrapper.Attributes).Append('>');
                Write(wrapper.Content);
                html.Append("</").Append(wrapper.Tag).Append('>');
                break;
            case SpaceNode space:
                html.Append("<mspace width=\"").Append(space.Width).Append("\"></mspace>");
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
            html.Append("<mo accent=\"false\">");
            Escaped(symbol.Text);
            html.Append("</mo>");
            return;
        }

        Write(node);
    }

    /// <summary>texmath reads <c>\alpha</c> as a letter (an identifier), <c>\infty</c> as a symbol; both are <c>&lt;mi&gt;</c> elsewhere.</summary>
    private static bool IsGreekLetter(string text) => text is [>= '\u0370' and <= '\u03FF'];

    private void Symbol(SymbolNode symbol, string? attributes)
    {
        switch (symbol.Kind)
        {
            case SymbolKind.Ordinary:
                html.Append("<mi").Append(attributes).Append('>');
                Escaped(symbol.Text);
                html.Append("</mi>");
                return;
            case SymbolKind.Open or SymbolKind.Close:
                html.Append("<mo").Append(attributes).Append(" stretchy=\"false\" form=\"").Append(symbol.Kind == SymbolKind.Open ? "prefix" : "postfix").Append("\">");
                break;
            case SymbolKind.Accent:
                html.Append("<mo accent=\"true\">");
                break;
            default:
                html.Append("<mo").Append(attributes).Append('>');
                break;
        }

        Escaped(symbol.Text);
        html.Append("</mo>");
    }

    private void Fence(string text, string form)
    {
        if (text.Length > 0)
        {
            html.Append("<mo stretchy=\"true\" form=\"").Append(form).Append("\">");
            Escaped(text);
            html.Append("</mo>");
        }
    }

    private void Fraction(FractionNode fraction)
    {
        switch (fraction.Style)
        {
            case FractionStyle.Binomial:
                html.Append("<mrow><mo stretchy=\"true\" form=\"prefix\">(</mo><mfrac linethickness=\"0\">");
                Write(fraction.Numerator);
                Write(fraction.Denominator);
                html.Append("</mfrac><mo stretchy=\"true\" form=\"postfix\">)</mo></mrow>");
                return;
            case FractionStyle.Display or FractionStyle.Text:
                html.Append("<mstyle displaystyle=\"").Append(fraction.Style == FractionStyle.Display ? "true" : "false").Append("\">");
                break;
        }

        html.Append("<mfrac>");
        Write(fraction.Numerator);
        Write(fraction.Denominator);
        html.Append("</mfrac>");
        if (fraction.Style != FractionStyle.Plain)
        {
            html.Append("</mstyle>");
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
        html.Append('<').Append(tag).Append('>');
        Write(scripts.Base);
        foreach (var script in new[] { scripts.Sub, scripts.Super })
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

        html.Append("</").Append(tag).Append('>');
    }

    /// <summary>texmath keeps a text's outer spaces in it and adds a space beside it, so that they show.</summary>
    private void Text(TextNode text)
    {
        var leading = text.Text.Length > 0 && text.Text[0] == ' ';
        var trailing = text.Text.Length > 0 && text.Text[^1] == ' ';
        if (leading || trailing)
        {
            html.Append("<mrow>");
        }

        if (leading)
        {
            html.Append("<mspace width=\"0.333em\"></mspace>");
        }

        html.Append("<mtext mathvariant=\"").Append(VariantName(text.Variant)).Append("\">");
        Escaped(MathAlphabets.Text(text.Variant, text.Text));
        html.Append("</mtext>");
        if (trailing)
        {
            html.Append("<mspace width=\"0.333em\"></mspace>");
        }

        if (leading || trailing)
        {
            html.Append("</mrow>");
        }
    }

    private void Table(TableNode table)
    {
        html.Append("<mtable>");
        foreach (var row in table.Rows)
        {
            html.Append("<mtr>");
            for (var column = 0; column < row.Count; column++)
            {
                html.Append("<mtd columnalign=\"").Append(table.Alignments[column]).Append("\">");
                Items(row[column]);
                html.Append("</mtd>");
            }

            html.Append("</mtr>");
        }

        html.Append("</mtable>");
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
        html.Append('<').Append(tag).Append('>');
        Escaped(text);
        html.Append("</").Append(tag).Append('>');
    }

    private void Escaped(string text) => Escape(html, text);

    /// <summary>Text as MathML content or attribute value: the characters markup would read, escaped.</summary>
    public static void Escape(StringBuilder html, string text)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => html.Append("&amp;"),
                '<' => html.Append("&lt;"),
                '>' => html.Append("&gt;"),
                '"' => html.Append("&quot;"),
                _ => html.Append(c),
            };
        }
    }
}
