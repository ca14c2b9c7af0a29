"""A post's sign-off: the name it is signed with, which closes the caption.

"Eure Familie Brandl", "— Marta & team", "xx Lena", "Grazie Napoli." end a letter; a
call to action written after them reads as a postscript, and a full stop added to a
name is a typo. The sign-off is kept as the brief types it and written last.
"""

from __future__ import annotations

import re

from ._regex import rx

__all__ = ["split_sign_off"]

_WORDS = 6  # a sign-off is a name and a word or two, never a sentence
_CLOSING = re.compile(
    r"(?i)^(?:x+|xo+|love|lots of love|much love|with love|cheers|best|hugs|ciao|bye"
    r"|un abrazo|abrazos|besos|un beso|saludos|bisous|bises|amitiés|à bientôt|gros bisous"
    r"|liebe grüße|viele grüße|herzliche grüße|grüße|lg|bis bald|beijos|beijinhos|abraços"
    r"|um abraço|baci|un abbraccio|a presto|un bacio)\b[,!]?(?:\s|$)"
)
# "Eure Familie Brandl", "Votre équipe du Petit Zinc", "Tu equipo de Casa Lucía"
_FROM_US = re.compile(
    r"(?i)^(?:eure?|euer|ihr|ihre|deine?|dein|votre|vos|ta|ton|tu|tus|vuestr[oa]s?|seu|sua"
    r"|vosso|vossa|il vostro|la vostra|i vostri|le vostre|your|yours)\s+(?:familie|team"
    r"|crew|équipe|famille|equipo|familia|equipe|equipa|família|famiglia|squadra|staff"
    r"|friends|amis|amigos|amici|freunde|\w+-team)\b"
)
# "Grazie Napoli.", "Thank you Leith!": thanks to a name, with nothing after it
_THANKS_TO = re.compile(
    r"^(?:[Gg]razie|[Tt]hank you|[Tt]hanks|[Mm]erci|[Dd]anke|[Gg]racias|[Oo]brigad[oa])"
    r",?\s+[A-ZÀ-Ý][\w'\u2019-]*(?:\s+[A-ZÀ-Ý][\w'\u2019-]*)?\s*[.!]*$"
)


def _dash_before(sentence: str, content: str) -> str:
    """The dash the brief types before its last sentence ("— Marta & team"), if any."""
    at = content.rfind(sentence)
    # a dash that opens a line or follows a sentence's end or an emoji, not "£5 - see you"
    ending = r"(?:^|(?<=[^\w\s,;:()]))\s*([\u2014\u2013~-]+)\s*$"
    found = rx(ending).search(content[:at]) if at > 0 else None
    return found.group(1) if found else ""


def _closing(sentence: str) -> bool:
    """A closing word alone or with the name it signs ("Un abbraccio", "Besos, ana",
    "Love Mia"), not one said to someone ("un abbraccio alle colleghe", "un abrazo a
    todos los socios": a sentence, kept in its place)."""
    found = _CLOSING.match(sentence)
    if not found:
        return False
    if "," in found.group(0):
        return True
    rest = rx(r"[^\W\d_][\w'\u2019-]*").findall(sentence[found.end() :])
    return all(w[:1].isupper() or w.lower() in _NAME_WORDS for w in rest)


# the small words a business's or a place's name may hold ("Gasthof Zur Linde",
# "Taberna Los Arcos", "Céramiques du Marais", "Salt & Stone")
_NAME_LINKS = frozenset(
    {"&", "+", "and", "und", "et", "y", "e", "de", "du", "des", "del", "della", "di", "da"}
    | {"do", "dos", "das", "la", "le", "les", "los", "las", "von", "van", "der", "am", "im"}
    | {"zum", "zur", "of", "the", "on"}
)


def _name_alone(sentence: str, content: str) -> bool:
    """A name typed alone after the last full stop, with no end mark of its own
    ("… at checkout. Brackenridge Knitwear", "… 089 123 456. Gasthof Zur Linde,
    Freising"): the brief signs with it. Every word is capitalised or a name's small
    word, and there are no digits; a lower-case verb ("Jede Jacke hilft") says something."""
    text = sentence.strip()
    if not text or text[-1] in ".!?…" or content.rstrip().find(text) <= 0:
        return False
    # an elided article before a capital is the name's ("Le Fournil d'Ève", "dell'Arte")
    words = [
        rx(r"^(?:d|l|dell|all|dall|nell)['\u2019](?=[A-ZÀ-Ý])").sub("", w)
        for w in rx(r"[\s,]+").split(text)
        if w
    ]
    capitals = [w for w in words if w[:1].isupper()]
    return (
        2 <= len(words) <= 5
        and len(capitals) >= 2
        and not any(c.isdigit() for c in text)
        and all(w[:1].isupper() or w.lower() in _NAME_LINKS for w in words)
    )


def is_sign_off(sentence: str, content: str) -> bool:
    """Whether ``sentence``, the last one of the brief ``content``, signs the post rather
    than says something."""
    words = sentence.split()
    if not words or len(words) > _WORDS:
        return False
    return bool(
        _dash_before(sentence, content)
        or _closing(sentence)
        or _FROM_US.match(sentence)
        or _THANKS_TO.match(sentence)
        or _name_alone(sentence, content)
    )


def _signed(sentence: str, content: str) -> str:
    """The sign-off as the brief types it: its dash and its own end mark, none added."""
    dash = _dash_before(sentence, content)
    return f"{dash} {' '.join(sentence.split())}" if dash else _opened(" ".join(sentence.split()))


# closings that are written small on purpose ("xx Lena", "xo", "lg")
_SMALL_ON_PURPOSE = re.compile(r"(?i)^(?:x+|xo+|lg)\b")


def _opened(sign_off: str) -> str:
    """A closing said as a sentence of its own starts with its capital, as every sentence
    of a caption does ("à bientôt !" → "À bientôt !", "a presto!" → "A presto!"); a
    name, or a closing written small on purpose ("xx Lena"), stays as typed."""
    if not _closing(sign_off) or _SMALL_ON_PURPOSE.match(sign_off) or not sign_off[:1].islower():
        return sign_off
    return sign_off[:1].upper() + sign_off[1:]


# a sign-off run on after the last sentence: "… patience — Marta & team", "… el 16. Un
# abrazo, Carmen y equipo"
_TAIL = re.compile(
    r"(?:(?<=[.!?\u2026])|\s(?P<dash>[\u2014\u2013~]|-))\s+(?P<tail>[^.!?\u2026]+[.!]?)$"
)
# the words of a name signed after a dash ("— Marta & team", "~ The Pip's crew")
_NAME_WORDS = frozenset(
    {"&", "and", "y", "e", "et", "und", "team", "crew", "family", "equipo", "équipe"}
    | {"equipe", "equipa", "squadra", "famiglia", "familia", "famille", "the"}
)


def split_sign_off(sentence: str, content: str) -> tuple[str, str]:
    """The brief's last sentence ``sentence`` as what it says and its sign-off (either
    may be empty): "Thanks for your patience — Marta & team" gives both."""
    if is_sign_off(sentence, content):
        return "", _signed(sentence, content)
    found = _TAIL.search(sentence)
    if not found:
        return sentence, ""
    tail, dash = found.group("tail").strip(), found.group("dash") or ""
    words = tail.rstrip(".!").split()
    named = all(w[:1].isupper() or w.lower() in _NAME_WORDS for w in words)
    if len(words) > _WORDS or not ((dash and named) or (not dash and is_sign_off(tail, content))):
        return sentence, ""
    return sentence[: found.start()].rstrip(), f"{dash} {tail}" if dash else _opened(tail)
