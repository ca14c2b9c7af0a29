"""A real ``python -m app`` on a free 127.0.0.1 port, a JSON client for it, and a
loopback OpenAI-compatible server (so the playground has tokens to stream)."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from collections.abc import Coroutine
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, TypeVar

from ..captions.fake_openai import FakeOpenAI

ROOT = Path(__file__).parents[2]
API = "/api/v14/async-flows"
API_KEY = "e2e-secret"
T = TypeVar("T")
START_TIMEOUT = 20.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class LiveServer:
    """``python -m app`` in a subprocess; ``start``/``stop`` may be repeated (same port)."""

    state_dir: Path
    env: dict[str, str] = field(default_factory=dict)
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[str] | None = None
    log: list[str] = field(default_factory=list)
    reader: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> LiveServer:
        env = {
            **os.environ,
            "CAPTIONFLOW_HOST": "127.0.0.1",
            "CAPTIONFLOW_PORT": str(self.port),
            "CAPTIONFLOW_API_KEY": API_KEY,
            "CAPTIONFLOW_FLOWS_DIR": "",
            "CAPTIONFLOW_STATE_DIR": str(self.state_dir),
            "CAPTIONFLOW_LOG_LEVEL": "INFO",
            "CAPTIONFLOW_METRICS_LIVE_INTERVAL": "0.1",
            "CAPTIONFLOW_SSE_RETRY_MS": "250",
            "CAPTIONFLOW_SSE_SHUTDOWN_SECONDS": "0.5",
            **self.env,
        }
        self.process = subprocess.Popen(
            [sys.executable, "-m", "app"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        self._wait_until_serving()
        return self

    def _wait_until_serving(self) -> None:
        """Wait (bounded) until aiohttp logs that it is running; the log is read by a
        thread for the server's whole life, so it never blocks on a full pipe."""
        process = self.process
        assert process is not None
        assert process.stderr is not None
        serving = threading.Event()
        marker = f"Running on {self.url}"

        def read(stream: IO[str]) -> None:
            for line in stream:
                self.log.append(line)
                if marker in line:
                    serving.set()
            serving.set()  # exited: stop waiting at once

        self.reader = threading.Thread(target=read, args=(process.stderr,), daemon=True)
        self.reader.start()
        if not serving.wait(START_TIMEOUT) or process.poll() is not None:
            self.stop()
            msg = f"server did not start within {START_TIMEOUT}s:\n" + "".join(self.log)
            raise RuntimeError(msg)

    def stop(self) -> None:
        """SIGTERM (graceful: SSE clients get ``event: shutdown``), then wait."""
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

    def call(self, method: str, path: str, body: Any = None) -> Any:
        """A JSON request with the API key; ``path`` under the flows API unless it is ``/...``
        outside it. Raises ``AssertionError`` with the problem body on a 4xx/5xx."""
        url = self.url + (path if path.startswith("/api/") else API + path)
        data = None if body is None else json.dumps(body).encode()
        headers = {"Authorization": f"Bearer {API_KEY}", "Content-Type": "application/json"}
        request = urllib.request.Request(url, data=data, headers=headers, method=method)
        try:
            with urllib.request.urlopen(request, timeout=10) as resp:
                text = resp.read().decode()
        except urllib.error.HTTPError as error:
            detail = error.read().decode()
            raise AssertionError(f"{method} {path}: {error.code} {detail}") from None
        return json.loads(text) if text else None

    def post(self, path: str, body: Any) -> Any:
        return self.call("POST", path, body)

    def metrics_snapshot(self) -> dict[str, Any]:
        """One event of ``/metrics/live`` (the feed ends after it: ``limit=1``)."""
        headers = {"Authorization": f"Bearer {API_KEY}", "Accept": "text/event-stream"}
        request = urllib.request.Request(f"{self.url}/metrics/live?limit=1", headers=headers)
        with urllib.request.urlopen(request, timeout=10) as resp:
            text = resp.read().decode()
        data = [line[5:].strip() for line in text.splitlines() if line.startswith("data:")]
        snapshot: dict[str, Any] = json.loads(data[0])
        return snapshot


class FakeOpenAIThread:
    """``tests.captions.fake_openai.FakeOpenAI`` on its own event loop in a thread."""

    def __init__(self, reply: str) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        self.fake = self._run(self._start(reply))

    async def _start(self, reply: str) -> FakeOpenAI:
        return await FakeOpenAI([reply]).start()

    def _run(self, coro: Coroutine[Any, Any, T]) -> T:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout=10)

    @property
    def url(self) -> str:
        return self.fake.url

    def close(self) -> None:
        self._run(self.fake.stop())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout=5)
        self.loop.close()
