"""The component registry: explicit registration, lookups with hints, entry points."""

from __future__ import annotations

import subprocess
import sys
from importlib import metadata
from typing import Any

import pytest
from pydantic import BaseModel, ConfigDict, Field

from captions import register_components
from flows import (
    BuildContext,
    Component,
    FlowConfigError,
    Registry,
    StageParts,
    UnknownComponentError,
    build_registry,
)
from flows.patterns import register_builtins


class Shout(BaseModel):
    model_config = ConfigDict(extra="forbid")
    suffix: str = Field("!", description="appended to the item")


def shout(p: Shout, _ctx: BuildContext) -> Any:
    """Upper-case the item."""
    return lambda item: str(item).upper() + p.suffix


def test_builtins_cover_every_kind() -> None:
    registry = build_registry(entry_points=False)
    assert registry.names("operator") == ["circuit_breaker", "rate_limit", "retry", "timeout"]
    assert registry.names("stage") == [
        "delay",
        "fail_times",
        "passthrough",
        "set_field",
        "template",
    ]
    assert registry.names("reactive") == ["pick"]
    assert registry.names("guard") == ["field_equals", "has_field"]
    assert registry.names("handler") == ["log", "publish"]


def test_every_parameter_is_documented() -> None:
    registry = build_registry([register_components], entry_points=False)
    for component in registry:
        info = component.describe()
        assert info["description"], component.name
        for name, param in info["params"].items():
            assert param["description"], f"{component.kind} {component.name}.{name}"


def test_registering_is_explicit_and_importing_registers_nothing() -> None:
    assert len(Registry()) == 0
    code = "import flows, sys; assert 'captions' not in sys.modules and 'app' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_component_builds_from_validated_params() -> None:
    registry = Registry()
    component = registry.register("shout", "stage", Shout, shout)
    assert component.description == "Upper-case the item."
    fn = registry.get("shout", "stage").build({"suffix": "?"}, BuildContext())
    assert fn("hi") == "HI?"
    with pytest.raises(FlowConfigError, match="stage 'shout': invalid parameters"):
        component.build({"suffx": "?"}, BuildContext())


def test_the_same_name_may_exist_once_per_kind() -> None:
    registry = Registry()
    registry.register("x", "stage", Shout, shout)
    registry.register("x", "reactive", Shout, shout)
    with pytest.raises(FlowConfigError, match="a stage component named 'x' is already registered"):
        registry.register("x", "stage", Shout, shout)
    registry.register("x", "stage", Shout, shout, "replaced", replace=True)
    assert registry.get("x", "stage").description == "replaced"


def test_an_unknown_kind_is_refused() -> None:
    with pytest.raises(FlowConfigError, match="kind must be one of stage, operator"):
        Registry().add(Component("x", "widget", Shout, shout))  # type: ignore[arg-type]


def test_unknown_names_get_a_did_you_mean_hint() -> None:
    registry = build_registry(entry_points=False)
    with pytest.raises(UnknownComponentError) as caught:
        registry.get("retyr", "operator")
    assert caught.value.hint == "did you mean 'retry'?"
    assert str(caught.value) == (
        "unknown operator type 'retyr' (known: circuit_breaker, rate_limit, retry, timeout)"
        " — did you mean 'retry'?"
    )
    with pytest.raises(UnknownComponentError) as caught:
        registry.get("timeout", "stage")
    assert caught.value.hint == (
        "'timeout' is an operator component, not a stage — it goes in a step's wrap: list"
    )
    with pytest.raises(UnknownComponentError) as caught:
        registry.get("zzz", "stage")
    assert caught.value.hint is None


def test_operators_are_stage_config_wrappers() -> None:
    registry = build_registry(entry_points=False)
    ctx = BuildContext()
    parts = StageParts(str.upper)
    wrappers: list[tuple[str, dict[str, Any]]] = [
        ("timeout", {"seconds": 2}),
        ("retry", {"retries": 2, "delay": 0.5, "jitter": 0}),
        ("circuit_breaker", {"failure_threshold": 3}),
    ]
    for name, params in wrappers:
        parts = registry.get(name, "operator").build(params, ctx)(parts)
    assert parts.fn is str.upper
    assert parts.config["timeout"] == 2
    assert parts.config["retries"] == 2
    assert parts.config["retry_delay"] == 0.5
    assert parts.config["circuit_breaker"].failure_threshold == 3


def test_captions_register_their_stages_functions_guards_and_handlers() -> None:
    registry = build_registry([register_components], entry_points=False)
    assert {"validate_content", "generate_caption", "cache_result"} <= set(registry.names("stage"))
    assert {"get_preferences", "generate_caption", "word_count"} <= set(registry.names("reactive"))
    assert "has_content" in registry.names("guard")
    assert {"caption", "preferences"} <= set(registry.names("handler"))


class _EntryPoint:
    def __init__(self, name: str, fn: Any) -> None:
        self.name = name
        self.value = f"plugin:{name}"
        self._fn = fn

    def load(self) -> Any:
        return self._fn


def test_entry_points_add_components(monkeypatch: pytest.MonkeyPatch) -> None:
    def plugin(registry: Registry) -> None:
        registry.register("shout", "stage", Shout, shout)

    def entry_points(*, group: str) -> list[_EntryPoint]:
        assert group == "captionflow.components"
        return [_EntryPoint("shouting", plugin)]

    monkeypatch.setattr(metadata, "entry_points", entry_points)
    registry = build_registry()
    assert "shout" in registry.names("stage")
    assert Registry().load_entry_points() == ["shouting"]


def test_a_broken_entry_point_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(_registry: Registry) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(metadata, "entry_points", lambda *, group: [_EntryPoint("bad", broken)])
    with pytest.raises(FlowConfigError) as caught:
        Registry().load_entry_points()
    assert str(caught.value) == (
        "entry point 'bad' (plugin:bad) of group 'captionflow.components' failed: "
        "RuntimeError: boom"
    )


def test_register_builtins_twice_is_an_error() -> None:
    registry = Registry()
    register_builtins(registry)
    with pytest.raises(FlowConfigError, match="already registered"):
        register_builtins(registry)
