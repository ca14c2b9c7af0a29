"""Reading a JSON request body into a pydantic model, safely.

The body is size-limited by aiohttp (``client_max_size`` → 413); nesting is
checked on the raw text before parsing, so a deeply nested document is a 400,
never a RecursionError. A body that cannot be decoded (a ``Content-Encoding: gzip``
that is not gzip) and the non-standard ``NaN``/``Infinity`` (or a number too big for
a float) are 400s too: they would come back out as invalid JSON.

Models are validated in pydantic's *strict* JSON mode, so a body means what the
OpenAPI schema says: ``0`` is not a boolean and ``"5"`` is not an integer (lax
mode would take both). The one exception is JSON Schema's own: ``4.0`` is an
integer.
"""

from __future__ import annotations

import json
import math
from typing import Any, TypeVar

from aiohttp import web
from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from ._problems import ProblemError

__all__ = ["json_depth", "read_model"]

M = TypeVar("M", bound=BaseModel)


def json_depth(text: str) -> int:
    """The deepest ``[``/``{`` nesting of a JSON text (strings are skipped)."""
    depth = deepest = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth -= 1
    return deepest


def _non_finite(token: str) -> Any:
    detail = f"body has a non-finite number ({token}); JSON numbers must be finite"
    raise ProblemError(400, "Malformed JSON", detail)


def _finite_float(token: str) -> float:
    value = float(token)
    if not math.isfinite(value):
        detail = f"body has a non-finite number ({token[:32]} overflows a float)"
        raise ProblemError(400, "Malformed JSON", detail)
    return value


# one decoder for every request (json.loads with hooks builds a new one per call)
_DECODER = json.JSONDecoder(parse_constant=_non_finite, parse_float=_finite_float)


async def read_json(request: web.Request, max_depth: int) -> Any:
    """The parsed body (empty body = ``{}``).

    Raises:
        ProblemError: as :func:`_read_text`.
    """
    _, data = await _read_text(request, max_depth)
    return data


async def _read_text(request: web.Request, max_depth: int) -> tuple[str, Any]:
    """The body's text and its parsed value (empty body = ``{}``).

    Raises:
        ProblemError: 400 for an undecodable body, invalid UTF-8, malformed JSON,
            a non-finite number or too deep nesting.
    """
    try:
        raw = await request.read()
    except web.RequestPayloadError as error:
        detail = f"the body could not be read: {str(error).strip()}"
        raise ProblemError(400, "Malformed body", detail) from None
    if not raw:  # no body at all; whitespace alone is not JSON
        return "{}", {}
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ProblemError(400, "Malformed body", f"body is not UTF-8: {error}") from None
    # nesting cannot exceed the number of openers: skip the scan for most bodies
    depth = json_depth(text) if text.count("[") + text.count("{") > max_depth else 0
    if depth > max_depth:
        detail = f"JSON nesting depth {depth} exceeds the limit of {max_depth}"
        raise ProblemError(400, "Body too deeply nested", detail)
    try:
        return text, _DECODER.decode(text)
    except (ValueError, RecursionError) as error:
        raise ProblemError(400, "Malformed JSON", f"body is not valid JSON: {error}") from None


async def read_model(request: web.Request, model: type[M], max_depth: int = 32) -> M:
    """Parse and validate the body as ``model``, strictly (ValidationError → 422 by middleware)."""
    text, data = await _read_text(request, max_depth)
    try:
        return model.model_validate_json(text, strict=True)
    except ValidationError as error:
        if not all(_integral_float(e) for e in error.errors()):
            raise
    return model.model_validate(data)  # only integers written as 4.0: lax takes those


def _integral_float(error: ErrorDetails) -> bool:
    value = error.get("input")
    return error["type"] == "int_type" and isinstance(value, float) and value.is_integer()
