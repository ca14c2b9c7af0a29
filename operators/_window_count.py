"""The state of count windows, per key (used by ``window``).

Arrival order is the clock: each key numbers its events 0, 1, 2, ...; a window
starts at every ``slide``-th event and closes when it holds ``size`` events. No
watermark, nothing late; partial windows are emitted when the source completes.
"""

from __future__ import annotations

import math
from typing import Any, Generic, TypeVar

from ._aggregates import Aggregator
from ._event_time import WindowStats
from ._records import WindowResult

__all__ = ["CountState"]

_K = TypeVar("_K")
_A = TypeVar("_A")
_R = TypeVar("_R")


class CountState(Generic[_K, _A, _R]):
    """Open count windows of one subscription: per key ``[next ordinal, windows]``."""

    __slots__ = (
        "_acc_add",
        "_acc_init",
        "_acc_result",
        "_keys",
        "due",
        "out",
        "size",
        "slide",
        "stats",
    )

    def __init__(
        self,
        size: int,
        slide: int,
        aggregator: Aggregator[Any, _A, _R],
        out: list[Any],
        stats: WindowStats,
    ) -> None:
        self.size = size
        self.slide = slide
        self._acc_init = aggregator.init
        self._acc_add = aggregator.add
        self._acc_result = aggregator.result
        self.out = out
        self.stats = stats
        # key -> [ordinal of its next event, [[start, acc, count], ...] oldest first]
        self._keys: dict[Any, list[Any]] = {}
        self.due = math.inf  # never: count windows close on arrival, not on a watermark

    def add(self, key: _K, time: float, item: Any) -> bool:
        """Count ``item`` into each of ``key``'s open windows; close a full one."""
        state = self._keys.get(key)
        if state is None:
            state = self._keys[key] = [0, []]
        ordinal = state[0]
        state[0] = ordinal + 1
        windows: list[list[Any]] = state[1]
        if ordinal % self.slide == 0:
            windows.append([ordinal, self._acc_init(), 0])
            self.stats.open_windows += 1
        add = self._acc_add
        for window in windows:
            window[1] = add(window[1], item)
            window[2] += 1
        if windows[0][2] == self.size:
            start, acc, n = windows.pop(0)
            self.out.append(WindowResult(key, start, start + self.size, self._acc_result(acc), n))
            self.stats.emitted += 1
            self.stats.open_windows -= 1
        return True

    def advance(self) -> None:
        """Nothing to do: count windows ignore the watermark."""

    def flush(self) -> None:
        """Emit every partial window (the source completed), key by key."""
        for key, (_, windows) in self._keys.items():
            for start, acc, n in windows:
                self.out.append(
                    WindowResult(key, start, start + self.size, self._acc_result(acc), n)
                )
                self.stats.emitted += 1
                self.stats.open_windows -= 1
        self._keys.clear()
