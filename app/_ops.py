"""Operations: each route with its models, the source of routing and of OpenAPI."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from aiohttp import web
from pydantic import BaseModel

__all__ = ["Operation"]

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@dataclass(frozen=True, slots=True)
class Operation:
    """One HTTP operation; ``path`` is relative to the app root."""

    method: str
    path: str
    handler: Handler
    summary: str
    tag: str
    request: type[BaseModel] | None = None
    response: type[BaseModel] | None = None
    status: int = 200
    sse: bool = False
    query: tuple[tuple[str, str], ...] = field(default_factory=tuple)
