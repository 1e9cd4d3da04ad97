using System.Buffers;

namespace Blog.Content.Markdown.Mathematics;

/// <summary>
/// The pieces of the groups a parser is reading, in one array rented from the shared pool: a group puts
/// its pieces after those of the groups around it and, when it ends, takes them off in one array of
/// exactly their number, where a list per group would allocate and grow its own.
/// </summary>
internal sealed class PieceStack : IDisposable
{
    private MathNode[] _items = ArrayPool<MathNode>.Shared.Rent(16);

    public int Count { get; private set; }

    public void Push(MathNode node)
    {
        if (Count == _items.Length)
        {
            var larger = ArrayPool<MathNode>.Shared.Rent(_items.Length * 2);
            _items.AsSpan(0, Count).CopyTo(larger);
            ArrayPool<MathNode>.Shared.Return(_items, clearArray: true);
            _items = larger;
        }

        _items[Count++] = node;
    }

    /// <summary>The pieces from <paramref name="start"/> on, taken off the stack.</summary>
    public MathNode[] Take(int start)
    {
        var taken = _items.AsSpan(start, Count - start);
        var items = taken.ToArray();
        taken.Clear();
        Count = start;
        return items;
    }

    public void Dispose()
    {
        // Cleared, so that the pool keeps no formula's nodes alive.
        ArrayPool<MathNode>.Shared.Return(_items, clearArray: true);
        _items = [];
        Count = 0;
    }
}
