namespace Blog.Content.Markdown.Mathematics;

/// <summary>A formula the converter cannot read; the message says why, for the author's warning.</summary>
internal sealed class TexException(string message) : Exception(message);
