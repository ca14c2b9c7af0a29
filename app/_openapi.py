"""OpenAPI 3.1 document generated from the operations' pydantic models, and a docs page."""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from typing import Any

from aiohttp import web
from pydantic import BaseModel

from ._ops import Operation

__all__ = ["docs_html", "openapi_document", "set_maximum"]

_PROBLEM = {
    "type": "object",
    "description": "RFC 9457 problem details",
    "properties": {
        "type": {"type": "string"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "errors": {"type": "array", "items": {"type": "object"}},
    },
    "required": ["type", "title", "status", "detail"],
}


# OpenAPI 3.1: the ``schema`` of a text/event-stream response describes each event
_SSE_EVENT = {
    "type": "object",
    "description": "one server-sent event; `data` is JSON",
    "properties": {
        "id": {"type": "string"},
        "event": {"type": "string"},
        "data": {"type": "string", "contentMediaType": "application/json"},
        "retry": {"type": "integer", "minimum": 0},
    },
}


def _not_null(schema: dict[str, Any]) -> dict[str, Any]:
    """A query parameter is absent rather than null: drop ``null`` from ``anyOf``."""
    options = [s for s in schema.get("anyOf", []) if s.get("type") != "null"]
    if len(options) != 1:
        return schema
    rest = {k: v for k, v in schema.items() if k not in ("anyOf", "default")}
    return {**rest, **options[0]}


def _ref(model: type[BaseModel], schemas: dict[str, Any]) -> dict[str, str]:
    schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
    for name, sub in schema.pop("$defs", {}).items():
        schemas[name] = sub
    schemas[model.__name__] = schema
    return {"$ref": f"#/components/schemas/{model.__name__}"}


def _operation(op: Operation, schemas: dict[str, Any]) -> dict[str, Any]:
    problem = {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
    out: dict[str, Any] = {
        "summary": op.summary,
        "tags": [op.tag],
        "operationId": op.handler.__name__,
    }
    params = [
        {"name": seg[1:-1], "in": "path", "required": True, "schema": {"type": "string"}}
        for seg in op.path.split("/")
        if seg.startswith("{")
    ]
    model = op.query_model.model_json_schema() if op.query_model else {}
    fields, required = model.get("properties", {}), model.get("required", [])
    for query in op.query:
        name, description = query[0], query[1]
        schema = query[2] if len(query) == 3 else _not_null(fields.get(name, {"type": "string"}))
        param = {"name": name, "in": "query", "required": name in required}
        params.append({**param, "description": description, "schema": schema})
    for header in op.headers:
        schema = header[2] if len(header) == 3 else {"type": "string"}
        params.append(
            {"name": header[0], "in": "header", "description": header[1], "schema": schema}
        )
    if params:
        out["parameters"] = params
    if op.request is not None:
        # an empty body reads as {}: it is optional when every field has a default
        required = any(f.is_required() for f in op.request.model_fields.values())
        content = {"application/json": {"schema": _ref(op.request, schemas)}}
        for media in op.also_accepts:  # e.g. a flow file as YAML text
            content[media] = {"schema": {"type": "string"}}
        out["requestBody"] = {"required": required, "content": content}
    ok: dict[str, Any] = {"description": "success"}
    if op.response is not None:
        ok["content"] = {"application/json": {"schema": _ref(op.response, schemas)}}
    elif op.sse:
        ok["content"] = {"text/event-stream": {"schema": _SSE_EVENT}}
    elif op.path == "/metrics":
        ok["content"] = {"text/plain": {"schema": {"type": "string"}}}
    responses: dict[str, Any] = {str(op.status): ok}
    responses |= {str(status): ok for status in op.also}
    statuses = ["400", "401", "404", "409", "413", "422", "429"]
    if op.request is not None:  # a body: late (408), not of the accepted types (415),
        # or more than the process's memory budget holds (507)
        statuses += ["408", "415", "507"]
    for status in sorted(statuses):
        responses[status] = {"description": "problem", "content": problem}
    out["responses"] = responses
    return out


def openapi_document(operations: Sequence[Operation]) -> dict[str, Any]:
    """The OpenAPI document for ``operations``."""
    schemas: dict[str, Any] = {"Problem": _PROBLEM}
    paths: dict[str, dict[str, Any]] = {}
    for op in operations:
        paths.setdefault(op.path, {})[op.method.lower()] = _operation(op, schemas)
    return {
        "openapi": "3.1.0",
        "info": {"title": "captionflow", "version": "14.0.0"},
        "paths": paths,
        "components": {
            "schemas": schemas,
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        },
    }


def set_maximum(document: dict[str, Any], schema: str, field: str, maximum: int) -> None:
    """Give ``schema.field`` (an integer, maybe nullable) the ``maximum`` enforced at runtime."""
    prop = document["components"]["schemas"][schema]["properties"][field]
    for option in [prop, *prop.get("anyOf", [])]:
        if option.get("type") == "integer":
            option["maximum"] = maximum


def docs_html(document: dict[str, Any]) -> str:
    """A dependency-free HTML page listing every operation and schema."""
    rows = []
    for path, methods in document["paths"].items():
        for method, op in methods.items():
            rows.append(
                f"<tr><td><code>{method.upper()}</code></td><td><code>{html.escape(path)}"
                f"</code></td><td>{html.escape(op['summary'])}</td></tr>"
            )
    schemas = "".join(
        f"<h3 id='{html.escape(name)}'>{html.escape(name)}</h3>"
        f"<pre>{html.escape(json.dumps(schema, indent=2))}</pre>"
        for name, schema in document["components"]["schemas"].items()
    )
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>captionflow API</title>"
        "<style>body{font-family:sans-serif;max-width:60em;margin:auto}td{padding:.2em .6em}"
        "pre{background:#f4f4f4;padding:.5em}</style></head><body>"
        "<h1>captionflow API v14</h1><p>Machine-readable: "
        "<a href='/api/openapi.json'>/api/openapi.json</a>. Errors are "
        "<code>application/problem+json</code>.</p>"
        f"<h2>Operations</h2><table>{''.join(rows)}</table><h2>Schemas</h2>{schemas}"
        "</body></html>"
    )


def docs_routes(
    operations: Sequence[Operation], maxima: Sequence[tuple[str, str, int]] = ()
) -> list[web.RouteDef]:
    """``GET /api/openapi.json`` and ``GET /api/docs``; ``maxima`` are runtime limits
    (schema, field, maximum) written into the document."""
    document = openapi_document(operations)
    for schema, field, maximum in maxima:
        set_maximum(document, schema, field, maximum)
    page = docs_html(document)

    async def openapi(request: web.Request) -> web.Response:
        return web.json_response(document)

    async def docs(request: web.Request) -> web.Response:
        return web.Response(text=page, content_type="text/html")

    return [web.get("/api/openapi.json", openapi), web.get("/api/docs", docs)]
