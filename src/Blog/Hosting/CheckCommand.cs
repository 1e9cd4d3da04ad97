using System.Text.Json;
using Blog.Content.Checking;
using Blog.Content.Catalog;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Blog.Hosting;

/// <summary>
/// <c>Blog check [--format text|json] [--strict]</c>: loads the posts and pages folders with the site's
/// own configuration (appsettings, environment, <c>--Blog:…=…</c> arguments), prints one line per
/// problem and exits 0 when every file publishes, 1 when any does not (with <c>--strict</c>, also when
/// there is a warning), 2 when the configuration itself is wrong. It starts no server.
/// </summary>
internal static class CheckCommand
{
    public static int Run(string[] args)
    {
        var json = false;
        var strict = false;
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--strict")
            {
                strict = true;
            }
            else if (args[i] == "--format" && i + 1 < args.Length)
            {
                json = args[++i] == "json";
            }
            else if (args[i] is "--format=json")
            {
                json = true;
            }
            else
            {
                rest.Add(args[i]);
            }
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [.. rest], ContentRootPath = ContentRoot.Choose() });
        builder.Services.AddOptions<BlogOptions>().BindConfiguration(BlogOptions.Section);
        builder.Services.AddSingleton<IValidateOptions<BlogOptions>, BlogOptionsValidator>();
        builder.Services.AddSingleton<SiteSettings>();
        using var app = builder.Build();

        SiteSettings settings;
        try
        {
            settings = app.Services.GetRequiredService<SiteSettings>();
        }
        catch (OptionsValidationException ex)
        {
            foreach (var failure in ex.Failures)
            {
                Console.Error.WriteLine($"configuration: error: {failure}");
            }

            return 2;
        }

        var web = app.Environment.WebRootFileProvider;
        var result = new SiteLoader(NullLoggerFactory.Instance).Load(FolderPostSource.Sources(
            settings, app.Services.GetRequiredService<IOptions<BlogOptions>>().Value, web));
        var pagesFolder = Path.GetFileName(Path.TrimEndingDirectorySeparator(settings.PagesPath)) + "/";
        var siteHost = settings.BaseUrl is { } baseUrl ? new Uri(baseUrl).Host : null;
        var problems = SiteCheck.Run(result, TimeProvider.System.GetUtcNow(), path => IsSiteRoute(path, web), pagesFolder, siteHost)
            .Select(p => p with { File = Shown(p.File, settings) })
            .ToList();

        var errors = problems.Count(p => p.Severity == CheckSeverity.Error);
        if (json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(
                new
                {
                    posts = result.Posts.Count,
                    pages = result.Pages.Count,
                    errors,
                    problems = problems.Select(p => new { file = p.File, line = p.Line, column = p.Column, severity = p.Severity.ToString().ToLowerInvariant(), message = p.Message }),
                },
                JsonOptions));
        }
        else
        {
            foreach (var problem in problems)
            {
                Console.Out.WriteLine(problem.ToString());
            }

            Console.Out.WriteLine(
                $"check: {result.Posts.Count} posts and {result.Pages.Count} pages read; {errors} errors, {problems.Count(p => p.Severity == CheckSeverity.Warning)} warnings, {problems.Count(p => p.Severity == CheckSeverity.Note)} notes");
        }

        return errors > 0 || (strict && problems.Any(p => p.Severity == CheckSeverity.Warning)) ? 1 : 0;
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Files named from the folder that holds them (<c>posts/a.md</c>, <c>pages/resume.md</c>), as the author sees them.</summary>
    private static string Shown(string file, SiteSettings settings)
    {
        var pages = Path.GetFileName(Path.TrimEndingDirectorySeparator(settings.PagesPath)) + "/";
        return file.StartsWith(pages, StringComparison.Ordinal) ? file : Path.GetFileName(Path.TrimEndingDirectorySeparator(settings.PostsPath)) + "/" + file;
    }

    /// <summary>The site's own addresses the catalog does not hold: lists, tags, feeds, and files of the web root.</summary>
    private static bool IsSiteRoute(string path, Microsoft.Extensions.FileProviders.IFileProvider web)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length == 0
            || (segments.Length == 1 && Blog.Content.Languages.LanguageRegistry.IsKnown(segments[0]))
            || (segments.Length >= 2 && Routing.SiteRoutes.AfterLanguage.Contains(segments[1]) && segments[1] != "posts")
            || (Routing.SiteRoutes.AtRoot.Contains(segments[0]) && segments[0] != "posts")
            || web.GetFileInfo(path).Exists;
    }
}
