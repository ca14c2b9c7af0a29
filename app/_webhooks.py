"""Webhook delivery for event subscriptions: POST each event, retrying with backoff."""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable

import aiohttp

from flows import Event
from operators import BackoffPolicy

__all__ = ["webhook_handler"]

log = logging.getLogger("captionflow.webhooks")


def webhook_handler(
    session: aiohttp.ClientSession, url: str, policy: BackoffPolicy, timeout: float
) -> Callable[[Event], Awaitable[bool]]:
    """An event-bus handler POSTing ``event.to_dict()`` to ``url``.

    A 2xx ends delivery; a 4xx gives up at once (the receiver refuses it); a 5xx,
    a timeout or a connection error is retried after ``policy.delay(n)`` seconds,
    up to ``policy.max_attempts`` attempts. Returns whether it was delivered.
    """

    async def deliver(event: Event) -> bool:
        for attempt in range(1, policy.max_attempts + 1):
            try:
                async with session.post(
                    url, json=event.to_dict(), timeout=aiohttp.ClientTimeout(total=timeout)
                ) as resp:
                    if resp.status < 300:
                        return True
                    if resp.status < 500:
                        log.warning("webhook %s refused event %s: %s", url, event.id, resp.status)
                        return False
            except (aiohttp.ClientError, TimeoutError) as error:
                log.info("webhook %s attempt %d failed: %s", url, attempt, error)
            if attempt < policy.max_attempts:
                await asyncio.sleep(policy.delay(attempt, random.random()))
        log.warning("webhook %s: event %s undelivered after %d attempts", url, event.id, attempt)
        return False

    return deliver
