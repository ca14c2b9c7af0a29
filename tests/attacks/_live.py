"""``python -m app`` as a real process on a real port, with its log captured.

The attack tests that are about the process itself (what it logs, how it starts,
whether its event loop stays free) run it this way; the others use the in-process
server of ``tests/app/helpers.py`` on a real port.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

ROOT = Path(__file__).parents[2]
API = "/api/v14/async-flows"
# a liveness bound, not a speed claim: a loaded CI machine took over 20 s to start one
START_TIMEOUT = 60.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def base_env(state_dir: Path, port: int, env: dict[str, str]) -> dict[str, str]:
    """The environment of a server process: no flow files, state in ``state_dir``."""
    inherited = {k: v for k, v in os.environ.items() if not k.startswith("CAPTIONFLOW_")}
    return {
        **inherited,
        "CAPTIONFLOW_HOST": "127.0.0.1",
        "CAPTIONFLOW_PORT": str(port),
        "CAPTIONFLOW_FLOWS_DIR": "",
        "CAPTIONFLOW_STATE_DIR": str(state_dir),
        "CAPTIONFLOW_LOG_LEVEL": "INFO",
        "CAPTIONFLOW_RELOAD_INTERVAL": "0",
        **env,
    }


@dataclass
class Process:
    """A started ``python -m app``; ``log`` holds every stderr line it wrote so far."""

    state_dir: Path
    env: dict[str, str] = field(default_factory=dict)
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[str] | None = None
    log: list[str] = field(default_factory=list)
    reader: threading.Thread | None = None
    changed: threading.Condition = field(default_factory=threading.Condition)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def api(self, path: str) -> str:
        return f"{self.url}{API}{path}"

    def start(self) -> Process:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "app"],
            cwd=ROOT,
            env=base_env(self.state_dir, self.port, self.env),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        serving = threading.Event()
        marker = f"Running on {self.url}"
        assert self.process.stderr is not None

        def read(stream: IO[str]) -> None:
            for line in stream:
                with self.changed:
                    self.log.append(line)
                    self.changed.notify_all()
                if marker in line:
                    serving.set()
            serving.set()  # exited: stop waiting at once
            with self.changed:
                self.changed.notify_all()

        self.reader = threading.Thread(target=read, args=(self.process.stderr,), daemon=True)
        self.reader.start()
        if not serving.wait(START_TIMEOUT) or self.process.poll() is not None:
            self.stop()
            msg = f"server did not start within {START_TIMEOUT}s:\n" + "".join(self.log)
            raise RuntimeError(msg)
        return self

    def stop(self) -> None:
        """SIGTERM, then wait (SIGKILL if it hangs)."""
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.reader is not None:
            self.reader.join(timeout=5)
        if self.process.stderr is not None:
            self.process.stderr.close()
        self.process = None

    def text(self) -> str:
        """The log so far, as one string."""
        return "".join(self.log)

    def wait_for_log(self, predicate: Callable[[list[str]], bool], timeout: float = 10.0) -> None:
        """Block until ``predicate(log)`` holds (woken by each new line); TimeoutError after
        ``timeout``."""
        with self.changed:
            if not self.changed.wait_for(lambda: predicate(self.log), timeout):
                msg = f"the log never matched within {timeout}s:\n{self.text()[-4000:]}"
                raise TimeoutError(msg)


def run_to_exit(state_dir: Path, env: dict[str, str], timeout: float = 20.0) -> tuple[int, str]:
    """Start ``python -m app`` expecting it to fail: its exit code and stderr."""
    done = subprocess.run(
        [sys.executable, "-m", "app"],
        cwd=ROOT,
        env=base_env(state_dir, free_port(), env),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        timeout=timeout,
        check=False,
    )
    return done.returncode, done.stderr
