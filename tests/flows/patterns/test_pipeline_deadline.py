"""``Pipeline.process(data, timeout=...)``: one deadline for the whole run.

The limit covers everything the run waits for — a free run slot, every stage's
attempts and the back-off between them — as ``asyncio.timeout`` around the call
would, with one timer: a stage's own (shorter) timeout is still a stage failure,
retried by its config; the run's limit is a ``TimeoutError`` that nothing retries.
Every case runs on a VirtualTimeLoop: the instants are exact.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

import pytest

from flows import FlowConfig, FlowTracker, Pipeline, StageFailedError, VirtualTimeLoop, run_virtual


async def _stuck(item: Any) -> Any:
    await asyncio.Event().wait()
    return item


def _slow(seconds: float) -> Any:
    async def slow(item: Any) -> Any:
        await asyncio.sleep(seconds)
        return item

    return slow


def test_a_run_past_its_limit_is_a_timeout_error_at_the_limit() -> None:
    async def main() -> tuple[float, int, int]:
        pipeline = Pipeline("p").add_stage(_slow(0.2), name="a").add_stage(_stuck, name="b")
        loop = asyncio.get_running_loop()
        with pytest.raises(TimeoutError):
            await pipeline.process(1, timeout=1.0)
        task = asyncio.current_task()
        assert task is not None
        return loop.time(), task.cancelling(), pipeline.counters.failed

    at, cancelling, failed = run_virtual(main())
    assert at == pytest.approx(1.0)
    assert cancelling == 0  # the caller's task is not left cancelled
    assert failed == 0  # the run was cut short, no stage failed


def test_a_stage_timeout_inside_the_limit_is_still_the_stages_and_retried() -> None:
    async def main() -> tuple[float, int]:
        pipeline = Pipeline("p").add_stage(
            _stuck, {"timeout": 0.1, "retries": 1, "retry_delay": 0.05, "retry_jitter": 0.0}
        )
        loop = asyncio.get_running_loop()
        with pytest.raises(StageFailedError) as failed:
            await pipeline.process(1, timeout=5.0)
        return loop.time(), failed.value.trace[-1].attempts

    at, attempts = run_virtual(main())
    assert attempts == 2
    assert at == pytest.approx(0.25)  # 0.1 + 0.05 back-off + 0.1


def test_the_limit_cuts_a_retry_short_and_is_not_retried() -> None:
    async def main() -> float:
        pipeline = Pipeline("p").add_stage(
            _stuck, {"timeout": 0.3, "retries": 3, "retry_delay": 0.1, "retry_jitter": 0.0}
        )
        loop = asyncio.get_running_loop()
        with pytest.raises(TimeoutError):
            await pipeline.process(1, timeout=0.5)
        return loop.time()

    # first attempt times out at 0.3, back-off to 0.4, the second is cut at 0.5
    assert run_virtual(main()) == pytest.approx(0.5)


def test_the_limit_covers_a_retry_back_off() -> None:
    async def main() -> float:
        calls = 0

        def flaky(item: Any) -> Any:
            nonlocal calls
            calls += 1
            raise ValueError(f"call {calls}")

        pipeline = Pipeline("p").add_stage(
            flaky, {"retries": 2, "retry_delay": 10.0, "retry_jitter": 0.0}
        )
        loop = asyncio.get_running_loop()
        with pytest.raises(TimeoutError):
            await pipeline.process(1, timeout=2.0)
        assert calls == 1
        return loop.time()

    assert run_virtual(main()) == pytest.approx(2.0)


def test_a_run_within_its_limit_leaves_no_timer_behind() -> None:
    async def main() -> tuple[Any, float]:
        pipeline = Pipeline("p").add_stage(_slow(0.2), {"timeout": 0.5})
        result = await pipeline.process(7, timeout=1.0)
        # long past the limit: nothing cancels the caller's later awaits
        await asyncio.sleep(5.0)
        return result.result, asyncio.get_running_loop().time()

    value, at = run_virtual(main())
    assert value == 7
    assert at == pytest.approx(5.2)


def test_a_caller_cancelled_inside_the_limit_is_cancelled_not_timed_out() -> None:
    async def main() -> bool:
        pipeline = Pipeline("p").add_stage(_stuck)
        task = asyncio.get_running_loop().create_task(pipeline.process(1, timeout=10.0))
        await asyncio.sleep(1.0)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        return task.cancelled()

    assert run_virtual(main()) is True


def test_the_limit_covers_the_wait_for_a_run_slot() -> None:
    async def main() -> tuple[float, int]:
        tracker = FlowTracker(
            FlowConfig(max_concurrent_flows=1, enable_backpressure=True, timeout=60.0)
        )
        pipeline = Pipeline("p", tracker=tracker).add_stage(_slow(3.0))
        loop = asyncio.get_running_loop()
        holder = loop.create_task(pipeline.process(1))
        await asyncio.sleep(0)
        with pytest.raises(TimeoutError):
            await pipeline.process(2, timeout=1.0)
        at = loop.time()
        await holder
        return at, tracker.metrics.waiting_flows

    at, waiting = run_virtual(main())
    assert at == pytest.approx(1.0)
    assert waiting == 0


def test_runs_in_progress_each_end_at_their_own_limit() -> None:
    async def main() -> dict[str, float]:
        pipeline = Pipeline("p").add_stage(_stuck)
        loop = asyncio.get_running_loop()
        ended: dict[str, float] = {}

        async def run(name: str, start: float, limit: float) -> None:
            await asyncio.sleep(start)
            with pytest.raises(TimeoutError):
                await pipeline.process(name, timeout=limit)
            ended[name] = loop.time()

        async def quick() -> None:  # a run that ends in time, between the others
            await asyncio.sleep(0.2)
            fast = Pipeline("q").add_stage(_slow(0.1))
            assert (await fast.process(1, timeout=0.5)).result == 1
            ended["quick"] = loop.time()

        await asyncio.gather(run("late", 0.0, 5.0), run("early", 0.5, 1.0), quick())
        return ended

    ended = run_virtual(main())
    assert ended == pytest.approx({"quick": 0.3, "early": 1.5, "late": 5.0})


def test_a_run_after_many_that_ended_in_time_still_ends_at_its_limit() -> None:
    async def item(value: str) -> str:
        if value == "stuck":
            await asyncio.Event().wait()
        await asyncio.sleep(0.001)
        return value

    async def main() -> float:
        pipeline = Pipeline("p").add_stage(item)
        for _ in range(500):  # each ends in time: its limit is dropped
            await pipeline.process("quick", timeout=1.0)
        loop = asyncio.get_running_loop()
        started = loop.time()
        with pytest.raises(TimeoutError):
            await pipeline.process("stuck", timeout=2.0)
        return loop.time() - started

    assert run_virtual(main()) == pytest.approx(2.0)


def test_a_stage_that_swallows_the_limit_does_not_free_the_next_stage() -> None:
    async def deaf(item: Any) -> Any:
        with contextlib.suppress(asyncio.CancelledError):  # the run goes on past its limit
            await asyncio.sleep(10.0)
        return item

    async def main() -> float:
        pipeline = Pipeline("p").add_stage(deaf).add_stage(_stuck, {"timeout": 60.0})
        loop = asyncio.get_running_loop()
        with pytest.raises(TimeoutError):
            await pipeline.process(1, timeout=1.0)
        return loop.time()

    assert run_virtual(main()) == pytest.approx(1.0)


def test_a_stage_timeout_and_the_limit_due_together_cancel_the_run_once() -> None:
    # a stall (the loop busy for 0.8 s) makes a stage's timeout (0.5 s) and the run's
    # limit (0.55 s) due in the same turn of the loop: the limit's timer cancelled the
    # task a second time, and the caller's task was left cancelling after the 504 (an
    # enclosing asyncio.timeout then raised CancelledError instead of TimeoutError)
    async def main() -> int:
        loop = asyncio.get_running_loop()
        assert isinstance(loop, VirtualTimeLoop)

        async def stall() -> None:
            await asyncio.sleep(0.1)
            loop._clock.now += 0.8  # a synchronous burst: virtual time passes, no timer runs

        pipeline = Pipeline("p").add_stage(_stuck, {"timeout": 0.5})
        staller = asyncio.create_task(stall())
        with pytest.raises(TimeoutError):
            await pipeline.process(1, timeout=0.55)
        await staller
        task = asyncio.current_task()
        assert task is not None
        return task.cancelling()

    assert run_virtual(main()) == 0
