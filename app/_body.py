"""Reading a JSON request body into a pydantic model, safely.

The body is size-limited by aiohttp (``client_max_size`` → 413); nesting is
checked on the raw text before parsing, so a deeply nested document is a 400,
never a RecursionError.
"""

from __future__ import annotations

import json
from typing import Any, TypeVar

from aiohttp import web
from pydantic import BaseModel

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


async def read_json(request: web.Request, max_depth: int) -> Any:
    """The parsed body (empty body = ``{}``).

    Raises:
        ProblemError: 400 for invalid UTF-8, malformed JSON or too deep nesting.
    """
    raw = await request.read()
    if not raw.strip():
        return {}
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ProblemError(400, "Malformed body", f"body is not UTF-8: {error}") from None
    depth = json_depth(text)
    if depth > max_depth:
        detail = f"JSON nesting depth {depth} exceeds the limit of {max_depth}"
        raise ProblemError(400, "Body too deeply nested", detail)
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as error:
        raise ProblemError(400, "Malformed JSON", f"body is not valid JSON: {error}") from None


async def read_model(request: web.Request, model: type[M], max_depth: int = 32) -> M:
    """Parse and validate the body as ``model`` (ValidationError → 422 by middleware)."""
    data = await read_json(request, max_depth)
    return model.model_validate(data)
