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
/// Every block says its language (<c>data-lang</c>) for the label the page shows, from
/// <c>```python</c> or from pandoc's <c>```{.python}</c>. Numbered code (<c>.numberLines</c>) has one
/// span per line, numbered by the stylesheet (<see cref="Code.LineNumbers"/>).
/// </summary>
internal sealed class HighlightedCodeRenderer(CodeBlockRenderer plain, SharedRenderings? renderings = null) : HtmlObjectRenderer<CodeBlock>
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
        if (block is not FencedCodeBlock fenced)
        {
            plain.Write(renderer, block);
            return;
        }

        // The language is the info string's first word (```python), else the first class (```{.python}),
        // as pandoc reads it; the other classes, the id and key=value pairs go on the block.
        var given = fenced.TryGetAttributes();
        var classes = given?.Classes?.Where(c => fenced.Info is not { Length: > 0 } info || c != "language-" + info).ToList() ?? [];
        var numbered = Code.LineNumbers.Wanted(given);
        var name = fenced.Info is { Length: > 0 } words ? words.Split(' ', 2)[0] : classes.FirstOrDefault(c => !Code.LineNumbers.IsNumbering(c));
        if (name is null && !numbered && given?.Id is null && given?.Properties is not { Count: > 0 })
        {
            plain.Write(renderer, block);
            return;
        }

        var pre = new HtmlAttributes { Id = given?.Id };
        if (name is not null)
        {
            pre.AddClass("code");
            pre.AddProperty("data-lang", name);
        }

        foreach (var other in fenced.Info is { Length: > 0 } || name is null ? classes : classes.Where(c => c != name))
        {
            pre.AddClass(other);
        }

        if (given?.Properties is { Count: > 0 } pairs)
        {
            (pre.Properties ??= []).AddRange(pairs);
        }

        var code = fenced.Lines.ToString();
        var language = name is not null && Aliases.TryGetValue(name, out var id) ? ColorCode.Languages.FindById(id) : null;

        renderer.EnsureLine();
        renderer.Write("<pre").WriteAttributes(pre).Write('>');
        renderer.Write(name is null ? "<code" : $"<code class=\"language-{WebUtility.HtmlEncode(name)}\"");
        renderer.Write(numbered ? $" style=\"{Code.LineNumbers.CounterReset(Code.LineNumbers.Start(given))}\">" : ">");
        // A formatter keeps state while it works, and posts are parsed in parallel: one per block.
        var html = language is null ? WebUtility.HtmlEncode(code)
            : renderings is null ? Highlight(code, language)
            : renderings.Highlighted(language.Id, code, () => Highlight(code, language));
        renderer.Write(numbered ? Code.LineNumbers.Wrap(html) : html);
        renderer.WriteLine("</code></pre>");
    }

    private static string Highlight(string code, ILanguage language) => Inner(new HtmlClassFormatter(Styles).GetHtmlString(code, language));

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
