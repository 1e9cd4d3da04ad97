using System.Diagnostics;

namespace Blog.Tests.Check;

/// <summary><c>dotnet Blog.dll check …</c> as an author or a CI job runs it: its exit code and what it printed.</summary>
internal sealed record CheckRun(int ExitCode, IReadOnlyList<string> Output, string Errors)
{
    public static async Task<CheckRun> Of(string postsPath, params string[] arguments)
    {
        var start = Support.AppCommand.StartInfo(["dotnet", "Blog.dll", "check", $"--Blog:PostsPath={postsPath}", .. arguments]);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        var lines = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new CheckRun(process.ExitCode, lines, await errors);
    }

    /// <summary>Every line but the closing summary: the problems, one a line.</summary>
    public IReadOnlyList<string> Problems => Output.Where(l => !l.StartsWith("check: ", StringComparison.Ordinal)).ToList();

    public override string ToString() => $"exit {ExitCode}\n{string.Join('\n', Output)}\n{Errors}";
}
