namespace Blog.Content.Markdown.Tables;

/// <summary>A stretch of the source text, <c>[Start, End)</c>: a line, or the part of one in a column.</summary>
internal readonly record struct Piece(int Start, int End)
{
    public int Length => End - Start;

    public Piece Trim(string text)
    {
        var (start, end) = (Start, End);
        while (start < end && text[start] is ' ' or '\t')
        {
            start++;
        }

        while (end > start && text[end - 1] is ' ' or '\t')
        {
            end--;
        }

        return new Piece(start, end);
    }

    public Piece TrimEnd(string text)
    {
        var end = End;
        while (end > Start && text[end - 1] is ' ' or '\t')
        {
            end--;
        }

        return this with { End = end };
    }

    public bool IsBlank(string text) => Trim(text).Length == 0;
}
