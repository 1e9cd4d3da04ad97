using Blog.Content.Tests.Support;

namespace Blog.Content.Tests;

/// <summary>
/// The test host's entry point: what xunit.v3 would generate, and one mode of our own, in which the
/// binary is a posts loader driven by another test (<see cref="LoaderAsOtherUser"/>), so that a
/// test running as root can see what a loader without root's permissions sees.
/// </summary>
internal static class TestProgram
{
    public static int Main(string[] args)
    {
        if (args is [LoaderAsOtherUser.ChildFlag, var postsPath])
        {
            return LoaderAsOtherUser.RunChild(postsPath);
        }

        return args.Any(arg => arg is "--server" or "--internal-msbuild-node")
            ? Xunit.MicrosoftTestingPlatform.TestPlatformTestFramework.RunAsync(args, SelfRegisteredExtensions.AddSelfRegisteredExtensions).GetAwaiter().GetResult()
            : Xunit.Runner.InProc.SystemConsole.ConsoleRunner.Run(args).GetAwaiter().GetResult();
    }
}
