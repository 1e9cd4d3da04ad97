using System.Diagnostics;
using System.Text.Json;

namespace Blog.Tests.Support;

/// <summary>
/// The Nu Html Checker (npm's vnu-jar, run with Java). <c>.ci/run</c> installs it under
/// <c>.ci/tools</c>; <c>VNU_JAR</c> points elsewhere. Without it the validation tests are skipped,
/// except when <c>BLOG_REQUIRE_VALIDATOR=1</c> (CI), where its absence fails them.
/// </summary>
public static class NuChecker
{
    public const string SkipReason =
        "The Nu Html Checker is not installed: run 'npm install --prefix .ci/tools vnu-jar' (and have Java), or set VNU_JAR.";

    public static string? JarPath { get; } = Find();

    public static bool Required { get; } = Environment.GetEnvironmentVariable("BLOG_REQUIRE_VALIDATOR") == "1";

    /// <summary>Read by <c>[Fact(SkipUnless = ...)]</c>.</summary>
    public static bool Available => Required || JarPath is not null;

    /// <summary>Validates HTML documents and returns the errors, as "file: line: message".</summary>
    public static async Task<IReadOnlyList<string>> Errors(IReadOnlyDictionary<string, string> documents)
    {
        var jar = JarPath ?? throw new InvalidOperationException(SkipReason);
        var folder = Path.Combine(Path.GetTempPath(), "blog-vnu", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var files = new List<string>();
            foreach (var (name, html) in documents)
            {
                var file = Path.Combine(folder, name + ".html");
                await File.WriteAllTextAsync(file, html);
                files.Add(file);
            }

            // A run of seconds: the quick compiler alone and the simplest collector take a third of the
            // processor time the JVM's defaults (both compilers, parallel collector threads) would. Code from
            // the quick compiler uses more stack, and the checker's schema overflows the default 1 MB.
            var start = new ProcessStartInfo("java", ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss8m", "-jar", jar, "--errors-only", "--format", "json", .. files])
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            using var process = Process.Start(start)!;
            var report = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (!report.TrimStart().StartsWith('{'))
            {
                throw new InvalidOperationException($"the Nu checker (java, exit {process.ExitCode}) gave no report: {report}");
            }

            using var json = JsonDocument.Parse(report);
            return json.RootElement.GetProperty("messages").EnumerateArray()
                .Select(m => $"{Path.GetFileName(m.GetProperty("url").GetString())}:{(m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")
                .ToList();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("VNU_JAR") is { Length: > 0 } configured && File.Exists(configured))
        {
            return configured;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, ".ci", "tools", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
