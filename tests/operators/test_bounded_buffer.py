"""BoundedBuffer: construction, the sync API and its invariants (hypothesis)."""

from __future__ import annotations

from collections.abc import Callable
from typing import get_args

import pytest
from hypothesis import given
from hypothesis import strategies as st

from operators import BoundedBuffer, BufferOverflowError, OperatorError, OverflowPolicy


@pytest.mark.parametrize("max_size", [0, -1])
def test_max_size_below_one_is_rejected(max_size: int) -> None:
    with pytest.raises(ValueError, match=rf"max_size must be an int >= 1, got {max_size}"):
        BoundedBuffer[int](max_size)


def test_unknown_policy_names_field_and_allowed_values() -> None:
    with pytest.raises(ValueError, match="overflow must be one of") as info:
        BoundedBuffer[int](1, "drop")  # type: ignore[arg-type]
    for policy in get_args(OverflowPolicy):
        assert repr(policy) in str(info.value)
    assert "'drop'" in str(info.value)


def test_drop_oldest_evicts_and_reports() -> None:
    dropped: list[int] = []
    buf = BoundedBuffer[int](2, "drop_oldest", on_drop=dropped.append)
    assert [buf.offer(i) for i in range(4)] == [True, True, True, True]
    assert buf.drain() == [2, 3]
    assert dropped == [0, 1]
    assert buf.stats.as_dict() == {
        "depth": 0,
        "dropped": 2,
        "high_water": 2,
        "accepted": 4,
        "delivered": 2,
    }


def test_drop_newest_refuses_and_reports() -> None:
    dropped: list[int] = []
    buf = BoundedBuffer[int](2, "drop_newest", on_drop=dropped.append)
    assert [buf.offer(i) for i in range(4)] == [True, True, False, False]
    assert (buf.take(), buf.take()) == (0, 1)
    assert dropped == [2, 3]
    assert buf.stats.dropped == 2


def test_error_policy_raises_with_name() -> None:
    buf = BoundedBuffer[int](1, "error", name="sse")
    buf.offer(1)
    with pytest.raises(BufferOverflowError, match="buffer 'sse' is full") as info:
        buf.offer(2)
    assert isinstance(info.value, OperatorError)
    assert (len(buf), buf.stats.dropped) == (1, 0)


def test_block_offer_returns_false_without_counting() -> None:
    buf = BoundedBuffer[int](1)
    assert buf.offer(1)
    assert not buf.offer(2)
    assert buf.stats.as_dict()["dropped"] == 0
    assert buf.stats.accepted == 1


def test_closed_buffer_refuses_silently_but_can_be_drained() -> None:
    buf = BoundedBuffer[int](2, "error")
    buf.offer(1)
    buf.close()
    assert buf.closed
    assert not buf.offer(2)
    assert buf.take() == 1
    assert buf.stats.accepted == 1


def test_take_from_empty_raises_index_error() -> None:
    with pytest.raises(IndexError, match="empty buffer 'q'"):
        BoundedBuffer[int](1, name="q").take()


def test_drain_with_limit_and_invalid_limit() -> None:
    buf = BoundedBuffer[int](5)
    for i in range(4):
        buf.offer(i)
    assert buf.drain(3) == [0, 1, 2]
    assert buf.drain(0) == []
    with pytest.raises(ValueError, match="max_items must be >= 0"):
        buf.drain(-1)
    assert buf.drain(10) == [3]


def test_on_drop_exception_reaches_caller_with_state_consistent() -> None:
    def boom(_: int) -> None:
        raise KeyError("on_drop")

    buf = BoundedBuffer[int](1, "drop_oldest", on_drop=boom)
    buf.offer(1)
    with pytest.raises(KeyError):
        buf.offer(2)
    assert buf.drain() == [2]
    assert buf.stats.dropped == 1


@given(
    policy=st.sampled_from(get_args(OverflowPolicy)),
    max_size=st.integers(1, 5),
    ops_=st.lists(st.one_of(st.just("offer"), st.just("take"), st.integers(0, 3)), max_size=60),
)
def test_buffer_invariants(policy: OverflowPolicy, max_size: int, ops_: list[str | int]) -> None:
    dropped: list[int] = []
    buf = BoundedBuffer[int](max_size, policy, on_drop=dropped.append)
    taken: list[int] = []
    refused: list[int] = []
    offered: list[int] = []
    high = 0
    for step in ops_:
        if step == "offer":
            item = len(offered)
            offered.append(item)
            try:
                stored = buf.offer(item)
            except BufferOverflowError:
                stored = False
            if not stored and item not in dropped:
                refused.append(item)
        elif step == "take":
            if len(buf):
                taken.append(buf.take())
        else:
            assert isinstance(step, int)
            taken.extend(buf.drain(step))
        assert len(buf) <= max_size
        high = max(high, len(buf))
        assert buf.stats.high_water == high
        assert buf.stats.depth == len(buf)
    inside = buf.drain()
    # every offered item is in exactly one place, and FIFO order holds
    assert sorted(taken + inside + dropped + refused) == offered
    assert taken + inside == sorted(taken + inside)
    assert buf.stats.dropped == len(dropped)
    assert buf.stats.delivered == len(taken) + len(inside)
    if policy in ("block", "error"):
        assert dropped == []


def test_offer_all_stores_a_batch_only_when_all_of_it_fits() -> None:
    buf: BoundedBuffer[int] = BoundedBuffer(4, "block")
    assert buf.offer_all([1, 2, 3])
    assert not buf.offer_all([4, 5])  # 5 would not fit: nothing is stored
    assert len(buf) == 3
    assert buf.offer_all([4])
    assert buf.drain() == [1, 2, 3, 4]
    assert buf.stats.accepted == 4
    assert buf.stats.high_water == 4
    buf.close()
    assert not buf.offer_all([9])


def test_offer_to_all_stores_a_batch_in_every_buffer_or_in_none() -> None:
    small, large = BoundedBuffer[int](3, "block"), BoundedBuffer[int](8, "drop_oldest")
    made: list[list[int]] = []

    def batch(*items: int) -> Callable[[], list[int]]:
        def make() -> list[int]:
            made.append(list(items))
            return list(items)

        return make

    assert BoundedBuffer.offer_to_all([small, large], 2, 0, batch(1, 2)) == [1, 2]
    # room for one more in ``small``: the batch goes nowhere, not even to ``large``
    assert BoundedBuffer.offer_to_all([small, large], 2, 0, batch(3, 4)) is None
    assert made == [[1, 2]]  # made only once it fits everywhere
    assert (small.drain(), large.drain()) == ([1, 2], [1, 2])
    for buf in (small, large):
        assert (buf.stats.accepted, buf.stats.high_water, buf.stats.dropped) == (2, 2, 0)
    small.close()
    assert BoundedBuffer.offer_to_all([large, small], 1, 0, batch(5)) is None
    assert len(large) == 0
    assert BoundedBuffer.offer_to_all([], 1, 0, batch(6)) == [6]  # nobody to refuse it
