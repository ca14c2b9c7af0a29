"""Triggering a StateMachine whose state lives in a MachineStore (memory or Redis).

The transition is computed from the *stored* state and appended with a
compare-and-set; when another process got there first, it reloads and tries
again, so concurrent triggers never lose a transition and the stored history is
always a valid sequence (``machine.replay(records(stored)) == stored.state``).
"""

from __future__ import annotations

import asyncio
import random
import time
import weakref
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from flows import FlowError, InvalidTransitionError, StateMachine, TransitionRecord
from flows._state_machine import _Snapshot

from ._base import MachineStore, StoredMachine

__all__ = ["records", "stored_snapshot", "trigger_checked", "trigger_stored"]

# triggers of one machine within a process take turns (as StateMachine's own lock
# does), so only other processes can make a compare-and-set fail
_LOCKS: weakref.WeakKeyDictionary[object, dict[str, asyncio.Lock]] = weakref.WeakKeyDictionary()


def _lock(store: MachineStore, name: str) -> asyncio.Lock:
    locks = _LOCKS.setdefault(store, {})
    return locks.setdefault(name, asyncio.Lock())


def records(stored: StoredMachine) -> list[TransitionRecord]:
    """The stored history as TransitionRecords (for ``StateMachine.replay``)."""
    return [
        TransitionRecord(
            r["event"],
            r["source"],
            r["target"],
            float(r["timestamp"]),
            MappingProxyType(dict(r.get("context") or {})),
        )
        for r in stored.history
    ]


async def trigger_stored(
    store: MachineStore,
    machine: StateMachine,
    event: str,
    context: Mapping[str, Any] | None = None,
    *,
    max_conflicts: int = 100,
) -> TransitionRecord:
    """Fire ``event`` on the stored state of ``machine`` (compare-and-set with retry).

    Guards and callbacks are not run here: this is the persistence step. After a
    lost compare-and-set it waits a random moment (up to a few ms) and retries.

    Raises:
        InvalidTransitionError: the event is not allowed in the stored state.
        FlowError: more than ``max_conflicts`` concurrent writers won in a row.
    """
    table = {(t["source"], t["event"]): t["target"] for t in machine.describe()["transitions"]}
    ctx: Mapping[str, Any] = MappingProxyType(dict(context or {}))
    async with _lock(store, machine.name):
        for attempt in range(max_conflicts):
            if attempt:
                await asyncio.sleep(random.uniform(0, min(0.05, 0.001 * attempt)))
            record = await _attempt(store, machine, table, event, ctx)
            if record is not None:
                return record
    msg = (
        f"state machine '{machine.name}': event '{event}' lost the compare-and-set "
        f"{max_conflicts} times in a row to concurrent triggers; retry"
    )
    raise FlowError(msg)


async def _attempt(
    store: MachineStore,
    machine: StateMachine,
    table: Mapping[tuple[str, str], str],
    event: str,
    ctx: Mapping[str, Any],
) -> TransitionRecord | None:
    stored = await store.load(machine.name)
    state, version = (stored.state, stored.version) if stored else (machine.initial, 0)
    target = table.get((state, event))
    if target is None:
        raise InvalidTransitionError(machine.name, state, event, machine.allowed_events(state))
    record = TransitionRecord(event, state, target, time.time(), ctx)
    if await store.compare_and_set(machine.name, version, record.to_dict()):
        return record
    return None


async def trigger_checked(
    machine: StateMachine,
    store: MachineStore,
    event: str,
    ctx: Mapping[str, Any],
    *,
    max_conflicts: int = 100,
) -> TransitionRecord:
    """``StateMachine.trigger`` of a machine with a store (called under its lock).

    Guard and ``on_exit`` run against the stored state; the record is appended with
    a compare-and-set; after a lost one they run again on the new stored state.
    The local snapshot is refreshed from the store, then ``on_enter`` runs.
    """
    for attempt in range(max_conflicts):
        if attempt:
            await asyncio.sleep(random.uniform(0, min(0.05, 0.001 * attempt)))
        stored = await store.load(machine.name)
        source, version = (stored.state, stored.version) if stored else (machine.initial, 0)
        record = await machine._check(source, event, ctx)
        await machine._callback(machine._states[source].on_exit, record, "on_exit")
        if await store.compare_and_set(machine.name, version, record.to_dict()):
            await machine.refresh()
            return await machine._entered(record)
    msg = (
        f"state machine '{machine.name}': event '{event}' lost the compare-and-set "
        f"{max_conflicts} times in a row to concurrent triggers; retry"
    )
    raise FlowError(msg)


async def stored_snapshot(
    machine: StateMachine, store: MachineStore, limit: int | None = None
) -> _Snapshot:
    """The machine's stored state and (latest ``limit``) history as a snapshot."""
    stored = await store.load(machine.name)
    if stored is None:
        return _Snapshot(machine.initial)
    history = tuple(records(stored))[-(limit or 0) :]
    return _Snapshot(stored.state, history[-1].source if history else None, history)
