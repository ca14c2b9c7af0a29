"""Prints how often the offline engine's reading agrees with labelled posts.

Intent and language of every post in the labelled sets (the issue-12 corpus and the
blind reviews' posts), against the labels a reader wrote::

    .venv/bin/python scripts/intent_agreement.py            # figures per set
    .venv/bin/python scripts/intent_agreement.py -v         # and every disagreement

The engine has no intent for a serious post (a loss, a closure, an apology, a delay):
it reads it as a notice (``Confidence.notice_kind``: closure, apology, notice) or as a
loss (a sensitive post), and writes it quietly. A serious label counts as right when
the engine reads the post as any of these. ``home_lifestyle`` is the engine's ``home``.

Language is measured twice: as the request is sent (``language`` when the post sets
it) and detected from the text alone (``language`` dropped).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from captions._language import detect_language  # noqa: E402
from captions._sure import confidence  # noqa: E402
from captions._understand import read_post  # noqa: E402

SETS = [
    ROOT / "tests" / "captions" / "posts.jsonl",
    *(ROOT / "docs" / f"captions-blind{n}-posts.jsonl" for n in (2, 3, 4, 5, 6, 7)),
]
SERIOUS = frozenset({"loss", "closure", "apology", "delay", "notice"})
ALIASES = {"home_lifestyle": "home"}


def reading(content: str, language: str | None) -> tuple[str, str]:
    """The engine's intent (or its serious reading) and language for one post."""
    post = read_post(content, language)
    sure = confidence(post)
    if sure.notice:
        return sure.notice_kind or "notice", post.language
    if post.sensitive and post.intent not in ("charity", "pets"):
        return "loss", post.language
    return post.intent, post.language


def agrees(label: str, engine: str) -> bool:
    label = ALIASES.get(label, label)
    if label in SERIOUS:
        return engine in SERIOUS or engine == "sold_out"
    return label == engine


def measure(path: Path, verbose: bool) -> None:
    posts = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    intent_right = lang_sent = lang_detected = 0
    confusions: Counter[tuple[str, str]] = Counter()
    for post in posts:
        label_lang = post.get("lang") or post["language"]
        sent = post.get("language") if "lang" in post else None
        if "lang" not in post and post.get("send_language"):
            sent = post["language"]
        intent, language = reading(post["content"], sent)
        detected = detect_language(post["content"])[0]
        ok = agrees(post["intent"], intent)
        intent_right += ok
        lang_sent += language == label_lang[:2]
        lang_detected += detected == label_lang[:2]
        if not ok:
            confusions[(post["intent"], intent)] += 1
        if verbose and (not ok or detected != label_lang[:2]):
            print(
                f"  {post['id']}: intent {post['intent']} → {intent}"
                f"{'' if ok else ' ✗'}; lang {label_lang} → {language}/{detected}"
                f"\n      {post['content'][:150]}"
            )
    n = len(posts)
    print(
        f"{path.name}: intent {intent_right}/{n} ({100 * intent_right / n:.0f} %), "
        f"language as sent {lang_sent}/{n}, detected {lang_detected}/{n}"
    )
    if verbose and confusions:
        print("  confusions:", ", ".join(f"{a}→{b} x{c}" for (a, b), c in confusions.items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list disagreements")
    args = parser.parse_args()
    for path in SETS:
        if path.exists():
            measure(path, args.verbose)


if __name__ == "__main__":
    main()
