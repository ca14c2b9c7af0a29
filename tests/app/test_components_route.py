"""``GET /components``: the registry's components and parameters, as the CLI lists them."""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path
from typing import Any

from .helpers import Server

CLI = Path(sys.executable).parent / "captionflow"


async def get(server: Server, path: str) -> tuple[int, Any]:
    async with server.session.get(server.api(path)) as resp:
        return resp.status, await resp.json(content_type=None)


async def test_every_component_with_its_parameters(server: Server) -> None:
    status, body = await get(server, "/components")
    assert status == 200
    by_name = {(c["kind"], c["name"]): c for c in body["components"]}
    retry = by_name["operator", "retry"]
    assert retry["params"]["retries"] == {
        "description": "extra attempts after a failure",
        "required": False,
        "default": 3,
        "type": "integer",
        "schema": {
            "default": 3,
            "description": "extra attempts after a failure",
            "maximum": 100,
            "minimum": 1,
            "title": "Retries",
            "type": "integer",
        },
    }
    assert ("stage", "generate_caption") in by_name  # the caption components too


async def test_the_same_as_the_cli(server: Server) -> None:
    _, body = await get(server, "/components?kind=stage")
    process = await asyncio.create_subprocess_exec(
        str(CLI), "components", "--kind", "stage", "--json", stdout=asyncio.subprocess.PIPE
    )
    out, _ = await process.communicate()
    assert process.returncode == 0
    assert body["components"] == json.loads(out)


async def test_kind_must_be_a_kind(server: Server) -> None:
    for kind in ("", "stages"):
        status, body = await get(server, f"/components?kind={kind}")
        assert status == 400
        assert body["errors"][0]["loc"] == "kind"


async def test_it_is_in_the_openapi_document(server: Server) -> None:
    async with server.session.get(f"{server.url}/api/openapi.json") as resp:
        document = await resp.json()
    operation = document["paths"]["/api/v14/async-flows/components"]["get"]
    [kind] = operation["parameters"]
    assert kind["schema"]["enum"] == [
        "stage",
        "operator",
        "reactive",
        "guard",
        "handler",
        "processor",
    ]
    schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema == {"$ref": "#/components/schemas/ComponentsResponse"}
    assert "ParamInfo" in document["components"]["schemas"]
