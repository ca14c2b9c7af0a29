"""Captions: one post, a batch (progress as SSE), and token streaming (SSE).

::

    POST /api/v14/captions          CaptionRequest → CaptionResult
    POST /api/v14/captions/batch    BatchRequest   → SSE: a caption event per post, then done
    GET  /api/v14/captions/stream   query fields   → SSE: token events, then result

An unknown or unconfigured ``engine`` is a 422 problem; a remote engine that
fails is answered by the offline engine (``engine`` says so), never an error.
"""

from __future__ import annotations

import asyncio
import itertools
import json

from aiohttp import web

from captions import (
    CaptionCache,
    CaptionEngines,
    CaptionRequest,
    CaptionResult,
    CaptionService,
    EngineNotFoundError,
    OpenAIConfig,
    OpenAIEngine,
    StreamEvents,
)
from operators import BackoffPolicy, CircuitBreaker

from .._body import read_model
from .._caption_models import BatchDone, BatchItem, BatchRequest
from .._ops import API_ROOT, Operation
from .._params import sse_options
from .._problems import ProblemError
from .._settings import Settings
from .._state import services
from ..sse import Frame, SseClient, serve_feed

__all__ = ["CAPTIONS", "OPERATIONS", "build_caption_service", "install_captions"]

PREFIX = f"{API_ROOT}/captions"
CAPTIONS = web.AppKey("captions", CaptionService)
_QUERY_FIELDS = tuple(f for f in CaptionRequest.model_fields if f != "brand")


def build_caption_service(settings: Settings, cache: CaptionCache) -> CaptionService:
    """The engines named by the settings, behind ``cache``.

    Raises:
        EngineNotFoundError: ``CAPTIONFLOW_CAPTION_ENGINE`` names an unusable engine.
    """
    remote = None
    if settings.openai_base_url:
        config = OpenAIConfig(
            base_url=settings.openai_base_url,
            model=settings.openai_model,
            api_key=settings.openai_api_key,
            timeout=settings.openai_timeout,
            policy=BackoffPolicy(
                max_attempts=settings.openai_attempts,
                base_delay=settings.openai_retry_delay,
                max_delay=max(settings.openai_retry_delay * 8, 1.0),
            ),
        )
        breaker = CircuitBreaker(
            "openai",
            failure_threshold=settings.openai_breaker_failures,
            cool_down=settings.openai_breaker_cool_down,
        )
        remote = OpenAIEngine(config, breaker)
    engines = CaptionEngines(settings.caption_engine, openai=remote)
    return CaptionService(engines, cache)


def install_captions(app: web.Application, service: CaptionService) -> None:
    """Keep ``service`` on the app and close its HTTP session on cleanup."""
    app[CAPTIONS] = service

    async def close(_: web.Application) -> None:
        await service.aclose()

    app.on_cleanup.append(close)


def _engine_problem(error: EngineNotFoundError) -> ProblemError:
    return ProblemError(
        422, "Unknown engine", str(error), errors=[{"loc": "engine", "msg": str(error)}]
    )


async def _caption(service: CaptionService, body: CaptionRequest) -> CaptionResult:
    try:
        return await service.caption(body)
    except EngineNotFoundError as error:
        raise _engine_problem(error) from None


async def create_caption(request: web.Request) -> web.Response:
    """POST /api/v14/captions."""
    svc = services(request)
    body = await read_model(request, CaptionRequest, svc.settings.max_json_depth)
    async with asyncio.timeout(svc.settings.request_timeout):
        result = await _caption(request.app[CAPTIONS], body)
    return web.json_response(result.model_dump())


async def batch(request: web.Request) -> web.StreamResponse:
    """POST /api/v14/captions/batch: one ``caption`` event per post as it finishes."""
    svc = services(request)
    body = await read_model(request, BatchRequest, svc.settings.max_json_depth)
    service = request.app[CAPTIONS]
    for post in body.posts:  # refuse before streaming starts
        try:
            service.engines.resolve(post.engine)
        except EngineNotFoundError as error:
            raise _engine_problem(error) from None
    ids = itertools.count(1)
    total = len(body.posts)

    async def pump(client: SseClient) -> None:
        gate = asyncio.Semaphore(body.concurrency)
        done = failed = 0

        async def one(index: int, post: CaptionRequest) -> None:
            nonlocal done, failed
            result: CaptionResult | None = None
            error: str | None = None
            async with gate:
                try:
                    result = await service.caption(post)
                except Exception as exc:  # one bad post does not end the batch
                    error = str(exc)
            done += 1
            failed += error is not None
            item = BatchItem(index=index, done=done, total=total, result=result, error=error)
            event = "caption" if error is None else "error"
            # put, not push: a batch may be larger than the client's queue
            await client.put(Frame(item.model_dump_json(), id=str(next(ids)), event=event))

        await asyncio.gather(*(one(i, p) for i, p in enumerate(body.posts)))
        final = BatchDone(total=total, failed=failed)
        await client.put(Frame(final.model_dump_json(), id=str(next(ids)), event="done"))

    return await serve_feed(
        request,
        svc.hub,
        feed="captions",
        pump=pump,
        preamble=[Frame(retry=svc.settings.sse_retry_ms)],
        limit=None,
        options=sse_options(svc),
    )


def _query_request(request: web.Request) -> CaptionRequest:
    query = request.query
    fields: dict[str, object] = {k: query[k] for k in _QUERY_FIELDS if k in query}
    banned, voice = query.getall("banned_words", []), query.getall("voice_examples", [])
    if banned or voice:
        fields["brand"] = {"banned_words": banned, "voice_examples": voice}
    unknown = sorted(set(query) - {*_QUERY_FIELDS, "banned_words", "voice_examples"})
    if unknown:
        known = ", ".join([*_QUERY_FIELDS, "banned_words", "voice_examples"])
        detail = f"unknown query parameter(s) {', '.join(unknown)}; known: {known}"
        raise ProblemError(400, "Bad parameter", detail)
    return CaptionRequest.model_validate(fields)


async def stream(request: web.Request) -> web.StreamResponse:
    """GET /api/v14/captions/stream: tokens as the engine writes them, then the result."""
    svc = services(request)
    body = _query_request(request)
    service = request.app[CAPTIONS]
    try:
        service.engines.resolve(body.engine)
    except EngineNotFoundError as error:
        raise _engine_problem(error) from None
    ids = itertools.count(1)

    async def pump(client: SseClient) -> None:
        def on_token(variant: int, text: str) -> None:
            data = json.dumps({"variant": variant, "text": text}, ensure_ascii=False)
            client.push(Frame(data, id=str(next(ids)), event="token"))

        def on_retry(variant: int, number: int, error: str) -> None:
            data = json.dumps({"variant": variant, "retry": number, "error": error})
            client.push(Frame(data, id=str(next(ids)), event="retry"))

        result = await service.caption(body, StreamEvents(on_token, on_retry))
        client.push(Frame(result.model_dump_json(), id=str(next(ids)), event="result"))

    return await serve_feed(
        request,
        svc.hub,
        feed="captions",
        pump=pump,
        preamble=[Frame(retry=svc.settings.sse_retry_ms)],
        limit=None,
        options=sse_options(svc),
    )


OPERATIONS = [
    Operation(
        "POST",
        PREFIX,
        create_caption,
        "Caption one post: variants within Instagram's rules",
        "captions",
        CaptionRequest,
        CaptionResult,
    ),
    Operation(
        "POST",
        f"{PREFIX}/batch",
        batch,
        "Caption many posts; SSE: `caption` per post as it finishes, then `done`",
        "captions",
        BatchRequest,
        sse=True,
    ),
    Operation(
        "GET",
        f"{PREFIX}/stream",
        stream,
        "Caption one post as SSE: `token` events while the engine writes, then `result`",
        "captions",
        sse=True,
        query=(
            ("content", "what the post shows or says (required)"),
            ("tone", "casual, professional, playful, inspirational, promotional, ..."),
            ("variants", "1-5"),
            ("hashtags", "hashtag cap, default 5, at most 30"),
            ("emoji", "true/false"),
            ("cta", "true/false"),
            ("language", "ISO 639-1 code"),
            ("length", "short, medium or long"),
            ("engine", "offline or openai"),
            ("banned_words", "repeatable: brand words that never appear"),
            ("voice_examples", "repeatable: captions in the brand's voice"),
        ),
        query_model=CaptionRequest,
    ),
]
