"""PNG charts for ``bench.report`` (matplotlib, the optional ``bench`` extra).

Every chart draws captionflow in one strong colour with solid lines and filled
markers, and the bare baselines in greys with dashed/dotted lines and open markers,
so they stay apart in print and for colour-blind readers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter, NullFormatter

CF = "#1f5fbf"  # captionflow
CF2 = "#7aa6e8"  # captionflow, second series (p50 beside p99)
BASE = "#555555"  # bare baseline
BASE2 = "#9a9a9a"  # second baseline
GOAL = "#c0392b"  # goal / limit lines
PASS = "#2e8b57"
MISS = "#c0392b"

Doc = dict[str, Any]


def _style() -> None:
    plt.rcParams.update(
        {
            "figure.dpi": 110,
            "savefig.dpi": 110,
            "font.size": 10,
            "axes.titlesize": 11,
            "axes.titleweight": "bold",
            "axes.grid": True,
            "grid.alpha": 0.3,
            "axes.spines.top": False,
            "axes.spines.right": False,
            "legend.frameon": False,
        }
    )


def _si(value: float, _pos: object = None) -> str:
    for div, suffix in ((1e6, " M"), (1e3, " k")):
        if abs(value) >= div:
            return f"{value / div:.3g}{suffix}"
    return f"{value:.3g}"


def _footer(fig: Any, note: str) -> None:
    fig.text(0.01, 0.005, note, fontsize=7.5, color="#666666", ha="left", va="bottom")


def _plain_log_ticks(ax: Any, values: list[float]) -> None:
    """1-2-5 ticks as plain numbers on a log y axis, no 10^x minor labels."""
    lo, hi = min(values) / 1.4, max(values) * 1.6
    ticks = [m * 10.0**e for e in range(-3, 5) for m in (1, 2, 5) if lo <= m * 10.0**e <= hi]
    ax.set_ylim(lo, hi)
    ax.set_yticks(ticks, [f"{t:g}" for t in ticks])
    ax.yaxis.set_minor_formatter(NullFormatter())


def _errs(figs: list[Doc]) -> list[list[float]]:
    """Asymmetric error bars (min..max over rounds) around the medians."""
    return [[f["median"] - f["min"] for f in figs], [f["max"] - f["median"] for f in figs]]


def pipeline_length(doc: Doc, path: Path, note: str) -> None:
    """Headline: items/s vs number of stages; right panel: the ratios."""
    _style()
    lengths: list[int] = doc["extra"]["lengths"]
    figures = doc["figures"]
    fig, (left, right) = plt.subplots(
        1, 2, figsize=(11, 4.6), gridspec_kw={"width_ratios": [1.6, 1]}
    )
    series = [
        ("loop", "bare Python loop (baseline)", BASE, "--", "o", "none"),
        ("rx", "reactivex map chain (baseline)", BASE2, ":", "s", "none"),
        (
            "pipe",
            "captionflow Pipeline.as_operator\n(retry + timeout on every stage)",
            CF,
            "-",
            "o",
            CF,
        ),
    ]
    for key, label, color, style, marker, face in series:
        figs = [figures[f"{key}{n}"] for n in lengths]
        left.errorbar(
            lengths,
            [f["median"] for f in figs],
            yerr=_errs(figs),
            label=label,
            color=color,
            linestyle=style,
            marker=marker,
            markerfacecolor=face,
            linewidth=2.4 if key == "pipe" else 1.6,
            capsize=3,
        )
    left.set_xscale("log", base=2)
    left.set_yscale("log")
    left.set_xticks(lengths, [str(n) for n in lengths])
    left.yaxis.set_major_formatter(FuncFormatter(_si))
    left.set_xlabel("pipeline length (stages of x + 1)")
    left.set_ylabel("throughput (items/s through all stages, log)")
    left.set_title("Throughput vs pipeline length")
    left.legend(loc="lower left", fontsize=8.5)

    goals = {(g["figure"], g["baseline"]): g for g in doc["goals"]}
    for base, label, color, style, marker in (
        ("loop", "Pipeline / bare loop", CF, "-", "o"),
        ("rx", "Pipeline / reactivex chain", CF2, "--", "s"),
    ):
        ratios = [goals[(f"pipe{n}", f"{base}{n}")]["ratio"] for n in lengths]
        right.plot(lengths, ratios, label=label, color=color, linestyle=style, marker=marker)
        for n, r in zip(lengths, ratios, strict=True):
            right.annotate(
                f"{r:.2f}", (n, r), textcoords="offset points", xytext=(0, 6), ha="center",
                fontsize=7.5, color=color,
            )  # fmt: skip
    right.axhline(1.0, color=BASE, linewidth=0.8)
    right.axhline(0.25, color=GOAL, linestyle=":", linewidth=1.2,
                  label="0.25: the goal for 3 stages vs a bare loop")  # fmt: skip
    right.set_xscale("log", base=2)
    right.set_yscale("log")
    right.set_xticks(lengths, [str(n) for n in lengths])
    _plain_log_ticks(right, [r for g in goals.values() for r in (g["ratio"],)] + [0.25, 1.0])
    right.set_xlabel("pipeline length (stages)")
    right.set_ylabel("ratio, median of per-round ratios (log)")
    right.set_title("captionflow / baseline, same run")
    right.legend(loc="upper left", fontsize=8.5)
    _footer(fig, note + "   error bars: min-max over rounds")
    fig.tight_layout(rect=(0, 0.03, 1, 1))
    fig.savefig(path)
    plt.close(fig)


def _sweep(doc: Doc) -> tuple[list[int], list[Doc], list[Doc]]:
    sweep = sorted(doc["extra"]["sweep"], key=lambda p: p["clients"])
    return [p["clients"] for p in sweep], [p["cf"] for p in sweep], [p["base"] for p in sweep]


def sse_latency(doc: Doc, path: Path, note: str, latency_goal: float) -> None:
    """p50/p99 end-to-end latency vs clients (left), deliveries/s vs clients (right)."""
    _style()
    clients, cf, base = _sweep(doc)
    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.6))
    for rows, who, color, style, marker, face in (
        (cf, "captionflow", CF, "-", "o", CF),
        (base, "bare coalescing broadcaster", BASE, "--", "o", "none"),
    ):
        left.plot(clients, [r["p99_ms"] for r in rows], label=f"{who}, p99", color=color,
                  linestyle=style, marker=marker, markerfacecolor=face, linewidth=2)  # fmt: skip
        left.plot(clients, [r["p50_ms"] for r in rows], label=f"{who}, p50",
                  color=CF2 if rows is cf else BASE2, linestyle=style, marker="^",
                  markerfacecolor=CF2 if rows is cf else "none", linewidth=1.4)  # fmt: skip
    left.axhline(latency_goal, color=GOAL, linestyle=":", linewidth=1.2,
                 label=f"goal: p99 < {latency_goal:g} ms at 1,000 clients")  # fmt: skip
    left.set_yscale("log")
    lat = [r[k] for r in cf + base for k in ("p50_ms", "p99_ms")]
    _plain_log_ticks(left, [*lat, latency_goal])
    left.set_xlabel("concurrent SSE clients")
    left.set_ylabel("end-to-end latency, ms (send -> client read, log)")
    left.set_title("SSE latency vs clients (at each server's max rate)")
    left.legend(fontsize=8, loc="lower right")

    right.plot(clients, [r["rate"] for r in cf], label="captionflow", color=CF, marker="o",
               linewidth=2.2)  # fmt: skip
    right.plot(clients, [r["rate"] for r in base], label="bare coalescing broadcaster",
               color=BASE, linestyle="--", marker="o", markerfacecolor="none")  # fmt: skip
    ratios = {g["figure"]: g["ratio"] for g in doc["goals"]}
    for n, r in zip(clients, cf, strict=True):
        ratio = ratios.get(f"cf@{n}")
        if ratio is not None:
            right.annotate(f"{ratio:.2f}x", (n, r["rate"]), textcoords="offset points",
                           xytext=(0, 7), ha="center", fontsize=7.5, color=CF)  # fmt: skip
    right.set_ylim(bottom=0)
    right.yaxis.set_major_formatter(FuncFormatter(_si))
    right.set_xlabel("concurrent SSE clients")
    right.set_ylabel("deliveries/s (events received, all clients)")
    right.set_title("SSE fan-out rate vs clients (labels: ratio)")
    right.legend(fontsize=8)
    _footer(fig, note)
    fig.tight_layout(rect=(0, 0.03, 1, 1))
    fig.savefig(path)
    plt.close(fig)


def sse_memory(doc: Doc, path: Path, note: str, rss_goal: float) -> None:
    """Server RSS (peak and at the end) vs clients."""
    _style()
    clients, cf, base = _sweep(doc)
    fig, ax = plt.subplots(figsize=(7.5, 4.6))
    ax.plot(clients, [r["hwm_mib"] for r in cf], label="captionflow, peak RSS", color=CF,
            marker="o", linewidth=2.2)  # fmt: skip
    ax.plot(clients, [r["hwm_mib"] for r in base], label="bare broadcaster, peak RSS",
            color=BASE, linestyle="--", marker="o", markerfacecolor="none")  # fmt: skip
    ax.axhline(rss_goal, color=GOAL, linestyle=":", linewidth=1.2)
    ax.text(clients[0], rss_goal * 1.02, f"goal: < {rss_goal:g} MiB at 1,000 clients",
            color=GOAL, fontsize=7.5)  # fmt: skip
    for n, r in zip(clients, cf, strict=True):
        ax.annotate(f"{r['hwm_mib']:.0f}", (n, r["hwm_mib"]), textcoords="offset points",
                    xytext=(0, 6), ha="center", fontsize=7.5, color=CF)  # fmt: skip
    top = max(max(r["hwm_mib"] for r in cf), rss_goal)
    ax.set_ylim(0, top * 1.15)
    ax.set_xlabel("concurrent SSE clients")
    ax.set_ylabel("server resident memory, MiB")
    ax.set_title("SSE server memory vs clients")
    ax.legend(fontsize=8.5, loc="lower right")
    _footer(fig, note)
    fig.tight_layout(rect=(0, 0.03, 1, 1))
    fig.savefig(path)
    plt.close(fig)


def pairs(doc: Doc, path: Path, title: str, unit: str, note: str) -> None:
    """Each goal of one benchmark as two bars: baseline (grey) and captionflow (blue)."""
    _style()
    goals = doc["goals"]
    figures = doc["figures"]
    fig, ax = plt.subplots(figsize=(8, 1.2 + 1.0 * len(goals)))
    labels: list[str] = []
    y = 0.0
    for goal in goals:
        base, top = figures[goal["baseline"]], figures[goal["figure"]]
        for f, color, hatch, at in ((base, BASE2, "//", y + 0.2), (top, CF, "", y - 0.2)):
            err = [[f["median"] - f["min"]], [f["max"] - f["median"]]]
            ax.barh(at, f["median"], height=0.38, color=color, hatch=hatch, edgecolor="white",
                    xerr=err, capsize=3)  # fmt: skip
            ax.text(f["max"], at, f"  {_si(f['median'])}", va="center", fontsize=8)
        target = goal["target"]
        verdict = goal["verdict"]
        goal_text = f"goal >= {target:g}: {verdict}" if target else "reference"
        labels.append(
            f"{goal['label'].split('  ', 1)[-1]}\nratio {goal['ratio']:.2f} ({goal_text})"
        )
        y -= 1.2
    ticks = [-1.2 * i for i in range(len(goals))]
    ax.set_yticks(ticks, labels, fontsize=8)
    ax.grid(axis="y", visible=False)
    ax.xaxis.set_major_formatter(FuncFormatter(_si))
    ax.set_xlabel(unit)
    ax.set_title(title)
    ax.legend(
        handles=[Patch(color=CF, label="captionflow"),
                 Patch(facecolor=BASE2, hatch="//", edgecolor="white", label="bare baseline")],
        fontsize=8, loc="lower right",
    )  # fmt: skip
    _footer(fig, note)
    fig.tight_layout(rect=(0, 0.04, 1, 1))
    fig.savefig(path)
    plt.close(fig)


def redis_nodes(doc: Doc, path: Path, note: str) -> None:
    """One Redis server vs a cluster: the client's rate, and each node's CPU per entry."""
    _style()
    figures = doc["figures"]
    cpu = doc["extra"]["server_cpu_us_per_entry"]
    keys = [k for k in ("b", "d", "e") if k in figures and k in cpu]
    labels = {"b": "one server", "d": "cluster,\nWAIT 1", "e": "cluster,\nno WAIT"}
    fig, (left, right) = plt.subplots(1, 2, figsize=(9, 3.4))
    for i, key in enumerate(keys):
        f = figures[key]
        err = [[f["median"] - f["min"]], [f["max"] - f["median"]]]
        left.bar(i, f["median"], color=BASE2 if key == "b" else CF, yerr=err, capsize=3)
        left.text(i, f["max"], _si(f["median"]), ha="center", va="bottom", fontsize=8)
        bottom = 0.0
        for part, color, hatch in (("primary", CF, ""), ("replica", CF2, "//"),
                                   ("other", BASE2, "..")):  # fmt: skip
            value = cpu[key][part]
            right.bar(i, value, bottom=bottom, color=color, hatch=hatch, edgecolor="white",
                      label=part if i == 0 or key == "d" else None)  # fmt: skip
            bottom += value
        right.text(i, bottom, f"{bottom:.1f}", ha="center", va="bottom", fontsize=8)
    for ax in (left, right):
        ax.set_xticks(range(len(keys)), [labels[k] for k in keys], fontsize=8)
        ax.grid(axis="x", visible=False)
    left.yaxis.set_major_formatter(FuncFormatter(_si))
    left.set_title("one client process: items/s")
    right.set_title("server CPU µs per entry, by node")
    handles, names = right.get_legend_handles_labels()
    seen = dict(zip(names, handles, strict=True))
    right.legend(seen.values(), [f"the stream's {n}" if n != "other" else "other nodes"
                                 for n in seen], fontsize=8)  # fmt: skip
    _footer(fig, note)
    fig.tight_layout(rect=(0, 0.04, 1, 1))
    fig.savefig(path)
    plt.close(fig)


def goals_overview(rows: list[tuple[str, float, float, bool]], path: Path, note: str) -> None:
    """Every ratio goal: measured ratio / target (1 = exactly on the goal), log scale."""
    _style()
    fig, ax = plt.subplots(figsize=(8.5, 0.9 + 0.42 * len(rows)))
    names = [r[0] for r in rows]
    values = [r[1] / r[2] for r in rows]
    colors = [PASS if ok else MISS for *_, ok in rows]
    ax.barh(range(len(rows)), values, color=colors)
    ax.axvline(1.0, color="black", linewidth=1)
    for i, (_name, ratio, target, ok) in enumerate(rows):
        shown = f"{ratio:,.0f}" if ratio >= 100 else f"{ratio:.2f}"
        ax.text(values[i] * 1.08, i, f"{shown} / {target:g}  {'pass' if ok else 'MISS'}",
                va="center", fontsize=8,
                bbox={"facecolor": "white", "edgecolor": "none", "pad": 1})  # fmt: skip
    ax.set_xscale("log")
    lo = min(min(values), 0.1)
    hi = max(max(values), 10.0)
    ax.set_xlim(lo / 1.5, hi * 8)
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: f"{v:g}x"))
    ax.set_yticks(range(len(rows)), names, fontsize=8)
    ax.invert_yaxis()
    ax.grid(axis="y", visible=False)
    ax.set_xlabel("measured ratio / goal ratio (log; right of 1 = goal met)")
    ax.set_title("Goals: captionflow vs bare baseline, same run")
    _footer(fig, note)
    fig.tight_layout(rect=(0, 0.04, 1, 1))
    fig.savefig(path)
    plt.close(fig)
