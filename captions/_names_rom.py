"""The names a Spanish, French, Portuguese or Italian brief types in lower case and the
article-led rules of :mod:`captions._propercase` cannot see.

A brief says "studio allodola a taranto", "queijaria seriema em tiradentes", "pasa por
el local en la av. balta", "le dépanneur chez gégé" or "manda tu cv por whatsapp"; a
caption a manager would post says "studio Allodola", "queijaria Seriema", "av. Balta",
"chez Gégé", "CV" and "WhatsApp". Four kinds of evidence, each strong on its own:

- a word right after a business's kind, with no article, that the language's common
  vocabulary does not know (``wordfreq``'s small lists of Spanish, French, Portuguese,
  Italian and English: every word used once in a million or more): "pizzeria napoletana",
  "studio fotografico", "atelier couture" are described, "studio allodola" is named;
- a street's name after its kind ("av.", "calle", "rua", "via", "rue"), over the linking
  words ("rue des lilas"); where the kind is also an everyday word ("via", "place",
  "corso") only a word the vocabulary does not know, or a town, is a name; where the
  address shows (a town or a house number after the name, a place's preposition
  before the kind: "calle colegio de la orotava", "in via cavour,") any word that is
  no function word, verb or adjective ("calle Colegio", "via Cavour");
- a name after the French "chez" ("chez gégé"), unless the word is a very common one;
- the brands and acronyms people type in lower case, from a curated list ("whatsapp",
  "google maps", "mercado libre", "cv", "asd").

As in :mod:`captions._propercase`, a word that already carries a capital, a hashtag, a
mention, a link and an e-mail address are left as typed.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable

__all__ = [
    "GENERIC_KINDS",
    "launch_capitals",
    "ROMANCE",
    "brand_capitals",
    "chez_capitals",
    "describing",
    "name_like",
    "placed_street_capitals",
    "street_capitals",
    "unknown_word",
    "zipf",
]

ROMANCE = frozenset({"es", "fr", "pt", "it"})

# kinds of business that are also everyday words ("el bar", "la tienda", "a casa"): a
# name after them, with an article or without, must be a word the vocabulary lacks
# (a band, a choir, a hall are named as a business is: "la banda los quirquinchos", "le
# trio marsouin", "sala tamborín"), and so are a school, a church, a club and a team ("el
# colegio los alcatraces", "l'école des tilleuls", "la squadra i girasoli")
GENERIC_KINDS: dict[str, frozenset[str]] = {
    "es": frozenset(
        {"restaurante", "bar", "café", "tienda", "hotel", "hostal", "casa", "finca"}
        | {"banda", "grupo", "dúo", "trío", "coro", "orquesta", "sala"}
        | {"colegio", "escuela", "liceo", "instituto", "guardería", "iglesia", "parroquia"}
        | {"club", "equipo", "peña"}
    ),
    "pt": frozenset(
        {"restaurante", "bar", "café", "loja", "hotel", "pousada", "casa", "quinta"}
        | {"banda", "grupo", "duo", "trio", "coro", "orquestra"}
        | {"escola", "colégio", "creche", "igreja", "paróquia", "clube", "equipa"}
    ),
    "it": frozenset(
        {"ristorante", "bar", "negozio", "albergo", "hotel", "locanda", "casa"}
        | {"band", "gruppo", "duo", "trio", "coro", "orchestra"}
        | {"scuola", "liceo", "asilo", "chiesa", "parrocchia", "club", "squadra", "polisportiva"}
    ),
    "fr": frozenset(
        {"restaurant", "bar", "café", "boutique", "hôtel", "auberge", "gîte", "maison"}
        | {"groupe", "duo", "trio", "chorale", "orchestre", "salle"}
        | {"école", "collège", "lycée", "crèche", "église", "paroisse", "club", "équipe"}
        | {"amicale"}
    ),
}

# a word is common when it is used once in a million words or more (Zipf 3): the
# small lists hold exactly those
_SMALL = "small"
# after "chez" a name may be a word too ("chez ginette"): only a very common one is not
_VERY_COMMON_ZIPF = 4.0


@functools.cache
def _frequencies(language: str) -> dict[str, float]:
    """The language's common words and their frequencies, read on first use only (the
    library and its lists cost ~30 MiB, which a service that never reads a Romance brief
    should not pay at start-up)."""
    import wordfreq

    table: dict[str, float] = wordfreq.get_frequency_dict(language, wordlist=_SMALL)
    return table


def unknown_word(word: str, language: str) -> bool:
    """Whether ``word`` (lower case) is unknown to ``language``'s common vocabulary and to
    English's (a caption borrows English words: "vintage", "design")."""
    return word not in _frequencies(language) and word not in _frequencies("en")


# what a describing word ends with ("panadería *artesana*", "macelleria *equina*",
# "fromagerie *fermière*", "pastelaria *conventual*"): a rare adjective is no name either
_DESCRIBING = {
    "es": re.compile(
        r"(?:an[oa]s?|in[oa]s?|ic[oa]s?|al|ales|bles?|antes?|entes?|iv[oa]s?|os[oa]s?"
        r"|enses?|és|esas?|istas?|[aií]d[oa]s?|ari[oa]s?|eñ[oa]s?)$"
    ),
    "pt": re.compile(
        r"(?:an[oa]s?|in[oa]s?|ic[oa]s?|al|ais|vel|veis|antes?|entes?|iv[oa]s?|os[oa]s?"
        r"|enses?|ês|esas?|istas?|[aií]d[oa]s?|ári[oa]s?)$"
    ),
    "it": re.compile(
        r"(?:an[oaie]|in[oaie]|ic[oa]|ic[hi]e|ici|al[ei]|bil[ei]|ant[ei]|ent[ei]|iv[oaie]"
        r"|os[oaie]|es[ei]|ist[aie]|at[oaie]|ut[oaie]|ar[io]|ari[oae])$"
    ),
    "fr": re.compile(
        r"(?:ales?|aux|el|elles?|eux|euses?|iques?|if|ives?|ée?s?|iens?|iennes?|aines?"
        r"|ines?|ois|oises?|iers?|ières?|ants?|antes?|ents?|entes?|ables?|ibles?|aires?"
        r"|esques?|onnes?)$"
    ),
}


def name_like(word: str, language: str) -> bool:
    """Whether ``word`` (lower case) may be a name where a describing word may stand too
    (right after a business's or a street's kind): a word the vocabulary does not know
    that does not end like an adjective or a participle."""
    describing = _DESCRIBING.get(language)
    return unknown_word(word, language) and not (describing and describing.search(word))


def describing(word: str, language: str) -> bool:
    """Whether ``word`` (lower case) ends like an adjective or a participle of
    ``language`` ("simpática", "fermière")."""
    pattern = _DESCRIBING.get(language)
    return pattern is not None and pattern.search(word) is not None


def zipf(word: str, language: str) -> float:
    """How common ``word`` is in ``language`` (Zipf scale; 0 when the common words lack
    it)."""
    return _zipf(word, language)


def _zipf(word: str, language: str) -> float:
    frequency = _frequencies(language).get(word, 0.0)
    return 9.0 + math.log10(frequency) if frequency > 0 else 0.0


# a word as the caption writes it (the same shape as captions._propercase._WORD)
_WORD = r"[^\W\d_]+(?:[-'\u2019][^\W\d_]+)*"

# the kinds of street ("calle", "rua", "rue"), and those that are also everyday words
# ("via whatsapp", "sur place", "corso di cucina"); after any of them only a word the
# vocabulary does not know or a town is a name ("la avenida principal" describes), after
# an abbreviation ("av.") any word the engine does not use
_STREETS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "es": (frozenset({"av", "avda", "avenida", "calle", "carrera", "jirón"}),
           frozenset({"plaza", "paseo", "camino"})),
    "pt": (frozenset({"rua", "av", "avenida", "travessa", "alameda"}),
           frozenset({"praça", "estrada", "largo"})),
    "it": (frozenset({"viale", "vicolo", "piazzale"}), frozenset({"via", "piazza", "corso"})),
    "fr": (frozenset({"rue", "avenue", "av", "boulevard", "bd", "impasse", "allée"}),
           frozenset({"place", "quai", "chemin"})),
}  # fmt: skip
# the words that link a street's kind to its name ("rue *des* lilas", "via *della* pace")
_LINKS: dict[str, frozenset[str]] = {
    "es": frozenset({"de", "del", "la", "los", "las"}),
    "pt": frozenset({"de", "do", "da", "dos", "das"}),
    "it": frozenset({"di", "del", "della", "dei", "degli", "delle", "dello"}),
    "fr": frozenset({"de", "du", "des", "la", "d"}),
}


_HOUSE_NUMBER = re.compile(
    r",? ?(?:n[º°.]\s?)?\d{1,4}[a-z]?\b(?!\s*(?:volt[ae]|vec(?:es)?|vez(?:es)?|fois|times|x\b"
    r"|or[ae]\b|h\b|horas?|heures?|person[ae]|personas?|pessoas?|personnes?|€|euro|%|km|min"
    r"|ann[oi]|años?|anos?|ans?\b|giorn[oi]|días?|dias?|jours?|settiman[ae]|semanas?|semaines?"
    r"|mes[ei]|meses|mois|post[oi]|plazas?|places?|lugar(?:es)?|pezz[oi]|piezas?|peças?"
    r"|pièces?|lezion[ei]|incontr[oi]|session[ei]|sesi(?:ón|ones)|sess(?:ão|ões)|séances?"
    r"|clases?|aulas?|cours\b|ser[ae]\b|noches?|noites?|soirs?|soirées?|livell[oi]|niveles?"
    r"|níve(?:l|is)|niveaux?|moduli|módulos?|modules?|tappe|etapas?|étapes?))"
)


# the prepositions of a time ("in piazza *alle* 9", "rua augusta *às* 9", "place du
# marché *à* 10 h"): before a figure, perhaps after an article, they end a street's name
_TIME_PREPOSITIONS: dict[str, frozenset[str]] = {
    "es": frozenset({"a", "desde", "hasta", "hacia", "sobre"}),
    "pt": frozenset({"a", "às", "as", "até", "desde", "das", "pelas"}),
    "it": frozenset({"alle", "dalle", "verso", "entro", "dopo", "fino", "per"}),
    "fr": frozenset({"à", "dès", "vers", "de", "avant", "après", "jusqu"}),
}
_TIME_AFTER = re.compile(r" (?:(?:la|las|le|les|l|as|os)[ '\u2019])?\d")
# what stands before a street's kind in an address: a comma, or a house number
_ADDRESSED = re.compile(r"(?:, |(?<![\w.,])\d{1,4}[a-z]?,? )$")
# where an addressed street's everyday name ends: punctuation, a figure, a common word
_ADDRESS_NAME_END = re.compile(r"\s*(?:[,.;:!?)\n]|$)| \d| (?P<next>[^\W\d_]+)")


@functools.cache
def _street(language: str) -> re.Pattern[str]:
    plain, everyday = _STREETS[language]
    kinds = "|".join(sorted(plain | everyday, key=len, reverse=True))
    links = "|".join(sorted(_LINKS[language], key=len, reverse=True))
    return re.compile(
        rf"(?<![\w#@/.'\u2019-])(?P<kind>{kinds})(?:\.)? "
        rf"(?P<links>(?:(?:{links})(?: |'|\u2019))*)"
        rf"(?P<name>{_WORD}(?: {_WORD})?)(?![\w@/#'\u2019-]|\.\w)"
    )


def street_capitals(
    text: str,
    language: str,
    spans: list[tuple[int, int]],
    is_name: Callable[[str], bool],
    is_town: Callable[[str], bool],
) -> str:
    """``text`` with the names of its streets capitalised ("av. Balta", "rue des Lilas").

    Args:
        text: a caption.
        language: one of :data:`ROMANCE`.
        spans: the hashtags, mentions, links and addresses of ``text`` (left as typed).
        is_name: whether a lower-case word may be part of a name at all (no common word
            of the engine, no verb).
        is_town: whether a lower-case word is a town the gazetteer knows.
    """
    if language not in _STREETS:
        return text
    everyday = _STREETS[language][1]
    out = list(text)
    for match in _street(language).finditer(text.lower()):
        if any(a <= match.start() < b for a, b in spans):
            continue
        # "av. augusta" is an address; "la avenida principal", "via libera" may not be
        abbreviated = text[match.end("kind") : match.end("kind") + 1] == "." and (
            match.group("kind") not in everyday
        )
        words = match.group("name").split(" ")
        start = match.start("name")
        name_end = match.end("name")
        # ("piazza garibaldi alle 18": a function word ends the name, and its figure is an
        # hour, no house number)
        if len(words) == 2 and not is_name(words[1]) and words[1] not in _LINKS[language]:
            name_end -= len(words[1]) + 1
            words = words[:1]
        # "via dei cavalieri 22", "rua das flores 12": a house number proves the address,
        # whose name may be an everyday word ("cavalieri", "flores", "emanuele")
        numbered = _HOUSE_NUMBER.match(text, name_end) is not None
        # ", rue haute à …", "12 rue blanche": a street with no article before its kind is
        # an address, whose name may be an everyday word ("dans la rue principale",
        # "artiste de rue" say what it is)
        addressed = match.group("kind") not in everyday and _ADDRESSED.search(
            text, 0, match.start()
        )
        named: list[int] = []
        for k, typed_word in enumerate(words):
            typed = text[start : start + len(typed_word)]
            # "corso d'opera", "via dell'annunziata": an elided link keeps its lower case,
            # and the word after it is judged alone ("opera" is a common word, no name)
            elided = _ELIDED_LINK.match(typed_word)
            skip = elided.end() if elided is not None else 0
            word = typed_word[skip:]
            if typed_word in _TIME_PREPOSITIONS[language] and _TIME_AFTER.match(
                text, start + len(typed_word)
            ):
                break  # "in piazza *alle* 9", "via roma *alle* 9": a time, no name
            named_word = (is_name(word) and (abbreviated or name_like(word, language))) or (
                numbered and len(word) > 2 and word not in _LINKS[language]
            )
            if not named_word and addressed and k == 0:
                after = _ADDRESS_NAME_END.match(text, start + len(word))
                named_word = (
                    len(word) > 2
                    and is_name(word)
                    and not describing(word, language)
                    and after is not None
                    and (after.group("next") is None or not is_name(after.group("next").lower()))
                )
            if typed != typed_word or not (is_town(word) or named_word):
                break
            named.append(start + skip)
            start += len(typed_word) + 1
        for at in named:
            out[at] = out[at].upper()
    return "".join(out)


# the evidence that a street word opens an address even where its name is an everyday
# word or a surname the vocabulary knows ("calle colegio", "via cavour", "place jourdan"):
# a town right after the name, over a comma or a place's preposition ("… de la orotava",
# "… à sfax", "…, na covilhã"), or the sentence's punctuation after it where a place's
# preposition stands before the kind ("en la calle pelayo.", "in via cavour,")
_TOWN_AFTER = re.compile(
    rf",? ?(?:(?:de|di|da|do|a|à|ad|em|en|in|na|no)\s)?(?P<town>{_WORD}(?: {_WORD}){{0,2}})"
)
_PUNCTUATION_AFTER = re.compile(r"\s*(?:[,.;:!?)\n]|$)")
_NEXT_WORD = re.compile(rf" (?P<word>{_WORD})")
# the prepositions before a street's kind that say where ("en la calle", "in via", "na
# rua"); after an everyday kind ("via", "place", "plaza") only one right before it, and
# never in French, where "sur place", "en place" are no squares
_PLACE_BEFORE: dict[str, frozenset[str]] = {
    "es": frozenset({"en", "por"}),
    "pt": frozenset({"na", "no", "em", "pela", "pelo"}),
    "it": frozenset({"in"}),
    "fr": frozenset({"dans", "sur"}),
}
_ARTICLE_BEFORE: dict[str, frozenset[str]] = {
    "es": frozenset({"la", "el"}),
    "pt": frozenset(),
    "it": frozenset(),
    "fr": frozenset({"la", "l"}),
}
# the words before a street's kind, last first ("… en la |calle")
_TOKENS_BEFORE = re.compile(r"[^\W\d_]+|[^\w\s'\u2019]")
# an everyday name with only the punctuation for evidence is no very common word
# ("in corso ovunque", "in piazza gratis"); "cavour", "garibaldi", "pelayo" are rarer
_PLACED_NAME_ZIPF = 4.5
# an adjective's other gender or number is a common word ("estrecha": "estrecho",
# "breve": "brevi", "étroite": "étroit", "mayor": "mayores"); a name's rarely is
_PAIRED_ZIPF = 3.0
_GERUND = re.compile(r"(?:ando|endo|iendo|indo)$")
# the titles a street's name opens with that end like an adjective or have a common
# other gender ("rua marquês de pombal", "calle marqués de larios", "rua dona maria")
_TITLES = frozenset(
    {"marquês", "marqués", "marquis", "marchese", "conde", "visconde", "vizconde", "barão"}
    | {"barón", "duque", "duca", "infante", "general", "generale", "almirante", "dona"}
    | {"doña", "presidente", "président", "cardinal", "cardeal", "cardenal"}
)
_ELIDED_LINK = re.compile(r"^(?:d|dell|l)['\u2019]")


def _paired(word: str, language: str) -> bool:
    """Whether ``word`` has a common other gender or number, as an adjective has."""
    forms: list[str] = []
    if word.endswith(("o", "a")):
        forms.append(word[:-1] + ("a" if word.endswith("o") else "o"))
    if word.endswith(("os", "as")):
        forms.append(word[:-2] + ("as" if word.endswith("os") else "os"))
    if language == "it" and word.endswith("e"):
        forms.append(word[:-1] + "i")
    if language == "fr":
        forms.append(word[:-1] if word.endswith("e") else word + "e")
    if language in ("es", "pt") and word[-1:] not in "aeiouáéíóúâêôãõ":
        forms.append(word + "es")
    return any(_zipf(form, language) >= _PAIRED_ZIPF for form in forms)


def _adverb_base(word: str, language: str) -> bool:
    """Whether ``word`` with "-mente" ("-ment" in French) is a common adverb, as an
    adjective's feminine or "-e" form makes one ("libre": "libremente", "nette":
    "nettement"): an adjective whose other forms :func:`_paired` may not see."""
    suffix = "ment" if language == "fr" else "mente"
    return _zipf(word + suffix, language) >= _PAIRED_ZIPF


def _placed_word(word: str, language: str, is_name: Callable[[str], bool]) -> bool:
    """Whether ``word`` (lower case) may be a word of a street's name the address shows:
    no function word, verb, adjective, participle or gerund ("calle *estrecha*", "in via
    *provvisoria*", "en la calle *jugando*"), no adverb in "-ment"."""
    elided = _ELIDED_LINK.match(word)
    if elided:  # "marquês d'ávila": the name after the elided link
        word = word[elided.end() :]
    return (
        len(word) > 2
        and is_name(word)
        and word not in _LINKS[language]
        # (an Italian plural in "-i" agrees with no street's kind, which is singular: a
        # surname, "via mazzini", "corso rossini", ends like "piccolini" all the same)
        and (
            word in _TITLES
            or not (
                (describing(word, language) and not (language == "it" and word.endswith("i")))
                or _paired(word, language)
                or _adverb_base(word, language)
            )
        )
        and not _GERUND.search(word)
        and not (language == "fr" and word.endswith("ment"))
    )


def _town_after(text: str, at: int, is_town: Callable[[str], bool]) -> bool:
    """Whether a town the gazetteer knows follows at ``at``, over a comma or a place's
    preposition ("… de la orotava", "… à sfax", "…, na covilhã")."""
    after = _TOWN_AFTER.match(text, at)
    if after is None or after.end() == at:
        return False
    words = after.group("town").lower().split(" ")
    return any(is_town(" ".join(words[:n])) for n in range(1, len(words) + 1)) or (
        len(words) > 1 and any(is_town(" ".join(words[1:n])) for n in range(2, len(words) + 1))
    )


def _ends_name(text: str, at: int, language: str, function_words: frozenset[str]) -> bool:
    """Whether the word at ``at`` is a function word that opens a new phrase (no link of
    a street's name: "via cavour *dal* martedì", never "rua conde *de* …")."""
    step = _NEXT_WORD.match(text, at)
    return (
        step is not None
        and step.group("word") in function_words
        and step.group("word") not in _LINKS[language]
    )


def placed_street_capitals(
    text: str,
    language: str,
    spans: list[tuple[int, int]],
    is_name: Callable[[str], bool],
    is_town: Callable[[str], bool],
    function_words: frozenset[str],
) -> str:
    """``text`` with a street's name capitalised where the address shows, though its words
    are everyday ones or a surname the vocabulary knows: "calle Colegio de La Orotava",
    "avenue Habib Bourguiba à Sfax", "rua Marquês d'Ávila, na Covilhã", "in via Cavour,".

    The name is one to three words right after the kind (links between them: "rua conde
    de valmor"), each no function word, verb, adjective or gerund, and it ends where a
    town follows, at a house number, or at the sentence's punctuation after a place's
    preposition before the kind; an everyday kind ("via", "plaza", "place") takes no
    article, and French "place", "quai", "chemin" need a town or a number. "en la calle
    con mi perro", "andare via presto", "una calle estrecha de cádiz", "in via
    provvisoria,", "mise en place à lyon" stay as typed.

    Args:
        text: a caption.
        language: one of :data:`ROMANCE`.
        spans: the hashtags, mentions, links and addresses of ``text`` (left as typed).
        is_name: whether a lower-case word may be part of a name at all.
        is_town: whether a lower-case name is a town the gazetteer knows.
        function_words: the language's function words; one after the name ends it as
            the punctuation does ("in via cavour *dal* martedì").
    """
    if language not in _STREETS:
        return text
    plain, everyday = _STREETS[language]
    low = text.lower()
    out = list(text)
    for match in _street_kind(language).finditer(low):
        kind = match.group("kind")
        if any(a <= match.start() < b for a, b in spans):
            continue
        tail = low[max(0, match.start() - 30) : match.start()]
        before = _TOKENS_BEFORE.findall(tail)[-2:] if tail.endswith((" ", "'", "\u2019")) else []
        before = [""] * (2 - len(before)) + before
        preps = _PLACE_BEFORE[language]
        placed = not (language == "fr" and kind in everyday) and (
            before[1] in preps
            or (kind in plain and before[1] in _ARTICLE_BEFORE[language] and before[0] in preps)
        )
        words: list[tuple[int, str]] = []  # the name's words, with where each starts
        links: list[tuple[int, str]] = []  # the links since the last name word
        at = match.end()
        accepted: list[tuple[int, str]] = []
        while len(words) < 3:
            step = _NEXT_WORD.match(text, at)
            if step is None:
                break
            word = step.group("word")
            if word != word.lower():  # a capital already: another name ("… de La Laguna")
                break
            if words and word in _LINKS[language] and len(links) < 2:
                links.append((step.start("word"), word))
                at = step.end()
                continue
            # ("in corso d'opera": an elided link opens no name)
            if (not words and _ELIDED_LINK.match(word)) or not _placed_word(
                word, language, is_name
            ):
                break
            words.extend(links)
            links = []
            words.append((step.start("word"), word))
            at = step.end()
            end = at
            shown = (
                _HOUSE_NUMBER.match(text, end) is not None
                or _town_after(text, end, is_town)
                or (
                    placed
                    and (
                        _PUNCTUATION_AFTER.match(text, end) is not None
                        or _ends_name(text, end, language, function_words)
                    )
                    and all(
                        _zipf(w, language) < _PLACED_NAME_ZIPF
                        for _, w in words
                        if w not in _LINKS[language]
                    )
                )
            )
            if shown:
                accepted = list(words)
        for start, word in accepted:
            if word in _LINKS[language]:
                continue
            elided = _ELIDED_LINK.match(word)
            out[start + (elided.end() if elided else 0)] = out[
                start + (elided.end() if elided else 0)
            ].upper()
    return "".join(out)


@functools.cache
def _street_kind(language: str) -> re.Pattern[str]:
    plain, everyday = _STREETS[language]
    kinds = "|".join(sorted(plain | everyday, key=len, reverse=True))
    return re.compile(rf"(?<![\w#@/.'\u2019-])(?P<kind>{kinds})(?![\w'\u2019.-])")


def chez_capitals(text: str, spans: list[tuple[int, int]], is_name: Callable[[str], bool]) -> str:
    """French ``text`` with the name after "chez" capitalised ("chez Gégé"), one word or
    two ("chez Marie Claude"); "chez nous", "chez le coiffeur" stay as typed."""
    out = list(text)
    for match in re.finditer(rf"(?<![\w#@/.-])chez (?P<name>{_WORD}(?: {_WORD})?)\b", text):
        if any(a <= match.start() < b for a, b in spans):
            continue
        start = match.start("name")
        for word in match.group("name").split(" "):
            if word != word.lower() or not is_name(word) or _zipf(word, "fr") >= _VERY_COMMON_ZIPF:
                break
            out[start] = out[start].upper()
            start += len(word) + 1
    return "".join(out)


# brands and acronyms typed in lower case, as they are written; a curated list (a brand
# that is also a word, "amazon", "booking", "uber", is left out), and per language the
# acronyms that are words elsewhere ("asd" is an Italian sports club)
_BRANDS = {
    w.lower(): w
    for w in (
        *("WhatsApp", "Instagram", "Facebook", "TikTok", "YouTube", "LinkedIn", "Pinterest"),
        *("Spotify", "Telegram", "Airbnb", "PayPal", "Etsy", "Glovo", "Rappi", "Deliveroo"),
        *("Bizum", "Wallapop", "Vinted", "iFood", "Shopee", "Twitch"),
        *("CV", "DJ", "PDF", "SMS", "DIY", "BBQ", "RSVP"),
    )
}
_BRAND_PHRASES = {
    p.lower(): p for p in ("Google Maps", "Mercado Libre", "Mercado Pago", "Uber Eats", "Just Eat")
}
_ACRONYMS: dict[str, dict[str, str]] = {
    "es": {"ong": "ONG", "iva": "IVA", "dni": "DNI", "rrss": "RRSS"},
    "pt": {"ong": "ONG", "iva": "IVA", "cpf": "CPF", "cnpj": "CNPJ", "nif": "NIF", "r$": "R$"},
    "fr": {"ong": "ONG", "tva": "TVA", "pme": "PME", "sav": "SAV"},
    "it": {"asd": "ASD", "aps": "APS", "ssd": "SSD", "iva": "IVA", "onlus": "ONLUS"},
}


@functools.cache
def _brand_pattern(language: str) -> tuple[re.Pattern[str], dict[str, str]]:
    written = _BRANDS | _BRAND_PHRASES | _ACRONYMS.get(language, {})
    names = "|".join(
        re.escape(n).replace(r"\ ", " ") for n in sorted(written, key=len, reverse=True)
    )
    # a currency's sign may touch its figure ("r$199")
    end = r"(?:(?<=\$)|(?![\w@/#'\u2019-]|\.\w))"
    return re.compile(rf"(?<![\w#@/.'\u2019-])(?:{names}){end}"), written


def brand_capitals(text: str, language: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the curated brands and acronyms written as they are ("WhatsApp",
    "Google Maps", "CV"); a word typed with any capital is left as typed."""
    pattern, written = _brand_pattern(language)

    def write(match: re.Match[str]) -> str:
        typed = match.group(0)
        if typed != typed.lower() or any(a <= match.start() < b for a, b in spans):
            return typed
        return written[typed]

    return pattern.sub(write, text)


# "lanzamos la mochila tarpa", "lançamos o caderno lumiar", "voici la lampe zéphyrine": a
# product's name right after its kind, where a launch's words open the phrase
_LAUNCH_WORDS: dict[str, str] = {
    "es": r"lanzamos|presentamos|estrenamos|os presentamos|llega|nuev[oa]s?",
    "pt": r"lançamos|apresentamos|chegou|chega|nov[oa]s?",
    "it": r"lanciamo|presentiamo|vi presentiamo|ecco|arriva|nuov[oa]",
    "fr": r"lançons|lance|présentons|voici|découvrez|nouveau|nouvelle",
}
_LAUNCH_ARTICLES: dict[str, str] = {
    "es": r"el|la|los|las|nuestro|nuestra|nuestros|nuestras",
    "pt": r"o|a|os|as|o nosso|a nossa|nosso|nossa",
    "it": r"il|lo|la|i|gli|le|il nostro|la nostra|l'|l\u2019",
    "fr": r"le|la|les|notre|nos|l'|l\u2019",
}
_NEW = r"nuev[oa]s?|nov[oa]s?|nuov[oa]|nouveau|nouvelle"


@functools.cache
def _launch(language: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\w#@/.'\u2019-])(?i:{_LAUNCH_WORDS[language]})\s?:? "
        rf"(?:(?:{_LAUNCH_ARTICLES[language]})(?: |(?<=['\u2019])))?(?:(?:{_NEW}) )?"
        rf"(?P<kind>[^\W\d_]{{3,}}) (?P<name>[^\W\d_]{{3,}})(?![\w@/#'\u2019-]|\.\w)"
    )


def launch_capitals(
    text: str, language: str, spans: list[tuple[int, int]], is_name: Callable[[str], bool]
) -> str:
    """``text`` with a product's name after its kind capitalised where a launch opens the
    phrase ("lanzamos la mochila Tarpa"): a word the vocabulary lacks that ends like no
    adjective ("lanzamos la mochila reciclada" stays)."""
    if language not in _LAUNCH_WORDS:
        return text
    out = list(text)
    for match in _launch(language).finditer(text):
        name = match.group("name")
        if (
            name == name.lower()
            and not any(a <= match.start() < b for a, b in spans)
            and is_name(name)
            and name_like(name, language)
        ):
            out[match.start("name")] = out[match.start("name")].upper()
    return "".join(out)
