"""The component registry the service and the CLI use: built-ins, captions, plugins."""

from __future__ import annotations

from functools import partial

from captions import CaptionCache, CaptionEngines, register_components
from flows import Registry, build_registry

__all__ = ["default_registry"]


def default_registry(
    cache: CaptionCache | None = None,
    *,
    engines: CaptionEngines | None = None,
    entry_points: bool = True,
) -> Registry:
    """Built-in components, the caption components (sharing ``cache``), entry points."""
    captions = partial(register_components, cache=cache, engines=engines)
    return build_registry([captions], entry_points=entry_points)
