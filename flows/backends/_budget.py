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

On Redis, stream entries live in Redis, not here: a Redis stream is bounded by its
``MAXLEN`` (entries, trimmed oldest first), and only the per-item limit applies.
"""

from __future__ import annotations

import json
import sys
from json.encoder import c_make_encoder, encode_basestring_ascii  # type: ignore[attr-defined]
from typing import Any

from flows._errors import ItemTooLargeError, MemoryBudgetError

__all__ = ["MIB", "STREAM_MAX_BYTES", "Ledger", "MemoryBudget", "item_size"]

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

    ``in_use`` is what live stream entries and retained events hold now; ``refused``
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

    def admit(self, nbytes: int) -> None:
        """Check that ``nbytes`` more fit in the process budget (nothing is taken).

        Raises:
            MemoryBudgetError: they do not.
        """
        if self.in_use + nbytes > self.max_bytes:
            self.refused["process"] += 1
            raise MemoryBudgetError("process", self.max_bytes, self.in_use, nbytes)

    def hold(self, nbytes: int) -> None:
        """Count ``nbytes`` as held (the caller releases them)."""
        self.in_use += nbytes

    def release(self, nbytes: int) -> None:
        """Give back what :meth:`hold` counted."""
        self.in_use -= nbytes


class Ledger:
    """Bytes held by the live entries of one stream (and so by the process)."""

    __slots__ = ("budget", "bytes")

    def __init__(self, budget: MemoryBudget) -> None:
        self.budget = budget
        self.bytes = 0

    def hold(self, nbytes: int) -> None:
        """An entry of ``nbytes`` was made."""
        self.bytes += nbytes
        self.budget.in_use += nbytes

    def release(self, nbytes: int) -> None:
        """An entry of ``nbytes`` is gone."""
        self.bytes -= nbytes
        self.budget.in_use -= nbytes
