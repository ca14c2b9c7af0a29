"""The captionflow HTTP service (aiohttp): REST under /api/v14/async-flows plus SSE feeds.

from app import Settings, create_app
web.run_app(create_app(Settings(port=8080)))
"""

from ._app import OPERATIONS, create_app
from ._settings import Settings
from ._state import SERVICES, Services

__all__ = ["OPERATIONS", "SERVICES", "Services", "Settings", "create_app"]
