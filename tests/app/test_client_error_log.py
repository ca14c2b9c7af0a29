"""The server logger of the runner: a client's malformed request is one INFO line; a
fault of the server keeps aiohttp's ERROR and traceback (issue 15 item 9)."""

from __future__ import annotations

import logging

import pytest
from aiohttp.http_exceptions import BadHttpMessage

from app._connections import ClientErrorLog


def test_a_malformed_request_is_one_info_line(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, "aiohttp.server")
    error = BadHttpMessage("Invalid header value char:\n\n  X: a\x01\n     ^")
    ClientErrorLog().exception("Error handling request from %s", "10.0.0.9", exc_info=error)
    [record] = caplog.records
    assert record.levelno == logging.INFO
    assert record.exc_info is None
    assert record.getMessage() == (
        "refused a malformed request from 10.0.0.9: Invalid header value char: X: a\x01 ^ (400)"
    )


def test_a_server_fault_keeps_its_error_and_traceback(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, "aiohttp.server")
    try:
        raise RuntimeError("a bug")
    except RuntimeError as error:
        ClientErrorLog().exception("Unhandled exception", exc_info=error)
    [record] = caplog.records
    assert record.levelno == logging.ERROR
    assert record.exc_info is not None
    assert record.exc_info[1] is not None
    assert str(record.exc_info[1]) == "a bug"
    assert record.getMessage() == "Unhandled exception"
