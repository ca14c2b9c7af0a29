"""The one SSE path every live feed takes: hub, client, wire format, stream sources.

A route hands :func:`serve_feed` a source; the :class:`SseClient` writes what the
source has ready as one batch of frames, the :class:`SseHub` tracks every client for
the watchdog (slow clients are evicted) and for graceful shutdown.

It may import: ``flows`` (public names: a stream and its entries), ``operators``
(``BoundedBuffer``), aiohttp, aiohttp-sse. Never ``app.routes``: routes call in, not
the other way.
"""

from ._client import ClientState, Pump, SseClient, SseOptions, serve_feed
from ._floor import IdFloor
from ._hub import WATCHDOG_TICKS, SseHub
from ._stream_feed import StreamSource
from ._wire import Batch, Frame, QueueSource, Source, batch_of

__all__ = [
    "WATCHDOG_TICKS",
    "Batch",
    "ClientState",
    "Frame",
    "IdFloor",
    "Pump",
    "QueueSource",
    "Source",
    "SseClient",
    "SseHub",
    "SseOptions",
    "StreamSource",
    "batch_of",
    "serve_feed",
]
