from __future__ import annotations

from typing import Any

import pytest

from .helpers import Server


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/pipelines/caption-generation", {"name": "dup"}),
        ("/streams/real-time-captions", {"name": "dup"}),
        ("/state-machines/caption-workflow", {"name": "dup"}),
        (
            "/reactive/create",
            {
                "name": "dup",
                "inputs": {"t": "a b"},
                "computations": [{"name": "n", "function": "word_count", "depends_on": ["t"]}],
            },
        ),
    ],
)
async def test_creating_an_existing_name_is_409(
    server: Server, path: str, body: dict[str, Any]
) -> None:
    status, _ = await server.post(path, body)
    assert status == 201
    status, problem = await server.post(path, body)
    assert status == 409
    assert problem["title"] == "Already exists"
    assert "'dup'" in problem["detail"]
