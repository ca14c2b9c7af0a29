"""Pipeline.add_stage configuration: validation, seed fields, parallel, names, defaults."""

from __future__ import annotations

from typing import Any

import pytest

from flows import FlowConfigError, Pipeline
from tests.flows.patterns.pipeline_helpers import add_one, double


def test_misspelled_config_field_names_stage_and_field() -> None:
    pipeline = Pipeline("cfg")
    with pytest.raises(FlowConfigError, match=r"pipeline 'cfg' stage 'double'.*retires"):
        pipeline.add_stage(double, config={"retires": 3})
    assert pipeline.stages == []


@pytest.mark.parametrize(
    ("config", "field"),
    [
        ({"timeout": -1.0}, "timeout"),
        ({"timeout": 0}, "timeout"),
        ({"retries": -1}, "retries"),
        ({"parallel": -1}, "parallel"),
        ({"retry_jitter": 2.0}, "retry_jitter"),
        ({"retry_multiplier": 0.5}, "retry_multiplier"),
        ({"retry_budget": 0}, "retry_budget"),
        ({"circuit_breaker": {"failure_threshold": 0}}, "circuit_breaker"),
    ],
)
def test_invalid_config_values_are_rejected(config: dict[str, Any], field: str) -> None:
    with pytest.raises(FlowConfigError, match=rf"stage 'stage_x'.*{field}"):
        Pipeline("cfg").add_stage(double, config, name="stage_x")


def test_non_mapping_config_is_a_config_error() -> None:
    with pytest.raises(FlowConfigError, match="config must be a mapping"):
        Pipeline("cfg").add_stage(double, [("retries", 1)])  # type: ignore[arg-type]


def test_seed_stage_config_is_accepted() -> None:
    pipeline = Pipeline("seed").add_stage(
        double,
        config={"timeout": 10.0, "retries": 3, "parallel": False, "circuit_breaker": True},
    )
    stage = pipeline.stages[0]
    assert stage.timeout == 10.0
    assert stage.policy.max_attempts == 4
    assert stage.concurrency == 1
    assert stage.breaker is not None


def test_parallel_values_set_stage_concurrency() -> None:
    pipeline = Pipeline("par")
    pipeline.add_stage(double, {"parallel": False}, name="one")
    pipeline.add_stage(double, {"parallel": True}, name="many")
    pipeline.add_stage(double, {"parallel": 3}, name="three")
    assert [s.concurrency for s in pipeline.stages] == [1, 16, 3]


def test_duplicate_stage_names_are_rejected() -> None:
    pipeline = Pipeline("dup").add_stage(double)
    with pytest.raises(FlowConfigError, match="'double' already exists"):
        pipeline.add_stage(double)
    pipeline.add_stage(double, name="double_again")
    assert [s.name for s in pipeline.stages] == ["double", "double_again"]


def test_non_callable_stage_is_rejected() -> None:
    with pytest.raises(FlowConfigError, match="not callable"):
        Pipeline("nc").add_stage(42, name="answer")  # type: ignore[arg-type]


def test_stage_timeout_defaults_to_the_pipeline_default() -> None:
    pipeline = Pipeline("defaults", default_timeout=30.0)
    pipeline.add_stage(double).add_stage(add_one, {"timeout": 2})
    assert [s.timeout for s in pipeline.stages] == [30.0, 2]
