"""The captionflow HTTP service (aiohttp): REST under /api/v14/async-flows plus SSE feeds.

    from app import Settings, create_app
    web.run_app(create_app(Settings(port=8080)))

Sub-packages: ``app.routes`` (one module per pattern's endpoints), ``app.sse`` (the
one SSE path: hub, client, wire format, stream sources), ``app.flowfiles`` (flow
files served and reloaded at runtime). The rest of ``app/`` is the service's frame:
settings, the gateway middleware, problem+json errors, auth, metrics, OpenAPI, CLI.

It may import: ``captions``, ``flows`` (never a backend's private module),
``operators``, aiohttp, aiohttp-sse, pydantic(-settings), prometheus-client,
``limits`` (to check a rate's syntax in settings). Never ``redis``: the backend,
chosen once from settings, is the only way to Redis (``make lint`` checks it).
"""

from . import flowfiles, routes, sse
from ._app import OPERATIONS, create_app
from ._settings import Settings
from ._state import SERVICES, Services

__all__ = [
    "OPERATIONS",
    "SERVICES",
    "Services",
    "Settings",
    "create_app",
    "flowfiles",
    "routes",
    "sse",
]
