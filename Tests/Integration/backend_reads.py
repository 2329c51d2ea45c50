"""Reading what the backend did: its HTTP API, its SQLite store (read-only), and polling both with a deadline."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import time
import urllib.error
import urllib.request
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar

HTTP_TIMEOUT = 10.0
POLL_INTERVAL = 0.1

T = TypeVar("T")


DEMO_AGENT = ("agent", "demo-agent-2026")
"""The demo agent login `leitstand seed` creates from seeds/accounts.json."""

_tokens: dict[str, str] = {}
"""Bearer tokens of the demo agent, by API base URL: one login per server."""


def _request(method: str, url: str, body: Any | None, token: str | None = None) -> tuple[int, Any]:
    data = json.dumps(body).encode() if body is not None else None
    headers = {"Content-Type": "application/json", "Accept": "application/json"}
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(url, data=data, method=method, headers=headers)
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(request, timeout=HTTP_TIMEOUT) as response:
            status, text = response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        status, text = error.code, error.read().decode()
    try:
        return status, json.loads(text) if text else None
    except json.JSONDecodeError:
        raise AssertionError(f"{method} {url} answered {status} with a body that is not JSON: {text[:500]!r}") from None


def login(base_url: str, user: str, password: str) -> str:
    """`POST /api/v1/login`; the session's bearer token."""
    status, grant = _request("POST", base_url + "/api/v1/login", {"userName": user, "password": password})
    assert status == 200, f"login as {user} answered {status}: {grant}"
    return grant["token"]


def _agent_token(base_url: str) -> str:
    if base_url not in _tokens:
        _tokens[base_url] = login(base_url, *DEMO_AGENT)
    return _tokens[base_url]


async def api_call(base_url: str, method: str, path: str, body: Any | None = None, *,
                   token: str | None = None) -> tuple[int, Any]:
    """One request exactly as given, without logging in: the status and the decoded JSON body."""
    return await asyncio.to_thread(_request, method, base_url + path, body, token)


async def api_get(base_url: str, path: str, *, token: str | None = None) -> tuple[int, Any]:
    """GET `path` from the API as the demo agent (or with `token`): the status and the decoded JSON body."""
    token = token or await asyncio.to_thread(_agent_token, base_url)
    return await asyncio.to_thread(_request, "GET", base_url + path, None, token)


async def api_post(base_url: str, path: str, body: Any, *, token: str | None = None) -> tuple[int, Any]:
    """POST `body` as JSON to `path` as the demo agent (or with `token`): the status and the decoded JSON body."""
    token = token or await asyncio.to_thread(_agent_token, base_url)
    return await asyncio.to_thread(_request, "POST", base_url + path, body, token)


async def open_alarms(base_url: str) -> list[dict[str, Any]]:
    """`GET /api/v1/alarms`, checked to be a list of alarm objects."""
    status, body = await api_get(base_url, "/api/v1/alarms")
    assert status == 200, f"GET /api/v1/alarms answered {status}: {body}"
    assert isinstance(body, list), f"GET /api/v1/alarms is not a JSON array of alarms: {body}"
    return body


async def eventually(probe: Callable[[], Awaitable[T]], *, timeout: float, what: str) -> T:
    """Calls `probe` until it returns something truthy, and returns that; fails after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    last: T = await probe()
    while not last:
        if time.monotonic() >= deadline:
            raise AssertionError(f"not within {timeout:.0f} s: {what} (last seen: {last!r})")
        await asyncio.sleep(POLL_INTERVAL)
        last = await probe()
    return last


class Store:
    """The server's SQLite file, opened read-only for each query so every read sees the latest commit (WAL)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def rows(self, sql: str, *parameters: Any) -> list[sqlite3.Row]:
        """Runs one query on a fresh read-only connection."""
        connection = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=HTTP_TIMEOUT)
        connection.row_factory = sqlite3.Row
        try:
            return connection.execute(sql, parameters).fetchall()
        finally:
            connection.close()

    async def rows_async(self, sql: str, *parameters: Any) -> list[sqlite3.Row]:
        """`rows` off the event loop, for polling while a charge point is being served."""
        return await asyncio.to_thread(self.rows, sql, *parameters)


def run(scenario: Awaitable[T], *, timeout: float) -> T:
    """Runs one test's coroutine on a fresh event loop, failing it after `timeout` seconds."""

    async def bounded() -> T:
        try:
            return await asyncio.wait_for(scenario, timeout)
        except TimeoutError:
            raise AssertionError(f"the scenario did not finish within {timeout:.0f} s") from None

    return asyncio.run(bounded())
