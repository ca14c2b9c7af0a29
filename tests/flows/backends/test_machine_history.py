"""Issue 15 item 3: a machine's history was unbounded in the store. Now the
compare-and-set itself trims it to the newest ``history_limit`` records (the memory
store, one Redis server, a Redis Cluster), the version still counts every transition
(``history_total``), ``load`` reads one window of it, and ``StateMachine.history_page``
walks the kept records without a gap or a duplicate."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable

import pytest

from flows import FlowConfig, FlowManager, HistoryPage, StateMachine
from flows.backends import MachineStore, MemoryBackend, RedisBackend
from flows.backends._redis_keys import KeyLayout

from .targets import RawRedis


def bounded_ring(name: str, limit: int, store: MachineStore) -> StateMachine:
    """a --next--> b --next--> c --next--> a, keeping ``limit`` records, in ``store``."""
    machine = StateMachine(name, "a", history_limit=limit, store=store)
    machine.add_state("b").add_state("c")
    return (
        machine.add_transition("a", "b", "next")
        .add_transition("b", "c", "next")
        .add_transition("c", "a", "next")
    )


async def fire(machine: StateMachine, count: int, first: int = 1) -> None:
    """``count`` triggers; transition number ``n`` carries ``{"n": n}``."""
    for n in range(first, first + count):
        await machine.trigger("next", {"n": n})


def numbers(page: HistoryPage | StateMachine) -> list[int]:
    records = page.records if isinstance(page, HistoryPage) else page.history
    return [int(r.context["n"]) for r in records]


async def walk(machine: StateMachine, limit: int) -> tuple[list[int], int]:
    """Every kept record, page by page (newest page first); how many pages it took."""
    seen: list[int] = []
    before: int | None = None
    pages = 0
    while True:
        page = await machine.history_page(limit=limit, before=before)
        pages += 1
        assert numbers(page) == list(range(page.start, page.start + len(page.records)))
        seen = numbers(page) + seen
        if page.next is None:
            return seen, pages
        assert page.next == page.start
        before = page.next


async def check_trimmed(store: MachineStore) -> None:
    machine = bounded_ring("m", 10, store)
    await fire(machine, 35)
    stored = await store.load("m")
    assert stored is not None
    assert stored.version == 35  # history_total
    assert (stored.start, stored.oldest) == (26, 26)
    assert [r["context"]["n"] for r in stored.history] == list(range(26, 36))
    assert machine.history_total == 35
    assert numbers(machine) == list(range(26, 36))


async def check_windows(store: MachineStore) -> None:
    await fire(bounded_ring("w", 10, store), 35)

    async def window(**kw: int) -> tuple[list[int], int]:
        stored = await store.load("w", **kw)
        assert stored is not None
        assert (stored.state, stored.version, stored.oldest) == ("c", 35, 26)
        return [r["context"]["n"] for r in stored.history], stored.start

    assert await window(after=30) == ([31, 32, 33, 34, 35], 31)
    assert await window(before=28, limit=5) == ([26, 27], 26)
    assert await window(before=34, limit=3) == ([31, 32, 33], 31)
    assert await window(after=5, limit=2) == ([34, 35], 34)
    assert await window(limit=0) == ([], 36)
    assert await window(before=20) == ([], 36)
    assert await window(after=35) == ([], 36)
    assert await store.load("nobody") is None


async def check_walk(store: MachineStore) -> None:
    machine = bounded_ring("p", 20, store)
    await fire(machine, 47)
    assert await walk(machine, 6) == (list(range(28, 48)), 4)
    assert await walk(machine, 20) == (list(range(28, 48)), 1)
    # new transitions between pages: numbers do not move, nothing is seen twice
    page = await machine.history_page(limit=5)
    assert numbers(page) == [43, 44, 45, 46, 47]
    await fire(machine, 3, first=48)
    older = await machine.history_page(limit=5, before=page.next)
    assert numbers(older) == [38, 39, 40, 41, 42]


async def check_other_writers(store: MachineStore) -> None:
    a = bounded_ring("shared", 10, store)
    b = bounded_ring("shared", 10, store)
    await fire(a, 5)
    await fire(b, 1, first=6)  # b reads the state a left, then appends
    assert (b.history_total, numbers(b)) == (6, [1, 2, 3, 4, 5, 6])
    await a.refresh()  # only the record it missed is read
    assert (a.history_total, numbers(a), a.state, a.previous) == (6, [1, 2, 3, 4, 5, 6], "a", "c")
    await fire(b, 25, first=7)  # more than a keeps: a's old records must go
    await a.refresh()
    assert (a.history_total, numbers(a), a.state) == (31, list(range(22, 32)), b.state)


async def check_once_trims(store: MachineStore) -> None:
    machine = bounded_ring("once", 3, store)
    for n in range(1, 8):
        assert await machine.trigger_once("next", {"n": n}, key=f"k{n}") is not None
    assert await machine.trigger_once("next", {"n": 99}, key="k7") is None
    stored = await store.load("once")
    assert stored is not None
    assert (stored.version, [r["context"]["n"] for r in stored.history]) == (7, [5, 6, 7])


Check = Callable[[MachineStore], Awaitable[None]]
CHECKS: list[Check] = [
    check_trimmed,
    check_windows,
    check_walk,
    check_other_writers,
    check_once_trims,
]


@pytest.mark.parametrize("check", CHECKS, ids=lambda c: c.__name__)
async def test_memory_store(check: Check) -> None:
    await check(MemoryBackend().machines)


@pytest.fixture
async def redis_store(redis_url: str, prefix: str) -> AsyncIterator[MachineStore]:
    backend = RedisBackend(redis_url, prefix=prefix)
    try:
        yield backend.machines
    finally:
        await backend.close()


@pytest.mark.parametrize("check", CHECKS, ids=lambda c: c.__name__)
async def test_redis_store(check: Check, redis_store: MachineStore) -> None:
    await check(redis_store)


async def test_redis_keeps_only_the_limit_in_its_list(
    redis_store: MachineStore, raw: RawRedis, prefix: str
) -> None:
    machine = bounded_ring("len", 4, redis_store)
    await fire(machine, 9)
    key, history = KeyLayout(prefix).machine("len")
    assert await raw.llen(history) == 4
    assert int(await raw.hget(key, "version") or 0) == 9


async def test_another_instance_finds_the_machine_with_its_limit(
    redis_url: str, prefix: str
) -> None:
    a = FlowManager(backend=RedisBackend(redis_url, prefix=prefix))
    b = FlowManager(FlowConfig(history_limit=50), backend=RedisBackend(redis_url, prefix=prefix))
    try:
        made = await a.create_state_machine("lim", "a", history_limit=5)
        made.add_state("b").add_transition("a", "b", "go").add_transition("b", "a", "back")
        await made.trigger("go", {"n": 1})  # shared from its first use
        found = await b.find_state_machine("lim")
        assert found.history_limit == 5
        for n in range(2, 13):
            await found.trigger("go" if found.state == "a" else "back", {"n": n})
        await made.refresh()
        assert numbers(made) == numbers(found) == [8, 9, 10, 11, 12]
        assert made.history_total == found.history_total == 12
    finally:
        await a.backend.close()
        await b.backend.close()
