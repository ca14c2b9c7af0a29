"""EventBus in memory under byte budgets: what it keeps of events published to nobody."""

from __future__ import annotations

import pytest

from flows import EventBus, ItemTooLargeError, MemoryBudget, MemoryBudgetError

DATA = "x" * 98  # 100 bytes as JSON


async def test_events_to_nobody_are_kept_within_the_replay_bytes() -> None:
    budget = MemoryBudget()
    bus = EventBus(replay_size=1000, replay_bytes=1000, budget=budget)
    for _ in range(500):
        await bus.publish("nobody.listens", DATA)
    assert bus.replay_held == 1000
    assert budget.in_use == 1000
    missed, reset = bus.replay(bus.subscribe("*", print, with_event=True), 0)
    assert [e.id for e in missed] == list(range(491, 501))
    assert reset == 491


async def test_an_event_over_the_item_limit_is_refused_naming_data() -> None:
    bus = EventBus(budget=MemoryBudget(max_item_bytes=150))
    with pytest.raises(ItemTooLargeError, match="event 'big': data is 198 bytes") as caught:
        await bus.publish("big", DATA * 2)
    assert caught.value.field == "data"
    assert bus.published == 0


async def test_the_process_budget_refuses_a_publish_that_would_overrun_it() -> None:
    budget = MemoryBudget(1000)
    bus = EventBus(replay_bytes=10_000, budget=budget)
    for _ in range(10):
        await bus.publish("e", DATA)
    with pytest.raises(MemoryBudgetError, match="1000 of 1000 bytes in use"):
        await bus.publish("e", DATA)
    assert bus.published == 10
    assert budget.refused["process"] == 1
