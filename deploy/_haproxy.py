"""The HAProxy configuration of a cluster: rendered from ``deploy/haproxy.cfg``, checked
with ``haproxy -c``."""

from __future__ import annotations

import csv
import resource
import shutil
import socket
import subprocess
from dataclasses import dataclass
from pathlib import Path
from string import Template

from ._errors import DeployError

__all__ = ["TEMPLATE", "HaproxyConfig", "check_config", "haproxy_binary", "server_states"]

TEMPLATE = Path(__file__).with_name("haproxy.cfg")


def haproxy_binary() -> str:
    """The path of ``haproxy``.

    Raises:
        DeployError: it is not installed.
    """
    found = shutil.which("haproxy") or shutil.which("haproxy", path="/usr/sbin:/sbin")
    if found is None:
        msg = "haproxy is not installed; `make haproxy` (or apt-get install haproxy) installs it"
        raise DeployError(msg)
    return found


@dataclass(frozen=True)
class HaproxyConfig:
    """What the template needs: where HAProxy listens and the instances behind it.

    Attributes:
        port: the public port.
        servers: ``host:port`` of each instance, in order (named ``i1``, ``i2``, ...).
        stats_socket: the admin socket (``show stat`` reports each server UP/DOWN).
        bind: the interface HAProxy listens on.
        check_interval: seconds between health checks of one instance (a dead one is
            DOWN after two failed checks).
        max_connections_per_client: open connections one client address may hold.
        maxconn: connections HAProxy accepts in all (None: as many as the file
            descriptor limit allows: two descriptors each, client and server side).
    """

    port: int
    servers: tuple[str, ...]
    stats_socket: Path
    bind: str = "127.0.0.1"
    check_interval: float = 0.25
    max_connections_per_client: int = 128
    maxconn: int | None = None

    def render(self) -> str:
        """The configuration text."""
        if not self.servers:
            msg = "a cluster needs at least one instance"
            raise DeployError(msg)
        lines = [
            f"    server i{n} {address} check" for n, address in enumerate(self.servers, start=1)
        ]
        inter_ms = max(1, round(self.check_interval * 1000))
        return Template(TEMPLATE.read_text()).substitute(
            maxconn=self.maxconn or _fd_bound_maxconn(),
            stats_socket=self.stats_socket,
            bind=self.bind,
            port=self.port,
            per_client=self.max_connections_per_client,
            inter_ms=inter_ms,
            down_inter_ms=inter_ms * 2,
            servers="\n".join(lines),
        )

    def write(self, path: Path) -> Path:
        """Render into ``path``; returns it."""
        path.write_text(self.render())
        return path


def server_states(stats_socket: Path, backend: str = "instances") -> dict[str, str]:
    """Each server of ``backend`` and its state (``UP``, ``DOWN``, ``UP 1/2`` while
    failing checks ...), from ``show stat`` on HAProxy's admin socket.

    Raises:
        OSError: the socket does not answer.
    """
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(2)
        sock.connect(str(stats_socket))
        sock.sendall(b"show stat\n")
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    text = b"".join(chunks).decode().removeprefix("# ")
    return {
        row["svname"]: row["status"]
        for row in csv.DictReader(text.splitlines())
        if row.get("pxname") == backend and row["svname"] not in ("BACKEND", "FRONTEND")
    }


def _fd_bound_maxconn() -> int:
    hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]
    if hard == resource.RLIM_INFINITY:
        return 100_000
    return max(256, min(100_000, (hard - 100) // 2))


def check_config(path: Path) -> None:
    """Validate a configuration file with ``haproxy -c -f``.

    Raises:
        DeployError: HAProxy refuses it (its own message included).
    """
    done = subprocess.run(
        [haproxy_binary(), "-c", "-f", str(path)],
        capture_output=True,
        text=True,
        check=False,
        timeout=30,
    )
    if done.returncode != 0:
        output = (done.stderr + done.stdout).splitlines()
        alerts = [line for line in output if "[ALERT]" in line] or output
        msg = f"haproxy rejects {path}: " + "\n".join(alerts)
        raise DeployError(msg)
