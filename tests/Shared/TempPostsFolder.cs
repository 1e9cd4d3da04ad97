using System.Text;

namespace Blog.Testing;

/// <summary>A real posts folder on disk for one test, deleted afterwards.</summary>
internal sealed class TempPostsFolder : IDisposable
{
    public TempPostsFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "blog-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string relativePath, string content) =>
        WriteBytes(relativePath, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(content));

    public string WriteBytes(string relativePath, byte[] content)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
        return full;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a slow test host; the temp folder is cleaned by the OS.
        }
    }
}
