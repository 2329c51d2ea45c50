"""Frames and handshakes no well-behaved charge point sends, written by hand against `leitstand serve`.

The CALLERROR codes are the ones Sources/OCPP documents: Frames/Frame+Coding.swift for frames that cannot be
read, Schema/PayloadViolation.swift for payloads that break their schema. The handshake statuses are the ones
Sources/OCPPServer/HandshakeRefusal.swift documents.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
from typing import Any

import pytest

from backend_reads import api_get, run
from leitstand_process import LeitstandServer
from stations import RawStation, close_quietly, handshake_refusal, open_websocket, wait_closed

SPEC_ERROR_CODES = {
    "NotImplemented", "NotSupported", "InternalError", "ProtocolError", "SecurityError", "FormationViolation",
    "PropertyConstraintViolation", "OccurenceConstraintViolation", "TypeConstraintViolation", "GenericError",
}
_stations = itertools.count(11)


def fresh_station() -> str:
    """A demo station no other test of this module uses, so the shared server's tests stay independent."""
    return f"LS-{next(_stations):05d}"


def assert_call_error(answer: list[Any], message_id: str, code: str) -> None:
    """Checks `answer` is a well-formed CALLERROR for `message_id` with `code`."""
    assert len(answer) == 5 and answer[0] == 4, f"not a CALLERROR: {answer}"
    assert answer[1] == message_id, f"the CALLERROR carries id {answer[1]!r}, not {message_id!r}: {answer}"
    assert answer[2] in SPEC_ERROR_CODES, f"{answer[2]!r} is not an OCPP-J 1.6 error code: {answer}"
    assert answer[2] == code, f"expected {code}, got {answer}"
    assert isinstance(answer[3], str) and isinstance(answer[4], dict), f"malformed CALLERROR: {answer}"


async def assert_still_answered(raw: RawStation) -> None:
    """The session survived: a Heartbeat is answered with the current time."""
    answer = await raw.call("Heartbeat", {})
    assert answer[0] == 3 and "currentTime" in answer[2], f"Heartbeat after the bad frame got {answer}"


@pytest.mark.parametrize(("text", "message_id", "code"), [
    pytest.param('[2, "broken-1", "Heartbeat", {', "-1", "FormationViolation", id="not JSON"),
    pytest.param('{"messageTypeId": 2, "action": "Heartbeat"}', "-1", "FormationViolation", id="not an array"),
    pytest.param('[2]', "-1", "FormationViolation", id="no message id"),
    pytest.param('[2, "arity-1", "Heartbeat"]', "arity-1", "FormationViolation", id="CALL without payload"),
    pytest.param('[2, "arity-2", "Heartbeat", {}, {}]', "arity-2", "FormationViolation", id="CALL with 5 elements"),
    pytest.param('[7, "type-1", "Heartbeat", {}]', "type-1", "ProtocolError", id="unknown message type id"),
    pytest.param('[2, "act-1", "FlyToTheMoon", {}]', "act-1", "NotImplemented", id="unknown action"),
    pytest.param('[2, "act-2", "Reset", {"type": "Soft"}]', "act-2", "NotSupported", id="central system action"),
])
def test_a_frame_that_cannot_be_handled_gets_a_call_error_and_the_session_stays_open(
        shared_server: LeitstandServer, text: str, message_id: str, code: str):
    async def scenario() -> None:
        async with RawStation.connected(shared_server.ocpp_url(station_id := fresh_station()), station_id) as raw:
            await raw.boot()
            await raw.send(text)
            assert_call_error(await raw.next_answer(), message_id, code)
            await assert_still_answered(raw)

    run(scenario(), timeout=30)


OVERLONG_ID_TAG = "X" * 21
"""One character more than CiString20."""


@pytest.mark.parametrize(("action", "payload", "code"), [
    pytest.param("Authorize", "{}", "ProtocolError", id="missing required field"),
    pytest.param("StatusNotification", '{"connectorId": "1", "errorCode": "NoError", "status": "Available"}',
                 "TypeConstraintViolation", id="string for an integer"),
    pytest.param("StatusNotification", '{"connectorId": 1.0, "errorCode": "NoError", "status": "Available"}',
                 "TypeConstraintViolation", id="decimal for an integer"),
    pytest.param("Authorize", '{"idTag": null}', "TypeConstraintViolation", id="null for a string"),
    pytest.param("StatusNotification", '{"connectorId": 1, "errorCode": "NoError", "status": "Broken"}',
                 "FormationViolation", id="value outside the enumeration"),
    pytest.param("Authorize", f'{{"idTag": "{OVERLONG_ID_TAG}"}}', "TypeConstraintViolation",
                 id="CiString20 too long"),
    pytest.param("StatusNotification",
                 '{"connectorId": 1, "errorCode": "NoError", "status": "Available", "timestamp": "yesterday"}',
                 "PropertyConstraintViolation", id="not a date-time"),
    pytest.param("StatusNotification", '{"connectorId": 1, "errorCode": "NoError", "status": "Available", '
                 '"timestamp": "2024-05-01 12:30:00"}', "PropertyConstraintViolation", id="date-time without offset"),
    pytest.param("Authorize", '{"idTag": "1B00B05A", "colour": "blue"}', "FormationViolation",
                 id="property the schema does not define"),
    pytest.param("Heartbeat", "[]", "FormationViolation", id="payload not an object"),
    pytest.param("MeterValues", '{"connectorId": 1, "meterValue": []}', "OccurenceConstraintViolation",
                 id="array below minItems"),
    pytest.param("StartTransaction", '{"connectorId": 0, "idTag": "1B00B05A", "meterStart": 0, '
                 '"timestamp": "2024-05-01T12:30:00Z"}', "PropertyConstraintViolation", id="connectorId below minimum"),
])
def test_a_payload_that_breaks_its_schema_gets_the_documented_call_error(
        shared_server: LeitstandServer, action: str, payload: str, code: str):
    async def scenario() -> None:
        async with RawStation.connected(shared_server.ocpp_url(station_id := fresh_station()), station_id) as raw:
            await raw.boot()
            message_id = raw.new_message_id()
            await raw.send(f'[2, "{message_id}", "{action}", {payload}]')
            assert_call_error(await raw.next_answer(), message_id, code)
            await assert_still_answered(raw)

    run(scenario(), timeout=30)


def test_an_oversized_frame_closes_that_connection_with_1009_and_spares_the_others(shared_server):
    async def scenario() -> None:
        big_id, other_id = fresh_station(), fresh_station()
        async with RawStation.connected(shared_server.ocpp_url(big_id), big_id) as big, \
                RawStation.connected(shared_server.ocpp_url(other_id), other_id) as other:
            await big.boot()
            await other.boot()
            await big.send([2, "big-1", "DataTransfer", {"vendorId": "Leitstand", "data": "x" * (200 * 1024)}])
            assert await wait_closed(big.websocket) == 1009
            await assert_still_answered(other)

    run(scenario(), timeout=30)


FLOOD_SIZE = 2_000
PAST_THE_BURST = 100
"""Answers the flooding station must have had before the other one calls: well past any burst allowance."""
CALLS_DURING_FLOOD = 40
"""Calls the other station makes while the flood goes on; with its BootNotification, within a burst of 50."""


def test_a_flooding_station_is_throttled_while_another_is_still_answered(shared_server):
    async def scenario() -> None:
        flooder_id, other_id = fresh_station(), fresh_station()
        async with RawStation.connected(shared_server.ocpp_url(flooder_id), flooder_id) as flooder, \
                RawStation.connected(shared_server.ocpp_url(other_id), other_id) as other:
            await flooder.boot()
            await other.boot()
            answered = 0
            past_the_burst = asyncio.Event()

            async def count_answers() -> None:
                nonlocal answered
                while answered < FLOOD_SIZE:
                    frame = await flooder.next_answer()
                    assert frame[0] == 3, f"a flood Heartbeat was refused: {frame}"
                    answered += 1
                    if answered >= PAST_THE_BURST:
                        past_the_burst.set()

            async def flood() -> None:
                for number in range(FLOOD_SIZE):
                    await flooder.send([2, f"flood-{number}", "Heartbeat", {}])

            counting, waiting = asyncio.create_task(count_answers()), asyncio.create_task(past_the_burst.wait())
            tasks = [counting, waiting, asyncio.create_task(flood())]
            try:
                done, _ = await asyncio.wait([waiting, counting], timeout=30, return_when=asyncio.FIRST_COMPLETED)
                if counting in done:
                    counting.result()
                assert waiting in done, f"only {answered} of the flood's Heartbeats were answered within 30 s"

                answered_before = answered
                for _ in range(CALLS_DURING_FLOOD):
                    await assert_still_answered(other)
                answered_meanwhile = answered - answered_before
                assert answered < FLOOD_SIZE, "the flood was over before the other station's calls were answered"
                assert answered_meanwhile < CALLS_DURING_FLOOD // 2, (
                    f"the flooding station got {answered_meanwhile} answers while the other made "
                    f"{CALLS_DURING_FLOOD} calls one after another: it is not throttled")
            finally:
                for task in tasks:
                    task.cancel()
                for task in tasks:
                    with contextlib.suppress(BaseException):
                        await task

    run(scenario(), timeout=60)


@pytest.mark.parametrize("password", [pytest.param("wrong-key", id="wrong password"),
                                      pytest.param(None, id="no credentials")])
def test_a_handshake_without_the_right_password_is_refused_with_401(shared_server, password):
    async def scenario() -> None:
        station_id = fresh_station()
        status, headers = await handshake_refusal(shared_server.ocpp_url(station_id), station_id, password)
        assert status == 401
        assert headers.get("www-authenticate", "").lower().startswith("basic"), headers

    run(scenario(), timeout=30)


@pytest.mark.parametrize("subprotocols", [pytest.param(None, id="none offered"),
                                          pytest.param(["ocpp2.0.1"], id="only ocpp2.0.1 offered")])
def test_a_handshake_without_the_ocpp16_subprotocol_is_refused_with_400(shared_server, subprotocols):
    async def scenario() -> None:
        station_id = fresh_station()
        status, _ = await handshake_refusal(shared_server.ocpp_url(station_id), station_id,
                                            subprotocols=subprotocols)
        assert status == 400

    run(scenario(), timeout=30)


def test_an_unknown_station_is_refused_with_404_by_default(shared_server):
    async def scenario() -> None:
        status, _ = await handshake_refusal(shared_server.ocpp_url("LS-UNKNOWN-1"), "LS-UNKNOWN-1")
        assert status == 404, f"an unknown station got HTTP {status}"

    run(scenario(), timeout=30)


def test_a_second_connection_under_the_same_id_replaces_the_first(shared_server):
    async def scenario() -> None:
        station_id = fresh_station()
        first = await open_websocket(shared_server.ocpp_url(station_id), station_id)
        try:
            await RawStation(first).boot()
            async with RawStation.connected(shared_server.ocpp_url(station_id), station_id) as second:
                await wait_closed(first)
                await second.boot()
                await assert_still_answered(second)
                status, overview = await api_get(shared_server.api_url, f"/api/v1/stations/{station_id}")
                assert status == 200 and overview["row"]["isConnected"] is True, overview
        finally:
            await close_quietly(first)

    run(scenario(), timeout=30)
