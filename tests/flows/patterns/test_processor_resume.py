"""A processor resumed from a checkpoint older than what it did: the windows it forms
again reach each sink once (a stream stores it, an event type publishes it, a machine
applies its trigger, a webhook gets it, once), and what came while nobody ran it is read.

Virtual time and the memory backend, as ``test_processor_runtime``; the same on
Redis across processes is ``tests/app/test_processor_takeover.py``.
"""

from __future__ import annotations

import asyncio
from typing import Any

from flows import Event, StateMachine
from flows._vtime import run_virtual
from flows.backends import Backend, MemoryBackend, ProcessorCheckpoint

from .test_processor_runtime import _manager, _reader, _until

COUNTS = """\
kind: processor
name: counts
sources: [{stream: clicks}]
time: {field: ts}
steps:
  - {id: user, type: key_by, expr: user}
  - {id: w, type: window, shape: tumbling, size: 10s}
  - {id: n, type: aggregate, op: count}
sinks: [{stream: counts_out}]
checkpoint: {interval: 1s}
"""


EVERY_SINK = COUNTS.replace(
    "sinks: [{stream: counts_out}]",
    "sinks: [{stream: counts_out}, {event: counted}, {machine: tally, trigger: closed},"
    " {webhook: 'https://hooks.example/counts'}]",
)


def window(start: float, count: int) -> dict[str, Any]:
    return {
        "key": "a",
        "start": start,
        "end": start + 10,
        "value": count,
        "count": count,
        "update": False,
    }


async def _forget_emitted(backend: Backend) -> None:
    """The checkpoint as if the instance had died after emitting, before checkpointing."""
    store = backend.processors
    epoch = await store.acquire("counts", "test", 5.0)
    assert epoch is not None
    saved = await store.load("counts")
    assert saved is not None
    assert saved.emitted  # the window was recorded as emitted ...
    assert await store.save("counts", epoch, ProcessorCheckpoint(saved.offsets, saved.state, {}))
    await store.release("counts", "test", epoch)


def test_a_window_formed_again_after_a_restore_is_stored_in_the_sink_once() -> None:
    async def main() -> None:
        backend = MemoryBackend()
        manager, processor = await _manager(backend, COUNTS)
        await _until(lambda: processor.status == "running")
        clicks = manager.get_stream("clicks")
        out: list[Any] = []
        reader = asyncio.ensure_future(_reader(await manager.sink_stream("counts_out"), out)())
        await asyncio.sleep(0)
        for ts in (5, 7, 12):
            await clicks.produce({"user": "a", "ts": ts})
        await _until(lambda: len(out) == 1)
        await processor.stop()
        await _forget_emitted(backend)  # ... and is not any more
        processor.start(manager)
        await _until(lambda: processor.status == "running")
        # the replayed input closes [0, 10) again: the sink has it already
        await _until(lambda: processor.describe()["outputs"] == 2)  # handed over twice
        await clicks.produce({"user": "a", "ts": 25})
        await _until(lambda: len(out) == 2)
        await manager.shutdown()
        reader.cancel()
        assert out == [window(0, 2), window(10, 1)]

    run_virtual(main(), deadline=None)


def test_a_window_formed_again_after_a_restore_reaches_every_sink_once() -> None:
    async def main() -> None:
        backend = MemoryBackend()
        manager, processor = await _manager(backend, EVERY_SINK)
        tally = StateMachine("tally", "counting", scheduler=manager.scheduler)
        tally.add_transition("counting", "counting", "closed")  # each trigger: one record
        manager.state_machines["tally"] = tally
        hooks: list[tuple[str, Any, Any]] = []

        def sender(url: str) -> Any:
            async def deliver(event: Event) -> bool:
                hooks.append((url, event.id, event.data))
                return True

            return deliver

        manager.webhook_sender = sender
        events: list[Any] = []
        manager.event_bus.events("counted").subscribe(lambda e: events.append(e.data))
        await _until(lambda: processor.status == "running")
        clicks = manager.get_stream("clicks")
        out: list[Any] = []
        reader = asyncio.ensure_future(_reader(await manager.sink_stream("counts_out"), out)())
        await asyncio.sleep(0)
        for ts in (5, 7, 12):
            await clicks.produce({"user": "a", "ts": ts})
        await _until(lambda: len(hooks) == 1)
        await processor.stop()
        await _forget_emitted(backend)
        processor.start(manager)
        await _until(lambda: processor.status == "running")
        await _until(lambda: processor.describe()["outputs"] == 2)  # [0, 10) handed over again
        await clicks.produce({"user": "a", "ts": 25})
        await _until(lambda: len(out) == 2 and len(hooks) >= 2)
        await manager.shutdown()
        reader.cancel()
        first, second = window(0, 2), window(10, 1)
        assert out == [first, second]
        assert events == [first, second]
        assert [dict(r.context) for r in tally.history] == [first, second]
        url = "https://hooks.example/counts"
        assert hooks == [
            (url, 'counts:n:"a"@10000', first),  # the id is the Idempotency-Key
            (url, 'counts:n:"a"@20000', second),
        ]
        assert processor.describe()["dropped_by"]["sink"] == 0

    run_virtual(main(), deadline=None)


def test_a_source_never_read_before_the_checkpoint_is_read_from_its_start() -> None:
    async def main() -> None:
        backend = MemoryBackend()
        manager, processor = await _manager(backend, COUNTS)
        await _until(lambda: processor.status == "running")
        await processor.stop()  # checkpointed before any entry: no offset for clicks
        checkpoint = await backend.processors.load("counts")
        assert checkpoint is not None
        assert dict(checkpoint.offsets) == {}
        clicks = manager.get_stream("clicks")
        out: list[Any] = []
        reader = asyncio.ensure_future(_reader(await manager.sink_stream("counts_out"), out)())
        # another reader of clicks: entries do not wait in the stream for a first one
        seen: list[Any] = []
        other = asyncio.ensure_future(_reader(clicks, seen)())
        await asyncio.sleep(0)
        for ts in (1, 2, 15):  # while nobody runs it
            await clicks.produce({"user": "a", "ts": ts})
        await _until(lambda: len(seen) == 3)
        processor.start(manager)
        await _until(lambda: len(out) == 1)
        await manager.shutdown()
        reader.cancel()
        other.cancel()
        assert out == [window(0, 2)]

    run_virtual(main(), deadline=None)
