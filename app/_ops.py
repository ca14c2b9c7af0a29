"""Operations: each route with its models, the source of routing and of OpenAPI."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web
from pydantic import BaseModel

__all__ = ["API_PREFIX", "API_ROOT", "Handler", "LIMIT_QUERY", "Operation", "Query"]

API_ROOT = "/api/v14"
"""Every versioned route lives under this (API key protected when one is set)."""
API_PREFIX = f"{API_ROOT}/async-flows"
"""The flow runtime's routes: pipelines, streams, reactive, state machines, events."""

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

Query = tuple[str, str] | tuple[str, str, dict[str, Any]]
"""A query parameter: name, description and (optionally) its JSON schema (default: string)."""

LIMIT_QUERY: Query = ("limit", "close after this many events", {"type": "integer", "minimum": 1})


@dataclass(frozen=True, slots=True)
class Operation:
    """One HTTP operation; ``path`` is relative to the app root.

    ``query_model``: the model the query parameters are validated as; a parameter
    named like one of its fields is documented with that field's schema.
    """

    method: str
    path: str
    handler: Handler
    summary: str
    tag: str
    request: type[BaseModel] | None = None
    response: type[BaseModel] | None = None
    status: int = 200
    sse: bool = False
    query: tuple[Query, ...] = field(default_factory=tuple)
    query_model: type[BaseModel] | None = None
    also: tuple[int, ...] = ()
    """Other success statuses (PUT: 200 replaced, ``also=(201,)`` created)."""
    also_accepts: tuple[str, ...] = ()
    """Media types the request body may have besides ``application/json`` (text)."""
    headers: tuple[Query, ...] = ()
    """Request headers the operation reads (documented like query parameters)."""
