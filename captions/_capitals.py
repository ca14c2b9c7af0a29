"""The capitals English writes and a brief typed in a hurry leaves out: the names of
days and months, and the pronoun "I".

A brief typed in a hurry says "test rides this saturday" or "thursday may 6"; a caption
a manager would post says "Saturday" and "May 6". Only English does this (Spanish,
French, Italian and Portuguese write them in lower case; German capitalises every noun
already). A word that is also an everyday word ("may" the verb, "march" the walk,
"august" the adjective) and the short forms ("sat", "dec") are a date only next to a
day's number ("may 6", "5 dec"); a hashtag, a mention or a link is left as typed.
"i" alone and in its contractions ("i'm", "i've", "i'd", "i'll") is always "I"; a
list's "i)" or "i." marker and a word inside a link are not.
"""

from __future__ import annotations

import re

from ._regex import rx

__all__ = [
    "capitalised_dates",
    "degree_capitals",
    "english_capitals",
    "german_capitals",
    "holiday_capitals",
    "sentence_start",
]

_ALWAYS = (
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|april|june"
    "|july|september|october|november|december"
)
_NEAR_A_DAY = "may|march|august|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# not inside a hashtag, a mention, a link or an e-mail address
_FREE = r"(?<![#@/.\w-])"
# (and the days in the plural: "open saturdays", "sundays off")
_NAMES = re.compile(rf"{_FREE}(?:{_ALWAYS}|(?:mon|tues|wednes|thurs|fri|satur|sun)days)\b")
_SHORT_BEFORE = re.compile(
    rf"{_FREE}(?:{_NEAR_A_DAY})\.?(?=\s+{_DAY}\b(?![.,:]\d|\s?(?:%|x\b|kg|km|am|pm|h\b)))"
)
_SHORT_AFTER = re.compile(rf"(?<![\w.,:])(?P<day>{_DAY}\s)(?P<word>(?:{_NEAR_A_DAY})\b)(?![#@/-])")
# "sat 22 nov", "sat nov 22" and "thurs 17th": a short weekday is one only next to a date
# (an ordinal alone is one: "sun 30" may be degrees, "sun 30th" is not)
_MONTH = rf"(?i:{_ALWAYS}|{_NEAR_A_DAY})"
_WEEKDAY_SHORT = re.compile(
    rf"{_FREE}(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b(?=,?\s+(?:{_DAY}\s+{_MONTH}\b"
    rf"|{_MONTH}\.?\s+{_DAY}\b|\d{{1,2}}(?:st|nd|rd|th)\b))"
)


# after these, "may" and "march" are verbs ("you may 2x it", "we march 10 km")
_SUBJECTS = frozenset({"i", "you", "we", "they", "he", "she", "it", "this", "that", "who", "which"})


def _cap(match: re.Match[str]) -> str:
    word = match.group(0)
    before = match.string[: match.start()].split()[-1:]
    if before and before[0].lower() in _SUBJECTS and word.lower() in ("may", "march"):
        return word
    return word[:1].upper() + word[1:]


def _cap_after_day(match: re.Match[str]) -> str:
    word = match.group("word")
    return match.group("day") + word[:1].upper() + word[1:]


def capitalised_dates(text: str) -> str:
    """``text`` with English day and month names written with their capital."""
    for pattern in (_NAMES, _SHORT_BEFORE, _WEEKDAY_SHORT):
        text = pattern.sub(_cap, text)
    return _SHORT_AFTER.sub(_cap_after_day, text)


# "i", "i'm", "i've": the pronoun; not "i)" or "i." opening a list item, not in a link
_PRONOUN = re.compile(r"(?<![#@/.\w'\u2019-])i(?=(?:['\u2019](?:m|ve|d|ll)\b)|\s|,|;|!|\?|$)", re.M)


# English writes its languages and peoples with a capital ("Kinyarwanda and english
# needed, french a plus", "our african grey"): never "polish" (the verb), "china" (the
# dishes) or "turkey" (the bird), which are not here
_PEOPLES = re.compile(
    _FREE + r"(?:english|french|spanish|german|italian|portuguese|dutch|greek|swedish|norwegian"
    r"|danish|finnish|russian|ukrainian|turkish|arabic|hebrew|chinese|japanese|korean|thai"
    r"|vietnamese|indian|hindi|urdu|bengali|punjabi|tamil|swahili|kinyarwanda|yoruba|igbo"
    r"|hausa|twi|akan|zulu|xhosa|afrikaans|amharic|somali|welsh|irish|scottish|british|american"
    r"|canadian|mexican|brazilian|argentinian|argentine|chilean|peruvian|colombian|cuban"
    r"|jamaican|trinidadian|nigerian|ghanaian|kenyan|ugandan|rwandan|tanzanian|ethiopian"
    r"|moroccan|egyptian|lebanese|syrian|persian|african|asian|european|australian|latin"
    r"|caribbean|filipino|filipina|tagalog|indonesian|malaysian|cantonese|mandarin|gaelic"
    r"|cornish|basque|catalan|galician|sicilian|neapolitan|tuscan|bavarian|swiss|austrian"
    r"|belgian|czech|hungarian|romanian|bulgarian|croatian|serbian|icelandic"
    r"|scandinavian|nordic|mediterranean)\b(?![#@/-])"
)


def english_capitals(text: str) -> str:
    """``text`` with the capitals of English days, months, languages and peoples, and the
    pronoun "I"."""
    text = _PEOPLES.sub(lambda m: m.group(0).capitalize(), capitalised_dates(text))
    return _PRONOUN.sub("I", text)


# German writes its days, months and the hour as nouns: "am samstag um 10 uhr" typed in a
# hurry is "am Samstag um 10 Uhr" (the adverbs "samstags", "morgens" stay lower case)
_GERMAN_NOUNS = re.compile(
    rf"{_FREE}(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag"
    r"|januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november"
    r"|dezember|silvester|neujahr)\b(?![#@/-])"
    r"|(?<=\d )uhr\b|(?<=\d)uhr\b"
)


def german_capitals(text: str) -> str:
    """``text`` with German days, months and "Uhr" after an hour written as nouns."""
    return _GERMAN_NOUNS.sub(lambda m: m.group(0)[:1].upper() + m.group(0)[1:], text)


# degrees Celsius and Fahrenheit after a figure ("180 °c", "10°c", "350 °f"): the unit's
# symbol is a capital in every language
_DEGREES = re.compile(r"(?<=\d)(?P<lead>\s?°\s?)(?P<unit>[cf])\b")


def degree_capitals(text: str) -> str:
    """``text`` with the symbols of degrees Celsius and Fahrenheit written "°C", "°F"."""
    return _DEGREES.sub(lambda m: m.group("lead") + m.group("unit").upper(), text)


# what may come before a sentence's first word: Spanish opening marks, quotes, brackets
_LEAD = re.compile(r"[\s\u00bf\u00a1\"'\u00ab\u201c\u2018(]*")


def sentence_start(text: str) -> str:
    """``text`` with its first word capitalised, after any opening "¿", "¡", quote or
    bracket ("¿qué les parece?" is "¿Qué les parece?"). A word that already carries a
    capital inside it ("iPhone", "eBay") is a name, kept as written."""
    lead = _LEAD.match(text)
    at = lead.end() if lead else 0
    word = text[at:].split(maxsplit=1)[0] if text[at:].strip() else ""
    if not word or not word[:1].islower() or any(c.isupper() for c in word[1:]):
        return text
    if _ADDRESS_WORD.match(word):
        return text  # "gofundme.com/f/…", "jobs@…": an address is typed as it works
    return text[:at] + text[at].upper() + text[at + 1 :]


# a web or mail address as a word: a domain with a path or a known ending, or an e-mail
_ADDRESS_WORD = re.compile(
    r"[^\s/@]+(?:\.[a-z]{2,}[^\s]*/|@[^\s]+\.\w|\.[a-z]{2,}(?:\.[a-z]{2})?[.,;:!?]*$)"
)


# holidays, written with their capitals in every language ("promoção de natal" is
# "promoção de Natal"); each is the lower-case form and the written one
_HOLIDAYS: dict[str, tuple[str, ...]] = {
    "en": ("Christmas", "Xmas", "Easter", "Halloween", "Thanksgiving", "Hanukkah", "Diwali",
           "Ramadan", "New Year's Eve", "New Year's Day", "Christmas Eve", "Christmas Day",
           "New Year's", "Valentine's Day", "Mother's Day", "Father's Day",
           "Boxing Day", "Black Friday", "Cyber Monday", "St Patrick's Day", "Hogmanay",
           "Bonfire Night", "Burns Night", "Pancake Day", "Lunar New Year",
           "Chinese New Year", "Remembrance Day", "Memorial Day", "Labor Day",
           "Independence Day"),
    "es": ("Navidad", "Nochebuena", "Nochevieja", "Semana Santa", "San Valentín",
           "Día de la Madre", "Día del Padre", "Black Friday", "Halloween", "Año Nuevo",
           "Día de Reyes", "Noche de Reyes", "Reyes Magos", "Día de los Muertos",
           "Día de Muertos"),
    "pt": ("Natal", "Páscoa", "Dia das Mães", "Dia dos Pais", "Dia dos Namorados",
           "Black Friday", "Halloween", "Ano Novo", "Réveillon", "Carnaval", "Dia de Reis",
           "São João", "Festa Junina"),
    "fr": ("Noël", "Pâques", "Saint-Valentin", "Black Friday", "Halloween", "Nouvel An",
           "jour de l'An", "Épiphanie", "Chandeleur", "Toussaint", "Saint-Sylvestre"),
    "it": ("Natale", "Pasqua", "San Valentino", "Capodanno", "Ferragosto", "Black Friday",
           "Halloween", "Epifania", "Befana", "Carnevale", "Santo Stefano", "Pasquetta"),
    "de": ("Weihnachten", "Ostern", "Silvester", "Valentinstag", "Muttertag", "Vatertag",
           "Black Friday", "Halloween"),
}  # fmt: skip
# "natal" and "natale" are also "native" ("cidade natal", "paese natale"): a holiday only
# after these words (or opening a sentence)
_NATIVE = frozenset({"natal", "natale"})
_BEFORE_HOLIDAY = frozenset(
    [
        "de",
        "do",
        "no",
        "feliz",
        "bom",
        "o",
        "este",
        "neste",
        "até",
        "ao",
        "para",
        "di",
        "del",
        "a",
        "al",
        "il",
        "buon",
        "buone",
        "per",
        "sotto",
        "dopo",
        "prima",
        "questo",
        "nel",
        "e",
        "y",
        "em",
    ]
)
# English elides no word into a holiday: a letter after a word's apostrophe is inside
# that word ("Nor'easter", "Sou'wester" are storms and a club's name, never "Nor'Easter");
# French and Italian do ("soirée d'halloween", "all'halloween"), so there it starts one
_INSIDE_WORD = {"en": r"(?<!\w['\u2019])"}
_HOLIDAY_PATTERNS = {
    language: re.compile(
        _FREE
        + _INSIDE_WORD.get(language, "")
        + r"(?i:"
        # (the longest first: "Christmas Eve" before "Christmas")
        + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        + r")\b(?![#@/-]|\.\w)"
    )
    for language, names in _HOLIDAYS.items()
}


def holiday_capitals(text: str, language: str) -> str:
    """``text`` with the holidays of ``language`` written with their capitals."""
    pattern = _HOLIDAY_PATTERNS.get(language)
    if pattern is None:
        return text
    written = {name.lower(): name for name in _HOLIDAYS[language]}

    def cap(match: re.Match[str]) -> str:
        word = match.group(0)
        if word.isupper() and len(word) > 2:
            # "BOXING DAY SALE": a heading shouted as typed stays whole, never half
            # recased ("Boxing Day SALE")
            return word
        if word.lower() in _NATIVE:
            before = rx(r"[\w']+|[.!?:\n]").findall(match.string[: match.start()])[-1:]
            if before and before[0].lower() not in _BEFORE_HOLIDAY and before[0] not in ".!?:\n":
                return word
        return written.get(word.lower(), word)

    return pattern.sub(cap, text)
