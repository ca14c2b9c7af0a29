"""Two in-process apps on one real Redis: shared rate limits, caption cache, readiness."""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator

import pytest

from ..flows.backends.conftest import REDIS_URL, delete_prefix
from .helpers import Server, make_settings, start_server, stop_server


@pytest.fixture
async def pair() -> AsyncIterator[tuple[Server, Server]]:
    prefix = f"cftest:{secrets.token_hex(4)}:"
    settings = make_settings(
        redis_url=REDIS_URL, redis_prefix=prefix, rate_limit="5/minute", flows_dir=""
    )
    a = await start_server(settings)
    b = await start_server(settings)
    try:
        yield a, b
    finally:
        await stop_server(a)
        await stop_server(b)
        await delete_prefix(REDIS_URL, prefix)


async def test_ready_names_the_redis_backend(pair: tuple[Server, Server]) -> None:
    a, _ = pair
    async with a.session.get(f"{a.url}/ready") as resp:
        body = await resp.json()
    assert resp.status == 200
    assert body["details"]["runtime"] == "redis"
    assert body["details"]["backend"]["ready"] is True


async def test_the_rate_limit_is_counted_across_instances(pair: tuple[Server, Server]) -> None:
    a, b = pair
    assert (await a.post("/streams/real-time-captions", {"name": "lim"}))[0] == 201
    body = {"stream": "lim", "items": [1]}
    statuses = [(await (a if i % 2 else b).post("/streams/produce", body))[0] for i in range(7)]
    assert statuses == [202] * 5 + [429] * 2  # 5/minute for this client, on either instance
    async with b.session.post(b.api("/events/publish"), json={"type": "t"}) as resp:
        assert resp.status == 202  # another action has its own budget
    async with a.session.post(a.api("/streams/produce"), json=body) as resp:
        assert resp.status == 429
        assert resp.headers["Retry-After"] == "1"
        assert resp.content_type == "application/problem+json"


async def test_a_caption_made_on_one_instance_is_cached_for_the_other(
    pair: tuple[Server, Server],
) -> None:
    a, b = pair
    post = {"content": f"Sunset hike at the lake {secrets.token_hex(3)}", "variants": 2}
    async with a.session.post(f"{a.url}/api/v14/captions", json=post) as resp:
        first = await resp.json()
    async with b.session.post(f"{b.url}/api/v14/captions", json=post) as resp:
        second = await resp.json()
    assert resp.status == 200, second
    assert first["cached"] is False
    assert second["cached"] is True
    assert second["variants"] == first["variants"]
