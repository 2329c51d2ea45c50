"""The real `leitstand console` in a real terminal (tmux), attached to `leitstand serve` over the API, with a Python
`ocpp` charge point making things happen: what an agent sees and does, and what a station owner's login sees."""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Callable, Iterator

import pytest
from ocpp.v16 import call

from backend_reads import DEMO_AGENT, api_get, login, run
from leitstand_process import REPOSITORY, LeitstandServer
from stations import now_iso, station
from terminal import TmuxTerminal

STATION = "LS-00007"
FAULT_TIMEOUT = 1.0
"""The issue's promise: a fault a station reports is on the agent's screen within a second of its answer."""


@pytest.fixture
def open_console(leitstand_bin: str, request: pytest.FixtureRequest) -> Iterator[Callable[..., TmuxTerminal]]:
    """Opens `leitstand console --connect` on a server in a fresh tmux terminal; every terminal is closed after,
    and a failing test's report carries each terminal's last screen."""
    terminals: list[TmuxTerminal] = []
    request.node.leitstand_terminals = terminals

    def open_terminal(server: LeitstandServer, *, columns: int = 120, rows: int = 40,
                      lang: str = "en") -> TmuxTerminal:
        terminal = TmuxTerminal(
            [leitstand_bin, "console", "--connect", server.api_url, "--lang", lang,
             "--themes", str(REPOSITORY / "themes")],
            # COLUMNS and LINES as a shell exports them: the console must follow resizes all the same.
            columns=columns, rows=rows, env={"LANG": "C.UTF-8", "COLUMNS": str(columns), "LINES": str(rows)},
            cwd=REPOSITORY)
        terminals.append(terminal)
        return terminal

    yield open_terminal
    for terminal in terminals:
        terminal.close()


def log_in(terminal: TmuxTerminal, user: str, password: str) -> None:
    """Fills the login form and submits it."""
    terminal.wait_for("Log in to Leitstand")
    terminal.type(user)
    terminal.send("Tab")
    terminal.type(password)
    terminal.send("Enter")


def command(terminal: TmuxTerminal, text: str) -> None:
    """Runs a `:` command."""
    terminal.send(":")
    terminal.type(text)
    terminal.send("Enter")


def stations_shown(screen: str) -> tuple[int, int]:
    """The fleet view's "N of M stations"."""
    match = re.search(r"(\d+) of (\d+) stations", screen)
    assert match, f"no station count on screen:\n{screen}"
    return int(match[1]), int(match[2])


def test_an_agent_filters_opens_a_station_sees_a_fault_live_acknowledges_it_and_resizes(start_server, open_console):
    server = start_server("--fault-confirm-delay", "0")
    console = open_console(server)
    log_in(console, *DEMO_AGENT)
    console.wait_for("200 of 200 stations")

    console.send("/")
    console.type(STATION)
    console.send("Enter")
    console.wait_for("1 of 200 stations")
    console.send("Enter")
    console.wait_for(f"Station {STATION}")

    async def scenario() -> None:
        async with station(server.ocpp_url(STATION), STATION) as peer:
            await peer.boot()
            await peer.request(call.StatusNotification(
                connector_id=1, error_code="GroundFailure", status="Faulted", info="RCD tripped",
                vendor_error_code="E-4711", timestamp=now_iso()))
            answered = time.monotonic()
            screen = await asyncio.to_thread(console.wait_for, "GroundFailure", FAULT_TIMEOUT + 0.5)
            seen = time.monotonic() - answered
            assert seen <= FAULT_TIMEOUT, f"the fault took {seen:.2f} s to appear:\n{screen}"

            await asyncio.to_thread(command, console, "alarms")
            await asyncio.to_thread(console.wait_for, "Open alarms")
            await asyncio.to_thread(console.wait_for, STATION)
            console.send("a")
            await asyncio.to_thread(console.wait_for, "Comment to acknowledge alarm")
            console.type("Technician informed")
            console.send("Enter")
            await asyncio.to_thread(console.wait_for, "acknowledged by agent: Technician informed")

    run(scenario(), timeout=60)

    console.resize(60, 18)
    console.wait_for("Leitstand needs at least")
    console.resize(120, 40)
    console.wait_for("acknowledged by agent: Technician informed")
    assert console.is_running()
    command(console, "quit")
    deadline = time.monotonic() + 5
    while console.is_running() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not console.is_running(), "the console did not quit on :quit"


def test_two_consoles_on_one_backend_see_each_others_acknowledgement(start_server, open_console):
    server = start_server("--fault-confirm-delay", "0")
    first = open_console(server)
    second = open_console(server)
    for console in (first, second):
        log_in(console, *DEMO_AGENT)
        console.wait_for("200 of 200 stations")
        command(console, "alarms")
        console.wait_for("Open alarms")

    async def scenario() -> None:
        async with station(server.ocpp_url(STATION), STATION) as peer:
            await peer.boot()
            await peer.request(call.StatusNotification(
                connector_id=2, error_code="HighTemperature", status="Faulted", timestamp=now_iso()))
            for console in (first, second):
                await asyncio.to_thread(console.wait_for, STATION, 5)
            first.send("a")
            await asyncio.to_thread(first.wait_for, "Comment to acknowledge alarm")
            first.type("Called the site")
            first.send("Enter")
            await asyncio.to_thread(second.wait_for, "acknowledged by agent: Called the site", 5)

    run(scenario(), timeout=60)


def test_a_wrong_password_is_refused_with_a_sentence(server, open_console):
    console = open_console(server)
    log_in(console, "agent", "not-the-password")
    console.wait_for("User name or password is wrong.")
    assert "stations" not in console.screen()


def test_a_customer_login_sees_only_its_own_stations_on_screen_and_through_the_api(server, open_console, store):
    own = {row["id"] for row in store.rows(
        "SELECT s.id FROM stations s JOIN sites t ON s.site_id = t.id WHERE t.customer_id = 'C-STWN'")}
    assert 0 < len(own) < 200

    token = login(server.api_url, "stadtwerke", "demo-customer-2026")
    status, fleet = asyncio.run(api_get(server.api_url, "/api/v1/fleet", token=token))
    assert status == 200, fleet
    assert {row["id"] for row in fleet["rows"]} == own
    foreign = next(f"LS-{n:05d}" for n in range(1, 201) if f"LS-{n:05d}" not in own)
    status, body = asyncio.run(api_get(server.api_url, f"/api/v1/stations/{foreign}", token=token))
    assert status == 404, body

    console = open_console(server)
    log_in(console, "stadtwerke", "demo-customer-2026")
    screen = console.wait_for(f"{len(own)} of {len(own)} stations")
    assert stations_shown(screen) == (len(own), len(own))
    console.send("/")
    console.type(foreign)
    console.send("Enter")
    console.wait_for("No station matches the filter.")


def test_the_console_keeps_the_last_state_marked_stale_while_the_backend_is_away(start_server, open_console, db):
    server = start_server()
    console = open_console(server)
    log_in(console, *DEMO_AGENT)
    console.wait_for("200 of 200 stations")
    server.stop()
    screen = console.wait_for("STALE since", 15)
    assert "200 of 200 stations" in screen, screen


def test_hostile_station_text_is_shown_inert(start_server, open_console):
    server = start_server("--fault-confirm-delay", "0")
    console = open_console(server)
    log_in(console, *DEMO_AGENT)
    console.wait_for("200 of 200 stations")
    command(console, "alarms")
    console.wait_for("Open alarms")

    async def scenario() -> None:
        async with station(server.ocpp_url(STATION), STATION) as peer:
            await peer.boot()
            await peer.request(call.StatusNotification(
                connector_id=1, error_code="OtherError", status="Faulted", info="\x1b[2J\x1b[31mBOOM\x07",
                vendor_error_code="\x1b]0;pwned\x07X", timestamp=now_iso()))
            await asyncio.to_thread(console.wait_for, "BOOM", 5)

    run(scenario(), timeout=30)
    screen = console.screen()
    assert "Open alarms" in screen, f"the screen was cleared by a station's text:\n{screen}"
    assert "\x1b" not in screen


def test_leitstand_demo_opens_the_console_logged_in_on_a_live_demo_fleet(leitstand_bin, tmp_path, request):
    demo = TmuxTerminal(
        [leitstand_bin, "demo", "--db", str(tmp_path / "demo.sqlite"), "--ocpp-port", "0", "--api-port", "0",
         "--lang", "en"],
        columns=140, rows=40, env={"LANG": "C.UTF-8"}, cwd=REPOSITORY)
    request.node.leitstand_terminals = [demo]
    try:
        demo.wait_for("Demo Agent (agent)", 60)
        demo.wait_for("200 of 200 stations", 30)
        screen = demo.wait_for("available", 30)
        assert "Log in to Leitstand" not in screen
        demo.send("C-c")
        deadline = time.monotonic() + 15
        while demo.is_running() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not demo.is_running(), "leitstand demo did not end on Ctrl-C"
        assert (tmp_path / "leitstand.log").stat().st_size > 0, "the backend logged nothing to its file"
    finally:
        demo.close()


def test_a_supervisor_creates_a_login_on_the_console_and_it_can_log_in(server, open_console):
    console = open_console(server)
    log_in(console, "supervisor", "demo-supervisor-2026")
    console.wait_for("200 of 200 stations")
    command(console, "useradd eva.roth agent")
    console.wait_for("Display name for eva.roth:")
    console.type("Eva Roth")
    console.send("Enter")
    console.wait_for("New password for eva.roth:")
    console.type("eva-secret-2026")
    console.send("Enter")
    console.type("eva-secret-2026")
    console.send("Enter")
    screen = console.wait_for("Login eva.roth created (agent).")
    assert "eva-secret" not in screen
    assert login(server.api_url, "eva.roth", "eva-secret-2026")


def test_an_agent_may_not_create_logins(server, open_console):
    console = open_console(server)
    log_in(console, *DEMO_AGENT)
    console.wait_for("200 of 200 stations")
    command(console, "useradd mallory supervisor")
    console.type("Mallory")
    console.send("Enter")
    for _ in range(2):
        console.type("mallory-pass-2026")
        console.send("Enter")
    console.wait_for("Your account may not do this: create accounts")
