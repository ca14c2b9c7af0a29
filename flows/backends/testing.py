"""A throwaway local Redis Cluster for tests and benchmarks (``redis-server`` processes).

    with LocalCluster.start(base_port=7100) as cluster:     # 3 primaries, 3 replicas
        backend = RedisBackend(cluster.url)                  # redis+cluster://127.0.0.1:7100,...
        ...
        cluster.kill(cluster.primary_for("captionflow:{stream:live}"))   # kill -9
        cluster.wait_healthy()                               # a replica took over

Each node runs ``redis-server --cluster-enabled yes`` without persistence
(``--save "" --appendonly no``) in a temporary directory, on a port of its own (and
that port + 10000 for the cluster bus); ``redis-cli --cluster create`` joins them.
Readiness is polled from ``CLUSTER INFO`` (and each replica's link), never assumed
after a fixed delay. Nothing here is used by the service itself.
"""

from __future__ import annotations

import contextlib
import ctypes
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

import redis
from redis.crc import key_slot

__all__ = ["LocalCluster", "free_port_block"]

_PR_SET_PDEATHSIG = 1
_BUS_OFFSET = 10_000  # Redis Cluster's bus port is the client port + 10000


def _port_free(port: int) -> bool:
    with contextlib.closing(socket.socket()) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def free_port_block(count: int, start: int = 7100, stop: int = 9900, step: int = 20) -> int:
    """The first port ``p >= start`` (in steps of ``step``) such that ``p .. p+count-1``
    and their cluster-bus ports are free."""
    for base in range(start, stop, step):
        ports = range(base, base + count)
        if all(_port_free(p) and _port_free(p + _BUS_OFFSET) for p in ports):
            return base
    msg = f"no {count} free consecutive ports (and bus ports) between {start} and {stop}"
    raise RuntimeError(msg)


@dataclass
class LocalCluster:
    """Redis Cluster nodes on 127.0.0.1, started by :meth:`start`; see the module docstring.

    Attributes:
        ports: every node's port, primaries first as ``redis-cli`` assigned them.
        node_timeout_ms: ``cluster-node-timeout``: how soon a dead primary is failed over.
    """

    ports: list[int]
    directory: Path
    node_timeout_ms: int = 1000
    processes: dict[int, subprocess.Popen[bytes]] = field(default_factory=dict)
    _owns_directory: bool = True

    @classmethod
    def start(
        cls,
        *,
        primaries: int = 3,
        replicas: int = 1,
        base_port: int | None = None,
        node_timeout_ms: int = 1000,
        timeout: float = 30.0,
        attempts: int = 5,
    ) -> LocalCluster:
        """Start ``primaries * (1 + replicas)`` nodes, join them, wait until healthy.

        Ports are free when chosen, but another process may take one before a node
        binds it: a node that does not come up as *our* process on its port (its
        ``INFO server`` process id) makes the whole block move on, ``attempts`` times.
        """
        count = primaries * (1 + replicas)
        start = 7100
        for _ in range(1 if base_port is not None else attempts):
            base = free_port_block(count, start=start) if base_port is None else base_port
            directory = Path(tempfile.mkdtemp(prefix="captionflow-cluster-"))
            cluster = cls(list(range(base, base + count)), directory, node_timeout_ms)
            try:
                for port in cluster.ports:
                    cluster._spawn(port)
                if all(cluster._came_up(port, timeout) for port in cluster.ports):
                    cluster._create(replicas, timeout)
                    cluster.wait_healthy(timeout)
                    return cluster
            except BaseException:
                cluster.stop()
                raise
            cluster.stop()  # another process took one of the ports: move on
            start = base + count
        msg = f"no block of {count} ports stayed free for this cluster (last tried {base})"
        raise RuntimeError(msg)

    def _create(self, replicas: int, timeout: float) -> None:
        create = [
            "redis-cli",
            "--cluster",
            "create",
            *(f"127.0.0.1:{p}" for p in self.ports),
            "--cluster-replicas",
            str(replicas),
            "--cluster-yes",
        ]
        done = subprocess.run(create, capture_output=True, timeout=timeout, check=False)
        if done.returncode != 0:
            output = (done.stdout + done.stderr).decode(errors="replace")[-2000:]
            msg = f"redis-cli --cluster create failed ({done.returncode}): {output}"
            raise RuntimeError(msg)

    def _came_up(self, port: int, timeout: float) -> bool:
        """Poll until our node on ``port`` answers (True), or it exited (False): a
        server that answers there with another process id is someone else's."""
        process = self.processes[port]

        def settled() -> bool:
            return process.poll() is not None or self._owner(port) == process.pid

        self._wait(settled, timeout, f"node {port} to start")
        return process.poll() is None

    def _owner(self, port: int) -> int | None:
        try:
            return int(_fields(self._call(port, "INFO", "server")).get("process_id", 0))
        except (redis.RedisError, ValueError):
            return None

    # -- processes -----------------------------------------------------------------------
    def _spawn(self, port: int) -> None:
        node_dir = self.directory / str(port)
        node_dir.mkdir(exist_ok=True)
        argv = [
            "redis-server",
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--cluster-enabled",
            "yes",
            "--cluster-config-file",
            str(node_dir / "nodes.conf"),
            "--cluster-node-timeout",
            str(self.node_timeout_ms),
            "--dir",
            str(node_dir),
            "--save",
            "",
            "--appendonly",
            "no",
            # a replica's first sync starts at once, not after the default 5 s wait
            # for more replicas to share one diskless transfer
            "--repl-diskless-sync-delay",
            "0",
            # CLUSTER SLOTS lists a replica once its replication offset moved, which an
            # idle primary's pings do every 10 s by default
            "--repl-ping-replica-period",
            "1",
        ]
        log = (node_dir / "redis.log").open("ab")
        with log:  # the child keeps its own descriptor
            self.processes[port] = subprocess.Popen(
                argv, stdout=log, stderr=subprocess.STDOUT, preexec_fn=_die_with_parent
            )

    def kill(self, port: int) -> None:
        """``kill -9`` one node (and reap it)."""
        process = self.processes.pop(port, None)
        if process is not None:
            process.kill()
            process.wait()

    def restart(self, port: int, timeout: float = 30.0) -> None:
        """Start a killed node again with its ``nodes.conf``: it rejoins (as a replica
        if another node took over its slots)."""
        self._spawn(port)
        if not self._came_up(port, timeout):
            msg = f"node {port} did not restart (logs in {self.directory})"
            raise RuntimeError(msg)

    def stop(self) -> None:
        """Kill every node and remove the temporary directory."""
        for port in list(self.processes):
            self.kill(port)
        if self._owns_directory:
            shutil.rmtree(self.directory, ignore_errors=True)

    def __enter__(self) -> LocalCluster:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.stop()

    # -- addresses -------------------------------------------------------------------------
    @property
    def live_ports(self) -> list[int]:
        """Ports of the nodes that run."""
        return [p for p in self.ports if p in self.processes]

    @property
    def url(self) -> str:
        """``redis+cluster://127.0.0.1:<port>,...`` listing every node as a seed."""
        return "redis+cluster://" + ",".join(f"127.0.0.1:{p}" for p in self.ports)

    def client(self, port: int) -> redis.Redis:
        """A plain (synchronous) client of one node."""
        return redis.Redis(port=port, socket_connect_timeout=1.0, socket_timeout=5.0)

    def _call(self, port: int, *args: Any) -> Any:
        node: Any = self.client(port)  # Any: redis-py's sync execute_command is untyped
        with contextlib.closing(node):
            return node.execute_command(*args)

    def roles(self) -> dict[int, str]:
        """``{port: "master" | "slave"}`` of the live nodes, as each node says."""
        return {p: self._call(p, "ROLE")[0].decode() for p in self.live_ports}

    def primaries(self) -> list[int]:
        """Ports of the live primaries."""
        return sorted(p for p, role in self.roles().items() if role == "master")

    def primary_for(self, key: str | bytes) -> int:
        """The port of the live primary serving ``key``'s slot (as the cluster says)."""
        slot = key_slot(key.encode() if isinstance(key, str) else key)
        for port in self.live_ports:
            with contextlib.suppress(redis.RedisError):
                for start, end, primary, *_ in self._call(port, "CLUSTER", "SLOTS"):
                    if start <= slot <= end:
                        return int(primary[1])
        msg = f"no live node serves slot {slot}"
        raise RuntimeError(msg)

    def replicas_for(self, key: str | bytes) -> list[int]:
        """Ports of the live replicas of the primary serving ``key``'s slot."""
        primary = self.primary_for(key)
        found = []
        for port in self.live_ports:
            replication = _fields(self._call(port, "INFO", "replication"))
            if replication.get("role") == "slave" and replication.get("master_port") == str(
                primary
            ):
                found.append(port)
        return found

    def node_id(self, port: int) -> str:
        """The cluster node id of the node on ``port``."""
        return str(self._call(port, "CLUSTER", "MYID").decode())

    def migrate_slot(self, key: str | bytes, to_port: int, batch: int = 10) -> int:
        """Move ``key``'s slot to the primary on ``to_port`` as ``redis-cli --cluster
        reshard`` does (IMPORTING/MIGRATING, MIGRATE the keys, SETSLOT NODE): clients
        meet ASK, TRYAGAIN and then MOVED meanwhile. Returns the keys moved."""
        slot = key_slot(key.encode() if isinstance(key, str) else key)
        source = self.primary_for(key)
        source_id, target_id = self.node_id(source), self.node_id(to_port)
        self._call(to_port, "CLUSTER", "SETSLOT", slot, "IMPORTING", source_id)
        self._call(source, "CLUSTER", "SETSLOT", slot, "MIGRATING", target_id)
        moved = 0
        while keys := self._call(source, "CLUSTER", "GETKEYSINSLOT", slot, batch):
            self._call(source, "MIGRATE", "127.0.0.1", to_port, "", 0, 5000, "KEYS", *keys)
            moved += len(keys)
        for port in [to_port, source, *(p for p in self.primaries() if p not in (source, to_port))]:
            self._call(port, "CLUSTER", "SETSLOT", slot, "NODE", target_id)
        return moved

    # -- health -----------------------------------------------------------------------------
    def healthy(self) -> bool:
        """Every live node says ``cluster_state:ok``, knows every live node, and lists
        the same live primary and live replicas for every one of the 16384 slots; every
        replica's link to its primary is up."""
        live = self.live_ports
        replicas: dict[int, set[int]] = {}
        try:
            for port in live:
                info = _fields(self._call(port, "CLUSTER", "INFO"))
                if info.get("cluster_state") != "ok" or info.get("cluster_slots_ok") != "16384":
                    return False
                if int(info.get("cluster_known_nodes", 0)) < len(live):
                    return False
                replication = _fields(self._call(port, "INFO", "replication"))
                if replication.get("role") == "slave":
                    if replication.get("master_link_status") != "up":
                        return False
                    primary = int(replication.get("master_port", 0))
                    replicas.setdefault(primary, set()).add(port)
            for port in live:  # each node's view, as a client refreshing from it sees it
                served = 0
                for start, end, primary, *others in self._call(port, "CLUSTER", "SLOTS"):
                    owner = int(primary[1])
                    if owner not in live or {int(o[1]) for o in others} != replicas.get(
                        owner, set()
                    ):
                        return False
                    served += end - start + 1
                if served != 16384:
                    return False
        except (redis.RedisError, IndexError, ValueError):
            return False
        return True

    def wait_healthy(self, timeout: float = 30.0) -> float:
        """Poll :meth:`healthy` until it holds; returns the seconds it took."""
        return self._wait(self.healthy, timeout, "the cluster to be healthy")

    def _wait(self, check: Callable[[], bool], timeout: float, what: str) -> float:
        started = time.monotonic()
        deadline = started + timeout
        while not check():
            if time.monotonic() > deadline:
                msg = f"timed out after {timeout:g}s waiting for {what} (logs in {self.directory})"
                raise TimeoutError(msg)
            time.sleep(0.02)  # a polling interval, not a wait for the state itself
        return time.monotonic() - started

    def nodes(self) -> Iterator[tuple[int, str]]:
        """``(port, role)`` of each live node."""
        yield from self.roles().items()


def _die_with_parent() -> None:
    """In the child: SIGKILL when the process that started it dies (Linux), so that a
    crashed test run leaves no node behind on its ports."""
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


def _fields(raw: Any) -> dict[str, str]:
    if isinstance(raw, dict):
        return {str(k): (v.decode() if isinstance(v, bytes) else str(v)) for k, v in raw.items()}
    text = raw.decode() if isinstance(raw, bytes) else str(raw)
    out: dict[str, str] = {}
    for line in text.splitlines():
        name, sep, value = line.partition(":")
        if sep:
            out[name.strip()] = value.strip()
    return out
