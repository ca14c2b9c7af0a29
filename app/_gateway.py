"""The one middleware every request passes: CORS preflight, API key, body, errors, metrics.

In order: a CORS preflight or a missing API key is answered here (:class:`Guard`);
then the body, if any, is read within ``CAPTIONFLOW_BODY_TIMEOUT`` (aiohttp has no
body deadline: a client sending 1 byte a second held its connection for good) —
late, a 408; undecodable (a broken gzip), a 400; both end the connection, as the
rest of its body will not be read; otherwise the handler runs (``request.read()``
returns the body read here), and any error it raises becomes a problem+json
response (:func:`error_response`; never a bare 500). Every request's latency is
observed by method, route template and status (499 when the client went away first).
No runtime rule lives here: what a request registers is shared by the FlowManager.

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
from ._problems import error_response, problem
from ._security import Guard
from ._state import Services

__all__ = ["gateway"]


def gateway(svc: Services, metrics: AppMetrics) -> Middleware:
    """The middleware of an app serving ``svc``."""
    settings = svc.settings
    guard = Guard(settings.api_key, settings.cors_origins)
    clock = time.perf_counter
    body_timeout = settings.body_timeout

    @web.middleware
    async def middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
        started = clock()
        status = 500
        try:
            try:
                response = guard.answer(request)
                if response is None and request.body_exists:
                    response = await _read_body(request, body_timeout)
                if response is None:
                    response = await handler(request)
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


async def _read_body(request: web.Request, seconds: float) -> web.StreamResponse | None:
    """Read the whole body now (cached for the handler); the response that ends the
    request instead, or None to go on.

    Late: a 408 with ``Connection: close``, then our half of the connection is shut
    (nginx's lingering close); aiohttp reads (and drops) what the client still sends
    for :data:`~app._connections.LINGER` seconds before it closes, so the client reads
    the 408 and the end of stream rather than being reset mid-send. Undecodable: the
    stream is broken and cannot be read on, so the 400 is written and the connection
    closed at once (aiohttp's linger would read into the payload's error and log it).

    Raises:
        web.HTTPRequestEntityTooLarge: over ``client_max_size`` (a 413 problem).
    """
    try:
        if request.content.is_eof():  # it all came with the headers: no wait, no timer
            await request.read()
            return None
        async with asyncio.timeout(seconds):
            await request.read()
        return None
    except TimeoutError:
        detail = (
            f"the request body did not arrive within {seconds:g}s "
            "(CAPTIONFLOW_BODY_TIMEOUT); send it at once, or a smaller one"
        )
        late = problem(408, "Request timeout", detail)
        late.force_close()
        try:
            await late.prepare(request)
            await late.write_eof()
        except ConnectionResetError:
            return late  # the client reset first: the answer stands, nobody reads it
        transport = request.transport
        if transport is not None and transport.can_write_eof():
            # our side ends now (a FIN after the 408): a client still sending reads the
            # answer and the end of stream, and is not reset when the linger closes
            transport.write_eof()
        return late
    except web.RequestPayloadError as error:
        detail = f"the body could not be read: {' '.join(str(error).split())}"
        broken = problem(400, "Malformed body", detail, errors=[{"loc": "(body)", "msg": detail}])
    broken.force_close()
    await broken.prepare(request)
    await broken.write_eof()
    request.protocol.force_close()  # flushes what was written, then closes
    return broken
