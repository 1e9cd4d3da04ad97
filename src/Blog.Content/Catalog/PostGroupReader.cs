using Blog.Content.Posts;
using Blog.Content.Text;
using Microsoft.Extensions.Logging;

namespace Blog.Content.Catalog;

/// <summary>
/// Reads and parses the files of one post into one <see cref="Post"/>: the main file, then each
/// translation file added as a language. Warnings go to the log; failures are returned, for the
/// loader to report (it knows whether an earlier version is still being served).
/// </summary>
internal sealed partial class PostGroupReader(PostParser parser, string root, ILogger logger)
{
    private static readonly TimeSpan[] ReadRetries = [TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(150), TimeSpan.FromMilliseconds(400)];

    public (Post? Post, IReadOnlyList<LoadFailure> Failures) Read(PostGroup group)
    {
        var registry = new HeadingIdRegistry();
        var failures = new List<LoadFailure>();
        Post? post = null;

        if (group.MainFile is not null)
        {
            post = ParseOne(group.MainFile, new PostParseContext(registry, null, false) { LastWrite = LastWrite(group.MainFile) }, failures);
        }

        foreach (var translationFile in group.TranslationFiles)
        {
            // Without a main file, the first translation file that parses is the post.
            var isMain = post is null;
            var inherited = post is null ? null : InheritedValues.From(post.Main);
            var part = ParseOne(
                translationFile.Path,
                new PostParseContext(registry, translationFile.Language, !isMain, inherited) { LastWrite = LastWrite(translationFile.Path) },
                failures);
            if (part is not null)
            {
                post = isMain ? part : AddTranslation(post!, part, translationFile);
            }
        }

        if (post is not null)
        {
            CheckTranslationHealth(post);
        }

        return (post, failures);
    }

    private Post AddTranslation(Post post, Post part, TranslationFile file)
    {
        var translation = part.Main;
        if (post.In(translation.Language) is { } existing)
        {
            LogWarning(file.Path, 1, 1, $"{existing.SourceFile} already has a '{translation.Language}' version; this file is not used");
            return post;
        }

        // The post changed when any of its languages did.
        var updated = part.Updated > post.Updated ? part.Updated : post.Updated;
        return post with { Translations = [.. post.Translations, translation], Updated = updated };
    }

    /// <summary>
    /// A translation whose headings differ from the main language's is usually behind: tell the author
    /// once per post, naming the files.
    /// </summary>
    private void CheckTranslationHealth(Post post)
    {
        var main = post.Main;
        if (post.Translations.Skip(1).All(t => t.HeadingLevels.SequenceEqual(main.HeadingLevels)))
        {
            return;
        }

        var files = string.Join(", ", post.Translations.Select(t => t.SourceFile).Distinct(StringComparer.Ordinal));
        var counts = string.Join(", ", post.Translations.Select(t => $"{t.Language} has {t.HeadingLevels.Count}"));
        LogTranslationBehind(files, counts);
    }

    private DateTimeOffset? LastWrite(string relative)
    {
        var info = new FileInfo(Path.Combine(root, relative));
        return info.Exists ? new DateTimeOffset(info.LastWriteTimeUtc, TimeSpan.Zero) : null;
    }

    private Post? ParseOne(string relative, PostParseContext context, List<LoadFailure> failures)
    {
        try
        {
            var result = parser.Parse(ReadWithRetries(Path.Combine(root, relative)), relative, context);
            foreach (var warning in result.Warnings)
            {
                LogWarning(relative, warning.Line ?? 1, warning.Column ?? 1, warning.Message);
            }

            return result.Post;
        }
        catch (PostFormatException ex)
        {
            failures.Add(new LoadFailure(relative, ex.Message, ex.Line, ex.Column));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The message names the file by its full path; the author (and /healthz/ready) need only the relative one.
            var message = ex.Message.Replace(Path.Combine(root, relative), relative, StringComparison.Ordinal);
            failures.Add(new LoadFailure(relative, $"the file could not be read: {message}", Transient: true));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A parser bug must cost one post, not the site; the exception goes to the log for us.
            LogUnexpected(ex, relative);
            failures.Add(new LoadFailure(relative, $"the post could not be parsed ({ex.GetType().Name}: {ex.Message})"));
        }

        return null;
    }

    /// <summary>
    /// An editor may still hold the file, or be half way through writing it: try again shortly before
    /// calling it unreadable.
    /// </summary>
    private static byte[] ReadWithRetries(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return File.ReadAllBytes(path);
            }
            catch (IOException) when (attempt < ReadRetries.Length && File.Exists(path))
            {
                Thread.Sleep(ReadRetries[attempt]);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Post {File} at line {Line}, column {Column}: {Problem}")]
    private partial void LogWarning(string file, int line, int column, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Post {Files}: its translations differ in headings ({HeadingCounts}); a translation may be behind")]
    private partial void LogTranslationBehind(string files, string headingCounts);

    [LoggerMessage(Level = LogLevel.Error, Message = "Skipped post {File}: the parser failed")]
    private partial void LogUnexpected(Exception exception, string file);
}
