"""RFC 9457 problem details, and :func:`error_response`, which turns every error into one.

Runtime errors map to statuses by class (see ``flows._errors``)::

    FlowNotFoundError 404 (up to 5 close matches, never the whole registry)
    FlowExistsError 409 · InvalidTransitionError 409
    FlowConfigError 422 · FlowLimitError 429 · StreamFullError 429 + Retry-After
    ItemTooLargeError 413 (naming the field) · MemoryBudgetError 507 + Retry-After
    BackendUnavailableError 503 + Retry-After (Redis down; the service reconnects)
    StageFailedError 422 (bad input: ValueError) / 504 (timeout) / 502 (other), with trace;
        a RetryExhaustedError is classified by its ``last_error``
"""

from __future__ import annotations

import difflib
import logging
import math
import re
from typing import Any

from aiohttp import web
from pydantic import ValidationError

from flows import (
    FlowConfigError,
    FlowError,
    FlowExistsError,
    FlowLimitError,
    FlowNotFoundError,
    InvalidTransitionError,
    ItemTooLargeError,
    MemoryBudgetError,
    StageFailedError,
    StreamFullError,
)
from flows.backends import BackendUnavailableError
from operators import ItemTimeoutError, RetryExhaustedError

__all__ = [
    "ProblemError",
    "error_response",
    "not_found_problem",
    "problem",
    "retry_after",
    "validation_problem",
]

log = logging.getLogger("captionflow.app")
_TYPE_BASE = "https://captionflow.dev/problems/"


class ProblemError(Exception):
    """Raise from a handler to answer with a problem body."""

    def __init__(
        self,
        status: int,
        title: str,
        detail: str,
        *,
        headers: dict[str, str] | None = None,
        **extra: Any,
    ) -> None:
        super().__init__(detail)
        self.headers = headers
        self.status = status
        self.title = title
        self.detail = detail
        self.extra = extra


def problem(
    status: int,
    title: str,
    detail: str,
    *,
    headers: dict[str, str] | None = None,
    **extra: Any,
) -> web.Response:
    """An ``application/problem+json`` response."""
    slug = title.lower().replace(" ", "-")
    body = {"type": _TYPE_BASE + slug, "title": title, "status": status, "detail": detail, **extra}
    resp = web.json_response(body, status=status, headers=headers)
    resp.content_type = "application/problem+json"
    return resp


def retry_after(seconds: float) -> dict[str, str]:
    """The ``Retry-After`` header for a wait of ``seconds`` (whole seconds, at least 1)."""
    return {"Retry-After": str(max(1, math.ceil(seconds)))}


def _loc(loc: tuple[int | str, ...]) -> str:
    return ".".join(str(p) for p in loc) or "(body)"


def validation_problem(error: ValidationError, loc_prefix: tuple[str, ...] = ()) -> ProblemError:
    """422 listing every invalid field by its pydantic path (under ``loc_prefix``)."""
    errors = [
        {"loc": _loc((*loc_prefix, *e["loc"])), "msg": e["msg"], "type": e["type"]}
        for e in error.errors()
    ]
    fields = ", ".join(e["loc"] for e in errors)
    return ProblemError(422, "Validation failed", f"invalid field(s): {fields}", errors=errors)


def _respond(error: ProblemError) -> web.Response:
    return problem(error.status, error.title, error.detail, headers=error.headers, **error.extra)


_REGISTERED = re.compile(r"^(?P<head>.*) \(registered: (?P<known>.*)\)$", re.DOTALL)
MAX_SUGGESTIONS = 5


def not_found_problem(error: FlowNotFoundError) -> web.Response:
    """404 naming what was asked for and at most five close matches.

    The runtime's message lists every registered name; a client gets only the
    names that look like the one it sent (``difflib``), never the whole registry.
    """
    known: list[str] = []
    head = f"no {error.kind} named '{error.name}'"
    match = _REGISTERED.match(str(error))
    if match is not None and match["known"] != "none":
        known = match["known"].split(", ")
    close = difflib.get_close_matches(error.name, known, n=MAX_SUGGESTIONS)
    detail = f"{head}; did you mean {', '.join(repr(c) for c in close)}?" if close else head
    return problem(404, "Not found", detail, kind=error.kind, name=error.name, suggestions=close)


def _root_cause(error: BaseException) -> BaseException:
    while isinstance(error, RetryExhaustedError):
        error = error.last_error
    return error


def _stage_failed(error: StageFailedError) -> web.Response:
    trace = [t.to_dict() if hasattr(t, "to_dict") else t for t in error.trace]
    cause = _root_cause(error.error)
    if isinstance(cause, ValueError):
        status, title = 422, "Stage rejected input"
    elif isinstance(cause, (ItemTimeoutError, TimeoutError)):
        status, title = 504, "Stage timed out"
    else:
        status, title = 502, "Stage failed"
    return problem(
        status, title, str(error), pipeline=error.pipeline, stage=error.stage, trace=trace
    )


def flow_problem(error: FlowError) -> web.Response:
    """The problem response for a runtime error."""
    if isinstance(error, FlowNotFoundError):
        return not_found_problem(error)
    if isinstance(error, FlowExistsError):
        return problem(409, "Already exists", str(error), kind=error.kind, name=error.name)
    if isinstance(error, InvalidTransitionError):
        return problem(
            409,
            "Invalid transition",
            str(error),
            state=error.state,
            event=error.event,
            allowed=error.allowed,
        )
    if isinstance(error, StreamFullError):
        return problem(
            429,
            "Stream full",
            str(error),
            headers=retry_after(error.retry_after),
            stream=error.stream,
        )
    if isinstance(error, ItemTooLargeError):
        field = error.field or "item"
        return problem(
            413,
            "Item too large",
            str(error),
            errors=[{"loc": field, "msg": str(error), "type": "too_large"}],
            size=error.size,
            limit=error.limit,
        )
    if isinstance(error, MemoryBudgetError):
        return problem(
            507,
            "Insufficient storage",
            str(error),
            headers=retry_after(error.retry_after),
            budget=error.budget,
            limit=error.limit,
            in_use=error.in_use,
            requested=error.requested,
        )
    if isinstance(error, BackendUnavailableError):
        return problem(
            503,
            "Backend unavailable",
            str(error),
            headers=retry_after(error.retry_after),
            backend=error.backend,
        )
    if isinstance(error, FlowLimitError):
        return problem(429, "Too many flows", str(error), headers=retry_after(1))
    if isinstance(error, StageFailedError):
        return _stage_failed(error)
    if isinstance(error, FlowConfigError):
        return problem(422, "Invalid flow definition", str(error))
    return problem(400, "Flow error", str(error))


def _http_problem(error: web.HTTPException) -> web.StreamResponse:
    if error.status < 400:
        raise error
    detail = error.text or error.reason
    if error.status == 413:
        detail = f"request body is too large ({error.text or 'limit exceeded'})"
    resp = problem(error.status, error.reason, detail)
    for key in ("Allow", "WWW-Authenticate", "Retry-After"):
        if key in error.headers:
            resp.headers[key] = error.headers[key]
    return resp


def error_response(request: web.Request, error: Exception) -> web.StreamResponse:
    """The problem response for ``error``; unexpected errors are logged and are a 500.

    Raises:
        web.HTTPException: ``error`` itself when it is a redirect (status < 400).
    """
    if isinstance(error, ProblemError):
        return _respond(error)
    if isinstance(error, ValidationError):
        return _respond(validation_problem(error))
    if isinstance(error, FlowError):
        return flow_problem(error)
    if isinstance(error, web.HTTPException):
        return _http_problem(error)
    if isinstance(error, TimeoutError):
        return problem(504, "Request timed out", "the request took longer than allowed")
    log.error("unhandled error in %s %s", request.method, request.path, exc_info=error)
    return problem(500, "Internal error", "an unexpected error occurred; see the server log")
