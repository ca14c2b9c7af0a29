"""The thing a launch names after its "new": the product a post is about.

A shop's news names its product right after the word that says it is new ("Nuovi
paccheri di Gragnano", "Our new duck liver pâté with port jelly") or after the verb that
presents it ("Introducing our rhubarb gin", "Ecco il nuovo pecorino", "Wir präsentieren
unsere neue Brezel"), or after a colon when the news is said first ("Neu bei uns:
Bergkäse aus dem Allgäu"). Read otherwise, the subject fell on a word of a side detail:
the place the product comes from ("Gragnano", "Galicia") or where it is made ("made in
the kitchen").

The product's phrase runs from that point to the first punctuation, number, preposition
or verb. A "di/de/da <place>" right after the product's word belongs to its name
("paccheri di Gragnano", "vermut de Reus"), so the place is no subject on its own; a
"from <place>", "aus dem Allgäu", "en aceite", "with port jelly" after it is a detail
and ends the phrase.
"""

from __future__ import annotations

import re

from ._lexicon import Lexicon
from ._regex import rx

__all__ = ["launched_thing", "presents_new"]

# the words and verbs that present a new thing, each language's own
_MARKERS = {
    "en": r"brand[- ]new|new|introducing|presenting|(?:meet|say hello to)(?=\s+(?:our|the|my)\b)",
    "es": r"nuev[oa]s?|(?:os |les |te )?presentamos|novedad(?:es)?",
    "it": r"nuov[oaie]|ecco|(?:vi )?presentiamo|novità",
    "fr": r"nouveaux?|nouvel(?:le)?s?|voici|(?:nous )?(?:vous )?présentons|nouveautés?",
    "de": r"neu|neue[snrm]?|(?:wir )?präsentieren|neuheit(?:en)?",
    "pt": r"nov[oa]s?|apresentamos|conheça(?:m)?|novidades?",
}
# a word that gathers what is new, before the things themselves: "collection de bougies",
# "temporada de ostras", "new range of candles" are the candles, the oysters
_COLLECTIVE = {
    "en": "range collection line batch season edition series selection",
    "es": "colección línea gama temporada serie edición remesa hornada selección",
    "it": "collezione linea gamma serie stagione edizione infornata selezione",
    "fr": "collection gamme ligne série saison édition fournée sélection",
    "de": "",
    "pt": "coleção colecção linha gama série temporada edição fornada seleção",
}
_OF = frozenset(["of", "de", "di", "da", "du", "des", "del", "della", "dei", "delle", "do", "dos"])
# what stands between the marker and the product: an article or an owner ("our", "la
# nostra"), and the "new" again ("Introducing our new …")
_LEADS = {
    "en": "the a an our my this these",
    "es": "el la los las un una unos unas nuestro nuestra nuestros nuestras mi mis",
    "it": "il lo la i gli le l' un uno una nostro nostra nostri nostre mio mia",
    "fr": "le la les l' un une des notre nos mon ma mes",
    "de": "der die das den ein eine einen unser unsere unseren unserer unseres",
    "pt": "o a os as um uma nosso nossa nossos nossas meu minha",
}
# the words that join a product's name ("paccheri di Gragnano", "tarte aux framboises",
# "bacalhau à Brás", "rhubarb and ginger gin"), never ending it
_LINKS = {
    "en": "of and &",
    "es": "de del y",
    "it": "di del della dei delle al alla ai e",
    "fr": "de du des d' au aux à et",
    "de": "und",
    "pt": "de do da dos das à ao e",
}
# the article a link may take before the name it joins ("tarte à la rhubarbe",
# "Barolo di La Morra")
_LINK_ARTICLES = frozenset(["la", "le", "l'", "il", "lo", "o", "a", "el"])
# a verb after the product ends it ("Our new pâté lands Friday", "croquetas llegan");
# English by its ending, the others by the few verbs a launch says (an ending would take
# "reggiano", "toscano" for verbs)
_EN_VERB = re.compile(r"(?:ed|ing)$|^(?:arrives|lands|hits|drops|goes|comes|returns|joins)$")
_VERBS = {
    "es": "llega llegan vuelve vuelven sale salen hecho hecha hechos hechas elaborado elaborada",
    "it": "arriva arrivano torna tornano esce escono fatto fatta fatti fatte prodotto prodotta",
    "fr": "arrive arrivent revient reviennent débarque débarquent fait faite faits faites",
    "de": "",  # German is told by its capitals instead
    "pt": "chega chegam volta voltam sai saem feito feita feitos feitas",
}
# words after "new" that say when or where, never what ("new in", "new today")
_NOT_THINGS = frozenset(
    [
        *("here", "now", "available", "instore", "online", "today", "tonight", "tomorrow"),
        *("week", "weekend", "season", "year", "month", "look"),
        *("arrivals", "arrival", "arrivo", "arrivi"),
    ]
)
_MAX_WORDS = 6  # a longer run is a sentence, not a product's name
_PIECE = re.compile(r"[^\s]+")


def presents_new(sentence: str, language: str) -> bool:
    """Whether ``sentence`` says something is new, in ``language``'s words ("We have a new
    sourdough …", "Neu bei uns: …", "Tenemos nuevas ensaimadas")."""
    markers = _MARKERS.get(language)
    if markers is None:
        return False
    return rx(rf"(?i)(?<![\w'])(?:{markers})(?![\w'])").search(sentence) is not None


def launched_thing(text: str, lex: Lexicon) -> tuple[str, int, int] | None:
    """The product a launch presents, where the post names it and where the word that
    presents it stands, or None.

    Args:
        text: the post, cleaned.
        lex: the post's lexicon.

    Returns:
        The phrase as written ("paccheri di Gragnano", "duck liver pâté"), its offset in
        ``text`` and its marker's ("Nuovi", "Our new"); None when no marker is followed
        by a product's words.
    """
    language = lex.language
    marker = rx(rf"(?i)(?<![\w'])(?:{_MARKERS[language]})(?![\w'])")
    for match in marker.finditer(text):
        start = match.end()
        end = _sentence_end(text, start)
        rest = text[start:end]
        colon = rest.find(":")
        if colon >= 0 and _says_where(rest[:colon], language):
            start += colon + 1  # "Neu bei uns: Bergkäse …", "New in: hand-thrown mugs"
            rest = text[start:end]
        found = _phrase(rest, lex)
        if found is not None:
            phrase, at = found
            return phrase, start + at, match.start()
    return None


# the words that open where a new thing is sold or made, before the colon that presents
# it ("new at the copper kettle café on mill street: spiced pear cake")
_WHERE = {
    "en": "at in from on by",
    "es": "en de desde",
    "it": "al alla allo da dal dalla in nel nella",
    "fr": "chez à au en de du",
    "de": "bei im in aus vom von",
    "pt": "na no em da do",
}
_WHERE_WORDS = 10  # a longer run before the colon is a sentence of its own


def _says_where(before_colon: str, language: str) -> bool:
    """Whether the words between a "new" and its colon say only where the new thing is:
    four words at most ("Neu bei uns:"), or a place's phrase ("new at the copper kettle
    café on mill street:")."""
    words = before_colon.split()
    if len(words) <= 4:
        return True
    return len(words) <= _WHERE_WORDS and words[0].lower() in _WHERE[language].split()


def _sentence_end(text: str, start: int) -> int:
    # an emoji ends a sentence too (the cleaned post marks it "¦"): "toalhas de linho
    # bordadas 🌿 Entregas a partir de …" presents the towels, not "… 🌿 Entregas"
    ending = rx(r"[.!?…\n](?:\s|$)|\n|\s*¦").search(text, start)
    return ending.start() if ending else len(text)


def _phrase(rest: str, lex: Lexicon) -> tuple[str, int] | None:
    """The product's words at the start of ``rest``, skipping its article and "new"."""
    language = lex.language
    leads = frozenset(_LEADS[language].split())
    links = frozenset(_LINKS[language].split())
    marker = rx(rf"(?i)(?:{_MARKERS[language]})")
    pieces = list(_PIECE.finditer(rest))
    k = 0
    while k < len(pieces) and (
        _bare(pieces[k].group(0)).lower() in leads or marker.fullmatch(_bare(pieces[k].group(0)))
    ):
        if _bare(pieces[k].group(0)) != pieces[k].group(0):
            return None  # "New, and …": punctuation before any product
        k += 1
    if (
        k + 2 < len(pieces)
        and pieces[k].group(0).lower() in _COLLECTIVE[language].split()
        and pieces[k + 1].group(0).lower() in _OF
    ):
        k += 2  # "collection de bougies …": the candles
    words: list[re.Match[str]] = []
    while k < len(pieces):
        raw = pieces[k].group(0)
        word = _bare(raw)
        if not word or raw[:1] in "([":
            break  # an aside in brackets is no part of the name
        if words and word.lower() in links and raw == word:
            # a link joins only when a word of the name follows it, after an article at
            # most ("tarte à la rhubarbe", "Barolo di La Morra")
            j = k + 1
            if j < len(pieces) and pieces[j].group(0).lower() in _LINK_ARTICLES:
                j += 1
            if j >= len(pieces) or not _product_word(_bare(pieces[j].group(0)), words, lex):
                break
            words.extend(pieces[k:j])
            k = j
            continue
        if not _product_word(word, words, lex):
            break
        words.append(pieces[k])
        k += 1
        if raw != word:
            break  # "paccheri di Gragnano, trafilati": punctuation ends the name
    while words and _bare(words[-1].group(0)).lower() in links | _LINK_ARTICLES:
        words.pop()
    if not words or len(words) > _MAX_WORDS:
        return None
    shown = [_bare(w.group(0)) for w in words]
    vague = lex.generic_nouns | lex.not_subject | lex.function_words | _NOT_THINGS
    if all(w.lower() in vague or w.lower() in links for w in shown):
        return None
    begin = words[0].start()
    elided = rx(r"(?i)l['\u2019](?=\w)").match(rest, begin)
    if elided:
        begin = elided.end()  # "l'huile d'olive": the article is no part of the name
    last = words[-1]
    end = last.start() + last.group(0).find(shown[-1]) + len(shown[-1])
    return rest[begin:end], begin


def _bare(raw: str) -> str:
    """A piece of text without the punctuation around its word."""
    return raw.strip(",.;:!?()[]\"'«»“”\u2013\u2014")


def _product_word(word: str, before: list[re.Match[str]], lex: Lexicon) -> bool:
    """Whether ``word`` goes on the product's phrase after the words ``before``."""
    low = word.lower()
    language = lex.language
    if any(ch.isdigit() for ch in word) or any(ch in "€$£" for ch in word):
        return False  # "le comté 24 mois", "500 g a 3,90 €"
    if low in lex.function_words or low in lex.weekdays or low in lex.months:
        return False
    if low in _NOT_THINGS or low in lex.relative_days:
        return False
    if not before:
        return True
    if word.islower() and (
        _EN_VERB.search(low) if language == "en" else low in _VERBS[language].split()
    ):
        return False  # "sourdough rye baked every morning", "croquetas llegan"
    if language == "de":
        # German writes its product a capitalised noun after its describing words
        # ("neue knusprige Laugenstange"); a lower-case word after the noun is a verb
        # or an adverb ("Brezeln gibt es …")
        return not any(w.group(0)[:1].isupper() for w in before) or word[:1].isupper()
    return True
