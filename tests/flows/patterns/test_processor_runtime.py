"""Processors at run time: started with the manager, sources to sinks, checkpoints, leases.

Everything runs on a virtual-time loop with the memory backend: the lease and
checkpoint periods pass without wall time.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from typing import Any

from flows import (
    FlowManager,
    Processor,
    Registry,
    StateMachine,
    build_registry,
    install,
    load_flow_file,
)
from flows._vtime import run_virtual
from flows.backends import MemoryBackend, ProcessorCheckpoint, StreamLike
from operators import LoopScheduler

COUNTS = """\
kind: processor
name: counts
sources: [{stream: clicks}]
time: {field: ts, side_output: {stream: late_clicks}}
steps:
  - {id: user, type: key_by, expr: user}
  - {id: w, type: window, shape: tumbling, size: 10s}
  - {id: n, type: aggregate, op: count}
sinks: [{stream: counts_out}, {event: counted}]
checkpoint: {interval: 1s}
"""


def _registry() -> Registry:
    return build_registry(entry_points=False)


async def _manager(backend: MemoryBackend, text: str = COUNTS) -> tuple[FlowManager, Processor]:
    registry = _registry()
    manager = FlowManager(
        scheduler=LoopScheduler(asyncio.get_running_loop()), backend=backend, registry=registry
    )
    [spec] = load_flow_file("p.yaml", registry, text=text, env={})
    installed = await install(spec, manager, registry)
    assert isinstance(installed.flow, Processor)
    manager.start()
    return manager, installed.flow


async def _until(check: Callable[[], bool], seconds: float = 30.0) -> None:
    """Wait (virtual time) until ``check()`` holds."""
    loop = asyncio.get_running_loop()
    end = loop.time() + seconds
    while not check():
        assert loop.time() < end, "condition not reached"
        await asyncio.sleep(0.05)


def _reader(stream: StreamLike, into: list[Any]) -> Callable[[], Awaitable[None]]:
    async def read() -> None:
        async for entry in stream.entries():
            into.append(entry.value)

    return read


def test_a_processor_reads_its_source_and_writes_its_sinks() -> None:
    async def main() -> None:
        backend = MemoryBackend()
        manager, processor = await _manager(backend)
        await _until(lambda: processor.status == "running")
        out: list[Any] = []
        late: list[Any] = []
        events: list[Any] = []
        manager.event_bus.events("counted").subscribe(lambda e: events.append(e.data))
        reader = asyncio.ensure_future(_reader(await manager.sink_stream("counts_out"), out)())
        late_reader = asyncio.ensure_future(
            _reader(await manager.sink_stream("late_clicks"), late)()
        )
        await asyncio.sleep(0)
        clicks = manager.get_stream("clicks")
        for value in ({"user": "a", "ts": 1}, {"user": "b", "ts": 2}, {"user": "a", "ts": 11}):
            await clicks.produce(value)
        await clicks.produce({"user": "a", "ts": 3})  # its window closed at watermark 11
        await _until(lambda: len(out) == 2 and len(late) == 1)
        assert out == [
            {"key": "a", "start": 0.0, "end": 10.0, "value": 1, "count": 1, "update": False},
            {"key": "b", "start": 0.0, "end": 10.0, "value": 1, "count": 1, "update": False},
        ]
        assert late == [
            {"key": "a", "time": 3.0, "watermark": 11.0, "value": {"user": "a", "ts": 3}}
        ]
        await _until(lambda: len(events) == 2)
        assert events == out
        info = processor.describe()
        assert info["watermark"] == 11.0
        assert info["open_windows"] == 1  # a's [10, 20)
        assert info["late"] == 1
        assert info["dropped"] == 0  # the late one went to the side output
        assert info["inputs"] == 4
        assert info["offsets"] == {"clicks": str(clicks.last_id)}
        assert info["lag"] == {"clicks": 0}
        await _until(lambda: processor.checkpoints > 0)
        await manager.shutdown()
        reader.cancel()
        late_reader.cancel()
        assert processor.status == "stopped"
        saved = await backend.processors.load("counts")
        assert saved is not None
        assert saved.offsets == {"clicks": str(clicks.last_id)}
        assert saved.emitted == {'n:"a"': 10_000, 'n:"b"': 10_000}
        state = json.loads(saved.state)
        # the snapshot keeps the input a window may still need: within 10 s of the newest
        assert [r[3] for r in state["records"]] == [
            {"user": "a", "ts": 1},
            {"user": "b", "ts": 2},
            {"user": "a", "ts": 11},
            {"user": "a", "ts": 3},
        ]

    run_virtual(main(), deadline=None)


def test_a_restarted_processor_resumes_without_losing_or_repeating_a_window() -> None:
    async def main() -> None:
        backend = MemoryBackend()
        manager, first = await _manager(backend)
        await _until(lambda: first.status == "running")
        clicks = manager.get_stream("clicks")
        out: list[Any] = []
        reader = asyncio.ensure_future(_reader(await manager.sink_stream("counts_out"), out)())
        await asyncio.sleep(0)
        for value in ({"user": "a", "ts": 1}, {"user": "a", "ts": 12}, {"user": "a", "ts": 13}):
            await clicks.produce(value)
        await _until(lambda: len(out) == 1)
        await manager.shutdown()  # [10, 20) is open with 2 events: checkpointed
        reader.cancel()

        second_manager, second = await _manager(backend)
        await _until(lambda: second.status == "running")
        # the restored processor has [10, 20) with its 2 events again, from the snapshot
        assert second.describe()["open_windows"] == 1
        clicks2 = second_manager.get_stream("clicks")
        out2: list[Any] = []
        reader2 = asyncio.ensure_future(
            _reader(await second_manager.sink_stream("counts_out"), out2)()
        )
        await asyncio.sleep(0)
        await clicks2.produce({"user": "a", "ts": 15})
        await clicks2.produce({"user": "a", "ts": 30})
        await _until(lambda: len(out2) == 1)
        await second_manager.shutdown()
        reader2.cancel()
        # [0, 10) was emitted before the restart and not again; [10, 20) counts all three
        assert out2 == [
            {"key": "a", "start": 10.0, "end": 20.0, "value": 3, "count": 3, "update": False}
        ]

    run_virtual(main(), deadline=None)


def test_a_processor_runs_only_while_it_holds_the_lease() -> None:
    async def main() -> None:
        backend = MemoryBackend()
        assert await backend.processors.acquire("counts", "someone-else", ttl_s=5) == 1
        manager, processor = await _manager(backend)
        await _until(lambda: processor.status == "standby")
        await asyncio.sleep(3)
        assert processor.status == "standby"  # the other owner still holds it
        await backend.processors.release("counts", "someone-else", 1)
        await _until(lambda: processor.status == "running")
        assert processor.describe()["epoch"] == 2
        # another instance takes the lease over (as after this one stalled past its TTL):
        # the next renewal fails and this one stops processing
        await backend.processors.release("counts", manager.owner, 2)
        assert await backend.processors.acquire("counts", "someone-else", ttl_s=60) == 3
        await _until(lambda: processor.status == "standby")
        clicks = manager.get_stream("clicks")
        await clicks.produce({"user": "a", "ts": 1})
        await asyncio.sleep(2)
        assert processor.describe()["inputs"] == 0
        assert not await backend.processors.save(
            "counts", 2, (await backend.processors.load("counts")) or _empty()
        )
        await manager.shutdown()

    run_virtual(main(), deadline=None)


def _empty() -> ProcessorCheckpoint:
    return ProcessorCheckpoint({}, b"{}", {})


SURGES = """\
kind: processor
name: surges
sources: [{events: caption_request}]
steps:
  - {id: user, type: key_by, expr: user_id}
  - {id: w, type: window, shape: tumbling, size: 10s}
  - {id: n, type: aggregate, op: count}
  - {id: over, type: filter, expr: "value > `1`"}
sinks: [{machine: watch, trigger: surge}]
"""


def test_events_in_a_machine_trigger_out_in_processing_time() -> None:
    async def main() -> None:
        backend = MemoryBackend()
        manager, processor = await _manager(backend, SURGES)
        machine = StateMachine("watch", "calm", scheduler=manager.scheduler)
        machine.add_state("alert")
        machine.add_transition("calm", "alert", "surge")
        manager.state_machines["watch"] = machine
        await _until(lambda: processor.status == "running")
        for user in ("u1", "u2", "u1"):
            await manager.event_bus.publish("caption_request", {"user_id": user})
        await _until(lambda: machine.state == "alert")
        assert processor.describe()["outputs"] == 1
        assert processor.describe()["time"] == "processing"
        await manager.shutdown()

    run_virtual(main(), deadline=None)
