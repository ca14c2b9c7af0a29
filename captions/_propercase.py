"""The capitals of proper names a brief typed in lower case leaves out.

A brief typed in a hurry says "koel café, mysuru is hiring", "la fonda el chapulín, aquí
en tlaxcala" or "die buchhandlung bücherwurm in steyr"; the caption retells the brief's
own words, and a caption a manager would post says "Mysuru", "la fonda El Chapulín",
"Tlaxcala", "Buchhandlung Bücherwurm", "Steyr". Four things are written with capitals:

- a town, region or country the gazetteer knows, or a village of 5,000 people or more,
  one word or several ("montego bay", "são roque de minas", "recco"), where a place
  stands (after a place's preposition, a comma, a business, another place and "and", or
  alone in brackets), unless the name is also a common word of the caption's language
  ("nice" in English, "como" in Spanish) or a word the engine itself uses; a name that is
  a form of a common word ("noci", plural of "noce") only right after a preposition a
  town takes ("a noci", never "tracce di noci"); a saint's place and a landmark's name
  ("fino a san galgano", "rio tietê": :mod:`captions._places_named`); after a
  preposition joined to an article ("au cap-haïtien", "no funchal") and in an English
  possessive ("kampala's"), a town the hashtags tag (no language's common word); an
  English address's street or park before its town ("tanglewood lane, Halifax"), whose
  first word is no word the engine knows ("doggo park, Leeds" is a kind of park);
- a business's name right after its kind word and an article ("friterie le cormoran",
  "tasca o grilo", "rosticceria il gattopardo"): one to three words, ending at
  punctuation, a figure, a function word, a cue word, an infinitive or a verb's present
  ("la taberna el búho *estrena* carta"); in German, where the name is a noun, without
  an article too ("gospelchor wildgans"); in Spanish and Portuguese a noun the
  vocabulary knows, without an article, after a feminine kind it cannot describe (a
  masculine ending) where the name ends ("zapatería borrego, …", "cervejaria urubu em
  …"); after a kind of a neighbouring language, that language's article ("adega a
  curuxa" in Spanish, "trattoria il gufo" in French); in English, which names the
  business before its kind, only where a town follows after a comma ("wren café,
  Kamloops") and no word of the name describes ("tiny bakery"), kind and all, and so
  wherever else the caption says it ("ngoma dance club, lilongwe" proves "Ngoma Dance
  Club" for a hook that leaves the town out);
- a German noun typed in lower case, only where it is certain: a noun's suffix
  ("veranstaltung", "gemeinschaft") or a word right after an article or a determiner
  that ends like no adjective and no verb ("das buch", "der chor", "jedes krügl"), or a
  unit of time after a number word ("drei tage", "zwei stunden"), or a rare word in
  "-er" after a determiner that no adjective's form explains, before a comma, the
  sentence's end or a finite verb ("unsere mudder ist", "unser brudder, …").
- in German, a first name the noun list knows, typed in lower case before a surname
  written with its capital ("helmut Rebholz"), unless it is a noun too ("rosa") or the
  word after it a noun too common to be a surname ("ganz frank Leute", "kain Problem").

A wrong capital is worse than a missing one: every rule stops at the first doubt. A
hashtag, a mention, a link or an e-mail address is left as typed, and so is a word that
already carries a capital.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from ._gazetteer import gazetteer, plain_towns, villages
from ._hashtags import taxonomy
from ._lexicon import LANGUAGES, lexicon, load_data
from ._names_people import people_capitals
from ._names_rom import (
    GENERIC_KINDS,
    ROMANCE,
    brand_capitals,
    chez_capitals,
    describing,
    launch_capitals,
    name_like,
    placed_street_capitals,
    street_capitals,
    unknown_word,
    zipf,
)
from ._nouns_de import (
    german_first_names,
    german_lexicon_nouns,
    german_listed_noun,
    german_noun_form,
    german_short_days,
)
from ._places_named import named_places
from ._places_unlisted import unlisted_towns
from ._verbs import singular_present

__all__ = [
    "brief_names",
    "kept_as_typed",
    "proper_capitals",
    "same_name_everywhere",
    "typed_lower_case",
]

# a word as the caption writes it; never inside a hashtag, a mention, a link or an e-mail
# address, and never one half of a word joined by an apostrophe or a hyphen
_WORD = re.compile(
    r"(?<![#@/.\w'\u2019-])[^\W\d_]+(?:[-'\u2019][^\W\d_]+)*(?![\w@/#'\u2019-]|\.\w)"
)
_MARKUP = re.compile(
    r"https?://\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w@])@[\w.]+|(?<![\w&])#\w+"
    r"|(?<![\w.])[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}\b(?:/\S*)?"  # a bare domain: "mitte-studio.de"
)


def _split(words: str) -> frozenset[str]:
    return frozenset(words.split())


# the articles that open a business's name after its kind ("fonda *el* chapulín")
_ARTICLES: dict[str, frozenset[str]] = {
    "es": frozenset({"el", "la", "los", "las"}),
    "fr": frozenset({"le", "la", "les"}),
    "it": frozenset({"il", "lo", "la", "i", "gli", "le"}),
    "pt": frozenset({"o", "a", "os", "as"}),
    "de": frozenset({"der", "die", "das"}),
}
# kinds of business the venue and trade lists may miss (the trade suffixes, "-ería",
# "-erie", "-eria", "-aria", "-erei", are kinds by themselves)
_KINDS = _split(
    """fonda tasca parrilla cantina taberna bodega trattoria osteria rosticceria enoteca
    bottega maglificio pastificio caseificio salumificio atelier studio friterie
    crêperie boulangerie brasserie bistrot épicerie associação asociación association
    associazione livraria queijaria padaria pastelaria pizzaria tabacaria cervejaria
    sorveteria cevichería sombrerería dépanneur asd aps buchhandlung backstube fahrradladen optik
    tasco salone salão clinique clínica clinica veterinaria
    gospelchor chor bäckerei konditorei metzgerei rösterei brauerei gärtnerei werkstatt
    laden verein almacén conservas conservera conserveira taller garaje calzature tortaio fornaio
    officina bocciofila circolo frantoio gargote garage maquis librairie adega oficina couture
    coiffure"""
)
_GERMAN_KINDS = (
    *("chor", "laden", "handlung", "stube", "werkstatt", "verein", "orchester", "schule"),
    *("kirche", "club", "klub"),
)
# a school, a church, a club: a German word after them that is common (an adverb, a
# weekday's "-s", anything frequent) is no name ("musikschule leider geschlossen")
_GERMAN_EVERYDAY_KINDS = ("schule", "kirche", "club", "klub")
_GERMAN_ADVERB_S = re.compile(r"(?:tags|wochs|abends|nachts|morgens|mittags)$")
_TRADE_SUFFIX = re.compile(r"(?:ería|[^\W\d_]{4}(?:erie|erei|eria|aria)|[^\W\d_]{3}ificio)$")
# a Spanish, Portuguese or Italian infinitive ("la fonda *abrir*"): a verb, never a name
_INFINITIVE = {
    "es": re.compile(r"[^\W\d_]{2,}(?:ar|er|ir)$"),
    "pt": re.compile(r"[^\W\d_]{2,}(?:ar|er|ir)$"),
    "it": re.compile(r"[^\W\d_]{2,}(?:are|ere|ire)$"),
    "fr": re.compile(r"[^\W\d_]{2,}(?:er|ir)$"),
}
# a conjugated verb's endings ("la tienda *la abrimos*", "le bar *les attend*"): after an
# object pronoun that reads as an article, a verb, never a name
_VERB_ENDING = {
    "es": re.compile(r"[^\W\d_]{2,}(?:mos|áis|éis|an|en|aba|aban|ían|ará|erá|irá|ó)$"),
    "pt": re.compile(r"[^\W\d_]{2,}(?:mos|am|ou|ava|avam|iam|ará|erá|irá)$"),
    "it": re.compile(r"[^\W\d_]{2,}(?:iamo|ate|ete|ite|ano|ono|ava|eva|iva|erà|irà|ò)$"),
    "fr": re.compile(r"[^\W\d_]{2,}(?:ons|ez|ent|ait|aient|era|ira)$"),
}
# the verbs that most often follow a business's name ("el carpincho *queda* cerrada")
_COMMON_VERBS = {
    "es": _split(
        """queda quedan está están es son era fue será tiene tienen abre abren cierra
        cierran vuelve llega sigue hace cumple celebra presenta ofrece busca"""
    ),
    "pt": _split(
        """fica ficam está estão é são era foi será tem têm abre abrem fecha fecham volta
        chega segue faz celebra comemora apresenta oferece procura"""
    ),
    "it": _split(
        """resta rimane è sono era sarà ha hanno apre aprono chiude chiudono torna arriva
        fa compie festeggia presenta offre cerca"""
    ),
    "fr": _split(
        """reste est sont était sera a ont ouvre ouvrent ferme ferment revient arrive fait
        fête présente offre cherche"""
    ),
}
# what follows a verb and no name: a figure or an article ("celebra *10* anos"), on the
# same line; a list's next number ("im café mööv 3. sturm …") is no object
_OBJECT_AFTER = re.compile(
    r"[^\S\n]+(?:\d(?!\d*[.)]\s)|(?P<article>el|la|los|las|un|una|unos|unas|o|a|os|as|um|uma"
    r"|il|lo|le|les|une|des|gli|i|der|die|das|den|dem|ein|eine|einen|einem)\b)"
)
# German nouns by their suffix (and plural), long enough that "jung" is no "-ung"
_GERMAN_NOUN = re.compile(
    r"[^\W\d_]{3,}(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|tät"
    r"|täten|ismus|nis|nisse|tum|ling|linge)$"
)
# an infinitive's ending, and a plural's that may be one ("kuchen", "malen")
_GERMAN_INFINITIVE = re.compile(r"(?:en|ln|rn)$")
_NOT_GERMAN_NOUN = _split(
    "gescheit bescheiden verschieden vegan extra super mega prima rosa lila gratis okay"
)
# a strong verb's participle ends like a plural in "-ungen": "gesungen", "gelungen"
_PARTICIPLE = re.compile(r"(?:^|ge|er|ver|be|ent|zer)[^\W\d_aeiouäöüy]{1,4}ungen$")
# what a German adjective or verb ends with ("der *neue*", "das *gibt*"): no noun for sure
_GERMAN_NOT_NOUN_END = re.compile(r"(?:e|en|er|es|em|ig|lich|isch|bar|sam|t|st|et)$")
# a German name after its kind may end like "Müller" or "Sonne"; not like a verb
# ("der chor *singt*", "die läden *öffnen*") or an adjective
_GERMAN_NOT_NAME_END = re.compile(r"(?:en|ig|lich|isch|t|st)$")
# the units of time, nouns after a number word ("drei tage", "zwei stunden") though
# some are verbs' forms too ("ich tage heute", "wir stunden die miete")
_GERMAN_TIME_UNITS = _split("tage stunden wochen monate jahre minuten sekunden nächte")
_GERMAN_COUNTS = _split(
    """zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig vierzig
    fünfzig hundert tausend"""
)
_GERMAN_DETERMINERS = _split(
    """der die das den dem des ein eine einen einem einer eines kein keine keinen keinem
    keiner mein meine meinen meinem meiner unser unsere unseren unserem unserer dein
    deine deinen deinem deiner euer eure euren eurem eurer jedes jeden jedem jeder jede"""
)
# the determiners that stand alone as pronouns too ("jeder kann", "jedem schmeckt es"):
# the word after them is a noun only when it is rare or a noun's form, never a modal nor
# a verb with its "es" run on ("jedem schmeckts")
_GERMAN_PRONOUN_DETERMINERS = _split("jedes jeden jedem jeder jede")
_GERMAN_RELATIVES = _split("der die das den dem des")
_GERMAN_MODALS = _split("kann muss muß soll will mag darf weiß")
_PRONOUN_NOUN_ZIPF = 4.0


def _verb_with_es(word: str) -> bool:
    """Whether ``word`` (lower case) is a common word with "es" run on as speech says it
    ("schmeckts", "kennts", "machts"): the word without its "s" is common, the word with
    it far rarer. After "jedes" a noun's genitive ends so ("jedes Monats")."""
    stem = _de_zipf(word[:-1])
    return word.endswith("s") and stem >= _PRONOUN_NOUN_ZIPF and _de_zipf(word) < stem - 1.0


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


@functools.cache
def _common(language: str) -> frozenset[str]:
    """Words of ``language`` that are never a name: the lexicon's words, the hashtag
    terms and the engine's own template words, in every language (a caption mixes)."""
    words: set[str] = set()
    for lang in {language, "en"}:
        lex, tax = lexicon(lang), taxonomy(lang)
        words |= (
            lex.function_words
            | lex.all_cue_words
            | lex.generic_nouns
            | lex.number_words
            | lex.months
            | lex.weekdays
            | lex.units
            | lex.not_subject
            | lex.plain_words
            | tax.leading
            | tax.determiners
        )
        words |= {w for term in tax.terms for w in term.split()}
        words |= {w for term in tax.trades for w in term.split()}
        for text in _strings(load_data("templates", lang)):
            words |= {w.lower() for w in re.findall(r"[^\W\d_]+", text)}
    return frozenset(words)


class _PlaceNames(Mapping[str, str]):
    """The places as one language writes them, lower-cased: the names every language
    shares less those that are a common word of this one (one dict of ~37,000 names for
    all six languages, a small set for each). A name of several words typed with
    hyphens ("rose-hill", "beau-bassin") is found too, and written so ("Rose-Hill"):
    joined, its words are no phrase."""

    __slots__ = ("_left_out", "_names")

    def __init__(self, names: dict[str, str], left_out: frozenset[str]) -> None:
        self._names = names
        self._left_out = left_out

    def get(self, low: str, default: str | None = None) -> str | None:  # type: ignore[override]
        name = self._names.get(low)
        if name is None and "-" in low:
            spaced = low.replace("-", " ")
            name = self._names.get(spaced)
            if name is not None and spaced not in self._left_out:
                return name.replace(" ", "-")
            return default
        return default if name is None or low in self._left_out else name

    def __getitem__(self, low: str) -> str:
        name = self.get(low)
        if name is None:
            raise KeyError(low)
        return name

    def __contains__(self, low: object) -> bool:
        return isinstance(low, str) and self.get(low) is not None

    def __iter__(self) -> Iterator[str]:
        return (low for low in self._names if low not in self._left_out)

    def __len__(self) -> int:
        return sum(1 for _ in self)


@dataclass(frozen=True, slots=True)
class _SharedPlaces:
    """The place names every language shares, and what each language's view of them
    looks at (built once: a language's view is then a set of the names it leaves out)."""

    names: dict[str, str]  # lower-cased → as written, towns first, then villages
    several: tuple[str, ...]  # the names of several words
    # of them, those whose last words are a town ("downtown halifax")
    described: tuple[str, ...]


@functools.cache
def _shared_places() -> _SharedPlaces:
    """Every place name that some language may write, lower-cased."""
    articles = _split("the an") | frozenset().union(*_ARTICLES.values())
    names: dict[str, str] = {}
    towns: frozenset[str] = frozenset()
    for gaz in (gazetteer("en"), villages("en")):
        # a caption borrows English words ("brunch", "bloom"): English's common names are
        # none in any language
        loans = gaz.common
        found: dict[str, str] = {}
        # (in order: of "Marina Del Rey" and "Marina del Rey" the last is written)
        for name in sorted(gaz.towns):
            low = name.lower()
            if name in loans or low == name:
                continue
            words = low.replace("-", " ").split()
            if not words or (len(words) == 1 and len(low) < 4):
                continue
            # "la paz", "el paso", "le mans": an article and a word may be a phrase
            if len(words) > 1 and words[0] in articles:
                continue
            found[low] = name
        # a town's name is the town's, never a village's spelt the same
        names |= {low: name for low, name in found.items() if low not in names}
        towns = towns or frozenset(names)
    several = tuple(low for low in names if " " in low or "-" in low)
    # "downtown halifax", "north vancouver": a word before a town may describe it (a
    # village's name is too often a town's last word for that: "Saffron Walden" and
    # Walden, New York)
    described = tuple(low for low in several if " " in low and low.split(" ", 1)[1] in towns)
    return _SharedPlaces(names, several, described)


@functools.cache
def _places(language: str) -> _PlaceNames:
    """The gazetteer's names and villages, lower-cased, as ``language`` writes them."""
    shared = _shared_places()
    names = shared.names
    common = _common(language)
    # a name that is a common word of the language, or made of them
    left_out = {
        low
        for name in gazetteer(language).common | villages(language).common
        if names.get(low := name.lower()) == name
    }
    left_out |= {word for word in common if word in names and "-" not in word}
    left_out |= {
        low for low in shared.several if all(w in common for w in low.replace("-", " ").split())
    }
    # "downtown halifax": the town alone is written with its capital, the word as typed
    left_out |= {low for low in shared.described if low.split(" ", 1)[1] not in left_out}
    return _PlaceNames(names, frozenset(left_out))


@functools.cache
def _word_forms(language: str) -> frozenset[str]:
    """The places whose name is a form of a common word of ``language`` ("Noci", the
    plural of "noce"): a place only right after a preposition of place."""
    return gazetteer(language).forms | villages(language).forms


# the prepositions a town takes, and nothing else does as often (Italian "in" is a
# region's or a room's: "in sala"; "de", "di", "of" join two nouns)
_TOWN_PREPOSITIONS: dict[str, frozenset[str]] = {
    "en": _split("in from near"),
    "de": _split("in aus bei nach"),
    "es": _split("en a desde hasta"),
    "pt": _split("em desde até"),
    "fr": _split("à depuis"),
    "it": _split("a ad"),
}
# "in husum", "em almada", "route de philippeville": the words a town follows; "au", "no",
# "do" ("pôr do sol") join an article, which a town seldom takes
_BEFORE_A_PLACE = _split("de di of von d até hasta bis till until")
# the languages whose plurals end in -s, whose word forms so ending are plurals
_S_PLURALS = _split("es pt fr en")
_CONTRACTED = _split("au aux no na do da dos das del della du al ao nel nella")
# of them, those the hashtags take a town after ("au cap-haïtien", "no funchal": a town
# named with its article), where the town is a name in every language
_ARTICLE_PLACE = _split("au aux no na nel nella")


def _placed(text: str, start: int, name: str, language: str) -> bool:
    """Whether the place ``name`` at ``start`` stands where a place does: after
    a place's preposition ("in husum", "en chiclayo") or a comma ("koel café, mysuru").
    Elsewhere the word may be the common word the gazetteer missed ("dos días libres",
    "entrada franca", "kitchen reno")."""
    before = text[:start]
    word = re.search(r"([^\W\d_]+) $", before)
    low = word.group(1).lower() if word is not None else ""
    if name in gazetteer(language).regions:
        # the regions are curated, with their common words, by hand; but in Spanish,
        # French, Portuguese and Italian a country right after a noun describes it
        # ("parrilla argentina", "tinta china"), where "en/la/toda argentina" names it
        return not (language in ROMANCE and " " not in name and _after_a_noun(low, language))
    if name in _word_forms(language):
        # "tracce di noci", "un canto di lodi": a form of a common word is a town only
        # right after a preposition a town takes ("a Noci", "a Lodi"), or ending the
        # clause after a name's one comma ("tasca o milhafre, Chaves."; "farina, uova,
        # noci." is a list)
        if before.endswith(", "):
            sentence = re.split(r"[.!?\n]", before)[-1]
            return sentence.count(",") == 1 and _ends_clause(text, start + len(name))
        # ("juguetes a pilas", "galletas en cajas de seis": a village's name that is a
        # bare plural after "a", "en", "em" says how a thing is made or sold, never
        # where; Italian's plurals end in a vowel: "a Noci"; a town keeps its name: "em
        # Cascais")
        if language in _S_PLURALS and name.endswith("s") and name not in gazetteer(language).forms:
            return False
        # ("a passi lenti", "a mali estremi", "a molo fermo": the word an adjective
        # agrees with says how, never where; "a Noci il 5 giugno" is the town)
        if language in ROMANCE and _agrees(text, start + len(name), name.lower(), language):
            return False
        return word is not None and low in _TOWN_PREPOSITIONS.get(language, frozenset())
    if before.endswith(", "):
        # "…, pôr do sol" is a sunset, never a town; "Am Samstag, 12. Dezember, kamen 38
        # Käseplatten" a word the German noun list knows, though Kamen is a town ("…,
        # aachen", "…, innsbruck" are towns only)
        if " " in name:
            # a name of words no function word that ends its clause signs an address
            # ("associação o priolo, Ponta Delgada.")
            return _ends_clause(text, start + len(name)) and not any(
                w.lower() in lexicon(language).function_words | _CONTRACTED for w in name.split()
            )
        return not (language == "de" and german_noun_form(name.lower()))
    if word is None:
        return False
    if (
        language == "en"
        and low in _ENGLISH_OWNERS
        and _ENGLISH_BRANCH.match(text, start + len(name))
    ):
        return True  # "from our athlone roastery": the business's town, before its kind
    if (_is_kind(low, language) or (language == "en" and low in _ENGLISH_KINDS)) and _named(
        before[: word.start(1)], language
    ):
        return True  # "kudu bakery bulawayo": the town of a business named before its kind
    if low in _GENITIVE and language in ROMANCE and _word_of_a_neighbour(name, language):
        return False  # "testa di moro" is a colour, though Moro is a town
    if low == "in" and name.lower() in _HARBOURS.get(language, frozenset()):
        return False  # "le trofie in porto": at the harbour (to the town is "a Porto")
    if low == "ad" and language == "it":
        return True  # "una giornata ad alberobello": "a" before a vowel
    if low in _ARTICLE_PLACE and plain_towns().get(name.lower()) == name:
        # "au cap-haïtien", "no funchal", as the hashtags read it; after a noun, what
        # the thing is made with ("escalope au marsala")
        noun = re.search(r"([^\W\d_]+) $", before[: word.start(1)])
        return noun is None or not _noun_before(noun.group(1).lower(), language)
    return low not in _CONTRACTED and low in lexicon(language).place_preps | _BEFORE_A_PLACE


def _noun_before(word: str, language: str) -> bool:
    """Whether ``word`` (lower case), right before a preposition, may be a noun the
    preposition's phrase describes ("escalope au marsala"): no function word, no day,
    month or figure's word, and no verb's form ("arrive au", "vamos no")."""
    lex = lexicon(language)
    verb = _VERB_ENDING.get(language)
    infinitive = _INFINITIVE.get(language)
    return not (
        word in lex.function_words | lex.weekdays | lex.months | lex.number_words
        or word in _COMMON_VERBS.get(language, frozenset())
        or (verb is not None and verb.match(word) is not None)
        or (infinitive is not None and infinitive.match(word) is not None)
    )


# the lower-case word right after a place's name ("a passi *lenti*")
_NEXT_LOWER = re.compile(r" (?P<word>[^\W\d_]+)\b")
# an adjective's ending and the endings of its other gender ("fermo": "ferma"; a plural
# "lenti", "piccole" has a masculine and a feminine singular: "lento", "lenta")
_GENDERS: dict[str, tuple[str, ...]] = {
    "os": ("as",),
    "as": ("os",),
    "o": ("a",),
    "a": ("o",),
    "i": ("o", "a"),
    "e": ("o", "a"),
}
# an adjective's other forms are common words (as a street's describing word's are)
_GENDER_ZIPF = 3.0


def _agrees(text: str, at: int, name: str, language: str) -> bool:
    """Whether the word at ``at`` after the place ``name`` (lower case, a form of a
    common word) is an adjective that agrees with that word, so describes it ("a passi
    lenti", "a mali estremi", "a molo fermo", "a pala piena"): both end as plurals
    ("-i", "-e", "-s") or alike, and the word ends like an adjective or has its other
    gender's forms in common use. A function word, a day or a month is none ("a Noci
    domenica", "a Lodi questi giorni")."""
    match = _NEXT_LOWER.match(text, at)
    if match is None:
        return False
    word = match.group("word")
    lex = lexicon(language)
    if not word.islower() or len(word) < 3:
        return False
    if any(word in words for words in (lex.function_words, lex.weekdays, lex.months)):
        return False
    plural = "s" if language in _S_PLURALS else "ie"
    if not (name[-1] == word[-1] or (name[-1] in plural and word[-1] in plural)):
        return False
    if describing(word, language):
        return True
    ending = word[-2:] if word[-2:] in _GENDERS else word[-1:]
    others = _GENDERS.get(ending, ())
    stem = word[: -len(ending)]
    return bool(others) and all(zipf(stem + other, language) >= _GENDER_ZIPF for other in others)


def _ends_clause(text: str, at: int) -> bool:
    """Whether punctuation or the text's end comes at ``at``."""
    return re.match(r"\s*(?:[.,;!?\n]|$)", text[at:]) is not None


# the words that own a business's branch ("our", "the") or lead to it ("from", "at")
_ENGLISH_OWNERS = _split("our the my your their his her from at")
# a business's kind or branch after its town ("our hexham roastery", "the ludlow shop")
_ENGLISH_BRANCH = re.compile(
    r" (?:roastery|roasters|bakery|bakehouse|brewery|distillery|taproom|café|cafe|deli"
    r"|diner|bistro|shop|store|branch|studio|showroom|workshop|warehouse|office|salon"
    r"|barbers|gym|bookshop|bookstore|florist|pizzeria|kitchen|market|team|crew)s?\b"
)


def _named(before: str, language: str) -> bool:
    """Whether the venue's kind written after ``before`` has a name right before it (a
    word no common word and no describing one: "kudu bakery", "st.-marien-kirche"); a
    kind alone ("kitchen reno", "our kitchen reno") is the everyday word."""
    name = re.search(r"([^\W\d_]+)([ -])$", before)
    if name is None:
        return False
    low = name.group(1).lower()
    return name.group(2) == "-" or (
        _name_word(low, language)
        and not describing(low, language)
        and not (language == "en" and _ENGLISH_DESCRIBING.search(low))
    )


# a town named by the language's word for a harbour: after "in" it is the harbour
# ("ormeggiati in porto"); Spanish, French and Portuguese join "en puerto", "au port",
# "no porto" to an article or know the name as a common word
_HARBOURS: dict[str, frozenset[str]] = {"it": frozenset({"porto"})}
# "de", "di", "d'" join two nouns as often as they name a town's: "testa di moro"
_GENITIVE = _split("de di d")


def _after_a_noun(word: str, language: str) -> bool:
    """Whether ``word`` (lower case, or "") is neither a function word nor a place's
    preposition: most likely a noun the next word describes."""
    lex = lexicon(language)
    return bool(word) and word not in (
        lex.function_words
        | lex.place_preps
        | _BEFORE_A_PLACE
        | _CONTRACTED
        | frozenset().union(*_ARTICLES.values())
    )


def _word_of_a_neighbour(name: str, language: str) -> bool:
    """Whether the one-word town ``name`` is a common word of another Romance language
    (the gazetteer says so: "Moro" in Spanish) and ``language``'s vocabulary has it too:
    then it is that word here as well ("testa di moro", a colour)."""
    return (
        " " not in name
        and any(name in gazetteer(other).common for other in ROMANCE)
        and not unknown_word(name.lower(), language)
    )


def _is_kind(word: str, language: str) -> bool:
    return (
        word in _KINDS
        # a German compound names its kind last: "kammerchor", "bioladen"
        or (language == "de" and word.endswith(_GERMAN_KINDS))
        or word in taxonomy(language).trades
        or (language != "en" and bool(_TRADE_SUFFIX.search(word)))
    )


def _markup_spans(text: str) -> list[tuple[int, int]]:
    return list(_markup_spans_of(text))


@functools.lru_cache(maxsize=256)
def _markup_spans_of(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of ``text``'s links, addresses, handles and hashtags, found once: the
    name rules of :func:`proper_capitals` ask for them about ten times a caption, mostly
    of a text no rule before them changed, and ``_MARKUP`` tries an e-mail address at
    every letter (quadratic in a word's length)."""
    return tuple(m.span() for m in _MARKUP.finditer(text))


def _inside(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= at < end for start, end in spans)


def _capital(word: str) -> str:
    return word[:1].upper() + word[1:]


@functools.cache
def _place_starts() -> frozenset[str]:
    """The first words of the place names :func:`_places` may write (a run that opens
    with any other word is no place: most words are looked up once, not once per
    length); one set for every language."""
    return frozenset(low.split(" ", 1)[0] for low in _shared_places().names)


def _place_capitals(text: str, language: str, spans: list[tuple[int, int]]) -> str:
    written = _places(language)
    starts = _place_starts()
    longest = max(gazetteer(language).longest, villages(language).longest)
    words = [m for m in _WORD.finditer(text) if not _inside(m.start(), spans)]
    out = text
    ends: set[int] = set()  # where the places written so far end
    i = 0
    while i < len(words):
        first = words[i].group(0)
        # ("rose-hill": a name of several words typed with hyphens is one word here)
        if first not in starts and first.split("-", 1)[0] not in starts:
            i += 1
            continue
        for n in range(min(longest, len(words) - i), 0, -1):
            run = words[i : i + n]
            if any(text[a.end() : b.start()] != " " for a, b in itertools.pairwise(run)):
                continue
            start, end = run[0].start(), run[-1].end()
            name = written.get(text[start:end])
            if (
                name is not None
                and not _placed(text, start, name, language)
                and not _listed_after(text, start, end, name, ends, language)
            ):
                name = None
            if name is not None and len(name) == end - start:
                out = out[:start] + name + out[end:]
                ends.add(end)
                i += n
                break
        else:
            i += 1
    return out


# the words that join a town to the one before it ("a camogli e portofino")
_AND = _split("and e ed y et und ou o")
_AFTER_A_TOWN = re.compile(r"(?P<and>[^\W\d_]+) $")


def _listed_after(
    text: str, start: int, end: int, name: str, ends: set[int], language: str
) -> bool:
    """Whether the place ``name`` from ``start`` to ``end`` stands where a town does
    though no preposition comes right before it: after another place and "and" ("a
    camogli e portofino", "en ávila y segovia"), or alone in brackets ("tintureira
    (póvoa de varzim)"). Never a form of a common word ("castelli e noci")."""
    if name in _word_forms(language) or name in gazetteer(language).regions:
        return False
    joined = _AFTER_A_TOWN.search(text, 0, start)
    if (
        joined is not None
        and joined.group("and").lower() in _AND
        and joined.start() - 1 in ends
        and text[joined.start() - 1] == " "
    ):
        return True
    return text[start - 1 : start] == "(" and text[end : end + 1] == ")"


def _name_word(word: str, language: str) -> bool:
    """Whether ``word`` may be part of a business's name."""
    low = word.lower()
    infinitive = _INFINITIVE.get(language)
    return (
        # lower case, or a place already written with its capital ("il Merlo")
        word[1:] == low[1:]
        and len(low) > 1
        and low not in _common(language)
        and not (infinitive and infinitive.fullmatch(low))
        and not ((verb := _VERB_ENDING.get(language)) and verb.fullmatch(low))
        and low not in _COMMON_VERBS.get(language, frozenset())
        and not (language == "de" and _GERMAN_NOT_NAME_END.search(low))
    )


# the articles no verb can follow (they are never a pronoun)
_NO_VERB_AFTER = frozenset({"il", "el"})


def _name_word_any(word: str, language: str) -> bool:
    """Whether ``word`` may be part of a name wherever no verb can stand: as
    :func:`_name_word`, a verb's ending allowed ("Il Gabbiano")."""
    low = word.lower()
    return (
        word[1:] == low[1:]
        and len(low) > 1
        and low not in _common(language)
        and low not in _COMMON_VERBS.get(language, frozenset())
    )


def _venue_capitals(text: str, language: str, spans: list[tuple[int, int]]) -> str:
    articles = _ARTICLES.get(language)
    if not articles:
        return text
    # the words and what stands between them ("," ends a name, a space does not)
    words = [m for m in _WORD.finditer(text) if not _inside(m.start(), spans)]
    out = list(text)
    for i, kind in enumerate(words):
        # "l'auberge", "dell'enoteca": the kind after an elided article or preposition
        low = _ELIDED.sub("", kind.group(0).lower())
        if language in ROMANCE and low in GENERIC_KINDS[language]:
            _generic_name(text, words, i, language, out)
            continue
        if not _is_kind(low, language):
            continue
        at = i + 1
        article = at < len(words) and words[at].group(0) in articles
        if article and not text[kind.end() : words[at].start()].isspace():
            continue
        if article:
            at += 1
        elif language in ROMANCE:
            if not (
                _neighbours_article(text, words, i, language, out)
                or _bare_name(text, words, at, language, out)
            ):
                _apposed_noun(text, words, i, language, out)
            continue
        elif language != "de":
            continue
        name: list[re.Match[str]] = []
        while at < len(words) and len(name) < 3:
            before = words[at - 1]
            if not text[before.end() : words[at].start()].isspace():
                break
            typed = words[at].group(0)
            # no verb follows "il" or "el" ("tortaio il gabbiano"): a verb's ending there
            # is a name's; after "la", "le", "lo" it may be one ("la tienda la abrimos")
            masculine = article and words[i + 1].group(0) in _NO_VERB_AFTER
            if not (_name_word(typed, language) or (masculine and _name_word_any(typed, language))):
                break
            if _object_after(text, words[at].end(), language):
                break  # "o farol *celebra* 10 anos", "el gallo *tiene* una": a verb
            if name and _verb_after_name(text, words, at, language):
                break  # "a padaria o trigo *reabre* segunda-feira": a verb
            if (
                language == "de"
                and low.endswith(_GERMAN_EVERYDAY_KINDS)
                and (_GERMAN_ADVERB_S.search(typed.lower()) or zipf(typed.lower(), "de") >= 3.0)
            ):
                break  # "musikschule *leider* heute zu", "kunstschule *dienstags* zu"
            name.append(words[at])
            at += 1
        if not name:
            continue
        if article:
            start = words[i + 1].start()
            out[start] = out[start].upper()
        if language == "de":  # the kind is a noun too: "Gospelchor Wildgans"
            out[kind.start()] = out[kind.start()].upper()
        for word in name:
            _cap_name(out, word)
    return "".join(out)


# the endings no adjective of a feminine kind has: a noun's ("borrego", "halcón", "urubu",
# "gavião"), which names the business it stands beside
_MASCULINE_ENDS = {"es": ("o", "ón", "ú"), "pt": ("o", "u", "ão")}
# a noun this common after a kind says where or what ("panadería centro", "padaria bairro")
_APPOSED_NAME_ZIPF = 4.0
# where a business's name ends: a punctuation mark, the text's end, or its place's "en"
_APPOSED_END = re.compile(r"\s*(?:[.,;:!?)\n]|$)| (?:en|em) ")


def _apposed_noun(
    text: str, words: list[re.Match[str]], i: int, language: str, out: list[str]
) -> bool:
    """A Spanish or Portuguese business named by a noun the vocabulary knows, right after
    its feminine kind with no article ("zapatería borrego, …", "cervejaria urubu em …"):
    a masculine word is no adjective of the kind, and a name where it ends the phrase
    (:data:`_APPOSED_END`). A describing word ("zapatería infantil", "cervejaria
    artesanal"), an everyday noun ("panadería centro"), a word before a complement
    ("pizzería horno a leña") stay as typed."""
    ends = _MASCULINE_ENDS.get(language)
    kind = words[i]
    if ends is None or i + 1 >= len(words) or not kind.group(0).lower().endswith("a"):
        return False
    word = words[i + 1]
    typed = word.group(0)
    if not (
        text[kind.end() : word.start()] == " "
        and typed == typed.lower()
        and len(typed) >= 3
        and typed.endswith(ends)
        and _name_word(typed, language)
        and not describing(typed, language)
        and zipf(typed, language) < _APPOSED_NAME_ZIPF
        and _APPOSED_END.match(text, word.end()) is not None
    ):
        return False
    _cap_name(out, word)
    return True


def _neighbours_article(
    text: str, words: list[re.Match[str]], i: int, language: str, out: list[str]
) -> bool:
    """A business whose kind is a word of a neighbouring Romance language, not of the
    caption's ("adega" in Spanish, "trattoria" in French), named after that language's
    article ("una cata en la adega o souto", "à la trattoria il gufo"): the article and
    one or two words the caption's vocabulary lacks are its name ("adega O Souto",
    "trattoria Il Gufo"); the caption's own words after the kind stay ("una adega a las
    afueras", "adega o dos")."""
    kind = _ELIDED.sub("", words[i].group(0).lower())
    if i + 2 >= len(words) or zipf(kind, language) > 0:
        return False
    article = words[i + 1]
    neighbours = [
        other
        for other in sorted(ROMANCE - {language})
        if zipf(kind, other) > 0 and article.group(0) in _ARTICLES[other]
    ]
    if not neighbours or text[words[i].end() : article.start()] != " ":
        return False
    named: list[re.Match[str]] = []
    for word in words[i + 2 : i + 4]:
        typed = word.group(0)
        if (
            text[(named[-1] if named else article).end() : word.start()] != " "
            or len(typed) < 3
            # (lower case, or a town the place rules wrote: "adega a Curuxa")
            or not _name_word(typed, language)
            or not unknown_word(typed.lower(), language)
        ):
            break
        named.append(word)
    if not named:
        return False
    out[article.start()] = out[article.start()].upper()
    for word in named:
        _cap_name(out, word)
    return True


def _verb_after_name(text: str, words: list[re.Match[str]], at: int, language: str) -> bool:
    """Whether ``words[at]``, after a business's name's first word, is the verb that
    follows the name: a present for one person ("a padaria o trigo *reabre*", "la
    taberna el búho *estrena* carta", "la brasserie le hibou *rouvre* lundi"), unless
    a common verb follows it, which makes it the name's last word ("la taberna la
    paloma pinta *abre* hoy")."""
    if not singular_present(words[at].group(0), language):
        return False
    following = words[at + 1] if at + 1 < len(words) else None
    return not (
        following is not None
        and text[words[at].end() : following.start()] == " "
        and following.group(0).lower() in _COMMON_VERBS.get(language, frozenset())
    )


def _object_after(text: str, at: int, language: str) -> bool:
    """Whether a verb's object (:data:`_OBJECT_AFTER`) follows ``at``: the word before it
    is a verb, no name. In Italian, Spanish and French "a" is a preposition, never an
    article: before a town already written with its capital it ends the name
    ("dolceria la formica *a Modica*")."""
    match = _OBJECT_AFTER.match(text, at)
    if match is None:
        return False
    return not (
        language != "pt"
        and match.group("article") == "a"
        and re.match(r" [^\W\d_]", text[match.end() :]) is not None
        and text[match.end() + 1].isupper()
    )


_ELIDED = re.compile(r"^(?:l|d|dell|all|nell|dall|sull|un)['\u2019]")

# the words that join a venue's kind to its name ("bar *do* zequinha", "osteria *del*
# baffo", "clinique vétérinaire *des* ajoncs"): an article's contraction, in any Romance
# language (a Galician or Portuguese name stands in a Spanish caption); never a bare
# "de", which joins a kind to what it sells ("tienda de ropa")
_LINKS = _split("do da dos das del della dello dei degli delle des du")


def _linked_names(text: str, language: str, spans: list[tuple[int, int]]) -> str:
    """A Romance venue named by its kind, a linking contraction and a name ("bar do
    zequinha", "quinta do arneiro", "clinique vétérinaire des ajoncs"): with one or two
    words the vocabulary lacks after the link, the kind opens the name and both take
    capitals ("Bar do Zequinha"); a known word names a place ("la tienda del barrio",
    "l'osteria del borgo", "la boutique du musée" stay)."""
    words = [m for m in _WORD.finditer(text) if not _inside(m.start(), spans)]
    out = list(text)
    for i, link in enumerate(words):
        if link.group(0) not in _LINKS or i == 0:
            continue
        kind = words[i - 1]
        # "clinique *vétérinaire* des": a kind and the word that describes it
        if i >= 2 and describing(kind.group(0), language) and not _venue_kind(kind, language):
            kind = words[i - 2]
            if text[kind.end() : words[i - 1].start()] != " ":
                continue
        if not _venue_kind(kind, language) or text[words[i - 1].end() : link.start()] != " ":
            continue
        named: list[re.Match[str]] = []
        for word in words[i + 1 : i + 3]:
            typed = word.group(0)
            if (
                text[(named[-1] if named else link).end() : word.start()] != " "
                or typed != typed.lower()
                or len(typed) < 3
                or not _name_word(typed, language)
                or not unknown_word(typed, language)
            ):
                break
            named.append(word)
        if not named:
            named = _signed_by_a_town(text, words[i + 1 : i + 3], link, kind, language)
        if not named:
            continue
        typed_kind = kind.group(0)
        elided = _ELIDED.match(typed_kind.lower())
        at = kind.start() + (elided.end() if elided else 0)
        # "a casa da mariazinha" is her house as often as a guest house's name
        if typed_kind[at - kind.start() :].islower() and typed_kind.lower() not in _HOMES:
            out[at] = out[at].upper()
        for word in named:
            _cap_name(out, word)
    return "".join(out)


_HOMES = _split("casa maison")
# the shops named by what they sell or serve as often as by a name ("la tienda del
# barrio", "la boutique du musée"): no everyday word after them is a name
_PLAIN_SHOPS = _split("tienda loja negozio boutique")


def _signed_by_a_town(
    text: str,
    after: list[re.Match[str]],
    link: re.Match[str],
    kind: re.Match[str],
    language: str,
) -> list[re.Match[str]]:
    """The one or two everyday words after a venue's link that are its name because its
    town follows after a comma, as an address signs a business ("la brasserie du renard,
    Annecy", "l'auberge du cheval blanc, Colmar"); without the town "le bar du coin"
    says which bar."""
    if _ELIDED.sub("", kind.group(0).lower()) in _PLAIN_SHOPS | _HOMES:
        return []
    towns = _places(language)
    for n in (2, 1):
        words = after[:n]
        if len(words) < n or any(
            text[a.end() : b.start()] != " " for a, b in itertools.pairwise([link, *words])
        ):
            continue
        if not all(
            w.group(0) == w.group(0).lower()
            and len(w.group(0)) > 2
            and _name_word(w.group(0), language)
            for w in words
        ):
            continue
        # the town as the gazetteer writes it, one word or more ("Colmar", "Saint-Malo")
        town = re.match(r", ([^\W\d_]+(?:[ -][^\W\d_]+){0,3})", text[words[-1].end() :])
        if town is not None and any(
            towns.get((written := " ".join(town.group(1).split(" ")[:k])).lower()) == written
            for k in range(1, 5)
        ):
            return words
    return []


def _cap_name(out: list[str], word: re.Match[str]) -> None:
    """Write a name's word with its capitals: its first letter, the one after an elided
    article ("L'Istrice") and each part's of a hyphenated name ("Pic-Vert"; a function
    word inside stays: "Mille-pattes" has none, "Saut-du-Loup" keeps "du")."""
    at = word.start()
    out[at] = out[at].upper()
    typed = word.group(0)
    elided = _ELIDED.match(typed.lower())
    if elided and elided.group(0)[:1] == "l" and elided.end() < len(typed):
        out[at + elided.end()] = out[at + elided.end()].upper()
    offset = 0
    for k, part in enumerate(typed.split("-")):
        if k and part and part.lower() not in _LINK_WORDS:
            out[at + offset] = out[at + offset].upper()
        offset += len(part) + 1


# the small words inside a hyphenated name ("Saut-du-Loup", "Sainte-Foy-lès-Lyon")
_LINK_WORDS = _split("de du des la le les lès sur sous en et d l di da do dos das del della")


def _venue_kind(word: re.Match[str], language: str) -> bool:
    low = _ELIDED.sub("", word.group(0).lower())
    return low in GENERIC_KINDS[language] or _is_kind(low, language)


def _generic_name(
    text: str, words: list[re.Match[str]], i: int, language: str, out: list[str]
) -> None:
    """A name after a kind that is also an everyday word ("restaurante", "bar", "loja",
    "casa"), with an article or without: only words the vocabulary does not know ("el
    restaurante el chiringo", "casa tomasita"); "en la tienda los precios bajan" has
    none."""
    at = i + 1
    articles = _ARTICLES[language]
    article = (
        at < len(words)
        and words[at].group(0) in articles
        and text[words[i].end() : words[at].start()] == " "
    )
    if article and _group_name(text, words, i, at, language, out):
        return
    if not article and _activity_group(text, words, i, language, out):
        return
    if article and _bare_name(text, words, at + 1, language, out, after_article=True):
        start = words[at].start()
        out[start] = out[start].upper()
    elif not article and _ELIDED.sub("", words[i].group(0).lower()) not in _NAMED_WITH_ARTICLE:
        _bare_name(text, words, at, language, out)


# a club, a team, a band, a choir: a group named by an article and a plural ("el club
# los halcones", "la squadra i gufi", "l'équipe les lynx")
_GROUPS = _split(
    """club equipo peña banda grupo coro orquesta clube equipa orquestra squadra
    polisportiva band gruppo orchestra équipe amicale groupe chorale orchestre"""
)
_PLURAL_ARTICLES = _split("los las os as i gli le les")
_PLURAL_ENDS = {"es": ("s",), "pt": ("s",), "fr": ("s", "x"), "it": ("i", "e")}
# a plural this common (Zipf scale) is the group's members or days, no name ("los socios",
# "los chicos")
_GROUP_NAME_ZIPF = 4.0
# where a group's name ends: a sentence's end or a relative clause ("…, que entrenan")
_GROUP_NAME_END = re.compile(
    r"\s*(?:[.!?;:)\n]|$)|, (?:que|qui|che|quem|quienes|cui)\b", re.IGNORECASE
)
# the verbs in the singular that most often follow a group's name: after a plural they
# agree with the group, and the plural is its name ("il gruppo le ciabatte *fa* il giro")
_SINGULAR_VERBS = {
    "es": _split(
        """queda está es era fue será tiene abre cierra vuelve llega sigue hace cumple
        celebra presenta ofrece busca"""
    ),
    "pt": _split(
        """fica está é era foi será tem abre fecha volta chega segue faz celebra comemora
        apresenta oferece procura"""
    ),
    "it": _split(
        """resta rimane è era sarà ha apre chiude torna arriva fa compie festeggia
        presenta offre cerca"""
    ),
    "fr": _split(
        """reste est était sera a ouvre ferme revient arrive fait fête présente offre
        cherche"""
    ),
}
# what may follow a group's town ("los halcones de quepos, …")
_TOWN_END = re.compile(r"\s*(?:[,.;:!?)\n]|$)")
_OF = _split("de di")
# "entrenamos con el club los sábados.": a plural of a weekday or of a part of the day is
# when the group meets, never its name
_WHEN_PLURALS = _split(
    """lunes martes miércoles jueves viernes sábados domingos mañanas tardes noches
    segundas terças quartas quintas sextas manhãs noites lundis mardis mercredis jeudis
    vendredis samedis dimanches matins soirs sabati domeniche mattine sere"""
)


def _activity_group(
    text: str, words: list[re.Match[str]], i: int, language: str, out: list[str]
) -> bool:
    """A group named by its kind, what it does and its name ("il gruppo di cammino le
    ciabatte fa il giro", "el club de lectura las polillas"): the kind, "de" or "di" and
    one word, then a name as :func:`_group_name` reads it."""
    if i + 3 >= len(words):
        return False
    link, activity, article = words[i + 1], words[i + 2], words[i + 3]
    spaced = all(
        text[a.end() : b.start()] == " "
        for a, b in itertools.pairwise((words[i], link, activity, article))
    )
    return (
        spaced
        and link.group(0) in _OF
        and activity.group(0).islower()
        and activity.group(0) not in _ARTICLES[language]
        and _group_name(text, words, i, i + 3, language, out)
    )


def _group_name(
    text: str, words: list[re.Match[str]], i: int, at: int, language: str, out: list[str]
) -> bool:
    """A group's name of an article and one or two plurals the vocabulary may know ("el
    club Los Halcones"), where it ends as a name does: at a sentence's end, before a
    relative clause, before a verb in the singular, the group's ("il gruppo Le Ciabatte
    *fa* il giro"), or before "de" and a town ("Los Halcones de Quepos", a town the
    vocabulary lacks written with its capital too). "en el club los socios pagan menos",
    "los fines de semana" go on as a sentence and stay as typed. ``at`` is the article's
    index."""
    kind = _ELIDED.sub("", words[i].group(0).lower())
    article = words[at]
    if kind not in _GROUPS or article.group(0) not in _PLURAL_ARTICLES:
        return False
    name: list[re.Match[str]] = []
    for word in words[at + 1 : at + 3]:
        typed = word.group(0)
        if (
            text[(name[-1] if name else article).end() : word.start()] != " "
            or typed != typed.lower()
            or len(typed) < 3
            or typed in _WHEN_PLURALS
            or not typed.endswith(_PLURAL_ENDS[language])
            or not _name_word(typed, language)
            or zipf(typed, language) >= _GROUP_NAME_ZIPF
        ):
            break
        name.append(word)
    if not name:
        return False
    end = name[-1].end()
    town: re.Match[str] | None = None
    verb = re.match(r" ([^\W\d_]+)\b", text[end:])
    if not _GROUP_NAME_END.match(text, end) and not (
        verb is not None and verb.group(1) in _SINGULAR_VERBS.get(language, frozenset())
    ):
        k = at + 1 + len(name)
        if k + 1 >= len(words) or words[k].group(0) not in _OF:
            return False
        link, town = words[k], words[k + 1]
        typed = town.group(0)
        if (
            text[end : link.start()] != " "
            or text[link.end() : town.start()] != " "
            or not _TOWN_END.match(text, town.end())
            # a town the gazetteer knows has its capital already ("de Cartago")
            or not (
                typed[:1].isupper()
                or (
                    _name_word(typed, language)
                    and (unknown_word(typed, language) or typed in _places(language))
                )
            )
        ):
            return False
    out[article.start()] = out[article.start()].upper()
    for word in (*name, *([town] if town else [])):
        _cap_name(out, word)
    return True


# a school, a church, a club or a team named in a Romance language takes an article
# before its name ("el colegio los alcatraces", "club los perezosos"): a bare word after
# them is what they do ("el colegio *reabre* el lunes", "el club *recauda* fondos")
_NAMED_WITH_ARTICLE = _split(
    """colegio escuela liceo instituto guardería iglesia parroquia club equipo peña
    escola colégio creche igreja paróquia clube equipa scuola asilo chiesa parrocchia
    squadra polisportiva école collège lycée crèche église paroisse équipe amicale"""
)


# a word said twice with a hyphen ("tico-tico", "tuk-tuk"): a bird's, a toy's, a name
_REDOUBLED = re.compile(r"([^\W\d_]{2,})-\1")


def _redoubled(word: str, language: str) -> bool:
    """Whether ``word`` (lower case) is a rare word said twice ("tico-tico"), a name
    whatever its ending; a common one twice is no name ("bico-bico")."""
    match = _REDOUBLED.fullmatch(word)
    return match is not None and zipf(match.group(1), language) < _GROUP_NAME_ZIPF


def _bare_name(
    text: str,
    words: list[re.Match[str]],
    at: int,
    language: str,
    out: list[str],
    *,
    after_article: bool = False,
) -> int:
    """A Romance business's name right after its kind, with no article ("studio allodola",
    "queijaria seriema"): one or two words the language's vocabulary does not know; a
    known word after the kind describes it ("pizzeria napoletana", "atelier couture").
    After the kind and an article (``after_article``) the first word may end like an
    adjective: one the vocabulary lacks is a name there ("el café El Chihuahueño"; no
    adjective follows "el café el").
    Returns how many words it wrote with capitals."""
    named = 0
    if at <= 0:
        return named
    kind = words[at - 1]
    # the business's kind itself, before its article ("el *café* el")
    trade = words[at - 2] if after_article and at >= 2 else kind
    for word in words[at : at + 2]:
        low = word.group(0)
        if (
            text[kind.end() : word.start()] != " "
            or low != low.lower()
            # "casa all'osteria", "machine à café d'occasion": a preposition's elision
            # opens a place or what the kind is like, no name; only "l'" opens one
            or ((elided := _ELIDED.match(low)) is not None and elided.group(0)[0] != "l")
            or len(low) < 3
            or not _name_word(low, language)
            or not (
                name_like(low, language)
                or (after_article and not named and unknown_word(low, language))
                or _redoubled(low, language)
            )
            # "el café el tecito", "al bar il caffettino": a small cup, no name, after
            # "café" (a drink too) or where only the article made the word a name
            or (
                (trade.group(0).lower() == "café" or not name_like(low, language))
                and _diminutive(low, language)
            )
        ):
            return named
        _cap_name(out, word)
        named += 1
        kind = word
    return named


# the diminutives' endings, longest first, and the endings of the everyday word they
# shrink ("tecito" of "té", "pãozinho" of "pão", "caffettino" of "caffè")
_DIMINUTIVES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "es": (("citos", "citas", "cito", "cita", "itos", "itas", "ito", "ita", "ín", "illo",
            "illa"), ("", "a", "o", "e", "é", "ón")),
    "pt": (("zinhos", "zinhas", "zinho", "zinha", "inhos", "inhas", "inho", "inha"),
           ("", "a", "o", "e", "ão")),
    "it": (("ettino", "ettina", "ino", "ina", "etto", "etta", "ello", "ella"),
           ("", "a", "o", "e", "è", "i")),
    "fr": (("ette", "et"), ("", "e")),
}  # fmt: skip
_DIMINUTIVE_STEM_ZIPF = 4.0


def _diminutive(word: str, language: str) -> bool:
    """Whether ``word`` (lower case) is a diminutive of an everyday word (Zipf 4 or more:
    "tecito" of "té", "pãozinho" of "pão"); a rarer word's may name a café ("o
    tatuzinho")."""
    endings, shrunk = _DIMINUTIVES.get(language, ((), ()))
    for ending in endings:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 2:
            return any(
                zipf(stem + end, language) >= _DIMINUTIVE_STEM_ZIPF
                for end in shrunk
                if len(stem + end) >= 2
            )
    return False


# English names a business before its kind, and a town after a comma ("koel café,
# Mysuru", "bullfrog bbq, Macon"): with the town, the words before the kind are its name
_ENGLISH_KINDS = _split(
    """café cafe bakery bbq barbers barbershop brewery roasters roastery deli diner bistro
    taqueria pizzeria salon gym bookshop bookstore books surf aircon florist florists
    kitchen studio coffee tattoo pottery yoga dental plumbing garage cycles bikes school
    church chapel club choir academy"""
)
# the words after which a business's name opens ("at wren café, Kamloops", "10 years of
# ngoma dance club, Lilongwe", "we are kestrel running club, Nakuru")
_BEFORE_A_BUSINESS = ("at", "from", "of", "with", "to", "for", "by", "are", "join", "visit")
_ENGLISH_BUSINESS = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n)"
    + "".join(rf"|(?<=\b{word}\s)" for word in _BEFORE_A_BUSINESS)
    + ")"
    r"(?P<name>[^\W\d_]+(?: [^\W\d_]+)?) (?P<kind>[^\W\d_]+)(?=, [A-Z])",
    re.IGNORECASE,
)
# what an English describing word ends with ("tiny", "local", "friendly"): no name
_ENGLISH_DESCRIBING = re.compile(
    r"(?:y|ly|al|ic|ish|ous|ful|less|ive|able|ible|ing|ed|est|an|hood)$"
)


# a business someone opened, founded, owns or runs, named before its trade ("who opened
# gopher records on 3rd ave", "she founded marmot books in 1979"): a name where the
# phrase ends (a place's or a time's preposition, punctuation, the end)
_OPENED_KINDS = _ENGLISH_KINDS | _split("records vinyl hardware goods provisions grocery")
_ENGLISH_OPENED = re.compile(
    r"(?<![\w#@/.'\u2019-])(?:opened|founded|owns|owned|runs|ran|started|co-founded) "
    r"(?P<name>[a-z]+(?: [a-z]+)?) (?P<kind>[a-z]+)"
    r"(?=\s*(?:[.,;:!?)\n]|$)| (?:on|in|at|with|back|since|when|and)\b)"
)


def _english_opened(text: str) -> str:
    common = _common("en")
    out = list(text)
    for match in _ENGLISH_OPENED.finditer(text):
        words = match.group("name").split()
        if match.group("kind") not in _OPENED_KINDS or any(
            w in common or w in _OPENED_KINDS or _ENGLISH_DESCRIBING.search(w) for w in words
        ):
            continue
        for part in ("name", "kind"):
            for word in re.finditer(r"[a-z]+", match.group(part)):
                at = match.start(part) + word.start()
                out[at] = out[at].upper()
    return "".join(out)


def _foreign(first: str, second: str) -> bool:
    """Whether ``first`` is a word English and the caption's vocabulary lack ("kalulu")
    and ``second`` a lower-case word no function word ("reading")."""
    return (
        unknown_word(first.lower(), "en")
        and second.islower()
        and second not in lexicon("en").function_words
    )


def _english_business(text: str) -> str:
    common = _common("en")
    places = gazetteer("en").towns

    def cap(match: re.Match[str]) -> str:
        name, kind = match.group("name"), match.group("kind")
        town = re.match(r"[^\W\d_]+(?: [A-Z][^\W\d_]*)*", text[match.end() + 2 :])
        words = name.split()
        # "kalulu reading club, Blantyre": after a first word English lacks, the second
        # may be an everyday one (what the club does)
        checked = words[:1] if len(words) == 2 and _foreign(words[0], words[1]) else words
        if (
            kind.lower() not in _ENGLISH_KINDS
            or town is None
            or town.group(0) not in places
            or any(w.lower() in common or _ENGLISH_DESCRIBING.search(w.lower()) for w in checked)
            or any(w[1:] != w[1:].lower() for w in (*words, kind))
        ):
            return match.group(0)
        written = "BBQ" if kind.lower() == "bbq" else _capital(kind)
        return " ".join((*(_capital(w) for w in words), written))

    return _ENGLISH_BUSINESS.sub(cap, text)


@functools.cache
def _german_lower() -> frozenset[str]:
    """The words German templates write in lower case ("sich", "darüber"): no noun."""
    words: set[str] = set()
    for text in _strings(load_data("templates", "de")):
        words |= {w for w in re.findall(r"[^\W\d_]+", text) if w == w.lower()}
    return frozenset(words) | _split("sich mich dich uns euch ihn ihm man jemand etwas nichts")


@functools.cache
def _german_terms() -> frozenset[str]:
    """The nouns the German hashtag data knows ("konzert", "chor", "gewinnspiel"); an
    infinitive among them ("segeln", "töpfern") and a word that may be one are not."""
    tax = taxonomy("de")
    words = {w for w in (*tax.terms, *tax.trades) if " " not in w and "-" not in w}
    lower = lexicon("de").function_words | _german_lower()
    return frozenset(
        w
        for w in words
        if len(w) > 3  # "ipa" is "IPA"
        and not _GERMAN_INFINITIVE.search(w)
        and w not in lower
        and w not in _NOT_GERMAN_NOUN
    )


# a rare word in "-er" after a determiner is a noun ("unser brudder, …") where a comma,
# the sentence's end or a finite verb follows it, and no adjective's forms explain it: an
# adjective's suffix ("knuspriger", "ehrlicher"), its stem or its other forms a word
# ("leckerer": "lecker", "leckeres"; "neuer": "neu"; "heißer": "heiss"), or its stem
# ending in such an adjective ("knallroter": "rot")
_ER_NOUN_ZIPF = 3.0
_ER_STEM_ZIPF = 2.5
_ER_ADJECTIVE = re.compile(r"(?:ig|lich|isch|bar|sam|haft|los|voll|ern|er)er$")
_ER_NOUN_AFTER = re.compile(
    r"\s*(?:[,.;:!?)]|$)| (?:ist|sind|war|waren|hat|haben|hatte|hatten|wird|werden)\b"
)


def _german_er_noun(text: str, match: re.Match[str], common: frozenset[str]) -> bool:
    word = match.group(0)
    stem = word[:-2]
    return (
        word.endswith("er")
        and len(word) >= 5
        and word not in common
        and word not in _NOT_GERMAN_NOUN
        and word.isalpha()
        and not _ER_ADJECTIVE.search(word)
        and zipf(word, "de") < _ER_NOUN_ZIPF
        and all(_de_zipf(form) < _ER_STEM_ZIPF for form in (stem, stem + "e", stem + "es"))
        and not _ends_in_adjective(stem)
        and _ER_NOUN_AFTER.match(text, match.end()) is not None
    )


def _de_zipf(word: str) -> float:
    """How common ``word`` is in German, "ß" read as the vocabulary spells it ("heiß" is
    "heiss" there)."""
    return max(zipf(word, "de"), zipf(word.replace("ß", "ss"), "de"))


def _ends_in_adjective(stem: str) -> bool:
    """Whether ``stem`` (an "-er" word's) ends in an adjective whose "-e" and "-es" forms
    are words too, after a word of its own: a compound adjective ("knallrot",
    "bitterkalt", "riesengroß"), where a noun's stem ends in no such word ("brudd")."""
    return any(
        all(_de_zipf(form) >= _ER_STEM_ZIPF for form in (tail, tail + "e", tail + "es"))
        for tail in (stem[k:] for k in range(3, len(stem) - 2))
    )


def _german_nouns(text: str, spans: list[tuple[int, int]]) -> str:
    common = lexicon("de").function_words | lexicon("de").number_words | _german_lower()
    out = list(text)
    previous: re.Match[str] | None = None
    for match in _WORD.finditer(text):
        word = match.group(0)
        if _inside(match.start(), spans) or word != word.lower() or "-" in word:
            previous = match
            continue
        determined = (
            previous is not None
            and previous.group(0).lower() in _GERMAN_DETERMINERS
            and text[previous.end() : match.start()] == " "
            # ", der sich freut": after a comma "der" is a relative pronoun
            and not (
                previous.group(0).lower() in _GERMAN_RELATIVES
                and text[: previous.start()].rstrip().endswith(",")
            )
        )
        after_article = (
            determined
            and previous is not None
            and len(word) >= 3
            and word not in common
            and not _GERMAN_NOT_NOUN_END.search(word)
            and word not in _NOT_GERMAN_NOUN
            and "'" not in word
            and "\u2019" not in word
            and not (
                previous.group(0).lower() in _GERMAN_PRONOUN_DETERMINERS
                and (
                    word in _GERMAN_MODALS
                    or (zipf(word, "de") >= _PRONOUN_NOUN_ZIPF and not german_noun_form(word))
                    or (previous.group(0).lower() != "jedes" and _verb_with_es(word))
                )
            )
        )
        suffix = (
            bool(_GERMAN_NOUN.fullmatch(word))
            and word not in _NOT_GERMAN_NOUN
            and not _PARTICIPLE.search(word)
        )
        counted = (
            previous is not None
            and previous.group(0).lower() in _GERMAN_COUNTS
            and text[previous.end() : match.start()] == " "
            and word in _GERMAN_TIME_UNITS
        )
        if (
            after_article
            or suffix
            or counted
            or word in _german_terms()
            or (determined and _german_er_noun(text, match, common))
        ):
            out[match.start()] = out[match.start()].upper()
        previous = match
    never = lexicon("de").function_words | lexicon("de").number_words | _NOT_GERMAN_NOUN
    text = german_lexicon_nouns("".join(out), spans, never, _german_lower())
    text = _german_hyphen_streets(text, spans)
    return _german_first_names(german_short_days(text), spans, never)


# a German street whose name is joined to its kind with hyphens ("karl-marx-allee",
# "walther-von-der-vogelweide-straße"): a noun, and each part of the name a name;
# "-weg", "-ring", "-damm", "-ufer" only before a house number ("hin-und-weg" is smitten)
_GERMAN_HYPHEN_STREET = re.compile(
    r"(?<![#@/.\w'\u2019-])(?P<street>[^\W\d_]+(?:-[^\W\d_]+)*-(?:straße|strasse|allee|platz|gasse"
    r"|(?:weg|ring|damm|ufer)(?= \d{1,3}[a-z]?\b)))(?![\w'\u2019-])"
)
# the words inside such a name that keep their lower case ("von der", "an der", "zum")
_GERMAN_NAME_LINKS = _split("von vom der die das dem den des zu zum zur am an im in auf bei")


def _german_hyphen_streets(text: str, spans: list[tuple[int, int]]) -> str:
    """German ``text`` with a street joined by hyphens written with its capitals
    ("Karl-Marx-Allee", "Walther-von-der-Vogelweide-Straße", "Max-Planck-Ring 4")."""
    out = list(text)
    for match in _GERMAN_HYPHEN_STREET.finditer(text):
        street = match.group("street")
        if _inside(match.start(), spans) or street != street.lower():
            continue
        parts = street.split("-")
        # ("hin-und-weg 3 mal": a phrase with "und" is no street's name)
        if parts[0] in _GERMAN_NAME_LINKS or "und" in parts:
            continue
        at = match.start()
        for part in parts:
            if part not in _GERMAN_NAME_LINKS:
                out[at] = out[at].upper()
            at += len(part) + 1
    return "".join(out)


# a first name typed in lower case before a surname written with its capital ("helmut
# Rebholz"); a name that is a common English word too ("fine", "till", "boy") never
_FIRST_NAME_BEFORE = re.compile(r"(?<![#@/.\w'\u2019-])([^\W\d_]+) (?=[^\W\d_][^\W\d_]*\b)")
_ENGLISH_WORD_ZIPF = 5.0
# a noun this common (Zipf scale) after a first name's word is no surname, and the word
# before it is the adjective or adverb it also is ("ganz frank Leute", "kain Problem",
# "till Ende Mai"); the commonest nouns that are surnames too stay below ("Müller" 4.8,
# "König" 5.0, "Sommer" 5.1)
_NO_SURNAME_ZIPF = 5.2


def _common_noun(word: str) -> bool:
    """Whether ``word`` (lower case) is a noun the German list knows and so common that
    it is no surname ("leute", "ende", "problem", "zeit")."""
    return german_listed_noun(word) and zipf(word, "de") >= _NO_SURNAME_ZIPF


def _german_first_names(text: str, spans: list[tuple[int, int]], never: frozenset[str]) -> str:
    out = list(text)
    for match in _FIRST_NAME_BEFORE.finditer(text):
        name, after = match.group(1), text[match.end() :]
        surname = re.match(r"[^\W\d_]+", after)
        if (
            surname is not None
            and name in german_first_names()
            and len(name) >= 3
            and name not in never
            and not _inside(match.start(), spans)
            and surname.group(0)[:1].isupper()
            and surname.group(0)[1:].islower()
            and surname.group(0).lower() not in never
            and not _common_noun(surname.group(0).lower())
            and zipf(name, "en") < _ENGLISH_WORD_ZIPF
        ):
            out[match.start()] = out[match.start()].upper()
    return "".join(out)


# a saint's name: "st. nikolaus", "st. brigid's" (never "high st. in": a function word
# after a street's abbreviation), and a French hyphened one ("saint-boniface",
# "sainte-foy-lès-lyon"), a place or a church whatever follows
_SAINT_DOT = re.compile(r"(?<![\w#@/.-])(?P<st>st)\. (?P<name>[^\W\d_]+)")
_SAINT_PLACES = (
    *("kirche", "church", "chapel", "kapelle", "cathedral", "abbey", "église", "chiesa"),
    *("school", "schule", "college", "hospital", "klinik", "stift", "parish", "chor"),
    *("verein", "gemeinde", "pfarrei", "parroquia", "paróquia", "parrocchia", "paroisse"),
)
_SAINT_HYPHEN = re.compile(r"(?<![\w#@/.-])(?:saint|sainte|st|ste)(?:-[^\W\d_]+)+")
# English writes a saint's place without the dot too ("any st helier or st brelade
# shop"): only where a function word, a comma or a sentence's opening comes before it,
# never after a street's name ("high st from") or a number ("2 st this")
_SAINT_BARE = re.compile(r"(?<![\w#@/.'\u2019-])(?P<st>st) (?P<name>[a-z][^\W\d_]*)\b")


def _saint_capitals(text: str, language: str, spans: list[tuple[int, int]]) -> str:
    function_words = lexicon(language).function_words | lexicon("en").function_words
    out = list(text)
    for match in _SAINT_DOT.finditer(text):
        name = match.group("name")
        before = re.search(r"([^\W\d_]+)\W*$", text[: match.start()])
        if (
            _inside(match.start(), spans)
            or name != name.lower()
            or name in function_words
            # "Rose Inn St. preorder", "rose inn st. preorder": a street's abbreviation
            # after its name; a saint's comes after a function word, a comma or a church
            or match.group("st") != "st"
            or (
                before is not None
                and text[: match.start()].rstrip()[-1:].isalpha()
                and before.group(1).lower() not in function_words
                and not before.group(1).lower().endswith(_SAINT_PLACES)
            )
        ):
            continue
        out[match.start("st")] = out[match.start("st")].upper()
        out[match.start("name")] = out[match.start("name")].upper()
    for match in _SAINT_BARE.finditer(text) if language == "en" else ():
        typed = text[: match.start()].rstrip()
        word = re.search(r"([^\W\d_]+)$", typed)
        if (
            _inside(match.start(), spans)
            or match.group("name") in function_words
            or not (
                not typed
                or typed[-1] in ",.!?\n"
                or (word is not None and word.group(1).lower() in function_words)
            )
        ):
            continue
        out[match.start("st")] = "S"
        out[match.start("name")] = out[match.start("name")].upper()
    for match in _SAINT_HYPHEN.finditer(text):
        if _inside(match.start(), spans) or match.group(0) != match.group(0).lower():
            continue
        at = match.start()
        for k, part in enumerate(match.group(0).split("-")):
            if k == 0 or part not in function_words:
                out[at] = out[at].upper()
            at += len(part) + 1
    return "".join(out)


# a street, a park, a square in an English address: one or two words and the kind, in a
# list between commas whose next item is a town ("…, lumley beach road, Freetown"), with
# perhaps one word after the kind ("shipyards park rink": the rink in the park)
_ENGLISH_STREET = re.compile(
    r"(?:^|(?<=, )|(?<=[.!?] )|(?<=\n))(?P<name>[^\W\d_]+(?: [a-z][^\W\d_]*)?) "
    r"(?P<kind>road|street|avenue|lane|drive|square|park|bridge|crescent|terrace|way)"
    r"(?: [a-z][^\W\d_]*)?, (?P<town>[^\W\d_]+(?: [^\W\d_]+){0,2})(?=\s*(?:[,.;:!?)\n]|$))"
)


# a street in an English address that no town follows: a name no vocabulary knows
# before the kind, where a place stands (opening a sentence, after a comma, a house
# number or a place's preposition) and an address ends (punctuation, a figure):
# "kairaba avenue, opposite the pharmacy", "from 14 olumide crescent."
_ENGLISH_PLACED_STREET = re.compile(
    r"(?:^|(?<=, )|(?<=[.!?] )|(?<=\n)|(?<=\d )|(?<=\bon )|(?<=\bat )|(?<=\boff )"
    r"|(?<=\bfrom )|(?<=\bto )|(?<=\binto )|(?<=\bnear )|(?<=\balong )|(?<=\bin ))"
    r"(?P<name>[^\W\d_]+(?: [a-z][^\W\d_]*)?) "
    r"(?P<kind>road|street|avenue|lane|drive|crescent|terrace|boulevard|close)"
    r"(?=\s*(?:[,.;:!?)\n]|$)| \d)"
)


_OWNER = re.compile(r"(?<![#@/.\w'\u2019-])(?P<town>[a-z][^\W\d_]*)['\u2019]s(?![\w'\u2019-])")


def _english_town_owners(text: str, spans: list[tuple[int, int]]) -> str:
    """English ``text`` with a town's possessive written with its capital ("Lahore's
    loudest bird"), where the town is one the hashtags tag too: a name no language
    knows as a common word."""
    towns = plain_towns()
    out = list(text)
    for match in _OWNER.finditer(text):
        town = match.group("town")
        if not _inside(match.start(), spans) and towns.get(town) == _capital(town):
            out[match.start()] = out[match.start()].upper()
    return "".join(out)


def _openings(text: str) -> frozenset[int]:
    """Where ``text``'s sentences open: its start, and after an end mark or a line."""
    return frozenset({0} | {m.end() for m in re.finditer(r"(?:[.!?] |\n)", text)})


def _english_streets(text: str, spans: list[tuple[int, int]]) -> str:
    """English ``text`` with the street, park or square of an address written with its
    capitals ("Lumley Beach Road, Freetown", "Shipyards Park rink, Whitehorse"): after a
    comma or opening a sentence, where the next item after a comma is a town the
    gazetteer knows and the name's first word is one the vocabulary does not know, or a
    place the gazetteer writes ("Sefton Park, Liverpool", "London Road, Leeds"). A word
    the engine itself knows, a cue word among them, makes a kind of park or street, no
    name ("doggo park, Leeds", "parkrun park, Nottingham"), and so does a common word ("city
    park, Leeds", "the park road was closed" stay as typed)."""
    towns = _places("en")
    out = list(text)
    for match in _ENGLISH_STREET.finditer(text):
        words = match.group("name").lower().split(" ")
        first = match.group("name").split(" ")[0]
        place = towns.get(words[0]) == _capital(words[0])
        if (
            _inside(match.start(), spans)
            or len(words[0]) < 3
            # (a capital only where a sentence opens: "Shipyards park rink, …", or where
            # the place rule wrote it: "Sefton park")
            or not (
                first.islower()
                or (first[1:].islower() and (place or match.start() in _openings(text)))
            )
            or not (place or unknown_word(words[0], "en"))
            or words[0] in _common("en")
            or any(w in lexicon("en").function_words for w in words)
            or towns.get(match.group("town").lower()) != match.group("town")
        ):
            continue
        for at in (match.start("name"), match.start("kind")):
            out[at] = out[at].upper()
        if len(words) == 2:
            second = match.start("name") + len(words[0]) + 1
            out[second] = out[second].upper()
    return "".join(out)


def _english_placed_streets(text: str, spans: list[tuple[int, int]]) -> str:
    """English ``text`` with a street no town follows written with its capitals where its
    name is no word the vocabularies know ("Kairaba Avenue, opposite the pharmacy", "at
    14 Olumide Crescent."); "the hygge way", "a kombucha road trip", "down the street,"
    stay as typed."""
    out = list(text)
    for match in _ENGLISH_PLACED_STREET.finditer(text):
        words = match.group("name").split(" ")
        if (
            _inside(match.start(), spans)
            # (a capital only where a sentence opens: "Kairaba avenue, …")
            or not (
                words[0].islower() or (words[0][1:].islower() and match.start() in _openings(text))
            )
            or not all(
                len(w) > 2 and unknown_word(w.lower(), "en") and _name_word(w.lower(), "en")
                for w in words
            )
        ):
            continue
        at = match.start()
        for word in words:
            out[at] = out[at].upper()
            at += len(word) + 1
        out[match.start("kind")] = out[match.start("kind")].upper()
    return "".join(out)


def proper_capitals(text: str, language: str) -> str:
    """``text`` with the proper names it types in lower case written with their capitals:
    the gazetteer's places, a business's name after its kind ("friterie Le Cormoran"),
    and in German the nouns that are certainly nouns.

    Args:
        text: a caption in ``language``.
        language: one of the six caption languages; any other leaves ``text`` as it is.
    """
    if language not in LANGUAGES:
        return text
    text = _place_capitals(text, language, _markup_spans(text))
    # "fino a san galgano", "rio são bento", "lago di como": a saint's or a landmark's
    text = named_places(
        text,
        language,
        _markup_spans(text),
        _places(language),
        _word_forms(language),
        lexicon(language).function_words,
    )
    text = _saint_capitals(text, language, _markup_spans(text))
    # "in sottrum,", "à plouha.": a town the gazetteer lacks, known by its place
    after = lexicon(language).function_words | _COMMON_VERBS.get(language, frozenset())
    text = unlisted_towns(text, language, _markup_spans(text), _common(language), after)
    text = _venue_capitals(text, language, _markup_spans(text))
    if language in ROMANCE:  # "bar do zequinha", "clinique vétérinaire des ajoncs"
        text = _linked_names(text, language, _markup_spans(text))
    # "dr. lemke", "nonna ines", "notre chat filou": a person's or a pet's name
    text = people_capitals(
        text,
        language,
        _markup_spans(text),
        lambda word: _name_word(word, language),
        lexicon(language).function_words,
    )
    if language == "en":
        text = _english_opened(_english_business(text))
        # "…, lumley beach road, freetown": a street in an address
        text = _english_streets(text, _markup_spans(text))
        # "kairaba avenue, opposite the pharmacy": a street no town follows
        text = _english_placed_streets(text, _markup_spans(text))
        text = _english_town_owners(text, _markup_spans(text))
    if language == "de":
        text = _german_nouns(text, _markup_spans(text))
    if language in ROMANCE:
        text = _romance_names(text, language)
    return text


def _romance_names(text: str, language: str) -> str:
    """The streets, the names after "chez", the brands and acronyms of a Romance caption
    (:mod:`captions._names_rom`)."""
    towns = _places(language)

    def is_name(word: str) -> bool:
        return _name_word(word, language)

    text = street_capitals(text, language, _markup_spans(text), is_name, towns.__contains__)
    # "calle colegio de la orotava", "in via cavour,": an everyday word named by the address
    text = placed_street_capitals(
        text,
        language,
        _markup_spans(text),
        is_name,
        towns.__contains__,
        lexicon(language).function_words,
    )
    if language == "fr":
        text = chez_capitals(text, _markup_spans(text), is_name)
    # "lanzamos la mochila tarpa": a product's name after its kind, at a launch
    text = launch_capitals(text, language, _markup_spans(text), is_name)
    return brand_capitals(text, language, _markup_spans(text))


# the short forms of days and months (a date's capitals are no name's)
_SHORT_DATES = _split(
    "mon tue tues wed thu thur thurs fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec"
)
# the end of a German verb's forms and adverbs' ("laden", "wartet", "endlich")
_NOT_A_GERMAN_NAME = re.compile(r"(?:t|st|en|lich|ig|isch|ens|mal)$")
_ANY_WORD = re.compile(r"(?<![#@/.\w'\u2019-])[^\W\d_]+(?![\w@/#'\u2019-]|\.\w)")


def same_name_everywhere(typed: str, written: str, language: str) -> str:
    """``written`` (``typed`` with its names' capitals) with a name it writes with a
    capital once written so wherever else it stands in lower case: a template's slot
    filled with the brief's word ("Drop a 🐾 for pickles." under "Say hello to Pickles,
    our new office cat") or another sentence of the brief ("sagt pauli hallo").

    The same word after an article, a possessive or a demonstrative is the everyday word
    ("Meet Biscuit … grab a biscuit"); in German, where every noun has a capital, only a
    name that is no noun's and no verb's form is carried ("wir laden euch ein" stays).

    Args:
        typed: a caption before the name rules ran.
        written: the same caption after them (the same words, some with a capital).
        language: the caption's language.
    """
    before, after = list(_ANY_WORD.finditer(typed)), list(_ANY_WORD.finditer(written))
    if len(before) != len(after) or any(
        a.group(0).lower() != b.group(0).lower() for a, b in zip(before, after, strict=True)
    ):
        return written
    names = _proven_names(before, after, written, language)
    if not names:
        return written
    determiners = taxonomy(language).determiners
    out = list(written)
    for k, match in enumerate(after):
        word = match.group(0)
        if word not in names:
            continue
        previous = after[k - 1] if k else None
        if (
            previous is not None
            and written[previous.end() : match.start()] == " "
            and previous.group(0).lower() in determiners
        ):
            continue
        out[match.start()] = out[match.start()].upper()
    return "".join(out)


def _proven_names(
    before: list[re.Match[str]], after: list[re.Match[str]], written: str, language: str
) -> set[str]:
    """The words (lower case) typed in lower case in ``before`` and written as a name in
    ``after`` (the same words in ``written``): no sentence's first word, date, function
    word or word the engine uses."""
    # a capital a sentence's start or a heading's colon gives proves no name
    names = {
        b.group(0).lower()
        for a, b in zip(before, after, strict=True)
        if a.group(0).islower()
        and b.group(0)[:1].isupper()
        and b.group(0)[1:].islower()
        and written[: b.start()].rstrip(" ")[-1:] not in ("", ".", "!", "?", ":", "\n")
    }
    # a month's or a day's short form is a date's ("Thursday May 6", "Sat 2pm"), a
    # function word and a letter no name's
    lex = lexicon(language)
    names = {
        n
        for n in names
        if len(n) > 2
        and n not in lex.function_words | lex.months | lex.weekdays | _SHORT_DATES
        # a kind or a word the engine uses ("Wren Café", "Osteria del Gufo") is also
        # the everyday word elsewhere
        and n not in _common(language)
    }
    if language == "de":
        names = {n for n in names if not german_noun_form(n) and not _NOT_A_GERMAN_NAME.search(n)}
    return names


def brief_names(brief: str, text: str, language: str) -> str:
    """``text``, a caption, with a name its ``brief`` proves written so where the caption
    keeps the brief's two words: the word before the name and the name ("à la brasserie
    du cygne, colmar" proves "du Cygne" by its town; a caption that sets "Colmar" in a
    sentence of its own still says "la brasserie du Cygne").

    Args:
        brief: the post as the user typed it.
        text: a caption of it, its own names already written.
        language: the caption's language.
    """
    if language == "de":
        return text
    text = _brief_phrases_carried(brief, text, language)
    pairs = _brief_pairs(brief, language)
    if not pairs:
        return text
    words = list(_ANY_WORD.finditer(text))
    out = list(text)
    for k, match in enumerate(words):
        word = match.group(0)
        if not k or word != word.lower() or text[words[k - 1].end() : match.start()] != " ":
            continue
        name = pairs.get((words[k - 1].group(0).lower(), word))
        if name is not None and len(name) == len(word):
            out[match.start() : match.end()] = name
    return "".join(out)


def _brief_phrases_carried(brief: str, text: str, language: str) -> str:
    """``text`` with each name of several words its ``brief`` proves (:func:`_brief_phrases`)
    written so where the caption keeps its words in lower case, the first one perhaps with
    a sentence's capital ("ngoma dance club, lilongwe turns 10" proves "Ngoma Dance
    Club"; a caption that sets "Lilongwe" in a sentence of its own still says "Ngoma
    Dance Club.", never "Ngoma dance club.")."""
    phrases = _brief_phrases(brief, language)
    if not phrases:
        return text
    words = list(_ANY_WORD.finditer(text))
    out = list(text)
    for k in range(len(words)):
        for typed, written in phrases:
            run = words[k : k + len(typed)]
            if (
                len(run) == len(typed)
                and all(w.group(0).lower() == t for w, t in zip(run, typed, strict=True))
                and all(text[a.end() : b.start()] == " " for a, b in itertools.pairwise(run))
                and run[0].group(0)[1:] == run[0].group(0)[1:].lower()
                and all(w.group(0).islower() for w in run[1:])
            ):
                for w, name in zip(run, written, strict=True):
                    out[w.start() : w.end()] = name
                break
    return "".join(out)


@functools.lru_cache(maxsize=32)
def _brief_phrases(
    brief: str, language: str
) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """The names of several words ``brief`` proves, each as its words in lower case and
    as written: two words or more, one space apart, each typed in lower case and each
    written by the name rules with its capital ("ngoma dance club, lilongwe" proves
    "Ngoma Dance Club"), one of them no word the engine uses (a run of a kind's words
    alone proves nothing). Read once per brief, not once per variant."""
    written = proper_capitals(brief, language)
    typed, proven = list(_ANY_WORD.finditer(brief)), list(_ANY_WORD.finditer(written))
    if len(typed) != len(proven) or any(
        a.group(0).lower() != b.group(0).lower() for a, b in zip(typed, proven, strict=True)
    ):
        return ()
    common = _common(language)
    phrases: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
    run: list[int] = []
    for k, (a, b) in enumerate(zip(typed, proven, strict=True)):
        named = a.group(0).islower() and b.group(0)[:1].isupper()
        joined = bool(run) and brief[typed[run[-1]].end() : a.start()] == " "
        if named and (joined or not run):
            run.append(k)
            continue
        phrases += _phrase(run, typed, proven, common)
        run = [k] if named else []
    phrases += _phrase(run, typed, proven, common)
    return tuple(phrases)


def _phrase(
    run: list[int],
    typed: list[re.Match[str]],
    proven: list[re.Match[str]],
    common: frozenset[str],
) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """The phrase a run of name words makes, if it is one (:func:`_brief_phrases`)."""
    if len(run) < 2 or all(typed[k].group(0) in common for k in run):
        return []
    return [(tuple(typed[k].group(0) for k in run), tuple(proven[k].group(0) for k in run))]


@functools.lru_cache(maxsize=32)
def _brief_pairs(brief: str, language: str) -> dict[tuple[str, str], str]:
    """The names ``brief`` proves, each by the word before it (lower case) and itself,
    with its written form (read once per brief, not once per variant)."""
    written = proper_capitals(brief, language)
    typed, proven = list(_ANY_WORD.finditer(brief)), list(_ANY_WORD.finditer(written))
    if len(typed) != len(proven) or any(
        a.group(0).lower() != b.group(0).lower() for a, b in zip(typed, proven, strict=True)
    ):
        return {}
    names = _proven_names(typed, proven, written, language)
    return {
        (typed[k - 1].group(0).lower(), b.group(0).lower()): b.group(0)
        for k, b in enumerate(proven)
        if k and b.group(0).lower() in names and brief[typed[k - 1].end() : typed[k].start()] == " "
    }


# a word mid-sentence: after a letter, a figure or a comma, never after a sentence's end,
# a colon, an emoji or a quote (a capital there may be the sentence's)
_MID_SENTENCE = re.compile(r"[\w,;] *$")
# the openings of a brief's sentences: its first letter, and each after an end mark
_OPENING = re.compile(r"(?:^|[.!?]\s+|\n)\W*([^\W\d_])")


def _mid_sentence(text: str, at: int) -> bool:
    """Whether ``_MID_SENTENCE`` finds the text before ``at`` mid-sentence, searched from
    the last character before it that is no space or newline: a match is that character,
    spaces and at most a final newline, so the search of all the text before every word
    (quadratic in the brief's length) finds nothing more."""
    start = at
    while start and text[start - 1] in " \n":
        start -= 1
    return _MID_SENTENCE.search(text, max(start - 1, 0), at) is not None


def typed_lower_case(brief: str, language: str | None = None) -> frozenset[str]:
    """The words a brief written with its capitals types in lower case mid-sentence, and
    never with a capital: the writer's everyday words, never a name ("tracce di noci
    non dichiarate" beside "Pastificio Il Fagiano di Pavia"), whatever town or name
    they spell. Empty for a brief typed in lower case (most of its sentences open in
    lower case, or no word mid-sentence has a capital): there the rules restore them.

    A town the gazetteer knows in ``language`` that no common word spells ("in london",
    "to valencia") is a slip of the writer's, and takes its capital still.

    Args:
        brief: the post as the user typed it.
        language: the post's language, if known.
    """
    openings = _OPENING.findall(brief)
    if not openings or sum(c.isupper() for c in openings) * 10 < len(openings) * 7:
        return frozenset()
    spans = _markup_spans(brief)
    lower: set[str] = set()
    capital: set[str] = set()
    for match in _ANY_WORD.finditer(brief):
        word = match.group(0)
        if _inside(match.start(), spans) or not _mid_sentence(brief, match.start()):
            continue
        if word.islower():
            lower.add(word)
        elif word[:1].isupper() and (len(word) == 1 or not word[1:].isupper()):
            capital.add(word.lower())  # "Pavia", "Il", never "I" or "DM"
    if not capital - {"i"}:
        return frozenset()
    if language in LANGUAGES:
        towns = gazetteer(language)
        lower = {
            word
            for word in lower
            if not (
                word in _places(language)
                and word not in _word_forms(language)
                and _places(language)[word] in towns.towns
            )
        }
    return frozenset(lower - capital)


def kept_as_typed(named: str, written: str, lower: frozenset[str]) -> str:
    """``written`` (``named`` with the capitals of the name rules) with each word of
    ``lower`` (:func:`typed_lower_case`) in lower case again where ``named`` had it so.

    Args:
        named: a caption before the name rules wrote their capitals.
        written: the same caption after them (the same letters, some capitals more).
        lower: the words the brief's writer typed in lower case.
    """
    if not lower or len(named) != len(written) or named.lower() != written.lower():
        return written
    out = written
    for match in _ANY_WORD.finditer(written):
        word = match.group(0)
        start, end = match.span()
        if word.lower() in lower and named[start:end].islower() and not word.islower():
            out = out[:start] + named[start:end] + out[end:]
    return out
