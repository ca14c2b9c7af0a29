"""Fixtures of the pattern tests: the Redis tests' cluster and command audit."""

from __future__ import annotations

from ..backends.targets import command_log, local_cluster, slot_audit

__all__ = ["command_log", "local_cluster", "slot_audit"]
