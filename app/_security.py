"""Optional Bearer API key and CORS."""

from __future__ import annotations

import hmac
from collections.abc import Awaitable, Callable

from aiohttp import web
from aiohttp.typedefs import Middleware

from ._ops import API_ROOT, Handler
from ._problems import problem

__all__ = ["auth_middleware", "cors_middleware", "cors_on_prepare"]

_PROTECTED = (f"{API_ROOT}/", "/metrics/live")


def auth_middleware(
    api_key: str | None,
) -> Middleware:
    """Require ``Authorization: Bearer <api_key>`` on the API (if a key is set)."""
    expected = (api_key or "").encode()

    @web.middleware
    async def middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
        if not expected or request.method == "OPTIONS" or not request.path.startswith(_PROTECTED):
            return await handler(request)
        scheme, _, token = request.headers.get("Authorization", "").partition(" ")
        if scheme.lower() == "bearer" and hmac.compare_digest(token.strip().encode(), expected):
            return await handler(request)
        return problem(
            401,
            "Unauthorized",
            "send the API key as `Authorization: Bearer <key>`",
            headers={"WWW-Authenticate": 'Bearer realm="captionflow"'},
        )

    return middleware


def _allow(allowed: set[str], origin: str | None) -> str | None:
    if origin is None or not allowed:
        return None
    return origin if "*" in allowed or origin in allowed else None


def cors_middleware(
    origins: list[str],
) -> Middleware:
    """Answer CORS preflight requests from the configured origins (``*`` = any)."""
    allowed = set(origins)

    @web.middleware
    async def middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
        is_preflight = (
            request.method == "OPTIONS" and "Access-Control-Request-Method" in request.headers
        )
        origin = _allow(allowed, request.headers.get("Origin"))
        if is_preflight and origin is not None:
            return web.Response(
                status=204,
                headers={
                    "Access-Control-Allow-Methods": "GET, POST, DELETE, OPTIONS",
                    "Access-Control-Allow-Headers": "Authorization, Content-Type, Last-Event-ID",
                    "Access-Control-Max-Age": "600",
                },
            )
        return await handler(request)

    return middleware


def cors_on_prepare(
    origins: list[str],
) -> Callable[[web.Request, web.StreamResponse], Awaitable[None]]:
    """A response-prepare signal adding CORS headers (works for SSE responses too)."""
    allowed = set(origins)

    async def on_prepare(request: web.Request, response: web.StreamResponse) -> None:
        origin = _allow(allowed, request.headers.get("Origin"))
        if origin is not None:
            response.headers["Access-Control-Allow-Origin"] = origin
            response.headers["Vary"] = "Origin"

    return on_prepare
