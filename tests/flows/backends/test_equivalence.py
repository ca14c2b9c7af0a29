"""Property: for the same operations, MemoryBackend and RedisBackend deliver the same events."""

from __future__ import annotations

import asyncio
import secrets
from collections import Counter
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flows.backends import Backend, ConsumerOptions, MemoryBackend, RedisBackend

from .helpers import take
from .targets import Target, delete_prefix

Op = tuple[str, Any]

ops_strategy = st.lists(
    st.one_of(
        st.tuples(st.just("produce"), st.lists(st.integers(-1000, 1000), min_size=1, max_size=8)),
        st.tuples(st.just("produce_one"), st.integers(-1000, 1000)),
        st.tuples(st.just("read"), st.integers(0, 10)),
        st.tuples(st.just("group"), st.integers(0, 10)),
    ),
    max_size=25,
)


async def run(backend: Backend, ops: list[Op]) -> tuple[list[int], list[int]]:
    """Apply ``ops``; return what the broadcast consumer and the group member got."""
    stream = await backend.create_stream("eq", max_buffer_size=10_000, replay_size=10_000)
    broadcast = stream.entries(last_id=0)
    group = stream.entries(group="g", last_id=0)
    produced = 0
    seen: list[int] = []
    grouped: list[int] = []
    try:
        for op, arg in ops:
            if op == "produce":
                result = await stream.produce_many(arg)
                assert (result.accepted, result.dropped) == (len(arg), 0)
                produced += len(arg)
            elif op == "produce_one":
                assert await stream.produce(arg)
                produced += 1
            elif op == "read":
                got = await take(broadcast, min(arg, produced - len(seen)))
                seen += [e.value for e in got]
            else:
                got = await take(group, min(arg, produced - len(grouped)))
                for entry in got:
                    await stream.ack("g", entry.id)
                grouped += [e.value for e in got]
        seen += [e.value for e in await take(broadcast, produced - len(seen))]
        grouped += [e.value for e in await take(group, produced - len(grouped))]
    finally:
        await broadcast.aclose()
        await group.aclose()
        await backend.close()
    return seen, grouped


async def both(url: str, ops: list[Op]) -> None:
    prefix = f"cftest:{secrets.token_hex(4)}:"
    options = ConsumerOptions(block_ms=50, claim_min_idle=60)
    try:
        memory = await run(MemoryBackend(), ops)
        redis = await run(RedisBackend(url, prefix=prefix, consumer=options), ops)
    finally:
        await delete_prefix(url, prefix)
    produced = [
        v
        for op, arg in ops
        if op.startswith("produce")
        for v in (arg if isinstance(arg, list) else [arg])
    ]
    for mem, red in zip(memory, redis, strict=True):
        assert Counter(mem) == Counter(red) == Counter(produced)
        assert mem == red == produced  # and in the same order


# the audit checks every example's commands once, after the last one
@pytest.mark.usefixtures("slot_audit")
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(ops=ops_strategy)
def test_memory_and_redis_deliver_the_same_events(redis_target: Target, ops: list[Op]) -> None:
    asyncio.run(both(redis_target.url, ops))
