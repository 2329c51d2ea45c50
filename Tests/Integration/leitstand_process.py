"""Runs the `leitstand` binary: one-shot subcommands and the `serve` process with its ready line."""

from __future__ import annotations

import os
import queue
import re
import signal
import subprocess
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[2]
SEEDS = REPOSITORY / "seeds"
STATION_PASSWORD = "demo-station-key"

READY_TIMEOUT = 30.0
"""Seconds `serve` may take to print its ready line (migrations and start-up included)."""
STOP_TIMEOUT = 10.0
"""Seconds `serve` may take to exit after SIGTERM before it is killed and the test fails."""
CLI_TIMEOUT = 60.0
"""Seconds a one-shot subcommand (seed, station add, station config) may take."""

_READY_LINE = re.compile(r"^listening ocpp=(\d+) api=(\d+)$")


def run_cli(binary: str, arguments: Sequence[str], *, timeout: float = CLI_TIMEOUT,
            check: bool = True) -> subprocess.CompletedProcess[str]:
    """Runs one subcommand from the repository root; fails with its output when `check` and it exits non-zero."""
    completed = subprocess.run(
        [binary, *arguments], cwd=REPOSITORY, capture_output=True, text=True, timeout=timeout, check=False)
    if check and completed.returncode != 0:
        raise AssertionError(
            f"`leitstand {' '.join(arguments)}` exited {completed.returncode}\n"
            f"stdout:\n{completed.stdout}\nstderr:\n{completed.stderr}")
    return completed


def seed(binary: str, db: Path, *, stations: int | None = None) -> None:
    """Loads the demo data from the repository's seeds/ into `db`."""
    arguments = ["seed", "--db", str(db), "--seeds", str(SEEDS)]
    if stations is not None:
        arguments += ["--stations", str(stations)]
    run_cli(binary, arguments)


@dataclass(eq=False)
class LeitstandServer:
    """One `leitstand serve` process on ports the system picked, with its stderr kept in a file."""

    binary: str
    db: Path
    stderr_path: Path
    options: tuple[str, ...] = ()
    ocpp_port: int = 0
    api_port: int = 0
    exit_code: int | None = None
    _process: subprocess.Popen[str] | None = field(default=None, repr=False)
    _stdout_lines: queue.Queue[str | None] = field(default_factory=queue.Queue, repr=False)

    @property
    def api_url(self) -> str:
        """The HTTP API's base URL."""
        return f"http://127.0.0.1:{self.api_port}"

    def ocpp_url(self, station_id: str) -> str:
        """The WebSocket URL a charge point with `station_id` connects to."""
        return f"ws://127.0.0.1:{self.ocpp_port}/ocpp/{station_id}"

    @property
    def is_running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def start(self) -> None:
        """Starts `serve` and returns once it printed its ready line; fails with its stderr if it does not."""
        arguments = [self.binary, "serve", "--db", str(self.db), "--ocpp-port", "0", "--api-port", "0",
                     "--log-level", "debug", *self.options]
        with self.stderr_path.open("a") as stderr:
            self._process = subprocess.Popen(
                arguments, cwd=REPOSITORY, stdout=subprocess.PIPE, stderr=stderr, text=True, bufsize=1)
        threading.Thread(target=self._read_stdout, daemon=True).start()
        deadline = time.monotonic() + READY_TIMEOUT
        while True:
            remaining = deadline - time.monotonic()
            try:
                line = self._stdout_lines.get(timeout=max(remaining, 0.01))
            except queue.Empty:
                self.kill()
                raise AssertionError(
                    f"`leitstand serve` printed no ready line within {READY_TIMEOUT:.0f} s\n{self.stderr_tail()}")
            if line is None:
                self.exit_code = self._process.wait(timeout=STOP_TIMEOUT)
                raise AssertionError(
                    f"`leitstand serve` exited {self.exit_code} before it was ready\n{self.stderr_tail()}")
            match = _READY_LINE.match(line.strip())
            if match:
                self.ocpp_port, self.api_port = int(match[1]), int(match[2])
                return

    def stop(self) -> None:
        """Sends SIGTERM and waits; fails if it does not exit within STOP_TIMEOUT or exits non-zero."""
        if self._process is None or self.exit_code is not None:
            return
        if self._process.poll() is not None:
            self.exit_code = self._process.returncode
            raise AssertionError(f"`leitstand serve` exited {self.exit_code} on its own during the test")
        self._process.send_signal(signal.SIGTERM)
        try:
            self.exit_code = self._process.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            self.kill()
            raise AssertionError(f"`leitstand serve` did not exit within {STOP_TIMEOUT:.0f} s of SIGTERM")
        if self.exit_code != 0:
            raise AssertionError(f"`leitstand serve` exited {self.exit_code} after SIGTERM")

    def kill(self) -> None:
        """Sends SIGKILL and reaps the process: a crash, as far as the server can tell."""
        if self._process is None or self.exit_code is not None:
            return
        if self._process.poll() is None:
            os.kill(self._process.pid, signal.SIGKILL)
        self.exit_code = self._process.wait(timeout=STOP_TIMEOUT)

    def stderr_tail(self, lines: int = 200) -> str:
        """The last `lines` lines the process wrote to stderr so far."""
        try:
            text = self.stderr_path.read_text(errors="replace")
        except FileNotFoundError:
            return "(no stderr)"
        return "\n".join(text.splitlines()[-lines:])

    def _read_stdout(self) -> None:
        assert self._process is not None and self._process.stdout is not None
        for line in self._process.stdout:
            self._stdout_lines.put(line)
        self._stdout_lines.put(None)
