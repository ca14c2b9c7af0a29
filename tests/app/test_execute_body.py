"""The body of ``POST /pipelines/execute``, serialised straight from the PipelineResult."""

from __future__ import annotations

import math
from typing import Any

import pytest
from pydantic_core import PydanticSerializationError, to_json

from app.routes._pipelines import EXECUTE_BODY
from flows import PipelineResult, StageTrace

RESULTS = [
    PipelineResult(
        "captions",
        {"content": "Dawn swim before work", "user_id": "u9", "tone": "casual"},
        [StageTrace("validate_content", "ok", 1, 0.0123456)],
        0.0345678,
        7,
    ),
    PipelineResult(
        "mixed",
        [1, 2.5, None, True, "x", {"deep": [{"n": math.nan}, math.inf, -math.inf]}],
        [
            StageTrace("first", "ok", 1, 1.0),
            StageTrace("second", "failed", 3, 12.3456789, "ValueError: bad"),
            StageTrace("third", "timeout", 2, 0.0005, "ItemTimeoutError: late"),
        ],
        1234.56789,
        1,
    ),
    PipelineResult("empty", None, [], 0.0, 2),
    PipelineResult("number", 4.0, [], math.nan, 3),
]


def _as_before(result: PipelineResult) -> bytes:
    payload = result.to_dict()
    del payload["run_id"]
    return to_json(payload, inf_nan_mode="null")


@pytest.mark.parametrize("result", RESULTS, ids=lambda r: r.pipeline)
def test_the_body_is_the_result_as_a_dict_without_its_run_id(result: PipelineResult) -> None:
    assert EXECUTE_BODY.to_json(result) == _as_before(result)


def test_a_value_with_no_json_form_is_refused_as_before() -> None:
    result: Any = PipelineResult("odd", {"when": object()}, [], 1.0, 4)
    with pytest.raises(PydanticSerializationError):
        _as_before(result)
    with pytest.raises(PydanticSerializationError):
        EXECUTE_BODY.to_json(result)
