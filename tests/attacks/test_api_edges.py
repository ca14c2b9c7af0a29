"""Issue 15 item 9: the CORS preflight omitted PUT; the schema said ``replay_size`` <=
1,000,000 while 100,000 was enforced, and ``kind=`` was taken empty; a 503 from
produce during a Redis stall could still have stored the batch, so a retry duplicated
it; a broken gzip body logged an ERROR traceback; stream names ``.`` and ``..`` were
accepted though no URL can reach them."""

from __future__ import annotations

import asyncio
import gzip
import json
import secrets
import socket
import urllib.error
import urllib.request
from collections.abc import AsyncIterator
from typing import Any

import pytest

from flows.backends import BackendUnavailableError
from tests.app.helpers import Server, make_settings, start_server, stop_server
from tests.flows.backends.conftest import REDIS_URL, delete_prefix

from ._live import API, Process


@pytest.fixture
async def server() -> AsyncIterator[Server]:
    srv = await start_server(make_settings(cors_origins=["https://app.example"]))
    try:
        yield srv
    finally:
        await stop_server(srv)


async def preflight(server: Server, path: str, method: str) -> tuple[int, str | None]:
    headers = {"Origin": "https://app.example", "Access-Control-Request-Method": method}
    async with server.session.options(server.api(path), headers=headers) as resp:
        return resp.status, resp.headers.get("Access-Control-Allow-Methods")


# -- CORS ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "methods"),
    [
        ("/flows/greet", "DELETE, GET, PUT, OPTIONS"),
        ("/streams/produce", "POST, OPTIONS"),
        ("/events/subscriptions/sub-x", "DELETE, OPTIONS"),
        ("/flows", "GET, OPTIONS"),
    ],
)
async def test_the_preflight_names_every_method_routed_at_the_path(
    server: Server, path: str, methods: str
) -> None:
    assert await preflight(server, path, "PUT") == (204, methods)


async def test_a_preflight_to_an_unrouted_path_is_not_answered_as_one(server: Server) -> None:
    status, methods = await preflight(server, "/nowhere", "PUT")
    assert (status, methods) == (404, None)


async def test_the_preflight_allows_the_idempotency_key_header(server: Server) -> None:
    headers = {"Origin": "https://app.example", "Access-Control-Request-Method": "POST"}
    async with server.session.options(server.api("/streams/produce"), headers=headers) as resp:
        assert "Idempotency-Key" in resp.headers["Access-Control-Allow-Headers"]


# -- schema drift ---------------------------------------------------------------------


async def test_the_schema_states_the_enforced_buffer_limit() -> None:
    srv = await start_server(make_settings(max_stream_buffer=500))
    try:
        async with srv.session.get(f"{srv.url}/api/openapi.json") as resp:
            document = await resp.json()
        props = document["components"]["schemas"]["StreamCreateRequest"]["properties"]
        for field in ("max_buffer_size", "replay_size"):
            [integer] = [o for o in props[field]["anyOf"] if o.get("type") == "integer"]
            assert integer["maximum"] == 500
            status, body = await srv.post(
                "/streams/real-time-captions", {"name": f"s-{field}", field: 501}
            )
            assert status == 422
            assert body["errors"][0]["loc"] == field
            assert (await srv.post("/streams/real-time-captions", {field: 500}))[0] == 201
    finally:
        await stop_server(srv)


async def test_an_empty_kind_is_a_400_naming_it(server: Server) -> None:
    await server.post("/streams/real-time-captions", {"name": "s"})
    async with server.session.get(server.api("/flows/s/graph?kind=")) as resp:
        body = await resp.json(content_type=None)
    assert resp.status == 400
    assert body["errors"][0]["loc"] == "kind"
    assert "got ''" in body["detail"]


@pytest.mark.parametrize(
    ("path", "param"),
    [
        ("/streams/consume/live?limit=", "limit"),
        ("/streams/consume/live?group=", "group"),
        ("/events/stream/{sub}?limit=", "limit"),
        ("/metrics/live?limit=", "limit"),
    ],
)
async def test_an_empty_query_value_is_a_400_naming_it(
    server: Server, path: str, param: str
) -> None:
    """Like ``kind=``: the schema says an integer >= 1 / a non-empty string, but an empty
    ``limit=`` read as no limit and an empty ``group=`` as no group (a fan-out reader
    instead of a group member), with no word to the client."""
    await server.post("/streams/real-time-captions", {"name": "live"})
    _, sub = await server.post("/events/subscribe", {"pattern": "*"})
    url = path.format(sub=sub["subscription_id"])
    full = f"{server.url}{url}" if url.startswith("/metrics") else server.api(url)
    async with server.session.get(full) as resp:
        assert resp.status == 400, resp.headers  # was a 200 feed (its headers are enough)
        body = await resp.json(content_type=None)
    [error] = body["errors"]
    assert error["loc"] == param
    assert "got ''" in error["msg"]


# -- names --------------------------------------------------------------------------


@pytest.mark.parametrize("name", [".", "..", "..."])
@pytest.mark.parametrize(
    ("path", "field"),
    [
        ("/streams/real-time-captions", "name"),
        ("/pipelines/caption-generation", "name"),
        ("/state-machines/caption-workflow", "name"),
    ],
)
async def test_dot_names_are_refused_at_creation(
    server: Server, name: str, path: str, field: str
) -> None:
    status, body = await server.post(path, {field: name})
    assert status == 422, body
    [error] = body["errors"]
    assert error["loc"] == field
    assert "add a letter or a digit" in error["msg"]
    assert name not in server.svc.manager.streams


# -- idempotent produce -----------------------------------------------------------------


async def produce(server: Server, body: Any, key: str | None) -> tuple[int, Any, str | None]:
    headers = {} if key is None else {"Idempotency-Key": key}
    async with server.session.post(
        server.api("/streams/produce"), json=body, headers=headers
    ) as resp:
        return (
            resp.status,
            await resp.json(content_type=None),
            resp.headers.get("Idempotent-Replayed"),
        )


async def test_a_retry_with_the_same_key_is_stored_once(server: Server) -> None:
    await server.post("/streams/real-time-captions", {"name": "live"})
    batch = {"stream": "live", "items": [{"n": 1}, {"n": 2}]}
    first = await produce(server, batch, "k-1")
    again = await produce(server, batch, "k-1")
    assert first[0] == again[0] == 202
    assert again[1] == first[1]
    assert (first[2], again[2]) == (None, "true")
    assert server.svc.manager.streams["live"].produced == 2  # not 4
    status, body, _ = await produce(server, {"stream": "live", "items": [{"n": 3}]}, "k-1")
    assert status == 422
    assert body["errors"][0]["loc"] == "Idempotency-Key"
    assert (await produce(server, batch, None))[0] == 202  # without a key: stored again
    assert server.svc.manager.streams["live"].produced == 4


async def test_a_produce_cut_off_mid_way_is_never_stored_twice(server: Server) -> None:
    """The issue's case: the batch is stored, then the backend fails (a 503), and the
    client retries. The key stays held: the retry is a 409, never a second store."""
    await server.post("/streams/real-time-captions", {"name": "live"})
    stream = server.svc.manager.streams["live"]
    real = stream.produce_many
    calls: list[int] = []

    async def stored_then_cut_off(items: Any, timeout: float | None = None) -> Any:
        calls.append(len(items))
        await real(items, timeout)
        raise BackendUnavailableError("redis", "connection reset mid-reply")

    stream.produce_many = stored_then_cut_off  # type: ignore[method-assign]
    batch = {"stream": "live", "items": [1, 2, 3]}
    status, _, _ = await produce(server, batch, "cut")
    assert status == 503
    stream.produce_many = real  # type: ignore[method-assign]
    status, body, _ = await produce(server, batch, "cut")
    assert status == 409, body
    assert "not run twice" in body["detail"]
    assert stream.produced == 3
    assert calls == [3]


async def test_a_refused_batch_frees_its_key(server: Server) -> None:
    await server.post(
        "/streams/real-time-captions", {"name": "tiny", "max_buffer_size": 1, "overflow": "error"}
    )
    await produce(server, {"stream": "tiny", "items": [0]}, None)
    full = await produce(server, {"stream": "tiny", "items": [1]}, "k")
    assert full[0] == 429
    assert full[1]["accepted"] == 0
    server.svc.manager.streams["tiny"].close()
    # nothing was stored: the same key may run again (the stream is closed now: 4xx, not 409)
    status, body, _ = await produce(server, {"stream": "tiny", "items": [1]}, "k")
    assert status != 409, body


async def test_concurrent_retries_store_once(server: Server) -> None:
    await server.post("/streams/real-time-captions", {"name": "live"})
    batch = {"stream": "live", "items": list(range(50))}
    results = await asyncio.gather(*(produce(server, batch, "same") for _ in range(8)))
    assert {r[0] for r in results} <= {202, 409}
    assert server.svc.manager.streams["live"].produced == 50


async def test_a_malformed_key_is_a_400_naming_the_header(server: Server) -> None:
    await server.post("/streams/real-time-captions", {"name": "live"})
    status, body, _ = await produce(server, {"stream": "live", "items": [1]}, "x" * 256)
    assert status == 400
    assert body["errors"][0]["loc"] == "Idempotency-Key"


async def test_the_key_holds_across_instances_on_redis() -> None:
    prefix = f"cftest:{secrets.token_hex(4)}:"
    settings = make_settings(redis_url=REDIS_URL, redis_prefix=prefix)
    a, b = await start_server(settings), await start_server(settings)
    try:
        assert (await a.post("/streams/real-time-captions", {"name": "shared"}))[0] == 201
        batch = {"stream": "shared", "items": [{"n": 1}, {"n": 2}]}
        first = await produce(a, batch, "across")
        retry = await produce(b, batch, "across")
        assert (first[0], retry[0], retry[2]) == (202, 202, "true")
        assert retry[1]["last_id"] == first[1]["last_id"]
        stream = await b.svc.manager.find_stream("shared")
        info = await stream.info()  # type: ignore[attr-defined]
        assert info["length"] == 2  # in Redis, shared by both: stored once
    finally:
        await stop_server(a)
        await stop_server(b)
        await delete_prefix(REDIS_URL, prefix)


# -- gzip -------------------------------------------------------------------------------


def post_raw(process: Process, body: bytes, headers: dict[str, str]) -> tuple[int, Any]:
    request = urllib.request.Request(
        process.api("/streams/produce"), data=body, method="POST", headers=headers
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def test_a_broken_gzip_body_is_a_400_and_no_error_is_logged(process: Process) -> None:
    before = len(process.log)
    good = gzip.compress(json.dumps({"stream": "nope", "items": [1]}).encode())
    headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
    status, body = post_raw(process, good[:-9] + b"\x00" * 9, headers)  # truncated
    assert (status, body["title"]) == (400, "Malformed body")
    status, body = post_raw(process, b"not gzip at all", headers)
    assert (status, body["title"]) == (400, "Malformed body")
    assert body["errors"][0]["loc"] == "(body)"
    status, _ = post_raw(process, good, headers)
    assert status == 404  # a good gzip body is read (the stream does not exist)
    process.wait_for_log(lambda log: sum("POST /api/v14" in line for line in log[before:]) == 3)
    added = "".join(process.log[before:])
    assert "ERROR" not in added
    assert "Traceback" not in added


def raw_request(process: Process, data: bytes) -> bytes:
    """Send ``data`` as it is on a new connection: everything the server answers."""
    with socket.create_connection(("127.0.0.1", process.port), timeout=10) as sock:
        sock.sendall(data)
        answer = b""
        while chunk := sock.recv(65_536):
            answer += chunk
        return answer


def produce_with(headers: str, body: bytes) -> bytes:
    head = (
        f"POST {API}/streams/produce HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        f"{headers}Content-Length: {len(body)}\r\n\r\n"
    )
    return head.encode() + body


MALFORMED = {
    "an encoding it cannot decode": produce_with("Content-Encoding: br\r\n", b"x"),
    "a broken deflate body": produce_with("Content-Encoding: deflate\r\n", b"x"),
    "a header line without a colon": b"GET /health HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n",
    "a header line too long": b"GET /health HTTP/1.1\r\nHost: x\r\nX: "
    + b"a" * 70_000
    + b"\r\n\r\n",
    "a chunk size that is no number": (
        f"POST {API}/streams/produce HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        "Transfer-Encoding: chunked\r\n\r\nZZ\r\nabc\r\n0\r\n\r\n"
    ).encode(),
}


@pytest.mark.parametrize("what", MALFORMED)
def test_a_malformed_request_is_a_400_logged_in_one_line(process: Process, what: str) -> None:
    """Any request aiohttp cannot parse or decode (not only a broken gzip) was a 400 and
    an ERROR with a 12-line traceback in the log, for each request a client sends."""
    before = len(process.log)
    answer = raw_request(process, MALFORMED[what])
    assert answer.startswith(b"HTTP/1.0 400 Bad Request\r\n"), answer[:200]
    process.wait_for_log(lambda log: any("malformed request" in x for x in log[before:]))
    process.wait_for_log(lambda log: any('" 400 ' in x for x in log[before:]))
    added = process.log[before:]
    assert not any("ERROR" in line or "Traceback" in line for line in added), added
    [line] = [line for line in added if "malformed request" in line]
    assert " INFO " in line
    assert "from 127.0.0.1: " in line
    assert len(added) == 2, added  # the refusal and the access line
    assert sum(map(len, added)) < 1_000, added
