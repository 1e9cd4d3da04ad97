using Markdig.Syntax.Inlines;

namespace Blog.Content.Markdown.Scripts;

/// <summary>A subscript, superscript or strikeout, closed.</summary>
internal sealed class ScriptInline(ScriptKind kind) : ContainerInline
{
    public ScriptKind Kind { get; } = kind;
}
