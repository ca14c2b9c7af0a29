"""The engine's data files (templates, lexicon, hashtag taxonomy) and the shipped flows
and examples under config/ are read with PyYAML, which keeps the last of two equal keys
without a word: a second entry for a term (or a second `4:` weight list of an intent)
silently replaces the first. No file may define a key twice."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

import captions

DATA = Path(captions.__file__).parent / "data"
CONFIG = Path(captions.__file__).parent.parent / "config"
FILES = sorted(
    path
    for folder in (DATA, CONFIG)
    for pattern in ("*.yaml", "*.yml")
    for path in folder.rglob(pattern)
)


class _Strict(yaml.SafeLoader):
    """A safe loader that refuses a mapping with a key written twice."""


def _mapping(loader: _Strict, node: yaml.MappingNode) -> dict[Any, Any]:
    seen: dict[Any, int] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)
        if key in seen:
            raise AssertionError(
                f"{key_node.start_mark.name}:{key_node.start_mark.line + 1}: key {key!r} "
                f"already defined on line {seen[key] + 1}"
            )
        seen[key] = key_node.start_mark.line
    return loader.construct_mapping(node)


_Strict.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def test_the_data_files_are_found() -> None:
    assert len([p for p in FILES if DATA in p.parents]) >= 18  # three kinds, six languages
    assert any(CONFIG in p.parents for p in FILES)  # the shipped flows and examples


def test_the_strict_loader_refuses_a_key_written_twice() -> None:
    text = "intents:\n  launch:\n    4: [new]\n    2: [fresh]\n    4: [live]\n"
    with pytest.raises(AssertionError, match="key 4 already defined on line 3"):
        yaml.load(text, Loader=_Strict)  # a SafeLoader subclass: safe


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_key_is_defined_twice(path: Path) -> None:
    with path.open(encoding="utf-8") as handle:
        yaml.load(handle, Loader=_Strict)  # a SafeLoader subclass: safe
