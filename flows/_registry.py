"""The component registry: every name a flow file may use, registered explicitly.

A :class:`Component` is a name, a kind, a pydantic model of its parameters (the spec,
beside its code: ``Field(description=...)`` documents each one) and a factory that
builds the callable from validated parameters. Flow files can only name registered
components; nothing is ever imported from a name found in YAML.

    registry = build_registry(extra=[captions.register_components])  # flows/patterns/_components.py
    registry.get("retry", "operator").build({"retries": 3}, BuildContext())

Kinds, and what their factory returns:

- ``stage``: ``item -> item`` (sync, ``async def`` or returning an Observable)
- ``operator``: a :data:`StageWrapper`, ``StageParts -> StageParts`` (adds stage
  config such as a timeout, or wraps the stage function)
- ``reactive``: ``(*dependency_values) -> value`` for a reactive flow computation
- ``guard``: ``context -> bool`` for a state-machine transition
- ``handler``: ``event data -> None`` for an event-bus subscription
- ``processor``: a step of a ``kind: processor`` flow (``flows.patterns``'
  ``RecordStep``, ``WindowStep`` or ``AggregateStep``: our operators on records)

Third-party packages add components through the entry-point group
``captionflow.components``: each entry point is a callable taking the Registry.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from importlib import metadata
from typing import TYPE_CHECKING, Any, Literal, get_args

from pydantic import BaseModel, ValidationError
from pydantic.fields import FieldInfo
from pydantic_core import PydanticSerializationError, to_jsonable_python
from reactivex import abc

from ._errors import FlowConfigError
from ._problems import did_you_mean

if TYPE_CHECKING:
    from .patterns._event_bus import EventBus

__all__ = [
    "ENTRY_POINT_GROUP",
    "BuildContext",
    "Component",
    "ComponentKind",
    "Registry",
    "StageParts",
    "StageWrapper",
    "UnknownComponentError",
]

ComponentKind = Literal["stage", "operator", "reactive", "guard", "handler", "processor"]
KINDS: tuple[ComponentKind, ...] = get_args(ComponentKind)
ENTRY_POINT_GROUP = "captionflow.components"


@dataclass(frozen=True, slots=True)
class BuildContext:
    """What a factory may use: the flow's scheduler and event bus, and where it is."""

    scheduler: abc.SchedulerBase | None = None
    event_bus: EventBus | None = None
    flow: str = ""
    step: str = ""

    def require_bus(self) -> EventBus:
        """The event bus, or a FlowConfigError naming the step that needs it."""
        if self.event_bus is None:
            msg = f"{self.flow}/{self.step}: this component needs an event bus to publish to"
            raise FlowConfigError(msg)
        return self.event_bus


@dataclass(frozen=True, slots=True)
class StageParts:
    """A pipeline stage being built: its function and its StageConfig fields."""

    fn: Callable[[Any], Any]
    config: Mapping[str, Any] = field(default_factory=dict)


StageWrapper = Callable[[StageParts], StageParts]


class UnknownComponentError(FlowConfigError):
    """No component of that kind is registered under that name; ``hint`` suggests one."""

    def __init__(self, kind: str, name: str, known: Iterable[str], hint: str | None) -> None:
        self.kind = kind
        self.name = name
        self.known = sorted(known)
        self.hint = hint
        self.reason = f"unknown {kind} type '{name}'"
        listing = ", ".join(self.known) or "none"
        super().__init__(f"{self.reason} (known: {listing})" + (f" — {hint}" if hint else ""))


def _placement(kind: str) -> str:
    return " — it goes in a step's wrap: list" if kind == "operator" else ""


def _a(kind: str) -> str:
    return f"an {kind}" if kind[0] in "aeiou" else f"a {kind}"


@dataclass(frozen=True, slots=True)
class Component:
    """A named, documented building block of flows."""

    name: str
    kind: ComponentKind
    params: type[BaseModel]
    factory: Callable[[Any, BuildContext], Any]
    description: str = ""

    def validate(self, params: Mapping[str, Any] | BaseModel) -> BaseModel:
        """Parameters checked against the component's model."""
        if isinstance(params, self.params):
            return params
        return self.params.model_validate(params)

    def build(self, params: Mapping[str, Any] | BaseModel, ctx: BuildContext) -> Any:
        """The callable for these parameters.

        Raises:
            FlowConfigError: the parameters do not fit the component's model.
        """
        try:
            checked = self.validate(params)
        except ValidationError as error:
            msg = f"{self.kind} '{self.name}': invalid parameters: {error}"
            raise FlowConfigError(msg) from None
        return self.factory(checked, ctx)

    def describe(self) -> dict[str, Any]:
        """Name, kind, description and parameters, JSON-ready, generated from the model.

        Each parameter: ``description``, ``required``, ``default`` (a JSON value; None
        when required) and ``type`` (``integer``, ``number | null``, ``"a" | "b"``,
        ...) with its ``schema``: the parameter's JSON Schema (bounds, enums).
        """
        properties = self.params.model_json_schema().get("properties", {})
        params = {}
        for name, info in self.params.model_fields.items():
            schema = properties.get(info.alias or name, {})
            params[info.alias or name] = {
                "description": info.description or "",
                "required": info.is_required(),
                "default": None if info.is_required() else _json_default(info),
                "type": _type_of(schema),
                "schema": schema,
            }
        return {
            "name": self.name,
            "kind": self.kind,
            "description": self.description,
            "params": params,
        }


class Registry:
    """Components by (kind, name); the same name may exist once per kind."""

    def __init__(self) -> None:
        self._items: dict[tuple[str, str], Component] = {}

    def add(self, component: Component, *, replace: bool = False) -> Component:
        """Register ``component``; a second one of the same kind and name is an error."""
        if component.kind not in KINDS:
            msg = f"component '{component.name}': kind must be one of {', '.join(KINDS)}"
            raise FlowConfigError(msg)
        key = (component.kind, component.name)
        if key in self._items and not replace:
            msg = (
                f"a {component.kind} component named '{component.name}' is already "
                "registered; pass replace=True to override it"
            )
            raise FlowConfigError(msg)
        self._items[key] = component
        return component

    def register(
        self,
        name: str,
        kind: ComponentKind,
        params: type[BaseModel],
        factory: Callable[[Any, BuildContext], Any],
        description: str = "",
        *,
        replace: bool = False,
    ) -> Component:
        """Register a component from its parts (see :class:`Component`)."""
        text = description or _first_line(factory.__doc__)
        return self.add(Component(name, kind, params, factory, text), replace=replace)

    def get(self, name: str, kind: ComponentKind) -> Component:
        """The component, or UnknownComponentError with a did-you-mean hint."""
        found = self._items.get((kind, name))
        if found is not None:
            return found
        other = next((k for k, n in sorted(self._items) if n == name), None)
        if other is not None:
            hint: str | None = (
                f"'{name}' is {_a(other)} component, not {_a(kind)}{_placement(other)}"
            )
        else:
            hint = did_you_mean(name, self.names(kind))
            if hint is None:
                elsewhere = {n: k for k, n in sorted(self._items) if k != kind}
                close = did_you_mean(name, elsewhere)
                if close is not None:
                    match = close.split("'")[1]
                    what = elsewhere[match]
                    hint = f"{close} ({_a(what)} component{_placement(what)})"
        raise UnknownComponentError(kind, name, self.names(kind), hint)

    def names(self, kind: ComponentKind | None = None) -> list[str]:
        """Registered names (of one kind), sorted."""
        return sorted({n for k, n in self._items if kind is None or k == kind})

    def __contains__(self, key: object) -> bool:
        return key in self._items

    def __iter__(self) -> Iterator[Component]:
        return iter(sorted(self._items.values(), key=lambda c: (c.kind, c.name)))

    def __len__(self) -> int:
        return len(self._items)

    def load_entry_points(self, group: str = ENTRY_POINT_GROUP) -> list[str]:
        """Let every installed ``captionflow.components`` entry point register itself.

        Returns:
            The names of the entry points loaded.

        Raises:
            FlowConfigError: an entry point failed to load or to register.
        """
        loaded = []
        for ep in sorted(metadata.entry_points(group=group), key=lambda e: e.name):
            try:
                ep.load()(self)
            except FlowConfigError:
                raise
            except Exception as error:
                msg = (
                    f"entry point '{ep.name}' ({ep.value}) of group '{group}' failed: "
                    f"{type(error).__name__}: {error}"
                )
                raise FlowConfigError(msg) from error
            loaded.append(ep.name)
        return loaded


def _json_default(info: FieldInfo) -> Any:
    """A parameter's default as JSON (its text when it has no JSON form)."""
    value = info.get_default(call_default_factory=True)
    try:
        return to_jsonable_python(value)
    except PydanticSerializationError:
        return repr(value)


def _type_of(schema: Mapping[str, Any]) -> str:
    """A JSON Schema's type in a word: ``integer``, ``number | null``, ``"info" | "error"``."""
    if "enum" in schema:
        return " | ".join(f'"{v}"' if isinstance(v, str) else str(v) for v in schema["enum"])
    if "const" in schema:
        return f'"{schema["const"]}"' if isinstance(schema["const"], str) else str(schema["const"])
    if "anyOf" in schema:
        return " | ".join(_type_of(option) for option in schema["anyOf"])
    kind = schema.get("type")
    if kind == "array":
        return f"list of {_type_of(schema.get('items', {}))}"
    if kind == "object":
        return "mapping"
    return str(kind) if kind else "any"


def _first_line(doc: str | None) -> str:
    lines = (doc or "").strip().splitlines()
    return lines[0] if lines else ""
