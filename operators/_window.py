"""``window``: keyed windows (tumbling, sliding, session, count) folded by an aggregator."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Literal, TypeVar, overload

from reactivex import Observable, abc
from reactivex.disposable import CompositeDisposable, Disposable
from reactivex.scheduler import TimeoutScheduler

from ._aggregates import Aggregator
from ._event_time import EventTime, WindowStats
from ._records import LateEvent, WindowResult
from ._window_count import CountState
from ._window_session import SessionState
from ._window_time import TimeWindowState
from ._windowers import CountWindow, Session, Sliding, Tumbling, Windows
from ._windowing import Run, WindowState

__all__ = ["window", "window_batches"]

_T = TypeVar("_T")
_K = TypeVar("_K")
_R = TypeVar("_R")


def _no_time(_: object) -> float:
    return 0.0


def make_state(
    windows: Windows, aggregate: Aggregator[Any, Any, Any], lateness: float, run: Run
) -> WindowState:
    """The window state for ``windows``, writing to ``run.out``."""
    if isinstance(windows, Tumbling):
        return TimeWindowState(
            windows.size,
            windows.size,
            windows.offset,
            lateness,
            aggregate,
            run.mark,
            run.out,
            run.stats,
        )
    if isinstance(windows, Sliding):
        return TimeWindowState(
            windows.size,
            windows.slide,
            windows.offset,
            lateness,
            aggregate,
            run.mark,
            run.out,
            run.stats,
        )
    if isinstance(windows, Session):
        return SessionState(windows.gap, lateness, aggregate, run.mark, run.out, run.stats)
    size = windows.size
    return CountState(size, windows.slide or size, aggregate, run.out, run.stats)


def check_windows(windows: object, owner: str) -> None:
    """Raise ``TypeError`` unless ``windows`` is a window shape."""
    if not isinstance(windows, Tumbling | Sliding | Session | CountWindow):
        msg = (
            f"{owner}: windows must be Tumbling, Sliding, Session or CountWindow, "
            f"got {windows!r}; e.g. Tumbling(size=60)"
        )
        raise TypeError(msg)


@overload
def window(
    windows: Windows,
    aggregate: Aggregator[_T, Any, _R],
    *,
    key: Callable[[_T], _K],
    time: EventTime[_T] | None = None,
    late: Literal["drop"] = "drop",
    stats: WindowStats | None = None,
    scheduler: abc.SchedulerBase | None = None,
) -> Callable[[Observable[_T]], Observable[WindowResult[_K, _R]]]: ...


@overload
def window(
    windows: Windows,
    aggregate: Aggregator[_T, Any, _R],
    *,
    key: Callable[[_T], _K],
    time: EventTime[_T] | None = None,
    late: Literal["emit"],
    stats: WindowStats | None = None,
    scheduler: abc.SchedulerBase | None = None,
) -> Callable[[Observable[_T]], Observable[WindowResult[_K, _R] | LateEvent[_T]]]: ...


def window(
    windows: Windows,
    aggregate: Aggregator[_T, Any, _R],
    *,
    key: Callable[[_T], _K],
    time: EventTime[_T] | None = None,
    late: Literal["drop", "emit"] = "drop",
    stats: WindowStats | None = None,
    scheduler: abc.SchedulerBase | None = None,
) -> Callable[[Observable[_T]], Observable[Any]]:
    """Group items by ``key`` into windows and emit one aggregate per key and window.

    Each window is emitted once, as a :class:`WindowResult` with ``update=False``,
    when the watermark reaches its end (time windows; count windows when full), in
    order of window end, keys in first-seen order. With ``time=None`` the clock is
    processing time: an item's time is the scheduler's clock when it arrives, and a
    timer closes each window at its end. With an :class:`EventTime` the item's own
    time counts and the watermark trails the newest time by
    ``max_out_of_orderness``; windows close only as events (or ``idle_timeout``)
    move the watermark. ``allowed_lateness`` keeps a closed window updatable: each
    event it takes then re-emits it whole with ``update=True``. An event whose every
    window is beyond that is *late*: counted in ``stats.late`` and dropped, or with
    ``late="emit"`` sent downstream, in order, as a :class:`LateEvent` -- the side
    output (split it off with ``reactivex.operators.partition``). At completion every
    open window is emitted (kept ones are dropped), then the output completes. An
    exception from ``key``, ``time.timestamp`` or the aggregator goes to
    ``on_error``; a source error is forwarded, discarding open windows.

    Marble (``Tumbling(10)``, ``Count()``, one key, event time = the number,
    ``max_out_of_orderness=0``, ``late="emit"``; W = watermark)::

        events:   -1--4--12--9--25--10-|
        W:         1  4  12  12 25  25
        output:   -------A---L--B---L--(C|)
                  A = [0,10) count 2   (W reached 10)
                  L = LateEvent 9, then 10 (their windows had closed)
                  B = [10,20) count 1  (W reached 20); C = [20,30) count 1, flushed

    Args:
        windows: ``Tumbling``, ``Sliding``, ``Session`` or ``CountWindow``.
        aggregate: What each window folds its items into (``Count()``, ``Sum(of)``,
            ``TopK(10, of)``, ... or any :class:`Aggregator`).
        key: The item's key; windows are per key.
        time: Event time, watermark bound, allowed lateness and idle timeout;
            ``None`` for processing time (not allowed with ``CountWindow``, which
            counts arrivals).
        late: ``"drop"`` late events (still counted) or ``"emit"`` them.
        stats: Counters to update in place (watermark, open windows, late, ...).
        scheduler: Processing-time clock and timers; default the subscribe-time
            scheduler, else the ``TimeoutScheduler`` singleton. Unused in event
            time without ``idle_timeout``.

    Returns:
        An operator from items to :class:`WindowResult` (and :class:`LateEvent`).

    Raises:
        TypeError: ``windows`` is not a window shape.
        ValueError: ``late`` is unknown, or ``time`` is given for count windows.
    """
    return _operator(windows, aggregate, key, time, late, stats, scheduler, batched=False)


def window_batches(
    windows: Windows,
    aggregate: Aggregator[_T, Any, _R],
    *,
    key: Callable[[_T], _K],
    time: EventTime[_T] | None = None,
    late: Literal["drop", "emit"] = "drop",
    stats: WindowStats | None = None,
    scheduler: abc.SchedulerBase | None = None,
    keyed: bool = False,
) -> Callable[[Observable[Any]], Observable[list[Any]]]:
    """:func:`window` over lists of items: the same outputs, in the same order, in lists.

    Each input list is taken as its items one after another at one instant; what
    they produce (results, late events) goes out as one list after the last, and
    each timer's results as one list. Concatenated, the output is what
    :func:`window` gives for the items one by one, however the input is split;
    after an item that fails (``on_error``) nothing of it goes out, the outputs of
    the items before it do. The per-item Rx hop is paid once per list.

    ``keyed=True`` (event time without ``idle_timeout`` only): each input is a triple
    ``(keys, times, items)`` of lists of one length, the items' keys and event times
    already computed (neither ``key`` nor ``time``'s timestamp is called).

    Raises:
        ValueError: ``keyed`` in processing time, with ``idle_timeout`` or with count
            windows.
    """
    if keyed and (
        time is None or time.idle_timeout is not None or isinstance(windows, CountWindow)
    ):
        msg = "window_batches: keyed=True takes event time without idle_timeout, time windows"
        raise ValueError(msg)
    return _operator(
        windows, aggregate, key, time, late, stats, scheduler, batched=True, keyed=keyed
    )


def _operator(
    windows: Windows,
    aggregate: Aggregator[_T, Any, _R],
    key: Callable[[_T], _K],
    time: EventTime[_T] | None,
    late: Literal["drop", "emit"],
    stats: WindowStats | None,
    scheduler: abc.SchedulerBase | None,
    *,
    batched: bool,
    keyed: bool = False,
) -> Callable[[Observable[Any]], Observable[Any]]:
    check_windows(windows, "window")
    if late not in ("drop", "emit"):
        msg = f"window: late must be 'drop' or 'emit', got {late!r}"
        raise ValueError(msg)
    if isinstance(windows, CountWindow) and time is not None:
        msg = (
            "window: count windows count arrivals and take no event time; "
            f"drop time={time!r} or use Tumbling/Sliding windows"
        )
        raise ValueError(msg)
    lateness = 0.0 if time is None else time.allowed_lateness
    stats_ = stats if stats is not None else WindowStats()

    def _window(source: Observable[Any]) -> Observable[Any]:
        def subscribe(
            observer: abc.ObserverBase[Any], scheduler_: abc.SchedulerBase | None = None
        ) -> abc.DisposableBase:
            sched = scheduler or scheduler_ or TimeoutScheduler.singleton()
            run = Run(observer, sched, [time], stats_, late == "emit", batched)
            state = run.state = make_state(windows, aggregate, lateness, run)
            mark = run.inputs[0]
            out = run.out
            add = state.add
            now = run.now
            # (processing time and count windows read no timestamp)
            timestamp: Callable[[_T], float] = _no_time if time is None else time.timestamp

            def on_next_event_time(item: _T) -> None:
                try:
                    group = key(item)
                    moment = timestamp(item)
                    if moment > mark.high and mark.observe(moment) >= state.due:
                        state.advance()
                    if not add(group, moment, item):
                        run.late(item, group, moment)
                except Exception as error:  # user code: key, timestamp, aggregator
                    run.fail(error)
                    return
                if out:
                    run.emit()
                if state.due < run.timer_at:
                    run.arm()

            def on_next_idle(item: _T) -> None:
                with run.lock:
                    run.seen[0] += 1
                    on_next_event_time(item)

            def on_next_processing(item: _T) -> None:
                with run.lock:
                    processing_time(item)

            def processing_time(item: _T) -> None:
                try:
                    group = key(item)
                    moment = now()
                    if moment > mark.high and mark.observe(moment) >= state.due:
                        state.advance()
                    add(group, moment, item)
                except Exception as error:  # user code: key, aggregator
                    run.fail(error)
                    return
                if out:
                    run.emit()
                if state.due < run.timer_at:
                    run.arm()

            def on_next_count(item: _T) -> None:
                try:
                    add(key(item), 0.0, item)
                except Exception as error:  # user code: key, aggregator
                    run.fail(error)
                    return
                if out:
                    run.emit()

            def event_time_batch(items: Sequence[_T]) -> None:
                for item in items:
                    cut = len(out)
                    try:
                        group = key(item)
                        moment = timestamp(item)
                        if moment > mark.high and mark.observe(moment) >= state.due:
                            state.advance()
                        if not add(group, moment, item):
                            run.late(item, group, moment)
                    except Exception as error:  # user code: key, timestamp, aggregator
                        failed(cut, error)
                        return
                if out:
                    run.emit()
                if state.due < run.timer_at:
                    run.arm()

            def event_time_keyed(
                batch: tuple[Sequence[Any], Sequence[float], Sequence[_T]],
            ) -> None:
                keys, times, items = batch
                if not len(keys) == len(times) == len(items):
                    run.fail(ValueError("window_batches: keys, times and items differ in length"))
                    return
                # (not zip(strict=True): its end costs ~0.6 us, a lot for a list of one)
                for group, moment, item in zip(keys, times, items, strict=False):
                    cut = len(out)
                    try:
                        if moment > mark.high and mark.observe(moment) >= state.due:
                            state.advance()
                        if not add(group, moment, item):
                            run.late(item, group, moment)
                    except Exception as error:  # user code: aggregator
                        failed(cut, error)
                        return
                if out:
                    run.emit()

            def failed(cut: int, error: Exception) -> None:
                # the items before the failing one went out; nothing of it does
                del out[cut:]
                if out:
                    run.emit()
                run.fail(error)

            def on_next_idle_batch(items: Sequence[_T]) -> None:
                # item by item as on_next_idle: the idle check counts the items after
                # the one that starts it (arm) as activity in its first period
                with run.lock:
                    for item in items:
                        run.seen[0] += 1
                        cut = len(out)
                        try:
                            group = key(item)
                            moment = timestamp(item)
                            if moment > mark.high and mark.observe(moment) >= state.due:
                                state.advance()
                            if not add(group, moment, item):
                                run.late(item, group, moment)
                        except Exception as error:  # user code: key, timestamp, aggregator
                            failed(cut, error)
                            return
                        if state.due < run.timer_at:
                            run.arm()
                    if out:
                        run.emit()

            def on_next_processing_batch(items: Sequence[_T]) -> None:
                with run.lock:
                    for item in items:
                        cut = len(out)
                        try:
                            group = key(item)
                            moment = now()
                            if moment > mark.high and mark.observe(moment) >= state.due:
                                state.advance()
                            add(group, moment, item)
                        except Exception as error:  # user code: key, aggregator
                            failed(cut, error)
                            return
                        if state.due < run.timer_at:
                            run.arm()
                    if out:
                        run.emit()

            def on_next_count_batch(items: Sequence[_T]) -> None:
                for item in items:
                    cut = len(out)
                    try:
                        add(key(item), 0.0, item)
                    except Exception as error:  # user code: key, aggregator
                        failed(cut, error)
                        return
                if out:
                    run.emit()

            on_next: Callable[[Any], None]
            if isinstance(windows, CountWindow):
                on_next = on_next_count_batch if batched else on_next_count
            elif time is None:
                on_next = on_next_processing_batch if batched else on_next_processing
            elif keyed:
                on_next = event_time_keyed
            elif time.idle_timeout is None:
                on_next = event_time_batch if batched else on_next_event_time
            else:
                on_next = on_next_idle_batch if batched else on_next_idle

            # after an error the output is stopped: Run.emit sends nothing more
            subscription = source.subscribe(
                on_next, run.fail_locked, run.complete_locked, scheduler=scheduler_
            )
            return CompositeDisposable(Disposable(run.dispose), subscription)

        return Observable(subscribe)

    return _window
