"""Places named after a saint or by a landmark's kind, typed in lower case.

A brief typed in a hurry says "la camminata fino a san galgano", "na beira do rio são
bento", "el volcán barú" or "a weekend at lake como"; a caption a manager would post
says "San Galgano", "rio São Bento", "volcán Barú", "Lake Como". Kinds of name the
gazetteer seldom holds (a hamlet, an abbey, a river, a lake, a mountain):

- a saint's name: in Italian, Spanish and English "san" comes only before a name ("san
  galgano", "san pellegrino"), and so does the Italian "sant'" ("sant'angelo"); "santa",
  "santo", "santi", "saint", "sainte" and "sankt" are words too ("santa pazienza", "a
  saint"), a saint's only before a name the gazetteer's saints carry ("Santa Lucia",
  "São Bento", "Saint-Malo"); the Portuguese "são" is also "are" ("são felizes"), a
  saint's there only after a place's word ("no são joão", "rio são bento");
- a landmark's kind and its name ("rio tietê", "lago d'iseo", "volcán barú", "lac
  d'annecy", "mount etna"): the name, after the kind and a linking word, is a place the
  gazetteer knows (not one that is a form of a common word: "isla bonita") or one word
  the vocabulary does not know ("rio de lágrimas", "monte di lavoro", "lake bled"
  stay). The kind stays as typed, as the languages write it ("il lago d'Iseo", "el río
  Manzanares"); English writes it with the name ("Lake Como", "Mount Etna").
- a landmark whose kind is part of its name, a beach, a bay, a fort, a castle, a point
  ("praia da pipa", "forte de são miguel", "baia delle favole", "baie des citrons"):
  after the kind and a linking word, a name the vocabulary does not know, a place, a
  name written with its capital already ("forte de São Miguel"), or, after a beach, a
  bay or a castle and a link with its article, a word seldom used ("pipa", "favole",
  "citrons"). Portuguese and Italian write the kind with the name's capital ("Praia da
  Pipa", "Baia delle Favole"), Spanish and French in lower case ("los lagos de
  Covadonga", "la baie des Citrons"). "na praia da cidade", "una playa de arena", "au
  fort de la saison", "treino de praia da assessoria" (a kind after "de" says what a
  thing is for) stay. English names the landmark before its kind: a word the
  vocabulary does not know before "gardens", "hill", "bay", "beach" ("Kalakaua
  Gardens"), or a town the gazetteer knows by such a name, of common words, right
  after "on", "at", "from", "up" ("on Signal Hill"); "the hill behind our house",
  "beach day", a street ("lumley beach road", the street rules') stay.
- a river's name after its banks, flood, mouth or source and the article's contraction
  ("la riva del noncello", "a cheia do tâmega", "a orilla del nazas"): a place the
  gazetteer knows or a word the vocabulary does not know ("il giro del mondo", "à beira
  do rio" stay).

As elsewhere, a word typed with a capital, a hashtag, a mention, a link and an e-mail
address are left as typed; a wrong capital is worse than a missing one.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

from ._gazetteer import gazetteer, villages
from ._names_rom import name_like, zipf
from ._places_unlisted import form_of_a_word

__all__ = ["named_places"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# "san" is only ever a saint's (the short form of "santo" before a name)
_ALWAYS_SAINT: dict[str, str] = {"it": "san", "es": "san", "en": "san"}
# words that are a saint's only before a saint's name
_SAINT_WORDS = _words("santa santo santi são saint sainte sankt")
# the Portuguese "são" is a saint's only after these ("eles são felizes" is "are")
_BEFORE_SAO = _words(
    """em no na do da dos das de para até a ao rio ribeirão lagoa serra ilha morro vale
    igreja capela paróquia festa festas dia noite bairro largo praça rua avenida av
    colégio escola hospital mercado feira padroeiro"""
)
_SAINT_PREFIX = re.compile(r"^(?:San|Santa|Santo|Santi|São|Saint|Sainte|Sankt)[ -]([^\W\d_]+)")
# a word typed in lower case, whole (never a piece of a hashtag, a link or a compound)
_LOWER = r"[^\W\d_A-ZÀ-ÖØ-Þ][^\W\d_]*"
_FREE_BEFORE = r"(?<![\w#@/.'\u2019-])"
_FREE_AFTER = r"(?![\w@/#'\u2019-]|\.\w)"
_SAINT = re.compile(
    rf"{_FREE_BEFORE}(?P<saint>san|santa|santo|santi|são|saint|sainte|sankt)"
    rf" (?=(?P<name>{_LOWER}){_FREE_AFTER})"
)
_ELIDED_SAINT = re.compile(
    rf"{_FREE_BEFORE}(?P<saint>sant)['\u2019](?P<name>{_LOWER}){_FREE_AFTER}"
)

# a landmark's kind, and the words that link it to its name, in each language
_KINDS: dict[str, str] = {
    "it": "lago laghi fiume torrente monte monti valle val isola golfo passo colle",
    "es": "río rio lago laguna monte cerro volcán sierra isla valle arroyo",
    "pt": "rio ribeirão lago lagoa monte morro serra ilha pico",
    "fr": "lac lacs rivière fleuve mont col île pic étang",
    "en": "lake loch river mount mt",
}
_LINKS: dict[str, str] = {
    "it": "di del della dei degli delle",
    "es": "de del",
    "pt": "de do da dos das",
    "fr": "de du des",
    "en": "of",
}


# a river's or a lake's banks, flood, mouth, source, or a walk round it: after them and
# an article's contraction a word the vocabulary does not know is the river's name ("la
# cheia do tâmega", "la riva del noncello", "a orilla del nazas"); a known word is the
# everyday one ("il giro del mondo", "a beira do rio")
_WATERSIDES: dict[str, tuple[str, str]] = {
    "it": ("riva rive sponda sponde argine argini foce sorgente sorgenti piena giro", "del"),
    "es": ("orilla orillas ribera riberas desembocadura crecida cauce", "del"),
    "pt": ("cheia cheias margem margens beira foz nascente leito", "do"),
    "fr": ("rive rives berge berges crue crues embouchure", "du"),
}


@functools.cache
def _waterside(language: str) -> re.Pattern[str]:
    kinds, link = _WATERSIDES[language]
    return re.compile(
        rf"(?<![\w#@/.-])(?:{'|'.join(kinds.split())}) {link} (?P<name>{_LOWER}){_FREE_AFTER}"
    )


def _watersides(
    text: str,
    language: str,
    spans: list[tuple[int, int]],
    places: Mapping[str, str],
    function_words: frozenset[str],
) -> str:
    if language not in _WATERSIDES:
        return text
    out = list(text)
    for match in _waterside(language).finditer(text):
        name = match.group("name")
        if (
            _inside(match.start(), spans)
            or len(name) < 4
            or name in function_words
            or not _river_name(name, language, places)
        ):
            continue
        out[match.start("name")] = out[match.start("name")].upper()
    return "".join(out)


# a place the gazetteer holds that is also an everyday word ("il giro del *parco*", "la
# riva del *porto*") names no river
_EVERYDAY_ZIPF = 4.0


def _river_name(name: str, language: str, places: Mapping[str, str]) -> bool:
    """Whether ``name`` (lower case), after a river's banks, may be the river's: a word
    the vocabulary lacks or a place that is no everyday word, and no diminutive of a word
    it knows ("il giro del paesello", "a margem do riozinho", "il giro del parco" stay)."""
    if form_of_a_word(name, language):
        return False
    if name in places:
        return zipf(name, language) < _EVERYDAY_ZIPF
    return name_like(name, language)


@functools.cache
def _landmark(language: str) -> re.Pattern[str]:
    kinds = "|".join(_KINDS[language].split())
    links = "|".join(_LINKS[language].split())
    return re.compile(
        rf"{_FREE_BEFORE}(?P<kind>(?i:{kinds})) (?=(?:(?:{links}) |d['\u2019])?"
        rf"(?P<name>{_LOWER}(?:[ -]{_LOWER}){{0,2}}){_FREE_AFTER})"
    )


@functools.cache
def saint_names() -> frozenset[str]:
    """The saints' names the gazetteer's places carry, lower-cased ("lucia" of "Santa
    Lucia", "bento" of "São Bento", "malo" of "Saint-Malo")."""
    names = gazetteer("en").towns | villages("en").towns
    return frozenset(
        found.group(1).lower() for name in names if (found := _SAINT_PREFIX.match(name))
    )


def _inside(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= at < end for start, end in spans)


def _capital(word: str) -> str:
    return word[:1].upper() + word[1:]


def _saints(
    text: str, language: str, spans: list[tuple[int, int]], function_words: frozenset[str]
) -> str:
    out = list(text)
    always = _ALWAYS_SAINT.get(language)
    for match in _SAINT.finditer(text):
        saint, name = match.group("saint"), match.group("name")
        if _inside(match.start(), spans) or name in function_words or len(name) < 2:
            continue
        if saint == always:
            if len(name) < 3:
                continue
        elif saint not in _SAINT_WORDS or name not in saint_names():
            continue
        elif saint == "são":
            before = re.search(r"([^\W\d_]+)\W*$", text[: match.start()])
            if before is None or before.group(1).lower() not in _BEFORE_SAO:
                continue
        out[match.start("saint")] = out[match.start("saint")].upper()
        out[match.start("name")] = out[match.start("name")].upper()
    if language == "it":  # "sant'angelo"
        for match in _ELIDED_SAINT.finditer(text):
            if not _inside(match.start(), spans):
                out[match.start("saint")] = out[match.start("saint")].upper()
                out[match.start("name")] = out[match.start("name")].upper()
    return "".join(out)


def _landmarks(
    text: str,
    language: str,
    spans: list[tuple[int, int]],
    places: Mapping[str, str],
    forms: frozenset[str],
    function_words: frozenset[str],
) -> str:
    if language not in _KINDS:
        return text
    out = text
    for match in _landmark(language).finditer(text):
        if _inside(match.start(), spans):
            continue
        start = match.start("name")
        words = match.group("name").split(" ")
        written = None
        # the longest run the gazetteer knows ("lago di como", "rio grande do sul")
        for n in range(len(words), 0, -1):
            run = " ".join(words[:n])
            written = places.get(run)
            # (a form of a common word is one here: "isla bonita")
            if written is not None and len(written) == len(run) and written not in forms:
                break
            written = None
        if written is None:
            word = words[0]
            if len(word) < 4 or word in function_words or not name_like(word, language):
                continue
            written = _capital(word)
        out = out[:start] + written + out[start + len(written) :]
        kind = match.group("kind")
        if language == "en" and kind == kind.lower():  # "Lake Bled", "Mount Etna"
            at = match.start("kind")
            out = out[:at] + kind[:1].upper() + out[at + 1 :]
    return out


# the kinds of landmark whose kind word is part of the name ("Praia da Pipa", "Forte de
# São Miguel", "Baia delle Favole", "la baie des Citrons", "la playa de Bolonia"): after
# them and a linking word, a name the vocabulary does not know, a place, or one already
# written with its capital is the landmark's name
_PROPER_KINDS: dict[str, str] = {
    "pt": "praia praias forte castelo ponta baía enseada",
    "it": "spiaggia baia forte castello cala punta",
    "es": "playa bahía castillo mirador punta cala lagos pico",
    "fr": "baie plage anse pointe fort château",
}
# of them, those that are a place and nothing else (never "the top of", "the tip of",
# "strong"): after them and a linking word that carries an article, a word of the
# vocabulary that is seldom used is the name too ("praia da pipa", "baia delle favole",
# "la baie des citrons"); an everyday word is the everyday place ("na praia da cidade",
# "la spiaggia della città")
_PLACE_ONLY_KINDS = _words(
    "praia praias baía enseada castelo spiaggia baia castello playa bahía castillo baie plage anse"
    " château"
)
_ARTICLE_LINKS: dict[str, str] = {
    "pt": "do da dos das",
    "it": "del della dei degli delle dello",
    "es": "del",
    "fr": "du des",
}
# the languages that write the kind of such a landmark with a capital, as part of its
# name ("Praia da Pipa", "Forte de São Miguel", "Baia delle Favole"); Spanish and French
# write the kind in lower case ("la playa de Bolonia", "la baie des Citrons")
_CAPITAL_KINDS = _words("pt it")
# a seldom used word: below this frequency, after a place's kind, a name
_RARE_ZIPF = 4.0
# an English landmark named before its kind ("kalakaua gardens", "wailoa bay")
_ENGLISH_KINDS = "hill|hills|bay|beach|point|gardens|castle|fort|falls|cove|reef"


@functools.cache
def _proper_landmark(language: str) -> re.Pattern[str]:
    kinds = "|".join(_PROPER_KINDS[language].split())
    links = "|".join(_LINKS[language].split())
    return re.compile(
        # (after an elided article too: "à l'anse des cocotiers")
        rf"(?:(?<=\b[lL]['\u2019])|{_FREE_BEFORE})(?P<kind>(?i:{kinds})) (?P<link>{links}) "
        rf"(?P<name>[^\W\d_]+){_FREE_AFTER}"
    )


# (a street named after a landmark, "lumley beach road", is the street rules' to write)
_ENGLISH_LANDMARK = re.compile(
    rf"{_FREE_BEFORE}(?P<name>{_LOWER}) (?P<kind>{_ENGLISH_KINDS}){_FREE_AFTER}"
    r"(?! (?:road|street|avenue|lane|drive|crescent|terrace|boulevard|close|way)\b)"
)
# a town or quarter the gazetteer knows, named by a landmark ("signal hill", "rose bay",
# "box hill"), of words the vocabulary knows and so left out of the places: a name right
# after a preposition that puts someone there ("on signal hill", "at rose bay"); "in"
# and "to" are left out ("grow them in home gardens")
_GAZETTEER_LANDMARK = re.compile(
    rf"{_FREE_BEFORE}(?:on|at|from|up|near|around) "
    rf"(?P<name>{_LOWER}(?: {_LOWER})? (?:hill|bay|beach|gardens|cove|castle)){_FREE_AFTER}"
    r"(?! (?:road|street|avenue|lane|drive|crescent|terrace|boulevard|close|way)\b)"
)


@functools.cache
def _landmark_towns() -> dict[str, str]:
    """The gazetteer's places named by a landmark, lower-cased ("signal hill": "Signal
    Hill")."""
    names = gazetteer("en").towns | villages("en").towns
    return {
        name.lower(): name
        for name in names
        if name.rsplit(" ", 1)[-1] in ("Hill", "Bay", "Beach", "Gardens", "Cove", "Castle")
    }


# the articles, alone or joined to a preposition, before such a landmark ("na praia",
# "alla baia", "à la baie", "los lagos"): after any other word the kind may be an
# adjective ("o time mais forte do Brasil", "la squadra più forte del Napoli") or say
# what a thing is for ("treino de praia da assessoria")
_ARTICLES_BEFORE: dict[str, frozenset[str]] = {
    "pt": _words("o a os as no na nos nas ao à aos às do da dos das pelo pela"),
    "it": _words(
        """il la lo i le gli al alla allo ai alle nel nella nello nei nelle del della
        dello dei delle sul sulla sullo sui sulle dal dalla dallo"""
    ),
    "es": _words("el la los las al del"),
    "fr": _words("le la les au aux du des"),
}
_WORD_BEFORE = re.compile(r"([^\W\d_]+) $")


def _proper_landmarks(
    text: str,
    language: str,
    spans: list[tuple[int, int]],
    places: Mapping[str, str],
    function_words: frozenset[str],
) -> str:
    """``text`` with the landmarks whose kind is part of their name written with their
    capitals ("na Praia da Pipa", "alla Baia delle Favole", "à la baie des Citrons",
    "at Kalakaua Gardens"); "na praia da cidade", "una playa de arena", "au fort de
    la saison", "the hill behind our house" stay."""
    out = list(text)
    if language == "en":
        for match in _ENGLISH_LANDMARK.finditer(text):
            name = match.group("name")
            if (
                _inside(match.start(), spans)
                or len(name) < 4
                or name in function_words
                or not name_like(name, language)
            ):
                continue
            out[match.start("name")] = out[match.start("name")].upper()
            out[match.start("kind")] = out[match.start("kind")].upper()
        towns = _landmark_towns()
        for match in _GAZETTEER_LANDMARK.finditer(text):
            written = towns.get(match.group("name"))
            if written is None or _inside(match.start(), spans):
                continue
            out[match.start("name") : match.end("name")] = written
        return "".join(out)
    if language not in _PROPER_KINDS:
        return text
    articles = _words(_ARTICLE_LINKS[language])
    articles_before = _ARTICLES_BEFORE[language]
    for match in _proper_landmark(language).finditer(text):
        kind, link, name = match.group("kind"), match.group("link"), match.group("name")
        before = _WORD_BEFORE.search(text, max(0, match.start() - 12), match.start())
        elided = text[max(0, match.start() - 2) : match.start()].lower() in ("l'", "l\u2019")
        if (
            _inside(match.start(), spans)
            or kind != kind.lower()
            or not (elided or (before is not None and before.group(1).lower() in articles_before))
        ):
            continue
        low = name.lower()
        if name != low:
            named = name[1:] == low[1:]  # "forte de São Miguel", "naranjo de Bulnes"
        else:
            named = (
                len(name) >= 4
                and name not in function_words
                and (
                    places.get(name) is not None
                    or name_like(name, language)
                    or (
                        kind in _PLACE_ONLY_KINDS
                        and link in articles
                        and zipf(name, language) < _RARE_ZIPF
                    )
                )
            )
            if named:
                out[match.start("name")] = out[match.start("name")].upper()
        if named and language in _CAPITAL_KINDS:
            out[match.start("kind")] = out[match.start("kind")].upper()
    return "".join(out)


def named_places(
    text: str,
    language: str,
    spans: list[tuple[int, int]],
    places: Mapping[str, str],
    forms: frozenset[str],
    function_words: frozenset[str],
) -> str:
    """``text`` with the saints' places and the landmarks it types in lower case written
    with their capitals ("fino a San Galgano", "rio São Bento", "lago di Como").

    Args:
        text: a caption in ``language``.
        language: its language.
        spans: its hashtags, mentions, links and addresses, left as typed.
        places: the gazetteer's places as ``language`` writes them, lower-cased.
        forms: those of them that are a form of a common word of ``language``
            ("Bonita" in Spanish): no landmark's name.
        function_words: the language's function words (never a name).
    """
    text = _saints(text, language, spans, function_words)
    text = _watersides(text, language, spans, places, function_words)
    text = _landmarks(text, language, spans, places, forms, function_words)
    return _proper_landmarks(text, language, spans, places, function_words)
