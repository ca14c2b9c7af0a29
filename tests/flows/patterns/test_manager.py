"""FlowManager, FlowConfig and FlowTracker: registry, limits and flow metrics."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from pydantic import ValidationError

from captions import caption_workflow
from flows import (
    FlowConfig,
    FlowExistsError,
    FlowLimitError,
    FlowManager,
    FlowNotFoundError,
    Pipeline,
    StageFailedError,
    run_virtual,
)


async def settle() -> None:
    for _ in range(10):
        await asyncio.sleep(0)


def gated(gate: asyncio.Event, entered: asyncio.Event) -> Any:
    async def wait_for_gate(x: int) -> int:
        entered.set()
        await gate.wait()
        return x

    return wait_for_gate


def boom(x: int) -> int:
    msg = f"boom {x}"
    raise ValueError(msg)


# --- FlowConfig ------------------------------------------------------------------------


def test_flow_config_takes_the_seed_fields() -> None:
    config = FlowConfig(
        max_concurrent_flows=100,
        max_queue_size=1000,
        timeout=30.0,
        enable_backpressure=True,
        backpressure_threshold=100,
        enable_flow_tracking=True,
        enable_performance_monitoring=True,
    )
    assert config.max_concurrent_flows == 100
    assert config.timeout == 30.0
    assert FlowConfig() == config  # the seed's values are the defaults


@pytest.mark.parametrize(
    "bad",
    [
        {"max_concurrent_flows": 0},
        {"timeout": 0},
        {"max_queue_size": -1},
        {"max_concurent_flows": 5},  # misspelled
    ],
)
def test_flow_config_rejects_bad_values(bad: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        FlowConfig(**bad)


def test_flow_config_is_frozen() -> None:
    config = FlowConfig()
    with pytest.raises(ValidationError):
        config.timeout = 1.0  # type: ignore[misc]


# --- registry ----------------------------------------------------------------------------


async def test_manager_hands_its_config_to_new_flows() -> None:
    manager = FlowManager(FlowConfig(timeout=7.0, max_queue_size=50))
    pipeline = await manager.create_pipeline("p")
    pipeline.add_stage(lambda x: x, name="identity")
    assert pipeline.stages[0].timeout == 7.0
    stream = await manager.create_stream("s")
    assert stream.max_buffer_size == 50
    assert manager.event_bus.handler_timeout == 7.0


async def test_create_twice_replaces_by_default() -> None:
    manager = FlowManager()
    first = await manager.create_pipeline("caption_u1")
    first.add_stage(lambda x: x, name="old")
    second = await manager.create_pipeline("caption_u1")
    assert second is not first
    assert manager.get_pipeline("caption_u1") is second
    second.add_stage(lambda x: x, name="old")  # a fresh pipeline: no duplicate stage
    assert len(manager.pipelines) == 1


async def test_create_with_if_exists_error_refuses() -> None:
    manager = FlowManager()
    await manager.create_pipeline("p")
    with pytest.raises(FlowExistsError, match="a pipeline named 'p' already exists"):
        await manager.create_pipeline("p", if_exists="error")
    await manager.create_state_machine("m", "idle")
    with pytest.raises(FlowExistsError):
        await manager.create_state_machine("m", "idle", if_exists="error")


async def test_replacing_a_stream_closes_the_old_one() -> None:
    manager = FlowManager()
    old = await manager.create_stream("s", max_buffer_size=5)
    await old.produce("left over")
    new = await manager.create_stream("s", max_buffer_size=5)
    assert old.closed
    assert not new.closed
    assert [item async for item in old.consume()] == ["left over"]  # drained, then ends


async def test_get_unknown_names_list_the_known_ones() -> None:
    manager = FlowManager()
    await manager.create_pipeline("beta")
    await manager.create_pipeline("alpha")
    with pytest.raises(FlowNotFoundError) as caught:
        manager.get_pipeline("gamma")
    assert str(caught.value) == "no pipeline named 'gamma' (registered: alpha, beta)"
    assert (caught.value.kind, caught.value.name) == ("pipeline", "gamma")
    assert isinstance(caught.value, KeyError)

    with pytest.raises(FlowNotFoundError, match=r"no stream named 'x' \(registered: none\)"):
        manager.get_stream("x")
    with pytest.raises(FlowNotFoundError, match="no reactive flow named 'x'"):
        manager.get_reactive_flow("x")
    with pytest.raises(FlowNotFoundError, match="no state machine named 'x'"):
        manager.get_state_machine("x")


async def test_flows_lists_everything_with_kind_and_status() -> None:
    manager = FlowManager()
    pipeline = await manager.create_pipeline("p")
    pipeline.add_stage(lambda x: x, name="only")
    await manager.create_stream("open_s", max_buffer_size=3)
    closed = await manager.create_stream("closed_s", max_buffer_size=3)
    closed.close()
    reactive = await manager.create_reactive_flow("r", inputs={"a": 1})
    reactive.add_computation("b", lambda a: a + 1, ["a"])
    machine = await manager.create_state_machine("m", "idle")
    machine.add_state("busy").add_transition("idle", "busy", "go")
    await machine.trigger("go")

    listed = {(f["kind"], f["name"]): f for f in manager.flows()}
    assert set(listed) == {
        ("pipeline", "p"),
        ("stream", "open_s"),
        ("stream", "closed_s"),
        ("reactive", "r"),
        ("state_machine", "m"),
    }
    assert listed["pipeline", "p"]["stages"] == ["only"]
    assert listed["pipeline", "p"]["status"] == "ready"
    assert listed["stream", "open_s"]["status"] == "open"
    assert listed["stream", "closed_s"]["status"] == "closed"
    assert listed["reactive", "r"]["status"] == "ready"
    assert listed["state_machine", "m"]["status"] == "busy"


async def test_shutdown_closes_streams() -> None:
    manager = FlowManager()
    stream = await manager.create_stream("s", max_buffer_size=3)
    reader = asyncio.create_task(_collect(stream.consume()))
    await settle()
    await manager.shutdown()
    assert stream.closed
    assert await reader == []


async def _collect(consumer: Any) -> list[Any]:
    return [item async for item in consumer]


# --- metrics -------------------------------------------------------------------------------


async def test_metrics_count_completed_and_failed_runs() -> None:
    manager = FlowManager()
    ok = await manager.create_pipeline("ok")
    ok.add_stage(lambda x: x + 1, name="inc")
    bad = await manager.create_pipeline("bad")
    bad.add_stage(boom)

    before = manager.metrics()
    assert (before["total_flows"], before["completed_flows"], before["failed_flows"]) == (0, 0, 0)
    assert before["average_duration_ms"] == 0.0
    assert before["throughput_per_s"] == 0.0

    assert (await ok.process(1)).result == 2
    assert (await ok.process(2)).result == 3
    with pytest.raises(StageFailedError):
        await bad.process(3)

    after = manager.metrics()
    assert after["total_flows"] == 3
    assert after["active_flows"] == 0
    assert after["completed_flows"] == 2
    assert after["failed_flows"] == 1
    assert after["average_duration_ms"] > 0.0
    assert after["throughput_per_s"] == round(3 / 60, 3)  # runs per second over a minute
    records = [(r.name, r.ok) for r in manager.tracker.recent]
    assert records == [("ok", True), ("ok", True), ("bad", False)]
    assert manager.tracker.recent[-1].error == (
        "StageFailedError: pipeline 'bad' stage 'boom' failed: ValueError: boom 3"
    )


async def test_active_flows_while_a_run_is_in_progress() -> None:
    manager = FlowManager()
    gate, entered = asyncio.Event(), asyncio.Event()
    pipeline = await manager.create_pipeline("slow")
    pipeline.add_stage(gated(gate, entered))

    run = asyncio.create_task(pipeline.process(5))
    await entered.wait()
    assert manager.metrics()["active_flows"] == 1
    assert manager.metrics()["total_flows"] == 1
    gate.set()
    assert (await run).result == 5
    assert manager.metrics()["active_flows"] == 0
    assert manager.metrics()["completed_flows"] == 1


async def test_metrics_changes_feed_publishes_snapshots() -> None:
    manager = FlowManager()
    snapshots: list[dict[str, Any]] = []
    manager.tracker.changes.subscribe(snapshots.append)
    pipeline = await manager.create_pipeline("p")
    pipeline.add_stage(lambda x: x, name="same")
    await pipeline.process(1)
    await pipeline.process(2)
    assert [s["completed_flows"] for s in snapshots] == [1, 2]


async def test_monitoring_and_tracking_switches() -> None:
    manager = FlowManager(
        FlowConfig(enable_flow_tracking=False, enable_performance_monitoring=False)
    )
    pipeline = await manager.create_pipeline("p")
    pipeline.add_stage(lambda x: x, name="same")
    await pipeline.process(1)
    metrics = manager.metrics()
    assert metrics["completed_flows"] == 1
    assert metrics["average_duration_ms"] == 0.0  # no timing kept
    assert metrics["throughput_per_s"] == 0.0
    assert list(manager.tracker.recent) == []


async def test_metrics_include_events_and_streams() -> None:
    manager = FlowManager()
    manager.event_bus.subscribe("e", lambda _: None)
    await manager.event_bus.publish("e")
    stream = await manager.create_stream("s", max_buffer_size=2)
    await stream.produce(1)
    metrics = manager.metrics()
    assert metrics["events"]["published"] == 1
    assert metrics["events"]["delivered"] == 1
    assert metrics["streams"]["s"]["produced"] == 1


# --- concurrency limit --------------------------------------------------------------------


async def test_limit_without_backpressure_refuses_a_second_run() -> None:
    manager = FlowManager(FlowConfig(max_concurrent_flows=1, enable_backpressure=False))
    gate, entered = asyncio.Event(), asyncio.Event()
    pipeline = await manager.create_pipeline("slow")
    pipeline.add_stage(gated(gate, entered))

    first = asyncio.create_task(pipeline.process(1))
    await entered.wait()
    with pytest.raises(FlowLimitError, match=r"max_concurrent_flows \(1\) reached") as caught:
        await pipeline.process(2)
    assert caught.value.limit == 1
    assert manager.metrics()["rejected_flows"] == 1

    gate.set()
    assert (await first).result == 1
    assert (await pipeline.process(3)).result == 3  # the slot is free again
    metrics = manager.metrics()
    assert (metrics["total_flows"], metrics["completed_flows"]) == (2, 2)


async def test_limit_with_backpressure_waits_for_a_slot() -> None:
    manager = FlowManager(FlowConfig(max_concurrent_flows=1, enable_backpressure=True))
    gate, entered = asyncio.Event(), asyncio.Event()
    pipeline = await manager.create_pipeline("slow")
    pipeline.add_stage(gated(gate, entered))

    first = asyncio.create_task(pipeline.process(1))
    await entered.wait()
    second = asyncio.create_task(pipeline.process(2))
    await settle()
    assert not second.done()
    metrics = manager.metrics()
    assert (metrics["active_flows"], metrics["waiting_flows"]) == (1, 1)

    gate.set()
    assert [r.result for r in await asyncio.gather(first, second)] == [1, 2]
    metrics = manager.metrics()
    assert (metrics["completed_flows"], metrics["waiting_flows"], metrics["rejected_flows"]) == (
        2,
        0,
        0,
    )


async def test_waiting_queue_is_bounded_by_max_queue_size() -> None:
    config = FlowConfig(max_concurrent_flows=1, max_queue_size=1, enable_backpressure=True)
    manager = FlowManager(config)
    gate, entered = asyncio.Event(), asyncio.Event()
    pipeline = await manager.create_pipeline("slow")
    pipeline.add_stage(gated(gate, entered))

    first = asyncio.create_task(pipeline.process(1))
    await entered.wait()
    waiting = asyncio.create_task(pipeline.process(2))
    await settle()
    with pytest.raises(FlowLimitError):
        await pipeline.process(3)  # the one waiting place is taken
    gate.set()
    assert [r.result for r in await asyncio.gather(first, waiting)] == [1, 2]


async def test_a_waiter_cancelled_as_its_slot_comes_passes_the_slot_on() -> None:
    manager = FlowManager(FlowConfig(max_concurrent_flows=1, enable_backpressure=True))
    gate, entered = asyncio.Event(), asyncio.Event()
    pipeline = await manager.create_pipeline("slow")
    pipeline.add_stage(gated(gate, entered))

    first = asyncio.create_task(pipeline.process(1))
    await entered.wait()
    second = asyncio.create_task(pipeline.process(2))
    third = asyncio.create_task(pipeline.process(3))
    await settle()

    def cancel_second(snapshot: dict[str, Any]) -> None:
        # the first run has just left: its slot went to the second run, not yet
        # resumed, which is cancelled before it could run
        if snapshot["completed_flows"] == 1:
            second.cancel()

    manager.tracker.changes.subscribe(cancel_second)
    gate.set()
    await first
    with pytest.raises(asyncio.CancelledError):
        await second
    assert (await third).result == 3  # the slot passed on, not lost
    assert (await pipeline.process(4)).result == 4
    metrics = manager.metrics()
    assert (metrics["active_flows"], metrics["waiting_flows"]) == (0, 0)
    assert metrics["completed_flows"] == 3


async def test_runs_waiting_for_a_slot_get_it_in_order() -> None:
    manager = FlowManager(FlowConfig(max_concurrent_flows=1, enable_backpressure=True))
    order: list[int] = []
    gate = asyncio.Event()

    async def note(x: int) -> int:
        order.append(x)
        await gate.wait()
        return x

    pipeline = await manager.create_pipeline("ordered")
    pipeline.add_stage(note)
    runs = []
    for i in range(4):
        runs.append(asyncio.create_task(pipeline.process(i)))
        await settle()
    gate.set()
    assert [r.result for r in await asyncio.gather(*runs)] == [0, 1, 2, 3]
    assert order == [0, 1, 2, 3]


def test_a_wait_for_a_slot_past_the_configured_timeout_is_refused() -> None:
    async def main() -> tuple[float, dict[str, Any], int]:
        config = FlowConfig(max_concurrent_flows=1, enable_backpressure=True, timeout=2.0)
        manager = FlowManager(config)
        gate, entered = asyncio.Event(), asyncio.Event()
        pipeline = await manager.create_pipeline("slow")
        pipeline.add_stage(gated(gate, entered), {"timeout": 60.0})
        first = asyncio.create_task(pipeline.process(1))
        await entered.wait()
        loop = asyncio.get_running_loop()
        with pytest.raises(FlowLimitError):
            await pipeline.process(2)
        at = loop.time()
        gate.set()
        await first
        result = await pipeline.process(3)  # the refused wait holds no slot
        return at, manager.metrics(), result.result

    at, metrics, result = run_virtual(main())
    assert at == pytest.approx(2.0)
    assert result == 3
    assert (metrics["rejected_flows"], metrics["waiting_flows"], metrics["active_flows"]) == (
        1,
        0,
        0,
    )


async def test_limit_is_shared_by_every_pipeline_of_a_manager() -> None:
    manager = FlowManager(FlowConfig(max_concurrent_flows=1, enable_backpressure=False))
    gate, entered = asyncio.Event(), asyncio.Event()
    slow = await manager.create_pipeline("slow")
    slow.add_stage(gated(gate, entered))
    other = await manager.create_pipeline("other")
    other.add_stage(lambda x: x, name="same")

    first = asyncio.create_task(slow.process(1))
    await entered.wait()
    with pytest.raises(FlowLimitError):
        await other.process(2)
    gate.set()
    await first


async def test_a_standalone_pipeline_has_no_limit() -> None:
    gate, entered = asyncio.Event(), asyncio.Event()
    pipeline = Pipeline("free").add_stage(gated(gate, entered))
    runs = [asyncio.create_task(pipeline.process(i)) for i in range(3)]
    await entered.wait()
    gate.set()
    assert [r.result for r in await asyncio.gather(*runs)] == [0, 1, 2]


async def test_adopt_registers_a_prebuilt_flow_and_counts_its_runs() -> None:
    manager = FlowManager()
    machine = caption_workflow("wf")
    manager.adopt(machine)
    assert manager.get_state_machine("wf") is machine
    pipeline = Pipeline("built-elsewhere")
    pipeline.add_stage(lambda x: x + 1, name="inc")
    manager.adopt(pipeline)
    assert (await manager.get_pipeline("built-elsewhere").process(1)).result == 2
    assert manager.tracker.metrics.completed_flows == 1
    with pytest.raises(FlowExistsError):
        manager.adopt(Pipeline("built-elsewhere"), if_exists="error")
