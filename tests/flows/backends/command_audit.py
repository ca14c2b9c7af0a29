"""Every command the backend sends, checked for keys in more than one cluster slot.

The backend names its connections (``CLIENT SETNAME captionflow``). While a
:class:`CommandLog` is installed, every command packed for such a connection is
recorded, grouped as Redis executes them together: a ``MULTI`` ... ``EXEC`` block is
one group (tracked per connection), any other command — a Lua ``EVAL``/``EVALSHA``
included — its own. The keys of each command are what the server says they are
(``COMMAND GETKEYS``, asked of the single test server, so key positions are never
guessed here), plus the channel of a sharded pub/sub command (``SPUBLISH``,
``SSUBSCRIBE``), which Redis Cluster routes like a key. :func:`cross_slot` returns the
groups whose keys hash (``redis.crc.key_slot``) to more than one slot.

Processes a test starts (workers, app instances) record too when they call
:func:`record_from_env`: each writes JSON lines to ``$CAPTIONFLOW_TEST_COMMAND_LOG/<pid>``.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from redis import ResponseError
from redis.asyncio import Redis
from redis.asyncio.connection import AbstractConnection
from redis.crc import key_slot

from flows.backends._connection import CLIENT_NAME

__all__ = [
    "LOG_ENV",
    "CommandLog",
    "Violation",
    "cross_slot",
    "read_logs",
    "record_from_env",
]

LOG_ENV = "CAPTIONFLOW_TEST_COMMAND_LOG"
Command = tuple[bytes, ...]
Group = tuple[Command, ...]

# sharded pub/sub routes its channels by slot like keys; COMMAND GETKEYS lists none
_CHANNEL_ARGS = {b"SPUBLISH": slice(1, 2), b"SSUBSCRIBE": slice(1, None)}
_CHANNEL_ARGS[b"SUNSUBSCRIBE"] = _CHANNEL_ARGS[b"SSUBSCRIBE"]


def _args(connection: AbstractConnection, args: Sequence[Any]) -> Command:
    """The arguments as the server gets them (a ``"XINFO STREAM"`` name split)."""
    encoder: Any = connection.encoder  # untyped in redis-py
    encoded = [encoder.encode(a) for a in args]
    out = [bytes(a) if isinstance(a, memoryview) else a for a in encoded]
    return (*out[0].split(), *out[1:]) if b" " in out[0] else tuple(out)


@dataclass
class CommandLog:
    """Groups of commands recorded since :meth:`install`; see the module docstring."""

    groups: list[Group] = field(default_factory=list)
    sink: Path | None = None  # a subprocess appends each group here as it completes
    _open: dict[int, list[Command]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def install(self) -> None:
        """Record from now on (the hook stays for the life of the process)."""
        original = AbstractConnection.pack_command
        log = self

        def pack_command(connection: AbstractConnection, *args: Any) -> list[bytes]:
            if getattr(connection, "client_name", None) == CLIENT_NAME:
                log.record(id(connection), _args(connection, args))
            return original(connection, *args)

        AbstractConnection.pack_command = pack_command  # type: ignore[method-assign, assignment]

    def record(self, connection: int, command: Command) -> None:
        """One command sent on ``connection``; a transaction is grouped at its EXEC."""
        name = command[0].upper()
        with self._lock:  # redis-py may pack a large pipeline in a thread
            block = self._open.get(connection)
            if name == b"MULTI":
                self._open[connection] = [command]
                return
            if block is None:
                self._done((command,))
                return
            block.append(command)
            if name in (b"EXEC", b"DISCARD"):
                del self._open[connection]
                self._done(tuple(block))

    def _done(self, group: Group) -> None:
        self.groups.append(group)
        if self.sink is not None:
            line = json.dumps([[a.decode("latin-1") for a in cmd] for cmd in group])
            with self.sink.open("a", encoding="utf-8") as out:
                out.write(line + "\n")

    def since(self, start: int) -> list[Group]:
        """The groups recorded after the first ``start``."""
        with self._lock:
            return self.groups[start:]


def record_from_env() -> None:
    """In a subprocess: record into ``$CAPTIONFLOW_TEST_COMMAND_LOG/<pid>`` if it is set."""
    folder = os.environ.get(LOG_ENV)
    if not folder:
        return
    Path(folder).mkdir(parents=True, exist_ok=True)
    CommandLog(sink=Path(folder) / str(os.getpid())).install()


def read_logs(folder: Path, offsets: dict[Path, int]) -> list[Group]:
    """Groups appended to the subprocess logs in ``folder`` since ``offsets`` (updated).

    A process killed mid-write leaves a partial last line: it is skipped.
    """
    groups: list[Group] = []
    if not folder.is_dir():
        return groups
    for path in sorted(folder.iterdir()):
        with path.open("rb") as source:
            source.seek(offsets.get(path, 0))
            data = source.read()
        complete = data[: data.rfind(b"\n") + 1]
        offsets[path] = offsets.get(path, 0) + len(complete)
        for line in complete.splitlines():
            group = json.loads(line)
            groups.append(tuple(tuple(a.encode("latin-1") for a in cmd) for cmd in group))
    return groups


@dataclass(frozen=True, slots=True)
class Violation:
    """A group whose keys span several slots."""

    group: Group
    slots: dict[bytes, int]

    def __str__(self) -> str:
        names = " / ".join(b" ".join(cmd[:3]).decode(errors="replace") for cmd in self.group)
        keys = ", ".join(f"{k.decode(errors='replace')}={s}" for k, s in self.slots.items())
        return f"{names}: {keys}"


def _as_sent(response: Any, **options: Any) -> Any:
    return response


async def keys_of(server: Redis, commands: Iterable[Command]) -> dict[Command, list[bytes]]:
    """Each command's keys as ``server`` names them (``COMMAND GETKEYS``), pipelined."""
    unique = list(dict.fromkeys(commands))
    server.set_response_callback("COMMAND GETKEYS", _as_sent)  # keys as bytes
    found: dict[Command, list[bytes]] = {}
    for start in range(0, len(unique), 1000):
        chunk = unique[start : start + 1000]
        pipe = server.pipeline(transaction=False)
        for command in chunk:
            pipe.execute_command("COMMAND GETKEYS", *command)
        replies = await pipe.execute(raise_on_error=False)
        for command, reply in zip(chunk, replies, strict=True):
            keys = [] if isinstance(reply, ResponseError) else [bytes(k) for k in reply]
            channels = _CHANNEL_ARGS.get(command[0].upper())
            found[command] = keys + list(command[channels] if channels else ())
    return found


async def cross_slot(server: Redis, groups: Sequence[Group]) -> list[Violation]:
    """The groups whose keys hash to more than one slot (``server`` names the keys)."""
    keys = await keys_of(server, (cmd for group in groups for cmd in group))
    violations = []
    for group in groups:
        slots = {k: key_slot(k) for cmd in group for k in keys[cmd]}
        if len(set(slots.values())) > 1:
            violations.append(Violation(group, slots))
    return violations
