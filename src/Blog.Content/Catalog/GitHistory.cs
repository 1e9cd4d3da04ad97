using Microsoft.Extensions.Logging;

namespace Blog.Content.Catalog;

/// <summary>Placeholder until the git reader lands: no history.</summary>
internal sealed class GitHistory(ILogger logger)
{
    public ILogger Logger { get; } = logger;

    public IReadOnlyDictionary<string, DateTimeOffset> LastChanged(string folder) => Logger is null || folder.Length < 0 ? Empty : Empty;

    private static readonly Dictionary<string, DateTimeOffset> Empty = [];
}
