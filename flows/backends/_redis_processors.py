"""Processor leases and checkpoints in Redis: one owner at a time, fenced by an epoch.

A processor's three keys share its hash tag, so each script below touches one slot::

    <p>{processor:<name>}         its checkpoint (hash): epoch, offsets, state, emitted
    <p>{processor:<name>}:lease   "<epoch>:<owner>" with a PX ttl — who runs it now
    <p>{processor:<name>}:epoch   a counter (INCR): every acquisition gets a higher epoch
    <p>{processor:<name>}:once:<id>  an output delivered (``remember``), with a PX ttl

``acquire`` takes a free (or expired) lease with a new epoch, or gives the holder
its own epoch back (a retried call after a lost reply is harmless). ``save`` writes
the whole checkpoint — offsets and window state together — only while the caller's
epoch is the newest one issued: the check and the write are one Lua script, so an
instance that lost its lease (it stalled past the ttl and someone took over, with a
higher epoch) can never overwrite its successor's checkpoint; one whose lease merely
lapsed, with nobody taking over, still saves (as ``MemoryProcessorStore`` does). A
new epoch is always above the epoch of the stored checkpoint too, should the counter
ever be lost.

Every mutation goes through :meth:`RedisConnection.write`, so on a cluster it is
followed by ``WAIT``: an acquisition or checkpoint acknowledged here is on a replica
too when the slot has one, and survives a failover.
"""

from __future__ import annotations

from typing import Any

from ._base import ONCE_TTL
from ._codec import dumps, loads
from ._connection import RedisConnection
from ._processor_store import ProcessorCheckpoint
from ._redis_keys import KeyLayout

__all__ = ["RedisProcessorStore"]

# KEYS: lease, epoch counter, checkpoint; ARGV: owner, ttl ms -> epoch, or nil (held)
_ACQUIRE = """
local held = redis.call('GET', KEYS[1])
if held then
  local sep = string.find(held, ':', 1, true)
  if string.sub(held, sep + 1) ~= ARGV[1] then return false end
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return tonumber(string.sub(held, 1, sep - 1))
end
local epoch = redis.call('INCR', KEYS[2])
local saved = tonumber(redis.call('HGET', KEYS[3], 'epoch') or '0')
if epoch <= saved then
  epoch = saved + 1
  redis.call('SET', KEYS[2], epoch)
end
redis.call('SET', KEYS[1], epoch .. ':' .. ARGV[1], 'PX', ARGV[2])
return epoch
"""

# KEYS: lease; ARGV: "<epoch>:<owner>", ttl ms -> 1 renewed, 0 not the holder
_RENEW = """
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 1
"""

# KEYS: lease; ARGV: "<epoch>:<owner>" -> 1 released, 0 not the holder
_RELEASE = """
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('DEL', KEYS[1])
return 1
"""

# KEYS: epoch counter, checkpoint; ARGV: epoch, offsets, state, emitted -> 1 saved, 0 stale
_SAVE = """
if tonumber(redis.call('GET', KEYS[1]) or '0') ~= tonumber(ARGV[1]) then return 0 end
redis.call('HSET', KEYS[2], 'epoch', ARGV[1], 'offsets', ARGV[2], 'state', ARGV[3],
  'emitted', ARGV[4])
return 1
"""


def _ttl_ms(ttl_s: float) -> int:
    return max(1, int(ttl_s * 1000))


class RedisProcessorStore:
    """The ``ProcessorStore`` on Redis (one server or a cluster); see the module docstring."""

    def __init__(self, conn: RedisConnection, keys: KeyLayout) -> None:
        self.conn = conn
        self.keys = keys

    async def _eval(self, script: str, keys: tuple[str, ...], *args: Any) -> Any:
        async with self.conn.guard():
            # EVAL, not EVALSHA: a replica just promoted may not have the script cached,
            # and the pipeline that carries WAIT could not load it in between
            (reply,) = await self.conn.write(
                keys[0], lambda pipe: pipe.eval(script, len(keys), *keys, *args)
            )
        return reply

    async def acquire(self, processor: str, owner: str, ttl_s: float) -> int | None:
        """Take the lease of ``processor`` for ``ttl_s`` seconds: its fencing epoch, or
        None while another owner holds it. The holder asking again keeps its epoch and
        has its ttl restarted."""
        keys = self.keys.processor(processor)
        reply = await self._eval(
            _ACQUIRE, (keys.lease, keys.epoch, keys.checkpoint), owner, _ttl_ms(ttl_s)
        )
        return None if reply is None else int(reply)

    async def renew(self, processor: str, owner: str, epoch: int, ttl_s: float) -> bool:
        """Restart the lease's ttl; False if ``owner`` at ``epoch`` no longer holds it."""
        keys = self.keys.processor(processor)
        reply = await self._eval(_RENEW, (keys.lease,), f"{epoch}:{owner}", _ttl_ms(ttl_s))
        return bool(reply)

    async def release(self, processor: str, owner: str, epoch: int) -> None:
        """Give the lease up (a no-op unless ``owner`` at ``epoch`` holds it), so that
        another instance takes over at once instead of after the ttl."""
        keys = self.keys.processor(processor)
        await self._eval(_RELEASE, (keys.lease,), f"{epoch}:{owner}")

    async def load(self, processor: str) -> ProcessorCheckpoint | None:
        """The last checkpoint saved, or None before the first."""
        keys = self.keys.processor(processor)
        async with self.conn.guard() as redis:
            fields = await redis.hgetall(keys.checkpoint)
        if not fields:
            return None
        offsets = loads(fields[b"offsets"])
        emitted = loads(fields[b"emitted"])
        return ProcessorCheckpoint(
            offsets={str(k): str(v) for k, v in offsets.items()},
            state=bytes(fields[b"state"]),
            emitted={str(k): int(v) for k, v in emitted.items()},
        )

    async def save(self, processor: str, epoch: int, checkpoint: ProcessorCheckpoint) -> bool:
        """Replace the checkpoint — offsets, state and emitted windows in one step — iff
        ``epoch`` is the newest issued; False (nothing written) for a stale epoch."""
        keys = self.keys.processor(processor)
        what = f"processor '{processor}' checkpoint"
        offsets = dumps(dict(checkpoint.offsets), what=what)
        emitted = dumps(dict(checkpoint.emitted), what=what)
        reply = await self._eval(
            _SAVE, (keys.epoch, keys.checkpoint), epoch, offsets, checkpoint.state, emitted
        )
        return bool(reply)

    async def seen(self, processor: str, key: str) -> bool:
        """Whether the output ``key`` was remembered (within its ttl)."""
        once = KeyLayout.once(self.keys.processor(processor).checkpoint, key)
        async with self.conn.guard() as redis:
            return bool(await redis.exists(once))

    async def remember(self, processor: str, key: str, ttl_s: float = ONCE_TTL) -> None:
        """Record the output ``key`` as delivered (``SET PX``, beside the checkpoint)."""
        once = KeyLayout.once(self.keys.processor(processor).checkpoint, key)
        async with self.conn.guard():
            await self.conn.write(once, lambda pipe: pipe.set(once, b"1", px=_ttl_ms(ttl_s)))
