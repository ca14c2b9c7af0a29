"""Processor expressions: a bare field name is read without JMESPath's interpreter
(the per-record fast path) and gives what JMESPath gives, for any value."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

import jmespath
import pytest

from flows.patterns import compile_expr

VALUES: list[Any] = [
    {"user": "u1", "ts": 3},
    {"user": None},
    {"other": 1},
    OrderedDict(user=["a"]),  # any mapping
    ["user"],
    "user",
    7,
    None,
    {"user": {"nested": True}},
]


@pytest.mark.parametrize("text", ["user", "ts", '"user"', "user.nested", "@", "user || 'x'"])
@pytest.mark.parametrize("value", VALUES)
def test_an_expression_gives_what_jmespath_gives(text: str, value: Any) -> None:
    assert compile_expr(text)(value) == jmespath.search(text, value)
