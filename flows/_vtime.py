"""Virtual time for asyncio: an event loop whose clock jumps to the next timer when idle.

Marble tests and differential tests run pipelines whose ``async def`` stages execute in
real asyncio tasks, with retry delays, timeouts and ``asyncio.sleep`` on the loop's
clock. On a :class:`VirtualTimeLoop` that clock is virtual: whenever nothing is ready
to run, it advances straight to the next scheduled timer, so an hour of delays takes
no wall time, and the order of everything is exactly what the schedule says.

    result = run_virtual(main())          # main() sees loop.time() start at 0.0

Only public asyncio API is used: the loop is a ``SelectorEventLoop`` built on a
selector that, instead of blocking for ``timeout`` seconds, moves the clock forward
by ``timeout``. Work in executor threads is real: while a thread started with
``run_in_executor`` is busy, the loop waits for it in real time (and the clock
follows real time), so a thread's result still arrives.
"""

from __future__ import annotations

import asyncio
import selectors
import time
from collections.abc import Callable, Coroutine
from concurrent.futures import Executor
from typing import Any, TypeVar

__all__ = ["DeadlinePassed", "VirtualTimeLoop", "run_virtual"]

T = TypeVar("T")


class DeadlinePassed(Exception):
    """A virtual-time run was still going at its real-time deadline."""


class _VirtualSelector(selectors.DefaultSelector):
    """Polls the real file descriptors, then advances the clock instead of sleeping."""

    def __init__(self, loop_clock: _Clock) -> None:
        super().__init__()
        self._clock = loop_clock

    def select(self, timeout: float | None = None) -> list[tuple[selectors.SelectorKey, int]]:
        clock = self._clock
        if clock.deadline is not None and time.monotonic() >= clock.deadline:
            raise DeadlinePassed
        if clock.threads:
            # a thread is working: wait for it in real time, the clock follows
            events = super().select(timeout)
            if not events and timeout is not None and timeout > 0:
                clock.now += timeout
            return events
        events = super().select(0)
        if events or timeout == 0:
            return events
        if timeout is None:  # no timer at all: only a real event can wake the loop
            return super().select(None)
        clock.now += timeout
        return []


class _Clock:
    __slots__ = ("deadline", "now", "threads")

    def __init__(self, deadline: float | None) -> None:
        self.now = 0.0
        self.threads = 0
        self.deadline = deadline


class VirtualTimeLoop(asyncio.SelectorEventLoop):
    """A selector event loop on a virtual clock (see the module docstring).

    Args:
        deadline: a ``time.monotonic()`` instant; the loop raises
            :class:`DeadlinePassed` from ``run_until_complete`` once it is past.
    """

    def __init__(self, deadline: float | None = None) -> None:
        self._clock = _Clock(deadline)
        super().__init__(_VirtualSelector(self._clock))

    def time(self) -> float:
        """Virtual seconds since the loop was made."""
        return self._clock.now

    def run_in_executor(  # type: ignore[override]  # same signature, written without TypeVarTuple
        self, executor: Executor | None, func: Callable[..., T], *args: Any
    ) -> asyncio.Future[T]:
        """As asyncio's, counting the thread as busy until its result is back."""
        future = super().run_in_executor(executor, func, *args)
        self._clock.threads += 1

        def done(_: asyncio.Future[T]) -> None:
            self._clock.threads -= 1

        future.add_done_callback(done)
        return future


def run_virtual(main: Coroutine[Any, Any, T], *, deadline: float | None = None) -> T:
    """Run ``main`` to completion on a fresh :class:`VirtualTimeLoop`, then close it.

    Like :func:`asyncio.run`: tasks left over are cancelled, async generators closed.

    Raises:
        DeadlinePassed: ``deadline`` (a ``time.monotonic()`` instant) passed first.
    """
    loop = VirtualTimeLoop(deadline)
    try:
        return loop.run_until_complete(main)
    finally:
        loop._clock.deadline = None  # clean-up runs whatever the deadline
        try:
            pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
            for task in pending:
                task.cancel()
            if pending:
                loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            loop.close()
