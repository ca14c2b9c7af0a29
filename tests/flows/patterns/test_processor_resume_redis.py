"""On Redis (one server and the local cluster, slot-audited): one instance runs a
processor with a sink of every kind; a second instance takes it over from a
checkpoint older than what the first emitted, so it forms the last window again.
Each sink has that window once: the stream stores it once, the event stream holds
one event, the machine's history one transition, and the webhook got it once.

Real Redis and the real loop: every wait has a deadline.
"""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Callable
from contextlib import aclosing
from typing import Any

import pytest

from flows import Event, FlowManager, Processor, StateMachine, install, load_flow_file
from flows.backends import RedisBackend
from operators import LoopScheduler

from ..backends.helpers import take, wait_for
from ..backends.targets import TARGETS, delete_prefix, raw_client, target_named
from .test_processor_resume import EVERY_SINK, _forget_emitted, window
from .test_processor_runtime import _registry

URL = "https://hooks.example/counts"


async def _instance(
    backend: RedisBackend, hooks: list[tuple[str, Any, Any]]
) -> tuple[FlowManager, Processor]:
    registry = _registry()
    manager = FlowManager(
        scheduler=LoopScheduler(asyncio.get_running_loop()), backend=backend, registry=registry
    )
    tally = StateMachine("tally", "counting", scheduler=manager.scheduler)
    tally.add_transition("counting", "counting", "closed")
    manager.adopt(tally)

    def sender(url: str) -> Any:
        async def deliver(event: Event) -> bool:
            hooks.append((url, event.id, event.data))
            return True

        return deliver

    manager.webhook_sender = sender
    [spec] = load_flow_file("p.yaml", registry, text=EVERY_SINK, env={})
    installed = await install(spec, manager, registry)
    assert isinstance(installed.flow, Processor)
    manager.start()
    return manager, installed.flow


async def _until(check: Callable[[], bool], seconds: float = 15.0) -> None:
    async def holds() -> bool:
        return check()

    await wait_for(holds, timeout=seconds, pause=0.02)


@pytest.mark.parametrize("target_name", TARGETS)
async def test_a_window_formed_again_by_a_successor_reaches_every_sink_once(
    request: pytest.FixtureRequest, slot_audit: None, target_name: str
) -> None:
    target = target_named(request, target_name)
    prefix = f"cftest:{secrets.token_hex(4)}:"
    first_backend = RedisBackend(target.url, prefix=prefix)
    second_backend = RedisBackend(target.url, prefix=prefix)
    hooks: list[tuple[str, Any, Any]] = []
    try:
        first, processor = await _instance(first_backend, hooks)
        await _until(lambda: processor.status == "running")
        clicks = await first.sink_stream("clicks")
        for ts in (5, 7, 12):  # 12 closes [0, 10)
            await clicks.produce({"user": "a", "ts": ts})
        await _until(lambda: len(hooks) == 1)
        await first.shutdown()  # its last checkpoint holds [0, 10) as emitted ...
        await _forget_emitted(second_backend)  # ... as if it had died just before saving it
        second, successor = await _instance(second_backend, hooks)
        await _until(lambda: successor.describe()["outputs"] == 1)  # [0, 10) formed again
        await (await second.sink_stream("clicks")).produce({"user": "a", "ts": 25})
        await _until(lambda: len(hooks) >= 2)
        await second.shutdown()

        raw = raw_client(target.url)
        try:
            stored = await raw.xlen(second_backend.stream_key("counts_out"))
            published = await raw.xlen(second_backend.keys.events)
        finally:
            await raw.aclose()
        assert (stored, published) == (2, 2)
        out = await second.sink_stream("counts_out")
        async with aclosing(out.entries(last_id=out.parse_id("0"))) as feed:
            values = [e.value for e in await take(feed, 2)]
        async with aclosing(
            second_backend.event_stream.entries(last_id=second_backend.event_stream.parse_id("0"))
        ) as feed:
            events = [(e.value["type"], e.value["data"]) for e in await take(feed, 2)]
        machine = await second_backend.machines.load("tally")
        assert machine is not None
        first_w, second_w = window(0, 2), window(10, 1)
        assert values == [first_w, second_w]
        assert events == [("counted", first_w), ("counted", second_w)]
        assert [h["context"] for h in machine.history] == [first_w, second_w]
        assert hooks == [
            (URL, 'counts:n:"a"@10000', first_w),
            (URL, 'counts:n:"a"@20000', second_w),
        ]
        assert successor.describe()["dropped_by"]["sink"] == 0
    finally:
        await first_backend.close()
        await second_backend.close()
        await delete_prefix(target.url, prefix)
