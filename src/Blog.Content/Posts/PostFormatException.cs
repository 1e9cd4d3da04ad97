namespace Blog.Content.Posts;

/// <summary>
/// A post file that cannot be published as written. The message is for the author: it says what is
/// wrong in their words, and <see cref="Line"/>/<see cref="Column"/> say where (1-based, in the file).
/// </summary>
public sealed class PostFormatException : Exception
{
    public PostFormatException(string message, int? line = null, int? column = null, Exception? inner = null)
        : base(message, inner)
    {
        Line = line;
        Column = column;
    }

    public PostFormatException()
    {
    }

    public PostFormatException(string message)
        : base(message)
    {
    }

    public PostFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int? Line { get; }

    public int? Column { get; }
}
