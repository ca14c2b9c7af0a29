"""docs/architecture.md is true where it can be run: each of its Python examples runs
and prints exactly the text block under it, and every module path it names exists."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOC = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
EXAMPLES = re.findall(r"```python\n(.*?)```\n\n```text\n(.*?)```", DOC, flags=re.DOTALL)


def test_the_doc_has_its_examples() -> None:
    # a stage, an operator, a wrap operator, a backend, a processor step
    assert len(EXAMPLES) == 5
    assert DOC.count("```python") == len(EXAMPLES), "every example shows its output"


@pytest.mark.parametrize(("program", "shown"), EXAMPLES, ids=lambda s: s.split("\n")[-2][:30])
def test_an_example_prints_what_the_doc_shows(program: str, shown: str, tmp_path: Path) -> None:
    script = tmp_path / "example.py"
    script.write_text(program, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script)],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == shown


def test_the_files_it_names_exist() -> None:
    found = re.findall(r"`((?:app|captions|flows|operators|tests)/[\w/]+\.py)`", DOC)
    # ``operators/_name.py`` and the like are where a new module would go
    named = {path for path in found if not re.search(r"(_|/test_)name\.py$", path)}
    assert named, "the doc names modules"
    missing = sorted(path for path in named if not (ROOT / path).is_file())
    assert not missing, f"docs/architecture.md names files that do not exist: {missing}"
