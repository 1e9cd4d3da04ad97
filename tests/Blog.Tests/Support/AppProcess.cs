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

    /// <summary>Starts the app and waits until it has started: its posts loaded, its port open.</summary>
    /// <param name="unprivileged">Run it as a user without privileges (as the container does), for file permissions to apply.</param>
    public static async Task<AppProcess> Start(IReadOnlyDictionary<string, string> environment, bool unprivileged = false)
    {
        var app = Launch(environment, unprivileged);
        try
        {
            // Started means the posts are loaded (the host starts only then), not just that the port is open.
            // A process of its own starting cold while CI runs three test assemblies and a browser on two cores
            // can take far longer than alone: the deadline only bounds a hang, and the output says what happened.
            await Eventually.True(
                () => Task.FromResult(app.Output.Any(line => line.Contains("Application started", StringComparison.Ordinal)) || app._process.HasExited),
                "the app starts",
                StartDeadline,
                () => $"exited: {app._process.HasExited}; its output:\n{string.Join('\n', app.Output)}");
            await app.Listening();
            return app;
        }
        catch
        {
            // A start that failed must not leave the process running for the rest of the test run.
            app.Dispose();
            throw;
        }
    }

    /// <summary>How long a start may take before the test gives up on it.</summary>
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(60);

    /// <summary>Starts the app without waiting for it.</summary>
    public static AppProcess Launch(IReadOnlyDictionary<string, string> environment, bool unprivileged = false)
    {
        // Root reads every file whatever its permissions: as root, the app runs as "nobody" (setpriv, util-linux).
        string[] command = ["dotnet", "Blog.dll", "--urls", "http://127.0.0.1:0"];
        if (unprivileged && Environment.UserName == "root")
        {
            command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--", .. command];
        }

        var start = new ProcessStartInfo(command[0], command[1..])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        if (unprivileged)
        {
            start.Environment["HOME"] = Path.GetTempPath();
            start.Environment["DOTNET_CLI_HOME"] = Path.GetTempPath();
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return new AppProcess(Process.Start(start)!);
    }

    /// <summary>Waits for the port to open (which happens while the posts may still be loading).</summary>
    public async Task Listening()
    {
        await Eventually.True(() => Task.FromResult(Output.Any(line => ListeningOn().IsMatch(line)) || _process.HasExited), "the app listens", StartDeadline);
        Assert.False(_process.HasExited, "the app exited at startup:\n" + string.Join('\n', Output));
        BaseUrl = ListeningOn().Match(Output.First(line => ListeningOn().IsMatch(line))).Value;
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
