"""BoundedBuffer with ``max_bytes``: full by bytes as by count, per overflow policy."""

from __future__ import annotations

import asyncio

import pytest

from operators import BoundedBuffer, BufferOverflowError


def sized(policy: str, max_bytes: int = 10, max_size: int = 100) -> BoundedBuffer[str]:
    return BoundedBuffer(max_size, policy, max_bytes=max_bytes, weigh=len)  # type: ignore[arg-type]


def test_bytes_follow_what_is_stored_and_taken() -> None:
    buf = sized("block")
    assert buf.offer("abc")
    assert buf.offer("de")
    assert buf.bytes == 5
    assert buf.take() == "abc"
    assert buf.bytes == 2
    assert buf.drain() == ["de"]
    assert buf.bytes == 0


def test_a_buffer_holding_max_bytes_is_full_and_the_item_crossing_it_is_kept() -> None:
    buf = sized("block")
    assert buf.offer("x" * 9)
    assert buf.offer("yyyy")  # fewer than 10 bytes held: taken, 13 now
    assert buf.bytes == 13
    assert not buf.offer("z")  # full by bytes, though 2 of 100 items
    assert buf.room() == 0
    assert buf.stats.dropped == 0


def test_drop_oldest_evicts_as_many_as_it_takes_and_counts_each() -> None:
    buf = sized("drop_oldest")
    for item in ("aaaa", "bbbb", "cc"):
        assert buf.offer(item)
    assert buf.bytes == 10
    assert buf.offer("d")
    assert list(buf.drain()) == ["bbbb", "cc", "d"]
    assert buf.stats.dropped == 1
    buf.offer("x" * 9)
    buf.offer("y")
    assert buf.offer("z" * 8)  # 10 held: the 9 go, then 1 < 10 held is room
    assert buf.drain() == ["y", "z" * 8]
    assert buf.stats.dropped == 2


def test_drop_newest_and_error_refuse_by_bytes() -> None:
    newest = sized("drop_newest")
    newest.offer("x" * 10)
    assert not newest.offer("y")
    assert newest.stats.dropped == 1
    error = sized("error")
    error.offer("x" * 10)
    with pytest.raises(BufferOverflowError):
        error.offer("y")


def test_fits_and_offer_all_count_bytes() -> None:
    buf = sized("block")
    assert buf.fits(2, 10)
    assert not buf.fits(2, 11)
    assert not buf.offer_all(["x" * 6, "y" * 5])
    assert buf.offer_all(["x" * 6, "y" * 4])
    assert buf.bytes == 10


def test_offer_to_all_counts_bytes_in_every_buffer() -> None:
    empty, holding = sized("block"), sized("block")
    holding.offer("x" * 5)
    # 5 + 6 bytes would take ``holding`` over its 10: stored nowhere
    assert BoundedBuffer.offer_to_all([empty, holding], 2, 6, lambda: ["a" * 3, "b" * 3]) is None
    assert BoundedBuffer.offer_to_all([empty, holding], 2, 4, lambda: ["a" * 2, "b" * 2])
    assert (empty.bytes, holding.bytes) == (4, 9)
    assert holding.drain() == ["x" * 5, "aa", "bb"]
    assert holding.bytes == 0


async def test_block_waits_for_bytes_and_wakes_waiting_producers_in_turn() -> None:
    buf = sized("block")
    buf.offer("x" * 10)
    first = asyncio.ensure_future(buf.put("a" * 6))
    second = asyncio.ensure_future(buf.put("b" * 6))
    await asyncio.sleep(0)
    assert not first.done()
    assert buf.take() == "x" * 10  # room: one producer stores, then the next
    assert await first
    assert await second  # 6 < 10 held when it was woken
    assert buf.drain() == ["a" * 6, "b" * 6]


async def test_block_times_out_when_no_bytes_free() -> None:
    buf = sized("block")
    buf.offer("x" * 10)
    with pytest.raises(BufferOverflowError, match="no room within"):
        await buf.put("y", timeout=0.01)


def test_max_bytes_needs_weigh() -> None:
    with pytest.raises(ValueError, match="max_bytes"):
        BoundedBuffer(10, max_bytes=5)
