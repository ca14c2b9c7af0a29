"""What a stream stores: entries (optionally compressed), and what produce/resume report."""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass
from typing import Any

from flows._errors import FlowConfigError

__all__ = ["Entry", "Reset", "encode"]


@dataclass(frozen=True, slots=True)
class Entry:
    """One produced item with its id; ``payload`` is zlib-compressed JSON if compressed."""

    id: int
    payload: Any
    compressed: bool = False
    raw_size: int = 0
    """Bytes of the JSON before compression (0 when not compressed)."""

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


def encode(entry_id: int, item: Any, compression: bool, stream: str) -> Entry:
    """The entry of ``item``; compressed: zlib of its compact JSON.

    Raises:
        FlowConfigError: compressed, and ``item`` is not JSON.
    """
    if not compression:
        return Entry(entry_id, item)
    try:
        raw = json.dumps(item, separators=(",", ":")).encode()
    except (TypeError, ValueError) as error:
        msg = f"stream '{stream}' is compressed: items must be JSON ({error})"
        raise FlowConfigError(msg) from None
    return Entry(entry_id, zlib.compress(raw, 6), compressed=True, raw_size=len(raw))
