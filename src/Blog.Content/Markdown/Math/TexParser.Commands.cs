using System.Globalization;
using System.Text;

namespace Blog.Content.Markdown.Mathematics;

internal sealed partial class TexParser
{
    /// <summary>A command (already taken) and its arguments.</summary>
    private (MathNode, bool) Command(TexToken token, int end)
    {
        var name = token.Text;
        switch (name)
        {
            case "frac" or "cfrac":
                return (new FractionNode(Argument(end), Argument(end), FractionStyle.Plain), false);
            case "dfrac":
                return (new FractionNode(Argument(end), Argument(end), FractionStyle.Display), false);
            case "tfrac":
                return (new FractionNode(Argument(end), Argument(end), FractionStyle.Text), false);
            case "binom":
                return (new FractionNode(Argument(end), Argument(end), FractionStyle.Binomial), false);
            case "sqrt" when AtEnd(end) || FenceMatcher.IsStop(Current):
                return (new SymbolNode(SymbolKind.Operator, "√"), false);
            case "sqrt":
                var index = OptionalIndex(end);
                return (new RootNode(Argument(end), index), false);
            case "left":
                return (Fenced(end), false);
            case "operatorname":
                // \operatorname*{argmax} takes its limits under it in display math, as \lim does.
                var starred = !AtEnd(end) && Current.IsChar('*') && Touch(_at - 1);
                _at += starred ? 1 : 0;
                return (new SymbolNode(SymbolKind.Operator, OperatorName(end)), starred);
            case "overset" or "stackrel":
                var over = Argument(end);
                return (new AccentNode(Argument(end), over, Under: false, IsAccent: false), false);
            case "underset":
                var under = Argument(end);
                return (new AccentNode(Argument(end), under, Under: true, IsAccent: false), false);
            case "not":
                return Negation(end);
            case "pmod":
                var modulus = GroupItems(end);
                return (new RowNode(
                [
                    new SpaceNode("0.222em"),
                    new SymbolNode(SymbolKind.Open, "("),
                    new SymbolNode(SymbolKind.Operator, "mod"),
                    new SpaceNode("0.222em"),
                    .. modulus,
                    new SymbolNode(SymbolKind.Close, ")"),
                ]), false);
            case "bmod":
                return (new RowNode([new SpaceNode("0.222em"), new SymbolNode(SymbolKind.Operator, "mod"), new SpaceNode("0.222em"), Argument(end)]), false);
            case "mathop" or "mathbin" or "mathrel" or "mathord":
                var kind = name == "mathord" ? SymbolKind.Ordinary : SymbolKind.Operator;
                return (new SymbolNode(kind, OperatorName(end, name)), false);
            case "begin":
                return (Environment(end), false);
            case "substack":
                return (Substack(end), false);
            case "xrightarrow" or "xleftarrow":
                var arrow = new SymbolNode(SymbolKind.Operator, name == "xrightarrow" ? "→" : "←");
                return (new AccentNode(arrow, Argument(end), Under: false, IsAccent: false), false);
            case "phantom":
                return (new WrapperNode("mphantom", string.Empty, RowNode.Of(GroupItems(end))), false);
            case "boxed":
                return (new WrapperNode("menclose", " notation=\"box\"", RowNode.Of(GroupItems(end))), false);
            case "hspace":
                return (new SpaceNode(Width(end)), false);
        }

        if (TexCommands.ScalerSize(name) is { } size)
        {
            var fence = Fence(end, name);
            return (new ScaledNode(size, fence), false);
        }

        if (TexCommands.Text(name) is { } textVariant)
        {
            return (Text(textVariant, end), false);
        }

        if (TexCommands.Style(name) is { } variant)
        {
            return (new StyledNode(variant, GroupItems(end)), false);
        }

        if (TexCommands.Accent(name) is { } accent)
        {
            var mark = new SymbolNode(SymbolKind.Accent, accent.Mark);
            return (new AccentNode(Argument(end), mark, accent.Under, IsAccent: true), false);
        }

        if (TexSymbols.Find(name) is { } symbol)
        {
            return symbol.Kind == SymbolKind.Space ? (new SpaceNode(symbol.Text), false) : (symbol, symbol.Limits);
        }

        throw new TexException($"unknown command \\{name}");
    }

    /// <summary><c>\sqrt[n]</c>'s index, up to the first <c>]</c> outside braces.</summary>
    private MathNode? OptionalIndex(int end)
    {
        if (AtEnd(end) || !Current.IsChar('['))
        {
            return null;
        }

        var close = _at + 1;
        while (close < end && !_tokens[close].IsChar(']'))
        {
            if (_tokens[close].Kind == TexTokenKind.OpenBrace && _fences.Partner(close) > close)
            {
                close = _fences.Partner(close);
            }

            close++;
        }

        if (close >= end)
        {
            throw new TexException("the [ of \\sqrt[…] is never closed");
        }

        _at++;
        Enter();
        var items = List(close);
        Leave();
        Expect(close);
        return RowNode.Of(items);
    }

    /// <summary><c>\left( … \middle| … \right)</c>; a missing <c>\right</c> closes on nothing, as in texmath.</summary>
    private FencedNode Fenced(int end)
    {
        var open = Fence(end, "left").Text;
        var start = _pieces.Count;
        Enter();
        while (true)
        {
            ListOnto(end);
            if (!AtEnd(end) && Current.IsCommand("middle"))
            {
                _at++;
                _pieces.Push(new MiddleNode(Fence(end, "middle").Text));
                continue;
            }

            break;
        }

        Leave();
        var items = _pieces.Take(start);
        var close = string.Empty;
        if (!AtEnd(end) && Current.IsCommand("right"))
        {
            _at++;
            close = Fence(end, "right").Text;
        }

        return new FencedNode(open, close, items);
    }

    /// <summary>The fence after <c>\left</c>, <c>\right</c>, <c>\middle</c> or <c>\big</c>; <c>.</c> is none.</summary>
    private SymbolNode Fence(int end, string after)
    {
        if (AtEnd(end))
        {
            throw new TexException($"a fence is missing after \\{after}");
        }

        var token = Current;
        _at++;
        if (token.Kind == TexTokenKind.Char)
        {
            return token.Text switch
            {
                "." => new SymbolNode(SymbolKind.Open, string.Empty),
                "(" or "[" or "|" => new SymbolNode(SymbolKind.Open, token.Text),
                ")" or "]" => new SymbolNode(SymbolKind.Close, token.Text),
                "/" => new SymbolNode(SymbolKind.Ordinary, token.Text),
                "<" or ">" => new SymbolNode(SymbolKind.Operator, token.Text),
                _ => throw new TexException($"'{token.Text}' is no fence for \\{after}"),
            };
        }

        if (token.Kind == TexTokenKind.Command && TexSymbols.Find(token.Text) is { Kind: not SymbolKind.Space } symbol)
        {
            return symbol;
        }

        throw new TexException($"{Describe(token)} is no fence for \\{after}");
    }

    /// <summary><c>\hspace{2em}</c>: a width in em, written as texmath writes widths (2.0em).</summary>
    private string Width(int end)
    {
        if (AtEnd(end) || Current.Kind != TexTokenKind.OpenBrace || _fences.Partner(_at) < 0)
        {
            throw new TexException("\\hspace needs a width in braces");
        }

        var close = _fences.Partner(_at);
        var raw = _tex[Current.End.._tokens[close].Start].Trim();
        _at = close + 1;
        if (!raw.EndsWith("em", StringComparison.Ordinal)
            || !double.TryParse(raw[..^2], NumberStyles.Float, CultureInfo.InvariantCulture, out var em))
        {
            throw new TexException($"\\hspace{{{raw}}} is not a width in em");
        }

        return em.ToString("0.0##", CultureInfo.InvariantCulture) + "em";
    }

    private (MathNode, bool) Negation(int end)
    {
        if (!AtEnd(end))
        {
            Enter();
            var (next, limits) = Atom(end, bare: false, wholeNumber: false);
            Leave();
            if (next is SymbolNode symbol && TexCommands.Negated(symbol.Text) is { } negated)
            {
                return (symbol with { Text = negated }, limits);
            }
        }

        throw new TexException("\\not is followed by no relation it can negate");
    }

    /// <summary><c>\operatorname{name}</c>, <c>\mathbin{…}</c>: the letters of the name, which texmath writes as one operator.</summary>
    private string OperatorName(int end, string command = "operatorname")
    {
        var items = GroupItems(end);
        var name = new StringBuilder();
        foreach (var item in items)
        {
            name.Append(item switch
            {
                IdentifierNode identifier => identifier.Text,
                NumberNode number => number.Text,
                SymbolNode { Kind: not SymbolKind.Space } symbol => symbol.Text == "−" ? "-" : symbol.Text,
                _ => throw new TexException($"\\{command} takes letters and symbols only"),
            });
        }

        return name.ToString();
    }

    /// <summary>
    /// <c>\text{…}</c>: the words as written, each braced part a text of its own (as texmath writes them),
    /// with <c>\$</c>, <c>\%</c> and the like as their characters.
    /// </summary>
    private MathNode Text(MathVariant variant, int end)
    {
        if (AtEnd(end) || Current.Kind != TexTokenKind.OpenBrace || _fences.Partner(_at) < 0)
        {
            throw new TexException("\\text needs its words in braces");
        }

        var close = _fences.Partner(_at);
        var raw = _tex[Current.End.._tokens[close].Start];
        _at = close + 1;
        var parts = new List<MathNode>();
        var part = new StringBuilder();
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c is '{' or '}')
            {
                if (part.Length > 0)
                {
                    parts.Add(new TextNode(variant, part.ToString()));
                    part.Clear();
                }

                continue;
            }

            if (c == '\\' && i + 1 < raw.Length && raw[i + 1] is '$' or '%' or '&' or '#' or '_' or '{' or '}' or ' ')
            {
                part.Append(raw[++i]);
                continue;
            }

            if (c == '\\')
            {
                throw new TexException("commands inside \\text are not read");
            }

            part.Append(c);
        }

        if (part.Length > 0 || parts.Count == 0)
        {
            parts.Add(new TextNode(variant, part.ToString()));
        }

        return RowNode.Of(parts);
    }
}
