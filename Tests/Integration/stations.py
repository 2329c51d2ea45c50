"""Charge points for the tests: the `ocpp` package's v16 ChargePoint and a raw-frame station, over websockets.

Every wait here is bounded: a handshake by CONNECT_TIMEOUT, an answer by ANSWER_TIMEOUT, a close by CLOSE_TIMEOUT.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import itertools
import json
from collections.abc import AsyncIterator, Sequence
from datetime import UTC, datetime
from typing import Any

from ocpp.routing import on
from ocpp.v16 import ChargePoint, call, call_result
from ocpp.v16.enums import Action
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidStatus
from websockets.typing import Subprotocol

from leitstand_process import STATION_PASSWORD

SUBPROTOCOL = "ocpp1.6"
CONNECT_TIMEOUT = 10.0
ANSWER_TIMEOUT = 10.0
CLOSE_TIMEOUT = 10.0


def now_iso() -> str:
    """The current time as OCPP writes it: UTC, ISO 8601, milliseconds, `Z`."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def basic_authorization(station_id: str, password: str) -> str:
    """An HTTP Basic `Authorization` header value for OCPP security profile 1."""
    return "Basic " + base64.b64encode(f"{station_id}:{password}".encode()).decode()


async def open_websocket(url: str, station_id: str, password: str | None = STATION_PASSWORD, *,
                         subprotocols: Sequence[str] | None = (SUBPROTOCOL,)) -> ClientConnection:
    """Opens a charge point's WebSocket; raises `InvalidStatus` when the handshake is refused."""
    headers = {"Authorization": basic_authorization(station_id, password)} if password is not None else {}
    return await connect(
        url,
        subprotocols=[Subprotocol(name) for name in subprotocols] if subprotocols else None,
        additional_headers=headers,
        open_timeout=CONNECT_TIMEOUT,
        close_timeout=2,
        ping_interval=None,
        compression=None,
        proxy=None,
        max_size=2**22,
    )


async def handshake_refusal(url: str, station_id: str, password: str | None = STATION_PASSWORD, *,
                            subprotocols: Sequence[str] | None = (SUBPROTOCOL,)) -> tuple[int, dict[str, str]]:
    """The HTTP status and headers of a refused handshake; fails if the server upgrades the connection."""
    try:
        websocket = await open_websocket(url, station_id, password, subprotocols=subprotocols)
    except InvalidStatus as refusal:
        return refusal.response.status_code, {k.lower(): v for k, v in refusal.response.headers.raw_items()}
    await close_quietly(websocket)
    raise AssertionError(f"the handshake of {station_id} was upgraded (subprotocol {websocket.subprotocol!r})")


async def close_quietly(websocket: ClientConnection) -> None:
    """Closes `websocket` without waiting longer than CLOSE_TIMEOUT, whatever state it is in."""
    with contextlib.suppress(Exception):
        await asyncio.wait_for(websocket.close(), CLOSE_TIMEOUT)
    websocket.transport.abort()


async def wait_closed(websocket: ClientConnection, timeout: float = CLOSE_TIMEOUT) -> int | None:
    """Waits until the server closes `websocket`; returns the close code it sent, None for none."""
    try:
        await asyncio.wait_for(websocket.wait_closed(), timeout)
    except TimeoutError:
        raise AssertionError(f"the server did not close the connection within {timeout:.0f} s") from None
    return websocket.close_code


class StationPeer(ChargePoint):
    """A charge point that answers the central system's commands from a configuration table and records them."""

    def __init__(self, station_id: str, connection: ClientConnection) -> None:
        super().__init__(station_id, connection, response_timeout=ANSWER_TIMEOUT)
        self.received: list[tuple[str, dict[str, Any]]] = []
        self.configuration: dict[str, tuple[str, bool]] = {
            "HeartbeatInterval": ("300", False),
            "MeterValueSampleInterval": ("60", False),
            "NumberOfConnectors": ("1", True),
            "SupportedFeatureProfiles": ("Core,RemoteTrigger", True),
        }

    async def request(self, payload: Any) -> Any:
        """Sends a CALL and returns its result; a CALLERROR raises instead of being dropped."""
        return await self.call(payload, suppress=False)

    async def boot(self) -> Any:
        """Sends a BootNotification as a Wallbox Commander 2 would."""
        return await self.request(call.BootNotification(charge_point_model="Commander 2",
                                                        charge_point_vendor="Wallbox",
                                                        firmware_version="5.5.10"))

    @on(Action.get_configuration)
    def on_get_configuration(self, key: list[str] | None = None) -> call_result.GetConfiguration:
        self.received.append(("GetConfiguration", {"key": key}))
        wanted = key if key else list(self.configuration)
        known = [k for k in wanted if k in self.configuration]
        return call_result.GetConfiguration(
            configuration_key=[{"key": k, "readonly": self.configuration[k][1], "value": self.configuration[k][0]}
                               for k in known],
            unknown_key=[k for k in wanted if k not in self.configuration] or None)

    @on(Action.reset)
    def on_reset(self, type: str) -> call_result.Reset:  # noqa: A002 - the payload's field name
        self.received.append(("Reset", {"type": type}))
        return call_result.Reset(status="Accepted")


@contextlib.asynccontextmanager
async def station(url: str, station_id: str, password: str = STATION_PASSWORD) -> AsyncIterator[StationPeer]:
    """A connected `StationPeer` serving the central system's calls until the block ends."""
    websocket = await open_websocket(url, station_id, password)
    assert websocket.subprotocol == SUBPROTOCOL, f"the server chose subprotocol {websocket.subprotocol!r}"
    peer = StationPeer(station_id, websocket)
    serving = asyncio.create_task(peer.start())
    try:
        yield peer
    finally:
        serving.cancel()
        with contextlib.suppress(asyncio.CancelledError, ConnectionClosed):
            await serving
        await close_quietly(websocket)


class RawStation:
    """A charge point that writes frames by hand, to send what no well-behaved library would."""

    _ids = itertools.count(1)

    def __init__(self, websocket: ClientConnection) -> None:
        self.websocket = websocket
        self.server_calls: list[list[Any]] = []
        """CALLs the central system sent us; kept, not answered."""

    @classmethod
    @contextlib.asynccontextmanager
    async def connected(cls, url: str, station_id: str,
                        password: str = STATION_PASSWORD) -> AsyncIterator[RawStation]:
        """A connected raw station, closed when the block ends."""
        websocket = await open_websocket(url, station_id, password)
        try:
            yield cls(websocket)
        finally:
            await close_quietly(websocket)

    @staticmethod
    def new_message_id() -> str:
        return f"raw-{next(RawStation._ids)}"

    async def send(self, frame: str | list[Any]) -> None:
        """Sends `frame` as one text message; a list is encoded as JSON first."""
        await self.websocket.send(frame if isinstance(frame, str) else json.dumps(frame))

    async def next_answer(self, timeout: float = ANSWER_TIMEOUT) -> list[Any]:
        """The next CALLRESULT or CALLERROR the server sends; its CALLs are set aside in `server_calls`."""
        while True:
            try:
                message = await asyncio.wait_for(self.websocket.recv(), timeout)
            except TimeoutError:
                raise AssertionError(f"no answer from the server within {timeout:.0f} s") from None
            assert isinstance(message, str), f"the server sent a binary frame: {message!r}"
            frame = json.loads(message)
            assert isinstance(frame, list) and frame, f"the server sent a frame that is not an array: {message}"
            if frame[0] == 2:
                self.server_calls.append(frame)
                continue
            return frame

    async def call(self, action: str, payload: Any, message_id: str | None = None) -> list[Any]:
        """Sends a CALL and returns the answer that carries its message id."""
        message_id = message_id or self.new_message_id()
        await self.send([2, message_id, action, payload])
        return await self.answer_to(message_id)

    async def answer_to(self, message_id: str) -> list[Any]:
        """The next answer carrying `message_id`; fails if another answer comes first."""
        frame = await self.next_answer()
        assert frame[1] == message_id, f"expected the answer to {message_id!r}, got {frame}"
        return frame

    async def boot(self) -> None:
        """Sends a BootNotification and checks it was accepted."""
        answer = await self.call("BootNotification", {"chargePointVendor": "Wallbox",
                                                      "chargePointModel": "Commander 2"})
        assert answer[0] == 3 and answer[2]["status"] == "Accepted", f"boot not accepted: {answer}"
