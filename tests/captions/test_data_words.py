"""Every word list in the engine's data is words: YAML 1.1 reads a bare ``no``, ``off``,
``on`` or ``yes`` as a boolean, and the word lists held ``False`` where they meant "no"
(Portuguese ``place_preps``: "no Porto"), "off" (English sale cues, "20 off"; generic
nouns) and "no" (what a dish comes without); each word read as the string "false".
"""

from __future__ import annotations

from importlib import resources
from typing import Any

import pytest
import yaml

DATA = resources.files("captions") / "data"
FILES = sorted(
    f"{folder.name}/{file.name}"
    for folder in DATA.iterdir()
    if folder.is_dir()
    for file in folder.iterdir()
    if file.name.endswith(".yaml")
)


def _booleans_in_lists(value: Any, path: str) -> list[str]:
    if isinstance(value, dict):
        return [b for k, v in value.items() for b in _booleans_in_lists(v, f"{path}/{k}")]
    if isinstance(value, list):
        found = [f"{path}[{i}]" for i, v in enumerate(value) if isinstance(v, bool)]
        return found + [b for i, v in enumerate(value) for b in _booleans_in_lists(v, path)]
    return []


def test_the_data_has_yaml_files() -> None:
    assert len(FILES) >= 18  # lexicon, templates and hashtags, six languages each


@pytest.mark.parametrize("name", FILES)
def test_no_word_list_holds_a_boolean(name: str) -> None:
    data = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
    assert _booleans_in_lists(data, name) == []
