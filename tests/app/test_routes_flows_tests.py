"""PUT /flows/{name} runs the body's marble tests: a failing test is a located 422."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from .helpers import Server, make_settings, start_server, stop_server

GREET = """\
kind: pipeline
name: greet
steps:
  - id: hello
    type: template
    field: greeting
    template: "{prefix} {{user}}"
tests:
  - name: a user is greeted
    input: "-a-|"
    values:
      a: {{user: ana}}
      x: {{user: ana, greeting: hello ana}}
    expect: "-x-|"
"""


@pytest.fixture
async def served(tmp_path: Path) -> AsyncIterator[Server]:
    # the first caption of a process loads the offline engine's models (~1.4 s): the
    # marble tests' deadline (at most request_timeout) must leave room for that
    settings = make_settings(state_dir=str(tmp_path / "state"), request_timeout=10.0)
    srv = await start_server(settings)
    try:
        yield srv
    finally:
        await stop_server(srv)


async def put_yaml(srv: Server, name: str, body: str) -> tuple[int, Any]:
    headers = {"Content-Type": "application/yaml"}
    async with srv.session.put(srv.api(f"/flows/{name}"), data=body, headers=headers) as resp:
        return resp.status, await resp.json(content_type=None)


async def greeting(srv: Server) -> Any:
    status, body = await srv.post(
        "/pipelines/execute", {"pipeline": "greet", "data": {"user": "bo"}}
    )
    assert status == 200
    return body["result"]["greeting"]


async def test_a_flow_whose_tests_pass_is_installed(served: Server) -> None:
    status, body = await put_yaml(served, "greet", GREET.format(prefix="hello"))
    assert status == 201, body
    assert await greeting(served) == "hello bo"


async def test_a_failing_marble_test_is_a_located_422_and_nothing_changes(
    served: Server,
) -> None:
    assert (await put_yaml(served, "greet", GREET.format(prefix="hello")))[0] == 201
    status, body = await put_yaml(served, "greet", GREET.format(prefix="howdy"))
    assert status == 422
    assert body["title"] == "Invalid flow"
    assert "the running flow is unchanged" in body["detail"]
    [error] = body["errors"]
    assert error["file"] == "<request>"
    assert error["line"] == 9  # the failing test's entry under `tests:`
    assert error["flow"] == "greet"
    assert "marble test 'a user is greeted' failed" in error["message"]
    assert "expected:" in error["message"]
    assert "howdy ana" in error["message"]  # the diff shows what came out
    assert "captionflow test" in error["hint"]
    assert await greeting(served) == "hello bo"  # the old version still runs
    async with served.session.get(served.api("/flows/greet")) as resp:
        stored = await resp.json()
    assert stored["definition"]["steps"][0]["template"] == "hello {user}"


CACHED = """\
kind: pipeline
name: cached
steps:
  - id: validate_content
    type: validate_content
  - id: generate_caption
    type: generate_caption
  - id: cache_result
    type: cache_result
tests:
  - name: a post gets a caption
    input: "-a-|"
    values:
      a: {content: "Sunset hike at the lake with my dog.", user_id: u1}
      x: {user_id: u1, engine: offline, cached: false}
    match: subset
    expect: "-x-|"
"""


async def test_the_tests_of_a_put_leave_the_live_caption_cache_alone(served: Server) -> None:
    before = len(served.svc.cache)
    status, body = await put_yaml(served, "cached", CACHED)
    assert status == 201, body
    assert len(served.svc.cache) == before  # the test's caption went to its own cache
