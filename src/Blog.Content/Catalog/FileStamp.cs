namespace Blog.Content.Catalog;

/// <summary>
/// What a file looked like when it was read: its size and last write time. A file whose stamp has not
/// changed is not read again.
/// </summary>
internal readonly record struct FileStamp(long Length, DateTime LastWriteUtc);
