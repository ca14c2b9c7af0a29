"""A stream's ``max_bytes`` in a flow file: bounded, and what the stream gets."""

from __future__ import annotations

import pytest

from flows import (
    FlowConfig,
    FlowConfigError,
    FlowFileError,
    FlowManager,
    Stream,
    build_registry,
    install,
    load_flow_file,
)

TEXT = "kind: stream\nname: s\nmax_bytes: {}\n"


async def test_a_flow_file_sets_the_stream_byte_budget() -> None:
    registry = build_registry(entry_points=False)
    [spec] = load_flow_file("s.yaml", registry, text=TEXT.format(4096), env={})
    manager = FlowManager(registry=registry)
    installed = await install(spec, manager, registry)
    assert isinstance(installed.flow, Stream)
    assert installed.flow.max_bytes == 4096


def test_a_byte_budget_under_a_kibibyte_is_a_located_problem() -> None:
    registry = build_registry(entry_points=False)
    with pytest.raises(FlowFileError, match="max_bytes") as caught:
        load_flow_file("s.yaml", registry, text=TEXT.format(100), env={})
    assert str(caught.value).startswith("s.yaml:3:")


async def test_a_byte_budget_over_the_process_budget_is_refused() -> None:
    registry = build_registry(entry_points=False)
    [spec] = load_flow_file("s.yaml", registry, text=TEXT.format(2 * 1_048_576), env={})
    manager = FlowManager(FlowConfig(max_memory_mb=1), registry=registry)
    with pytest.raises(FlowConfigError, match="more than the process's memory budget"):
        await install(spec, manager, registry)
    assert manager.streams == {}
