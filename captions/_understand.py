"""Reading a post before writing for it: language, subject, facts, intent, voice.

::

    content ─ language (detected when not given) ─ sentences, tokens
            ├ names      capitalised phrases kept whole ("Iron Temple", "Luigi's Trattoria")
            ├ facts      quantities with units, prices, percents, dates, times, list items
            ├ intent     weighted lexicon cues per intent (lemma forms), best sum wins
            ├ subject    by intent: the product, the place, the pet, the role, the dish ...
            └ voice      "we" for a business, "I" for a person; sensitive posts flagged

Deterministic and rule-based (no model): every choice can be traced to a cue in
``data/lexicon/<lang>.yaml``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from ._advice import gives_advice, numbered_instructions
from ._capitals import sentence_start
from ._dishes import dishes_in
from ._gazetteer import gazetteer
from ._language import detect_language
from ._launched import launched_thing
from ._lexicon import INTENTS, LANGUAGES, Lexicon, forms, lexicon, tokens_of
from ._names_rom import unknown_word
from ._past import told_as_past
from ._regex import rx
from ._rental import lets_a_stay
from ._verbs import verb_form
from ._voice import is_we_verb, voice_cues

__all__ = [
    "ABBREVIATIONS",
    "ADOPT_OPENING",
    "AFTER_NAME",
    "DISCOUNT",
    "Name",
    "ONLINE_ONLY",
    "ORDERS",
    "PRICE_CODED",
    "Post",
    "REOPENING",
    "STREET_LEAD",
    "SUBORDINATE",
    "Subject",
    "WEEKLY_CLOSURE",
    "days_of_month",
    "in_company",
    "leans_back",
    "month_number",
    "open_brackets",
    "read_post",
    "shows_animal",
    "trade_animal_spans",
]


def _split(words: str) -> frozenset[str]:
    """A word set written as one string (easier to read and extend than a list)."""
    return frozenset(words.split())


_URL = re.compile(r"https?://\S+|www\.\S+")
_MENTION = re.compile(r"(?<![\w@])@([\w.]+)")
# "Escribe a trabajo@sol.es antes del 12 de julio", "Schreibt uns an info@hof.de": writing
# to an address is how a reader applies or books, not an instruction to the writer
_WRITE_TO = re.compile(
    r"(?i)^\W*(?:write|escribe|escríbenos|scrivi|scriveteci|schreib\w*|écri\w*|escrev\w*)"
    r"(?:\s+\S+){0,3}?\s+[\w.+-]+@[\w-]+\.\w"
)
_TAG = re.compile(r"(?<![\w&])#(\w+)", re.UNICODE)
# the code points an emoji starts with: the pictograph blocks, and the emoji of the
# technical, arrow, shape and CJK blocks ("⌚", "⏰", "⏳", "▶", "⤴", "〽"), which a range
# of the pictograph blocks alone misses ("Grand Feu ⌚ montre de 38 mm" read as one
# sentence, the watch emoji kept inside it); "©", "®" and "™" are a name's marks, not emoji
_EMOJI_START = (
    "\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\u231a\u231b\u2328\u23cf\u23e9-\u23f3"
    "\u23f8-\u23fa\u25aa\u25ab\u25b6\u25c0\u25fb-\u25fe\u2934\u2935\u3030\u303d\u3297\u3299"
    "\u24c2\u203c\u2049\u2139\u2194-\u2199\u21a9\u21aa"
)
_EMOJI_ETC = re.compile(f"[{_EMOJI_START}\ufe0f\u200d\U000e0000-\U000e007f]+")
_SENTENCE = re.compile(r"(?<=[.!?…])\s+|\n+|(?<=[.!?])(?=[A-ZÀ-Ý])|\s*¦[\s¦]*")
_TOKEN = re.compile(r"[^\W_][\w'\u2019&.-]*[\w']|[^\W_]|&", re.UNICODE)
_BULLET = re.compile(r"^\s*(?:[-•*·\u2013]|\d+[.)])\s+")
# an emoji opening a line: a bullet when three lines or more open so ("🍅 tomates")
_EMOJI_BULLET = re.compile(
    f"^\\s*[{_EMOJI_START}][\ufe0f\u200d\U0001f3fb-\U0001f3ff{_EMOJI_START}]*\\s+(?=\\S)"
)
_CONNECT = _split(
    """of the de del della di da do dos das du des la le von van der den y & and am an zum zur"""
)
_NAME_STOP = _split(
    """i i'm i've i'll i'd ok okay omg lol pr diy she's he's it's that's there's what's let's
    here's who's we're you're they're dm mp pm cv dms pb pr
    etiqueta etiquetá etiquetad markiert taggate identifiez identifique marquez"""
)
"""(The last line: the reader asked to tag someone, "¡Etiqueta a quien te vas a llevar!",
opens a sentence with a capital and names no one.)"""
_PLACE_TAIL = _split(
    """trail path lake beach bay river valley coast island islands peak ridge falls"""
)
# a shop named by its trade's suffix: panadería, cevichería; boulangerie, fromagerie;
# Metzgerei, Rösterei; gelateria, macelleria; livraria, pizzaria (long enough that a
# first name, Valeria, Valerie, Rosaria, is not one)
_TRADE_SUFFIX = re.compile(r"(?:ería|[^\W\d_]{4}(?:erie|erei|eria|aria))$")


class _TradeWords:
    """The words that open a business's name: a list, and any trade by its suffix."""

    def __init__(self, words: frozenset[str]) -> None:
        self.words = words

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and (word in self.words or bool(_TRADE_SUFFIX.search(word)))


_VENUE_WORDS = _TradeWords(
    _split(
        """gym café cafe coffee bakery restaurant trattoria bistro bar pub studio shop store
        boutique salon hotel market kitchen pizzeria taqueria brewery winery gallery theatre
        theater club park hall centre center school library arena stadium shelter rescue
        sanctuary farm inn gasthaus wirtshaus bäckerei konditorei musikschule werkstatt laden
        restaurante cafetería panadería pastelería tienda taberna bodega casa fonda cantina
        comedor boulangerie fournil bistrot brasserie épicerie atelier osteria pizzeria
        enoteca forno bottega padaria pastelaria boteco tasca cervejaria academia ateliê loja
        ginásio palestra gimnasio"""
    )
)
_EVENT_WORDS = _split(
    """festival fest fair market marathon run race week night party con expo summit show cup
    open conference gala tour sale weekend day days"""
)
_PRODUCT_NOUNS = _split(
    """earbuds headphones collection serum cream sneakers shoes app bag book album single
    candle blend roast edition range line flavour flavor kit bundle drop watch phone"""
)
_EN_NOT_NAME_SUFFIX = ("ing", "ed", "ly", "ers", "est", "ful", "ous", "ive", "able")
_QUESTION_START = _split("""who what how why when where which is are do does can""")


@dataclass(frozen=True, slots=True)
class Name:
    """A capitalised phrase of the post, kept whole, and what it names."""

    text: str
    kind: str  # place, venue, person, product, event, name
    start: int  # character offset in the cleaned content


@dataclass(frozen=True, slots=True)
class Subject:
    """What the post is about, as the caption will name it."""

    text: str  # as shown mid-sentence ("Iron Temple", "homemade ramen")
    kind: str  # a Name kind, or "thing" for a common noun phrase, "none"
    is_name: bool

    @property
    def cap(self) -> str:
        """The subject at the start of a sentence."""
        return self.text[:1].upper() + self.text[1:]


@dataclass(frozen=True, slots=True)
class Post:
    """Everything the writer knows about one post."""

    content: str
    language: str
    detected: bool  # the language was detected, not given
    intent: str
    intent_scores: dict[str, float]
    subject: Subject
    names: tuple[Name, ...]
    place: str | None
    when: str | None  # a date and/or time phrase as written
    quantities: tuple[str, ...]  # "140 kg", "10,000 followers", "12-hour"
    percent: str | None
    price: str | None
    code: str | None  # a discount code ("SUMMER30")
    items: tuple[str, ...]  # list items, when the post lists things
    items_label: str | None  # what the list is of, when the post says ("three scents")
    voice: str  # "we" or "i"
    sensitive: bool
    cues: tuple[str, ...]  # matched lexicon entries (lemmas): the intent's first
    key_cues: tuple[str, ...]  # the intent's own cues (and its topic's, for a marker intent)
    opening_cues: frozenset[str]  # cues of the opening sentence
    sentences: tuple[str, ...]  # the content's descriptive sentences (no instructions)
    user_tags: tuple[str, ...]  # hashtags written in the content, in order
    mentions: tuple[str, ...]
    flags: frozenset[str] = frozenset()  # "adoption" (a pet needs a home), "wedding", ...
    # whether the post names something to attend (a concert, a market, a class) or an
    # hour to come at, not only a day, opening days or a return
    gathering: bool = False
    notes: list[str] = field(default_factory=list)


_SPACED_MARK = re.compile(rf"(?<=[^\W_]|[»)\]])[ \u00a0\u202f]+([!?;])(?=\s*[{_EMOJI_START}])")


def _clean(content: str, *, urls: bool = False) -> str:
    text = content if urls else _URL.sub(" ", content)
    text = _TAG.sub(lambda m: " " if m.start() else "", text)
    # French spaces "!", "?" and ";" from their word ("Saint-Nicolas ! 🎁"): before an
    # emoji they are read tight, so the emoji stays after them (the French caption spaces
    # them again)
    text = _SPACED_MARK.sub(r"\1", text)
    # an emoji ends a thought in a brief ("Taco Every Day 🌮 Rolling Ember is parked ...")
    return _EMOJI_ETC.sub(" ¦ ", text)


_ABBREVIATIONS = _split(
    """ca approx etc e.g i.e vs no nr st dr mr mrs ms z.b bzw inkl ggf u.a sr sra av p.ex env
    cf ex co inc ltd corp jr bros cía incl excl aprox min max tel dept ave blvd hr hrs yr yrs
    wk est a.m p.m prof zzgl evtl usw ecc dott sig sgr núm pág nº mind std vgl bspw str zzt
    gegr esp appt qty pcs sq stk stck tlf tfno hab
    mín máx gs bs rs dhs ptas"""
)
# (the last line: currencies written short before their amount, "entrada Gs. 30.000")
"""Words whose dot does not end a sentence ("Adoption fee €80 incl. vaccines" is one):
merging a real sentence end after one of them keeps two whole sentences together,
while a split there leaves a sentence cut mid-way."""
ABBREVIATIONS = _ABBREVIATIONS  # (the writer splits its paragraphs by them too)


_NUMERIC_DATE = re.compile(r"\d{1,2}\.\d{1,2}(?:\.(?:\d{2}|\d{4}))?")
# a month's number after a day's dot and a space ("18. 12.", "3. 1. 2027")
_MONTH_NUMBER = re.compile(r"(?:0?[1-9]|1[0-2])\.(?:\s*(?:\d{4}|\d{2})\b\.?)?")
# a day of the month, or two of one month, the first with its dot or not ("8.-17", "3-9")
_DAYS_OF_MONTH = re.compile(r"\d{1,2}(?:\.?\s*[-\u2013]\s*\d{1,2})?")


def days_of_month(word: str) -> bool:
    """Whether ``word`` (its full stop taken off) is a day or a range of days written
    before a month ("12" of "12. Mai", "8.-17" of "8.-17. Jänner", with a hyphen or an
    en dash)."""
    return bool(_DAYS_OF_MONTH.fullmatch(word))


def month_number(word: str) -> bool:
    """Whether ``word`` is a month written as its number after a day's dot ("12." of
    "Freitag 18. 12. ab 17 Uhr")."""
    return bool(_MONTH_NUMBER.fullmatch(word))


def _months(language: str) -> frozenset[str]:
    """The month names of ``language`` (none for a language without a lexicon)."""
    return frozenset(lexicon(language).months) if language in LANGUAGES else frozenset()


# Abbreviations that close what they shorten, so their full stop may also end the
# sentence: a unit or an hour after its number ("hasta las 17 h.", "30 min.", "6 p.m.")
# and the kind of street after its name ("Rose Inn St.", "Elm Ave.", "Linden Str.").
# The same words before what they shorten ("St. Patrick's", "min. 3 people", "Av.
# Libertad") go on in their sentence, and so does any other abbreviation ("Soap Co. just
# handed over …", "12 € ecc. tutto incluso", "z. B.", "p. ex.").
_UNIT_DOTS = _split("h hs hr hrs min mins seg sec std a.m p.m yr yrs wk")
_STREET_DOTS = _split("st ave av avda blvd str dr")
# lower-case words that go on after a number or a unit ("10 a.m. tomorrow", "9 a.m. to
# 5 p.m.", "vom 24. bis 27."): the joining small words, besides the language's months,
# weekdays, relative days and units; any other lower-case word (a verb, an imperative,
# a pronoun, an article, a noun: "… Rose Inn St. preorder at …", "… 17 h. reservas al
# …", "… 12 34. à tantôt !" is not one: "à tantôt" is a farewell) opens a sentence
_GOES_ON: dict[str, frozenset[str]] = {
    "en": _split(
        """and or nor to till until thru through for per each every from at on in by via with
        plus than except excluding including incl excl sharp onwards onward daily weekdays
        weekends"""
    ),
    "es": _split("y e o u a al hasta de del desde en con por para cada excepto salvo menos sin"),
    "de": _split(
        """und oder bis von ab an am um pro je zum zur mit für im in bzw außer ohne nach vor
        seit inkl zzgl"""
    ),
    "fr": _split(
        """et ou à au aux de du jusqu'à jusqu'au en par pour avec sans sauf chaque dès vers
        entre"""
    ),
    "pt": _split(
        """e ou a à às ao aos até de do da dos das em no na nos nas por pelo pela para pra com
        sem cada exceto menos salvo entre"""
    ),
    "it": _split(
        """e ed o a al alle ai fino di del dalle da dal in per con senza ogni tranne eccetto
        salvo tra fra"""
    ),
}
# an abbreviation may end the subject the sentence goes on about ("Our shop on Elm St.
# is closed", "… on Elm St. just reopened", "La clase de las 19 h. está completa"): its
# verb or the adverb before it goes on (a number's full stop does not
# end a subject: "R$ 20. é pouco" is two sentences)
_SUBJECT_GOES_ON: dict[str, frozenset[str]] = {
    "en": _split(
        """is isn't are aren't was wasn't were will won't has have had can may might must
        just now also still already finally officially recently never always"""
    ),
    "es": _split("es son está están estará será fue era hay queda quedan sigue ya también"),
    "fr": _split("est sont sera était reste restent a ont déjà aussi"),
    "pt": _split("é são está estão estará será foi era fica ficam continua já também"),
    "it": _split("è sono sarà era resta restano ha hanno già anche"),
}
# the adverbs of _SUBJECT_GOES_ON: they go on only before one of its verbs
_ADVERBS_GOING_ON = _split(
    """just now also still already finally officially recently never always ya también déjà
    aussi já già anche"""
)
# the parts of a day a time's dot goes on to ("a las 9. de la mañana", "à 8 h. du soir")
_DAY_PARTS = _split(
    """morning afternoon evening night mañana tarde noche madrugada matin soir après-midi
    mattino mattina pomeriggio sera notte manhã noite"""
)
# an article after a joining word ("de la mañana", "in the evening")
_ARTICLE_BEFORE = re.compile(r"(?i)^(?:(?:la|le|les|el|los|las|il|lo|the|a|o|os|as)\s+)+")
_DETERMINERS = _split("the a an our my your their his her its this that these those every each")
# German writes its nouns with a capital, so a lower-case word after a number or a unit
# is most often its adjective or verb ("zum 3. großen Markt", "2 Std. stöbern"): only a
# pronoun, an article or an imperative ("kommt vorbei") opens a sentence there
_GERMAN_OPENERS = _split(
    "wir ich ihr du er sie es man der die das den dem ein eine einen dann danach jetzt bitte"
)
# a farewell after a number or a time is a sentence of its own even though it opens
# with a joining word ("… 069 55 12 34. à tantôt !", "… ore 19. a presto!")
_FAREWELL_AFTER = re.compile(
    r"(?i)^(?:à (?:bientôt|tantôt|demain|plus|tout à l'heure|la prochaine)|a (?:presto|domani"
    r"|dopo|breve|la próxima)|até (?:já|logo|breve|amanhã|a próxima|à próxima)|hasta (?:pronto"
    r"|luego|mañana|la próxima)|bis (?:bald|dann|morgen|später))\b"
)


def _goes_on(piece: str, language: str, *, abbreviated: bool, street: bool = False) -> bool:
    """Whether ``piece``, after a number's or (``abbreviated``) an abbreviation's full
    stop, continues the sentence: its first word joins, is a date, a time or a unit, or
    after an abbreviation, is the verb of the subject the abbreviation ends (an English
    verb by its ending only after a ``street``'s kind: "… Elm St. reopens", never "… for
    5 min. lessons sat 10am")."""
    if _FAREWELL_AFTER.match(piece):
        return False
    first = piece.split()[0].lower().strip(",;:.!?") if piece.split() else ""
    if not first or not first[:1].isalpha():
        return True
    if first in ("a", "à") and language != "en":
        # a range goes on ("de 9 h. a 12 h."); "a" before a word is also Portuguese's
        # article ("às 9 h. a fila já começa cedo")
        rest = piece.split()[1:2]
        return bool(rest) and rest[0][:1].isdigit()
    rest = piece.split(None, 1)[1:]
    if first in _GOES_ON.get(language, frozenset()):
        # after a bare number's dot (no ordinal outside German) a joining word goes on
        # only towards another figure, a date or an hour ("dalle 9 alle 13. e dalle 15",
        # "9 to 5. daily"); "… samedi 30. pour les enfants aussi" opens a sentence
        if abbreviated or language == "de" or not rest:
            return True
        towards = _ARTICLE_BEFORE.sub("", rest[0])
        word = towards.split()[0].lower().strip(",;:.!?") if towards.split() else ""
        if not word[:1].isalpha() or word in _DAY_PARTS | _UNIT_DOTS:
            return True  # "a las 9. de la mañana", "dalle 9 alle 13. e dalle 15"
        if word in _GOES_ON.get(language, frozenset()):
            return _goes_on(towards, language, abbreviated=False)
        if language not in LANGUAGES:
            return True
        lex = lexicon(language)
        return word in lex.months or word in lex.weekdays or word in lex.relative_days
    if abbreviated and first in _SUBJECT_GOES_ON.get(language, frozenset()):
        # an adverb goes on only before the subject's verb ("… Elm St. just reopened",
        # "… las 19 h. ya está completa"), never before a clause of its own ("… de 9 a
        # 18 h. también se puede donar")
        if first not in _ADVERBS_GOING_ON:
            return True
        return bool(rest) and _goes_on(rest[0], language, abbreviated=True, street=street)
    if street and language == "en" and rx(r"[a-z]{3,}(?:[^s]s|ed)").fullmatch(first):
        return True  # "… Elm St. reopens Monday", "… Oak Ave. closed early"
    if language not in LANGUAGES:
        return True  # a language without a lexicon: its dots are read as before
    lex = lexicon(language)
    days = {d for d in lex.relative_days if " " not in d}
    if first in lex.months | lex.weekdays | lex.units | days:
        return True
    if language == "de":
        imperative = len(first) >= 4 and first.endswith("t") and first.isalpha()
        return not (first in _GERMAN_OPENERS or imperative)
    return False


def _closing_dot(previous: str, language: str) -> bool:
    """Whether ``previous`` ends in a full stop that may close a sentence even though
    a reader would first take it for an abbreviation's or an ordinal's: after a number
    (a price, a time, a phone number: only German writes ordinals with a dot), after a
    unit or an hour that follows its number, or after a street's kind that follows its
    name."""
    words = previous.split()
    if not words or not words[-1].endswith("."):
        return False
    last = words[-1].lower().rstrip(".")
    before = words[-2] if len(words) >= 2 else ""
    if last.isdigit():
        return True
    if last in _UNIT_DOTS or rx(r"\d+(?:[.:,]\d+)?(?:h|hs|hrs?|min|a\.m|p\.m)").fullmatch(last):
        if last in _UNIT_DOTS and not rx(r"\d$").search(before):
            return False  # "min. 3 people": a minimum, before its number
        # English puts a time before its noun: "the 7 p.m. class", "our 30 min. session"
        number = len(words) - (2 if last in _UNIT_DOTS else 1)
        owner = words[number - 1].lower() if number > 0 else ""
        return not (language == "en" and owner in _DETERMINERS)
    if last not in _STREET_DOTS:
        return False
    if before[:1].isupper():
        return True
    # in lower-case notes a street's kind after a house's number or an ordinal ("on 5th
    # ave.", "at 12 rd.") or after a name a preposition of place opens ("on king st.");
    # "dr." after a lower-case word is a doctor's ("call dr. smith"), "st." after "to" or
    # alone a saint's ("visit st. nicholas")
    third = words[-3].lower() if len(words) >= 3 else ""
    return last != "dr" and (
        rx(r"\d+(?:st|nd|rd|th)?").fullmatch(before.lower()) is not None
        or (
            before.isalpha()
            and before.islower()
            and (third in _STREET_PREPOSITIONS or third.isdigit())
        )
    )


# the prepositions before a street's name ("on king st.", "off mill rd.")
_STREET_PREPOSITIONS = _split("on at in off near along by from to of")


# what answers a one-word question by its first word ("Questions? 0161 …", "Fragen? info@…")
_ANSWER = re.compile(r"[\d+(]|\S+@|https?://|www\.")


def answers_question(rest: str, question: str = "?") -> bool:
    """Whether ``rest`` answers the short question before it: a one-word question
    ("questions? 0161 …", "Fragen? info@…") by a number, an address or a link, or by a
    line of at most five words ("ask below", "escríbenos", "schreibt uns"); a question
    of two to four words ("la prima cena? polenta e bruscitt") by a line of at most four
    words. Neither answer asks again."""
    asked = len(question.split())
    if asked == 1:
        return bool(_ANSWER.match(rest)) or (0 < len(rest.split()) <= 5 and "?" not in rest)
    return 2 <= asked <= 4 and 0 < len(rest.split()) <= 4 and "?" not in rest


# units of measure written short after their number: their full stop before a capital
# ends the sentence ("It weighs just 240 g. Available in five colours", "Bake for 25 min.
# Then …"), where a single letter or "min" would otherwise read as an initial or an
# abbreviation
_MEASURED = re.compile(
    r"(?i)(?:^|\s)\d[\d.,]*\s?(?:g|kg|mg|ml|cl|dl|l|km|cm|mm|m|h|min|mins|hr|hrs|std|oz|lb"
    r"|lbs|mi|ft|a\.m|p\.m)\.$"
)
# German writes its nouns with a capital ("45 Min. Fahrt", "500 g. Mehl"): there only a
# word that opens a sentence does ("… wiegt 750 g. Ab Freitag im Laden")
_GERMAN_CAPITAL_OPENERS = _GERMAN_OPENERS | _split("ab nur auch hier heute morgen erhältlich")


def _measured_end(previous: str, raw: str, language: str) -> bool:
    """Whether ``previous`` ends in a unit's full stop after its number and ``raw``
    opens a sentence of its own with a capital ("… just 240 g." + "Available …")."""
    if not raw[:1].isupper() or not _MEASURED.search(previous):
        return False
    first = raw.split()[0].lower().strip(",;:.!?")
    return language != "de" or first in _GERMAN_CAPITAL_OPENERS


# a price's full stop ("a R$ 8. de graça", "limonada a $ 2. de regalo"): an amount
# after its currency is no ordinal and no date, and nothing but a figure goes on after it
_PRICE_END = re.compile(r"(?:[€$£¥]|\b[A-Z]{1,3}\$)\s?\d+(?:[.,]\d{1,2})?\.$")


def _sentences(text: str, language: str = "") -> list[str]:
    """The sentences and lines of ``text``; "ca." or "St." does not end one."""
    pieces = _SENTENCE.split(text)
    # (whether a line break came before each piece: a number's or a date's dot at the end
    # of a line is never the date's or an ordinal's, "… alle 4." then "2. Sfoglie …" on
    # the next line is a list's next item, never the date 4. 2.)
    broken = [False, *("\n" in m.group(0) for m in _SENTENCE.finditer(text))]
    merged: list[str] = []
    for at, raw in enumerate(pieces):
        last = merged[-1].rsplit(None, 1)[-1].lower().rstrip(".") if merged and merged[-1] else ""
        if "/" in last and last.rsplit("/", 1)[-1] in _ABBREVIATIONS:
            last = last.rsplit("/", 1)[-1]  # "16 €/Std. + Trinkgeld": a unit's abbreviation
        # "Soap Co." or a German date's day ("am 21. Juni") does not end a sentence
        # (nor "vom 24. bis 27. Dezember": a small number's dot before a lower-case word)
        # English writes no ordinal dot: "140kg x 3. leg day tomorrow" is two sentences,
        # unless the number opens a list after a colon ("tips: 1. parboil them 2. ...")
        opens_list = bool(merged and rx(r"(?:^|[:\n])\s*\d{1,2}\.$").search(merged[-1]))
        # (or run on after a word, when its "2." and "3." follow: "your book drive brought
        # 1. 1,240 books 2. 36 desks 3. a lamp in every classroom")
        opens_list = opens_list or bool(
            merged
            and rx(r"\s1\.$").search(merged[-1])
            and rx(r"(?s).*?\s2\.\s.*?\s3\.(?:\s|$)").match(" " + " ".join(pieces[at:]))
        )
        # (a list's "1." opens it whatever its first item starts with: "1. 5/4mm wetsuit")
        ordinal = (
            last.isdigit()
            and len(last) <= 2
            and (raw[:1].isalpha() or (opens_list and last == "1"))
            and (language != "en" or opens_list)
        )
        # a German count reached after its owner ("unser 1000. Fahrrad", "das 500. Brot")
        # is an ordinal however many figures it has
        ordinal = ordinal or (
            language == "de"
            and last.isdigit()
            and raw[:1].isalpha()
            and bool(
                rx(
                    r"(?i)\b(?:unser\w*|mein\w*|sein\w*|ihr\w*|das|der|den|dem|zum|zur)\s+\d+\.$"
                ).search(merged[-1])
            )
        )
        # a numeric date ("ab 18.11. statt 4.11.", "bis 24.12.2026 gültig") before a
        # lower-case word or a number goes on: its dot is the date's, not the sentence's
        dated = bool(_NUMERIC_DATE.fullmatch(last)) and (raw[:1].islower() or raw[:1].isdigit())
        # "1. ripe bananas 2. don't overmix 3. 10 minutes to cool": the next marker of an
        # inline list, whatever its item starts with
        marker = (
            last.isdigit()
            and 1 < int(last) <= 20
            and bool(rx(rf"(?:^|[\s:;,]){int(last) - 1}[.)]\s").search(merged[-1]))
        )
        # a number's, a unit's or a street's full stop before a lower-case word that
        # opens a clause ends the sentence ("… on Rose Inn St. preorder at …", "… hasta
        # las 17 h. reservas al …", "… R$ 20. chega cedo"): the next one gets its capital
        # (a Spanish "¿" or "¡" always opens one: "… de 10 a 20 h. ¿dudas? …")
        inverted = raw[:1] in "¿¡" and raw[1:2].isalpha()
        ended = (
            bool(merged)
            and (raw[:1].islower() or inverted)
            and not (dated or marker or opens_list)
            and _closing_dot(merged[-1], language)
            and (
                inverted
                or bool(_PRICE_END.search(merged[-1]))
                or not _goes_on(
                    raw, language, abbreviated=not last.isdigit(), street=last in _STREET_DOTS
                )
            )
        )
        # a day range before its month ("Nur 8.-17. Jänner", "vom 3.-9. März"): the
        # second day's dot is the date's, as the first one's is
        ranged = (
            language != "en"
            and not last.isdigit()
            and days_of_month(last)
            and raw.split(None, 1)[0].lower().strip(",;:.!?") in _months(language)
        )
        # a month written short ("28. Nov. bis 23. Dezember"): its dot before a
        # lower-case word or a number is the abbreviation's
        # (a month written whole is no abbreviation: "le samedi 27 mars. merci …", "el
        # sábado 29 de mayo. gracias …" are two sentences)
        short_month = (
            language != "en"  # ("ships from 22 Jan. pre-orders open now": two sentences)
            and len(last) <= 4
            and last in _months(language)
            and any(m != last and m.startswith(last) for m in _months(language))
            and (raw[:1].islower() or raw[:1].isdigit())
        )
        # a numeric date written with a space ("Freitag 18. 12. ab 17 Uhr", "am 3. 1.
        # 2027"): the month's number after the day's dot is the date's, never a list's
        # number nor a sentence of its own
        spaced = language != "en" and last.isdigit() and 1 <= int(last) <= 31 and month_number(raw)
        # and its year after the month's dot ("Picknick am 5. 2. 2027 verschoben."): the
        # year is the date's, never a sentence's first word
        spaced = spaced or (
            language != "en"
            and bool(merged)
            and bool(
                rx(r"(?:^|\s)(?:0?[1-9]|[12]\d|3[01])\.\s+(?:0?[1-9]|1[0-2])\.$").search(merged[-1])
            )
            and bool(rx(r"(?:19|20)\d{2}(?:[\s.,;!?]|$)").match(raw))
        )
        # a list's number alone on its line opens its item whatever the item starts with
        # ("2. se cubren con agua fría" then "3. 40 minutos en la pota": never "3." alone)
        bare = bool(merged) and rx(r"\s*\d{1,2}\.").fullmatch(merged[-1]) is not None
        ordinal = ordinal or dated or marker or ranged or short_month or spaced or bare
        if (
            merged
            and merged[-1].endswith(".")
            and not ended
            and not (broken[at] and last.isdigit())
            and not _measured_end(merged[-1], raw, language)
            # (an initial is a letter: "7,50 €." ends a sentence)
            and (last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha()) or ordinal)
        ):
            merged[-1] = f"{merged[-1]} {raw}"
        else:
            merged.append(raw)
    merged = _bracketed(merged)
    out: list[str] = []
    for raw in merged:
        inline = bool(rx(r"\s*1[.)]\s").match(raw) and rx(r"[\s,;]2[.)]\s").search(raw))
        # "1) weigh the salt, 2) ...": an inline list keeps its first number
        # "28. Nov. bis 23. Dezember": a day before its month, not a list's number
        day = rx(r"\s*\d{1,2}\.\s+(\w+)").match(raw)
        kept = inline or bool(day and day.group(1).lower() in _months(language))
        s = (raw if kept else _BULLET.sub("", raw)).strip(" \t-\u2013\u2014,;")
        signed = rx(r"[\s,;]*([-\u2212\u2013]\d)").match(raw)
        if signed and s.startswith(signed.group(1)[1:]):
            # "-40 % en botas" (a hyphen or an en dash): a minus sign, not a dash
            s = signed.group(1)[0] + s
        if out and _ASIDE.fullmatch(s):
            # "Pepper turns 12 today 🐢 (she's a tortoise)": an aside belongs to the
            # sentence it comments on, never a sentence or a line of its own
            previous = out[-1].rstrip()
            end = previous[-1] if previous[-1:] in "!?…" else ""
            closing = s[s.rindex(")") + 1 :] or ("." if previous.endswith(".") else "")
            out[-1] = f"{previous.rstrip('.!?…')} {s[: s.rindex(')') + 1]}{end or closing}"
        elif out and out[-1].endswith("?") and answers_question(s, out[-1]):
            # "questions? (218) 555-0143", "Fragen? 0711 …", "questions? ask below": a
            # one-word question leads into what answers it, never a sentence of its own
            # (dropped as a word alone)
            out[-1] = f"{out[-1]} {s}"
        elif s and any(ch.isalnum() for ch in s):
            out.append(s)
    return out


# a sentence that is only a bracketed aside ("(he's a tortoise).")
_ASIDE = re.compile(r"\([^()]*\w[^()]*\)[.!?…]*")


def open_brackets(piece: str) -> bool:
    """Whether ``piece`` opens a bracket or quote it does not close ("(remote within the EU.")."""
    if piece.count("(") > piece.count(")") or piece.count("[") > piece.count("]"):
        return True
    if piece.count("«") > piece.count("»"):
        return True
    low, left, right = piece.count("\u201e"), piece.count("\u201c"), piece.count("\u201d")
    if low > left or (low == 0 and left > right):  # „…“ (German) or “…” (English)
        return True
    return piece.count('"') % 2 == 1


# the number of an inline list's item after a space ("… na sombra. 2. Beba …", "…
# prima. 2) Bevi …"), the item's first word after it
_INLINE_MARK = "(?:^|(?<=\\s)){n}[.)]\\s+(?=(\\S+))"
# a full stop (or "!", "?") that ended the item before, an emoji or a quote after it
_ITEM_ENDED = re.compile(r"[.!?…][\"'»”)]*(?:\s*[^\w\s.,;:]+)?\s+$")


# a figure's full stop, then a capital word: where a list's last item may end ("… dalle
# 11. Vi aspettiamo!")
_FIGURE_THEN_CAPITAL = re.compile(r"\d\.(?=\s+([A-ZÀ-Ý¡¿][\w'\u2019]*))")


def _last_item_end(item: str, language: str) -> int:
    """Where the last item of a list numbered inline ends when it ends on a figure and
    the brief goes on after it ("Al banco dalle 11. Vi aspettiamo!": after "11."), or 0:
    a figure's dot read first as an ordinal's is the item's when the others ended on a
    full stop. Never before a month ("am 3. März") nor in German, which writes ordinals
    with a dot before its capitalised nouns ("am 3. Advent"), unless a sentence's first
    word follows ("um 11. Wir …")."""
    for found in _FIGURE_THEN_CAPITAL.finditer(item):
        word = found.group(1).lower()
        if word in _months(language):
            continue
        if language == "de" and word not in _GERMAN_CAPITAL_OPENERS:
            continue
        return found.end()
    return 0


def _numbered_lines(text: str, language: str = "") -> str:
    """``text`` with a list numbered inline and its items said as sentences ("Três
    dicas …: 1. Passe protetor …. 2. Beba água …. 3. Evite o sol …. No Parque …") set one
    item a line, as if the brief had typed it so: the heading on its line, each numbered
    item on its own, what follows the last item (a remark, a shop's name, a sign-off) on a
    line after them. The numbers run from 1, at least three; one item at least ends with
    a full stop before the next number (a list run on with no stops, "1. feed it 2. keep it
    cold 3. …", is one sentence the writer numbers itself); a day's number before its
    month ("1. Mai. 2. Juni") is a date."""
    months = _months(language)
    out: list[str] = []
    for line in text.split("\n"):
        marks: list[re.Match[str]] = []
        at = 0
        while True:
            found = rx(_INLINE_MARK.format(n=len(marks) + 1)).search(line, at)
            if not found or found.group(1).lower().strip(",;:.!?") in months:
                break
            marks.append(found)
            at = found.end()
        stopped = any(_ITEM_ENDED.search(line[: m.start()]) for m in marks[1:])
        if len(marks) < 3 or not stopped:
            out.append(line)
            continue
        ends = [m.start() for m in marks[1:]]
        tail = line[marks[-1].start() :]
        last = _sentences(tail, language)
        end = len(line)
        if len(last) >= 2:
            close = last[0][-12:]
            where = tail.find(close)
            if where >= 0:
                end = marks[-1].start() + where + len(close)
        elif figure := _last_item_end(tail[marks[-1].end() - marks[-1].start() :], language):
            # "4. Al banco dalle 11. Vi aspettiamo!": the last item ends on its figure
            end = marks[-1].end() + figure
        head = line[: marks[0].start()].rstrip()
        lines = [line[m.start() : e].rstrip() for m, e in zip(marks, [*ends, end], strict=True)]
        rest = line[end:].strip()
        out.extend(p for p in [head, *lines, rest] if p)
    return "\n".join(out)


def _bracketed(pieces: list[str]) -> list[str]:
    """Sentences rejoined where a split fell inside brackets or quotes: "(remote within
    the EU. €70-85k)" is one aside, never two sentences."""
    out: list[str] = []
    joining = False
    for raw in pieces:
        if joining and out:
            # (an emoji taken out before a closing bracket leaves no gap: "bar à jus)")
            gap = "" if raw.lstrip()[:1] in ')]»"\u201d' else " "
            out[-1] = f"{out[-1].rstrip()}{gap}{raw.lstrip() if not gap else raw}"
        else:
            out.append(raw)
        joining = open_brackets(out[-1]) and len(out[-1]) < 400
    return out


# a clause that hangs on the sentence before ("Prima che arrivi la pioggia."): a brief may
# write it alone, the post reads it joined ("…a Bologna, prima che arrivi la pioggia.")
SUBORDINATE = re.compile(
    r"(?i)^(?:before|until|unless|while|prima che|finché|mentre|antes de que|antes que|hasta que"
    r"|mientras|avant que|avant qu'|jusqu'à ce que|pendant que|bevor|solange|während|até que"
    r"|enquanto)\b"
)


# a sentence that leans on the one before it: a comparison with it ("Even better.",
# "Noch besser!", "Mejor aún.") or an addition to it ("Also …", "Plus, …", "Inoltre …");
# moved away from that sentence (into a hook, behind another fact) it means nothing
_COMPARED = re.compile(
    r"(?i)^\W*(?:even better|better still|even more so|even more|what's more|on top of that"
    r"|mejor aún|aún mejor|todavía mejor|mejor todavía|más aún|même mieux|encore mieux"
    r"|mieux encore|qui plus est|noch besser|besser noch|umso besser|ancora meglio"
    r"|meglio ancora|ancor meglio|ancora di più|melhor ainda|ainda melhor|mais ainda)\b"
)
_ADDED = re.compile(
    r"(?i)^\W*(?:also|plus|and|too|besides|además|también|encima|y|aussi|en plus|de plus|et"
    r"|außerdem|auch|zudem|dazu|und|inoltre|anche|in più|per di più|e|além disso|também"
    r"|e mais)\b"
)
_FIRST_SENTENCE = re.compile(r"(?<=[.!?…])\s+")


def leans_back(text: str) -> bool:
    """Whether the sentence ``text`` opens with leans on the one before it: a
    comparison with it, whatever its length ("Even better.", "Noch besser: …"), or a
    short addition to it ("Also dog-friendly.", "Y con terraza.", "Plus, free parking")."""
    sentence = _FIRST_SENTENCE.split(text.strip(), maxsplit=1)[0]
    if _COMPARED.match(sentence):
        return True
    return bool(_ADDED.match(sentence)) and len(sentence.split()) <= 6


_PRICE_ONLY = re.compile(r"(?:[€$£]\s?\d[\d.,]*|\d[\d.,]*\s?(?:[€$£]|R\$|CHF|eur|euros?))\.?")


def _handles_kept(sentences: list[str], mentions: tuple[str, ...], content: str) -> list[str]:
    """``sentences`` with each @handle of ``content`` written as it was, "@" included:
    the post is read without the "@" (a handle may name its subject), but a handle
    retold as a word ("Cerysquizzes asking the questions") is a name mangled. A handle
    the post also writes as a plain word is left as read (which one was the handle is
    not known)."""
    out = sentences
    for handle in set(mentions):
        bare = re.compile(rf"(?<![\w@]){re.escape(handle)}(?![\w])")
        if len(bare.findall(content)):
            continue
        out = [bare.sub(f"@{handle}", s) for s in out]
    return out


def _glued(sentences: list[str]) -> list[str]:
    """``sentences`` with each lone subordinate clause, each lone price, and each
    sentence that leans on the one before it (see :func:`leans_back`) joined to that one."""
    out: list[str] = []
    for sentence in sentences:
        if out and _PRICE_ONLY.fullmatch(sentence) and out[-1].count(",") >= 2:
            # after a list, a comma would make the price its last item ("Three colours:
            # bracken, heather, flint, £135."): it follows as its own sentence
            out[-1] = f"{out[-1].rstrip()} {sentence}"
        elif out and _PRICE_ONLY.fullmatch(sentence):
            out[-1] = f"{out[-1].rstrip().rstrip('.!')}, {sentence}"  # "..., 24 €."
        elif out and SUBORDINATE.match(sentence) and len(sentence.split()) <= 8:
            previous = out[-1].rstrip().rstrip(".!")
            out[-1] = f"{previous}, {sentence[:1].lower()}{sentence[1:]}"
        elif out and leans_back(sentence) and out[-1].rstrip()[-1:] in ".!?…":
            # "… stouts? Even better.", "… de 9 a 18 h. también se puede …": a sentence
            # of its own, with its capital
            out[-1] = f"{out[-1].rstrip()} {sentence_start(sentence)}"
        else:
            out.append(sentence)
    return out


def _is_cap(word: str) -> bool:
    return word[:1].isupper() or (word.isupper() and len(word) > 1)


_ELIDED = re.compile(r"(?i)\b(l|d|all|dell|nell|sull|dall|qu|un|c|j|s|n)['\u2019](?=[A-ZÀ-Ý])")


def _german_preposition(link: str, before: str, language: str) -> bool:
    """A lower-case "zur"/"zum" between two German nouns, which are all capitalised: a
    preposition ("die Tür zur Buchhandlung Seitenwind"), not a name's link, unless a
    venue's trade word opens the name ("Gasthaus zum Hirschen"); "Zur Linde" as typed
    in a name is capitalised."""
    return language == "de" and link in ("zur", "zum") and before.lower() not in _VENUE_WORDS


# a currency's sign; the capitals glued before it say whose ("GH₵", "NZ$", "R$", "HK$")
_CURRENCY_SIGN = re.compile(r"[$€£₵₹₦₺₽¥₩₱฿₫]")


# a figure right before a word (its unit's or its currency's letters follow it)
_AFTER_A_FIGURE = re.compile(r"\d\s?$")


def _names(text: str, lex: Lexicon) -> list[Name]:
    """Capitalised phrases, whole, with what each is likely to name."""
    # "all'Osteria Il Pozzo", "l'Atelier": the elided article is not part of the name,
    # so it is read as a word of its own; the apostrophe becomes a space of the same
    # length, and a name is shown from the post as written ("L'Orange Bleue", not
    # "L Orange Bleue", when the capital article opens it)
    written = text
    text = _ELIDED.sub(lambda m: m.group(0)[:-1] + " ", text)
    cue_words = lex.all_cue_words
    phrase_words = lex.cue_phrase_words
    phrases = lex.cue_phrases
    found: list[Name] = []
    for sentence_match in rx(r"(?:[^.!?…\n¦]|[.!?…](?=[^\s.!?…]))+").finditer(text):
        sentence = sentence_match.group(0)
        base = sentence_match.start()
        tokens = list(_TOKEN.finditer(sentence))
        i = 0
        while i < len(tokens):
            word = tokens[i].group(0)
            low = word.lower()
            if not _is_cap(word) or low in _NAME_STOP or word.isdigit() or _shouted(word, lex):
                i += 1
                continue
            if (
                word.isupper()
                and len(word) <= 4
                and _AFTER_A_FIGURE.search(sentence, 0, tokens[i].start())
            ):
                i += 1  # "le bol 25 DH", "120 CHF", "3 500 F CFA": a currency's or a unit's letters
                continue
            if _CURRENCY_SIGN.match(sentence, tokens[i].end()):
                i += 1  # "GH₵60", "NZ$329", "R$ 24": the letters are the currency's
                continue
            j = i + 1
            while j < len(tokens):
                nxt = tokens[j].group(0)
                gap = sentence[tokens[j - 1].end() : tokens[j].start()]
                if gap.strip() not in ("", "&"):
                    break  # a name never runs across punctuation ("Hollis & Pine: the ...")
                if (
                    _is_cap(nxt)
                    and nxt.lower() not in lex.function_words
                    and not _shouted(nxt, lex)
                ):
                    j += 1
                elif (
                    (nxt in _ARTICLES or (nxt == "A" and lex.language == "pt"))
                    and j + 1 < len(tokens)
                    and _is_cap(tokens[j + 1].group(0))
                    and sentence[tokens[j].end() : tokens[j + 1].start()] == " "
                ):
                    j += 2  # "Osteria Il Pozzo", "Casa Famiglia Il Girasole", "Oficina A Raposa"
                elif (
                    _MODEL.fullmatch(nxt)
                    and gap == " "
                    and j > i
                    and not _COUNTED_AFTER.match(sentence, tokens[j].end())
                    and not _common(
                        tokens[j - 1].group(0), lex, cue_words, phrase_words, first=True
                    )
                    and not _dated_word(words_before=tokens[i:j], year=nxt, lex=lex)
                    # (a day's number before its month is a date: "Sun 17 Jan", "Sat 2 Jan")
                    and not (
                        j + 1 < len(tokens)
                        and tokens[j + 1].group(0).lower().rstrip(".") in lex.months
                    )
                ):
                    j += 1  # a model or version ends the name: "Taktwerk 1.0", "Trilha 22L"
                    break
                elif (
                    nxt in _PLACE_TAIL
                    and gap == " "
                    and tokens[j - 1].group(0).lower() not in lex.function_words
                ):
                    j += 1  # "Kessel Ridge trail"
                    break
                elif (
                    nxt.lower() in _CONNECT
                    and j + 1 < len(tokens)
                    and _is_cap(tokens[j + 1].group(0))
                    and nxt.lower() not in ("and", "y", "und")
                    and not _german_preposition(nxt, tokens[j - 1].group(0), lex.language)
                ):
                    j += 2
                else:
                    break
            words = [t.group(0) for t in tokens[i:j]]
            # thanks never open a name, nor the link after them ("Merci an Sanitär Dachs
            # AG fürs saubere Arbeiten!" thanks Sanitär Dachs AG)
            if len(words) > 1 and words[0].lower() in _THANKS:
                words.pop(0)
                i += 1
                if len(words) > 1 and words[0].lower() in _CONNECT | lex.function_words:
                    words.pop(0)
                    i += 1
            # trailing/leading words that are vocabulary, not name (weekday, "New", "Meet")
            while words and (
                _common(words[0], lex, cue_words, phrase_words, first=i == 0)
                or (
                    lex.language == "de"
                    and len(words) > 1
                    and words[0].lower() not in _VENUE_WORDS
                    and any(f in cue_words for f in forms(words[0], "de"))
                )
            ):
                if i > 0 and len(words) > 1 and words[0] in _ARTICLES:
                    break  # "at The Velvet Fox", "de Los Girasoles": the article is the name's
                if (
                    i > 0
                    and len(words) > 1
                    and words[0] != "I"
                    and words[0].lower() in lex.function_words
                    and words[0][1:].islower()
                    and sentence[tokens[i - 1].end() : tokens[i].start()] == " "
                    and tokens[i - 1].group(0).islower()
                ):
                    break  # "swimming down into To Sua trench": a small word written with
                    # its capital right after a lower-case one opens the name (no "Sua")
                if len(words) > 1 and words[0].lower() in _VENUE_WORDS:
                    break  # "Trattoria Il Mulino cerca ...": the trade opens the name
                low = words[0].lower()
                if (
                    len(words) > 1
                    and low in phrase_words
                    and low not in cue_words
                    and not _common(words[0], lex, cue_words, phrase_words, first=False)
                    and not any(p.startswith(f"{low} {words[1].lower()}") for p in phrases)
                ):
                    # "Black Pine Records: vinyl sale": a word of a cue phrase ("black
                    # friday") that the name does not go on to say opens the name
                    break
                words.pop(0)
                i += 1
            if (
                lex.language == "de"
                and i == 0
                and len(words) == 2
                and rx(r"(?:es|en|em|e)$").search(words[0])
                and words[0].lower() not in _VENUE_WORDS
                and any(f in cue_words for f in forms(words[1], "de"))
            ):
                # "Riesiges Dankeschön an ...", "Kleines Update": an adjective and its noun
                # open a German sentence capitalised; the noun says what the post is for
                i = max(i, j)
                continue
            while words and (
                words[-1].lower() in lex.weekdays
                or words[-1].lower() in lex.months
                or words[-1].lower() in _CONNECT
            ):
                if (
                    len(words) >= 3
                    and words[-2].lower() in _CONNECT
                    and words[-1].lower() in lex.months
                ):
                    break  # "Sol de Mayo", "Plaza de Mayo": a month after "de" is the name's
                words.pop()
            if not words or (len(words) == 1 and len(words[0]) < 2):
                i = max(i, j)
                continue
            first_word = tokens[i].start() == tokens[0].start() if tokens else False
            spent_in = False
            counted = lex.language == "de" and i > 0 and _counts(tokens[i - 1].group(0), lex)
            # (a cue word the span is, "ein Wochenende", was taken off the run above)
            span_gone = (
                lex.language == "de"
                and i > 1
                and _counts(tokens[i - 2].group(0), lex)
                and _is_cap(tokens[i - 1].group(0))
                and sentence[tokens[i - 1].end() : tokens[i].start()] == " "
            )
            spent = words[1:] if counted else words
            place = (
                (counted or span_gone) and bool(spent) and " ".join(spent) in gazetteer("de").towns
            )
            if counted and not place:
                i = j  # "4 Stunden Geduld", "eine Stunde Geduld": German nouns after a
                continue  # number or "ein", not a name
            if place:
                # what the span was spent in is a place the gazetteer knows ("Eine Woche
                # Südtirol", "Zwei Wochen Lissabon"); "zehn Jahre Hofladen Birkenhain"
                # still names the shop
                i += len(words) - len(spent)
                words = spent
                spent_in = True
            if (
                len(words) == 1
                and not spent_in
                and not _single_is_name(words[0], sentence, tokens, i, lex, cue_words, first_word)
            ):
                i = j
                continue
            if len(words) == 1 and rx(rf"(?<!\w){re.escape(words[0].lower())}(?!\w)").search(text):
                i = j  # "Corri per il Canile ... al canile": the post writes it as a noun
                continue
            start = base + tokens[i].start()
            text_of = written[start : base + tokens[i + len(words) - 1].end()].strip(
                "'\"\u2018\u2019\u201c\u201d«» "
            )
            kind = "place" if spent_in else _kind(text_of, sentence, tokens, i, i + len(words), lex)
            found.append(Name(text_of, kind, start))
            i = j
    # a title in quotes is one name, whatever its words' capitals ("« Marée basse »",
    # "“Lo que el viento se llevó”"): never its capitalised first word alone (#Marée)
    for quoted in _QUOTED.finditer(written):
        title = quoted.group(1).strip()
        if not 1 < len(title.split()) <= 6:
            continue
        begin, end = quoted.start(1), quoted.end(1)
        found = [n for n in found if not begin <= n.start < end]
        found.append(Name(title, "name", begin))
    found.sort(key=lambda n: n.start)
    return _merge_couples(found, text, lex)


_QUOTED = re.compile(
    r"[«\u201c\u201e\"]\s*([A-ZÀ-Ý][^«»\u201c\u201d\u201e\"\n.!?]{1,60}?)\s*[»\u201d\u201c\"]"
)


def _merge_couples(names: list[Name], text: str, lex: Lexicon) -> list[Name]:
    """ "Marco and Giulia" is one subject; codes such as SUMMER30 are not names."""
    names = [
        n for n in names if " " in n.text or not any(ch.isdigit() for ch in n.text)
    ]  # SUMMER30 is a code, "Taktwerk 1.0" a product
    out: list[Name] = []
    for name in names:
        if out:
            prev = out[-1]
            between = text[prev.start + len(prev.text) : name.start].strip().lower()
            if between in lex.list_and and " " not in prev.text and " " not in name.text:
                joined = text[prev.start : name.start + len(name.text)]
                out[-1] = Name(joined, "person", prev.start)
                continue
        out.append(name)
    return out


_ARTICLES = _split("""The La Le Les El Los Las Il Lo Gli O Os As Der Die Das""")
_MODEL = re.compile(r"\d+(?:\.\d+)*[A-Za-z]{0,3}")
_YEAR = re.compile(r"(?:19|20)\d\d")
_INDEFINITE_DE = _split("ein eine einen einem einer")


def _counts(word: str, lex: Lexicon) -> bool:
    """A figure, a number word or "ein": what counts the German noun after it."""
    low = word.lower()
    return word[:1].isdigit() or low in lex.number_words or low in _INDEFINITE_DE


def _dated_word(words_before: list[re.Match[str]], year: str, lex: Lexicon) -> bool:
    """A year after one word of the language's common vocabulary: the thing for that
    year ("Agenda 2027 aberta", "Kalender 2027 jetzt im Laden"), no model named with it
    as "Taktwerk 2026" is; a hashtag #Agenda2027 is searched by no one."""
    if not _YEAR.fullmatch(year) or len(words_before) != 1:
        return False
    return not unknown_word(words_before[0].group(0).lower(), lex.language)


# a number that counts something is no model of the name before it: "in Köln 210 kg Müll",
# "Porto 2 weeks ago", "Lisboa 3 dias"
_COUNTED_AFTER = re.compile(
    r"(?i)\s*(?:%|€|\$|£|[.,:]\d|(?:kg|g|km|m|cm|mm|l|ml|h|min|uhr|stunden?|tagen?|tage|"
    r"wochen?|monaten?|jahren?|jahre|days?|weeks?|months?|years?|hours?|mins?|minutes?|"
    r"nights?|días?|semanas?|meses|mes|años|año|horas?|noches|jours?|semaines?|mois|ans|"
    r"heures?|nuits?|dias?|anos?|noites|giorni|giorno|settimane|mesi|anni|ore|notti|"
    r"people|personas|personnes|persone|pessoas|leute|personen|pm|am|x)\b)"
)
_STREET = _split(
    """street st road rd avenue ave lane way boulevard blvd straße strasse weg platz allee
    gasse""",
)
# a market or a quarter named after its place ("mercado de Ruzafa", "bairro da Graça")
_QUARTERS = _split("mercado mercat mercato marché feira barrio bairro quartier quartiere")
# the street words that come before a street's name (Romance languages), with articles
_STREET_LEAD = re.compile(
    r"(?i)\b(?:calle|c/|avenida|avda\.?|paseo|rua|avenue|rue|boulevard|via|viale|piazza"
    r"|plaza|praça|largo|travessa|corso|vicolo)\s+(?:(?:de|del|do|da|dos|das|du|des|della"
    r"|dei|delle|di|la|le|l')\s*){0,2}$"
)
_AFTER_NAME = _split(
    """is was has had just went got turned loves needs wants likes looks finally lleva tiene
    vive busca sigue fue cumple es está est fête cherche aime vient ist hat wird sucht war
    é tem faz fez procura completou chegou è ha compie cerca ama"""
)
# (read by the caption writer: a list's part that opens with a street or such a verb is
# an address or a clause, no thing listed)
AFTER_NAME = _AFTER_NAME
STREET_LEAD = _STREET_LEAD


def _shouted(word: str, lex: Lexicon) -> bool:
    """An all-caps word written for emphasis ("FINALLY", "DONE"), not an acronym (NYC)."""
    if not (word.isupper() and word.isalpha()):
        return False
    low = word.lower()
    known = low in lex.function_words or any(
        f in lex.all_cue_words for f in forms(low, lex.language)
    )
    return len(word) >= 4 or known


def _common(
    word: str, lex: Lexicon, cue_words: frozenset[str], phrase_words: frozenset[str], *, first: bool
) -> bool:
    """A capitalised word that is vocabulary here (sentence start, weekday, cue word)."""
    low = word.lower()
    if low in lex.function_words or low in lex.weekdays or low in lex.months:
        return True
    if low in lex.number_words or low in _NAME_STOP:
        return True
    if word.isupper() and len(word) > 1:  # an acronym is a name unless it is a cue ("SALE")
        return any(f in cue_words for f in forms(low, lex.language))
    if not first:
        return False
    if any(low.startswith(p) for cues in lex.intents.values() for p, _w in cues.prefixes):
        return True
    return any(f in cue_words or f in phrase_words for f in forms(low, lex.language))


def _single_is_name(
    word: str,
    sentence: str,
    tokens: list[re.Match[str]],
    index: int,
    lex: Lexicon,
    cue_words: frozenset[str],
    first: bool,
) -> bool:
    """Whether one capitalised word is a name (not a sentence's first word, not a noun)."""
    low = word.lower()
    nxt = tokens[index + 1].group(0) if index + 1 < len(tokens) else ""
    gap = sentence[tokens[index].end() : tokens[index + 1].start()] if nxt else ""
    if lex.language == "en" and gap == " " and nxt[:1].islower() and low in _DEMONYMS:
        return False  # "Turkish eggs", "French toast": a kind of dish, not a name
    if (
        first
        and gap.strip() == ","
        and nxt[:1].islower()
        and nxt.lower() not in lex.function_words
        and sentence.count(",") >= 2
    ):
        return False  # "Guanciale, pecorino, tuorli ...": the first item of a list
    if any(f in cue_words for f in forms(low, lex.language)) and not first:
        # a cue word capitalised mid-sentence is a name only when it looks like one
        return low not in lex.generic_nouns and lex.language != "de" and word != word.upper()
    if lex.language == "de":
        before = tokens[index - 1].group(0).lower() if index > 0 else ""
        # German capitalises nouns: a name follows a preposition of place (in Berlin, bei
        # Anna), never an article; "von Hand" is a manner, not a name
        return bool(before) and before in (lex.place_preps | lex.person_preps) - {
            "von",
            "für",
            "auf",
            "um",
        }
    if first:
        if lex.language == "en" and low.endswith(_EN_NOT_NAME_SUFFIX):
            return False
        if is_we_verb(word, lex.language):
            return False  # "Recebemos a reclamação …", "Abrimos": a verb of "we" opens it
        if verb_form(word, lex.language):
            return False  # "¡Pasad a probarlas!", "Reservad mesa": a command opens it
        if len(low) < 3 or "-" in word:
            return False
        places = gazetteer(lex.language)
        if word in places.towns and word not in places.common:
            return True  # "Lisboa em dezembro é outra coisa": a town opens the sentence
        after = sentence[tokens[index].end() : tokens[index].end() + 1]
        # "Fernhollow: 40% off", "Minouche, 18 ans", "Biscuit is looking", "Lola's"
        if after in (":", ",") or word.endswith("'s") or nxt.lower() in _AFTER_NAME:
            return True
        if nxt == "a" and lex.language == "fr":
            # "Minouche a 3 ans": French "a" is the name's verb; elsewhere a preposition or
            # an article says nothing of the word before it ("Peças a partir de R$ 129")
            return True
        if lex.language == "en" and nxt.endswith("ed") and len(nxt) > 4:
            return True  # "Otis discovered snow today"
        third = tokens[index + 2].group(0) if index + 2 < len(tokens) else ""
        if nxt.lower() in lex.list_and and _is_cap(third):
            return True  # "Marco and Giulia got married"
        later = sentence[tokens[index].end() :]
        return rx(rf"(?<!\w){re.escape(word)}(?!\w)").search(later) is not None
    return True


# nationalities and regions as describing words ("Turkish eggs", "Greek salad"): the word
# before a common noun describes it; one word alone never names a post's subject
_DEMONYMS = _split(
    """turkish french greek italian spanish mexican japanese korean thai chinese indian
    vietnamese portuguese german british english irish scottish welsh american brazilian
    moroccan lebanese persian swedish danish dutch belgian swiss austrian polish russian
    ukrainian georgian ethiopian nigerian cuban peruvian argentinian argentine chilean
    colombian jamaican caribbean mediterranean nordic scandinavian sicilian neapolitan roman
    tuscan parisian cajun hawaiian australian canadian egyptian israeli syrian tunisian
    filipino indonesian malaysian singaporean nepalese tibetan icelandic norwegian finnish
    hungarian czech croatian serbian bulgarian romanian balinese cornish yorkshire"""
)


# a title or trade before a first name makes the name a person's ("Bäckerin Merve",
# "Chef Ana", "Maestra Lucia"), never a product, a dish or a place
_TITLES = _split(
    """chef baker barista coach trainer dr prof mr mrs ms miss frau herr bäcker bäckerin
    koch köchin trainerin konditor konditorin meister meisterin maestra maestro signora
    signor señora señor doña don panadera panadero padeiro padeira fornaio fornaia
    boulanger boulangère pâtissier pâtissière cheffe mamie papi nonna nonno abuela abuelo
    avó avô tia tio oma opa auntie uncle dona seu founder cofounder co-founder owner
    manager ceo director gründer gründerin inhaber inhaberin fondateur fondatrice
    patron patronne gérant gérante fundador fundadora dueño dueña gerente fondatore
    fondatrice titolare proprietario proprietaria sócio sócia dono dona"""
)


_MADE_WITH = re.compile(r"(?i)\b(?:with|con|avec|com|mit)\b")


def _kind(
    name: str, sentence: str, tokens: list[re.Match[str]], start: int, end: int, lex: Lexicon
) -> str:
    words = [w.lower() for w in name.split()]
    if len(words) >= 2 and words[0] in _TITLES:
        return "person"
    if words[-1] in _STREET:
        return "address"  # "Carver Street" says where, not what
    before = tokens[start - 1].group(0).lower() if start > 0 else ""
    if start > 0 and sentence[tokens[start - 1].end() : tokens[start].start()] != " ":
        before = ""  # "(React, ...": punctuation between, the word is no preposition's object
    if len(words) == 1 and before in _TITLES:
        return "person"  # "our founder Priya", "notre fondatrice Claire": whom, not what
    before2 = tokens[start - 2].group(0).lower() if start > 1 else ""
    after = tokens[end].group(0).lower() if end < len(tokens) else ""
    if _STREET_LEAD.search(sentence[: tokens[start].start()]):
        return "address"  # "rua Augusta", "calle Mayor", "rue de la Paix": where, not what
    if before in ("de", "del", "di", "do", "da", "du", "des") and before2 in _QUARTERS:
        return "address"  # "en el mercado de Ruzafa", "no bairro da Graça": where, not what
    if any(w in _EVENT_WORDS for w in words[1:]) or after in _EVENT_WORDS - {"day", "days"}:
        return "event"
    raw_after = tokens[end].group(0) if end < len(tokens) else ""
    # "in Dan's garage", "in Meg's kitchen": a person's, not a venue ("at Lola's cafe"
    # still names one)
    if (
        words[-1].endswith("'s")
        and raw_after.isalpha()
        and raw_after.islower()
        and not any(w in _VENUE_WORDS for w in words)
        and (after not in _VENUE_WORDS or before not in ("at", "from"))
    ):
        return "person"
    if any(w in _VENUE_WORDS for w in words) or after in _VENUE_WORDS:
        return "venue"
    if words[-1].endswith("'s"):  # "at Lola's" is a place to eat, "Anya's wedding" a person's
        return "venue" if before in ("at", "from", "to", "in") else "person"
    if before in {
        "new",
        "our",
        "introducing",
        "meet",
        "launching",
        "nuevo",
        "nueva",
        "nouveau",
        "nouvelle",
        "neue",
        "neuer",
        "neues",
        "novo",
        "nova",
        "nuovo",
        "nuova",
    }:
        return "product" if after not in {"and", "y", "et", "und", "e"} else "person"
    if after in _PRODUCT_NOUNS or (before2 in {"our", "new"} and before in {"new", "the"}):
        return "product"
    if before in ("from", "desde", "depuis", "von", "aus", "da", "dal"):
        return "origin"
    if before in ("de", "di", "do", "du", "of") and before2.islower():
        # "con leche de oveja de Zamora", "avec de la farine de Beauce", "made with flour
        # of Kent": what a thing is made with comes from there; the region is no subject
        lead_in = sentence[tokens[max(0, start - 6)].start() : tokens[start - 1].start()]
        if _MADE_WITH.search(lead_in.split(",")[-1]):
            return "origin"
    if before == "to" and before2 in ("hi", "hello", "thanks", "thank", "talk", "say"):
        return "person"  # "say hi to Ines"
    if before in ("at", "chez", "bei", "beim"):
        return "venue"  # "at Copper Ladle", "chez Lola": somewhere to go, not a town
    if before in lex.place_preps and rx(r"l['\u2019]\w").match(words[0]):
        # "à L'Épicerie Dorée": a name that opens with its own article is a business's;
        # a town takes the preposition bare or fused ("à Nantes", "au Havre")
        return "venue"
    gap = sentence[tokens[start - 1].end() : tokens[start].start()] if start > 0 else ""
    if (
        end == len(tokens)
        and gap.strip() == ","
        and rx(r"\d").search(sentence[: tokens[start].start()])
    ):
        # "Ouvert du mardi au samedi, 9 h-15 h, Vieux-Lille": a name closing a list of
        # days and hours is the business's address, not what the post is about (nor a
        # place a trip went to)
        return "address"
    if before in lex.place_preps:
        return "place"
    if before in lex.person_preps or after in lex.list_and:
        return "person"
    places = gazetteer(lex.language)
    if start == 0 and end < len(tokens) and name in places.towns and name not in places.common:
        # "Lisboa em dezembro é outra coisa": a town that opens a sentence (a town alone,
        # "… ao jantar. Viseu", signs a business's post with its address)
        return "place"
    return "name"


_QTY_UNITS = r"(?:%|[€$£]|[kK]\b(?:\s(?:followers|seguidores|abonnés|follower|followers))?)"
_CODE = re.compile(
    r"(?i:code|código|codice|cupom|cupão|gutschein(?:code)?|rabattcode)\s*:?\s*([A-Z][A-Z0-9]{3,})\b"
)


# what follows a share of a material or a quality ("80% cotton", "70 % de cacao")
_SHARE = re.compile(
    r"(?i)\s*(?:(?:de|di|d'|of|aus)\s*)?(?:cotton|wool|merino|cashmere|linen|silk|leather"
    r"|polyester|recycled|organic|natural|cacao|cocoa|arabica|alpaca|mohair|viscose|hemp"
    r"|baumwolle|wolle|kaschmir|leinen|seide|leder|recycelt\w*|bio|hanf|coton|laine|lin|soie"
    r"|cuir|recyclé\w*|chanvre|algodón|lana|lino|seda|cuero|reciclad\w*|cáñamo|algodão|lã"
    r"|linho|couro|cânhamo|cotone|seta|pelle|riciclat\w*|canapa|cachemire|cachemira|caxemira"
    r"|puro|pura|pur|rein\w*|vegan\w*)\b"
)


# the letters a dollar's or a real's sign takes ("R$ 89", "US$ 20", "BDS$40", "EC$10")
_DOLLAR_LETTERS = r"(?:R|US|U\.S\.|A|AU|C|CA|NZ|HK|S|N|BDS|EC|J|TT|BZ|MX|RD|UY|CL|COL)"


def _quantities(text: str, lex: Lexicon) -> tuple[list[str], str | None, str | None]:
    """Numbers with their units, the percent and the price, as written."""
    units = sorted((u for u in lex.units if u.isalpha() or u == "°c" or u == "°f"), key=len)
    unit_re = "|".join(re.escape(u) for u in reversed(units))
    pattern = re.compile(
        rf"(?<![\w€$£])(?:{_DOLLAR_LETTERS}?[€$£]\s?\d[\d.,]*"
        rf"|\d[\d.,]*(?:\s?{_QTY_UNITS}|[-\s](?:{unit_re})\b)"
        rf"|\d[\d.,]*(?:st|nd|rd|th)?\b)(?![-\w])",
        re.IGNORECASE,
    )
    quantities: list[str] = []
    percent = price = None
    for match in pattern.finditer(text):
        value = match.group(0).strip().rstrip(".,")
        if rx(r"\d+(?:st|nd|rd|th)?", re.IGNORECASE).fullmatch(value):
            continue  # a bare number: a date part, a count without a unit
        if "%" in value and percent is None:
            # "100% cashmere", "70 % Baumwolle", "100% artigianale": what a thing is made
            # of or how much of it, no price cut
            if not value.startswith("100") and not _SHARE.match(text, match.end()):
                percent = value
        elif rx(r"[€$£]").search(value) and price is None:
            price = value
        quantities.append(value)
    if price is None and (coded := PRICE_CODED.search(text)):
        price = coded.group(0)  # "12 000 ar", "ksh 450", "35 dh": a currency's code
    return quantities, percent, price


# a figure with its currency's code or word ("12 000 ar", "3 000 fcfa", "ksh 450", "35 dh",
# "149 kr"), for currencies without a sign the reader knows: a price all the same
PRICE_CODED = re.compile(
    r"(?i)(?<![\w.,])\d[\d.,\u00a0\u202f ]*\d?\s?(?:ar|ariary|mga|f?\s?cfa|ksh|kes|ush|ugx|tsh"
    r"|tzs|rwf|dh|dhs|dt|dzd|egp|kr|sek|nok|dkk|chf|zł|pln|kč|czk|lei|ron|rs|inr|ngn|ghs|zar"
    r"|usd|eur|euros?|gbp|aud|cad|nzd|brl|mxn|ars|clp|cop|myr|idr|php|thb|vnd|yen|jpy)\b"
    r"|\b(?:ksh|kes|ush|tsh|rs|rp|rm|chf|usd|eur|gbp|inr|ngn|ghs|zar|php|mga|fcfa)\.?\s?\d(?:[\d.,]*\d)?"
    r"|[₹₦₵₺₽¥₩₱฿₫]\s?\d(?:[\d.,]*\d)?|\d[\d.,]*\s?[₹₦₵₺₽¥₩₱฿₫]"
)


_ANIMAL = re.compile(
    r"\b(?:dogs?|pupp(?:y|ies)|cats?|kittens?|rabbits?|pets?|perr[oa]s?|gat[oa]s?|hund\w*"
    r"|katze\w*|chi(?:en|ot)\w*|chats?|cães|cão|cachorr\w*|can[ei]|gatt[oi]|mascot\w*"
    r"|tier\w*|animal\w*|animali|tortoises?|turtles?|tortugas?|schildkr[öo]te\w*|tortues?"
    r"|tartarugas?|tartarughe|hamsters?|criceto|parrots?|loros?|papagei\w*|perroquets?"
    r"|papagaios?|pappagall[oi]|horses?|caball[oa]s?|pferd\w*|chevaux|cheval|cavall[oi]"
    r"|bunn(?:y|ies)|conej[oa]s?|kaninchen|lapins?|coelhos?|conigli[oa]?|kater|kätzchen|welpe\w*"
    r"|dackel\w*|teckels?|pudel|mops|dachshunds?|poodles?|beagles?|labradors?|terriers?|corgis?"
    r"|spaniels?|husk(?:y|ies)|caniches?|carlins?|bassott[oi]|barboncin[oi]|galgos?|podencos?"
    # a dog named by its breed or a pet by its diminutive ("our grumpy old terrier")
    r"|collies?|retrievers?|greyhounds?|whippets?|lurchers?|pugs?|bulldogs?|cagnolin[ao]"
    r"|chienne|cadel(?:o|a)s?|hündin|gattin[ao]|chatons?|gatinh[oa]s?|perrit[oa]s?)\b",
    re.IGNORECASE,
)
_AGE_WORDS = (
    r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|uno|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce"
    r"|due|tre|quattro|sei|sette|otto|nove|dieci|undici|dodici|deux|trois|quatre|cinq|sept"
    r"|huit|neuf|dix|onze|douze|um|dois|três|quatro|oito|dez|doze|eins|zwei|drei|vier|fünf"
    r"|sechs|sieben|acht|neun|zehn|elf|zwölf)"
)
# a birthday told by the age reached, whoever reaches it ("Tobia compie sette anni", "Bruno
# wird heute zwölf", "Praline fête ses quatre ans"), or by the word itself
_BIRTHDAY = re.compile(
    r"(?i)\b(?:turns?|turned|turning|cumple|cumplió|compie|ha compiuto|fête ses|fêtera ses"
    r"|a eu|faz|fez|completa|completou|wird|ist)\s+(?:today\s+|hoy\s+|oggi\s+|heute\s+"
    r"|aujourd'hui\s+|hoje\s+|jetzt\s+)?" + _AGE_WORDS + r"(?!\s?(?:%|€|\$|h\b|km|kg|uhr))"
    r"(?:\s+(?:years?|años|anni|ans|anos|jahre)\b|(?=\s*[!.,🎂🎉🥳]|\s+(?:today|hoy|oggi|heute"
    r"|aujourd'hui|hoje)\b)|$)"
    r"|\b(?:birthday|cumpleaños|compleanno|anniversaire|aniversário|geburtstag)\b"
)
# a count of things needed ("needs 600 books", "necesita 200 mantas", "a besoin de 300
# livres", "braucht 500 Bücher", "precisa de 300 livros", "ha bisogno di 400 coperte")
_NEEDS_COUNT = re.compile(
    r"(?i)\b(?:needs?|necesita(?:mos|n)?|(?:a|ont|avons) besoin de|brauch(?:t|en)"
    r"|precisa(?:mos|m)? de|(?:ha|hanno|abbiamo) bisogno di)\s+(?:\w+\s+)?\d[\d.,]*\s+[^\W\d_]+"
)
# where to bring them ("Drop them at …", "Déposez-les à …", "Traedlos a …", "Bringt sie …",
# "Deixem-nos na …", "Portateli al …")
_BRING_THEM = re.compile(
    r"(?i)\b(?:drop (?:them|it|yours|donations)(?: off)?|bring (?:them|it|yours)"
    r"|d[ée]posez[- ](?:les|le|la)|apportez[- ](?:les|le|la)|tr[aá]e(?:d|lo|la|los|las)\w*"
    r"|dej[aá]\w* en|bring(?:t|en) sie|deixem[- ](?:nos|nas|no|na)|entreguem[- ](?:nos|nas)"
    r"|portate(?:li|le|lo|la)|lasciate(?:li|le|lo|la))\b"
)
# thanks to a count of followers ("Merci à nos 2000 abonnés"): the followers are thanked
_THANKS_WORD = re.compile(r"(?i)\b(?:thanks|thank|gracias|merci|danke|obrigad[oa]|grazie)\b")


# what an animal does: a one-word name as the subject of one of these verbs is a pet's
# name, even when it is also a dish's ("Cassoulet a encore volé le fromage", "Paella
# robó el jamón"); the auxiliary and a few adverbs may stand between them
_PET_DEED = re.compile(
    r"(?:^|(?<=[.!?]\s))([A-ZÀ-Ý][^\W\d_]+)\s+(?:(?:has|had|is|was|just|already|again|finally"
    r"|enfin|finalmente|endlich|a|est"
    r"|encore|déjà|toujours|hat|ist|hatte|schon|wieder|mal|ha|è|di nuovo|ancora|già|ha già"
    r"|tem|está|já|de novo|otra vez|de nuevo|ya|ha vuelto a|voltou a)\s+){0,3}"
    r"(?:stole|steals|stolen|slept|sleeps|sleeping|chased|chases|chasing|barked|barks|barking"
    r"|meowed|meows|purred|purrs|purring|napped|naps|napping|licked|sniffed|wagged|fetched"
    r"|volé|vole|dort|dormi|aboie|aboyé|miaule|miaulé|ronronne|ronronné|chassé|léché"
    r"|robó|roba|duerme|durmió|ladra|ladró|maúlla|maulló|ronronea|persiguió|lamió"
    r"|geklaut|klaut|gestohlen|stiehlt|schläft|geschlafen|bellt|gebellt|miaut|schnurrt"
    r"|gejagt|geleckt|roubou|rouba|dorme|dormiu|latiu|late|miou|ronrona|perseguiu|lambeu"
    r"|rubato|ruba|dormito|abbaia|abbaiato|miagola|miagolato|inseguito|leccato"
    # what a dog is trained to do ("Pepper has finally learned to sit")
    r"|(?:learned|learnt|learning) to (?:sit|stay|heel|fetch|roll over|give (?:a )?paw|shake)"
    r"|(?:aprendió|aprendido) a (?:sentarse|dar la pata)|appris à (?:s'asseoir|donner la patte)"
    r"|imparato a (?:sedersi|dare la zampa)|(?:aprendeu|aprendido) a (?:sentar|dar a pata))\b"
)
# German puts the participle last: "Brezel hat schon wieder die Wurst geklaut"
_PET_DEED_DE = re.compile(
    r"(?:^|(?<=[.!?]\s))([A-ZÀ-Ý][^\W\d_]+)\s+(?:hat|hatte|ist)\s+(?:[\w'-]+\s+){0,5}?"
    r"(?:geklaut|gestohlen|geschlafen|gebellt|gejagt|geleckt|gefressen|gebuddelt)\b"
)
# an animal's face or body next to a name ("Cassoulet 😾" as a whole post, "🐶 Brezel"),
# not after the last word of a sentence ("… auf dem Gewissen 🐶")
_ANIMAL_EMOJI = "🐶🐕🐩🦮🐱🐈😺😸😹😻😼😽🙀😿😾🐰🐇🐹🐭🐾🦜🐦🐤🐴🐎🐢🦎🐍🐟🐠🐷🐮🐑🐐🦔🦊"


def shows_animal(content: str) -> bool:
    """Whether the brief shows an animal by its emoji (🐕, 🐾, 🐢)."""
    return any(c in _ANIMAL_EMOJI for c in content)


# animals that are also food: beside a dish (trout from the smokehouse 🐟, porchetta 🐷)
# the emoji shows what is eaten, no animal the account keeps
_FOOD_ANIMALS = "🐟🐷🐮🐑🐐"
_KEPT_EMOJI = "".join(c for c in _ANIMAL_EMOJI if c not in _FOOD_ANIMALS)


def _beside(emoji: str) -> re.Pattern[str]:
    return re.compile(rf"^\s*([A-ZÀ-Ý][^\W\d_]+)\s*[{emoji}]|[{emoji}]\s*([A-ZÀ-Ý][^\W\d_]+)\b")


_BESIDE_ANIMAL = _beside(_ANIMAL_EMOJI)
_BESIDE_KEPT = _beside(_KEPT_EMOJI)


# what a town or a singer "stole": hearts, the show ("Florence stole our hearts")
_HEARTS = re.compile(
    r"(?i)\s+(?:\w+\s+){0,2}(?:hearts?|show|spotlight|cœurs?|coeurs?|spectacle|corazón"
    r"|corazones|herz(?:en)?|show|coração|corações|cuore|cuori|scena)\b"
)


# a one-word name set beside the animal it names ("Meet Pickle, the tabby we adopted",
# "les presento a turrón, el perro blanco", "voici Praline, notre chatte", "ecco Tortellino,
# il gatto rosso"): the pet's name, whatever else the word means (a sandwich, a sweet)
_NAMED_PET = re.compile(
    r"(?i)(?:^|[.!?]\s+|\b(?:meet|this is|say hi to|say hello to|(?:les|os|te) presento a"
    r"|(?:les |os |te )?presentamos a|conozcan a|voici|je vous présente|nous vous présentons"
    r"|ecco|vi presento|vi presentiamo|(?:apresento|apresento-vos|apresentamos|conheçam)"
    r" (?:o|a)|das ist|darf ich vorstellen:?)\s+)([^\W\d_]+),\s+"
    r"(?:the|our|my|el|la|mi|nuestr[oa]|le|notre|mon|ma|il|lo|mio|mia"
    r"|il nostro|la nostra|il mio|la mia|o|a|nosso|nossa|meu|minha|der|die|das|unser\w*"
    r"|mein\w*)\s+(?:[^\W\d_]+\s+){0,2}?(?:dog|pup|puppy|cat|kitten|tabby|bunny|rabbit"
    r"|greyhound|collie|perr[oa]|cachorr[oa]|gat[oa]|chien(?:ne)?|chiot|chat(?:te)?|cão"
    r"|cadela|cane|cagnolin[oa]|gatt[oa]|gattin[oa]|hund|hündin|kater|katze|coniglio"
    r"|conej[oa]|lapin|coelho)\b"
)


# a name set right after the pet's kind ("Dackel Krapfen sieht …", "our cat Pretzel", "mi
# perro Churro", "notre chienne Praline"): the pet's name, whatever else the word means
_KIND_THEN_NAME = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?i:\b(?:our|my|the|his|her|their|mi|nuestr[oa]|su|el|la|notre|mon|ma"
    r"|son|sa|le|il nostro|la nostra|il mio|la mia|nosso|nossa|meu|minha|o|a|unser\w*|mein\w*"
    r"|der|die|das)\s+))(?i:dog|pup|puppy|cat|kitten|tabby|bunny|rabbit|greyhound|collie"
    r"|dachshund|poodle|beagle|labrador|terrier|spaniel|husky|corgi|perr[oa]|perrit[oa]"
    r"|cachorr[oa]|gat[oa]|gatit[oa]|chien(?:ne)?|chiot|chat(?:te)?|chaton|teckel|caniche|carlin"
    r"|cão|cadela|cane|cagnolin[oa]|gatt[oa]|gattin[oa]|bassott[oa]|hund|hündin|kater|katze"
    r"|dackel|pudel|mops|welpe|coniglio|conej[oa]|lapin|coelho)\s+([A-ZÀ-Ý][^\W\d_]+)\b"
)


# German typed in lower case: a word between a pet's kind and the verb it does is the pet's
# name ("dackel brezel sieht heute zum ersten mal schnee": a dachshund called Brezel, not a
# pretzel; every noun is written alike in lower case, so only the verb after it tells)
_KIND_THEN_NAME_DE = re.compile(
    r"(?i:\b(?:dackel|hund|hündin|kater|katze|pudel|mops|welpe|kaninchen|hase|pferd|pony"
    r"|meerschweinchen|schäferhund|labrador|terrier|beagle))\s+(?P<name>[a-zäöüß]{3,})\s+"
    r"(?P<verb>ist|hat|wird|war|sieht|liegt|schläft|frisst|spielt|liebt|mag|kann|darf|will"
    r"|wartet|sucht|feiert|wohnt|lebt|rennt|läuft|schaut|bellt|miaut|genießt|entdeckt)\b"
)


# where only an animal is taken or what only it has ("first day at the groomers", "his
# walkies", "chez le toiletteur"): a post that names one is about the animal
_PET_WORLD = re.compile(
    r"(?i)\b(?:groomers?|grooming|groomed|walkies|kennels?|dog park|toiletteur|toilettage"
    r"|peluquer[ií]a canina|hundesalon|hundefriseur|tolettatura|tosatura|banho e tosa)\b"
)
# the name that opens such a post, as its own ("Waffle's first day") or as what does
# something ("Waffle went", "Waffle has")
_OPENING_NAME = re.compile(
    r"^([A-ZÀ-Ý][^\W\d_]+)(?:['\u2019]s\b|\s+(?:has|had|is|was|went|got|just|finally|loved"
    r"|hated|survived|a|est|fue|ha|è|foi|hat|ist|war))"
)
# a name set before its kind ("Toast the cat has claimed the armchair")
_NAME_THE_KIND = re.compile(
    r"(?:^|(?<=[.!?]\s))([A-ZÀ-Ý][^\W\d_]+),?\s+the\s+(?:shop\s+|office\s+|pub\s+)?"
    r"(?:dog|pup|puppy|cat|kitten|tabby|bunny|rabbit|greyhound|collie|terrier|spaniel"
    r"|dachshund|whippet|lurcher|pug|tortoise|parrot|hamster)\b"
)


# the opening clause: up to the first colon or sentence end, past a one-word label
# ("Desaparecida: gata Pipoca, …")
_FIRST_CLAUSE = re.compile(r"(?:[^\W\d_]+[ \t]*:)?[^:;.!?\n\u2026\u00a6]*")
_FIRST_SENTENCE_SHOWN = re.compile(r"[^.!?\n\u2026]*[.!?\u2026]*[^\w]*")


# a pet the writer calls theirs: a possessive before its kind, a describing word between
# ("our puppy", "my old dog", "mi perra", "notre chaton", "il mio gatto", "a minha cadela",
# "unser Welpe"); never a thing named for the kind ("our dog-friendly café", "my dog
# treats", "our puppy classes"), nor one who comes along ("Sunset hike in Lisbon with my
# dog", "paseo con mi perra": the hike is the post)
_OWN_PET_KIND = re.compile(
    r"(?i)(?<!\bwith )(?<!\bcon )(?<!\bcol )(?<!\bavec )(?<!\bmit )(?<!\bcom )(?<!\band )"
    r"\b(?:our|my|mi|mis|nuestr[oa]s?|notre|nos|mon|ma|mes|(?:il|la|i|le) (?:nostr[oaie]"
    r"|mi[oae]|miei)|nosso|nossa|meu|minha|unser[ea]?[mnrs]?|mein[ea]?[mnrs]?)\s+"
    r"(?:(?:new|little|old|sweet|nuev[oa]|pequeñ[oa]|viej[oa]|petite?|nouvel(?:le)?|vieil(?:le)?"
    r"|nuov[oa]|piccol[oa]|vecchi[oa]|nov[oa]|velh[oa]|neue[mnrs]?|kleine[mnrs]?|alte[mnrs]?)\s+)?"
    r"(?:dogs?|pupp(?:y|ies)|pups?|cats?|kittens?|rabbits?|bunn(?:y|ies)|tortoise|hamster"
    r"|cockapoo|cavapoo|maltipoo|labradoodle|goldendoodle|cavachon|puggle|sprocker|lurcher"
    r"|whippet|greyhound|spaniel|terrier|collie|dachshund|poodle|labrador|beagle|corgi|husky"
    r"|pug|perr[oa]s?|perrit[oa]s?|cachorr[oa]s?|gat[oa]s?|gatit[oa]s?|galg[oa]s?|chiens?"
    r"|chienne|chiots?|chats?|chatte|chatons?|can[ei]|cagnolin[ao]|gatt[oaie]|gattin[oa]"
    r"|cão|cães|cadela|gatinh[oa]|coelh[oa]|hund|hündin|welpen?|kater|katze|kätzchen|dackel)"
    r"(?![\w-])(?!\s+(?:treats?|food|biscuits?|walker|walking|sitter|sitting|groomer|grooming"
    r"|classes|class|training|school|café|cafe|park|show|toys?|beds?|bowls?|coats?|collars?"
    r"|leads?|hotel|daycare|friendly)\b)"
)
# the young animal's age said of it ("she's 14 weeks", "he is 4 months old", "tiene 3
# meses", "ha 5 mesi", "il a 10 semaines", "tem 4 meses", "er ist 12 Wochen alt"): weeks
# and months are a puppy's or a kitten's (a baby's too: the animal must be in the post)
_PET_AGE = re.compile(
    r"(?i)\b(?:(?:she|he|it)(?:['\u2019]s|\s+is|\s+was)|tiene|cumple|ha|a|tem|faz|ist)\s+"
    r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|sixteen)"
    r"\s+(?:weeks?|months?|semanas|meses|settimane|mesi|semaines|mois|wochen|monate)\b"
)


def _own_pet(text: str) -> bool:
    """Whether the post tells of a pet of its writer's: "our puppy", "my dog", or an animal
    whose age is told in weeks or months ("she's 14 weeks, a cockapoo")."""
    return bool(_OWN_PET_KIND.search(text) or _PET_AGE.search(text))


def _animal_later(text: str, content: str, pet: str | None, lex: Lexicon) -> bool:
    """Whether the post names an animal (its kind or its name) only after its opening
    clause, and shows none in its opening sentence: "Endlich fertig: unsre Speisekammer …
    Kater Moritz bewacht jetzt die Kartoffelkiste", not "Biscuit on the sofa again 🐶" nor
    "A Pipoca roeu o chinelo"."""
    named = [m.start() for m in _ANIMAL.finditer(text)]
    if pet:
        named += [m.start() for m in rx(rf"\b{re.escape(pet)}\b").finditer(text)]
    if not named:
        return False
    stripped = text.strip()
    clause = _FIRST_CLAUSE.match(stripped)
    opening_end = text.find(stripped) + (clause.end() if clause else 0)
    shown = _FIRST_SENTENCE_SHOWN.match(content.strip())
    if any(c in _ANIMAL_EMOJI for c in (shown.group(0) if shown else "")):
        return False
    words = stripped[: clause.end() if clause else 0]
    if _ADOPTED.search(words) or lex.intents["pets"].matches(
        _forms_of(words, lex.language), words.lower()
    ):
        return False  # "Paçoca foi adotada!!": the opening tells a pet's news
    return min(named) >= opening_end


def _pet_name(text: str, content: str, lex: Lexicon, places: set[str]) -> str | None:
    """A one-word name the post shows as an animal: the subject of what only an animal does
    (steal the cheese, sleep on the sofa) when an animal emoji or some food is there, or a
    name beside an animal emoji."""
    # what a pet steals or sleeps beside is food; a person "stole the show"
    food = bool(
        lex.intents["food"].matches([forms(t, lex.language) for t in tokens_of(text)], text.lower())
    )
    shown = _KEPT_EMOJI if food else _ANIMAL_EMOJI
    animal_emoji = any(c in shown for c in content)
    for match in [*_PET_DEED.finditer(text), *_PET_DEED_DE.finditer(text)]:
        stolen = text[match.end() : match.end() + 30]
        if (animal_emoji or food) and not _HEARTS.match(stolen) and match.group(1) not in places:
            return match.group(1)
    named = [*_NAMED_PET.finditer(text), *_KIND_THEN_NAME.finditer(text)]
    named += list(_NAME_THE_KIND.finditer(text))
    if _PET_WORLD.search(text):
        named += [m for m in [_OPENING_NAME.match(text.strip())] if m is not None]
    towns = gazetteer(lex.language).towns
    for match in named:
        # (set beside its kind, a word after "a" is no place: "presentamos a Pimienta, la
        # gata"; only a town the gazetteer knows may be one)
        if match.group(1) not in towns and not _ANIMAL.fullmatch(match.group(1)):
            return match.group(1)
    if lex.language == "de":
        for match in _KIND_THEN_NAME_DE.finditer(text):
            name = match.group("name")
            if name not in places and not _ANIMAL.fullmatch(name):
                return name
    shown_in = content.strip()
    for match in (_BESIDE_KEPT if food else _BESIDE_ANIMAL).finditer(shown_in):
        name = match.group(1) or match.group(2)
        if (
            match.group(2)
            and shown_in[match.start()] in _FOOD_ANIMALS
            and any(c.isalpha() for c in shown_in[: match.start()])
        ):
            # "… just out of the kiln 🐟 Shop open till 5": a fish or a pig that closes a
            # sentence shows what it said; the next sentence's first word is no name
            continue
        if name.lower() not in _THANKS and not _ANIMAL.fullmatch(name):
            return name
    return None


_ADDRESS = re.compile(
    r"\b(?:calle|c/|avenida|avda\.?|rua|rue|via|viale|piazza|plaza|praça|largo|travessa"
    r"|corso|vicolo)\s+(?:(?:de|del|de la|do|da|dos|das|du|de la|des|della|dei|delle|di)\s+)?"
    r"[A-ZÀ-Ý][\w'-]*(?:\s+[A-ZÀ-Ý][\w'-]*)*(?:,?\s+\d+\w?)?"
)
# the list of places after its label, to the end of the sentence ("drop-off points: the
# library, the Corner Café and the church hall", "pontos de recolha: junta de freguesia,
# café do largo …", "Sammelstellen: …"): where to go, not what the post is for (the label
# itself says a drive and keeps its vote)
_WHERE_LIST = re.compile(
    r"(?i)\b(?:drop[- ]off (?:points?|locations|spots)|collection points?|donation points"
    r"|pick-?up points|where to (?:drop off|donate)|stockists|puntos? de (?:recogida|entrega"
    r"|acopio|venta)|centros de acopio|lugares de entrega|pontos? de (?:recolha|entrega|coleta"
    r"|venda)|locais de (?:recolha|entrega)|onde entregar|points? de (?:collecte|dépôt|chute"
    r"|vente)|lieux de (?:dépôt|collecte)|où déposer|punt[oi] di (?:raccolta|consegna)"
    r"|punti vendita|dove (?:consegnare|lasciare)|sammelstellen?|abgabestellen?"
    r"|annahmestellen?|abgabeorte|sammelpunkte|verkaufsstellen)[ \t\u00a0]*:"
    r"(?P<places>[^.!?\n\u2026]*)"
)
_DAY_RANGE = re.compile(
    r"(?i)\b(?:de|du|from|von|da|dal|dalla)\s+(?:lunes|martes|miércoles|jueves|viernes|sábado"
    r"|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag"
    r"|sonntag|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|segunda|terça|quarta"
    r"|quinta|sexta)(?:-feira)?\s+(?:a|al|au|to|bis|alla|à|ao)\s+\w+"
)
# (a describing word may stand between: "Three slow days on Gozo", "two lazy weeks in")
_STAY = re.compile(
    r"(?i:\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|few)\s+"
    r"(?:[a-z]+\s+)?(?:days?|nights?|weeks?)"
    r"|\blong weekend|\bweekend)\s+(?:in|on|along|around|across|through)\s+(?:the\s+)?[A-Z]"
)
# the same stay typed in lower case ("weekend in galway"): the place after it is read
# against the gazetteer ("weekend in bed" is no trip)
_STAY_TYPED = re.compile(
    r"(?i)\b(?:(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|few)\s+"
    r"(?:[a-z]+\s+)?(?:days?|nights?|weeks?)"
    r"|long weekend|weekend)\s+(?:in|on|along|around|across|through)\s+(?:the\s+)?"
    r"([a-z][\w'-]*(?:\s+[a-z][\w'-]*)?)"
)

# the same stay in the other languages, its place capitalised ("Tre giorni tra Burano e
# Torcello", "Cuatro días en Valparaíso", "Drei Tage zwischen Triest und Görz")
_STAY_ROM = re.compile(
    r"(?i:\b(?:\d+|un[ae]?|dos|two|deux|dois|duas|due|zwei|tres|trois|três|tre|drei|cuatro"
    r"|quatre|quatro|quattro|vier|cinco|cinq|cinque|fünf|sei|seis|six|sechs|sept|sete|sette"
    r"|siete|sieben|diez|dix|dez|dieci|zehn)\s+(?:días|noches|semanas|jours|nuits|semaines"
    r"|dias|noites|giorni|notti|settimane|tage|nächte|wochen)\s+(?:[^\W\d_]+\s+)?(?:en|entre|por|à|au|aux"
    r"|em|entre|no|na|pelo|pela|in|a|tra|fra|nel|nelle|zwischen|im|auf)\s+(?:la\s+|le\s+|l'"
    r"|o\s+|a\s+|der\s+|den\s+)?)[A-ZÀ-Ý]"
)


def _stay(text: str) -> bool:
    """Whether ``text`` counts days or nights in a named place ("3 days in the Burren",
    "weekend in galway"; a town that is also a common word, "bath", only capitalised)."""
    if _STAY.search(text):
        return True
    places = gazetteer("en")
    for found in _STAY_TYPED.finditer(text):
        words = found.group(1).split()
        for size in (2, 1):
            name = " ".join(w.capitalize() for w in words[:size])
            if len(words) >= size and name in places.towns and name not in places.common:
                return True
    return False


# what a thing smelled, tasted or looked like ("a hot spring that smelled like eggs"):
# a comparison, not a thing of the post (no egg dish, no egg emoji) (English)
_SIMILE = re.compile(
    r"(?i)\b(?:smell(?:s|ed|t)?|tast(?:es|ed)|look(?:s|ed)?|sound(?:s|ed)?|feels?|felt)"
    r"\s+like\s+(?:an?\s+|the\s+|some\s+)?(?:[^\W\d_]+\s+)?[^\W\d_]+"
)
# what a thing is kept away from ("keep away from cats", "out of reach of dogs"): a
# warning about it, not a thing of the post (English)
_KEPT_FROM = re.compile(
    r"(?i)\b(?:away from|out of reach of|safe from)\s+(?:the\s+|your\s+|any\s+|curious\s+)?"
    r"[^\W\d_]+"
)
# "holiday" before a noun of another trade ("holiday glam", "holiday hours", "holiday
# market"): the festive season, no trip (English)
_SEASON_HOLIDAY = re.compile(
    r"(?i)\bholidays?(?=\s+(?:glam|hours|menu|markets?|part(?:y|ies)|season|gifts?|gifting"
    r"|opening|specials?|make-?up|looks?|nails|cards?|baking|cookies|lights|d[eé]cor"
    r"|jumpers?|sweaters?|edition|collection|orders?|shipping|deadlines?|bookings|appointments"
    r"|hampers?|boxes|bundles?|sale|offers?|rush|treats?|drinks|lunch|dinner|closure)\b)"
)
# bags counted or filled ("weighing 40 bags", "two bags of flour"): a measure of goods,
# no handbag (English)
_COUNTED_BAGS = re.compile(
    r"(?i)\b(?:\d+|two|three|four|five|six|ten|twenty|dozens of|hundreds of)\s+"
    r"(?:[^\W\d_]+\s+)?bags\b|\bbags? of\b"
)
# a garden as where a moment happens ("first snow in the back garden", "kids out in the
# garden"), with no gardening done in it: a place at home, no gardening post (English)
_GARDEN_AS_PLACE = re.compile(
    r"(?i)\b(?:in|into|out in|round|around|across)\s+(?:the|our|my)\s+(?:back\s+|front\s+)?garden\b"
)
_GARDENING = re.compile(
    r"(?i)\b(?:plant\w*|sow\w*|dig\w*|dug|weed\w*|prun\w*|grow\w*|harvest\w*|mow\w*|compost\w*"
    r"|bulbs?|seedlings?|beds?|roses?|veg\w*|lawn|hedge\w*|flowers?|blooms?|tomato\w*)\b"
)
# the early hour at a workplace with the work being done ("5am at the bakery, shaping 200
# pandesal", "6am at the roastery, weighing 40 bags"): behind the scenes (English)
_EARLY_SHIFT = re.compile(
    r"(?i)\s*(?:[2-6](?:[:.]\d\d)?\s?a\.?m\.?|dawn|sunrise|first light)\s+(?:at|in)\s+the\s+"
    r"[^\W\d_]+,?\s+(?:and\s+)?(?:we're\s+|i'm\s+)?"
    # or the batch being made ("4am at the bakery, 300 pies going in the oven")
    r"(?:\d[\d,]*\s+(?:[^\W\d_]+\s+){1,5})?[^\W\d_]+ing\b"
)
# the making's early start, told in any language ("Madrugamos para cuajar la Torta del
# Casar", "alle 5 si accende il forno", "um 4 Uhr beginnt der Teig", "we got up early to
# curdle this week's cheese", "à 4h on pétrit", "às 5h o forno já está aceso"): an early
# hour or rising, then the oven, the dough or a verb of making within the sentence
_EARLY_MAKING = re.compile(
    # (an hour is said as one: "alle 4", "a las 5", "um 4", "às 5", or a number with its
    # unit after "at", "from", "à" …; "at 4 Mill Lane" is an address, "from 2 to 4pm" a
    # span of the afternoon)
    r"(?i)(?:\b(?:a las|desde las|alle|dalle|um|às)\s+[2-6]"
    r"(?:[:.h]\d\d)?\s?(?:am|a\.m\.|h|uhr|de la (?:mañana|madrugada)|del mattino|du matin)?\b"
    r"|\b(?:at|by|from|ab|à|dès|das)\s+[2-6](?:(?::\d\d)?\s?(?:am|a\.m\.)|[:h]\d\d"
    r"|\s?(?:h|uhr|de la (?:mañana|madrugada)|del mattino|du matin))\b"
    r"|\b[2-6](?:[:.]\d\d)?\s?(?:am|a\.m\.|uhr)\b"
    r"|\b(?:madrugamos|madrugan|madrugo|madrugada|madrugar|madrugámos"
    r"|(?:got|get|gets|getting) up early|(?:up|start|started|starts) before (?:dawn|sunrise)"
    r"|before (?:dawn|sunrise|first light)|at (?:dawn|first light)|all'alba|di buon mattino"
    r"|(?:ci )?alziamo presto|früh(?:morgens| am morgen)|im morgengrauen|stehen früh auf"
    r"|à l'aube|(?:on se lève|nous nous levons) tôt|de madrugada|acordamos cedo"
    r"|levantamos cedo|al alba))"
    r"[^.!?\n¦]{0,60}?\b(?:"
    # the oven, the dough, the batch
    r"ovens?|dough|batch|horno|masa|hornada|forno|impasto|infornata|ofen|teig|backstube"
    r"|four|pâte|fournée|fornada|massa"
    # the verbs of making
    r"|bak(?:e|es|ing)|knead\w*|shap(?:e|ing)|proof(?:ing)?|curdl\w*|roast(?:ing)?|brew(?:ing)?"
    r"|churn\w*|ferment\w*|cuajar|amasar|hornear|tostar|elaborar|ordeñar|impast\w*|sforn\w*"
    r"|cagli\w*|tostare|accende|accendiamo|backen|kneten|rösten|brauen|käsen|angeheizt"
    r"|heizen|pétri\w*|cuire|fa(?:ire|isons) le pain|torréfi\w*|caill\w*|amass\w*|coalh\w*"
    r"|assar|torrar)\b"
)
# a fundraising page ("gofundme.com/f/…", "justgiving.com/…"): money raised for a cause
FUNDRAISER_PAGE = re.compile(
    r"(?i)\b(?:gofundme|justgiving|givealittle|mycause|everydayhero|donorbox|givebutter)\b"
)
# a cause named as who a run, a walk or a sale is for ("for Harbourlight Hospice", "for
# the local food bank", "in aid of St Anne's Hospice") (English)
_FOR_A_CAUSE = re.compile(
    r"\b(?:[Ff]or|in aid of|[Ss]upporting)\s+(?:the\s+)?(?:(?:[A-Z][\w'\u2019&.-]*|of|and)\s+){1,4}"
    r"(?:Hospice|Trust|Foundation|Charity|Appeal|Fund|Hospital|Rescue|Sanctuary|Society"
    r"|Food ?[Bb]ank)\b"
    r"|(?i:\b(?:for|in aid of|supporting)\s+(?:the\s+|our\s+|a\s+)?(?:local\s+)?"
    r"(?:hospice|food ?bank|children's hospital|cancer charity|homeless charity))\b"
)


# the seats of chairs and stools a maker mends ("three chairs waiting for new seats", "rush
# seats for two stools"): furniture, not places booked at an event (English)
_FURNITURE_SEATS = re.compile(
    r"(?i)\b(?:chairs?|stools?|benches|bench|sofas?|settees?)\b(?:\W+\w+){0,4}?\W+"
    r"(?:new |rush |cane |seagrass |leather |wooden |woven |padded |replacement )?seats?\b"
    r"|\b(?:new|rush|cane|seagrass|woven|padded|replacement|re-?caned)\s+seats?\b"
    r"(?=(?:\W+\w+){0,3}?\W+(?:chairs?|stools?|benches|bench|sofas?)\b)"
)
# a thing a business or a person lost ("we lost the lease on the studio", "lost our whole
# batch", "we lost power"): no death to mourn, whatever "we lost" says elsewhere (English)
_LOST_THING = re.compile(
    r"(?i)\b(?:we|i|we've|i've|we have|i have)\s+(?:just\s+)?lost\s+"
    r"(?:the\s+|our\s+|my\s+|a\s+|an\s+)?"
    r"(?:whole\s+|entire\s+|first\s+)?(?:[\w-]+\s+)?"
    r"(?:lease|contract|tender|funding|grant|power|electricity|signal|wifi|internet|batch"
    r"|harvest|crop|stock|order|booking|deposit|stall|pitch|match|game|final|toss|keys?"
    r"|data|files?|connection|bid|appeal|vote)s?\b"
)
# a thing that "died" stopped working ("the card machine died", "my phone has died on
# me", "the basil plant died"): no one died, whatever word tells a death
_DIED_THING = re.compile(
    r"(?i)(?:\b(?:the|our|my|a|an|his|her|their|unser|unsere|mein|meine|das|die|der|le|la"
    r"|les|mon|ma|notre|il|lo|mio|mia|nostro|nostra|el|mi|nuestro|nuestra|o|a|meu|minha"
    r"|nosso|nossa)|[\w-]+['\u2019]s)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:phone|smartphone|iphone|battery|batteries|laptop|computer|pc|printer|oven|fryer"
    r"|fridge|freezer|machine|till|card reader|reader|engine|car|van|boiler|heater"
    r"|dishwasher|grinder|mixer|kettle|camera|charger|tablet|ipad|router|wifi|tv|speaker"
    r"|drive|server|website|pump|motor|generator|bulb|scooter|plant|plants|basil|starter"
    r"|handy|akku|laptop|drucker|ofen|kühlschrank|auto|téléphone|portable|batterie"
    r"|ordinateur|four|frigo|voiture|plante|telefono|cellulare|batteria|forno|macchina"
    r"|pianta|teléfono|móvil|movil|celular|batería|horno|coche|planta|telefone|bateria"
    r"|computador|carro)s?"
    r"(?:\s+(?:has|have|just|finally|completely|totally|nearly|almost|ist|est|è|se|nos|ha|é))*"
    r"\s+(?:died|gestorben|mort|morte|morto|morta|murió|morreu)\b"
)
# the sea's rip ("surf at lower tide, less rip", "a strong rip", "rip currents") is a
# current, not "RIP"
_RIP_CURRENT = re.compile(
    r"(?i)\b(?:less|more|no|a|the|strong|big|bad|any|some|nasty)\s+rip\b|\brip\s*(?:currents?|tides?)\b"
)
# one who is "dying to try" a thing longs for it, and one who "died laughing", "nearly
# died" or says "I died when I saw this" is alive to tell it: no death
_LONGING = re.compile(
    r"(?i)\b(?:dying\s+(?:to|for)|muero\s+de\s+ganas|morro\s+de\s+vontade"
    r"|died\s+(?:laughing|of\s+laughter|of\s+embarrassment)"
    r"|(?:nearly|almost|practically|literally|basically)\s+died"
    r"|(?:i|we|we\s+all|you|you\s+all)\s+(?:just\s+)?died)\b"
)


def _unlost(text: str, language: str) -> str:
    """``text`` without the things lost or broken and the longings, which tell no death."""
    if language == "en":
        text = _RIP_CURRENT.sub(" ", _LOST_THING.sub(" ", text))
    return _LONGING.sub(" ", _DIED_THING.sub(" ", text))


# a view that goes on "for miles" is landscape, not a distance run or ridden
_EXPANSE = re.compile(
    r"(?i)\b(?:for|stretching|stretches|going on)\s+(?:miles|kilometres|kilometers)"
    r"(?:\s+and\s+(?:miles|kilometres|kilometers))?(?:\s+around)?\b"
)
# days counted at a price ("5 giorni a 190 €", "4 jours à 160 €", "4 días a 140 €", "4 days
# for £160"): a course's or a rental's length and its price, not a stay in a place
_PRICED_DAYS = re.compile(
    r"(?i)\b\d{1,2}\s+(?:days?|nights?|weeks?|días|noches|semanas|tage|nächte|wochen|jours"
    r"|nuits|semaines|dias|noites|giorni|notti|settimane)\s+(?:a|à|al|for|für|por|per|pour)"
    r"\s+(?=[$£€]|\d[\d.,\s]*(?:€|eur|euros?|\$|£|chf|r\$))"
)
# an age range says who a course or a camp is for ("ages 8 to 12", "de 7 a 12 años", "von 6
# bis 11 Jahren", "les 9-13 ans", "dos 6 aos 10 anos", "dai 7 ai 12 anni"): no years counted
_AGE_RANGE = re.compile(
    r"(?i)\b(?:ages?|aged|edades?|alter|âges?|idades?|età)\s+\d{1,2}\s?(?:[-\u2013]|to|a|bis|à|ai)\s?\d{1,2}\b"
    r"|\b(?:(?:de|von|dos|dai|dagli|des|from)\s+)?\d{1,2}\s?(?:[-\u2013]|to|a|bis|à|aos|ai|agli|al)\s?"
    r"\d{1,2}\s?(?:years?|yrs|años|ans|jahren?|anos|anni)\b"
)
# an age over or under a bound ("change ta batterie si elle a plus de 5 ans", "if it is
# more than 10 years old", "wenn er über 10 Jahre alt ist", "se ha più di 10 anni", "se
# tiver mais de 10 anos", "si tiene más de 10 años", "gratuit pour les moins de 12 ans"):
# a thing's or a person's age, no anniversary; a time a business has lasted ("depuis plus
# de 20 ans", "for more than 20 years", "seit über 30 Jahren", "over 20 years of baking")
# is left as it is
_AGE_BOUND = re.compile(
    r"(?i)\b(?:plus|moins|more|less|mehr|weniger|älter|jünger|più|meno|mais|menos|más)"
    r"\s+(?:de|than|als|di|que)\s+(?:\d{1,3}|[^\W\d_]+)\s?(?:years?|yrs|ans|jahre|jahren|anni"
    r"|anos|años)\b(?:\s+(?:old|alt)\b)?"
    r"|\b(?:over|under|über|unter)\s+(?:\d{1,3}|[^\W\d_]+)\s?(?:years?|yrs|jahre)\b(?:\s+(?:old|alt)\b)?"
)
# what makes such a bound a thing's or a person's age: "old" / "alt" / "de antigüedad"
# after it, or before it a clause of having or being so old ("si elle a", "s'il a", "if it
# is", "wenn er", "se ha", "se tem", "se tiver", "si tiene") or the people it bounds ("les
# moins de", "kids under", "für Kinder unter"); without one it is a time lasted ("Más de 40
# años sirviendo café", "Over 25 years ago", "mehr als 50 Jahre Tradition") and stays
_AGE_AFTER = re.compile(
    r"(?i)\s*(?:old|alt|de antig[üu]edad|d['\u2019]anciennit[ée]|di et[àa]|de idade)\b"
)
_AGE_BEFORE = re.compile(
    r"(?i)(?:\bsi\s+(?:elle|il|elles|ils|on)\s+(?:a|ont)|\bs['\u2019]ils?\s+(?:a|ont)"
    r"|\bif\s+(?:it|he|she|they|yours?|the\s+\w+)\s*(?:'s|\u2019s|is|are|'re|\u2019re|has|have)"
    r"(?:\s+been)?|\bwenn\s+(?:er|sie|es|der|die|das|ihr|dein|deine|euer|eure)\b[^.!?\n]{0,20}"
    r"|\bse\s+(?:ha|hanno|tem|t[êe]m|tiver|tiverem)|\bsi\s+(?:tiene|tienen|tienes)"
    r"|\bles|\bpour\s+les|\b(?:kids|children|child|people|anyone|ages?|aged|kinder|kindern"
    r"|ni[ñn]os|enfants|bambini|ragazzi|crian[çc]as|jugendliche)|\bf[üu]r\s+kinder)\s+$"
)


def _no_age(text: str) -> str:
    """``text`` with the ages over or under a bound (``_AGE_BOUND``) blanked out: only those
    an age cue (``_AGE_AFTER``, ``_AGE_BEFORE``) says are a thing's or a person's age."""

    def blank(m: re.Match[str]) -> str:
        said = m.group(0).lower()
        aged = said.endswith(("old", "alt")) or _AGE_AFTER.match(text, m.end())
        if not aged:
            aged = _AGE_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
        return " " * len(m.group(0)) if aged else m.group(0)

    return _AGE_BOUND.sub(blank, text)


# help said to be absent ("my first pull-up without help", "sin ayuda de nadie") is a
# feat, not a call for help: never a charity's cue
_UNAIDED = re.compile(
    r"(?i)\b(?:without (?:any )?help|sin (?:ninguna )?ayuda|ohne (?:jede )?hilfe"
    r"|sans (?:aucune )?aide|senza (?:nessun )?aiuto|sem (?:nenhuma )?ajuda)\b"
)


_TIME_TAKEN = re.compile(
    r"(?i)\b(?:in|en|em|under|sub|unter|sous|sotto|within|finished|time|tiempo|zeit|temps"
    r"|tempo|chrono|pb|pr)\s*:?\s*$"
)


# a span's first day or hour leads with its own word ("Vom 8. bis 20. Januar", "from 10am
# to 4pm", "del 8 al 20 de enero", "du 8 au 20 janvier", "dall'8 al 20 gennaio", "das 8h às
# 18h") and its last one follows its joining word ("bis", "to", "al", "au", "a", "às" …)
_SPAN_LEAD = (
    r"(?:\b(?:from|between|vom|von|del|de|desde|entre|du|dès|da|dal|dall['\u2019]|dalle|das"
    r"|dos)\s*)"
)
_SPAN_JOIN = (
    r"\s*(?:[\u2013-]|(?:to|till|until|through|thru|and|bis(?:\s+(?:zum|einschließlich))?"
    r"|al|alle|au|a|à|às|ao|aos|até|y|e|et|und|jusqu['\u2019]au)\b)\s*"
    r"(?:(?:the|el|le|il|o|zum|dem)\s+)?"
)
# a weekday after one of these small words is a day ("Am Samstag", "On Friday", "Ce
# samedi"), not the second word of a name ("Black Friday")
_DAY_LEAD = re.compile(
    r"(?i)\b(?:am|an|ab|bis|seit|jeden|diesen|nächsten|kommenden|on|this|next|every|by|until"
    r"|from|since|el|este|próximo|cada|desde|hasta|le|ce|dès|depuis|chaque|prochain|no|na"
    r"|neste|nesta|próxima|até|a|o|il|questo|questa|ogni|da|dal|entro|fino|vom|von)\s$"
)


def _when(text: str, lex: Lexicon) -> str | None:
    """The first date/time phrase: weekday, day and month, clock time, as written; a span
    whole ("Vom 8. bis 20. Januar", "from 10am to 4pm", "das 8h às 18h")."""
    months = "|".join(sorted(lex.months, key=len, reverse=True))
    days = "|".join(sorted(lex.weekdays, key=len, reverse=True))
    weekday = rf"(?:(?:{days}),?\s+)"
    # (never an amount's figures: "£89 until Sunday 30 November" starts on Sunday)
    number = r"(?<![\d£$€.,:/])\d{1,2}(?:st|nd|rd|th|er|º|ª|\.)?"
    month = rf"(?:(?:de\s+|of\s+)?(?:{months})\b)"
    date = (
        r"\b(?:"
        # a span of days: "Vom 8. bis 20. Januar", "du 28 mars au 3 avril", "from Friday 8
        # to Sunday 10 May", "8-20 January"
        rf"(?:{_SPAN_LEAD}(?:the\s+)?)?{weekday}?{number}(?:\s+{month})?{_SPAN_JOIN}{weekday}?"
        rf"{number}\s+{month}"
        # one day: "Samstag, 12. Oktober", "12 de octubre"
        rf"|{weekday}?{number}\s+{month}"
        # the month first: "from January 8 to 20", "May 3rd"
        rf"|(?:{_SPAN_LEAD})?(?:{months})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
        rf"(?:{_SPAN_JOIN}(?:(?:{months})\.?\s+)?\d{{1,2}}(?:st|nd|rd|th)?\b)?"
        rf"|(?:{days})\b)"
    )
    time = r"\d{1,2}(?::\d{2}|[.h]\d{2})?"
    unit = r"(?:am|pm|a\.m\.|p\.m\.|h|hs|uhr)"
    # (an hour's word closes a span of hours only: "de 10 a 14 horas", never "2 horas")
    last = r"(?:am|pm|a\.m\.|p\.m\.|h|hs|uhr|horas|heures|ore|hrs|hours)"
    clock = (
        # a span of hours: "from 10am to 4pm", "von 10 bis 18 Uhr", "das 8h às 18h",
        # "de 10 a 14 h", "10-16 Uhr", and Italian's hours that need no unit ("dalle 10
        # alle 18")
        rf"{_SPAN_LEAD}?\b{time}\s?{unit}?{_SPAN_JOIN}(?:{time}\s?{last}(?!\w)|\d{{1,2}}:\d{{2}}\b)"
        rf"|\b(?:dalle|dall['\u2019])\s*{time}\s+alle\s+{time}\b"
        rf"|\b{time}\s?{unit}(?!\w)|\b\d{{1,2}}:\d{{2}}\b"
    )
    found: list[tuple[int, str]] = []
    # opening days are no date: "de martes a domingo", "du mardi au dimanche", "Tuesday to
    # Sunday", "von Montag bis Freitag", "da lunedì a venerdì", "Mon-Fri"
    ranges = [
        m.span()
        for m in rx(
            rf"\b(?:{days})\s*(?:[\u2013-]|to|till|until|through|thru|a|al|au|à|bis|alle|ao)\s*"
            rf"(?:{days})\b",
            re.IGNORECASE,
        ).finditer(text)
    ]
    # a weekday inside a name is no date ("Black Friday", "Good Friday")
    day = next(
        (
            m
            for m in rx(date, re.IGNORECASE).finditer(text)
            if not any(a <= m.start() < b for a, b in ranges)
            if not rx(r"(?<![.!?:]\s)\b[A-Z]\w+\s$").search(text[: m.start()])
            or not m.group(0)[:1].isupper()
            or _DAY_LEAD.search(text[: m.start()])
        ),
        None,
    )
    if day:
        found.append((day.start(), day.group(0).strip()))
    # a clock time belongs to the date only when it starts next to it (a span of hours may
    # run on: "Samedi 12 octobre, on fête nos dix ans ! De 10h à 18h")
    near = text[day.end() : day.end() + 60] if day else text
    # a time taken is no hour to come at: "my first half marathon in 1:58", "sub 3:30",
    # "en 3h45", "in 1:58 gelaufen"
    hour = next(
        (
            m
            for m in rx(clock, re.IGNORECASE).finditer(near)
            if not _TIME_TAKEN.search(near[: m.start()])
            if not day or m.start() < 30
        ),
        None,
    )
    at = day.end() if day else 0
    if day and hour is None:
        # or when it opens the next sentence ("Am Samstag, 12. Oktober, feiern wir zehn
        # Jahre …! Ab 10 Uhr gibt es Kaffee", "… on Saturday 12 April. From 10am, …")
        stop = rx(r"[.!?]+\s+").search(text, day.end())
        if stop:
            at = stop.end()
            hour = next(
                (
                    m
                    for m in rx(clock, re.IGNORECASE).finditer(text[at : at + 60])
                    if m.start() <= 14
                ),
                None,
            )
    if hour:
        found.append((at + hour.start(), hour.group(0).strip()))
    if not found:
        for phrase in lex.relative_days:
            match = rx(rf"(?<!\w){re.escape(phrase)}(?!\w)", re.IGNORECASE).search(text)
            if match and phrase not in ("today", "hoy", "heute", "aujourd'hui", "hoje", "oggi"):
                found.append((match.start(), match.group(0)))
                break
    if not found:
        return None
    found.sort()
    parts = [p for _, p in found]
    return ", ".join(parts[:2])


# a price in a listed thing ("25 DH", "£12", "3,50 €"), its currency's sign or code
_PRICED_PIECE = re.compile(
    r"\d\s?[€$£₹₦₵₺₽¥₩₱฿₫]|[€$£₹₦₵₺₽¥₩₱฿₫]\s?\d|R\$\s?\d"
    rf"|(?i:{PRICE_CODED.pattern.removeprefix('(?i)')})"
)


def _items(sentences: list[str], lines: list[str], lex: Lexicon) -> tuple[list[str], str | None]:
    """The things a post lists (bullet lines, or "a, b and c" after a colon or alone),
    and what they are when a short head before the colon says so ("Três cores")."""
    bullets = [_BULLET.sub("", ln).strip(" .;") for ln in lines if _BULLET.match(ln)]
    if len(bullets) >= 3:
        return [b for b in bullets if b][:6], None
    conj = "|".join(
        re.escape(c) for c in sorted(lex.list_and - {"&"}, key=len, reverse=True)
    )  # "Salt & Stone" is one name
    best: list[str] = []
    label: str | None = None
    for sentence in sentences:
        has_colon = ": " in sentence
        head = sentence.split(": ", 1)[0] if has_colon else ""
        part = sentence.split(": ", 1)[1] if has_colon else sentence
        pieces = [
            p.strip(" .!?") for p in rx(rf",\s+(?:(?:{conj})\s+)?|\s+(?:{conj})\s+").split(part)
        ]
        pieces = [p for p in pieces if p]
        joined = len(pieces) >= 3 and rx(
            rf"{re.escape(pieces[-2])}\s+(?:{conj})\s+{re.escape(pieces[-1])}"
        ).search(part)
        if (
            joined
            and all(_PRICED_PIECE.search(p) for p in [*pieces[:-2], pieces[-1]])
            and not _PRICED_PIECE.search(pieces[-2])
        ):
            # "le bol 25 DH, la formule avec msemen et thé à la menthe 40 DH": the last
            # "and" joins one priced thing, whose price is the whole item's, never two
            pieces = [*pieces[:-2], joined.group(0)]
        if len(pieces) < 3:
            continue
        if not has_colon and part.count(",") < 2:
            continue
        if any(p.count("(") != p.count(")") for p in pieces):
            continue  # a list inside brackets is a detail, not the post's list
        good = [p for p in pieces if _is_item(p, lex)]
        if len(good) == len(pieces) and len(good) > len(best):
            best = good
            words = head.split()
            label = (
                head.strip()
                if 1 <= len(words) <= 3 and any(w.lower() in lex.number_words for w in words)
                else None
            )
    return best[:6], label


def _is_item(piece: str, lex: Lexicon) -> bool:
    words = piece.split()
    if not 1 <= len(words) <= 5:
        return False
    if _PRICE_ONLY.match(piece.strip()):
        # "…, salada, 9,50 €", "…, £12.50 today at …": what it all costs, never a thing
        return False
    lower = [w.lower() for w in words]
    verbs = {
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "will",
        "es",
        "son",
        "est",
        "sont",
        "ist",
        "sind",
        "é",
        "são",
        "è",
        "sono",
        "i",
        "we",
        "je",
        "ich",
        "yo",
    }
    return not any(w in verbs for w in lower)


# a numbered list run on after a heading's word: "1." after a space, then "2." and "3."
_RUN_ON_LIST = re.compile(r"(?s)(?<=\S)\s+1\.\s(?=.*?\s2\.\s.*?\s3\.(?:\s|$))")


def _scores(
    tokens: list[tuple[str, ...]], text: str, opening: str, lex: Lexicon
) -> tuple[dict[str, float], dict[str, dict[str, float]]]:
    """Per intent: a score and the cues found.

    A cue in the opening sentence counts half as much again (a post says what it is
    for first); beyond the strongest two, cues add less and less, so a long list of
    dishes at a market does not outvote the one word that says "event".
    """
    first = [forms(t, lex.language) for t in tokens_of(opening)]
    # a dish's name claims its words ("carne de sol", "lingue di gatto", "hot dogs"): only
    # the food cues read them, no other intent hears the sun, the cat or the dog
    unclaimed_text, unclaimed_opening = _without_dishes(text, lex), _without_dishes(opening, lex)
    unclaimed, unclaimed_first = tokens, first
    written = len(tokens_of(text))
    if unclaimed_text != text and len(tokens) >= written:
        unclaimed = [forms(t, lex.language) for t in tokens_of(unclaimed_text)]
        unclaimed += tokens[written:]
    if unclaimed_opening != opening:
        unclaimed_first = [forms(t, lex.language) for t in tokens_of(unclaimed_opening)]
    scores: dict[str, float] = {}
    matched: dict[str, dict[str, float]] = {}
    for intent in INTENTS:
        cues = lex.intents[intent]
        if intent == "food":
            found = cues.matches(tokens, text)
            early = cues.matches(first, opening.lower()) if found else {}
        else:
            found = cues.matches(unclaimed, unclaimed_text)
            early = cues.matches(unclaimed_first, unclaimed_opening.lower()) if found else {}
        matched[intent] = found
        scores[intent] = _summed(found, early)
    return scores, matched


def _summed(found: dict[str, float], early: dict[str, float] | set[str]) -> float:
    """The score of the cues ``found``: those ``early`` (in the opening) count half as
    much again, and beyond the strongest two each adds less."""
    weighted = sorted((w * (1.5 if e in early else 1.0) for e, w in found.items()), reverse=True)
    return sum(w * (1.0, 0.6)[i] if i < 2 else w * 0.35 for i, w in enumerate(weighted))


# a run of capitalised words, with the little words a town's name may hold between them
# ("Bad Dürkheim", "Puerto de la Cruz", "Garden Grove", "Frankfurt am Main")
_CAPITALISED_RUN = re.compile(
    r"(?<![\w'\u2019-])[A-ZÀ-ÖØ-Þ][\w'\u2019-]*(?:[ \t]+"
    r"(?:(?:de|del|la|las|los|el|di|da|do|dos|das|des|du|le|les|am|an|im|in|ob|der|upon|on"
    r"|sur|sul|en)[ \t]+)*[A-ZÀ-ÖØ-Þ][\w'\u2019-]*)+"
)


def _without_towns(text: str) -> str:
    """``text`` with the names of two words or more the gazetteer knows blanked: a word
    of a town's name is no topic ("Bad" of "Bad Tölz" no bathroom, "Garden Grove" no
    garden)."""
    towns = gazetteer("en").towns  # one set for every language
    out = text
    for run in _CAPITALISED_RUN.finditer(text):
        words = list(re.finditer(r"\S+", run.group(0)))
        for i in range(len(words) - 1):
            for j in range(len(words), i + 1, -1):
                name = run.group(0)[words[i].start() : words[j - 1].end()]
                if name in towns:
                    start, end = run.start() + words[i].start(), run.start() + words[j - 1].end()
                    out = out[:start] + " " * (end - start) + out[end:]
                    break
    return out


def _without_dishes(text: str, lex: Lexicon) -> str:
    """``text`` with the words dishes claim blanked ("carne de *sol*")."""
    out = text
    for dish in dishes_in(text, lex.language):
        out = out[: dish.claim_start] + " " * (dish.end - dish.claim_start) + out[dish.end :]
    return out


_PRIORITY = (
    "hiring",
    "charity",
    "sale",
    "product_launch",
    "event",
    "milestone",
    "thank_you",
    "tip",
    "behind_the_scenes",
    "pets",
    "fitness",
    "food",
    "travel",
    "fashion_beauty",
    "home",
    "everyday",
)


_YEARS = re.compile(
    r"\b\d+\s?(?:years?|yrs|años|ans|jahre|jahren|anos|anni)\b(?![- ]old)", re.IGNORECASE
)
# the years since the account opened or was founded, said in one sentence ("Ten years ago
# today we opened the shop", "Dix ans aujourd'hui que la boutique a ouvert", "Hoy hace diez
# años que abrimos", "Heute vor zehn Jahren haben wir den Laden aufgemacht")
_COUNT = (
    r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
    r"|twenty|thirty|forty|fifty|un|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez"
    r"|quince|veinte|treinta|cuarenta|cincuenta|deux|trois|quatre|cinq|sept|huit|neuf|dix"
    r"|quinze|vingt|trente|quarante|cinquante|ein|einem|zwei|drei|vier|fünf|sechs|sieben"
    r"|acht|neun|zehn|fünfzehn|zwanzig|dreißig|vierzig|fünfzig|um|dois|três|quatro|sete"
    r"|oito|nove|dez|vinte|trinta|quarenta|due|tre|quattro|cinque|sei|sette|otto|dieci"
    r"|quindici|venti|quaranta|once|doce|trece|catorce|onze|douze|treize|quatorze|elf|zwölf"
    r"|dreizehn|vierzehn|doze|treze|undici|dodici|tredici|quattordici)"
)
_YEAR_COUNT = _COUNT + r"\s+(?:years?|años|ans|jahren?|anos|anni)"
# the time building works took ("trois ans de chantier", "two years of renovation", "dos
# años de obras", "zwei Jahre Baustelle"): how long the home took to make, no anniversary
_WORKS_TIME = re.compile(
    rf"(?i)\b{_COUNT}\s+(?:years?|months?|ans|mois|años|meses|anos|anni|mesi|jahren?|monate[n]?)"
    r"\s+(?:of\s+|de\s+|di\s+|d[ei]\s+)?(?:renovations?|renovating|building\s+works?"
    r"|travaux|chantier|rénovation|obras|reformas?|lavori|ristrutturazione|cantiere"
    r"|baustelle|umbau|renovierung|sanierung)\b"
    # (social works are a cause: "diez años de obras sociales")
    r"(?!\s+(?:sociales|sociais|sociali|sociaux|caritativ\w*|benéfic\w*))"
)
# how long a business has done what it does ("facciamo calze da 61 anni", "on brasse depuis
# 20 ans", "seit 30 Jahren", "desde hace 15 años", "for 25 years"): its standing, which a
# post announcing something else (a collection, a market) gives as background
_STANDING = re.compile(
    rf"(?i)\b(?:da|depuis|seit|desde\s+hace|for)\s+{_COUNT}\s+(?:years?|ans|jahren|años|anni)\b"
)
_STANDING_SENTENCE = re.compile(
    rf"[^.!?\n]*\b(?:da|depuis|seit|desde\s+hace|for)\s+{_COUNT}\s+(?:years?|ans|jahren|años"
    r"|anni)\b[^.!?\n]*",
    re.IGNORECASE,
)
_OPENING_VERB = (
    r"(?:opened|founded|started|abrimos|abri[óo]|abrieron|fundamos|fund[óo]|ouvert|ouvrions"
    r"|fond[ée]e?|eröffnet|aufgemacht|gegründet|abriram|fundámos|fundou|aperto|aprivamo"
    r"|fondato|fondata)"
)
_OPENED_AGO = re.compile(
    rf"(?i)\b{_YEAR_COUNT}\b[^.!?\n]{{0,60}}?\b{_OPENING_VERB}\b"
    rf"|\b{_OPENING_VERB}\b[^.!?\n]{{0,40}}?\b{_YEAR_COUNT}\s+(?:ago|fa)\b"
)
# an age reached ("turns 5", "wird 3", "90 geworden", "fête ses 10 ans", "compie 20 anni",
# "1 year old")
_TURNS = re.compile(
    r"(?i)\b(?:turns?|turned|turning|cumple|cumplimos|wird|werden|fête ses|fêtons nos|faz|fazemos"
    r"|compie|compiamo)\s+\d{1,3}\b(?![.,:]\d|\s?(?:%|€|\$|h\b|km|kg|min|uhr|días|tage|jours|dias|giorni))"
    # (things turned by the dozen are work: "turning 60 wheels", "turned 200 pots")
    r"(?!\s+(?!years\b|this\b|plus\b|thus\b|always\b|perhaps\b)[a-z]{3,}s\b)"
    # ("a 2 yr old rescue" describes; it counts no age reached)
    r"|(?<!\ba\s)(?<!\ban\s)(?<!\bit's\s)(?<!\bit\sis\s)(?<!\bit\swas\s)(?<!\bwhich\sis\s)"
    r"\b\d{1,3}\s?(?:years?|yrs?)\s+old\b"
    # (a thing's age: "40 years old and it fits", "it's 100 years old", "60 years old,
    # still runs": "it" is no one whose birthday it is; a business still at it is one whose
    # years they are: "our shop is 10 years old and still going strong", "still here")
    r"(?!\s*,?\s*(?:and\s+|but\s+)?(?:it\b|still\b(?!\s+(?:here|open|standing|trading"
    r"|in business|(?!running\b|working\b)[a-z]+ing)\b)))"
    # a German age reached, the number before its verb ("ist am Samstag 90 geworden")
    r"|\b\d{1,3}\s+(?:jahre\s+(?:alt\s+)?)?geworden\b"
    # an English age in words ("Biscuit turns seven today", "we turned two")
    r"|\b(?:turns?|turned|turning)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred)\b"
    # the years in words after a verb of turning or celebrating, in the other languages:
    # "compie quindici anni", "festeggia trent'anni", "fête ses douze ans", "feiert
    # zwanzig Jahre", "cumple quince años", "faz trinta anos" (the years word is needed:
    # "wird in zwei Jahren fertig" counts no age)
    r"|\b(?:compi(?:e|ono|amo)|festeggi(?:a|ano|amo)|fête|fêtent|fêtons|souffle|soufflons"
    r"|feier(?:t|n)|wird|werden|cumpl(?:e|en|imos)|celebr(?:a|an|amos)|faz|fazem|fazemos"
    r"|complet(?:a|am|amos))\s+(?:(?:ses|nos|leurs|i|gli|die|unsere|seine|ihre|sus|nuestros"
    r"|os|seus|nossos)\s+)?(?:\d{1,3}|[^\W\d_]{3,}(?:-[^\W\d_]+)*)[\s'\u2019]?"
    r"(?:ans|anni|jahre|años|anos)\b"
)
# what is raised goes to a cause: the post is for that cause, whatever it organises
_PROCEEDS = re.compile(
    r"(?i)\b(?:all (?:the )?proceeds|every penny (?:raised|goes)|all (?:the )?money raised"
    r"|(?:todo lo|toda la) recaudad[oa]"
    r"|todos los beneficios|der (?:gesamte|komplette) erlös|alle (?:einnahmen|erlöse)"
    r"|(?:tous les|l'intégralité des) (?:bénéfices|dons)|tout l'argent récolté"
    r"|(?:toda a|todo o) (?:renda|valor arrecadado|lucro)|tutto il ricavato"
    r"|l'intero ricavato)\b"
)
# a shelter named as who a run, a sale or a dinner is for ("Run for the Shelter", "Lauf
# fürs Tierheim", "Corri per il Gattile", "va à la protectora"): a cause, not an animal
_FOR_A_SHELTER = re.compile(
    r"(?i)\b(?:for|für|fürs|pour|per|para|pelo|pela|goes to|go to|geht an|gehen an|va a|van a"
    r"|vont à|vont au|va au|vai para|vão para|va al|va alla|vanno al)\s+(?:the |das |den |le |la |"
    r"l'|il |el |o |a |al |au |ao |à |local |our |unser(?:e|en)? |notre |nuestra |nostro )*"
    r"(?:animal |dog |cat |pet )?(?:shelter|rescue|tierheim|tierschutzverein|refuge|spa\b"
    r"|canile|gattile|rifugio|protectora|perrera|albergue|abrigo|canil|gatil)"
)
# a post that sells, books or signs people up speaks for a business
_BUSINESS = re.compile(
    r"(?i)\b(?:link in bio|sign up|book (?:now|your|a)|spots|tickets|enlace en la bio|"
    r"lien en bio|link in der bio|link na bio|link in bio|\.com|\.de|\.fr|\.es|\.it)\b"
)
_AT_PLACE = re.compile(r"\b(?:at|chez|bei|beim)\s+(?:The\s+|Le\s+|La\s+)?[A-Z]")
_ADOPTED = re.compile(
    r"(?i)\b(?:went home|was adopted|got adopted|found (?:a|her|his|their) (?:forever )?home|"
    r"gotcha day|ya tiene (?:familia|hogar)|"
    # gone home with a family: "foi para casa com a família Ribeiro", "ha trovato casa"
    r"foi para casa com|(?:ganhou|encontrou) (?:uma )?família|já tem (?:família|casa|lar)|"
    r"se fue (?:a casa )?con su nueva familia|se fue a casa con|encontró (?:familia|hogar)|"
    r"ha trovato (?:casa|famiglia)|è andat[oa] a casa con|"
    r"partie? avec sa nouvelle famille|a trouvé sa famille|"
    r"zu (?:seiner|ihrer) neuen familie|hat (?:seine|ihre) familie gefunden|"
    r"fue adoptad[oa]|a trouvé (?:une famille|un foyer)|"
    r"hat ein zuhause gefunden|wurde adoptiert|foi adotad[oa]|è stat[oa] adottat[oa]|"
    # a pet that came home ("hace un año que Medialuna llegó a casa", "a year since Biscuit
    # came home", "è arrivata a casa un anno fa"): a pet of the house, asked for no home
    r"lleg[óo] a (?:casa|nuestra casa|mi casa)|\b(?:came|come|arrived) home\b|"
    r"chegou (?:a|em|lá em) casa|arrivée? (?:à la maison|chez nous)|"
    r"arrivat[oa] (?:a casa|da noi)|(?:zu uns|nach hause) gekommen|"
    # a pet that has lived with its people for a while needs no home
    r"(?:has|have) been (?:with us|home|ours) for|(?:ist|sind) (?:jetzt |nun |schon )?seit "
    r"\w+ (?:jahr|jahren|monat|monaten|wochen) bei uns|lleva \w+ (?:año|años|meses) con nosotros|"
    r"est avec nous depuis|está conosco há|è con noi da|"
    # "has been with us one year today", "our little rescue greyhound": a pet of the house
    r"(?:has|have|'s|'ve) been (?:with us|with me|home|ours|mine)\b|"
    r"\b(?:our|my) (?:\w+ ){0,2}rescue (?:dog|cat|pup|puppy|kitten|greyhound|bunny|rabbit)|"
    # "She's a 2 yr old rescue from the SPCA", "Pickles is a rescue from the shelter": a
    # rescue told as what the pet is, not asked for (an appeal says it needs a home)
    r"(?:\bis|'s|\u2019s|\bwas) an? (?:[\w-]+ ){0,4}?rescue\b(?! (?:centre|center|mission|team))|"
    r"(?:vive|está) con nosotros desde|lebt (?:jetzt |schon )?seit \w+ \w+ bei uns|"
    r"(?:vit|est) chez nous depuis|vive con noi da|vive conosco há|"
    # "the tabby we adopted from the shelter last spring", "el gato que adoptamos", "que
    # nous avons adopté", "den wir adoptiert haben", "che abbiamo adottato", "que adotámos":
    # a pet's story told after its adoption
    r"(?:we|i|they) (?:\w+ )?adopted|(?:we've|i've|we have|i have) (?:\w+ )?adopted|"
    r"adoptamos|adopté\b|adoptaron|hemos adoptado|he adoptado|"
    r"(?:avons|ai|ont) (?:\w+ )?adopté|"
    r"adoptiert (?:haben|hat|habe)\b|(?:haben|habe) (?:\w+ ){0,3}adoptiert\b|"
    r"(?:abbiamo|ho|hanno) (?:\w+ )?adottat[oaie]|"
    r"adotámos|adotei|adotaram|(?:temos|tenho) adotado|"
    # the speakers' own pet, called adopted ("nossa vira-lata adotada domingo", "nuestra
    # perrita adoptada en la feria", "our newly adopted greyhound", "unser adoptierter
    # Kater", "notre chienne adoptée", "la nostra gatta adottata") or their new rescue
    r"\b(?:our|my|nuestr[oa]s?|mis?|noss[oa]s?|meus?|minhas?|notre|nos|mon|ma|mes"
    r"|(?:il|la|i|le) (?:nostr[oaie]|mi[oa]|miei|mie)|unser\w*|mein\w*)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:(?:newly|recently|just|recién|recém|appena|frisch) ?-?)?"
    r"(?:adopted|adoptad[oa]s?|adotad[oa]s?|adoptée?s?|adottat[oaie]|adoptiert\w*)\b|"
    r"\b(?:our|my) (?:new |newest )?rescue\b)"
)
# a thing a pet has taken over ("the cat has already adopted it", "le chat l'a déjà
# adopté", "die Katze hat es sofort adoptiert", "el gato ya lo adoptó", "il gatto l'ha già
# adottato", "o gato já o adotou"): a sofa or a rug, no adoption and no pet's cue
_ADOPTED_THING = re.compile(
    r"(?i)\b(?:has|'s) (?:already |instantly |immediately |officially )?adopted (?:it|them)\b"
    r"|\bl['\u2019]a (?:déjà |aussitôt |tout de suite |officiellement )?adopté(?:e|s|es)?\b"
    r"|\bhat (?:es|ihn|sie) (?:schon |sofort |gleich |bereits )?adoptiert\b"
    r"|\b(?:ya )?(?:lo|la|los|las) (?:ha )?adopt(?:ó|ado)\b"
    r"|\bl['\u2019]ha (?:già |subito )?adottat[oa]\b"
    r"|\b(?:já )?(?:o|a) adotou\b"
)
# a pet the writer calls their own ("my dog", "il mio cane", "mi gata", "mon chien",
# "meu cão", "mein Hund"; a family's "our cat") has a home, wherever it came from ("rescued
# from the shelter three years ago"); a shelter's own asks say otherwise (below)
_OWN_PET = re.compile(
    r"(?i)\b(?:my|our|mi|nuestr[oa]|mon|ma|notre|meu|minha|noss[oa]|(?:il|la) (?:mio|mia|nostr[oa])"
    r"|mein\w*|unser\w*)\s+(?:[^\W\d_]+\s+){0,2}?(?:dog|pup|puppy|cat|kitten|bunny|rabbit"
    r"|perr[oa]|cachorr[oa]|gat[oa]|chien(?:ne)?|chiot|chat(?:te)?|cão|cadela|cane|cagnolin[oa]"
    r"|gatt[oa]|gattin[oa]|hund|hündin|kater|katze|coniglio|conej[oa]|lapin|coelho)\b"
    # or by name, as only its own person would ("il mio Rocky", "mi Lola", "mein Bruno")
    r"|\b(?i:my|mi|mon|ma|meu|minha|(?:il|la) mi[oa]|mein|meine)\s+[A-ZÀ-Ý][a-zà-ÿ]+\b"
)
# what only a pet still waiting for a home says: it outweighs any happy ending above
_SEEKING = re.compile(
    r"(?i)needs? a (?:forever )?home|looking for (?:a|her|his|their) (?:forever )?home|"
    r"(?:up|ready|available) for adoption|busca (?:un )?(?:hogar|familia)|en adopción|"
    r"sucht (?:ein|sein|ihr) zuhause|zuhause gesucht|cherche (?:une famille|un foyer)|"
    r"à l'adoption|cerca (?:casa|una famiglia)|in adozione|procura (?:um lar|uma família)|"
    r"para adoção"
)
# an ask to give ("Please donate", "Bitte spendet", "Faites un don", "Doem"): a shelter's
# appeal for blankets asks for gifts, not for a home, unless it speaks of adopting
_GIVE_ASK = re.compile(
    r"(?i)\b(?:donate|donations?|spende\w*|spendet|donad|donen|dona|donaci\w*|faites un don"
    r"|donnez|doem|doe|doações|doação|donazion\w*)\b"
)
_ADOPT_WORD = re.compile(r"(?i)\badop\w*|\badot\w*|\badott\w*")
# a post that opens asking to adopt ("Adopt Juno!", "Adopta a Lola", "Adoptá", "Adoptez
# Praline", "Adote a Canela", "Adottate Briciola")
ADOPT_OPENING = re.compile(
    r"\W*(?:adopt|adopta|adoptá|adoptad|adoptez|adoptiert|adote|adotem|adottate|adotta)\b",
    re.IGNORECASE,
)
_THANKS = _split("""thanks thank gracias merci danke obrigado obrigada valeu grazie dankeschön""")
_COUNTED = re.compile(
    r"\s*(?:\d+|three|four|five|six|seven|ten|tres|cuatro|cinco|trois|quatre|cinq|drei|vier|fünf"
    r"|três|quatro|cinco|tre|quattro|cinque)\s+(?:ways|tips|steps|things|mistakes|reasons|rules"
    r"|consejos|trucos|pasos|errores|astuces|trucs|conseils|étapes|erreurs|tipps|tricks|schritte"
    r"|fehler|dicas|truques|passos|erros|consigli|trucchi|passi|errori|dritte|accorgimenti"
    r"|kniffe|macetes)\b",
    re.IGNORECASE,
)
# a topic's heading before a colon ("catene da neve:", "Schneeketten:")
_LABEL = re.compile(r"\W*[^\W\d][^:\n.!?]{0,40}:\s*")
# from when or where on the web a thing is sold ("ab Montag, 1. Februar im Laden", "from
# Friday in the shop", "desde el lunes", "dès lundi", "da lunedì", "a partir de segunda",
# "auf senfmuehle-grashuepfer.de"): a shelf alone ("new linen shirts in the shop") says
# no launch day
_WEEKDAY = (
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|montag|dienstag|mittwoch|donnerstag|freitag"
    r"|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lundi|mardi"
    r"|mercredi|jeudi|vendredi|samedi|dimanche|lunedì|martedì|mercoledì|giovedì|venerdì"
    r"|sabato|domenica|segunda|terça|quarta|quinta|sexta"
)
_ON_SALE = re.compile(
    r"(?i)\b(?:from|ab|dès|desde|a partir de|a partir do|da|dal)\s+(?:(?:el|le|il|la|this"
    r"|next|diesem|kommenden?)\s+)?(?:" + _WEEKDAY + r"|tomorrow|morgen|mañana|demain|domani"
    r"|amanhã|today|heute|hoy|aujourd'hui|oggi|hoje)\b"
    r"|\b[\w-]+\.(?:de|com|co\.uk|uk|es|fr|it|pt|com\.br|at|ch|shop|store)\b"
)
_NEW_THING = re.compile(
    r"\W*(?:new|brand new|introducing|meet the new|nuev[oa]s?|neu|neue[rsn]?|nouve(?:aux?|lles?)"
    r"|nouvel|nuov[oaie]|nov[oa]s?)\b",
    re.IGNORECASE,
)
# a holiday whose name "new" begins ("New Year's Eve", "Año Nuevo" aside: "Nuevo Año")
_NEW_HOLIDAY = re.compile(
    r"\s+(?:years?|year['\u2019]s|año|jahr|anno|ano)\b|(?<=\bnouvel)\s+an\b", re.IGNORECASE
)


# the forms the named thing's launch never read (its tests keep "nuove borse «Posillipo»" a
# bag, no launch): only a new thing priced reads them
_PRICED_FORMS = frozenset({"neu", "nouveaux", "nouvel", "nuove", "nuovi"})


def _opens_new(opening: str, *, every_form: bool = True) -> bool:
    """Whether ``opening`` begins with a word for new (``_NEW_THING``; ``every_form``
    false: not one of ``_PRICED_FORMS`` nor after a sign) that calls a thing new, not one
    that begins a place's name ("New York", "Nova Scotia", "New Zealand", "Nuevo León")
    or a holiday's ("New Year's Eve")."""
    found = _NEW_THING.match(opening)
    if found is None:
        return False
    if _NEW_HOLIDAY.match(opening, found.end()):
        return False
    towns = gazetteer("en").towns
    said = re.sub(r"^\W+", "", found.group(0))
    lead = found.group(0)[: len(found.group(0)) - len(said)]
    if not every_form and (said.lower() in _PRICED_FORMS or lead.strip()):
        return False
    words = opening[found.end() :].split()[:3]
    for count in range(1, len(words) + 1):
        following = [w.strip(".,;:!?)\"'«»") for w in words[:count]]
        if not all(w[:1].isupper() for w in following):
            break
        if " ".join([said, *following]) in towns:
            return False
    return True


def _named_thing(name: str, opening: str) -> bool:
    """Whether ``name`` is what the opening calls new, not where it comes from ("empanadas
    como las de Chile", "made in Biella")."""
    at = opening.find(name)
    if at < 0:
        return False
    before = opening[:at].split()[-1:] if opening[:at].strip() else []
    return not before or before[0].lower() not in _FROM_WORDS


_FROM_WORDS = _split("""de di da of from von du des del in en em a à au im bei at""")
_WELCOME = re.compile(
    r"(?i)welcome to the team|please welcome|say hello to our new|wir begrüßen|herzlich willkommen"
    r"|willkommen im team|bienvenue à|bienvenue dans l'équipe|damos la bienvenida|bienvenid[oa] al"
    r" equipo|diamo il benvenuto|benvenut[oa] nel team|damos as boas-vindas|bem-vind[oa] à equipe"
)
_APPLY = re.compile(
    r"(?i)\bapply|\bcv\b|bewerb|lebenslauf|candidat|curriculum|postula|we're hiring|wir suchen"
)
# a post that opens behind the scenes shows the making: the new collection it was shot
# for is its occasion, not its news
_BACKSTAGE = re.compile(
    r"\s*(?:behind the scenes|bts\b|backstage|making of|dietro le quinte|en coulisses|"
    r"dans les coulisses|coulisses|detrás de cámaras|detrás de las cámaras|entre bastidores|"
    r"tras bambalinas|bastidores|por trás das câmeras|por detrás das câmaras|"
    r"hinter den kulissen"
    # how a thing comes to be, from the making's own side ("Como nasce uma mala …", "So
    # entsteht ein Korb", "Comment naît un panier", "How each bowl is made")
    r"|how (?:a|an|our|each|every|one) (?:\w+ ){1,3}(?:is|are|gets|get) made|how we make"
    r"|como nascem?|así nacen?|cómo nacen?|así se hacen?|así hacemos|assim se faz"
    r"|so entstehen?|wie entstehen?"
    r"|comment naissent|comment naît|come nascono|come nasce"
    # the day's work where it is made ("heute im Zuschnitt:", "hoy en el taller", "oggi
    # in laboratorio", "aujourd'hui à l'atelier", "hoje na oficina"): the making's side
    r"|(?:today|this week) (?:in|at|on) the (?:workshop|workbench|bakehouse|roastery)"
    r"|heute (?:in der|im|auf der) (?:werkstatt|zuschnitt|backstube|manufaktur|werkbank"
    r"|rösterei|schreinerei|tischlerei|näherei)"
    r"|hoy en el (?:taller|obrador)|aujourd'hui (?:à l'atelier|au fournil|au labo)"
    r"|oggi in (?:laboratorio|bottega|officina|sartoria)|hoje na (?:oficina|fábrica)"
    r"|hoje no ateliê)\b",
    re.IGNORECASE,
)
_SECRET = re.compile(
    r"\s*(?:the secret|my secret|our secret|il segreto|el secreto|le secret|das geheimnis"
    r"|o segredo)\b",
    re.IGNORECASE,
)  # "The secret to ...?", "Il segreto della carbonara?": a tip announces itself
# advice on how to keep, store or clean something ("Come conservare il pane", "how to
# keep your sourdough fresh", "So bleibt euer Brot frisch", "Pour conserver vos fraises")
_ADVICE = re.compile(
    r"(?i)\b(?:how to (?:keep|store|clean|care for|freeze|reheat)|how (?:do|should) you "
    r"(?:keep|store)|come (?:conservare|pulire|mantenere|far durare|congelare)"
    r"|c[oó]mo (?:conservar|guardar|limpiar|limpar|congelar|manter)|para (?:conservar|que dure)"
    r"|pour (?:conserver|garder|nettoyer|congeler)|comment (?:conserver|garder|nettoyer)"
    r"|so (?:bleibt|bleiben|hält|halten)\b.{0,40}\b(?:frisch|länger|sauber)"
    r"|wie (?:bewahrt|lagert|hält) man"
    # what to pack or bring: a packing list is advice, wherever the trip goes
    r"|packing list|what to (?:pack|bring|take)|kit list|packliste|was (?:ihr )?mitnehmen"
    r"|qu[ée] llevar|lista de equipaje|ce qu'il faut (?:emporter|prendre)|quoi emporter"
    r"|liste de bagages|o que levar|lista de bagagem|cosa portare|lista (?:dei )?bagagli)\b"
)
# a performance: live music, a concert, a night out ("Trio live from 8pm", "dal vivo",
# "en directo", "ao vivo", "soirée jazz", "Jazzabend")
_LIVE = re.compile(
    r"(?i)\blive\s+(?:music|band|set|jazz|quartet|trio|duo|from|ab|dès|dalle|at)\b"
    r"|\b(?:quartet|trio|duo|band|quartetto|quatuor|cuarteto|quarteto)\s+(?:en\s+)?live\b"
    r"|\b(?:dal vivo|musica live|en directo|en vivo|ao vivo|en live|musique live|livemusik"
    r"|live-musik|concerts?|konzert\w*|concierto|concerto|show ao vivo|gig|jam session"
    r"|dj set|jazz|blues|fado|flamenco|swing night|\w+ night|serata \w+|soirée \w+"
    r"|noche de \w+|noite de \w+|\w+abend"
    # a music or dance gathering named by what is played or danced ("roda de carimbó",
    # "baile de forró", "ceilidh", "bal folk", "serata di pizzica", "Tanztee")
    r"|roda de \w+|rueda de \w+|baile|bailão|forró|samba|pagode|carimbó|maracatu|frevo"
    r"|sertanejo|cumbia|bachata|milonga|tango|ceilidh|barn dance|line dancing|square dance"
    r"|contra dance|bal folk|bal musette|guinguette|pizzica|taranta|tarantella|liscio|balera"
    r"|tanztee|tanz in den mai|schwof|verbena|sardana|sevillanas|fandango"
    # a band or a DJ playing ("com @mestra e banda", "with The Heather Band", "mit der Band
    # Kiesel", "avec le groupe", "con la orquesta")
    r"|(?:e|com|con|avec|mit|with|and)\s+(?:a\s+|la\s+|le\s+|der\s+|the\s+|il\s+|l')?"
    r"(?:banda|band|groupe|orquesta|orquestra|orchestra|orchestre|dj|djs)"
    # the music's cover charge ("couvert R$ 15", "£10 on the door")
    r"|couvert|cover charge|on the door|(?:\d|pay|entry|tickets?) at the door|abendkasse)\b"
)
# music and dance shown, not named (🥁 💃 🎻): with a start time, a night to come to
_MUSIC_EMOJI = "🥁🪘💃🕺🎶🎵🎸🎻🎷🎺🪗🎤🪇🎼🎹"
# an author's signing or reading: a gathering whatever is served at it or the book is about
_AUTHOR_EVENT = re.compile(
    r"(?i)\b(?:signs? copies|signing copies|book signing|meet the author|reads? from|author talk"
    r"|firma de (?:libros|ejemplares)|presentación del libro|signierstunde|autorenlesung"
    r"|lesung|dédicaces?|séance de dédicaces|sessão de autógrafos|autógrafos|firmacopie"
    r"|firma copie|incontro con l'autore|presentazione del libro)\b"
)
# a business opening its doors again ("Gran reapertura", "Wir öffnen wieder", "We're
# reopening Friday after the renovations"): good news and a day to come, an event
REOPENING = re.compile(
    # ("opens its doors again", "opening again": the doors opening again, said in words)
    r"(?i)(?<!\w)(?:re-?open(?:s|ing|ed)?|back open"
    r"|open(?:s|ing)?\s+(?:(?:its|our|their|the)\s+doors\s+)?again|reapertura|reabrimos|reabre"
    r"|reabrirá|reabriremos|volvemos a abrir|vuelve a abrir|wiedereröffnung|wiedereröffnen"
    r"|wieder geöffnet|wieder offen|(?:öffnen|öffnet|eröffnen) wieder|réouverture|rouvr\w*"
    r"|rouvert\w*|reabertura|reabriu|reabre|voltamos a abrir|riapertura|riapr\w*"
    r"|riapert[oaie])(?!\w)"
)
# a day the business is shut every week ("Lunes cerrado", "closed Mondays", "Montag
# Ruhetag", "chiuso il lunedì", "fermé le lundi", "fechado às segundas"): opening hours,
# not a closure to announce
_WEEKDAYS = (
    r"mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?"
    r"|sun(?:day)?|lunes|martes|miércoles|miercoles|jueves|viernes|sábados?|sabados?"
    r"|domingos?|montags?|dienstags?|mittwochs?|donnerstags?|freitags?|samstags?|sonntags?"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|segundas?(?:-feiras?)?"
    r"|terças?(?:-feiras?)?|quartas?(?:-feiras?)?|quintas?(?:-feiras?)?|sextas?(?:-feiras?)?"
    r"|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica"
)
_SHUT = r"closed|cerrad[oa]s?|geschlossen|ruhetag|fermée?s?|fechad[oa]s?|chius[oa]"
_DE_DAYS = r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)"
WEEKLY_CLOSURE = re.compile(
    # "closed Mondays", "closed on Sundays", "montags geschlossen", "Montag Ruhetag"
    rf"(?i)\b(?:{_SHUT})\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)days\b"
    rf"|\b{_DE_DAYS}s\s+(?:{_SHUT})\b|\b(?:{_SHUT})\s+{_DE_DAYS}s\b|\b{_DE_DAYS}s?\s+ruhetag\b"
    # "chiuso il lunedì", "fermé le lundi", "cerrado los lunes", "fechado às segundas"
    rf"|\b(?:{_SHUT})\s+(?:every|todos\s+los|los|tous\s+les|le|il|ogni|às|aos)\s+"
    rf"(?:{_WEEKDAYS})s?\b"
    # "… 12 a 17 h. Lunes cerrado.": a weekday and its shutter, as a line of the hours
    rf"|(?:^|(?<=[.!;,:\n]))\s*(?:{_WEEKDAYS})s?\s*:?\s+(?:{_SHUT})\b(?!\s+(?:wegen|for|por|pour|per)\b)"
)
# someone else's wedding, named as whose it is ("Amy's wedding", "la boda de Carmen", "il
# matrimonio di Giulia"): a client's day, not the post's own milestone
_CLIENTS_WEDDING = re.compile(
    r"\b[A-ZÀ-Ý][\w-]+['\u2019]s\s+(?:wedding|big day)\b"
    r"|(?i:\b(?:boda|mariage|hochzeit|casamento|matrimonio|wedding)\s+(?:de|da|do|di|von|of)\s+)"
    r"(?:la\s+|le\s+|o\s+|a\s+)?[A-ZÀ-Ý]"
)
# when it starts: "from 8pm", "dalle 21", "dès 20h", "desde las 22", "ab 20 Uhr", "a partir
# das 21h", "alle 21:30"
_STARTS = re.compile(
    r"(?i)\b(?:from|starts? at|doors at|dalle|alle|dès|à partir de|à|desde las|a las|a partir"
    r" de las|ab|um|a partir das|às|at)\s+\d{1,2}(?:[:.h]\d{2})?\s*(?:h|uhr|pm|am)?"
    r"(?!\s*[€$%,.]?\d)"
)
# a sale lowers a price: without a word for that, "this weekend only" and a price are a
# limited special (a dish, a menu), not a sale
DISCOUNT = re.compile(
    r"\b(?:off|sale|sales|discount\w*|clearance|half[- ]price|bogo|promo\w*|coupon\w*|code"
    r"|markdown\w*|black friday|cyber monday|rabatt\w*|reduziert\w*"
    r"|\w*schlussverkauf|sonderangebot\w*|angebot\w*|gutschein\w*|soldes|réduction\w*|remise"
    r"|démarque|déstockage|descuento\w*|rebaja\w*|ofertas?|liquidaci\w*"
    r"|desconto\w*|promoç\w*|liquidaç\w*|saldi|sconto|sconti|offert[ae])\b",
    re.IGNORECASE,
)
# a call for volunteers or donations, in every language
_CALL_FOR_HELP = re.compile(
    r"(?i)\bvolunteers?\b|\bvoluntari[oa]s\b|\bvoluntários\b|\bbénévoles?\b|\bfreiwillige"
    r"|ehrenamtliche|helfer(?:innen)?\b|\bvolontari[e]?\b|\bdonations?\b|\bdonativos?\b"
    r"|\bspenden\b|\bdoações\b|\bdonazioni\b|\bdons\b"
    # "to raise €10,000 … donate via the link": an appeal, whatever thanks it ends with
    r"|\bdonate (?:via|at|here|now|through|to|on|using)\b|\bto raise [€$£]\s?\d"
    r"|\bsponsor (?:us|me)\b"
    # a drive collects for a cause, whatever day and hall it names
    r"|\b(?:food|coat|toy|book|clothes|clothing|winter|blanket)\s+(?:drive|collection)\b"
    r"|\b(?:spenden|sammel)aktion\b|\bspendensammlung\b|\brecogida solidaria\b"
    r"|\bcollecte solidaire\b|\braccolta solidale\b|\bcampanha solidária\b"
    r"|\bdona (?:ahora|aquí|en)\b|\bspendet (?:jetzt|hier|über)\b|\bfaites un don\b"
    r"|\bdoe (?:agora|aqui|em)\b|\bdona(?:te)? (?:ora|qui|su)\b"
    # a clean-up to join is a call for helpers, however sunny its beach
    r"|limpeza d[ae] praia|limpieza de (?:la )?playa|nettoyage de (?:la )?plage|beach clean"
    r"|pulizia (?:della )?spiaggia|litter pick|strand(?:reinigung|putz)|müllsammel"
)
# thanks that open the post ("A huge thank you to …", "Um obrigado enorme", "Ein riesiges
# Dankeschön an …"): what follows is who or what the thanks are for
_OPENS_WITH_THANKS = re.compile(
    r"(?i)^\W*(?:(?:a|an|one|um|uma|un|une|ein|eine|mil|mille|muchas|muito|tante|so many)\s+)?"
    r"(?:(?:huge|big|massive|enormous|special|heartfelt|enorme|gran|grande|grand|gros|immense"
    r"|großes|grosses|riesiges|herzliches|dickes|enorme|immenso|sincero)\s+)?"
    r"(?:thanks|thank you|thank|gracias|merci|danke|dankeschön|obrigad[oa]|grazie|valeu)\b"
)


def _thanks_aside(text: str) -> bool:
    """Whether the post's only thanks stand in one sentence that neither opens nor closes
    it ("…, and thanks to Hollis Joinery for the staircase. Paint goes on next week.")."""
    if _OPENS_WITH_THANKS.match(text):
        return False
    sentences = [s for s in _SENTENCE.split(text) if any(ch.isalpha() for ch in s)]
    thanked = [at for at, s in enumerate(sentences) if _THANKS_WORD.search(s)]
    return len(thanked) == 1 and thanked[0] < len(sentences) - 1


# what an appeal asks of the reader: to give, to help, to join ("we still need …")
_APPEAL = re.compile(
    r"(?i)\bdonate (?:via|at|here|now|through|to|on|using)\b|\bto raise [€$£]\s?\d"
    r"|\bsponsor (?:us|me)\b|\b(?:still )?need(?:s)? \d|\bwe (?:still )?need\b|\bhelp us\b"
    r"|\bsign up\b|\bnecesitamos\b|\bbuscamos\b|\bdona (?:ahora|aquí|en)\b|\bbrauchen\b"
    r"|\bsuchen\b|\bspendet\b|\bnous cherchons\b|\bbesoin de\b|\bfaites un don\b"
    r"|\bprecisamos\b|\bprocuramos\b|\bdoe (?:agora|aqui|em)\b|\babbiamo bisogno\b"
    r"|\bcerchiamo\b|\bdona (?:ora|qui|su)\b"
)
# the rooms and fittings of a house that are also cooking's words
# a drink or a meal named as the time of something else ("shovelled the driveway before
# coffee", "nach dem Frühstück zum Hafen", "antes del café"): the moment's clock, not
# something to eat; a post about food names a dish, a menu or a meal as its topic
_MEAL_TIME = re.compile(
    r"(?i)\b(?:before|after|over|until|till|vor|nach|avant|après|apres|antes|después"
    r"|despues|tras|prima|dopo|depois)(?:\s+(?:the|my|our|a|dem|einem|meinem|unserem|le|la"
    r"|l'|du|de|del|el|mi|nuestro|il|lo|del|della|dello|o|a|do|da|meu|nosso|il mio))?\s*"
    r"(?:(?:first|morning|early|ersten?|premier|primer|primo|primeiro)\s+)?"
    r"(?:coffees?|tea|breakfast|brunch|lunch|dinner|supper|kaffee|tee|frühstück|mittagessen"
    r"|abendessen|café|petit[- ]déjeuner|déjeuner|dîner|desayuno|almuerzo|comida|cena|caffè"
    r"|colazione|pranzo|almoço|jantar|pequeno[- ]almoço)\b(?!\s+(?:menu|menus|special|specials"
    r"|karte|carte|menú|carta|cardápio|deals?|offer))"
)


_ROOMS = _split(
    """kitchen kitchens oven ovens stove cocina cocinas horno hornos küche küchen ofen herd
    cuisine cuisines four cuisinière cozinha cozinhas forno fornos fogão cucina cucine"""
)
# a room or a home called new ("unser neues Bad mit …", "our new kitchen is done", "la
# cocina nueva"): a renovation or a move, no launch; the room ends its phrase ("new
# kitchen knives" are goods)
_HOME_ROOMS = (
    r"(?:kitchen|bathroom|bedroom|living room|loft|extension|conservatory|house|home|flat"
    r"|apartment|bad|badezimmer|küche|wohnzimmer|schlafzimmer|haus|zuhause|wohnung"
    r"|cuisine|salle de bains?|chambre|salon|maison|appartement|cocina|baño|dormitorio"
    r"|salón|casa|piso|apartamento|cozinha|banheiro|casa de banho|quarto|sala|bagno|cucina"
    r"|camera da letto|soggiorno|appartamento)"
)
_NEW_ROOM = re.compile(
    r"(?i)\b(?:(?:new|neue[snrm]?|nouvelle|nouveau|nuev[oa]|nov[oa]|nuov[oa])\s+"
    + _HOME_ROOMS
    + r"|"
    + _HOME_ROOMS
    + r"\s+(?:nuev[oa]|nouvelle|neuve|neuf|nuov[oa]|nov[oa]))"
    r"(?=\s*(?:[^\w\s]|$)|\s+(?:with|mit|avec|con|com|is|ist|est|è|es|está|é|are|sind|and"
    r"|und|et|y|e|in|im|dans|en|no|na|nel|nella|for|für|pour|para|per|fertig|terminée?"
    r"|terminad[oa]|finit[oa]|pront[oa]|done|finished)\b)"
)
# one's own first class or lesson ("primeira aula de …", "Erster Kletterkurs", "First
# kickboxing class"): told afterwards, it is training, not something to attend
_FIRST_LESSON = re.compile(
    r"(?i)^\W*(?:my |our |mi |mein |meine |ma |mon |minha |la mia |il mio )?"
    r"(?:first|1st|primer|primera|premier|première|erste[rsn]?|primeir[ao]|prim[ao])\s+"
    r"(?:[^\W\d_]+\s+)?(?:class|lesson|session|aula|clase|lección|cours|séance|leçon"
    r"|\w*kurs|\w*stunde|\w*training|lezione|allenamento|corso|treino)\b"
)
# whose first lesson it is when it is someone else's: a name or a child before it ("Mia's
# first swimming lesson", "Annas erste Reitstunde") or after it ("… de natación de Lucas",
# "aula de ballet da Sofia", "lezione di nuoto di Giulia"), or a child the post is proud of
_THEIR_FIRST_LESSON = re.compile(
    r"^\W*[A-ZÀ-Ý][^\W\d_]*(?:'s|s)\s+(?:first|1st|erste[rsn]?)\s"
    r"|^\W*(?:(?:my|our)\s+(?:son|daughter|kid|boy|girl|little one)'s)\s+first\s"
)
_LESSON_OWNER = re.compile(
    r"^\s+(?:(?:de|di|of|do|da)\s+[^\W\d_]+\s+)(?:of|for|de|do|da|di|del|della|dello|du)"
    r"\s+[A-ZÀ-Ý]|^\s+(?:of|for|do|da)\s+[A-ZÀ-Ý]"
)
_CHILD = re.compile(
    r"(?i)\b(?:kid|kids|child|son|daughter|niño|niña|hijo|hija|kind|sohn|tochter|enfant|fils"
    r"|fille|criança|filho|filha|bambin[oa]|figli[oa]|(?-i:Kind))\b"
)
# a shop servicing or repairing a thing ("full bike service", "puesta a punto",
# "Fahrrad-Inspektion", "révision complète", "revisão", "tagliando"): a trade's work sold
_SERVICING = re.compile(
    r"(?i)\b(?:service|servicing|tune-up|repairs?|overhaul|servicio|revisión|puesta a punto"
    r"|reparaci[oó]n|\w*inspektion|wartung|reparatur\w*|révision|réparations?|entretien"
    r"|mise au point|revisão|manutenção|conserto|reparação|tagliando|revisione|riparazion[ei]"
    r"|manutenzione|messa a punto)\b"
)
# an instruction about the reader's own things ("Salt your pasta water", "Riega tus
# suculentas", "Arrosez vos orchidées", "Gieß deine Tomaten", "Annaffia le tue piante")
_YOUR_THING = re.compile(
    r"^\W*([^\W\d_]+)\s+(?:your|tus|tu|tes|ton|ta|vos|votre|deine[nrms]?|dein|eure[nrms]?"
    r"|euer|suas|seus|tuas|teus|tua|teu|le tue|i tuoi|il tuo|la tua|tuoi)\b",
    re.IGNORECASE,
)
# a wardrobe's words, furniture for home (see read_post: clothes in it are fashion)
_WARDROBES = frozenset(
    {"wardrobe", "wardrobes", "armadio", "armadi", "armario", "armarios", "armoire"}
    | {"armoires", "guarda-roupa", "guarda-roupas", "roupeiro", "kleiderschrank"}
    | {"kleiderschränke"}
)
# a wardrobe renewed ("refresh your wardrobe", "rinnova il tuo armadio"): its clothes
_RENEWED_WARDROBE = re.compile(
    r"(?i)\b(?:refresh|revamp|renew|update|rinnova\w*|aggiorna\w*|renuev\w*|renov\w*"
    r"|actualiza\w*|renouvel\w*|erneuer\w*)\s+(?:[\w'-]+\s+){0,2}(?:wardrobes?|armadi[oi]?"
    r"|armarios?|armoires?|kleiderschr[aä]nke?|guarda-roupas?|roupeiros?)\b"
)
# verbs of a call to action, not of advice ("Book your table", "Grab your tickets")
_CTA_VERBS = _split(
    """meet grab book get shop order treat tag join bring save mark check follow visit come
    enjoy pick reserve buy secure claim discover say share celebrate send thank congrats
    congratulations happy reserva compra reserve reservez réservez commandez venez buch
    bestellt bestell sichert sichere kommt prenota prenotate ordina compra garanta encarga
    encargad pide pedid ordinate encomende encomendem encomenda"""
)
# goods for a kitchen, not a dish: sold in a shop, made of a material
_GOODS = re.compile(
    r"(?i)\b(?:online|shop|store|webshop|boutique|tienda|negozio|loja|laden|ceramic\w*"
    r"|cerámica|keramik|céramique|cerâmica|ceramica|porcelain|porcelana|porzellan|porcellana"
    r"|bamboo|bambú|bambus|bambou|bambu)\b"
)
# a price per serving ("18 € l'assiette", "4,50 € la tapa", "12 € pro Teller", "£9 a plate")
# sells something to eat; a weekday's midi in French is lunch ("tous les jeudis midi")
_PER_SERVING = re.compile(
    r"(?i)(?:\d|[€$£])\s*(?:€|\$|£|eur|euros?|r\$)?\s*(?:(?:a|per|the|la|le|l'|el|il|o|a|pro|por|par|al|por)"
    r"\s*)(?:plate|portion|serving|bowl|assiette|portion|part|ración|racion|tapa|pincho|plato"
    r"|teller|portion|piatto|porzione|prato|porção|dose)\b"
)
_LUNCH_FR = re.compile(
    r"(?i)\b(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?|le|ce|les) midis?\b"
)
# news of a dish: "new" beside a dish's kind ("nueva tapa", "Neues Gericht", "prato novo"),
# the menu it joins ("new on the menu", "neu auf der Karte") or the menu itself new
_NEW_WORD = (
    r"(?:new|nuev[oa]s?|nouveaux?|nouvelles?|nouveautés?|neu|neue[snr]?|nov[oa]s?|nuov[oa]"
    r"|nuovi|nuove)"
)
# a new thing and the word after it ("unser neuer Bürohund", "our new shop dog")
_NEW_NOUN = re.compile(
    rf"(?i)\b{_NEW_WORD}\s+(?:[\w-]+\s+)?([\w-]+)(?=\s*[^\w\s]|\s*$|\s+(?:of|from|at|de|del"
    rf"|della|di|da|do|aus|vom|von|im|in)\b)"
)


# a pet's word that is part of a dish ("hot dog", "Hotdog", "perrito caliente")
_DISH_PET = re.compile(
    r"(?i)\b(?:hot|corn|chill?i|sausage)[\s-]?dogs?\b|\bperritos?\s+calientes?\b"
    r"|\bcachorros?[\s-]quentes?\b"
)
# an animal's word that names a business after its trade word and an article ("au moulin
# la tortue", "at bakery the fox", "à sapataria o gato", "al frantoio il cavallo", "in der
# mühle zum hund"), ending the phrase: the business's name, no animal the post is about
# ("in the bakery the cat sleeps" goes on with a verb, and is left alone)
_TRADE_ANIMAL = re.compile(
    r"(?i)\b(?:mill|bakery|caf[eé]|bar|pub|inn|tavern|shop|store|deli|bistro|diner|brewery"
    r"|winery|restaurant|bookshop|hotel|salon|boutique|moulin|boulangerie|pâtisserie|patisserie"
    r"|bistrot|brasserie|auberge|librairie|épicerie|fromagerie|crêperie|cidrerie|pressoir"
    r"|cave|domaine|cafetería|panadería|pastelería|restaurante|taberna|bodega|tienda"
    r"|librería|mesón|posada|zapatería|heladería|molino|almazara|caffè|trattoria|osteria"
    r"|pizzeria|ristorante|forno|panificio|pasticceria|frantoio|mulino|cantina|bottega"
    r"|libreria|locanda|albergo|enoteca|gelateria|padaria|pastelaria|sapataria|tasca|loja"
    r"|livraria|moinho|lagar|adega|pousada|mercearia|sorveteria|confeitaria|boteco"
    r"|\w*mühle|bäckerei|gasthof|gasthaus|wirtshaus|kneipe|\w*laden|brauerei|konditorei"
    r"|apotheke|weingut)"
    r"\s+(?:the|le|la|les|l['\u2019]|el|los|las|il|lo|i|gli|o|a|os|as|zum|zur|der|die|das)"
    r"\s*(?P<animal>[^\W\d_]+)(?=\s*(?:[,.;:!?)\u2026]|$)|\s+(?:in|at|on|this|à|a|en|em|no|na"
    r"|in|im|am|ce|cette|este|esta|questo|questa|dieser|diesen|diesem)\b)"
)


def trade_animal_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where ``text`` names a business after an animal, past its trade word ("au moulin
    la tortue" gives the span of "tortue"): no pet, no animal's tag."""
    return tuple(
        m.span("animal") for m in _TRADE_ANIMAL.finditer(text) if _ANIMAL.fullmatch(m["animal"])
    )


def _without_trade_animals(text: str) -> str:
    """``text`` with the animal of a business's name blanked ("au moulin la tortue")."""
    for start, end in trade_animal_spans(text):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _new_pet(text: str, lex: Lexicon, *, food: bool = False) -> bool:
    """Whether ``text`` says it has a new animal: a "new" word before a pet's word that
    ends the phrase ("our new puppy", "our new shop dog", "unser neuer Bürohund", "notre
    nouveau chat d'atelier"), not one that says what a thing is for ("our new dog bed"),
    nor a dish ("our new hot dog", ``food``: a price or food words in the post)."""
    if food or _DISH_PET.search(text):
        return False
    pets = lex.intents["pets"]
    for m in _NEW_NOUN.finditer(text):
        if pets.matches([forms(m.group(1), lex.language)], m.group(1).lower()):
            return True
    return False


_DISH_KIND = (
    r"(?:dish(?:es)?|starters?|mains?|desserts?|tapas?|pinchos?|raci[oó]n(?:es)?|entrantes?"
    r"|platos?|postres?|gerichte?|vorspeisen?|nachspeisen?|nachtisch|tagesgerichte?|plats?"
    r"|entrées?|petiscos?|pratos?|entradas?|sobremesas?|antipast[oi]|primi|secondi|piatt[oi]"
    r"|dolc[ei]|galettes?|crêpes?|pizzas?|burgers?|sandwich(?:es)?|bocadillos?|helados?"
    r"|gelat[oi])"
)
_MENU = r"(?:menu|menú|carta|karte|carte|speisekarte|cardápio|ementa)"
_DISH_NEWS = re.compile(
    rf"(?i)\b{_NEW_WORD}\s+(?:[^\W\d_]+\s+)?{_DISH_KIND}\b"
    rf"|\b{_DISH_KIND}\s+{_NEW_WORD}\b"
    rf"|\b{_NEW_WORD}\s+(?:on|in|auf|à|a|en|em|no|na|in|nel|sur)\s+(?:the\s+|la\s+|der\s+|o\s+|a\s+"
    rf"|el\s+|il\s+)?{_MENU}\b"
    # the menu itself new ("la nueva carta de otoño", "new menu", "cardápio novo")
    rf"|\b{_NEW_WORD}\s+{_MENU}\b|\b{_MENU}\s+{_NEW_WORD}\b"
)
# the meal a new thing is served at: something to eat there ("Dinner only", "le midi")
_MEAL_ONLY = re.compile(
    r"(?i)\b(?:lunch|dinner|brunch|breakfast)(?:time)? only\b|\bonly (?:at|for) (?:lunch|dinner)"
    r"|\bsolo (?:al |a |para el )?(?:mediodía|almuerzo|cena|pranzo|a cena|a pranzo)\b"
    r"|\bnur (?:mittags|abends)\b|\b(?:uniquement|seulement) (?:le midi|le soir)\b"
    r"|\bsó (?:ao|no) (?:almoço|jantar)\b"
)
# one's own new look: "new" beside a cut or a hairdo ("Nuovo taglio", "Neue Frisur",
# "Cabelo novo", "Nouvelle coupe"); no colour or look alone (a product has those too)
_LOOK = (
    r"(?:haircut|hairdo|hairstyle|cut|fringe|bangs|bob|pixie|corte|peinado|mechas|frisur"
    r"|haarschnitt|haarfarbe|coupe|coiffure|frange|cabelo|penteado|franja|taglio|piega"
    r"|frangia)"
)
_NEW_LOOK = re.compile(
    # "corte de carne", "cut of beef": a butcher's cut, not a hairdo
    rf"(?i)(?:\b{_NEW_WORD}\s+(?:[^\W\d_]+\s+)?{_LOOK}|\b{_LOOK}\s+{_NEW_WORD})\b"
    r"(?!\s+(?:of|de|del|di|da|do|du)\s)"
)
# a sale or drop on a website only ("solo online su …", "online only", "nur online")
ONLINE_ONLY = re.compile(
    r"(?i)\b(?:only online|online only|online-only|exclusively online|solo online|soltanto "
    r"online|esclusivamente online|nur online|ausschließlich online|uniquement en ligne|"
    r"exclusivement en ligne|seulement en ligne|solo en línea|sólo online|só online|"
    r"apenas online|somente online)\b"
)
# on a website from a day ("online from Friday", "en ligne dès mardi", "online ab
# Samstag", "en línea desde el lunes", "online a partir de sexta", "online dal 3")
_ONLINE_FROM = re.compile(
    r"(?i)\b(?:online|en ligne|en línea|on line|no site|sur le site|sul sito|im shop"
    r"|en la web|sur notre site|im onlineshop)\s+(?:from|starting|dès|des|à partir d[eu']"
    r"|a partir d[eo]|desde|ab|dal|dalle|da|from)\b"
)
# a short break or pause of one's own ("coffee break", "pausa caffè", "Kaffeepause")
_BREAK = re.compile(
    r"(?i)\b(?:coffee|tea)\s+break|\bpausa\b|\bkaffeepause\b|\bpause\b|\bbreak\s+time\b"
)
_VERSION = re.compile(r"\b[A-Z][\w-]+ v?\d+\.\d+\b")
# the year a business opened ("in 1977", "since 1998", "seit 1964")
_FOUNDED = re.compile(r"(?<![\d.,:/-])(?:18[5-9]\d|19\d\d|20[0-2]\d)(?![\d.,:/-]?\d)")
# a return or a way in is no gathering ("is back", "swing by")
_NOT_GATHERING = frozenset({"is back", "come by", "swing by", "kommt vorbei"})
# (French, Portuguese and Spanish write the minutes after the "h": "20h30", "18h15")
_CLOCK = re.compile(
    r"\d(?::\d{2})?\s?(?:am|pm|h|uhr)\b|\b\d{1,2}:\d{2}\b|\b\d{1,2}h[0-5]\d\b", re.IGNORECASE
)
# an hour said with its word ("ore 21", "a las 22", "um 20", "às 19")
_HOUR = re.compile(
    r"(?i)\b(?:ore|alle|dalle|a las|desde las|às|das|um|ab|at|from|dès|à partir de)\s+"
    r"\d{1,2}(?:[:.h]\d{2})?\b(?![.,]\d|\s?(?:%|€|\$|km|kg|min))"
)


# a heading that says the post is advice: "Tip:", "Kaffee-Tipp:", "Consejo del día:",
# "Astuce :", "Dica rápida:", "Il consiglio di oggi:" (a few words, then a colon)
# a giveaway: a prize the readers may win by entering ("Giveaway!", "Sorteo", "Gewinnspiel",
# "Concours", "Passatempo", "In palio")
_GIVEAWAY = re.compile(
    r"(?i)\b(?:give-?aways?|giving away|win an?\b|to enter\b|competition time|sorteo|sorteamos"
    r"|gewinnspiel|verlosen|verlosung|zu gewinnen|concours|à gagner|tirage au sort|sorteio"
    r"|sorteamos|passatempo|in palio|concorso a premi|estrazione)\b"
)
# orders taken until a day ("Order your Christmas cake by 10 December", "Aceitamos
# encomendas de bolo-rei até dia 20", "Bestellungen bis Freitag")
ORDERS = re.compile(
    r"(?i)\b(?:order (?:your|yours|by|before|now|online|in)|orders? (?:close|open|by|before"
    r"|until|deadline)|pre-?orders? (?:open|close|by|until)|last orders? for"
    r"|encarg\w+|pedidos? (?:hasta|antes)|haz tu pedido"
    r"|bestellt (?:bis|eure|euren|euer|jetzt)|vorbestell\w*|bestellungen"
    r"|commandez|commandes? (?:jusqu|avant|ouvertes)|précommande\w*"
    r"|encomend\w*|ordinate|ordini (?:entro|fino)|prenotazioni (?:entro|aperte))\b"
)
# a birthday wished to someone ("Happy 40th birthday to our head chef Marco!", "Feliz
# cumpleaños a nuestra panadera Lucía", "Alles Gute zum Geburtstag, liebe Anna",
# "Parabéns à nossa cozinheira Rita, que faz anos hoje")
_BIRTHDAY_WISH = re.compile(
    r"(?i)^\W*(?:a\s+)?(?:very\s+|huge\s+)?(?:happy\s+(?:\d+(?:st|nd|rd|th)\s+|big\s+)?birthday"
    r"|feliz\s+cumple(?:años)?|alles\s+gute\s+zum\s+(?:\d+\.\s+)?geburtstag"
    r"|herzlichen\s+glückwunsch\s+zum\s+(?:\d+\.\s+)?geburtstag|joyeux\s+anniversaire"
    r"|bon\s+anniversaire|feliz\s+aniversário|parabéns\b[^.!?]{0,60}\bfaz\s+anos"
    r"|buon\s+compleanno|tanti\s+auguri)\b"
)
# a birthday wished to the business itself ("Happy 5th birthday to us", "to our bakery")
_OWN_BIRTHDAY = re.compile(
    r"(?i)\b(?:to us|a nosotros|uns|à nous|a nós|a noi)\b"
    r"|\b(?:to|a|à|al|alla|ao)\s+(?:our|nuestr[oa]|unser\w*|notre|nosso|nossa|nostr[oa])\s+"
    r"(?:\w+\s+)?(?:bakery|café|cafe|shop|store|restaurant|studio|salon|bar|pub|panadería"
    r"|tienda|bäckerei|laden|boulangerie|boutique|padaria|loja|forno|negozio|pasticceria"
    r"|pizzeria)\b"
)
# one's own thing sold ("For sale: my old road bike", "Vendo bicicleta usada", "Verkaufe
# mein Rennrad", "Je vends mon vélo", "Vende-se", "Vendesi"): a classified, not a launch,
# a trip nor a workout
_OWN_SALE = re.compile(
    r"(?i)^\W*(?:for sale\b|(?:i'm |i am )?selling (?:my|our)\b|vendo\b|se vende\b"
    r"|verkaufe\b|zu verkaufen\b|je vends\b|à vendre\b|vende-se\b|vendesi\b)"
)
# a thing on the shelf again ("back in stock", "wieder da", "de nuevo disponibles")
_RESTOCK = re.compile(
    r"(?i)\b(?:back in stock|back on the shel(?:f|ves)|restocked|in stock again"
    r"|wieder (?:da|verfügbar|erhältlich|auf lager|vorrätig)"
    r"|(?:de nuevo|otra vez) disponibles?|vuelven? a estar disponibles?|reposición"
    r"|(?:de nouveau|à nouveau) disponibles?|de retour en (?:stock|boutique)|réassort"
    r"|novamente disponíve(?:l|is)|de volta ao (?:stock|estoque)|voltaram ao (?:stock|estoque)"
    r"|(?:di nuovo|nuovamente) disponibil[ei]|di nuovo in negozio|riassortimento)\b"
)
_TIP_LABEL = re.compile(
    r"(?i)^\W*(?:[\w'-]+[\s-]){0,2}?(?:pro[\s-])?(?:tips?|tipps?|[\w]*-tipps?|consejos?|trucos?"
    r"|astuces?|conseils?|dicas?|consigli[oi]?|trucchi|trucco)(?:\s[\w'-]+){0,3}\s?:"
    # the heading and whom or what it is for, with no colon ("Tipp für eure
    # Zimmerpflanzen 🌿", "dica para quem tem gatos", "astuce pour vos orchidées")
    r"|^\W*(?:[\w'-]+[\s-])?(?:pro[\s-])?(?:tips?|tipps?|[\w]*-tipps?|consejos?|trucos?"
    r"|astuces?|conseils?|dicas?|consigli[oi]?|trucchi|trucco)(?:\s+(?:rápid[oa]s?|veloce"
    r"|rapide|express|schnelle[rn]?|du jour|del giorno|do dia|del día|des tages))?"
    r"\s+(?:for|für|pour|per|para|pra)\b"
)


def _names_a_day(text: str, when: str | None, lex: Lexicon) -> bool:
    """Whether ``text`` names a day: a date in its ``when`` (a figure besides the hour),
    a weekday or a relative day ("tomorrow", "tonight", "this weekend")."""
    if when and rx(r"\d").search(_CLOCK.sub(" ", when)):
        return True
    lowered = text.lower()
    words = set(rx(r"[^\W\d_]+").findall(lowered))
    if words & lex.weekdays:
        return True
    return any((d in words) if " " not in d else (d in lowered) for d in lex.relative_days)


# an ordinal count one has reached ("son 3 000e vélo", "our 1000th order", "nuestro 500.º
# libro", "o nosso 1000.º cliente", "il nostro 500° ordine", "unser 1000. Brot", "il
# millesimo ordine"), never an event's edition ("our 10th annual plant swap", "la 5e
# édition")
_COUNT_REACHED = re.compile(
    r"(?i)(?:\b(?:our|my|its|his|her|their|notre|mon|ma|son|sa|leur|nuestr[oa]|su|nosso|nossa"
    r"|meu|minha|seu|sua|nostr[oa]|mio|mia|suo|unser\w*|mein\w*|sein\w*)\s+"
    r"(?P<count>\d{1,3}(?:[\s\u00a0\u202f.,]?\d{3})*"
    r"(?:st|nd|rd|th|e|ème|eme|\.?[ºª°]|\.(?=\s+(?-i:[A-ZÄÖÜ]))))(?!\w)"
    r"|\b(?P<word>hundredth|thousandth|millionth|centième|millième|centésim[oa]|milésim[oa]"
    r"|centesim[oa]|millesim[oa]|hundertste\w*|tausendste\w*)\b)"
    r"(?!\s+(?:annual|edition|édition|edición|edizione|edição|ausgabe|anniversary|birthday"
    r"|anniversaire|aniversario|aniversário|anniversario|geburtstag|jubiläum)\b)"
)


# French "maison" after a noun, no article or possessive before it: homemade ("harira
# maison", "frites maison", "confitures maison"), never "la maison", "notre maison"
_HOMEMADE = re.compile(
    r"\b(?!(?:la|ma|ta|sa|notre|votre|leur|une|cette|de|du|à|en|chez|grande|petite|belle"
    r"|vieille|nouvelle|jolie|fait|faite|faits|faites)\b)[a-zàâçéèêëîïôûùœ]{3,} maison\b"
)
# the weight the French lexicon gives "maison" as a home's cue
_HOME_WORD = 3.0


def _intent(
    scores: dict[str, float],
    text: str,
    opening: str,
    emoji_intents: dict[str, float],
    *,
    when: str | None,
    day: bool = True,
    percent: bool,
    price: bool,
    places: int = 0,
    named: tuple[Name, ...] = (),
    gathering: bool = True,
    animal: bool = False,
    mourning: bool = False,
    music: bool = False,
    rental: bool = False,
    advice: bool = False,
    making: bool = False,
    steps: bool = False,
    on_sale: bool = False,
    animal_later: bool = False,
    standing: bool = False,
    own_pet: bool = False,
) -> tuple[str, dict[str, float]]:
    """The post's intent, and every intent's score with the post's shape counted in.

    ``gathering``: whether the post names something to attend (a concert, a market, a
    workshop); a day, a return or opening hours alone are no event. ``animal``: the post
    names an animal or shows one (🐶, 🐢). ``mourning``: the post opens with a death.
    ``music``: the post shows music or dancing (🥁, 💃). ``day``: the post names a day
    (a date, a weekday, "tomorrow"), which makes an hour an appointment. ``rental``: the
    post lets a place to stay (a holiday cottage, a gîte, a B&B with dates free).
    ``advice``: the post's sentences mostly tell the reader what to do ("Check your smoke
    alarms. Never leave candles burning."). ``making``: a business tells its early start
    at the making ("Madrugamos para cuajar …", "alle 5 si accende il forno"). ``steps``:
    the post numbers instructions to the reader ("1. Tie down … 2. Fill the bath …").
    ``on_sale``: the post says where or from when to buy (in the shop, on a website, "ab
    Montag"). ``animal_later``: the post names an animal only after its opening
    clause. ``standing``: the years the post counts are how long the business has done
    its trade, background to another news ("facciamo calze da 61 anni"), no milestone.
    ``own_pet``: the post calls the animal its writer's ("our puppy", "my dog", "she's 14
    weeks").
    """
    adjusted = dict(scores)
    if _HOMEMADE.search(text) and adjusted.get("home", 0.0) >= _HOME_WORD:
        # "notre harira maison", "des frites maison": French "maison" after a noun is
        # made in the house, a dish's word, never a home
        adjusted["home"] -= _HOME_WORD
        adjusted["food"] = adjusted.get("food", 0.0) + 2.0
    if places >= 2:  # a trip names the places it went to ("Istanbul ... Cappadocia ... Kaş")
        adjusted["travel"] = adjusted.get("travel", 0.0) + (1.0 if places == 2 else 2.5)
    if _opens_new(opening, every_form=False) and any(
        n.kind in ("product", "name") and _named_thing(n.text, opening) for n in named
    ):
        # "New yoga mat: the Terra Grip": a new named thing is a launch, whatever it is for
        adjusted["product_launch"] = adjusted.get("product_launch", 0.0) + 3.0
    if not price and adjusted.get("home", 0.0) >= 3.0 and _NEW_ROOM.search(text):
        # "Endlich fertig: unser neues Bad mit bodengleicher Dusche": a room or a home made
        # new is a renovation or a move, no launch, whatever "new" says
        adjusted["product_launch"] = adjusted.get("product_launch", 0.0) * 0.3
    if price and _opens_new(opening):
        # "nuevas guayaberas de lino … $1,250 … perfectas pa' la boda en la playa": a new
        # thing priced is the thing (a launch, a shirt), the beach where it is worn no trip
        adjusted["travel"] = adjusted.get("travel", 0.0) * 0.3
    if price and on_sale and not percent and not gathering and _opens_new(opening):
        # "Neu aus der Senfmühle … in Bad Dürkheim … 180 g für 5,90 €, ab Montag im Laden
        # und auf senfmuehle-….de": a new thing with its price and where or from when to
        # buy it is its launch, whatever its town, its maker or its uses read as (a bath,
        # a dish, a home)
        topic = max((adjusted.get(i, 0.0) for i in _TOPIC_INTENTS), default=0.0)
        adjusted["product_launch"] = max(adjusted.get("product_launch", 0.0), topic + 1.0)
    if _BIRTHDAY_WISH.search(opening) and not _OWN_BIRTHDAY.search(opening):
        # "Happy 40th birthday to our head chef Marco! Cake in the kitchen at 3.": someone's
        # day wished, whatever is eaten for it (the cake is no dish on the menu)
        topic = max((adjusted.get(i, 0.0) for i in _TOPIC_INTENTS), default=0.0)
        adjusted["milestone"] = max(adjusted.get("milestone", 0.0), topic + 1.0)
    if _RESTOCK.search(opening):
        # "Linen napkins back in stock", "Unsere Leinenservietten sind wieder da", "I
        # tovaglioli di lino sono di nuovo disponibili": a thing on the shelf again is
        # offered again, whatever it is (napkins, a serum, candles), never one's own
        # home or look
        topic = max((adjusted.get(i, 0.0) for i in _TOPIC_INTENTS), default=0.0)
        adjusted["product_launch"] = max(adjusted.get("product_launch", 0.0), topic + 1.0)
    if _TIP_LABEL.match(opening):
        # "Kaffee-Tipp: Bohnen nie im Kühlschrank …", "Astuce du jour :": the heading says
        # it is advice, whatever it is advice about (coffee, bread, plants)
        adjusted["tip"] = max(adjusted.values(), default=0.0) + 2.0
    if _WELCOME.search(text) and not _APPLY.search(text):
        # "Wir begrüßen Jonas, unseren neuen Konditor": a new colleague, not a job ad
        adjusted["hiring"] = adjusted.get("hiring", 0.0) * 0.3
        adjusted["behind_the_scenes"] = adjusted.get("behind_the_scenes", 0.0) + 3.0
    if _SECRET.match(opening):
        adjusted["tip"] = adjusted.get("tip", 0.0) + 3.0
    if _BACKSTAGE.match(opening):
        # "Comment naît un parfum …", "Como nasce um queijo …": how a thing is made is the
        # post, whatever the thing is (a perfume, a cheese, a shoe), as advice is a tip
        rivals = [*_TOPIC_INTENTS, "tip"]
        topic = max((adjusted.get(i, 0.0) for i in rivals), default=0.0)
        bts = adjusted.get("behind_the_scenes", 0.0) + 5.0
        adjusted["behind_the_scenes"] = max(bts, topic + 3.0)
    if percent:
        adjusted["sale"] = adjusted.get("sale", 0.0) + 2.0
    if when:
        # an hour on a day ("sat 8pm", "12 Dec, 9am", "tomorrow 7pm") is an appointment;
        # an hour alone ("cold plunge at 6am then pastries") is a person's routine
        dated = day and bool(_CLOCK.search(when))
        adjusted["event"] = adjusted.get("event", 0.0) + (2.5 if dated else 1.0)
    words = rx(r"[^\W\d_]+|\d+").findall(text.lower())
    if words and words[0] in _THANKS:
        adjusted["thank_you"] = adjusted.get("thank_you", 0.0) + 2.0  # it opens with thanks
    # the years of a life that ended ("ist mit 79 Jahren gestorben", "28 Jahre hat er den
    # Chor geleitet") are no anniversary: a death notice is never a milestone
    reckoned = _WORKS_TIME.sub(" ", text)
    if standing:
        reckoned = _STANDING.sub(" ", reckoned)
    years = None if mourning else _YEARS.search(_no_age(_AGE_RANGE.sub(" ", reckoned)))
    if years:
        early = years.start() < len(opening) + 1
        adjusted["milestone"] = adjusted.get("milestone", 0.0) + (3.0 if early else 1.5)
    if _FOLLOWER_COUNT.search(text):
        # "10.000 seguidores!!! … gracias a todos": the count is the news, the thanks its
        # manner
        adjusted["milestone"] = adjusted.get("milestone", 0.0) + 7.0
    if _COUNT_REACHED.search(text):
        # "a réparé son 3 000e vélo", "sold its 1000th loaf", "il nostro millesimo ordine":
        # a count reached is the news, the thanks and the story its manner
        adjusted["milestone"] = adjusted.get("milestone", 0.0) + 7.0
    age = None if mourning else _TURNS.search(_no_age(text))
    if age:
        # "Our bakery turns 5 this Saturday!": the birthday is the news, not what it sells
        early = age.start() < len(opening) + 1
        adjusted["milestone"] = adjusted.get("milestone", 0.0) + (7.0 if early else 2.0)
        if age.group(0).lower().startswith("turn"):
            # "turns 10": the verb says it is the news ("2 years old" only describes)
            adjusted["milestone"] += 3.0
    if _EARLY_SHIFT.match(text) or making:
        # "5am at the bakery, shaping 200 pandesal", "Madrugamos para cuajar la Torta del
        # Casar", "um 4 Uhr beginnt der Teig": the work before anyone comes in is shown,
        # whatever the place makes (bread, coffee, cheese)
        topic = max((adjusted.get(i, 0.0) for i in _TOPIC_INTENTS), default=0.0)
        bts = adjusted.get("behind_the_scenes", 0.0) + 3.0
        adjusted["behind_the_scenes"] = max(bts, topic + 2.0)
    if _FOR_A_CAUSE.search(text) or FUNDRAISER_PAGE.search(text):
        # "Running the Riverside 10K for Harbourlight Hospice … gofundme.com/…": the run,
        # the swim or the bake is how the money is raised; the cause is the purpose
        topic = max((adjusted.get(i, 0.0) for i in _TOPIC_INTENTS), default=0.0)
        adjusted["charity"] = max(adjusted.get("charity", 0.0) + 5.0, topic + 2.0)
    elif _PROCEEDS.search(text) or _FOR_A_SHELTER.search(text):
        # "tutto il ricavato va al canile": a run, a sale or a dinner for a cause
        adjusted["charity"] = adjusted.get("charity", 0.0) + 5.0
    if _ADVICE.search(opening):
        # "Come conservare il pane fresco: …": advice is a tip, whatever it is about and
        # whoever gives it (a bakery's bread is the topic, not the post's purpose)
        topic = max((adjusted.get(i, 0.0) for i in _TOPIC_INTENTS), default=0.0)
        adjusted["tip"] = max(adjusted.get("tip", 0.0), topic) + 3.0
    at = text.find(opening) + len(opening) if opening else 0
    asked = opening.rstrip().endswith("?") and _COUNTED.match(text[at:].lstrip(" ?!.…\n"))
    # (or after a heading that names the topic: "catene da neve: 4 dritte …")
    labelled = _LABEL.match(opening)
    counted = _COUNTED.match(opening) or (labelled and _COUNTED.match(opening, labelled.end()))
    if counted or asked:
        # "3 ways to ...", "5 tips for ...", or after a question that sets them up
        # ("going away for christmas? 3 things to do so you don't come home to …")
        adjusted["tip"] = adjusted.get("tip", 0.0) + 3.0
    for intent, boost in emoji_intents.items():
        adjusted[intent] = adjusted.get(intent, 0.0) + boost
    if _VERSION.search(text):
        adjusted["product_launch"] = adjusted.get("product_launch", 0.0) + 2.0
    if price:
        adjusted["sale"] = adjusted.get("sale", 0.0) + 0.5
        adjusted["product_launch"] = adjusted.get("product_launch", 0.0) + 0.5
    if not percent and not DISCOUNT.search(text):
        adjusted["sale"] = adjusted.get("sale", 0.0) * 0.5
    if ORDERS.search(text) and not (_PROCEEDS.search(text) or _FOR_A_CAUSE.search(text)):
        # "Encarga tu roscón … Recogida en tienda el 5": an order collected in the shop is
        # no collection for a cause
        adjusted["charity"] = adjusted.get("charity", 0.0) * 0.3
        if not gathering:
            # "commandes jusqu'au samedi 19 décembre, retrait le jeudi 24": the days to order
            # by and to collect on are no date to come to
            adjusted["event"] = adjusted.get("event", 0.0) * 0.3
    if _CALL_FOR_HELP.search(text):
        # "Our soup kitchen needs 4 more volunteers": a call for volunteers or donations is
        # charity, whatever it serves (meals, coats, books)
        adjusted["charity"] = adjusted.get("charity", 0.0) + 4.0
    if _ONLINE_FROM.search(text):
        # "en ligne dès mardi 8 décembre", "online ab Freitag": a day things go on sale on
        # a website is no date to come to
        adjusted["event"] = adjusted.get("event", 0.0) * 0.3
    if ONLINE_ONLY.search(text):
        # "solo online su …": a drop or sale on a website has no venue to come to
        adjusted["event"] = adjusted.get("event", 0.0) * 0.3
        if price:  # "30 felpe …, 65 € l'una, solo online": things sold on a website
            adjusted["sale"] = adjusted.get("sale", 0.0) + 3.0
    hour = _CLOCK.search(text) or _HOUR.search(text)
    if not gathering and not (when and rx(r"\d").search(when)) and not hour:
        # "turni il sabato e la domenica", "fittings on Saturdays": weekdays with no date,
        # no hour and nothing to attend say when a place works, not that anyone may come
        adjusted["event"] = adjusted.get("event", 0.0) * 0.5
    if not gathering and price and adjusted.get("food", 0.0) >= 2.0:
        # "the reuben is back, $16.50, lunch only 11-3", "ouvert du lundi au samedi": a
        # priced dish or menu served on some days has nothing to attend, and is no
        # moment of one's own either (its weekdays count for both)
        adjusted["event"] = adjusted.get("event", 0.0) * 0.3
        adjusted["everyday"] = adjusted.get("everyday", 0.0) * 0.5
    performed = bool(
        (_LIVE.search(text) or music) and (_STARTS.search(text) or _CLOCK.search(text))
    )
    if performed:
        # "jazz all'Osteria … dal vivo dalle 21": a performance with a start time is an
        # event, whatever the venue serves (its food and its name are the setting)
        topic = max((adjusted.get(i, 0.0) for i in _TOPIC_INTENTS), default=0.0)
        adjusted["event"] = max(adjusted.get("event", 0.0), topic) + 3.0
    dated = bool(when and rx(r"\d").search(when) and _CLOCK.search(when))
    if price and _SERVICING.search(text):
        # "révision complète de votre vélo à 45 €", "tagliando della bici a 40 €": a priced
        # service on the reader's bike or skis is the shop's trade, not one's own training
        adjusted["fitness"] = adjusted.get("fitness", 0.0) * 0.3
    lesson = _FIRST_LESSON.match(text)
    if not dated and (
        _THEIR_FIRST_LESSON.match(text)
        or (lesson and (_LESSON_OWNER.match(text, lesson.end()) or _CHILD.search(text)))
    ):
        # "primeira aula de natação do Theo … orgulho dessa criança", "Mia's first swimming
        # lesson": someone else's first lesson, told by the family, is a moment of theirs,
        # not one's own training and no class to come to
        others = max(adjusted.get(i, 0.0) for i in ("fitness", "event", "milestone"))
        adjusted["everyday"] = max(adjusted.get("everyday", 0.0), others + 1.0)
    elif lesson and adjusted.get("fitness", 0.0) > 0 and not dated:
        # "Primera clase de pilates, me duele todo": one's first class of a sport, with no
        # hour to come to, is one's own training
        others = max(adjusted.get(i, 0.0) for i in ("event", "milestone", "everyday"))
        adjusted["fitness"] = max(adjusted["fitness"], others + 1.0)
    news = rx(rf"(?i)\b{_NEW_WORD}\b").search(opening)
    if news and (_DISH_NEWS.search(opening) or _MEAL_ONLY.search(text)) and not _GOODS.search(text):
        # "nueva tapa en …", "Neues Gericht bei Anna", "New at Birch: … Dinner only": the
        # news is something to eat where it is served, not a product to buy
        # (its dishes' words may be another topic's: "crema de calabaza" is no face cream)
        launch = max(
            adjusted.get(i, 0.0) for i in ("product_launch", "food", "fashion_beauty", "home")
        )
        adjusted["food"] = max(launch + 1.0, 3.0)
    if _OPENS_WITH_THANKS.match(text) and not _APPEAL.search(text):
        # "A huge thank you to the volunteers …", "Obrigado a todos os que vieram ao jantar
        # solidário": thanks that ask nothing of the reader are the post's purpose; the
        # cause or the fundraiser is what they are for
        cause = max(adjusted.get("charity", 0.0), adjusted.get("thank_you", 0.0))
        adjusted["thank_you"] = cause + 1.0
    elif not mourning and _thanks_aside(text):
        # "Die Küche ist fertig: neue Fliesen, …, danke an Tischlerei Brandt für die
        # Treppe. Jetzt noch streichen.": a thanks that is one clause among a post's own
        # facts (neither its opening nor its close) is no thank-you; the topic the facts
        # tell is the post
        rivals = [i for i in _TOPIC_INTENTS if i != "everyday"]
        topic = max((adjusted.get(i, 0.0) for i in rivals), default=0.0)
        if topic >= 3.0:
            adjusted["thank_you"] = min(adjusted.get("thank_you", 0.0), topic - 0.5)
    if (_PER_SERVING.search(text) or _LUNCH_FR.search(text)) and not performed:
        # (a music night's food stall, "GH₵45 a plate", is its setting: the night is the post)
        # "La choucroute, … 18 € l'assiette", "le couscous, tous les jeudis midi": a dish
        # served by the plate or at lunch, on a weekday that is no date to come to
        served = max(adjusted.get(i, 0.0) for i in ("everyday", "event", "food"))
        adjusted["food"] = max(adjusted.get("food", 0.0) + 3.0, served + 1.0)
    if _NEW_LOOK.search(opening) and adjusted.get("food", 0.0) < 3.0:
        # "Nuovo taglio bob da …": a new cut is one's own look, not a product launched
        look = max(adjusted.get(i, 0.0) for i in ("product_launch", "fashion_beauty"))
        adjusted["fashion_beauty"] = max(look + 1.0, 3.0)
    own = _YOUR_THING.match(opening)
    if own and own.group(1).lower() not in _CTA_VERBS and not _RENEWED_WARDROBE.search(opening):
        best_now = max(adjusted, key=lambda i: adjusted[i], default="everyday")
        if best_now in _TOPIC_INTENTS or adjusted.get(best_now, 0.0) < 2.0:
            # "Water your succulents less": a verb on the reader's own things is advice,
            # whatever the things are (pasta water, calves, orchids)
            topic = max((adjusted.get(i, 0.0) for i in _TOPIC_INTENTS), default=0.0)
            adjusted["tip"] = max(adjusted.get("tip", 0.0), topic) + 2.0
    if advice:
        best_now = max(adjusted, key=lambda i: adjusted[i], default="everyday")
        if best_now in _TOPIC_INTENTS or adjusted.get(best_now, 0.0) < 2.0:
            # "Check your smoke alarms. Never leave candles burning. Keep a torch by the
            # bed.": commands to the reader are advice, whatever they are about (candles,
            # bikes, bread), with no word that says "tips"
            topic = max((adjusted.get(i, 0.0) for i in _TOPIC_INTENTS), default=0.0)
            adjusted["tip"] = max(adjusted.get("tip", 0.0), topic) + 2.0
    if steps:
        # "4 dritte … 1. provatele in cortile … 3. dopo 50 metri fermatevi … 4. mai oltre i
        # 50 km/h", "Cyclone season prep … 1. Tie down … 2. Fill the bath …": numbered
        # instructions to the reader are advice, whatever they are about; the metres, the
        # speeds and the prep inside them are no workout and no making
        adjusted["fitness"] = adjusted.get("fitness", 0.0) * 0.3
        rivals = [*_TOPIC_INTENTS, "behind_the_scenes"]
        topic = max((adjusted.get(i, 0.0) for i in rivals), default=0.0)
        adjusted["tip"] = max(adjusted.get("tip", 0.0), topic) + 3.0
    if _CLIENTS_WEDDING.search(text) and adjusted.get("fashion_beauty", 0.0) >= 3.0:
        # "Moño bajo y maquillaje para la boda de Carmen": hair and make-up done for a
        # client's wedding show the salon's work
        adjusted["fashion_beauty"] = max(adjusted.values()) + 1.0
    if _AUTHOR_EVENT.search(text) and when:
        # "Jo Marsh signs copies of her cookbook …, Saturday. Tea and cake!": the signing
        # is the purpose; the tea, the cookbook and the new novel are its setting
        rivals = [*_TOPIC_INTENTS, "product_launch"]
        topic = max((adjusted.get(i, 0.0) for i in rivals), default=0.0)
        adjusted["event"] = max(adjusted.get("event", 0.0), topic) + 3.0
    if REOPENING.search(opening):
        # "Gran reapertura de Panadería Luna el lunes", "Riapriamo! Da sabato la Libreria
        # …": the doors opening again are the news, whatever the place sells or has new
        rivals = [*_TOPIC_INTENTS, "product_launch"]
        topic = max((adjusted.get(i, 0.0) for i in rivals), default=0.0)
        adjusted["event"] = max(adjusted.get("event", 0.0), topic) + 3.0
    if rental:
        # "Our cottage in the Lakes has free dates in March, sleeps 4": a stay let is
        # travel, whatever its rooms, sofa and log burner read as (a home), and however it
        # is announced ("New on Airbnb: …" is no product)
        rivals = [*_TOPIC_INTENTS, "product_launch"]
        topic = max((adjusted.get(i, 0.0) for i in rivals), default=0.0)
        adjusted["travel"] = max(adjusted.get("travel", 0.0), topic + 2.0, 3.0)
    if price and _OWN_SALE.search(opening):
        # "Vendo bicicleta de paseo usada, 80 €": one's own thing for sale, whatever it is
        # (a bike is no trip nor a workout, a pram no launch)
        rivals = [*_TOPIC_INTENTS, "product_launch"]
        topic = max((adjusted.get(i, 0.0) for i in rivals), default=0.0)
        adjusted["sale"] = max(adjusted.get("sale", 0.0), topic + 2.0)
    if _OPENED_AGO.search(opening):
        # "Dix ans aujourd'hui que la boutique a ouvert. Merci à vous tous", "Hoy hace
        # diez años que abrimos la tienda. Gracias a todos": the years since the opening
        # are the news, the thanks after them its manner
        thanks = adjusted.get("thank_you", 0.0)
        adjusted["milestone"] = max(adjusted.get("milestone", 0.0), thanks + 1.0)
    rival = max(adjusted.get(i, 0.0) for i in ("home", "everyday"))
    best_other = max(
        (v for i, v in adjusted.items() if i not in ("home", "everyday", "pets")), default=0.0
    )
    passing = animal_later and rival >= 3.0 and rival >= best_other
    if passing:
        # "Endlich fertig: unsre Speisekammer … Kater Moritz bewacht jetzt die Kiste", "Sunday
        # at ours: pancakes, …, the dog pinched a sock": a pet the post names after its
        # opening clause is one more detail of the home or the day it tells, not its subject
        adjusted["pets"] = min(adjusted.get("pets", 0.0), rival - 0.5)
    if mourning:
        # "Unser Gründer ist mit 84 Jahren gestorben … 40 Jahre hat er …": the years of a
        # life that ended, however the lexicon counts them, are no anniversary
        adjusted.pop("milestone", None)
    best = max(_PRIORITY, key=lambda i: (adjusted.get(i, 0.0), -_PRIORITY.index(i)))
    if passing and best not in ("home", "everyday") and adjusted.get(best, 0.0) <= rival:
        # ("Our garden in June: roses out, beans climbing, and Tilly the cat asleep …": the
        # home or the day the pet was set below wins its tie with another topic)
        best = max(("home", "everyday"), key=lambda i: adjusted.get(i, 0.0))
    if best in ("pets", "fitness") and _FOR_A_SHELTER.search(text):
        # "Run for the Shelter": the shelter is who the run is for, no animal up for
        # adoption and no training of one's own
        return "charity", adjusted
    if best in _TOPIC_INTENTS and years and _FOUNDED.search(text):
        # "In 1977 nonno Gennaro opened the pizzeria … 50 years later": a business counting
        # its years is a milestone, whatever it serves
        return "milestone", adjusted
    if best == "food" and _BREAK.search(text) and not price and len(text.split()) <= 12:
        # "Pausa caffè in terrazza": a short break of one's own is a moment, not a dish
        return "everyday", adjusted
    if adjusted.get(best, 0.0) < 2.0:
        return "everyday", adjusted
    # an animal is the subject of its own birthday, walk or nap: the post is a pet post;
    # "our new shop dog" is a new member of the family, not a product
    pet_of = ("milestone", "everyday", "home", "product_launch")
    if best in pet_of and adjusted.get("pets", 0.0) >= 3.0 and animal and not passing:
        return "pets", adjusted
    if (
        own_pet
        and best in _TOPIC_INTENTS
        and adjusted.get("pets", 0.0) >= 3.0
        and animal
        and not animal_later
    ):
        # "crumpet's first time on the beach 🐶 she's 14 weeks, a cockapoo … ice cream for
        # us at the prom, a sausage for her": one's own pet, shown in the opening, is the
        # post; the beach, the run and the ice cream are its day, whatever their cues add
        return "pets", adjusted
    return best, adjusted


_SUBJECT_KINDS: dict[str, tuple[str, ...]] = {
    "product_launch": ("product", "name", "event", "venue"),  # a town is not launched
    "sale": ("product", "venue", "name", "event", "place"),
    "event": ("event", "venue", "name", "product", "place", "person"),
    "milestone": ("person", "venue", "name", "product", "event", "place"),
    "food": ("venue", "product", "name"),
    "travel": ("place", "name", "venue", "event"),
    "fitness": ("venue", "event", "name", "place", "product"),
    "home": ("product", "venue", "name"),
    "fashion_beauty": ("product", "venue", "name"),
    "pets": ("person", "name", "product"),  # the animal, never the shelter
    "hiring": ("venue", "name"),
    "charity": ("event", "venue", "name", "product", "place"),
    "thank_you": ("person", "venue", "event", "name", "place"),
    "behind_the_scenes": ("product", "venue", "name", "event"),
    "tip": ("product", "name"),
    "everyday": ("venue", "place", "name", "person", "event"),
}
# intents that live from the kind of thing, not its name: the cue wins over a name that
# is not of a kind they name (a tip about steak, not the chef who gave it)
_THING_FIRST = _split("""tip""")
# intents whose cue words say what the post is for, never what it is about
_MARKER_INTENTS = _split("""product_launch sale milestone hiring thank_you behind_the_scenes tip""")
_TOPIC_INTENTS = ("food", "travel", "fitness", "home", "fashion_beauty", "pets", "everyday")
# event-like intents: the opening noun phrase ("Winter coat drive", "Feria de ...") names it
_OPENING_INTENTS = _split("""event charity""")


# intents a post presenting a new thing may read as, besides a launch: a dish, a look, a
# piece of furniture ("Meet our new sourdough rye, baked every morning in the bakery")
_LAUNCHED_IN = ("food", "fashion_beauty", "home")
# what may stand between a product's kind and its own name ("our new candle, Ember",
# "nuove borse «Posillipo»")
_APPOSED = re.compile(
    r"\s*(?:[,:\u2013\u2014-]\s*)?(?:(?:the|la|le|il|el|o|a|der|die|das)\s+)?[«\"\u201c']?"
)
# where a thing is or comes from, never who presents it ("New in Leeds: …")
_NOT_MAKERS = ("place", "origin", "address")


def _launched_subject(
    subject: Subject, intent: str, names: list[Name], text: str, opening_end: int, lex: Lexicon
) -> Subject:
    """The product a launch presents after its "new" ("Nuovi paccheri di Gragnano",
    "Our new duck liver pâté"), rather than a side detail's word (Gragnano, "kitchen").

    The subject read otherwise stays when it is the product or who presents it: the
    head of the product's phrase ("tarte" of "tarte aux framboises", "berets" of "wool
    berets", but never "linen" of "linen shirts"), a name read as a product, a business
    named before it or in its clause ("Maison Lierre lance sa nouvelle collection"; not
    "… rye, baked at our Stroud bakery"), a name inside the phrase
    but not after its "di/de" ("la lampe Korrigan"), set right after it ("our new
    candle, Ember") or before it in its sentence, no place ("Lanzamos Aura, nuestra
    nueva lámpara", "Nuovo al Panificio Gatti: pane di segale")."""
    if intent != "product_launch" and intent not in _LAUNCHED_IN:
        return subject
    found = launched_thing(text, lex)
    if found is None:
        return subject
    phrase, at, marked = found  # (``marked``: where its "new" or "introducing" stands)
    end = at + len(phrase)
    if intent != "product_launch" and at >= opening_end:
        return subject  # a dish of the day, a look: only when the post opens on it
    if not subject.is_name and _head_of(phrase, lex.language) == subject.text.lower():
        return subject
    name = next((n for n in names if n.text == subject.text), None) if subject.is_name else None
    if name is not None:
        before = text[at : name.start].split()
        sentence_start = max(text.rfind(c, 0, marked) for c in ".!?\n")
        if (
            name.kind == "product"
            # a business presents its product before it, in it or right after it ("Neue
            # Herbstkarte im Gasthaus zum Hirschen"); named in a clause of its own after
            # it ("… rye, baked every morning at our Stroud bakery"), it only sells it
            or (name.kind == "venue" and not rx(r"[,;.!?\n]").search(text, end, name.start))
            or (at < name.start < end and before[-1].lower() not in _FROM_WORDS)
            or name.start == at
            or (name.start >= end and _APPOSED.fullmatch(text[end : name.start]) is not None)
            or (sentence_start < name.start < at and name.kind not in _NOT_MAKERS)
        ):
            return subject
    return Subject(_as_shown(phrase, lex.language), "thing", False)


def _head_of(phrase: str, language: str) -> str:
    """The noun a phrase is about: its last word in English and German ("wool berets"),
    its first in the others ("gorras bordadas", "tarte aux framboises")."""
    words = phrase.lower().split()
    return words[-1] if language in ("en", "de") else words[0]


def _cue_phrase(
    text: str, matched: dict[str, float], lex: Lexicon, tokens_written: list[str]
) -> str | None:
    """The strongest cue as written in the post, with the modifier before it (English)."""
    ranked = sorted(matched.items(), key=lambda kv: (-kv[1], -len(kv[0].split())))
    for entry, _weight in ranked:
        if entry.endswith("*"):
            stem = entry[:-1]
            word = next((t for t in tokens_written if t.lower().startswith(stem)), None)
            if word is None or word.lower() in lex.generic_nouns:
                continue
            phrase = word
        else:
            match = rx(rf"(?<!\w){re.escape(entry)}\w*", re.IGNORECASE).search(text)
            if match is None:
                word = next((t for t in tokens_written if entry in forms(t, lex.language)), None)
                if word is None:
                    continue
                phrase = word
            else:
                phrase = match.group(0)
        low = phrase.lower()
        if low in lex.generic_nouns or low in lex.function_words or low in lex.not_subject:
            continue
        if any(w in lex.purpose_only for w in low.split()):
            continue  # "vi aspettiamo", "celebramos", "Plätze": what it is for, not about
        if len(phrase) < 3 or phrase.isdigit():
            continue
        if _when_only(low, lex) or _ADMISSION.fullmatch(low):
            # "este sábado", "entrada libre": when it is and what it costs to come in say
            # of the gathering, they never name it ("Aquí está: este sábado.")
            continue
        return _with_modifier(phrase, text, lex)
    return None


# what coming in costs, never a gathering's name ("entrada libre", "Eintritt frei")
_ADMISSION = re.compile(
    r"(?:free (?:entry|admission)|entrada (?:libre|gratis|gratuita|franca)|eintritt (?:frei|"
    r"kostenlos)|freier eintritt|entrée (?:libre|gratuite)|ingresso (?:libero|gratuito))"
)


def _when_only(phrase: str, lex: Lexicon) -> bool:
    """Whether ``phrase`` only says when ("este sábado", "this weekend", "sábado")."""
    if phrase in lex.relative_days:
        return True
    days = lex.weekdays | lex.months
    words = phrase.split()
    return any(w in days for w in words) and all(
        w in days or w in lex.function_words for w in words
    )


_EN_VERB_END = ("ed", "ing", "ly")


def _with_modifier(phrase: str, text: str, lex: Lexicon) -> str:
    """``ramen`` → ``homemade ramen``, ``sunset`` → ``sunset hike``: the whole noun phrase.

    Adjacent cue words join (``sunset hike``); in English and German one describing
    word before the phrase joins too (``vegan tacos``), never a verb or a number.
    """
    if " " in phrase:
        return _as_shown(phrase, lex.language)
    cue_words = frozenset(w for i in _TOPIC_INTENTS for w in lex.intents[i].words)
    after = rx(rf"(?<!\w){re.escape(phrase)}\s+([^\W\d_][\w'-]*)").search(text)
    if after and lex.language in ("en", "de"):
        nxt = after.group(1)
        if any(f in cue_words for f in forms(nxt, lex.language)) and nxt.lower() not in (
            lex.generic_nouns | lex.function_words
        ):
            phrase = f"{phrase} {nxt}"
    if lex.language not in ("en", "de"):
        return _as_shown(phrase, lex.language)
    match = rx(rf"([A-Za-zÀ-ÿ'-]+)\s+{re.escape(phrase)}(?!\w)").search(text)
    if match:
        before = match.group(1)
        low = before.lower()
        if (
            low not in lex.function_words
            and low not in lex.number_words
            and low not in lex.weekdays
            and low not in lex.generic_nouns
            and len(low) >= 3
            and not (lex.language == "en" and low.endswith(_EN_VERB_END) and low != "homemade")
            and (not _is_cap(before) or _starts_sentence(text, match.start(1)))
        ):
            return _as_shown(f"{before} {phrase}", lex.language)
    return _as_shown(phrase, lex.language)


def _starts_sentence(text: str, at: int) -> bool:
    """Whether position ``at`` begins the text or a sentence of it."""
    before = text[:at].rstrip()
    return not before or before[-1] in ".!?…\n:"


def _as_shown(phrase: str, language: str = "en") -> str:
    """A common noun phrase in lower case unless it carries capitals mid-word (iPhone);
    German keeps its capitalised nouns."""
    if language == "de" or any(w.isupper() and len(w) > 1 for w in phrase.split()):
        return phrase
    return phrase if phrase[1:] != phrase[1:].lower() else phrase[:1].lower() + phrase[1:]


_W = r"[^\W\d_][\w/·'\u2019-]*(?::in|:innen)?"
_ROLE_STOP = (
    r"(?=\s*[.,!:;\n(\u2014\u2013]|\s{2,}|\s+(?:to|who|for|in|at|with|and|on|from|starting"
    r"|para|que|en|con|y|pour|qui|à|avec|et|dans|für|in|mit|und|ab|bei|per|che|con|e|nel|nella|em|na|no|com|a)\b|$)"
)
_ROLE = rf"((?:{_W}\s+){{0,3}}?{_W}){_ROLE_STOP}"  # the role: up to four words
_ROLE_PATTERNS = {
    "en": [
        r"(?:hiring|looking for|seeking|needs|wanted)[!:]?\s+"
        r"(?:an?\s+|our next\s+|a new\s+|two\s+)?" + _ROLE,
        r"join (?:us|our team|the team) as\s+(?:an?\s+)?" + _ROLE,
        r"(?:vacancy|opening|position|job) (?:for|as)\s+(?:an?\s+)?" + _ROLE,
    ],
    "es": [
        r"(?:buscamos|busca|contratamos|se busca|necesitamos)\s+(?:a\s+)?"
        r"(?:un[ao]?/?\w*\s+)?" + _ROLE,
        r"(?:vacante|plaza|puesto|oferta de empleo) (?:de|para)\s+(?:un[ao]?/?\w*\s+)?" + _ROLE,
    ],
    "fr": [
        r"(?:recrute|recrutons|cherche|cherchons|recherchons|embauche)\s+"
        r"(?:un·?e?\s+|une?\s+|des\s+)?" + _ROLE,
        r"(?:poste|offre d'emploi) (?:de|d'|pour)\s*(?:un·?e?\s+|une?\s+)?" + _ROLE,
    ],
    "de": [
        r"(?:suchen|sucht|stellen|suchen wir)\s+(?:wir\s+)?"
        r"(?:eine?[nr]?(?::n|/n)?\s+|ab\s+(?:sofort|dem\s+\S+|\w+)\s+)*" + _ROLE,
        r"\bals\s+" + _ROLE,
    ],
    "pt": [
        r"(?:contratando|procuramos|procura|procurando|buscamos|contrata)\s+"
        r"(?:um[a]?(?:/\w+)?\s+)?" + _ROLE,
        r"(?:vaga|vagas|oportunidade) (?:para|de)\s+(?:um[a]?(?:/\w+)?\s+)?" + _ROLE,
    ],
    "it": [
        r"(?:cerchiamo|cerca|assumiamo|assume|cercasi)\s+(?:un[oa']?(?:/una)?\s+)?" + _ROLE,
        r"(?:posizione|posto) (?:di|da|per)\s+(?:un[oa']?(?:/una)?\s+)?" + _ROLE,
    ],
}
# the words a job ad opens with that ask for people, not for a job ("We're looking for
# reinforcements!", "Wir suchen Verstärkung!", "¡Buscamos gente!", "On recrute du monde"):
# the role is named after them ("… suchen wir ab März eine Floristin")
_NOT_ROLES = _split(
    """a an people you someone new staff help reinforcements reinforcement new faces faces
    talent fresh faces more hands extra hands verstärkung unterstützung leute personal
    gente personas personal refuerzos ayuda renfort renforts du monde personne
    persone rinforzi aiuto pessoas reforços reforço ajuda"""
)
# ("new faces", "fresh faces", "more hands", "extra hands", "du monde": phrases)
_NOT_ROLE_PHRASES = frozenset(
    [
        "new faces",
        "fresh faces",
        "more hands",
        "extra hands",
        "du monde",
        "gente nova",
        "nuove leve",
    ]
)


def _role(text: str, language: str) -> str | None:
    """The job a hiring post offers ("Senior Backend Engineer", "dependiente/a")."""
    found: list[tuple[int, str]] = []
    for pattern in _ROLE_PATTERNS.get(language, _ROLE_PATTERNS["en"]):
        # every ask, not the first only: "Wir suchen Verstärkung! … suchen wir ab März eine
        # Floristin" names its job in the second
        found += [
            (m.start(), m.group(1).strip()) for m in rx(pattern, re.IGNORECASE).finditer(text)
        ]
    for _start, role in sorted(found):
        low = role.lower()
        if low in _NOT_ROLES or low in _NOT_ROLE_PHRASES or low.startswith(("the ", "our ")):
            continue
        return role
    return None


_SALE_ITEM = {
    "en": r"(?:% off|off)\s+(?:all\s+|our\s+|every\s+|the\s+|selected\s+|any\s+)*"
    r"([a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}?)(?=[.,!:;\n]|\s+(?:this|until|till|for|with"
    r"|when|in|at|on|today|tonight|through|code)\b|$)",
    "es": r"(?:descuento|rebaja)s?\s+en\s+(?:todos?\s+|todas?\s+)?"
    r"(?:los\s+|las\s+|el\s+|la\s+|nuestr[oa]s?\s+)?(\w+(?:\s+de\s+\w+|\s+\w+)?)",
    "fr": r"(?:réduction|remise|promo)\s+sur\s+(?:tou(?:te)?s?\s+)?"
    r"(?:les\s+|la\s+|le\s+|nos\s+)?(\w+(?:\s+d[e']\s*\w+|\s+\w+)?)",
    "de": r"(?:rabatt|reduziert)\s+auf\s+(?:alle\s+|unsere\s+|das\s+|die\s+)?(\w+(?:\s+\w+)?)",
    "pt": r"(?:desconto|off)\s+em\s+(?:tod[oa]s?\s+)?"
    r"(?:os\s+|as\s+|o\s+|a\s+|noss[oa]s?\s+)?(\w+(?:\s+de\s+\w+|\s+\w+)?)",
    "it": r"(?:sconto|sconti)\s+su\s+(?:tutt[ie]\s+)?"
    r"(?:i\s+|le\s+|gli\s+|il\s+|la\s+|nostr[ie]\s+)?(\w+(?:\s+di\s+\w+|\s+\w+)?)",
}


def _sale_item(text: str, lex: Lexicon) -> str | None:
    """What a sale is on ("summer dresses" in "30% off all summer dresses")."""
    match = rx(_SALE_ITEM[lex.language], re.IGNORECASE).search(text)
    if not match:
        return None
    item = match.group(1).strip()
    words = item.split()
    while words and (words[-1].lower() in lex.function_words or words[-1].lower() in lex.weekdays):
        words.pop()
    item = " ".join(words)
    if not item or item.lower() in lex.generic_nouns or item.lower() in lex.function_words:
        return None
    return _as_shown(item, lex.language)


def _subject(
    intent: str,
    names: list[Name],
    cue: str | None,
    role: str | None,
    quantities: list[str],
    opening: str | None,
    milestone: str | None = None,
    opening_end: int = 0,
    cue_in_opening: bool = False,
    thanked: str | None = None,
    lex: Lexicon | None = None,
    opening_text: str = "",
) -> Subject:
    """What the hook names: the role, an opening event phrase, a name, else the cue."""
    if intent == "hiring" and role:
        return Subject(role, "role", False)
    if intent == "thank_you" and thanked:
        named = any(thanked.startswith(n.text) for n in names) or (
            thanked[:1].isupper() and " " not in thanked and (lex is None or lex.language != "de")
        )
        return Subject(thanked, "person", named)
    if (
        intent == "milestone"
        and milestone
        and not any(n.kind in ("venue", "person") for n in names)
    ):
        return Subject(milestone, "quantity", False)
    if intent in _OPENING_INTENTS and opening:
        return Subject(opening, "event", False)
    kinds = _SUBJECT_KINDS[intent]
    usable = [n for n in names if n.kind in kinds]
    # the intent's own kind first (the product of a launch, the place of a trip), then
    # the first-mentioned name of any other kind it accepts
    best = min(
        usable, key=lambda n: (n.start > opening_end, n.kind != kinds[0], n.start), default=None
    )
    # a name later in the post loses to what the opening sentence is about
    late = (
        best is not None
        and best.start > opening_end
        and cue_in_opening
        and intent in ("home", "fashion_beauty", "everyday", "tip", "fitness")
    )
    # a look, a cut, a manicure is named before the place it was done at
    if (
        best is not None
        and cue
        and intent == "fashion_beauty"
        and best.kind != "product"
        and opening_text.lower().find(cue.lower()) != -1
        and opening_text.lower().find(cue.lower()) < opening_text.find(best.text)
    ):
        return Subject(cue, "thing", False)
    if best is not None and not (intent in _THING_FIRST and cue) and not late:
        return Subject(best.text, best.kind, True)
    if cue:
        return Subject(cue, "thing", False)
    if intent == "thank_you":
        return Subject(names[0].text if names else "you", "person", bool(names))
    # where a thing comes from ("aus Kolumbien") or a street is never what a post is about
    about = [n for n in names if n.kind not in ("origin", "address")]
    if about:
        return Subject(about[0].text, about[0].kind, True)
    return Subject("", "none", False)


_COUNTABLE = re.compile(
    r"\b(followers|seguidores|abonnés|follower|subscribers|orders|customers|members|clients|"
    r"clientes|kunden|pedidos|commandes|ordini|clienti|bottiglie|bottles|copies)\b",
    re.IGNORECASE,
)
_OWN_THING = re.compile(
    r"\b(?:my|our|mi|mis|nuestro|nuestra|mon|ma|notre|mein|meine|unser|unsere|meu|minha|nosso|"
    r"nossa|il mio|la mia|il nostro|la nostra)\s+((?:\d[\d,.]*(?:st|nd|rd|th|º|ª)?\s+)?"
    r"[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)?)",
    re.IGNORECASE,
)  # the thing a milestone is about: "my bar exam", "our 1,000th order"


_THANKED = re.compile(
    r"(?i:thanks?(?: you)?|thank u|huge thanks|big thanks|gracias|merci|danke|dankeschön|"
    r"obrigad[oa]|valeu|grazie(?: mille)?|un grazie enorme|un gros merci|un grand merci)"
    r"[\s,!]+(?:(?i:a la|alla|allo|alle|agli|aos|às|ao|al|ai|an|to|à|a|de|da|do)\b\s*)?"
    r"(?:(?i:unseren|unserem|unsere|nuestros|the|les|los|las|gli|our|nos|la|le|el|os|as|il|lo|o|i)"
    r"\b\s*)?([^.!?\n]{3,80})"
)
_THANKED_STOP = re.compile(
    r"\s+(?i:for|por|pour|per|für|pelo|pela|pelos|pelas|who|que|che|die|qui|,)\b|[,(\u2013\u2014-]"
)


def _thanked(text: str, names: list[Name]) -> str | None:
    """Who a thank-you thanks: "bombeiros voluntários de Vale Fundo", "Grey Willow Farm"."""
    match = _THANKED.search(text)
    if not match:
        return None
    span = _THANKED_STOP.split(match.group(1), maxsplit=1)[0].strip()
    if span.lower().startswith(_THANKED_ALL):
        return None  # "everyone who came to our pop-up at X": X is where, not who
    for name in names:
        at = span.find(name.text)
        if at >= 0:
            phrase = span[: at + len(name.text)]
            return phrase if len(phrase.split()) <= 6 else name.text
    later = [n for n in names if n.text in match.group(1)]  # "Valeu demais, galera do X"
    if later:
        return later[0].text
    if 1 <= len(span.split()) <= 4 and not span.lower().startswith(_THANKED_ALL + _GANG):
        return span
    return None


_THANKED_ALL = (
    *("all ", "everyone", "everybody", "todos", "todas", "tous", "toutes", "alle "),
    *("tutti", "tutte", "vous tous", "a todos", "a tutti", "euch allen", "all of you"),
)
_GANG = ("demais", "galera")


# words after a count that are no part of what it counts ("its 1000th loaf this week")
_COUNT_STOP = _split("this that these in on at of since today yesterday ever and for with to from")


def _milestone(text: str, quantities: list[str]) -> str | None:
    """What a milestone counts or reaches: "10k followers", "1,000th order", "bar exam"."""
    reached = _COUNT_REACHED.search(text)
    if reached:
        # the ordinal and what it counts ("3 000e vélo", "1000th sourdough loaf",
        # "millesimo ordine", "1000. Fahrrad"): English puts its describing word first
        count = reached.group("count") or reached.group("word") or ""
        words = rx(r"[^\W\d_][\w'\u2019-]*").findall(text[reached.end() : reached.end() + 40])
        english = rx(r"(?:st|nd|rd|th|hundredth|thousandth|millionth)$").search(count.lower())
        take: list[str] = []
        for word in words[: 2 if english else 1]:
            if word.lower() in _COUNT_STOP:
                break
            take.append(word)
        if take:
            return " ".join([count, *take])
    for qty in quantities:
        at = text.find(qty)
        after = text[at + len(qty) : at + len(qty) + 25]
        unit = _COUNTABLE.match(after.strip())
        if _COUNTABLE.search(qty):
            return qty
        if unit:
            return f"{qty} {unit.group(1)}"
    match = _OWN_THING.search(text)
    if match:
        words = match.group(1).split()
        while words and words[-1].lower() in _MILESTONE_STOP:
            words.pop()
        if words:
            return " ".join(words)
    return None


# a count of followers ("10k followers", "20 mil seguidores", "2 000 abonnés")
# someone of the team leaving ("Our head chef Marta is leaving us", "Priya's last day
# with us", "se despide de nosotros", "verlässt uns", "nous quitte", "ci lascia"): a
# send-off, never a post about the roasts she cooked; a death ("left us", "nos dejó") is
# a loss and read before this
_LEAVING = re.compile(
    r"(?i)\b(?:(?:is|are) leaving (?:us|the team)|leaves us|(?:her|his|their|\w+'s) last "
    r"(?:day|shift) (?:with us|at|here|behind)|last day (?:with us|at the)|moving on from "
    r"(?:us|the team)|se despide de (?:nosotros|nosotras|la tienda|el equipo)|nos deja (?:tras|"
    r"después|para)|su último día (?:con nosotros|en)|verlässt uns|(?:ihr|sein) letzter "
    r"(?:arbeitstag|tag bei uns)|nous quitte|son dernier jour (?:avec nous|chez|à)|despede-se "
    r"de nós|se despede de nós|(?:nos )?deixa(?:-nos)? depois de|o (?:seu )?último dia (?:connosco|"
    r"conosco)|ci lascia|ci saluta dopo|il suo ultimo giorno (?:con noi|da noi|qui)"
    # and a retirement, said by the one retiring or of them ("I am retiring", "geht in
    # Rente", "se jubila", "part à la retraite", "se aposenta", "va in pensione")
    r"|(?:am|is|are|i'm|we're) retiring|retires (?:after|this|at)|my last day|"
    r"geht in (?:rente|den ruhestand)|gehe in (?:rente|den ruhestand)|se jubila|me jubilo"
    r"|(?:part|pars) à la retraite|prend sa retraite|prends ma retraite|se aposenta"
    r"|me aposento|(?:se )?reforma-se|vado in pensione|va in pensione|andrà in pensione)"
)
_FOLLOWER_COUNT = re.compile(
    r"(?i)\b\d[\d.,\s\u202f]*(?:k|mil|mille|tausend)?\s*(?:followers?|seguidores|abonnés|"
    r"abonnenten|subscribers|suscriptores|inscritos|iscritti)\b"
)
_MILESTONE_STOP = _split(
    """just has have is was went today out the a to for and y e et und turns turned turning
    compie compiono compiamo festeggia festeggiano festeggiamo fête fêtent fêtons souffle
    feiert feiern wird werden cumple cumplen cumplimos celebra celebran celebramos faz fazem
    fazemos completa completam completamos ha hat ist est è é es"""
)


_QUOTES = ("«", '"', "\u201c", "'")
# the words that place a day before or after today, never part of a gathering's name
_DAY_POINTERS = _split(
    """last next yesterday tomorrow tonight ayer anoche pasado pasada próximo próxima gestern
    letzten letzte letztes nächsten nächste demain dernier dernière prochain prochaine ontem
    amanhã passado passada ieri domani scorso scorsa prossimo prossima"""
)
# the verb after an opening noun phrase ends it ("Notre troc de livres a lieu samedi")
_COPULAS = _split(
    """is are was will meets returns starts es son será está ist sind wird est a aura sont
    é são è sono sarà"""
)


# the words that lead a day or a month ("every thursday", "cada viernes", "jeden Freitag")
_DAY_LEADS = _split(
    """every each this next last cada todos todas chaque tous jeden jede jeden ogni tutti
    tutte toda todo"""
)


def _opening_phrase(opening: str, matched: dict[str, float], lex: Lexicon) -> str | None:
    """The noun phrase a post opens with, when it carries the intent's cue
    ("Winter coat drive at ...", "Feria de emprendedores en ...")."""
    words = opening.split()
    # the determiners it opens with ("Our", "A nossa", "Il nostro") are shown, not counted
    lead = 0
    while lead < min(2, len(words) - 1) and words[lead].lower() in lex.function_words:
        lead += 1
    phrase: list[str] = words[:lead]
    if lead < len(words) and (
        is_we_verb(words[lead], lex.language)
        or words[lead].lower().strip(",:;!") in lex.purpose_only
    ):
        # "Abrimos inscrições para o workshop", "Kommt vorbei am Samstag": a verb opens
        # no noun phrase
        return None
    after = ""  # the word that ended the phrase
    for k, raw in enumerate(words[lead:], start=lead):
        after = raw.lower().strip(",:;!")
        if raw == "¦":
            # an emoji between them ends the phrase: "toalhas de linho bordadas 🌿 Entregas
            # a partir de …" opens two sentences, the second no word of the first's name
            after = words[k + 1].lower().strip(",:;!") if k + 1 < len(words) else ""
            break
        if raw[:1] in _QUOTES:  # a quoted title belongs to the phrase, whole
            rest = " ".join(words[k:])
            close = rx(r"[»\"\u201d']").search(rest[1:])
            if close and k:
                phrase.append(rest[: close.end() + 1].strip())
            break
        word = raw.strip("«»\"'\u201c\u201d")
        low = word.lower().rstrip(",:;!\u2013\u2014-")
        if (
            k
            and (low in lex.function_words or low in ("w/", "with", "feat", "ft"))
            and (low not in _CONNECT)
        ):
            break
        if any(ch.isdigit() for ch in low) or low in lex.weekdays or low in lex.months:
            break
        following = {w.lower().strip(",:;!.") for w in words[k + 1 : k + 3]}
        if following & (lex.weekdays | lex.months) and low in _DAY_LEADS:
            # "Folk session every thursday", "every second Saturday": the day's lead word
            # says when too
            break
        if k and low in _DAY_POINTERS:
            break  # "Christmas market last Saturday", "harvest fair yesterday": its day
        elided_name = _ELIDED.match(word) and rx("['\u2019]").split(word)[-1][:1].isupper()
        if k and (low in _COPULAS or elided_name):
            break  # a verb, or where it is ("Serata giochi all'Osteria del Ponte")
        if k and lex.language != "de" and word[:1].isupper() and phrase[-1][:1].islower():
            return None  # "Notre épicerie solidaire Le Panier Partagé": the name says it
        phrase.append(word.rstrip(",:;!\u2013\u2014-"))
        if word != word.rstrip(",:;!\u2013\u2014-") or len(phrase) - lead >= 4:
            after = words[k + 1].lower().strip(",:;!") if k + 1 < len(words) else ""
            break
    else:
        after = ""
    while len(phrase) > lead and phrase[-1].lower() in _CONNECT:
        phrase.pop()
    if len(phrase) == lead or len(phrase) - lead > 4:
        return None
    text = " ".join(phrase)
    found = {e.rstrip("*") for e in matched}
    low = text.lower()
    if not any(e in low for e in found if len(e) >= 3) and not _said_then_placed(
        phrase[lead:], after, lex
    ):
        return None
    if len(phrase) - lead == 1 and lex.language != "de":
        return None  # one word ("Concert") says too little; a name or cue will do
    return text[:1].upper() + text[1:]


# news about a place is no gathering ("Big timetable update at Lotus Garage")
_NEWS = _split(
    """update updates news announcement reminder change changes actualización novedades
    aviso nouveautés annonce rappel novidades novità avviso aggiornamento"""
)
# what follows a gathering's own phrase: a verb ("is back") or where it is ("at", "no")
_THEN_WHERE = _split("""at in on no na nos nas en à au aux im bei beim al alla nel nella chez""")


def _said_then_placed(head: list[str], after: str, lex: Lexicon) -> bool:
    """Whether an opening phrase with no cue of its own still names the gathering: two
    common words or more ("Salsa night is back", "Noite de fados no Restaurante ...")
    that a verb or the venue's preposition follows. German capitalises every noun, so
    a name cannot be told from the phrase there."""
    if lex.language == "de" or len(head) < 2 or after not in (_COPULAS | _THEN_WHERE):
        return False
    if any(w[:1].isupper() for w in head[1:]):
        return False  # "Hotel Miramar is ...": a name, not a gathering
    # "Salsa night" names one; "Big news", "This week" name nothing
    vague = lex.generic_nouns | lex.not_subject | lex.function_words
    if head[-1].lower() in lex.not_subject or head[-1].lower() in _NEWS:
        return False
    return any(w.lower() not in vague for w in head)


def _gathering(cues: dict[str, float], lex: Lexicon) -> bool:
    """Whether the event cues found name something to attend, not only a day ("samedi",
    "this saturday") or a return ("is back")."""
    days = lex.weekdays | {d.lower() for d in lex.relative_days}
    return any(
        cue not in _NOT_GATHERING and not days & set(cue.lower().split()) and cue not in days
        for cue in cues
    )


# where a thing stands, beside a shop: "a bench in front of the bakery", "vor dem Café",
# "davanti alla pizzeria", "al lado de la panadería", "em frente à padaria"
_BESIDE = re.compile(
    r"(?i)\b(?:in front of|outside|behind|next to|opposite|across from|devant|derrière"
    r"|(?:à côté|en face|près) d(?:e|u|es|')|vor|hinter|neben|gegenüber(?: von)?"
    r"|(?:davanti|dietro|accanto|di fronte|vicino) a(?:l|lla|llo|ll'|i|gli|lle)?"
    r"|(?:delante|detrás|enfrente|al lado) de(?:l)?|(?:junto|frente) a(?:l)?"
    r"|em frente (?:a|à|ao|d[oa])|(?:atrás|ao lado|perto) d[oa])"
    r"\s*(?:(?:the|our|la|le|les|l'|notre|dem|der|den|unserem|unserer|il|lo|i|el|los|o|a"
    r"|nostro|nostra|nuestro|nuestra|nosso|nossa)\s*)?(?P<venue>[^\W\d_]+)"
)


def _beside_a_venue(match: re.Match[str]) -> str:
    """The place phrase blanked when it names a shop (offsets kept), else left."""
    if match.group("venue").lower() in _VENUE_WORDS:
        return " " * len(match.group(0))
    return match.group(0)


def _trades_only(text: str, names: list[str]) -> str:
    """``text`` with each of ``names`` blanked out but its trade, a trade word and the
    word that says which trade ("Osteria Il Pozzo" keeps "Osteria", "Pet Shop Bicho
    Feliz" keeps "Pet Shop", "Hearth & Hob" keeps nothing; offsets kept)."""
    for name in names:
        words = name.split(" ")
        trade = [w.lower() in _VENUE_WORDS for w in words]
        kept = " ".join(
            w if trade[i] or (i + 1 < len(words) and trade[i + 1]) else " " * len(w)
            for i, w in enumerate(words)
        )
        text = text.replace(name, kept)
    return text


def _forms_with_emoji(text: str, content: str, lex: Lexicon) -> list[tuple[str, ...]]:
    """The word forms of ``text`` and of the words ``content``'s emoji stand for."""
    return [forms(t, lex.language) for t in tokens_of(text) + _emoji_words(content, lex)]


def _scores_without(
    said: re.Pattern[str], plain: str, content: str, opening: str, lex: Lexicon
) -> tuple[dict[str, float], dict[str, dict[str, float]]]:
    """The intents' scores and cues of the post read without what ``said`` finds in it
    ("Trois ans de chantier", "facciamo calze da 61 anni"): the words blanked out in
    ``plain``, so that what is left keeps its places, and dropped from ``opening``."""
    left = said.sub(lambda m: " " * len(m.group(0)), plain)
    return _scores(_forms_with_emoji(left, content, lex), left.lower(), said.sub(" ", opening), lex)


def _a_cause(name: str, lex: Lexicon) -> bool:
    """Whether a name is a cause's own words ("Banco Alimentar", "Banque Alimentaire",
    "Banco de Alimentos"): a food bank's name says what the post is for, as a shop's
    ("Home & Hearth") does not."""
    found = lex.intents["charity"].matches(
        [forms(t, lex.language) for t in tokens_of(name)], name.lower()
    )
    return any(" " in cue for cue in found)


def _without(text: str, names: list[str]) -> str:
    """``text`` with each of ``names`` blanked out (offsets kept)."""
    for name in names:
        text = text.replace(name, " " * len(name))
    return text


def read_post(content: str, language: str | None = None) -> Post:
    """Understand ``content``: its language, subject, facts, intent and voice.

    Args:
        content: the post brief as the user wrote it.
        language: ISO 639-1 code when the caller knows it; detected otherwise. A
            language without shipped data is read with the English lexicon (the
            caption is then written in English and a note says so).
    """
    notes: list[str] = []
    detected = language is None
    if language is None:
        language, _confidence = detect_language(content)
    lex_language = language if language in LANGUAGES else "en"
    if lex_language != language:
        notes.append(
            f"language {language!r} has no offline templates; written in English "
            f"(offline languages: {', '.join(LANGUAGES)})"
        )
    lex = lexicon(lex_language)
    user_tags = tuple(_TAG.findall(content))
    mentions = tuple(_MENTION.findall(content))
    raw_lines = content.splitlines()
    if sum(bool(_EMOJI_BULLET.match(ln)) for ln in raw_lines) >= 3:
        # "🍅 tomates / 🥒 pepinos / 🌶️ pimientos": lines opened by emoji are a list
        content_lines = [_EMOJI_BULLET.sub("- ", ln, count=1) for ln in raw_lines]
        listed = "\n".join(content_lines)
    else:
        listed = content
    # "…: 1. Passe protetor …. 2. Beba água …. 3. …": a list numbered inline, one item a line
    listed = _numbered_lines(listed, lex.language)
    text = _MENTION.sub(lambda m: m.group(1), _clean(listed))
    lines = [ln for ln in text.splitlines() if ln.strip()]
    sentences_all = _sentences(text, lex.language)
    instruction = [
        bool(lex.meta.matches(_forms_of(s, lex_language), s))
        and _imperative(s, lex)
        and not _WRITE_TO.search(s)
        for s in sentences_all
    ]
    described = _glued([s for s, meta in zip(sentences_all, instruction, strict=True) if not meta])
    if _URL.search(listed):
        # the address a post sends people to is a fact the body retells ("only online at
        # www.shoework.co.uk"), though no word of it is read as the subject or a cue
        linked = _sentences(
            _MENTION.sub(lambda m: m.group(1), _clean(listed, urls=True)), lex.language
        )
        if len(linked) == len(sentences_all):
            described = _glued([s for s, meta in zip(linked, instruction, strict=True) if not meta])
    described = _handles_kept(described, mentions, content)
    written = tokens_of(text) + _emoji_words(content, lex)
    token_forms = [forms(t, lex_language) for t in written]
    opening = sentences_all[0] if sentences_all else ""
    names = _names(text, lex)
    when = _when(text, lex)
    # "Our Christmas market was last Saturday", "Hace dos semanas, el 5 de octubre, …": a
    # day behind the post is a memory told, no day to come to
    past = told_as_past(sentences_all, lex)
    rental = lets_a_stay(text) and not past  # (a stay told after it is a trip)
    # a street's name ("calle Feria 42", "rue du Marché") and opening days ("de martes a
    # domingo") say where and when a place is open, not what the post is for
    plain = _ADDRESS.sub(lambda m: " " * len(m.group(0)), text)
    plain = _WHERE_LIST.sub(
        lambda m: m.group(0)[: m.start("places") - m.start()] + " " * len(m.group("places")), plain
    )
    plain = _DAY_RANGE.sub(lambda m: " " * len(m.group(0)), plain)
    plain = _EXPANSE.sub(lambda m: " " * len(m.group(0)), plain)
    plain = _UNAIDED.sub(lambda m: " " * len(m.group(0)), plain)
    plain = _AGE_RANGE.sub(lambda m: " " * len(m.group(0)), plain)
    plain = _no_age(plain)
    plain = _PRICED_DAYS.sub(lambda m: " " * len(m.group(0)), plain)
    plain = _BESIDE.sub(_beside_a_venue, plain)
    plain = _FURNITURE_SEATS.sub(lambda m: " " * len(m.group(0)), plain)
    if lex.language == "en":
        plain = _SIMILE.sub(lambda m: " " * len(m.group(0)), plain)
        plain = _KEPT_FROM.sub(lambda m: " " * len(m.group(0)), plain)
        plain = _SEASON_HOLIDAY.sub(lambda m: " " * len(m.group(0)), plain)
        plain = _COUNTED_BAGS.sub(lambda m: " " * len(m.group(0)), plain)
        if not _GARDENING.search(plain):
            plain = _GARDEN_AS_PLACE.sub(lambda m: " " * len(m.group(0)), plain)
    plain = _ADOPTED_THING.sub(lambda m: " " * len(m.group(0)), plain)
    plain = _without_trade_animals(plain)
    plain = _MEAL_TIME.sub(lambda m: " " * len(m.group(0)), plain)
    plain = _without_towns(plain)
    plain_forms = [forms(t, lex_language) for t in tokens_of(plain) + _emoji_words(content, lex)]
    # (a heading run on into a numbered list, "Top tips 1. 3 litres of water 2. sleep 8 hrs
    # 3. stretch.", opens with its heading: its items are no opening words)
    run_on = _RUN_ON_LIST.search(opening)
    scored_opening = opening[: run_on.start()] if run_on else opening
    scores, matched = _scores(plain_forms, plain.lower(), scored_opening, lex)
    # "Quiz night at Café Nord", "Osteria Bruno is hiring": a word of a business's name
    # says what the business is, not what the post is for; its trade word votes only when
    # nothing outside the names does ("Ci vediamo all'Osteria Il Pozzo stasera"); a date
    # and an hour say "come" ("Soirée jeux à la Crêperie Ti Breizh, mercredi dès 19h").
    # The name's other words never vote in their common sense: "Hearth & Hob", "Home &
    # Hearth", "The Garden Room" are a restaurant, not a home post
    businesses = [
        n.text
        for n in names
        if n.kind in ("venue", "name") and " " in n.text and not _a_cause(n.text, lex)
    ]
    if businesses:
        unnamed, bare_opening = _without(plain, businesses), _without(opening, businesses)
        bare_scores, bare_matched = _scores(
            _forms_with_emoji(unnamed, content, lex), unnamed.lower(), bare_opening, lex
        )
        dated = bool(when and rx(r"\d").search(when) and _CLOCK.search(when))
        # a dish priced at a named inn tonight ("Heute Abend Schäufele im Gasthaus Krone,
        # 16 Euro") is the inn's offer: the evening alone, an everyday cue, leaves the
        # vote to its trade word
        priced = _quantities(text, lex)[2] is not None
        voting = {i: s for i, s in bare_scores.items() if not (priced and i == "everyday")}
        if dated or max(voting.values(), default=0.0) >= 2.0:
            scores, matched = bare_scores, bare_matched
        else:
            traded = _trades_only(plain, businesses)
            scores, matched = _scores(
                _forms_with_emoji(traded, content, lex),
                traded.lower(),
                _trades_only(opening, businesses),
                lex,
            )
    taken = [m.group(0).lower() for m in ORDERS.finditer(text)]
    shown = matched.get("behind_the_scenes", {})
    if taken and any(c in t for c in shown for t in taken):
        # "Last orders for Diwali sweet boxes! … takes orders until Fri 30 Oct",
        # "Bestellungen bis Freitag": orders taken until a day are the business selling
        # (sweets, suits), no work shown; orders packed ("packing orders all night",
        # "Bestellungen verpacken") still are
        kept = {c: w for c, w in shown.items() if not any(c in t for t in taken)}
        early = lex.intents["behind_the_scenes"].matches(
            [forms(t, lex_language) for t in tokens_of(opening)], opening.lower()
        )
        matched["behind_the_scenes"] = kept
        scores["behind_the_scenes"] = _summed(kept, early)
    if matched.get("charity") and max(matched["charity"].values()) <= 2.0:
        # "kids out in pyjamas", "families welcome": people named with no cause, no gift
        # and no drive are no charity post
        scores["charity"] = scores["charity"] * 0.5
    if matched.get("pets") and _ADOPTED.search(plain) and not _ADOPTED_THING.search(text):
        # "Pipoca, nossa galga adotada, faz hoje um ano em casa": the speakers' own pet,
        # adopted, is the post, whatever word its name is (popcorn) or the day it counts
        scores["pets"] += 3.0
    if _ADOPTED_THING.search(text) and scores.get("pets"):
        # "nouveau canapé …, le chat l'a déjà adopté": the pet is the new thing's first
        # user, a side character of a post about the thing
        scores["pets"] = scores["pets"] * 0.5
    works = [m.group(0).lower() for m in _WORKS_TIME.finditer(plain)]
    if works:
        # "Trois ans de chantier, et la longère est enfin à nous": the years the works
        # took are the home's making, never an anniversary
        worked_scores, worked_matched = _scores_without(
            _WORKS_TIME, plain, content, scored_opening, lex
        )
        scores["milestone"] = worked_scores.get("milestone", 0.0)
        matched["milestone"] = worked_matched.get("milestone", {})
        if not any(cue in w for cue in matched.get("home", {}) for w in works):
            scores["home"] = scores.get("home", 0.0) + 3.0  # (a cue of its own: "anni di lavori")
    if (
        _NEEDS_COUNT.search(opening)
        and _BRING_THEM.search(text)
        and not _THANKS_WORD.search(opening)
    ):
        # "The reading room needs 600 books before school opens … Drop them at the
        # pharmacy … Thank you @pharmacy for the space": things needed and where to
        # bring them are an appeal; the thanks to a helper is its manner
        thanks = scores.get("thank_you", 0.0)
        scores["charity"] = max(scores.get("charity", 0.0), thanks + 1.0, 3.0)
    standing = False
    if _STANDING.search(plain) and scores.get("milestone"):
        # "Nel Calzificio …, facciamo calze da 61 anni. Da lunedì arriva la collezione":
        # the years the business has made socks are its standing; the collection arriving
        # is the news. Only when another news stands without the years ("Seit 30 Jahren
        # gibt es uns. Danke!" is still the anniversary)
        stood_scores, stood_matched = _scores_without(
            _STANDING, plain, content, scored_opening, lex
        )
        # (the news is told in another sentence: "We've been baking for 25 years today!"
        # has no other)
        elsewhere = _STANDING_SENTENCE.sub(lambda m: " " * len(m.group(0)), plain)
        other_scores, _ = _scores(
            _forms_with_emoji(elsewhere, content, lex), elsewhere.lower(), "", lex
        )
        news = max(
            (v for i, v in other_scores.items() if i not in ("milestone", "thank_you", "everyday")),
            default=0.0,
        )
        if news >= 3.0 and news > stood_scores.get("milestone", 0.0):
            standing = True
            scores["milestone"] = stood_scores.get("milestone", 0.0)
            matched["milestone"] = stood_matched.get("milestone", {})
    wardrobe = {w: v for w, v in matched.get("home", {}).items() if w in _WARDROBES}
    if wardrobe and (matched.get("fashion_beauty") or _RENEWED_WARDROBE.search(text)):
        # "Rinnova il tuo armadio con i nuovi maglioni di lana": a wardrobe with clothes
        # named, or one renewed, is the clothes in it, no furniture
        moved = sum(wardrobe.values())
        scores["home"] = max(scores.get("home", 0.0) - moved, 0.0)
        scores["fashion_beauty"] = scores.get("fashion_beauty", 0.0) + moved
    if matched.get("food") and set(matched["food"]) <= _ROOMS and scores.get("home", 0.0) >= 3.0:
        # "cocina nueva, suelos de barro y un horno de leña": a house's kitchen and oven
        # are rooms and fittings when nothing to eat is named
        scores["food"] = scores["food"] * 0.3
    if lex.language == "en" and (scores.get("travel") or _stay(opening)) and _stay(plain):
        # "3 days in the Burren ... the best chowder in Doolin": a stay counted in days in
        # a named place is the trip; what was eaten there is its setting. Said first
        # ("Three days in Kettleby Falls: …") it is what the whole post tells
        if not any(cue.endswith(" in") for cue in matched.get("travel", {})):
            # days on or along a route ("Four days on the Ring of Kerry") have no cue of
            # the lexicon's ("days in"): the stay is that cue
            scores["travel"] = scores.get("travel", 0.0) + 3.0
        scores["travel"] += 3.5 if _stay(opening) else 1.5
    elif lex.language != "en" and scores.get("travel") and _STAY_ROM.search(plain):
        scores["travel"] += 5.0 if _STAY_ROM.search(opening) else 1.5
    quantities, percent, price = _quantities(text, lex)
    branded = [n.text for n in names if n.kind in ("venue", "name") and len(n.text.split()) >= 2]
    if branded and matched.get("pets") and price is not None:
        # "Gatto Nero Studio" selling at 65 €: an animal in a business's name is no pet
        unnamed = text
        for name in branded:
            unnamed = unnamed.replace(name, " ")
        bare = [forms(t, lex_language) for t in tokens_of(unnamed)]
        if not lex.intents["pets"].matches(bare, unnamed.lower()):
            scores["pets"], matched["pets"] = 0.0, {}
    pet = _pet_name(text, content, lex, {n.text for n in names if n.kind == "place"})
    if pet:
        # "Cassoulet a encore volé le fromage 😾": the cat, not the dish
        scores["pets"] = scores.get("pets", 0.0) + 5.0
        scores["food"] = scores.get("food", 0.0) * 0.3
        names = [n for n in names if n.text != pet]
        names.insert(0, Name(pet, "person", text.find(pet)))
    # (doors opening again are a day to come: "Wir öffnen wieder! Ab Montag …")
    gathering = _gathering(matched.get("event", {}), lex) or bool(REOPENING.search(opening))
    opening_forms = [forms(t, lex_language) for t in tokens_of(opening)]
    # a post that opens with a death, not with a farewell to a season or a shop
    # ("we lost our shop cat last night ... we open at 12 tomorrow"): a loss, whatever
    # its details schedule
    unlost_opening = _unlost(opening, lex.language)
    if unlost_opening != opening:
        # "We lost the lease on the studio", "the card machine died": a thing lost or
        # broken, no one who died
        opening_forms = [forms(t, lex_language) for t in tokens_of(unlost_opening)]
    mourning = bool(
        set(lex.sensitive.matches(opening_forms, unlost_opening.lower()))
        - set(lex.farewell.matches(opening_forms, unlost_opening.lower()))
    )
    celebrated = set(matched.get("milestone", {}))
    if celebrated and celebrated <= lex.purpose_only and when and not past:
        # "Sabato festeggiamo in piazza con musica … dalle 18": a party on a day, nothing
        # reached (no years, no count, no wedding): a gathering, never "congratulate us"
        scores["milestone"] = scores["milestone"] * 0.3
        scores["event"] = scores.get("event", 0.0) + 2.0
    intent, adjusted = _intent(
        scores,
        text,
        opening,
        _emoji_intents(content, lex),
        when=None if past else when,
        day=_names_a_day(text, when, lex),
        percent=percent is not None,
        price=price is not None,
        places=len({n.text for n in names if n.kind == "place"}),
        named=tuple(names),
        gathering=gathering,
        # a pet that has "adopted" the new sofa is the sofa's first user, not the subject
        # (nor is a dish named after one: "our new corn dog")
        animal=(
            bool(_ANIMAL.search(_without_trade_animals(text)))
            and not _ADOPTED_THING.search(text)
            and not _DISH_PET.search(text)
        )
        or any(c in (_KEPT_EMOJI if matched.get("food") else _ANIMAL_EMOJI) for c in content),
        mourning=mourning,
        music=any(c in _MUSIC_EMOJI for c in content),
        rental=rental,
        advice=gives_advice(sentences_all, lex_language),
        steps=numbered_instructions(text, lex_language),
        on_sale=bool(_ON_SALE.search(text) or _URL.search(listed)),
        # (one person's early bake for the family is their own morning: "we" or no one
        # speaks for a business)
        making=bool(_EARLY_MAKING.search(text)) and _speaks_for_us(text, lex_language),
        animal_later=_animal_later(text, content, pet, lex),
        standing=standing,
        own_pet=_own_pet(text),
    )
    if (
        intent in ("thank_you", "charity")
        and _ADOPTED.search(opening)
        and not _SEEKING.search(text)
        and "pets" in scores
    ):
        # "Hoy hace un año que adoptamos a Canela … Gracias a la protectora": the pet's
        # story, its thanks a detail (never #voluntariado nor "¡Hasta la próxima!")
        intent = "pets"
    if intent == "product_launch" and _new_pet(
        text, lex, food=price is not None or bool(matched.get("food"))
    ):
        # "Das ist Brezel, unser neuer Bürohund", "Meet Biscuit, our new shop dog": a new
        # pet is the family's or the team's, no product launched (whatever its name is)
        intent = "pets"
    cue = _cue_phrase(text, matched.get(intent, {}), lex, written)
    if intent == "sale":
        cue = _sale_item(text, lex) or cue
    role = _role(text, lex_language) if intent == "hiring" else None
    if intent in _MARKER_INTENTS:
        # a marker ("tip", "hiring", "thank you") names nothing: the topic it is about
        # does, and the post names its topic first ("3 ways to keep cut flowers fresh")
        phrases = [
            c for t in _TOPIC_INTENTS if (c := _cue_phrase(text, matched.get(t, {}), lex, written))
        ]
        lowered = text.lower()
        cue = min(
            phrases,
            key=lambda c: lowered.find(c.lower()) if c.lower() in lowered else len(text),
            default=None,
        )
    opening_phrase = (
        _opening_phrase(opening, matched.get(intent, {}), lex)
        if intent in _OPENING_INTENTS
        else None
    )
    milestone = _milestone(opening, quantities) if intent == "milestone" else None
    opening_end = text.find(opening) + len(opening) if opening else 0
    cue_in_opening = bool(cue) and str(cue).lower() in opening.lower()
    subject = _subject(
        intent,
        names,
        cue,
        role,
        quantities,
        opening_phrase,
        milestone,
        opening_end,
        cue_in_opening,
        _thanked(text, names) if intent == "thank_you" else None,
        lex,
        opening,
    )
    subject = _launched_subject(subject, intent, names, text, opening_end, lex)
    if subject.kind == "none":
        subject = _fallback_subject(written, lex, user_tags)
    place = next((n.text for n in names if n.kind == "place"), None)
    we, me = voice_cues(text, lex_language)
    # a post that prices what a named venue serves speaks for that venue
    venue_price = price is not None and (
        any(n.kind == "venue" for n in names) or bool(_AT_PLACE.search(content))
    )
    business = (
        intent in ("product_launch", "sale", "hiring")
        or venue_price
        or bool(_URL.search(content) or _BUSINESS.search(content))
    )
    voice = "we" if (we and len(we) >= len(me)) or (business and not me) else "i"
    sensitive = bool(lex.sensitive.matches(token_forms, text.lower()))
    if sensitive and _unlost(text, lex.language) != text:
        unlost = _unlost(text, lex.language)
        unlost_forms = [forms(t, lex_language) for t in tokens_of(unlost)]
        sensitive = bool(lex.sensitive.matches(unlost_forms, unlost.lower()))
    if sensitive and not mourning and _LEAVING.search(text):
        # "Anke verlässt uns … und geht in Rente. Wir werden sie vermissen": a send-off
        # misses someone who is alive and well, never "Mit schwerem Herzen"
        sensitive = False
    if sensitive and not subject.is_name:
        # a death notice is about the one who died, whatever the post counts ("le décès
        # de Jean-Paul, notre boulanger depuis 30 ans" is not about "boulanger depuis")
        # ("il decesso di Gino": a name after "di" reads as an origin elsewhere)
        kinds = ("person", "name", "origin") if subject.kind == "quantity" else ("person", "name")
        mourned = next((n for n in names if n.kind in kinds), None)
        if mourned is not None:
            subject = Subject(mourned.text, mourned.kind, True)

    def ranked(found: dict[str, float]) -> list[str]:
        return [e for e, _ in sorted(found.items(), key=lambda kv: (-kv[1], kv[0]))]

    opening_cues = {
        e for i in INTENTS for e in lex.intents[i].matches(opening_forms, opening.lower())
    }
    # what the post opens with leads (a café's anniversary mentioning wedding brunches)
    key_cues = sorted(ranked(matched.get(intent, {})), key=lambda c: c not in opening_cues)
    if intent in _MARKER_INTENTS:
        topic = max(_TOPIC_INTENTS, key=lambda i: scores.get(i, 0.0))
        if scores.get(topic, 0.0) >= 3.0:
            key_cues += [c for c in ranked(matched[topic]) if c not in key_cues]
    everything = ranked({e: w for found in matched.values() for e, w in found.items()})
    cues = key_cues + [c for c in everything if c not in key_cues]
    items, items_label = _items(sentences_all, lines, lex)
    code_match = _CODE.search(text)
    # a happy ending, or a pet of the house, asks for no home
    adopted = bool(
        _ADOPTED.search(text) or _ADOPTED_THING.search(text) or _OWN_PET.search(text)
    ) and not _SEEKING.search(text)
    # an appeal for gifts at a shelter asks for blankets, not for a home
    gifts = bool(_GIVE_ASK.search(text)) and not (_SEEKING.search(text) or _ADOPT_WORD.search(text))
    # "Adote a Canela!", "Adoptá a Lola": a post that opens asking to adopt someone seeks
    # a home for them, whatever else it reads as (an adoption fair is also an event)
    appeal = bool(ADOPT_OPENING.match(text)) and not adopted
    flags = {
        flag
        for flag, (intents, flag_cues) in lex.flags.items()
        if not (flag == "adoption" and (adopted or gifts))
        # a shelter or a drive is a pet's only when the post speaks of animals
        if not (flag == "adoption" and intent != "pets" and not _ANIMAL.search(text) and not appeal)
        if (intent in intents or (flag == "adoption" and appeal))
        # a wedding must be what the post opens with, not a detail ("wedding brunches")
        and flag_cues.matches(
            opening_forms if flag == "wedding" else token_forms,
            (opening if flag == "wedding" else text).lower(),
        )
    }
    if mourning:
        flags.add("mourning")
    elif _BIRTHDAY.search(text) and (intent == "pets" or _ANIMAL.search(text)):
        # a pet's birthday is wished a happy one, never sent to a friend
        flags.add("pet_birthday")
    if _LEAVING.search(text) and not mourning:
        # a send-off is asked for goodbyes and good wishes, whatever else it reads as
        flags.add("leaving")
    if past:
        # the day is behind the post: never "save the date" nor "who's coming?"; an event
        # told after it is a recap, asked about as one ("Were you there?")
        flags.add("past")
        if intent == "event":
            flags.add("recap")
    if (
        _BIRTHDAY_WISH.search(opening)
        and not _OWN_BIRTHDAY.search(opening)
        and "pet_birthday" not in flags
        and not mourning
    ):
        # someone's birthday is wished a happy one: "leave a birthday wish", never "tag the
        # friend who'd order this" (its cake) nor "share this with a friend"
        flags.add("birthday")
    if price is not None and _OWN_SALE.search(opening) and intent == "sale":
        # a thing of one's own sold: asked who may want it, never "the friend you'd go
        # shopping with"
        flags.add("for_sale")
    if _GIVEAWAY.search(text) and not mourning:
        # a prize to win is asked with luck, never "what made you smile today?"
        flags.add("giveaway")
    if ORDERS.search(text) and intent in _TOPIC_INTENTS and when:
        # a cake to order by a day is asked to keep the day or pass it on, never "what
        # should be on the menu next?" nor the reader's day
        flags.add("orders")
    if rental and intent == "travel":
        # a stay let asks for bookings, never "where should we go next?"
        flags.add("rental")
    if _FOLLOWER_COUNT.search(text) and _THANKS_WORD.search(text):
        # the followers thanked are asked how long they have followed, never for the
        # crowd's "favourite moment"
        flags.add("followers")
    return Post(
        content=content,
        language=lex_language,
        detected=detected,
        intent=intent,
        intent_scores={k: v for k, v in adjusted.items() if v},
        subject=subject,
        names=tuple(names),
        place=place,
        when=when,
        quantities=tuple(quantities),
        percent=percent,
        price=price,
        code=code_match.group(1) if code_match else None,
        items=tuple(items),
        items_label=items_label,
        voice=voice,
        sensitive=sensitive,
        cues=tuple(cues),
        key_cues=tuple(key_cues),
        opening_cues=frozenset(opening_cues),
        sentences=tuple(described),
        user_tags=user_tags,
        mentions=mentions,
        flags=frozenset(flags),
        # (a day with its hour is a time to come: "sabato suoniamo …, ore 21")
        gathering=not past and (gathering or bool(_CLOCK.search(text) or _HOUR.search(text))),
        notes=notes,
    )


def _speaks_for_us(text: str, language: str) -> bool:
    """Whether ``text`` speaks as "we" or as no one, never more as "I"."""
    we, me = voice_cues(text, language)
    return len(me) <= len(we)


def _emoji_words(content: str, lex: Lexicon) -> list[str]:
    """The lexicon words the post's emoji stand for (🎓 → graduation), as extra tokens."""
    meaning = _emoji_meanings(lex.language)
    out: list[str] = []
    for match in _EMOJI_ETC.finditer(content):
        for char in match.group(0):
            word = meaning.get(char)
            if word is not None and word not in out:
                out.append(word)
    return out


# decoration more than meaning: never a clue to what a post is for
_DECORATION = frozenset("✨☀🔥❤🥹😍🙌👏💯⭐🌟")


def _emoji_intents(content: str, lex: Lexicon) -> dict[str, float]:
    """Intents whose own emoji the post carries (🎉 milestone, 🐾 pets), +1.5 each."""
    owners: dict[str, list[str]] = {}
    for intent, icon in lex.intent_emoji.items():
        owners.setdefault(icon[0], []).append(intent)
    out: dict[str, float] = {}
    for match in _EMOJI_ETC.finditer(content):
        for char in match.group(0):
            intents = owners.get(char, [])
            if len(intents) == 1 and char not in _DECORATION:
                out[intents[0]] = 1.5
    return out


@functools.cache
def _emoji_meanings(language: str) -> dict[str, str]:
    """Emoji (first code point) → a word of the language it stands for."""
    lex = lexicon(language)
    out: dict[str, str] = {}
    for word, icon in lex.emoji.items():
        if " " not in word and icon[0] not in _DECORATION:
            out.setdefault(icon[0], word)
    return out


def _forms_of(sentence: str, language: str) -> list[tuple[str, ...]]:
    return [forms(t, language) for t in tokens_of(sentence)]


def _imperative(sentence: str, lex: Lexicon) -> bool:
    """An instruction to the writer ("Mention the discount"), not a description."""
    first = sentence.split()[0].lower().strip(",:") if sentence.split() else ""
    return bool(lex.meta.matches([forms(first, lex.language)], first)) or first in ("please",)


_VERB_ENDINGS = {
    "en": ("ed", "ing", "ly"),
    "es": ("ar", "er", "ir", "ando", "iendo", "ado", "ido", "aba"),
    "fr": ("ez", "er", "ir", "ant", "é", "ée", "-les", "-le", "-la", "-moi", "-nous"),
    "pt": ("ar", "er", "ir", "ando", "endo", "ado", "ido", "ei", "ou"),
    "it": ("are", "ere", "ire", "ato", "ito", "ando", "endo"),
    "de": (),  # German nouns are told by their capital, not their ending
}


def _fallback_subject(written: list[str], lex: Lexicon, tags: tuple[str, ...]) -> Subject:
    """No name and no cue: the longest word that is plainly a noun (not a verb form, not
    a describing word), else the first hashtag, else none (the writer names the moment)."""
    endings = _VERB_ENDINGS.get(lex.language, ())
    words = [
        w
        for w in written
        if w.lower() not in lex.function_words
        and w.lower() not in lex.generic_nouns
        and w.lower() not in lex.not_subject
        and w.lower() not in lex.purpose_only
        and not any(ch.isdigit() for ch in w)
        and len(w) >= 4
        and not w.lower().endswith(endings)
        and (lex.language != "de" or w[:1].isupper())
    ]
    if words:
        return Subject(_as_shown(max(words, key=len), lex.language), "thing", False)
    if tags:
        return Subject(tags[0], "thing", False)
    return Subject("", "none", False)


def _question(sentence: str) -> bool:
    first = sentence.split()[0].lower() if sentence.split() else ""
    return sentence.rstrip().endswith("?") or first in _QUESTION_START


def in_company(word: str, content: str) -> bool:
    """Whether ``word`` is only named as company ("good with kids and dogs", "se lleva
    bien con gatos", "verträgt sich mit Hunden"): a side detail, never the post's emoji."""
    pattern = (
        r"(?i)\b(?:along with|good with|fine with|great with|okay with|ok with|lives with"
        r"|bien con|bem com|mit anderen|verträgt sich mit|avec les|avec d'autres|bene con"
        r"|d'accordo con)\s+(?:\w+\s+(?:and|y|e|und|et)\s+|other\s+|otros\s+|outros\s+"
        r"|altri\s+|autres\s+)?" + re.escape(word) + r"\b"
    )
    return bool(rx(pattern).search(content))
