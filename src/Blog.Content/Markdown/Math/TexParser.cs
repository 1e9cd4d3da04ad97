using System.Globalization;
using System.Runtime.CompilerServices;

namespace Blog.Content.Markdown.Mathematics;

/// <summary>
/// Reads a formula's tokens into <see cref="MathNode"/>s as texmath reads TeX. Recursive, with every
/// level counted: a formula nested deeper than <see cref="MaxDepth"/> is refused with a
/// <see cref="TexException"/>, so no formula can take the stack.
/// </summary>
internal sealed partial class TexParser : IDisposable
{
    /// <summary>Braces, fences, fractions and scripts inside one another: real formulas stay under a dozen.</summary>
    public const int MaxDepth = 48;

    private readonly string _tex;
    private readonly TexTokens _tokens;
    private readonly FenceMatcher _fences;

    /// <summary>The pieces of the groups being read, innermost last; each group takes its own when it ends.</summary>
    private readonly PieceStack _pieces = new();
    private int _at;
    private int _depth;

    private TexParser(string tex)
    {
        _tex = tex;
        _tokens = TexTokenizer.Tokenize(tex);
        _fences = new FenceMatcher(_tokens);
    }

    public static IReadOnlyList<MathNode> Parse(string tex)
    {
        using var parser = new TexParser(tex);
        var nodes = parser.List(parser._tokens.Count);
        if (parser._at < parser._tokens.Count)
        {
            throw new TexException(Unexpected(parser.Current));
        }

        return nodes;
    }

    public void Dispose()
    {
        _pieces.Dispose();
        _fences.Dispose();
        _tokens.Dispose();
    }

    private ref readonly TexToken Current => ref _tokens[_at];

    private bool AtEnd(int end) => _at >= end;

    /// <summary>Pieces up to <paramref name="end"/> or up to what ends a group, a cell or a fence.</summary>
    private MathNode[] List(int end)
    {
        var start = _pieces.Count;
        ListOnto(end);
        return _pieces.Take(start);
    }

    /// <summary>
    /// <see cref="List"/>, with the pieces left on <see cref="_pieces"/> after those there before, so that a
    /// fenced group can gather the pieces between its fences into one array.
    /// </summary>
    private void ListOnto(int end)
    {
        var start = _pieces.Count;
        while (!AtEnd(end) && !FenceMatcher.IsStop(Current))
        {
            if (Current.Kind == TexTokenKind.Command && TexCommands.IsIgnored(Current.Text))
            {
                _at++;
                continue;
            }

            if (Current.IsCommand("tag") || Current.IsCommand("label"))
            {
                // An equation's number or label, which texmath does not show.
                _at++;
                GroupItems(end);
                continue;
            }

            if (Current.IsCommand("choose"))
            {
                // {n \choose k}: what comes before over what comes after, in parentheses.
                _at++;
                var above = RowNode.Of(_pieces.Take(start));
                Enter();
                var below = List(end);
                Leave();
                _pieces.Push(new FractionNode(above, RowNode.Of(below), FractionStyle.Binomial));
                return;
            }

            _pieces.Push(Expression(end));
        }
    }

    /// <summary>One piece with the scripts that follow it.</summary>
    private MathNode Expression(int end)
    {
        Enter();
        var (atom, limitsInDisplay) = Atom(end, bare: true, wholeNumber: true);
        var limits = (bool?)null;
        if (!AtEnd(end) && (Current.IsCommand("limits") || Current.IsCommand("nolimits")))
        {
            limits = Current.Text == "limits";
            _at++;
        }

        MathNode? sub = null;
        MathNode? super = null;
        while (!AtEnd(end) && Current.Kind is TexTokenKind.Subscript or TexTokenKind.Superscript)
        {
            var isSub = Current.Kind == TexTokenKind.Subscript;
            if ((isSub ? sub : super) is not null)
            {
                throw new TexException(isSub ? "double subscript" : "double superscript");
            }

            _at++;
            if (AtEnd(end) || FenceMatcher.IsStop(Current))
            {
                throw new TexException(isSub ? "a subscript is missing after _" : "a superscript is missing after ^");
            }

            var script = Argument(end, wholeNumber: true);
            (sub, super) = isSub ? (script, super) : (sub, script);
        }

        Leave();
        if (sub is null && super is null)
        {
            return atom;
        }

        var alwaysUnder = atom is AccentNode { Mark: SymbolNode { Text: "⏞" or "⏟" } };
        var placement = limits switch
        {
            true => ScriptPlacement.Limits,
            false => ScriptPlacement.Beside,
            null when alwaysUnder => ScriptPlacement.Limits,
            null when limitsInDisplay => ScriptPlacement.LimitsInDisplay,
            _ => ScriptPlacement.Beside,
        };
        return new ScriptsNode(atom, sub, super, placement);
    }

    /// <summary>
    /// The argument of a command or a script: one token, or a braced group. A command takes one digit
    /// (<c>\frac12</c> is ½), a script a whole number (<c>x^23</c>), as in texmath.
    /// </summary>
    private MathNode Argument(int end, bool wholeNumber = false)
    {
        if (AtEnd(end) || FenceMatcher.IsStop(Current) || Current.Kind is TexTokenKind.Subscript or TexTokenKind.Superscript)
        {
            throw new TexException(AtEnd(end) ? "an argument is missing at the end of the formula" : $"an argument is missing before {Describe(Current)}");
        }

        Enter();
        var (node, _) = Atom(end, bare: false, wholeNumber);
        Leave();
        return node;
    }

    /// <summary>A braced group's pieces, for commands that take a group (<c>\mathbf{…}</c>).</summary>
    private MathNode[] GroupItems(int end)
    {
        if (!AtEnd(end) && Current.Kind == TexTokenKind.OpenBrace)
        {
            var close = _fences.Partner(_at);
            if (close < 0)
            {
                throw new TexException("a { is never closed");
            }

            _at++;
            Enter();
            var items = List(close);
            Leave();
            Expect(close);
            return items;
        }

        return [Argument(end)];
    }

    /// <summary>One piece without its scripts, and whether its scripts go under and over it in display math.</summary>
    private (MathNode Node, bool LimitsInDisplay) Atom(int end, bool bare, bool wholeNumber)
    {
        var token = Current;
        switch (token.Kind)
        {
            case TexTokenKind.OpenBrace:
                return (RowNode.Of(GroupItems(end)), false);
            case TexTokenKind.Subscript or TexTokenKind.Superscript when bare:
                // A script with nothing before it (^2 x) is a script on an empty base, as in texmath.
                return (new IdentifierNode(string.Empty), false);
            case TexTokenKind.Char:
                return Character(end, wholeNumber);
            case TexTokenKind.Command:
                _at++;
                return Command(token, end);
            default:
                throw new TexException(Unexpected(token));
        }
    }

    private (MathNode, bool) Character(int end, bool wholeNumber)
    {
        var token = Current;
        var text = token.Text;
        var c = text[0];
        if (char.IsAsciiDigit(c) || (c == '.' && _at + 1 < end && IsDigitAt(_at + 1) && Touch(_at)))
        {
            return (Number(wholeNumber ? end : _at + 1), false);
        }

        _at++;
        if (char.IsAsciiLetter(c))
        {
            return (IdentifierNode.Of(text), false);
        }

        switch (c)
        {
            case '(' or '[' or '|':
                var close = _fences.Closer(_at - 1);
                if (close < 0 || close >= end)
                {
                    return (new SymbolNode(SymbolKind.Open, text), false);
                }

                Enter();
                var items = List(close);
                Leave();
                Expect(close);
                return (new FencedNode(text, _tokens[close].Text, items), false);
            case ')' or ']':
                return (new SymbolNode(SymbolKind.Close, text), false);
            case '\'':
                var primes = 1;
                while (!AtEnd(end) && Current.IsChar('\'') && primes < 4)
                {
                    primes++;
                    _at++;
                }

                return (new SymbolNode(SymbolKind.Ordinary, primes switch { 1 => "′", 2 => "″", 3 => "‴", _ => "⁗" }), false);
            case '~':
                return (new SpaceNode("0.222em"), false);
            case ':' when !AtEnd(end) && Current.IsChar('=') && Touch(_at - 1):
                _at++;
                return (new SymbolNode(SymbolKind.Operator, ":="), true);
            case '+' or '*' or '=' or '<' or '>' or ':':
                return (new SymbolNode(SymbolKind.Operator, text), true);
            case '-':
                return (new SymbolNode(SymbolKind.Operator, "−"), true);
            case ',' or ';':
                return (new SymbolNode(SymbolKind.Operator, text), false);
            case '!' or '?' or '.' or '/' or '@' or '"':
                return (new SymbolNode(SymbolKind.Ordinary, text), false);
            case '#' or '$':
                throw new TexException($"'{c}' cannot stand in a formula; write \\{c}");
        }

        if (char.IsAscii(c))
        {
            throw new TexException($"'{c}' cannot stand in a formula");
        }

        // Any other character, typed as such (α, ≤, ∞): what its command would be, or else a letter is
        // an identifier and a symbol or punctuation an operator.
        if (TexSymbols.FindCharacter(text) is { } symbol)
        {
            return (symbol, symbol.Limits);
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(text, 0);
        return category switch
        {
            UnicodeCategory.DecimalDigitNumber => (new NumberNode(text), false),
            UnicodeCategory.MathSymbol or UnicodeCategory.DashPunctuation or UnicodeCategory.OtherPunctuation => (new SymbolNode(SymbolKind.Operator, text), false),
            _ => (new IdentifierNode(text), false),
        };
    }

    /// <summary>Digits, with a decimal point when digits follow it (3.14, .5).</summary>
    private NumberNode Number(int end)
    {
        var start = _at;
        var last = _at;
        if (_tokens[_at].IsChar('.'))
        {
            last++;
        }

        while (last + 1 < end && IsDigitAt(last + 1) && Touch(last))
        {
            last++;
        }

        if (last + 2 < end && _tokens[last + 1].IsChar('.') && IsDigitAt(last + 2) && Touch(last) && Touch(last + 1))
        {
            last += 2;
            while (last + 1 < end && IsDigitAt(last + 1) && Touch(last))
            {
                last++;
            }
        }

        _at = last + 1;
        // The tokens of a number touch one another, so it is the formula's text from the first to the last.
        return new NumberNode(last == start ? _tokens[start].Text : _tex[_tokens[start].Start.._tokens[last].End]);
    }

    /// <summary>Whether a token is written right against the next (digits apart are numbers apart).</summary>
    private bool Touch(int index) => _tokens[index].End == _tokens[index + 1].Start;

    private bool IsDigitAt(int index) => _tokens[index] is { Kind: TexTokenKind.Char, Text: [var d] } && char.IsAsciiDigit(d);

    private void Expect(int close)
    {
        if (_at != close)
        {
            throw new TexException(_at < _tokens.Count ? Unexpected(Current) : "a group is never closed");
        }

        _at++;
    }

    private void Enter()
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        if (++_depth > MaxDepth)
        {
            throw new TexException($"the formula is nested more than {MaxDepth} levels deep");
        }
    }

    private void Leave() => _depth--;

    private static string Unexpected(TexToken token) => token.Kind switch
    {
        TexTokenKind.CloseBrace => "a } closes nothing",
        TexTokenKind.Ampersand => "& outside a matrix or an alignment",
        TexTokenKind.Command when token.Text == "\\" => "\\\\ outside a matrix or an alignment",
        TexTokenKind.Command when token.Text == "right" => "\\right without \\left",
        TexTokenKind.Command when token.Text == "middle" => "\\middle without \\left",
        TexTokenKind.Command when token.Text == "end" => "\\end without \\begin",
        _ => $"unexpected {Describe(token)}",
    };

    private static string Describe(TexToken token) => token.Kind == TexTokenKind.Command ? "\\" + token.Text : token.Text;
}
