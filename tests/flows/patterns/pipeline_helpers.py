"""Stages and sources shared by the Pipeline tests (process, configuration, streams)."""

from __future__ import annotations

from typing import Any

import reactivex
from reactivex import Observable
from reactivex import operators as ops
from reactivex.testing import ReactiveTest, TestScheduler

__all__ = ["add_one", "delayed", "double", "hot", "reject"]

on_next = ReactiveTest.on_next
on_completed = ReactiveTest.on_completed


def double(x: int) -> int:
    return x * 2


async def add_one(x: int) -> int:
    return x + 1


def reject(x: int) -> int:
    msg = f"rejected {x}"
    raise ValueError(msg)


def hot(scheduler: TestScheduler, *items: tuple[int, Any], end: int) -> Observable[Any]:
    return scheduler.create_hot_observable(
        *[on_next(at, value) for at, value in items], on_completed(end)
    )


def delayed(
    scheduler: TestScheduler, delays: dict[int, float], log: list[tuple[float, int]]
) -> Any:
    """A stage answering ``x * 10`` after ``delays[x]`` virtual seconds (0: inline)."""

    def stage(x: int) -> Any:
        log.append((scheduler.clock, x))
        due = delays.get(x, 0.0)
        if due == 0.0:
            return x * 10
        return reactivex.timer(due, scheduler=scheduler).pipe(ops.map(lambda _: x * 10))

    return stage
