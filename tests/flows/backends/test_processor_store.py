"""MemoryProcessorStore: leases with fencing epochs, atomic checkpoints refused when stale."""

from __future__ import annotations

from flows.backends import MemoryBackend, MemoryProcessorStore, ProcessorCheckpoint


class _Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _checkpoint(n: int) -> ProcessorCheckpoint:
    return ProcessorCheckpoint({"src": f"{n}-0"}, b'{"n": %d}' % n, {"k": n * 1000})


async def test_one_owner_at_a_time_and_takeover_after_expiry() -> None:
    clock = _Clock()
    store = MemoryProcessorStore(clock)
    first = await store.acquire("p", "a", ttl_s=10)
    assert first == 1
    assert await store.acquire("p", "b", ttl_s=10) is None
    assert await store.acquire("p", "a", ttl_s=10) == 1  # the holder keeps its epoch
    clock.now = 5
    assert await store.renew("p", "a", 1, ttl_s=10)
    clock.now = 14.9
    assert await store.acquire("p", "b", ttl_s=10) is None  # renewed until 15
    clock.now = 15
    assert await store.acquire("p", "b", ttl_s=10) == 2
    assert not await store.renew("p", "a", 1, ttl_s=10)


async def test_stale_epoch_cannot_save() -> None:
    clock = _Clock()
    store = MemoryProcessorStore(clock)
    assert await store.load("p") is None
    assert await store.acquire("p", "a", ttl_s=1) == 1
    assert await store.save("p", 1, _checkpoint(1))
    clock.now = 2
    assert await store.acquire("p", "b", ttl_s=1) == 2
    assert not await store.save("p", 1, _checkpoint(9))  # the old owner is fenced off
    assert await store.load("p") == _checkpoint(1)
    assert await store.save("p", 2, _checkpoint(2))
    assert await store.load("p") == _checkpoint(2)


async def test_release_lets_another_owner_in_with_a_new_epoch() -> None:
    store = MemoryProcessorStore(_Clock())
    assert await store.acquire("p", "a", ttl_s=10) == 1
    await store.release("p", "b", 1)  # not the holder: nothing happens
    assert await store.acquire("p", "b", ttl_s=10) is None
    await store.release("p", "a", 1)
    assert await store.acquire("p", "b", ttl_s=10) == 2
    assert await store.acquire("q", "a", ttl_s=10) == 1  # per processor


async def test_saved_checkpoint_is_a_copy() -> None:
    store = MemoryBackend().processors
    assert await store.acquire("p", "a", ttl_s=10) == 1
    offsets = {"src": "1-0"}
    assert await store.save("p", 1, ProcessorCheckpoint(offsets, b"{}", {}))
    offsets["src"] = "2-0"
    loaded = await store.load("p")
    assert loaded is not None
    assert loaded.offsets == {"src": "1-0"}
