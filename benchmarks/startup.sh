#!/usr/bin/env bash
# Start-up time: the Native AOT smoke app beside the ifw tool, each started afresh RUNS times (default 21).
#
#   bash .ci/run                   # publishes artifacts/aot/AotSmoke and installs artifacts/tool/ifw
#   bash benchmarks/startup.sh 21
#
# For each command prints the median (with an even RUNS, the higher of the middle two), fastest and slowest
# wall-clock time from process start to exit, which includes starting /usr/bin/time (about a millisecond), and the
# median peak resident memory that /usr/bin/time reads. BenchmarkDotNet measures code inside a warm process, so
# start-up, which is mostly the runtime loading and compiling, is measured here instead.
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${1:-21}"
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "Usage: bash benchmarks/startup.sh [RUNS], RUNS a whole number from 1; got '$runs'." >&2; exit 2; }
aot=artifacts/aot/AotSmoke
ifw=artifacts/tool/ifw
for tool in "$aot" "$ifw"; do
  [[ -x "$tool" ]] || { echo "$tool is missing: run 'bash .ci/run' first, which builds it." >&2; exit 2; }
done
[[ -x /usr/bin/time ]] || { echo "/usr/bin/time is missing (Debian package 'time'); it reads the peak memory." >&2; exit 2; }

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

# measure NAME COMMAND...: runs the command $runs times after one unmeasured run, and prints one table row.
# What a command says on standard error is shown only when it fails.
measure() {
  local name="$1"; shift
  "$@" > /dev/null 2> "$out/stderr" || { cat "$out/stderr" >&2; exit 1; }
  local times=() memories=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    /usr/bin/time -f '%M' -o "$out/memory" "$@" > /dev/null 2> "$out/stderr" || { cat "$out/stderr" >&2; exit 1; }
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
    memories+=("$(cat "$out/memory")")
  done
  local sorted_times sorted_memories middle=$(( runs / 2 ))
  mapfile -t sorted_times < <(printf '%s\n' "${times[@]}" | sort -n)
  mapfile -t sorted_memories < <(printf '%s\n' "${memories[@]}" | sort -n)
  awk -v name="$name" -v median="${sorted_times[$middle]}" -v fastest="${sorted_times[0]}" \
    -v slowest="${sorted_times[$((runs - 1))]}" -v kilobytes="${sorted_memories[$middle]}" \
    'BEGIN { printf "| %s | %d ms | %d–%d ms | %.1f MB |\n", name, median, fastest, slowest, kilobytes / 1024 }'
}

echo "| command ($runs runs) | median | range | peak memory (median) |"
echo "| --- | ---: | ---: | ---: |"
measure "AotSmoke: read, score, HTML report (Native AOT)" "$aot" samples/data/croydon-2025.json "$out/aot.html"
measure "ifw score --format html -o FILE" "$ifw" score samples/data/croydon-2025.json --format html -o "$out/ifw.html"
measure "ifw score (text)" "$ifw" score samples/data/croydon-2025.json
measure "ifw --version" "$ifw" --version
