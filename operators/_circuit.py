"""``circuit_breaker``: fail fast while a dependency keeps failing.

States::

    closed ──(failure_threshold failures within window)──> open
    open ──(cool_down elapsed; reported on the next state/allow())──> half_open
    half_open ──(half_open_probes successes)──> closed
    half_open ──(any failure)──> open   (a new cool_down)
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from typing import Literal, TypeVar

from reactivex import Observable, abc
from reactivex.disposable import CompositeDisposable, Disposable
from reactivex.scheduler import TimeoutScheduler
from reactivex.subject import Subject

from ._clock import seconds_clock
from ._errors import CircuitOpenError

__all__ = ["CircuitBreaker", "CircuitState", "circuit_breaker"]

_T = TypeVar("_T")

CircuitState = Literal["closed", "open", "half_open"]


class CircuitBreaker:
    """A thread-safe circuit breaker, shared by every call to one dependency.

    The closed path (``allow()`` then ``record_success()``) reads no clock and takes
    no lock; the clock is read only when recording a failure or while open.

    Args:
        name: Shown in every ``CircuitOpenError``.
        failure_threshold: Failures within ``window`` seconds that open the circuit.
        window: Length of the sliding failure window, in seconds.
        cool_down: Seconds the circuit stays open before allowing probes.
        half_open_probes: Concurrent probe calls allowed while half open; this many
            successes close the circuit.
        scheduler: Clock source; default the ``TimeoutScheduler`` singleton.

    Raises:
        ValueError: A numeric argument is out of range.
    """

    def __init__(
        self,
        name: str = "circuit",
        *,
        failure_threshold: int = 5,
        window: float = 60.0,
        cool_down: float = 30.0,
        half_open_probes: int = 1,
        scheduler: abc.SchedulerBase | None = None,
    ) -> None:
        for field, value, minimum in (
            ("failure_threshold", failure_threshold, 1),
            ("half_open_probes", half_open_probes, 1),
        ):
            if value < minimum:
                msg = f"CircuitBreaker {name!r}: {field} must be >= {minimum}, got {value!r}"
                raise ValueError(msg)
        for field, seconds in (("window", window), ("cool_down", cool_down)):
            if not seconds > 0:
                msg = f"CircuitBreaker {name!r}: {field} must be > 0 seconds, got {seconds!r}"
                raise ValueError(msg)
        self.name = name
        self.failure_threshold = failure_threshold
        self.window = window
        self.cool_down = cool_down
        self.half_open_probes = half_open_probes
        self._now = seconds_clock(scheduler or TimeoutScheduler.singleton())
        self._lock = threading.Lock()
        self._state: CircuitState = "closed"
        self._failure_times: deque[float] = deque()
        self._retry_at = 0.0
        self._probes_in_flight = 0
        self._probe_successes = 0
        self._transitions: Subject[tuple[CircuitState, CircuitState]] = Subject()

    @property
    def transitions(self) -> Observable[tuple[CircuitState, CircuitState]]:
        """Emits ``(old, new)`` on every state change (hot; no replay)."""
        return self._transitions

    @property
    def state(self) -> CircuitState:
        """The current state; an open breaker whose cool-down passed is half open."""
        if self._state == "open":
            self._expire_open()
        return self._state

    @property
    def failures(self) -> int:
        """Failures recorded within the last ``window`` seconds."""
        with self._lock:
            self._prune(self._now())
            return len(self._failure_times)

    def allow(self) -> None:
        """Ask to make one call.

        Raises:
            CircuitOpenError: The circuit is open, or half open with every probe
                slot taken.
        """
        if self._state == "closed":  # hot path: no lock, no clock
            return
        self._expire_open()
        with self._lock:
            state = self._peek()  # may have changed while unlocked
            if state == "closed":
                return
            if state == "half_open" and self._probes_in_flight < self.half_open_probes:
                self._probes_in_flight += 1
                return
            error = CircuitOpenError(self.name, len(self._failure_times), self._retry_at)
        raise error

    def record_success(self) -> None:
        """Report a successful call; enough successful probes close the circuit."""
        if self._state != "half_open":  # closed: successes do not erase failures
            return
        with self._lock:
            if self._state != "half_open":
                return
            self._probes_in_flight = max(0, self._probes_in_flight - 1)
            self._probe_successes += 1
            if self._probe_successes < self.half_open_probes:
                return
            self._failure_times.clear()
            self._state = "closed"
        self._transitions.on_next(("half_open", "closed"))

    def record_failure(self) -> None:
        """Report a failed call; may open (or re-open) the circuit."""
        with self._lock:
            old = self._state
            if old == "open":  # a late result of a call allowed before opening
                return
            now = self._now()
            self._failure_times.append(now)
            self._prune(now)
            if old == "closed" and len(self._failure_times) < self.failure_threshold:
                return
            self._state = "open"
            self._retry_at = now + self.cool_down
        self._transitions.on_next((old, "open"))

    def _release(self) -> None:
        """Give back a probe slot taken by a call that ended with no outcome."""
        with self._lock:
            if self._state == "half_open":
                self._probes_in_flight = max(0, self._probes_in_flight - 1)

    def _peek(self) -> CircuitState:
        return self._state

    def _expire_open(self) -> None:
        with self._lock:
            if self._state != "open" or self._now() < self._retry_at:
                return
            self._state = "half_open"
            self._probes_in_flight = 0
            self._probe_successes = 0
        self._transitions.on_next(("open", "half_open"))

    def _prune(self, now: float) -> None:
        horizon = now - self.window
        times = self._failure_times
        while times and times[0] <= horizon:
            times.popleft()


def circuit_breaker(
    breaker: CircuitBreaker, *, admitted: bool = False
) -> Callable[[Observable[_T]], Observable[_T]]:
    """Guard each subscription to the source with ``breaker``.

    On subscribe the breaker is asked first: if it refuses, the subscriber gets
    ``CircuitOpenError`` at once and the source is not subscribed. The **first value**
    (or completion without a value) records a success, so wrappers that dispose after
    one value (``take(1)``, ``timeout_each``) still count; an error records a failure
    and is forwarded unchanged. Disposal before any outcome records nothing (a probe
    slot is given back). Put any timeout *inside* the breaker so it counts::

        defer(call).pipe(ops.timeout(2.0), circuit_breaker(breaker))

    Marble (breaker open at subscribe time)::

        source:  ---a--|
        output:  #            CircuitOpenError; source never subscribed

    Args:
        breaker: The shared breaker, usually one per downstream dependency.
        admitted: the caller already asked ``breaker.allow()`` for this call (it
            started the call itself); only its outcome is recorded.

    Returns:
        An operator for a per-call observable.
    """

    def _circuit_breaker(source: Observable[_T]) -> Observable[_T]:
        def subscribe(
            observer: abc.ObserverBase[_T], scheduler: abc.SchedulerBase | None = None
        ) -> abc.DisposableBase:
            if not admitted:
                try:
                    breaker.allow()
                except CircuitOpenError as error:
                    observer.on_error(error)
                    return Disposable()
            settled = False

            def settle(success: bool) -> None:
                nonlocal settled
                if not settled:
                    settled = True
                    (breaker.record_success if success else breaker.record_failure)()

            def on_next(value: _T) -> None:
                settle(True)
                observer.on_next(value)

            def on_error(error: Exception) -> None:
                settle(False)
                observer.on_error(error)

            def on_completed() -> None:
                settle(True)
                observer.on_completed()

            def dispose() -> None:
                nonlocal settled
                if not settled:
                    settled = True
                    breaker._release()

            subscription = source.subscribe(on_next, on_error, on_completed, scheduler=scheduler)
            return CompositeDisposable(subscription, Disposable(dispose))

        return Observable(subscribe)

    return _circuit_breaker
