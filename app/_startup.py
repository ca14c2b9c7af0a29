"""Start-up failures as one clear line each (exit code 2), never a traceback.

What stops the service before it serves, and what it prints::

    CAPTIONFLOW_PORT='abc': Input should be a valid integer, ... (the variable, not the field)
    CAPTIONFLOW_REDIS_URL: 'redis://h:1/x': the database 'x' is not a number; expected ...
    cannot listen on 127.0.0.1:8080: address already in use (CAPTIONFLOW_HOST, ...)
    config/flows/x.yaml:3:23: x/a: unknown step type 'retyr'; ... (one line per problem)

Anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence

from pydantic import ValidationError
from pydantic_settings import SettingsError

from flows import FlowConfigError, FlowFileError

__all__ = ["USAGE", "StartupError", "fail", "startup_lines"]

USAGE = 2
"""The exit code of a configuration error (as the CLI's)."""

_PREFIX = "CAPTIONFLOW_"
_SECRET = {"api_key", "openai_api_key", "redis_url"}  # never echoed back
_FIELD = re.compile(r'field "(?P<field>[^"]+)"')


class StartupError(Exception):
    """The service cannot start; the message says why and what to do, in one line."""


def _variable(field: object) -> str:
    return f"{_PREFIX}{str(field).upper()}"


def _settings_lines(error: ValidationError | SettingsError) -> list[str]:
    if isinstance(error, SettingsError):  # a value pydantic-settings could not decode
        match = _FIELD.search(str(error))
        name = _variable(match["field"]) if match else "a CAPTIONFLOW_ variable"
        return [f'{name}: not valid JSON (lists and mappings are JSON, e.g. ["a", "b"])']
    lines = []
    for item in error.errors():
        field = item["loc"][0] if item["loc"] else ""
        message = item["msg"].removeprefix("Value error, ")
        if field in _SECRET or "input" not in item:
            lines.append(f"{_variable(field)}: {message}")
        else:
            lines.append(f"{_variable(field)}={item['input']!r}: {message}")
    return lines


def startup_lines(error: BaseException) -> list[str] | None:
    """The lines that explain a known start-up failure, or None for any other error."""
    if isinstance(error, ValidationError | SettingsError):
        return _settings_lines(error)
    if isinstance(error, StartupError):
        return [str(error)]
    if isinstance(error, FlowFileError):
        return [str(p) for p in error.problems]
    if isinstance(error, FlowConfigError):
        return [" ".join(str(error).split())]
    return None


def fail(lines: Sequence[str]) -> int:
    """Print each line to stderr as ``captionflow: ...``; the exit code (2)."""
    for line in lines:
        print(f"captionflow: {line}", file=sys.stderr)
    return USAGE
