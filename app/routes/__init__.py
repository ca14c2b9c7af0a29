"""The REST and SSE endpoints, one module per pattern (each lists its ``OPERATIONS``).

Every route is route -> pydantic model -> FlowManager -> flow -> response (or an SSE
feed through ``app.sse``); none holds runtime rules of its own.

It may import: ``app.sse``, ``app.flowfiles`` and the frame modules of ``app``
(``_state``, ``_body``, ``_problems``, ...), ``captions``, ``flows`` and its
sub-packages' public names, ``operators``, aiohttp, pydantic, prometheus-client.
"""

from __future__ import annotations

from .._ops import Operation
from . import (
    _captions,
    _components,
    _console,
    _events,
    _flows,
    _machines,
    _pipelines,
    _processors,
    _reactive,
    _streams,
    _system,
)
from ._captions import build_caption_service, install_captions
from ._console import console_routes

__all__ = ["OPERATIONS", "build_caption_service", "console_routes", "install_captions"]

OPERATIONS: list[Operation] = [
    *_pipelines.OPERATIONS,
    *_streams.OPERATIONS,
    *_reactive.OPERATIONS,
    *_machines.OPERATIONS,
    *_events.OPERATIONS,
    *_system.OPERATIONS,
    *_flows.OPERATIONS,
    *_processors.OPERATIONS,
    *_components.OPERATIONS,
    *_captions.OPERATIONS,
    *_console.OPERATIONS,
]
"""Every endpoint, in the order the OpenAPI document lists them."""
