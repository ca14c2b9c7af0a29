"""Flow file checks: every error names file, line, column, flow, step, expected, found, hint."""

from __future__ import annotations

from pathlib import Path

import pytest

from captions import register_components
from flows import (
    FlowFileError,
    PipelineDef,
    Problem,
    Registry,
    StateMachineDef,
    build_registry,
    lint_paths,
    load_flow_file,
)


@pytest.fixture(scope="module")
def registry() -> Registry:
    return build_registry([register_components], entry_points=False)


def problems_of(text: str, registry: Registry) -> list[Problem]:
    with pytest.raises(FlowFileError) as caught:
        load_flow_file("flows/x.yaml", registry, text=text, env={})
    return caught.value.problems


def only(text: str, registry: Registry) -> Problem:
    found = problems_of(text, registry)
    assert len(found) == 1, found
    return found[0]


def test_a_valid_pipeline_loads(registry: Registry) -> None:
    text = "kind: pipeline\nname: p\nsteps:\n  - {id: a, type: delay, seconds: 2}\n"
    [spec] = load_flow_file("x.yaml", registry, text=text, env={})
    assert isinstance(spec.flow, PipelineDef)
    assert (spec.name, spec.kind, spec.file) == ("p", "pipeline", "x.yaml")
    assert spec.params["a"].model_dump() == {"seconds": 2.0}


def test_unknown_step_type_suggests_the_closest_name(registry: Registry) -> None:
    text = "kind: pipeline\nname: captions\nsteps:\n  - id: gen\n    type: retyr\n"
    problem = only(text, registry)
    assert (problem.file, problem.line, problem.column) == ("flows/x.yaml", 5, 11)
    assert (problem.flow, problem.step) == ("captions", "gen")
    assert problem.message.startswith("unknown step type 'retyr'; expected a stage component (")
    assert problem.hint == (
        "did you mean 'retry'? (an operator component — it goes in a step's wrap: list)"
    )
    assert str(problem).startswith("flows/x.yaml:5:11: captions/gen: unknown step type 'retyr'")


def test_a_typo_of_a_stage_suggests_the_stage(registry: Registry) -> None:
    text = "kind: pipeline\nname: p\nsteps:\n  - {id: v, type: validate_contnet}\n"
    assert only(text, registry).hint == "did you mean 'validate_content'?"


def test_a_component_of_the_wrong_kind_says_where_it_goes(registry: Registry) -> None:
    problem = only("kind: pipeline\nname: p\nsteps:\n  - {id: a, type: retry}\n", registry)
    assert problem.hint == (
        "'retry' is an operator component, not a stage — it goes in a step's wrap: list"
    )


def test_parameter_errors_name_the_parameter(registry: Registry) -> None:
    text = """\
kind: pipeline
name: p
steps:
  - id: wait
    type: delay
    secnds: 2
  - id: slow
    type: delay
    seconds: soon
    wrap:
      - {type: timeout, secs: 1}
      - {type: retyr}
    config: {timeot: 3}
"""
    got = [(p.line, p.column, p.step, p.message, p.hint) for p in problems_of(text, registry)]
    assert got == [
        (
            4,
            5,
            "wait",
            "stage 'delay' needs parameter 'seconds' (seconds to wait, on the flow's scheduler)",
            None,
        ),
        (
            6,
            5,
            "wait",
            "stage 'delay' has no parameter 'secnds'; its parameters: seconds",
            "did you mean 'seconds'?",
        ),
        (
            9,
            14,
            "slow",
            "stage 'delay' parameter 'seconds': Input should be a valid number, "
            "unable to parse string as a number; found 'soon'",
            None,
        ),
        (
            11,
            9,
            "slow",
            "operator 'timeout' needs parameter 'seconds' (seconds one attempt may take)",
            None,
        ),
        (
            11,
            25,
            "slow",
            "operator 'timeout' has no parameter 'secs'; its parameters: seconds",
            "did you mean 'seconds'?",
        ),
        (
            12,
            16,
            "slow",
            "unknown operator type 'retyr'; expected an operator component "
            "(circuit_breaker, rate_limit, retry, timeout)",
            "did you mean 'retry'?",
        ),
        (
            13,
            14,
            "slow",
            "unknown field 'timeot'; expected one of timeout, retries, retry_delay, "
            "retry_multiplier, retry_max_delay, retry_jitter, retry_budget, parallel, run_in, "
            "circuit_breaker",
            "did you mean 'timeout'?",
        ),
    ]


def test_stage_config_values_are_checked(registry: Registry) -> None:
    text = (
        "kind: pipeline\nname: p\nsteps:\n  - {id: a, type: passthrough, config: {retries: -1}}\n"
    )
    problem = only(text, registry)
    assert (problem.line, problem.column, problem.step) == (4, 50, "a")
    assert problem.message == (
        "steps.0.config.retries: Input should be greater than or equal to 0; found -1"
    )


def test_missing_and_unknown_kind(registry: Registry) -> None:
    problem = only("name: p\nsteps: []\n", registry)
    assert (problem.line, problem.column, problem.flow) == (1, 1, "p")
    assert problem.message.startswith("missing 'kind'; expected one of pipeline, stream")
    problem = only("kind: pipelin\nname: p\n", registry)
    assert (problem.line, problem.column) == (1, 7)
    assert problem.message.startswith("unknown kind 'pipelin'; expected one of pipeline,")
    assert problem.hint == "did you mean 'pipeline'?"


def test_unknown_and_missing_flow_fields(registry: Registry) -> None:
    found = problems_of("kind: pipeline\nname: p\nstep: []\n", registry)
    assert [(p.line, p.column, p.message, p.hint) for p in found] == [
        (1, 1, "missing required field 'steps'", None),
        (
            3,
            1,
            "unknown field 'step'; expected one of name, description, tests, kind, steps",
            "did you mean 'steps'?",
        ),
    ]


def test_a_value_of_the_wrong_type_says_what_was_found(registry: Registry) -> None:
    text = "kind: stream\nname: s\noverflow: drop_oldst\n"
    problem = only(text, registry)
    assert (problem.line, problem.column, problem.flow) == (3, 11, "s")
    assert problem.message == (
        "overflow: Input should be 'block', 'drop_oldest', 'drop_newest' or 'error'; "
        "found 'drop_oldst'"
    )


def test_step_ids_are_unique(registry: Registry) -> None:
    text = (
        "kind: pipeline\nname: p\nsteps:\n  - {id: a, type: passthrough}\n"
        "  - {id: a, type: passthrough}\n"
    )
    problem = only(text, registry)
    assert (problem.line, problem.column, problem.step) == (5, 10, "a")
    assert problem.message == "step id 'a' is used twice (first at line 4)"


def test_a_file_may_hold_a_list_of_flows(registry: Registry) -> None:
    text = """\
- kind: pipeline
  name: p
  steps: [{id: a, type: passthrough}]
- kind: state_machine
  name: m
  initial: a
  states: [a, {name: b, final: true}]
  transitions: [{from: a, to: b, on: go}]
"""
    specs = load_flow_file("x.yaml", registry, text=text, env={})
    assert [s.name for s in specs] == ["p", "m"]
    assert isinstance(specs[1].flow, StateMachineDef)


def test_not_a_flow(registry: Registry) -> None:
    problem = only("just a string\n", registry)
    assert problem.message.startswith("expected a flow (a mapping with 'kind') or a list")


REACTIVE = """\
kind: reactive
name: r
inputs: {x: 1}
steps:
  - {id: a, type: word_count, depends_on: [c]}
  - {id: b, type: word_count, depends_on: [a]}
  - {id: c, type: word_count, depends_on: [b, x]}
"""


def test_a_dependency_cycle_is_named_in_order(registry: Registry) -> None:
    problem = only(REACTIVE, registry)
    assert (problem.line, problem.column, problem.flow, problem.step) == (6, 44, "r", "b")
    assert problem.message == "dependency cycle: a -> b -> c -> a"
    assert problem.hint == "remove 'a' from the depends_on of 'b', or another link"


def test_an_unknown_dependency_suggests_a_name(registry: Registry) -> None:
    text = (
        "kind: reactive\nname: r\ninputs: {content: x}\nsteps:\n"
        "  - {id: w, type: word_count, depends_on: [contnet]}\n"
    )
    problem = only(text, registry)
    assert (problem.line, problem.column, problem.step) == (5, 44, "w")
    assert problem.message == (
        "depends on 'contnet', which is neither an input nor a step; expected one of content, w"
    )
    assert problem.hint == "did you mean 'content'?"


def test_unreachable_and_dead_end_states_are_reported(registry: Registry) -> None:
    text = """\
kind: state_machine
name: m
initial: idle
states: [idle, busy, done, orphan]
transitions:
  - {from: idle, to: busy, on: go}
  - {from: busy, to: done, on: ok}
"""
    got = [(p.line, p.column, p.step, p.message) for p in problems_of(text, registry)]
    assert got == [
        (
            4,
            22,
            "done",
            "state 'done' has no outgoing transitions; mark it final=True if that is intended",
        ),
        (4, 28, "orphan", "state 'orphan' is unreachable from 'idle'"),
        (
            4,
            28,
            "orphan",
            "state 'orphan' has no outgoing transitions; mark it final=True if that is intended",
        ),
    ]


def test_state_machine_references_are_checked(registry: Registry) -> None:
    text = """\
kind: state_machine
name: m
initial: idel
states: [idle, {name: done, final: true}]
transitions:
  - {from: idle, to: dne, on: go}
  - {from: idle, to: done, on: go}
  - {from: done, to: idle, on: back}
  - {from: idle, to: done, on: x, guard: {type: has_fild}}
"""
    got = [(p.line, p.column, p.step, p.message, p.hint) for p in problems_of(text, registry)]
    assert got == [
        (
            3,
            10,
            None,
            "initial state 'idel' is not among the states; expected one of idle, done",
            "did you mean 'idle'?",
        ),
        (
            6,
            22,
            "idle.go",
            "unknown state 'dne' in 'to'; expected one of idle, done",
            "did you mean 'done'?",
        ),
        (
            7,
            32,
            "idle.go",
            "event 'go' already leads out of 'idle' (line 6); one target per (state, event)",
            None,
        ),
        (
            8,
            12,
            "done.back",
            "'done' is final and cannot have transitions",
            "remove final: true from 'done'",
        ),
        (
            9,
            49,
            "idle.x",
            "unknown guard type 'has_fild'; expected a guard component "
            "(field_equals, has_content, has_field)",
            "did you mean 'has_field'?",
        ),
    ]


def test_marble_syntax_errors_point_into_the_string(registry: Registry) -> None:
    text = """\
kind: pipeline
name: p
steps: [{id: a, type: passthrough}]
tests:
  - name: t
    input: "-a-(b|"
    expect: -a-b-|)
"""
    got = [(p.line, p.column, p.step, p.message) for p in problems_of(text, registry)]
    assert got == [
        (6, 16, "test 't'", "input marbles: '(' is never closed at position 4"),
        (7, 19, "test 't'", "expect marbles: ')' without '(' at position 7"),
    ]


def test_a_reactive_test_target_must_be_a_node(registry: Registry) -> None:
    text = REACTIVE.replace("depends_on: [b, x]", "depends_on: [x]") + (
        "tests:\n  - {name: t, input: '-a|', expect: '-a|', target: bb}\n"
    )
    problem = only(text, registry)
    assert problem.message == "target 'bb' is not a node; expected one of x, a, b, c"


def test_interpolation_applies_inside_flow_files(registry: Registry) -> None:
    text = "kind: pipeline\nname: p\nsteps:\n  - {id: a, type: delay, seconds: '${WAIT:1.5}'}\n"
    [spec] = load_flow_file("x.yaml", registry, text=text, env={})
    assert spec.params["a"].model_dump() == {"seconds": 1.5}
    [spec] = load_flow_file("x.yaml", registry, text=text, env={"WAIT": "3"})
    assert spec.params["a"].model_dump() == {"seconds": 3.0}


def test_flow_names_are_unique_across_a_directory(tmp_path: Path, registry: Registry) -> None:
    flow = "kind: pipeline\nname: same\nsteps: [{id: a, type: passthrough}]\n"
    (tmp_path / "a.yaml").write_text(flow)
    (tmp_path / "b.yml").write_text("# second\n" + flow)
    specs, problems = lint_paths([tmp_path], registry, env={})
    assert len(specs) == 2
    [problem] = problems
    assert (problem.file, problem.line, problem.column) == (str(tmp_path / "b.yml"), 3, 7)
    assert problem.message == f"flow name 'same' is already used (first at {tmp_path / 'a.yaml'}:2)"
