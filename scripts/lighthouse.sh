#!/usr/bin/env bash
# Lighthouse on the published app: the front door (/), the home page, a bilingual post and the post
# with math, a figure, a table and notes (both languages), mobile and desktop presets.
# Prints Performance, Accessibility, Best Practices and SEO (0-100) per page and preset.
#
#   scripts/lighthouse.sh                      # the sample posts, the pages above
#   LIGHTHOUSE_POSTS=/some/posts scripts/lighthouse.sh /en/posts/x /vi/posts/y
#
# Needs Chromium (/usr/bin/chromium or CHROME_PATH) and Node.js; Lighthouse is installed from npm
# under .ci/tools when missing.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
port=${LIGHTHOUSE_PORT:-5398}
app_pid=""
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}

cleanup() {
    [ -n "$app_pid" ] && kill -TERM "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

lighthouse="$root/.ci/tools/node_modules/.bin/lighthouse"
if [ ! -x "$lighthouse" ]; then
    npm install --silent --no-save --no-audit --no-fund --prefix "$root/.ci/tools" lighthouse@13.5.0 >/dev/null
fi

dotnet publish "$root/src/Blog/Blog.csproj" -c Release -o "$work/app" --nologo -v quiet >/dev/null
(cd "$work/app" && exec env "Blog__PostsPath=${LIGHTHOUSE_POSTS:-$root/posts}" "Blog__BaseUrl=http://127.0.0.1:$port" \
    dotnet Blog.dll --urls "http://127.0.0.1:$port" >"$work/app.log" 2>&1) &
app_pid=$!
for _ in $(seq 1 300); do
    curl -fsS -o /dev/null "http://127.0.0.1:$port/healthz/ready" 2>/dev/null && break
    sleep 0.1
done

printf '%-45s %-8s %5s %5s %5s %5s\n' page preset perf a11y best seo
paths=("$@")
[ ${#paths[@]} -eq 0 ] && paths=(/ /en /en/posts/cache-invalidation /vi/posts/vo-hieu-hoa-bo-nho-dem /en/posts/queueing-by-the-numbers /vi/posts/queueing-by-the-numbers)
for path in "${paths[@]}"; do
    for preset in mobile desktop; do
        flags=()
        [ "$preset" = desktop ] && flags=(--preset=desktop)
        rm -f "$work/report.json"
        "$lighthouse" "http://127.0.0.1:$port$path" "${flags[@]}" --quiet --output=json --output-path="$work/report.json" \
            --chrome-flags="--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run" >/dev/null 2>&1 || true
        if [ ! -f "$work/report.json" ]; then
            printf '%-45s %-8s %s\n' "$path" "$preset" "lighthouse failed"
            continue
        fi
        node -e '
            const r = require(process.argv[1]);
            const s = k => Math.round((r.categories[k]?.score ?? 0) * 100);
            console.log([s("performance"), s("accessibility"), s("best-practices"), s("seo")].map(x => String(x).padStart(5)).join(" "));
        ' "$work/report.json" | xargs -I{} printf '%-45s %-8s %s\n' "$path" "$preset" "{}"
    done
done
