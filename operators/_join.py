"""``window_join``: pair two keyed streams' events that share a key and a time window."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, Generic, Literal, TypeVar, cast, overload

from reactivex import Observable, abc
from reactivex.disposable import CompositeDisposable, Disposable
from reactivex.scheduler import TimeoutScheduler

from ._event_time import EventTime, WindowStats
from ._records import JoinResult, LateEvent, WindowResult
from ._window_time import TimeWindowState
from ._windowers import Sliding, Tumbling
from ._windowing import Lowest, Run

__all__ = ["window_join"]

_L = TypeVar("_L")
_R = TypeVar("_R")
_K = TypeVar("_K")

Side = Literal["left", "right"]


class _Sides(Generic[_L, _R]):
    """The join's aggregator: both sides' events of a (key, window), and the newest.

    The accumulator is ``[lefts, rights, (side, item) of the last add]``;
    ``result`` hands it over as is (the join expands it at once).
    """

    __slots__ = ()

    def init(self) -> list[Any]:
        return [[], [], None]

    def add(self, acc: list[Any], tagged: tuple[Side, Any], /) -> list[Any]:
        acc[0 if tagged[0] == "left" else 1].append(tagged[1])
        acc[2] = tagged
        return acc

    def merge(self, a: list[Any], b: list[Any], /) -> list[Any]:
        a[0] += b[0]
        a[1] += b[1]
        return a

    def result(self, acc: list[Any], /) -> list[Any]:
        return acc


@overload
def window_join(
    right: Observable[_R],
    windows: Tumbling | Sliding,
    *,
    key: Callable[[_L], _K],
    right_key: Callable[[_R], _K],
    time: EventTime[_L] | None = None,
    right_time: EventTime[_R] | None = None,
    late: Literal["drop"] = "drop",
    stats: WindowStats | None = None,
    scheduler: abc.SchedulerBase | None = None,
) -> Callable[[Observable[_L]], Observable[JoinResult[_K, _L, _R]]]: ...


@overload
def window_join(
    right: Observable[_R],
    windows: Tumbling | Sliding,
    *,
    key: Callable[[_L], _K],
    right_key: Callable[[_R], _K],
    time: EventTime[_L] | None = None,
    right_time: EventTime[_R] | None = None,
    late: Literal["emit"],
    stats: WindowStats | None = None,
    scheduler: abc.SchedulerBase | None = None,
) -> Callable[
    [Observable[_L]], Observable[JoinResult[_K, _L, _R] | LateEvent[_L] | LateEvent[_R]]
]: ...


def window_join(
    right: Observable[_R],
    windows: Tumbling | Sliding,
    *,
    key: Callable[[_L], _K],
    right_key: Callable[[_R], _K],
    time: EventTime[_L] | None = None,
    right_time: EventTime[_R] | None = None,
    late: Literal["drop", "emit"] = "drop",
    stats: WindowStats | None = None,
    scheduler: abc.SchedulerBase | None = None,
) -> Callable[[Observable[_L]], Observable[Any]]:
    """Inner join of the source (left) with ``right`` by key, within each time window.

    Both inputs are windowed alike; when the join's watermark -- the lower of the two
    inputs' watermarks -- reaches a window's end, every left event of a key in that
    window is paired with every right event of the same key and window, emitted as
    :class:`JoinResult` (by key in first-seen order, then left events in arrival
    order, then right). Unmatched events (a key seen on one side only in a window)
    are dropped when the window closes and counted in ``stats.unmatched``. With
    sliding windows a pair sharing several windows is emitted once per window.
    ``allowed_lateness`` keeps a closed window open to late events: each one is
    paired at once with the other side's events of that window. Later events are
    counted in ``stats.late`` and, with ``late="emit"``, emitted as
    :class:`LateEvent` with ``side`` ``"left"`` or ``"right"``. The output completes
    when both inputs have (open windows are joined first); an error of either, or
    from a user callback, goes to ``on_error``.

    Until an input has seen an event its watermark is ``-inf`` and holds the join's
    back; ``idle_timeout`` lets an input that stays quiet stop holding it back.

    Marble (``Tumbling(10)``, event time = the number, bound 0; one row per input,
    ``tick: event``)::

        left:    201: a1    206: a4    212: a13    216: |
        right:   203: a2    207: b5    210: a12    216: |
        output:  212: (a, [0,10), a1, a2)  (a, [0,10), a4, a2)   -- b5 unmatched
                 216: (a, [10,20), a13, a12)  then |

    At 210 the right watermark is 12 but the left one 4; at 212 both pass 10.

    Args:
        right: The other input.
        windows: ``Tumbling`` or ``Sliding`` (sessions and count windows do not join).
        key: The left event's key.
        right_key: The right event's key.
        time: Left event time; ``None`` with ``right_time=None`` for processing time.
        right_time: Right event time; its ``allowed_lateness`` and ``idle_timeout``
            must equal ``time``'s (its bound may differ).
        late: ``"drop"`` late events (still counted) or ``"emit"`` them.
        stats: Counters to update in place.
        scheduler: Processing-time clock and timers (see :func:`window`).

    Raises:
        TypeError: ``windows`` is not ``Tumbling`` or ``Sliding``.
        ValueError: only one input has an ``EventTime``, their lateness or idle
            timeout differ, or ``late`` is unknown.
    """
    if not isinstance(windows, Tumbling | Sliding):
        msg = (
            f"window_join: windows must be Tumbling or Sliding, got {windows!r}; "
            "session and count windows are not joined"
        )
        raise TypeError(msg)
    if (time is None) != (right_time is None):
        msg = (
            "window_join: give both inputs an EventTime (time= and right_time=) or "
            f"neither (processing time); got time={time!r}, right_time={right_time!r}"
        )
        raise ValueError(msg)
    if time is not None and right_time is not None:
        for name in ("allowed_lateness", "idle_timeout"):
            if getattr(time, name) != getattr(right_time, name):
                msg = (
                    f"window_join: {name} must be the same on both inputs, got "
                    f"{getattr(time, name)!r} (left) and {getattr(right_time, name)!r} (right)"
                )
                raise ValueError(msg)
    if late not in ("drop", "emit"):
        msg = f"window_join: late must be 'drop' or 'emit', got {late!r}"
        raise ValueError(msg)
    size = windows.size
    slide = windows.slide if isinstance(windows, Sliding) else size
    lateness = 0.0 if time is None else time.allowed_lateness
    stats_ = stats if stats is not None else WindowStats()

    def _window_join(left: Observable[_L]) -> Observable[Any]:
        def subscribe(
            observer: abc.ObserverBase[Any], scheduler_: abc.SchedulerBase | None = None
        ) -> abc.DisposableBase:
            sched = scheduler or scheduler_ or TimeoutScheduler.singleton()
            run = Run(observer, sched, [time, right_time], stats_, late == "emit")
            run.expand = expand
            state = run.state = TimeWindowState(
                size, slide, windows.offset, lateness, _Sides(), run.mark, run.out, run.stats
            )
            lowest = cast(Lowest, run.mark)  # two inputs: the lower watermark
            done = [False, False]

            def on_next(
                index: int,
                side: Side,
                key_of: Callable[[Any], Any],
                time_of: Callable[[Any], float] | None,
            ) -> Callable[[Any], None]:
                mark = run.inputs[index]

                def handle(item: Any) -> None:
                    with run.lock:  # two sources, maybe two threads; and timers
                        take(item)

                def take(item: Any) -> None:
                    run.seen[index] += 1
                    try:
                        group = key_of(item)
                        moment = run.now() if time_of is None else time_of(item)
                        if (
                            moment > mark.high
                            and mark.observe(moment) > lowest.watermark
                            and lowest.refresh() >= state.due
                        ):
                            state.advance()
                        if not state.add(group, moment, (side, item)):
                            run.late(item, group, moment, side)
                    except Exception as error:  # user code: key, timestamp
                        run.fail(error)
                        return
                    if run.out:
                        run.emit()
                    if state.due < run.timer_at:
                        run.arm()

                return handle

            def on_completed(index: int) -> Callable[[], None]:
                def complete() -> None:
                    with run.lock:
                        done[index] = True
                        if all(done):
                            run.complete()

                return complete

            left_time = None if time is None else time.timestamp
            other_time = None if right_time is None else right_time.timestamp
            return CompositeDisposable(
                Disposable(run.dispose),
                left.subscribe(
                    on_next(0, "left", key, left_time),
                    run.fail_locked,
                    on_completed(0),
                    scheduler=scheduler_,
                ),
                right.subscribe(
                    on_next(1, "right", right_key, other_time),
                    run.fail_locked,
                    on_completed(1),
                    scheduler=scheduler_,
                ),
            )

        def expand(result: WindowResult[Any, list[Any]]) -> Iterator[JoinResult[Any, Any, Any]]:
            lefts, rights, last = result.value
            k, start, end = result.key, result.start, result.end
            if result.update:  # one late event: its pairs only
                side, item = last
                if side == "left":
                    return (JoinResult(k, start, end, item, r) for r in rights)
                return (JoinResult(k, start, end, l_, item) for l_ in lefts)
            if not (lefts and rights):
                stats_.unmatched += len(lefts) + len(rights)
                return iter(())
            return (JoinResult(k, start, end, l_, r) for l_ in lefts for r in rights)

        return Observable(subscribe)

    return _window_join
