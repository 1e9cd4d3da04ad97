namespace Blog.Content.Checking;

/// <summary>How much a problem matters: an error keeps a file off the site; the rest are published anyway.</summary>
public enum CheckSeverity
{
    Error,
    Warning,
    Note,
}

/// <summary>One thing the author should know about one file, where in it, and what to do.</summary>
public sealed record CheckProblem(string File, int? Line, int? Column, CheckSeverity Severity, string Message)
{
    /// <summary><c>posts/a.md:12:3: error: …</c>, the shape compilers use, which editors and CI turn into links.</summary>
    public override string ToString()
    {
        var where = Line is { } line ? $"{File}:{line}:{Column ?? 1}" : File;
        return $"{where}: {Severity.ToString().ToLowerInvariant()}: {Message}";
    }
}
