"""Loading flow files and directories: :func:`load_flow_file`, :func:`lint_paths`.

:func:`load_flow_file` raises :class:`FlowFileError` with every located problem of a
file; :func:`lint_paths` collects them over files and directories and also checks
that flow names are unique across them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from .._problems import FlowFileError, Problem
from .._registry import Registry
from ._check import check_document
from ._schema import FlowSpec
from ._yaml import load_yaml

__all__ = ["find_flow_files", "lint_paths", "load_flow_file"]


def find_flow_files(paths: Iterable[str | Path]) -> list[Path]:
    """Every ``*.yaml``/``*.yml`` file under ``paths`` (files are taken as given).

    Raises:
        FileNotFoundError: a path does not exist.
    """
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.suffix in (".yaml", ".yml"))
        elif path.exists():
            found.append(path)
        else:
            msg = f"no such file or directory: {path}"
            raise FileNotFoundError(msg)
    return found


def load_flow_file(
    path: str | Path,
    registry: Registry,
    *,
    text: str | None = None,
    env: Mapping[str, str] | None = None,
) -> list[FlowSpec]:
    """Load and check one flow file.

    Raises:
        FlowFileError: every problem found, each located.
    """
    doc = load_yaml(path, text=text, env=env)
    specs, problems = check_document(doc, registry)
    if problems:
        raise FlowFileError(problems)
    return specs


def lint_paths(
    paths: Iterable[str | Path], registry: Registry, *, env: Mapping[str, str] | None = None
) -> tuple[list[FlowSpec], list[Problem]]:
    """Check every flow file under ``paths``; flow names must be unique across them."""
    specs: list[FlowSpec] = []
    problems: list[Problem] = []
    for path in find_flow_files(paths):
        try:
            specs += load_flow_file(path, registry, env=env)
        except FlowFileError as error:
            problems += error.problems
    first: dict[str, FlowSpec] = {}
    for spec in specs:
        other = first.setdefault(spec.name, spec)
        if other is not spec:
            where = f"{other.file}:{other.doc.locate((*other.loc, 'name')).line}"
            problems.append(
                spec.doc.problem(
                    (*spec.loc, "name"),
                    f"flow name '{spec.name}' is already used (first at {where})",
                    flow=spec.name,
                    hint="flow names are unique across the directory",
                )
            )
    return specs, problems
