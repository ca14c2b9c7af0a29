"""Webhook delivery for event subscriptions: POST each event, retrying with backoff.

Only to addresses a webhook may reach (``app._ssrf``): checked when the subscription
is created (:func:`check_webhook`) and on every delivery — a literal address before
each POST, a name by the session's resolver when it connects. Redirects are not
followed (one could point anywhere).
"""

from __future__ import annotations

import asyncio
import logging
import random
import socket
from collections.abc import Awaitable, Callable

import aiohttp
from yarl import URL

from flows import Event
from operators import BackoffPolicy

from ._ssrf import AddressPolicy, AddressRefusedError, GuardedResolver, refused_by

__all__ = ["check_webhook", "delivery_budget", "webhook_handler"]

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


async def check_webhook(url: str, addresses: AddressPolicy, timeout: float) -> None:
    """That ``url``'s host is, or resolves to, an address a webhook may reach.

    Raises:
        AddressRefusedError: a literal address, or every address of the name, is refused.
        OSError: the name does not resolve (within ``timeout`` seconds).
    """
    host = _host(url)
    addresses.check_literal(host)
    resolver = GuardedResolver(addresses)
    try:
        async with asyncio.timeout(timeout):
            await resolver.resolve(host, 0, socket.AF_UNSPEC)
    except TimeoutError:
        msg = f"webhook host {host!r} did not resolve within {timeout:g}s"
        raise OSError(msg) from None
    finally:
        await resolver.close()


def _host(url: str) -> str:
    """The URL's host as written (an IPv6 address without brackets).

    Raises:
        ValueError: the URL cannot be parsed.
    """
    return URL(url).raw_host or ""


def webhook_handler(
    session: aiohttp.ClientSession,
    url: str,
    policy: BackoffPolicy,
    timeout: float,
    addresses: AddressPolicy | None = None,
    *,
    idempotency_key: bool = False,
) -> Callable[[Event], Awaitable[bool]]:
    """An event-bus handler POSTing ``event.to_dict()`` to ``url`` (with
    ``idempotency_key``, every attempt carries ``Idempotency-Key: <event.id>``: a
    processor's window output id, the same when it is delivered again, so the receiver
    can drop a repeat).

    A 2xx ends delivery; a 3xx or 4xx gives up at once (the receiver refuses it, or
    points elsewhere), and so do a URL aiohttp cannot use and an address a webhook may
    not reach (``addresses``; the session's resolver checks names); a 5xx, a timeout
    (``timeout`` s per attempt) or a connection error is retried after
    ``policy.delay(n)`` seconds, up to ``policy.max_attempts`` attempts. Returns
    whether it was delivered.
    """
    per_attempt = aiohttp.ClientTimeout(total=timeout)
    check = addresses or AddressPolicy()

    async def deliver(event: Event) -> bool:
        headers = {"Idempotency-Key": str(event.id)} if idempotency_key else None
        for attempt in range(1, policy.max_attempts + 1):
            try:
                check.check_literal(_host(url))
                async with session.post(
                    url,
                    json=event.to_dict(),
                    headers=headers,
                    timeout=per_attempt,
                    allow_redirects=False,
                ) as resp:
                    if resp.status < 300:
                        return True
                    if resp.status < 500:
                        log.warning("webhook %s refused event %s: %s", url, event.id, resp.status)
                        return False
            except (aiohttp.InvalidURL, ValueError) as error:  # retrying cannot fix the URL
                log.warning("webhook %s is not a usable URL: %s", url, error)
                return False
            except AddressRefusedError as error:
                log.warning("webhook %s: event %s not sent: %s", url, event.id, error)
                return False
            except (aiohttp.ClientError, TimeoutError) as error:
                refused = refused_by(error)
                if refused is not None:  # the name now resolves where it may not go
                    log.warning("webhook %s: event %s not sent: %s", url, event.id, refused)
                    return False
                log.info("webhook %s attempt %d failed: %s", url, attempt, error)
            if attempt < policy.max_attempts:
                await _sleep(policy.delay(attempt, random.random()))
        log.warning("webhook %s: event %s undelivered after %d attempts", url, event.id, attempt)
        return False

    return deliver
