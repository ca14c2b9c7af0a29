"""Which language a post is written in, from its function words and its letters.

A detector of its own, not ``py3langid`` or ``simplemma``: measured here, importing
py3langid added 93 MiB of memory (numpy and its model) and simplemma 200-380 MiB (its
dictionaries), against a service budget of 100 MiB in all. Posts are short and the
engine writes six languages, so the curated function words of each lexicon (``the``,
``de``, ``und``, ``les``, ``não``, ``il``, ...) and each alphabet's marks (ñ, ß, ã, è)
decide, each word counting less the more languages share it; when they tie, the
lexicons' weekdays, months and cue words break the tie. Posts with no evidence
(a single emoji, a hashtag, a product name) are English, the engine's default.
"""

from __future__ import annotations

import functools
import re

from ._lexicon import LANGUAGES, lexicon, tokens_of

__all__ = ["detect_language"]

# letters and endings that (nearly) belong to one language
_ADDRESS = re.compile(r"\S+@\S+|https?://\S+|\b[\w.-]+\.[a-z]{2,}(?:/\S*)?", re.IGNORECASE)

# a doubled consonant before a final vowel ("perfetta", "notte", "oggi", "troppo",
# "mamma", "anni"): Italian spelling, never Spanish or Portuguese; it tells a short line
# apart only beside a word of Italian ("con", "al" are Spanish too), as a loan word
# alone ("Pizza night") is no Italian
_DOUBLED = re.compile(r"\b[a-zà-ù]+(?:tt|zz|gg|pp|bb|ff|mm|nn|cc|dd)[aeiouàèéìòù]\b", re.I)

_MARKS: tuple[tuple[re.Pattern[str], str, float], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), language, weight)
    for pattern, language, weight in (
        (r"[ñ¿¡]", "es", 3.0),
        (r"ción\b|ciones\b", "es", 2.0),
        (r"[ßäöü]", "de", 3.0),
        (r"[ãõ]|ção\b|ções\b", "pt", 3.0),
        # Brazilian chat: "tô morto kkkk", "tá", "pra", "né", "vc" (ô is no French mark here)
        (r"\b(?:tô|tá|pra|né|vc|vcs|cê|kkk+|rsrs+)\b", "pt", 3.0),
        # a final -ês is Portuguese (três, mês, português); French writes -ès (très, après)
        (r"\w+ês\b", "pt", 2.0),
        (r"[êâîôûœë]|\b\w+eaux?\b", "fr", 1.5),
        (r"\b(?:qu'|c'est|j'|n')", "fr", 2.0),
        # the passé composé: "a volé", "a mangé" (Spanish says "ha robado", Portuguese
        # "a pé" is two letters)
        (r"\ba\s+[a-zà-ÿ]{2,}é\b", "fr", 2.0),
        # l'/d' elide in Italian as well ("l'una", "d'oro"): a hint for both
        (r"\b(?:l'|d')", "fr", 1.0),
        (r"\b(?:l'|d')", "it", 1.0),
        (r"[ìò]|\bun'|\bdell'|\bc'è\b", "it", 2.0),
        # -zio, -zie, -zione: Italian spelling ("servizio", "spazio", "lezione"), which
        # Spanish writes -cio, -ción and Portuguese -ço, -ção ("fazia" is Portuguese: no -zia)
        (r"\b[a-zà-ù]+zi(?:o|e|one|oni)\b", "it", 1.5),
        # the passato prossimo: "ha imparato", "ho finito", "abbiamo venduto" (Spanish and
        # Portuguese participles end in -ado/-ido: "ha aprendido", "tem vendido")
        # (an adverb may stand between: "ha finalmente imparato", "abbiamo già finito")
        (
            r"\b(?:ho|hai|ha|abbiamo|avete|hanno)\s+(?:finalmente|già|appena|sempre|mai"
            r"|ancora|davvero|proprio|subito|anche)?\s*[a-zà-ÿ]{2,}(?:ato|ito|uto)\b",
            "it",
            2.0,
        ),
        (r"[ç]", "fr", 0.7),
        (r"[ç]", "pt", 0.7),
        (r"[éí]", "es", 0.3),
        (r"[é]", "fr", 0.3),
        (r"[éá]", "pt", 0.3),
    )
)


@functools.cache
def _weights() -> dict[str, dict[str, float]]:
    """word → {language: weight}: 1 / (languages listing the word)."""
    owners: dict[str, list[str]] = {}
    for language in LANGUAGES:
        for word in lexicon(language).function_words:
            owners.setdefault(word, []).append(language)
    return {w: {lang: 1.0 / len(langs) for lang in langs} for w, langs in owners.items()}


@functools.cache
def _content_weights() -> dict[str, dict[str, float]]:
    """word → {language: weight} over each lexicon's weekdays, months, number words and
    intent cue words (half as telling as a function word, shared words less): the
    evidence of a short post with no function word ("Portes ouvertes samedi", "Treino de
    pernas feito", "pause entre deux réunions")."""
    owners: dict[str, list[str]] = {}
    for language in LANGUAGES:
        lex = lexicon(language)
        for word in lex.weekdays | lex.months | lex.number_words | lex.all_cue_words:
            if len(word) >= 4:
                owners.setdefault(word, []).append(language)
    return {w: {lang: 0.5 / len(langs) for lang in langs} for w, langs in owners.items()}


def detect_language(text: str) -> tuple[str, float]:
    """The language of ``text`` among the shipped ones, and how sure (0-1).

    Returns:
        ``(code, confidence)``; ``("en", 0.0)`` when nothing in the text tells.
    """
    # a link or an address is no word of the post (".it", ".de", "info@")
    text = _ADDRESS.sub(" ", text)
    weights = _weights()
    scores = dict.fromkeys(LANGUAGES, 0.0)
    for token in tokens_of(text):
        for language, weight in weights.get(token.lower().replace("\u2019", "'"), {}).items():
            scores[language] += weight
    for pattern, language, weight in _MARKS:
        hits = len(pattern.findall(text))
        if hits:
            scores[language] += weight * min(hits, 3)
    if scores["it"] > 0.0:
        scores["it"] += 0.5 * min(len(_DOUBLED.findall(text)), 3)
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], LANGUAGES.index(kv[0])))
    if ranked[0][1] == ranked[1][1]:  # no function word tells: the content words may
        content = _content_weights()
        for token in tokens_of(text):
            for language, weight in content.get(token.lower(), {}).items():
                scores[language] += weight
        ranked = sorted(scores.items(), key=lambda kv: (-kv[1], LANGUAGES.index(kv[0])))
    best, top = ranked[0]
    if top <= 0.0:
        return "en", 0.0
    second = ranked[1][1]
    return best, round((top - second) / top, 3)
