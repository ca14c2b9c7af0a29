"""Run every benchmark, then write BENCHMARKS.md and the charts in docs/bench/.

    python -m bench.report [--quick] [--no-run] [--only NAME,...]

Each benchmark runs in its own process (``python -m bench.<name> --json
bench/results/<name>.json``), one after the other, its output shown and kept in
``bench/results/<name>.log``; the 1-minute load average is sampled every 2 s while
they run. Then the report is built from the JSON files alone, so ``--no-run``
rebuilds it from the last run. Missed goals are reported, not failures: the exit
status is non-zero only when a benchmark crashed.
"""

from __future__ import annotations

import argparse
import datetime
import json
import platform
import sys
import time

from bench._harness import machine
from bench._report_doc import write_report
from bench._report_run import BENCHES, RESULTS, LoadSampler, Outcome, git_facts, run_one
from bench._report_tables import load_docs


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="every benchmark in quick mode")
    parser.add_argument(
        "--no-run", action="store_true", help="only rebuild the report from bench/results/"
    )
    parser.add_argument("--only", default="", help="comma-separated benchmarks to (re)run")
    args = parser.parse_args()
    RESULTS.mkdir(parents=True, exist_ok=True)
    manifest_path = RESULTS / "run.json"
    if args.no_run:
        if not manifest_path.exists():
            print("no bench/results/run.json: run the benchmarks first", file=sys.stderr)
            return 1
        manifest = json.loads(manifest_path.read_text("utf-8"))
    else:
        chosen = set(filter(None, args.only.split(",")))
        unknown = chosen - {b.name for b in BENCHES}
        if unknown:
            parser.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
        previous = json.loads(manifest_path.read_text("utf-8")) if manifest_path.exists() else {}
        kept = {o["name"]: o for o in previous.get("outcomes", [])} if chosen else {}
        sampler = LoadSampler()
        sampler.start()
        started = time.monotonic()
        outcomes: list[Outcome] = []
        try:
            for bench in BENCHES:
                if chosen and bench.name not in chosen:
                    continue
                if not bench.available():
                    outcomes.append(
                        Outcome(bench.name, "not run", 0.0, f"no bench/{bench.name}.py")
                    )
                    (RESULTS / f"{bench.name}.json").unlink(missing_ok=True)
                    continue
                outcomes.append(run_one(bench, args.quick))
        finally:
            sampler.stop()
        for o in outcomes:
            kept[o.name] = {"name": o.name, "status": o.status, "seconds": o.seconds,
                            "detail": o.detail}  # fmt: skip
        samples = [list(s) for s in sampler.samples]
        manifest = {
            "quick": args.quick,
            "machine": machine(),
            "python": platform.python_version(),
            "git": git_facts(),
            "seconds": (time.monotonic() - started)
            + (previous.get("seconds", 0.0) if chosen else 0.0),
            "load": (previous.get("load", []) if chosen else []) + samples,
            "outcomes": [kept[b.name] for b in BENCHES if b.name in kept],
            "written": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        }
        manifest_path.write_text(json.dumps(manifest, indent=1) + "\n", "utf-8")
    write_report(load_docs(), manifest)
    failed = [o for o in manifest["outcomes"] if o["status"] == "failed"]
    for o in failed:
        print(f"FAILED: bench.{o['name']}: {o['detail']}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
