using System.Collections.Immutable;

namespace Blog.Content.Catalog;

/// <summary>
/// A read-only map by string key: a large base, never written after it is made, under a small
/// persistent layer of changes (a null in the layer hides the base's entry). A catalog patched for one
/// edit then costs the edit's keys, not a copy of tens of thousands of entries, and the snapshots that
/// readers still hold keep their own layers. Once the layer has grown past a fraction of the base, the
/// next change folds both into a new base: rare, and paid for by the edits before it.
/// </summary>
internal sealed class LayeredMap<TValue>
    where TValue : class
{
    private const int MinimumLayer = 1024;

    private readonly Dictionary<string, TValue> _base;
    private readonly ImmutableDictionary<string, TValue?> _layer;

    public LayeredMap(Dictionary<string, TValue> entries)
        : this(entries, ImmutableDictionary.Create<string, TValue?>(StringComparer.Ordinal), entries.Count)
    {
    }

    private LayeredMap(Dictionary<string, TValue> entries, ImmutableDictionary<string, TValue?> layer, int count)
    {
        _base = entries;
        _layer = layer;
        Count = count;
    }

    public int Count { get; }

    public TValue? Find(string key) =>
        _layer.TryGetValue(key, out var changed) ? changed : _base.GetValueOrDefault(key);

    public bool Contains(string key) => Find(key) is not null;

    /// <summary>Every entry, in no particular order (for tests and checks, not for requests).</summary>
    public IEnumerable<KeyValuePair<string, TValue>> Entries =>
        _base.Where(e => !_layer.ContainsKey(e.Key))
            .Concat(_layer.Where(e => e.Value is not null).Select(e => KeyValuePair.Create(e.Key, e.Value!)));

    /// <summary>The map with each key given set to its value, or taken out where the value is null.</summary>
    public LayeredMap<TValue> With(IEnumerable<KeyValuePair<string, TValue?>> changes)
    {
        var layer = _layer.ToBuilder();
        var count = Count;
        foreach (var (key, value) in changes)
        {
            var had = layer.TryGetValue(key, out var changed) ? changed is not null : _base.ContainsKey(key);
            count += (value is not null ? 1 : 0) - (had ? 1 : 0);
            if (value is null && !_base.ContainsKey(key))
            {
                layer.Remove(key);
            }
            else
            {
                layer[key] = value;
            }
        }

        if (layer.Count <= Math.Max(MinimumLayer, _base.Count / 8))
        {
            return new LayeredMap<TValue>(_base, layer.ToImmutable(), count);
        }

        var folded = new Dictionary<string, TValue>(_base, StringComparer.Ordinal);
        foreach (var (key, value) in layer)
        {
            if (value is null)
            {
                folded.Remove(key);
            }
            else
            {
                folded[key] = value;
            }
        }

        return new LayeredMap<TValue>(folded);
    }
}
