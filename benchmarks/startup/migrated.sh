#!/usr/bin/env bash
# Startup on a migrated pandoc blog: 391 bilingual posts in section/yyyy/MM/dd folders (34 names repeated),
# an index and a section index, and 20 pages. The published app's time from process start to the first 200
# for a post reached through its old address, and the load time it logs. Medians of RUNS runs.
#
#   benchmarks/startup/migrated.sh            RUNS=5 benchmarks/startup/migrated.sh
set -euo pipefail

runs=${RUNS:-3}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
port=${APP_PORT:-5452}
app_pid=""

cleanup() {
    [ -n "$app_pid" ] && kill -TERM "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
median() { sort -g | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }

dotnet publish "$root/src/Blog/Blog.csproj" -c Release --use-current-runtime --self-contained false -p:PublishReadyToRun=true \
    -o "$work/app" --nologo -v quiet >/dev/null
dotnet build "$root/benchmarks/Blog.Benchmarks" -c Release --nologo -v quiet >/dev/null
old=$(dotnet "$root/benchmarks/Blog.Benchmarks/bin/Release/net10.0/Blog.Benchmarks.dll" pandoc-blog --out "$work/site" --pages 20 | grep -oE '/posts/[^ ]+\.html')

echo "cores: $(nproc); load average: $(cut -d' ' -f1-3 /proc/loadavg); $runs runs, medians"
: >"$work/ready"; : >"$work/loaded"
for _ in $(seq 1 "$runs"); do
    sync
    start=$(now_ms)
    (cd "$work/app" && exec env "Blog__PostsPath=$work/site/posts" dotnet Blog.dll --urls "http://127.0.0.1:$port" >"$work/app.log" 2>&1) &
    app_pid=$!
    until curl -fsL -o /dev/null "http://127.0.0.1:$port$old" 2>/dev/null; do
        kill -0 "$app_pid" 2>/dev/null || { echo "the app stopped:"; tail -n 20 "$work/app.log"; exit 1; }
        sleep 0.01
    done
    echo $(( $(now_ms) - start )) >>"$work/ready"
    grep -oE 'from .* in [0-9]+ ms' "$work/app.log" | grep -oE '[0-9]+ ms' | head -n 1 | cut -d' ' -f1 >>"$work/loaded"
    kill -TERM "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
done
echo "ready_ms (process start to a post through its old address): $(median <"$work/ready"); load_ms (as logged): $(median <"$work/loaded")"
