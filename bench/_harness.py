"""Shared benchmark plumbing: interleaved repetitions, medians, ratios per round.

Machines here are shared: a neighbour's burst slows whatever runs at that moment.
Running every figure once per round, round after round, and taking the median of
the per-round ratios keeps such bursts out of the ratios.

Every benchmark can also write what it measured to a JSON file (:class:`Results`):
``--json PATH`` (see :func:`add_json_option`), or ``BENCH_JSON_DIR=DIR`` for
``DIR/<name>.json``. ``python -m bench.report`` reads those files.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import statistics
import sys
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = [
    "JSON_DIR_ENV",
    "Check",
    "Figure",
    "Goal",
    "Results",
    "add_json_option",
    "goal_ratio",
    "machine",
    "report",
    "run_rounds",
]

JSON_DIR_ENV = "BENCH_JSON_DIR"
# before a benchmark pins itself to fewer cores (bench._servers.cores)
_USABLE_CORES = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 0

Runner = Callable[[], Awaitable[float]]


@dataclass(slots=True)
class Figure:
    """One measured rate (items/s) per round."""

    name: str
    rates: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        """Median rate."""
        return statistics.median(self.rates)

    @property
    def spread(self) -> float:
        """(max - min) / median, as a fraction."""
        return (max(self.rates) - min(self.rates)) / self.median if self.median else 0.0


@dataclass(frozen=True, slots=True)
class Goal:
    """``figure / baseline >= target`` (a target of 0 is only a reference)."""

    label: str
    figure: str
    baseline: str
    target: float


async def run_rounds(runners: dict[str, tuple[str, Runner]], rounds: int) -> dict[str, Figure]:
    """Run each ``(name, runner)`` once per round, ``rounds`` times, interleaved."""
    figures = {key: Figure(name) for key, (name, _) in runners.items()}
    for _ in range(rounds):
        for key, (_, runner) in runners.items():
            figures[key].rates.append(await runner())
    return figures


def report(figures: dict[str, Figure], goals: list[Goal]) -> list[str]:
    """Print every figure, then each goal's median per-round ratio; return the lines."""
    out = [f"{'figure':<54} {'median ev/s':>14} {'spread':>8}"]
    for fig in figures.values():
        out.append(f"{fig.name:<54} {fig.median:>14,.0f} {fig.spread:>7.0%}")
    out += ["", f"{'goal (median of per-round ratios)':<54} {'ratio':>8} {'target':>8}  result"]
    for goal in goals:
        ratio = goal_ratio(figures, goal)
        verdict = _verdict(goal, ratio)
        out.append(f"{goal.label:<54} {ratio:>8.3f} {goal.target:>8.3f}  {verdict}")
    for line in out:
        print(line)
    return out


def round_ratios(figures: dict[str, Figure], goal: Goal) -> list[float]:
    """``figure / baseline`` for each round (rounds are interleaved, so paired)."""
    top, base = figures[goal.figure].rates, figures[goal.baseline].rates
    rounds = min(len(top), len(base))
    return [top[i] / base[i] if base[i] else 0.0 for i in range(rounds)]


def goal_ratio(figures: dict[str, Figure], goal: Goal) -> float:
    """The median of the per-round ratios, as :func:`report` prints it."""
    return statistics.median(round_ratios(figures, goal))


def _verdict(goal: Goal, ratio: float) -> str:
    return "reference" if goal.target == 0 else "pass" if ratio >= goal.target else "MISS"


@dataclass(frozen=True, slots=True)
class Check:
    """An absolute goal: ``value < limit`` (``below``) or ``value >= limit``."""

    label: str
    value: float
    limit: float
    unit: str
    below: bool = True

    @property
    def verdict(self) -> str:
        """``pass`` or ``MISS``."""
        ok = self.value < self.limit if self.below else self.value >= self.limit
        return "pass" if ok else "MISS"


def _loadavg() -> list[float]:
    try:
        return [round(v, 2) for v in os.getloadavg()]
    except OSError:
        return []


def machine() -> dict[str, Any]:
    """Facts about the machine at hand: cores, CPU model, load average, Python, time."""
    model = ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
            model = next(
                (ln.partition(":")[2].strip() for ln in cpuinfo if ln.startswith("model name")),
                "",
            )
    except OSError:
        pass
    return {
        "cores": os.cpu_count() or 0,
        "usable_cores": _USABLE_CORES,
        "cpu_model": model,
        "loadavg": _loadavg(),
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
    }


def add_json_option(parser: argparse.ArgumentParser) -> None:
    """``--json PATH``: where :meth:`Results.write` puts the figures."""
    parser.add_argument(
        "--json",
        metavar="PATH",
        type=Path,
        default=None,
        help=f"also write the results as JSON (default: ${JSON_DIR_ENV}/<name>.json if set)",
    )


@dataclass(slots=True)
class Results:
    """Everything one benchmark run measured, for ``bench/results/<name>.json``.

    ``figures`` and ``goals`` are those given to :func:`report`; ``checks`` are absolute
    goals; ``extra`` holds anything else (latency, memory, sweeps), JSON-serialisable.
    """

    name: str
    quick: bool
    figures: dict[str, Figure] = field(default_factory=dict)
    goals: list[Goal] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    units: dict[str, str] = field(default_factory=dict)  # figure key -> unit (default ev/s)
    extra: dict[str, Any] = field(default_factory=dict)
    started: dict[str, Any] = field(default_factory=machine)

    def as_dict(self) -> dict[str, Any]:
        """The JSON document."""
        figures = {
            key: {
                "name": fig.name,
                "unit": self.units.get(key, "ev/s"),
                "rates": fig.rates,
                "median": fig.median if fig.rates else 0.0,
                "min": min(fig.rates, default=0.0),
                "max": max(fig.rates, default=0.0),
                "spread": fig.spread if fig.rates else 0.0,
            }
            for key, fig in self.figures.items()
        }
        goals = []
        for goal in self.goals:
            ratios = round_ratios(self.figures, goal)
            ratio = statistics.median(ratios) if ratios else 0.0
            goals.append(
                {
                    "label": goal.label,
                    "figure": goal.figure,
                    "baseline": goal.baseline,
                    "target": goal.target,
                    "ratio": ratio,
                    "ratios": ratios,
                    "figure_median": figures[goal.figure]["median"],
                    "baseline_median": figures[goal.baseline]["median"],
                    "verdict": _verdict(goal, ratio),
                }
            )
        checks = [
            {
                "label": c.label,
                "value": c.value,
                "limit": c.limit,
                "unit": c.unit,
                "below": c.below,
                "verdict": c.verdict,
            }
            for c in self.checks
        ]
        return {
            "name": self.name,
            "quick": self.quick,
            "argv": sys.argv[1:],
            "machine": self.started,
            "finished": machine(),
            "figures": figures,
            "goals": goals,
            "checks": checks,
            "extra": self.extra,
        }

    def write(self, path: Path | None = None) -> Path | None:
        """Write to ``path``, else to ``$BENCH_JSON_DIR/<name>.json``; None if neither."""
        if path is None:
            folder = os.environ.get(JSON_DIR_ENV)
            if not folder:
                return None
            path = Path(folder) / f"{self.name}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(path.suffix + ".tmp")
        tmp.write_text(json.dumps(self.as_dict(), indent=1) + "\n", "utf-8")
        tmp.replace(path)
        print(f"results written to {path}")
        return path
