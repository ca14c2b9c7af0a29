"""Writes ``captions/data/lexicon/de-homographs.txt``: German nouns that are also words
written in lower case.

A brief typed in lower case says "im laden", "40 stimmen", "alle schlösser", and the
engine writes a German noun with its capital when the ``german-nouns`` package (a
Wiktionary list of nouns and their forms) knows it. Many of those forms are also a verb,
an adjective or an adverb ("laden", "stimmen", "morgen", "gut", "neue"): such a word is
written as a noun only where a noun stands (after an article, a number). This file lists
them: every form ``german-nouns`` knows that simplemma's German dictionary, which keeps
the case of its word forms, also knows in lower case, as a form of a lower-case lemma
other than a rare verb's imperative ("tisch" of "tischen").

Run once, by hand, when the list should change; the engine reads only the file it
writes (neither package's dictionary is read at run time for this). It needs, in a
throwaway venv, ``simplemma`` (MIT), ``german-nouns`` (CC BY-SA 4.0) and ``wordfreq``::

    python3 -m venv /tmp/hom && /tmp/hom/bin/pip install simplemma german-nouns wordfreq
    /tmp/hom/bin/python scripts/make_german_homographs.py
"""

from __future__ import annotations

import csv
from pathlib import Path

import german_nouns.config  # type: ignore[import-not-found]
from simplemma.strategies.dictionaries import (  # type: ignore[import-not-found]
    DefaultDictionaryFactory,
)
from wordfreq import zipf_frequency

# a verb this frequent (Zipf scale) is one a post uses: its short forms are no noun
_COMMON_VERB = 4.0
OUT = Path(__file__).resolve().parent.parent / "captions" / "data" / "lexicon"


def main() -> None:
    """Write the homographs, one a line, sorted."""
    words = DefaultDictionaryFactory().get_dictionary("de")
    forms: set[str] = set()
    with open(german_nouns.config.CSV_FILE_PATH, encoding="utf-8") as file:
        rows = csv.reader(file)
        next(rows)
        for row in rows:
            forms |= {f.lower() for f in (row[0], *row[7:]) if f.isalpha()}
    # a lower-case entry whose lemma has a capital is the noun again; one whose lemma is
    # the form and "-en" is a rare verb's imperative ("tisch" of "tischen", "glück" of
    # "glücken"): a post that types the form means the noun ("hab", "schau" of "haben",
    # "schauen" are verbs: their verbs are common)
    homographs = sorted(
        f
        for f in forms
        if (lemma := words.get(f)) is not None
        and lemma == lemma.lower()
        and (lemma != f + "en" or zipf_frequency(lemma, "de") >= _COMMON_VERB)
    )
    header = (
        "# German nouns' forms that are also words in lower case (a verb, an adjective,\n"
        "# an adverb): written by scripts/make_german_homographs.py from german-nouns\n"
        "# (Wiktionary, CC BY-SA 4.0) and simplemma's German dictionary (MIT)\n"
    )
    (OUT / "de-homographs.txt").write_text(header + "\n".join(homographs) + "\n", "utf-8")


if __name__ == "__main__":
    main()
