"""Event transport on a stream: one entry per event, one consumer group per subscription.

Durable subscriptions read the backend's event stream, each through its own
consumer group (members of one group share the work, across instances on Redis);
events whose type does not match the subscription's pattern are acked at once.
Types declared *ephemeral* skip the stream (Redis pub/sub, or the in-memory
EventBus): nothing is stored, only live subscribers get them.
"""

from __future__ import annotations

import re
import time
from collections.abc import AsyncGenerator, Callable, Collection
from contextlib import aclosing
from fnmatch import translate
from typing import Any

from ._base import BusEvent, EntryId, StreamLike

__all__ = [
    "EphemeralTypes",
    "compile_pattern",
    "event_payload",
    "stream_event_feed",
    "to_event",
]


def compile_pattern(pattern: str) -> Callable[[str], Any]:
    """``caption.*`` style glob (``*``, ``?``, ``[...]``) as a fast matcher."""
    if not any(ch in pattern for ch in "*?["):
        return pattern.__eq__
    return re.compile(translate(pattern)).match


class EphemeralTypes:
    """Which event types are ephemeral (globs such as ``metrics.*``)."""

    def __init__(self, patterns: Collection[str] = ()) -> None:
        self.patterns = tuple(patterns)
        self._matchers: list[Callable[[str], Any]] = [compile_pattern(p) for p in patterns]

    def __contains__(self, event_type: object) -> bool:
        return isinstance(event_type, str) and any(m(event_type) for m in self._matchers)

    def glob_of(self, event_type: str) -> str | None:
        """The first glob ``event_type`` matches (its pub/sub channel), or None: durable."""
        for glob, matches in zip(self.patterns, self._matchers, strict=True):
            if matches(event_type):
                return glob
        return None


def event_payload(event_type: str, data: Any) -> dict[str, Any]:
    """What one event entry holds."""
    return {"type": event_type, "data": data, "ts": time.time()}


def to_event(payload: Any, entry_id: EntryId) -> BusEvent:
    """A BusEvent from an entry written by :func:`event_payload`."""
    return BusEvent(payload["type"], payload.get("data"), entry_id, float(payload.get("ts", 0.0)))


async def stream_event_feed(
    stream: StreamLike, pattern: str, group: str | None, consumer: str | None
) -> AsyncGenerator[BusEvent, None]:
    """Events of ``stream`` matching ``pattern`` (non-matching ones acked for the group)."""
    matches = compile_pattern(pattern)
    async with aclosing(stream.entries(group=group, consumer=consumer)) as feed:
        async for entry in feed:
            payload = entry.value
            if matches(payload["type"]):
                yield to_event(payload, entry.id)
            elif group is not None:
                await stream.ack(group, entry.id)
