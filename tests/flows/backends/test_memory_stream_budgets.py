"""In-memory streams under byte budgets: per item, per stream, per process.

Items here are strings of 98 characters: 100 bytes as JSON each.
"""

from __future__ import annotations

import asyncio
import gc

import pytest

from flows import ItemTooLargeError, MemoryBudget, MemoryBudgetError, Stream, StreamFullError

from .stream_helpers import settle

ITEM = "x" * 98  # 100 bytes as JSON


def budgeted(
    overflow: str, max_bytes: int = 1000, budget: MemoryBudget | None = None, **options: int
) -> Stream:
    return Stream(
        "b",
        max_buffer_size=options.get("max_buffer_size", 10_000),
        overflow=overflow,  # type: ignore[arg-type]
        max_bytes=max_bytes,
        budget=budget,
        produce_timeout=options.get("produce_timeout", 5),
    )


async def test_a_stream_nobody_reads_keeps_its_newest_entries_within_its_bytes() -> None:
    stream = budgeted("block")
    for _ in range(1000):  # 100 KB produced, never read; nobody waits
        await stream.produce(ITEM)
    assert stream.bytes <= 1000 + 100  # the one item that crossed the line
    assert stream.dropped >= 980
    assert stream.stats()["bytes"] == stream.bytes
    assert stream.budget.in_use == stream.bytes
    entries = stream.open_consumer()[1].drain()
    assert entries[-1].id == 1000  # the newest


async def test_a_stream_nobody_reads_holds_its_budget_in_batches_too() -> None:
    stream = budgeted("block")
    for _ in range(100):
        await stream.produce_many([ITEM] * 10)
    assert stream.bytes <= 1000 + 100
    assert stream.last_id == 1000


async def test_block_makes_the_producer_wait_for_a_reader_to_free_bytes() -> None:
    stream = budgeted("block")
    buffer = stream.open_consumer()[1]
    await stream.produce_many([ITEM] * 10)  # 1000 bytes: full by bytes, 10 of 10,000 items
    waiting = asyncio.ensure_future(stream.produce(ITEM))
    await asyncio.sleep(0)
    assert not waiting.done()
    assert stream.stats()["waiting_producers"] == 1
    buffer.take()
    assert await waiting
    assert stream.dropped == 0


async def test_error_refuses_a_stream_full_by_bytes_with_429_material() -> None:
    stream = budgeted("error")
    stream.open_consumer()
    await stream.produce_many([ITEM] * 10)
    with pytest.raises(StreamFullError, match="or 1000 bytes") as caught:
        await stream.produce(ITEM)
    assert caught.value.retry_after > 0
    assert stream.budget.refused["stream"] == 1


async def test_drop_newest_and_drop_oldest_count_what_bytes_push_out() -> None:
    newest = budgeted("drop_newest")
    newest.open_consumer()
    await newest.produce_many([ITEM] * 10)
    assert not await newest.produce(ITEM)
    assert newest.dropped == 1
    oldest = budgeted("drop_oldest")
    buffer = oldest.open_consumer()[1]
    for _ in range(15):
        await oldest.produce(ITEM)
    assert oldest.dropped == 5
    assert [e.id for e in buffer.drain()] == list(range(6, 16))


async def test_the_replay_window_keeps_its_newest_entries_within_the_bytes() -> None:
    stream = budgeted("drop_oldest")
    reader = stream.open_consumer()[1]
    for _ in range(50):
        await stream.produce(ITEM)
        reader.take()  # read at once: only the replay window holds entries now
    gc.collect()
    assert 900 <= stream.bytes <= 1000
    reset = stream.reset_point(0)
    assert reset is not None
    assert reset.oldest == 41


async def test_bytes_are_released_when_readers_take_the_entries() -> None:
    budget = MemoryBudget()
    stream = budgeted("block", budget=budget)
    buffer = stream.open_consumer()[1]
    await stream.produce_many([ITEM] * 5)
    assert budget.in_use == stream.bytes == 500
    buffer.drain()
    assert stream.bytes == 500  # the replay window still has them
    stream2 = budgeted("block", max_bytes=10_000, budget=budget)
    await stream2.produce(ITEM)
    assert budget.in_use == 600


async def test_an_item_over_the_item_limit_is_refused_and_nothing_of_its_batch_kept() -> None:
    stream = budgeted("block", budget=MemoryBudget(max_item_bytes=150))
    with pytest.raises(ItemTooLargeError, match=r"items\[2\] is 198 bytes") as caught:
        await stream.produce_many([ITEM, ITEM, ITEM * 2])
    assert caught.value.field == "items[2]"
    assert stream.last_id == 0
    assert stream.bytes == 0
    assert stream.budget.refused["item"] == 1
    with pytest.raises(ItemTooLargeError, match="item is 198 bytes"):
        await stream.produce(ITEM * 2)


async def test_the_process_budget_refuses_a_batch_whole() -> None:
    budget = MemoryBudget(1000)
    first = budgeted("block", budget=budget)
    second = budgeted("block", budget=budget)
    await first.produce_many([ITEM] * 6)
    with pytest.raises(MemoryBudgetError, match="600 of 1000 bytes in use, 500 more") as caught:
        await second.produce_many([ITEM] * 5)
    assert caught.value.budget == "process"
    assert second.last_id == 0
    assert budget.refused["process"] == 1
    await second.produce_many([ITEM] * 4)  # what fits is taken
    with pytest.raises(MemoryBudgetError):
        await first.produce(ITEM)


@pytest.mark.parametrize("batch", [False, True])
async def test_producers_waiting_together_never_take_the_process_over_its_budget(
    batch: bool,
) -> None:
    """Ten producers admitted while a reader holds them back (``block``): before, each
    was checked against what was stored *then* and all ten stored later, 1,100 bytes
    in a 500-byte budget. Admitting reserves now: four fit, six are refused at once,
    and what is accounted never passes the budget while the reader lets them in."""
    budget = MemoryBudget(500)
    stream = Stream("b", max_buffer_size=1, replay_size=100, budget=budget)
    _, buffer = stream.open_consumer()
    await stream.produce(ITEM)  # the reader's buffer is full: the next ones wait

    async def one() -> object:
        return await (stream.produce_many([ITEM]) if batch else stream.produce(ITEM))

    producers = [asyncio.create_task(one()) for _ in range(10)]
    await settle()
    peak = budget.in_use
    while not all(p.done() for p in producers):
        buffer.drain()  # room for one more
        await settle()
        peak = max(peak, budget.in_use)
    refused = [p for p in producers if isinstance(p.exception(), MemoryBudgetError)]
    assert peak <= 500
    assert (len(refused), stream.last_id) == (6, 5)
    assert budget.in_use == stream.bytes == 500  # nothing left reserved
