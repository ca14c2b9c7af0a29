"""The persistence step of a stored state machine on its own: no guards, no callbacks.

The transition is computed from the *stored* state and appended with a
compare-and-set; when another process got there first, it reloads and tries
again, so concurrent triggers never lose a transition and the stored history is
always a valid sequence (``machine.replay(records(stored)) == stored.state``).
``StateMachine.trigger`` does the same with guards and callbacks when the machine
has a store.
"""

from __future__ import annotations

import asyncio
import random
import time
import weakref
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from .._errors import FlowError, InvalidTransitionError
from ..backends import MachineStore
from ._state_machine import MAX_CONFLICTS, StateMachine, TransitionRecord

__all__ = ["trigger_stored"]

# triggers of one machine within a process take turns (as StateMachine's own lock
# does), so only other processes can make a compare-and-set fail
_LOCKS: weakref.WeakKeyDictionary[object, dict[str, asyncio.Lock]] = weakref.WeakKeyDictionary()


def _lock(store: MachineStore, name: str) -> asyncio.Lock:
    locks = _LOCKS.setdefault(store, {})
    return locks.setdefault(name, asyncio.Lock())


async def trigger_stored(
    store: MachineStore,
    machine: StateMachine,
    event: str,
    context: Mapping[str, Any] | None = None,
    *,
    max_conflicts: int = MAX_CONFLICTS,
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
    stored = await store.load(machine.name, limit=0)
    state, version = (stored.state, stored.version) if stored else (machine.initial, 0)
    target = table.get((state, event))
    if target is None:
        raise InvalidTransitionError(
            machine.name, state, event, machine.allowed_events(state), final=machine.is_final(state)
        )
    record = TransitionRecord(event, state, target, time.time(), ctx)
    limit = machine.history_limit
    if await store.compare_and_set(machine.name, version, record.to_dict(), history_limit=limit):
        return record
    return None
