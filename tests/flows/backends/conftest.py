"""Fixtures of the backend tests; the Redis ones (one server, a local cluster) live in
``targets`` so that the app's Redis tests import the same ones."""

from __future__ import annotations

from .targets import (
    REDIS_URL,
    command_log,
    delete_prefix,
    local_cluster,
    prefix,
    raw,
    redis_target,
    redis_url,
    slot_audit,
)

__all__ = [
    "REDIS_URL",
    "command_log",
    "delete_prefix",
    "local_cluster",
    "prefix",
    "raw",
    "redis_target",
    "redis_url",
    "slot_audit",
]
