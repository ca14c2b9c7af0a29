"""JSON (optionally zlib-compressed) payloads of Redis entries and values."""

from __future__ import annotations

import json
import zlib
from typing import Any

from flows._errors import FlowConfigError

__all__ = ["dumps", "fields_of", "loads", "pack", "unpack"]


def dumps(value: Any, *, what: str) -> bytes:
    """Compact JSON; ``what`` names the owner in the error for a value that is not JSON."""
    try:
        return json.dumps(value, separators=(",", ":")).encode()
    except (TypeError, ValueError) as error:
        msg = f"{what}: values stored in Redis must be JSON-serializable ({error})"
        raise FlowConfigError(msg) from None


def loads(raw: bytes | str) -> Any:
    """The value of :func:`dumps`."""
    return json.loads(raw)


def pack(value: Any, *, compress: bool, what: str) -> dict[bytes, bytes]:
    """Stream-entry fields: ``d`` = JSON (zlib'ed when ``z`` = 1), self-describing."""
    return fields_of(dumps(value, what=what), compress=compress)


def fields_of(raw: bytes, *, compress: bool) -> dict[bytes, bytes]:
    """:func:`pack` of a value already in JSON (``raw``)."""
    if compress:
        return {b"d": zlib.compress(raw, 6), b"z": b"1"}
    return {b"d": raw}


def unpack(fields: dict[bytes, bytes]) -> Any:
    """The value of :func:`pack`."""
    raw = fields[b"d"]
    if fields.get(b"z") == b"1":
        raw = zlib.decompress(raw)
    return json.loads(raw)
