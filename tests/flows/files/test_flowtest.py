"""Marble tests in flow files run in virtual time; specs install into a FlowManager."""

from __future__ import annotations

from pathlib import Path

import pytest

from captions import register_components
from flows import (
    FlowFileError,
    FlowManager,
    FlowSpec,
    Pipeline,
    ReactiveFlow,
    Registry,
    StateMachine,
    Stream,
    TestResult,
    build_registry,
    install,
    lint_paths,
    load_flow_file,
    render_graph,
    run_flow_tests,
)
from flows.files._marble_tests import values_match

CONFIG = Path(__file__).resolve().parents[3] / "config"


@pytest.fixture(scope="module")
def registry() -> Registry:
    return build_registry([register_components], entry_points=False)


def spec_of(text: str, registry: Registry) -> FlowSpec:
    [spec] = load_flow_file("x.yaml", registry, text=text, env={})
    return spec


def results_of(text: str, registry: Registry) -> list[TestResult]:
    return run_flow_tests(spec_of(text, registry), registry)


def test_shipped_flows_lint_clean(registry: Registry) -> None:
    specs, problems = lint_paths([CONFIG], registry)
    assert problems == []
    assert {s.name: s.kind for s in specs if s.file.startswith(str(CONFIG / "flows"))} == {
        "caption_generation": "pipeline",
        "caption_workflow": "state_machine",
        "dynamic_captions": "reactive",
        "real_time_captions": "stream",
        "real_time_service": "subscription",
        "request_surges": "processor",
        "trending_hashtags": "processor",
    }
    assert all(s.flow.tests for s in specs), "every shipped flow carries marble tests"


def test_shipped_flow_tests_pass(registry: Registry) -> None:
    specs, _ = lint_paths([CONFIG], registry)
    results = [r for spec in specs for r in run_flow_tests(spec, registry)]
    assert len(results) >= 18
    assert [str(r) for r in results if not r.passed] == []


FLAKY = """\
kind: pipeline
name: flaky
steps:
  - id: flaky
    type: fail_times
    times: 2
    wrap:
      - {type: retry, retries: 3, delay: 1, multiplier: 2, jitter: 0}
tests:
  - name: retried after 1s and 2s
    timespan: 1s
    input: "a|"
    expect: "3s (a|)"
  - name: a wrong expectation
    timespan: 1s
    input: "a-b|"
    values: {a: {n: 1}, b: {n: 2}}
    expect: "a-b|"
"""


def test_a_failing_test_prints_both_diagrams_aligned(registry: Registry) -> None:
    ok, failed = results_of(FLAKY, registry)
    assert ok.passed
    assert not failed.passed
    assert str(failed) == "\n".join(
        [
            "FAIL x.yaml flaky::a wrong expectation",
            "    input:    a-b|",
            "    expected: a-b|",
            "    actual:   ---(ab|)",
            "              ^ ^^^^^^",
            "    at 0: expected a = {'n': 1}; got nothing",
            "    at 2s: expected b = {'n': 2}; got nothing",
            "    at 3s: expected completion |; got a = {'n': 1}, b = {'n': 2}, completion |",
        ]
    )


TIMEOUT = """\
kind: pipeline
name: slow
steps:
  - id: slow
    type: delay
    seconds: 5
    wrap: [{type: timeout, seconds: 2}]
tests:
  - {name: times out, timespan: 1s, input: "a|", expect: "2s #", error: ItemTimeoutError}
  - {name: wrong error, timespan: 1s, input: "a|", expect: "2s #", error: "KeyError"}
"""


def test_expected_errors_match_their_message(registry: Registry) -> None:
    ok, wrong = results_of(TIMEOUT, registry)
    assert ok.passed
    assert not wrong.passed
    assert "    at 2s: expected error # containing 'KeyError'; got error # " in wrong.report
    assert "ItemTimeoutError" in wrong.report


def test_an_input_error_flows_through(registry: Registry) -> None:
    text = """\
kind: pipeline
name: p
steps: [{id: a, type: passthrough}]
tests:
  - {name: t, input: "-a-#", expect: "-a-#", input_error: boom, error: "MarbleTestError: boom"}
"""
    [result] = results_of(text, registry)
    assert result.passed, result.report


def test_a_rate_limit_spaces_items_in_virtual_time(registry: Registry) -> None:
    text = """\
kind: pipeline
name: p
steps:
  - id: a
    type: template
    field: text
    template: "{n}!"
    wrap: [{type: rate_limit, rate: 2}]
tests:
  - name: two per second
    timespan: 500ms
    input: "(xyz)|"
    values: {x: {n: 1}, y: {n: 2}, z: {n: 3}, X: {n: 1, text: "1!"}, Y: {n: 2, text: "2!"},
             Z: {n: 3, text: "3!"}}
    expect: "XY(Z|)"
"""
    [result] = results_of(text, registry)
    assert result.passed, result.report


def test_a_blocking_stream_nobody_reads_stores_everything_at_once(registry: Registry) -> None:
    """A marble test reads what the stream stores, not as a consumer: under ``block``
    a stream nobody consumes keeps its newest entries and no producer waits (it waited
    the 30 s produce timeout and failed, issue 15 item 2)."""
    text = """\
kind: stream
name: s
max_buffer_size: 1
overflow: block
tests:
  - {name: t, input: "ab|", expect: "ab|"}
"""
    [result] = results_of(text, registry)
    assert result.passed, result.report


def test_a_stream_with_drop_policy_stores_everything_produced(registry: Registry) -> None:
    text = """\
kind: stream
name: s
max_buffer_size: 1
overflow: drop_oldest
compression: true
tests:
  - {name: t, input: "abc|", expect: "abc|"}
"""
    [result] = results_of(text, registry)
    assert result.passed, result.report


def test_state_machine_guards_from_components(registry: Registry) -> None:
    text = """\
kind: state_machine
name: m
initial: idle
states: [idle, {name: busy, final: true}]
transitions:
  - {from: idle, to: busy, on: go, guard: {type: has_content}}
tests:
  - name: with content
    input: "-g|"
    values: {g: {event: go, context: {content: hi}}, B: busy}
    expect: "-B|"
  - name: without content
    input: "-g|"
    values: {g: {event: go, context: {}}}
    expect: "-#"
    error: "refused the transition"
"""
    results = results_of(text, registry)
    assert [r.passed for r in results] == [True, True], [r.report for r in results]


def test_reactive_values_must_be_mappings(registry: Registry) -> None:
    text = """\
kind: reactive
name: r
inputs: {t: a b}
steps: [{id: n, type: word_count, depends_on: [t]}]
tests:
  - {name: t, input: "-x|", expect: "-#", error: "mappings of input updates"}
  - {name: u, input: "-x|", values: {x: {t: one two three}, N: 3}, expect: "-N|"}
"""
    results = results_of(text, registry)
    assert [r.passed for r in results] == [True, True], [r.report for r in results]


def test_subscription_test_without_event_type_is_an_error(registry: Registry) -> None:
    text = """\
kind: subscription
name: s
steps: [{id: relay, on: a, type: publish, event: b}]
tests:
  - {name: t, input: "-x|", expect: "-#", error: "give the test `publish: <event type>`"}
  - name: relay
    observe: b
    input: "-x|"
    values: {x: {type: a, data: 1}, y: {type: b, data: 1}}
    expect: "-y|"
"""
    results = results_of(text, registry)
    assert [r.passed for r in results] == [True, True], [r.report for r in results]


async def test_install_builds_real_flows(registry: Registry) -> None:
    manager = FlowManager()
    built = {}
    for path in sorted((CONFIG / "flows").glob("*.yaml")):
        for spec in load_flow_file(path, registry):
            built[spec.name] = await install(spec, manager, registry)
    pipeline = manager.get_pipeline("caption_generation")
    assert isinstance(pipeline, Pipeline)
    assert [s.name for s in pipeline.stages] == [
        "validate_content",
        "load_ai_model",
        "generate_caption",
        "post_process",
        "cache_result",
    ]
    generate = pipeline.stages[2].config
    assert (generate.timeout, generate.retries, generate.circuit_breaker) == (10.0, 3, True)
    result = await pipeline.process({"content": "Sunset hike at the lake", "user_id": "u1"})
    assert result.result["engine"] == "offline"
    assert isinstance(manager.get_stream("real_time_captions"), Stream)
    assert built["real_time_captions"].pipeline is not None
    flow = manager.get_reactive_flow("dynamic_captions")
    assert isinstance(flow, ReactiveFlow)
    assert await flow.get("tone") == "professional"
    machine = manager.get_state_machine("caption_workflow")
    assert isinstance(machine, StateMachine)
    assert machine.describe()["transitions"] == [
        {"source": "idle", "target": "validating", "event": "start"},
        {"source": "validating", "target": "generating", "event": "valid"},
        {"source": "validating", "target": "failed", "event": "invalid"},
        {"source": "generating", "target": "completed", "event": "success"},
        {"source": "generating", "target": "failed", "event": "failure"},
        {"source": "failed", "target": "validating", "event": "retry"},
        {"source": "failed", "target": "idle", "event": "reset"},
        {"source": "completed", "target": "idle", "event": "reset"},
    ]
    assert len(built["real_time_service"].subscriptions) == 3
    got: list[object] = []
    manager.event_bus.subscribe("caption_completed", got.append)
    await manager.event_bus.publish("caption_request", {"content": "Coffee", "user_id": "u9"})
    await manager.event_bus.drain()
    assert len(got) == 1


async def test_install_refuses_a_taken_name_when_asked(registry: Registry) -> None:
    from flows import FlowExistsError

    manager = FlowManager()
    spec = spec_of("kind: pipeline\nname: p\nsteps: [{id: a, type: passthrough}]\n", registry)
    await install(spec, manager, registry, name="q")
    with pytest.raises(FlowExistsError):
        await install(spec, manager, registry, name="q", if_exists="error")


async def test_a_component_failing_to_build_is_located(registry: Registry) -> None:
    spec = spec_of(
        "kind: subscription\nname: s\nsteps:\n  - {id: r, on: a, type: publish, event: b}\n",
        registry,
    )

    class NoBus(FlowManager):
        pass

    manager = NoBus()
    manager.event_bus = None  # type: ignore[assignment]
    with pytest.raises(FlowFileError) as caught:
        await install(spec, manager, registry)
    problem = caught.value.first
    assert (problem.line, problem.step) == (4, "r")
    assert "needs an event bus" in problem.message


def test_graphs(registry: Registry) -> None:
    [machine] = load_flow_file(CONFIG / "flows" / "caption_workflow.yaml", registry)
    mermaid = render_graph(machine)
    assert mermaid.splitlines()[:3] == [
        "stateDiagram-v2",
        "  [*] --> idle",
        "  idle --> validating: start",
    ]
    assert "start -> idle;" in render_graph(machine, "dot")
    [reactive] = load_flow_file(CONFIG / "flows" / "dynamic_captions.yaml", registry)
    assert "  preferences --> caption" in render_graph(reactive)
    assert "  content -> caption;" in render_graph(reactive, "dot")
    [service] = load_flow_file(CONFIG / "flows" / "real_time_service.yaml", registry)
    assert "  event_caption_request --> caption_request" in render_graph(service)


def test_subset_matching() -> None:
    assert values_match({"a": 1}, {"a": 1, "b": 2}, "subset")
    assert not values_match({"a": 1}, {"a": 1, "b": 2}, "exact")
    assert values_match([{"a": 1}], ({"a": 1, "b": 0},), "subset")
    assert not values_match({"a": 1}, {"b": 1}, "subset")
