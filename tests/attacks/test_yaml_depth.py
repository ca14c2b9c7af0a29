"""Issue 15 item 4: YAML nested 330+ levels was a 500 with a 199 KB traceback per
729-byte request. Now: a located 422, and the refusal is one log line."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from typing import Any

import pytest

from ._live import Process


def put_yaml(process: Process, name: str, body: str) -> tuple[int, Any]:
    request = urllib.request.Request(
        process.api(f"/flows/{name}"),
        data=body.encode(),
        method="PUT",
        headers={"Content-Type": "application/yaml"},
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def nested(levels: int) -> str:
    return (
        "kind: pipeline\nname: deep\nsteps: [{id: a, type: passthrough}]\n"
        f"description: {'[' * levels}{']' * levels}\n"
    )


@pytest.mark.parametrize("levels", [330, 1000, 100_000])
def test_deep_yaml_is_a_located_422_logged_in_one_line(process: Process, levels: int) -> None:
    before = len(process.log)
    status, body = put_yaml(process, "deep", nested(levels))
    assert status == 422, body
    assert body["title"] == "Invalid flow"
    [error] = body["errors"]
    assert (error["file"], error["line"]) == ("<request>", 4)
    assert error["column"] == 13 + 65  # the first '[' beyond 64 levels
    assert "nesting deeper than 64 levels" in error["message"]
    # the access line is the request's last: wait for it, then read what it logged
    process.wait_for_log(lambda log: any("PUT /api/v14" in line for line in log[before:]))
    added = process.log[before:]
    assert not any("Traceback" in line or "ERROR" in line for line in added), added
    refusals = [line for line in added if "refused" in line]
    assert len(refusals) == 1, added
    assert "<request>:4:78" in refusals[0]
    assert sum(map(len, added)) < 2_000
