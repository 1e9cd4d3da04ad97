#!/usr/bin/env bash
# Load test: the published app on 127.0.0.1 under wrk (256 connections, 60 s by default) while the
# posts folder is edited in a loop. Reports requests per second, latency percentiles, the count of
# responses that were neither 2xx nor 3xx (must be 0), and the app's memory before and after.
#
#   scripts/load-test.sh [DURATION_SECONDS] [CONNECTIONS]
#   scripts/load-test.sh --attack [DURATION_SECONDS] [CONNECTIONS]
#   LOAD_REQUEST_LOG=1 scripts/load-test.sh ...   (with the request log on, as shipped)
#
# With --attack, the editor stays off and one post page is loaded twice for the duration: alone, then
# while a second client (8 connections) sends what a red team sends: other spellings of the address
# (trailing slash, upper case), a new junk Host every request, ?page=N with a new N every request, and
# searches. It reports the page's requests per second and p99 both times, and their ratio (target: the
# page keeps at least half its speed).
#
# Needs wrk (installed with apt-get when missing and running as root).
set -euo pipefail

attack=""
if [ "${1:-}" = "--attack" ]; then attack=1; shift; fi
duration=${1:-60}
connections=${2:-256}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
port=${LOAD_PORT:-5399}
app_pid=""
editor_pid=""

cleanup() {
    [ -n "$editor_pid" ] && kill "$editor_pid" 2>/dev/null || true
    [ -n "$app_pid" ] && kill -TERM "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

if ! command -v wrk >/dev/null; then
    if [ "$(id -u)" -eq 0 ]; then apt-get install -y -qq wrk >/dev/null; else echo "wrk is not installed: apt-get install wrk"; exit 1; fi
fi

echo "publishing the app (Release)"
dotnet publish "$root/src/Blog/Blog.csproj" -c Release -o "$work/app" --nologo -v quiet >/dev/null
cp -r "$root/posts" "$work/posts"

# Request logging at 20,000 requests a second would measure the console, not the blog; LOAD_REQUEST_LOG=1
# keeps the request log on, as shipped, to measure what logging costs.
request_log="Serilog__MinimumLevel__Override__Serilog.AspNetCore.RequestLoggingMiddleware=Warning"
if [ "${LOAD_REQUEST_LOG:-}" = "1" ]; then request_log="LOAD_REQUEST_LOG=1"; fi
(cd "$work/app" && exec env "Blog__PostsPath=$work/posts" "$request_log" \
    dotnet Blog.dll --urls "http://127.0.0.1:$port" >"$work/app.log" 2>&1) &
app_pid=$!

ready=""
for _ in $(seq 1 300); do
    if curl -fsS -o /dev/null "http://127.0.0.1:$port/healthz/ready" 2>/dev/null; then ready=1; break; fi
    sleep 0.1
done
if [ -z "$ready" ]; then
    echo "the app did not become ready:"; cat "$work/app.log"; exit 1
fi

rss_kb() {
    if [ ! -e "/proc/$app_pid/status" ]; then
        echo "the app is no longer running; its log:" >&2; tail -n 40 "$work/app.log" >&2; exit 1
    fi
    awk '/VmRSS/ {print $2}' "/proc/$app_pid/status"
}

# Warm up, then measure memory before the run.
wrk -t2 -c16 -d3s "http://127.0.0.1:$port/en" >/dev/null
before=$(rss_kb)

if [ -n "$attack" ]; then
    page="http://127.0.0.1:$port/en/posts/cache-invalidation"
    cat >"$work/attack.lua" <<'LUA'
local n = 0
request = function()
  n = n + 1
  local kind = n % 5
  if kind == 0 then return wrk.format("GET", "/en/posts/cache-invalidation/") end
  if kind == 1 then return wrk.format("GET", "/en/POSTS/cache-invalidation") end
  if kind == 2 then return wrk.format("GET", "/en/posts/cache-invalidation", { ["Host"] = "junk" .. n .. ".example" }) end
  if kind == 3 then return wrk.format("GET", "/en/posts/cache-invalidation?page=" .. math.random(2, 1000000000)) end
  return wrk.format("GET", "/en/search?q=a")
end
LUA
    wrk -t1 -c16 -d3s "$page" >/dev/null
    echo "the page alone: ${connections} connections for ${duration} s"
    WRK_ACCEPT_ENCODING="br" wrk -t1 -c"$connections" -d"${duration}s" --latency -s "$root/benchmarks/load/report.lua" "$page" | tee "$work/alone.txt"
    echo "the page while the attack runs (8 more connections)"
    wrk -t1 -c8 -d"$((duration + 2))s" -s "$work/attack.lua" "http://127.0.0.1:$port" >"$work/attack.txt" &
    attacker=$!
    sleep 1
    WRK_ACCEPT_ENCODING="br" wrk -t1 -c"$connections" -d"${duration}s" --latency -s "$root/benchmarks/load/report.lua" "$page" | tee "$work/attacked.txt"
    wait "$attacker" || true
    field() { grep RESULT "$1" | tr ' ' '\n' | awk -F= -v k="$2" '$1 == k {print $2}'; }
    alone=$(field "$work/alone.txt" rps); attacked=$(field "$work/attacked.txt" rps)
    errors=$(grep -cE " (ERR|FTL)\]" "$work/app.log" || true)
    echo
    echo "summary (attack mode)"
    echo "  the page alone:        ${alone} req/s, p99 $(field "$work/alone.txt" p99_ms) ms"
    echo "  under attack:          ${attacked} req/s, p99 $(field "$work/attacked.txt" p99_ms) ms"
    echo "  slowdown:              $(awk -v a="$alone" -v b="$attacked" 'BEGIN {printf "%.2fx", a / b}')"
    echo "  the attack:            $(awk '/Requests\/sec/ {print $2}' "$work/attack.txt") req/s, $(awk '/Non-2xx or 3xx/ {n=$5} END {print n+0}' "$work/attack.txt") non-2xx/3xx (503s from the render limiter would count here)"
    echo "  memory (RSS):          $(( $(rss_kb) / 1024 )) MB"
    echo "  errors in the app log: $errors"
    [ "$errors" -eq 0 ] && awk -v a="$alone" -v b="$attacked" 'BEGIN {exit !(a <= 2 * b)}'
    exit
fi

# The author at work: a post rewritten, a post added and removed, several times a second.
(
    i=0
    while true; do
        i=$((i + 1))
        sed "s/^title: .*/title: \"Reading a Stack Trace, revision $i\"/" "$root/posts/2025-06-02-reading-stack-traces.md" \
            >"$work/posts/.edit.tmp" && mv "$work/posts/.edit.tmp" "$work/posts/2025-06-02-reading-stack-traces.md"
        if [ $((i % 2)) -eq 0 ]; then
            printf -- '---\ntitle: "Scratch %s"\n---\nDraft text.\n' "$i" >"$work/posts/scratch.md"
        else
            rm -f "$work/posts/scratch.md"
        fi
        sleep 0.2
    done
) &
editor_pid=$!

cat >"$work/paths.lua" <<'LUA'
local paths = {
  "/en", "/vi", "/en/posts/cache-invalidation", "/vi/posts/vo-hieu-hoa-bo-nho-dem",
  "/en/posts/reading-stack-traces", "/vi/posts/reading-stack-traces", "/vi/posts/git-bisect",
  "/en/tags/caching", "/vi/tags/git", "/posts/cache-invalidation", "/css/site.css",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
LUA

echo "running wrk: ${connections} connections for ${duration} s while the posts folder is edited"
wrk -t2 -c"$connections" -d"${duration}s" --latency -s "$work/paths.lua" "http://127.0.0.1:$port" | tee "$work/wrk.txt"

kill "$editor_pid" 2>/dev/null || true
editor_pid=""
after=$(rss_kb)
reloads=$(grep -c "Reloaded posts" "$work/app.log" || true)
errors=$(grep -cE " (ERR|FTL)\]" "$work/app.log" || true)
non2xx=$(awk '/Non-2xx or 3xx responses/ {print $5}' "$work/wrk.txt")

echo
echo "summary"
echo "  requests/s:            $(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt")"
echo "  latency p50/p90/p99:   $(awk '/^ +50%/ {a=$2} /^ +90%/ {b=$2} /^ +99%/ {c=$2} END {print a" / "b" / "c}' "$work/wrk.txt")"
echo "  non-2xx/3xx responses: ${non2xx:-0}"
echo "  socket errors:         $(grep -E "Socket errors" "$work/wrk.txt" || echo none)"
echo "  catalog reloads:       $reloads"
echo "  errors in the app log: $errors"
echo "  memory (RSS):          $((before / 1024)) MB before, $((after / 1024)) MB after"

[ "${non2xx:-0}" -eq 0 ] && [ "$errors" -eq 0 ]
