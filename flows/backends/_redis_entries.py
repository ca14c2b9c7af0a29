"""Entry, reset and consumer options of Redis streams; entry-id parsing."""

from __future__ import annotations

import os
import re
import secrets
import socket
from dataclasses import dataclass, field
from typing import Any

from flows._errors import FlowConfigError

from ._codec import unpack

__all__ = [
    "ConsumerOptions",
    "RedisEntry",
    "RedisReset",
    "consumer_name",
    "id_key",
    "parse_entry_id",
]

_U64 = 2**64 - 1
_ID = re.compile(r"^([0-9]{1,20})(?:-([0-9]{1,20}))?$")  # two 64-bit integers


@dataclass(frozen=True, slots=True)
class RedisEntry:
    """One Redis stream entry; ``id`` is the Redis entry id (the SSE event id)."""

    id: str
    fields: dict[bytes, bytes] = field(repr=False)
    deliveries: int = 1

    @property
    def value(self) -> Any:
        """The item exactly as produced (decompressed if it was compressed)."""
        return unpack(self.fields)


@dataclass(frozen=True, slots=True)
class RedisReset:
    """Entries after ``requested`` were trimmed; ``oldest`` is the first one retained.

    ``missed`` is exact only when resuming from the start (Redis ids are not dense).
    """

    requested: str
    oldest: str
    missed: int | None = None


@dataclass(frozen=True, slots=True)
class ConsumerOptions:
    """How group and broadcast consumers read, claim and dead-letter.

    Attributes:
        block_ms: longest blocking read; a local ``close()`` is noticed within it.
        batch: entries per read (``COUNT``); also a consumer's in-flight window.
        claim_min_idle: seconds an entry must sit unacknowledged in a member's
            pending list before a live member claims it (``XAUTOCLAIM``): longer than
            the slowest handler takes for a whole batch.
        claim_interval: seconds between claim passes of each group consumer.
        max_deliveries: an entry delivered more often goes to ``<stream>:dead``.
        group_start: where a new group starts: ``"0"`` everything retained, ``"$"`` new only.
        dead_maxlen: approximate bound of the dead-letter stream.
    """

    block_ms: int = 1000
    batch: int = 100
    claim_min_idle: float = 60.0
    claim_interval: float = 5.0
    max_deliveries: int = 5
    group_start: str = "0"  # or "$"
    dead_maxlen: int = 10_000

    def __post_init__(self) -> None:
        checks = [
            ("block_ms", self.block_ms >= 1),
            ("batch", self.batch >= 1),
            ("claim_min_idle", self.claim_min_idle > 0),
            ("claim_interval", self.claim_interval > 0),
            ("max_deliveries", self.max_deliveries >= 1),
            ("dead_maxlen", self.dead_maxlen >= 1),
        ]
        for name, ok in checks:
            if not ok:
                msg = f"ConsumerOptions.{name} must be positive, got {getattr(self, name)!r}"
                raise FlowConfigError(msg)


def parse_entry_id(value: int | str, *, stream: str) -> str:
    """A Redis entry id from an SSE ``Last-Event-ID`` (``"1700000000000-3"``, ``"0"``, 0)."""
    text = str(value).strip()
    match = _ID.match(text)
    if match is None or any(int(part or 0) > _U64 for part in match.groups()):
        shown = text if len(text) <= 40 else f"{text[:40]}..."
        msg = (
            f"stream '{stream}': '{shown}' is not a Redis stream entry id; expected "
            "'<milliseconds>-<sequence>' such as '1700000000000-0' (or 0 for the start)"
        )
        raise FlowConfigError(msg)
    return f"{match.group(1)}-{match.group(2) or 0}"


def id_key(entry_id: str) -> tuple[int, int]:
    """Sortable form of a Redis entry id."""
    ms, _, seq = entry_id.partition("-")
    return int(ms), int(seq or 0)


def consumer_name() -> str:
    """A consumer name unique to this process and generator."""
    return f"{socket.gethostname()}-{os.getpid()}-{secrets.token_hex(3)}"
