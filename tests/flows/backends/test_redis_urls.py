"""Redis URLs (one server or a cluster) and the key layout's prefix, without a server."""

from __future__ import annotations

import pytest
from redis.crc import key_slot

from flows import FlowConfigError
from flows.backends import RedisBackend, backend_from_url
from flows.backends._connection import parse_target, retries_within
from flows.backends._redis_keys import KeyLayout
from operators import BackoffPolicy


def test_one_server_urls_stay_as_they_are() -> None:
    for url in ("redis://127.0.0.1:6379/0", "rediss://u:p@h:1/2", "unix:///tmp/r.sock"):
        target = parse_target(url)
        assert (target.cluster, target.nodes, target.url) == (False, (), url)
    assert parse_target("redis://u:secret@h:1/0").where == "redis://h:1/0"


def test_a_cluster_url_lists_its_seed_nodes_and_keeps_credentials_and_options() -> None:
    seeds = "10.0.0.1:7000, 10.0.0.2:7001,[::1]:7002"
    target = parse_target(f"redis+cluster://me:s%40cret@{seeds}?health_check_interval=5")
    assert target.cluster
    assert target.nodes == (("10.0.0.1", 7000), ("10.0.0.2", 7001), ("::1", 7002))
    assert target.options == {"username": "me", "password": "s@cret", "health_check_interval": 5}
    assert (
        target.where
        == "redis+cluster://10.0.0.1:7000, 10.0.0.2:7001,[::1]:7002?health_check_interval=5"
    )
    assert parse_target("rediss+cluster://h:7000/0").options == {"ssl": True}


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("redis://a:1,b:2/0", "lists several hosts; a Redis Cluster is 'redis\\+cluster://"),
        ("redis+cluster://", "names no node"),
        ("redis+cluster://a:1,b", "'b' is not host:port"),
        ("redis+cluster://a:x", "'a:x' is not host:port"),
        ("redis+cluster://a:1/3", "database 0 only"),
        ("redis+cluster://u:hunter2@a:1/3", r"'redis\+cluster://\*\*\*@a:1/3'"),
    ],
)
def test_a_bad_url_is_refused_with_what_to_write(url: str, says: str) -> None:
    with pytest.raises(FlowConfigError, match=says) as caught:
        parse_target(url)
    assert "hunter2" not in str(caught.value)


async def test_backend_from_url_builds_a_cluster_backend_without_connecting() -> None:
    backend = backend_from_url("redis+cluster://127.0.0.1:1,127.0.0.1:2", prefix="p:")
    assert isinstance(backend, RedisBackend)
    assert backend.cluster
    assert backend.stream_key("live") == "p:{stream:live}"
    await backend.close()
    with pytest.raises(FlowConfigError, match="'mongodb://\\*\\*\\*@h' is not supported"):
        backend_from_url("mongodb://user:pw@h")


def test_keys_of_one_owner_share_a_slot_whatever_the_name() -> None:
    keys = KeyLayout("captionflow:")
    for name in ("live", "a}b", "}", "{x}", "", "ünï:cödé"):
        stream = keys.stream(name)
        assert key_slot(stream.encode()) == key_slot(KeyLayout.dead(stream).encode()), name
        state, history = keys.machine(name)
        assert key_slot(state.encode()) == key_slot(history.encode()), name
    assert keys.stream("live") == "captionflow:{stream:live}"
    assert keys.machine("wf") == ("captionflow:{machine:wf}", "captionflow:{machine:wf}:history")
    assert keys.events == "captionflow:{events}"
    # different owners spread over the slots
    assert len({key_slot(keys.stream(f"s{i}").encode()) for i in range(100)}) > 90


@pytest.mark.parametrize("prefix", ["", "{tenant}:", "a}b:"])
def test_a_prefix_that_would_choose_the_hash_tag_is_refused(prefix: str) -> None:
    with pytest.raises(FlowConfigError, match="hold no '\\{' or '\\}'"):
        KeyLayout(prefix)


def test_a_cluster_call_retries_for_about_the_reconfigure_window() -> None:
    policy = BackoffPolicy(base_delay=0.05, multiplier=2.0, max_delay=2.0)
    retries = retries_within(policy, 3.0)
    delays = [policy.delay(n) for n in range(1, retries + 1)]
    assert sum(delays) >= 3.0 > sum(delays[:-1])
    assert retries_within(policy, 0.0) == 0
