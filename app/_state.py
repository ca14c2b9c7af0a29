"""Typed application state: one ``web.AppKey`` holding every service of the app."""

from __future__ import annotations

from dataclasses import dataclass, field

import aiohttp
from aiohttp import web
from reactivex.subject import Subject

from captions import CaptionCache, StageFn
from flows import FlowManager, Subscription

from ._metrics import AppMetrics
from ._settings import Settings
from ._sse import SseHub

__all__ = ["SERVICES", "Services", "services"]


@dataclass(eq=False)
class Services:
    """What handlers share: settings, the runtime, SSE clients, metrics, caches."""

    settings: Settings
    manager: FlowManager
    hub: SseHub
    metrics: AppMetrics
    cache: CaptionCache
    stages: dict[str, StageFn]
    changes: Subject[str] = field(default_factory=Subject)
    subscriptions: dict[str, Subscription] = field(default_factory=dict)
    """Event subscriptions by their public (random, unguessable) id."""
    http: aiohttp.ClientSession | None = None
    ready: bool = False

    def changed(self, what: str) -> None:
        """Tell live metric feeds something changed (a transition, a new flow)."""
        if self.changes.observers:
            self.changes.on_next(what)


SERVICES = web.AppKey("services", Services)


def services(request: web.Request) -> Services:
    """The app's services for a request."""
    return request.app[SERVICES]
