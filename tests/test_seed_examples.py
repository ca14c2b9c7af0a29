"""The seed document's Python examples, run as written against the flows package.

Two places could not run exactly as printed, because Python itself rejects them;
each keeps the seed's code and says why at the spot:

* ``generate_caption_with_flow`` chains ``.add_stage(...)`` over several lines
  without brackets (a SyntaxError); here the chain is wrapped in parentheses.
* ``batch_process_captions`` gathers an async generator (a TypeError) whose
  ``async for`` never ends while the stream stays open.
* ``real_time_caption_service`` subscribes ``handle_caption_request`` before the
  ``def`` that creates it (an UnboundLocalError); here the ``def`` comes first.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest

from flows import FlowConfig, FlowManager, Pipeline, PipelineResult

flow_manager = FlowManager()


@pytest.fixture(autouse=True)
def fresh_flow_manager() -> FlowManager:
    """The seed uses one global ``flow_manager``; give every test a fresh one."""
    global flow_manager
    flow_manager = FlowManager()
    return flow_manager


# --- stage functions the seed refers to ------------------------------------------------


async def validate_content_stage(data: dict[str, Any]) -> dict[str, Any]:
    if not data["content"].strip():
        msg = "content is empty"
        raise ValueError(msg)
    return {**data, "valid": True}


def load_ai_model_stage(data: dict[str, Any]) -> dict[str, Any]:
    return {**data, "model": "caption-model-v1"}


async def generate_caption_stage(data: dict[str, Any]) -> dict[str, Any]:
    await asyncio.sleep(0)  # really suspends once, as an I/O call would
    return {**data, "caption": f"{data['content']} ✨"}


def post_process_stage(data: dict[str, Any]) -> dict[str, Any]:
    return {**data, "caption": data["caption"].strip().capitalize()}


CACHE: dict[str, str] = {}


async def cache_result_stage(data: dict[str, Any]) -> dict[str, Any]:
    CACHE[data["user_id"]] = data["caption"]
    return data


# --- 1. Integration: caption generation engine -----------------------------------------


async def generate_caption_with_flow(content: str, user_id: str) -> PipelineResult:
    # Create pipeline
    pipeline = await flow_manager.create_pipeline(f"caption_{user_id}")

    # Add stages
    # (the seed's chain spans lines without brackets, a SyntaxError: wrapped here)
    (
        pipeline.add_stage(validate_content_stage)
        .add_stage(load_ai_model_stage)
        .add_stage(generate_caption_stage)
        .add_stage(post_process_stage)
        .add_stage(cache_result_stage)
    )

    # Execute pipeline
    result = await pipeline.process({"content": content, "user_id": user_id})

    return result  # noqa: RET504  (as the seed writes it)


async def test_generate_caption_with_flow() -> None:
    result = await generate_caption_with_flow("sunset at the beach", "u1")

    assert result.result == {
        "content": "sunset at the beach",
        "user_id": "u1",
        "valid": True,
        "model": "caption-model-v1",
        "caption": "Sunset at the beach ✨",
    }
    assert [t.stage for t in result.trace] == [
        "validate_content_stage",
        "load_ai_model_stage",
        "generate_caption_stage",
        "post_process_stage",
        "cache_result_stage",
    ]
    assert all(t.status == "ok" for t in result.trace)
    assert CACHE["u1"] == "Sunset at the beach ✨"
    assert flow_manager.metrics()["completed_flows"] == 1


async def test_generate_caption_with_flow_twice_for_one_user() -> None:
    # the seed creates caption_{user_id} on every call: the second call replaces it
    first = await generate_caption_with_flow("first post", "u2")
    second = await generate_caption_with_flow("second post", "u2")
    assert first.result["caption"] == "First post ✨"
    assert second.result["caption"] == "Second post ✨"
    assert [f["name"] for f in flow_manager.flows()] == ["caption_u2"]
    assert flow_manager.metrics()["completed_flows"] == 2


# --- 2. Batch processing -----------------------------------------------------------------


async def generate_caption(content: str) -> str:
    await asyncio.sleep(0)
    return f"caption for {content}"


async def batch_process_captions(content_items: list[str]) -> tuple[None, list[str]]:
    # Create stream
    stream = await flow_manager.create_stream("batch_captions")

    # Producer
    async def producer() -> None:
        for content in content_items:
            await stream.produce(content)
        # not in the seed: without close() the consumer's `async for` never ends
        stream.close()

    # Consumer
    async def consumer() -> AsyncIterator[str]:
        async for content in stream.consume():
            caption = await generate_caption(content)
            yield caption

    # Run producer and consumer
    # The seed's `asyncio.gather(producer(), consumer())` cannot run: consumer() is an
    # async generator, which gather() refuses with TypeError (Python itself, see
    # test_seed_batch_gather_as_written_is_rejected_by_python); collect it instead.
    async def collected() -> list[str]:
        return [c async for c in consumer()]

    return await asyncio.gather(producer(), collected())


async def test_batch_process_captions() -> None:
    produced, captions = await batch_process_captions(["cat", "dog", "sea"])
    assert produced is None
    assert captions == ["caption for cat", "caption for dog", "caption for sea"]
    assert flow_manager.get_stream("batch_captions").closed


async def test_seed_batch_gather_as_written_is_rejected_by_python() -> None:
    async def consumer() -> AsyncIterator[str]:
        yield "never"

    with pytest.raises(TypeError):
        asyncio.gather(consumer())  # type: ignore[call-overload]


# --- 3. Real-time processing --------------------------------------------------------------


async def generate_caption_for_user(content: str, user_id: str) -> str:
    await asyncio.sleep(0)
    return f"{content} (for {user_id})"


async def real_time_caption_service() -> None:
    # Handle requests
    # (the seed subscribes before this def runs, an UnboundLocalError: moved up)
    async def handle_caption_request(event_data: dict[str, Any]) -> None:
        content = event_data["content"]
        user_id = event_data["user_id"]

        # Generate caption
        caption = await generate_caption_for_user(content, user_id)

        # Publish completion event
        await flow_manager.event_bus.publish(
            "caption_completed", {"caption": caption, "user_id": user_id}
        )

    # Subscribe to caption requests
    flow_manager.event_bus.subscribe("caption_request", handle_caption_request)


async def test_real_time_caption_service() -> None:
    completed: list[dict[str, Any]] = []
    flow_manager.event_bus.subscribe("caption_completed", completed.append)
    await real_time_caption_service()

    delivered = await flow_manager.event_bus.publish(
        "caption_request", {"content": "morning coffee", "user_id": "u7"}
    )

    assert delivered == 1
    assert completed == [{"caption": "morning coffee (for u7)", "user_id": "u7"}]
    assert flow_manager.event_bus.stats()["published"] == 2


# --- usage patterns ------------------------------------------------------------------------


async def test_simple_pipeline() -> None:
    content_data = {"content": "city lights", "user_id": "u3"}
    # Create and execute simple pipeline
    pipeline = await flow_manager.create_pipeline("simple_caption")
    pipeline.add_stage(generate_caption_stage)
    result = await pipeline.process(content_data)

    assert result.result["caption"] == "city lights ✨"
    assert [(t.stage, t.status) for t in result.trace] == [("generate_caption_stage", "ok")]


async def test_complex_workflow() -> None:
    context = {"content": "mountain hike", "user_id": "u4"}
    # Create state machine workflow
    state_machine = await flow_manager.create_state_machine("caption_workflow", "idle")
    state_machine.add_state("validating").add_state("generating").add_state("completed")
    state_machine.add_transition("idle", "validating", "start")
    state_machine.add_transition("validating", "generating", "valid")
    state_machine.add_transition("generating", "completed", "success")

    # Execute workflow
    await state_machine.trigger("start", context)

    assert state_machine.state == "validating"
    await state_machine.trigger("valid", context)
    await state_machine.trigger("success", context)
    assert state_machine.state == "completed"
    assert [(r.source, r.target) for r in state_machine.history] == [
        ("idle", "validating"),
        ("validating", "generating"),
        ("generating", "completed"),
    ]


async def test_reactive_system() -> None:
    async def get_preferences() -> dict[str, str]:
        await asyncio.sleep(0)
        return {"tone": "playful"}

    def generate_caption(preferences: dict[str, str]) -> str:
        return f"a {preferences['tone']} caption"

    # Create reactive flow
    flow = await flow_manager.create_reactive_flow("dynamic_captions")
    flow.add_computation("preferences", get_preferences, [])
    flow.add_computation("caption", generate_caption, ["preferences"])

    # Get result (automatically computes dependencies)
    result = await flow.get("caption")

    assert result == "a playful caption"


async def test_event_driven_processing() -> None:
    updates: list[Any] = []
    preference_changes: list[Any] = []

    async def handle_content_update(data: Any) -> None:
        await asyncio.sleep(0)
        updates.append(data)

    def handle_preference_change(data: Any) -> None:
        preference_changes.append(data)

    content_data = {"content": "new post", "user_id": "u5"}
    # Subscribe to events
    flow_manager.event_bus.subscribe("content_update", handle_content_update)
    flow_manager.event_bus.subscribe("user_preference_change", handle_preference_change)

    # Publish events
    await flow_manager.event_bus.publish("content_update", content_data)

    assert updates == [content_data]
    assert preference_changes == []


# --- configuration ----------------------------------------------------------------------------


def test_flow_manager_configuration() -> None:
    config = FlowConfig(
        max_concurrent_flows=100,  # Maximum concurrent flows
        max_queue_size=1000,  # Maximum queue size
        timeout=30.0,  # Default timeout
        enable_backpressure=True,  # Enable backpressure control
        backpressure_threshold=100,  # Backpressure threshold
        enable_flow_tracking=True,  # Enable flow tracking
        enable_performance_monitoring=True,  # Enable performance monitoring
    )
    manager = FlowManager(config)
    assert manager.config is config
    assert manager.tracker.config.max_concurrent_flows == 100


async def test_pipeline_configuration() -> None:
    def stage_function(data: dict[str, Any]) -> dict[str, Any]:
        return {**data, "done": True}

    pipeline = Pipeline("configured")
    pipeline.add_stage(
        stage_function,
        config={
            "timeout": 10.0,  # Stage timeout
            "retries": 3,  # Retry attempts
            "parallel": False,  # Parallel execution
            "circuit_breaker": True,  # Enable circuit breaker
        },
    )
    result = await pipeline.process({"x": 1})
    assert result.result == {"x": 1, "done": True}


async def test_stream_configuration() -> None:
    stream = await flow_manager.create_stream(
        "stream_name",
        max_buffer_size=100,  # Buffer size
        enable_backpressure=True,  # Enable backpressure
        compression=True,  # Enable compression
    )
    await stream.produce({"caption": "hello " * 20})
    stream.close()
    assert [item async for item in stream.consume()] == [{"caption": "hello " * 20}]
    assert stream.stats()["compression_ratio"] < 1
