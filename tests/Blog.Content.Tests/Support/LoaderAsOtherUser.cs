using System.Runtime.Versioning;
using System.Diagnostics;
using System.Text.Json;
using Blog.Content.Catalog;

namespace Blog.Content.Tests.Support;

/// <summary>
/// A <see cref="PostLoader"/> in a child process that folder permissions apply to: as root, where
/// they do not, the child runs as nobody (<c>setpriv</c>); otherwise as the same user. Each
/// <see cref="Load"/> asks the same loader for another pass, so it keeps its state between passes as
/// the web app's does.
/// </summary>
internal sealed class LoaderAsOtherUser : IDisposable
{
    public const string ChildFlag = "--blog-tests-loader-child";

    private const int Nobody = 65534;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Process _child;

    [UnsupportedOSPlatform("windows")]
    public LoaderAsOtherUser(string postsPath)
    {
        if (Environment.IsPrivilegedProcess)
        {
            // The child must be able to reach the folder it loads.
            File.SetUnixFileMode(Path.GetDirectoryName(postsPath)!, (UnixFileMode)Convert.ToInt32("755", 8));
            File.SetUnixFileMode(postsPath, (UnixFileMode)Convert.ToInt32("755", 8));
        }

        var self = Environment.ProcessPath!;
        List<string> args = Path.GetFileNameWithoutExtension(self) == "dotnet" ? [typeof(TestProgram).Assembly.Location] : [];
        args.AddRange([ChildFlag, postsPath]);
        var start = Environment.IsPrivilegedProcess
            ? new ProcessStartInfo("setpriv", [$"--reuid={Nobody}", $"--regid={Nobody}", "--clear-groups", "--", self, .. args])
            : new ProcessStartInfo(self, args);
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.Environment["HOME"] = Path.GetTempPath();
        _child = Process.Start(start) ?? throw new InvalidOperationException("the loader process did not start");
    }

    /// <summary>Whether the child runs as another user than the test (it does when the test runs as root).</summary>
    public static bool DropsPrivileges => Environment.IsPrivilegedProcess;

    public ChildLoad Load()
    {
        _child.StandardInput.WriteLine("load");
        var line = _child.StandardOutput.ReadLine();
        if (line is null)
        {
            _child.WaitForExit();
            throw new InvalidOperationException($"the loader process ended ({_child.ExitCode}): {_child.StandardError.ReadToEnd()}");
        }

        return JsonSerializer.Deserialize<ChildLoad>(line, Json)!;
    }

    public void Dispose()
    {
        _child.StandardInput.Close();
        if (!_child.WaitForExit(TimeSpan.FromSeconds(10)))
        {
            _child.Kill();
        }

        _child.Dispose();
    }

    /// <summary>The child's side: one pass for each line read, one line of JSON written for each.</summary>
    public static int RunChild(string postsPath)
    {
        var log = new CollectingLogger<PostLoader>();
        var loader = new PostLoader(log);
        var said = 0;
        while (Console.In.ReadLine() is not null)
        {
            var result = loader.Load(postsPath, "en");
            var warnings = log.Warnings;
            var load = new ChildLoad(
                [.. result.Posts.Select(p => p.Main.Title).Order(StringComparer.Ordinal)],
                [.. result.Failures.Select(f => f.ToString())],
                [.. result.UnreadableFolders],
                result.Changed,
                [.. warnings.Skip(said)]);
            said = warnings.Count;
            Console.Out.WriteLine(JsonSerializer.Serialize(load, Json));
            Console.Out.Flush();
        }

        return 0;
    }
}

/// <summary>What one pass of the child's loader gave, and what it logged as warnings during that pass.</summary>
internal sealed record ChildLoad(string[] Titles, string[] Failures, string[] UnreadableFolders, bool Changed, string[] Warnings);
