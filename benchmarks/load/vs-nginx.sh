#!/usr/bin/env bash
# The blog against nginx serving the same pages as pre-built files, on one machine: the app and nginx
# each pinned to CPU 0, wrk pinned to CPU 1, warm-up first, then alternating rounds so that both see
# the same background noise. Prints, per page, coding and connection count, the median over rounds of
# requests/s, p50 and p99 latency, errors and bytes per response, and the ratio app/nginx.
#
# nginx runs twice over the same files: with gzip_static (precompressed .gz beside each page, as a
# static-site generator would ship them) and compressing on the fly (gzip on, its default level). Codings:
# identity, gzip, and "browser" (Accept-Encoding: gzip, deflate, br, zstd, what every browser sends: the
# app answers br, nginx gzip). Then "mix": a realistic reader mix (benchmarks/load/mix.lua) over the whole
# site saved as files, and the same mix and a post page with the app's request log on as shipped.
#
#   benchmarks/load/vs-nginx.sh [ROUNDS] [SECONDS]        (defaults: 3 rounds of 5 s)
#   POSTS=1000 CONNECTIONS="32 256" CODINGS="identity gzip browser" PAGES="/ /en" benchmarks/load/vs-nginx.sh
#   APP_ENV="NAME=value ..." adds settings to the app's environment (to compare runtime switches).
#   MIX=0 skips the mix rows; LOGGED=0 skips the rows with the request log on.
#   APP_SOURCE=/a/checkout/of/an/older/commit measures that commit's app with this script (before/after).
#   SOAK=60 then runs 60 s over every post page and samples the app's memory (SOAK=0 skips it).
#
# Needs wrk and nginx (Debian packages; installed with apt-get when missing and running as root).
set -euo pipefail

rounds=${1:-3}
seconds=${2:-5}
posts=${POSTS:-1000}
connections=${CONNECTIONS:-"32 256"}
codings=${CODINGS:-"identity gzip browser"}
root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/benchmarks/load"
work=$(mktemp -d)
chmod 755 "$work" # nginx workers run as an unprivileged user when started by root
app_port=${APP_PORT:-5401}
nginx_port=${NGINX_PORT:-5402}
fly_port=$((nginx_port + 1))
logged_port=$((app_port + 10))
pids=()

cleanup() {
    for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

for tool in wrk nginx; do
    if ! command -v "$tool" >/dev/null && ! [ -x "/usr/sbin/$tool" ]; then
        if [ "$(id -u)" -eq 0 ]; then
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$tool" >/dev/null
        else
            echo "$tool is not installed: apt-get install $tool"; exit 1
        fi
    fi
done
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
if [ "$(nproc)" -lt 2 ]; then echo "needs 2 CPUs (server on one, load on the other)"; exit 1; fi

echo "building the app (Release, ReadyToRun, as the Dockerfile does) and a corpus of $posts posts"
dotnet publish "${APP_SOURCE:-$root}/src/Blog/Blog.csproj" -c Release --use-current-runtime --self-contained false -p:PublishReadyToRun=true \
    -o "$work/app" --nologo -v quiet >/dev/null
dotnet run -c Release --project "$root/benchmarks/Blog.Benchmarks" -- corpus --out "$work/posts" --count "$posts" >/dev/null

wait_for() { # url pid log
    for _ in $(seq 1 600); do
        curl -fsS -o /dev/null "$1" 2>/dev/null && return 0
        kill -0 "$2" 2>/dev/null || break
        sleep 0.1
    done
    echo "did not start: $1"; cat "$3"; exit 1
}

start_app() { # port log-setting-or-empty
    (cd "$work/app" && exec taskset -c 0 env "Blog__PostsPath=$work/posts" "Blog__BaseUrl=http://127.0.0.1:$app_port" \
        $2 ${APP_ENV:-} dotnet Blog.dll --urls "http://127.0.0.1:$1" >"$work/app-$1.log" 2>&1) &
    pids+=($!)
    wait_for "http://127.0.0.1:$1/healthz/ready" "$!" "$work/app-$1.log"
}

# Per-request logging is off for the main rows: at tens of thousands of requests a second it would
# measure the console (the blog) and the disk (nginx), not the servers. The logged rows run a second
# instance with the request log as shipped (queued, written to a file here instead of a terminal).
start_app "$app_port" "Serilog__MinimumLevel__Override__Serilog.AspNetCore.RequestLoggingMiddleware=Warning"
app="http://127.0.0.1:$app_port"

# The whole site saved from the app as a static-site generator would have written it: every post in both
# languages, the lists, the feeds and the assets, each page with a gzip -9 copy beside it.
post=/en/posts/$(ls "$work/posts" | sed -n 2p | sed -E 's/^[0-9]{4}-[0-9]{2}-[0-9]{2}-//; s/\.md$//')
tag=$(curl -fsS "$app/en/tags" | grep -oE 'href="/en/tags/[^"]+"' | sed -n 1p | sed -E 's/href="//; s/"$//')
pages=${PAGES:-"/ /en $post $tag /feed.xml"}
lists="/en /vi /en/archive /vi/archive /en/tags /vi/tags $tag"
save() { # path
    local target="$work/static$1"
    case "$1" in *.xml|*.css|*.js|*.svg) mkdir -p "$(dirname "$target")" ;; *) mkdir -p "$target"; target="$target/index.html" ;; esac
    curl -fsS -H "Accept-Language: en" "$app$1" -o "$target"
    gzip -9 -k -f "$target"
}
echo "saving the site as files for nginx"
for n in $(seq 0 $((posts - 1))); do
    for language in en vi; do save "/$language/posts/$(printf 'post-%05d' "$n")"; done
done
for page in / $lists /feed.xml; do save "$page"; done
assets=$(curl -fsS "$app/en" | grep -oE '(href|src)="/(css|js)/[^"?]+' | sed -E 's/^(href|src)="//' | sort -u | tr '\n' ' ')
for asset in $assets; do save "$asset"; done

mkdir -p "$work/nginx-tmp"
for mode in static fly; do
    port=$([ "$mode" = static ] && echo "$nginx_port" || echo "$fly_port")
    gzip_lines=$([ "$mode" = static ] && echo "gzip_static on;" || echo "gzip on; gzip_types application/rss+xml text/css application/javascript;")
    sed -e "s#__WORK__#$work#g" -e "s#__PORT__#$port#g" -e "s#__GZIP__#$gzip_lines#" -e "s#__NAME__#$mode#g" "$here/nginx.conf" >"$work/nginx-$mode.conf"
    mkdir -p "$work/nginx-$mode"
    taskset -c 0 "$nginx_bin" -c "$work/nginx-$mode.conf" -p "$work/nginx-$mode" 2>"$work/nginx-$mode-start.log" &
    pids+=($!)
    wait_for "http://127.0.0.1:$port$post" "$!" "$work/nginx-$mode-start.log"
done

header_for() { [ "$1" = browser ] && echo "gzip, deflate, br, zstd" || { [ "$1" = identity ] && echo "" || echo "$1"; }; }
run() { # url connections coding seconds [lua]
    WRK_ACCEPT_ENCODING=$(header_for "$3") WRK_ACCEPT_LANGUAGE=en \
        taskset -c 1 wrk -t1 -c"$2" -d"$4s" --latency -s "${5:-$here/report.lua}" "$1" | grep '^RESULT' | sed 's/^RESULT //'
}
field() { echo "$1" | tr ' ' '\n' | grep "^$2=" | cut -d= -f2; }
median() { sort -g | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
stats() { # runs-file -> "rps p50 p99 errors bytes" (medians, errors summed)
    local f=$1
    echo "$(while read -r l; do field "$l" rps; done <"$f" | median)" \
        "$(while read -r l; do field "$l" p50_ms; done <"$f" | median)" \
        "$(while read -r l; do field "$l" p99_ms; done <"$f" | median)" \
        "$(while read -r l; do field "$l" errors; done <"$f" | awk '{s+=$1} END {print s}')" \
        "$(while read -r l; do field "$l" bytes_per_response; done <"$f" | median)"
}
ratio() { echo "$1 / $2" | bc -l; }

echo "warming up"
for page in $pages; do
    for coding in $codings; do
        for url in "$app" "http://127.0.0.1:$nginx_port" "http://127.0.0.1:$fly_port"; do run "$url$page" 32 "$coding" 2 >/dev/null; done
    done
done

# One table row: the app (or another instance) against nginx with gzip_static and, for compressed
# codings, nginx compressing on the fly; alternating rounds.
row() { # label coding connections app-url nginx-path [lua-for-app lua-for-nginx]
    local label=$1 coding=$2 c=$3 app_url=$4 path=$5
    : >"$work/a.runs"; : >"$work/s.runs"; : >"$work/f.runs"
    for _ in $(seq 1 "$rounds"); do
        MIX_FEED_ETAG=${APP_FEED_ETAG:-} run "$app_url" "$c" "$coding" "$seconds" "${6:-}" >>"$work/a.runs"
        MIX_FEED_ETAG=${STATIC_FEED_ETAG:-} run "http://127.0.0.1:$nginx_port$path" "$c" "$coding" "$seconds" "${7:-}" >>"$work/s.runs"
        if [ "$coding" != identity ]; then
            MIX_FEED_ETAG=${FLY_FEED_ETAG:-} run "http://127.0.0.1:$fly_port$path" "$c" "$coding" "$seconds" "${7:-}" >>"$work/f.runs"
        fi
    done
    read -r a_rps a_p50 a_p99 a_err a_bytes <<<"$(stats "$work/a.runs")"
    read -r s_rps s_p50 s_p99 s_err s_bytes <<<"$(stats "$work/s.runs")"
    local fly="-"
    if [ "$coding" != identity ]; then
        read -r f_rps f_p50 f_p99 f_err f_bytes <<<"$(stats "$work/f.runs")"
        fly=$(printf '%9.0f %7.2f %4d %6.0f | %6.2f %6.2f' "$f_rps" "$f_p99" "$f_err" "$f_bytes" "$(ratio "$a_rps" "$f_rps")" "$(ratio "$a_p99" "$f_p99")")
    fi
    printf '%-30s %-8s %5s | %8.0f %7.2f %7.2f %4d %6.0f | %8.0f %7.2f %7.2f %4d %6.0f | %6.2f %6.2f | %s\n' \
        "$label" "$coding" "$c" "$a_rps" "$a_p50" "$a_p99" "$a_err" "$a_bytes" "$s_rps" "$s_p50" "$s_p99" "$s_err" "$s_bytes" \
        "$(ratio "$a_rps" "$s_rps")" "$(ratio "$a_p99" "$s_p99")" "$fly"
}

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); $rounds alternating rounds of $seconds s; $posts posts; medians"
printf '%-30s %-8s %5s | %8s %7s %7s %4s %6s | %8s %7s %7s %4s %6s | %6s %6s | %9s %7s %4s %6s | %6s %6s\n' \
    page coding conns app_rps p50_ms p99_ms err bytes static_rps p50_ms p99_ms err bytes rps_x p99_x fly_rps p99_ms err bytes rps_x p99_x
for page in $pages; do
    for coding in $codings; do
        for c in $connections; do
            row "$page" "$coding" "$c" "$app$page" "$page"
        done
    done
done

mix=${MIX:-1}
logged=${LOGGED:-1}
if [ "$mix" -gt 0 ] || [ "$logged" -gt 0 ]; then
    export MIX_POSTS=$posts MIX_LISTS="$lists" MIX_ASSETS="$assets" MIX_REPORT="$here/report.lua"
    etag() { curl -fsS -o /dev/null -D - -H "Accept-Encoding: gzip, deflate, br, zstd" "$1/feed.xml" | awk 'tolower($1) == "etag:" {print $2}' | tr -d '\r'; }
    export APP_FEED_ETAG STATIC_FEED_ETAG FLY_FEED_ETAG
    APP_FEED_ETAG=$(etag "$app"); STATIC_FEED_ETAG=$(etag "http://127.0.0.1:$nginx_port"); FLY_FEED_ETAG=$(etag "http://127.0.0.1:$fly_port")
fi
if [ "$mix" -gt 0 ]; then
    for c in $connections; do
        row "mix" browser "$c" "$app" / "$here/mix.lua" "$here/mix.lua"
    done
fi
if [ "$logged" -gt 0 ]; then
    start_app "$logged_port" ""
    logged_app="http://127.0.0.1:$logged_port"
    # Warmed like the first instance was by saving the site: the rows measure serving, not first renders.
    for n in $(seq 0 $((posts - 1))); do
        for language in en vi; do curl -fsS -o /dev/null -H "Accept-Encoding: gzip, deflate, br, zstd" "$logged_app/$language/posts/$(printf 'post-%05d' "$n")"; done
    done
    for page in / $lists; do curl -fsS -o /dev/null -H "Accept-Encoding: gzip, deflate, br, zstd" "$logged_app$page"; done
    APP_FEED_ETAG=$(etag "$logged_app")
    for c in $connections; do
        row "$post (log on)" browser "$c" "$logged_app$post" "$post"
        [ "$mix" -gt 0 ] && row "mix (log on)" browser "$c" "$logged_app" / "$here/mix.lua" "$here/mix.lua"
    done
    echo "request log lines written by the logged instance: $(grep -c 'HTTP GET' "$work/app-$logged_port.log")"
    kill -TERM "${pids[-1]}" 2>/dev/null; wait "${pids[-1]}" 2>/dev/null || true; unset 'pids[-1]'
fi
echo "rps_x: app/nginx throughput (>= 1 is as fast); p99_x: app/nginx p99 latency (<= 1 is no worse); static: nginx with"
echo "gzip_static and precompressed files; fly: nginx compressing on the fly; bytes: per response, headers included"

app_pid=${pids[0]}
# Memory under a long run over many pages (every post page in both languages, in turn): the resident
# size every 10 s should level off once the pages are cached, not keep growing.
soak=${SOAK:-60}
if [ "$soak" -gt 0 ]; then
    cat >"$work/soak.lua" <<LUA
local n = 0
request = function()
  n = n + 1
  local language = (n % 2 == 0) and "en" or "vi"
  return wrk.format("GET", string.format("/%s/posts/post-%05d", language, n % $posts))
end
LUA
    rss() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$app_pid/status"; }
    samples="$(rss)"
    taskset -c 1 wrk -t1 -c256 -d"${soak}s" -s "$work/soak.lua" "http://127.0.0.1:$app_port" >"$work/soak.out" &
    wrk_pid=$!
    for _ in $(seq 10 10 "$soak"); do sleep 10; samples="$samples $(rss)"; done
    wait "$wrk_pid"
    echo "memory over a ${soak} s run at 256 connections across all $((posts * 2)) post pages: RSS MB every 10 s: $samples"
    grep -E "Requests/sec|Non-2xx" "$work/soak.out" | sed 's/^/  /'
fi
echo "app memory at the end: $(awk '/VmRSS/ {print $2 / 1024 " MB"}' "/proc/$app_pid/status") (peak $(awk '/VmHWM/ {print $2 / 1024 " MB"}' "/proc/$app_pid/status"))"
