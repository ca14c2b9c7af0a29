"""Aggregators: small combinable accumulators a window folds its events into.

An aggregator is four functions over an accumulator ``A``::

    init()          -> A      a fresh, empty accumulator
    add(acc, item)  -> A      one more event (may mutate ``acc`` and return it)
    merge(a, b)     -> A      two accumulators as one (may mutate ``a``; ``b`` is
                              not used afterwards) -- session windows merging
    result(acc)     -> R      the value a window emits (must not mutate ``acc``:
                              a window kept open by allowed lateness is
                              re-emitted after further adds)

Every window holds at least one event when ``result`` is called. Any object with
these methods is an :class:`Aggregator`; an exception raised by one reaches the
window's ``on_error``.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Hashable
from typing import Any, Generic, Protocol, TypeVar

__all__ = ["Aggregator", "Count", "DistinctCount", "Max", "Mean", "Min", "Sum", "TopK"]

_T = TypeVar("_T")
_T_contra = TypeVar("_T_contra", contravariant=True)
_A = TypeVar("_A")
_R_co = TypeVar("_R_co", covariant=True)
_H = TypeVar("_H", bound=Hashable)


class _Comparable(Protocol):
    def __lt__(self, other: Any, /) -> bool: ...


_C = TypeVar("_C", bound=_Comparable)


class Aggregator(Protocol[_T_contra, _A, _R_co]):
    """What a window folds its events with (see the module docstring)."""

    def init(self) -> _A:
        """A fresh, empty accumulator."""
        ...

    def add(self, acc: _A, item: _T_contra, /) -> _A:
        """``acc`` with ``item`` added (``acc`` itself, mutated, or a new one)."""
        ...

    def merge(self, a: _A, b: _A, /) -> _A:
        """``a`` and ``b`` combined; ``b`` is not used afterwards."""
        ...

    def result(self, acc: _A, /) -> _R_co:
        """The window's value; ``acc`` stays usable."""
        ...


class Count:
    """The number of events: ``Count()``; ``Aggregator[object, int, int]``."""

    __slots__ = ()

    def init(self) -> int:
        """0."""
        return 0

    def add(self, acc: int, item: object, /) -> int:
        """``acc + 1``."""
        return acc + 1

    def merge(self, a: int, b: int, /) -> int:
        """``a + b``."""
        return a + b

    def result(self, acc: int, /) -> int:
        """The count."""
        return acc


class Sum(Generic[_T]):
    """The sum of ``of(item)`` over the window's events."""

    __slots__ = ("of",)

    def __init__(self, of: Callable[[_T], float]) -> None:
        self.of = of

    def init(self) -> float:
        """0."""
        return 0

    def add(self, acc: float, item: _T, /) -> float:
        """``acc + of(item)``."""
        return acc + self.of(item)

    def merge(self, a: float, b: float, /) -> float:
        """``a + b``."""
        return a + b

    def result(self, acc: float, /) -> float:
        """The sum."""
        return acc


class Mean(Generic[_T]):
    """The arithmetic mean of ``of(item)``; the accumulator is ``[total, n]``."""

    __slots__ = ("of",)

    def __init__(self, of: Callable[[_T], float]) -> None:
        self.of = of

    def init(self) -> list[float]:
        """``[0, 0]``."""
        return [0, 0]

    def add(self, acc: list[float], item: _T, /) -> list[float]:
        """One more value (mutates ``acc``)."""
        acc[0] += self.of(item)
        acc[1] += 1
        return acc

    def merge(self, a: list[float], b: list[float], /) -> list[float]:
        """Totals and counts added (mutates ``a``)."""
        a[0] += b[0]
        a[1] += b[1]
        return a

    def result(self, acc: list[float], /) -> float:
        """``total / n`` (NaN for an empty accumulator)."""
        return acc[0] / acc[1] if acc[1] else float("nan")


class Min(Generic[_T, _C]):
    """The smallest ``of(item)`` (the first of equals); ``None`` only when empty."""

    __slots__ = ("of",)

    def __init__(self, of: Callable[[_T], _C]) -> None:
        self.of = of

    def init(self) -> _C | None:
        """``None``: nothing seen."""
        return None

    def add(self, acc: _C | None, item: _T, /) -> _C | None:
        """The smaller of ``acc`` and ``of(item)``."""
        value = self.of(item)
        return value if acc is None or value < acc else acc

    def merge(self, a: _C | None, b: _C | None, /) -> _C | None:
        """The smaller of the two."""
        return b if a is None or (b is not None and b < a) else a

    def result(self, acc: _C | None, /) -> _C | None:
        """The minimum."""
        return acc


class Max(Generic[_T, _C]):
    """The largest ``of(item)`` (the first of equals); ``None`` only when empty."""

    __slots__ = ("of",)

    def __init__(self, of: Callable[[_T], _C]) -> None:
        self.of = of

    def init(self) -> _C | None:
        """``None``: nothing seen."""
        return None

    def add(self, acc: _C | None, item: _T, /) -> _C | None:
        """The larger of ``acc`` and ``of(item)``."""
        value = self.of(item)
        return value if acc is None or acc < value else acc

    def merge(self, a: _C | None, b: _C | None, /) -> _C | None:
        """The larger of the two."""
        return b if a is None or (b is not None and a < b) else a

    def result(self, acc: _C | None, /) -> _C | None:
        """The maximum."""
        return acc


class TopK(Generic[_T, _H]):
    """The ``k`` most frequent values of ``of(item)``, as ``[(value, count), ...]``.

    Exact: the accumulator counts every distinct value of the window (memory grows
    with them). Sorted by count, descending; equal counts by value, ascending, so
    the result does not depend on arrival order (values must then be orderable,
    e.g. ``str``). "Top 10 hashtags per minute": flat-map captions into hashtags,
    then ``TopK(10, of=lambda tag: tag)``.
    """

    __slots__ = ("k", "of")

    def __init__(self, k: int, of: Callable[[_T], _H]) -> None:
        if isinstance(k, bool) or not isinstance(k, int) or k < 1:
            msg = f"TopK: k must be an int >= 1, got {k!r}"
            raise ValueError(msg)
        self.k = k
        self.of = of

    def init(self) -> dict[_H, int]:
        """An empty value -> count table."""
        return {}

    def add(self, acc: dict[_H, int], item: _T, /) -> dict[_H, int]:
        """Counts ``of(item)`` once more (mutates ``acc``)."""
        value = self.of(item)
        acc[value] = acc.get(value, 0) + 1
        return acc

    def merge(self, a: dict[_H, int], b: dict[_H, int], /) -> dict[_H, int]:
        """Counts added (mutates ``a``)."""
        for value, n in b.items():
            a[value] = a.get(value, 0) + n
        return a

    def result(self, acc: dict[_H, int], /) -> list[tuple[_H, int]]:
        """The top ``k`` ``(value, count)`` pairs (equal counts of values of different
        types, which do not compare: by type name, then value, then its repr)."""
        try:
            return heapq.nsmallest(self.k, acc.items(), key=_by_count_then_value)
        except TypeError:
            return heapq.nsmallest(self.k, acc.items(), key=_by_count_then_type)


def _by_count_then_value(pair: tuple[Any, int]) -> tuple[int, Any]:
    return (-pair[1], pair[0])


def _by_count_then_type(pair: tuple[Any, int]) -> tuple[int, str, str]:
    return (-pair[1], type(pair[0]).__name__, repr(pair[0]))


class DistinctCount(Generic[_T, _H]):
    """How many distinct values ``of(item)`` took: exact (a set per window)."""

    __slots__ = ("of",)

    def __init__(self, of: Callable[[_T], _H]) -> None:
        self.of = of

    def init(self) -> set[_H]:
        """An empty set."""
        return set()

    def add(self, acc: set[_H], item: _T, /) -> set[_H]:
        """``of(item)`` added (mutates ``acc``)."""
        acc.add(self.of(item))
        return acc

    def merge(self, a: set[_H], b: set[_H], /) -> set[_H]:
        """The union (mutates ``a``)."""
        a |= b
        return a

    def result(self, acc: set[_H], /) -> int:
        """The number of distinct values."""
        return len(acc)
