"""Attack tests: each reproduces a finding of issue 15 against a real server on a real
port, bounded in time; they wait on outputs and events, never on sleeps."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ..flows.backends.targets import (  # the Redis targets and command audit
    command_log,
    local_cluster,
    redis_target,
    slot_audit,
)
from ._live import Process

__all__ = ["command_log", "local_cluster", "process", "redis_target", "slot_audit"]


@pytest.fixture
def process(tmp_path: Path) -> Iterator[Process]:
    """A ``python -m app`` with the defaults (no API key, in memory)."""
    server = Process(tmp_path / "state").start()
    try:
        yield server
    finally:
        server.stop()
