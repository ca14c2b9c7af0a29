"""FileFlowStore: the flow-store protocol on disk, one JSON file per flow, atomic writes."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from flows import FlowConfigError
from flows.backends import FileFlowStore, FlowStore


async def test_definitions_round_trip_like_the_other_stores(tmp_path: Path) -> None:
    store: FlowStore = FileFlowStore(tmp_path / "flows")
    spec = {"kind": "pipeline", "stages": ["validate", "caption"], "config": {"timeout": 2.5}}
    assert await store.list() == []
    await store.save("pipeline", "captions", spec)
    await store.save("stream", "live", {"max_buffer_size": 100})
    await store.save("stream", "a:b", {"max_buffer_size": 5})
    assert await store.load("pipeline", "captions") == spec
    assert await store.load("pipeline", "nope") is None
    assert await store.list() == [("pipeline", "captions"), ("stream", "a:b"), ("stream", "live")]
    assert await store.list("stream") == [("stream", "a:b"), ("stream", "live")]
    assert await store.list("machine") == []
    assert await store.delete("stream", "live")
    assert not await store.delete("stream", "live")
    await store.save("pipeline", "captions", {"kind": "pipeline"})  # replace
    assert await store.load("pipeline", "captions") == {"kind": "pipeline"}


async def test_each_flow_is_one_readable_file(tmp_path: Path) -> None:
    store = FileFlowStore(tmp_path)
    await store.save("rest", "captions", {"kind": "pipeline", "name": "captions", "note": "é"})
    path = tmp_path / "rest" / "captions.json"
    assert store.path_for("rest", "captions") == path
    assert json.loads(path.read_text(encoding="utf-8"))["note"] == "é"
    assert [p.name for p in path.parent.iterdir()] == ["captions.json"]  # no temp file left


async def test_any_name_stays_inside_the_directory_and_comes_back(tmp_path: Path) -> None:
    store = FileFlowStore(tmp_path / "flows")
    names = ["..", ".", "../escape", "a/b", "100%", "x.json", "~home", "ünï"]
    for name in names:
        await store.save("rest", name, {"name": name})
    for name in names:
        path = store.path_for("rest", name)
        assert path.parent == tmp_path / "flows" / "rest"
        assert await store.load("rest", name) == {"name": name}
    assert sorted(n for _, n in await store.list("rest")) == sorted(names)
    with pytest.raises(ValueError, match="name cannot be empty"):
        await store.save("rest", "", {})


async def test_a_failed_write_keeps_the_old_definition(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = FileFlowStore(tmp_path)
    await store.save("rest", "x", {"version": 1})

    def crash(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError, match="disk full"):
        await store.save("rest", "x", {"version": 2})
    monkeypatch.undo()
    assert await store.load("rest", "x") == {"version": 1}
    assert [p.name for p in (tmp_path / "rest").iterdir()] == ["x.json"]
    with pytest.raises(FlowConfigError, match="JSON-serializable"):
        await store.save("rest", "x", {"bad": object()})
    with pytest.raises(FlowConfigError, match="JSON-serializable"):
        await store.save("rest", "x", {"nan": float("nan")})
    assert await store.load("rest", "x") == {"version": 1}


async def test_temporary_and_foreign_files_are_not_listed(tmp_path: Path) -> None:
    store = FileFlowStore(tmp_path)
    await store.save("rest", "x", {})
    (tmp_path / "rest" / ".x.json.abc.tmp").write_text("{")
    (tmp_path / "rest" / "notes.txt").write_text("hi")
    (tmp_path / "README").write_text("not a kind")
    assert await store.list() == [("rest", "x")]


async def test_a_corrupt_file_is_named(tmp_path: Path) -> None:
    store = FileFlowStore(tmp_path)
    path = store.path_for("rest", "x")
    path.parent.mkdir(parents=True)
    path.write_text("{not json")
    with pytest.raises(ValueError, match=r"x\.json: not valid JSON"):
        await store.load("rest", "x")
    path.write_text("[1, 2]")
    with pytest.raises(ValueError, match="expected a JSON object, found list"):
        await store.load("rest", "x")
