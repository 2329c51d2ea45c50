#!/usr/bin/env bash
# The main job on the embedded SQLite default: installs what is needed, builds, seeds the demo data, starts
# the backend and a simulated fleet of the 200 demo stations, and prints the simulator's report at the end.
#   scripts/demo.sh [SECONDS]     (default 600; Ctrl+C stops earlier)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--help" ]; then sed -n 2,4p "$0"; exit 0; fi
seconds="${1:-600}"
export PATH="/opt/swift/usr/bin:$PATH"
scripts/install-deps.sh
swift build --product leitstand
bin="$(swift build --show-bin-path)/leitstand"
db="${LEITSTAND_DB:-data/leitstand.sqlite}"
"$bin" seed --db "$db"
ready="$(mktemp)"
"$bin" serve --db "$db" --ocpp-port "${OCPP_PORT:-8180}" --api-port "${API_PORT:-8181}" >"$ready" &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -f "$ready"' EXIT
for _ in $(seq 100); do grep -q listening "$ready" && break; kill -0 "$server" || exit 1; sleep 0.1; done
read -r _ ocpp api < "$ready"
echo "Backend up: OCPP ws://127.0.0.1:${ocpp#ocpp=}/ocpp/{id}, API http://127.0.0.1:${api#api=}/api/v1"
echo "Simulating the 200 demo stations for ${seconds} s …"
"$bin" simulate --url "ws://127.0.0.1:${ocpp#ocpp=}/ocpp" --stations 200 --seconds "$seconds"
echo "Open alarms:"; curl -s "http://127.0.0.1:${api#api=}/api/v1/alarms"; echo
