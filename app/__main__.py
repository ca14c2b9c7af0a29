"""``python -m app``: serve on CAPTIONFLOW_HOST:CAPTIONFLOW_PORT (127.0.0.1:8080)."""

from __future__ import annotations

import asyncio
import gc
import logging
import sys

from ._app import create_app
from ._serve import MAX_LINE_SIZE, serve
from ._settings import Settings
from ._startup import fail, startup_lines

__all__ = ["GC_YOUNG", "MAX_LINE_SIZE", "SWITCH_INTERVAL", "main"]

GC_YOUNG = 7000
"""Net allocations between young garbage collections (Python's default: 700)."""

SWITCH_INTERVAL = 0.0005
"""Seconds a thread may hold the GIL while another waits (Python's default: 0.005)."""


def main() -> int:
    """Run the service until interrupted; the exit code (2: it could not start, said
    in one line per reason on stderr)."""
    try:
        settings = Settings()
        return _run(settings)
    except Exception as error:
        lines = startup_lines(error)
        if lines is None:
            raise
        return fail(lines)


def _run(settings: Settings) -> int:
    logging.basicConfig(
        level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s %(message)s"
    )
    # Everything imported so far (~84k objects: the libraries and this package) lives
    # as long as the process: frozen, it is out of every full collection's scan, which
    # then covers only the app and its connections. Nothing the app builds later (flows
    # that hot reload or DELETE replace) is frozen. Measured on the SSE fan-out
    # benchmark: full collections ~60 ms -> ~16 ms, p99 latency ~120 ms -> ~70 ms.
    gc.collect()
    gc.freeze()
    # A batch fanned out to 1,000 SSE clients wakes each writer with a new future: at
    # Python's default of 700 those bursts set off ~40 young collections a second, every
    # tenth of them moved the futures then waiting (~3,000 objects) to the old
    # generation, and a full collection followed every ~3 s: 20-60 ms on a loaded
    # machine (16 ms quiet) during which no client is written to, the SSE latency tail.
    # At 7,000 the bursts stay under it: no collection at all in 3 s rounds of the
    # fan-out benchmark; a young collection of 7,000 objects takes ~1 ms.
    gc.set_threshold(GC_YOUNG)
    # The loop shares the GIL with worker threads: the marble tests of PUT /flows/{name},
    # `run_in: thread` stages, file scans. A thread that computes keeps the GIL for a
    # switch interval each time the loop gives it up (every socket call does), and one
    # request makes dozens: at the default 5 ms, GET /health took 0.2-0.9 s (1.7 s on a
    # loaded CI machine) while an upload's tests ran; at 0.5 ms, under 0.1 s.
    sys.setswitchinterval(SWITCH_INTERVAL)
    log = logging.getLogger("captionflow")
    asyncio.run(serve(create_app(settings), lambda line: log.info("%s", line)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
