"""The component registry the service and the CLI use: built-ins, captions, plugins,
and its description (``captionflow components``, ``GET /components``)."""

from __future__ import annotations

import json
from functools import partial
from typing import Any, get_args

from captions import CaptionCache, CaptionEngines, register_components
from flows import ComponentKind, Registry, build_registry

__all__ = ["COMPONENT_KINDS", "default_registry", "describe_components", "render_components"]

COMPONENT_KINDS: tuple[ComponentKind, ...] = get_args(ComponentKind)
"""stage, operator, reactive, guard, handler, processor."""


def default_registry(
    cache: CaptionCache | None = None,
    *,
    engines: CaptionEngines | None = None,
    entry_points: bool = True,
) -> Registry:
    """Built-in components, the caption components (sharing ``cache``), entry points."""
    captions = partial(register_components, cache=cache, engines=engines)
    return build_registry([captions], entry_points=entry_points)


def describe_components(
    registry: Registry, kind: ComponentKind | None = None
) -> list[dict[str, Any]]:
    """Every component (of ``kind``) as ``Component.describe()`` has it, by kind and name."""
    return [c.describe() for c in registry if kind is None or c.kind == kind]


def render_components(described: list[dict[str, Any]]) -> str:
    """The text ``captionflow components`` prints: a component a line, each parameter
    under it with its type, default and description."""
    lines: list[str] = []
    for component in described:
        about = f" — {component['description']}" if component["description"] else ""
        lines.append(f"{component['kind']} {component['name']}{about}")
        for name, param in component["params"].items():
            default = "(required)" if param["required"] else f"= {json.dumps(param['default'])}"
            text = f" — {param['description']}" if param["description"] else ""
            lines.append(f"    {name}: {param['type']} {default}{text}")
    return "\n".join(lines)
