#!/usr/bin/env bash
# Runs every test: installs what it needs, builds, runs the Swift unit tests, then the integration tests in which
# real Python `ocpp` charge points talk to the real server on loopback and the real console runs in tmux.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
scripts/install-deps.sh
scripts/test-peers.sh
swift format lint --strict -r Sources Tests
swift build --build-tests
swift test --skip-build
export LEITSTAND_BIN="$(swift build --show-bin-path)/leitstand"
.venv/bin/python -m pytest -q Tests/Integration
