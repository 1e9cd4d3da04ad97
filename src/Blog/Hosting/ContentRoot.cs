namespace Blog.Hosting;

/// <summary>
/// ASP.NET Core reads appsettings.json from the working directory. <c>dotnet /srv/blog/Blog.dll</c>
/// started from elsewhere would then run without its settings (and without logs), so when the working
/// directory has none and the app's own folder has them, the app's folder is the content root.
/// </summary>
internal static class ContentRoot
{
    public static string? Choose()
    {
        const string Settings = "appsettings.json";
        return !File.Exists(Path.Combine(Environment.CurrentDirectory, Settings)) && File.Exists(Path.Combine(AppContext.BaseDirectory, Settings))
            ? AppContext.BaseDirectory
            : null;
    }
}
