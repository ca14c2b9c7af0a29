from __future__ import annotations

import app
from app import OPERATIONS

from .helpers import Server


async def test_openapi_lists_every_operation_with_schemas(server: Server) -> None:
    async with server.session.get(f"{server.url}/api/openapi.json") as resp:
        assert resp.status == 200
        doc = await resp.json()
    assert doc["openapi"].startswith("3.1")
    for op in OPERATIONS:
        entry = doc["paths"][op.path][op.method.lower()]
        assert str(op.status) in entry["responses"]
        if op.request is not None:
            ref = entry["requestBody"]["content"]["application/json"]["schema"]["$ref"]
            assert ref.rsplit("/", 1)[1] in doc["components"]["schemas"]
    execute = doc["components"]["schemas"]["ExecuteRequest"]
    assert execute["required"] == ["pipeline", "data"]
    consume = doc["paths"]["/api/v14/async-flows/streams/consume/{stream_name}"]["get"]
    assert {p["name"] for p in consume["parameters"]} == {
        "stream_name",
        "group",
        "from",
        "last_event_id",
        "limit",
    }


async def test_docs_page(server: Server) -> None:
    async with server.session.get(f"{server.url}/api/docs") as resp:
        assert resp.status == 200
        assert resp.content_type == "text/html"
        page = await resp.text()
    assert "/api/v14/async-flows/pipelines/execute" in page
    assert "ExecuteRequest" in page


def test_public_api_is_all() -> None:
    """Every public name is in ``__all__`` and every name in ``__all__`` exists."""
    public = {name for name in vars(app) if not name.startswith("_")} - {"annotations"}
    assert public == set(app.__all__)
    assert len(app.__all__) == len(set(app.__all__))
