"""A user's recent captions: no hook or call to action repeats within the last 20,
in process memory and in Redis (the backend's shared cache, as the app wires it)."""

from __future__ import annotations

import json
import secrets
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from captions import (
    HISTORY_SIZE,
    CaptionCache,
    CaptionEngines,
    CaptionHistory,
    CaptionRequest,
    CaptionService,
)
from flows.backends import RedisBackend

from ..flows.backends.conftest import REDIS_URL, delete_prefix

POSTS = [
    json.loads(line)
    for line in (Path(__file__).parent / "posts.jsonl").read_text("utf-8").splitlines()
]


def _requests(intent: str | None = None, language: str = "en") -> list[CaptionRequest]:
    chosen = [
        p for p in POSTS if p["language"] == language and (intent is None or p["intent"] == intent)
    ]
    return [
        CaptionRequest(content=p["content"], variants=3, user_id="daily-poster") for p in chosen
    ]


async def _no_repeats(service: CaptionService, requests: list[CaptionRequest]) -> int:
    """Caption ``requests`` in order; assert the last-20 rule on hooks and CTAs."""
    seen: list[tuple[str, str]] = []
    for request in requests:
        generated = await service.engines.generate(
            request, avoid=await service.history.avoid(request.user_id or "")
        )
        await service.history.remember(
            request.user_id or "", [(d.hook, d.cta) for d in generated.drafts]
        )
        for draft in generated.drafts:
            window = seen[-HISTORY_SIZE:]
            assert draft.hook not in {h for h, _ in window}, (request.content, draft.text)
            if draft.cta:
                assert draft.cta not in {c for _, c in window}, (request.content, draft.text)
            seen.append((draft.hook, draft.cta))
    return len(seen)


async def test_no_hook_or_cta_repeats_within_a_users_last_20_captions() -> None:
    service = CaptionService(CaptionEngines())
    assert await _no_repeats(service, _requests()) >= 200


@pytest.mark.parametrize("intent", ["food", "fitness", "product_launch", "event"])
async def test_even_a_user_who_posts_the_same_kind_of_post_every_day(intent: str) -> None:
    service = CaptionService(CaptionEngines())
    requests = _requests(intent)
    assert len(requests) >= 5
    assert await _no_repeats(service, requests + requests[:2]) >= 20


async def test_the_service_remembers_by_user_id_and_users_do_not_share_a_history() -> None:
    service = CaptionService(CaptionEngines())
    post = "Sunday brunch at Lola's: lemon ricotta pancakes and a flat white."
    first = await service.caption(CaptionRequest(content=post, user_id="ana"))
    other = await service.caption(CaptionRequest(content=post + " ", user_id="ana"))
    fresh = await service.caption(CaptionRequest(content=post, user_id="ben"))
    hooks = {v.caption.split("\n")[0] for v in first.variants}
    assert not hooks & {v.caption.split("\n")[0] for v in other.variants}
    assert [v.caption for v in fresh.variants] == [v.caption for v in first.variants]
    assert len(await service.history.recent("ana")) == 6


@pytest.fixture
async def redis_backend() -> AsyncIterator[RedisBackend]:
    prefix = f"cftest:{secrets.token_hex(4)}:"
    backend = RedisBackend(REDIS_URL, prefix=prefix)
    try:
        yield backend
    finally:
        await backend.close()
        await delete_prefix(REDIS_URL, prefix)


async def test_history_lives_in_redis_when_the_cache_is_shared(
    redis_backend: RedisBackend,
) -> None:
    shared = redis_backend.cache
    one = CaptionService(CaptionEngines(), CaptionCache(shared=shared))
    two = CaptionService(CaptionEngines(), CaptionCache(shared=shared))  # another instance
    requests = _requests("food")
    await one.caption(requests[0])
    assert len(await two.history.recent("daily-poster")) == 3
    await _no_repeats(two, requests[1:] + _requests("fitness"))
    assert len(await one.history.recent("daily-poster")) == HISTORY_SIZE  # the last 20


async def test_a_history_outage_forgets_and_never_fails_a_caption() -> None:
    class Down:
        async def get(self, key: str) -> None:
            raise ConnectionError("redis down")

        async def set(self, key: str, value: object, ttl: float | None = None) -> None:
            raise ConnectionError("redis down")

    history = CaptionHistory(Down())
    assert await history.recent("u") == []
    await history.remember("u", [("a", "b")])
