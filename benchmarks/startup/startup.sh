#!/usr/bin/env bash
# Startup, memory and live edits at several sizes: for each count of generated bilingual posts (~6 KB),
# the published app's time from process start to the first 200 for a post page, its peak and settled
# memory, the catalog's size per post, and how long an edit of one post takes to show; and, when
# `hugo` is installed, Hugo's build time and peak memory for the same files. Medians of RUNS runs.
#
#   benchmarks/startup/startup.sh [COUNT...]          (default: 1000 10000)
#   RUNS=3 EDITS=5 benchmarks/startup/startup.sh 1000 10000 50000
#   APP_SOURCE=/a/checkout/of/an/older/commit measures that commit's app on the same corpus (before/after).
set -euo pipefail

counts=${*:-"1000 10000"}
runs=${RUNS:-3}
edits=${EDITS:-5}
root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/benchmarks/startup"
work=$(mktemp -d)
port=${APP_PORT:-5451}
app_pid=""

cleanup() {
    [ -n "$app_pid" ] && kill -TERM "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
median() { sort -g | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
status_kb() { awk -v k="$2:" '$1 == k {print $2}' "/proc/$1/status"; }

echo "publishing the app (Release, ReadyToRun, as the Dockerfile does) and the corpus writer"
dotnet publish "${APP_SOURCE:-$root}/src/Blog/Blog.csproj" -c Release --use-current-runtime --self-contained false -p:PublishReadyToRun=true \
    -o "$work/app" --nologo -v quiet >/dev/null
dotnet build "$root/benchmarks/Blog.Benchmarks" -c Release --nologo -v quiet >/dev/null
tool="$root/benchmarks/Blog.Benchmarks/bin/Release/net10.0/Blog.Benchmarks.dll"

echo "cores: $(nproc); load average: $(cut -d' ' -f1-3 /proc/loadavg); $runs runs each, medians"
printf '%7s | %9s %9s %9s %9s | %9s %9s %9s | %9s %9s\n' posts ready_ms peak_MB settled_MB KiB/post edit_ms reread reload_ms hugo_s hugo_MB
for count in $counts; do
    posts="$work/posts-$count"
    dotnet "$tool" corpus --out "$posts" --count "$count" >/dev/null
    first=$(ls "$posts" | sed -n 1p)
    slug=$(echo "$first" | sed -E 's/^[0-9]{4}-[0-9]{2}-[0-9]{2}-//; s/\.md$//')
    url="http://127.0.0.1:$port/en/posts/$slug"

    : >"$work/ready"; : >"$work/peak"; : >"$work/settled"; : >"$work/edit"; : >"$work/parsed"
    for run in $(seq 1 "$runs"); do
        sync
        start=$(now_ms)
        (cd "$work/app" && exec env "Blog__PostsPath=$posts" dotnet Blog.dll --urls "http://127.0.0.1:$port" >"$work/app.log" 2>&1) &
        app_pid=$!
        until curl -fs -o /dev/null "$url" 2>/dev/null; do
            kill -0 "$app_pid" 2>/dev/null || { echo "the app stopped:"; tail -n 20 "$work/app.log"; exit 1; }
            sleep 0.01
        done
        echo $(( $(now_ms) - start )) >>"$work/ready"
        sleep 2
        status_kb "$app_pid" VmHWM >>"$work/peak"
        status_kb "$app_pid" VmRSS >>"$work/settled"

        # An author's edit: the post's title changes; the time runs until a reader gets the new title.
        if [ "$run" -eq 1 ]; then
            for edit in $(seq 1 "$edits"); do
                title="Edited $edit $RANDOM"
                sed -E "s/^title: .*/title: \"$title\"/" "$posts/$first" >"$work/edit.md"
                start=$(now_ms)
                mv "$work/edit.md" "$posts/$first"
                until curl -fs "$url" 2>/dev/null | grep -q "$title"; do sleep 0.005; done
                echo $(( $(now_ms) - start )) >>"$work/edit"
                sleep 0.5
            done
            grep -oE '[0-9]+ files? read again, in [0-9]+ ms' "$work/app.log" | tail -n 1 >"$work/reread" || true
        fi
        kill -TERM "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
    done

    per_post=$(dotnet "$tool" load --posts "$posts" | grep -oE '[0-9.]+ KiB a post' | cut -d' ' -f1)
    hugo_s="-"; hugo_mb="-"
    if command -v hugo >/dev/null; then
        site="$work/hugo-$count"
        cp -r "$here/hugo" "$site"
        mkdir -p "$site/content"
        cp -r "$posts" "$site/content/posts"
        : >"$work/hugo"
        for _ in $(seq 1 "$runs"); do
            rm -rf "$site/public" "$site/resources"
            /usr/bin/time -f "%e %M" -o "$work/hugo.one" hugo --quiet --source "$site" >/dev/null 2>"$work/hugo.err" || { cat "$work/hugo.err"; exit 1; }
            cat "$work/hugo.one" >>"$work/hugo"
        done
        hugo_s=$(awk '{print $1}' "$work/hugo" | median)
        hugo_mb=$(awk '{print $2 / 1024}' "$work/hugo" | median)
    fi

    printf '%7s | %9s %9.0f %9.0f %9s | %9s %9s %9s | %9s %9s\n' "$count" \
        "$(median <"$work/ready")" "$(awk '{print $1 / 1024}' "$work/peak" | median)" "$(awk '{print $1 / 1024}' "$work/settled" | median)" \
        "$per_post" "$(median <"$work/edit")" "$(awk '{print $1}' "$work/reread")" "$(awk '{print $6}' "$work/reread")" "$hugo_s" "$hugo_mb"
done
echo "ready_ms: process start to the first 200 for a post page; peak/settled: VmHWM/VmRSS 2 s after; KiB/post: the live"
echo "catalog after a full GC divided by posts; edit_ms: file replaced to new title served (median of $edits, Blog:ReloadDelay"
echo "included); reread/reload_ms: files the last reload read again and its time as logged; hugo_s/hugo_MB: 'hugo' build"
echo "time and peak RSS for the same files."
