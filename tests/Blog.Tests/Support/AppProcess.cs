using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Blog.Tests.Support;

/// <summary>
/// The published app as an operator runs it: its own process (<c>dotnet Blog.dll</c>), configured by
/// environment variables, on a port of its own, stopped with SIGTERM.
/// </summary>
internal sealed partial class AppProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private AppProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { _output.Enqueue(e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { _output.Enqueue(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public IReadOnlyList<string> Output => [.. _output];

    public string BaseUrl { get; private set; } = string.Empty;

    public int Id => _process.Id;

    public static async Task<AppProcess> Start(IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet", ["Blog.dll", "--urls", "http://127.0.0.1:0"])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var app = new AppProcess(Process.Start(start)!);
        await Eventually.True(() => Task.FromResult(app.Output.Any(line => ListeningOn().IsMatch(line)) || app._process.HasExited), "the app listens");
        Assert.False(app._process.HasExited, "the app exited at startup:\n" + string.Join('\n', app.Output));
        app.BaseUrl = ListeningOn().Match(app.Output.First(line => ListeningOn().IsMatch(line))).Value;
        return app;
    }

    /// <summary>What an orchestrator sends to stop a container.</summary>
    public void Terminate() => Process.Start("kill", ["-TERM", Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();

    public async Task<int> Exited()
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(deadline.Token);
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+")]
    private static partial Regex ListeningOn();
}
