"""The README's examples are true: its Python program runs and prints what it shows,
and the files its commands name are shipped."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def section(title: str) -> str:
    start = README.index(f"\n## {title}")
    end = README.find("\n## ", start + 1)
    return README[start : end if end != -1 else None]


def blocks(text: str, language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", text, flags=re.DOTALL)


def test_the_python_api_program_prints_what_the_readme_shows(tmp_path: Path) -> None:
    text = section("The Python API")
    [program] = blocks(text, "python")
    [shown] = blocks(text, "text")
    script = tmp_path / "example.py"
    script.write_text(program, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, str(script)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == shown


def test_the_files_the_commands_upload_are_shipped() -> None:
    uploads = re.findall(r"--data-binary @(\S+)", README)
    assert uploads, "the README uploads a flow file"
    for path in uploads:
        assert (ROOT / path).is_file(), f"the README uploads {path}, which is not shipped"


def test_the_commands_name_existing_flow_files() -> None:
    for path in re.findall(r"captionflow \w+ (config/\S+\.yaml)", README):
        assert (ROOT / path).is_file(), path
