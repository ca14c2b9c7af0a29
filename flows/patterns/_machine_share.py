"""State machines on a shared backend: one definition and one state for every instance.

A machine registered with a :class:`~flows.patterns.FlowManager` whose backend is
shared (Redis) is given a store of its own (:class:`SharedMachineStore`) over
``backend.machines``: its state and history live there, and before each use of the
store the machine's definition (initial state, states, transitions, history limit)
is recorded in ``backend.flows`` under kind ``state_machine`` if it changed since it
was last recorded. So a machine is shared however it was registered -- the seed's
``create_state_machine`` then ``add_state``/``add_transition`` (recorded at its first
trigger or refresh), ``adopt``, a flow file, REST (recorded at once by
``FlowManager.add_state_machine``) -- and another instance rebuilds it by name
(:meth:`MachineShare.rebuild`). The app has no part in it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from reactivex import abc

from ..backends import ONCE_TTL, Backend, MachineStore, StoredMachine
from ._state_machine import StateMachine

__all__ = ["KIND", "MachineShare", "SharedMachineStore"]

KIND = "state_machine"
_DEFINITION = ("initial", "states", "transitions", "history_limit")


def definition(machine: StateMachine) -> dict[str, Any]:
    """What another instance needs to rebuild ``machine`` (guards and callbacks aside)."""
    info = machine.describe()
    return {k: info[k] for k in _DEFINITION}


class SharedMachineStore:
    """``backend.machines`` for one machine, recording its definition before each use."""

    def __init__(self, backend: Backend, machine: StateMachine, *, recorded: bool) -> None:
        self._machines: MachineStore = backend.machines
        self._backend = backend
        self._machine = machine
        self._recorded = machine.revision if recorded else -1

    async def record(self) -> None:
        """Record the machine's definition now, unless it is recorded as it stands."""
        revision = self._machine.revision
        if revision != self._recorded:
            await self._backend.flows.save(KIND, self._machine.name, definition(self._machine))
            self._recorded = revision

    async def load(
        self, name: str, *, after: int = 0, before: int | None = None, limit: int | None = None
    ) -> StoredMachine | None:
        await self.record()
        return await self._machines.load(name, after=after, before=before, limit=limit)

    async def compare_and_set(
        self,
        name: str,
        expected_version: int,
        record: Mapping[str, Any],
        *,
        once: str | None = None,
        once_ttl: float = ONCE_TTL,
        history_limit: int | None = None,
    ) -> bool:
        await self.record()
        return await self._machines.compare_and_set(
            name,
            expected_version,
            record,
            once=once,
            once_ttl=once_ttl,
            history_limit=history_limit,
        )

    async def applied(self, name: str, once: str) -> bool:
        await self.record()
        return await self._machines.applied(name, once)

    async def delete(self, name: str) -> bool:
        return await self._machines.delete(name)


class MachineShare:
    """Gives machines their shared store and rebuilds the ones other instances defined."""

    def __init__(self, backend: Backend, scheduler: abc.SchedulerBase | None) -> None:
        self.backend = backend
        self.scheduler = scheduler
        self.shared = backend.kind != "memory"

    def attach(self, machine: StateMachine, *, recorded: bool = False) -> None:
        """Shared backend: keep ``machine``'s state in the backend from now on and record
        its definition at its next use (a no-op in memory, or when the machine already
        has a store of its own)."""
        if not self.shared or machine.store not in (None, self.backend.machines):
            return
        machine.store = SharedMachineStore(self.backend, machine, recorded=recorded)

    async def share(self, machine: StateMachine) -> None:
        """:meth:`attach`, record the definition now and take the stored state."""
        self.attach(machine)
        if isinstance(machine.store, SharedMachineStore):
            await machine.store.record()
            await machine.refresh()

    async def rebuild(self, name: str, default_limit: int | None) -> StateMachine | None:
        """The machine ``name`` from the definition another instance recorded, or None."""
        if not self.shared:
            return None
        found = await self.backend.flows.load(KIND, name)
        if found is None:
            return None
        limit = found.get("history_limit") or default_limit
        initial = found["initial"]
        machine = StateMachine(name, initial, scheduler=self.scheduler, history_limit=limit)
        for state in found["states"]:
            if state != machine.initial:
                machine.add_state(state)
        for t in found["transitions"]:
            machine.add_transition(t["source"], t["target"], t["event"])
        self.attach(machine, recorded=True)
        return machine
