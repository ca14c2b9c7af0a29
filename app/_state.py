"""Typed application state: one ``web.AppKey`` holding every service of the app."""

from __future__ import annotations

from dataclasses import dataclass, field

import aiohttp
from aiohttp import web
from reactivex.subject import Subject

from captions import CaptionCache
from flows import FlowManager, Subscription
from flows.backends import Backend

from ._connections import ClientConnections
from ._metrics import AppMetrics
from ._problems import ProblemError, retry_after
from ._settings import Settings
from ._ssrf import AddressPolicy
from .sse import SseClient, SseHub

__all__ = ["SERVICES", "Services", "services"]


@dataclass(eq=False)
class Services:
    """What handlers share: settings, the runtime, SSE clients, metrics, caches."""

    settings: Settings
    manager: FlowManager
    hub: SseHub[SseClient]
    metrics: AppMetrics
    cache: CaptionCache
    changes: Subject[str] = field(default_factory=Subject)
    subscriptions: dict[str, Subscription] = field(default_factory=dict)
    """Event subscriptions by their public (random, unguessable) id."""
    http: aiohttp.ClientSession | None = None
    ready: bool = False
    connections: ClientConnections = field(default_factory=lambda: ClientConnections(0))
    """Open connections per client address (the cap: ``max_connections_per_client``)."""
    webhook_addresses: AddressPolicy = field(default_factory=AddressPolicy)
    """What webhooks may reach: public addresses and ``webhook_allowed_networks``."""

    @property
    def backend(self) -> Backend:
        """The one backend (memory or Redis) behind the runtime, caches and limits."""
        return self.manager.backend

    async def check_rate(self, request: web.Request, action: str) -> None:
        """Count one ``action`` of the calling client against ``rate_limit`` (if set).

        Counted in the backend, so on Redis the limit holds across instances.

        Raises:
            ProblemError: 429 + Retry-After over the limit.
        """
        rate = self.settings.rate_limit
        if rate is None:
            return
        client = request.remote or "unknown"
        if not await self.backend.hit(f"{action}:{client}", rate):
            detail = f"{action}: more than {rate} from {client} (CAPTIONFLOW_RATE_LIMIT)"
            raise ProblemError(429, "Rate limited", detail, headers=retry_after(1), rate=rate)

    def changed(self, what: str) -> None:
        """Tell live metric feeds something changed (a transition, a new flow)."""
        if self.changes.observers:
            self.changes.on_next(what)


SERVICES = web.AppKey("services", Services)


def services(request: web.Request) -> Services:
    """The app's services for a request."""
    return request.app[SERVICES]
