"""Aggregators: init/add/merge/result, and merge agreeing with adding everything."""

from __future__ import annotations

import math
from functools import reduce
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from operators import Aggregator, Count, DistinctCount, Max, Mean, Min, Sum, TopK


def ident(x: Any) -> Any:
    return x


def fold(aggregator: Aggregator[Any, Any, Any], items: list[Any]) -> Any:
    return reduce(aggregator.add, items, aggregator.init())


def test_each_aggregate_on_a_small_window() -> None:
    items = [3, 1, 4, 1, 5, 9, 2, 6]
    assert Count().result(fold(Count(), items)) == 8
    assert Sum(ident).result(fold(Sum(ident), items)) == 31
    assert Mean(ident).result(fold(Mean(ident), items)) == 31 / 8
    assert Min(ident).result(fold(Min(ident), items)) == 1
    assert Max(ident).result(fold(Max(ident), items)) == 9
    assert DistinctCount(ident).result(fold(DistinctCount(ident), items)) == 7
    assert TopK(2, ident).result(fold(TopK(2, ident), items)) == [(1, 2), (2, 1)]


def test_top_k_breaks_ties_by_value_not_arrival() -> None:
    tags = ["#b", "#a", "#c", "#a", "#b"]
    top = TopK(3, ident)
    assert top.result(fold(top, tags)) == [("#a", 2), ("#b", 2), ("#c", 1)]
    assert top.result(fold(top, tags[::-1])) == [("#a", 2), ("#b", 2), ("#c", 1)]


def test_result_does_not_consume_the_accumulator() -> None:
    top = TopK(1, ident)
    acc = fold(top, ["x", "y", "y"])
    assert top.result(acc) == [("y", 2)]
    acc = top.add(acc, "x")
    acc = top.add(acc, "x")
    assert top.result(acc) == [("x", 3)]


def test_empty_accumulators() -> None:
    assert math.isnan(Mean(ident).result(Mean(ident).init()))
    assert Min(ident).result(Min(ident).init()) is None
    assert Max(ident).merge(None, 3) == 3
    assert Min(ident).merge(2, None) == 2


def test_top_k_refuses_a_bad_k() -> None:
    with pytest.raises(ValueError, match="TopK: k must be an int >= 1, got 0"):
        TopK(0, ident)


AGGREGATES: list[Aggregator[int, Any, Any]] = [
    Count(),
    Sum(ident),
    Mean(ident),
    Min(ident),
    Max(ident),
    TopK(3, ident),
    DistinctCount(ident),
]


@pytest.mark.parametrize("aggregator", AGGREGATES, ids=lambda a: type(a).__name__)
@given(
    left=st.lists(st.integers(-5, 5), max_size=12),
    right=st.lists(st.integers(-5, 5), max_size=12),
)
def test_merge_equals_adding_everything(
    aggregator: Aggregator[int, Any, Any], left: list[int], right: list[int]
) -> None:
    merged = aggregator.merge(fold(aggregator, left), fold(aggregator, right))
    whole = aggregator.result(fold(aggregator, left + right))
    got = aggregator.result(merged)
    if isinstance(whole, float) and math.isnan(whole):
        assert math.isnan(got)
    elif isinstance(whole, float):
        assert got == pytest.approx(whole)
    else:
        assert got == whole
