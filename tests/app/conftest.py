from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from ..flows.backends.targets import (  # the Redis tests' targets and command audit
    command_log,
    local_cluster,
    redis_target,
    slot_audit,
)
from .helpers import Server, start_server, stop_server

__all__ = ["command_log", "local_cluster", "redis_target", "server", "slot_audit"]


@pytest.fixture
async def server() -> AsyncIterator[Server]:
    srv = await start_server()
    try:
        yield srv
    finally:
        await stop_server(srv)
