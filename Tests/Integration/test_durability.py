"""Kill -9 under load: everything the server acknowledged to a station must be in the store afterwards.

The simulator's acknowledgement log (Sources/FleetSimulator/AcknowledgementRecord.swift) has one JSON line per
StartTransaction, StopTransaction, MeterValues and StatusNotification the server answered with a CALLRESULT.
"""

from __future__ import annotations

import json
import subprocess
import time
from collections import Counter
from collections.abc import Hashable
from datetime import datetime
from pathlib import Path
from typing import Any

from backend_reads import Store
from leitstand_process import REPOSITORY, STATION_PASSWORD, seed

STATIONS = 300
SIMULATED_SECONDS = 20
RATE = 2_000
KILL_AFTER = 8.0
"""Seconds after the simulator started that the server gets SIGKILL."""
SIMULATOR_GRACE = 30.0
"""Seconds the simulator may run past SIMULATED_SECONDS, reconnect attempts to the dead server included."""


def milliseconds(iso_time: str) -> int:
    """An ISO 8601 time as whole milliseconds since 1970."""
    return round(datetime.fromisoformat(iso_time).timestamp() * 1000)


def stored_milliseconds(seconds: float) -> int:
    """A stored time (REAL seconds since 1970) as whole milliseconds."""
    return round(seconds * 1000)


def read_acknowledgements(path: Path) -> list[dict[str, Any]]:
    """The acknowledgement log's records, each line checked to be a whole JSON object."""
    records = []
    for number, line in enumerate(path.read_text().splitlines(), start=1):
        record = json.loads(line)
        assert isinstance(record, dict) and {"type", "station", "timestamp"} <= record.keys(), (
            f"line {number} of the acknowledgement log is not a record: {line}")
        records.append(record)
    return records


def missing(expected: Counter[Hashable], stored: Counter[Hashable]) -> list[Hashable]:
    """The acknowledged keys the store does not hold as often as they were acknowledged."""
    return sorted((expected - stored).elements(), key=repr)


def lost_records(store: Store, acknowledged: list[dict[str, Any]]) -> dict[str, list[Any]]:
    """For each acknowledged type, the records the store lost (empty lists when nothing was lost)."""
    by_type: dict[str, list[dict[str, Any]]] = {}
    for record in acknowledged:
        by_type.setdefault(record["type"], []).append(record)
    unknown_types = set(by_type) - {"StartTransaction", "StopTransaction", "MeterValues", "StatusNotification"}
    assert not unknown_types, f"the acknowledgement log has records of types {unknown_types}"

    transactions = {row["id"]: row for row in store.rows("SELECT * FROM transactions")}
    lost: dict[str, list[Any]] = {}
    lost["StartTransaction"] = [
        r for r in by_type.get("StartTransaction", [])
        if (row := transactions.get(r["transactionId"])) is None
        or (row["station_id"], row["connector"], row["id_tag"], row["meter_start_wh"])
        != (r["station"], r["connector"], r["idTag"], r["meterStart"])
        or stored_milliseconds(row["started_at"]) != milliseconds(r["timestamp"])]
    lost["StopTransaction"] = [
        r for r in by_type.get("StopTransaction", [])
        if (row := transactions.get(r["transactionId"])) is None or row["stopped_at"] is None
        or (row["station_id"], row["meter_stop_wh"], row["stop_reason"] or "Local")
        != (r["station"], r["meterStop"], r["reason"])
        or stored_milliseconds(row["stopped_at"]) != milliseconds(r["timestamp"])]

    meter_rows = store.rows("SELECT station_id, connector, transaction_id, timestamp, energy_wh FROM meter_values")
    lost["MeterValues"] = missing(
        Counter((r["station"], r["connector"], r.get("transactionId"), milliseconds(r["timestamp"]),
                 float(r["values"]["Energy.Active.Import.Register"])) for r in by_type.get("MeterValues", [])),
        Counter((row["station_id"], row["connector"], row["transaction_id"], stored_milliseconds(row["timestamp"]),
                 row["energy_wh"]) for row in meter_rows))

    status_rows = store.rows("SELECT station_id, connector, status, error_code, timestamp FROM status_history")
    lost["StatusNotification"] = missing(
        Counter((r["station"], r["connector"], r["status"], r["errorCode"], milliseconds(r["timestamp"]))
                for r in by_type.get("StatusNotification", [])),
        Counter((row["station_id"], row["connector"], row["status"], row["error_code"],
                 stored_milliseconds(row["timestamp"])) for row in status_rows))
    return lost


def test_every_acknowledged_message_survives_a_sigkill_under_load(leitstand_bin, start_server, tmp_path):
    db = tmp_path / "fleet.sqlite"
    seed(leitstand_bin, db, stations=STATIONS)
    server = start_server(db_path=db)
    ack_log = tmp_path / "acknowledged.jsonl"
    simulator_output = tmp_path / "simulate.out"
    with simulator_output.open("w") as output:
        simulator = subprocess.Popen(
            [leitstand_bin, "simulate", "--url", f"ws://127.0.0.1:{server.ocpp_port}/ocpp",
             "--stations", str(STATIONS), "--seconds", str(SIMULATED_SECONDS), "--rate", str(RATE),
             "--password", STATION_PASSWORD, "--prefix", "LS-", "--ack-log", str(ack_log), "--json"],
            cwd=REPOSITORY, stdout=output, stderr=subprocess.STDOUT)
    try:
        kill_at = time.monotonic() + KILL_AFTER
        while time.monotonic() < kill_at:
            assert simulator.poll() is None, (
                f"the simulator exited {simulator.returncode} before the kill:\n{simulator_output.read_text()}")
            assert server.is_running, f"the server died before the kill:\n{server.stderr_tail()}"
            time.sleep(0.1)
        server.kill()
        simulator.wait(timeout=SIMULATED_SECONDS - KILL_AFTER + SIMULATOR_GRACE)
    finally:
        if simulator.poll() is None:
            simulator.kill()
            simulator.wait(timeout=10)

    start_server(db_path=db).stop()

    acknowledged = read_acknowledgements(ack_log) if ack_log.exists() else []
    counts = Counter(r["type"] for r in acknowledged)
    assert counts["StartTransaction"] and counts["MeterValues"] and counts["StatusNotification"], (
        f"the acknowledgement log holds too little to test anything ({dict(counts)}); simulator said:\n"
        f"{simulator_output.read_text()[-4000:]}")
    lost = lost_records(Store(db), acknowledged)
    summary = ", ".join(f"{kind}: {len(lost[kind])} lost of {counts[kind]}" for kind in sorted(lost))
    print(f"acknowledged {len(acknowledged)} records; {summary}")
    print(f"simulator report:\n{simulator_output.read_text()[-3000:]}")
    lost_total = sum(len(records) for records in lost.values())
    assert lost_total == 0, "\n".join(
        [f"acknowledged but not stored: {summary}"]
        + [f"{kind} (first 5): {records[:5]}" for kind, records in lost.items() if records])
