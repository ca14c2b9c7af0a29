"""A brief's notes written out as a caption writes them.

A brief is often typed as notes: "waxed canvas w/ leather straps", "cuttings & seedlings",
"tea + cake", "from Friday!!". A caption a manager would post says "with", "and" and one
"!". Only what is unambiguous in the post's language is written out:

- "w/" and "w/o" (English) → "with", "without"; "c/" and "p/" (Portuguese) → "com",
  "para" (the Spanish "c/" is also "calle", and stays);
- a chat message's short words, alone and in lower case: "pls" → "please", "vc" →
  "você", "tb" → "também", "q" → "que", "bcp" → "beaucoup", "cmq" → "comunque";
- "&" or "+" between two words → the language's "and" ("y", or "e" before an /i/ sound,
  in Spanish), but never inside a name: a name the post gives ("Faden & Nadel"), or two
  capitalised words outside German ("Salt & Stone"; German capitalises every noun:
  "Apfelsaft & Birnensaft" is "Apfelsaft und Birnensaft"), nor before a firm's partners
  ("Kestrel & co" is "Kestrel & Co", "Brunet & cie" is "Brunet & Cie");
  "R&B", "50+" and "+34" have no spaces and are left alone;
- a word typed without the accent it always has, alone: "sabado" → "sábado", "voce" →
  "você", "etes" → "êtes" (a word that is another word without its accent stays: "a",
  "mas", "ou", "e");
- "!!", "!!!", "¡¡" and "??" → one mark;
- French puts a space before "!", "?", ";" and ":" ("samedi!" → "samedi !");
- Spanish opens what it exclaims or asks: "Envíos a todo México!" → "¡Envíos a todo
  México!", "Dudas?" → "¿Dudas?" (a sentence that has its "¡" or "¿" keeps it).

Links, e-mail addresses, @mentions and #hashtags are kept byte for byte, and so are
numbers and emoji (nothing here touches them). A word written out at the start of a
sentence gets its capital ("W/ love" → "With love").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ._regex import rx

__all__ = ["polished"]

_AND = {"en": "and", "es": "y", "de": "und", "fr": "et", "pt": "e", "it": "e"}
_SHORTHAND: dict[str, dict[str, str]] = {
    "en": {"w/o": "without", "w/": "with"},
    "pt": {"c/": "com", "p/": "para"},
}
# the words a brief typed as a chat message shortens, lower-case (or capitalised) and
# alone: "pls", "vc", "tb", "q", "bcp", "cmq" (never "x" for "per": "90 x 90"; never
# "pq" or "xq": a question's "por que" / "por qué" is not "porque")
_CHAT: dict[str, dict[str, str]] = {
    "en": {"pls": "please", "plz": "please", "thx": "thanks", "tmrw": "tomorrow"},
    "es": {"q": "que", "tmb": "también"},
    "pt": {"vc": "você", "vcs": "vocês", "tb": "também", "tbm": "também", "q": "que"},
    "fr": {"bcp": "beaucoup", "tjs": "toujours", "qd": "quand"},
    "it": {"cmq": "comunque", "nn": "non", "xké": "perché", "xché": "perché"},
    "de": {"vllt": "vielleicht"},
}
# words a brief typed in a hurry without their accent, which no word is spelt as
# ("sabado tem roda de samba", "vous etes geniaux"): the weekday names and a few
# everyday words whose bare form is no other word
_BARE: dict[str, dict[str, str]] = {
    "pt": {"sabado": "sábado", "terca": "terça", "voce": "você", "voces": "vocês",
           "tambem": "também", "nao": "não", "proximo": "próximo", "proxima": "próxima"},
    "es": {"sabado": "sábado", "miercoles": "miércoles", "tambien": "también",
           "proximo": "próximo", "proxima": "próxima"},
    "fr": {"etes": "êtes", "tres": "très", "deja": "déjà", "bientot": "bientôt"},
}  # fmt: skip
# spans kept as typed: links, e-mail addresses, @mentions, #hashtags
_KEPT = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|https?://\S+|www\.\S+"
    r"|\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:\.[a-z]{2})?/\S*"
    r"|(?<![\w@])[@#][\w.]*\w"
)
_MARKS = re.compile(r"([!?¡¿])\1+")
_JOINER = re.compile(r"(?<=([^\W\d_])) ([&+]) (?=([^\W\d_]))")
_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?…\n])|(?<=[.!?…] ))$")
# "& co", "& sons", "& cie", "& figli": the partners of a firm's name ("Kestrel & co" is
# "Kestrel & Co", never "Kestrel and co"), in any language
_FIRM = rx(r"(?i)\b(?:co|cie|cía|cia|sons|söhne|sohn|fils|figli|filhos|hijos|partners?)\b\.?")


def _word_before(text: str, at: int) -> str:
    return text[:at].split()[-1] if text[:at].split() else ""


def _word_after(text: str, at: int) -> str:
    return text[at:].split()[0] if text[at:].split() else ""


def _and(language: str, following: str) -> str:
    word = _AND.get(language, "and")
    if language == "es" and rx(r"(?i)h?i(?![aeiouáéó])").match(following):
        return "e"  # "agujas e hilos", "padres e hijos" (but "agua y hielo")
    return word


def _spelled(text: str, language: str, names: tuple[str, ...]) -> str:
    """``text`` (no link, address, mention or hashtag in it) with its notes written out."""
    text = _MARKS.sub(r"\1", text)
    shorthand = _SHORTHAND.get(language, {})
    if shorthand:
        forms = "|".join(re.escape(s) for s in sorted(shorthand, key=len, reverse=True))
        pattern = re.compile(rf"(?<![\w/.])({forms})(?=\s)", re.IGNORECASE)

        def spell(match: re.Match[str]) -> str:
            word = shorthand[match.group(1).lower()]
            start = _SENTENCE_START.search(text[: match.start()]) is not None
            return word.capitalize() if start or match.group(1)[:1].isupper() else word

        text = pattern.sub(spell, text)
    chat = {**_CHAT.get(language, {}), **_BARE.get(language, {})}
    if chat:
        forms = "|".join(f"{re.escape(w)}|{re.escape(w.capitalize())}" for w in chat)
        words = re.compile(rf"(?<![\w/.@#'\u2019-])({forms})(?![\w'\u2019/@-])")

        def say(match: re.Match[str]) -> str:
            word = chat[match.group(1).lower()]
            start = _SENTENCE_START.search(text[: match.start()]) is not None
            return word.capitalize() if start or match.group(1)[:1].isupper() else word

        text = words.sub(say, text)
    protected = [(m.start(), m.end()) for name in names for m in rx(re.escape(name)).finditer(text)]

    def join(match: re.Match[str]) -> str:
        if match.group(2) == "&" and _FIRM.match(text, match.end()):
            return match.group(0)  # "Kestrel & co": a firm's name
        if any(start <= match.start() < end for start, end in protected):
            return match.group(0)  # "Faden & Nadel": a name, as its owners write it
        before = _word_before(text, match.start())
        after = _word_after(text, match.end())
        if language != "de" and before[:1].isupper() and after[:1].isupper():
            return match.group(0)  # "Salt & Stone", "Core & Breath": a name
        return f" {_and(language, after)} "

    text = _JOINER.sub(join, text)
    return rx(r"(?<=[^\W\d_] & )(co|cie|cía|cia)\b").sub(lambda m: m.group(1).capitalize(), text)


def _opened(text: str) -> str:
    """Spanish ``text`` with "¡" and "¿" before each sentence that ends in "!" or "?"
    without them (a sentence ends at ".", "!", "?" or "…" before a space, or at a line's
    end; links and addresses are no sentence's end)."""
    masked = _KEPT.sub(lambda m: "x" * len(m.group(0)), text)
    starts = [0, *(m.end() for m in rx(r"[.!?…]+\s+|\n+").finditer(masked))]
    inserts: list[tuple[int, str]] = []
    for start, end in zip(starts, [*starts[1:], len(masked)], strict=True):
        sentence = masked[start:end].rstrip()
        mark = sentence[-1:]
        opener = {"!": "¡", "?": "¿"}.get(mark)
        first = rx(r"[^\W_]").search(sentence)
        if opener is None or first is None or opener in sentence:
            continue
        inserts.append((start + first.start(), opener))
    for at, opener in reversed(inserts):
        text = text[:at] + opener + text[at:]
    return text


_TIGHT = re.compile(r"(?<=[^\W_]|[»)\]])(?:[!?;]|:(?=\s|$))")


def _spaced(text: str) -> str:
    """French ``text`` with a space before "!", "?", ";" and ":" as French writes them
    ("samedi!" → "samedi !"); never in a link, an address or a time ("10:30")."""
    masked = _KEPT.sub(lambda m: "x" * len(m.group(0)), text)
    for match in reversed(list(_TIGHT.finditer(masked))):
        text = text[: match.start()] + " " + text[match.start() :]
    return text


def polished(text: str, language: str, names: Iterable[str] = ()) -> str:
    """``text`` with the brief's notes written out (see the module's docstring);
    ``names``: the post's names, each kept as typed."""
    kept = tuple(n for n in names if rx(r" [&+] ").search(n))
    out: list[str] = []
    at = 0
    for match in _KEPT.finditer(text):
        out.append(_spelled(text[at : match.start()], language, kept))
        out.append(match.group(0))
        at = match.end()
    out.append(_spelled(text[at:], language, kept))
    joined = "".join(out)
    if language == "fr":
        return _spaced(joined)
    return _opened(joined) if language == "es" else joined
