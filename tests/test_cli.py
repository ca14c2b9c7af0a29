"""The ``captionflow`` CLI: lint, test, graph, run; exit codes 0 / 1 / 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app._cli import main

ROOT = Path(__file__).resolve().parents[1]
CONFIG = ROOT / "config"

BROKEN = """\
kind: pipeline
name: captions
steps:
  - id: gen
    type: retyr
"""

FAILING = """\
kind: pipeline
name: p
steps: [{id: a, type: passthrough}]
tests:
  - {name: off by one, input: "-a|", expect: "a-|"}
"""


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_lint_of_the_shipped_config_is_clean(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["lint", str(CONFIG)], capsys)
    assert (code, out) == (0, "")
    assert err.endswith("valid flow(s): ok\n")


def test_lint_prints_located_problems_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(BROKEN)
    code, out, err = run(["lint", str(tmp_path)], capsys)
    assert code == 1
    assert out.startswith(f"{path}:5:11: captions/gen: unknown step type 'retyr'; expected a stage")
    assert out.rstrip().endswith(
        "— did you mean 'retry'? (an operator component — it goes in a step's wrap: list)"
    )
    assert "1 problem(s)" in err


def test_lint_of_a_missing_path_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["lint", "no/such/dir"], capsys)
    assert code == 2
    assert err == "captionflow: no such file or directory: no/such/dir\n"


def test_test_runs_every_marble_test(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["test", str(CONFIG)], capsys)
    assert code == 0, out
    assert out.count("PASS ") >= 18
    assert "FAIL" not in out
    assert err.endswith(" passed, 0 failed\n")


def test_test_failures_exit_1_with_a_diff(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "f.yaml").write_text(FAILING)
    code, out, err = run(["test", "-q", str(tmp_path)], capsys)
    assert code == 1
    assert out.splitlines() == [
        f"FAIL {tmp_path / 'f.yaml'} p::off by one",
        "    input:    -a|",
        "    expected: a-|",
        "    actual:   -a|",
        "              ^^",
        "    at 0: expected a = 'a'; got nothing",
        "    at 10ms: expected nothing; got a = 'a'",
    ]
    assert err == "0 passed, 1 failed\n"


def test_test_of_an_invalid_file_is_a_config_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "bad.yaml").write_text(BROKEN)
    code, out, err = run(["test", str(tmp_path)], capsys)
    assert code == 2
    assert "unknown step type 'retyr'" in out
    assert "no tests run" in err


def test_graph_mermaid_and_dot(capsys: pytest.CaptureFixture[str]) -> None:
    flow = str(CONFIG / "flows" / "caption_generation.yaml")
    code, out, _ = run(["graph", flow], capsys)
    assert code == 0
    assert out.splitlines()[0] == "flowchart LR"
    assert "  validate_content --> load_ai_model" in out
    code, out, _ = run(["graph", flow, "--format", "dot"], capsys)
    assert code == 0
    assert out.startswith('digraph "caption_generation" {')
    code, out, _ = run(["graph", str(CONFIG / "flows" / "caption_workflow.yaml")], capsys)
    assert out.startswith("stateDiagram-v2\n  [*] --> idle\n")


def test_graph_of_several_flows_and_one_of_them(capsys: pytest.CaptureFixture[str]) -> None:
    examples = str(CONFIG / "examples" / "resilience.yaml")
    code, out, _ = run(["graph", examples], capsys)
    assert (code, out.count("flowchart LR")) == (0, 4)
    # each diagram is named (a Mermaid title, which Mermaid draws too)
    titles = [line for line in out.splitlines() if line.startswith("title: ")]
    assert titles == [
        "title: retry_with_backoff_example (pipeline)",
        "title: timeout_example (pipeline)",
        "title: timeout_then_retry_example (pipeline)",
        "title: rate_limit_example (pipeline)",
    ]
    assert out.startswith("---\ntitle: retry_with_backoff_example (pipeline)\n---\nflowchart LR\n")
    code, out, _ = run(["graph", examples, "--format", "dot"], capsys)
    assert out.count('digraph "') == 4  # DOT graphs carry their names
    code, out, _ = run(["graph", examples, "--flow", "timeout_example"], capsys)
    assert out.count("flowchart LR") == 1
    assert out.startswith("flowchart LR")  # one flow: no title
    code, _, err = run(["graph", examples, "--flow", "nope"], capsys)
    assert code == 2
    assert "no flow named 'nope'" in err


def test_run_writes_json_lines_and_reports_failures(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = tmp_path / "items.jsonl"
    items.write_text(
        '{"content": "Sunset hike at the lake", "user_id": "u1"}\n'
        '{"content": ""}\n'
        "\n"
        '{"content": "Fresh coffee in Paris", "user_id": "u2"}\n'
    )
    flow = str(CONFIG / "flows" / "caption_generation.yaml")
    code, out, err = run(["run", flow, "--input", str(items)], capsys)
    assert code == 1
    results = [json.loads(line) for line in out.splitlines()]
    assert [(r["user_id"], r["engine"]) for r in results] == [("u1", "offline"), ("u2", "offline")]
    assert "item 2: StageFailedError" in err
    assert "] 3/3 (1 failed)" in err  # the progress bar
    assert err.endswith("2 ok, 1 failed\n")


def test_run_a_stream_flow(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    items = tmp_path / "items.jsonl"
    items.write_text('{"content": "Morning run", "user_id": "u1"}\n' * 3)
    flow = str(CONFIG / "flows" / "real_time_captions.yaml")
    code, out, err = run(["run", flow, "--input", str(items), "--no-progress"], capsys)
    assert code == 0
    assert [json.loads(line)["user_id"] for line in out.splitlines()] == ["u1"] * 3
    assert err == "3 ok, 0 failed\n"


COUNTS = """\
kind: processor
name: counts
sources: [{stream: clicks}]
time: {field: ts, side_output: {stream: late_clicks}}
steps:
  - {id: user, type: key_by, expr: user}
  - {id: w, type: window, shape: tumbling, size: 10s}
  - {id: n, type: aggregate, op: count}
sinks: [{stream: counts_out}]
tests:
  - name: a window per user; the late event aside
    input: "a-b-c|"
    values: {a: {user: u1, ts: 1}, b: {user: u1, ts: 12}, c: {user: u1, ts: 2}}
    expect: "--x-y(z|)"
    expect_values:
      x: {key: u1, start: 0.0, end: 10.0, value: 1, count: 1, update: false}
      y: {late: {key: u1, time: 2.0, watermark: 12.0, value: {user: u1, ts: 2}}}
      z: {key: u1, start: 10.0, end: 20.0, value: 1, count: 1, update: false}
"""


def test_lint_test_graph_and_run_take_a_processor(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    flow = tmp_path / "counts.yaml"
    flow.write_text(COUNTS)
    assert run(["lint", str(flow)], capsys)[0] == 0
    code, out, _ = run(["test", str(flow)], capsys)
    assert (code, out.count("PASS ")) == (0, 1), out
    code, out, _ = run(["graph", str(flow)], capsys)
    assert code == 0
    assert "  step_w --> step_n" in out
    assert 'sink_0["stream counts_out"]' in out
    items = tmp_path / "clicks.jsonl"
    items.write_text('{"user": "a", "ts": 1}\n{"user": "b", "ts": 2}\n{"user": "a", "ts": 11}\n')
    code, out, err = run(["run", str(flow), "--input", str(items), "--no-progress"], capsys)
    assert code == 0, err
    results = [json.loads(line) for line in out.splitlines()]
    assert [(r["key"], r["start"], r["count"]) for r in results] == [
        ("a", 0.0, 1),
        ("b", 0.0, 1),
        ("a", 10.0, 1),  # open at the end of the input: flushed
    ]


def test_run_refuses_other_kinds_and_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = tmp_path / "items.jsonl"
    items.write_text("{not json}\n")
    machine = str(CONFIG / "flows" / "caption_workflow.yaml")
    code, _, err = run(["run", machine, "--input", str(items)], capsys)
    assert code == 2
    assert (
        "run takes a pipeline, stream or processor flow; 'caption_workflow' is a state_machine"
        in err
    )
    pipeline = str(CONFIG / "flows" / "caption_generation.yaml")
    code, _, err = run(["run", pipeline, "--input", str(items)], capsys)
    assert code == 2
    assert f"{items}:1: not a JSON line" in err
    code, _, err = run(
        ["run", str(CONFIG / "examples" / "resilience.yaml"), "--input", "-"], capsys
    )
    assert code == 2
    assert "choose one with --flow" in err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main([])
    assert caught.value.code == 2
    with pytest.raises(SystemExit) as caught:
        main(["graph", "x.yaml", "--format", "png"])
    assert caught.value.code == 2
    capsys.readouterr()


def test_the_console_script_is_installed() -> None:
    script = Path(sys.executable).parent / "captionflow"
    done = subprocess.run(
        [str(script), "lint", str(CONFIG)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""


def test_components_lists_every_component_with_its_parameters(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(["components"], capsys)
    assert code == 0
    lines = out.splitlines()
    assert (
        "operator retry — Retry a failed stage with exponential backoff on the flow's scheduler."
        in lines
    )
    assert "    retries: integer = 3 — extra attempts after a failure" in lines
    assert "    seconds: number (required) — seconds one attempt may take" in lines
    kinds = {line.split()[0] for line in lines if not line.startswith(" ")}
    assert kinds == {"stage", "operator", "reactive", "guard", "handler", "processor"}


def test_components_of_one_kind_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["components", "--kind", "guard", "--json"], capsys)
    assert code == 0
    described = json.loads(out)
    assert [c["name"] for c in described] == ["field_equals", "has_content", "has_field"]
    assert {c["kind"] for c in described} == {"guard"}
    field = described[2]["params"]["field"]
    assert field["required"] is True
    assert field["type"] == "string"
    assert field["schema"]["type"] == "string"


def test_components_of_an_unknown_kind_is_a_usage_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["components", "--kind", "stages"])
    assert caught.value.code == 2
    assert "invalid choice: 'stages'" in capsys.readouterr().err
