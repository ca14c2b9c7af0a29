"""Optional Bearer API key and CORS.

With a key set, the API (``/api/v14/...``) and the live metrics feed need it;
``/health`` and the docs stay open; ``/ready`` and ``/metrics`` stay open for probes
and scrapers but tell a caller without the key only counts (:func:`authorized`): no
stream names, file paths or reload errors.
"""

from __future__ import annotations

import hmac
from collections.abc import Awaitable, Callable

from aiohttp import web

from ._ops import API_ROOT
from ._problems import problem

__all__ = ["Guard", "authorized", "cors_on_prepare"]

_PROTECTED = (f"{API_ROOT}/", "/metrics/live")


def _presents(request: web.Request, expected: bytes) -> bool:
    """Whether the request carries ``Authorization: Bearer <expected>`` (constant time)."""
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    # aiohttp decodes header bytes with surrogateescape: encode them back the same way
    presented = token.strip().encode("utf-8", "surrogateescape")
    return scheme.lower() == "bearer" and hmac.compare_digest(presented, expected)


def authorized(request: web.Request, api_key: str | None) -> bool:
    """Whether the caller may see details: no key is set, or it sent the key."""
    return not api_key or _presents(request, api_key.encode())


def _routed_methods(request: web.Request) -> set[str]:
    """The methods routed at the request's path (a preflight names what it may do).

    An OPTIONS request resolves to aiohttp's 405 for a path routed for other methods,
    which lists them; a path nobody routes lists none.
    """
    error = getattr(request.match_info, "http_exception", None)
    if isinstance(error, web.HTTPMethodNotAllowed):
        return set(error.allowed_methods) - {"OPTIONS"}
    return set()


def _allow(allowed: set[str], origin: str | None) -> str | None:
    if origin is None or not allowed:
        return None
    return origin if "*" in allowed or origin in allowed else None


class Guard:
    """The checks a request passes before its handler: CORS preflight, then the API key.

    ``Authorization: Bearer <api_key>`` is required on the API when a key is set
    (compared in constant time); CORS preflights from the configured origins
    (``*`` = any) are answered without a key, as browsers send them without one.
    """

    def __init__(self, api_key: str | None, origins: list[str]) -> None:
        self.expected = (api_key or "").encode()
        self.allowed = set(origins)

    def answer(self, request: web.Request) -> web.StreamResponse | None:
        """The response that ends ``request`` here (a preflight, a 401), or None to go on."""
        if request.method == "OPTIONS":
            methods = _routed_methods(request)
            if (
                methods
                and "Access-Control-Request-Method" in request.headers
                and _allow(self.allowed, request.headers.get("Origin")) is not None
            ):
                return web.Response(
                    status=204,
                    headers={
                        "Access-Control-Allow-Methods": ", ".join([*sorted(methods), "OPTIONS"]),
                        "Access-Control-Allow-Headers": (
                            "Authorization, Content-Type, Idempotency-Key, Last-Event-ID"
                        ),
                        "Access-Control-Max-Age": "600",
                    },
                )
            return None
        expected = self.expected
        if not expected or not request.path.startswith(_PROTECTED):
            return None
        if _presents(request, expected):
            return None
        return problem(
            401,
            "Unauthorized",
            "send the API key as `Authorization: Bearer <key>`",
            headers={"WWW-Authenticate": 'Bearer realm="captionflow"'},
        )


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
