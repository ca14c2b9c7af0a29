"""Who speaks in a text: "we" (a team, a couple, a club) or "I".

The words that say it are in each language's lexicon (``voice_we``, ``voice_i``:
"nuestro", "ich", "my"). Spanish, Portuguese and Italian drop the pronoun, so a post
can speak in the plural with verbs alone ("Recorrimos la costa y volvimos",
"Partiamo domani"): a first-person plural ending counts as a "we" word, and a
Portuguese first-person singular past ("viajei", "voltei") as an "I" word. French
often says "on" for "we" ("on a adoré"), which the lexicon lists as phrases.

The same reading serves a post and a template: a template whose words speak for
"we" or "I" must carry that voice's tag (``[we]``, ``[i]``), or it would be written
into a post in the other voice ("Where do I go next?" after "we travelled").
"""

from __future__ import annotations

import re

from ._lexicon import lexicon, tokens_of

__all__ = ["is_we_verb", "voice_cues"]

# first-person plural verb endings, where the pronoun is usually dropped
_WE_ENDING = {
    "es": re.compile(r"^[a-zñ]{2,}(?:amos|emos|imos)$"),
    "pt": re.compile(r"^[a-zç]{2,}(?:amos|emos|imos|ámos)$"),
    "it": re.compile(r"^[a-z]{2,}iamo$"),
}
# nouns and adjectives with those endings ("primos", "extremos", "próximos" has its
# accent and never matches)
_NOT_VERBS = frozenset(
    [
        "amos",
        "gamos",
        "mimos",
        "primos",
        "racimos",
        "ramos",
        "reclamos",
        "remos",
        "extremos",
        "supremos",
        "tramos",
    ]
)
# a Portuguese first-person singular preterite: "viajei", "comprei", "adorei"
_I_ENDING = {"pt": re.compile(r"^[a-zç]{3,}ei$")}
_NOT_I_VERBS = frozenset(["sei", "hei", "lei", "rei"])


def is_we_verb(word: str, language: str) -> bool:
    """Whether ``word`` is a first-person plural verb ("Abrimos", "Apriamo")."""
    ending = _WE_ENDING.get(language)
    low = word.lower()
    return bool(ending and ending.match(low)) and low not in _NOT_VERBS


def voice_cues(text: str, language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words of ``text`` that speak for "we", and those that speak for "I"."""
    lex = lexicon(language)
    words = tokens_of(text)
    # the words as written: pronouns do not inflect, and a word's other forms would
    # read "mois" (months) as "moi"
    token_forms: list[tuple[str, ...]] = [(w.lower(),) for w in words]
    lowered = text.lower()
    we = set(lex.voice_we.matches(token_forms, lowered))
    me = set(lex.voice_i.matches(token_forms, lowered))
    we_ending = _WE_ENDING.get(language)
    i_ending = _I_ENDING.get(language)
    for word in (w.lower() for w in words):
        if we_ending and we_ending.match(word) and word not in _NOT_VERBS:
            we.add(word)
        elif i_ending and i_ending.match(word) and word not in _NOT_I_VERBS:
            me.add(word)
    return frozenset(we), frozenset(me)
