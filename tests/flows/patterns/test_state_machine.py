"""StateMachine: a scan over accepted transitions, with guards, callbacks and history."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from reactivex.testing import ReactiveTest, TestScheduler

from captions import caption_workflow
from flows._errors import FlowConfigError, InvalidTransitionError
from flows.patterns import (
    DEFAULT_HISTORY_LIMIT,
    GuardRejectedError,
    StateMachine,
    TransitionRecord,
)

on_next = ReactiveTest.on_next

WORKFLOW_EVENTS = ["start", "valid", "invalid", "success", "failure", "retry", "reset", "bogus"]


async def test_seed_example() -> None:
    context = {"content": "sunset at the beach", "user_id": "u1"}
    state_machine = StateMachine("caption_workflow", "idle")
    state_machine.add_state("validating").add_state("generating").add_state("completed")
    state_machine.add_transition("idle", "validating", "start")
    state_machine.add_transition("validating", "generating", "valid")
    state_machine.add_transition("generating", "completed", "success")

    record = await state_machine.trigger("start", context)

    assert (record.source, record.target, record.event) == ("idle", "validating", "start")
    assert record.context == context
    assert state_machine.state == "validating"
    assert state_machine.previous == "idle"
    assert state_machine.allowed_events() == ["valid"]


async def test_history_is_stamped_by_the_scheduler_clock() -> None:
    scheduler = TestScheduler()
    sm = caption_workflow(scheduler=scheduler)
    for at, event in [(10.0, "start"), (12.5, "valid"), (20.0, "success")]:
        scheduler.advance_to(at)
        await sm.trigger(event, {"step": event})
    assert [(r.event, r.timestamp) for r in sm.history] == [
        ("start", 10.0),
        ("valid", 12.5),
        ("success", 20.0),
    ]
    assert sm.history[0].to_dict() == {
        "event": "start",
        "source": "idle",
        "target": "validating",
        "timestamp": 10.0,
        "context": {"step": "start"},
    }
    described = sm.describe()
    assert described["state"] == "completed"
    assert described["initial"] == "idle"
    assert len(described["history"]) == 3
    assert {"source": "idle", "target": "validating", "event": "start"} in described["transitions"]


async def test_invalid_transition_leaves_state_and_history() -> None:
    sm = caption_workflow()
    await sm.trigger("start")
    with pytest.raises(InvalidTransitionError) as info:
        await sm.trigger("success")
    message = str(info.value)
    assert "event 'success' is not allowed in state 'validating'" in message
    assert "(allowed: invalid, valid)" in message
    assert info.value.allowed == ["invalid", "valid"]
    assert sm.state == "validating"
    assert [r.event for r in sm.history] == ["start"]


async def test_a_dead_end_that_is_not_final_is_not_called_final() -> None:
    """The seed's machine: 'validating' has no transition out, and is not final."""
    sm = StateMachine("caption_workflow", "idle")
    sm.add_state("validating").add_state("done", final=True)
    sm.add_transition("idle", "validating", "start")
    await sm.trigger("start")
    with pytest.raises(InvalidTransitionError) as info:
        await sm.trigger("finish")
    message = str(info.value)
    assert "final state" not in message
    assert "no transition leaves 'validating'" in message
    assert "mark the state final" in message
    assert info.value.final is False


async def test_an_event_in_a_final_state_says_so() -> None:
    sm = StateMachine("m", "idle")
    sm.add_state("done", final=True).add_transition("idle", "done", "finish")
    await sm.trigger("finish")
    with pytest.raises(InvalidTransitionError, match="allowed: none, 'done' is a final state"):
        await sm.trigger("again")


@pytest.mark.parametrize("use_async", [False, True])
async def test_guards_sync_and_async(use_async: bool) -> None:
    def sync_guard(ctx: Mapping[str, Any]) -> bool:
        return bool(ctx.get("approved"))

    async def async_guard(ctx: Mapping[str, Any]) -> bool:
        await asyncio.sleep(0)
        return bool(ctx.get("approved"))

    sm = StateMachine("guarded", "draft").add_state("published")
    sm.add_transition(
        "draft", "published", "publish", guard=async_guard if use_async else sync_guard
    )

    with pytest.raises(GuardRejectedError, match="guard of 'draft' --publish--> 'published'"):
        await sm.trigger("publish", {"approved": False})
    assert (sm.state, sm.history) == ("draft", [])
    record = await sm.trigger("publish", {"approved": True})
    assert record.target == sm.state == "published"


async def test_guard_rejection_is_an_invalid_transition() -> None:
    sm = StateMachine("g", "a").add_state("b").add_transition("a", "b", "go", guard=lambda _: False)
    with pytest.raises(InvalidTransitionError, match="refused"):
        await sm.trigger("go")


async def test_callbacks_run_exit_then_state_change_then_enter() -> None:
    log: list[str] = []
    sm = StateMachine("cb", "idle")

    def on_exit(record: TransitionRecord) -> None:
        log.append(f"exit {record.source} (state={sm.state})")

    async def on_enter(record: TransitionRecord) -> None:
        await asyncio.sleep(0)
        log.append(f"enter {record.target} (state={sm.state})")

    def guard(_: Mapping[str, Any]) -> bool:
        log.append("guard")
        return True

    sm.add_state("idle", on_exit=on_exit).add_state("busy", on_enter=on_enter)
    sm.add_transition("idle", "busy", "go", guard=guard)
    sm.transitions.subscribe(lambda r: log.append(f"emitted {r.event}"))
    await sm.trigger("go")
    assert log == ["guard", "exit idle (state=idle)", "emitted go", "enter busy (state=busy)"]


async def test_exit_failure_aborts_enter_failure_keeps_the_transition() -> None:
    def boom(_: TransitionRecord) -> None:
        msg = "boom"
        raise RuntimeError(msg)

    sm = StateMachine("fail", "a").add_state("a", on_exit=boom).add_state("b")
    sm.add_state("c", on_enter=boom)
    sm.add_transition("a", "b", "ab").add_transition("b", "c", "bc")
    with pytest.raises(RuntimeError, match="boom") as info:
        await sm.trigger("ab")
    assert "the state is unchanged" in info.value.__notes__[0]
    assert (sm.state, sm.history) == ("a", [])

    sm2 = StateMachine("fail2", "b").add_state("c", on_enter=boom).add_transition("b", "c", "bc")
    with pytest.raises(RuntimeError, match="boom") as info:
        await sm2.trigger("bc")
    assert "the state is now 'c'" in info.value.__notes__[0]
    assert sm2.state == "c"
    assert len(sm2.history) == 1


async def test_states_observable_is_the_scan_output() -> None:
    scheduler = TestScheduler()
    sm = caption_workflow(scheduler=scheduler)
    scheduler.advance_to(150)
    await sm.trigger("start")
    late = scheduler.create_observer()
    scheduler.advance_to(200)
    sm.states.subscribe(late)  # replays the current state
    for at, event in [(210, "invalid"), (220, "retry"), (230, "valid"), (240, "success")]:
        scheduler.advance_to(at)
        await sm.trigger(event)
    assert late.messages == [
        on_next(200, "validating"),
        on_next(210, "failed"),
        on_next(220, "validating"),
        on_next(230, "generating"),
        on_next(240, "completed"),
    ]


def test_validate_reports_unreachable_and_dead_end_states() -> None:
    sm = StateMachine("lint", "idle")
    sm.add_state("busy").add_state("done", final=True).add_state("stuck").add_state("orphan")
    sm.add_transition("idle", "busy", "go").add_transition("busy", "done", "finish")
    sm.add_transition("busy", "stuck", "jam").add_transition("orphan", "idle", "rejoin")
    warnings = sm.validate()
    assert warnings == [
        "state machine 'lint': state 'orphan' is unreachable from 'idle'",
        "state machine 'lint': state 'stuck' has no outgoing transitions; "
        "mark it final=True if that is intended",
    ]
    assert caption_workflow().validate() == []


def test_definition_errors_name_the_problem() -> None:
    sm = StateMachine("defs", "idle").add_state("busy")
    with pytest.raises(FlowConfigError, match=r"unknown state 'nope'.*\(known: busy, idle\)"):
        sm.add_transition("idle", "nope", "go")
    sm.add_transition("idle", "busy", "go")
    with pytest.raises(FlowConfigError, match="already leads from 'idle' to 'busy'"):
        sm.add_transition("idle", "idle", "go")
    with pytest.raises(FlowConfigError, match="state 'busy' is already defined"):
        sm.add_state("busy")
    with pytest.raises(FlowConfigError, match="cannot be final"):
        sm.add_state("idle", final=True)
    with pytest.raises(FlowConfigError, match="history_limit"):
        StateMachine("x", "a", history_limit=0)


async def test_replay_rejects_impossible_records() -> None:
    sm = caption_workflow()
    await sm.trigger("start")
    bad = TransitionRecord("success", "validating", "completed", 0.0)
    with pytest.raises(InvalidTransitionError, match="'success' is not allowed in state"):
        sm.replay([*sm.history, bad])
    assert sm.replay(sm.history) == "validating"
    assert sm.replay([], start="failed") == "failed"


async def test_history_limit_keeps_latest() -> None:
    sm = StateMachine("ring", "a", history_limit=2).add_state("b")
    sm.add_transition("a", "b", "go").add_transition("b", "a", "back")
    for event in ["go", "back", "go"]:
        await sm.trigger(event)
    assert [r.event for r in sm.history] == ["back", "go"]
    assert sm.replay(sm.history, start=sm.history[0].source) == sm.state == "b"


@given(st.lists(st.sampled_from(WORKFLOW_EVENTS), max_size=40))
def test_replay_of_history_equals_state(events: list[str]) -> None:
    async def run() -> tuple[StateMachine, int]:
        sm = caption_workflow()
        accepted = 0
        for event in events:
            try:
                await sm.trigger(event, {"n": accepted})
            except InvalidTransitionError:
                continue
            accepted += 1
        return sm, accepted

    sm, accepted = asyncio.run(run())
    assert sm.replay(sm.history) == sm.state
    assert len(sm.history) == accepted


async def test_caption_workflow_happy_and_failure_paths() -> None:
    sm = caption_workflow()
    for event in ["start", "valid", "success"]:
        await sm.trigger(event)
    assert sm.state == "completed"
    await sm.trigger("reset")
    assert sm.state == "idle"

    for event in ["start", "invalid"]:
        await sm.trigger(event)
    assert sm.state == "failed"
    assert sm.allowed_events() == ["reset", "retry"]
    for event in ["retry", "valid", "failure"]:
        await sm.trigger(event)
    assert (sm.state, sm.previous) == ("failed", "generating")
    assert [r.event for r in sm.history] == [
        "start",
        "valid",
        "success",
        "reset",
        "start",
        "invalid",
        "retry",
        "valid",
        "failure",
    ]


async def test_concurrent_triggers_lose_none() -> None:
    async def slow_guard(_: Mapping[str, Any]) -> bool:
        await asyncio.sleep(0)
        return True

    sm = StateMachine("ping", "ping").add_state("pong")
    sm.add_transition("ping", "pong", "hit", guard=slow_guard)
    sm.add_transition("pong", "ping", "hit", guard=slow_guard)
    records = await asyncio.gather(*(sm.trigger("hit", {"i": i}) for i in range(50)))
    assert len(sm.history) == 50
    assert [r.context["i"] for r in sm.history] == list(range(50))
    assert [r.source for r in records] == ["ping", "pong"] * 25
    assert sm.state == "ping"


def ping_pong(**kw: Any) -> StateMachine:
    sm = StateMachine("pp", "a", **kw).add_state("b")
    return sm.add_transition("a", "b", "go").add_transition("b", "a", "back")


async def test_history_keeps_the_newest_1000_by_default_and_counts_every_transition() -> None:
    """Issue 15 item 3: the history grew without bound (every trigger response carried
    all of it); now it keeps the newest DEFAULT_HISTORY_LIMIT records."""
    sm = ping_pong()
    assert sm.history_limit == DEFAULT_HISTORY_LIMIT == 1000
    for n in range(1, 1006):
        await sm.trigger("go" if sm.state == "a" else "back", {"n": n})
    assert sm.history_total == 1005
    assert [r.context["n"] for r in sm.history] == list(range(6, 1006))
    assert [r.context["n"] for r in sm.latest(3)] == [1003, 1004, 1005]
    info = sm.describe()
    assert (info["history_limit"], info["history_total"]) == (1000, 1005)
    assert [r["context"]["n"] for r in info["history"]] == list(range(996, 1006))
    unbounded = ping_pong(history_limit=None)
    for _ in range(1002):
        await unbounded.trigger("go" if unbounded.state == "a" else "back")
    assert len(unbounded.history) == unbounded.history_total == 1002


async def test_history_pages_walk_the_kept_records_once() -> None:
    sm = ping_pong(history_limit=25)
    for n in range(1, 41):
        await sm.trigger("go" if sm.state == "a" else "back", {"n": n})
    seen: list[int] = []
    before: int | None = None
    while True:
        page = await sm.history_page(limit=7, before=before)
        assert page.total == 40
        got = [int(r.context["n"]) for r in page.records]
        assert got == list(range(page.start, page.start + len(got)))
        seen = got + seen
        if page.next is None:
            break
        before = page.next
    assert seen == list(range(16, 41))
    assert (await sm.history_page(limit=5, before=3)).records == ()
    with pytest.raises(FlowConfigError, match="a history page holds >= 1 record, got 0"):
        await sm.history_page(limit=0)
