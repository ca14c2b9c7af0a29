"""Who reads a stream: its backlog, broadcast consumers and groups, each with a buffer.

Before any consumer attaches, entries wait in the *backlog*, and the first consumer
takes it over; when the last one leaves, its buffer becomes the backlog again. A
group's members share one buffer, and the replay of a resume made by the group's
first member (shared too: each entry goes to one member). What a consumer leaves
behind when others stay is counted as dropped, never lost silently. A group whose
members all left keeps its position (:attr:`Readers.positions`), as a Redis group
does: the next member continues after the last entry the group took.
"""

from __future__ import annotations

import weakref
from collections import OrderedDict, deque
from collections.abc import Callable

from operators import BoundedBuffer, OverflowPolicy

from ._memory_entry import Entry

__all__ = ["MAX_IDLE_GROUPS", "Readers"]

MAX_IDLE_GROUPS = 1024
"""Groups with no member whose positions a stream keeps (the oldest forgotten first:
such a group, back, starts where a new one does)."""


class Readers:
    """The consumers of one stream and their buffers (see the module docstring)."""

    def __init__(
        self,
        new_buffer: Callable[[str], BoundedBuffer[Entry]],
        policy: OverflowPolicy,
        backlog_policy: OverflowPolicy,
    ) -> None:
        """``new_buffer(label)`` makes a consumer's buffer (overflow ``policy``); the
        backlog's overflow policy is ``backlog_policy``."""
        self.new_buffer = new_buffer
        self.policy = policy
        self.backlog_policy = backlog_policy
        self.backlog: BoundedBuffer[Entry] | None = self._new_backlog()
        self.broadcast: set[BoundedBuffer[Entry]] = set()
        self.groups: dict[str, BoundedBuffer[Entry]] = {}
        self.members: dict[str, int] = {}
        self.replays: dict[str, deque[Entry]] = {}
        self.positions: OrderedDict[str, int] = OrderedDict()
        """Groups with no member now: the id each continues after."""
        self.retired_drops = 0
        """Entries dropped by buffers no longer attached, or left in them."""
        self.evictions = 0
        """Consumers (a group counts once) evicted so far."""
        self.freed = 0
        """Entries dropped because their consumer was evicted (in ``retired_drops``)."""
        self._evicted: weakref.WeakSet[BoundedBuffer[Entry]] = weakref.WeakSet()

    def _new_backlog(self) -> BoundedBuffer[Entry]:
        buffer = self.new_buffer("backlog")
        buffer.overflow = self.backlog_policy
        return buffer

    def was_evicted(self, buffer: BoundedBuffer[Entry]) -> bool:
        """Whether ``buffer``'s consumer was evicted (rather than the stream closed)."""
        return buffer in self._evicted

    def targets(self) -> list[BoundedBuffer[Entry]]:
        """The buffers a new entry goes to."""
        if self.backlog is not None:
            return [self.backlog]
        return [*self.broadcast, *self.groups.values()]

    def buffers(self) -> list[BoundedBuffer[Entry]]:
        """Every buffer, the backlog included."""
        backlog = [self.backlog] if self.backlog is not None else []
        return [*backlog, *self.broadcast, *self.groups.values()]

    def attach(
        self,
        group: str | None,
        replay: Callable[[], deque[Entry]] | None,
        closed: bool,
    ) -> tuple[BoundedBuffer[Entry], deque[Entry]]:
        """Register a buffer (or join a group's).

        Returns:
            The buffer, and ``replay()`` (the entries after a resume point), to be read
            before it: a replay is not bounded by the buffer's size, so a resume gets
            every missed entry the window holds. A group that exists shares its own.
        """
        if group is not None and group in self.groups:
            self.members[group] += 1
            return self.groups[group], self.replays.setdefault(group, deque())
        buffer = self.backlog if self.backlog is not None else self.new_buffer(group or "c")
        if self.backlog is not None:
            buffer.overflow = self.policy  # a consumer's buffer now
        self.backlog = None
        entries: deque[Entry] = deque()
        if replay is not None:
            if buffer.closed:  # a closed backlog: use a fresh buffer for what comes next
                self.retired_drops += buffer.stats.dropped
                buffer = self.new_buffer(group or "c")
            buffer.drain()  # the replay covers everything after the resume point
            entries = replay()
        if closed:
            buffer.close()  # nothing more will come: end once this buffer is drained
        if group is None:
            self.broadcast.add(buffer)
        else:
            self.positions.pop(group, None)
            self.groups[group] = buffer
            self.members[group] = 1
            self.replays[group] = entries
        return buffer, entries

    def detach(
        self, group: str | None, buffer: BoundedBuffer[Entry], closed: bool, last_id: int
    ) -> None:
        """A consumer left (the last member, for a group: the group keeps its position,
        before the first entry it has not taken; ``last_id``: the stream's newest)."""
        if buffer in self._evicted:
            return  # detached when it was evicted
        if group is None:
            self.broadcast.discard(buffer)
        else:
            self.members[group] -= 1
            if self.members[group] > 0:
                return
            del self.groups[group]
            del self.members[group]
            self._keep_position(group, buffer, last_id)
            self.retired_drops += len(self.replays.pop(group, ()))
        if not self.broadcast and not self.groups and not closed and self.backlog is None:
            # nobody left: what this consumer did not take waits for the next one,
            # and new items queue behind it, as before the first consumer attached
            self._to_backlog(buffer)
            return
        # a consumer that leaves abandons what it had not taken: counted, not lost silently
        self.retired_drops += buffer.stats.dropped + len(buffer)
        buffer.close()

    def _keep_position(self, group: str, buffer: BoundedBuffer[Entry], last_id: int) -> None:
        """``group`` lost its last member: it continues before the first entry it had
        not taken (in its replay, else its buffer), else after ``last_id``."""
        replay = self.replays.get(group)
        untaken = replay[0] if replay else buffer.peek()
        self.positions[group] = last_id if untaken is None else untaken.id - 1
        self.positions.move_to_end(group)
        while len(self.positions) > MAX_IDLE_GROUPS:
            self.positions.popitem(last=False)

    def resume_point(self, group: str) -> int | None:
        """Where ``group`` continues, if it has no member now but had (else None)."""
        return None if group in self.groups else self.positions.get(group)

    def _to_backlog(self, buffer: BoundedBuffer[Entry]) -> None:
        """The last consumer left: ``buffer`` (its entries) becomes the backlog."""
        if self.backlog_policy == self.policy:
            self.backlog = buffer
            return
        # a fresh buffer under the backlog's policy; closing the old one wakes the
        # producers that waited for room in it (they store into the backlog instead)
        backlog = self._new_backlog()
        backlog.offer_all(buffer.drain())
        self.retired_drops += buffer.stats.dropped
        buffer.close()
        self.backlog = backlog

    def owner(self, buffer: BoundedBuffer[Entry]) -> str | None:
        """Who reads ``buffer``: "a consumer", "group '<name>'", or None (nobody now)."""
        if buffer in self.broadcast:
            return "a consumer"
        for name, mine in self.groups.items():
            if mine is buffer:
                return f"group '{name}'"
        return None

    def evict(self, buffer: BoundedBuffer[Entry], closed: bool, last_id: int) -> bool:
        """Cut the consumer of ``buffer`` (a broadcast consumer, or a whole group) off
        now: detach it, drop what its buffer holds (counted) and close it, so its
        reader ends. False if nobody reads ``buffer`` any more. An evicted group keeps
        its position: back, it gets what it had not taken that the replay window
        still holds.
        """
        if buffer in self.broadcast:
            self.broadcast.discard(buffer)
        else:
            name = next((g for g, mine in self.groups.items() if mine is buffer), None)
            if name is None:
                return False
            del self.groups[name]
            del self.members[name]
            self._keep_position(name, buffer, last_id)
            freed = len(self.replays.pop(name, ()))
            self.retired_drops += freed
            self.freed += freed
        self.retired_drops += buffer.stats.dropped + len(buffer)
        self.freed += len(buffer)
        buffer.drain()
        buffer.close()
        self._evicted.add(buffer)
        self.evictions += 1
        if not self.broadcast and not self.groups and not closed and self.backlog is None:
            self.backlog = self._new_backlog()  # nobody reads now: keep the newest entries
        return True

    def close(self) -> None:
        """The stream closed: every buffer ends once drained."""
        for buffer in self.buffers():
            buffer.close()
