"""The one middleware every request passes: CORS preflight, API key, errors, metrics.

In order: a CORS preflight or a missing API key is answered here (:class:`Guard`);
otherwise the handler runs, and any error it raises becomes a problem+json
response (:func:`error_response`; never a bare 500). On a shared (Redis) runtime a
request that may have registered state machines records them for the other
instances before answering. Every request's latency is observed by method, route
template and status (499 when the client went away first).

One middleware rather than five: each aiohttp middleware layer is another coroutine
per request, and on a small request the layers cost as much as the handler.
"""

from __future__ import annotations

import asyncio
import time

from aiohttp import web
from aiohttp.typedefs import Middleware

from ._metrics import AppMetrics
from ._ops import Handler
from ._problems import error_response
from ._security import Guard
from ._state import Services

__all__ = ["gateway"]


def gateway(svc: Services, metrics: AppMetrics) -> Middleware:
    """The middleware of an app serving ``svc``."""
    settings = svc.settings
    guard = Guard(settings.api_key, settings.cors_origins)
    manager = svc.manager
    clock = time.perf_counter

    @web.middleware
    async def middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
        started = clock()
        status = 500
        try:
            try:
                response = guard.answer(request)
                if response is None:
                    response = await handler(request)
                    if manager.shared and request.method != "GET":
                        # machines registered by this request (REST, flow files)
                        await manager.share_new()
            except Exception as error:  # CancelledError is not: the client left
                response = error_response(request, error)
            status = response.status
            return response
        except web.HTTPException as error:  # a redirect, re-raised by error_response
            status = error.status
            raise
        except asyncio.CancelledError:
            status = 499  # the client went away (nginx's "client closed request")
            raise
        finally:
            resource = request.match_info.route.resource
            route = resource.canonical if resource is not None else "unmatched"
            metrics.observe(request.method, route, status, clock() - started)

    return middleware
