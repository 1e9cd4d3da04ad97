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

    private AppProcess(Process process, bool readOutput)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { _output.Enqueue(e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { _output.Enqueue(e.Data); } };
        if (readOutput)
        {
            process.BeginOutputReadLine();
        }

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
            await app.WaitFor(() => app.Logged("Application started") || app._process.HasExited, "the app starts");
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

    /// <summary>
    /// How long the app may take to do what it was asked (start, begin to stop, exit) before the test gives
    /// up: only a bound on a hang, never the expected time, which on a loaded machine is anyone's guess.
    /// </summary>
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);

    /// <summary>Starts the app without waiting for it.</summary>
    /// <param name="port">The port to listen on; 0 picks a free one, which the app then writes in its log.</param>
    /// <param name="readOutput">False leaves its standard output unread, like a log collector that has stalled: once the pipe is full, a write to it blocks.</param>
    public static AppProcess Launch(IReadOnlyDictionary<string, string> environment, bool unprivileged = false, int port = 0, bool readOutput = true)
    {
        // Root reads every file whatever its permissions: as root, the app runs as "nobody" (setpriv, util-linux).
        string[] command = ["dotnet", "Blog.dll", "--urls", $"http://127.0.0.1:{port}"];
        if (unprivileged && Environment.UserName == "root")
        {
            command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--", .. command];
        }

        var start = AppCommand.StartInfo(command);
        if (unprivileged)
        {
            start.Environment["HOME"] = Path.GetTempPath();
            start.Environment["DOTNET_CLI_HOME"] = Path.GetTempPath();
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var app = new AppProcess(Process.Start(start)!, readOutput);
        if (port != 0)
        {
            app.BaseUrl = $"http://127.0.0.1:{port}";
        }

        return app;
    }

    /// <summary>Waits for the port to open (which happens while the posts may still be loading).</summary>
    public async Task Listening()
    {
        await WaitFor(() => Output.Any(line => ListeningOn().IsMatch(line)) || _process.HasExited, "the app listens");
        Assert.False(_process.HasExited, "the app exited at startup:\n" + OutputText);
        BaseUrl = ListeningOn().Match(Output.First(line => ListeningOn().IsMatch(line))).Value;
    }

    /// <summary>Whether the app has written a line containing this text (its own signal that it got somewhere).</summary>
    public bool Logged(string text) => Output.Any(line => line.Contains(text, StringComparison.Ordinal));

    /// <summary>Waits until the condition holds; a timeout's failure carries the app's output, to say what it was doing.</summary>
    public Task WaitFor(Func<bool> condition, string what) =>
        Eventually.True(() => Task.FromResult(condition()), what, Deadline, () => $"exited: {_process.HasExited}; the app's output:\n{OutputText}");

    /// <inheritdoc cref="WaitFor(Func{bool}, string)"/>
    public Task WaitFor(Func<Task<bool>> condition, string what) =>
        Eventually.True(condition, what, Deadline, () => $"exited: {_process.HasExited}; the app's output:\n{OutputText}");

    private string OutputText => string.Join('\n', Output);

    /// <summary>What an orchestrator sends to stop a container.</summary>
    public void Terminate() => Process.Start("kill", ["-TERM", Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();

    public async Task<int> Exited()
    {
        await WaitFor(() => _process.HasExited, "the app exits");

        // The exit code is known once the output has been read to its end as well.
        await _process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        // Whatever failed, the app's side of it is in the test's output (shown with a failure).
        TestContext.Current.TestOutputHelper?.WriteLine($"the app's output:\n{OutputText}");
        _process.Dispose();
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+")]
    private static partial Regex ListeningOn();
}
