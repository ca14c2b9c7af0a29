"""MemoryBackend: the common interface on the in-process classes."""

from __future__ import annotations

import importlib
from contextlib import aclosing

import pytest

from captions import caption_workflow
from flows import FlowConfigError, Reset, Stream
from flows.backends import (
    Backend,
    MemoryBackend,
    MemoryStream,
    StreamLike,
)
from flows.backends._memory import MemoryCache
from flows.patterns import records, trigger_stored

from .helpers import take


def test_public_names_are_exported() -> None:
    module = importlib.import_module("flows.backends")
    public = {name for name in vars(module) if not name.startswith("_")}
    assert public <= set(module.__all__) | {"annotations"}
    for name in module.__all__:
        assert hasattr(module, name), name


async def test_memory_stream_is_a_flows_stream_with_the_common_interface() -> None:
    backend: Backend = MemoryBackend()
    stream = await backend.create_stream("s", max_buffer_size=3, overflow="drop_oldest")
    assert isinstance(stream, Stream)
    assert isinstance(stream, MemoryStream)
    assert isinstance(stream, StreamLike)
    await stream.produce_many(["a", "b", "c", "d"])
    assert await stream.check_resume("0") == Reset(0, 2)
    assert await stream.check_resume(stream.parse_id(" 1 ")) is None
    async with aclosing(stream.entries(last_id="1", group="g")) as feed:
        got = await take(feed, 3)
    assert [(e.id, e.value) for e in got] == [(2, "b"), (3, "c"), (4, "d")]
    assert await stream.ack("g", 2) == 0  # taken is gone: ack is a no-op
    with pytest.raises(
        FlowConfigError, match="entry id must be an integer >= 0 of at most 20 digits, got 'x'"
    ):
        stream.parse_id("x")


async def test_cache_expiry_follows_its_clock() -> None:
    now = [100.0]
    cache = MemoryCache(clock=lambda: now[0])
    await cache.set("k", {"v": 1}, ttl=10)
    now[0] = 109.9
    assert await cache.get("k") == {"v": 1}
    now[0] = 110.0
    assert await cache.get("k") is None


async def test_stored_machine_history_replays_to_its_state() -> None:
    backend = MemoryBackend()
    wf = caption_workflow("wf")
    for event in ["start", "valid", "failure", "retry", "valid", "success", "reset"]:
        await trigger_stored(backend.machines, wf, event, {"by": "test"})
    stored = await backend.machines.load("wf")
    assert stored is not None
    assert (stored.state, stored.version) == ("idle", 7)
    assert wf.replay(records(stored)) == stored.state
    assert records(stored)[0].context == {"by": "test"}
    assert not await backend.machines.compare_and_set("wf", 3, {"target": "x"})
