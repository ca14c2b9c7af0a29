"""What a stream stores: entries (optionally compressed), and what produce/resume report."""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass
from typing import Any

from flows._errors import FlowConfigError

from ._budget import Ledger, Reservation, item_size

__all__ = ["Entry", "Reset", "encode", "make", "measure"]


@dataclass(frozen=True, slots=True)
class Entry:
    """One produced item with its id; ``payload`` is zlib-compressed JSON if compressed.

    With a ``ledger``, its ``size`` is counted there from when it is made (by
    :func:`encode`) until the last holder lets go of it (``flows.backends._budget``).
    """

    id: int
    payload: Any
    compressed: bool = False
    raw_size: int = 0
    """Bytes of the JSON before compression (0 when not compressed)."""
    size: int = 0
    """Bytes it holds: the compressed payload, or the item as JSON."""
    ledger: Ledger | None = None

    def __del__(self) -> None:
        if self.ledger is not None:
            self.ledger.release(self.size)

    @property
    def value(self) -> Any:
        """The item exactly as produced."""
        if self.compressed:
            return json.loads(zlib.decompress(self.payload))
        return self.payload


@dataclass(frozen=True, slots=True)
class Reset:
    """A resume point older than the replay window: ``missed`` ids are gone."""

    requested: int
    oldest: int

    @property
    def missed(self) -> int:
        """How many entries the client cannot get back."""
        return max(0, self.oldest - self.requested - 1)


def measure(item: Any, compression: bool, stream: str) -> tuple[Any, int, int]:
    """What an entry of ``item`` stores, its size in bytes, and (compressed) the size
    of the JSON before compression; the size is known before the entry is made, so a
    budget can refuse it first.

    Raises:
        FlowConfigError: compressed, and ``item`` is not JSON.
    """
    if not compression:
        return item, item_size(item), 0
    try:
        raw = json.dumps(item, separators=(",", ":")).encode()
    except (TypeError, ValueError) as error:
        msg = f"stream '{stream}' is compressed: items must be JSON ({error})"
        raise FlowConfigError(msg) from None
    payload = zlib.compress(raw, 6)
    return payload, len(payload), len(raw)


def encode(
    entry_id: int, item: Any, compression: bool, stream: str, ledger: Ledger | None = None
) -> Entry:
    """The entry of ``item`` (compressed: zlib of its compact JSON), counted in
    ``ledger`` while it lives.

    Raises:
        FlowConfigError: compressed, and ``item`` is not JSON.
    """
    payload, size, raw_size = measure(item, compression, stream)
    return make(entry_id, payload, compression, size, raw_size, ledger)


def make(
    entry_id: int,
    payload: Any,
    compressed: bool,
    size: int,
    raw_size: int,
    ledger: Ledger | None,
    held: Reservation | None = None,
) -> Entry:
    """An entry from :func:`measure`'s parts, counted in ``ledger`` while it lives
    (its bytes taken from the reservation ``held``, if given)."""
    entry = Entry(entry_id, payload, compressed, raw_size, size, ledger)
    if ledger is not None:
        ledger.hold(size, held)
    return entry
