#!/usr/bin/env bash
# Creates .venv with the test peers: the Python `ocpp` package (charge points), pytest, and ocpp-csms (benchmark peer).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c "import ocpp, pytest, websockets" 2>/dev/null; then
  python3 -m venv .venv
  .venv/bin/pip install -q --disable-pip-version-check -r Tests/Integration/requirements.txt
fi
