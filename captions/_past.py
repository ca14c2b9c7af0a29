"""Whether the day a post gives is behind it: a memory told, not an invitation.

"We spent 3 days in Porto, 10-13 October", "Last weekend in the Dolomites, 12-14 Sept",
"Our Christmas market was last Saturday, 7 December. What a day!": a date in a post
reads as a day to come to, and was answered "Save the date", "See you there?" and
"Who's coming?". A day is behind the post when the sentence that gives it says so,
with a word that points back ("last Saturday", "two weeks ago", "yesterday", "el
sábado pasado", "hace dos semanas", "letzten Samstag", "vor zwei Wochen", "samedi
dernier", "il y a deux semaines", "no sábado passado", "há duas semanas", "sabato
scorso", "due settimane fa", "ieri") or with a verb in a past tense ("was", "we ran",
"celebramos nuestra primera cena" is no past: the Spanish present also tells plans;
"celebró", "haben … gefeiert", "avons fêté", "fizemos", "abbiamo festeggiato").

Every sentence that names a day must read so: a recap that also announces the next
date ("… Next one: Saturday 14 December") is still an invitation, and a day that is a
start ("from Saturday", "ab Montag", "dal 12 ottobre") is one to come.
"""

from __future__ import annotations

import functools
import re

from ._lexicon import Lexicon

__all__ = ["told_as_past"]

# the words of a span of time, for "ago" and its kin
_SPANS = {
    "en": r"(?:days?|nights?|weeks?|months?|years?|weekends?)",
    "es": r"(?:d[ií]as?|noches?|semanas?|mes(?:es)?|años?|findes?)",
    "de": r"(?:tag(?:en)?|nacht|nächten|woche[n]?|monat(?:en)?|jahr(?:en)?|wochenende[n]?)",
    "fr": r"(?:jours?|nuits?|semaines?|mois|ans?|années?|week-ends?)",
    "pt": r"(?:dias?|noites?|semanas?|mês|meses|anos?|fins de semana|fim de semana)",
    "it": r"(?:giorn[oi]|nott[ei]|settiman[ae]|mes[ei]|ann[oi]|weekend|fine settimana)",
}
# a named stretch of time that a word of the past may follow or precede
_STRETCHES = {
    "en": r"(?:night|week|weekend|month|year|summer|winter|spring|autumn|fall|time)",
    "es": r"(?:semana|fin de semana|finde|mes|año|verano|invierno|otoño|primavera)",
    "de": r"(?:woche|wochenende|monat|jahr|sommer|winter|herbst|frühling|mal)",
    "fr": r"(?:semaine|week-end|weekend|mois|année|an|été|hiver|automne|printemps|fois)",
    "pt": r"(?:semana|fim de semana|mês|ano|verão|inverno|outono|primavera)",
    "it": r"(?:settimana|weekend|fine settimana|mese|anno|estate|inverno|autunno|primavera|volta)",
}
# how many of a span ("dos semanas", "einem Jahr", "quelques jours", "3 dias"): "hace buen
# día", "há noite de fado" and "que eu queria há anos" count nothing and point nowhere
_COUNT = {
    "es": r"(?:\d+|un|una|unos|unas|dos|tres|cuatro|cinco|seis|siete|ocho|diez|algunos|algunas"
    r"|pocos|pocas|muchos|muchas|varios|varias)",
    "de": r"(?:\d+|einem|einer|ein paar|zwei|drei|vier|fünf|sechs|sieben|acht|zehn|wenigen"
    r"|einigen|vielen|mehreren)",
    "fr": r"(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|dix|quelques|plusieurs)",
    "pt": r"(?:\d+|um|uma|dois|duas|três|quatro|cinco|seis|sete|oito|dez|alguns|algumas|poucos"
    r"|poucas|muitos|muitas|vários|várias)",
}
# the words that point back, with {days}, {months}, {spans}, {count} and {stretches}
_BACK = {
    # (not "the last Saturday of the month", "last week to see it")
    "en": r"(?<!the )\blast\s+(?:{stretches}|{days}|{months})\b(?!'s|\s+(?:to|of|for|before)\b)"
    r"|\b(?:\w+|\d+)\s+{spans}\s+ago\b"
    r"|\b(?:yesterday|the other day|earlier this (?:week|month|year))\b",
    "es": r"\b(?:{stretches}|{days}|{months})\s+pasad[oa]\b|\bpasad[oa]\s+(?:{stretches}|{days}"
    r"|{months}|\d)|\bhace\s+{count}\s+{spans}\b|\b(?:ayer|anoche|anteayer)\b",
    "de": r"(?<!am )\b(?:letzte[nrms]?|vergangene[nrms]?|vorige[nrms]?)\s+"
    r"(?:{stretches}|{days}|{months})\b"
    r"|\bvor\s+{count}\s+{spans}\b|\b(?:gestern|vorgestern|neulich)\b",
    "fr": r"\b(?:{stretches}|{days}|{months})\s+(?:derni(?:er|ère)|passée?)\b"
    r"|\bil y a\s+{count}\s+{spans}\b|\b(?:hier|avant-hier)\b",
    "pt": r"\b(?:{stretches}|{days}|{months})\s+passad[oa]\b|\bpassad[oa]\s+(?:{stretches}|{days}"
    r"|{months}|\d)|\bhá\s+{count}\s+{spans}\b|\b(?:ontem|anteontem)\b",
    "it": r"\b(?:{stretches}|{days}|{months})\s+scors[oa]\b|\bscors[oa]\s+(?:{stretches}|{days}"
    r"|{months}|\d)|\b(?:\w+|\d+)\s+{spans}\s+fa\b|\b(?:ieri|l'altro ieri|altroieri)\b",
}
# a verb in a past tense; the Spanish and Portuguese first person plural of the present
# ("celebramos", "passamos") also tells plans, and is no past on its own
_PAST_VERB = {
    "en": re.compile(
        r"(?i)\b(?:was|were|had|spent|ran|went|came|did|made|took|got|ate|drank|saw|met|won"
        r"|sold|held|left|gave|sang|swam|rode|flew|drove|slept|wore|threw|brought|caught|fed)\b"
        r"|\b(?:we|i|they|you|he|she|it|everyone|everybody|all|who)\s+(?:\w+ly\s+)?"
        r"[a-z]{2,}ed\b"
    ),
    "es": re.compile(
        r"(?i)\b(?:fue|fuimos|fueron|estuvimos|estuvo|estuvieron|tuvimos|tuvo|hicimos|hizo"
        r"|vinieron|vino|hubo|pasé|comimos|vimos)\b|\b[a-zñ]{3,}(?:aron|ieron|ó)\b"
        r"|\b(?:hemos|han|he)\s+(?:\w+\s+)?[a-zñ]{2,}(?:ado|ido)\b"
    ),
    "de": re.compile(
        r"(?i)\b(?:war|waren|hatten|hatte|gab|feierten|verbrachten|gingen|kamen)\b"
        r"|\b(?:haben|hat|habe|hatten|hatte)\b[^.!?]*\bge(?!öffnet|schlossen|plant|sperrt)"
        r"\w{3,}(?:t|en)\b"
        r"|\b(?:sind|ist|bin|seid)\b[^.!?]*\bge(?:wesen|fahren|gangen|kommen|laufen|flogen"
        r"|wandert|reist|blieben|schwommen|radelt)\b"
    ),
    "fr": re.compile(
        r"(?i)\b(?:était|étaient|fut|furent)\b"
        r"|\b(?:avons|avez|ai|a|ont|avait|avions|avaient)\s+(?:\w+\s+)?(?!lieu\b)"
        r"\w{2,}(?:é|ée|és|ées|is|u|us|ert|it)\b"
        r"|\b(?:sommes|suis|est|sont|êtes)\s+(?:\w+\s+)?(?:allé|venu|parti|passé|resté|rentré"
        r"|arrivé|revenu|monté)e?s?\b"
    ),
    "pt": re.compile(
        r"(?i)\b(?:foi|fomos|foram|estivemos|esteve|estiveram|tivemos|teve|fizemos|fez|houve"
        r"|passámos|passei|adorei|estive|fui|fiz|voltei|conheci|comi|visitei|vimos)\b"
        r"|\b(?!(?:estou|vou|dou|sou)\b)[a-zçãõ]{3,}(?:ou|aram|eram|iram)\b"
    ),
    "it": re.compile(
        r"(?i)\b(?:abbiamo|ho|hai|ha|hanno|avete|avevamo)\s+(?:\w+\s+)?\w{2,}(?:at[oaie]|it[oaie]"
        r"|ut[oaie]|tto|sto|rso|rto)\b"
        r"|\b(?:siamo|sono|è|era|eravamo|erano|siete)\s+(?:\w+\s+)?(?:stat|andat|venut|tornat"
        r"|partit|arrivat|rimast|passat)[oaie]\b|\b(?:fu|fummo|furono)\b"
    ),
}
# a day that starts something ("from Saturday", "ab Montag", "dal 12 ottobre"): to come
_FROM = {
    "en": r"(?:from|starting|until|till|through|by)",
    "es": r"(?:desde|a partir del?|hasta)",
    "de": r"(?:ab|bis)",
    "fr": r"(?:dès|à partir du|jusqu'au)",
    "pt": r"(?:a partir de|até)",
    "it": r"(?:da|dal|dalla|dalle|fino a|a partire da)",
}
# an invitation in the sentence that gives the day ("Last year we sold out, so come
# early: Saturday 7 December"): the day is one to come, whatever else it looks back on
_INVITE = {
    language: re.compile(rf"(?i)\b(?:{words})\b")
    for language, words in (
        (
            "en",
            r"come|join us|book|booking|see you|don't miss|do not miss|tickets|doors open"
            r"|save the date|we'll|will be|can't wait",
        ),
        (
            "es",
            r"ven|venid|vengan|venga|os esperamos|te esperamos|les esperamos|reserva|reservad"
            r"|no te lo pierdas|entradas|nos vemos",
        ),
        (
            "de",
            r"kommt|komm|kommen sie|wir freuen uns auf|tickets|karten|anmelden|anmeldung"
            r"|bis dann|wir sehen uns",
        ),
        (
            "fr",
            r"venez|viens|on vous attend|réservez|réservation|ne manquez pas|billets"
            r"|rendez-vous|à bientôt",
        ),
        (
            "pt",
            r"venha|venham|vem|esperamos por|reserve|reservas|não perca|bilhetes|ingressos"
            r"|até lá",
        ),
        (
            "it",
            r"venite|vieni|vi aspettiamo|ti aspettiamo|prenotate|prenota|non perdete"
            r"|biglietti|ci vediamo",
        ),
    )
}
_CLOCK = re.compile(r"(?i)\b\d{1,2}(?::\d{2}|[.h]\d{2})?\s?(?:am|pm|h|uhr)(?!\w)|\b\d{1,2}:\d{2}\b")
# how close a day is to the words that tell it as past, and to a day told so, in characters
_NEAR = 40
_NEXT_TO = 20
# the article or preposition before a weekday ("el sábado", "am Samstag", "no sábado")
_ARTICLES = frozenset(["el", "la", "am", "au", "le", "o", "a", "no", "na", "il", "lo", "on"])


@functools.cache
def _patterns(language: str, days: str, months: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words that point back, and those that name a day, in ``language``."""
    back = _BACK.get(language, _BACK["en"]).format(
        days=days,
        months=months,
        spans=_SPANS.get(language, _SPANS["en"]),
        count=_COUNT.get(language, r"\d+"),
        stretches=_STRETCHES.get(language, _STRETCHES["en"]),
    )
    day = rf"\b(?:{days})\b|\b\d{{1,2}}(?:st|nd|rd|th|er|º|\.)?\s+(?:de\s+)?(?:{months})\b"
    day += (
        rf"|\b(?:{months})\.?\s+\d{{1,2}}\b|\b\d{{1,2}}/\d{{1,2}}\b|\b\d{{1,2}}\.\d{{1,2}}\.(?!\d)"
    )
    return re.compile(back, re.IGNORECASE), re.compile(day, re.IGNORECASE)


def told_as_past(sentences: list[str], lex: Lexicon) -> bool:
    """Whether every day ``sentences`` name is behind them: at least one gives a day
    (a date, a weekday, an hour, "yesterday"), and each such sentence points back or
    tells in a past tense, none naming a day to come ("tomorrow", "this Saturday") or
    a day a thing starts on ("from Saturday")."""
    language = lex.language
    days = "|".join(sorted(map(re.escape, lex.weekdays), key=len, reverse=True))
    months = "|".join(sorted(map(re.escape, lex.months), key=len, reverse=True))
    back, day = _patterns(language, days, months)
    # a day to come ("tomorrow", "this Saturday", "la semana que viene"); a weekday after
    # an article ("el sábado", "am Samstag") says no more than the weekday
    ahead = [
        d
        for d in lex.relative_days
        if d not in ("today", "hoy", "heute", "aujourd'hui", "hoje", "oggi")
        and not set(d.split()) - lex.weekdays <= _ARTICLES
    ]
    verb = _PAST_VERB.get(language, _PAST_VERB["en"])
    start = re.compile(
        rf"(?i)\b{_FROM.get(language, _FROM['en'])}\s+(?:the\s+|el\s+|le\s+|o\s+|il\s+)?"
        rf"(?:{days}|\d)"
    )
    told = False
    for sentence in sentences:
        lowered = sentence.lower()
        pointed = bool(back.search(sentence))
        coming = any(re.search(rf"(?<!\w){re.escape(d)}(?!\w)", lowered) for d in ahead)
        dated = pointed or coming or bool(day.search(sentence) or _CLOCK.search(sentence))
        if not dated:
            continue
        if coming or _INVITE.get(language, _INVITE["en"]).search(sentence):
            return False  # "tomorrow", "this Saturday", "so come early": a day to come
        if start.search(sentence) and not pointed:
            return False  # "from Saturday 12 October": a day things start on
        anchors = [m.span() for m in back.finditer(sentence)]
        anchors += [m.span() for m in verb.finditer(sentence)]
        if not anchors:
            return False  # "Saturday 7 December, 10am": a day as an invitation gives it
        mentions = [m.span() for m in day.finditer(sentence)]
        mentions += [m.span() for m in _CLOCK.finditer(sentence)]
        if not _all_near(mentions, anchors):
            # "O telhado ficou pronto ontem, … e a gente reabre na segunda, dia 14, às 9h":
            # a day far from what points back is another one
            return False
        told = True
    return told


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """The characters between two spans (0 when they touch or overlap)."""
    return max(0, max(a[0], b[0]) - min(a[1], b[1]))


def _all_near(mentions: list[tuple[int, int]], anchors: list[tuple[int, int]]) -> bool:
    """Whether each day a sentence names is told by its words of the past: close to one
    ("last Saturday, 7 December"), or close to a day that is ("…, 10am to 4pm")."""
    covered = [m for m in mentions if any(_gap(m, a) <= _NEAR for a in anchors)]
    left = [m for m in mentions if m not in covered]
    grew = True
    while left and grew:
        near = [m for m in left if any(_gap(m, c) <= _NEXT_TO for c in covered)]
        grew = bool(near)
        covered += near
        left = [m for m in left if m not in near]
    return not left
