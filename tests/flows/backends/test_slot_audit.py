"""The slot audit itself: it records what the backend sends and flags cross-slot groups."""

from __future__ import annotations

import secrets
from pathlib import Path

from redis.asyncio import Redis

from flows.backends import RedisBackend
from flows.backends._redis_keys import KeyLayout

from .command_audit import CommandLog, cross_slot, read_logs
from .targets import REDIS_URL, delete_prefix


def command(*args: str) -> tuple[bytes, ...]:
    return tuple(a.encode() for a in args)


async def test_the_log_holds_the_backends_commands_grouped_as_redis_runs_them(
    command_log: tuple[CommandLog, Path],
) -> None:
    log, _ = command_log
    prefix = f"cftest:{secrets.token_hex(4)}:"
    start = len(log.groups)
    backend = RedisBackend(REDIS_URL, prefix=prefix)
    try:
        stream = await backend.create_stream("s")
        await stream.produce("x")
        await backend.machines.load("m")  # one script
        key, history = KeyLayout(prefix).machine("m")
        async with backend.conn.guard() as client:  # the backend's client: recorded
            pipe = client.pipeline(transaction=True)
            pipe.hgetall(key)
            pipe.lrange(history, 0, -1)
            await pipe.execute()
        raw = Redis.from_url(REDIS_URL)  # not the backend's: not recorded
        await raw.get(f"{prefix}unrelated")
        await raw.aclose()
    finally:
        await backend.close()
        await delete_prefix(REDIS_URL, prefix)
    groups = log.since(start)
    names = [[cmd[0].upper() for cmd in group] for group in groups]
    assert [b"XADD"] in names
    assert [b"EVAL"] in names
    assert [b"MULTI", b"HGETALL", b"LRANGE", b"EXEC"] in names  # one group, as executed
    assert not any(cmd[1:2] == (f"{prefix}unrelated".encode(),) for g in groups for cmd in g)


async def test_keys_of_two_slots_in_one_command_transaction_or_script_are_flagged() -> None:
    keys = KeyLayout("p:")
    stream = keys.stream("live")
    old_stream, old_dead = "p:stream:live", "p:stream:live:dead"  # the layout before tags
    groups = [
        # the dead-letter move: one MULTI on the stream and its dead letters
        (
            command("MULTI"),
            command("XADD", KeyLayout.dead(stream), "*", "d", "1"),
            command("XACK", stream, "g", "1-0"),
            command("EXEC"),
        ),
        (
            command("MULTI"),
            command("XADD", old_dead, "*", "d", "1"),
            command("XACK", old_stream, "g", "1-0"),
            command("EXEC"),
        ),
        (command("EVAL", "return 1", "2", *keys.machine("wf"), "0"),),
        (command("EVAL", "return 1", "2", "p:machine:wf", "p:machine:wf:history", "0"),),
        (command("MGET", "a", "b"),),
        # a processor's acquire script: lease, epoch counter, checkpoint
        (command("EVAL", "return 1", "3", *keys.processor("counts"), "owner", "6000"),),
        (command("EVAL", "return 1", "2", "p:processor:counts:lease", "p:processor:counts"),),
        # produce_once: the stream and its once-key
        (command("EVAL", "return 1", "2", stream, KeyLayout.once(stream, "w@60000"), "1"),),
        (command("SSUBSCRIBE", keys.channel("metrics.*"), keys.channel("caption.*")),),
        (command("XREADGROUP", "GROUP", "g", "c", "COUNT", "10", "STREAMS", stream, ">"),),
        (command("PING"),),
    ]
    server = Redis.from_url(REDIS_URL)
    try:
        flagged = await cross_slot(server, groups)
    finally:
        await server.aclose()
    assert [v.group for v in flagged] == [groups[1], groups[3], groups[4], groups[6], groups[8]]
    assert "XACK p:stream:live g" in str(flagged[0])


def test_a_subprocess_log_is_read_once_and_a_torn_last_line_is_skipped(tmp_path: Path) -> None:
    log = CommandLog(sink=tmp_path / "123")
    log.record(1, command("XADD", "k", "*", "d", "1"))
    log.record(2, command("MULTI"))
    log.record(2, command("INCR", "a"))  # the block is written at its EXEC
    offsets: dict[Path, int] = {}
    assert read_logs(tmp_path, offsets) == [(command("XADD", "k", "*", "d", "1"),)]
    log.record(2, command("EXEC"))
    with (tmp_path / "123").open("a") as out:
        out.write('[["GET", "k')  # then killed mid-write
    assert read_logs(tmp_path, offsets) == [
        (command("MULTI"), command("INCR", "a"), command("EXEC"))
    ]
    assert read_logs(tmp_path, offsets) == []  # each group once
