using System.Diagnostics;
using Blog.Content.Posts;
using Blog.Content.Text;
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
        var files = PostFiles.Find(postsPath)
            .Select(path => Path.GetRelativePath(postsPath, path).Replace('\\', '/'))
            .ToList();
        var outcomes = PostGroups.Of(files)
            .AsParallel()
            .AsOrdered()
            .Select(group => LoadGroup(parser, postsPath, group))
            .ToList();

        var failures = outcomes.SelectMany(o => o.Failures).ToList();
        var posts = KeepOnePerAddress(outcomes.Select(o => o.Post).OfType<Post>().ToList(), failures);
        failures.Sort((a, b) => StringComparer.Ordinal.Compare(a.File, b.File));
        return new LoadResult(posts, failures, stopwatch.Elapsed);
    }

    /// <summary>
    /// One post per language and slug. A published post wins over a draft, then the first path in
    /// ordinal order, so the same folder always gives the same winner.
    /// </summary>
    private List<Post> KeepOnePerAddress(List<Post> posts, List<LoadFailure> failures)
    {
        var owners = new Dictionary<string, Post>(StringComparer.Ordinal);
        var kept = new HashSet<Post>(ReferenceEqualityComparer.Instance);
        foreach (var post in posts.OrderBy(p => p.Draft).ThenBy(p => p.SourceFile, StringComparer.Ordinal))
        {
            var clash = post.Translations
                .Select(t => owners.GetValueOrDefault($"{t.Language}/{t.Slug}"))
                .FirstOrDefault(owner => owner is not null);
            if (clash is not null)
            {
                var duplicate = new LoadFailure(post.SourceFile, $"its slug '{post.Slug}' is already used by {clash.SourceFile}, which is kept");
                failures.Add(duplicate);
                LogSkipped(duplicate.File, duplicate.Problem);
                continue;
            }

            foreach (var translation in post.Translations)
            {
                owners[$"{translation.Language}/{translation.Slug}"] = post;
            }

            kept.Add(post);
        }

        return posts.Where(kept.Contains).ToList();
    }

    private (Post? Post, IReadOnlyList<LoadFailure> Failures) LoadGroup(PostParser parser, string root, PostGroup group)
    {
        var registry = new HeadingIdRegistry();
        var failures = new List<LoadFailure>();
        Post? post = null;

        if (group.MainFile is not null)
        {
            post = ParseOne(parser, root, group.MainFile, new PostParseContext(registry, null, false), failures);
        }

        foreach (var translationFile in group.TranslationFiles)
        {
            // Without a main file, the first translation file that parses is the post.
            var isMain = post is null;
            var inherited = post is null ? null : InheritedValues.From(post.Main);
            var part = ParseOne(parser, root, translationFile.Path, new PostParseContext(registry, translationFile.Language, !isMain, inherited), failures);
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

        return post with { Translations = [.. post.Translations, translation] };
    }

    /// <summary>
    /// A translation whose headings differ from the main language's is usually behind: tell the author
    /// once per post, naming the files.
    /// </summary>
    private void CheckTranslationHealth(Post post)
    {
        var main = post.Main;
        var behind = post.Translations.Skip(1).Where(t => !t.HeadingLevels.SequenceEqual(main.HeadingLevels)).ToList();
        if (behind.Count == 0)
        {
            return;
        }

        var files = string.Join(", ", post.Translations.Select(t => t.SourceFile).Distinct(StringComparer.Ordinal));
        var counts = string.Join(", ", post.Translations.Select(t => $"{t.Language} has {t.HeadingLevels.Count}"));
        LogTranslationBehind(files, counts);
    }

    private Post? ParseOne(PostParser parser, string root, string relative, PostParseContext context, List<LoadFailure> failures)
    {
        try
        {
            var bytes = File.ReadAllBytes(Path.Combine(root, relative));
            var result = parser.Parse(bytes, relative, context);
            foreach (var warning in result.Warnings)
            {
                LogWarning(relative, warning.Line ?? 1, warning.Column ?? 1, warning.Message);
            }

            return result.Post;
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

            failures.Add(new LoadFailure(relative, ex.Message, ex.Line, ex.Column));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var problem = $"the file could not be read: {ex.Message}";
            LogSkipped(relative, problem);
            failures.Add(new LoadFailure(relative, problem));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A parser bug must cost one post, not the site; the exception goes to the log for us.
            LogUnexpected(ex, relative);
            failures.Add(new LoadFailure(relative, $"the post could not be parsed ({ex.GetType().Name}: {ex.Message})"));
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Posts folder {PostsPath} does not exist; the site starts with no posts")]
    private partial void LogMissingFolder(string postsPath);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped post {File}: {Problem}")]
    private partial void LogSkipped(string file, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped post {File} at line {Line}, column {Column}: {Problem}")]
    private partial void LogSkippedAt(string file, int line, int column, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Post {File} at line {Line}, column {Column}: {Problem}")]
    private partial void LogWarning(string file, int line, int column, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Post {Files}: its translations differ in headings ({HeadingCounts}); a translation may be behind")]
    private partial void LogTranslationBehind(string files, string headingCounts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped post {File}: the parser failed")]
    private partial void LogUnexpected(Exception exception, string file);
}
