namespace Blog.Testing;

/// <summary>The repository the tests run from: its sample posts and deployment files are inputs of some tests.</summary>
public static class SourceTree
{
    public static string Root { get; } = FindRoot();

    /// <summary>A post of the sample blog, <c>posts/&lt;name&gt;</c>, as the README's first command serves it.</summary>
    public static string SamplePost(string name) => File.ReadAllText(Path.Combine(Root, "posts", name));

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Blog.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException($"No Blog.sln above {AppContext.BaseDirectory}");
    }
}
