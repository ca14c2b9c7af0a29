"""Issue 13 item 5: machines were shared across instances by the HTTP gateway (after
every non-GET request), so a machine registered through the Python API stayed on its
instance. Now the FlowManager shares a machine from the moment it is registered,
whichever way: no HTTP server takes part in these tests."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from captions import caption_workflow
from flows import FlowManager
from flows.backends import RedisBackend


@pytest.fixture
async def pair(redis_url: str, prefix: str) -> AsyncIterator[tuple[FlowManager, FlowManager]]:
    """Two instances on the same Redis (one prefix)."""
    a = FlowManager(backend=RedisBackend(redis_url, prefix=prefix))
    b = FlowManager(backend=RedisBackend(redis_url, prefix=prefix))
    try:
        yield a, b
    finally:
        await a.backend.close()
        await b.backend.close()


async def test_a_machine_made_the_seed_way_is_triggered_on_the_other_instance(
    pair: tuple[FlowManager, FlowManager],
) -> None:
    a, b = pair
    made = await a.create_state_machine("caption_workflow", "idle")
    made.add_state("validating").add_state("generating").add_state("completed")
    made.add_transition("idle", "validating", "start")
    made.add_transition("validating", "generating", "valid")
    made.add_transition("generating", "completed", "success")
    await made.trigger("start", {"by": "a"})

    found = await b.find_state_machine("caption_workflow")
    assert found is not made
    assert found.state == "validating"
    assert found.allowed_events() == ["valid"]
    await found.trigger("valid", {"by": "b"})

    await made.refresh()
    assert made.state == "generating"
    assert [r.context["by"] for r in made.history] == ["a", "b"]


async def test_a_whole_machine_added_is_found_before_its_first_trigger(
    pair: tuple[FlowManager, FlowManager],
) -> None:
    a, b = pair
    await a.add_state_machine(caption_workflow("wf"))
    found = await b.find_state_machine("wf")
    assert found.state == "idle"
    assert found.describe()["transitions"] == caption_workflow("wf").describe()["transitions"]
    await found.trigger("start")
    assert (await a.find_state_machine("wf")).state == "validating"


async def test_an_adopted_machine_is_shared_with_transitions_added_after(
    pair: tuple[FlowManager, FlowManager],
) -> None:
    a, b = pair
    made = caption_workflow("late")
    a.adopt(made)
    made.add_state("archived").add_transition("completed", "archived", "archive")
    await made.trigger("start")
    found = await b.find_state_machine("late")
    assert "archived" in found.describe()["states"]
    assert found.state == "validating"
