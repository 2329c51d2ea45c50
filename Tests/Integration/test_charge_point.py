"""A real OCPP 1.6J charge point (the `ocpp` package's v16 ChargePoint) against `leitstand serve`."""

from __future__ import annotations

import asyncio
import json
import os
from datetime import UTC, datetime
from typing import Any

from ocpp.v16 import call

from backend_reads import DEMO_AGENT, Store, api_get, api_post, eventually, open_alarms, run
from leitstand_process import LeitstandServer
from stations import now_iso, station

STATION = "LS-00001"
FOREIGN_CARD = "FOREIGN-0000000001"
SIGNED_METER_VALUE = (
    'OCMF|{"FV":"1.0","GI":"Leitstand Test","GS":"LS-00001","PG":"T42","MV":"Wallbox","RD":[{"TM":'
    '"2025-03-04T10:00:00,000+0000 S","TX":"B","RV":1.5,"RI":"1-b:1.8.0","RU":"kWh","ST":"G"}]}|'
    '{"SA":"ECDSA-secp256r1-SHA256","SD":"3045022100c5a9/8+Qe1Lw==0220ab/+cd"}'
)
"""An OCMF record: quotes, slashes, plus and equals signs, which a re-encoding would change."""


def epoch(text: str) -> float:
    """Seconds since 1970 for an ISO 8601 time, as the store keeps times."""
    return datetime.fromisoformat(text).timestamp()


def card(cards: list[dict[str, Any]], *, blocked: bool) -> str:
    """The id tag of the first demo card that never expires and is (or is not) blocked."""
    return next(c["idTag"] for c in cards if c["isBlocked"] == blocked and c["expiresAt"] is None)


async def authorization_attempt(store: Store, id_tag: str) -> dict[str, Any]:
    """The stored Authorize attempt for `id_tag` at STATION, waited for briefly."""
    rows = await eventually(
        lambda: store.rows_async("SELECT * FROM authorization_attempts WHERE station_id = ? AND id_tag = ?",
                                 STATION, id_tag),
        timeout=5, what=f"an authorization attempt for {id_tag} is stored")
    assert len(rows) == 1, f"expected one stored attempt, got {[dict(r) for r in rows]}"
    return dict(rows[0])


def test_boot_is_accepted_with_the_configured_interval_and_the_station_is_stored(start_server, store):
    server: LeitstandServer = start_server("--heartbeat-interval", "120")

    async def scenario() -> None:
        async with station(server.ocpp_url(STATION), STATION) as peer:
            answer = await peer.boot()
            assert answer.status == "Accepted"
            assert answer.interval == 120
            current_time = datetime.fromisoformat(answer.current_time)
            assert current_time.tzinfo is not None, f"currentTime has no time zone: {answer.current_time}"
            assert abs((current_time - datetime.now(UTC)).total_seconds()) < 60
            (row,) = await store.rows_async("SELECT * FROM stations WHERE id = ?", STATION)
            assert (row["vendor"], row["model"], row["firmware_version"]) == ("Wallbox", "Commander 2", "5.5.10")
            assert row["last_boot_at"] is not None
            status, overview = await api_get(server.api_url, f"/api/v1/stations/{STATION}")
            assert status == 200, overview
            assert overview["station"]["id"] == STATION and overview["row"]["isConnected"] is True

    run(scenario(), timeout=30)


def test_status_notifications_are_stored_in_order(server, store):
    async def scenario() -> None:
        async with station(server.ocpp_url(STATION), STATION) as peer:
            answer = await peer.boot()
            assert answer.interval == 300, "the default heartbeat interval is 300 s"
            sent = []
            for status in ("Available", "Preparing"):
                timestamp = now_iso()
                await peer.request(call.StatusNotification(connector_id=1, error_code="NoError", status=status,
                                                           timestamp=timestamp))
                sent.append((status, timestamp))
            rows = await store.rows_async("SELECT * FROM status_history WHERE station_id = ? ORDER BY id", STATION)
            assert [(r["connector"], r["status"], r["error_code"]) for r in rows] == [
                (1, "Available", "NoError"), (1, "Preparing", "NoError")]
            for row, (_, timestamp) in zip(rows, sent):
                assert abs(row["timestamp"] - epoch(timestamp)) < 0.002
            (connector,) = await store.rows_async(
                "SELECT status FROM connectors WHERE station_id = ? AND number = 1", STATION)
            assert connector["status"] == "Preparing"
            status, overview = await api_get(server.api_url, f"/api/v1/stations/{STATION}")
            assert status == 200, overview
            assert [c["status"] for c in overview["connectors"] if c["status"] == "Preparing"], overview

    run(scenario(), timeout=30)


def test_a_known_card_is_accepted_and_billed_internally(server, store, demo_cards):
    id_tag = card(demo_cards, blocked=False)

    async def scenario() -> None:
        async with station(server.ocpp_url(STATION), STATION) as peer:
            await peer.boot()
            answer = await peer.request(call.Authorize(id_tag=id_tag))
            assert answer.id_tag_info["status"] == "Accepted"
            attempt = await authorization_attempt(store, id_tag)
            assert (attempt["source"], attempt["verdict"], attempt["billing"]) == ("Authorize", "Accepted", "internal")

    run(scenario(), timeout=30)


def test_a_foreign_card_is_accepted_as_external_roaming_by_default(server, store, demo_cards):
    assert FOREIGN_CARD not in {c["idTag"] for c in demo_cards}

    async def scenario() -> None:
        async with station(server.ocpp_url(STATION), STATION) as peer:
            await peer.boot()
            answer = await peer.request(call.Authorize(id_tag=FOREIGN_CARD))
            assert answer.id_tag_info["status"] == "Accepted"
            attempt = await authorization_attempt(store, FOREIGN_CARD)
            assert (attempt["verdict"], attempt["billing"]) == ("Accepted", "external-roaming")

    run(scenario(), timeout=30)


def test_a_foreign_card_is_invalid_when_foreign_cards_are_refused(start_server, store):
    server = start_server("--foreign-cards", "refuse")

    async def scenario() -> None:
        async with station(server.ocpp_url(STATION), STATION) as peer:
            await peer.boot()
            answer = await peer.request(call.Authorize(id_tag=FOREIGN_CARD))
            assert answer.id_tag_info["status"] == "Invalid"
            attempt = await authorization_attempt(store, FOREIGN_CARD)
            assert (attempt["verdict"], attempt["billing"]) == ("Invalid", None)

    run(scenario(), timeout=30)


def test_a_blocked_card_is_blocked(server, store, demo_cards):
    id_tag = card(demo_cards, blocked=True)

    async def scenario() -> None:
        async with station(server.ocpp_url(STATION), STATION) as peer:
            await peer.boot()
            answer = await peer.request(call.Authorize(id_tag=id_tag))
            assert answer.id_tag_info["status"] == "Blocked"
            attempt = await authorization_attempt(store, id_tag)
            assert attempt["verdict"] == "Blocked"

    run(scenario(), timeout=30)


def test_a_whole_session_is_stored_with_its_meter_values(server, store, demo_cards):
    id_tag = card(demo_cards, blocked=False)
    started_at = now_iso()
    readings = [
        {"timestamp": now_iso(), "sampledValue": [
            {"value": "1500", "context": "Sample.Periodic", "measurand": "Energy.Active.Import.Register",
             "unit": "Wh"}]},
        {"timestamp": now_iso(), "sampledValue": [
            {"value": "2500", "context": "Sample.Periodic", "measurand": "Energy.Active.Import.Register",
             "unit": "Wh"},
            {"value": SIGNED_METER_VALUE, "context": "Sample.Periodic", "format": "SignedData",
             "measurand": "Energy.Active.Import.Register", "unit": "Wh"}]},
    ]
    final_reading = [{"timestamp": now_iso(), "sampledValue": [
        {"value": "5000", "context": "Transaction.End", "measurand": "Energy.Active.Import.Register", "unit": "Wh"}]}]

    async def scenario() -> int:
        async with station(server.ocpp_url(STATION), STATION) as peer:
            await peer.boot()
            start = await peer.request(call.StartTransaction(connector_id=1, id_tag=id_tag, meter_start=1000,
                                                             timestamp=started_at))
            assert start.id_tag_info["status"] == "Accepted"
            transaction_id = start.transaction_id
            assert isinstance(transaction_id, int) and transaction_id > 0
            await peer.request(call.MeterValues(connector_id=1, transaction_id=transaction_id, meter_value=readings))
            await peer.request(call.StopTransaction(meter_stop=5000, timestamp=now_iso(),
                                                    transaction_id=transaction_id, reason="EVDisconnected",
                                                    id_tag=id_tag, transaction_data=final_reading))
            return transaction_id

    transaction_id = run(scenario(), timeout=30)
    (session,) = store.rows("SELECT * FROM transactions WHERE id = ?", transaction_id)
    assert (session["station_id"], session["connector"], session["id_tag"]) == (STATION, 1, id_tag)
    assert (session["meter_start_wh"], session["meter_stop_wh"]) == (1000, 5000)
    assert session["billing"] == "internal"
    assert abs(session["started_at"] - epoch(started_at)) < 0.002
    assert session["stopped_at"] is not None and session["stop_reason"] == "EVDisconnected"
    assert json.loads(session["transaction_data"]) == final_reading

    stored = store.rows("SELECT * FROM meter_values WHERE transaction_id = ? ORDER BY timestamp, id", transaction_id)
    assert [(r["station_id"], r["connector"]) for r in stored] == [(STATION, 1), (STATION, 1)]
    assert [json.loads(r["sampled_values"]) for r in stored] == [r["sampledValue"] for r in readings]
    assert [r["energy_wh"] for r in stored] == [1500, 2500]
    assert json.dumps(SIGNED_METER_VALUE) in stored[1]["sampled_values"], (
        "the signed meter value is not stored byte for byte as the station sent it")


def test_a_fault_raises_a_connector_faulted_alarm_and_available_clears_it(start_server, store):
    server = start_server("--fault-confirm-delay", "0")

    async def faulted_alarms() -> list[dict[str, Any]]:
        return [a for a in await open_alarms(server.api_url)
                if a["stationID"] == STATION and a["kind"] == "connectorFaulted"]

    async def scenario() -> None:
        async with station(server.ocpp_url(STATION), STATION) as peer:
            await peer.boot()
            await peer.request(call.StatusNotification(connector_id=1, error_code="GroundFailure", status="Faulted",
                                                       info="RCD tripped", vendor_error_code="E-4711",
                                                       timestamp=now_iso()))
            alarms = await eventually(faulted_alarms, timeout=5, what="a connectorFaulted alarm is open")
            assert len(alarms) == 1 and alarms[0]["state"] == "raised" and alarms[0]["count"] == 1, alarms
            (row,) = await eventually(
                lambda: store.rows_async("SELECT * FROM alarms WHERE station_id = ? AND kind = 'connectorFaulted'",
                                         STATION),
                timeout=5, what="the connectorFaulted alarm is stored")
            assert row["connector"] == 1 and row["cleared_at"] is None
            assert "GroundFailure" in row["details"] and "E-4711" in row["details"], row["details"]

            await peer.request(call.StatusNotification(connector_id=1, error_code="NoError", status="Available",
                                                       timestamp=now_iso()))

            async def cleared() -> bool:
                return all(a["state"] in ("cleared", "closed") for a in await faulted_alarms())

            await eventually(cleared, timeout=5, what="the connectorFaulted alarm is cleared")

    run(scenario(), timeout=30)


def test_a_dropped_station_raises_station_offline_after_the_grace_and_a_reconnect_clears_it(start_server):
    server = start_server("--reconnect-grace", "1")

    async def offline_alarms() -> list[dict[str, Any]]:
        return [a for a in await open_alarms(server.api_url)
                if a["stationID"] == STATION and a["kind"] == "stationOffline" and a["state"] == "raised"]

    async def scenario() -> None:
        async with station(server.ocpp_url(STATION), STATION) as peer:
            await peer.boot()
            assert not await offline_alarms()
        await eventually(offline_alarms, timeout=10, what="a stationOffline alarm is raised after the drop")
        status, overview = await api_get(server.api_url, f"/api/v1/stations/{STATION}")
        assert status == 200 and overview["row"]["isConnected"] is False, overview

        async with station(server.ocpp_url(STATION), STATION) as peer:
            await peer.boot()

            async def cleared() -> bool:
                return not await offline_alarms()

            await eventually(cleared, timeout=10, what="the stationOffline alarm is cleared by the reconnect")

    run(scenario(), timeout=40)


def test_station_config_prints_the_configuration_the_station_reports(server, leitstand_bin):
    async def station_config(*arguments: str) -> tuple[int, str, str]:
        user, password = DEMO_AGENT
        process = await asyncio.create_subprocess_exec(
            leitstand_bin, "station", "config", *arguments, "--api", server.api_url, "--user", user,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
            env={**os.environ, "LEITSTAND_PASSWORD": password})
        stdout, stderr = await asyncio.wait_for(process.communicate(), 30)
        return process.returncode, stdout.decode(), stderr.decode()

    async def scenario() -> None:
        async with station(server.ocpp_url(STATION), STATION) as peer:
            await peer.boot()
            code, out, err = await station_config(STATION)
            assert code == 0, err
            lines = [line.strip() for line in out.splitlines()]
            assert "HeartbeatInterval = 300" in lines, out
            assert "MeterValueSampleInterval = 60" in lines, out
            assert any(line.startswith("NumberOfConnectors = 1") and "(read-only)" in line for line in lines), out
            assert peer.received[-1] in (("GetConfiguration", {"key": None}), ("GetConfiguration", {"key": []}))

            code, out, err = await station_config(STATION, "--key", "HeartbeatInterval", "--key", "NoSuchKey")
            assert code == 0, err
            assert "HeartbeatInterval = 300" in [line.strip() for line in out.splitlines()], out
            assert "NoSuchKey" in out and "MeterValueSampleInterval" not in out, out
            assert peer.received[-1] == ("GetConfiguration", {"key": ["HeartbeatInterval", "NoSuchKey"]})

            status, body = await api_post(server.api_url, f"/api/v1/stations/{STATION}/commands", {
                "command": "GetConfiguration", "payload": {"key": ["MeterValueSampleInterval"]},
                "reason": "integration test: reading command"})
            assert 200 <= status < 300, body
            assert peer.received[-1] == ("GetConfiguration", {"key": ["MeterValueSampleInterval"]})

        code, out, err = await station_config("LS-00002")
        assert code != 0, out
        assert "LS-00002" in err + out and "connected" in (err + out).lower(), err + out

    run(scenario(), timeout=60)


def test_a_changing_command_is_refused_without_a_confirmed_change_order(server, store):
    async def scenario() -> None:
        async with station(server.ocpp_url(STATION), STATION) as peer:
            await peer.boot()
            status, body = await api_post(server.api_url, f"/api/v1/stations/{STATION}/commands", {
                "command": "Reset", "payload": {"type": "Soft"},
                "reason": "integration test: changing command"})
            assert status == 403, body
            sentence = body["error"].lower()
            assert "change order" in sentence and ("e-mail" in sentence or "email" in sentence), body
            await eventually(
                lambda: store.rows_async("SELECT * FROM command_log WHERE station_id = ? AND command = 'Reset' "
                                         "AND refusal_reason IS NOT NULL", STATION),
                timeout=5, what="the refused Reset is in the command log")
            await peer.request(call.Heartbeat())
            assert all(action != "Reset" for action, _ in peer.received), peer.received

    run(scenario(), timeout=30)


def test_an_unknown_station_is_pending_when_registration_is_pending(start_server, store):
    server = start_server("--unknown-stations", "pending")
    newcomer = "LS-NEW-0001"

    async def scenario() -> None:
        async with station(server.ocpp_url(newcomer), newcomer, password="a-new-station-key") as peer:
            answer = await peer.boot()
            assert answer.status == "Pending" and answer.interval > 0
            (row,) = await store.rows_async("SELECT registration, pending_since FROM stations WHERE id = ?", newcomer)
            assert row["registration"].lower() == "pending" and row["pending_since"] is not None

    run(scenario(), timeout=30)
