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
    private const string InstallChromium = "'apt-get install -y chromium' (or set CHROMIUM_PATH)";

    /// <summary>The version <c>.ci/run</c> installs, so that a skipped run is fixed with what CI checks against.</summary>
    private const string InstallAxe = "'npm install --prefix .ci/tools axe-core@4.14.1' (or set AXE_CORE)";

    public static string? ScriptPath { get; } = Find();

    /// <summary>True runs the accessibility tests; in CI a missing tool fails them instead of skipping.</summary>
    public static bool Available => Chromium.Required || (Chromium.Available && ScriptPath is not null);

    /// <summary>What is missing, by name, and the command that installs it.</summary>
    public static string SkipReason => (Chromium.Available, ScriptPath is not null) switch
    {
        (false, false) => $"Chromium and axe-core are missing: run {InstallChromium} and {InstallAxe} to run the accessibility tests.",
        (false, true) => $"Chromium is missing: run {InstallChromium} to run the accessibility tests.",
        (true, false) => $"axe-core is missing: run {InstallAxe} to run the accessibility tests.",
        _ => string.Empty,
    };

    /// <summary>The violations axe finds in the page, as "rule: nodes".</summary>
    public static async Task<IReadOnlyList<string>> Violations(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("typeof axe === 'object'"))
        {
            await page.AddScriptTagAsync(new() { Path = ScriptPath ?? throw new InvalidOperationException(SkipReason) });
        }

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
