"""EventBus: exact and wildcard subscriptions, concurrent isolated handlers, events()."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import pytest

from flows import Event, EventBus


async def test_exact_subscription_gets_only_its_type() -> None:
    bus = EventBus()
    got: list[Any] = []
    bus.subscribe("caption_request", got.append)
    assert await bus.publish("caption_request", {"content": "a"}) == 1
    assert await bus.publish("caption_completed", {"caption": "b"}) == 0
    assert got == [{"content": "a"}]


async def test_wildcard_patterns() -> None:
    bus = EventBus()
    captions: list[str] = []
    everything: list[str] = []
    one_char: list[str] = []
    bus.subscribe("caption.*", lambda e: captions.append(e.type), with_event=True)
    bus.subscribe("*", lambda e: everything.append(e.type), with_event=True)
    bus.subscribe("job.?", lambda e: one_char.append(e.type), with_event=True)

    for event_type in ["caption.requested", "caption.done", "user.updated", "caption", "job.1"]:
        await bus.publish(event_type)

    assert captions == ["caption.requested", "caption.done"]
    assert everything == ["caption.requested", "caption.done", "user.updated", "caption", "job.1"]
    assert one_char == ["job.1"]


async def test_publish_returns_the_number_of_handlers_delivered_to() -> None:
    bus = EventBus()
    bus.subscribe("caption.done", lambda _: None)
    bus.subscribe("caption.*", lambda _: None)
    bus.subscribe("*", lambda _: None)
    bus.subscribe("user.*", lambda _: None)
    assert await bus.publish("caption.done") == 3
    assert await bus.publish("user.x") == 2
    assert await bus.publish("other") == 1
    assert bus.stats()["published"] == 3
    assert bus.stats()["delivered"] == 6


async def test_with_event_passes_the_event_object() -> None:
    bus = EventBus()
    events: list[Event] = []
    bus.subscribe("a", events.append, with_event=True)
    await bus.publish("a", {"x": 1})
    await bus.publish("a", {"x": 2})
    assert [(e.type, e.data, e.id) for e in events] == [("a", {"x": 1}, 1), ("a", {"x": 2}, 2)]
    assert events[0].to_dict()["data"] == {"x": 1}


async def test_async_handlers_run_concurrently() -> None:
    bus = EventBus()
    entered = [asyncio.Event(), asyncio.Event()]
    gate = asyncio.Event()
    finished: list[int] = []

    def handler(index: int) -> Any:
        async def handle(_: Any) -> None:
            entered[index].set()
            await gate.wait()
            finished.append(index)

        return handle

    bus.subscribe("work", handler(0))
    bus.subscribe("work", handler(1))
    publishing = asyncio.create_task(bus.publish("work"))
    # both handlers are suspended at the same time: neither waits for the other
    await asyncio.wait_for(asyncio.gather(entered[0].wait(), entered[1].wait()), timeout=5)
    assert finished == []
    assert not publishing.done()  # wait=True: publish waits for its handlers
    gate.set()
    assert await publishing == 2
    assert sorted(finished) == [0, 1]


async def test_publish_without_wait_returns_once_handlers_started() -> None:
    bus = EventBus()
    gate = asyncio.Event()
    done: list[str] = []

    async def slow(_: Any) -> None:
        await gate.wait()
        done.append("slow")

    bus.subscribe("e", slow)
    assert await bus.publish("e", wait=False) == 1
    assert done == []
    gate.set()
    await bus.drain()
    assert done == ["slow"]


async def test_a_raising_handler_is_counted_and_others_still_run(
    caplog: pytest.LogCaptureFixture,
) -> None:
    bus = EventBus()
    gate = asyncio.Event()
    ran: list[str] = []

    def sync_boom(_: Any) -> None:
        msg = "sync handler broke"
        raise RuntimeError(msg)

    async def early_boom(_: Any) -> None:
        msg = "async handler broke before awaiting"
        raise ValueError(msg)

    async def late_boom(_: Any) -> None:
        await gate.wait()
        msg = "async handler broke after awaiting"
        raise KeyError(msg)

    async def fine(data: Any) -> None:
        await gate.wait()
        ran.append(data)

    bus.subscribe("e", sync_boom)
    bus.subscribe("e", early_boom)
    bus.subscribe("e", late_boom)
    bus.subscribe("e", fine)
    bus.subscribe("e", ran.append)

    with caplog.at_level(logging.WARNING, logger="captionflow.events"):
        publishing = asyncio.create_task(bus.publish("e", "payload"))
        await asyncio.sleep(0)
        gate.set()
        assert await publishing == 5

    assert ran == ["payload", "payload"]
    assert bus.handler_errors == 3
    assert [s.errors for s in bus.subscriptions] == [1, 1, 1, 0, 0]
    assert "sync handler broke" in caplog.text


async def test_a_hanging_handler_times_out_and_publish_returns() -> None:
    bus = EventBus()
    never = asyncio.Event()  # never set
    cancelled = asyncio.Event()
    ran: list[Any] = []

    async def hangs(_: Any) -> None:
        try:
            await never.wait()
        except asyncio.CancelledError:
            cancelled.set()
            raise

    hanging = bus.subscribe("e", hangs, timeout=0.01)  # a wall-clock wait inside the bus
    bus.subscribe("e", ran.append)

    assert await bus.publish("e", 1) == 2
    assert ran == [1]
    assert bus.handler_timeouts == 1
    assert hanging.timeouts == 1
    assert bus.handler_errors == 0
    assert cancelled.is_set()  # the hanging handler was cancelled, not left running
    assert bus.stats()["handler_timeouts"] == 1


async def test_bus_default_handler_timeout_applies() -> None:
    bus = EventBus(handler_timeout=0.01)
    sub = bus.subscribe("e", lambda _: asyncio.Event().wait())
    assert sub.timeout == 0.01
    await bus.publish("e")
    assert bus.handler_timeouts == 1


async def test_events_observable_filters_by_pattern() -> None:
    bus = EventBus()
    captions: list[tuple[str, Any]] = []
    everything: list[str] = []
    subscription = bus.events("caption.*").subscribe(lambda e: captions.append((e.type, e.data)))
    bus.events().subscribe(lambda e: everything.append(e.type))

    await bus.publish("caption.done", {"caption": "hi"})  # no handler needed
    await bus.publish("user.updated")
    subscription.dispose()
    await bus.publish("caption.more")

    assert captions == [("caption.done", {"caption": "hi"})]
    assert everything == ["caption.done", "user.updated", "caption.more"]


async def test_unsubscribe_by_object_or_id() -> None:
    bus = EventBus()
    got: list[str] = []
    first = bus.subscribe("e", lambda _: got.append("first"))
    second = bus.subscribe("e", lambda _: got.append("second"))
    assert await bus.publish("e") == 2

    assert bus.unsubscribe(first) is True
    assert await bus.publish("e") == 1
    assert bus.unsubscribe(second.id) is True
    assert await bus.publish("e") == 0
    assert bus.unsubscribe(first) is False
    assert got == ["first", "second", "second"]
    assert bus.subscriptions == []


async def test_subscribing_after_a_publish_sees_later_events() -> None:
    bus = EventBus()
    await bus.publish("e")  # caches the (empty) match list for "e"
    got: list[Any] = []
    bus.subscribe("e", got.append)
    assert await bus.publish("e", 1) == 1
    assert got == [1]


async def test_subscription_describe_and_counters() -> None:
    bus = EventBus()

    def audit(_: Any) -> None:
        return None

    sub = bus.subscribe("caption.*", audit)
    await bus.publish("caption.a")
    await bus.publish("caption.b")
    assert sub.describe() == {
        "id": sub.id,
        "pattern": "caption.*",
        "handler": "audit",
        "delivered": 2,
        "errors": 0,
        "timeouts": 0,
    }


async def test_the_per_type_match_cache_stays_bounded() -> None:
    bus = EventBus()
    seen: list[str] = []
    bus.subscribe("t.*", seen.append)
    for i in range(3000):  # event types are chosen by clients: never an unbounded cache
        assert await bus.publish(f"t.{i}", str(i)) == 1
    assert len(bus._by_type) <= 1024
    assert len(seen) == 3000
