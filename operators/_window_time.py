"""The state of tumbling and sliding time windows, per key (used by ``window``).

Windows are grouped by start: ``open[start]`` maps each key to its ``[acc, count]``.
An event costs a couple of dict operations: the window it falls in is usually the one
the previous event fell in (cached), else its start is computed and looked up. A
heap of starts tells which windows the watermark closes next; ``due`` is the
smallest watermark at which :meth:`advance` has anything to do, so the caller only
calls it when the watermark crosses ``due``.
"""

from __future__ import annotations

import heapq
import math
from typing import Any, Generic, TypeVar

from ._aggregates import Aggregator, Count
from ._event_time import HasWatermark, WindowStats
from ._records import WindowResult

__all__ = ["TimeWindowState"]

_K = TypeVar("_K")
_A = TypeVar("_A")
_R = TypeVar("_R")

Bucket = dict[Any, list[Any]]  # key -> [accumulator, count]


class TimeWindowState(Generic[_K, _A, _R]):
    """Open and kept windows of one subscription, for ``size``/``slide`` windows.

    Results go to ``out`` (a list the driver empties): at close with
    ``update=False``; a window kept for ``lateness`` seconds after its end is
    re-emitted with ``update=True`` after each late event it takes.
    """

    __slots__ = (
        "_acc_add",
        "_acc_init",
        "_acc_result",
        "_counting",
        "_cur",
        "_cur_end",
        "_cur_start",
        "_kept",
        "_kept_heap",
        "_open",
        "_open_heap",
        "_tumbling",
        "due",
        "lateness",
        "mark",
        "offset",
        "out",
        "size",
        "slide",
        "stats",
    )

    def __init__(
        self,
        size: float,
        slide: float,
        offset: float,
        lateness: float,
        aggregator: Aggregator[Any, _A, _R],
        mark: HasWatermark,
        out: list[Any],
        stats: WindowStats,
    ) -> None:
        self.size = size
        self.slide = slide
        self.offset = offset
        self.lateness = lateness
        self._acc_init = aggregator.init
        self._acc_add = aggregator.add
        self._acc_result = aggregator.result
        self.mark = mark
        self.out = out
        self.stats = stats
        self._open: dict[float, Bucket] = {}
        self._open_heap: list[float] = []
        self._kept: dict[float, Bucket] = {}  # closed, still updatable (allowed lateness)
        self._kept_heap: list[float] = []
        self._tumbling = slide == size
        kind: object = type(aggregator)
        self._counting = kind is Count  # exactly Count (a subclass may add otherwise)
        self._cur: Bucket = {}
        self._cur_start = math.inf  # the cached open window [start, end): none yet
        self._cur_end = -math.inf
        self.due = math.inf

    def add(self, key: _K, time: float, item: Any) -> bool:
        """Add ``item`` to each window of ``key`` containing ``time``; False if late."""
        if self._cur_start <= time < self._cur_end:
            bucket = self._cur
            state = bucket.get(key)
            if state is None:
                bucket[key] = [self._acc_add(self._acc_init(), item), 1]
                self.stats.open_windows += 1
            elif self._counting:  # Count's accumulator is the count: no call per event
                state[0] = state[1] = state[1] + 1
            else:
                state[0] = self._acc_add(state[0], item)
                state[1] += 1
            return True
        return self._add_slow(key, time, item)

    def _add_slow(self, key: _K, time: float, item: Any) -> bool:
        watermark = self.mark.watermark
        size, slide, offset, lateness = self.size, self.slide, self.offset, self.lateness
        index = (time - offset) // slide
        start = offset + index * slide
        taken = False
        while start + size > time:
            end = start + size
            if end > watermark:
                bucket = self._open.get(start)
                if bucket is None:
                    bucket = self._open[start] = {}
                    heapq.heappush(self._open_heap, start)
                    if end < self.due:
                        self.due = end
                if self._tumbling:
                    self._cur, self._cur_start, self._cur_end = bucket, start, end
                self._fold(bucket, key, item)
                taken = True
            elif end + lateness > watermark:  # closed, but still updatable
                bucket = self._kept.get(start)
                if bucket is None:
                    bucket = self._kept[start] = {}
                    heapq.heappush(self._kept_heap, start)
                    if end + lateness < self.due:
                        self.due = end + lateness
                update = key in bucket
                state = self._fold(bucket, key, item)
                self.out.append(
                    WindowResult(key, start, end, self._acc_result(state[0]), state[1], update)
                )
                if update:
                    self.stats.updates += 1
                else:
                    self.stats.emitted += 1
                taken = True
            index -= 1
            start = offset + index * slide
        return taken

    def _fold(self, bucket: Bucket, key: _K, item: Any) -> list[Any]:
        state = bucket.get(key)
        if state is None:
            state = bucket[key] = [self._acc_add(self._acc_init(), item), 1]
            self.stats.open_windows += 1
        else:
            state[0] = self._acc_add(state[0], item)
            state[1] += 1
        return state

    def advance(self) -> None:
        """Close every window whose end the watermark reached; forget kept ones past it."""
        watermark = self.mark.watermark
        size, lateness = self.size, self.lateness
        heap, out, result = self._open_heap, self.out, self._acc_result
        while heap and heap[0] + size <= watermark:
            start = heapq.heappop(heap)
            bucket = self._open.pop(start)
            if bucket is self._cur:
                self._cur_start, self._cur_end = math.inf, -math.inf
            end = start + size
            for key, (acc, count) in bucket.items():
                out.append(WindowResult(key, start, end, result(acc), count))
            self.stats.emitted += len(bucket)
            if end + lateness > watermark:
                self._kept[start] = bucket
                heapq.heappush(self._kept_heap, start)
            else:
                self.stats.open_windows -= len(bucket)
        kept = self._kept_heap
        while kept and kept[0] + size + lateness <= watermark:
            self.stats.open_windows -= len(self._kept.pop(heapq.heappop(kept)))
        self.due = min(
            heap[0] + size if heap else math.inf,
            kept[0] + size + lateness if kept else math.inf,
        )

    def flush(self) -> None:
        """Emit every open window (the source completed); drop the kept ones."""
        result = self._acc_result
        for start in sorted(self._open):
            bucket = self._open[start]
            end = start + self.size
            for key, (acc, count) in bucket.items():
                self.out.append(WindowResult(key, start, end, result(acc), count))
            self.stats.emitted += len(bucket)
        self.stats.open_windows -= sum(map(len, self._open.values()))
        self.stats.open_windows -= sum(map(len, self._kept.values()))
        self._open.clear()
        self._kept.clear()
        self._open_heap.clear()
        self._kept_heap.clear()
        self._cur_start, self._cur_end = math.inf, -math.inf
        self.due = math.inf
