"""Stream processors (``kind: processor`` flows): their live status.

They are created, replaced and deleted like every declared flow, through
``PUT``/``DELETE /flows/{name}`` or a file of the flows directory; these routes read
their watermark, lag, open windows and late/dropped counts (``/metrics`` exports the
same as ``captionflow_processor_*``).
"""

from __future__ import annotations

from typing import Any, Literal

from aiohttp import web
from pydantic import BaseModel, Field

from .._ops import API_PREFIX, Operation
from .._state import services

__all__ = ["OPERATIONS", "ProcessorList", "ProcessorStatus"]

PREFIX = f"{API_PREFIX}/processors"


class ProcessorStatus(BaseModel):
    """One processor's live status."""

    name: str
    status: Literal["stopped", "standby", "running", "failed"] = Field(
        ..., description="standby: another instance holds its lease"
    )
    error: str | None = Field(None, description="why it failed, when it did")
    epoch: int | None = Field(None, description="fencing epoch of its lease, while running")
    time: Literal["event", "processing"]
    watermark: float | None = Field(
        None, description="event-time seconds every earlier event is believed in (null: none yet)"
    )
    lag: dict[str, int | None] = Field(
        ..., description="per stream source, entries not yet read (null: unknown on this backend)"
    )
    open_windows: int = Field(..., description="(key, window) states held")
    late: int = Field(..., description="events later than allowed lateness")
    dropped: int = Field(..., description="records dropped: the sum of dropped_by")
    dropped_by: dict[str, int] = Field(
        ...,
        description="expression (failed on a record), late (no side output), "
        "no_event_time, sink (not delivered)",
    )
    inputs: int = Field(..., description="records read from the sources")
    outputs: int = Field(..., description="outputs handed to the sinks")
    checkpoints: int = Field(..., description="checkpoints saved")
    last_checkpoint: float | None = Field(None, description="Unix time of the last one")
    offsets: dict[str, str] = Field(..., description="source -> id of the last entry read")
    sources: list[dict[str, Any]]
    sinks: list[str]
    side_output: str | None = None


class ProcessorList(BaseModel):
    """Every processor of this instance."""

    processors: list[ProcessorStatus]


async def list_processors(request: web.Request) -> web.Response:
    """GET /processors: every processor with its watermark, lag, windows and counts."""
    manager = services(request).manager
    out = ProcessorList(
        processors=[ProcessorStatus(**p.describe()) for _, p in sorted(manager.processors.items())]
    )
    return web.json_response(out.model_dump())


async def get_processor(request: web.Request) -> web.Response:
    """GET /processors/{name}: one processor's status; 404 lists the known ones."""
    manager = services(request).manager
    processor = manager.get_processor(request.match_info["name"])
    return web.json_response(ProcessorStatus(**processor.describe()).model_dump())


OPERATIONS = [
    Operation(
        "GET",
        PREFIX,
        list_processors,
        "Stream processors: watermark, lag, open windows, late and dropped counts",
        "processors",
        None,
        ProcessorList,
    ),
    Operation(
        "GET",
        f"{PREFIX}/{{name}}",
        get_processor,
        "One stream processor's status",
        "processors",
        None,
        ProcessorStatus,
    ),
]
