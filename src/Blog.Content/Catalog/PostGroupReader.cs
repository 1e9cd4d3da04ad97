using Blog.Content.Posts;
using Blog.Content.Text;
using Microsoft.Extensions.Logging;

namespace Blog.Content.Catalog;

/// <summary>
/// Reads and parses the files of one post into one <see cref="Post"/>: the main file, then each
/// translation file added as a language. Failures and warnings are returned, for the loader to report
/// (it knows whether an earlier version is still being served, and what it has already said).
/// </summary>
/// <param name="stamps">The folder listing: each file's size decides whether it is read at all.</param>
internal sealed partial class PostGroupReader(
    PostParser parser, string root, IReadOnlyDictionary<string, FileStamp> stamps, long maxPostBytes, ILogger logger)
{
    public GroupOutcome Read(PostGroup group)
    {
        try
        {
            return ReadFiles(group);
        }
        catch (Exception ex)
        {
            // Only joining the parsed files is left to fail here; it must still cost this post alone.
            LogUnexpected(ex, group.Key);
            return new GroupOutcome(null, group.Files.Select(file => new LoadFailure(file, Describe(ex))).ToList(), []);
        }
    }

    private GroupOutcome ReadFiles(PostGroup group)
    {
        var registry = new HeadingIdRegistry();
        var renderings = new Markdown.SharedRenderings();
        var failures = new List<LoadFailure>();
        var warnings = new List<ReadWarning>();
        Post? post = null;

        if (group.MainFile is not null)
        {
            post = ParseOne(group.MainFile, new PostParseContext(registry, null, false) { Renderings = renderings }, failures, warnings);
        }

        foreach (var translationFile in group.TranslationFiles)
        {
            // Without a main file, the first translation file that parses is the post.
            var isMain = post is null;
            var inherited = post is null ? null : InheritedValues.From(post.Main);
            var part = ParseOne(translationFile.Path, new PostParseContext(registry, translationFile.Language, !isMain, inherited) { Renderings = renderings }, failures, warnings);
            if (part is not null)
            {
                post = isMain ? part : AddTranslation(post!, part, translationFile, warnings);
            }
        }

        if (post is not null && TranslationHealth(post) is { } behind)
        {
            warnings.Add(behind);
        }

        return new GroupOutcome(post, failures, warnings);
    }

    private static Post AddTranslation(Post post, Post part, TranslationFile file, List<ReadWarning> warnings)
    {
        var translation = part.Main;
        if (post.In(translation.Language) is { } existing)
        {
            warnings.Add(new ReadWarning(file.Path, $"{existing.SourceFile} already has a '{translation.Language}' version; this file is not used", 1, 1));
            return post;
        }

        // The post changed when any of its languages did.
        return post with
        {
            Translations = [.. post.Translations, translation],
            Updated = Later(post.Updated, part.Updated),
            Written = Later(post.Written, part.Written),
        };

        static DateTimeOffset? Later(DateTimeOffset? a, DateTimeOffset? b) => a is null || b > a ? b : a;
    }

    /// <summary>A translation whose headings differ from the main language's is usually behind: tell the author, naming the files.</summary>
    private static ReadWarning? TranslationHealth(Post post)
    {
        var main = post.Main;
        if (post.Translations.Skip(1).All(t => t.HeadingLevels.SequenceEqual(main.HeadingLevels)))
        {
            return null;
        }

        var files = string.Join(", ", post.Translations.Select(t => t.SourceFile).Distinct(StringComparer.Ordinal));
        var counts = string.Join(", ", post.Translations.Select(t => $"{t.Language} has {t.HeadingLevels.Count}"));
        return new ReadWarning(files, $"its translations differ in headings ({counts}); a translation may be behind");
    }

    private Post? ParseOne(string relative, PostParseContext context, List<LoadFailure> failures, List<ReadWarning> warnings)
    {
        try
        {
            var stamp = stamps[relative];
            var bytes = PostFileReader.Read(Path.Combine(root, relative), stamp.Length, maxPostBytes);
            var result = parser.Parse(bytes, relative, context with { LastWrite = new DateTimeOffset(stamp.LastWriteUtc, TimeSpan.Zero) });
            foreach (var warning in result.Warnings)
            {
                warnings.Add(new ReadWarning(relative, warning.Message, warning.Line ?? 1, warning.Column ?? 1));
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
        catch (Exception ex)
        {
            // A parser bug, or one file needing more memory or stack than there is (one huge allocation,
            // nesting the guards did not foresee), must cost that post, not the site. Not transient: the
            // same file would fail the same way, so it is read again when it changes.
            LogUnexpected(ex, relative);
            failures.Add(new LoadFailure(relative, Describe(ex)));
        }

        return null;
    }

    private static string Describe(Exception ex) => ex switch
    {
        OutOfMemoryException => $"the post needs more memory than the server can give it ({ex.GetType().Name}); make it smaller or split it",
        InsufficientExecutionStackException => $"the post is nested too deeply to render ({ex.GetType().Name})",
        _ => $"the post could not be parsed ({ex.GetType().Name}: {ex.Message})",
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "Skipped post {File}: the parser failed")]
    private partial void LogUnexpected(Exception exception, string file);
}
