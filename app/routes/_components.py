"""``GET /components``: every component flow files may use, with its parameters.

The same description as ``captionflow components``, generated from each component's
pydantic model (``flows.Component.describe``), for the app's own registry (built-ins,
captions, plugins).
"""

from __future__ import annotations

from typing import Any

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field

from flows import ComponentKind

from .._components import COMPONENT_KINDS, describe_components
from .._ops import API_PREFIX, Operation
from .._problems import ProblemError
from .._state import services

__all__ = ["OPERATIONS", "ComponentInfo", "ComponentsResponse", "ParamInfo"]


class ParamInfo(BaseModel):
    """One parameter of a component."""

    model_config = ConfigDict(populate_by_name=True)

    description: str = Field(..., description="what it does")
    required: bool = Field(..., description="whether a flow file must give it")
    default: Any = Field(None, description="its value when not given (null when required)")
    type: str = Field(..., description="its type in a word: integer, number | null, ...")
    json_schema: dict[str, Any] = Field(
        ..., alias="schema", description="its JSON Schema (bounds, choices)"
    )


class ComponentInfo(BaseModel):
    """A registered component: what a flow file names in ``type:``."""

    name: str
    kind: ComponentKind = Field(..., description="stage, operator, reactive, guard, handler")
    description: str
    params: dict[str, ParamInfo]


class ComponentsResponse(BaseModel):
    """Every component (of the kind asked for), by kind and name."""

    components: list[ComponentInfo]


async def list_components(request: web.Request) -> web.Response:
    """GET /components[?kind=stage]: components and their parameters."""
    kind = request.query.get("kind")
    if kind is not None and kind not in COMPONENT_KINDS:
        detail = f"kind must be one of {', '.join(COMPONENT_KINDS)}, got {kind!r}"
        raise ProblemError(400, "Bad parameter", detail, errors=[{"loc": "kind", "msg": detail}])
    registry = services(request).manager.registry
    described = describe_components(registry, kind)
    body = ComponentsResponse.model_validate({"components": described})
    return web.json_response(body.model_dump(by_alias=True))


OPERATIONS = [
    Operation(
        "GET",
        f"{API_PREFIX}/components",
        list_components,
        "Every component flow files may use, with its parameters (as `captionflow components`)",
        "flows",
        response=ComponentsResponse,
        query=(
            (
                "kind",
                "only components of this kind",
                {"type": "string", "enum": list(COMPONENT_KINDS)},
            ),
        ),
    ),
]
