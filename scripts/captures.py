"""Writes docs/screens/*.txt: a text capture of each console view (fleet, alarms, station, help) in German and
English, from the real binary in tmux against a seeded backend where one station has reported a fault.

    LEITSTAND_BIN=.build/debug/leitstand .venv/bin/python scripts/captures.py
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPOSITORY / "Tests" / "Integration"))

from ocpp.v16 import call  # noqa: E402

from leitstand_process import LeitstandServer, seed  # noqa: E402
from stations import now_iso, station  # noqa: E402
from terminal import TmuxTerminal  # noqa: E402

STATION = "LS-00007"
TITLES = {
    "en": {"login": "Log in to Leitstand", "fleet": "200 of 200 stations", "alarms": "Open alarms",
           "station": f"Station {STATION}", "help": "Help"},
    "de": {"login": "Anmeldung am Leitstand", "fleet": "200 von 200 Stationen", "alarms": "Offene Alarme",
           "station": f"Ladestation {STATION}", "help": "Hilfe"},
}


def capture(binary: str, server: LeitstandServer, lang: str, folder: Path) -> None:
    titles = TITLES[lang]
    terminal = TmuxTerminal([binary, "console", "--connect", server.api_url, "--lang", lang],
                            columns=120, rows=36, env={"LANG": "C.UTF-8"}, cwd=REPOSITORY)
    try:
        terminal.wait_for(titles["login"])
        terminal.type("agent")
        terminal.send("Tab")
        terminal.type("demo-agent-2026")
        terminal.send("Enter")
        shots = {"fleet": terminal.wait_for(titles["fleet"])}
        for command, view in ((f"station {STATION}", "station"), ("alarms", "alarms")):
            terminal.send(":")
            terminal.type(command)
            terminal.send("Enter")
            terminal.wait_for(titles[view])
            time.sleep(0.5)
            shots[view] = terminal.screen()
        terminal.send("?")
        shots["help"] = terminal.wait_for(titles["help"])
        for view, screen in shots.items():
            (folder / f"{view}.{lang}.txt").write_text("\n".join(line.rstrip() for line in screen.splitlines()) + "\n")
    finally:
        terminal.close()


async def with_fault(binary: str, server: LeitstandServer, folder: Path) -> None:
    """Captures both languages while STATION is connected and reports a faulted connector."""
    async with station(server.ocpp_url(STATION), STATION) as peer:
        await peer.boot()
        await peer.request(call.StatusNotification(connector_id=1, error_code="GroundFailure", status="Faulted",
                                                   info="RCD tripped", vendor_error_code="E-4711",
                                                   timestamp=now_iso()))
        for lang in ("en", "de"):
            await asyncio.to_thread(capture, binary, server, lang, folder)


def main() -> None:
    binary = os.environ["LEITSTAND_BIN"]
    folder = REPOSITORY / "docs" / "screens"
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as directory:
        db = Path(directory) / "leitstand.sqlite"
        seed(binary, db)
        server = LeitstandServer(binary, db, Path(directory) / "serve.stderr", ("--fault-confirm-delay", "0"))
        server.start()
        try:
            asyncio.run(with_fault(binary, server, folder))
        finally:
            server.stop()
    print(f"wrote {sorted(p.name for p in folder.glob('*.txt'))}")


if __name__ == "__main__":
    main()
