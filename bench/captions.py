"""Caption engine benchmark: offline latency per caption and pipeline throughput.

    python -m bench.captions [--quick] [--json PATH]

Over the test corpus (tests/captions/corpus.jsonl), in one run, interleaved:

(a) bare baseline: ``yake`` keyword extraction alone on each post
(b) the offline engine + Instagram's rules, one request of 1 variant per post
    (``CaptionEngines.generate_offline`` + ``finish``), i.e. one caption
(c) the same through the default 5-stage Pipeline (validate → load engine →
    generate → post-process → cache), each post under a fresh user id so the
    cache never answers

Targets (issue 5): median < 20 ms per caption, ≥ 100 captions/s through the
pipeline. Machines are shared and noisy: ratios are the figure to compare.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import statistics
import time
from pathlib import Path
from typing import Any

import yake

from bench._harness import Check, Goal, Results, add_json_option, report, run_rounds
from captions import (
    DEFAULT_STAGES,
    CaptionCache,
    CaptionEngines,
    CaptionRequest,
    stage_registry,
)
from captions._service import finish
from flows import FlowManager

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "captions" / "corpus.jsonl"


def _posts() -> list[dict[str, Any]]:
    lines = CORPUS.read_text("utf-8").splitlines()
    out = []
    for line in filter(None, lines):
        entry = json.loads(line)
        entry.pop("category", None)
        entry.pop("banned", None)
        out.append({**entry, "variants": 1})
    return out


def latencies(posts: list[dict[str, Any]], engines: CaptionEngines) -> list[float]:
    """Milliseconds per caption (offline engine + rules), one per post."""
    out = []
    for post in posts:
        started = time.perf_counter()
        request = CaptionRequest.model_validate(post)
        finish(request, engines.generate_offline(request).drafts)
        out.append((time.perf_counter() - started) * 1000)
    return out


async def main(quick: bool, json_path: Path | None = None) -> None:
    posts = _posts()
    engines = CaptionEngines()
    extractors = {
        lang: yake.KeywordExtractor(lan=lang, n=2, top=10)
        for lang in {p.get("language") or "en" for p in posts}
    }
    latencies(posts, engines)  # warm caches (emoji index, extractors)
    manager = FlowManager()
    pipeline = await manager.create_pipeline("bench-captions")
    registry = stage_registry(CaptionCache(ttl=3600, max_entries=100_000), engines)
    for name in DEFAULT_STAGES:
        pipeline.add_stage(registry[name], name=name)
    users = itertools.count()

    async def bare_yake() -> float:
        started = time.perf_counter()
        for post in posts:
            extractors[post.get("language") or "en"].extract_keywords(post["content"])
        return len(posts) / (time.perf_counter() - started)

    async def engine() -> float:
        started = time.perf_counter()
        latencies(posts, engines)
        return len(posts) / (time.perf_counter() - started)

    async def through_pipeline() -> float:
        started = time.perf_counter()
        for post in posts:
            await pipeline.process({**post, "user_id": f"u{next(users)}"})
        return len(posts) / (time.perf_counter() - started)

    rounds = 3 if quick else 9
    figures = await run_rounds(
        {
            "yake": ("(a) bare: yake keyword extraction per post", bare_yake),
            "engine": ("(b) offline engine + rules, captions/s", engine),
            "pipeline": ("(c) 5-stage pipeline, captions/s", through_pipeline),
        },
        rounds,
    )
    goals = [
        Goal("(b) engine vs bare yake (cost of everything else)", "engine", "yake", 0),
        Goal("(c) pipeline vs engine alone (pipeline overhead)", "pipeline", "engine", 0),
    ]
    report(figures, goals)
    samples = [ms for _ in range(rounds) for ms in latencies(posts, engines)]
    median = statistics.median(samples)
    p95 = statistics.quantiles(samples, n=20)[-1]
    rate = figures["pipeline"].median
    print()
    print(f"offline engine: median {median:.2f} ms/caption, p95 {p95:.2f} ms (target < 20 ms)")
    print(f"pipeline: {rate:,.0f} captions/s (target >= 100)")
    print(f"{'pass' if median < 20 and rate >= 100 else 'MISS'}")
    checks = [
        Check("offline engine, median ms per caption", median, 20.0, "ms"),
        Check("5-stage pipeline, captions/s", rate, 100.0, "captions/s", below=False),
    ]
    extra = {"posts": len(posts), "rounds": rounds, "median_ms": median, "p95_ms": p95}
    Results("captions", quick, figures, goals, checks, extra=extra).write(json_path)
    await manager.shutdown()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="3 rounds instead of 9")
    add_json_option(parser)
    args = parser.parse_args()
    asyncio.run(main(args.quick, args.json))
