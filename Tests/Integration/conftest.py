"""Fixtures: the `leitstand` binary, a freshly seeded store per test, and `serve` processes that always stop.

LEITSTAND_BIN must name the built executable by absolute path. Unset, every test is skipped with that reason;
set to anything that is not an executable, the tests fail. A failing test's report carries each server's stderr.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable, Generator, Iterator
from pathlib import Path
from typing import Any

import pytest

from backend_reads import Store
from leitstand_process import SEEDS, LeitstandServer, seed


@pytest.fixture(scope="session")
def leitstand_bin() -> str:
    """The `leitstand` executable from LEITSTAND_BIN."""
    path = os.environ.get("LEITSTAND_BIN")
    if not path:
        pytest.skip("LEITSTAND_BIN is not set; set it to the absolute path of the built `leitstand` executable")
    if not os.path.isabs(path) or not os.path.isfile(path) or not os.access(path, os.X_OK):
        pytest.fail(f"LEITSTAND_BIN={path!r} is not the absolute path of an executable file")
    return path


@pytest.fixture(scope="session")
def seeded_template(leitstand_bin: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo data seeded once per session; tests get copies."""
    db = tmp_path_factory.mktemp("template") / "leitstand.sqlite"
    seed(leitstand_bin, db)
    return db


def copy_store(template: Path, directory: Path) -> Path:
    """A copy of the store at `template` in `directory`, its write-ahead log included."""
    copy = directory / "leitstand.sqlite"
    for suffix in ("", "-wal"):
        source = Path(f"{template}{suffix}")
        if source.exists():
            shutil.copyfile(source, f"{copy}{suffix}")
    return copy


@pytest.fixture
def db(seeded_template: Path, tmp_path: Path) -> Path:
    """A copy of the seeded store for this test alone."""
    return copy_store(seeded_template, tmp_path)


@pytest.fixture
def store(db: Path) -> Store:
    """This test's store, for read-only queries."""
    return Store(db)


@pytest.fixture
def start_server(leitstand_bin: str, db: Path, tmp_path: Path,
                 request: pytest.FixtureRequest) -> Iterator[Callable[..., LeitstandServer]]:
    """Starts `leitstand serve` on this test's store with extra options; every server is stopped afterwards."""
    servers: list[LeitstandServer] = []
    request.node.leitstand_servers = servers

    def start(*options: str, db_path: Path = db) -> LeitstandServer:
        server = LeitstandServer(leitstand_bin, db_path, tmp_path / f"serve-{len(servers) + 1}.stderr", options)
        servers.append(server)
        server.start()
        return server

    yield start
    failures = []
    for server in servers:
        try:
            server.stop()
        except AssertionError as failure:
            failures.append(str(failure))
    if failures:
        pytest.fail("\n\n".join(failures))


@pytest.fixture
def server(start_server: Callable[..., LeitstandServer]) -> LeitstandServer:
    """`leitstand serve` with its defaults."""
    return start_server()


@pytest.fixture(scope="module")
def shared_server(leitstand_bin: str, seeded_template: Path,
                  tmp_path_factory: pytest.TempPathFactory) -> Iterator[LeitstandServer]:
    """One `leitstand serve` with its defaults for a whole module, for tests that each use their own stations
    and leave nothing behind that another test reads."""
    directory = tmp_path_factory.mktemp("shared-server")
    server = LeitstandServer(leitstand_bin, copy_store(seeded_template, directory), directory / "serve.stderr")
    server.start()
    yield server
    try:
        server.stop()
    except AssertionError as failure:
        pytest.fail(str(failure))


@pytest.fixture(scope="session")
def demo_cards() -> list[dict[str, Any]]:
    """The charging cards in seeds/cards.json."""
    return json.loads((SEEDS / "cards.json").read_text())


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item,
                               call: pytest.CallInfo[None]) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """Adds each server's stderr and each console's last screen to the report of a failed test."""
    report = yield
    if report.failed:
        servers = list(getattr(item, "leitstand_servers", ()))
        servers += [value for value in getattr(item, "funcargs", {}).values() if isinstance(value, LeitstandServer)
                    and value not in servers]
        for number, server in enumerate(servers, start=1):
            report.sections.append((f"leitstand serve #{number} stderr ({report.when})", server.stderr_tail()))
        for number, terminal in enumerate(getattr(item, "leitstand_terminals", ()), start=1):
            try:
                screen = terminal.screen()
            except AssertionError as gone:
                screen = f"(no screen: {gone})"
            report.sections.append((f"console #{number} screen ({report.when})", screen))
    return report
