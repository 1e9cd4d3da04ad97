using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Blog.Content.Tests.Support;

/// <summary>
/// A web root held in memory: files by their site path (<c>/images/x.png</c>). A file given no bytes
/// is listed as empty and fails if opened, as a pipe would hold the load.
/// </summary>
internal sealed class MemorySiteFiles(IReadOnlyDictionary<string, byte[]?> files, Func<string, Exception?>? failure = null) : IFileProvider
{
    /// <summary>Paths of the files that were opened.</summary>
    public List<string> Opened { get; } = [];

    public IFileInfo GetFileInfo(string subpath) =>
        failure?.Invoke(subpath) is { } exception ? throw exception
        : files.TryGetValue(subpath, out var bytes) ? new MemoryFile(this, subpath, bytes)
        : new NotFoundFileInfo(subpath);

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private sealed class MemoryFile(MemorySiteFiles owner, string path, byte[]? bytes) : IFileInfo
    {
        public bool Exists => true;

        public long Length => bytes?.Length ?? 0;

        public string? PhysicalPath => null;

        public string Name => Path.GetFileName(path);

        public DateTimeOffset LastModified => DateTimeOffset.UnixEpoch;

        public bool IsDirectory => false;

        public Stream CreateReadStream()
        {
            owner.Opened.Add(path);
            return bytes is null ? throw new InvalidOperationException($"{path} blocks when read") : new MemoryStream(bytes, writable: false);
        }
    }
}
