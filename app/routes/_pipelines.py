"""Pipelines: create a caption-generation pipeline, execute one item through it."""

from __future__ import annotations

import dataclasses
from typing import Any

from aiohttp import web
from pydantic import ValidationError
from pydantic_core import SchemaSerializer
from pydantic_core import core_schema as cs

from captions import DEFAULT_STAGES
from flows import (
    FlowConfigError,
    FlowFileError,
    PipelineDef,
    PipelineResult,
    Problem,
    StageConfig,
    StageTrace,
    install,
)
from flows.files import Mark, YamlDocument, check_document

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
_REQUEST = "POST /pipelines/caption-generation"


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


def _definition(
    base: PipelineDef | None, name: str, body: PipelineCreateRequest, known: list[str]
) -> dict[str, Any]:
    """The pipeline to install, as a flow definition: the base's steps, or the named ones.

    A stage the base defines keeps its parameters, wrappers and StageConfig; the
    request's ``config`` is laid over that (shared fields first, then per stage).

    Raises:
        FlowConfigError: an unknown or repeated stage, or a config key naming no stage.
    """
    steps = {s.type: s.model_dump(exclude_defaults=True) for s in base.steps} if base else {}
    stages = list(body.stages or (list(steps) if base else DEFAULT_STAGES))
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
    overrides = split_config(body.config, stages)
    out = []
    for stage in stages:
        step = dict(steps.get(stage) or {"id": stage, "type": stage})
        config = {**step.get("config", {}), **overrides[stage]}
        _stage_config(stage, config)
        out.append({**step, "config": config})
    return {"kind": "pipeline", "name": name, "steps": out}


async def create_caption_pipeline(request: web.Request) -> web.Response:
    """POST /pipelines/caption-generation.

    One path for every request: the pipeline is a flow definition -- the
    ``caption_generation`` flow file's steps (the captions package's default stages
    when that file is not loaded), or the named ``stages`` with those steps' settings
    where the file has them -- with the request's ``config`` laid over it, then checked
    and installed exactly as a flow sent to ``PUT /flows/{name}``.
    """
    svc = services(request)
    body = await read_model(request, PipelineCreateRequest, svc.settings.max_json_depth)
    files = request.app.get(FLOW_FILES)
    spec = files.specs.get(PIPELINE_DEFINITION) if files is not None else None
    base = spec.flow if spec is not None and isinstance(spec.flow, PipelineDef) else None
    registry = svc.manager.registry
    name = claim_name(svc, body.name, "caption-generation", svc.manager.pipelines)
    data = _definition(base, name, body, registry.names("stage"))
    specs, problems = check_document(YamlDocument(_REQUEST, data, {(): Mark(1, 1)}), registry)
    if problems:
        raise _refused(problems)
    try:
        built = await install(specs[0], svc.manager, registry, name=name, if_exists="error")
    except FlowFileError as error:
        raise _refused(error.problems) from None
    svc.changed(f"pipeline:{name}")
    stage_names = [s.name for s in svc.manager.get_pipeline(built.name).stages]
    created = PipelineCreateResponse(pipeline=name, stages=stage_names)
    return web.json_response(created.model_dump(), status=201)


def _refused(problems: list[Problem]) -> FlowConfigError:
    """A stage that cannot be built from the request (a component needing parameters)."""
    first = problems[0]
    where = f"stage '{first.step}': " if first.step else ""
    hint = "; declare it with its parameters in a flow file" if "param" in first.message else ""
    return FlowConfigError(f"{where}{first.message}{hint}")


def _ms(value: float) -> float:
    """``round(value, 3)``: the same float, sooner for a duration. ``round`` with digits
    goes through a decimal string and back; a positive float below 1e9 times 1000 is
    within 1.2e-4 of its exact value, so when that is not within a hair of a half, the
    integer it rounds to is the one ``round`` finds, and that over 1000 (a division
    correctly rounded, as ``round``'s parse is) the same float."""
    if type(value) is float and 0.0 < value < 1e9:
        scaled = value * 1000.0
        whole = round(scaled)
        if -0.499 < scaled - whole < 0.499:
            return whole / 1000
    return round(value, 3)


def _execute_body() -> SchemaSerializer:
    """The body of an execute: ExecuteResponse (its schema documents it), serialised
    straight from the PipelineResult in one pydantic-core call -- what
    ``PipelineResult.to_dict()`` gives without ``run_id``, in its order, durations
    rounded as it rounds them, non-finite floats as null (as :func:`json_response`)."""
    rounded = cs.float_schema(serialization=cs.plain_serializer_function_ser_schema(_ms))
    trace = cs.dataclass_schema(
        StageTrace,
        cs.dataclass_args_schema(
            "StageTrace",
            [
                cs.dataclass_field("stage", cs.str_schema()),
                cs.dataclass_field("status", cs.str_schema()),
                cs.dataclass_field("attempts", cs.int_schema()),
                cs.dataclass_field("duration_ms", rounded),
                cs.dataclass_field("error", cs.nullable_schema(cs.str_schema())),
            ],
        ),
        [f.name for f in dataclasses.fields(StageTrace)],
        slots=True,
    )
    result = cs.dataclass_schema(
        PipelineResult,
        cs.dataclass_args_schema(
            "PipelineResult",
            [
                cs.dataclass_field("pipeline", cs.str_schema()),
                cs.dataclass_field("result", cs.any_schema()),
                cs.dataclass_field("trace", cs.list_schema(trace)),
                cs.dataclass_field("duration_ms", rounded),
                cs.dataclass_field("run_id", cs.int_schema(), serialization_exclude=True),
            ],
        ),
        [f.name for f in dataclasses.fields(PipelineResult)],
        slots=True,
    )
    return SchemaSerializer(result, cs.CoreConfig(ser_json_inf_nan="null"))


EXECUTE_BODY = _execute_body()


async def execute_pipeline(request: web.Request) -> web.Response:
    """POST /pipelines/execute."""
    svc = services(request)
    body = await read_model(request, ExecuteRequest, svc.settings.max_json_depth)
    pipeline = svc.manager.get_pipeline(body.pipeline)
    # the request's deadline is the run's own limit: one timer with the stages' timeouts
    result = await pipeline.process(body.data, timeout=svc.settings.request_timeout)
    try:
        return json_response(result, serializer=EXECUTE_BODY)
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
