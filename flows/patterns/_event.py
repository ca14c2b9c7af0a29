"""What the event bus carries: an event, and a handler's subscription to a pattern."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Event", "Handler", "Subscription"]

Handler = Callable[[Any], Any]


@dataclass(frozen=True, slots=True)
class Event:
    """One published event."""

    type: str
    data: Any
    id: int | str  # a Redis entry id on a shared transport
    timestamp: float

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"type": self.type, "data": self.data, "id": self.id, "timestamp": self.timestamp}


@dataclass(slots=True)
class Subscription:
    """A handler bound to a pattern, with its own counters."""

    id: str
    pattern: str
    handler: Handler
    with_event: bool
    timeout: float | None
    delivered: int = 0
    errors: int = 0
    timeouts: int = 0
    matcher: Callable[[str], Any] = field(repr=False, default=str)

    def describe(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "id": self.id,
            "pattern": self.pattern,
            "handler": getattr(self.handler, "__name__", repr(self.handler)),
            "delivered": self.delivered,
            "errors": self.errors,
            "timeouts": self.timeouts,
        }
