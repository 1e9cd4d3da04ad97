using System.Text.Json;
using Microsoft.Playwright;

namespace Blog.BrowserTests.Support;

/// <summary>
/// axe-core, the accessibility checker, from npm (<c>.ci/run</c> installs it under <c>.ci/tools</c>;
/// <c>AXE_CORE</c> points elsewhere). Without it the accessibility tests are skipped, except when
/// <c>BLOG_REQUIRE_BROWSER=1</c> (CI), where its absence fails them.
/// </summary>
public static class Axe
{
    public const string SkipReason =
        "Chromium or axe-core is missing: run 'npm install --prefix .ci/tools axe-core' and install chromium, or set AXE_CORE.";

    public static string? ScriptPath { get; } = Find();

    /// <summary>Read by <c>[Fact(SkipUnless = ...)]</c>.</summary>
    public static bool Available => Chromium.Required || (Chromium.Available && ScriptPath is not null);

    /// <summary>The violations axe finds in the page, as "rule: nodes".</summary>
    public static async Task<IReadOnlyList<string>> Violations(IPage page)
    {
        await page.AddScriptTagAsync(new() { Path = ScriptPath ?? throw new InvalidOperationException(SkipReason) });
        var result = await page.EvaluateAsync<JsonElement>("axe.run(document, { resultTypes: ['violations'] })");
        return result.GetProperty("violations").EnumerateArray()
            .Select(v => $"{v.GetProperty("id").GetString()}: {string.Join(", ", v.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("html").GetString()))}")
            .ToList();
    }

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("AXE_CORE") is { Length: > 0 } configured && File.Exists(configured))
        {
            return configured;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, ".ci", "tools", "node_modules", "axe-core", "axe.min.js");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
