"""The HAProxy configuration ``python -m deploy`` generates: HAProxy accepts it, and a real
HAProxy started from it routes to every backend, and away from one that died."""

from __future__ import annotations

import asyncio
import re
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web

from deploy import (
    Cluster,
    DeployError,
    HaproxyConfig,
    check_config,
    haproxy_binary,
    server_states,
)
from deploy.__main__ import parse_args

from ..flows.backends.helpers import free_port, wait_for

pytestmark = pytest.mark.timeout(60)


def config(tmp_path: Path, servers: int) -> HaproxyConfig:
    return HaproxyConfig(
        port=free_port(),
        servers=tuple(f"127.0.0.1:{free_port()}" for _ in range(servers)),
        stats_socket=tmp_path / "haproxy.sock",
    )


@pytest.mark.parametrize("servers", [1, 3, 5])
def test_generated_config_is_valid_and_lists_every_instance(tmp_path: Path, servers: int) -> None:
    cfg = config(tmp_path, servers)
    path = cfg.write(tmp_path / "haproxy.cfg")
    check_config(path)  # haproxy -c -f: raises when HAProxy refuses it
    text = path.read_text()
    lines = [line.split() for line in text.splitlines()]
    backends = [words[1:3] for words in lines if words[:1] == ["server"]]
    assert backends == [[f"i{n}", address] for n, address in enumerate(cfg.servers, start=1)]
    assert all(words[3:] == ["check"] for words in lines if words[:1] == ["server"])
    # failure detection, SSE-friendly timeouts, retries elsewhere
    assert ["option", "httpchk", "GET", "/health"] in lines
    defaults = next(words for words in lines if words[:1] == ["default-server"])
    assert {"inter", "250ms", "fall", "2", "on-marked-down", "shutdown-sessions"} <= set(defaults)
    for timeout in ("server", "tunnel", "client"):
        assert ["timeout", timeout, "1h"] in lines
    assert ["option", "redispatch", "1"] in lines
    assert ["retries", "3"] in lines


def test_check_interval_is_rendered_in_milliseconds(tmp_path: Path) -> None:
    cfg = HaproxyConfig(
        port=free_port(),
        servers=("127.0.0.1:1",),
        stats_socket=tmp_path / "s.sock",
        check_interval=0.5,
    )
    defaults = next(line for line in cfg.render().splitlines() if "default-server" in line)
    assert "inter 500ms" in defaults
    assert "downinter 1000ms" in defaults


def test_a_config_haproxy_refuses_is_a_deploy_error(tmp_path: Path) -> None:
    path = tmp_path / "haproxy.cfg"
    path.write_text(config(tmp_path, 2).render().replace("balance leastconn", "balance nowhere"))
    with pytest.raises(DeployError, match="haproxy rejects") as caught:
        check_config(path)
    # HAProxy's own message, located, is in it
    assert re.search(r"haproxy\.cfg:\d+\] : balance only supports", str(caught.value))


def test_a_cluster_needs_an_instance(tmp_path: Path) -> None:
    with pytest.raises(DeployError, match="at least one instance"):
        config(tmp_path, 0).render()


def test_command_line_ports() -> None:
    cluster = parse_args(["--instances", "3", "--port", "8080"])
    assert (cluster.port, cluster.instance_ports) == (8080, (8081, 8082, 8083))
    cluster = parse_args(["--instances", "2", "--instance-ports", "9001,9002"])
    assert cluster.instance_ports == (9001, 9002)
    assert isinstance(cluster, Cluster)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--instances", "0"], "--instances must be at least 1"),
        (["--instances", "2", "--instance-ports", "9001"], "names 1 ports for 2 instances"),
        (["--port", "65535"], "ports must be distinct and in 1-65535"),
        (["--instance-ports", "80,x"], "expected comma-separated port numbers"),
        (["--check-interval", "0"], "--check-interval must be positive"),
    ],
)
def test_command_line_errors(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        parse_args(argv)
    assert exited.value.code == 2
    assert message in capsys.readouterr().err


@dataclass
class Backend:
    name: str
    runner: web.AppRunner
    port: int


async def start_backend(name: str) -> Backend:
    """A tiny HTTP server answering /health and /who (its name)."""

    async def health(_: web.Request) -> web.Response:
        return web.Response(text="ok")

    async def who(_: web.Request) -> web.Response:
        return web.Response(text=name)

    app = web.Application()
    app.router.add_get("/health", health)
    app.router.add_get("/who", who)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    return Backend(name, runner, runner.addresses[0][1])


@pytest.fixture
async def backends() -> AsyncIterator[list[Backend]]:
    started = [await start_backend(f"b{n}") for n in range(1, 4)]
    try:
        yield started
    finally:
        for backend in started:
            await backend.runner.cleanup()


async def test_haproxy_routes_to_every_backend_and_away_from_a_dead_one(
    tmp_path: Path, backends: list[Backend]
) -> None:
    cfg = HaproxyConfig(
        port=free_port(),
        servers=tuple(f"127.0.0.1:{b.port}" for b in backends),
        stats_socket=tmp_path / "haproxy.sock",
    )
    path = cfg.write(tmp_path / "haproxy.cfg")
    proxy = await asyncio.create_subprocess_exec(
        haproxy_binary(),
        "-db",
        "-f",
        str(path),
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )

    async def states() -> dict[str, str]:
        try:
            return await asyncio.to_thread(server_states, cfg.stats_socket)
        except OSError:
            return {}

    async def all_up() -> bool:
        found = await states()
        return len(found) == 3 and all(s.startswith("UP") for s in found.values())

    try:
        await wait_for(all_up, timeout=10, pause=0.05)
        url = f"http://127.0.0.1:{cfg.port}/who"
        async with aiohttp.ClientSession() as session:

            async def answers(count: int) -> Counter[tuple[str, str]]:
                seen: Counter[tuple[str, str]] = Counter()
                for _ in range(count):
                    async with session.get(url) as resp:
                        assert resp.status == 200
                        seen[await resp.text(), resp.headers["X-Captionflow-Instance"]] += 1
                return seen

            seen = await answers(30)
            # every backend answered, and the header names the server that did
            assert {body for body, _ in seen} == {"b1", "b2", "b3"}
            assert all(server == f"i{body[1]}" for body, server in seen)

            await backends[1].runner.cleanup()  # b2 goes away

            async def b2_down() -> bool:
                return (await states()).get("i2", "").startswith("DOWN")

            await wait_for(b2_down, timeout=5, pause=0.02)
            seen = await answers(30)  # none fails: b2's turn goes elsewhere
            assert {body for body, _ in seen} == {"b1", "b3"}
    finally:
        proxy.terminate()
        async with asyncio.timeout(10):
            await proxy.wait()
