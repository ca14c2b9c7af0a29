"""Fires ``next`` COUNT times at one stored machine: ``python -m ... URL PREFIX NAME COUNT``."""

from __future__ import annotations

import asyncio
import sys

from flows import StateMachine
from flows.backends import RedisBackend
from flows.patterns import trigger_stored

from .command_audit import record_from_env


def ring(name: str) -> StateMachine:
    """a --next--> b --next--> c --next--> a: every ``next`` is always allowed."""
    machine = StateMachine(name, "a").add_state("b").add_state("c")
    return (
        machine.add_transition("a", "b", "next")
        .add_transition("b", "c", "next")
        .add_transition("c", "a", "next")
    )


async def main(url: str, prefix: str, name: str, count: int) -> None:
    backend = RedisBackend(url, prefix=prefix)
    machine = ring(name)
    for _ in range(count):
        await trigger_stored(backend.machines, machine, "next", {"pid": "worker"})
    await backend.close()


if __name__ == "__main__":
    record_from_env()  # the test audits what this process sends
    asyncio.run(main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])))
