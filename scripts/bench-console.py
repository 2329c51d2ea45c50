"""The console's end-to-end figure of BENCHMARKS.md: how long a status change takes from the station's send to the
agent's screen while the simulator drives the backend, and the console process's memory with the whole fleet.

A release `leitstand serve` on a store of STATIONS + 1 stations; `leitstand simulate` plays SIMULATED of them
(default 10,000: a process here may hold 20,000 sockets, so server and simulator cannot both hold 20,000) at
RATE messages per second; a real `leitstand console --connect` runs in tmux, logged in as the demo agent and
filtered to the one station the simulator leaves alone (the probe). A Python `ocpp` charge point as the probe
then flips its connector between Faulted and Available; each sample is the time from just before the
StatusNotification is sent until capture-pane shows the new status word (polled every POLL seconds, so each
sample is late by up to one poll and one capture). Sampling starts SETTLE seconds (default 20) after the
connect ramp, once the boot burst has been answered. The server's `/metrics` are read before and after the
sampling, and the report gives the share of all messages the server handled within 50 ms meanwhile: the
load's own state, against which one sample's time can be read.

    LEITSTAND_BIN=.build/release/leitstand STATIONS=20000 SIMULATED=10000 RATE=5000 SAMPLES=40 \
        .venv/bin/python scripts/bench-console.py
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import re
import time
import urllib.request
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPOSITORY / "Tests" / "Integration"))

from ocpp.v16 import call  # noqa: E402

from leitstand_process import LeitstandServer, seed  # noqa: E402
from stations import now_iso, station  # noqa: E402
from terminal import TmuxTerminal  # noqa: E402

POLL = 0.02


def resident_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def console_pid(binary: str) -> int:
    """The console process itself (tmux's own command line names it too, but does not start with it)."""
    out = subprocess.run(["pgrep", "-f", f"^{binary} console --connect"], capture_output=True, text=True).stdout
    return int(out.split()[0])


async def probe(server: LeitstandServer, console: TmuxTerminal, probe_id: str,
                samples: int) -> tuple[list[float], list[float]]:
    """Per sample: send → on screen, and send → CALLRESULT (the backend's own share)."""
    latencies: list[float] = []
    acknowledgements: list[float] = []
    async with station(server.ocpp_url(probe_id), probe_id) as peer:
        await peer.boot()
        await peer.request(call.StatusNotification(connector_id=1, error_code="NoError", status="Available",
                                                   timestamp=now_iso()))
        await asyncio.to_thread(console.wait_for, "available", 30)
        for number in range(samples):
            faulted = number % 2 == 0
            word = "faulted" if faulted else "available"
            sent = time.monotonic()

            async def report(faulted: bool = faulted) -> float:
                await peer.request(call.StatusNotification(
                    connector_id=1, error_code="GroundFailure" if faulted else "NoError",
                    status="Faulted" if faulted else "Available", timestamp=now_iso()))
                return time.monotonic()

            request = asyncio.create_task(report())
            seen = await asyncio.to_thread(wait_for_word, console, word, sent)
            latencies.append(seen - sent)
            acknowledgements.append(await request - sent)
            await asyncio.sleep(0.3)
    return latencies, acknowledgements


def handling_buckets(api_url: str) -> dict[str, float]:
    """The server's handling-latency histogram, summed over actions: bucket bound → messages up to it."""
    text = urllib.request.urlopen(f"{api_url}/metrics", timeout=10).read().decode()
    buckets: dict[str, float] = {}
    for bound, count in re.findall(r'^leitstand_ocpp_handling_seconds_bucket\{action="\w+",le="([^"]+)"\} (\S+)$',
                                   text, re.MULTILINE):
        buckets[bound] = buckets.get(bound, 0.0) + float(count)
    return buckets


def share_within(before: dict[str, float], after: dict[str, float], bound: str) -> float:
    total = after["+Inf"] - before["+Inf"]
    return round((after[bound] - before[bound]) / total, 4) if total else 0.0


def summary(seconds: list[float]) -> dict[str, float]:
    """Median, nearest-rank p99 and maximum, in milliseconds."""
    ordered = sorted(seconds)
    p99 = ordered[max(0, min(len(ordered) - 1, -(-len(ordered) * 99 // 100) - 1))]
    return {"median": round(statistics.median(ordered) * 1000, 1), "p99": round(p99 * 1000, 1),
            "max": round(ordered[-1] * 1000, 1)}


def wait_for_word(console: TmuxTerminal, word: str, since: float, timeout: float = 30.0) -> float:
    """The time the probe's row first shows `word` as its status."""
    while time.monotonic() - since < timeout:
        lines = console.screen().splitlines()
        if any(line.lstrip().startswith(word) for line in lines[3:6]):
            return time.monotonic()
        time.sleep(POLL)
    raise AssertionError(f"{word!r} did not appear within {timeout} s:\n{console.screen()}")


def main() -> None:
    binary = os.environ["LEITSTAND_BIN"]
    stations = int(os.environ.get("STATIONS", "20000"))
    simulated = int(os.environ.get("SIMULATED", "10000"))
    rate = os.environ.get("RATE", "5000")
    samples = int(os.environ.get("SAMPLES", "40"))
    settle = float(os.environ.get("SETTLE", "20"))
    probe_id = f"LS-{stations + 1:05d}"
    with tempfile.TemporaryDirectory() as directory:
        folder = Path(directory)
        db = folder / "bench.sqlite"
        seed(binary, db, stations=stations + 1)
        server = LeitstandServer(binary, db, folder / "serve.stderr", ("--log-level", "warning"))
        server.start()
        simulator = subprocess.Popen(
            [binary, "simulate", "--url", f"ws://127.0.0.1:{server.ocpp_port}/ocpp", "--stations", str(simulated),
             "--rate", rate, "--seconds", "3600", "--connects-per-second", "1000", "--json"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        console = TmuxTerminal([binary, "console", "--connect", server.api_url, "--lang", "en"],
                               columns=160, rows=50, env={"LANG": "C.UTF-8"}, cwd=REPOSITORY)
        try:
            console.wait_for("Log in to Leitstand", 30)
            console.type("agent")
            console.send("Tab")
            console.type("demo-agent-2026")
            console.send("Enter")
            console.wait_for(f"of {stations + 1} stations", 60)
            memory = resident_kib(console_pid(binary))
            console.send("/")
            console.type(probe_id)
            console.send("Enter")
            console.wait_for(f"1 of {stations + 1} stations", 30)
            time.sleep(simulated / 1000 + settle)  # the connect ramp and its boot burst, then steady load
            before = handling_buckets(server.api_url)
            latencies, acknowledgements = asyncio.run(probe(server, console, probe_id, samples))
            after = handling_buckets(server.api_url)
        finally:
            console.close()
            simulator.terminate()
            simulator.wait(timeout=30)
            server.stop()
    print(json.dumps({
        "stations": stations + 1, "simulatedStations": simulated, "rate": float(rate), "samples": len(latencies),
        "statusOnScreenMs": summary(latencies), "callResultMs": summary(acknowledgements),
        "consoleResidentKiBWithFleet": memory,
        "serverHandledWithin50msShare": share_within(before, after, "0.05"),
    }, indent=2))


if __name__ == "__main__":
    main()
