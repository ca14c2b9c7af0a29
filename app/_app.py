"""``create_app``: the aiohttp application, its middlewares, routes and lifecycle."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable

import aiohttp
from aiohttp import web

from captions import CaptionCache
from flows import Event, FlowManager
from flows.patterns import WebhookSender
from operators import BackoffPolicy

from . import routes
from ._components import default_registry
from ._connections import ClientConnections
from ._gateway import gateway
from ._metrics import METRICS, AppMetrics
from ._openapi import docs_routes
from ._ops import Operation
from ._security import cors_on_prepare
from ._settings import Settings
from ._ssrf import AddressPolicy, GuardedResolver, parse_networks
from ._state import SERVICES, Services
from ._webhooks import webhook_handler
from .flowfiles import setup_flow_files
from .sse import SseClient, SseHub

__all__ = ["OPERATIONS", "create_app"]

log = logging.getLogger("captionflow.app")

# the create endpoints build from the shipped flow files when they are loaded
OPERATIONS: list[Operation] = routes.OPERATIONS


def create_app(
    settings: Settings | None = None, *, manager: FlowManager | None = None
) -> web.Application:
    """The captionflow service on the in-memory runtime.

    Args:
        settings: defaults to ``Settings()`` (read from ``CAPTIONFLOW_*``).
        manager: a FlowManager to serve (default: one built from the settings).
    """
    settings = settings or Settings()
    # one backend for everything, chosen once: Redis when CAPTIONFLOW_REDIS_URL is set
    manager = manager or FlowManager(settings.flow_config(), backend=settings.backend())
    hub: SseHub[SseClient] = SseHub()
    connections = ClientConnections(settings.max_connections_per_client)
    metrics = AppMetrics(manager, hub, connections)
    shared_cache = manager.backend.cache if manager.shared else None
    cache = CaptionCache(ttl=settings.cache_ttl, shared=shared_cache)
    captions = routes.build_caption_service(settings, cache)
    # one component registry for YAML, REST and the Python API: built-ins, captions, plugins
    manager.use_registry(default_registry(cache, engines=captions.engines))
    svc = Services(
        settings,
        manager,
        hub,
        metrics,
        cache,
        connections=connections,
        webhook_addresses=AddressPolicy(parse_networks(settings.webhook_allowed_networks)),
    )
    app = web.Application(
        client_max_size=settings.max_body_bytes,
        middlewares=[gateway(svc, metrics)],
    )
    app[SERVICES] = svc
    app[METRICS] = metrics
    setup_flow_files(app, svc, settings.flows_dir)
    routes.install_captions(app, captions)
    for op in OPERATIONS:
        app.router.add_route(op.method, op.path, op.handler)
    cap = settings.max_stream_buffer  # enforced by the streams route: the same in the schema
    maxima = [("StreamCreateRequest", f, cap) for f in ("max_buffer_size", "replay_size")]
    app.add_routes(docs_routes(OPERATIONS, maxima))
    app.add_routes(routes.console_routes())
    if settings.cors_origins:  # a signal costs every response something: only when needed
        app.on_response_prepare.append(cors_on_prepare(settings.cors_origins))
    app.cleanup_ctx.append(_lifecycle)
    app.on_shutdown.append(_close_streams)
    return app


def _webhook_sender(svc: Services, session: aiohttp.ClientSession) -> WebhookSender:
    """Processor webhook sinks deliver as webhook subscriptions do: SSRF-checked, retried;
    with the output's id as ``Idempotency-Key``."""
    s = svc.settings
    policy = BackoffPolicy(max_attempts=s.webhook_attempts, base_delay=s.webhook_base_delay)

    def sender(url: str) -> Callable[[Event], Awaitable[bool]]:
        return webhook_handler(
            session, url, policy, s.webhook_timeout, svc.webhook_addresses, idempotency_key=True
        )

    return sender


async def _lifecycle(app: web.Application) -> AsyncIterator[None]:
    svc = app[SERVICES]
    # webhooks: every name resolved afresh and only to addresses they may reach
    resolver = GuardedResolver(svc.webhook_addresses)
    connector = aiohttp.TCPConnector(resolver=resolver, use_dns_cache=False)
    svc.http = aiohttp.ClientSession(connector=connector)
    svc.manager.webhook_sender = _webhook_sender(svc, svc.http)
    svc.manager.start()
    svc.ready = True
    yield
    svc.ready = False
    await svc.manager.shutdown()
    await svc.manager.backend.close()
    await svc.http.close()


async def _close_streams(app: web.Application) -> None:
    """Graceful shutdown: a final ``event: shutdown`` to every live SSE client."""
    svc = app[SERVICES]
    svc.ready = False
    await svc.hub.shutdown(svc.settings.sse_shutdown_seconds)
