"""Issue 15 item 15: start-up failures printed raw tracebacks (port in use: 30 lines;
``CAPTIONFLOW_PORT=abc`` named the field ``port``). Now each is one clear line on
stderr, naming the environment variable, and the exit code is 2."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from ._live import run_to_exit


def lines_of(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("captionflow: ")]


def assert_one_clear_line(code: int, stderr: str) -> str:
    assert code == 2, stderr
    assert "Traceback" not in stderr, stderr
    [line] = lines_of(stderr)
    return line


def test_a_port_in_use(tmp_path: Path) -> None:
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        code, stderr = run_to_exit(tmp_path, {"CAPTIONFLOW_PORT": str(port)})
    line = assert_one_clear_line(code, stderr)
    assert line == (
        f"captionflow: cannot listen on 127.0.0.1:{port}: address already in use; another "
        "process holds the port: stop it, or set another CAPTIONFLOW_PORT"
    )


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        (
            {"CAPTIONFLOW_PORT": "abc"},
            "captionflow: CAPTIONFLOW_PORT='abc': Input should be a valid integer",
        ),
        (
            {"CAPTIONFLOW_PORT": "70000"},
            "captionflow: CAPTIONFLOW_PORT='70000': Input should be less than or equal to 65535",
        ),
        (
            {"CAPTIONFLOW_REDIS_URL": "localhost:6379"},
            "captionflow: CAPTIONFLOW_REDIS_URL: 'localhost:6379' is not a Redis URL; "
            "expected redis://host:port/db",
        ),
        (
            {"CAPTIONFLOW_REDIS_URL": "redis://:s3cret@127.0.0.1:99999/0"},
            "captionflow: CAPTIONFLOW_REDIS_URL: 'redis://:***@127.0.0.1:99999/0' has a bad port",
        ),
        (
            {"CAPTIONFLOW_REDIS_URL": "redis://127.0.0.1:6379/zero"},
            "captionflow: CAPTIONFLOW_REDIS_URL: 'redis://127.0.0.1:6379/zero': the database "
            "'zero' is not a number",
        ),
        (
            {"CAPTIONFLOW_CORS_ORIGINS": "https://app.example"},
            "captionflow: CAPTIONFLOW_CORS_ORIGINS: not valid JSON",
        ),
    ],
)
def test_a_bad_setting_names_its_variable(
    tmp_path: Path, env: dict[str, str], expected: str
) -> None:
    line = assert_one_clear_line(*run_to_exit(tmp_path, env))
    assert line.startswith(expected), line
    assert "s3cret" not in line


def test_an_invalid_flow_file_is_its_located_problem(tmp_path: Path) -> None:
    flows = tmp_path / "flows"
    flows.mkdir()
    (flows / "x.yaml").write_text("kind: pipeline\nname: x\nsteps: [{id: a, type: retyr}]\n")
    line = assert_one_clear_line(*run_to_exit(tmp_path, {"CAPTIONFLOW_FLOWS_DIR": str(flows)}))
    assert line.startswith(f"captionflow: {flows / 'x.yaml'}:3:23: x/a: unknown step type 'retyr'")
    assert "did you mean 'retry'?" in line


def test_a_host_name_that_does_not_resolve(tmp_path: Path) -> None:
    code, stderr = run_to_exit(tmp_path, {"CAPTIONFLOW_HOST": "no-such-host.invalid"})
    line = assert_one_clear_line(code, stderr)
    # was "unknown error -2": the resolver's error number read as an errno
    assert "unknown error" not in line, line
    assert line.startswith("captionflow: cannot listen on no-such-host.invalid:"), line
    assert line.endswith(
        "; the host name does not resolve to an address here: check CAPTIONFLOW_HOST"
    ), line
