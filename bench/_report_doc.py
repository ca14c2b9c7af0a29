"""``bench.report``'s output: BENCHMARKS.md, the charts, and why a goal is missed."""

from __future__ import annotations

import statistics
from pathlib import Path

from bench._report_run import BENCHES, CHARTS, REPORT, ROOT
from bench._report_tables import (
    Doc,
    Row,
    details,
    figure_table,
    goal_rows,
    ratio_table,
    verdict_text,
)
from bench.sse import LATENCY_GOAL_MS, RSS_GOAL_MIB

# Why a goal is missed, from profiles (py-spy on the server, cProfile in-process).
# Keyed by (benchmark, figure key or check label prefix); shown only on a MISS.
WHY: dict[tuple[str, str], str] = {
    ("core", "c"): (
        "cProfile (ints): the sync fast path runs the three stages in one loop per item "
        "(`_Fused.on_next`, ~50 % of the time), with an `is_plain()` check of each stage's "
        "result (~20 %) and reactivex's auto-detach observer hop (~10 %); the stage calls "
        "themselves are the rest. The bare loop's runs are short, so machine load (see the "
        "load average) moves these ratios most."
    ),
    ("core", "ec"): (
        "as for ints: the fused loop per item and the `is_plain()` check of each result; "
        "building the dicts is the same work everywhere, so this ratio is higher."
    ),
    ("core", "d"): (
        "cProfile (50,000 ints, 3 async stages): the pipeline spends ~0.89 s where the "
        "asyncio.Queue pipeline spends ~0.78 s under the profiler; per item and stage "
        "what is left is the worker's hand-off (`_Fused._advance`, `_admit`: ordered "
        "admission into the next stage) and arming the stage's timeout (one clock read "
        "per item), which the Queue pipeline has no counterpart for. A synchronous source "
        "also puts every item into the first stage's waiting queue at once (no "
        "backpressure on a synchronous source), and the garbage collector scans them."
    ),
    ("core", "ed"): (
        "as for ints: the worker's hand-off to the next stage and the per-item timeout "
        "arming; building the dicts is the same work for both, so this ratio is higher."
    ),
    ("http", "cf"): (
        "server CPU per request, measured apart from this bench (server pinned to one "
        "core, wrk on the other, /proc ticks, 10 alternating rounds): 70 µs for execute "
        "against 49 µs for the echo, a CPU ratio of 0.70; py-spy puts what is left in our "
        "code in the caption stage's own request validation (~3.5 µs), the run's "
        "bookkeeping (slot, limit, trace) and the one gateway middleware; the rest is "
        "aiohttp's request/response work, which the echo pays too. The req/s ratio here "
        "swings 0.61-0.76 between rounds when other jobs load the machine: see the load "
        "average."
    ),
    ("sse", "cf"): (
        "profile (py-spy on the server, 1,000 clients): each batch is stored into every "
        "client's buffer in one step and written in one hop, so per client per batch "
        "what is left is one task wake-up and one chunked write, as in the baseline; "
        "the difference is aiohttp-sse's response and the handler's middleware frames. "
        "Under heavy machine load see the load average."
    ),
    ("sse", "(a) p99"): (
        "latency is measured at each server's maximum rate with up to 64 items per client "
        "in flight, so it follows the rate; the tail was garbage collection: each fan-out "
        "makes a waiting future per client, and at Python's default threshold that was "
        "~40 young collections a second and a full one every ~3 s (16-49 ms with no "
        "client written); `python -m app` now sets the young threshold to 7,000."
    ),
    ("sse", "(a) server peak RSS"): (
        "~58 MiB at start-up (the whole app imported) plus, per client, aiohttp's request "
        "and response objects, its handler and ping tasks and the stream buffer."
    ),
    ("redis", "b"): (
        "not profiled yet: compare `RedisStream.produce_many`/`entries(group=...)` with "
        "the raw XADD pipeline and XREADGROUP batches under py-spy."
    ),
    ("redis", "d"): (
        "cProfile and a cluster without replicas: the cluster client's per-command routing "
        "is amortised (produce_many sends one script call per 100 entries, ten per round "
        "trip; reads and acks are per 100), and without replicas the cluster path is "
        "0.9-1.0x; the rest is the replica applying every XADD, XCLAIM and XACK on the "
        "same two cores as the client and the primary. Under machine load (see the load "
        "average) this ratio moves by +-0.05 between runs."
    ),
}


def why(row: Row) -> str:
    for (bench, key), text in WHY.items():
        if bench == row.bench and (row.why_key == key or row.why_key.startswith(key)):
            return text
    return "not profiled yet."


# -- charts -------------------------------------------------------------------------


def charts(docs: dict[str, Doc], note: str) -> dict[str, Path]:
    """Draw every chart the results allow; returns name -> path."""
    from bench import _charts  # matplotlib: only the report needs it

    CHARTS.mkdir(parents=True, exist_ok=True)
    made: dict[str, Path] = {}

    def out(name: str) -> Path:
        made[name] = CHARTS / f"{name}.png"
        return made[name]

    if "pipeline_length" in docs:
        _charts.pipeline_length(docs["pipeline_length"], out("pipeline_length"), note)
    if "sse" in docs and docs["sse"]["extra"].get("sweep"):
        _charts.sse_latency(docs["sse"], out("sse_latency"), note, LATENCY_GOAL_MS)
        _charts.sse_memory(docs["sse"], out("sse_memory"), note, RSS_GOAL_MIB)
    if "redis" in docs:
        _charts.pairs(
            docs["redis"], out("redis"), "Redis-backed stream: vs raw redis.asyncio, on a cluster",
            "items/s (produce + consume + ack), median; bars: min-max", note,
        )  # fmt: skip
        if "d" in docs["redis"]["figures"]:
            _charts.redis_nodes(docs["redis"], out("redis_cluster"), note)
    rows = [
        (f"{r.bench}: {r.goal}", r.ratio, r.target_value, r.verdict == "pass")
        for r in goal_rows(docs)
        if r.target_value
    ]
    if rows:
        _charts.goals_overview(rows, out("goals"), note)
    return made


# -- the report ---------------------------------------------------------------------


def load_summary(samples: list[list[float]]) -> str:
    if not samples:
        return "not sampled"
    ones = [s[1] for s in samples]
    return (
        f"min {min(ones):.2f}, median {statistics.median(ones):.2f}, max {max(ones):.2f} "
        f"({len(ones)} samples, every 2 s)"
    )


def write_report(docs: dict[str, Doc], manifest: Doc) -> None:
    mach = manifest["machine"]
    quick = manifest["quick"]
    mode = (
        "`make bench-quick` (`python -m bench.report --quick`, quick mode)"
        if quick
        else "`make bench` (`python -m bench.report`, full mode)"
    )
    date = mach["date"].replace("T", " ").replace("+00:00", " UTC")
    note = (
        f"captionflow {manifest.get('git', '')[:7]} · {mach['cores']} cores · "
        f"CPython {mach['python']} · load avg {load_summary(manifest['load']).split(' (')[0]}"
        f" · {date}{' · quick mode' if quick else ''}"
    )
    made = charts(docs, note)
    rel = {name: path.relative_to(ROOT).as_posix() for name, path in made.items()}
    rows = goal_rows(docs)
    misses = [r for r in rows if r.verdict == "MISS"]

    md: list[str] = [
        "# captionflow benchmarks",
        "",
        f"Generated by {mode} on {date}"
        + (f", at commit {manifest['git']}." if manifest.get("git") else "."),
        "Every figure is measured against its bare baseline **in the same run**: each "
        "figure runs once per round, rounds interleaved, so a noisy neighbour hits both "
        "alike. A ratio is the **median of the per-round ratios**; the per-round range "
        "and the spread ((max - min) / median of a figure's rates) show the noise. "
        "Absolute rates drift with the machine; compare the ratios.",
        "",
        "## Machine",
        "",
        "| | |",
        "|---|---|",
        f"| CPU | {mach['cpu_model'] or '?'} |",
        f"| cores | {mach['cores']} ({mach['usable_cores']} usable); the HTTP and SSE servers "
        "run pinned to one core, their load generators on the other |",
        f"| load average (1 min) during the run | {load_summary(manifest['load'])} |",
        f"| Python | {mach['implementation']} {mach['python']} |",
        f"| platform | {mach['platform']} |",
        f"| date | {date}; the benchmarks took {manifest['seconds'] / 60:.1f} min |",
        "",
        "## Goals",
        "",
        "| benchmark | goal | captionflow | baseline | measured | per-round range | goal | "
        "result |",
        "|---|---|--:|--:|--:|--:|--:|---|",
    ]
    for r in rows:
        md.append(
            f"| {r.bench} | {r.goal} | {r.figure} | {r.baseline or '—'} | {r.measured} | "
            f"{r.spread or '—'} | {r.target} | {verdict_text(r.verdict)} |"
        )
    outcomes = {o["name"]: o for o in manifest["outcomes"]}
    absent = [b for b in BENCHES if b.name not in docs]
    for bench in absent:
        o = outcomes.get(bench.name)
        reason = f"{o['status']}: {o['detail']}" if o else "not run"
        md.append(f"| {bench.name} | {bench.title} | — | — | — | — | — | not measured ({reason}) |")
    md.append("")
    if "pipeline_length" in rel:
        md += [f"![Throughput vs pipeline length]({rel['pipeline_length']})", ""]
    if misses:
        md += ["## Missed goals, and why", ""]
        for r in misses:
            md.append(f"- **MISS — {r.bench}: {r.goal}** ({r.measured}, goal {r.target}): {why(r)}")
        md.append("")
    else:
        md += ["Every goal was met in this run.", ""]
    if "goals" in rel:
        md += [f"![Goals overview]({rel['goals']})", ""]

    for bench in BENCHES:
        doc = docs.get(bench.name)
        if doc is None:
            continue
        md += [f"## {bench.title} (`bench/{bench.name}.py`)", ""]
        md += [*figure_table(doc), "", *ratio_table(doc), ""]
        more = list(details(bench.name, doc))
        if more:
            md += [*more, ""]
        for chart in {
            "sse": ("sse_latency", "sse_memory"),
            "redis": ("redis", "redis_cluster"),
            "pipeline_length": ("pipeline_length",),
        }.get(bench.name, ()):
            if chart in rel:
                md += [f"![{chart}]({rel[chart]})", ""]
        seconds = outcomes.get(bench.name, {}).get("seconds")
        loads = doc["machine"]["loadavg"][:1] + doc["finished"]["loadavg"][:1]
        facts = [f"run: `python -m bench.{bench.name} {' '.join(doc['argv'])}`"]
        if seconds:
            facts.append(f"{seconds:.0f} s")
        if len(loads) == 2:
            facts.append(f"load average {loads[0]:.2f} at the start, {loads[1]:.2f} at the end")
        md += ["<sub>" + "; ".join(facts) + "</sub>", ""]

    md += [
        "## Reproduce",
        "",
        "```sh",
        "make bench-quick   # < 2 minutes: fewer items, rounds and client counts",
        "make bench         # the full run, several minutes",
        "python -m bench.report --no-run   # rebuild this file and the charts from "
        "bench/results/*.json",
        "```",
        "",
        "Each benchmark also runs alone, e.g. `python -m bench.sse --clients 100,1000 "
        "--json out.json`. Missed goals never fail the run (nor CI: these are not tests).",
        "",
    ]
    REPORT.write_text("\n".join(md), "utf-8")
    print(f"\nwrote {REPORT.relative_to(ROOT)} and {len(made)} charts in "
          f"{CHARTS.relative_to(ROOT)}/")  # fmt: skip
    for r in rows:
        print(f"  {r.verdict:<5} {r.bench:<16} {r.goal:<62} {r.measured:>14}  {r.target}")
