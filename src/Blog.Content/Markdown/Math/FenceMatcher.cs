using System.Buffers;

namespace Blog.Content.Markdown.Mathematics;

/// <summary>
/// Finds which bare <c>(</c>, <c>[</c> and <c>|</c> texmath closes. texmath tries each as the start of
/// a fenced group and backtracks when the group meets a closing fence of another shape, a cell's end or
/// the formula's end first, so <c>[0,1)</c> stays two loose fences while <c>f(x)</c> is a group; a bare
/// <c>|</c> inside a group that does not close it is tried as an opening fence. Here each start is
/// worked out once and remembered, and the whole search has a budget proportional to the formula,
/// where texmath's backtracking is exponential in the number of unclosed fences.
/// </summary>
internal sealed class FenceMatcher : IDisposable
{
    private const int Unknown = -2;
    private const int Unmatched = -1;

    /// <summary>How deep one search may nest before a fence is taken as loose (the parser refuses far less deep formulas anyway).</summary>
    private const int MaxDepth = 64;

    private readonly TexTokens _tokens;

    // Rented from the shared pool for as long as the formula is read, and longer than the formula's tokens.
    private int[] _partner;
    private int[] _closer;
    private long _steps;

    public FenceMatcher(TexTokens tokens)
    {
        _tokens = tokens;
        _partner = Partners(tokens);
        _closer = ArrayPool<int>.Shared.Rent(tokens.Count);
        Array.Fill(_closer, Unknown, 0, tokens.Count);
        _steps = 32L * tokens.Count + 10_000;
    }

    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(_partner);
        ArrayPool<int>.Shared.Return(_closer);
        _partner = [];
        _closer = [];
    }

    /// <summary>The token that closes the bracket, brace, <c>\left</c> or <c>\begin</c> at <paramref name="index"/>; -1 when none does.</summary>
    public int Partner(int index) => _partner[index];

    /// <summary>The token that closes the bare fence at <paramref name="index"/>, or -1 when it stays loose.</summary>
    public int Closer(int index) => Closer(index, 0);

    private int Closer(int index, int depth)
    {
        if (_closer[index] != Unknown)
        {
            return _closer[index];
        }

        if (depth > MaxDepth)
        {
            return Unmatched;
        }

        var want = _tokens[index].Text[0] switch
        {
            '(' => ')',
            '[' => ']',
            _ => '|',
        };
        var found = Unmatched;
        var at = index + 1;
        while (at < _tokens.Count && --_steps > 0)
        {
            ref readonly var token = ref _tokens[at];
            if (token.IsChar(want))
            {
                found = at;
                break;
            }

            if (token.IsChar(')') || token.IsChar(']') || IsStop(token))
            {
                break;
            }

            if (token.IsChar('(') || token.IsChar('[') || token.IsChar('|'))
            {
                var inner = Closer(at, depth + 1);
                at = inner >= 0 ? inner + 1 : at + 1;
            }
            else if (token.Kind == TexTokenKind.OpenBrace || token.IsCommand("left") || token.IsCommand("begin"))
            {
                if (_partner[at] < 0)
                {
                    break;
                }

                at = After(_partner[at]);
            }
            else if (TexCommands.IsScaler(token))
            {
                // \big( is a fence of its own, never part of a pair.
                at += 2;
            }
            else
            {
                at++;
            }
        }

        _closer[index] = found;
        return found;
    }

    /// <summary>The token after a closing brace, after <c>\right</c> and its fence, or after <c>\end{name}</c>.</summary>
    private int After(int closing)
    {
        ref readonly var token = ref _tokens[closing];
        if (token.IsCommand("right"))
        {
            return closing + 2;
        }

        if (token.IsCommand("end") && closing + 1 < _tokens.Count && _partner[closing + 1] >= 0)
        {
            return _partner[closing + 1] + 1;
        }

        return closing + 1;
    }

    /// <summary>Where a cell, a group or a fence ends, which no bare fence reaches across.</summary>
    public static bool IsStop(in TexToken token) =>
        token.Kind is TexTokenKind.CloseBrace or TexTokenKind.Ampersand
        || (token.Kind == TexTokenKind.Command && token.Text is "\\" or "end" or "right" or "middle");

    /// <summary>Pairs braces, <c>\left</c> with <c>\right</c> and <c>\begin</c> with <c>\end</c>, in one pass with a stack.</summary>
    private static int[] Partners(TexTokens tokens)
    {
        var partner = ArrayPool<int>.Shared.Rent(tokens.Count);
        Array.Fill(partner, Unmatched, 0, tokens.Count);

        // The openers not closed yet, as a stack: never more than the tokens.
        var open = ArrayPool<int>.Shared.Rent(tokens.Count);
        var opened = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            ref readonly var token = ref tokens[i];
            if (token.Kind == TexTokenKind.OpenBrace || token.IsCommand("left") || token.IsCommand("begin"))
            {
                open[opened++] = i;
                if (token.IsCommand("left"))
                {
                    // The fence after \left is not a brace even when it is \{.
                    i++;
                }

                continue;
            }

            var closes = token.Kind == TexTokenKind.CloseBrace ? TexTokenKind.OpenBrace
                : token.IsCommand("right") ? TexTokenKind.Command
                : token.IsCommand("end") ? TexTokenKind.Command
                : (TexTokenKind?)null;
            if (closes is null || opened == 0)
            {
                continue;
            }

            ref readonly var opener = ref tokens[open[opened - 1]];
            var pairs = token.Kind == TexTokenKind.CloseBrace ? opener.Kind == TexTokenKind.OpenBrace
                : token.IsCommand("right") ? opener.IsCommand("left")
                : opener.IsCommand("begin");
            if (pairs)
            {
                partner[open[--opened]] = i;
                partner[i] = -1;
            }

            if (token.IsCommand("right"))
            {
                i++;
            }
        }

        ArrayPool<int>.Shared.Return(open);
        return partner;
    }
}
