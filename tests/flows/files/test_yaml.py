"""The safe YAML loader: marks, tags, alias bombs, size cap, interpolation."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from flows import FlowFileError, load_yaml
from flows.files import MAX_DEPTH, MAX_NODES

# the classic "billion laughs": 431 bytes, accepted by yaml.safe_load (which shares
# the nested lists), 10**9 strings for anything that walks it
BILLION_LAUGHS = """\
# billion laughs
a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
"""


def error_of(text: str, env: dict[str, str] | None = None) -> FlowFileError:
    with pytest.raises(FlowFileError) as caught:
        load_yaml("flow.yaml", text=text, env=env or {})
    return caught.value


def test_values_keep_their_line_and_column() -> None:
    doc = load_yaml("f.yaml", text="kind: pipeline\nsteps:\n  - id: a\n    type: retry\n", env={})
    assert doc.data == {"kind": "pipeline", "steps": [{"id": "a", "type": "retry"}]}
    mark = doc.locate(("steps", 0, "type"))
    assert (mark.line, mark.column) == (4, 11)
    key = doc.locate(("steps", 0, "type"), key=True)
    assert (key.line, key.column) == (4, 5)
    # a missing path falls back to its nearest ancestor
    assert doc.locate(("steps", 0, "nope")).line == 3


def test_billion_laughs_is_refused_at_the_alias_that_sets_it_off() -> None:
    assert len(BILLION_LAUGHS.encode()) == 431
    assert isinstance(yaml.safe_load(BILLION_LAUGHS), dict)  # the point: safe_load takes it
    error = error_of(BILLION_LAUGHS)
    problem = error.first
    assert (problem.file, problem.line) == ("flow.yaml", 7)
    assert problem.column == 8
    assert f"more than {MAX_NODES} values" in problem.message
    assert "billion laughs" in problem.message


def test_a_recursive_alias_is_refused() -> None:
    error = error_of("a: &a [1, *a]\n")
    assert "recursive alias" in str(error)


@pytest.mark.parametrize("levels", [MAX_DEPTH + 1, 330, 100_000])
def test_deep_flow_nesting_is_refused_at_the_first_node_too_deep(levels: int) -> None:
    # PyYAML composes recursively: ~330 levels were a RecursionError (a 500 over REST)
    error = error_of(f"a: {'[' * levels}{']' * levels}\n")
    [problem] = error.problems
    assert (problem.line, problem.column) == (1, 4 + MAX_DEPTH)
    assert f"nesting deeper than {MAX_DEPTH} levels" in problem.message
    assert problem.hint is not None


def test_deep_block_nesting_is_refused_at_its_line() -> None:
    text = "a:\n" + "".join("  " * i + "b:\n" for i in range(1, 400))
    problem = error_of(text).first
    assert problem.line == MAX_DEPTH + 1
    assert "nesting deeper than" in problem.message


def test_nesting_up_to_the_limit_loads() -> None:
    doc = load_yaml("f.yaml", text=f"a: {'[' * MAX_DEPTH}{']' * MAX_DEPTH}\n", env={})
    assert isinstance(doc.data["a"], list)


def test_shared_aliases_below_the_limit_are_fine() -> None:
    doc = load_yaml("f.yaml", text="a: &x {k: 1}\nb: [*x, *x]\n", env={})
    assert doc.data == {"a": {"k": 1}, "b": [{"k": 1}, {"k": 1}]}


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ('x: !!python/object/apply:os.system ["echo hi"]\n', "!!python/object/apply:os.system"),
        ("x: !!python/name:os.system\n", "!!python/name:os.system"),
        ("x: !custom 1\n", "!custom"),
        ("x: !!binary aGk=\n", "!!binary"),
        ("x: !!set {a}\n", "!!set"),
    ],
)
def test_tags_are_refused(text: str, tag: str) -> None:
    problem = error_of(text).first
    assert (problem.line, problem.column) == (1, 4)
    assert f"tag '{tag}' is not allowed" in problem.message
    assert problem.hint == "use plain YAML values: no tags"


def test_python_tag_says_why() -> None:
    assert "it would run Python code" in str(error_of("x: !!python/object:os.system {}\n"))


def test_files_over_the_size_cap_are_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    big.write_text("x: " + "a" * 2000 + "\n")
    with pytest.raises(FlowFileError) as caught:
        load_yaml(big, max_bytes=1000)
    problem = caught.value.first
    assert problem.file == str(big)
    assert (problem.line, problem.column) == (1, 1)
    assert "file is 2004 bytes; flow files may be at most 1000 bytes" in problem.message


def test_default_size_cap_is_one_mebibyte() -> None:
    text = "x: '" + "a" * (1 << 20) + "'\n"
    assert "may be at most 1048576 bytes" in str(error_of(text))


def test_interpolation_from_the_environment() -> None:
    text = "a: ${HOST}:${PORT:8080}\nb: $${NOT_A_VAR}\nc: plain\n"
    doc = load_yaml("f.yaml", text=text, env={"HOST": "example.org"})
    assert doc.data == {"a": "example.org:8080", "b": "${NOT_A_VAR}", "c": "plain"}


def test_an_empty_default_is_allowed() -> None:
    assert load_yaml("f.yaml", text="a: x${EMPTY:}y\n", env={}).data == {"a": "xy"}


def test_a_missing_variable_names_itself_file_and_line() -> None:
    problem = error_of("a: 1\nb: prefix-${API_TOKEN}\n").first
    assert (problem.file, problem.line, problem.column) == ("flow.yaml", 2, 4)
    assert problem.message == "environment variable 'API_TOKEN' is not set (used as '${API_TOKEN}')"
    assert problem.hint == "set API_TOKEN, or give a default: ${API_TOKEN:value}"


def test_a_malformed_reference_is_an_error() -> None:
    assert "'${1X}' is not a valid variable reference" in str(error_of("a: ${1X}\n"))


def test_keys_stay_strings_and_dates_stay_text() -> None:
    doc = load_yaml("f.yaml", text="on: go\nyes: 1\nwhen: 2024-01-02\n", env={})
    assert doc.data == {"on": "go", "yes": 1, "when": "2024-01-02"}


def test_duplicate_keys_are_errors() -> None:
    problem = error_of("a: 1\nb: 2\na: 3\n").first
    assert (problem.line, problem.column) == (3, 1)
    assert problem.message == "duplicate key 'a' (first at line 1)"


def test_merge_keys_fill_in_without_overriding() -> None:
    doc = load_yaml("f.yaml", text="d: &d {a: 1, b: 2}\nm:\n  <<: *d\n  b: 3\n", env={})
    assert doc.data["m"] == {"a": 1, "b": 3}


def test_yaml_syntax_errors_are_located() -> None:
    problem = error_of("a:\n  - [1, 2\n").first
    assert problem.line == 3
    assert problem.message.startswith("not valid YAML:")


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("a:\n\tb: 1\n", "indent with spaces: YAML does not allow tabs"),
        ("a: b: c\n", "quote a value that holds ': '"),
        ("a:\n  b: 1\n c: 2\n", "line this up with its siblings"),
        ("a: 'abc\n", "a quote is never closed"),
        ("a: [1, 2\n", "a '[' is never closed"),
        ("a: {b: 1\n", "a '{' is never closed"),
        ("a: *x\n", "define the anchor (&name) above its first use"),
    ],
)
def test_yaml_syntax_errors_carry_a_hint(text: str, hint: str) -> None:
    problem = error_of(text).first
    assert problem.hint is not None
    assert hint in problem.hint
    assert f"— {problem.hint}" in str(problem)


def test_several_documents_are_an_error_whose_hint_says_how_to_write_several_flows() -> None:
    problem = error_of("a: 1\n---\nb: 2\n").first
    assert "not valid YAML" in str(problem)
    assert problem.line == 2  # the second document's '---'
    # it said "check the indentation ...": nothing to do with the fault
    assert problem.hint is not None
    assert "indentation" not in problem.hint
    assert "a list of flows" in problem.hint


def test_an_unreadable_file_names_itself(tmp_path: Path) -> None:
    with pytest.raises(FlowFileError) as caught:
        load_yaml(tmp_path / "missing.yaml")
    assert str(caught.value).startswith(f"{tmp_path / 'missing.yaml'}:1:1: cannot read the file")
