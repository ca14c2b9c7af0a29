"""IdFloor: ids on one feed only increase.

An event feed can be offered an id it already sent, or one below it: a consumer group
redelivers what a handler left unacknowledged, a resume's replay meets live events,
a client resumes with ``Last-Event-ID: N``. The feed keeps the highest id it sent
(starting at the client's ``Last-Event-ID``) and sends nothing at or below it.
"""

from __future__ import annotations

from flows.backends import EntryId, entry_order

__all__ = ["IdFloor"]


class IdFloor:
    """The highest id a feed has sent (or the client said it has)."""

    __slots__ = ("key", "skipped")

    def __init__(self, start: EntryId | None = None) -> None:
        """``start``: the client's Last-Event-ID (already validated), if any."""
        self.key: tuple[int, int] | None = None if start is None else entry_order(start)
        self.skipped = 0
        """Ids offered at or below the floor (not sent)."""

    def admit(self, entry_id: EntryId) -> bool:
        """True (and the floor rises to ``entry_id``) when it is above the floor."""
        key = entry_order(entry_id)
        if self.key is not None and key <= self.key:
            self.skipped += 1
            return False
        self.key = key
        return True
