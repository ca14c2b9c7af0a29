"""A letter's frame: the salutation it opens with and the sign-off it is signed with.

"Liebe Kundinnen und Kunden,", "Cari clienti,", "Hi all," open a letter: the salutation
keeps its comma and stands on its own first line, the letter going on below it (a full
stop turns it into a sentence that says nothing). "Eure Familie Brandl", "— Marta &
team", "xx Lena", "Grazie Napoli." end a letter; a call to action written after them
reads as a postscript, and a full stop added to a name is a typo. The sign-off is kept
as the brief types it and written last; after a thanks ("Grazie Napoli.", "Obrigada,
Campo Grande!") the engine asks nothing, since the brief has said its last word.
"""

from __future__ import annotations

import functools
import re

from ._gazetteer import gazetteer, town_words
from ._lexicon import LANGUAGES, lexicon
from ._regex import rx

__all__ = ["is_greeting", "split_salutation", "split_sign_off", "thanks_sign_off"]

_WORDS = 6  # a sign-off is a name and a word or two, never a sentence
_CLOSING = re.compile(
    r"(?i)^¡?(?:x+|xo+|love|lots of love|much love|with love|cheers|best|hugs|ciao|bye"
    r"|un abrazo|abrazos|besos|un beso|saludos|bisous|bises|amitiés|à bientôt|gros bisous"
    r"|liebe grüße|viele grüße|herzliche grüße|grüße|lg|bis bald|beijos|beijinhos|abraços"
    r"|um abraço|baci|un abbraccio|a presto|un bacio"
    # a goodbye till the next time ("See you soon!", "Alla prossima!", "¡Hasta pronto!"):
    # the post's last word to its readers, as a signature is
    r"|see you soon|until next time|till next time|hasta pronto|hasta la próxima"
    r"|nos vemos pronto|à la prochaine|à très vite|até breve|até à próxima|até a próxima"
    r"|alla prossima|a prestissimo|ci vediamo presto|bis dann|bis zum nächsten mal"
    r"|tschüss)\b[,!]?(?:\s|$)"
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


def thanks_sign_off(sign_off: str) -> bool:
    """Whether ``sign_off`` (as ``split_sign_off`` gives it) thanks a name, a town or the
    readers ("Obrigada, Campo Grande!", "Grazie Torino."): the brief's own close, after
    which the engine asks nothing (a signature, "Tasca O Milhafre, Chaves", "— Marta &
    team", closes a caption whose ask comes before it)."""
    return bool(_THANKS_TO.match(sign_off.strip()))


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
    if len(words) == 1:
        return _place_alone(words[0], content)
    if _venue_and_town(text):
        return True
    return (
        2 <= len(words) <= 5
        and len(capitals) >= 2
        and not any(c.isdigit() for c in text)
        and all(w[:1].isupper() or w.lower() in _NAME_LINKS for w in words)
    )


def _venue_and_town(text: str) -> bool:
    """A business and its town typed last, as fast as the rest of the brief ("…
    niente bagni. toelettatura il gufo, bergamo", "… con bebida. bodegón el carpincho,
    córdoba"): a few words with no digit, then a comma and a town the gazetteer knows.
    The brief signs with them (a full stop would make them a sentence that says
    nothing)."""
    venue, comma, town = text.rpartition(",")
    words = venue.split()
    return (
        bool(comma)
        and town.strip().lower() in town_words()
        and 2 <= len(words) <= 4
        and not rx(r"[\d@#:;!?()]").search(venue)
        and words[0].lower() not in _OPENING_SMALL_WORDS()
    )


@functools.cache
def _OPENING_SMALL_WORDS() -> frozenset[str]:
    """The function words of every language: a line that opens with one ("ci vediamo
    presto, bergamo") says something, it signs nothing."""
    return frozenset(w for lang in LANGUAGES for w in lexicon(lang).function_words)


def _place_alone(word: str, content: str) -> bool:
    """Whether one word typed alone at the end signs the post with its place ("… ci
    rivediamo presto. Teramo"): a town the gazetteer knows, or a capitalised name that
    closes a letter (one that opened with a salutation); never a day or a month
    ("coffee's cold. Tuesday", "Montag"), which is the post's last word, not its
    signature."""
    if not rx(r"[A-ZÀ-Ý][^\W\d_]+(?:-[A-ZÀ-Ý][^\W\d_]+)?").fullmatch(word):
        return False
    if any(word.lower() in lexicon(lang).weekdays | lexicon(lang).months for lang in LANGUAGES):
        return False
    return word in gazetteer("en").towns or any(
        split_salutation(content, lang)[0] for lang in _GREETINGS
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
    business signed with its town ("toelettatura il gufo, bergamo") too; a name, or a
    closing written small on purpose ("xx Lena"), stays as typed."""
    at = 1 if sign_off.startswith("¡") else 0  # ("¡hasta pronto!" → "¡Hasta pronto!")
    if _SMALL_ON_PURPOSE.match(sign_off) or not sign_off[at : at + 1].islower():
        return sign_off
    if not (_closing(sign_off) or _venue_and_town(sign_off)):
        return sign_off
    return sign_off[:at] + sign_off[at : at + 1].upper() + sign_off[at + 1 :]


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


# the words a letter's salutation opens with, by language ("Dear neighbours", "Hi all",
# "Liebe Gäste", "Queridos vecinos", "Chers clients", "Bonjour à tous", "Caros clientes",
# "Cari clienti", "Ciao a tutti")
_GREETINGS: dict[str, str] = {
    # (the time of day greets only said so or to someone: "Evening all.", "Good evening";
    # never "Evening service is full")
    "en": r"dear|hi|hello|hey|hiya|good (?:morning|afternoon|evening)"
    r"|(?:morning|afternoon|evening) (?:all|everyone|everybody|folks|friends)",
    "de": r"liebe[rs]?|hallo|hi|servus|moin|tach|griaß enk|grüß gott|guten (?:morgen|tag|abend)"
    r"|sehr geehrte[rn]?",
    "es": r"querid[oa]s?|hola|mbolo|estimad[oa]s?|buen[oa]s d[ií]as|buenas (?:tardes|noches)",
    "fr": r"ch[eè]re?s?|bonjour|bonsoir|salut|coucou",
    "pt": r"querid[oa]s?|car[oa]s?|ol[áa]|oi|bom dia|boa (?:tarde|noite)|prezad[oa]s?",
    "it": r"car[oie]|gentili|ciao|buongiorno|buonasera|salve",
}
_SALUTATION_WORDS = 6
_GREETING = re.compile(rf"(?i)\W*(?:{'|'.join(_GREETINGS.values())})\b")


def is_greeting(line: str) -> bool:
    """Whether ``line`` opens with a greeting of one of the languages ("Moin!", "Tach.",
    "¡Mbolo, familia!", "Hiya!"); "Big news!", "Sold out!", "Closed today." greet no one."""
    return (
        _GREETING.match(line) is not None
    )  # "Liebe Kundinnen und Kunden", "Ciao a tutti i nostri amici"


def split_salutation(sentence: str, language: str) -> tuple[str, str]:
    """The brief's first sentence ``sentence`` as the salutation it opens with, comma
    kept ("Liebe Gäste,"), and the letter after it as typed ("am Dienstag bleibt …");
    ("", sentence) when it opens with none. A salutation alone ("Hi all!") keeps its
    own mark and leaves no letter."""
    greeting = _GREETINGS.get(language)
    if greeting is None:
        return "", sentence
    found = re.match(
        rf"(?i)((?:{greeting})\b[^,.!?:;\n\d]*?)\s*(?:([,!])\s*(.*)|\.?\s*)$",
        sentence.strip(),
        re.DOTALL,
    )
    if not found:
        return "", sentence
    salutation, mark, letter = found.group(1), found.group(2), (found.group(3) or "").strip()
    words = salutation.split()
    # (a greeting alone, "Hey, we did it!", is an exclamation, not whom the letter is to)
    if not 2 <= len(words) <= _SALUTATION_WORDS or (letter and len(letter.split()) < 3):
        return "", sentence
    if not mark and language == "de" and not all(w[:1].isupper() or w in _TO_WHOM for w in words):
        # a line with no mark greets only if it names whom: "Liebe geht durch den Magen"
        # and "Lieber spät als nie" say something
        return "", sentence
    return f"{salutation}{mark or ','}", letter  # "Hallo zusammen!" keeps its own mark


# the small words of a German salutation typed on its own line, with no mark the reading
# kept ("Hallo zusammen", "Hallo ihr Lieben", "Liebe Kundinnen und Kunden")
_TO_WHOM = frozenset({"zusammen", "ihr", "und", "alle", "liebe", "lieber", "liebes"})
