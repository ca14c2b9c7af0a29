"""The body of ``POST /pipelines/execute``, serialised straight from the PipelineResult."""

from __future__ import annotations

import math
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic_core import PydanticSerializationError, to_json

from app.routes._pipelines import EXECUTE_BODY, _ms
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


@given(
    st.one_of(
        st.floats(allow_nan=True, allow_infinity=True),
        st.floats(min_value=0.0, max_value=1e9),
        st.floats(min_value=0.0, max_value=10.0),
        # the hardest: a hair from a half of a thousandth
        st.builds(
            lambda k, d: (k + 0.5) / 1000 + d,
            st.integers(0, 10**12),
            st.sampled_from([0.0, 1e-12, -1e-12, 1e-9, -1e-9, 5e-324]),
        ),
        st.integers(-(10**6), 10**6),
    )
)
def test_a_duration_is_rounded_to_the_same_float_as_round_gives(value: float) -> None:
    got, expected = _ms(value), round(value, 3)
    assert type(got) is type(expected)
    assert repr(got) == repr(expected)
    trace = [StageTrace("s", "ok", 1, value)]
    result = PipelineResult("p", None, trace, value, 1)
    assert EXECUTE_BODY.to_json(result) == _as_before(result)
