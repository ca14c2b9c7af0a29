"""Pipelines: create a caption-generation pipeline, execute one item through it."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from aiohttp import web
from pydantic import ValidationError

from captions import DEFAULT_STAGES
from flows import BuildContext, FlowConfigError, Registry, StageConfig, install

from .._body import read_model
from .._json import NotJsonError, json_response
from .._models import (
    ExecuteRequest,
    ExecuteResponse,
    PipelineCreateRequest,
    PipelineCreateResponse,
)
from .._ops import API_PREFIX, Operation
from .._params import claim_name
from .._problems import ProblemError, validation_problem
from .._state import services
from ..flowfiles import FLOW_FILES, PIPELINE_DEFINITION

__all__ = ["OPERATIONS"]

_SHARED_FIELDS = frozenset(StageConfig.model_fields)


def split_config(config: dict[str, Any], stages: list[str]) -> dict[str, dict[str, Any]]:
    """Per-stage configs from shared StageConfig fields and ``{stage: {...}}`` overrides.

    Raises:
        FlowConfigError: a key is neither a StageConfig field nor a stage in this pipeline.
    """
    shared = {k: v for k, v in config.items() if k in _SHARED_FIELDS}
    per_stage: dict[str, dict[str, Any]] = {s: dict(shared) for s in stages}
    for key, value in config.items():
        if key in _SHARED_FIELDS:
            continue
        if key not in per_stage:
            fields = ", ".join(sorted(_SHARED_FIELDS))
            msg = (
                f"config key '{key}' is neither a StageConfig field ({fields}) nor a stage "
                f"of this pipeline ({', '.join(stages)})"
            )
            raise FlowConfigError(msg)
        if not isinstance(value, dict):
            msg = f"config['{key}'] must be an object of StageConfig fields, got {value!r}"
            raise FlowConfigError(msg)
        per_stage[key].update(value)
    return per_stage


def _stage_config(stage: str, config: dict[str, Any]) -> StageConfig:
    """Validate before anything is registered, naming ``config.<stage>.<field>``."""
    try:
        return StageConfig.model_validate(config)
    except ValidationError as error:
        raise validation_problem(error, loc_prefix=("config", stage)) from None


async def create_caption_pipeline(request: web.Request) -> web.Response:
    """POST /pipelines/caption-generation.

    Without custom ``stages`` or ``config``, and with the ``caption_generation`` flow
    file loaded, the pipeline is that flow under the requested name; otherwise it is
    built from the named stage components of the registry.
    """
    svc = services(request)
    body = await read_model(request, PipelineCreateRequest, svc.settings.max_json_depth)
    files = request.app.get(FLOW_FILES)
    spec = files.specs.get(PIPELINE_DEFINITION) if files is not None else None
    if spec is not None and spec.kind == "pipeline" and body.stages is None and not body.config:
        name = claim_name(svc, body.name, "caption-generation", svc.manager.pipelines)
        built = await install(spec, svc.manager, svc.manager.registry, name=name, if_exists="error")
        svc.changed(f"pipeline:{name}")
        stage_names = [s.name for s in svc.manager.get_pipeline(built.name).stages]
        created = PipelineCreateResponse(pipeline=name, stages=stage_names)
        return web.json_response(created.model_dump(), status=201)
    registry = svc.manager.registry
    known = registry.names("stage")
    stages = list(body.stages or DEFAULT_STAGES)
    unknown = [s for s in stages if s not in known]
    if unknown:
        msg = (
            f"unknown stage '{unknown[0]}' (known stages: {', '.join(known)}); "
            "stages run in the order given"
        )
        raise FlowConfigError(msg)
    if len(set(stages)) != len(stages):
        dup = next(s for s in stages if stages.count(s) > 1)
        msg = f"stage '{dup}' is listed twice; each stage may appear once"
        raise FlowConfigError(msg)
    configs = split_config(body.config, stages)
    name = claim_name(svc, body.name, "caption-generation", svc.manager.pipelines)
    checked = {stage: _stage_config(stage, configs[stage]) for stage in stages}
    fns = {stage: _build_stage(registry, name, stage) for stage in stages}
    pipeline = await svc.manager.create_pipeline(name, if_exists="error")
    for stage in stages:
        pipeline.add_stage(fns[stage], checked[stage], name=stage)
    svc.changed(f"pipeline:{name}")
    out = PipelineCreateResponse(pipeline=name, stages=stages)
    return web.json_response(out.model_dump(), status=201)


def _build_stage(registry: Registry, pipeline: str, stage: str) -> Callable[[Any], Any]:
    """The stage component's function with default parameters (a flow file sets others)."""
    component = registry.get(stage, "stage")
    try:
        built: Callable[[Any], Any] = component.build({}, BuildContext(flow=pipeline, step=stage))
    except FlowConfigError as error:
        msg = f"stage '{stage}' needs parameters: declare it in a flow file ({error})"
        raise FlowConfigError(msg) from None
    return built


async def execute_pipeline(request: web.Request) -> web.Response:
    """POST /pipelines/execute."""
    svc = services(request)
    body = await read_model(request, ExecuteRequest, svc.settings.max_json_depth)
    pipeline = svc.manager.get_pipeline(body.pipeline)
    async with asyncio.timeout(svc.settings.request_timeout):
        result = await pipeline.process(body.data)
    # the body is ExecuteResponse (its schema documents it); built straight from the
    # result rather than validated and dumped again on the hot path
    payload = result.to_dict()
    del payload["run_id"]
    try:
        return json_response(payload)
    except NotJsonError as error:
        detail = f"pipeline '{pipeline.name}' returned a value with no JSON form: {error}"
        raise ProblemError(502, "Result is not JSON", detail, pipeline=pipeline.name) from None


OPERATIONS = [
    Operation(
        "POST",
        f"{API_PREFIX}/pipelines/caption-generation",
        create_caption_pipeline,
        "Create a caption-generation pipeline from named stages",
        "pipelines",
        PipelineCreateRequest,
        PipelineCreateResponse,
        201,
    ),
    Operation(
        "POST",
        f"{API_PREFIX}/pipelines/execute",
        execute_pipeline,
        "Run one item through a pipeline; returns the result and a per-stage trace",
        "pipelines",
        ExecuteRequest,
        ExecuteResponse,
    ),
]
