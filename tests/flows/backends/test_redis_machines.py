"""Stored state machines: concurrent triggers never lose a transition."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

import pytest

from captions import caption_workflow
from flows import InvalidTransitionError
from flows.backends import RedisBackend, StoredMachine
from flows.patterns import records, trigger_stored

from ._machine_worker import ring

ROOT = Path(__file__).resolve().parents[3]


def check_history(stored: StoredMachine | None, machine_count: int, initial: str = "a") -> None:
    assert stored is not None
    assert stored.version == len(stored.history) == machine_count
    assert ring("m").replay(records(stored)) == stored.state  # a valid sequence, no gap


async def test_two_backends_triggering_concurrently_lose_nothing(
    redis_url: str, prefix: str
) -> None:
    a = RedisBackend(redis_url, prefix=prefix)
    b = RedisBackend(redis_url, prefix=prefix)
    machine = ring("m")
    try:
        await asyncio.gather(
            *(
                trigger_stored(x.machines, machine, "next", {"i": i})
                for i in range(100)
                for x in (a, b)
            )
        )
        stored = await b.machines.load("m")
    finally:
        await a.close()
        await b.close()
    check_history(stored, 200)
    assert stored is not None
    assert stored.state == "c"


async def test_two_processes_triggering_concurrently_lose_nothing(
    redis_url: str, prefix: str
) -> None:
    argv = [sys.executable, "-m", "tests.flows.backends._machine_worker", redis_url, prefix, "m"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [
        await asyncio.create_subprocess_exec(*argv, "150", cwd=ROOT, env=env) for _ in range(2)
    ]
    try:
        async with asyncio.timeout(60):
            codes = [await p.wait() for p in procs]
    finally:
        for proc in procs:
            if proc.returncode is None:
                proc.kill()
                await proc.wait()
    assert codes == [0, 0]
    backend = RedisBackend(redis_url, prefix=prefix)
    try:
        check_history(await backend.machines.load("m"), 300)
    finally:
        await backend.close()


async def test_only_one_of_two_concurrent_starts_wins(redis_url: str, prefix: str) -> None:
    a = RedisBackend(redis_url, prefix=prefix)
    b = RedisBackend(redis_url, prefix=prefix)
    wf = caption_workflow("wf")
    try:
        outcomes = await asyncio.gather(
            trigger_stored(a.machines, wf, "start"),
            trigger_stored(b.machines, wf, "start"),
            return_exceptions=True,
        )
        stored = await a.machines.load("wf")
        assert await a.machines.delete("wf")
        assert await a.machines.load("wf") is None
    finally:
        await a.close()
        await b.close()
    errors = [o for o in outcomes if isinstance(o, BaseException)]
    assert len(errors) == 1
    assert isinstance(errors[0], InvalidTransitionError)
    assert "not allowed in state 'validating'" in str(errors[0])
    assert stored is not None
    assert stored.state == "validating"
    assert stored.version == 1
    assert wf.replay(records(stored)) == "validating"


async def test_an_event_not_allowed_in_the_stored_state_names_it(
    redis_url: str, prefix: str
) -> None:
    backend = RedisBackend(redis_url, prefix=prefix)
    try:
        with pytest.raises(
            InvalidTransitionError, match="'success' is not allowed in state 'idle'"
        ):
            await trigger_stored(backend.machines, caption_workflow("wf"), "success")
    finally:
        await backend.close()
