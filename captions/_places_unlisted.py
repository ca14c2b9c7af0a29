"""Towns the gazetteer lacks, typed in lower case, known by their place in a sentence.

The gazetteer holds towns of 15,000 people or more; a brief names smaller ones as
often: "probefahrt im laden in sottrum", "atelier à plouha", "taller a ulldecona",
"mercatino a pontremoli". A caption a manager would post writes them with a capital. A
word stands where a town does when:

- it follows a preposition of place that a town takes ("in", "aus", "bei", "nach";
  "à"; "en", "a", "desde"; "em"; "a"), and ends the phrase: a comma, a sentence's end, a
  function word or a common verb ("… a ulldecona *y* …", "en calaceite *abre*") or a
  figure comes next, never a content word
  ("a granel bio" may describe);
- the language's vocabulary does not know it (``wordfreq``'s common words of the
  language and of English; for German, also no noun, compound or other form
  ``german-nouns`` knows, and no word used ten times in a million);
- it is no adverbial phrase's rare word ("a mansalva", "a squarciagola", "in petto");
- it is no infinitive after "a" ("sono venuti a sfornare", "venite a mangià", "vamos a
  chapotear"): in Italian one whose gerund the vocabulary knows ("sfornando",
  "mangiando"; no town has one), in Spanish and Portuguese, whose towns end as
  infinitives do ("a almenar", "a alcover"), only after a verb that goes on with an
  infinitive ("vamos", "venid", "ayudamos");
- it is not the last word of a French farewell said as a sentence of its own ("Aiò, à
  prestu", "Salut, à prestu !"): "à" there says when, not where.

English, whose colours and materials follow "in" as towns do ("now in taupe", "comes in
boucle"), takes a town there only after a business ("Moss Vets in ormskirk") or a verb of
where one is ("based in dorrigo", "here in", "born in").

As elsewhere, a word typed with a capital, a hashtag, a mention, a link and an e-mail
address are left as typed; a wrong capital is worse than a missing one.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from ._lexicon import lexicon
from ._names_rom import ROMANCE, unknown_word
from ._nouns_de import german_noun_form
from ._verbs import verb_form

__all__ = ["english_unlisted_towns", "unlisted_towns"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# the prepositions a town follows (a Portuguese "a" is an article as often; "de", "di"
# join two nouns as often as they name a town's)
_PREPOSITIONS: dict[str, frozenset[str]] = {
    "de": frozenset({"in", "aus", "bei", "nach"}),
    "es": frozenset({"en", "a", "desde", "hasta"}),
    "pt": frozenset({"em", "desde", "até"}),
    "fr": frozenset({"à", "depuis"}),
    "it": frozenset({"a"}),
}
# adverbial phrases whose word after the preposition the common vocabulary lacks
_PHRASES: dict[str, frozenset[str]] = {
    "de": frozenset({"bälde", "petto", "natura", "spe", "situ", "vitro", "vivo", "toto"}),
    "es": _words(
        """mansalva granel cuclillas hurtadillas horcajadas sabiendas rajatabla destajo
        tutiplén trancas regañadientes quemarropa ayunas raudales borbotones tientas
        pie-juntillas"""
    ),
    "pt": _words("granel avulso prazo pix"),
    "fr": _words(
        """gogo tue-tête foison tâtons califourchon bâbord tribord reculons croquer vrac
        volonté"""
    ),
    "it": _words(
        """iosa gogò squarciagola crepapelle bizzeffe casaccio sbafo zonzo tentoni
        bruciapelo vanvera menadito ufo cavalcioni"""
    ),
}
# a German word this frequent (Zipf scale) is one, whatever the noun list says
_GERMAN_WORD_ZIPF = 4.0
_WORD = r"[^\W\d_]+(?:-[^\W\d_]+)*"
# what may follow a town: punctuation, the text's end, a figure or a word (checked)
_AFTER = re.compile(r"(?:\s*(?:[,.;:!?)\u2013\u2014]|$)|\s+\d| (?P<next>[^\W\d_]+))")


@functools.cache
def _pattern(language: str) -> re.Pattern[str]:
    preps = "|".join(sorted(_PREPOSITIONS[language], key=len, reverse=True))
    return re.compile(
        rf"(?<![\w#@/.'\u2019-])(?i:{preps}) (?P<word>{_WORD})(?![\w@/#'\u2019]|\.\w)"
    )


def _german_word(word: str) -> bool:
    return german_noun_form(word) or _zipf(word, "de") >= _GERMAN_WORD_ZIPF


def _zipf(word: str, language: str) -> float:
    import wordfreq

    value: float = wordfreq.zipf_frequency(word, language, wordlist="small")
    return value


def _unknown(word: str, language: str) -> bool:
    if language == "de":
        return not _german_word(word) and unknown_word(word, "en")
    return unknown_word(word, language)


# the diminutives ("tendina", "quadretti", "cuadritos", "bolinhas") and the other endings
# (number, gender: "balze", "tubino") of a word the vocabulary knows: "frangia a
# tendina", "falda a cuadritos" describe, never name a town
_SUFFIXES: dict[str, tuple[str, ...]] = {
    "it": ("ina", "ino", "ine", "ini", "etta", "etto", "ette", "etti", "ella", "ello"),
    "es": ("ito", "ita", "itos", "itas", "illo", "illa", "illos", "illas"),
    "pt": ("inho", "inha", "inhos", "inhas", "zinho", "zinha"),
}
_STEM_ENDINGS: dict[str, tuple[str, ...]] = {
    "it": ("a", "o", "e", "i", ""),
    "es": ("a", "o", "as", "os", "e", "es", ""),
    "pt": ("a", "o", "as", "os", "e", "es", ""),
}
_KNOWN_ZIPF = 3.0


def form_of_a_word(word: str, language: str) -> bool:
    """Whether ``word`` is a diminutive or another ending of a word ``language``'s
    vocabulary knows ("tendina" of "tenda", "cuadritos" of "cuadro", "balze" of
    "balza")."""
    endings = _STEM_ENDINGS.get(language)
    if endings is None:
        return False
    stems = {word[: -len(s)] for s in _SUFFIXES[language] if word.endswith(s)}
    stems |= {word[:-1]} if word[-1:] in "aeio" else set()
    # "cuadr-itos": a stem's hard sound may be spelled anew ("poquito" of "poco")
    stems |= {s[:-2] + "c" for s in stems if s.endswith("qu")}
    return any(
        len(stem) >= 3 and _zipf(stem + ending, language) >= _KNOWN_ZIPF
        for stem in stems
        for ending in endings
        if stem + ending != word
    )


def _written(word: str, function_words: frozenset[str]) -> str:
    """``word`` with a capital, and each part after a hyphen that is no function word
    ("saint-jean-de-luz" is "Saint-Jean-de-Luz")."""
    parts = word.split("-")
    return "-".join(
        p[:1].upper() + p[1:] if k == 0 or p not in function_words else p
        for k, p in enumerate(parts)
    )


# an infinitive's stem and vowel: Italian "-are/-ere/-ire" or, cut short as Tuscany says it,
# "-à/-é/-ì" ("venite a vedé"); Spanish and Portuguese "-ar/-er/-ir"
_INFINITIVE: dict[str, re.Pattern[str]] = {
    "it": re.compile(r"(?P<stem>[^\W\d_]{2,}?)(?:(?P<vowel>[aei])re|(?P<cut>[àéèìí]))"),
    "es": re.compile(r"(?P<stem>[^\W\d_]{2,}?)(?P<vowel>[aei])r"),
    "pt": re.compile(r"(?P<stem>[^\W\d_]{2,}?)(?P<vowel>[aei])r"),
}
_CUT_VOWELS = {"à": "a", "é": "e", "è": "e", "ì": "i", "í": "i"}
# the verbs an infinitive follows after "a": of going and coming ("vamos a cenar", "venid
# a probar", "vem a correr"), after which a town may come too ("vamos a alcover") ...
_GOING = re.compile(
    r"(?i:v[oa]y|vas|va|vamos|vais|van|vaya|vayan|vayamos|íbamos|iba|iban|fui|fue|fuimos"
    r"|fueron|id|ir|ven|venid|venir|vengan?|vengo|vienen?|vienes|venimos|vinieron|vino"
    r"|vuelv[eoa]n?|vuelves|volvemos|volved|volver|vou|vai|vão|vem|vêm|vens|vimos|venha"
    r"|venham|vir|voltamos|volta|voltem?|voltar)"
)
# ... and the verbs after which "a" opens only an infinitive ("os ayudamos a zampar",
# "empezamos a", "começámos a", "aprende a")
_GOES_ON = re.compile(
    r"(?i:ayud|empez|empiez|empec|comenz|comienz|comenc|aprend|enseñ|ajud|começ|comec|ensin)"
    r"[^\W\d_]*"
)


def _gerund(stem: str, vowel: str, language: str) -> bool:
    """Whether the gerund of the infinitive ``stem`` + ``vowel`` is a word ``language``'s
    vocabulary knows ("sfornando", "chapoteando", "correndo")."""
    if language == "it":
        forms = [stem + ("ando" if vowel == "a" else "endo")]
    elif language == "es":
        forms = [stem + "ando"] if vowel == "a" else [stem + "iendo", stem + "yendo"]
    else:
        forms = [stem + vowel + "ndo"]
    # (the small list first, the one ``_zipf`` already holds: the large one costs 30 to 65
    # MiB on its first lookup in a language, and is read only for a gerund the small one
    # lacks: "sfornando", "chapoteando")
    return any(_zipf(form, language) > 0 for form in forms) or any(
        _zipf_any(form, language) > 0 for form in forms
    )


@functools.cache
def _zipf_any(word: str, language: str) -> float:
    """``word``'s frequency in ``language``'s full word list (its rare words too)."""
    import wordfreq

    value: float = wordfreq.zipf_frequency(word, language)
    return value


def _infinitive_after_a(text: str, match: re.Match[str], language: str) -> bool:
    """Whether the word after "a" in ``match`` is an infinitive, a verb, not a town."""
    shape = _INFINITIVE.get(language)
    word = match.group("word").lower()
    found = shape.fullmatch(word) if shape else None
    if found is None or match.group(0).split()[0].lower() != "a":
        return False
    vowel = found.group("vowel") or _CUT_VOWELS[found.group("cut")]
    if language == "it":
        return _gerund(found.group("stem"), vowel, language)
    before = text[: match.start()].split()
    verb = before[-1].strip(".,;:!?¡¿\"'«»") if before else ""
    if _GOES_ON.fullmatch(verb):
        return True
    return bool(_GOING.fullmatch(verb)) and _gerund(found.group("stem"), vowel, language)


# a French farewell that is a sentence of its own, a word and "à" + when ("Aiò, à prestu",
# "Salut, à prestu !"), after the text's start, a sentence's end or an emoji
_FAREWELL = re.compile(
    r"(?:^|(?<=[^\w\s,;:'\u2019-])\s*|\n)(?:(?P<word>[^\W\d_]+), )?(?i:à) [^\W\d_]+"
    r"(?:\s*[!.…]+(?:\s|$)|\s*(?:\n|$))"
)


def _farewell(text: str, match: re.Match[str], language: str) -> bool:
    """Whether ``match`` ends a French farewell said as its own sentence ("Aiò, à
    prestu"): never after a day, which says when something happens where ("Samedi, à
    plouha.")."""
    if language != "fr":
        return False
    for found in _FAREWELL.finditer(text):
        if found.start() <= match.start() and found.end() >= match.end():
            days = lexicon(language).weekdays | set(lexicon(language).relative_days)
            return (found.group("word") or "").lower() not in days
    return False


def _towns(
    text: str,
    pattern: re.Pattern[str],
    spans: list[tuple[int, int]],
    may_be_town: Callable[[re.Match[str]], bool],
    function_words: frozenset[str],
) -> str:
    out = text
    for match in pattern.finditer(text):
        word = match.group("word")
        if word != word.lower() or any(a <= match.start() < b for a, b in spans):
            continue
        after = _AFTER.match(text, match.end())
        if after is None:
            continue
        following = after.group("next")
        if following is not None and following.lower() not in function_words:
            continue
        if not may_be_town(match):
            continue
        start = match.start("word")
        out = out[:start] + _written(word, function_words) + out[match.end("word") :]
    return out


def unlisted_towns(
    text: str,
    language: str,
    spans: list[tuple[int, int]],
    common: frozenset[str],
    function_words: frozenset[str],
) -> str:
    """``text`` with the towns the gazetteer lacks written with their capital where a
    town stands ("in sottrum," is "in Sottrum,", "à plouha." is "à Plouha.").

    Args:
        text: a German, Spanish, Portuguese, French or Italian caption.
        language: its language; any other leaves ``text`` as it is.
        spans: the hashtags, mentions, links and addresses of ``text``, left as typed.
        common: the words the engine itself uses in ``language``: never a town.
        function_words: the language's function words and commonest verbs (a town may
            come before one: "en calaceite *abre*").
    """
    if language not in ROMANCE and language != "de":
        return text
    phrases = _PHRASES[language]

    def may_be_town(match: re.Match[str]) -> bool:
        word = match.group("word")
        return (
            len(word) >= 4
            and word not in common
            and word not in phrases
            and _unknown(word, language)
            and not form_of_a_word(word, language)
            # "a probarlas", "a trovarci": an infinitive with its pronouns
            and not verb_form(word, language)
            # "venuti a sfornare", "vamos a chapotear": a verb after "a"
            and not _infinitive_after_a(text, match, language)
            and not _farewell(text, match, language)  # "Aiò, à prestu"
        )

    return _towns(text, _pattern(language), spans, may_be_town, function_words)


# after these an English "in" names where one is
_ENGLISH_WHERE = _words("based located here born raised moved moving visiting living lives live")
# after these an English "in" offers a thing in a colour or a stuff ("now in taupe",
# "comes in boucle", "all sizes in chambray"), or joins no noun at all: no town follows
_ENGLISH_NOT_WHERE = _words(
    """available now comes come came coming also made dyed finished knitted printed
    painted shot dressed done out it them one ones all up back only size sizes colour
    colours color colors colourway colourways shade shades finish finishes tone tones
    fabric fabrics stock restocked stocked drops dropped landed arrives arrived is are was
    were be been"""
)
_ENGLISH_IN = re.compile(
    rf"(?<![\w#@/.'\u2019-])(?P<before>[^\W\d_]+) (?i:in) (?P<word>{_WORD})"
    r"(?![\w@/#'\u2019]|\.\w)"
)


def english_unlisted_towns(
    text: str,
    spans: list[tuple[int, int]],
    everyday: Callable[[str], bool],
    kinds: frozenset[str],
    function_words: frozenset[str],
) -> str:
    """An English ``text`` with a town the gazetteer lacks written with its capital after
    "in", where a business ("Moss Vets in ormskirk"), a verb of where one is ("based
    in dorrigo") or another noun ("the parkrun crew in lurgan") comes before: "now in
    taupe", "comes in boucle" keep their colour and stuff (and ``everyday`` knows the
    colours and stuffs English lacks: "the cushion in celadon").

    Args:
        text: an English caption.
        spans: its hashtags, mentions, links and addresses, left as typed.
        everyday: whether a word is an everyday English word (never a town here).
        kinds: the kinds of business a name comes before ("vets", "bakery").
        function_words: English function words (a town may come before one).
    """

    def may_be_town(match: re.Match[str]) -> bool:
        word, before = match.group("word"), match.group("before")
        stripped = text[: match.start()].rstrip()
        opening = not stripped or stripped[-1] in ".!?\n"
        low = before.lower()
        business = low in kinds or (before[:1].isupper() and not opening)
        # "the parkrun crew in lurgan", "a weekend baker in todmorden": a noun's place
        noun = (
            low not in _ENGLISH_NOT_WHERE
            and low not in function_words
            and not low.endswith(("ed", "ly"))
            and len(low) >= 3
        )
        return (
            (business or low in _ENGLISH_WHERE or noun)
            and len(word) >= 4
            and not everyday(word)
            and unknown_word(word, "en")
        )

    return _towns(text, _ENGLISH_IN, spans, may_be_town, function_words)
