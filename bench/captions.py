"""Caption engine benchmark: offline latency per caption and pipeline throughput.

    python -m bench.captions [--quick] [--json PATH]

Over the issue-12 evaluation corpus (tests/captions/posts.jsonl, 193 posts in six
languages), in one run, interleaved:

(a) bare baseline: reading each post alone (``read_post``: language, subject, facts,
    intent), the part of the engine that understands before it writes
(b) the offline engine + Instagram's rules, one request of 1 variant per post
    (``CaptionEngines.generate_offline`` + ``finish``), i.e. one caption
(c) the same through the default 5-stage Pipeline (validate → load engine →
    generate → post-process → cache), each post under a fresh user id so the
    cache never answers

Targets (issues 5 and 12): median < 20 ms per caption, ≥ 100 captions/s through the
pipeline, service start-up RSS < 100 MiB (measured in a fresh interpreter, also after
its first caption). Machines are shared and noisy: ratios are the figure to compare.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench._harness import Check, Goal, Results, add_json_option, report, run_rounds
from captions import (
    DEFAULT_STAGES,
    CaptionCache,
    CaptionEngines,
    CaptionRequest,
    read_post,
    stage_registry,
)
from captions._service import finish
from flows import FlowManager

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "captions" / "posts.jsonl"
_REQUEST_FIELDS = set(CaptionRequest.model_fields)
_RSS_PROBE = """
import asyncio, re
def rss():
    return int(re.search(r"VmRSS:\\s+(\\d+)", open("/proc/self/status").read()).group(1)) / 1024
from app._app import create_app
create_app()
start = rss()
from captions import CaptionEngines, CaptionRequest, CaptionService
asyncio.run(CaptionService(CaptionEngines()).caption(CaptionRequest(content="Tacos on the beach")))
print(f"{start:.1f} {rss():.1f}")
"""


def _posts() -> list[dict[str, Any]]:
    """The corpus as requests of one variant (the corpus's own answers dropped)."""
    out = []
    for line in filter(None, CORPUS.read_text("utf-8").splitlines()):
        entry = json.loads(line)
        fields = {k: v for k, v in entry.items() if k in _REQUEST_FIELDS}
        if not entry.get("send_language"):
            fields.pop("language", None)
        out.append({**fields, "variants": 1})
    return out


def startup_rss() -> tuple[float, float]:
    """MiB resident in a fresh interpreter: after building the app, after one caption."""
    done = subprocess.run(
        [sys.executable, "-c", _RSS_PROBE], capture_output=True, text=True, check=True
    )
    start, after = (float(x) for x in re.findall(r"[\d.]+", done.stdout.strip())[-2:])
    return start, after


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
    latencies(posts, engines)  # warm caches (lexicons, templates)
    manager = FlowManager()
    pipeline = await manager.create_pipeline("bench-captions")
    registry = stage_registry(CaptionCache(ttl=3600, max_entries=100_000), engines)
    for name in DEFAULT_STAGES:
        pipeline.add_stage(registry[name], name=name)
    users = itertools.count()

    async def bare_read() -> float:
        started = time.perf_counter()
        for post in posts:
            read_post(post["content"], post.get("language"))
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
            "read": ("(a) bare: reading the post (read_post), posts/s", bare_read),
            "engine": ("(b) offline engine + rules, captions/s", engine),
            "pipeline": ("(c) 5-stage pipeline, captions/s", through_pipeline),
        },
        rounds,
    )
    goals = [
        Goal("(b) engine vs reading alone (cost of the writing)", "engine", "read", 0),
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
    rss, rss_after = startup_rss()
    print(f"service start-up RSS: {rss:.1f} MiB, {rss_after:.1f} MiB after its first caption")
    print(f"{'pass' if median < 20 and rate >= 100 and rss < 100 else 'MISS'}")
    checks = [
        Check("offline engine, median ms per caption", median, 20.0, "ms"),
        Check("5-stage pipeline, captions/s", rate, 100.0, "captions/s", below=False),
        Check("service start-up RSS, MiB", rss, 100.0, "MiB"),
    ]
    extra = {
        "posts": len(posts),
        "rounds": rounds,
        "median_ms": median,
        "p95_ms": p95,
        "rss_mib": rss,
        "rss_after_first_caption_mib": rss_after,
    }
    Results("captions", quick, figures, goals, checks, extra=extra).write(json_path)
    await manager.shutdown()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="3 rounds instead of 9")
    add_json_option(parser)
    args = parser.parse_args()
    asyncio.run(main(args.quick, args.json))
