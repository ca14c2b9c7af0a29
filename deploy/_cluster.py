"""N captionflow instances on one Redis behind HAProxy, as child processes.

Each instance is ``python -m app`` with the caller's ``CAPTIONFLOW_*`` environment plus
its own port, the shared Redis URL (and key prefix), and no per-client connection cap
(behind the proxy every client has the proxy's address; HAProxy applies the cap).
HAProxy runs in the foreground (``-db``) from a configuration rendered into the run
directory, and reports each instance's state on its admin socket.
"""

from __future__ import annotations

import contextlib
import functools
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from ._errors import DeployError
from ._haproxy import HaproxyConfig, check_config, haproxy_binary, server_states

__all__ = ["Cluster", "Instance", "ROOT"]

ROOT = Path(__file__).resolve().parents[1]
START_TIMEOUT = 30.0
STOP_TIMEOUT = 10.0


@dataclass
class Instance:
    """One ``python -m app`` of the cluster (``i1``, ``i2``, ...)."""

    name: str
    port: int
    process: subprocess.Popen[bytes]
    copier: threading.Thread

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    @property
    def url(self) -> str:
        return f"http://{self.address}"

    def running(self) -> bool:
        return self.process.poll() is None


def _copy_output(
    stream: IO[bytes], sink: contextlib.AbstractContextManager[Callable[[bytes], None]]
) -> threading.Thread:
    """Read a child's output to its end in a thread (a full pipe never blocks it)."""

    def copy() -> None:
        with contextlib.closing(stream), sink as write:
            for line in stream:
                write(line)

    thread = threading.Thread(target=copy, daemon=True)
    thread.start()
    return thread


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _wait(condition: Callable[[], bool], timeout: float, what: str) -> None:
    """Poll ``condition`` every 50 ms until it holds; DeployError after ``timeout``."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            msg = f"{what} within {timeout:g}s"
            raise DeployError(msg)
        time.sleep(0.05)


def _ready_or_gone(instance: Instance) -> bool:
    """``/ready`` answers 200, or the process exited (no use waiting)."""
    if not instance.running():
        return True
    try:
        with urllib.request.urlopen(f"{instance.url}/ready", timeout=2) as response:
            status: int = response.status
    except (urllib.error.URLError, OSError):
        return False
    return status == 200


@dataclass
class Cluster:
    """Start with :meth:`start`, stop with :meth:`stop` (or use it as a context manager).

    Attributes:
        redis_url: the Redis every instance shares (``CAPTIONFLOW_REDIS_URL``).
        port: HAProxy's public port.
        instance_ports: one port per instance.
        run_dir: where the HAProxy configuration, its socket and the logs go.
        redis_prefix: ``CAPTIONFLOW_REDIS_PREFIX`` of every instance (None: inherited or
            the default).
        env: more environment for every instance (over the inherited one).
        check_interval: seconds between HAProxy's health checks of an instance.
        output: where the instances' and HAProxy's output lines go (prefixed with the
            instance's name); None: one log file per process in ``run_dir``.
    """

    redis_url: str
    port: int
    instance_ports: tuple[int, ...]
    run_dir: Path
    redis_prefix: str | None = None
    env: Mapping[str, str] = field(default_factory=dict)
    check_interval: float = 0.25
    bind: str = "127.0.0.1"
    output: IO[bytes] | None = None
    instances: list[Instance] = field(default_factory=list)
    haproxy: subprocess.Popen[bytes] | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def url(self) -> str:
        """The public base URL (through HAProxy)."""
        return f"http://{self.bind}:{self.port}"

    @property
    def config_path(self) -> Path:
        return self.run_dir / "haproxy.cfg"

    @property
    def stats_socket(self) -> Path:
        return self.run_dir / "haproxy.sock"

    def config(self) -> HaproxyConfig:
        """The HAProxy configuration of this cluster."""
        return HaproxyConfig(
            port=self.port,
            servers=tuple(f"127.0.0.1:{port}" for port in self.instance_ports),
            stats_socket=self.stats_socket,
            bind=self.bind,
            check_interval=self.check_interval,
        )

    def __enter__(self) -> Cluster:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @contextlib.contextmanager
    def _sink(self, name: str) -> Iterator[Callable[[bytes], None]]:
        """Where the output of process ``name`` goes: ``output``, each line prefixed
        with ``[name]``, else ``<run_dir>/<name>.log``."""
        out = self.output
        if out is None:
            with (self.run_dir / f"{name}.log").open("ab") as log:

                def to_file(line: bytes) -> None:
                    log.write(line)
                    log.flush()

                yield to_file
            return
        prefix = f"[{name}] ".encode()

        def to_output(line: bytes) -> None:
            with self._lock:
                out.write(prefix + line)
                out.flush()

        yield to_output

    def _spawn(
        self, args: list[str], env: Mapping[str, str], name: str
    ) -> tuple[subprocess.Popen[bytes], threading.Thread]:
        process = subprocess.Popen(
            args,
            cwd=ROOT,
            env=dict(env),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        assert process.stdout is not None
        return process, _copy_output(process.stdout, self._sink(name))

    def instance_env(self, port: int) -> dict[str, str]:
        """The environment of the instance on ``port``."""
        env = {
            **os.environ,
            "CAPTIONFLOW_HOST": "127.0.0.1",
            "CAPTIONFLOW_PORT": str(port),
            "CAPTIONFLOW_REDIS_URL": self.redis_url,
            "CAPTIONFLOW_MAX_CONNECTIONS_PER_CLIENT": "0",
            # HAProxy checks each instance 4 times a second: no access-log line for each
            "CAPTIONFLOW_LOG_LEVEL": os.environ.get("CAPTIONFLOW_LOG_LEVEL", "WARNING"),
            **self.env,
        }
        if self.redis_prefix is not None:
            env["CAPTIONFLOW_REDIS_PREFIX"] = self.redis_prefix
        return env

    def start(self) -> Cluster:
        """Start every instance, wait until each is ready, then HAProxy until it sees
        every instance UP.

        Raises:
            DeployError: HAProxy is missing or rejects the configuration, or a process
                did not come up in time (everything started is stopped again).
        """
        if not self.instance_ports:
            msg = "a cluster needs at least one instance"
            raise DeployError(msg)
        self.run_dir.mkdir(parents=True, exist_ok=True)
        check_config(self.config().write(self.config_path))
        try:
            for n, port in enumerate(self.instance_ports, start=1):
                name = f"i{n}"
                process, copier = self._spawn(
                    [sys.executable, "-m", "app"], self.instance_env(port), name
                )
                self.instances.append(Instance(name, port, process, copier))
            for instance in self.instances:
                _wait(
                    functools.partial(_ready_or_gone, instance),
                    START_TIMEOUT,
                    f"instance {instance.name} was not ready on {instance.url}",
                )
                if not instance.running():
                    msg = f"instance {instance.name} exited ({instance.process.returncode})"
                    raise DeployError(msg)
            self.haproxy, _ = self._spawn(
                [haproxy_binary(), "-db", "-f", str(self.config_path)], os.environ, "haproxy"
            )
            _wait(
                lambda: self._all_up() or self.haproxy is None or self.haproxy.poll() is not None,
                START_TIMEOUT,
                "HAProxy did not see every instance UP",
            )
            if self.haproxy.poll() is not None:
                msg = f"haproxy exited ({self.haproxy.returncode}); see its output"
                raise DeployError(msg)
        except BaseException:
            self.stop()
            raise
        return self

    def _all_up(self) -> bool:
        try:
            states = self.server_states()
        except OSError:
            return False
        return len(states) == len(self.instances) and all(
            s.startswith("UP") for s in states.values()
        )

    def server_states(self) -> dict[str, str]:
        """Each instance's state as HAProxy sees it (see :func:`server_states`).

        Raises:
            OSError: HAProxy's socket does not answer.
        """
        return server_states(self.stats_socket)

    def kill(self, name: str) -> Instance:
        """SIGKILL one instance (no shutdown at all: what a crash looks like)."""
        instance = next(i for i in self.instances if i.name == name)
        instance.process.send_signal(signal.SIGKILL)
        instance.process.wait()
        return instance

    def stop(self) -> None:
        """SIGTERM HAProxy and every instance (graceful: SSE clients get
        ``event: shutdown``); SIGKILL what is still running after 10 s."""
        if self.haproxy is not None:
            _stop(self.haproxy)
            self.haproxy = None
        for instance in self.instances:
            if instance.running():
                instance.process.send_signal(signal.SIGTERM)
        for instance in self.instances:
            _stop(instance.process)
            instance.copier.join(timeout=5)
        self.instances.clear()
