#!/usr/bin/env bash
# One steady window of the OCPP server under the simulator, for comparing two builds in interleaved runs:
#   [BIN=path/to/leitstand] [SIMBIN=...] STATIONS=10000 RATE=5000 DURATION=60 W0=30 W1=55 [WARMUP=20] scripts/bench-steady.sh
# Between W0 and W1 seconds after the simulator starts it reads /metrics and /proc: messages per second, the
# server's and the simulator's CPU per message, the server's own handling time (its histogram), and the bytes the
# server wrote to disk per message. The simulator's latency, send lag and slow answers cover its steady phase after
# a warm-up of WARMUP seconds (default 20) past the connect ramp, which leaves the boot storm out, as the official
# runs do. SIMBIN keeps one simulator for both builds of a comparison. Expects a release build (BIN defaults to it).
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${BIN:-$(swift build -c release --show-bin-path)/leitstand}"
simbin="${SIMBIN:-$bin}"
stations="${STATIONS:-10000}"; rate="${RATE:-5000}"; duration="${DURATION:-60}"
w0="${W0:-30}"; w1="${W1:-55}"; warmup="${WARMUP:-20}"
out="$(mktemp -d)"; trap 'rm -rf "$out"' EXIT
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
"$bin" seed --db "$out/db.sqlite" --stations "$stations" >/dev/null

"$bin" serve --db "$out/db.sqlite" --ocpp-port 0 --api-port 0 --log-level warning >"$out/serve.out" 2>"$out/serve.err" &
server=$!
for _ in $(seq 600); do grep -q listening "$out/serve.out" && break; sleep 0.05; done
port=$(grep -o 'ocpp=[0-9]*' "$out/serve.out" | cut -d= -f2)
api=$(grep -o 'api=[0-9]*' "$out/serve.out" | cut -d= -f2)
"$simbin" simulate --url "ws://127.0.0.1:$port/ocpp" --stations "$stations" --rate "$rate" --seconds "$duration" \
  --connects-per-second 1000 --warmup "$warmup" --json >"$out/sim.json" 2>"$out/sim.err" &
sim=$!

messages() { curl -s "http://127.0.0.1:$api/metrics" | awk '/^leitstand_ocpp_messages_total/ {s+=$2} END {print s}'; }
cpu_ticks() { awk '{print $14+$15}' "/proc/$1/stat"; }
written() { awk '/^write_bytes/ {print $2}' "/proc/$1/io"; }
snapshot() {
  echo "$(messages) $(cpu_ticks "$server") $(cpu_ticks "$sim") $(written "$server") $(date +%s.%N)"
  curl -s "http://127.0.0.1:$api/metrics" >"$out/metrics-$1.txt"
}
sleep "$w0"; read -r m0 c0 s0 d0 t0 <<<"$(snapshot 0)"
sleep "$((w1 - w0))"; read -r m1 c1 s1 d1 t1 <<<"$(snapshot 1)"
wait "$sim"
kill -TERM "$server"; wait "$server" || true

python3 - "$out" "$m0" "$m1" "$c0" "$c1" "$s0" "$s1" "$d0" "$d1" "$t0" "$t1" <<'PY'
import collections, json, re, sys
out = sys.argv[1]
m0, m1, c0, c1, s0, s1, d0, d1 = map(int, sys.argv[2:10]); t0, t1 = map(float, sys.argv[10:12])
run = json.load(open(f"{out}/sim.json")); latency = run["latency"]; lag = run.get("sendLag", {})
print(f"simulator: {run['throughput']:.0f} answers/s, latency p50 {latency['p50']:.1f} p90 {latency['p90']:.1f} "
      f"p99 {latency['p99']:.1f} ms, send lag p99 {lag.get('p99', float('nan')):.1f} ms, lost {run['calls']['lost']}")
seconds = run.get("answersBySecond", [])
slow = sum(second["slow"] for second in seconds)
print(f"simulator: {slow} answers over 50 ms, in {sum(second['slow'] > 0 for second in seconds)} of {len(seconds)} "
      f"seconds; the worst second had {max((second['slow'] for second in seconds), default=0)}")
def buckets(path):
    counts = collections.Counter()
    for line in open(path):
        match = re.match(r'leitstand_ocpp_handling_seconds_bucket\{action="\w+",le="([^"]+)"\} (\S+)', line)
        if match: counts[match.group(1)] += float(match.group(2))
    return counts
before, after = buckets(f"{out}/metrics-0.txt"), buckets(f"{out}/metrics-1.txt")
total = after["+Inf"] - before["+Inf"]
over = lambda bound: (total - (after[bound] - before[bound])) / total
seconds, count = t1 - t0, m1 - m0
print(f"window {seconds:.1f} s: {count / seconds:.0f} msg/s; server {(c1 - c0) / 100 / seconds:.2f} cores = "
      f"{(c1 - c0) * 1e4 / count:.0f} us/msg; simulator {(s1 - s0) / 100 / seconds:.2f} cores = "
      f"{(s1 - s0) * 1e4 / count:.0f} us/msg; server handling over 50 ms {over('0.05'):.2%}; "
      f"disk writes {(d1 - d0) / count:.0f} B/msg")
PY
