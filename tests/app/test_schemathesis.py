"""Schemathesis, every check, against ``/api/openapi.json`` of a real running server.

The CLI runs in a subprocess while the server runs on this test's event loop. The
open-ended SSE feeds (stream consume, event feeds, live metrics) are left out: they
end only when events arrive; the caption SSE endpoints end by themselves and are in.
See ``schemathesis.toml`` and ``schemathesis_hooks.py`` for the one tuned check.
"""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

import aiohttp
import pytest

from .helpers import make_settings, start_server, stop_server

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
SCHEMATHESIS = Path(sys.executable).with_name("schemathesis")
OPEN_ENDED_FEEDS = r"/streams/consume/|/events/stream/|/metrics/live"
# a longer hunt: FUZZ_EXAMPLES=500 FUZZ_SEED=7 pytest tests/app/test_schemathesis.py
MAX_EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "25"))
SEED = os.environ.get("FUZZ_SEED", "1")


@pytest.mark.timeout(300)
async def test_schemathesis_finds_nothing() -> None:
    # a dev dependency that `make test` installs: missing means a broken set-up, not a pass
    assert SCHEMATHESIS.exists(), f"{SCHEMATHESIS} is missing: run make test (uv sync --extra dev)"
    server = await start_server(make_settings(request_timeout=1.0))
    # webhooks the fuzzer subscribes go to a closed local port, never out to the network
    assert server.svc.http is not None
    await server.svc.http.close()
    server.svc.http = aiohttp.ClientSession(proxy="http://127.0.0.1:9")
    try:
        process = await asyncio.create_subprocess_exec(
            str(SCHEMATHESIS),
            "--config-file",
            str(HERE / "schemathesis.toml"),
            "run",
            f"{server.url}/api/openapi.json",
            "--checks",
            "all",
            "--exclude-path-regex",
            OPEN_ENDED_FEEDS,
            "--max-examples",
            str(MAX_EXAMPLES),
            "--request-timeout",
            "10",
            "--seed",
            SEED,
            "--no-color",
            cwd=ROOT,
            env={**os.environ, "SCHEMATHESIS_HOOKS": "tests.app.schemathesis_hooks"},
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT,
        )
        output, _ = await process.communicate()
    finally:
        await stop_server(server)
    report = output.decode(errors="replace")
    assert process.returncode == 0, report[-20_000:]
