"""The OpenAI-compatible engine against a loopback server speaking the protocol."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from captions import (
    CaptionEngines,
    CaptionRequest,
    CaptionService,
    OpenAIConfig,
    OpenAIEngine,
    StreamEvents,
)
from operators import BackoffPolicy, CircuitBreaker

from .fake_openai import FakeOpenAI, Reply

MODEL_TEXT = (
    "Golden hour on the lake trail, and the dog led the way 🐕\n\n"
    "Muddy paws, clear skies, zero complaints. Living my best life out here. "
    "Where is your favourite hike?\n\n#SunsetHike #DogsOfInstagram #likeforlike #SunsetHike"
)
REQUEST = CaptionRequest(content="Sunset hike at the lake with my dog.", variants=2)


@pytest.fixture
async def fake() -> AsyncIterator[FakeOpenAI]:
    server = await FakeOpenAI([MODEL_TEXT]).start()
    try:
        yield server
    finally:
        await server.stop()


def _service(
    fake: FakeOpenAI, *, attempts: int = 3, breaker: CircuitBreaker | None = None, **kw: float
) -> CaptionService:
    config = OpenAIConfig(
        base_url=fake.url,
        model="fake-model",
        api_key="sk-test",
        policy=BackoffPolicy(max_attempts=attempts, base_delay=0.0, jitter=0.0),
        **kw,  # type: ignore[arg-type]
    )
    engine = OpenAIEngine(config, breaker or CircuitBreaker("openai", failure_threshold=50))
    return CaptionService(CaptionEngines("openai", openai=engine))


async def test_streams_one_call_per_variant_and_applies_the_rules(fake: FakeOpenAI) -> None:
    service = _service(fake)
    tokens: dict[int, list[str]] = {0: [], 1: []}
    events = StreamEvents(on_token=lambda v, t: tokens[v].append(t))
    try:
        result = await service.caption(REQUEST, events)
    finally:
        await service.aclose()
    assert result.engine == "openai:fake-model"
    assert len(fake.requests) == 2  # one call per variant, no `n`
    sent = fake.requests[0]
    assert sent["model"] == "fake-model"
    assert sent["stream"] is True
    assert "n" not in sent
    assert [m["role"] for m in sent["messages"]] == ["system", "user"]
    assert "Sunset hike at the lake" in sent["messages"][1]["content"]
    assert fake.requests[0]["messages"][0] != fake.requests[1]["messages"][0]  # structures
    assert fake.headers[0]["Authorization"] == "Bearer sk-test"
    for variant in (0, 1):
        assert "".join(tokens[variant]) == MODEL_TEXT
        assert len(tokens[variant]) > 10
    caption = result.variants[0]
    # the same rules as the offline engine: banned tag out, duplicates out, cliché out
    assert caption.hashtags[:2] == ["#SunsetHike", "#DogsOfInstagram"]
    assert "#likeforlike" not in caption.caption
    assert "Living my best life" not in caption.caption
    assert caption.caption.startswith("Golden hour on the lake trail")
    assert caption.hook_visible


@pytest.mark.parametrize(
    ("replies", "calls", "engine"),
    [
        ([429, MODEL_TEXT], 2, "openai:fake-model"),  # rate limited, then served
        ([500, 502, MODEL_TEXT], 3, "openai:fake-model"),  # 5xx retried
        ([401], 1, "offline (fallback: openai unavailable: HTTP 401: fake error 401)"),
        ([500], 3, "offline (fallback: openai unavailable: HTTP 500: fake error 500)"),
    ],
)
async def test_retries_429_and_5xx_but_not_401(
    fake: FakeOpenAI, replies: list[Reply], calls: int, engine: str
) -> None:
    fake.replies = replies
    service = _service(fake)
    try:
        result = await service.caption(REQUEST.model_copy(update={"variants": 1}))
    finally:
        await service.aclose()
    assert len(fake.requests) == calls
    assert result.engine == engine
    assert result.variants[0].caption  # a caption either way
    assert result.cached is False


async def test_fallbacks_are_not_cached_and_the_breaker_fails_fast(fake: FakeOpenAI) -> None:
    fake.replies = [500]
    breaker = CircuitBreaker("openai", failure_threshold=1, cool_down=3600)
    service = _service(fake, attempts=1, breaker=breaker)
    request = REQUEST.model_copy(update={"variants": 1})
    try:
        first = await service.caption(request)
        assert first.engine.startswith("offline (fallback: openai unavailable: HTTP 500")
        assert breaker.state == "open"
        second = await service.caption(request)
    finally:
        await service.aclose()
    assert len(fake.requests) == 1  # the open breaker never called the server
    assert second.cached is False
    assert "circuit 'openai' is open" in second.engine


async def test_a_hanging_server_times_out_into_the_fallback(fake: FakeOpenAI) -> None:
    fake.replies = ["hang"]
    service = _service(fake, attempts=1, timeout=0.05)
    try:
        result = await service.caption(REQUEST.model_copy(update={"variants": 1}))
    finally:
        await service.aclose()
    reason = "item not processed within 0.05s"
    assert result.engine == f"offline (fallback: openai unavailable: {reason})"


async def test_unreachable_server_falls_back() -> None:
    config = OpenAIConfig(
        base_url="http://127.0.0.1:9/v1", policy=BackoffPolicy(max_attempts=2, base_delay=0.0)
    )
    service = CaptionService(CaptionEngines("openai", openai=OpenAIEngine(config)))
    try:
        result = await service.caption(REQUEST.model_copy(update={"variants": 1}))
    finally:
        await service.aclose()
    assert result.engine.startswith("offline (fallback: openai unavailable: stream error")


async def test_identical_requests_are_served_from_cache(fake: FakeOpenAI) -> None:
    service = _service(fake)
    try:
        first = await service.caption(REQUEST)
        again = await service.caption(REQUEST)
        other = await service.caption(REQUEST.model_copy(update={"tone": "playful"}))
    finally:
        await service.aclose()
    assert (first.cached, again.cached, other.cached) == (False, True, False)
    assert again.variants == first.variants
    assert len(fake.requests) == 4


async def test_the_prompt_carries_the_detected_language_and_the_brands_voice(
    fake: FakeOpenAI,
) -> None:
    service = _service(fake)
    request = CaptionRequest(
        content="Hoy cenamos paella en casa de la abuela en Valencia.",
        variants=1,
        brand={"voice_examples": ["Cocina de siempre, mesa de domingo."], "banned_words": []},
    )
    try:
        result = await service.caption(request)
    finally:
        await service.aclose()
    assert result.language == "es"
    messages = fake.requests[0]["messages"]
    system = messages[0]["content"]
    assert "Write in Spanish (es)" in system
    assert "The post is about: food." in system
    # the voice example as a few-shot turn, then the real post last
    assert [m["role"] for m in messages] == ["system", "user", "assistant", "user"]
    assert messages[2]["content"] == "Cocina de siempre, mesa de domingo."
    assert "paella" in messages[-1]["content"]


async def test_the_models_hashtags_come_first_and_offline_tags_only_fill_a_shortfall(
    fake: FakeOpenAI,
) -> None:
    fake.replies = ["Dinner at Luigi's Trattoria tonight 🍝\n\nBook a table.\n\n#LuigisTrattoria"]
    service = _service(fake)
    request = CaptionRequest(
        content="Dinner at Luigi's Trattoria: handmade pappardelle and tiramisu.",
        variants=1,
        hashtags=4,
    )
    try:
        result = await service.caption(request)
    finally:
        await service.aclose()
    tags = result.variants[0].hashtags
    assert tags[0] == "#LuigisTrattoria"  # the model's own
    assert len(tags) <= 4
    lowered = [t.lower() for t in tags]
    assert len(set(lowered)) == len(lowered)
    # the offline fill is relevant (category tags), never the compound's pieces
    assert not {"#luigi", "#trattoria", "#luigis"} & set(lowered)
    assert {"#foodie", "#foodstagram", "#italianfood"} & set(lowered)  # a trattoria's kind


async def test_charity_posts_tell_the_model_never_to_sell(fake: FakeOpenAI) -> None:
    service = _service(fake)
    request = CaptionRequest(
        content="Winter coat drive at the library until 30 Nov, all sizes, donations welcome.",
        variants=1,
    )
    try:
        await service.caption(request)
    finally:
        await service.aclose()
    assert "never to shop or buy" in fake.requests[0]["messages"][0]["content"]
