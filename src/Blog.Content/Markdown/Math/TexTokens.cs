using System.Buffers;

namespace Blog.Content.Markdown.Mathematics;

/// <summary>
/// A formula's tokens, in an array rented from the shared pool for as long as the formula is read;
/// dispose it to give the array back.
/// </summary>
internal sealed class TexTokens(int capacity) : IDisposable
{
    private TexToken[] _items = ArrayPool<TexToken>.Shared.Rent(capacity);

    public int Count { get; private set; }

    /// <summary>The token at <paramref name="index"/>, read in place (a token is four fields).</summary>
    public ref readonly TexToken this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            return ref _items[index];
        }
    }

    public void Add(TexToken token)
    {
        if (Count == _items.Length)
        {
            var larger = ArrayPool<TexToken>.Shared.Rent(_items.Length * 2);
            _items.AsSpan(0, Count).CopyTo(larger);
            ArrayPool<TexToken>.Shared.Return(_items, clearArray: true);
            _items = larger;
        }

        _items[Count++] = token;
    }

    public void Dispose()
    {
        // Cleared, so that the pool keeps no formula's strings alive.
        ArrayPool<TexToken>.Shared.Return(_items, clearArray: true);
        _items = [];
        Count = 0;
    }
}
