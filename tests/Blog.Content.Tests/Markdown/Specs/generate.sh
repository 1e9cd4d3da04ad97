#!/usr/bin/env bash
# Writes pandoc's HTML beside every spec case: Specs/<feature>/<case>.md -> <case>.html.
# Math is written as MathML (--mathml), as the blog writes it.
# pandoc 2.17 (Debian's: apt-get install -y pandoc) is the reference; the .html files are committed,
# so the tests need no pandoc. Run again after adding or changing a case.
set -euo pipefail
cd "$(dirname "$0")"
pandoc --version | head -n 1
find . -name '*.md' -print0 | while IFS= read -r -d '' case; do
    pandoc -f markdown -t html5 --mathml "$case" -o "${case%.md}.html"
done
