"""Which bodies may hold a non-finite number and so take the strict parse (app._body)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app._body import _maybe_non_finite

# the rule as one pattern: NaN, Infinity, an exponent of 3+ digits, or 200 digits
REFERENCE = re.compile(rb"NaN|Infinity|[0-9][eE][+]?[0-9]{3}|[0-9]{200}")

PIECES = [b"NaN", b"Infinity", b"N", b"a", b"I", b"e", b"E", b"+", b"-", b".", b'"', b",", b":"]
PIECES += [b"{", b"}", b"[", b"]", b" ", b"x", b"\xc3\xa9", *(bytes([c]) for c in b"0123456789")]
PIECES += [b"1" * 199, b"9" * 200]


@given(st.lists(st.sampled_from(PIECES), max_size=60).map(b"".join))
def test_a_body_may_hold_a_non_finite_number_as_the_rule_says(raw: bytes) -> None:
    assert _maybe_non_finite(raw) == (REFERENCE.search(raw) is not None)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b'{"pipeline":"p","data":{"content":"Sunset hike at the lake","user_id":"u1"}}', False),
        (b'{"a":1e308}', True),
        (b'{"a":1E+309}', True),
        (b'{"a":1e-308}', False),
        (b'{"a":1e30}', False),
        (b'{"a":NaN}', True),
        (b'{"a":-Infinity}', True),
        (b'{"a":' + b"1" * 200 + b"}", True),
        (b'{"a":' + b"1" * 199 + b"}", False),
        (b'{"word":"e123 is no number"}', False),
    ],
)
def test_the_rule_on_examples(raw: bytes, expected: bool) -> None:
    assert _maybe_non_finite(raw) is expected
    assert (REFERENCE.search(raw) is not None) is expected
