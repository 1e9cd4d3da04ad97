namespace Blog.Content.Text;

/// <summary>
/// Hands out heading ids for one document in reading order, numbering repeats the way pandoc does
/// (<c>intro</c>, <c>intro-1</c>, <c>intro-2</c>). One registry spans every language section of a
/// file, so ids match what pandoc gives the whole file and never collide between languages.
/// </summary>
internal sealed class HeadingIdRegistry
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    // The next number to try for each base id. Pandoc tries -1, -2, ... from the start each time, which
    // is quadratic in the repeats (100,000 "## Same" took minutes); ids are only ever added, so every
    // number below the one reached last time is still taken, and resuming there gives pandoc's answer.
    private readonly Dictionary<string, int> _nextSuffix = new(StringComparer.Ordinal);

    /// <summary>
    /// Records an id the author wrote (<c>{#id}</c>). It is kept as written the first time; written
    /// again (the same id in two language sections) it is numbered, because one page holds every
    /// language and an id may appear in it only once.
    /// </summary>
    public string Reserve(string explicitId) => Unique(explicitId);

    public string Assign(string headingText) => Unique(PandocIdentifier.From(headingText));

    private string Unique(string baseId)
    {
        if (_used.Add(baseId))
        {
            return baseId;
        }

        var n = _nextSuffix.GetValueOrDefault(baseId, 1);
        var id = $"{baseId}-{n}";
        while (!_used.Add(id))
        {
            id = $"{baseId}-{++n}";
        }

        _nextSuffix[baseId] = n + 1;
        return id;
    }
}
