"""Inside an ``async def`` stage, asyncio behaves as in a plain Task.

The engine never steps a coroutine by hand: ``process`` awaits a stage in the caller's
task and the fused stream path awaits it in a worker task the pipeline owns. So
``asyncio.timeout``, ``TaskGroup``, ``current_task()`` and contextvars bind to that task
and to nothing else — a timeout entered inside a stage cancels the stage, never the
caller. Every case runs on a VirtualTimeLoop: waits are virtual and exact.
"""

from __future__ import annotations

import asyncio
import contextvars
from typing import Any

import pytest
import reactivex

from flows import EventBus, Pipeline, StageFailedError, run_virtual
from operators import ItemFailure, RetryExhaustedError

REQUEST = contextvars.ContextVar("REQUEST", default="none")


async def _never() -> None:
    await asyncio.Event().wait()


async def _times_itself_out(item: int) -> int:
    """Enters asyncio.timeout before its first await (what a plugin stage might do)."""
    async with asyncio.timeout(0.05):
        await _never()
    return item


async def _stream(pipeline: Pipeline, items: list[Any]) -> list[Any]:
    loop = asyncio.get_running_loop()
    done: asyncio.Future[None] = loop.create_future()
    out: list[Any] = []
    reactivex.from_iterable(items).pipe(pipeline.as_operator(errors="emit")).subscribe(
        out.append, done.set_exception, lambda: done.set_result(None)
    )
    await done
    return out


def test_a_timeout_inside_a_stage_fails_the_stage_not_the_caller() -> None:
    async def main() -> tuple[str, int, float, bool]:
        pipeline = Pipeline("p").add_stage(
            _times_itself_out, {"retries": 1, "retry_delay": 0.1, "retry_jitter": 0.0}
        )
        loop = asyncio.get_running_loop()
        with pytest.raises(StageFailedError) as failed:
            await pipeline.process(1)
        task = asyncio.current_task()
        assert task is not None
        attempts = failed.value.trace[-1].attempts
        error = failed.value.error
        assert isinstance(error, RetryExhaustedError)
        return type(error.last_error).__name__, attempts, loop.time(), task.cancelling() > 0

    cause, attempts, at, cancelled = run_virtual(main())
    # two attempts of 0.05 s with a 0.1 s back-off between them; the caller lives on
    assert cause == "TimeoutError"
    assert attempts == 2
    assert at == pytest.approx(0.2)
    assert cancelled is False


def test_a_timeout_inside_a_stage_under_the_stream_path_fails_only_that_item() -> None:
    async def main() -> list[Any]:
        async def pick(item: int) -> int:
            if item == 2:
                return await _times_itself_out(item)
            return item * 10

        pipeline = Pipeline("p").add_stage(pick, {"parallel": 2})
        return await _stream(pipeline, [1, 2, 3])

    out = run_virtual(main())
    assert out[0] == 10
    assert out[2] == 30
    assert isinstance(out[1], ItemFailure)
    assert isinstance(out[1].error, TimeoutError)


def test_task_group_inside_a_stage_runs_its_children() -> None:
    async def fan_out(item: int) -> list[int]:
        async def child(n: int) -> int:
            await asyncio.sleep(0.01 * n)
            return item * n

        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(child(n)) for n in (1, 2, 3)]
        return [t.result() for t in tasks]

    async def main() -> tuple[Any, list[Any]]:
        pipeline = Pipeline("p").add_stage(fan_out, {"parallel": 4})
        result = await pipeline.process(2)
        return result.result, await _stream(pipeline, [1, 5])

    processed, streamed = run_virtual(main())
    assert processed == [2, 4, 6]
    assert streamed == [[1, 2, 3], [5, 10, 15]]


def test_current_task_is_stable_across_a_stages_awaits() -> None:
    seen: list[tuple[Any, Any]] = []

    async def where(item: int) -> int:
        before = asyncio.current_task()
        await asyncio.sleep(0.01)
        seen.append((before, asyncio.current_task()))
        return item

    async def main() -> Any:
        pipeline = Pipeline("p").add_stage(where)
        await pipeline.process(1)
        await _stream(pipeline, [1, 2])
        return asyncio.current_task()

    caller = run_virtual(main())
    assert len(seen) == 3
    assert all(before is not None and before is after for before, after in seen)
    # process() runs the stage in the caller's own task
    assert seen[0][0] is caller


def test_process_runs_the_stage_in_the_callers_context() -> None:
    """As if the caller awaited the stage itself: one context, both ways."""

    async def read(item: int) -> str:
        seen = REQUEST.get()
        await asyncio.sleep(0)
        REQUEST.set("set by the stage")
        return f"{item}:{seen}"

    async def main() -> tuple[Any, str]:
        REQUEST.set("request-7")
        result = await Pipeline("p").add_stage(read).process(1)
        return result.result, REQUEST.get()

    result, after = run_virtual(main())
    assert result == "1:request-7"
    assert after == "set by the stage"


def test_a_stage_sees_the_context_var_its_caller_set() -> None:
    async def read(item: int) -> str:
        await asyncio.sleep(0.01)
        return f"{item}:{REQUEST.get()}"

    async def main() -> Any:
        REQUEST.set("request-9")
        return (await Pipeline("p").add_stage(read).process(3)).result

    assert run_virtual(main()) == "3:request-9"


def test_event_handler_timeout_never_cancels_the_publisher() -> None:
    async def main() -> tuple[int, int, bool]:
        bus = EventBus()
        handled: list[str] = []

        async def handler(data: Any) -> None:
            async with asyncio.timeout(0.05):
                await _never()
            handled.append(data)

        bus.subscribe("caption.*", handler)
        delivered = await bus.publish("caption.done", "x")
        task = asyncio.current_task()
        assert task is not None
        return delivered, bus.handler_errors + bus.handler_timeouts, task.cancelling() > 0

    delivered, failures, cancelled = run_virtual(main())
    assert delivered == 1
    assert failures == 1  # the handler's own TimeoutError is counted, not raised
    assert cancelled is False
