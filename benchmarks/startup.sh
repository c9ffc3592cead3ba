#!/usr/bin/env bash
# Start-up time: the Native AOT smoke app beside the ifw tool, each started afresh RUNS times (default 21), and, with a
# baseline, ifw paired run for run against an earlier build of itself.
#
#   bash .ci/run                                  # publishes artifacts/aot/AotSmoke and installs artifacts/tool/ifw
#   bash benchmarks/startup.sh 21                 # the table
#   bash benchmarks/startup.sh 21 3a0eb4c         # and ifw score --format html against the tool built at that commit
#
# For each command prints the median (with an even RUNS, the higher of the middle two), fastest and slowest
# wall-clock time from process start to exit, which includes starting /usr/bin/time (about a millisecond), and the
# median peak resident memory that /usr/bin/time reads. BenchmarkDotNet measures code inside a warm process, so
# start-up, which is mostly the runtime loading and compiling, is measured here instead.
#
# The baseline is packed and installed as a .NET tool from a worktree of that commit, in artifacts/baseline/, the way
# .ci/run installs the current one; then the two are run alternately, RUNS times each, so that both meet the same
# load on the machine, and the ratio of their medians is printed.
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${1:-21}"
baseline_ref="${2:-}"
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "Usage: bash benchmarks/startup.sh [RUNS] [BASELINE-COMMIT], RUNS a whole number from 1; got '$runs'." >&2; exit 2; }
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

[[ -n "$baseline_ref" ]] || exit 0

# The baseline: the tool as it was at $baseline_ref, packed and installed as a .NET tool.
base=artifacts/baseline
if [[ ! -x "$base/tool/ifw" || "$(cat "$base/ref" 2>/dev/null)" != "$baseline_ref" ]]; then
  rm -rf "$base"; mkdir -p "$base"
  git worktree add --force --detach "$base/source" "$baseline_ref" > /dev/null
  dotnet pack "$base/source/src/IntegrationFramework.Cli" -c Release -o "$base/packages" > "$base/pack.log" 2>&1 || { tail -n 20 "$base/pack.log" >&2; exit 1; }
  NUGET_PACKAGES="$PWD/$base/nuget" dotnet tool install IntegrationFramework.Cli --tool-path "$base/tool" --add-source "$base/packages" --version 1.0.0 > "$base/install.log" 2>&1 || { cat "$base/install.log" >&2; exit 1; }
  git worktree remove --force "$base/source"
  echo "$baseline_ref" > "$base/ref"
fi

paired() {
  local times_now=() times_then=() start end
  "$ifw" "$@" > /dev/null 2>&1; "$base/tool/ifw" "$@" > /dev/null 2>&1
  for _ in $(seq "$runs"); do
    start=$(date +%s%N); "$ifw" "$@" > /dev/null 2>&1; end=$(date +%s%N); times_now+=($(( (end - start) / 1000000 )))
    start=$(date +%s%N); "$base/tool/ifw" "$@" > /dev/null 2>&1; end=$(date +%s%N); times_then+=($(( (end - start) / 1000000 )))
  done
  local now then middle=$(( runs / 2 ))
  now=$(printf '%s\n' "${times_now[@]}" | sort -n | sed -n "$((middle + 1))p")
  then=$(printf '%s\n' "${times_then[@]}" | sort -n | sed -n "$((middle + 1))p")
  awk -v now="$now" -v then="$then" -v ref="$baseline_ref" -v command="ifw $*" \
    'BEGIN { printf "| %s | %d ms | %d ms (%s) | %.2f |\n", command, now, then, ref, now / then }'
}

echo
echo "| paired, $runs runs each, alternating | this build (median) | baseline (median) | ratio |"
echo "| --- | ---: | ---: | ---: |"
paired score samples/data/croydon-2025.json --format html -o "$out/paired.html"
paired score samples/data/croydon-2025.json
paired --version
