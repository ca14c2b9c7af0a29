"""One consumer-group member of a RedisStream: read, claim from dead members, dead-letter.

Each pass first (every ``claim_interval``) claims entries that sat unacknowledged
longer than ``claim_min_idle`` in any member's pending list (``XAUTOCLAIM``, which
counts a delivery), reads their delivery counts (``XPENDING``) and moves those
delivered more than ``max_deliveries`` times to ``<key>:dead`` (``XADD`` + ``XACK``
in one ``MULTI``); then reads new entries (``XREADGROUP >``). Nothing is acked here:
the caller acks after its handler or SSE write succeeded.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import AsyncGenerator
from typing import Protocol

from redis import exceptions as redis_errors

from ._connection import RedisConnection
from ._errors import BackendUnavailableError
from ._redis_entries import ConsumerOptions, RedisEntry, consumer_name

__all__ = ["GroupHost", "GroupReader", "release"]

_RELEASE_IDLE_MS = 10 * 365 * 24 * 3600 * 1000  # "idle for ages": claimable at once


class GroupHost(Protocol):
    """What a group member needs of its stream (``RedisStream``)."""

    conn: RedisConnection
    key: str
    dead_key: str
    options: ConsumerOptions
    closed: bool
    claimed: int
    dead_lettered: int

    def seen(self, entry_id: str) -> None:
        """Remember ``entry_id`` as the newest id known, if it is newer."""


class GroupReader:
    """See the module docstring; ``run()`` is the member's entry feed."""

    def __init__(self, stream: GroupHost, group: str, consumer: str | None, start: str) -> None:
        self.stream = stream
        self.conn = stream.conn
        self.key = stream.key
        self.group = group
        self.consumer = consumer or consumer_name()
        self.start = start
        self.options = stream.options
        self._cursor = "0-0"
        self._next_claim = 0.0
        self._unyielded: list[str] = []

    async def _ensure_group(self) -> None:
        async with self.conn.guard() as redis:
            try:
                await redis.xgroup_create(self.key, self.group, id=self.start, mkstream=True)
            except redis_errors.ResponseError as error:
                if "BUSYGROUP" not in str(error):
                    raise

    async def run(self) -> AsyncGenerator[RedisEntry, None]:
        """Claimed and new entries, one at a time; ends after the stream's local close."""
        try:
            while True:
                try:
                    batch = await self._next_batch()
                except BackendUnavailableError:
                    if self.stream.closed or not await self.conn.recover():
                        return
                    continue
                except redis_errors.ResponseError as error:
                    # NOGROUP: the key was deleted, or the server restarted; UNBLOCKED:
                    # the key was deleted while this member waited in XREADGROUP
                    text = str(error)
                    if "NOGROUP" not in text and not text.startswith("UNBLOCKED"):
                        raise
                    await self._ensure_group()
                    continue
                if not batch:
                    if self.stream.closed:
                        return
                    continue
                self._unyielded = [entry.id for entry in batch]
                for entry in batch:
                    self._unyielded.pop(0)
                    self.stream.seen(entry.id)
                    yield entry
        finally:
            await self._release()

    async def _next_batch(self) -> list[RedisEntry]:
        if not self._next_claim:
            await self._ensure_group()
        now = time.monotonic()
        if now >= self._next_claim:
            self._next_claim = now + self.options.claim_interval
            claimed = await self._claim()
            if claimed:
                return claimed
        block = None if self.stream.closed else self.options.block_ms
        if block is not None:
            # wake up in time for the next claim pass
            block = max(1, min(block, int((self._next_claim - now) * 1000)))
        async with self.conn.guard() as redis:
            reply = await redis.xreadgroup(
                self.group, self.consumer, {self.key: ">"}, count=self.options.batch, block=block
            )
        if not reply:
            return []
        return [RedisEntry(raw.decode(), fields) for raw, fields in reply[0][1] if fields]

    async def _claim(self) -> list[RedisEntry]:
        min_idle = int(self.options.claim_min_idle * 1000)
        async with self.conn.guard() as redis:
            reply = await redis.xautoclaim(
                self.key,
                self.group,
                self.consumer,
                min_idle,
                start_id=self._cursor,
                count=self.options.batch,
            )
        cursor, claimed = reply[0], reply[1]
        self._cursor = cursor.decode() if isinstance(cursor, bytes) else str(cursor)
        entries = [(raw.decode(), fields) for raw, fields in claimed if fields]
        if not entries:
            return []
        counts = await self._delivery_counts([i for i, _ in entries])
        live: list[RedisEntry] = []
        dead: list[tuple[str, dict[bytes, bytes], int]] = []
        for entry_id, fields in entries:
            deliveries = counts.get(entry_id, 1)
            if deliveries > self.options.max_deliveries:
                dead.append((entry_id, fields, deliveries))
            else:
                live.append(RedisEntry(entry_id, fields, deliveries))
        if dead:
            await self._dead_letter(dead)
        self.stream.claimed += len(live)
        return live

    async def _delivery_counts(self, ids: list[str]) -> dict[str, int]:
        async with self.conn.guard() as redis:
            rows = await redis.xpending_range(
                self.key,
                self.group,
                min=ids[0],
                max=ids[-1],
                count=len(ids) + 10 * self.options.batch,
                consumername=self.consumer,
            )
        return {_text(row["message_id"]): int(row["times_delivered"]) for row in rows}

    async def _dead_letter(self, dead: list[tuple[str, dict[bytes, bytes], int]]) -> None:
        async with self.conn.guard() as redis:
            pipe = redis.pipeline(transaction=True)
            for entry_id, fields, deliveries in dead:
                meta = {
                    b"source_id": entry_id.encode(),
                    b"group": self.group.encode(),
                    b"deliveries": str(deliveries).encode(),
                }
                pipe.xadd(
                    self.stream.dead_key,
                    {**fields, **meta},
                    maxlen=self.options.dead_maxlen,
                    approximate=True,
                )
            pipe.xack(self.key, self.group, *[entry_id for entry_id, _, _ in dead])
            await pipe.execute()
        self.stream.dead_lettered += len(dead)

    async def _release(self) -> None:
        """Entries read but never handed out: make them claimable by others at once."""
        ids, self._unyielded = self._unyielded, []
        await release(self.conn, self.key, self.group, self.consumer, ids)


async def release(
    conn: RedisConnection, key: str, group: str, consumer: str, ids: list[str]
) -> None:
    """Make ``consumer``'s pending ``ids`` claimable by the group's other members at
    once (idle for ages: the next claim pass takes them), rather than after
    ``claim_min_idle``; best effort (Redis unreachable: they wait for that)."""
    if not ids or not conn.ready:
        return
    with contextlib.suppress(BackendUnavailableError, redis_errors.RedisError):
        async with conn.guard() as redis:
            await redis.xclaim(key, group, consumer, 0, ids, idle=_RELEASE_IDLE_MS, justid=True)


def _text(value: object) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)
