"""ReactiveFlow: lazy, cached, combine_latest-wired dependency graphs."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
from reactivex.testing import ReactiveTest, TestScheduler

from flows._errors import CycleError, FlowConfigError, FlowNotFoundError, UnknownDependencyError
from flows.patterns import ReactiveFlow

on_next = ReactiveTest.on_next


def _counting(calls: Counter[str], name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def wrapped(*args: Any) -> Any:
        calls[name] += 1
        return fn(*args)

    return wrapped


def _diamond(calls: Counter[str], scheduler: TestScheduler | None = None) -> ReactiveFlow:
    """a -> b, a -> c, (b, c) -> d; e is unrelated."""
    flow = ReactiveFlow("diamond", scheduler=scheduler)
    flow.add_input("a", 1).add_input("x", 10)
    flow.add_computation("b", _counting(calls, "b", lambda a: a + 1), ["a"])
    flow.add_computation("c", _counting(calls, "c", lambda a: a * 2), ["a"])
    flow.add_computation("d", _counting(calls, "d", lambda b, c: b + c), ["b", "c"])
    flow.add_computation("e", _counting(calls, "e", lambda x: -x), ["x"])
    return flow


async def test_seed_example() -> None:
    async def get_preferences() -> dict[str, str]:
        return {"tone": "playful"}

    def generate_caption(preferences: dict[str, str]) -> str:
        return f"a {preferences['tone']} caption"

    flow = ReactiveFlow("dynamic_captions")
    flow.validate()
    flow.add_computation("preferences", get_preferences, [])
    flow.add_computation("caption", generate_caption, ["preferences"])
    result = await flow.get("caption")
    assert result == "a playful caption"
    assert flow.order == ["preferences", "caption"]


async def test_lazy_nothing_runs_until_get() -> None:
    calls: Counter[str] = Counter()
    flow = _diamond(calls)
    flow.validate()
    flow.set_input("a", 5)
    assert calls == Counter()
    assert await flow.get("b") == 6
    assert calls == Counter(b=1)  # only what "b" needs


async def test_cache_second_get_recomputes_nothing() -> None:
    calls: Counter[str] = Counter()
    flow = _diamond(calls)
    assert await flow.compute("d") == (4, ["b", "c", "d"])
    assert await flow.compute("d") == (4, [])
    assert await flow.get("d") == 4
    assert calls == Counter(b=1, c=1, d=1)
    cached = {c["name"]: c["cached"] for c in flow.describe()["computations"]}
    assert cached == {"b": True, "c": True, "d": True, "e": False}


async def test_changed_input_recomputes_only_dependants() -> None:
    calls: Counter[str] = Counter()
    flow = _diamond(calls)
    await flow.get("d")
    await flow.get("e")
    flow.set_input("a", 2)
    assert await flow.compute("e") == (-10, [])
    assert await flow.compute("d") == (7, ["b", "c", "d"])
    assert calls == Counter(b=2, c=2, d=2, e=1)

    flow.set_input("x", 3)
    assert await flow.compute("d") == (7, [])
    assert await flow.compute("e") == (-3, ["e"])
    assert calls == Counter(b=2, c=2, d=2, e=2)


async def test_invalidate_drops_node_and_dependants() -> None:
    calls: Counter[str] = Counter()
    flow = _diamond(calls)
    await flow.get("d")
    flow.invalidate("c")
    assert await flow.compute("d") == (4, ["c", "d"])
    flow.invalidate()
    assert await flow.compute("d") == (4, ["b", "c", "d"])
    assert calls == Counter(b=2, c=3, d=3)


def test_version_streams_propagate_dirtiness_in_virtual_time() -> None:
    scheduler = TestScheduler()
    calls: Counter[str] = Counter()
    flow = _diamond(calls, scheduler)
    a_changes = scheduler.create_hot_observable(on_next(210, 2), on_next(240, 3))
    a_changes.subscribe(lambda v: flow.set_input("a", v))
    scheduler.schedule_absolute(220, lambda *_: flow.set_input("x", 1))
    scheduler.schedule_absolute(230, lambda *_: flow.invalidate("b"))
    b = scheduler.create_observer()
    e = scheduler.create_observer()
    scheduler.schedule_absolute(200, lambda *_: flow.versions("b").subscribe(b))
    scheduler.schedule_absolute(200, lambda *_: flow.versions("e").subscribe(e))

    results = scheduler.start(lambda: flow.versions("d"))

    # d is bumped once per changed dependency: twice when "a" changes (via b and c)
    assert results.messages == [
        on_next(200, 0),
        on_next(210, 1),
        on_next(210, 2),
        on_next(230, 3),
        on_next(240, 4),
        on_next(240, 5),
    ]
    assert b.messages == [on_next(200, 0), on_next(210, 1), on_next(230, 2), on_next(240, 3)]
    assert e.messages == [on_next(200, 0), on_next(220, 1)]
    assert calls == Counter()  # dirtiness is eager, values stay lazy


async def test_async_computations_and_on_compute_hook() -> None:
    scheduler = TestScheduler()
    seen: list[tuple[str, float, bool]] = []

    async def slow(base: int) -> int:
        await asyncio.sleep(0)
        scheduler.advance_by(5.0)
        return base * 10

    flow = ReactiveFlow("hooks", scheduler=scheduler, on_compute=lambda *args: seen.append(args))
    flow.add_input("base", 4).add_computation("slow", slow, ["base"])
    flow.add_computation("sync", lambda s: s + 1, ["slow"])
    assert await flow.get("sync") == 41
    assert seen == [("slow", 5.0, True), ("sync", 0.0, True)]


async def test_concurrent_gets_share_one_computation() -> None:
    calls: Counter[str] = Counter()
    release = asyncio.Event()

    async def gated(a: int) -> int:
        calls["gated"] += 1
        await release.wait()
        return a + 100

    flow = ReactiveFlow("shared").add_input("a", 1).add_computation("gated", gated, ["a"])
    flow.add_computation("top", lambda g: g * 2, ["gated"])
    pending = asyncio.gather(flow.get("gated"), flow.get("gated"), flow.get("top"))
    await asyncio.sleep(0)
    release.set()
    assert list(await pending) == [101, 101, 202]
    assert calls == Counter(gated=1)


async def test_watch_emits_on_each_recompute() -> None:
    flow = ReactiveFlow("watched").add_input("a", 1)
    flow.add_computation("double", lambda a: a * 2, ["a"])
    values: list[Any] = []
    inputs: list[Any] = []
    flow.watch("double").subscribe(values.append)
    flow.watch("a").subscribe(inputs.append)
    await flow.get("double")
    await flow.get("double")  # cached: no emission
    flow.set_input("a", 5)
    assert values == [2]  # lazy: nothing until asked
    await flow.get("double")
    assert values == [2, 10]
    assert inputs == [5]


async def test_error_propagates_with_note_and_node_stays_dirty() -> None:
    calls: Counter[str] = Counter()

    def fragile(a: int) -> int:
        calls["fragile"] += 1
        if a < 0:
            msg = "negative"
            raise ValueError(msg)
        return a

    flow = ReactiveFlow("errors").add_input("a", -1)
    flow.add_computation("fragile", fragile, ["a"])
    flow.add_computation("top", lambda f: f, ["fragile"])
    with pytest.raises(ValueError, match="negative") as info:
        await flow.get("top")
    assert "computation 'fragile'" in "".join(info.value.__notes__)
    with pytest.raises(ValueError, match="negative"):
        await flow.get("fragile")
    assert calls == Counter(fragile=2)  # not cached after failing
    assert not any(c["cached"] for c in flow.describe()["computations"])
    flow.set_input("a", 3)
    assert await flow.get("top") == 3


async def test_unknown_dependency_names_it() -> None:
    flow = ReactiveFlow("bad").add_computation("caption", lambda p: p, ["prefs"])
    with pytest.raises(UnknownDependencyError, match="'caption' depends on 'prefs'"):
        await flow.get("caption")


@pytest.mark.parametrize(
    ("edges", "cycle"),
    [
        ({"a": ["c"], "b": ["a"], "c": ["b"]}, "a -> b -> c -> a"),
        ({"a": ["a"]}, "a -> a"),
        ({"root": [], "a": ["root", "b"], "b": ["a"]}, "a -> b -> a"),
    ],
)
def test_cycle_is_named_in_order(edges: dict[str, list[str]], cycle: str) -> None:
    flow = ReactiveFlow("loops")
    for name, deps in edges.items():
        flow.add_computation(name, lambda *a: a, deps)
    with pytest.raises(CycleError, match=f"dependency cycle: {cycle}$"):
        flow.validate()


async def test_configuration_errors() -> None:
    flow = ReactiveFlow("cfg").add_input("a").add_computation("b", lambda a: a, ["a"])
    with pytest.raises(FlowConfigError, match="already defined as an input"):
        flow.add_computation("a", lambda: 1)
    with pytest.raises(FlowConfigError, match="'b' is a computation"):
        flow.set_input("b", 1)
    with pytest.raises(FlowConfigError, match="'b' is a computation"):
        flow.set_inputs({"a": 1, "b": 2})
    with pytest.raises(FlowConfigError, match=r"did you mean \['a'\]"):
        flow.add_computation("c", lambda a: a, "a")
    with pytest.raises(FlowConfigError, match=r"input 'a' has no value \(needed by 'b'\)"):
        await flow.get("b")
    with pytest.raises(FlowNotFoundError, match=r"no computation named 'zz' \(registered: a, b\)"):
        await flow.get("zz")
    flow.set_inputs({"a": 7, "new": 1})
    assert await flow.get("b") == 7
    assert flow.describe()["inputs"] == {"a": 7, "new": 1}
    assert flow.nodes == ["a", "b", "new"]


async def test_adding_nodes_after_first_get_rewires_graph() -> None:
    calls: Counter[str] = Counter()
    flow = ReactiveFlow("grow").add_input("a", 1)
    flow.add_computation("b", _counting(calls, "b", lambda a: a + 1), ["a"])
    assert await flow.get("b") == 2
    flow.add_computation("c", _counting(calls, "c", lambda b: b * 3), ["b"])
    assert await flow.compute("c") == (6, ["c"])  # b stays cached across the rewire
    flow.set_input("a", 2)
    assert await flow.compute("c") == (9, ["b", "c"])
    assert calls == Counter(b=2, c=2)


async def test_input_changed_mid_run_is_not_cached() -> None:
    calls: Counter[str] = Counter()
    started, release = asyncio.Event(), asyncio.Event()

    async def gated(a: int) -> int:
        calls["gated"] += 1
        started.set()
        await release.wait()
        return a

    flow = ReactiveFlow("race").add_input("a", 1).add_computation("gated", gated, ["a"])
    first = asyncio.ensure_future(flow.get("gated"))
    await started.wait()
    flow.set_input("a", 2)
    release.set()
    assert await first == 1  # computed from the value it started with
    assert await flow.compute("gated") == (2, ["gated"])
    assert calls == Counter(gated=2)


def test_a_computation_whose_function_cannot_take_its_dependencies_is_rejected() -> None:
    flow = ReactiveFlow("arity")

    def one(x: int) -> int:
        return x

    with pytest.raises(
        FlowConfigError,
        match=r"'w' calls one\(x: .*\).* with 0 argument.*missing a required argument: 'x'",
    ):
        flow.add_computation("w", one, [])
    with pytest.raises(FlowConfigError, match="with 2 argument"):
        flow.add_computation("w", one, ["a", "b"])
    flow.add_computation("w", one, ["a"])  # the right arity is accepted
    assert flow.nodes == ["w"]
