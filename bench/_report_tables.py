"""``bench.report``'s reading of the results: number formats, goal rows and tables."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from bench._report_run import BENCHES, RESULTS

Doc = dict[str, Any]
TIMES = "\u00d7"
DASH = "\u2013"


def num(value: float) -> str:
    """A rate or figure, short: 1.23 M, 45.6 k, 789, 1.91."""
    if abs(value) >= 1e6:
        return f"{value / 1e6:.2f} M"
    if abs(value) >= 1e4:
        return f"{value / 1e3:.1f} k"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    return f"{value:.2f}"


def ratio_text(value: float) -> str:
    return f"{value:,.0f}" if value >= 100 else f"{value:.2f}" if value >= 0.1 else f"{value:.3f}"


def verdict_text(verdict: str) -> str:
    return "**MISS**" if verdict == "MISS" else verdict


def _range(values: list[float]) -> str:
    return f"{ratio_text(min(values))}{DASH}{ratio_text(max(values))}" if values else ""


def _clean(label: str) -> str:
    """A goal label without its ``(x) / (y)`` prefix."""
    head, sep, rest = label.partition("  ")
    return rest if sep and "/" in head else label


def load_docs() -> dict[str, Doc]:
    docs: dict[str, Doc] = {}
    for bench in BENCHES:
        path = RESULTS / f"{bench.name}.json"
        if path.exists():
            docs[bench.name] = json.loads(path.read_text("utf-8"))
    return docs


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the goals summary."""

    bench: str
    goal: str
    figure: str
    baseline: str
    measured: str
    spread: str
    target: str
    verdict: str
    why_key: str
    ratio: float = 0.0
    target_value: float = 0.0


def goal_rows(docs: dict[str, Doc]) -> list[Row]:
    rows: list[Row] = []
    for bench in BENCHES:
        doc = docs.get(bench.name)
        if doc is None:
            continue
        figures = doc["figures"]
        for g in doc["goals"]:
            if not g["target"]:
                continue
            top, base = figures[g["figure"]], figures[g["baseline"]]
            rows.append(
                Row(
                    bench.name,
                    _clean(g["label"]),
                    f"{num(top['median'])} {top['unit']}",
                    f"{num(base['median'])} {base['unit']}",
                    f"{ratio_text(g['ratio'])} {TIMES}",
                    _range(g["ratios"]),
                    f"≥ {g['target']:g} {TIMES}",
                    g["verdict"],
                    g["figure"],
                    g["ratio"],
                    g["target"],
                )
            )
        for c in doc["checks"]:
            op = "<" if c["below"] else "≥"
            rows.append(
                Row(
                    bench.name,
                    c["label"],
                    f"{num(c['value'])} {c['unit']}",
                    "",
                    f"{num(c['value'])} {c['unit']}",
                    "",
                    f"{op} {c['limit']:g} {c['unit']}",
                    c["verdict"],
                    c["label"],
                )
            )
    return rows


def figure_table(doc: Doc) -> list[str]:
    out = [
        "| figure | median | unit | min - max over rounds | spread |",
        "|---|--:|---|--:|--:|",
    ]
    for f in doc["figures"].values():
        out.append(
            f"| {f['name']} | {num(f['median'])} | {f['unit']} | {num(f['min'])} - "
            f"{num(f['max'])} | {f['spread']:.0%} |"
        )
    return out


def ratio_table(doc: Doc) -> list[str]:
    out = [
        "| ratio (median of per-round ratios) | measured | per-round range | goal | result |",
        "|---|--:|--:|--:|---|",
    ]
    for g in doc["goals"]:
        target = f"≥ {g['target']:g}" if g["target"] else "reference"
        verdict = verdict_text(g["verdict"]) if g["target"] else "—"
        out.append(
            f"| {g['label']} | {ratio_text(g['ratio'])} | {_range(g['ratios'])} | {target} | "
            f"{verdict} |"
        )
    return out


def details(name: str, doc: Doc) -> Iterator[str]:
    """Benchmark-specific lines after the tables."""
    extra = doc["extra"]
    if name == "http":
        setup = extra["setup"]
        yield (
            f"Load: `{setup['load']}`, {setup['connections']} keep-alive connections, "
            f"{setup['seconds']:g} s per run, {setup['rounds']} interleaved rounds; "
            f"{extra['cores']}."
        )
        yield ""
        yield "| server | p50 ms | p99 ms | errors | server CPU | RSS MiB |"
        yield "|---|--:|--:|--:|--:|--:|"
        for key, label in (("cf", "captionflow"), ("echo", "bare aiohttp + pydantic echo")):
            d = extra[key]
            yield (
                f"| {label} | {d['p50_ms']:.2f} | {d['p99_ms']:.2f} | {d['errors']:.0f} | "
                f"{d['server_cpu']:.0%} | {d['rss_mib']:.1f} |"
            )
    elif name == "sse":
        setup = extra["setup"]
        yield (
            f"Each point: fresh servers, {setup['workers']} client processes, batches of "
            f"{setup['batch']} items from {setup['producers']} concurrent producers, at most "
            f"{setup['window']} items per client in flight (so the rate is each server's "
            f"sustainable maximum and the latency is measured at that rate); "
            f"{setup['seconds']:g} s per run, {setup['rounds']} interleaved rounds; "
            f"{setup['cores']}. Goals are judged at {extra['goal_clients']:,} clients."
        )
        yield ""
        yield (
            "| clients | server | deliveries/s | p50 ms | p99 ms | max ms | RSS MiB | "
            "peak RSS MiB | server CPU | lost | undelivered |"
        )
        yield "|--:|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|"
        for point in sorted(extra["sweep"], key=lambda p: p["clients"]):
            for key, label in (("cf", "captionflow"), ("base", "bare broadcaster")):
                r = point[key]
                yield (
                    f"| {point['clients']:,} | {label} | {num(r['rate'])} | {r['p50_ms']:.1f} | "
                    f"{r['p99_ms']:.1f} | {r['max_ms']:.1f} | {r['rss_mib']:.1f} | "
                    f"{r['hwm_mib']:.1f} | {r['server_cpu']:.0%} | {r['lost']} | "
                    f"{r['undelivered']} |"
                )
    elif name == "captions":
        yield (
            f"Offline engine over {extra['posts']} posts of the test corpus: median "
            f"{extra['median_ms']:.2f} ms per caption, p95 {extra['p95_ms']:.2f} ms."
        )
    elif name == "pipeline_length":
        yield (
            f"{extra['items']:,} items per run, {extra['rounds']} interleaved rounds; every "
            "stage is `x + 1` (retry + timeout configured on each Pipeline stage). The bare "
            "loop calls the N functions in an inner `for` loop."
        )
        rx = {n: doc["figures"][f"rx{n}"]["median"] for n in extra["lengths"]}
        drops = [
            (a, b)
            for a, b in zip(extra["lengths"], extra["lengths"][1:], strict=False)
            if rx[b] < rx[a] / (2 * b / a)
        ]
        if drops:
            a, b = drops[0]
            yield ""
            yield (
                f"The reactivex chain falls off a cliff between {a} and {b} `map` operators "
                f"({num(rx[a])} → {num(rx[b])} items/s, far more than the extra calls); "
                "reproduced outside the harness (15 maps ≈ 0.52 M/s, 16 maps ≈ 0.10 M/s on "
                "CPython 3.11) — a property of deeply nested reactivex operators, which "
                "the fused Pipeline does not have."
            )
    elif name == "core":
        libraries = extra.get("library_items", 0)
        yield (
            "Two workloads side by side: ints (`x + 1` → `x >= 0` → `x * 2`) and events "
            '(dicts `{"id", "v"}`: a map building a new event → a filter on `v` → a map); '
            "every input passes the filter, so every way does the same work (outputs "
            f"checked equal before timing). {extra['items']:,} items per run "
            f"({extra['naive_items']:,} for the naive per-item figure"
            + (f", {libraries:,} for Bytewax, streamz and aiostream" if libraries else "")
            + f"), {extra['rounds']} interleaved rounds."
        )
    elif name == "windows":
        yield (
            f"{extra['events']:,} events per run ({extra['bytewax_batch1_events']:,} for "
            f"Bytewax at batch size 1), {extra['rounds']} interleaved rounds; "
            f"{extra['windows']:,} (key, window) counts, {extra['late']:,} late events, "
            "the same counts from every implementation (checked before timing)."
        )
    elif name == "redis":
        yield (
            f"{extra.get('items', 0):,} items per run, {extra.get('rounds', 0)} interleaved "
            f"rounds, Redis at `{extra.get('redis', '?')}`"
            + (
                f"; the cluster: {extra['cluster']} (`flows.backends.testing.LocalCluster`), "
                f"{extra.get('one_by_one_items', 0):,} items for the one-per-call figures."
                if extra.get("cluster")
                else "; no cluster (redis-server not found)."
            )
        )
        cpu = extra.get("server_cpu_us_per_entry") or {}
        if cpu and all(isinstance(v, dict) for v in cpu.values()):
            yield ""
            yield (
                "Server CPU per entry produced, consumed and acknowledged (`INFO cpu` of "
                "every node before and after each run; median). Redis runs commands on one "
                "thread, so 1 s / this is what one node's core sustains:"
            )
            yield ""
            yield "| figure | all nodes µs | the stream's primary µs | its replica µs | entries/s per primary core |"  # noqa: E501
            yield "|---|--:|--:|--:|--:|"
            for key, parts in cpu.items():
                name_ = doc["figures"].get(key, {}).get("name", key)
                per_core = 1e6 / parts["primary"] if parts["primary"] else 0.0
                yield (
                    f"| {name_} | {parts['all']:.1f} | {parts['primary']:.1f} | "
                    f"{parts['replica']:.1f} | {num(per_core)} |"
                )
