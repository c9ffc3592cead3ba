#!/usr/bin/env bash
# A bounded load run against the scoring service on loopback: POST /score with the Croydon sample (86 items, five
# partners, 411 ratings), by wrk (Debian's package).
#
#   bash benchmarks/load.sh            the full run: 64 connections for 30 s, then 8 connections for 30 s (latency)
#   bash benchmarks/load.sh --smoke    5 s at each, for CI: checks the script and the service, not the numbers
#
# Prints requests/s, failed requests (socket errors and non-2xx answers), p99 latency, and the service's working set
# (VmRSS) after warm-up and after the run. Exits 1 when any request failed. Run from the repository's root, after a
# Release build (dotnet build -c Release), or it builds the service itself.
set -euo pipefail
cd "$(dirname "$0")/.."

duration=30
[[ "${1:-}" == "--smoke" ]] && duration=5
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install -y wrk" >&2; exit 1; }

service=samples/ScoringService/bin/Release/net10.0/ScoringService.dll
[[ -f "$service" ]] || dotnet build samples/ScoringService -c Release >/dev/null
port=5089
url="http://127.0.0.1:$port"
body="$PWD/samples/data/croydon-2025.json"
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT

cat > "$work/score.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local file = io.open("$body", "rb")
wrk.body = file:read("*a")
file:close()
done = function(summary, latency, requests)
  local failed = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout + summary.errors.status
  io.write(string.format("RESULT requests=%d seconds=%.2f failed=%d p50_ms=%.3f p99_ms=%.3f\n",
    summary.requests, summary.duration / 1e6, failed, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
LUA

Logging__LogLevel__Default=Warning dotnet "$service" --urls "$url" > "$work/service.log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do curl -sf "$url/health" >/dev/null && break; sleep 0.2; done
curl -sf "$url/health" >/dev/null || { echo "the service did not start:" >&2; cat "$work/service.log" >&2; exit 1; }
rss() { awk '/VmRSS/ { printf "%.1f", $2 / 1024 }' "/proc/$pid/status"; }

# Warm-up: JIT, tiered compilation and the GC's heap sizes settle before anything is measured.
wrk -t2 -c64 -d"$((duration < 10 ? 2 : 10))"s -s "$work/score.lua" "$url/score" >/dev/null
warm=$(rss)

throughput=$(wrk -t2 -c64 -d"${duration}"s -s "$work/score.lua" "$url/score" | grep '^RESULT')
latency=$(wrk -t2 -c8 -d"${duration}"s --latency -s "$work/score.lua" "$url/score" | grep '^RESULT')
after=$(rss)

read -r requests seconds failed _ _ < <(echo "$throughput" | sed 's/RESULT //; s/[a-z0-9_]*=//g')
read -r _ _ failed8 _ p99 < <(echo "$latency" | sed 's/RESULT //; s/[a-z0-9_]*=//g')
echo "64 connections, ${duration} s: $(awk -v r="$requests" -v s="$seconds" 'BEGIN { printf "%.0f", r / s }') requests/s, $requests requests, $failed failed"
echo "8 connections, ${duration} s: p99 latency $p99 ms, $failed8 failed"
echo "working set: $warm MiB after warm-up, $after MiB after the run ($(awk -v a="$after" -v w="$warm" 'BEGIN { printf "%+.1f", (a - w) / w * 100 }') %)"
[[ "$failed" == 0 && "$failed8" == 0 ]] || { echo "requests failed" >&2; exit 1; }
