"""Webhook delivery for event subscriptions: POST each event, retrying with backoff."""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable

import aiohttp

from flows import Event
from operators import BackoffPolicy

__all__ = ["delivery_budget", "webhook_handler"]

log = logging.getLogger("captionflow.webhooks")

# the wait between attempts; a seam so tests can see the delays without sleeping
_sleep: Callable[[float], Awaitable[None]] = asyncio.sleep


def delivery_budget(policy: BackoffPolicy, attempt_timeout: float) -> float:
    """Seconds one delivery may take: every attempt timing out plus the longest delays.

    Passed to ``EventBus.subscribe(timeout=...)`` so the bus never cuts a delivery
    short while attempts are left.
    """
    delays = sum(policy.delay(n, 1.0) for n in range(1, policy.max_attempts))
    return policy.max_attempts * attempt_timeout + delays + 1.0


def webhook_handler(
    session: aiohttp.ClientSession, url: str, policy: BackoffPolicy, timeout: float
) -> Callable[[Event], Awaitable[bool]]:
    """An event-bus handler POSTing ``event.to_dict()`` to ``url``.

    A 2xx ends delivery; a 4xx gives up at once (the receiver refuses it), and so
    does a URL aiohttp cannot use; a 5xx, a timeout (``timeout`` s per attempt) or a
    connection error is retried after ``policy.delay(n)`` seconds, up to
    ``policy.max_attempts`` attempts. Returns whether it was delivered.
    """
    per_attempt = aiohttp.ClientTimeout(total=timeout)

    async def deliver(event: Event) -> bool:
        for attempt in range(1, policy.max_attempts + 1):
            try:
                async with session.post(url, json=event.to_dict(), timeout=per_attempt) as resp:
                    if resp.status < 300:
                        return True
                    if resp.status < 500:
                        log.warning("webhook %s refused event %s: %s", url, event.id, resp.status)
                        return False
            except aiohttp.InvalidURL as error:  # retrying cannot fix the URL
                log.warning("webhook %s is not a usable URL: %s", url, error)
                return False
            except (aiohttp.ClientError, TimeoutError) as error:
                log.info("webhook %s attempt %d failed: %s", url, attempt, error)
            if attempt < policy.max_attempts:
                await _sleep(policy.delay(attempt, random.random()))
        log.warning("webhook %s: event %s undelivered after %d attempts", url, event.id, attempt)
        return False

    return deliver
