#!/usr/bin/env bash
# The web app may not use the content library's parsers and tools: src/Blog/BannedSymbols.txt bans
# their namespaces, and BannedApiAnalyzers makes each use error RS0030. This proves the rule still
# holds: a copy of the web project builds as it is, and fails, on RS0030 alone, once one C# file and
# one Razor page that use each banned package are added. The copy lives in a temporary folder outside
# the repository and is removed afterwards. Last line: "check-layering: ok" or the reason it failed.
set -uo pipefail

cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The working tree's own files (committed or not, never bin/ or obj/) of what the web project builds from.
git ls-files --cached --others --exclude-standard -- \
        Directory.Build.props Directory.Packages.props global.json .editorconfig src/Blog src/Blog.Content wwwroot |
    while IFS= read -r file; do [ -f "$file" ] && printf '%s\0' "$file"; done |
    tar --null -T - -cf - | tar -xf - -C "$work"

build() { dotnet build "$work/src/Blog" -v quiet --nologo 2>&1; }

if ! output=$(build); then
    echo "$output"
    echo "check-layering: the copy of the web project does not build even without the probe"
    exit 1
fi

cat > "$work/src/Blog/LayeringProbe.cs" <<'CS'
namespace Blog;

internal static class LayeringProbe
{
    public static string Html() => Markdig.Markdown.ToHtml("*x*");

    public static object Block() => new Markdig.Syntax.ParagraphBlock();

    public static object Yaml() => new YamlDotNet.Serialization.DeserializerBuilder();

    public static object Highlighter() => new ColorCode.HtmlFormatter();

    public static Type Git() => typeof(LibGit2Sharp.Repository);
}
CS
cat > "$work/src/Blog/Pages/LayeringProbe.cshtml" <<'CSHTML'
@page "/layering-probe"
@using Markdig
<p>@Markdown.ToHtml("*x*")</p>
CSHTML

if output=$(build); then
    echo "check-layering: the web project built with uses of Markdig, YamlDotNet, ColorCode and LibGit2Sharp"
    exit 1
fi

failed=""
expect() {
    if ! grep -qE "$1\([0-9]+,[0-9]+\): error RS0030: The symbol '$2[^']*' is banned" <<<"$output"; then
        echo "check-layering: no RS0030 for $2 in $1"
        failed=1
    fi
}
for symbol in Markdig YamlDotNet ColorCode LibGit2Sharp; do expect 'LayeringProbe\.cs' "$symbol"; done
expect 'LayeringProbe\.cshtml' Markdig
if other=$(grep -E ": error [A-Z]+[0-9]+" <<<"$output" | grep -v ": error RS0030: "); then
    echo "$other"
    echo "check-layering: the probe failed for another reason than the ban"
    failed=1
fi

if [ -n "$failed" ]; then
    echo "$output"
    exit 1
fi
grep -oE "[A-Za-z]+\.cs(html)?\([0-9]+,[0-9]+\): error RS0030: The symbol '[^']*'" <<<"$output" | sort -u
echo "check-layering: ok"
