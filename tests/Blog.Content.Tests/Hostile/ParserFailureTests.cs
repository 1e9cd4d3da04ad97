using Blog.Content.Catalog;
using Blog.Content.Tests.Support;
using Blog.Testing;
using Microsoft.Extensions.Logging;

namespace Blog.Content.Tests.Hostile;

/// <summary>
/// Whatever goes wrong while one file is parsed, even running out of memory on one huge allocation,
/// costs that file: it is named in the log and among the failures, and the other posts load.
/// </summary>
public sealed class ParserFailureTests : IDisposable
{
    private readonly TempPostsFolder _folder = new();
    private readonly CollectingLogger<PostLoader> _log = new();

    public ParserFailureTests()
    {
        _folder.Write("good.md", Samples.SingleLanguagePost("Good", "2025-01-01"));
        _folder.Write("boom.md", "---\ntitle: Boom\n---\n\n![A picture](/images/boom.png)\n");
    }

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(typeof(OutOfMemoryException), "more memory than the server can give it")]
    [InlineData(typeof(InsufficientExecutionStackException), "nested too deeply")]
    [InlineData(typeof(InvalidOperationException), "could not be parsed")]
    public void A_failure_thrown_while_parsing_one_file_costs_only_that_file(Type exceptionType, string reason)
    {
        // Measuring the picture is part of parsing the post: a failure there is a failure inside the parse.
        var siteFiles = new MemorySiteFiles(
            new Dictionary<string, byte[]?>(),
            path => path == "/images/boom.png" ? (Exception)Activator.CreateInstance(exceptionType)! : null);

        var result = new PostLoader(_log).Load(_folder.Path, "en", siteFiles);

        Assert.Equal(["good"], result.Posts.Select(p => p.Slug));
        var failure = Assert.Single(result.Failures);
        Assert.Equal("boom.md", failure.File);
        Assert.Contains(reason, failure.Problem, StringComparison.Ordinal);
        Assert.False(failure.Transient);
        Assert.Contains(_log.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("boom.md", StringComparison.Ordinal));
    }
}
