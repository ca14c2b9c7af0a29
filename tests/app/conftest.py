from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from .helpers import Server, start_server, stop_server


@pytest.fixture
async def server() -> AsyncIterator[Server]:
    srv = await start_server()
    try:
        yield srv
    finally:
        await stop_server(srv)
