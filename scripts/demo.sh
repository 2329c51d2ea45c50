#!/usr/bin/env bash
# The main job on the embedded SQLite default: installs what is needed, builds, then runs `leitstand demo`: the
# backend on data/leitstand.sqlite (seeded with the demo data on first run), a simulated fleet of the 200 demo
# stations, and the console logged in as the demo agent. Quit with :quit or Ctrl-C; the backend's log is
# data/leitstand.log.
#   scripts/demo.sh [leitstand demo options, e.g. --lang de --theme light]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--help" ]; then sed -n 2,6p "$0"; exit 0; fi
export PATH="/opt/swift/usr/bin:$PATH"
scripts/install-deps.sh
swift build --product leitstand
bin="$(swift build --show-bin-path)/leitstand"
mkdir -p data
exec "$bin" demo --db "${LEITSTAND_DB:-data/leitstand.sqlite}" "$@"
