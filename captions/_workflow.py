"""The seed's caption workflow, built on StateMachine."""

from __future__ import annotations

from reactivex import abc

from flows import DEFAULT_HISTORY_LIMIT, StateMachine

__all__ = ["caption_workflow"]


def caption_workflow(
    name: str = "caption_workflow",
    *,
    scheduler: abc.SchedulerBase | None = None,
    history_limit: int | None = DEFAULT_HISTORY_LIMIT,
) -> StateMachine:
    """The seed's caption workflow, with failure and reset paths::

    idle --start--> validating --valid--> generating --success--> completed
                    validating --invalid--> failed <--failure-- generating
    failed --retry--> validating;  failed, completed --reset--> idle
    """
    sm = StateMachine(name, "idle", scheduler=scheduler, history_limit=history_limit)
    for state in ("validating", "generating", "completed", "failed"):
        sm.add_state(state)
    return (
        sm.add_transition("idle", "validating", "start")
        .add_transition("validating", "generating", "valid")
        .add_transition("validating", "failed", "invalid")
        .add_transition("generating", "completed", "success")
        .add_transition("generating", "failed", "failure")
        .add_transition("failed", "validating", "retry")
        .add_transition("failed", "idle", "reset")
        .add_transition("completed", "idle", "reset")
    )
