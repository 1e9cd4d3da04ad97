using Markdig.Parsers;
using Markdig.Syntax.Inlines;

namespace Blog.Content.Markdown.Scripts;

/// <summary>
/// An opening mark waiting for its closing one; what follows it is parsed into it. One that is never
/// closed is written back as its mark (<see cref="ScriptParser"/>).
/// </summary>
internal sealed class ScriptOpener(InlineParser parser, ScriptKind kind) : DelimiterInline(parser)
{
    public ScriptKind Kind { get; } = kind;

    public override string ToLiteral() => Kind.Mark();
}
