"""Shared benchmark plumbing: interleaved repetitions, medians, ratios per round.

Machines here are shared: a neighbour's burst slows whatever runs at that moment.
Running every figure once per round, round after round, and taking the median of
the per-round ratios keeps such bursts out of the ratios.
"""

from __future__ import annotations

import statistics
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

__all__ = ["Figure", "Goal", "report", "run_rounds"]

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
        top, base = figures[goal.figure].rates, figures[goal.baseline].rates
        rounds = min(len(top), len(base))
        ratio = statistics.median(top[i % len(top)] / base[i % len(base)] for i in range(rounds))
        verdict = "reference" if goal.target == 0 else "pass" if ratio >= goal.target else "MISS"
        out.append(f"{goal.label:<54} {ratio:>8.3f} {goal.target:>8.3f}  {verdict}")
    for line in out:
        print(line)
    return out
