"""Reading a JSON request body into a pydantic model, safely.

A JSON route takes a body only as ``Content-Type: application/json`` (a ``charset``
may be given: it must be UTF-8): 415 otherwise. A ``text/plain`` body is what a
browser page may POST cross-site without a preflight, so accepting one would let any
page drive the API of a service that runs without an API key. A request with no body
reads as ``{}`` whatever its type (the create endpoints' documented default).

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
import re
from typing import Any, TypeVar

from aiohttp import web
from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from ._problems import ProblemError

__all__ = ["JSON_TYPE", "json_depth", "read_model", "require_json", "unsupported_media_type"]

JSON_TYPE = "application/json"

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


async def _read_raw(request: web.Request) -> bytes:
    try:
        return await request.read()
    except web.RequestPayloadError as error:
        detail = f"the body could not be read: {str(error).strip()}"
        raise ProblemError(400, "Malformed body", detail) from None


def _check_depth(raw: bytes, max_depth: int) -> None:
    # nesting cannot exceed the number of openers: skip the scan for most bodies
    if raw.count(b"[") + raw.count(b"{") <= max_depth:
        return
    depth = json_depth(raw.decode("utf-8", "replace"))
    if depth > max_depth:
        detail = f"JSON nesting depth {depth} exceeds the limit of {max_depth}"
        raise ProblemError(400, "Body too deeply nested", detail)


def _parse(raw: bytes, max_depth: int) -> tuple[str, Any]:
    """The body's text and its parsed value (empty body = ``{}``).

    Raises:
        ProblemError: 400 for invalid UTF-8, too deep nesting, malformed JSON or a
            non-finite number.
    """
    if not raw:  # no body at all; whitespace alone is not JSON
        return "{}", {}
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ProblemError(400, "Malformed body", f"body is not UTF-8: {error}") from None
    _check_depth(raw, max_depth)
    try:
        return text, _DECODER.decode(text)
    except (ValueError, RecursionError) as error:
        raise ProblemError(400, "Malformed JSON", f"body is not valid JSON: {error}") from None


async def _read_text(request: web.Request, max_depth: int) -> tuple[str, Any]:
    """The body's text and its parsed value (empty body = ``{}``); see :func:`_parse`."""
    return _parse(await _read_raw(request), max_depth)


# What might be a non-finite number: NaN/Infinity (pydantic's parser takes both), or a
# literal too big for a float: beyond 1.8e308 it has an exponent of 3+ digits, or, with
# an exponent of at most 99, 210+ digits. Only bodies with one of these (or a run of 200
# digits) go through the strict checks of ``_parse``.
_BIG_EXPONENT = re.compile(rb"[0-9][eE][+]?[0-9]{3}")
# every digit as 0 and E as e: a digit before an exponent is one substring, "0e"
_DIGITS_AS_ZERO = bytes.maketrans(b"123456789E", b"000000000e")
_LONG_DIGITS = b"0" * 200


def _maybe_non_finite(raw: bytes) -> bool:
    """Whether ``raw`` may hold a non-finite number (see above). Substring searches
    in C, on the body with its digits folded to ``0``: the exponent's pattern is
    searched only in a body where a digit comes before an ``e`` (a regex tried at
    every byte took about as long as parsing the body; this is half the cost of
    searching the raw body for each word and the exponent's pattern)."""
    folded = raw.translate(_DIGITS_AS_ZERO)
    return (
        folded.find(b"NaN") >= 0
        or folded.find(b"Infinity") >= 0
        or (folded.find(b"0e") >= 0 and _BIG_EXPONENT.search(raw) is not None)
        or (len(raw) >= 200 and folded.find(_LONG_DIGITS) >= 0)
    )


def unsupported_media_type(request: web.Request, accepted: list[str]) -> ProblemError:
    """415 naming the ``Content-Type`` sent and the ones ``accepted``."""
    sent = request.headers.get("Content-Type")
    got = f"got {sent!r}" if sent else "got no Content-Type"
    msg = f"expected Content-Type {' or '.join(accepted)} (charset utf-8 if any), {got}"
    return ProblemError(
        415,
        "Unsupported media type",
        f"{msg}; send the body with one of those types",
        headers={"Accept": ", ".join(accepted)},
        errors=[{"loc": "Content-Type", "msg": msg, "type": "media_type"}],
    )


def require_json(request: web.Request) -> None:
    """That the request's body, if it has one, is declared JSON (UTF-8).

    Raises:
        ProblemError: 415 naming what was sent.
    """
    if not request.body_exists:
        return  # nothing to read: {}
    if request.headers.get("Content-Type") == JSON_TYPE:
        return  # the usual header, exactly: nothing to parse
    charset = (request.charset or "utf-8").lower()
    if request.content_type != JSON_TYPE or charset not in ("utf-8", "utf8"):
        raise unsupported_media_type(request, [JSON_TYPE])


async def read_model(request: web.Request, model: type[M], max_depth: int = 32) -> M:
    """Parse and validate the body as ``model``, strictly (ValidationError → 422 by middleware).

    The request must say ``Content-Type: application/json`` (415 otherwise).

    The common case is one pass in pydantic's parser; any body it refuses, and any
    that may hold a non-finite number, is checked by :func:`_parse` first, so a
    malformed body is a 400 naming what is wrong, and only a well-formed body that
    does not fit the model is a 422.
    """
    require_json(request)
    try:  # (_read_raw, inline: one coroutine less on every request)
        raw = await request.read()
    except web.RequestPayloadError as error:
        detail = f"the body could not be read: {str(error).strip()}"
        raise ProblemError(400, "Malformed body", detail) from None
    if raw and not _maybe_non_finite(raw):
        _check_depth(raw, max_depth)
        try:
            return model.model_validate_json(raw, strict=True)
        except ValidationError:
            pass  # checked again below, with the body's own errors first
    text, data = _parse(raw, max_depth)
    try:
        return model.model_validate_json(text, strict=True)
    except ValidationError as error:
        if not all(_integral_float(e) for e in error.errors()):
            raise
    return model.model_validate(data)  # only integers written as 4.0: lax takes those


def _integral_float(error: ErrorDetails) -> bool:
    value = error.get("input")
    return error["type"] == "int_type" and isinstance(value, float) and value.is_integer()
