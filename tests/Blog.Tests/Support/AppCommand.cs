using System.Diagnostics;

namespace Blog.Tests.Support;

/// <summary><c>dotnet Blog.dll …</c> from the test's output folder, in Production, as an operator or a CI job runs it.</summary>
internal static class AppCommand
{
    public static ProcessStartInfo StartInfo(IEnumerable<string> command)
    {
        var arguments = command.ToArray();
        var start = new ProcessStartInfo(arguments[0], arguments[1..])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";

        // As for the test hosts (tests/Directory.Build.props): a process that lives for seconds pays for
        // profile-guided optimisation's instrumentation and never lives long enough to gain from it.
        start.Environment["DOTNET_TieredPGO"] = "0";
        return start;
    }
}
