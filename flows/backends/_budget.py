"""Byte budgets: per item, per stream, per process (issue 15 item 3).

* **per item** — ``max_item_bytes``: an item (a stream item, an event's data) larger
  than this as JSON is refused with :class:`~flows.ItemTooLargeError` (413);
* **per stream** — ``max_bytes`` of an in-memory stream: each of its buffers and its
  replay window holds at most that many bytes (plus the one item that crossed it);
  when a buffer is full by bytes the stream's overflow policy applies, as when it is
  full by count (``flows.Stream``);
* **per process** — :class:`MemoryBudget` (``max_memory_mb``): every in-memory
  stream's live entries and the event bus's replay window together; storing past it
  is refused with :class:`~flows.MemoryBudgetError` (507), nothing of the batch kept.

A stream entry is counted while it is alive: it carries its size and its stream's
:class:`Ledger`, is added when made and released when the last holder (a consumer
buffer, the backlog, the replay window, a reader) lets go of it — the union of what
the buffers and the window share, never a sum of copies. CPython frees an object as
its last reference goes, so the count follows at once.

Admitting bytes reserves them (:meth:`MemoryBudget.admit` returns a
:class:`Reservation`): a producer that waits for room (``block``) holds its share of
the budget while it waits, the entry made from it takes its bytes over, and what is
left (a refusal, a timeout, a cancellation) is given back when the reservation
closes. So producers admitted together never take the process past its budget
together: ``in_use`` counts live entries and reservations, and never passes
``max_bytes`` through :meth:`~MemoryBudget.admit`.

On Redis, stream entries live in Redis, not here: a Redis stream is bounded by its
``MAXLEN`` (entries, trimmed oldest first), and only the per-item limit applies.
"""

from __future__ import annotations

import json
import sys
from json.encoder import c_make_encoder, encode_basestring_ascii  # type: ignore[attr-defined]
from typing import Any

from flows._errors import ItemTooLargeError, MemoryBudgetError

__all__ = ["MIB", "STREAM_MAX_BYTES", "Ledger", "MemoryBudget", "Reservation", "item_size"]

MIB = 1024 * 1024
STREAM_MAX_BYTES = 64 * MIB
"""Default ``max_bytes`` of an in-memory stream."""


def _not_json(value: Any) -> Any:
    msg = f"{type(value).__name__} is not JSON"
    raise TypeError(msg)


# the C encoder json.dumps builds on every call, built once: compact separators,
# non-ASCII escaped, no circular check (a cycle ends in RecursionError, caught below)
_ENCODE = (
    None
    if c_make_encoder is None
    else c_make_encoder(
        None, _not_json, encode_basestring_ascii, None, ":", ",", False, False, True
    )
)


def item_size(value: Any) -> int:
    """Bytes of ``value`` as compact JSON (non-ASCII escaped; an ASCII string is its
    length and its quotes); an object that is not JSON (an in-process stream may carry
    one) counts as its ``sys.getsizeof``."""
    if type(value) is str and value.isascii():
        return len(value) + 2
    try:
        if _ENCODE is None:
            return len(json.dumps(value, separators=(",", ":")))
        return sum(map(len, _ENCODE(value, 0)))
    except (TypeError, ValueError, RecursionError):
        return sys.getsizeof(value)


class MemoryBudget:
    """The process's byte budget; see the module docstring.

    ``in_use`` is what live stream entries and retained events hold now, and what
    admitted producers reserved for the entries they are about to make; ``refused``
    counts refusals by budget (``item``, ``stream``, ``process``) for /metrics.
    """

    def __init__(self, max_bytes: int = 512 * MIB, *, max_item_bytes: int = MIB) -> None:
        if max_bytes < 1 or max_item_bytes < 1:
            msg = f"byte budgets must be >= 1 (got {max_bytes} and {max_item_bytes})"
            raise ValueError(msg)
        self.max_bytes = max_bytes
        self.max_item_bytes = max_item_bytes
        self.in_use = 0
        self.refused: dict[str, int] = {"item": 0, "stream": 0, "process": 0}

    def check_item(self, size: int, what: str, field: str | None = None) -> None:
        """Refuse an item of ``size`` bytes over ``max_item_bytes``.

        Raises:
            ItemTooLargeError: naming ``what`` (and the request ``field``, e.g.
                ``items[3]``).
        """
        if size > self.max_item_bytes:
            self.refused["item"] += 1
            raise ItemTooLargeError(what, size, self.max_item_bytes, field)

    def admit(self, nbytes: int) -> Reservation:
        """Reserve ``nbytes`` more of the process budget, in one step (nothing awaits
        between the check and the reservation): what the caller makes from them takes
        them over (:meth:`Reservation.take`), the rest is given back when the
        reservation closes (``with budget.admit(n) as held: ...``).

        Raises:
            MemoryBudgetError: they do not fit (nothing reserved).
        """
        if self.in_use + nbytes > self.max_bytes:
            self.refused["process"] += 1
            raise MemoryBudgetError("process", self.max_bytes, self.in_use, nbytes)
        self.in_use += nbytes
        return Reservation(self, nbytes)

    def hold(self, nbytes: int) -> None:
        """Count ``nbytes`` as held (the caller releases them)."""
        self.in_use += nbytes

    def release(self, nbytes: int) -> None:
        """Give back what :meth:`hold` counted."""
        self.in_use -= nbytes


class Reservation:
    """Bytes :meth:`MemoryBudget.admit` reserved; a context manager that gives back
    what was not taken when it exits."""

    __slots__ = ("budget", "left")

    def __init__(self, budget: MemoryBudget, nbytes: int) -> None:
        self.budget = budget
        self.left = nbytes

    def take(self, nbytes: int) -> None:
        """``nbytes`` of the reservation are held now by what was made from them
        (which releases them from the budget when it goes)."""
        if nbytes > self.left:  # more than reserved: count the excess now
            self.budget.in_use += nbytes - self.left
            nbytes = self.left
        self.left -= nbytes

    def close(self) -> None:
        """Give back what was not taken."""
        self.budget.in_use -= self.left
        self.left = 0

    def __enter__(self) -> Reservation:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Ledger:
    """Bytes held by the live entries of one stream (and so by the process)."""

    __slots__ = ("budget", "bytes")

    def __init__(self, budget: MemoryBudget) -> None:
        self.budget = budget
        self.bytes = 0

    def hold(self, nbytes: int, held: Reservation | None = None) -> None:
        """An entry of ``nbytes`` was made (from the reservation ``held``, if given:
        its bytes are in the budget already)."""
        self.bytes += nbytes
        if held is None:
            self.budget.in_use += nbytes
        else:
            held.take(nbytes)

    def release(self, nbytes: int) -> None:
        """An entry of ``nbytes`` is gone."""
        self.bytes -= nbytes
        self.budget.in_use -= nbytes
