"""``EventBus.subscribed`` means what it says for ephemeral events too: once it returns,
the subscription gets every later event. On Redis an ephemeral type goes over pub/sub,
and the bus used to report a subscription open when its durable group existed, before
its pub/sub channel was subscribed: an ephemeral event published at once was lost
(the CI failure of tests/attacks/test_event_order.py under load). Real Redis, one
server and the local cluster; every wait has a deadline."""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import AsyncGenerator, AsyncIterator, Callable
from typing import Any

import pytest

from flows import EventBus
from flows.backends import Backend, BusEvent, MemoryBackend, RedisBackend

from ..backends.targets import TARGETS, delete_prefix, target_named


@pytest.fixture(params=["memory", *TARGETS])
async def backend(request: pytest.FixtureRequest) -> AsyncIterator[Backend]:
    if request.param == "memory":
        memory = MemoryBackend(ephemeral_types=["metrics.*"])
        yield memory
        await memory.close()
        return
    url = target_named(request, request.param).url
    prefix = f"cftest:{secrets.token_hex(4)}:"
    redis = RedisBackend(url, prefix=prefix, ephemeral_types=["metrics.*"])
    yield redis
    await redis.close()
    await delete_prefix(url, prefix)


async def test_a_subscribed_bus_gets_the_ephemeral_event_published_next(
    backend: Backend,
) -> None:
    bus = EventBus(transport=backend)
    got: asyncio.Queue[Any] = asyncio.Queue()
    try:
        for n in range(10):  # a fresh subscription each time: the race is on its first event
            sub = bus.subscribe("metrics.*", got.put_nowait)
            await bus.subscribed(sub)
            await bus.publish("metrics.tick", {"n": n})
            async with asyncio.timeout(5):
                assert await got.get() == {"n": n}
            bus.unsubscribe(sub)
    finally:
        for sub in bus.subscriptions:
            bus.unsubscribe(sub)
        await bus.drain()  # every reader, stopped ones too, has closed its connection


async def test_drain_waits_for_readers_of_subscriptions_already_stopped(backend: Backend) -> None:
    # an unsubscribed reader was cancelled and forgotten: at shutdown its pub/sub
    # connection could outlive the loop (an unclosed socket to a cluster node)
    bus = EventBus(transport=backend)
    sub = bus.subscribe("metrics.*", lambda _data: None)
    await bus.subscribed(sub)
    readers = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
    bus.unsubscribe(sub)
    await bus.drain()
    assert all(t.done() for t in readers)


class _SlowGoodbye(MemoryBackend):
    """A durable feed that needs many loop turns to close (a Redis connection's goodbye);
    the ephemeral feed closes at once."""

    def __init__(self) -> None:
        super().__init__(ephemeral_types=["metrics.*"])
        self.durable_closed = False

    async def subscribe(
        self,
        pattern: str = "*",
        *,
        group: str | None = None,
        consumer: str | None = None,
        ephemeral: bool = False,
        on_listening: Callable[[], None] | None = None,
    ) -> AsyncGenerator[BusEvent, None]:
        feed = super().subscribe(
            pattern,
            group=group,
            consumer=consumer,
            ephemeral=ephemeral,
            on_listening=on_listening,
        )
        try:
            async for event in feed:
                yield event
        finally:
            await feed.aclose()
            if not ephemeral:
                loop = asyncio.get_running_loop()
                for _ in range(50):  # one loop turn each, no time passes
                    turn = loop.create_future()
                    loop.call_soon(turn.set_result, None)
                    await turn
                self.durable_closed = True


async def test_drain_returns_once_both_readers_of_a_subscription_have_closed() -> None:
    # the durable and the ephemeral reader of one subscription ran under gather, which,
    # cancelled, returned when the first had stopped: drain could return while the
    # other was still closing its connection (the CI failure on the cluster)
    backend = _SlowGoodbye()
    bus = EventBus(transport=backend)
    try:
        sub = bus.subscribe("metrics.*", lambda _data: None)
        await bus.subscribed(sub)
        bus.unsubscribe(sub)
        await bus.drain()
        assert backend.durable_closed
    finally:
        await backend.close()
