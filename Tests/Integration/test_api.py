"""The HTTP API with logins, against `leitstand serve` on the seeded demo store: tokens, what a customer login
sees, and the live event stream a real charge point's StatusNotification shows up in."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any
from urllib.parse import urlsplit

from ocpp.v16 import call

from backend_reads import DEMO_AGENT, HTTP_TIMEOUT, api_call, api_get, login, run
from leitstand_process import SEEDS
from stations import now_iso, station

STATION = "LS-00001"
CUSTOMER = ("stadtwerke", "demo-customer-2026", "C-STWN")
"""The demo portal login of the customer that owns STATION's site."""


def stations_of(customer_id: str) -> set[str]:
    """The demo stations at the sites of `customer_id`."""
    sites = {s["id"] for s in json.loads((SEEDS / "sites.json").read_text()) if s["customerID"] == customer_id}
    return {s["id"] for s in json.loads((SEEDS / "stations.json").read_text()) if s["siteID"] in sites}


@asynccontextmanager
async def event_stream(base_url: str, token: str) -> AsyncIterator[AsyncIterator[dict[str, Any]]]:
    """`GET /api/v1/events` over a plain socket; yields the JSON of each server-sent event as it comes."""
    address = urlsplit(base_url)
    reader, writer = await asyncio.open_connection(address.hostname, address.port)
    writer.write((f"GET /api/v1/events HTTP/1.1\r\nHost: {address.netloc}\r\nAuthorization: Bearer {token}\r\n"
                  "Accept: text/event-stream\r\n\r\n").encode())
    head = (await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), HTTP_TIMEOUT)).decode().lower()
    assert head.startswith("http/1.1 200"), head
    assert "content-type: text/event-stream" in head and "transfer-encoding: chunked" in head, head

    async def events() -> AsyncIterator[dict[str, Any]]:
        buffer = b""
        while True:
            size = int((await asyncio.wait_for(reader.readline(), HTTP_TIMEOUT)).strip(), 16)
            buffer += await reader.readexactly(size + 2)
            buffer = buffer[:-2]
            while b"\n\n" in buffer:
                event, buffer = buffer.split(b"\n\n", 1)
                data = [line[5:].strip() for line in event.split(b"\n") if line.startswith(b"data:")]
                if data:
                    yield json.loads(b"\n".join(data))

    try:
        yield events()
    finally:
        writer.close()


def test_login_is_required_and_a_wrong_password_or_token_is_refused_with_401(shared_server):
    async def scenario() -> None:
        for token in (None, "not-a-token"):
            status, body = await api_call(shared_server.api_url, "GET", "/api/v1/fleet", token=token)
            assert status == 401 and body["detail"] == {"loginRefused": {"_0": {"sessionExpired": {}}}}, body
        status, body = await api_call(shared_server.api_url, "POST", "/api/v1/login",
                                      {"userName": DEMO_AGENT[0], "password": "not-the-password"})
        assert status == 401 and "wrongCredentials" in body["detail"]["loginRefused"]["_0"], body

    run(scenario(), timeout=30)


def test_a_customer_login_sees_its_own_stations_only(shared_server):
    user, password, customer_id = CUSTOMER
    own = stations_of(customer_id)
    foreign = sorted(stations_of("C-AHHL"))[0]

    async def scenario() -> None:
        token = await asyncio.to_thread(login, shared_server.api_url, user, password)
        status, fleet = await api_get(shared_server.api_url, "/api/v1/fleet", token=token)
        assert status == 200, fleet
        assert {row["id"] for row in fleet["rows"]} == own
        assert all(row["customerID"] == customer_id for row in fleet["rows"]), fleet
        status, body = await api_get(shared_server.api_url, f"/api/v1/stations/{foreign}", token=token)
        assert status == 404 and body["error"] == f"No station {foreign} is registered.", body
        status, detail = await api_get(shared_server.api_url, f"/api/v1/stations/{STATION}", token=token)
        assert status == 200 and detail["customer"]["id"] == customer_id, detail

    run(scenario(), timeout=30)


def test_the_event_stream_shows_a_status_notification_as_the_station_s_new_row(server):
    async def scenario() -> None:
        token = await asyncio.to_thread(login, server.api_url, *DEMO_AGENT)
        async with event_stream(server.api_url, token) as events:
            assert await anext(events) == {"resync": {}}
            async with station(server.ocpp_url(STATION), STATION) as peer:
                await peer.boot()
                await peer.request(call.StatusNotification(connector_id=1, error_code="NoError", status="Charging",
                                                           timestamp=now_iso()))
                async for update in events:
                    row = update.get("station", {}).get("_0", {})
                    if row.get("id") == STATION and any(c["status"] == "Charging" for c in row["connectors"]):
                        assert row["isConnected"] is True and row["customerID"] == CUSTOMER[2], row
                        break

    run(scenario(), timeout=30)
