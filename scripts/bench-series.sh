#!/usr/bin/env bash
# The latency time series of BENCHMARKS.md: runs `leitstand simulate` against a release `leitstand serve` and
# scrapes the server's /metrics every 2 s, then prints, per 2 s interval, the messages handled and the
# histogram buckets that hold the p50, p90 and p99 of the server's handling time, and how busy the commit
# writer was.
#   STATIONS=10000 RATE=5000 DURATION=50 scripts/bench-series.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
stations="${STATIONS:-10000}"; rate="${RATE:-5000}"; duration="${DURATION:-50}"
swift build -c release --product leitstand
bin="$(swift build -c release --show-bin-path)/leitstand"
out="bench-results/series-$(date +%Y%m%d-%H%M%S)"; mkdir -p "$out"
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
"$bin" seed --db "$out/bench.sqlite" --stations "$stations" >/dev/null
"$bin" serve --db "$out/bench.sqlite" --ocpp-port 0 --api-port 0 --log-level warning >"$out/serve.out" 2>"$out/serve.stderr" &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 600); do grep -q listening "$out/serve.out" && break; sleep 0.05; done
port=$(grep -o 'ocpp=[0-9]*' "$out/serve.out" | cut -d= -f2)
api=$(grep -o 'api=[0-9]*' "$out/serve.out" | cut -d= -f2)
"$bin" simulate --url "ws://127.0.0.1:$port/ocpp" --stations "$stations" --rate "$rate" --seconds "$duration" \
  --connects-per-second 1000 --json > "$out/simulate.json" &
simulator=$!
scrapes=0
while kill -0 "$simulator" 2>/dev/null; do
  curl -s "http://127.0.0.1:$api/metrics" > "$out/metrics-$scrapes.txt" || true
  scrapes=$((scrapes + 1)); sleep 2
done
kill -TERM "$server"; wait "$server" || true
python3 - "$out" "$scrapes" <<'PY' | tee "$out/series.txt"
import collections, json, re, sys
out, scrapes = sys.argv[1], int(sys.argv[2])
def read(path):
    buckets, commit = collections.Counter(), 0.0
    for line in open(path):
        if m := re.match(r'leitstand_ocpp_handling_seconds_bucket\{action="\w+",le="([^"]+)"\} (\S+)', line):
            buckets[m.group(1)] += float(m.group(2))
        elif m := re.match(r'leitstand_store_commit_seconds_sum (\S+)', line):
            commit = float(m.group(1))
    return buckets, commit
previous = None
for index in range(scrapes):
    try:
        current = read(f"{out}/metrics-{index}.txt")
    except OSError:
        continue
    if previous:
        (buckets, commit), (before, committed_before) = current, previous
        bounds = sorted((b for b in buckets if b != "+Inf"), key=float) + ["+Inf"]
        total = buckets["+Inf"] - before["+Inf"]
        marks = [next((b for b in bounds if total and buckets[b] - before[b] >= q * total), "-") for q in (0.5, 0.9, 0.99)]
        print(f"t={2 * index:3d}s msg/s={total / 2:6.0f} p50<={marks[0]:>6}s p90<={marks[1]:>6}s p99<={marks[2]:>6}s "
              f"commit writer busy={(commit - committed_before) / 2:.0%}")
    previous = current
report = json.load(open(f"{out}/simulate.json"))
latency = report["latency"]
print(f"simulator: {report['throughput']:.0f} msg/s, p50 {latency['p50']:.1f} ms, p90 {latency['p90']:.1f} ms, "
      f"p99 {latency['p99']:.1f} ms over the {report['steadySeconds']:.0f} s steady phase")
PY
