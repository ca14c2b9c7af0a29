"""Prints how many names the offline engine writes with their capitals in lower-case briefs.

Three measures over the blind reviews' briefs (``docs/captions-blind*-posts.jsonl``; the
test corpora's posts, ``tests/captions/*.jsonl``, for the last two), each caption as the
service finishes it (three variants, the blind run's request)::

    .venv/bin/python scripts/lower_case_names.py --save /tmp/main.json     # on main
    .venv/bin/python scripts/lower_case_names.py --against /tmp/main.json  # on a branch
    .venv/bin/python scripts/lower_case_names.py -v                        # each miss

- **typed in lower case**: the briefs typed so (most sentences open in lower case). The
  names a caption must write with capitals are those the ``expect`` line lists after
  "names:" (round 17 on), or else its words with a capital that the brief types in
  lower case ("… a dental clinic in Fremantle" over "… in fremantle"). A name is *left*
  in a variant when it stands there mid-sentence all in lower case once, *written* when
  it has a capital wherever it stands mid-sentence ("rio São Francisco" too).
- **lower-cased**: the briefs typed with capitals, lower-cased whole (German left out:
  every noun has a capital). Their own capitals mid-sentence are the truth: a word the
  brief writes with a capital is *written* or *left* in the caption; a word it writes
  only in lower case and the caption mid-sentence with a capital is a *false* capital.
- **typed with capitals**: the same briefs as typed; a word the brief writes only in
  lower case and the caption mid-sentence with a capital is a *false* capital (a date's
  short form, "Fri" for "fri", is one the engine means).

``--against`` lists every word whose capital differs from the saved run's, every other
change of words and every change of hashtags, to be read by a person: the counts say
how many, the list whether each change is right.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from captions import CaptionEngines, CaptionRequest  # noqa: E402
from captions._service import finish  # noqa: E402

_WORD = re.compile(r"(?<![#@/.\w'\u2019-])[^\W\d_]+(?:[-'\u2019][^\W\d_]+)*(?![\w@/#]|\.\w)")
_MARKUP = re.compile(r"https?://\S+|www\.\S+|\S+@\S+|[#@]\w+|\S+\.[a-z]{2,6}\b\S*")
# a word after these stands mid-sentence (its capital is the writer's, not the sentence's)
_MID = re.compile(r"[\w,;&+/\u2013\u2014-] *$")
# the briefs' lines of words with a capital ("Ponta Delgada", "Saint-Boniface")
_CAPITALISED = re.compile(
    r"[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:[-'\u2019][^\W\d_]+)*"
    r"(?:(?: (?:de|do|da|dos|das|di|del|della|la|le|du|des|von|am|an|im))? [A-ZÀ-ÖØ-Þ]"
    r"[^\W\d_]*(?:[-'\u2019][^\W\d_]+)*)*"
)


def _briefs() -> list[dict[str, str]]:
    """The blind briefs, then the test corpora's posts (no ``expect``: lower-cased only)."""
    out = []
    for path in sorted((ROOT / "docs").glob("captions-blind*-posts.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                out.append(json.loads(line))
    for path in (ROOT / "tests" / "captions").glob("*.jsonl"):
        for k, line in enumerate(path.read_text("utf-8").splitlines()):
            if line.strip():
                post = json.loads(line)
                lang = post.get("language") or post.get("lang") or "en"
                out.append({"id": f"{path.stem}-{k}", "content": post["content"], "lang": lang})
    return out


def lower_case(content: str) -> bool:
    """Whether ``content`` was typed in lower case: most sentences open without one."""
    letters = re.findall(r"(?:^|[.!?]\s+|\n)\W*([^\W\d_])", content)
    first = re.search(r"[^\W\d_]", content)
    opening = letters or ([first.group(0)] if first else [])
    return bool(opening) and sum(c.islower() for c in opening) / len(opening) > 0.7


def _captions(content: str, brief: dict[str, str], engines: CaptionEngines) -> dict[str, object]:
    fields = {k: brief[k] for k in ("tone", "length") if k in brief}
    request = CaptionRequest.model_validate(
        {"content": content, "variants": 3, "engine": "offline", **fields}
    )
    generated = engines.generate_offline(request)
    out = finish(request, generated.drafts, generated.language)
    return {
        "captions": [v.caption.removesuffix(" ".join(v.hashtags)).rstrip() for v in out],
        "tags": [" ".join(v.hashtags) for v in out],
    }


def _words(text: str) -> list[tuple[str, bool]]:
    """Each word of ``text`` outside markup, and whether it stands mid-sentence."""
    spans = [m.span() for m in _MARKUP.finditer(text)]
    return [
        (m.group(0), bool(_MID.search(text[: m.start()])))
        for m in _WORD.finditer(text)
        if not any(a <= m.start() < b for a, b in spans)
    ]


def _expected(brief: dict[str, str]) -> list[str]:
    """The names ``brief``'s caption must write with capitals, typed in lower case."""
    expect, content = brief.get("expect", ""), brief["content"]
    if "names:" in expect:
        listed = [n.strip(" .;") for n in expect.rsplit("names:", 1)[1].split(",")]
    else:
        listed = _CAPITALISED.findall(expect)
    out = []
    for name in listed:
        low = name.lower()
        if (
            len(name) > 2
            and name != low
            and re.search(rf"(?<![\w#@/.]){re.escape(low)}(?!\w)", content)
        ):
            out.append(name)
    return sorted(set(out))


def _typed(caption: str, name: str) -> str:
    """How ``caption`` writes ``name`` mid-sentence: written, left, or absent."""
    seen = set()
    for m in re.finditer(rf"(?<![\w#@/.]){re.escape(name.lower())}(?!\w)", caption, re.I):
        if not _MID.search(caption[: m.start()]):
            continue
        typed = m.group(0)
        seen.add("left" if typed == typed.lower() else "written")
    return "left" if "left" in seen else ("written" if seen else "absent")


def measure(engines: CaptionEngines) -> dict[str, object]:
    runs: dict[str, object] = {}
    for brief in _briefs():
        content = brief["content"]
        if lower_case(content):
            runs[brief["id"]] = {"kind": "typed", **_captions(content, brief, engines)}
            continue
        runs[brief["id"]] = {"kind": "capitals", **_captions(content, brief, engines)}
        if brief.get("lang") != "de":
            lowered = _captions(content.lower(), brief, engines)
            runs[brief["id"] + " lowered"] = {"kind": "lowered", **lowered}
    return runs


def report(runs: dict[str, object], verbose: bool) -> None:
    briefs = {b["id"]: b for b in _briefs()}
    typed: Counter[str] = Counter()
    lowered: Counter[str] = Counter()
    capitals: Counter[str] = Counter()
    per_language: dict[str, Counter[str]] = {}
    for key, run in runs.items():
        brief, captions = briefs[key.removesuffix(" lowered")], run["captions"]  # type: ignore[index]
        language = brief.get("lang", "?")
        if run["kind"] == "typed":  # type: ignore[index]
            for name in _expected(brief):
                for k, caption in enumerate(captions):
                    state = _typed(caption, name)
                    typed[state] += 1
                    per_language.setdefault(language, Counter())[state] += 1
                    if verbose and state == "left":
                        print(f"  left  {key} v{k + 1}: {name}")
            continue
        words = _words(brief["content"])
        names = {w.lower() for w, mid in words if mid and w[:1].isupper()}
        plain = {w for w, _ in words if w == w.lower()} - {
            w.lower() for w, _ in words if w[:1].isupper()
        }
        counts = capitals if run["kind"] == "capitals" else lowered  # type: ignore[index]
        for k, caption in enumerate(captions):
            for word, mid in _words(caption):
                low = word.lower()
                if not mid:
                    continue
                if low in names:
                    counts["written" if word != low else "left"] += 1
                elif low in plain and word != low:
                    counts["false"] += 1
                    if verbose:
                        print(f"  false {key} v{k + 1}: {word}")
    print(
        f"typed in lower case: {typed['written']} names written, {typed['left']} left in"
        f" lower case ({typed['absent']} name-variants not in the caption)"
    )
    for language, counts in sorted(per_language.items()):
        print(f"  {language}: {counts['written']} written, {counts['left']} left")
    print(
        f"lower-cased (not de): {lowered['written']} names written, {lowered['left']} left,"
        f" {lowered['false']} false capitals"
    )
    print(f"typed with capitals: {capitals['false']} false capitals")


def differences(runs: dict[str, object], saved: dict[str, object]) -> None:
    """Every word whose capital differs from the saved run's, with its sentence."""
    for key, run in runs.items():
        other = saved.get(key)
        if other is None:
            continue
        for k, (mine, theirs) in enumerate(
            zip(run["captions"], other["captions"], strict=False)  # type: ignore[index]
        ):
            if mine == theirs:
                continue
            if mine.lower() != theirs.lower():
                a, b = theirs.split(), mine.split()
                for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b).get_opcodes():
                    if op != "equal":
                        was, now = " ".join(a[i1:i2]), " ".join(b[j1:j2])
                        print(f"{key} v{k + 1}: words {was!r} -> {now!r}")
                continue
            for a, b in zip(_WORD.finditer(mine), _WORD.finditer(theirs), strict=False):
                if a.group(0) != b.group(0):
                    context = mine[max(0, a.start() - 40) : a.end() + 30].replace("\n", " ")
                    print(f"{key} v{k + 1}: {b.group(0)} -> {a.group(0)}   …{context}…")
        for k, (mine, theirs) in enumerate(zip(run["tags"], other["tags"], strict=False)):  # type: ignore[index]
            if mine != theirs:
                print(f"{key} v{k + 1}: tags {theirs} -> {mine}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--save", type=Path, help="write the captions to this file")
    parser.add_argument("--against", type=Path, help="list the changes from a saved run")
    parser.add_argument("-v", "--verbose", action="store_true", help="list each name left")
    args = parser.parse_args()
    runs = measure(CaptionEngines())
    if args.save:
        args.save.write_text(json.dumps(runs, ensure_ascii=False, indent=0), "utf-8")
    report(runs, args.verbose)
    if args.against:
        differences(runs, json.loads(args.against.read_text("utf-8")))


if __name__ == "__main__":
    main()
