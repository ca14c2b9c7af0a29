"""Processor leases and checkpoints: the same contract in memory and on Redis (one
server and the local cluster, every command audited for cross-slot keys); lease
expiry and the key layout on the real Redis."""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import AsyncIterator

import pytest
from redis.crc import key_slot

from flows.backends import (
    MemoryBackend,
    ProcessorCheckpoint,
    ProcessorStore,
    RedisBackend,
)

from .helpers import wait_for
from .targets import TARGETS, RawRedis, delete_prefix, target_named

TTL = 30.0  # long enough never to lapse within a test that is not about expiry


@pytest.fixture(params=["memory", *TARGETS])
async def store(request: pytest.FixtureRequest, slot_audit: None) -> AsyncIterator[ProcessorStore]:
    """Each backend's processor store: in memory, and Redis on one server and a cluster."""
    if request.param == "memory":
        yield MemoryBackend().processors
        return
    target = target_named(request, request.param)
    prefix = f"cftest:{secrets.token_hex(4)}:"
    backend = RedisBackend(target.url, prefix=prefix)
    yield backend.processors
    await backend.close()
    await delete_prefix(target.url, prefix)


def checkpoint(offset: str, state: bytes, **emitted: int) -> ProcessorCheckpoint:
    return ProcessorCheckpoint({"clicks": offset}, state, emitted)


async def test_one_owner_holds_the_lease_and_a_new_owner_gets_a_higher_epoch(
    store: ProcessorStore,
) -> None:
    first = await store.acquire("counts", "a", TTL)
    assert first is not None
    assert await store.acquire("counts", "b", TTL) is None
    assert await store.acquire("counts", "a", TTL) == first  # the holder keeps its epoch
    assert await store.acquire("other", "b", TTL) is not None  # leases are per processor
    assert await store.renew("counts", "a", first, TTL)
    assert not await store.renew("counts", "b", first, TTL)
    assert not await store.renew("counts", "a", first + 1, TTL)
    await store.release("counts", "b", first)  # not the holder: a no-op
    assert await store.acquire("counts", "b", TTL) is None
    await store.release("counts", "a", first)
    second = await store.acquire("counts", "b", TTL)
    assert second is not None
    assert second > first
    assert not await store.renew("counts", "a", first, TTL)


async def test_a_save_with_a_stale_epoch_is_refused_and_changes_nothing(
    store: ProcessorStore,
) -> None:
    old = await store.acquire("counts", "a", TTL)
    assert old is not None
    assert await store.save("counts", old, checkpoint("5-0", b'{"n":5}', k=60_000))
    await store.release("counts", "a", old)
    new = await store.acquire("counts", "b", TTL)
    assert new is not None
    assert not await store.save("counts", old, checkpoint("9-0", b'{"n":9}', k=120_000))
    assert await store.load("counts") == checkpoint("5-0", b'{"n":5}', k=60_000)
    assert await store.save("counts", new, checkpoint("7-0", b'{"n":7}', k=60_000))
    assert await store.load("counts") == checkpoint("7-0", b'{"n":7}', k=60_000)
    assert not await store.save("counts", new + 1, checkpoint("8-0", b"{}"))  # never issued


async def test_a_checkpoint_round_trips_and_a_save_replaces_all_of_it(
    store: ProcessorStore,
) -> None:
    assert await store.load("counts") is None
    epoch = await store.acquire("counts", "a", TTL)
    assert epoch is not None
    state = '{"open":{"k:é":[3,"ü"]}}'.encode()
    first = ProcessorCheckpoint(
        {"clicks": "1700000000000-3", "views": "1700000000001-0"},
        state,
        {"user:1": 1_700_000_060_000, "user:2": 1_700_000_000_000},
    )
    assert await store.save("counts", epoch, first)
    loaded = await store.load("counts")
    assert loaded == first
    assert loaded is not None
    assert isinstance(loaded.state, bytes)
    second = ProcessorCheckpoint({"clicks": "1700000000005-0"}, b"{}", {})
    assert await store.save("counts", epoch, second)
    assert await store.load("counts") == second  # no offset or window of the first left


async def test_of_owners_racing_for_a_lease_exactly_one_wins(store: ProcessorStore) -> None:
    epochs = await asyncio.gather(*(store.acquire("race", f"o{i}", TTL) for i in range(20)))
    winners = [e for e in epochs if e is not None]
    assert len(winners) == 1


async def test_a_lapsed_lease_is_taken_over_with_a_higher_epoch_and_fences_the_old_owner(
    redis_url: str, prefix: str
) -> None:
    old_backend = RedisBackend(redis_url, prefix=prefix)
    new_backend = RedisBackend(redis_url, prefix=prefix)
    try:
        old, new = old_backend.processors, new_backend.processors
        first = await old.acquire("counts", "a", 0.2)
        assert first is not None
        assert await new.acquire("counts", "b", TTL) is None
        # nobody took over yet: the owner whose lease lapsed still saves
        await wait_for(lambda: _lapsed(new_backend, "counts"), timeout=5, pause=0.01)
        assert await old.save("counts", first, checkpoint("3-0", b"{}"))
        second = await new.acquire("counts", "b", TTL)
        assert second is not None
        assert second > first
        assert not await old.renew("counts", "a", first, TTL)
        assert not await old.save("counts", first, checkpoint("4-0", b"{}"))
        assert await old.acquire("counts", "a", TTL) is None
        assert await new.load("counts") == checkpoint("3-0", b"{}")
    finally:
        await old_backend.close()
        await new_backend.close()


async def _lapsed(backend: RedisBackend, processor: str) -> bool:
    async with backend.conn.guard() as redis:
        return not await redis.exists(backend.keys.processor(processor).lease)


async def test_a_processors_keys_share_one_slot_and_the_lease_carries_its_ttl(
    redis_url: str, prefix: str, raw: RawRedis
) -> None:
    backend = RedisBackend(redis_url, prefix=prefix)
    try:
        epoch = await backend.processors.acquire("trending:tags", "inst-1", 10.0)
        assert epoch is not None
        assert await backend.processors.save("trending:tags", epoch, checkpoint("1-0", b"{}"))
    finally:
        await backend.close()
    keys = [f"{prefix}{{processor:trending:tags}}{tail}" for tail in ("", ":lease", ":epoch")]
    assert len({key_slot(k.encode()) for k in keys}) == 1
    assert await raw.get(keys[1]) == f"{epoch}:inst-1".encode()
    assert 9_000 < await raw.pttl(keys[1]) <= 10_000
    assert await raw.get(keys[2]) == str(epoch).encode()
    assert await raw.hget(keys[0], "epoch") == str(epoch).encode()


async def test_a_new_epoch_stays_above_the_saved_checkpoints_if_the_counter_is_lost(
    redis_url: str, prefix: str, raw: RawRedis
) -> None:
    backend = RedisBackend(redis_url, prefix=prefix)
    try:
        store = backend.processors
        for owner in ("a", "b", "c"):  # epochs 1, 2, 3
            epoch = await store.acquire("counts", owner, TTL)
            assert epoch is not None
            assert await store.save("counts", epoch, checkpoint(f"{epoch}-0", b"{}"))
            await store.release("counts", owner, epoch)
        assert epoch == 3
        await raw.delete(backend.keys.processor("counts").epoch)
        assert not await store.save("counts", epoch, checkpoint("9-0", b"{}"))
        assert await store.acquire("counts", "d", TTL) == 4
    finally:
        await backend.close()
