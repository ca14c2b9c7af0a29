"""``captionflow``: serve, lint, test, graph and run flow files.

    captionflow serve                        # the service (as ``python -m app``)
    captionflow lint config/                 # file:line:col: flow/step: message
    captionflow test config/                 # every flow file's marble tests
    captionflow graph config/flows/x.yaml --format mermaid|dot
    captionflow run config/flows/x.yaml --input items.jsonl > out.jsonl
    captionflow components [--kind stage] [--json]   # every component and its parameters
    captionflow caption "Leg day at Iron Temple gym" [--tone --language --json ...]

Exit codes: 0 ok, 1 failures (lint problems, failed tests or items), 2 usage or
configuration errors (bad arguments, missing files, invalid flow files).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

import reactivex

from flows import (
    FlowFileError,
    FlowManager,
    FlowSpec,
    GraphFormat,
    Pipeline,
    Processor,
    Registry,
    Stream,
    find_flow_files,
    install,
    lint_paths,
    load_flow_file,
    render_graph,
    run_flow_tests,
)
from operators import LoopScheduler

from ._components import (
    COMPONENT_KINDS,
    default_registry,
    describe_components,
    render_components,
)

__all__ = ["main"]

OK, FAILED, USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="captionflow", description="captionflow: serve the service, or work on flow files"
    )
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="run the HTTP service (like python -m app)")
    serve.add_argument("--host", help="interface to bind (CAPTIONFLOW_HOST)")
    serve.add_argument("--port", type=int, help="TCP port (CAPTIONFLOW_PORT)")
    serve.add_argument("--flows-dir", help="flow files loaded at startup (CAPTIONFLOW_FLOWS_DIR)")
    lint = sub.add_parser("lint", help="check flow files; print file:line:col: flow/step: message")
    lint.add_argument("paths", nargs="+", help="flow files or directories (searched for *.yaml)")
    test = sub.add_parser("test", help="run the marble tests of flow files in virtual time")
    test.add_argument("paths", nargs="+", help="flow files or directories")
    test.add_argument("-q", "--quiet", action="store_true", help="print failures only")
    graph = sub.add_parser("graph", help="draw a flow file as Mermaid or DOT")
    graph.add_argument("file", help="a flow file")
    graph.add_argument("--format", choices=["mermaid", "dot"], default="mermaid")
    graph.add_argument("--flow", help="only this flow of the file")
    run = sub.add_parser("run", help="run a pipeline or stream flow over a JSON-lines file")
    run.add_argument("file", help="a flow file")
    run.add_argument("--input", required=True, help="JSON lines, one item each ('-' = stdin)")
    run.add_argument("--flow", help="the flow to run, if the file has several")
    run.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    components = sub.add_parser(
        "components", help="list the components flow files may use, with their parameters"
    )
    components.add_argument("--kind", choices=COMPONENT_KINDS, help="only components of this kind")
    components.add_argument("--json", action="store_true", help="as JSON (a list)")
    _caption_parser(sub)
    return parser


def _caption_parser(sub: Any) -> None:
    """``captionflow caption "..."``: the offline engine from the command line."""
    from captions import TONES

    cap = sub.add_parser("caption", help="write captions for a post with the offline engine")
    cap.add_argument("content", help="what the post shows or says")
    cap.add_argument("--tone", choices=TONES, default="casual")
    cap.add_argument("--language", help="ISO 639-1 code (default: detected)")
    cap.add_argument("--variants", type=int, default=3, help="1-5 alternative captions")
    cap.add_argument("--hashtags", type=int, default=5, help="hashtag cap (0-30)")
    cap.add_argument("--length", choices=["short", "medium", "long"], default="medium")
    cap.add_argument("--no-emoji", action="store_true", help="no emoji anywhere")
    cap.add_argument("--no-cta", action="store_true", help="no call to action")
    cap.add_argument("--json", action="store_true", help="print the API's JSON result")


def _caption(args: argparse.Namespace) -> int:
    from pydantic import ValidationError

    from captions import CaptionEngines, CaptionRequest, CaptionService

    fields = {
        "content": args.content,
        "tone": args.tone,
        "language": args.language,
        "variants": args.variants,
        "hashtags": args.hashtags,
        "length": args.length,
        "emoji": not args.no_emoji,
        "cta": not args.no_cta,
        "engine": "offline",
    }
    try:
        request = CaptionRequest.model_validate(fields)
    except ValidationError as error:
        problems = "; ".join(
            f"--{'.'.join(map(str, e['loc'])).replace('_', '-')}: {e['msg']}"
            for e in error.errors()
        )
        raise _UsageError(problems) from None
    result = asyncio.run(CaptionService(CaptionEngines()).caption(request))
    if args.json:
        print(result.model_dump_json(indent=2))
        return OK
    for number, variant in enumerate(result.variants, 1):
        print(f"--- variant {number} ---\n{variant.caption}\n")
    understood = f"language {result.language}, intent {result.intent}"
    for line in [understood, *result.notes]:
        print(f"note: {line}", file=sys.stderr)
    return OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit code."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "serve":
            return _serve(args)
        if args.command == "caption":
            return _caption(args)
        registry = default_registry()
        if args.command == "components":
            described = describe_components(registry, args.kind)
            print(json.dumps(described, indent=2) if args.json else render_components(described))
            return OK
        if args.command == "lint":
            return _lint(args.paths, registry)
        if args.command == "test":
            return _test(args.paths, registry, quiet=args.quiet)
        if args.command == "graph":
            specs = _pick(load_flow_file(args.file, registry), args.flow, all_ok=True)
            print("\n\n".join(_graph(s, args.format, titled=len(specs) > 1) for s in specs))
            return OK
        spec = _pick(load_flow_file(args.file, registry), args.flow, all_ok=False)[0]
        return asyncio.run(_run(spec, registry, args.input, progress=not args.no_progress))
    except FlowFileError as error:
        print(error, file=sys.stderr)
        return USAGE
    except (FileNotFoundError, _UsageError) as error:
        print(f"captionflow: {error}", file=sys.stderr)
        return USAGE


class _UsageError(Exception):
    pass


def _graph(spec: FlowSpec, fmt: GraphFormat, *, titled: bool) -> str:
    """One flow's diagram; of several, each named (DOT graphs carry the name already;
    Mermaid gets a front-matter title, which it also draws)."""
    graph = render_graph(spec, fmt)
    if titled and fmt == "mermaid":
        return f"---\ntitle: {spec.name} ({spec.kind})\n---\n{graph}"
    return graph


def _serve(args: argparse.Namespace) -> int:
    for name, value in (("HOST", args.host), ("PORT", args.port), ("FLOWS_DIR", args.flows_dir)):
        if value is not None:
            os.environ[f"CAPTIONFLOW_{name}"] = str(value)
    from .__main__ import main as serve

    return serve()


def _lint(paths: Sequence[str], registry: Registry) -> int:
    files = find_flow_files(paths)
    specs, problems = lint_paths(paths, registry)
    for problem in problems:
        print(problem)
    status = f"{len(problems)} problem(s)" if problems else "ok"
    print(f"{len(files)} file(s), {len(specs)} valid flow(s): {status}", file=sys.stderr)
    return FAILED if problems else OK


def _test(paths: Sequence[str], registry: Registry, *, quiet: bool) -> int:
    specs, problems = lint_paths(paths, registry)
    if problems:
        for problem in problems:
            print(problem)
        print(f"{len(problems)} problem(s) in the flow files; no tests run", file=sys.stderr)
        return USAGE
    passed = failed = 0
    for spec in specs:
        for result in run_flow_tests(spec, registry):
            if result.passed:
                passed += 1
            else:
                failed += 1
            if not (quiet and result.passed):
                print(result)
    untested = [s.name for s in specs if not s.flow.tests]
    note = f"; flows without tests: {', '.join(untested)}" if untested else ""
    print(f"{passed} passed, {failed} failed{note}", file=sys.stderr)
    return FAILED if failed else OK


def _pick(specs: list[FlowSpec], name: str | None, *, all_ok: bool) -> list[FlowSpec]:
    if name is not None:
        chosen = [s for s in specs if s.name == name]
        if not chosen:
            known = ", ".join(s.name for s in specs)
            msg = f"no flow named '{name}' in the file (flows: {known})"
            raise _UsageError(msg)
        return chosen
    if len(specs) > 1 and not all_ok:
        known = ", ".join(s.name for s in specs)
        msg = f"the file has several flows ({known}); choose one with --flow"
        raise _UsageError(msg)
    return specs


class _Progress:
    """A one-line progress bar on stderr."""

    def __init__(self, total: int, out: TextIO, *, enabled: bool) -> None:
        self.total, self.done, self.failed = total, 0, 0
        self.out, self.enabled = out, enabled

    def step(self, *, ok: bool) -> None:
        self.done += 1
        self.failed += not ok
        if self.enabled:
            width = 30
            filled = width * self.done // max(self.total, 1)
            bar = "#" * filled + "." * (width - filled)
            failed = f" ({self.failed} failed)" if self.failed else ""
            self.out.write(f"\r[{bar}] {self.done}/{self.total}{failed}")
            self.out.flush()

    def close(self) -> None:
        if self.enabled:
            self.out.write("\n")


def _read_items(source: str) -> list[Any]:
    text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
    items = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            items.append(json.loads(line))
        except ValueError as error:
            msg = f"{source}:{number}: not a JSON line ({error})"
            raise _UsageError(msg) from None
    return items


def _emit(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, default=str), flush=True)


async def _run(spec: FlowSpec, registry: Registry, source: str, *, progress: bool) -> int:
    if spec.kind not in ("pipeline", "stream", "processor"):
        msg = f"run takes a pipeline, stream or processor flow; '{spec.name}' is a {spec.kind}"
        raise _UsageError(msg)
    items = _read_items(source)
    manager = FlowManager()
    installed = await install(spec, manager, registry)
    if isinstance(installed.flow, Processor):
        return await _run_processor(installed.flow, items)
    bar = _Progress(len(items), sys.stderr, enabled=progress)
    steps = installed.flow if isinstance(installed.flow, Pipeline) else installed.pipeline
    stream = installed.flow if isinstance(installed.flow, Stream) else None
    consumer = None
    if stream is not None:
        # items produced before the consumer attaches wait in the stream's backlog
        consumer = asyncio.ensure_future(_consume(stream))
    failed = 0
    for number, item in enumerate(items, 1):
        try:
            value = item if steps is None else (await steps.process(item)).result
            if stream is not None:
                await stream.produce(value)
            else:
                _emit(value)
        except Exception as error:
            failed += 1
            bar.step(ok=False)
            if progress:
                sys.stderr.write("\n")
            print(f"item {number}: {type(error).__name__}: {error}", file=sys.stderr)
            continue
        bar.step(ok=True)
    if stream is not None and consumer is not None:
        stream.close()
        await consumer
    bar.close()
    print(f"{len(items) - failed} ok, {failed} failed", file=sys.stderr)
    return FAILED if failed else OK


async def _run_processor(processor: Processor, items: list[Any]) -> int:
    """Feed ``items`` (records; ``{source, value}`` with several sources) through the
    processor and print what its sinks would get, one JSON line each (late events as
    ``{"late": ...}``); windows still open at the end of the input are flushed."""
    loop = asyncio.get_running_loop()
    done: asyncio.Future[None] = loop.create_future()

    def failed(error: Exception) -> None:
        if not done.done():
            done.set_exception(error)

    def completed() -> None:
        if not done.done():
            done.set_result(None)

    scheduler = LoopScheduler(loop)
    reactivex.from_iterable(items).pipe(processor.test_operator(scheduler)).subscribe(
        _emit, failed, completed
    )
    await done
    info = processor.describe()
    dropped = sum(processor.state.dropped.values()) + processor.ingest_dropped
    print(f"{len(items)} records in, {info['late']} late, {dropped} dropped", file=sys.stderr)
    return OK


async def _consume(stream: Stream) -> None:
    async for value in stream.consume():
        _emit(value)
