"""How sure the engine is of what it read, and whether the post is a notice.

A template is written for one kind of phrase (a product, a venue, a dish). Dropping a
phrase of another kind into it is the commonest embarrassing caption: "-week
kettlebell: done and dusted", "50% em Friday", "Heute sagen wir Danke: Tierheim". So
before choosing a template the engine asks whether its subject is a clean, whole noun
phrase and whether the intent stands clear of the runner-up. When either is doubtful it
writes a *plain retelling* (the post's own facts in the account's voice, under a lead
that needs no subject), which cannot put a noun in the wrong slot.

A *notice* (the shop is closed, the event is cancelled, it sold out, an apology) is
never promoted: it gets a notice lead, a plain retelling and a quiet call to action.

Checks on the subject, each one a reason for doubt::

    not in the post as written, on word boundaries      (an inflected or built phrase)
    starts or ends with a hyphen or a dot                ("-week kettlebell")
    a weekday, month, unit or generic noun in it         ("Sat-Sun", "Friday")
    half of a longer name                                ("Brás" of "Bacalhau à Brás",
                                                          "millie" of "@millie.bakes")
    a common noun cut from its phrase                    ("lookbook" of "lookbook shoot",
                                                          "menú" of "menú del día")
    a common noun after a preposition (a setting)        ("im Bad", "im Garten")
    a place that takes an article in the post            ("no Ibirapuera")
    another name is quoted as the product                ("„Wolke“" vs "PET-Flaschen")
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from ._lexicon import Lexicon, lexicon, tokens_of
from ._regex import rx
from ._understand import DISCOUNT, REOPENING, WEEKLY_CLOSURE, Post
from ._voice import voice_cues

__all__ = ["Confidence", "apologises", "confidence", "recalls"]

# small words that open a phrase but do not end one ("menú del día", "coat of arms")
_LINKS = frozenset(
    [
        "of",
        "de",
        "del",
        "di",
        "da",
        "do",
        "das",
        "dos",
        "du",
        "des",
        "della",
        "delle",
        "dei",
        "degli",
        "à",
        "al",
        "au",
        "aux",
        "von",
        "vom",
        "der",
    ]
)
# prepositions fused with an article: the name after them takes an article in the
# caption too ("no Ibirapuera", "al Retiro"), which a template cannot give it
_FUSED = frozenset(
    [
        "no",
        "na",
        "nos",
        "nas",
        "do",
        "da",
        "dos",
        "das",
        "pelo",
        "pela",
        "al",
        "del",
        "au",
        "du",
        "aux",
        "im",
        "am",
        "zum",
        "zur",
        "vom",
        "beim",
        "nel",
        "nella",
        "nello",
        "nei",
        "negli",
        "nelle",
        "al",
        "allo",
        "alla",
        "dal",
        "dalla",
        "sul",
        "sulla",
    ]
)
_DAY_ABBREVIATIONS = frozenset(
    ["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"]
)
_QUOTED = re.compile(r"[„“\"«»]\s?([^\s„“\"«»][^„“\"«»]{0,40}?)\s?[“”\"«»]")
_ALNUM_EDGE = re.compile(r"^[\w@#«„“\"]|[\w)»“”\"]$")

# endings of Romance adjectives and participles that follow their noun
_ADJ_ENDINGS = (
    "ata",
    "ato",
    "ate",
    "ati",
    "ada",
    "ado",
    "adas",
    "ados",
    "ée",
    "és",
    "ées",
    "itta",
    "itto",
    "ita",
    "ito",
    "ida",
    "ido",
    "osa",
    "oso",
    "ese",
    "esa",
    "ina",
    "ino",
    "ale",
    "ali",
    "al",
    "ales",
    "ique",
    "iques",
    "ica",
    "ico",
    "icas",
    "icos",
)

# Near-ties between intents that share templates well are not doubts
_INTENT_MARGIN = 0.9


@dataclass(frozen=True, slots=True)
class Confidence:
    """What the engine is sure of, and why not when it is not."""

    subject: bool
    intent: bool
    notice: bool
    reason: str | None = None
    notice_kind: str | None = None  # "apology", "closure", "sold_out" or "notice"
    stated: bool = False  # the post's opening says it is a notice ("We messed up: ...")
    # a notice of something late that also says sorry ("… la réouverture est repoussée.
    # Nous sommes désolés."): a planned maintenance window's "Sorry!" is no apology for
    # what went wrong
    apologised: bool = False

    @property
    def plain(self) -> bool:
        """Whether to write a plain retelling instead of subject templates."""
        return self.notice or not (self.subject and self.intent)


def _plain(text: str) -> str:
    """``text`` without accents: a brief typed fast ("ferme", "amanha", "reouverture")
    is read like one typed with them (the same length for Latin letters)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


@functools.cache
def _notice_re(language: str, anywhere: bool = False) -> re.Pattern[str]:
    table = _NOTICE_ANYWHERE if anywhere else _NOTICE
    words = table.get(language, table["en"])
    body = "|".join(re.escape(_plain(w)).replace(r"\*", r"\w*") for w in words)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


# Closures, cancellations, sell-outs and apologies, per language. Matched in the
# opening sentence only: "we sold out by noon!" later in a thank-you is good news.
# a campaign, a fundraiser or a deal that closed is good news, not a notice
_CLOSED_GOOD = re.compile(
    r"(?:clos\w*|cerr\w*|geschlossen|schließ\w*|ferm\w*|fech\w*|encerr\w*|chius\w*)\s+"
    r"(?:\w+\s+)?(?:campaign|fundraiser|drive|appeal|deal|campaña|colecta|recogida|aktion|"
    r"spendenaktion|campagne|collecte|campanha|campagna|raccolta)",
    re.IGNORECASE,
)

_NOTICE: dict[str, tuple[str, ...]] = {
    "en": (
        "maintenance",
        "will be down",
        "downtime",
        "will be unavailable",
        "closed",
        "close its doors",
        "close our doors",
        "closing our doors",
        "will close",
        "last day of trading",
        "will be closed",
        "closing",
        "cancelled",
        "canceled",
        # the class or the gig called off in so many words: "we have to cancel tonight's class"
        "cancel",
        "cancelling",
        "canceling",
        "called off",
        "postponed",
        "sold out",
        "out of stock",
        "shutting down",
        "closing down",
        "we apologise",
        "we apologize",
        "apologies",
        "outage",
        "important update",
    ),
    "es": (
        "mantenimiento",
        "cerrado",
        "cerrada",
        "cerramos",
        "cerrará",
        # said ahead, or of the team ("va a cerrar por obras", "estaremos cerrados")
        "cerrados",
        "cerradas",
        "cerraremos",
        "va a cerrar",
        "vamos a cerrar",
        "cancelado",
        "cancelada",
        "suspendido",
        "suspendida",
        "aplazado",
        "aplazada",
        "agotado",
        "agotados",
        "agotada",
        "disculpas",
    ),
    "de": (
        "wartung",
        "wartungsarbeiten",
        "nicht erreichbar",
        "geschlossen",
        "schließen",
        "schliessen",
        "abgesagt",
        # "Leider müssen wir den Yogakurs absagen", "Der Kurs entfällt": called off
        "absagen",
        "absage",
        "entfällt",
        "ausfallen",
        "ausverkauft",
        "verschoben",
        "fällt aus",
        "entschuldigen",
        "entschuldigung",
    ),
    "fr": (
        "maintenance",
        "indisponible",
        "fermé",
        "fermée",
        # said ahead, or of the team ("nous serons fermés", "la boutique fermera")
        "fermés",
        "fermées",
        "fermera",
        "fermerons",
        # the shop closed by those who run it ("Nous fermons la mercerie …"), as "cerramos"
        "fermons",
        "fermeture",
        "annulé",
        "annulée",
        "reporté",
        "reportée",
        "épuisé",
        "épuisée",
        "excuses",
    ),
    "pt": (
        "manutenção",
        "fora do ar",
        "fechado",
        "fechada",
        "fechamos",
        "vamos fechar",
        # said ahead, or of the team ("a padaria vai fechar por três semanas", "estaremos
        # fechados")
        "vai fechar",
        "vão fechar",
        "fecharemos",
        "fechados",
        "fechadas",
        "encerrado",
        "encerramento",
        "cancelado",
        "cancelada",
        "adiado",
        "adiada",
        "esgotado",
        "esgotada",
        "desculpas",
    ),
    "it": (
        "manutenzione",
        "non disponibile",
        "chiuso",
        "chiusa",
        # said ahead, or of the team ("resteremo chiusi", "il negozio chiuderà")
        "chiusi",
        "chiuse",
        "chiuderà",
        "chiuderemo",
        "chiusura",
        "annullato",
        "annullata",
        "rinviato",
        "rinviata",
        "esaurito",
        "esaurita",
        "sold out",
        "scuse",
    ),
}


# what makes a post a notice wherever it says it: a reopening after a closure, an
# inventory, changed hours or prices, a delay, an outage ("Ferme lundi pour inventaire.
# Réouverture mardi 9h.", "Deliveries are running 2 days behind")
_NOTICE_ANYWHERE: dict[str, tuple[str, ...]] = {
    "en": (
        "reopen*",
        "inventory",
        "stocktake",
        "holiday hours",
        "opening hours",
        "new hours",
        "new opening times",
        "price update",
        "price change",
        "price increase",
        "new prices",
        "running late",
        "running behind",
        "days behind",
        "delayed",
        "delays",
        "was down",
        "were down",
        "app down",
        "site down",
        "website down",
        "later than planned",
        "pushed back",
    ),
    "es": (
        "reabrimos",
        "reapertura",
        "inventario",
        "nuevo horario",
        "horario de verano",
        "horario especial",
        "nuevos precios",
        "subida de precios",
        "retraso",
        "retrasos",
        "con retraso",
        "se retrasa",
        "se retrasan",
    ),
    "de": (
        "wiedereröffnung",
        "wieder geöffnet",
        "wieder offen",
        "inventur",
        "neue öffnungszeiten",
        "geänderte öffnungszeiten",
        "öffnungszeiten",
        "neue preise",
        "preisanpassung",
        "preiserhöhung",
        "verspätung",
        "verzögerung",
        "verzögerungen",
        "lieferengpass*",
        "lieferverzug",
        "verschiebt sich",
    ),
    "fr": (
        "réouverture",
        "rouvre",
        "rouvrons",
        "inventaire",
        "nouveaux horaires",
        "horaires d'été",
        "horaires exceptionnels",
        "nouveaux tarifs",
        "hausse des prix",
        "hausse de prix",
        "retard",
        "retards",
        "en retard",
        "repoussé*",
        "décalé*",
    ),
    "pt": (
        "reabrimos",
        "reabertura",
        "inventário",
        "novo horário",
        "horário especial",
        "novos preços",
        "atraso",
        "atrasos",
        "com atraso",
        "adiad*",
    ),
    "it": (
        "riapertura",
        "riapriamo",
        "inventario",
        "nuovo orario",
        "nuovi orari",
        "orari estivi",
        "nuovi prezzi",
        "ritardo",
        "ritardi",
        "in ritardo",
        "slitta*",
        "posticipat*",
    ),
}


# what kind of notice a cue makes: each is said (and closed) in its own words
_NOTICE_KINDS = (
    ("apology", re.compile(r"(?i)apolog|sorry|outage|disculpa|entschuldig|excuses|desculpa|scuse")),
    (
        "sold_out",
        re.compile(r"(?i)sold out|out of stock|agotad|ausverkauft|épuisé|esgotad|esaurit"),
    ),
    (
        "closure",
        re.compile(
            r"(?i)clos|shutting|last day of trading|cerr|cierr"
            r"|schließ|schliess|geschlossen|ferm|fech"
            r"|encerr|chius|chiud"
        ),
    ),
)
# an apology anywhere in the post makes it one, whatever its opening says ("Yesterday our
# app was down ... We're sorry")
_APOLOGY = {
    "en": r"\bsorry for (?:the|any)\b|\bsorry,? (?:everyone|everybody|all|folks|guys)\b"
    # said to the readers: "sorry to everyone who waited", "sorry about yesterday's
    # delays", "apologies to all" (never "sorry to hear", "sorry to say")
    r"|\bsorry to (?:everyone|everybody|all|anyone|those|our|every)\b"
    r"|\bsorry about (?:the|yesterday|today|last|this|that|our|all|any)\b"
    r"|\bapologies to\b"
    r"|we(?:'re|\u2019re| are) (?:so |really |truly |very |deeply )?sorry"
    r"(?! to (?:say|announce|share|tell|let|report))|we apologi[sz]e"
    r"|our apologies|apologies for|(?:this|that)(?:'s| is) on us|we messed up"
    r"|we (?:want|would like|'d like|wish) to apologi[sz]e|we owe you an apology"
    # owning a mistake in everyday words ("Our bad:", "we dropped the ball", "we got it
    # wrong")
    r"|\bour bad\b|\bour mistake\b|we dropped the ball|we got (?:it|this|that) wrong"
    r"|we (?:really )?screwed up|we (?:really )?blew it\b"
    # a sentence that opens with a bare "sorry" says it to the readers ("Sorry our parcels
    # went out late", "sorry, the card machine is down"; never "sorry not sorry" or "sorry
    # to hear")
    r"|(?:^|[.!?\n]\s*)sorry\b(?!,? not sorry)"
    r"(?! to (?:hear|say|see|announce|share|tell|let|report))",
    "es": r"lo sentimos|pedimos disculpas|nuestras disculpas|perdón por"
    # sorry for what went wrong ("Lamentamos mucho el retraso"), never "lamentamos
    # informar" of a loss
    r"|lamentamos (?:mucho |profundamente |sinceramente )?(?:el|la|los|las) (?:retraso|demora"
    r"|molestias?|inconvenientes?|error|errores|confusión|problemas?)"
    r"|perdón a (?:todos|todas|quienes|los|las|nuestr[oa]s)\b|disculp(?:en|ad)\b"
    r"|perdon(?:en|ad)(?:nos)?\b|(?:^|[.!?]\s*)¡?perdón[.!…]"
    r"|(?:queremos |quisiéramos )?pedir(?:les|te|os)? (?:perdón|disculpas)|pedimos perdón"
    r"|queremos disculparnos|la hemos liado|metimos la pata|nos equivocamos"
    r"|(?:fue|es) culpa nuestra|(?:fue|es) nuestro error",
    "de": r"es tut uns (?:\w+ )?leid|wir entschuldigen uns|entschuldigt bitte|bitte entschuldigt"
    r"|sorry für (?:die|den|das)\b|wir möchten uns (?:\w+ )*entschuldigen"
    r"|(?:sorry|entschuldigung) an (?:alle|euch|unsere)\b"
    r"|wir bitten (?:\w+ )*um entschuldigung|(?:das|es) tut uns (?:\w+ )?leid"
    r"|wir haben (?:\w+ )*mist gebaut|wir haben (?:es|das) (?:\w+ )?vermasselt"
    r"|(?:das war )?unser fehler|wir haben uns (?:\w+ )?vertan",
    "fr": r"nous sommes désolés|nous nous excusons|toutes nos excuses|désolée?s? pour"
    r"|pardon à (?:tous|toutes|celles|ceux|nos|vous)\b|excusez-nous"
    r"|nous tenons à nous excuser|nous (?:voulons|souhaitons) nous excuser"
    r"|nous vous demandons pardon|on s'est plantés?|nous nous sommes trompés"
    r"|on s'est trompés?|c'est (?:de )?notre faute|c'est notre erreur",
    "pt": r"pedimos desculpa|lamentamos|nossas desculpas|as nossas desculpas|pedimos perdão"
    r"|desculpem\b|perdão a tod[oa]s\b"
    r"|(?:queremos )?pedir(?:-vos|-lhes)? (?:desculpa|perdão)|\berramos\b"
    r"|pisamos na bola|a culpa (?:foi|é) nossa|o erro (?:foi|é) nosso",
    "it": r"ci scusiamo|siamo spiacenti|ci dispiace|le nostre scuse|(?:vi )?chiediamo scusa"
    r"|scusate(?:ci)?\b|perdonateci\b"
    r"|vogliamo scusarci|abbiamo sbagliato|abbiamo fatto un pasticcio"
    r"|(?:è stata|è) colpa nostra|(?:è stato|è) un nostro errore",
}
# something of the business's out of order ("the oven broke down", "ist kaputt", "est en
# panne"): a notice of what it cannot serve, unless a person says it of their own ("my
# laptop broke down" is their story)
_BREAKDOWN = re.compile(
    r"(?i)\b(?:out of order|broke down|broken down|kaputt|defekt|ausgefallen"
    r"|au(?:ß|ss)er betrieb|averiad[oa]s?|fuera de servicio|estropead[oa]s?|en panne"
    r"|hors service|hors d'usage|avariad[oa]s?|avariou|fora de servi[çc]o|guast[oaie]"
    r"|fuori servizio)\b"
)
# a closure for good (a goodbye), not for a day
_FOR_GOOD = re.compile(
    r"(?i)for good|close (?:its|our) doors|closing (?:its|our) doors|closing down|shutting down|"
    r"last day of trading|permanently|after \d+ years|para siempre|definitivamente|"
    r"cierra sus puertas|endgültig|für immer|nach \d+ jahren|définitivement|pour de bon|"
    r"ferme ses portes|de vez|encerra as portas|fecha as portas|per sempre|chiude i battenti|"
    r"dopo \d+ anni|después de \d+ años|après \d+ ans|depois de \d+ anos"
    r"|durante \d+ (?:anos|años|anni)"
    # the same years said with another "after" ("tras 42 años", "após 25 anos", "au bout de
    # 35 ans", "nach über 30 Jahren")
    r"|tras \d+ años|após \d+ anos|au bout de \d+ ans|nach (?:über|mehr als) \d+ jahren"
)
# a return the post announces ("Volvemos el lunes con todo renovado", "Voltamos na
# segunda-feira", "we're back on Monday"): the years said before a closure are those of
# works or a wait ("tras 3 años de obras"), the doors shut for a while, not for good
_BACK_ON = re.compile(
    r"(?i)\b(?:(?:volvemos|volveremos|voltamos|voltaremos|torniamo|torneremo)\s+"
    r"(?:el|este|la|en|mañana|pronto|na|no|em|amanhã|logo|il|domani|presto|lunedì|martedì"
    r"|mercoledì|giovedì|venerdì|sabato|domenica)\b|(?:we're|we are|we'll be) back\b"
    r"|(?:de retour|nous revenons)\b|(?:sind|wir)\s+(?:\w+\s+){0,3}wieder (?:da|für euch da)\b)"
)


def _for_good(content: str) -> bool:
    """Whether ``content`` closes for good: said so, and no reopening or return announced."""
    return bool(_FOR_GOOD.search(content)) and not (
        REOPENING.search(content) or _BACK_ON.search(content)
    )


# a complaint a customer made, named by the post that answers it ("your complaint",
# "tu reclamo", "eure Beschwerde", "votre réclamation", "a reclamação", "il reclamo")
_COMPLAINT = re.compile(
    r"(?i)\b(?:complaints?|reclamos?|reclamaci(?:ón|ones)|quejas?|beschwerden?|r[ée]clamations?"
    r"|plaintes?|reclama(?:ção|ções|cao|coes)|queixas?|reclami|reclamo|lamentel[ae])\b"
)


# what came late or was put back ("el retraso", "repoussée", "verschoben", "slitta")
_LATE = re.compile(
    r"(?i)\b(?:delay\w*|postpon\w*|late|retras\w*|demora\w*|aplaz\w*|repouss\w*|report[ée]e?s?"
    r"|retard\w*|verschoben|verspät\w*|verzöger\w*|ritard\w*|rinviat\w*|slitta\w*|atras\w*"
    r"|adiad\w*)\b"
)


_THANKS_OPENING = re.compile(
    r"(?i)^\W*(?:huge |big |many |a huge |a big )?(?:thanks?|thank you|gracias|merci|danke|"
    r"vielen dank|obrigad[oa]|valeu|grazie|un grazie|muchas gracias)\b"
)


# a trip that went wrong: the ferry, flight or train the author was on was cancelled or
# late ("our ferry got cancelled so we spent the day in Oban"): a story, not the account
# cancelling something of its own (a cue inside it is no notice)
_TRANSPORT = (
    r"ferry|flight|train|bus|coach|plane|connection|vuelo|tren|autob[uú]s|ferri|barco"
    r"|f[äa]hre|flug|zug|anschluss|bahn|vol|avion|correspondance|voo|trem"
    r"|comboio|balsa|avi[ãa]o|volo|treno|traghetto|aereo|pullman|coincidenza"
)
# what a business runs on a boat or a bus ("the boat tour is cancelled": its own notice)
_OUTING = r"tours?|trips?|excursions?|rides?|cruises?|excursi[oó]n|ausflug|rundfahrt|fahrt"
_OUTING += r"|sortie|balade|croisi[eè]re|passeio|gita|escursione|crociera"
_SETBACK = re.compile(
    rf"(?i)\b(?:{_TRANSPORT})\b(?!\W+(?:{_OUTING}))(?:\W+\w+){{0,4}}?\W+"
    r"(?:got |was |been |is |wurde |a été |foi |è stat[oa] )?"
    r"(?:cancel\w*|delayed|late|cancelad\w*|retrasad\w*|abgesagt|gestrichen|annull\w*"
    r"|versp[äa]tet|annul\w*|retard\w*|atrasad\w*|cancellat\w*|soppress\w*|in ritardo)"
    rf"|(?:cancel\w*|cancelaron|cancelad\w*|annul\w*|cancellat\w*)(?:\W+\w+){{0,2}}?\W+"
    rf"(?:{_TRANSPORT})\b"
)


_OUTING_BEFORE = re.compile(rf"(?i)\b(?:{_OUTING})\W+(?:\w+\W+)?$")


def apologises(text: str, language: str) -> bool:
    """Whether ``text`` says sorry or owns a fault in ``language``'s words ("Das war
    unser Fehler", "That was our mistake", "c'est notre faute")."""
    return bool(rx(_APOLOGY.get(language, _APOLOGY["en"]), re.I).search(text))


# "la ferme", "notre ferme", "à la ferme": the farm, after its article or possessive;
# "fermé" typed without its accent never follows one ("la boutique ferme lundi" does not
# either)
_FARM = re.compile(
    r"(?i)\b(?:la|une|ma|ta|sa|notre|votre|leur|cette|les|des|nos|vos|leurs|ces|mes|tes|ses"
    r"|aux|de)\s+fermes?\b"
)


def _without_farms(text: str, language: str) -> str:
    """``text`` without the farms it names, in French (the word is "fermé" unaccented)."""
    return _FARM.sub(" ", text) if language == "fr" else text


def _without_setbacks(text: str) -> str:
    """``text`` without the trips gone wrong it tells (a boat trip the account runs,
    "Gita in traghetto … annullata", stays)."""

    def cut(found: re.Match[str]) -> str:
        before = text[max(0, found.start() - 40) : found.start()]
        return found.group(0) if _OUTING_BEFORE.search(before) else " "

    return _SETBACK.sub(cut, text)


# a word that closes a place, at a word's start ("closes", "Fechamos", "chiude"; never
# "Enfermagem")
_CLOSING = re.compile(
    r"(?<!\w)(?:clos|shutting|cerr|cierr|schließ|schliess|geschlossen|ferm|fech|encerr|chius|chiud)"
    # German says it with a separable verb: "nach 41 Jahren macht die Trinkhalle … zu",
    # "… hört auf", "macht dicht" (its particle ends the clause)
    r"|\b(?:macht|machen|mache)\b[^.!?\n]{0,80}?\b(?:zu|dicht)\b(?!\s+[^\W\d_])"
    r"|\bh[öo]r(?:t|en|e)\b[^.!?\n]{0,80}?\bauf\b(?!\s+[^\W\d_])|\baufh[öo]ren\b",
    re.IGNORECASE,
)

# a closure said to last until a day ("closed until Friday", "cerrados hasta el jueves",
# "bis Donnerstag geschlossen", "fermés jusqu'à mercredi", "fechados até sexta", "chiusi
# fino a giovedì"): the doors are shut now, whatever thanks follow
_CLOSED_UNTIL = re.compile(
    r"(?i)(?<!\w)(?:clos|shut|cerr|cierr|geschlossen|ferm|fech|encerr|chius)\w*\s+(?:\w+\s+){0,2}?"
    r"(?:until|till|through|hasta|jusqu|at[eé]|fino)\b"
    r"|\bbis\s+(?:\w+\s+){0,2}geschlossen\b"
)

# weather, water or fire that damaged the account's place ("the storm last night took the
# roof off our polytunnel", "la grandinata di ieri ha distrutto le serre"): a setback to
# tell its customers, never an everyday moment to smile about
_DISASTER = (
    r"storms?|hail(?:storm)?s?|floods?|flooding|fires?|frost|gales?|lightning|burst pipes?"
    r"|hagel\w*|sturm\w*|unwetter|hochwasser|überschwemmung\w*|brand|feuer|frost"
    r"|tempêtes?|grêle|orages?|inondations?|incendies?|crues?"
    r"|granizo|granizadas?|tormentas?|temporal(?:es)?|inundaci[oó]n\w*|incendios?|heladas?"
    r"|riadas?|tempestades?|inundaç\w+|cheias?|incêndios?|geadas?"
    r"|grandinat[ae]|grandine|tempest[ae]|temporal[ei]|alluvion[ei]|nubifragi[oa]|gelat[ae]"
)
_DAMAGED = (
    r"damaged|destroyed|ruined|flattened|wrecked|ripped|tore|torn|smashed|wiped out"
    r"|took (?:the|our) roof|blew (?:down|off|away|in)|flooded"
    # the damage named as a noun ("Storm damage: the polytunnel is gone")
    r"|damage"
    r"|zerstört|beschädigt|verwüstet|abgedeckt|überflutet|vernichtet|weggerissen|abgebrannt"
    r"|détruit\w*|endommag\w+|arrach\w+|ravag\w+|dévast\w+|inond\w+|emport\w+"
    r"|destroz\w+|destru\w+|dañ\w+|arras\w+|arranc\w+|inund\w+"
    r"|destruiu|destruíd\w+|danific\w+|arrancou|estrag\w+|inundou"
    r"|distrutt\w+|danneggi\w+|devastat\w+|scoperchiat\w+|allagat\w+|rovinat\w+|spazzat\w+"
)
_DAMAGE = re.compile(
    rf"(?i)\b(?:{_DISASTER})\b(?:\W+\w+){{0,6}}?\W+(?:{_DAMAGED})\b"
    rf"|\b(?:{_DAMAGED})\b(?:\W+\w+){{0,4}}?\W+(?:{_DISASTER})\b"
)


# a setback the account tells its followers ("We didn't get the council grant this
# time", "our bid for the market pitch was unsuccessful"): news to take soberly, never a
# little joy of the day (English; a grant won is good news)
_REFUSED = re.compile(
    r"(?i)\b(?:didn't|didn\u2019t|did not|haven't|haven\u2019t|have not|won't|won\u2019t)"
    r" (?:get|win|receive|secure|be getting)"
    r" (?:the |our |any |a |an |this year's )?(?:[\w-]+ )?"
    r"(?:grant|funding|contract|tender|licen[cs]e|permit|planning permission|lease|bid|loan)s?\b"
    r"|\b(?:was|were|has been|have been|got) (?:unsuccessful|turned down|rejected|refused)\b"
    r"|\bfell through\b"
    # a break-in, a theft, an event called off ("Our van was broken into last night",
    # "Unfortunately the festival is off this year": never a deal's "30% off")
    r"|\b(?:was|were|got|been) (?:broken into|stolen|robbed)\b|\bbreak-in\b"
    r"|\b(?:is|are|'s|\u2019s) (?:off|called off) (?:this|for|until|today|tonight|tomorrow)\b"
    r"|^\s*unfortunately\b"
    r"|\blost (?:the |our )(?:whole |entire )?"
    r"(?:lease|contract|tender|funding|grant|batch|harvest|crop)\b"
    r"|\blost (?:the |our )?(?:power|electricity)\b"
)


# a price that went up, and why ("why our croissants went up to £3.20", "we've had to
# put our prices up"): news customers take as it is, never a dish to share (English)
# a class, a session or a market called off for the day ("No Pilates tonight", "fallen
# heute alle Kurse aus", "Hoy no hay clase", "Pas de cours ce soir", "Hoje não há aula",
# "Stasera niente lezione")
_CALLED_OFF = re.compile(
    r"(?i)^\W*no\s+\w+(?:\s+\w+)?\s+(?:tonight|today|this (?:morning|afternoon|evening|week"
    r"|weekend)|tomorrow)\b|\bf(?:ä|a)llt\b[^.!?]{0,50}\baus\b|\bfallen\b[^.!?]{0,50}\baus\b"
    r"|\bhoy no hay\b|\bno hay (?:clase|sesión|entrenamiento|mercadillo|ensayo|taller)\b"
    r"|\bpas de (?:cours|séance|entraînement|marché|répétition|atelier)\b"
    r"|\bnão há (?:aula|treino|sessão|feira|ensaio|oficina)\b"
    r"|\bniente (?:lezione|corso|allenamento|mercato|prove|laboratorio)\b"
    r"|\boggi non c'è (?:lezione|corso|allenamento|mercato)\b"
)
# thanks for the readers' patience or understanding: said to those a change puts out
# ("Thanks for understanding", "Danke für euer Verständnis", "Merci de votre
# compréhension"), never the thanks a thank-you is written for
_PATIENCE_THANKS = re.compile(
    r"(?i)\bthanks? (?:you )?(?:for|4) (?:your |the )?(?:understanding|patience)"
    r"|\bgracias por (?:la|tu|su|vuestra) (?:comprensión|paciencia)"
    r"|\bdanke für (?:euer|eure|ihr|ihre|dein|deine|das)? ?(?:verständnis|geduld)"
    r"|\bmerci (?:de|pour) (?:votre|ta) (?:compréhension|patience)"
    r"|\bobrigad[oa] pela (?:compreensão|paciência)|\bgrazie per la (?:comprensione|pazienza)"
)
# a word of regret: a sell-out said with it is bad news for the reader ("Sold out of mince
# pies for today, sorry!"), never the good news of a milestone
_REGRET = re.compile(
    r"(?i)\bsorry\b|lo sentimos|\bleider\b|désolé|desculp|purtroppo|spiacenti|lamentamos"
)
_PRICE_RISE = re.compile(
    r"(?i)\b(?:went|gone|go|goes|going|have gone|has gone)\s+up\s+(?:to|by)\s+(?:[€$£]|\d)"
    r"|\b(?:put|putting|raise|raised|raising|increase|increased|increasing)\s+(?:our|the|all)"
    r"\s+prices\b"
    r"|\bprices?\s+(?:rose|rise|rises|risen|have risen|increase[sd]?|went up|have gone up"
    r"|are going up|are rising)\b"
    r"|\bprice (?:rise|hike|increase)s?\b"
)


# a product called back: a recall, a safety notice or warning, or the readers told to stop
# using a thing ("please stop using them", "bitte nicht mehr benutzen", "dejad de usarlos")
_RECALL = re.compile(
    r"(?i)\b(?:product recalls?|voluntary recall|recall (?:of|notice)|(?:we are|we're|we have"
    r"|we've|are being|is being|have been|has been) recall(?:ing|ed)"
    r"|safety (?:notice|warning|alert)"
    r"|please stop using\b|stop using (?:it|them) (?:now|immediately|at once|straight away)"
    r"|rückruf\w*|sicherheitshinweis\w*|sicherheitswarnung|nicht mehr (?:benutzen|verwenden"
    r"|nutzen)"
    r"|aviso de seguridad|alerta de seguridad|retirada del mercado|retiramos del mercado"
    r"|(?:dejad|dejen|deja) de usar\w*|no (?:lo|la|los|las) us(?:éis|en)"
    r"|rappel (?:de )?produits?|rappel conso|avis de sécurité|alerte de sécurité"
    r"|ne plus (?:les |l'|le |la )?utiliser|n'utilisez plus|cessez d'utiliser"
    r"|aviso de segurança|alerta de segurança|recolha (?:de|do|da) produto"
    r"|(?:parem|deixem|pare|deixe) de (?:as |os |a |o )?us(?:ar|á-l[oa]s?)|não (?:as|os) usem"
    r"|richiamo (?:di |del )?prodott\w*|avviso di sicurezza|allerta sicurezza"
    r"|smett(?:ete|a|ere) di usar\w*|non (?:li|le|lo|la) usate più"
    # an allergen the label does not declare: only a recall says so ("may contain
    # undeclared sesame", "può contenere tracce di senape non dichiarata")
    r"|contains? undeclared|undeclared (?:\w+ )?allergens?"
    r"|(?:tracce|trazas|traces|spuren|vestígios|vestigios|allergen\w*|alérgen\w*|allergèn\w*)"
    r"\b[^.!?]{0,60}\b(?:non dichiarat\w*|no declarad\w*|não declarad\w*|non déclaré\w*"
    r"|nicht deklariert\w*))"
)


def recalls(content: str) -> bool:
    """Whether ``content`` calls a product back (a recall, a safety notice, an allergen
    the label does not declare)."""
    return bool(_RECALL.search(content))


def _notice_kind(post: Post, opening: str) -> str | None:
    """Whether ``post`` is a notice, and which kind (None: it is not one)."""
    content = _without_farms(post.content, post.language)
    opening = _without_farms(opening, post.language)
    if not _CLOSING.search(_plain(content)):
        # a reopening with no closure said is good news ("Gran reapertura …", "We're
        # reopening Friday after the renovations"): only another cue makes it a notice
        # ("Closed Monday for inventory. Reopening Tuesday" says its closure)
        opening, content = REOPENING.sub(" ", opening), REOPENING.sub(" ", content)
    opening, content = _without_setbacks(opening), _without_setbacks(content)
    # "Lunes cerrado": the opening hours, not a closure
    opening, content = WEEKLY_CLOSURE.sub(" ", opening), WEEKLY_CLOSURE.sub(" ", content)
    found = _notice_re(post.language).search(_plain(opening))
    cue = found.group(0) if found and not _CLOSED_GOOD.search(opening) else ""
    kinds = [(k, re.compile(_plain(p.pattern), p.flags)) for k, p in _NOTICE_KINDS]
    kind = next((k for k, p in kinds if p.search(cue)), "notice") if cue else None
    if kind == "closure" and not _for_good(post.content):
        kind = "notice"  # closed for inventory or a holiday: back soon, not a goodbye
    patience = bool(_PATIENCE_THANKS.search(content))
    thanks = bool(_THANKS_OPENING.match(opening)) or (
        # (thanks for the readers' patience close a change, they are no thank-you)
        post.intent in ("thank_you", "milestone") and not patience
    )
    if kind == "sold_out" and thanks and not _REGRET.search(content):
        kind = None  # "Huge thanks ... we sold out by 2pm": good news, not a notice
    apology = _APOLOGY.get(post.language, _APOLOGY["en"])
    if kind is None and _RECALL.search(post.content):
        # a product called back is never good news, whatever a "sold" read as (a
        # milestone's cue) or its thanks for sharing: said sorry for, it is an apology
        return "apology" if rx(apology, re.I).search(post.content) else "notice"
    # (a cancellation that says sorry stays a cancellation: it has its own words; a post
    # that opens with its apology is one, whatever thanks for the patience follow: "Es tut
    # uns wirklich leid: … Danke für eure Geduld")
    sorry = rx(apology, re.I).search(post.content)
    if (
        kind is None
        and sorry
        and (not thanks or rx(apology, re.I).search(opening) or _COMPLAINT.search(post.content))
    ):
        # (a complaint the post answers makes its apology the post, whatever a cake, a
        # birthday or a thanks in it was read as: "Recebemos a reclamação … sobre o bolo
        # de aniversário … Pedimos desculpa")
        kind = "apology"
    mine = bool(voice_cues(post.content, post.language)[1])  # "my laptop", "mi coche"
    if kind is None and not mine and not thanks and _BREAKDOWN.search(content):
        kind = "notice"  # "Unser Pizzaofen ist kaputt: Pizza erst wieder ab Mittwoch"
    if kind is None and not mine and not _THANKS_OPENING.match(opening) and _DAMAGE.search(content):
        kind = "notice"  # the storm, the hail, the flood or a fire damaged the place
    if kind is None and not _THANKS_OPENING.match(opening) and _CLOSED_UNTIL.search(content):
        # "Se nos inundó el local … cerrados hasta el jueves. Gracias por los mensajes":
        # the doors are shut until a day; the thanks that close the post do not make it
        # a thank-you (one that opens with its thanks stays one)
        kind = "notice"
    if kind is None and not thanks and post.language == "en" and _REFUSED.search(content):
        kind = "notice"  # a grant, a permit, a bid refused
    if kind is None and not _THANKS_OPENING.match(opening) and _CALLED_OFF.search(content):
        kind = "notice"  # "No Pilates tonight, Sam is poorly", "fallen heute alle Kurse aus"
    if kind is None and patience and not _THANKS_OPENING.match(opening):
        # "From 1 January our prices go up by 50p. Thanks for understanding.": a change the
        # readers are thanked for bearing, whatever else it reads as
        kind = "notice"
    if kind is None and not thanks and post.language == "en" and _PRICE_RISE.search(content):
        kind = "notice"  # a price gone up, told with its reason
    if kind is None and _for_good(post.content) and _CLOSING.search(_plain(content)):
        # "After 9 years, X closes its doors", "Fechamos no dia 30": a goodbye, never a party
        kind = "closure"
    if (
        kind is None
        and not thanks  # thanks for coming through the roadworks, "we reopen Monday": thanks
        and _notice_re(post.language, anywhere=True).search(_plain(content))
    ):
        kind = "notice"  # a reopening, an inventory, new hours or prices, a delay
    return kind


def confidence(post: Post) -> Confidence:
    """How sure the engine is of ``post``'s subject and intent, and whether it is a notice."""
    lex = lexicon(post.language)
    opening = post.sentences[0] if post.sentences else post.content
    kind = _notice_kind(post, opening)
    notice = kind is not None
    if not any(ch.isalpha() for ch in post.content):
        # emoji only: nothing to retell; the engine's own words name the moment
        return Confidence(subject=True, intent=True, notice=False)
    reason = _subject_doubt(post, lex)
    if reason is None and post.intent == "tip" and len(post.content.split()) >= 6:
        # the advice is the post: a template around its topic would drop it
        reason = "a tip is told in its own words"
    intent_reason = _intent_doubt(post)
    return Confidence(
        subject=reason is None,
        intent=intent_reason is None,
        notice=notice,
        reason="a notice" if notice else reason or intent_reason,
        notice_kind=kind,
        stated=notice and _notice_stated(post, opening, kind),
        apologised=notice
        and bool(_LATE.search(post.content))
        and apologises(post.content, post.language),
    )


def _notice_stated(post: Post, opening: str, kind: str | None) -> bool:
    """Whether the opening itself says what the notice is (a lead would say it twice):
    an apology only when it apologises ("Our app was down ..." still gets "We owe you an
    apology:")."""
    plain = _plain(opening)
    if _RECALL.search(opening):
        return True  # "Product recall, …", "Rückruf: …": no lead says it again
    apology = _APOLOGY.get(post.language, _APOLOGY["en"])
    if rx(_plain(apology), re.IGNORECASE).search(plain):
        return True
    if kind == "apology":
        return bool(
            rx(
                r"(?i)apolog|sorry|disculpa|entschuldig|excuse|desculpa|scus|perdon|perdao|pardon"
            ).search(plain)
        )
    return bool(
        _notice_re(post.language).search(plain)
        or _notice_re(post.language, anywhere=True).search(plain)
    )


def _intent_doubt(post: Post) -> str | None:
    scores = post.intent_scores
    mine = scores.get(post.intent, 0.0)
    rival = max((v for k, v in scores.items() if k != post.intent), default=0.0)
    if mine <= 0.0 and rival > 0.0:
        return "the intent was read from the post's shape, not its words"
    if mine <= 0.0 and rival <= 0.0 and post.content.strip():
        # "Meet Juno": nothing says what the post is for (a pet? a baby? a new colleague?)
        return "nothing in the post says what it is for"
    if rival >= mine * _INTENT_MARGIN and rival >= 3.0:
        runner = max((k for k in scores if k != post.intent), key=lambda k: scores[k])
        if (
            post.voice == "i"
            and "everyday" in (post.intent, runner)
            and {
                post.intent,
                runner,
            }
            <= _OWN_MOMENTS
        ):
            # a person's lunch at their grandmother's, read as much a moment as a meal: the
            # same moment either way, its asks and tags fit (three identical retellings
            # with no tag and no ask were written for it)
            return None
        return "two intents read about as strongly"
    return None


# a person's day and what it was made of: read as one or the other, the same moment
_OWN_MOMENTS = frozenset(["everyday", "food", "home", "travel"])


_CURRENCY = frozenset("$€£¥₹")
# "with" in the six languages: a noun after it is what goes with the thing
_WITH = frozenset(["with", "mit", "con", "avec", "com"])

# what opens a noun's phrase: a word right before one takes it as its object
_DETERMINERS: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "the",
            "a",
            "an",
            "our",
            "my",
            "this",
            "these",
            "those",
            "his",
            "her",
            "their",
            "your",
            "its",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "la",
            "los",
            "las",
            "un",
            "una",
            "nuestro",
            "nuestra",
            "nuestros",
            "nuestras",
            "mi",
            "mis",
        ]
    ),
    "fr": frozenset(["le", "la", "les", "un", "une", "notre", "nos", "mon", "ma", "mes"]),
    "it": frozenset(
        [
            "il",
            "lo",
            "la",
            "gli",
            "un",
            "una",
            "uno",
            "nostro",
            "nostra",
            "nostri",
            "nostre",
            "mio",
            "mia",
        ]
    ),
    "pt": frozenset(
        ["o", "os", "as", "um", "uma", "nosso", "nossa", "nossos", "nossas", "meu", "minha"]
    ),
    "de": frozenset(["den", "einen", "unseren", "unsere", "meinen", "meine"]),
}


def _subject_doubt(post: Post, lex: Lexicon) -> str | None:
    subject = post.subject.text
    if not subject or post.subject.kind == "none":
        return "no subject"
    if not _ALNUM_EDGE.search(subject[:1]) or not _ALNUM_EDGE.search(subject[-1:]):
        return f"the subject {subject!r} is a fragment"
    pieces = [p.lower() for t in tokens_of(subject) for p in t.split("-") if p]
    dated = lex.weekdays | lex.months | lex.units | lex.generic_nouns | _DAY_ABBREVIATIONS
    named = ("event", "venue", "product", "quantity", "role")
    dated_phrase = all(p in dated for p in pieces)
    if pieces and dated_phrase and post.subject.kind not in named:
        return f"the subject {subject!r} is a date, a unit or a generic word"
    if post.intent == "thank_you" and post.subject.kind != "person":
        # thanks to "everyone who came to our pop-up at X": X is where, not who is thanked
        return f"the thanks go to people, not to {subject!r}"
    if post.subject.kind == "thing" and subject.lower() in lex.not_subject:
        return f"the subject {subject!r} only describes"
    match = rx(rf"(?<![\w@#.]){re.escape(subject)}(?![\w])", re.IGNORECASE).search(post.content)
    if match is None:
        return f"the subject {subject!r} is not a phrase of the post"
    content = post.content
    before = content[: match.start()]
    after = content[match.end() :]
    if after[:1] == "." and after[1:2].isalnum():
        return f"the subject {subject!r} is part of a handle or address"
    if after[:1] in _CURRENCY and len(subject.split()[-1]) == 1:
        return f"the subject {subject!r} runs into a price ('R$ 3.200')"
    prev_words = before.split()[-2:]
    next_words = after.split()[:2]
    prev = prev_words[-1] if prev_words else ""
    nxt = next_words[0] if next_words else ""
    glued_after = bool(after[:1] == " " and nxt and nxt[:1].isalpha())
    glued_before = bool(before[-1:] == " " and prev and prev[-1:].isalpha())
    sentence_start = not before.strip() or before.rstrip()[-1:] in ".!?:\n"
    # the word before the subject opens its sentence ("Meet Biscuit", "Launching Ember")
    head_of = before[: len(before.rstrip()) - len(prev)] if prev else before
    prev_opens = not head_of.strip() or head_of.rstrip()[-1:] in ".!?:\n"
    quoted = [q.strip() for q in _QUOTED.findall(content)]
    selling = ("product_launch", "sale", "food", "fashion_beauty", "event")
    if quoted and post.intent in selling and not any(q.lower() in subject.lower() for q in quoted):
        return f"the post names {quoted[0]!r}, not {subject!r}"
    capital = subject[:1].isupper()
    dates = lex.weekdays | lex.months | _DAY_ABBREVIATIONS
    nxt_word = nxt.strip(",.;:!?").lower()
    if (
        capital
        and glued_after
        and nxt[:1].isupper()
        and nxt_word not in lex.function_words
        and nxt_word not in dates
    ):
        return f"the subject {subject!r} is half of a longer name"
    if glued_before and prev.lower() in _LINKS and len(prev_words) == 2:
        head = prev_words[0]
        if head[:1].isupper() and head.lower() not in lex.function_words and capital:
            return f"the subject {subject!r} is the end of a longer name"
    if (
        capital
        and glued_before
        and not prev_opens
        and prev[:1].isupper()
        and prev.lower() not in lex.function_words
        and post.language != "de"
    ):
        return f"the subject {subject!r} is half of a longer name"
    place = post.subject.kind == "place"
    if post.language != "en" and place and glued_before and prev.lower() in _FUSED:
        return f"the subject {subject!r} takes an article in the post"
    if (
        post.intent in ("product_launch", "sale", "food")
        and glued_before
        and len(prev_words) == 2
        and prev_words[0].lower() in lex.place_preps
        and prev.islower()
    ):
        # "ab Dienstag in beiden Filialen der Backstube Wolke": where it is sold, not what
        return f"the subject {subject!r} is a setting, not the topic"
    if post.intent == "sale" and not post.percent and not DISCOUNT.search(content):
        # "30 felpe …, 65 € l'una": nothing lowers a price, "on sale" would invent it
        return "nothing in the post lowers a price"
    if glued_before and prev.lower() in _WITH and not sentence_start:
        # "Kakao mit Zimt", "coffee with Anna": what or who comes with the thing (German
        # capitalises the cinnamon like a name)
        return f"the subject {subject!r} goes with something, it is not the topic"
    if post.subject.is_name:
        return None
    if glued_after and " " not in subject and nxt.lower() in _DETERMINERS.get(post.language, ()):
        # "repainted the old bench", "restaurato la credenza": a verb taking its object
        return f"the subject {subject!r} is a verb, not a thing"
    # a common noun: cut from its phrase, or a setting after a preposition
    if glued_after:
        word = nxt.strip(",.;:!?").lower()
        if word and word.isalpha() and word not in lex.function_words and nxt[-1:] not in ",;:":
            verb = post.language == "en" and word.endswith("s") and not subject.endswith("s")
            # Romance languages put the adjective after the noun ("pizza fritta")
            romance = post.language in ("es", "fr", "it", "pt") and word.endswith(_ADJ_ENDINGS)
            if (post.language == "en" and not verb) or word in _LINKS or romance:
                return f"the subject {subject!r} is cut from its phrase"
        if word in _LINKS and len(next_words) == 2 and next_words[1][:1].islower():
            return f"the subject {subject!r} is cut from its phrase"
    if glued_before and post.language == "en":
        word = prev.lower()
        if (
            word.isalpha()
            and word not in lex.function_words
            and word not in lex.not_subject
            and not sentence_start
        ):
            return f"the subject {subject!r} is cut from its phrase"
    if glued_before and prev.lower() in (lex.place_preps | _FUSED) and post.language == "de":
        return f"the subject {subject!r} is a setting, not the topic"
    if (
        glued_before
        and len(prev_words) == 2
        and prev_words[0].lower() in (lex.place_preps | _FUSED)
        and prev.lower() in lex.function_words
    ):
        # "the best thing in our hallway", "nel nostro ingresso": where the thing now is
        return f"the subject {subject!r} is a setting, not the topic"
    return None
