"""A dish's name claims its words: none of them is meant in its everyday sense.

"carne de sol" is a salted dried beef, "sol y sombra" a drink, "lingue di gatto" biscuits,
"pain perdu" French toast, "hot dogs" sausages: the sun, the cat, the loss and the dog are
no cue of another intent, no emoji and no tag of their own; the dish is the food cue. A
dish is a phrase of several words that the lexicon lists as a food cue and the taxonomy
as a search term, or either lists with a food as its first word; and in es/fr/it/pt
"<food> de/di/do/da <word>" (a food the lexicon and the taxonomy both know, then what
kind of it: "tapioca de queijo", "tarte de saison"), whose word after the "de" is the
dish's. A word that names an occasion ("bolo de aniversário") or a day is left its sense.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ._lexicon import LANGUAGES, forms, lexicon, load_data

__all__ = ["Dish", "claimed_everywhere", "dishes_in", "in_a_dish"]

# the words that join a food to what kind of it it is ("tapioca *de* queijo")
_OF_WORDS = {
    "pt": ("de", "do", "da", "dos", "das"),
    "es": ("de", "del"),
    "it": ("di", "del", "della", "dei", "delle"),
    "fr": ("de", "du", "des", "d'", "d\u2019"),
}


@dataclass(frozen=True, slots=True)
class Dish:
    """A dish named in a text: its span, and the span of the words it claims."""

    start: int
    end: int
    claim_start: int  # the claimed words run from here to ``end``


@functools.cache
def _data(language: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, frozenset[str]]:
    """The known dishes' pattern, the "<food> de <word>" pattern, the food heads."""
    lex = lexicon(language)
    food = lex.intents["food"]
    terms = _terms(language)
    cue_phrases = {entry for _p, entry, _w, _l in food.phrases if " " in entry and "*" not in entry}
    heads = _data_heads(language)

    def headed(phrase: str) -> bool:
        return any(f in heads for f in forms(phrase.split()[0], language))

    known = {p for p in cue_phrases if p in terms or headed(p)}
    known |= {t for t in terms if " " in t and not t.endswith("*") and headed(t)}
    known_re = None
    if known:
        alternatives = sorted(
            (r"[\s-]+".join(re.escape(w) for w in p.split()) + r"(?:s|es)?" for p in known),
            key=len,
            reverse=True,
        )
        known_re = re.compile(rf"(?i)(?<!\w)(?:{'|'.join(alternatives)})(?!\w)")
    of_re = None
    of_words = _OF_WORDS.get(language)
    if of_words and heads:
        head_words = "|".join(sorted((re.escape(h) for h in heads), key=len, reverse=True))
        joins = "|".join(re.escape(w) for w in of_words)
        of_re = re.compile(
            rf"(?i)(?<!\w)(?:{head_words})(?:s|es|x)?\s+(?:(?:{joins})\s+|d['\u2019])"
            r"(?P<kind>[^\W\d_]+)(?![\w'\u2019])"
        )
    occasions = set(lex.months | lex.weekdays | lex.number_words)
    for intent in ("milestone", "event", "charity", "thank_you"):
        occasions |= set(lex.intents[intent].words)
    occasions |= set(lex.relative_days)
    return known_re, of_re, frozenset(occasions)


@functools.lru_cache(maxsize=2048)
def dishes_in(text: str, language: str) -> tuple[Dish, ...]:
    """The dishes ``text`` names, and the words each claims."""
    if language not in LANGUAGES:
        return ()
    known_re, of_re, occasions = _data(language)
    found: list[Dish] = []
    if known_re is not None:
        for m in known_re.finditer(text):
            phrase = m.group(0)
            first = re.match(r"[^\s-]+[\s-]+", phrase)
            head = phrase.split()[0].split("-")[0].lower()
            food_head = any(f in _data_heads(language) for f in forms(head, language))
            claim = m.start() + first.end() if food_head and first else m.start()
            found.append(Dish(m.start(), m.end(), claim))
    if of_re is not None:
        for m in of_re.finditer(text):
            kind = m.group("kind").lower()
            if any(f in occasions for f in forms(kind, language)):
                continue  # "bolo de aniversário": the cake of a birthday
            found.append(Dish(m.start(), m.end(), m.start("kind")))
    return tuple(found)


@functools.cache
def _data_heads(language: str) -> frozenset[str]:
    """The foods a "<food> de <word>" may name: food cues the taxonomy searches."""
    terms = _terms(language)
    food = lexicon(language).intents["food"]
    return frozenset(w for w in food.words if any(f in terms for f in forms(w, language)))


@functools.cache
def _terms(language: str) -> frozenset[str]:
    return frozenset(str(k).lower() for k in (load_data("hashtags", language).get("terms") or {}))


def in_a_dish(start: int, end: int, dishes: tuple[Dish, ...]) -> bool:
    """Whether ``start`` to ``end`` lies among a dish's claimed words and is not the dish."""
    return any(
        d.claim_start <= start and end <= d.end and (start, end) != (d.start, d.end) for d in dishes
    )


def claimed_everywhere(word: str, text: str, language: str) -> bool:
    """Whether every use of ``word`` (or a phrase) in ``text`` is a dish's claimed word."""
    dishes = dishes_in(text, language)
    if not dishes:
        return False
    pattern = r"[\s-]+".join(re.escape(w) for w in word.split())
    uses = list(re.finditer(rf"(?i)(?<!\w){pattern}(?:s|es)?(?!\w)", text))
    return bool(uses) and all(in_a_dish(u.start(), u.end(), dishes) for u in uses)
