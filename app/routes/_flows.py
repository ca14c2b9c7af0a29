"""``/flows/{name}``: read, create or replace (YAML or JSON), and delete one flow.

``PUT`` lints the body first, then runs its marble tests in a worker thread with a
deadline (``app.flowfiles.TestRuns``): an invalid one, one whose test fails, and one
whose tests run past the deadline, is a 422 listing every located problem (``file``
is ``<request>``), logged as one line, and the running flow is left untouched. A
valid one is
built, persisted (``app._flow_files.flow_store_for``), then swapped in: 201 when the
name was free, 200 when a flow was replaced. Bodies sent over REST do not read the
server's environment: ``${VAR:default}`` takes its default, a bare ``${VAR}`` is an
error, so an API client cannot read server variables through a flow.

``GET`` of a state machine carries one page of its history, never all of it:
``?limit=`` records (default 50, at most 1000), numbered below ``?before=``, with the
cursor of the next (older) page in ``status.history_next`` and a ``Link: rel="next"``.
"""

from __future__ import annotations

import functools
import json
import logging
from dataclasses import asdict
from typing import Any, Literal
from urllib.parse import urlencode

from aiohttp import web
from pydantic import BaseModel, Field, RootModel, ValidationError

from flows import (
    FlowFileError,
    FlowManager,
    FlowNotFoundError,
    FlowSpec,
    Problem,
    Registry,
    StateMachine,
)
from flows.files import (
    FLOW_MODELS,
    FlowDef,
    MarbleTestTimeout,
    Mark,
    YamlDocument,
    check_document,
    load_yaml,
)

from .._body import JSON_TYPE, _read_text, unsupported_media_type
from .._ops import API_PREFIX, Operation
from .._params import check_room, int_query
from .._problems import ProblemError, retry_after
from .._state import services
from ..flowfiles import FLOW_FILES, TEST_RUNS, TestRuns, TestWorkersBusy

__all__ = ["OPERATIONS", "FlowDetail", "FlowDocument"]

log = logging.getLogger("captionflow.flows")

REQUEST_FILE = "<request>"
HISTORY_PAGE = 50
"""History records a GET of a state machine carries unless ``?limit=`` says otherwise."""
MAX_HISTORY_PAGE = 1000
YAML_TYPES = frozenset({"application/yaml", "text/yaml", "application/x-yaml", "text/x-yaml"})
_dumps = functools.partial(json.dumps, default=str)


class FlowDocument(RootModel[FlowDef]):
    """One flow, as in a flow file (also accepted as YAML: ``Content-Type: application/yaml``)."""


class FlowDetail(BaseModel):
    """A flow: its definition as loaded, its kind, owner and live status."""

    name: str
    kind: str = Field(
        ..., description="pipeline, stream, reactive, state_machine, subscription, processor"
    )
    source: Literal["file", "rest", "runtime"] = Field(
        ..., description="a file of config/flows, a PUT (persisted), or a POST create endpoint"
    )
    file: str | None = Field(None, description="the flow file it comes from")
    definition: dict[str, Any] | None = Field(None, description="as loaded; none for runtime")
    status: dict[str, Any] = Field(
        ..., description="the live flow's describe(); `reload`: its file's last reload"
    )


def _runtime(manager: FlowManager, name: str) -> tuple[str, dict[str, Any]] | None:
    """A flow made by the create endpoints: (kind, registry holding it)."""
    registries: list[tuple[str, dict[str, Any]]] = [
        ("pipeline", manager.pipelines),
        ("stream", manager.streams),
        ("reactive", manager.reactive_flows),
        ("state_machine", manager.state_machines),
    ]
    return next(((kind, reg) for kind, reg in registries if name in reg), None)


def _not_found(request: web.Request, name: str) -> FlowNotFoundError:
    m = services(request).manager
    declared = request.app[FLOW_FILES].declared
    known = {*declared, *m.pipelines, *m.streams, *m.reactive_flows, *m.state_machines}
    return FlowNotFoundError("flow", name, sorted(known))


async def _history_page(
    request: web.Request, machine: StateMachine, limit: int, before: int | None
) -> tuple[dict[str, Any], dict[str, str]]:
    """The status fields of one history page, and the ``Link`` header to the next."""
    page = await machine.history_page(limit=limit, before=before)
    fields = {
        "history": [r.to_dict() for r in page.records],
        "history_total": page.total,
        "history_next": page.next,
    }
    if page.next is None:
        return fields, {}
    query = urlencode({"limit": limit, "before": page.next})
    return fields, {"Link": f'<{request.path}?{query}>; rel="next"'}


async def _fresh(flow: object) -> object:
    """``flow``; a state machine refreshed from its store first (on Redis another
    instance may have moved it; only the records it has not seen are read)."""
    if isinstance(flow, StateMachine):
        await flow.refresh()
    return flow


async def get_flow(request: web.Request) -> web.Response:
    """GET /flows/{name}: definition, kind and live status (a state machine: one page
    of its history, see the module docstring)."""
    name = request.match_info["name"]
    limit = int_query(
        request, "limit", request.query.get("limit"), minimum=1, maximum=MAX_HISTORY_PAGE
    )
    before = int_query(request, "before", request.query.get("before"), minimum=1)
    catalog = request.app[FLOW_FILES]
    declared = catalog.declared.get(name)
    flow: object
    if declared is not None:
        reload = catalog.file_result(declared.file)
        flow = await _fresh(declared.installed.flow)
        detail = FlowDetail(
            name=name,
            kind=declared.spec.kind,
            source=declared.source,
            file=declared.file,
            definition=declared.definition,
            status={**declared.describe(), "reload": reload.to_dict() if reload else None},
        )
    else:
        found = _runtime(services(request).manager, name)
        if found is None:
            raise _not_found(request, name)
        kind, registry = found
        flow = await _fresh(registry[name])
        status = {**registry[name].describe(), "reload": None}
        detail = FlowDetail(name=name, kind=kind, source="runtime", status=status)
    headers: dict[str, str] = {}
    if isinstance(flow, StateMachine):
        page, headers = await _history_page(request, flow, limit or HISTORY_PAGE, before)
        detail.status.update(page)
    return web.json_response(detail.model_dump(), dumps=_dumps, headers=headers)


def _invalid(problems: list[Problem]) -> ProblemError:
    first = problems[0]
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    detail = f"{first.message}{more}; the running flow is unchanged"
    return ProblemError(422, "Invalid flow", detail, errors=[asdict(p) for p in problems])


def _no_environment(problem: Problem) -> Problem:
    if not problem.message.startswith("environment variable"):
        return problem
    hint = "flows sent over REST do not read the server's environment; give a default"
    return Problem(**{**asdict(problem), "hint": f"{hint}: ${{NAME:value}}"})


def _strict(text: str, kind: str, doc: YamlDocument, name: str) -> list[Problem]:
    """JSON bodies mean what the OpenAPI schema says: ``"5"`` is not an integer."""
    try:
        FLOW_MODELS[kind].model_validate_json(text, strict=True)
    except ValidationError as error:
        return [
            doc.problem(tuple(e["loc"]), f"{'.'.join(map(str, e['loc']))}: {e['msg']}", flow=name)
            for e in error.errors()
            if not (e["type"] == "int_type" and isinstance(e.get("input"), float))
        ]
    return []


async def read_flow(request: web.Request, name: str, registry: Registry) -> FlowSpec:
    """The body as one checked flow named ``name``.

    Raises:
        ProblemError: 415 unless the body is YAML or JSON; 400 for an unreadable body;
            422 with every located problem.
    """
    yaml_body = request.content_type in YAML_TYPES
    charset = (request.charset or "utf-8").lower()
    known = yaml_body or request.content_type == JSON_TYPE
    if request.body_exists and (not known or charset not in ("utf-8", "utf8")):
        raise unsupported_media_type(request, [*sorted(YAML_TYPES), JSON_TYPE])
    data: Any = None
    if yaml_body:
        text = await _read_yaml(request)
    else:
        text, data = await _read_text(request, services(request).settings.max_json_depth)
    try:
        doc = load_yaml(REQUEST_FILE, text=text, env={})
    except FlowFileError as error:
        if yaml_body:
            raise _invalid([_no_environment(p) for p in error.problems]) from None
        doc = YamlDocument(REQUEST_FILE, data, {(): Mark(1, 1)})  # JSON that YAML refuses
    if isinstance(doc.data, list):
        msg = f"expected one flow (a mapping with 'kind'), found a list of {len(doc.data)}"
        hint = "send each flow of a file with its own PUT /flows/{name}"
        raise _invalid([doc.problem((), msg, hint=hint)])
    specs, problems = check_document(doc, registry)
    found = doc.data.get("name") if isinstance(doc.data, dict) else None
    if isinstance(found, str) and found != name:
        msg = f"the body names the flow '{found}' but the URL names '{name}'"
        hint = "use the same name in the body and the URL"
        problems.insert(0, doc.problem(("name",), msg, flow=found, hint=hint))
    if not problems and not yaml_body:
        problems = _strict(text, specs[0].kind, doc, name)
    if problems:
        raise _invalid(problems)
    return specs[0]


async def check_tests(spec: FlowSpec, runs: TestRuns) -> None:
    """Run the flow's marble tests (virtual time, in a worker thread), as
    ``captionflow test`` does.

    Raises:
        ProblemError: 422 locating each failed test, with its diff as the message, or
            the test that was running at the deadline; 503 when no test worker was
            free before it.
    """
    if not spec.flow.tests:
        return
    try:
        results = await runs.run(spec)
    except MarbleTestTimeout as error:
        msg = (
            f"marble test '{error.test}' did not finish within {runs.seconds:g}s "
            "(CAPTIONFLOW_MARBLE_TEST_TIMEOUT)"
        )
        hint = "shorten the test (fewer frames or values), or run it with `captionflow test`"
        loc = (*spec.loc, "tests", error.index)
        raise _invalid([spec.doc.problem(loc, msg, flow=spec.name, hint=hint)]) from None
    except TestWorkersBusy as error:
        detail = f"{error}; retry in a moment"
        raise ProblemError(
            503, "Test workers busy", detail, headers=retry_after(runs.seconds)
        ) from None
    problems = [
        spec.doc.problem(
            (*spec.loc, "tests", index),
            f"marble test '{result.test}' failed:\n{result.report}",
            flow=spec.name,
            hint="fix the flow or the test; `captionflow test` shows the same diff",
        )
        for index, result in enumerate(results)
        if not result.passed
    ]
    if problems:
        raise _invalid(problems)


def _log_refusal(name: str, error: ProblemError) -> None:
    """One log line for a refused flow: its first located problem (no diff, no trace)."""
    errors = error.extra.get("errors") or []
    first = str(Problem(**errors[0])).splitlines()[0] if errors else error.detail
    more = f" (+{len(errors) - 1} more)" if len(errors) > 1 else ""
    log.info("PUT /flows/%s refused: %s%s", name, first[:300], more)


async def _read_yaml(request: web.Request) -> str:
    try:
        raw = await request.read()
    except web.RequestPayloadError as error:
        detail = f"the body could not be read: {str(error).strip()}"
        raise ProblemError(400, "Malformed body", detail) from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ProblemError(400, "Malformed body", f"body is not UTF-8: {error}") from None


async def put_flow(request: web.Request) -> web.Response:
    """PUT /flows/{name}: create or replace from YAML or JSON; 422 if it does not lint."""
    name = request.match_info["name"]
    svc = services(request)
    catalog = request.app[FLOW_FILES]
    try:
        spec = await read_flow(request, name, catalog.registry)
        await check_tests(spec, request.app[TEST_RUNS])
    except ProblemError as error:
        if error.status == 422:
            _log_refusal(name, error)
        raise
    found = _runtime(svc.manager, name)
    existed = name in catalog.declared or (found is not None and found[0] == spec.kind)
    if not existed:
        check_room(svc)
    try:
        declared = await catalog.put(spec)
    except FlowFileError as error:
        raise _invalid(error.problems) from None
    except OSError as error:
        msg = f"the flow could not be persisted ({error}); the running flow is unchanged"
        raise ProblemError(503, "Flow store unavailable", msg) from None
    detail = FlowDetail(
        name=name,
        kind=spec.kind,
        source="rest",
        definition=declared.definition,
        status={**declared.describe(), "reload": None},
    )
    return web.json_response(detail.model_dump(), status=200 if existed else 201, dumps=_dumps)


async def delete_flow(request: web.Request) -> web.Response:
    """DELETE /flows/{name}: stop it (streams closed, subscriptions cancelled) and forget it."""
    name = request.match_info["name"]
    if not await request.app[FLOW_FILES].delete(name):
        found = _runtime(services(request).manager, name)
        if found is None:
            raise _not_found(request, name)
        flow = found[1].pop(name)
        if found[0] == "stream" and not flow.closed:
            flow.close()
        services(request).changed(f"{found[0]}:{name}")
    return web.Response(status=204)


PATH = f"{API_PREFIX}/flows/{{name}}"
OPERATIONS = [
    Operation(
        "GET",
        PATH,
        get_flow,
        "One flow: definition, kind and status (a state machine: one page of its history)",
        "flows",
        None,
        FlowDetail,
        query=(
            (
                "limit",
                f"state machines: history records in the page (default {HISTORY_PAGE})",
                {"type": "integer", "minimum": 1, "maximum": MAX_HISTORY_PAGE},
            ),
            (
                "before",
                "state machines: only records numbered below this (status.history_next "
                "of the previous page)",
                {"type": "integer", "minimum": 1},
            ),
        ),
    ),
    Operation(
        "PUT",
        PATH,
        put_flow,
        "Create (201) or replace (200) a flow from YAML or JSON; 422 lists located problems",
        "flows",
        FlowDocument,
        FlowDetail,
        also=(201,),
        also_accepts=("application/yaml",),
    ),
    Operation(
        "DELETE",
        PATH,
        delete_flow,
        "Stop and forget a flow (a file's flow returns when its file changes)",
        "flows",
        status=204,
    ),
]
