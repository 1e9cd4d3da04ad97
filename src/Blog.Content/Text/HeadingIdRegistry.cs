namespace Blog.Content.Text;

/// <summary>
/// Hands out heading ids for one document in reading order, numbering repeats the way pandoc does
/// (<c>intro</c>, <c>intro-1</c>, <c>intro-2</c>). One registry spans every language section of a
/// file, so ids match what pandoc gives the whole file and never collide between languages.
/// </summary>
internal sealed class HeadingIdRegistry
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    /// <summary>
    /// Records an id the author wrote (<c>{#id}</c>). It is kept as written the first time; written
    /// again (the same id in two language sections) it is numbered, because one page holds every
    /// language and an id may appear in it only once.
    /// </summary>
    public string Reserve(string explicitId) => Unique(explicitId);

    public string Assign(string headingText) => Unique(PandocIdentifier.From(headingText));

    private string Unique(string baseId)
    {
        var id = baseId;
        for (var n = 1; !_used.Add(id); n++)
        {
            id = $"{baseId}-{n}";
        }

        return id;
    }
}
