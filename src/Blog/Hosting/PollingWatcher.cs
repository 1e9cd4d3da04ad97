namespace Blog.Hosting;

/// <summary>
/// <c>DOTNET_USE_POLLING_FILE_WATCHER</c> is .NET's own switch for folders whose change events never
/// arrive (a volume mounted into a container); the framework's file providers read it from the
/// environment, not from configuration. Folded into <see cref="BlogOptions.PollPosts"/> once, where the
/// options are made, so that everything else reads the options alone.
/// </summary>
internal static class PollingWatcher
{
    private const string Variable = "DOTNET_USE_POLLING_FILE_WATCHER";

    public static void Apply(BlogOptions options) =>
        options.PollPosts |= Environment.GetEnvironmentVariable(Variable) is "1" or "true" or "True";
}
