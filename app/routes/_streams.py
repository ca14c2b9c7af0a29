"""Streams: create, produce, and consume as SSE (resume, groups, slow-client eviction)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from aiohttp import web

from flows import FlowConfigError, Stream, StreamFullError
from flows.backends import (
    START_POINTS,
    BackendUnavailableError,
    EntryId,
    StartPoint,
    StreamLike,
    start_point,
)

from .._body import read_model
from .._idempotency import HEADER, HEADER_SCHEMA, Claim, claim, idempotency_key
from .._json import json_response
from .._models import ProduceRequest, ProduceResponse, StreamCreateRequest, StreamCreateResponse
from .._ops import API_PREFIX, LIMIT_QUERY, Operation
from .._params import claim_name, int_query, sse_options
from .._problems import ProblemError, retry_after
from .._state import Services, services
from ..sse import Frame, StreamSource, serve_feed

__all__ = ["OPERATIONS"]

PREFIX = f"{API_PREFIX}/streams"


def _check_sizes(svc: Services, body: StreamCreateRequest) -> None:
    """``max_buffer_size``/``replay_size`` within ``max_stream_buffer``, ``max_bytes``
    within the process's memory budget (else 422)."""
    cap = svc.settings.max_stream_buffer
    memory = svc.manager.budget.max_bytes
    errors = [
        {
            "loc": field,
            "msg": f"must be <= {limit} ({setting}), got {value}",
            "type": "less_than_equal",
        }
        for field, value, limit, setting in (
            ("max_buffer_size", body.max_buffer_size, cap, "CAPTIONFLOW_MAX_STREAM_BUFFER"),
            ("replay_size", body.replay_size, cap, "CAPTIONFLOW_MAX_STREAM_BUFFER"),
            ("max_bytes", body.max_bytes, memory, "CAPTIONFLOW_MAX_MEMORY_MB"),
        )
        if value is not None and value > limit
    ]
    if errors:
        fields = ", ".join(e["loc"] for e in errors)
        detail = f"over the configured limit: {fields}"
        raise ProblemError(422, "Limit exceeded", detail, errors=errors)


async def create_stream(request: web.Request) -> web.Response:
    """POST /streams/real-time-captions."""
    svc = services(request)
    body = await read_model(request, StreamCreateRequest, svc.settings.max_json_depth)
    _check_sizes(svc, body)
    name = claim_name(svc, body.name, "real-time-captions", svc.manager.streams)
    stream = await svc.manager.create_stream(
        name,
        body.max_buffer_size,
        compression=body.compression,
        overflow=body.overflow,
        replay_size=body.replay_size,
        slow_consumer_timeout=body.slow_consumer_timeout,
        max_bytes=body.max_bytes,
        if_exists="error",
    )
    svc.changed(f"stream:{name}")
    out = StreamCreateResponse(
        stream=name,
        max_buffer_size=stream.max_buffer_size,
        overflow=stream.overflow,
        compression=stream.compression,
        consume_url=f"{PREFIX}/consume/{name}",
        max_bytes=stream.max_bytes if isinstance(stream, Stream) else None,
    )
    return web.json_response(out.model_dump(), status=201)


async def produce(request: web.Request) -> web.StreamResponse:
    """POST /streams/produce: 202, or 429 + Retry-After when the stream refuses; 413
    naming ``items[i]`` for an item over ``max_item_bytes``, 507 when the process's
    memory budget would be overrun (nothing of the batch stored, either way).

    With an ``Idempotency-Key`` header a retry never stores the batch twice
    (``app._idempotency``).
    """
    svc = services(request)
    key = idempotency_key(request)
    body = await read_model(request, ProduceRequest, svc.settings.max_json_depth)
    await svc.check_rate(request, "produce")
    stream = await svc.manager.find_stream(body.stream)
    held: Claim | None = None
    if key is not None:
        found = await claim(svc.backend.cache, "produce", key, body, svc.settings.idempotency_ttl)
        if not isinstance(found, Claim):
            return found  # the first answer, replayed
        held = found
    try:
        # in process: a batch that fits everywhere is stored at once, else item by item
        # (a partial batch is counted); on Redis: pipelined, never refused (the bound
        # trims the oldest)
        result = await stream.produce_many(body.items, svc.settings.request_timeout)
    except StreamFullError as error:
        accepted = error.accepted
        problem = ProblemError(
            429,
            "Stream full",
            f"{error}; {accepted} of {len(body.items)} item(s) were accepted first",
            headers=retry_after(error.retry_after),
            stream=stream.name,
            accepted=accepted,
        )
        if held is not None:
            await _settle(held, accepted, problem)
        raise problem from None
    except BackendUnavailableError:
        raise  # cut off mid-way: it may have stored the batch, so the key stays held
    except Exception:
        if held is not None:
            await held.release()
        raise
    # the drops while storing this batch (not what an evicted slow consumer held)
    out = ProduceResponse(accepted=result.accepted, dropped=result.dropped, last_id=stream.last_id)
    if held is not None:
        await held.finish(202, out.model_dump())
    return json_response(out.model_dump(), status=202)


async def _settle(held: Claim, accepted: int, problem: ProblemError) -> None:
    """A refused batch: the key is free again if nothing was stored, else the refusal
    (with what was accepted) is the answer its retries get."""
    if accepted == 0:
        await held.release()
        return
    body = {"title": problem.title, "status": problem.status, "detail": problem.detail}
    await held.finish(problem.status, {**body, **problem.extra})


def _bad(loc: str, detail: str) -> ProblemError:
    return ProblemError(400, "Bad parameter", detail, errors=[{"loc": loc, "msg": detail}])


async def _resume_point(stream: StreamLike, text: str, loc: str) -> EntryId:
    """``text`` (a Last-Event-ID, or ``from=<id>``) as an entry id; 400 naming ``loc``
    if malformed or ahead of the stream."""
    try:
        last_id = stream.parse_id(text)
        ahead = await stream.is_ahead(last_id)
    except FlowConfigError as error:
        raise _bad(loc, f"{loc}: {error}") from None
    if ahead:
        detail = (
            f"{loc} {last_id} is ahead of stream '{stream.name}' (last id "
            f"{stream.last_id}); resume from an id it sent, or omit {loc}"
        )
        raise _bad(loc, detail)
    return last_id


async def _start(request: web.Request, stream: StreamLike, group: str | None) -> Start:
    """Where a feed starts: after its ``Last-Event-ID`` (a reconnect), else at
    ``?from=`` (``backlog``, the default; ``tail``; or an entry id). For a ``group``
    ``from`` chooses where a *new* group starts; a member of a group that exists
    continues where the group is. A malformed ``from`` is a 400 even when a
    ``Last-Event-ID`` overrides it (the reconnect repeats the URL the client chose)."""
    query = request.query
    text = query.get("from")
    point: StartPoint | None = "backlog" if text is None else None
    if text is not None:
        if text in START_POINTS:
            point = start_point(text, stream=stream.name)
        else:
            try:
                stream.parse_id(text)
            except FlowConfigError as error:
                choices = " or ".join(START_POINTS)
                raise _bad("from", f"from: expected {choices} or an entry id; {error}") from None
    resume = request.headers.get("Last-Event-ID") or query.get("last_event_id")
    if resume:
        return Start(await _resume_point(stream, resume, "Last-Event-ID"), resume=True)
    if point is None:
        assert text is not None
        # a group that exists ignores it: no reset event for a position it never takes
        return Start(await _resume_point(stream, text, "from"), resume=group is None)
    return Start(await stream.start_id(point))


@dataclass(frozen=True, slots=True)
class Start:
    """The id a feed (a new group) reads after, and whether it is a resume (then an
    ``event: reset`` tells of entries that left the window)."""

    after: EntryId
    resume: bool = False


async def consume(request: web.Request) -> web.StreamResponse:
    """GET /streams/consume/{stream_name}: the stream as SSE, ``id:`` = entry id.

    It starts after ``Last-Event-ID`` (a reconnect), else at ``?from=``: ``backlog``
    (the default: every entry the stream retains, then what comes), ``tail`` (only
    what is produced after the client connected) or an entry id (after it). A resume
    point older than the replay window gets an ``event: reset`` first; one *ahead* of
    the stream (an id it never produced: the client saw another stream of that name,
    or made it up) is a 400 rather than a feed that would silently skip the ids in
    between. On Redis the id is the Redis entry id, so a client resumes on any
    instance. A ``group`` is created by its first member, at that member's start
    (``from``, default ``backlog``: on both backends); a member of a group that exists
    continues where the group is. A member's entries are acknowledged once written to
    it; what it never got is claimed by another member.
    """
    svc = services(request)
    stream = await svc.manager.find_stream(request.match_info["stream_name"])
    query = request.query
    limit = int_query(request, "limit", query.get("limit"), minimum=1)
    group = query.get("group")
    if group == "":  # not "no group": the client meant to join one and named none
        raise _bad("group", "group must name a consumer group, got ''")
    start = await _start(request, stream, group)
    last_id = start.after
    preamble = [Frame(retry=svc.settings.sse_retry_ms)]
    if start.resume:
        reset = await stream.check_resume(last_id)
        if reset is not None:
            info = {"requested": reset.requested, "oldest": reset.oldest, "missed": reset.missed}
            preamble.append(Frame(json.dumps(info), event="reset"))

    def source() -> StreamSource:
        # one path for every stream feed: the writer drains the stream's reader
        return StreamSource(stream, last_id, group, svc.settings.sse_client_queue)

    return await serve_feed(
        request,
        svc.hub,
        feed="stream",
        source=source,
        preamble=preamble,
        limit=limit,
        options=sse_options(svc),
    )


OPERATIONS = [
    Operation(
        "POST",
        f"{PREFIX}/real-time-captions",
        create_stream,
        "Create a real-time caption stream (bounded buffer, overflow policy)",
        "streams",
        StreamCreateRequest,
        StreamCreateResponse,
        201,
    ),
    Operation(
        "POST",
        f"{PREFIX}/produce",
        produce,
        "Produce items; 429 + Retry-After when the stream is full; a retry with the same "
        "Idempotency-Key never stores twice",
        "streams",
        ProduceRequest,
        ProduceResponse,
        202,
        headers=(
            (
                HEADER,
                "makes a retry safe: the batch is stored once, retries get the first answer",
                HEADER_SCHEMA,
            ),
        ),
    ),
    Operation(
        "GET",
        f"{PREFIX}/consume/{{stream_name}}",
        consume,
        "Consume as server-sent events: from the retained backlog (default), the tail or "
        "an id; resume with Last-Event-ID",
        "streams",
        sse=True,
        query=(
            ("group", "join a load-balanced consumer group", {"type": "string", "minLength": 1}),
            (
                "from",
                "where to start without a Last-Event-ID (which wins): backlog (default: "
                "every entry the stream retains), tail (only what is produced after the "
                "client connected) or an entry id (after it); with group, where a new "
                "group starts (a group that exists continues where it is)",
                {"type": "string", "pattern": "^(backlog|tail|[0-9]+(-[0-9]+)?)$"},
            ),
            (
                "last_event_id",
                "resume after this id (or the Last-Event-ID header); not beyond the last id "
                "(an integer in memory, a Redis entry id such as 1700000000000-0 on Redis)",
                {"type": "string", "pattern": "^[0-9]+(-[0-9]+)?$"},
            ),
            LIMIT_QUERY,
        ),
    ),
]
