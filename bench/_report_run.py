"""The benchmarks ``bench.report`` runs, where their results go, and running them.

Each benchmark runs in its own process, its output teed to the console and a log,
while a thread samples the load average.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench._harness import JSON_DIR_ENV
from bench.sse import GOAL_CLIENTS

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
CHARTS = ROOT / "docs" / "bench"
REPORT = ROOT / "BENCHMARKS.md"


@dataclass(frozen=True, slots=True)
class Bench:
    """One benchmark module and the arguments the report runs it with."""

    name: str
    title: str
    quick_args: tuple[str, ...] = ()
    full_args: tuple[str, ...] = ()

    @property
    def module(self) -> str:
        return f"bench.{self.name}"

    def available(self) -> bool:
        return (ROOT / "bench" / f"{self.name}.py").exists()


BENCHES = [
    Bench("core", "Core: the Pipeline operator"),
    Bench("pipeline_length", "Throughput vs pipeline length"),
    Bench("http", "HTTP: POST /pipelines/execute"),
    Bench(
        "sse",
        "SSE fan-out",
        quick_args=("--clients", f"100,{GOAL_CLIENTS}", "--rounds", "2", "--seconds", "1"),
        full_args=(
            "--clients",
            f"100,250,500,{GOAL_CLIENTS}",
            "--rounds",
            "5",
            "--seconds",
            "3",
        ),
    ),
    Bench("captions", "Offline caption engine"),
    Bench("redis", "Redis-backed stream"),
    Bench("windows", "Windows: keyed event-time tumbling count"),
]


@dataclass(slots=True)
class LoadSampler:
    """Samples ``os.getloadavg()`` every ``interval`` seconds in a thread."""

    interval: float = 2.0
    samples: list[tuple[float, float, float, float]] = field(default_factory=list)
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="loadavg", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            one, five, fifteen = os.getloadavg()
            self.samples.append((time.time(), one, five, fifteen))
            if self._stop.wait(self.interval):
                return

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()


@dataclass(slots=True)
class Outcome:
    """How one benchmark's run went."""

    name: str
    status: str  # ok | skipped | failed | not run
    seconds: float = 0.0
    detail: str = ""


def run_one(bench: Bench, quick: bool) -> Outcome:
    """Run one benchmark in its own process; tee its output to the console and a log."""
    out = RESULTS / f"{bench.name}.json"
    log = RESULTS / f"{bench.name}.log"
    out.unlink(missing_ok=True)  # a crash must not leave last run's figures in the report
    argv = [sys.executable, "-m", bench.module]
    if quick:
        argv.append("--quick")
    rel = out.relative_to(ROOT).as_posix()
    argv += [*(bench.quick_args if quick else bench.full_args), "--json", rel]
    print(f"\n== {' '.join(argv[2:])}", flush=True)
    started = time.monotonic()
    tail: list[str] = []
    env = {**os.environ, JSON_DIR_ENV: str(RESULTS), "PYTHONUNBUFFERED": "1"}
    with log.open("w", encoding="utf-8") as sink:
        proc = subprocess.Popen(
            argv, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
        )
        try:
            assert proc.stdout is not None
            for line in proc.stdout:
                sys.stdout.write(line)
                sink.write(line)
                tail = [*tail[-19:], line.rstrip("\n")]
            code = proc.wait()
        finally:
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
    seconds = time.monotonic() - started
    if code != 0:
        return Outcome(
            bench.name, "failed", seconds, f"exit status {code}: " + " / ".join(tail[-3:])
        )
    if not out.exists():
        said = next((ln for ln in reversed(tail) if "skip" in ln.lower()), "")
        return Outcome(bench.name, "skipped", seconds, said or "it wrote no results")
    return Outcome(bench.name, "ok", seconds)


def git_facts() -> str:
    """``abc1234`` (+ `, with uncommitted changes`) or ''; read-only git calls."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
            check=True, timeout=10,
        ).stdout.strip()  # fmt: skip
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
            capture_output=True, text=True, check=True, timeout=10,
        ).stdout.strip()  # fmt: skip
    except (OSError, subprocess.SubprocessError):
        return ""
    return head + (" with uncommitted changes in the work tree" if dirty else "")
