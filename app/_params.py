"""Request parameters and per-request helpers shared by the route modules.

Query/header integers, the per-connection SSE options, and names for new flows:
``fresh_name`` never hands out a name a user already took, and ``claim_name``
also refuses a new flow once ``max_registered_flows`` are registered.
"""

from __future__ import annotations

import re
from collections.abc import Container

from aiohttp import web

from ._problems import ProblemError
from ._state import Services
from .sse import SseOptions

__all__ = [
    "check_room",
    "claim_name",
    "fresh_name",
    "int_query",
    "registered_count",
    "sse_options",
]

_DIGITS = re.compile(r"[0-9]{1,18}")


def int_query(
    request: web.Request,
    key: str,
    value: str | None,
    minimum: int = 0,
    maximum: int | None = None,
) -> int | None:
    """An integer query/header value (ASCII digits only), None when absent, or a 400
    naming it.

    ``"1_0"``, ``" 1 "``, ``"+1"`` and non-ASCII digits are refused although ``int()`` takes
    them, and so is an empty value (``?limit=``): it is no integer, and reading it as
    absent would quietly turn a client's bug into no limit at all.
    """
    if value is None:
        return None
    number = int(value) if _DIGITS.fullmatch(value) else minimum - 1
    if number < minimum or (maximum is not None and number > maximum):
        shown = value if len(value) <= 40 else f"{value[:40]}..."
        bound = f">= {minimum}" if maximum is None else f"from {minimum} to {maximum}"
        detail = f"{key} must be an integer {bound} of at most 18 digits, got {shown!r}"
        raise ProblemError(400, "Bad parameter", detail, errors=[{"loc": key, "msg": detail}])
    return number


def sse_options(svc: Services) -> SseOptions:
    """The per-connection SSE settings."""
    s = svc.settings
    return SseOptions(
        s.sse_client_queue, s.sse_send_timeout, s.sse_ping_seconds, s.sse_client_queue_bytes
    )


def fresh_name(prefix: str, taken: Container[str]) -> str:
    """``{prefix}-1``, ``{prefix}-2``, … : the first one not in ``taken``."""
    n = 1
    while f"{prefix}-{n}" in taken:
        n += 1
    return f"{prefix}-{n}"


def registered_count(svc: Services) -> int:
    """Flows of every kind plus event subscriptions registered now."""
    m = svc.manager
    return (
        len(m.pipelines)
        + len(m.streams)
        + len(m.reactive_flows)
        + len(m.state_machines)
        + len(m.event_bus.subscriptions)
    )


def check_room(svc: Services) -> None:
    """Refuse a new flow or subscription once ``max_registered_flows`` exist.

    Raises:
        ProblemError: 429 saying how many are registered and how to make room.
    """
    limit = svc.settings.max_registered_flows
    count = registered_count(svc)
    if count >= limit:
        detail = (
            f"{count} flows and subscriptions are registered, the limit is {limit} "
            "(CAPTIONFLOW_MAX_REGISTERED_FLOWS); delete a subscription or restart with "
            "a higher limit"
        )
        raise ProblemError(429, "Too many registered flows", detail, limit=limit)


def claim_name(svc: Services, requested: str | None, prefix: str, taken: Container[str]) -> str:
    """The name for a new flow: ``requested`` or a fresh one; 429 if there is no room."""
    check_room(svc)
    return requested or fresh_name(prefix, taken)
