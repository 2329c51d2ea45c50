"""A real terminal for console tests: tmux on a private socket, driven by send-keys and read by capture-pane."""

from __future__ import annotations

import shlex
import shutil
import subprocess
import time
import uuid
from collections.abc import Mapping, Sequence
from pathlib import Path


class TmuxTerminal:
    """One detached tmux session running one command in a window of a fixed size.

    Every tmux call goes to a socket of its own, so a test never touches the user's tmux server, and `close`
    kills that whole server.
    """

    def __init__(self, command: Sequence[str], *, columns: int = 120, rows: int = 40,
                 env: Mapping[str, str] | None = None, cwd: Path | None = None) -> None:
        if shutil.which("tmux") is None:
            raise AssertionError("tmux is not installed; scripts/install-deps.sh installs it")
        self.socket = f"leitstand-test-{uuid.uuid4().hex[:12]}"
        self.session = "console"
        exports = " ".join(f"{key}={shlex.quote(value)}" for key, value in (env or {}).items())
        script = f"{exports} exec {shlex.join(command)}" if exports else f"exec {shlex.join(command)}"
        self._tmux("new-session", "-d", "-s", self.session, "-x", str(columns), "-y", str(rows),
                   *(["-c", str(cwd)] if cwd else []), f"TERM=xterm-256color; export TERM; {script}")
        self._tmux("set-option", "-t", self.session, "remain-on-exit", "on")

    def _tmux(self, *arguments: str) -> str:
        result = subprocess.run(["tmux", "-L", self.socket, *arguments], capture_output=True, text=True, timeout=10)
        if result.returncode != 0:
            raise AssertionError(f"tmux {' '.join(arguments[:2])} failed: {result.stderr.strip()}")
        return result.stdout

    def send(self, *keys: str) -> None:
        """Sends tmux key names (`Enter`, `Escape`, `C-c`, `PageDown`) or literal text, in order."""
        for key in keys:
            self._tmux("send-keys", "-t", self.session, key)

    def type(self, text: str) -> None:
        """Types `text` literally (no key-name lookup)."""
        self._tmux("send-keys", "-t", self.session, "-l", text)

    def screen(self) -> str:
        """What the terminal shows now, one line per row."""
        return self._tmux("capture-pane", "-p", "-t", self.session)

    def wait_for(self, text: str, timeout: float = 10.0) -> str:
        """Waits until `text` is on screen; returns the screen. Fails with the last screen when it never comes."""
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.05)
        raise AssertionError(f"{text!r} did not appear within {timeout} s; the screen was:\n{screen}")

    def wait_until_gone(self, text: str, timeout: float = 10.0) -> str:
        """Waits until `text` is no longer on screen; returns the screen."""
        deadline = time.monotonic() + timeout
        screen = self.screen()
        while time.monotonic() < deadline:
            screen = self.screen()
            if text not in screen:
                return screen
            time.sleep(0.05)
        raise AssertionError(f"{text!r} was still on screen after {timeout} s:\n{screen}")

    def resize(self, columns: int, rows: int) -> None:
        """Resizes the window, as a user dragging the terminal would."""
        self._tmux("resize-window", "-t", self.session, "-x", str(columns), "-y", str(rows))

    def is_running(self) -> bool:
        """Whether the command is still running (false once it exited)."""
        return self._tmux("display-message", "-p", "-t", self.session, "#{pane_dead}").strip() == "0"

    def close(self) -> None:
        """Kills the session and its tmux server."""
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], capture_output=True, timeout=10)
