#!/usr/bin/env bash
# The blog against nginx serving the same pages as pre-built files, on one machine: the app and nginx
# each pinned to CPU 0, wrk pinned to CPU 1, warm-up first, then alternating rounds so that both see
# the same background noise. Prints, per page and connection count, the median over rounds of
# requests/s, p50 and p99 latency, errors and bytes per response, and the ratio app/nginx.
#
#   benchmarks/load/vs-nginx.sh [ROUNDS] [SECONDS]        (defaults: 3 rounds of 10 s)
#   POSTS=1000 CONNECTIONS="32 256" ENCODINGS="identity gzip" benchmarks/load/vs-nginx.sh
#   APP_ENV="NAME=value ..." adds settings to the app's environment (to compare runtime switches).
#   SOAK=60 then runs 60 s over every post page and samples the app's memory (SOAK=0 skips it).
#
# Needs wrk and nginx (Debian packages; installed with apt-get when missing and running as root).
set -euo pipefail

rounds=${1:-3}
seconds=${2:-10}
posts=${POSTS:-1000}
connections=${CONNECTIONS:-"32 256"}
encodings=${ENCODINGS:-"identity gzip"}
root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/benchmarks/load"
work=$(mktemp -d)
chmod 755 "$work" # nginx workers run as an unprivileged user when started by root
app_port=${APP_PORT:-5401}
nginx_port=${NGINX_PORT:-5402}
app_pid=""
nginx_pid=""

cleanup() {
    [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null && wait "$nginx_pid" 2>/dev/null || true
    [ -n "$app_pid" ] && kill -TERM "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
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
dotnet publish "$root/src/Blog/Blog.csproj" -c Release --use-current-runtime --self-contained false -p:PublishReadyToRun=true \
    -o "$work/app" --nologo -v quiet >/dev/null
dotnet run -c Release --project "$root/benchmarks/Blog.Benchmarks" -- corpus --out "$work/posts" --count "$posts" >/dev/null

# Per-request logging is off on both sides: at tens of thousands of requests a second it would
# measure the console (the blog) and the disk (nginx), not the servers.
(cd "$work/app" && exec taskset -c 0 env "Blog__PostsPath=$work/posts" "Blog__BaseUrl=http://127.0.0.1:$app_port" \
    "Serilog__MinimumLevel__Override__Serilog.AspNetCore.RequestLoggingMiddleware=Warning" ${APP_ENV:-} \
    dotnet Blog.dll --urls "http://127.0.0.1:$app_port" >"$work/app.log" 2>&1) &
app_pid=$!
for _ in $(seq 1 600); do
    curl -fsS -o /dev/null "http://127.0.0.1:$app_port/healthz/ready" 2>/dev/null && break
    sleep 0.1
done
curl -fsS -o /dev/null "http://127.0.0.1:$app_port/healthz/ready" || { echo "the app did not start:"; cat "$work/app.log"; exit 1; }

# The pages under test, saved from the app as a static-site generator would have written them.
post=/en/posts/$(ls "$work/posts" | sed -n 2p | sed -E 's/^[0-9]{4}-[0-9]{2}-[0-9]{2}-//; s/\.md$//')
tag=$(curl -fsS "http://127.0.0.1:$app_port/en/tags" | grep -oE 'href="/en/tags/[^"]+"' | sed -n 1p | sed -E 's/href="//; s/"$//')
pages="$post /en $tag"
for page in $pages; do
    mkdir -p "$work/static$page"
    curl -fsS "http://127.0.0.1:$app_port$page" -o "$work/static$page/index.html"
    gzip -9 -k "$work/static$page/index.html"
done

mkdir -p "$work/nginx-tmp"
sed -e "s#__WORK__#$work#g" -e "s#__PORT__#$nginx_port#g" "$here/nginx.conf" >"$work/nginx.conf"
taskset -c 0 "$nginx_bin" -c "$work/nginx.conf" -p "$work" 2>"$work/nginx-start.log" &
nginx_pid=$!
for _ in $(seq 1 100); do
    curl -fsS -o /dev/null "http://127.0.0.1:$nginx_port$post" 2>/dev/null && break
    sleep 0.1
done

run() { # url connections encoding seconds
    WRK_ACCEPT_ENCODING=$([ "$3" = identity ] && echo "" || echo "$3") \
        taskset -c 1 wrk -t1 -c"$2" -d"$4s" --latency -s "$here/report.lua" "$1" | grep '^RESULT' | sed 's/^RESULT //'
}
field() { echo "$1" | tr ' ' '\n' | grep "^$2=" | cut -d= -f2; }
median() { sort -g | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }

echo "warming up"
for page in $pages; do
    for encoding in $encodings; do
        run "http://127.0.0.1:$app_port$page" 32 "$encoding" 3 >/dev/null
        run "http://127.0.0.1:$nginx_port$page" 32 "$encoding" 3 >/dev/null
    done
done

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); $rounds alternating rounds of $seconds s; $posts posts; medians"
printf '%-34s %-9s %5s | %9s %8s %8s %4s %7s | %9s %8s %8s %4s %7s | %6s %6s\n' \
    page coding conns app_rps p50_ms p99_ms err bytes nginx_rps p50_ms p99_ms err bytes rps_x p99_x
for page in $pages; do
    for encoding in $encodings; do
        for c in $connections; do
            : >"$work/app.runs"; : >"$work/nginx.runs"
            for _ in $(seq 1 "$rounds"); do
                run "http://127.0.0.1:$app_port$page" "$c" "$encoding" "$seconds" >>"$work/app.runs"
                run "http://127.0.0.1:$nginx_port$page" "$c" "$encoding" "$seconds" >>"$work/nginx.runs"
            done
            stats() { # runs-file -> "rps p50 p99 errors bytes" (medians, errors summed)
                local f=$1
                echo "$(while read -r l; do field "$l" rps; done <"$f" | median)" \
                    "$(while read -r l; do field "$l" p50_ms; done <"$f" | median)" \
                    "$(while read -r l; do field "$l" p99_ms; done <"$f" | median)" \
                    "$(while read -r l; do field "$l" errors; done <"$f" | awk '{s+=$1} END {print s}')" \
                    "$(while read -r l; do field "$l" bytes_per_response; done <"$f" | median)"
            }
            read -r a_rps a_p50 a_p99 a_err a_bytes <<<"$(stats "$work/app.runs")"
            read -r n_rps n_p50 n_p99 n_err n_bytes <<<"$(stats "$work/nginx.runs")"
            printf '%-34s %-9s %5s | %9.0f %8.2f %8.2f %4d %7.0f | %9.0f %8.2f %8.2f %4d %7.0f | %6.2f %6.2f\n' \
                "$page" "$encoding" "$c" "$a_rps" "$a_p50" "$a_p99" "$a_err" "$a_bytes" "$n_rps" "$n_p50" "$n_p99" "$n_err" "$n_bytes" \
                "$(echo "$a_rps / $n_rps" | bc -l)" "$(echo "$a_p99 / $n_p99" | bc -l)"
        done
    done
done
echo "rps_x: app/nginx throughput (>= 1 is as fast); p99_x: app/nginx p99 latency (<= 1 is no worse)"

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
