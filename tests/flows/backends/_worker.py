"""A consumer-group worker process for the kill -9 test.

    python -m tests.flows.backends._worker URL PREFIX STREAM GROUP NAME

Counts each handled entry id in the hash ``<PREFIX>results`` (HINCRBY, so the
verifier sees duplicates), then acks it.
"""

from __future__ import annotations

import asyncio
import sys

from flows.backends import ConsumerOptions, RedisBackend

from .command_audit import record_from_env

OPTIONS = ConsumerOptions(
    block_ms=100, batch=20, claim_min_idle=0.5, claim_interval=0.25, max_deliveries=50
)


async def main(url: str, prefix: str, stream_name: str, group: str, name: str) -> None:
    backend = RedisBackend(url, prefix=prefix, consumer=OPTIONS)
    stream = await backend.create_stream(stream_name, max_buffer_size=100_000)
    results = f"{prefix}results"
    client = backend.conn.client
    async for entry in stream.entries(group=group, consumer=name):
        await client.hincrby(results, entry.id, 1)  # the handler's effect
        await stream.ack(group, entry.id)  # only after it succeeded


if __name__ == "__main__":
    record_from_env()  # the test audits what this process sends
    asyncio.run(main(*sys.argv[1:6]))
