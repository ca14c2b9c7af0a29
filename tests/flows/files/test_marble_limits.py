"""Marble tests are bounded (named limits, located), stop at a deadline, and cost time
linear in their size (issue 15, item 1)."""

from __future__ import annotations

import gc
import time

import pytest

from captions import register_components
from flows import FlowFileError, FlowSpec, Registry, build_registry, load_flow_file
from flows.files import (
    MAX_TEST_FRAMES,
    MAX_TEST_OUTPUTS,
    MAX_TEST_VALUES,
    MAX_TESTS,
    MarbleTestTimeout,
    _check,
    _marble_tests,
    run_flow_tests,
)


@pytest.fixture(scope="module")
def registry() -> Registry:
    return build_registry([register_components], entry_points=False)


def flow(tests: str, steps: str = "[{id: a, type: passthrough}]") -> str:
    return f"kind: pipeline\nname: p\nsteps: {steps}\ntests:\n{tests}"


def one_test(input: str, expect: str, values: str = "{}") -> str:
    return f'  - name: t\n    input: "{input}"\n    values: {values}\n    expect: "{expect}"\n'


def problems_of(text: str, registry: Registry) -> list[str]:
    with pytest.raises(FlowFileError) as caught:
        load_flow_file("x.yaml", registry, text=text, env={})
    return [str(p) for p in caught.value.problems]


def spec_of(text: str, registry: Registry) -> FlowSpec:
    [spec] = load_flow_file("x.yaml", registry, text=text, env={})
    return spec


def test_a_diagram_over_max_frames_is_located_at_the_first_frame_over(
    registry: Registry,
) -> None:
    frames = "a" * MAX_TEST_FRAMES
    assert spec_of(flow(one_test(frames, frames)), registry).flow.tests
    [problem] = problems_of(flow(one_test(frames + "|", frames)), registry)
    # line 6 is the input; its text starts at column 13, the 1001st frame is 1,000 further
    assert problem.startswith(f"x.yaml:6:{13 + MAX_TEST_FRAMES}: p/test 't': input marbles: ")
    assert f"more than {MAX_TEST_FRAMES} frames (the limit MAX_TEST_FRAMES)" in problem
    assert "split the test into shorter ones" in problem


def test_values_of_a_group_count_as_frames(registry: Registry) -> None:
    group = "(" + "a" * (MAX_TEST_FRAMES + 1) + ")"
    [problem] = problems_of(flow(one_test(group, "-")), registry)
    assert "input marbles: more than" in problem


def test_dashes_count_and_time_tokens_do_not(registry: Registry) -> None:
    assert problems_of(flow(one_test("-" * (MAX_TEST_FRAMES + 1), "-")), registry)
    spec_of(flow(one_test("a 999h b|", "a 999h b|")), registry)


def test_too_many_values_is_located_at_the_values(registry: Registry) -> None:
    letters = [chr(0x4E00 + i) for i in range(MAX_TEST_VALUES + 1)]
    values = "{" + ", ".join(f"{c}: 1" for c in letters) + "}"
    [problem] = problems_of(flow(one_test("a|", "a|", values)), registry)
    assert problem.startswith("x.yaml:7:")
    assert f"{MAX_TEST_VALUES + 1} entries in values and expect_values" in problem
    assert "(the limit MAX_TEST_VALUES)" in problem


def test_too_many_tests_is_located_at_the_first_test_over(registry: Registry) -> None:
    tests = "".join(
        f'  - {{name: t{i}, input: "a|", expect: "a|"}}\n' for i in range(MAX_TESTS + 1)
    )
    [problem] = problems_of(flow(tests), registry)
    assert problem.startswith(f"x.yaml:{5 + MAX_TESTS}:")
    assert f"{MAX_TESTS + 1} tests; a flow may have at most {MAX_TESTS}" in problem
    assert "(the limit MAX_TESTS)" in problem


def test_a_run_past_its_deadline_stops_and_names_the_test(registry: Registry) -> None:
    tests = "".join(
        f'  - {{name: t{i}, input: "{"a" * 900}|", expect: "{"a" * 900}|"}}\n' for i in range(50)
    )
    spec = spec_of(flow(tests), registry)
    started = time.monotonic()
    with pytest.raises(MarbleTestTimeout) as caught:
        run_flow_tests(spec, registry, deadline=started + 0.05)
    # it stopped at the deadline, long before the last of the 50 (~2 s for all here);
    # which test it names depends on the machine's speed, not whether it stopped
    assert caught.value.index < 49
    assert caught.value.flow == "p"
    assert caught.value.test == f"t{caught.value.index}"
    assert "was still running after" in str(caught.value)


def test_a_flow_that_never_stops_producing_fails_at_max_outputs(
    registry: Registry, monkeypatch: pytest.MonkeyPatch
) -> None:
    # an event handler that publishes what it listens to; the cap stops the recording
    # (lowered here: the echo itself stops at Python's recursion limit, before 4,000)
    monkeypatch.setattr(_marble_tests, "MAX_TEST_OUTPUTS", 20)
    text = """\
kind: subscription
name: echo
steps:
  - {id: again, on: "ping", type: publish, event: ping}
tests:
  - name: one ping
    input: "-p-|"
    values: {p: {type: ping, data: 1}}
    expect: "-p-|"
"""
    [result] = run_flow_tests(spec_of(text, registry), registry)
    assert not result.passed
    assert "more than 20 outputs (the limit MAX_TEST_OUTPUTS)" in result.report
    assert MAX_TEST_OUTPUTS == 4 * MAX_TEST_FRAMES


def _best_of_3(spec: FlowSpec, registry: Registry) -> float:
    """The fastest of three runs, with the garbage collector paused: its passes scan the
    whole process, so their cost depends on what other tests left alive, not on the
    marble test."""
    best = float("inf")
    for _ in range(3):
        gc.collect()
        gc.disable()
        try:
            started = time.perf_counter()
            run_flow_tests(spec, registry)
            best = min(best, time.perf_counter() - started)
        finally:
            gc.enable()
    return best


@pytest.mark.parametrize("outcome", ["pass", "fail"])
def test_cost_is_linear_in_the_frames(
    registry: Registry, monkeypatch: pytest.MonkeyPatch, outcome: str
) -> None:
    """8x the frames costs about 8x the time (it was quadratic: 64x), passing or failing
    (the failing one also draws the aligned diff). Ratios of best-of-3 runs, so a
    slower machine slows both sides alike."""
    monkeypatch.setattr(_check, "MAX_TEST_FRAMES", 100_000)
    monkeypatch.setattr(_marble_tests, "MAX_TEST_OUTPUTS", 100_000)

    def spec(frames: int) -> FlowSpec:
        expect = "a" * frames if outcome == "pass" else "b" * frames
        return spec_of(flow(one_test("a" * frames + "|", expect + "|", "{b: 2}")), registry)

    small, large = _best_of_3(spec(2_000), registry), _best_of_3(spec(16_000), registry)
    assert large / small < 24, f"2,000 frames {small:.3f}s, 16,000 frames {large:.3f}s"
