"""StateMachine: the current state is a ``scan`` over accepted transitions.

:meth:`StateMachine.trigger` checks the event (allowed? guard?) and runs the old
state's ``on_exit``; then it pushes a :class:`TransitionRecord` onto an internal
subject whose ``scan`` folds it into the next snapshot (state, previous, history)::

    commands  ----start------valid-------success------>
    scan      i--validating--generating--completed---->   (``states``)

The history keeps the newest ``history_limit`` records (default
:data:`DEFAULT_HISTORY_LIMIT`, 1000); ``history_total`` counts every transition ever
accepted, so ``history_total - len(history)`` were trimmed. Transitions are numbered
from 1 in that order; :meth:`StateMachine.history_page` reads the kept ones a page at
a time, newest first, by number (a cursor that stays valid while new ones arrive).

A failing guard or ``on_exit`` aborts the transition (state and history unchanged);
a failing ``on_enter`` runs after the state changed, so the transition stands and
the error propagates with a note saying so. Triggers are serialized by a lock.

With a ``store`` (``flows.backends.MachineStore``, shared by instances) the state and
history live there: under the lock, the event is checked against the *stored* state,
appended with a compare-and-set that also trims the stored history to the limit
(retried when another instance won), and the local snapshot is refreshed with the
records it has not seen yet.

:meth:`StateMachine.trigger_once` fires an event at most once per key (a processor's
window id): the key is checked and taken with the transition — under the lock in
memory, in the store's compare-and-set when there is one — so the same window
replayed after a takeover changes the state once.
"""

from __future__ import annotations

import asyncio
import inspect
import random
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from reactivex import Observable, abc
from reactivex import operators as ops
from reactivex.subject import BehaviorSubject, Subject

from .._errors import FlowConfigError, FlowError, InvalidTransitionError
from ..backends import ONCE_TTL, MachineStore, OnceKeys, StoredMachine

__all__ = [
    "DEFAULT_HISTORY_LIMIT",
    "MAX_CONFLICTS",
    "GuardRejectedError",
    "HistoryPage",
    "StateMachine",
    "TransitionRecord",
    "records",
]

MAX_CONFLICTS = 100
"""Lost compare-and-sets in a row before a stored trigger gives up."""

DEFAULT_HISTORY_LIMIT = 1000
"""Records a machine's history keeps unless told otherwise (the newest ones)."""

DESCRIBED_HISTORY = 10
"""Records :meth:`StateMachine.describe` shows (the newest; page for more)."""

Guard = Callable[[Mapping[str, Any]], bool | Awaitable[bool]]


class GuardRejectedError(InvalidTransitionError):
    """The transition exists but its guard returned false for this context."""

    def __init__(
        self, machine: str, state: str, event: str, target: str, allowed: Sequence[str]
    ) -> None:
        super().__init__(machine, state, event, allowed)
        self.target = target
        self.args = (
            f"state machine '{machine}': the guard of '{state}' --{event}--> '{target}' "
            f"refused the transition for this context; the state stays '{state}'",
        )


@dataclass(frozen=True, slots=True)
class TransitionRecord:
    """One accepted transition; ``timestamp`` is the scheduler clock in seconds."""

    event: str
    source: str
    target: str
    timestamp: float
    context: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    def to_dict(self) -> dict[str, Any]:
        """A JSON-friendly copy."""
        return {
            "event": self.event,
            "source": self.source,
            "target": self.target,
            "timestamp": self.timestamp,
            "context": dict(self.context),
        }


@dataclass(frozen=True, slots=True)
class HistoryPage:
    """Kept transitions ``start``, ``start + 1``, … (oldest first) of a machine.

    Attributes:
        records: the page, oldest first.
        start: the number of ``records[0]`` (transitions are numbered from 1).
        total: transitions ever accepted (``history_total``).
        next: pass it as ``before`` for the page of older records; None on the last.
    """

    records: tuple[TransitionRecord, ...]
    start: int
    total: int
    next: int | None


@dataclass(frozen=True, slots=True)
class _Snapshot:
    state: str
    previous: str | None = None
    history: tuple[TransitionRecord, ...] = ()
    total: int = 0  # transitions ever accepted; history holds the newest of them


@dataclass(slots=True)
class _State:
    on_enter: Callable[[TransitionRecord], Any] | None = None
    on_exit: Callable[[TransitionRecord], Any] | None = None
    final: bool = False
    declared: bool = False


def records(stored: StoredMachine) -> list[TransitionRecord]:
    """A stored history as TransitionRecords (for :meth:`StateMachine.replay`)."""
    return [_record(r) for r in stored.history]


def _record(r: Mapping[str, Any]) -> TransitionRecord:
    return TransitionRecord(
        r["event"],
        r["source"],
        r["target"],
        float(r["timestamp"]),
        MappingProxyType(dict(r.get("context") or {})),
    )


def _state_of(snap: _Snapshot) -> str:
    return snap.state


async def _maybe_await(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


class StateMachine:
    """An async state machine with guards, enter/exit callbacks and a bounded history.

    Args:
        name: appears in every error about the machine.
        initial: the starting state (defined implicitly).
        scheduler: its clock stamps transitions (default: ``time.time``).
        history_limit: keep only the newest N records (default
            :data:`DEFAULT_HISTORY_LIMIT`; None keeps all, unbounded).
        store: where state and history persist (see the module docstring).
    """

    def __init__(
        self,
        name: str,
        initial: str,
        *,
        scheduler: abc.SchedulerBase | None = None,
        history_limit: int | None = DEFAULT_HISTORY_LIMIT,
        store: MachineStore | None = None,
    ) -> None:
        if history_limit is not None and history_limit < 1:
            msg = f"state machine '{name}': history_limit must be >= 1 or None, got {history_limit}"
            raise FlowConfigError(msg)
        self.name = name
        self.initial = initial
        self._scheduler = scheduler
        self._limit = history_limit
        self.store = store
        self._states: dict[str, _State] = {initial: _State()}
        self._table: dict[tuple[str, str], tuple[str, Guard | None]] = {}
        self._revision = 0  # definition changes (add_state, add_transition)
        self._lock = asyncio.Lock()
        self._once = OnceKeys()  # trigger_once keys, without a store
        seed = _Snapshot(initial)
        self._snapshot: BehaviorSubject[_Snapshot] = BehaviorSubject(seed)
        self._accepted: Subject[TransitionRecord] = Subject()
        self._commands: Subject[TransitionRecord] = Subject()
        self._commands.pipe(ops.scan(self._reduce, seed)).subscribe(on_next=self._snapshot.on_next)
        # hot: each accepted transition, emitted after the state changed
        self.transitions: Observable[TransitionRecord] = self._accepted.pipe(ops.as_observable())
        # the scan output: the current state, replayed to each new subscriber
        self.states: Observable[str] = self._snapshot.pipe(ops.map(_state_of))

    def _reduce(self, snap: _Snapshot, record: TransitionRecord) -> _Snapshot:
        history = (*snap.history, record)
        if self._limit is not None:
            history = history[-self._limit :]
        return _Snapshot(record.target, snap.state, history, snap.total + 1)

    # -- definition ---------------------------------------------------------------

    def add_state(
        self,
        name: str,
        *,
        on_enter: Callable[[TransitionRecord], Any] | None = None,
        on_exit: Callable[[TransitionRecord], Any] | None = None,
        final: bool = False,
    ) -> StateMachine:
        """Define a state (the initial state may be declared once, for callbacks)."""
        existing = self._states.get(name)
        if existing is not None and (existing.declared or name != self.initial):
            msg = f"state machine '{self.name}': state '{name}' is already defined"
            raise FlowConfigError(msg)
        if final and any(src == name for src, _ in self._table):
            msg = f"state machine '{self.name}': '{name}' has transitions, so it cannot be final"
            raise FlowConfigError(msg)
        self._states[name] = _State(on_enter, on_exit, final, declared=True)
        self._revision += 1
        return self

    def add_transition(
        self, source: str, target: str, event: str, *, guard: Guard | None = None
    ) -> StateMachine:
        """Allow ``event`` to move ``source`` to ``target`` (if ``guard(context)``)."""
        for state in (source, target):
            if state not in self._states:
                known = ", ".join(sorted(self._states))
                msg = (
                    f"state machine '{self.name}': unknown state '{state}' in transition "
                    f"'{source}' --{event}--> '{target}' (known: {known}); add_state() it first"
                )
                raise FlowConfigError(msg)
        if (source, event) in self._table:
            other = self._table[source, event][0]
            msg = (
                f"state machine '{self.name}': event '{event}' already leads from "
                f"'{source}' to '{other}'; one target per (state, event)"
            )
            raise FlowConfigError(msg)
        if self._states[source].final:
            msg = f"state machine '{self.name}': '{source}' is final and cannot have transitions"
            raise FlowConfigError(msg)
        self._table[source, event] = (target, guard)
        self._revision += 1
        return self

    @property
    def revision(self) -> int:
        """How many times the definition changed (each ``add_state``/``add_transition``)."""
        return self._revision

    # -- state ----------------------------------------------------------------------

    @property
    def state(self) -> str:
        """The current state (the latest scan snapshot)."""
        return self._snapshot.value.state

    @property
    def previous(self) -> str | None:
        """The state before the latest transition, if any."""
        return self._snapshot.value.previous

    @property
    def history(self) -> list[TransitionRecord]:
        """Accepted transitions, oldest first (the newest ``history_limit`` of them)."""
        return list(self._snapshot.value.history)

    @property
    def history_limit(self) -> int | None:
        """How many records the history keeps (None: all)."""
        return self._limit

    @property
    def history_total(self) -> int:
        """Transitions ever accepted, including those trimmed from the history."""
        return self._snapshot.value.total

    def latest(self, count: int) -> list[TransitionRecord]:
        """The newest ``count`` records of the history, oldest first."""
        history = self._snapshot.value.history
        return list(history[len(history) - count :]) if count > 0 else []

    async def history_page(self, *, limit: int, before: int | None = None) -> HistoryPage:
        """The newest ``limit`` kept records numbered below ``before`` (default: all),
        oldest first; with a store, read from it (what every instance sees).

        Walk the whole kept history by passing each page's ``next`` as ``before``:
        numbers do not move when new transitions arrive, so no record is seen twice;
        records trimmed meanwhile (older than the limit) are skipped.
        """
        if limit < 1:
            msg = f"state machine '{self.name}': a history page holds >= 1 record, got {limit}"
            raise FlowConfigError(msg)
        if self.store is not None:
            stored = await self.store.load(self.name, before=before, limit=limit)
            if stored is None:
                return HistoryPage((), 1, 0, None)
            page = tuple(records(stored))
            more = bool(page) and stored.start > stored.oldest
            return HistoryPage(page, stored.start, stored.version, stored.start if more else None)
        snap = self._snapshot.value
        oldest = snap.total - len(snap.history) + 1
        high = snap.total if before is None else min(snap.total, before - 1)
        low = max(oldest, high - limit + 1)
        if high < low:
            return HistoryPage((), snap.total + 1, snap.total, None)
        page = snap.history[low - oldest : high - oldest + 1]
        return HistoryPage(page, low, snap.total, low if low > oldest else None)

    def allowed_events(self, state: str | None = None) -> list[str]:
        """Events with a transition out of ``state`` (default: the current state)."""
        state = self.state if state is None else state
        if state not in self._states:
            known = ", ".join(sorted(self._states))
            msg = f"state machine '{self.name}': unknown state '{state}' (known: {known})"
            raise FlowConfigError(msg)
        return sorted(event for src, event in self._table if src == state)

    def is_final(self, state: str) -> bool:
        """Whether ``state`` is marked final (False for an unknown state)."""
        spec = self._states.get(state)
        return spec is not None and spec.final

    async def trigger(
        self, event: str, context: Mapping[str, Any] | None = None
    ) -> TransitionRecord:
        """Fire ``event``: guard, then ``on_exit``, state change, ``on_enter``.

        Raises:
            InvalidTransitionError: the event is not allowed in the current state.
            GuardRejectedError: the transition's guard returned false.
            FlowError: (with a store) other writers won the compare-and-set
                ``MAX_CONFLICTS`` times in a row.
        """
        ctx: Mapping[str, Any] = MappingProxyType(dict(context or {}))
        async with self._lock:
            if self.store is not None:
                stored = await self._trigger_stored(self.store, event, ctx)
                assert stored is not None  # None only for a once-key already applied
                return stored
            record = await self._check(self.state, event, ctx)
            await self._callback(self._states[record.source].on_exit, record, "on_exit")
            self._commands.on_next(record)
            return await self._entered(record)

    async def trigger_once(
        self,
        event: str,
        context: Mapping[str, Any] | None = None,
        *,
        key: str,
        ttl: float = ONCE_TTL,
    ) -> TransitionRecord | None:
        """:meth:`trigger`, unless a transition with ``key`` was applied in the last
        ``ttl`` seconds: then nothing is checked or run and the result is None.

        A trigger that fails (not allowed, guard, callbacks before the change) does
        not take the key: the same key may be tried again.
        """
        ctx: Mapping[str, Any] = MappingProxyType(dict(context or {}))
        async with self._lock:
            if self.store is not None:
                return await self._trigger_stored(self.store, event, ctx, (key, ttl))
            if key in self._once:
                return None
            record = await self._check(self.state, event, ctx)
            await self._callback(self._states[record.source].on_exit, record, "on_exit")
            self._once.take(key, ttl)
            self._commands.on_next(record)
            return await self._entered(record)

    async def _trigger_stored(
        self,
        store: MachineStore,
        event: str,
        ctx: Mapping[str, Any],
        once: tuple[str, float] | None = None,
    ) -> TransitionRecord | None:
        """``trigger`` of a machine whose state lives in ``store`` (under the lock).

        Guard and ``on_exit`` run against the stored state; the record is appended with
        a compare-and-set; after a lost one they run again on the new stored state.
        The local snapshot is refreshed from the store, then ``on_enter`` runs. With
        ``once`` (key, ttl): None as soon as the store has the key applied; the
        compare-and-set takes it with the transition.
        """
        for attempt in range(MAX_CONFLICTS):
            if attempt:
                await asyncio.sleep(random.uniform(0, min(0.05, 0.001 * attempt)))
            if once is not None and await store.applied(self.name, once[0]):
                await self.refresh()
                return None
            stored = await store.load(self.name, limit=0)
            source, version = (stored.state, stored.version) if stored else (self.initial, 0)
            record = await self._check(source, event, ctx)
            await self._callback(self._states[source].on_exit, record, "on_exit")
            if once is None:
                appended = await store.compare_and_set(
                    self.name, version, record.to_dict(), history_limit=self._limit
                )
            else:
                appended = await store.compare_and_set(
                    self.name,
                    version,
                    record.to_dict(),
                    once=once[0],
                    once_ttl=once[1],
                    history_limit=self._limit,
                )
            if appended:
                await self.refresh()
                return await self._entered(record)
        msg = (
            f"state machine '{self.name}': event '{event}' lost the compare-and-set "
            f"{MAX_CONFLICTS} times in a row to concurrent triggers; retry"
        )
        raise FlowError(msg)

    async def _check(self, source: str, event: str, ctx: Mapping[str, Any]) -> TransitionRecord:
        """The record of ``event`` from ``source`` if allowed and the guard agrees."""
        found = self._table.get((source, event))
        if found is None:
            raise InvalidTransitionError(
                self.name, source, event, self.allowed_events(source), final=self.is_final(source)
            )
        target, guard = found
        if guard is not None:
            try:
                ok = await _maybe_await(guard(ctx))
            except Exception as exc:
                where = self._where(source, event, target)
                exc.add_note(f"in the guard of {where}; the state is unchanged")
                raise
            if not ok:
                allowed = self.allowed_events(source)
                raise GuardRejectedError(self.name, source, event, target, allowed)
        return TransitionRecord(event, source, target, self._now(), ctx)

    async def _entered(self, record: TransitionRecord) -> TransitionRecord:
        self._accepted.on_next(record)
        await self._callback(self._states[record.target].on_enter, record, "on_enter")
        return record

    async def refresh(self) -> None:
        """Take state and history from the store (no-op without one).

        Only the records this snapshot has not seen are read (none when nothing
        changed), at most ``history_limit`` of them; the whole kept history only when
        the store went back (the machine was deleted and started again).
        """
        if self.store is None:
            return
        snap = self._snapshot.value
        stored = await self.store.load(self.name, after=snap.total, limit=self._limit)
        if stored is not None and stored.version < snap.total:
            stored = await self.store.load(self.name, limit=self._limit)
        if stored is None:
            self._snapshot.on_next(_Snapshot(self.initial))
            return
        if stored.version == snap.total and stored.state == snap.state:
            return
        fresh = tuple(records(stored))
        # the new records follow on the kept ones, unless some in between were trimmed
        joined = stored.start == snap.total + 1 and stored.version >= snap.total
        history = (*snap.history, *fresh) if joined else fresh
        if self._limit is not None:
            history = history[-self._limit :]
        previous = history[-1].source if history else snap.previous
        self._snapshot.on_next(_Snapshot(stored.state, previous, history, stored.version))

    def _where(self, source: str, event: str, target: str) -> str:
        return f"state machine '{self.name}', transition '{source}' --{event}--> '{target}'"

    async def _callback(
        self, fn: Callable[[TransitionRecord], Any] | None, record: TransitionRecord, what: str
    ) -> None:
        if fn is None:
            return
        try:
            await _maybe_await(fn(record))
        except Exception as exc:
            entered = what == "on_enter"
            outcome = f"the state is now '{record.target}'" if entered else "the state is unchanged"
            where = self._where(record.source, record.event, record.target)
            exc.add_note(f"in {what} of {where}; {outcome}")
            raise

    def _now(self) -> float:
        if self._scheduler is None:
            return time.time()
        return self._scheduler.now.timestamp()

    # -- analysis -------------------------------------------------------------------

    def validate(self) -> list[str]:
        """Warnings: states unreachable from the initial one, and non-final dead ends."""
        reachable, frontier = {self.initial}, [self.initial]
        while frontier:
            src = frontier.pop()
            for (s, _), (dst, _) in self._table.items():
                if s == src and dst not in reachable:
                    reachable.add(dst)
                    frontier.append(dst)
        warnings = [
            f"state machine '{self.name}': state '{s}' is unreachable from '{self.initial}'"
            for s in self._states
            if s not in reachable
        ]
        warnings += [
            f"state machine '{self.name}': state '{s}' has no outgoing transitions; "
            "mark it final=True if that is intended"
            for s, spec in self._states.items()
            if not spec.final and not self.allowed_events(s)
        ]
        return warnings

    def replay(self, records: Iterable[TransitionRecord], *, start: str | None = None) -> str:
        """Fold ``records`` from ``start`` (default: initial) and return the final state.

        Pure: the machine is not changed. Guards are not re-run.

        Raises:
            InvalidTransitionError: a record is impossible from the state reached so far.
        """
        state = self.initial if start is None else start
        for rec in records:
            found = self._table.get((state, rec.event))
            if rec.source != state or found is None or found[0] != rec.target:
                allowed = sorted(e for s, e in self._table if s == state)
                raise InvalidTransitionError(
                    self.name, state, rec.event, allowed, final=self.is_final(state)
                )
            state = rec.target
        return state

    def describe(self) -> dict[str, Any]:
        """A JSON-friendly summary of the definition, current state and the newest
        :data:`DESCRIBED_HISTORY` records (:meth:`history_page` for the others)."""
        return {
            "name": self.name,
            "initial": self.initial,
            "state": self.state,
            "states": list(self._states),
            "transitions": [
                {"source": s, "target": t, "event": e} for (s, e), (t, _) in self._table.items()
            ],
            "history_limit": self._limit,
            "history_total": self.history_total,
            "history": [r.to_dict() for r in self.latest(DESCRIBED_HISTORY)],
        }
