using System.Collections.Frozen;
using System.Net;
using ColorCode;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Blog.Content.Markdown;

/// <summary>
/// Fenced code, highlighted once at load time (no highlighter runs in the reader's browser): ColorCode
/// marks keywords, strings and comments with classes, which the stylesheet colours for both themes.
/// Every block says its language (<c>data-lang</c>) for the label the page shows.
/// </summary>
internal sealed class HighlightedCodeRenderer(CodeBlockRenderer plain) : HtmlObjectRenderer<CodeBlock>
{
    private static readonly FrozenDictionary<string, string> Aliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["cs"] = "c#", ["csharp"] = "c#", ["c#"] = "c#", ["js"] = "javascript", ["javascript"] = "javascript",
        ["ts"] = "typescript", ["typescript"] = "typescript", ["json"] = "json", ["xml"] = "xml", ["html"] = "html",
        ["css"] = "css", ["sql"] = "sql", ["py"] = "python", ["python"] = "python", ["java"] = "java",
        ["cpp"] = "cpp", ["c++"] = "cpp", ["fs"] = "f#", ["fsharp"] = "f#", ["ps1"] = "powershell",
        ["powershell"] = "powershell", ["php"] = "php", ["haskell"] = "haskell", ["md"] = "markdown", ["markdown"] = "markdown",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Only read once built (the class formatter looks up class names in it), so one serves every block;
    /// building one per block cost a tenth of a post's parse.
    /// </summary>
    private static readonly ColorCode.Styling.StyleDictionary Styles = ColorCode.Styling.StyleDictionary.DefaultLight;

    protected override void Write(HtmlRenderer renderer, CodeBlock block)
    {
        if (block is not FencedCodeBlock { Info: { Length: > 0 } info } fenced)
        {
            plain.Write(renderer, block);
            return;
        }

        var name = info.Split(' ', 2)[0];
        var code = fenced.Lines.ToString();
        var language = Aliases.TryGetValue(name, out var id) ? ColorCode.Languages.FindById(id) : null;
        var label = WebUtility.HtmlEncode(name);

        renderer.EnsureLine();
        renderer.Write($"<pre class=\"code\" data-lang=\"{label}\"><code class=\"language-{label}\">");
        // A formatter keeps state while it works, and posts are parsed in parallel: one per block.
        renderer.Write(language is null ? WebUtility.HtmlEncode(code) : Inner(new HtmlClassFormatter(Styles).GetHtmlString(code, language)));
        renderer.WriteLine("</code></pre>");
    }

    /// <summary>ColorCode wraps its spans in <c>&lt;div&gt;&lt;pre&gt;</c>; the page has its own.</summary>
    private static string Inner(string html)
    {
        var start = html.IndexOf("<pre>", StringComparison.Ordinal);
        var end = html.LastIndexOf("</pre>", StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            return html;
        }

        var inner = html[(start + "<pre>".Length)..end];
        return inner.StartsWith('\n') ? inner[1..] : inner;
    }
}
