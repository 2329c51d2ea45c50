#!/usr/bin/env bash
# The OCPP benchmarks of BENCHMARKS.md: a release build of leitstand and the same simulator run against
# Leitstand and against the Python central system ocpp-csms, one after the other in one invocation.
#   STATIONS=10000 RATE=5000 DURATION=120 [WARMUP=30] scripts/bench.sh
# WARMUP leaves that many seconds after the connect ramp (the boot storm) out of the simulator's figures.
# Results land in bench-results/<time>/ (JSON per run and summary.txt).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
stations="${STATIONS:-10000}"; rate="${RATE:-5000}"; duration="${DURATION:-120}"
connects="${CONNECTS_PER_SECOND:-1000}"; startups="${STARTUP_RUNS:-5}"; warmup="${WARMUP:-0}"
scripts/install-deps.sh
scripts/test-peers.sh
swift build -c release --product leitstand
bin="$(swift build -c release --show-bin-path)/leitstand"
out="bench-results/$(date +%Y%m%d-%H%M%S)"; mkdir -p "$out"
db="$out/bench.sqlite"
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
"$bin" seed --db "$db" --stations "$stations" >/dev/null

rss_kib() { awk '/VmRSS/ {print $2}' "/proc/$1/status"; }
wait_ready() { for _ in $(seq 600); do grep -q listening "$1" && return 0; sleep 0.05; done; return 1; }

# Start-up time with the whole fleet in the store: from exec to the ready line, several runs.
for i in $(seq "$startups"); do
  ready="$out/startup-$i.out"
  start=$(date +%s.%N)
  "$bin" serve --db "$db" --ocpp-port 0 --api-port 0 --log-level warning >"$ready" 2>>"$out/serve.stderr" &
  pid=$!
  wait_ready "$ready"
  echo "$(date +%s.%N) - $start" | bc >> "$out/startup-seconds.txt"
  kill -TERM "$pid"; wait "$pid" || true
done

# Leitstand under load.
ready="$out/serve.out"
"$bin" serve --db "$db" --ocpp-port 0 --api-port 0 --log-level warning >"$ready" 2>>"$out/serve.stderr" &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
wait_ready "$ready"
port=$(grep -o 'ocpp=[0-9]*' "$ready" | cut -d= -f2)
idle=$(rss_kib "$server")
( peak=0; while kill -0 "$server" 2>/dev/null; do r=$(rss_kib "$server" 2>/dev/null || echo 0); [ "${r:-0}" -gt "$peak" ] && peak=$r && echo "$peak" > "$out/leitstand-peak-rss-kib.txt"; sleep 1; done ) &
"$bin" simulate --url "ws://127.0.0.1:$port/ocpp" --stations "$stations" --rate "$rate" --seconds "$duration" \
  --connects-per-second "$connects" --warmup "$warmup" --json > "$out/leitstand.json"
kill -TERM "$server"; wait "$server" || true
echo "$idle" > "$out/leitstand-idle-rss-kib.txt"

# The peer: ocpp-csms, the same simulator and settings.
csms_port=$((20000 + RANDOM % 10000))
.venv/bin/ocpp-csms --host 127.0.0.1 --port "$csms_port" > /dev/null 2>"$out/ocpp-csms.stderr" &
csms=$!
trap 'kill $server $csms 2>/dev/null || true' EXIT
for _ in $(seq 200); do (exec 3<>"/dev/tcp/127.0.0.1/$csms_port") 2>/dev/null && break; sleep 0.05; done
"$bin" simulate --url "ws://127.0.0.1:$csms_port/ocpp" --stations "$stations" --rate "$rate" --seconds "$duration" \
  --connects-per-second "$connects" --warmup "$warmup" --json > "$out/ocpp-csms.json"
kill "$csms" 2>/dev/null || true

python3 scripts/bench-summary.py "$out" "$stations" | tee "$out/summary.txt"
