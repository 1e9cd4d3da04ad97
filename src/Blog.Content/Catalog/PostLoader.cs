using System.Diagnostics;
using Blog.Content.Posts;
using Microsoft.Extensions.Logging;

namespace Blog.Content.Catalog;

/// <summary>
/// Reads and parses every post under a folder. A file that cannot be published is skipped with one
/// warning naming it and the problem; it never takes the other posts down.
/// </summary>
public sealed partial class PostLoader(ILogger<PostLoader> logger)
{
    public LoadResult Load(string postsPath, string defaultLanguage)
    {
        var stopwatch = Stopwatch.StartNew();
        if (!Directory.Exists(postsPath))
        {
            LogMissingFolder(postsPath);
            return new LoadResult([], [], stopwatch.Elapsed);
        }

        var parser = new PostParser(defaultLanguage);
        var files = PostFiles.Find(postsPath);
        var outcomes = files
            .AsParallel()
            .AsOrdered()
            .Select(file => ParseOne(parser, postsPath, file))
            .ToList();

        var posts = new List<Post>();
        var failures = new List<LoadFailure>();
        failures.AddRange(outcomes.Select(o => o.Failure).OfType<LoadFailure>());

        // One post per slug. A published post wins over a draft; then the first path in ordinal order,
        // so the same folder always gives the same winner.
        foreach (var claimants in outcomes
            .Select(o => o.Post)
            .OfType<Post>()
            .GroupBy(p => p.Slug, StringComparer.Ordinal))
        {
            var ranked = claimants.OrderBy(p => p.Draft).ThenBy(p => p.SourceFile, StringComparer.Ordinal).ToList();
            posts.Add(ranked[0]);
            foreach (var loser in ranked.Skip(1))
            {
                var duplicate = new LoadFailure(loser.SourceFile, $"its slug '{loser.Slug}' is already used by {ranked[0].SourceFile}, which is kept");
                failures.Add(duplicate);
                LogSkipped(duplicate.File, duplicate.Problem);
            }
        }

        failures.Sort((a, b) => StringComparer.Ordinal.Compare(a.File, b.File));

        return new LoadResult(posts, failures, stopwatch.Elapsed);
    }

    private (Post? Post, LoadFailure? Failure) ParseOne(PostParser parser, string root, string path)
    {
        var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
        try
        {
            var bytes = File.ReadAllBytes(path);
            var result = parser.Parse(bytes, relative);
            foreach (var warning in result.Warnings)
            {
                LogWarning(relative, warning.Line ?? 1, warning.Column ?? 1, warning.Message);
            }

            return (result.Post, null);
        }
        catch (PostFormatException ex)
        {
            if (ex.Line is { } line)
            {
                LogSkippedAt(relative, line, ex.Column ?? 1, ex.Message);
            }
            else
            {
                LogSkipped(relative, ex.Message);
            }

            return (null, new LoadFailure(relative, ex.Message, ex.Line, ex.Column));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var problem = $"the file could not be read: {ex.Message}";
            LogSkipped(relative, problem);
            return (null, new LoadFailure(relative, problem));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A parser bug must cost one post, not the site; the exception goes to the log for us.
            var problem = $"the post could not be parsed ({ex.GetType().Name}: {ex.Message})";
            LogUnexpected(ex, relative);
            return (null, new LoadFailure(relative, problem));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Posts folder {PostsPath} does not exist; the site starts with no posts")]
    private partial void LogMissingFolder(string postsPath);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped post {File}: {Problem}")]
    private partial void LogSkipped(string file, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped post {File} at line {Line}, column {Column}: {Problem}")]
    private partial void LogSkippedAt(string file, int line, int column, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Post {File} at line {Line}, column {Column}: {Problem}")]
    private partial void LogWarning(string file, int line, int column, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped post {File}: the parser failed")]
    private partial void LogUnexpected(Exception exception, string file);
}
