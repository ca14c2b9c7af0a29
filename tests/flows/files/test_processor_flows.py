"""``kind: processor``: every step in virtual time, located YAML mistakes, graph and build."""

from __future__ import annotations

from pathlib import Path

import pytest

from flows import (
    FlowFileError,
    FlowManager,
    FlowSpec,
    Processor,
    Registry,
    build_registry,
    install,
    load_flow_file,
    render_graph,
    run_flow_tests,
)

STEPS = Path(__file__).with_name("processor_steps.yaml")


@pytest.fixture(scope="module")
def registry() -> Registry:
    return build_registry(entry_points=False)


def spec_of(text: str, registry: Registry) -> FlowSpec:
    [spec] = load_flow_file("p.yaml", registry, text=text, env={})
    return spec


def problems_of(text: str, registry: Registry) -> list[str]:
    with pytest.raises(FlowFileError) as caught:
        load_flow_file("p.yaml", registry, text=text, env={})
    return [str(p) for p in caught.value.problems]


def test_every_step_passes_its_marble_tests(registry: Registry) -> None:
    specs = load_flow_file(STEPS, registry)
    results = [r for spec in specs for r in run_flow_tests(spec, registry)]
    failed = [str(r) for r in results if not r.passed]
    assert not failed, "\n".join(failed)
    assert len(results) == 14
    steps = {step.type for spec in specs for step in spec.flow.steps}  # type: ignore[union-attr]
    assert steps == {
        "map",
        "filter",
        "flat_map",
        "key_by",
        "window",
        "aggregate",
        "join",
        "dedupe",
        "debounce",
        "throttle",
    }


_BASE = """\
kind: processor
name: p
sources: [{stream: s}]
steps:
  - {id: k, type: key_by, expr: user}
  - {id: w, type: window, shape: tumbling, size: 1m}
  - {id: n, type: aggregate, op: count}
sinks: [{stream: out}]
tests:
  - name: counts at completion
    input: "-a-|"
    values: {a: {user: u}}
    expect: "---(x|)"
    expect_values: {x: {key: u, start: 0.0, end: 60.0, value: 1, count: 1, update: false}}
"""


def test_a_wrong_expectation_fails_with_a_diff(registry: Registry) -> None:
    spec = spec_of(_BASE.replace("value: 1, count: 1", "value: 2, count: 1"), registry)
    [result] = run_flow_tests(spec, registry)
    assert not result.passed
    assert "'value': 1" in result.report


def test_the_base_flow_passes_and_builds_a_processor_of_operators(registry: Registry) -> None:
    spec = spec_of(_BASE, registry)
    assert [r.passed for r in run_flow_tests(spec, registry)] == [True]


async def test_install_registers_the_processor(registry: Registry) -> None:
    manager = FlowManager(registry=registry)
    installed = await install(spec_of(_BASE, registry), manager, registry)
    assert isinstance(installed.flow, Processor)
    assert manager.get_processor("p") is installed.flow
    info = installed.flow.describe()
    assert info["status"] == "stopped"
    assert info["sinks"] == ["stream out"]
    assert {"kind": "processor", "name": "p", "status": "stopped"} in manager.flows()


@pytest.mark.parametrize(
    ("old", "new", "where"),
    [
        (
            "  - {id: n, type: aggregate, op: count}\n",
            "  - {id: n, type: map, expr: user}\n",
            "p.yaml:6:19: p/w: step 'w' is a window: the step after it must be an aggregate",
        ),
        (
            "expr: user}",
            "expr: 'user['}",
            "p.yaml:5:33: p/k: processor 'key_by' parameter 'expr': Value error, invalid "
            "JMESPath expression 'user['",
        ),
        (
            "op: count}",
            "op: median}",
            "p.yaml:7:34: p/n: processor 'aggregate' parameter 'op': Input should be",
        ),
        (
            "type: window, shape: tumbling, size: 1m}",
            "type: window, shape: sliding, size: 1m}",
            "p.yaml:6:5: p/w: processor 'window' parameter '': Value error, a sliding window "
            "needs 'slide'",
        ),
        (
            "type: key_by,",
            "type: key_bye,",
            "p.yaml:5:19: p/k: unknown step type 'key_bye'; expected a processor component",
        ),
        (
            "sinks: [{stream: out}]",
            "sinks: [{stream: out, event: x}]",
            "p.yaml:8:9: p: sinks.0: Value error, a sink is one of",
        ),
        (
            "sources: [{stream: s}]",
            "sources: [{stream: s}]\ntime: {side_output: {stream: late}}",
            "p.yaml:4:21: p: side_output needs event time",
        ),
    ],
)
def test_mistakes_are_located(registry: Registry, old: str, new: str, where: str) -> None:
    assert old in _BASE
    problems = problems_of(_BASE.replace(old, new), registry)
    assert any(p.startswith(where) for p in problems), problems


def test_join_with_an_unknown_source_is_located(registry: Registry) -> None:
    text = _BASE.replace(
        "  - {id: w, type: window,",
        "  - {id: j, type: join, with: paymets, key: user, size: 10s}\n  - {id: w, type: window,",
    )
    problems = problems_of(text, registry)
    assert any(
        p.startswith("p.yaml:6:31: p/j: join with 'paymets', which is not a source (s)")
        for p in problems
    ), problems


def test_graph_draws_sources_steps_sinks_and_joins(registry: Registry) -> None:
    [spec] = [s for s in load_flow_file(STEPS, registry) if s.name == "join_orders"]
    graph = render_graph(spec)
    assert 'source_orders["orders: stream orders"]' in graph
    assert "source_orders --> step_by_order" in graph
    assert "source_payments -->|join| step_paid" in graph
    assert "source_payments --> step_by_order" not in graph  # the join consumes it
    dot = render_graph(spec_of(_BASE, registry), "dot")
    assert "step_n -> sink_0;" in dot
