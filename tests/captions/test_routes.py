"""The caption routes over a real socket: REST, batch SSE, token streaming SSE."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from app import create_app
from captions import MAX_EMOJI, count_emoji

from ..app.helpers import Server, make_settings, read_events, start_server, stop_server
from .fake_openai import FakeOpenAI

URL = "/api/v14/captions"
POST = {
    "content": "Sunset hike at the lake with my dog. The lake was calm and the dog loved it.",
    "tone": "inspirational",
    "variants": 3,
}


@pytest.fixture
async def server() -> AsyncIterator[Server]:
    srv = await start_server()
    try:
        yield srv
    finally:
        await stop_server(srv)


@pytest.fixture
async def model_server() -> AsyncIterator[tuple[Server, FakeOpenAI]]:
    fake = await FakeOpenAI(["Calm lake, happy dog, one long golden hour. #LakeDay"]).start()
    srv = await start_server(make_settings(openai_base_url=fake.url, openai_retry_delay=0.0))
    try:
        yield srv, fake
    finally:
        await stop_server(srv)
        await fake.stop()


async def _post(server: Server, path: str, body: Any) -> tuple[int, str, Any]:
    async with server.session.post(server.url + path, json=body) as resp:
        return resp.status, resp.content_type, await resp.json(content_type=None)


async def test_caption_request_and_response_shape(server: Server) -> None:
    status, _, body = await _post(server, URL, POST)
    assert status == 200
    assert set(body) == {"variants", "engine", "cached", "language", "intent", "notes"}
    assert body["engine"] == "offline"
    assert body["language"] == "en"
    assert isinstance(body["notes"], list)
    assert body["cached"] is False
    assert len(body["variants"]) == 3
    for variant in body["variants"]:
        assert set(variant) == {"caption", "hashtags", "char_count", "hook_visible"}
        assert variant["char_count"] == len(variant["caption"]) <= 2200
        assert 0 < len(variant["hashtags"]) <= 5
        assert count_emoji(variant["caption"]) <= MAX_EMOJI
    status, _, again = await _post(server, URL, POST)
    assert again["cached"] is True
    assert again["variants"] == body["variants"]


@pytest.mark.parametrize(
    ("body", "status", "field"),
    [
        ({**POST, "content": "x" * 2201}, 422, "content"),
        ({**POST, "variants": 6}, 422, "variants"),
        ({**POST, "hashtags": 31}, 422, "hashtags"),
        ({**POST, "tone": "sarcastic"}, 422, "tone"),
        ({**POST, "engine": "ofline"}, 422, "engine"),
        ({**POST, "engine": "openai"}, 422, "engine"),
        ({**POST, "engine": "nope"}, 422, "engine"),
        ({**POST, "surprise": 1}, 422, "surprise"),
    ],
)
async def test_bad_requests_are_problems(
    server: Server, body: dict[str, Any], status: int, field: str
) -> None:
    code, content_type, problem = await _post(server, URL, body)
    assert code == status
    assert content_type == "application/problem+json"
    assert field in {e["loc"] for e in problem["errors"]}
    if field == "engine" and body["engine"] == "ofline":
        assert "did you mean 'offline'?" in problem["detail"]
    if field == "engine" and body["engine"] in ("openai", "nope"):
        assert "CAPTIONFLOW_OPENAI_BASE_URL" in problem["detail"]  # suggested: say how


async def test_no_emoji_brand_rules_and_hashtag_cap(server: Server) -> None:
    body = {
        **POST,
        "emoji": False,
        "hashtags": 2,
        "variants": 5,
        "brand": {"banned_words": ["dog"], "voice_examples": ["Quiet trails, loud hearts."]},
    }
    status, _, out = await _post(server, URL, body)
    assert status == 200
    for variant in out["variants"]:
        assert count_emoji(variant["caption"]) == 0
        assert "dog" not in variant["caption"].lower()
        assert len(variant["hashtags"]) <= 2


async def test_batch_reports_progress_as_sse(server: Server) -> None:
    posts = [{"content": c, "variants": 1} for c in ("Tacos on the beach", "Rainy day reading")]
    async with server.session.post(f"{server.url}{URL}/batch", json={"posts": posts}) as resp:
        assert resp.status == 200
        assert resp.content_type == "text/event-stream"
        events = await read_events(resp)
    assert [e.event for e in events] == ["caption", "caption", "done"]
    assert sorted(e.json["index"] for e in events[:2]) == [0, 1]
    assert [e.json["done"] for e in events[:2]] == [1, 2]
    assert all(e.json["result"]["engine"] == "offline" for e in events[:2])
    assert events[-1].json == {"total": 2, "failed": 0}


async def test_batch_refuses_bad_posts_before_streaming(server: Server) -> None:
    status, content_type, problem = await _post(server, f"{URL}/batch", {"posts": []})
    assert (status, content_type) == (422, "application/problem+json")
    assert problem["errors"][0]["loc"] == "posts"


async def test_stream_offline_sends_the_result(server: Server) -> None:
    params = {"content": "Monday coffee.", "variants": "2", "emoji": "false"}
    async with server.session.get(f"{server.url}{URL}/stream", params=params) as resp:
        assert resp.status == 200
        events = await read_events(resp)
    assert [e.event for e in events] == ["result"]
    result = events[0].json
    assert len(result["variants"]) == 2
    assert result["engine"] == "offline"


async def test_stream_bad_query_is_a_problem(server: Server) -> None:
    async with server.session.get(f"{server.url}{URL}/stream", params={"variants": "9"}) as resp:
        assert resp.status == 422
        problem = await resp.json(content_type=None)
    assert {e["loc"] for e in problem["errors"]} == {"content", "variants"}
    async with server.session.get(f"{server.url}{URL}/stream", params={"x": "1"}) as resp:
        assert resp.status == 400


async def test_tokens_stream_end_to_end_from_the_model(
    model_server: tuple[Server, FakeOpenAI],
) -> None:
    server, fake = model_server
    params = {"content": "Lake day with the dog", "engine": "openai", "variants": "2"}
    async with server.session.get(f"{server.url}{URL}/stream", params=params) as resp:
        assert resp.status == 200
        events = await read_events(resp)
    tokens = [e for e in events if e.event == "token"]
    assert len(tokens) > 4
    for variant in (0, 1):
        text = "".join(e.json["text"] for e in tokens if e.json["variant"] == variant)
        assert text == fake.replies[0]
    assert events[-1].event == "result"
    result = events[-1].json
    assert result["engine"] == "openai:gpt-4o-mini"
    assert result["variants"][0]["caption"].startswith("Calm lake, happy dog")
    assert result["variants"][0]["hashtags"][0] == "#LakeDay"
    assert [int(e.id or 0) for e in events] == list(range(1, len(events) + 1))


async def test_default_pipeline_uses_the_engine(model_server: tuple[Server, FakeOpenAI]) -> None:
    server, fake = model_server
    await server.post("/pipelines/caption-generation", {"name": "cap"})
    data = {"content": "Lake day with the dog", "user_id": "u1", "engine": "openai"}
    status, body = await server.post("/pipelines/execute", {"pipeline": "cap", "data": data})
    assert status == 200
    result = body["result"]
    assert result["engine"] == "openai:gpt-4o-mini"
    assert result["caption"].startswith("Calm lake, happy dog")
    assert result["variants"][0]["hashtags"][0] == "#LakeDay"
    assert len(fake.requests) == 1
    status, offline = await server.post(
        "/pipelines/execute", {"pipeline": "cap", "data": {**data, "engine": None}}
    )
    assert offline["result"]["engine"] == "offline"
    assert offline["result"]["variants"][0]["hook_visible"] is True


def test_configured_default_engine_must_exist() -> None:
    with pytest.raises(ValueError, match="not configured"):
        create_app(make_settings(caption_engine="openai"))
