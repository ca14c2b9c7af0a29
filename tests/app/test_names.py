"""The name check (app._models._routable) gives the same answer remembered as fresh."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given
from hypothesis import strategies as st

from app._models import _routable

NAMES = st.text(alphabet="ab.:-_/ é9", max_size=6)


def _outcome(check: Callable[[str], str], name: str) -> str:
    try:
        return f"ok {check(name)!r}"
    except ValueError as error:
        return f"refused {error}"


@given(st.lists(NAMES, max_size=8))
def test_a_name_is_checked_the_same_each_time_as_by_the_check_itself(names: list[str]) -> None:
    fresh = _routable.__wrapped__
    for name in [*names, *names]:  # the second time from the cache
        assert _outcome(_routable, name) == _outcome(fresh, name)


def test_a_refused_name_is_refused_again() -> None:
    for _ in range(2):
        assert _outcome(_routable, "..").startswith("refused '..' cannot be a name")
        assert _outcome(_routable, "a/b").startswith("refused a name may hold")
