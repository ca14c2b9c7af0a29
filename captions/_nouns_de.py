"""German nouns typed in lower case, known by a noun lexicon.

German writes every noun with a capital; a brief typed in a hurry says "winterjacken ab
49 €, alle schlösser -30 %. nur im laden" or "40 stimmen, ein buch für oma", and the
caption that retells it should say "Winterjacken", "Schlösser", "Laden", "Stimmen",
"Buch", "Oma". The nouns and their forms come from the ``german-nouns`` package (a
Wiktionary list, read once, on the first German caption); a form that is also a verb,
an adjective or an adverb ("laden", "stimmen", "morgen", "gut", "neue") is listed in
``data/lexicon/de-homographs.txt`` and is written as a noun only where a noun stands:

- after an article, a determiner or a preposition joined with its article ("die
  kosten", "alle schlösser", "im laden", "zum essen"), past the adjectives between them
  ("die neuen winterjacken");
- after a figure ("40 stimmen", "2 stück").

A form that is no such homograph is a noun wherever it stands ("ein buch für oma",
"winterjacken ab 49 €"), and so is a compound of two nouns the list knows
("kinderflohmarkt") and a street ("goethestraße", "mühlenweg 3"); "sa", "so", "mo" are
Saturday, Sunday, Monday where an hour or another day follows ("sa 10-14 uhr", "mo-fr").
A word the engine writes in lower case itself, a function word and a word that already
carries a capital are left alone.
"""

from __future__ import annotations

import functools
import re
from importlib import resources

from ._names_rom import unknown_word, zipf

__all__ = [
    "german_first_names",
    "german_lexicon_nouns",
    "german_listed_noun",
    "german_noun_form",
    "german_short_days",
]


# after these a noun stands: articles, determiners, quantifiers and a preposition joined
# with its article ("im", "zum")
def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_CUES = _words(
    """der die das den dem des ein eine einen einem einer eines kein keine keinen keinem
    keiner keines mein meine meinen meinem meiner dein deine deinen deinem deiner sein
    seine seinen seinem seiner ihr ihre ihren ihrem ihrer unser unsere unseren unserem
    unserer euer eure euren eurem eurer dieser diese diesen diesem dieses jeder jede
    jeden jedem jedes alle allen aller viele vielen einige einigen mehrere beide beiden
    manche welche im am zum zur beim vom ins ans aufs fürs ums übers ne nen"""
)
# the spoken article with its apostrophe ("auf *'ne* tüte", "für *'nen* zehner"): a
# word the pattern below never reads, so a cue in the gap before the noun
_CLIPPED_ARTICLE = re.compile(r"(?:^|\s)['\u2019](?:ne|nen|n) $")
# "der", "die", "das" after a comma open a relative clause ("…, die sich freut")
_RELATIVE = frozenset({"der", "die", "das", "den", "dem", "welche"})
# a cue that may be a pronoun too ("…, der *das* sehen muss", "*ihr* laden uns ein"): a
# noun's place for a word that is only a noun, not for a homograph
_WEAK_CUES = frozenset({"der", "die", "das", "den", "dem", "ihr", "sein", "welche"})
# the spoken "eine", "einen" ("ne tüte chips", "nen kaffee"); opening a sentence, "ne" is
# "nee", no ("ne danke"): a weak cue there
_SPOKEN_ARTICLES = frozenset({"ne", "nen"})
# a preposition before "der", "die", "das" makes them the article ("aus dem schuppen",
# "auf den stufen"); after a comma it opens a relative clause ("…, in dem wir …")
_PREPOSITION_BEFORE = re.compile(
    r"(?<![\w'\u2019-])(?:aus|mit|von|für|bei|nach|ohne|gegen|vor|seit|trotz|wegen|statt"
    r"|durch|zwischen|unter|über|hinter|neben|in|an|auf|um|zu) $"
)
# a preposition with no article after it: a noun follows ("füllung aus bohnen", "mit
# nudeln", "vor lachen"), or an adverb ("bis morgen", "nach rechts", "in bar"), or an
# adjective ("für gut", "seit langem"); never "zu" or "um", before an infinitive ("zu
# essen", "um zu laden"); "als" names a role as a preposition does ("als gast"); a
# sentence's first word is one too ("Pro tag", "Mit zwiebeln")
_BARE_PREPOSITION = re.compile(
    r"(?<![\w'\u2019-])(?i:aus|mit|von|für|bei|nach|ohne|gegen|vor|seit|trotz|wegen|statt"
    r"|durch|zwischen|unter|über|hinter|neben|in|an|auf|bis|ab|pro|per|samt|als) $"
)
_ADVERBS = _words(
    """heute morgen gestern übermorgen vorgestern bald sofort jetzt gleich später früher
    früh spät rechts links oben unten vorne vorn hinten innen außen drinnen draußen
    weiter bar mal hause minus plus"""
)
# a list of nouns: a word after a noun written with its capital and a comma, "und",
# "oder", "+" or "&", before the next such mark, a sentence's end or "wie" ("spinat,
# teig wie …", "tee, decke, kerze.")
_LIST_BEFORE = re.compile(r"(?P<noun>[^\W\d_]{2,})(?:\s*[,+&]\s*|\s+(?:und|oder|sowie)\s+)$")
_LIST_AFTER = re.compile(r"\s*(?:[^\w\s]|$|(?:und|oder|sowie|wie)\b)")
# "zum ersten mal", "das letzte mal", "jedes mal", "zum 3. mal": after an ordinal or a
# determiner "mal" is the noun "Mal" ("erst mal", "komm mal" are adverbs)
_ORDINAL_BEFORE = re.compile(
    r"(?<![\w-])(?i:\d{1,3}\.|(?:x-t|erst|zweit|dritt|viert|fünft|sechst|siebt|acht|neunt"
    r"|zehnt|elft|zwölft|[^\W\d_]+(?:zehnt|zigst|hundertst)|letzt|vorletzt|nächst|jed|dies"
    r"|ander)(?:e|en|es|er)) $"
)
# a clause of a noun and what it is ("eintritt frei.", ", parken kostenlos,"): a word
# opening a clause before an adjective that ends it
_PREDICATE_AFTER = re.compile(r" (?P<adjective>[^\W\d_]+)\s*(?:[^\w\s]|$)")
_PRICE_WORDS = frozenset({"frei", "gratis", "kostenlos", "inklusive", "inkl"})
# a finite verb right after the noun ("das essen *war* lecker", "der laden *ist* zu"): a
# homograph after "der", "die", "das" is the subject, no verb (a verb at a clause's end
# takes a modal: "…, der das sehen *muss*")
_FINITE_AFTER = re.compile(r" (?:ist|sind|war|waren|hat|haben|hatte|hatten)\b")
# the times of day, nouns after a determiner though "morgen" alone is tomorrow
_DAYTIMES = frozenset({"morgen", "abend", "mittag", "nachmittag", "vormittag", "tag", "nacht"})
# the nouns of a portion or a measure, before what they hold ("ein stück strudel", "ne
# tasse tee", "zwei gläser wein"): a noun's place, though not for an infinitive or a
# comparative ("ein glas trinken", "ein stück näher", "ein stück mehr")
_PORTIONS = _words(
    """stück stücke stückchen tasse tassen glas gläser gläschen flasche flaschen becher
    kugel kugeln scheibe scheiben portion portionen teller tüte tüten schale schälchen
    kanne krug kiste kisten dose dosen packung packungen sack beutel korb schluck prise
    liter kilo pfund"""
)
_NOT_HELD = re.compile(r"(?:en|ln|rn|r)$")
# nouns that, after an article, mostly quantify ("ein *paar* Tage", "ein *bisschen* mutig")
_QUANTIFIERS = frozenset({"paar", "bisschen", "bißchen"})
# an inflected adjective between an article and its noun ("die *neuen* jacken")
_ADJECTIVE_END = re.compile(r"[^\W\d_]{2,}(?:e|en|er|es|em)$")
# a noun's form that is a verb's too, after an inflected adjective with no article ("neue
# knöpfe", "nachhaltige mode"): the noun, unless it looks like an infinitive or a plural
# a verb shares ("lange laufen", "frische backen")
_NOUN_AFTER_ADJECTIVE = re.compile(r"[^\W\d_]{3,}(?<!en)(?<!ln)(?<!rn)")
# a word as the caption writes it (never part of a hashtag, mention, link or address)
_WORD = re.compile(
    r"(?<![#@/.\w'\u2019-])[^\W\d_]+(?:[-'\u2019][^\W\d_]+)*(?![\w@/#'\u2019-]|\.\w)"
)
# a count ("40 stimmen", "2,5 stunden"); not a year ("seit 1998 backen wir")
_FIGURE_BEFORE = re.compile(r"(?<![\w.,])\d{1,3}(?:[.,]\d+)?\s$")
# a house number: a figure after a street ("am Max-Planck-Ring 4 parken", "Hauptstr. 12
# abholen"), which counts nothing, so the word after it may be a verb
_HOUSE_NUMBER_BEFORE = re.compile(
    r"(?i)(?:straße|strasse|str\.|allee|platz|gasse|weg|ring|damm|ufer) \d{1,3}[a-z]?\s$"
)
# the symbols of units that the noun list knows as nouns: after a figure the unit ("2,5
# bar", "10 min", "2 mol"), never the pub, "Min" or "Mol"; with its period "Min." is the
# abbreviation of "Minuten", a noun's ("45 Min.")
_UNIT_SYMBOLS = frozenset({"bar", "mbar", "min", "mol", "psi", "kcal"})
_ABBREVIATED = frozenset({"min"})


# a row of the list that is no common noun: a name, an abbreviation, a letter, an
# adjective declined as a noun ("der Neue"), part of a word (a part of speech that names
# more than one is quoted: "Substantiv,Toponym"); the list is read in lower case
_NOT_COMMON = re.compile(
    r'[^,]*,"[^"]*(?:toponym|vorname|nachname|eigenname|straßenname|abkürzung|buchstabe'
    r"|symbol|affix|lexem|adjektivische)"
)


@functools.cache
def _nouns() -> frozenset[str]:
    """Every form of every common noun ``german-nouns`` knows, in lower case (read once,
    on the first German caption)."""
    path = resources.files("german_nouns") / "nouns.csv"
    forms: set[str] = set()
    with path.open(encoding="utf-8") as rows:  # a row at a time: the list is 20 MB
        next(rows)
        for row in map(str.lower, rows):
            if not _NOT_COMMON.match(row):
                forms.update(row.rstrip().split(","))
    return frozenset(w for w in forms if len(w) > 2 and w.isalpha()) - _PARTICLES


# words of the spoken language that the noun list also has as rare nouns: "muss aber
# net" (southern "nicht") is no "Net"; and the ends of adjectives that the list has as
# nouns, never a compound's last noun ("automat|isch", "zauber|haft")
_PARTICLES = frozenset({"net", "ned", "nit"})
_ADJECTIVE_HEADS = frozenset({"isch", "haft"})
# the last parts of adjectives and adverbs that are also nouns' forms ("kosten|los",
# "himmel|blau", "welt|weit", "stunden|weise", "tausend|mal"): a compound that ends with
# one is no noun; a noun's form that is a verb's too ("berg|käse", "winter|rad",
# "maler|betrieb", "hafner|meister") ends a noun, an infinitive ("staub|saugen") never
_ADVERB_HEADS = _words(
    """los frei voll reich arm fest leer wert würdig gerecht dicht echt fähig nah weit
    lang gleich mal weise bar gut rein fein blau rot grün gelb weiß schwarz braun
    grau warm kalt heiß kühl nass satt tot alt neu jung hoch groß klein kurz stark
    schwach hart weich süß scharf mild sauer sauber lecker locker sicher bitter heiter
    munter teuer dunkel edel halber seits teils wärts wegs stück tags"""
)
_INFLECTION = re.compile(r"(?:e|en|er|es|em)$")
_INFINITIVE_END = re.compile(r"(?:en|ln|rn)$")


@functools.cache
def _homographs() -> frozenset[str]:
    """The nouns' forms that are also a verb, an adjective or an adverb in lower case."""
    path = resources.files("captions") / "data" / "lexicon" / "de-homographs.txt"
    text = path.read_text(encoding="utf-8")
    listed = frozenset(w for w in text.split("\n") if w and not w.startswith("#"))
    # a verb in "-ieren" the list has as a noun ("das Telefonieren") or whose end is a
    # noun's ("telefo|nieren"): the verb, but after an article ("wir telefonieren gern",
    # "beim Telefonieren"); a plural with no such verb stays a noun ("barrieren": no
    # "barriert")
    return listed | {w for w in _nouns() if w.endswith("ieren") and _ieren_verb(w)}


def _ieren_verb(word: str) -> bool:
    """Whether ``word`` ("telefonieren", "reparieren") is a verb in "-ieren": its "-t"
    form is a word German writes ("telefoniert")."""
    return zipf(word[:-2] + "t", "de") >= _VERB_FORM_ZIPF


# a present participle's ending, inflected ("spannende", "laufenden")
_PARTICIPLE_END = re.compile(r"end(?:e|en|er|es|em)?$")
# how a compound joins its parts: "weihnacht*s*markt", "kinder*n*", "hund*e*wiese"
_LINKS = ("", "s", "es", "n", "en", "e", "er")


# the combining forms German writes before a noun, no word on their own ("thermo|socken",
# "bio|markt", "öko|kiste", "mini|gugelhupf")
_COMBINING_FORMS = (
    "thermo",
    "bio",
    "öko",
    "mini",
    "maxi",
    "mega",
    "multi",
    "mikro",
    "makro",
    "elektro",
    "hydro",
    "retro",
    "turbo",
    "ultra",
    "semi",
    "poly",
    "mono",
    "stereo",
    "tele",
    "neo",
)
# a verb in "-eln", "-ern" whose infinitive the noun list lacks ("schütteln", "basteln",
# "klettern"): a word a German text uses often enough
_VERB_ZIPF = 3.0
_VERB_FORM_ZIPF = 2.5


def _verb_in_eln(stem: str) -> bool:
    """Whether ``stem`` ("schüttel", "bastel", "kletter") and "-n" make a common verb,
    one "-t" conjugates: "schüttel|brot", "bastel|stube", "kletter|halle"."""
    return (
        len(stem) >= 5
        and stem.endswith(("el", "er"))
        and zipf(stem + "n", "de") >= _VERB_ZIPF
        # and a verb's form ("schüttelt"), never an adverb's ("ander|orts": "andern")
        and zipf(stem + "t", "de") >= _VERB_FORM_ZIPF
    )


def _compound(word: str, never: frozenset[str]) -> bool:
    """Whether ``word`` is a noun the list lacks made of two it knows: a noun, or its
    stem with a linking letter, and a noun that is no other word's form
    ("kinderflohmarkt", "weihnachtsbasar"; not "himmelblau", "aufladen", "kostenlos").
    The longest noun that ends the word decides: "staubsaugen" ends with a verb, not
    with "augen"."""
    nouns, homographs = _nouns(), _homographs()
    if word.endswith("ieren") and _ieren_verb(word):
        return False  # "telefonieren" is no "Telefo|nieren"
    for prefix in _COMBINING_FORMS:
        # "thermo|socken", "bio|laden", "öko|strom": a combining form before a noun
        # (a plural a verb shares too, "thermo|socken", "bio|laden", is the noun here)
        if word.startswith(prefix) and word[len(prefix) :] in nouns and len(word) > len(prefix) + 3:
            return True
    for at in range(3, len(word) - 3):
        head = word[at:]
        if head not in nouns:
            continue
        if head in _ADJECTIVE_HEADS | _ADVERB_HEADS or _INFLECTION.sub("", head) in _ADVERB_HEADS:
            return False
        verb_head = head in homographs
        if verb_head and _INFINITIVE_END.search(head):
            return False  # "staub|saugen", "auf|laden": an infinitive ends them
        stem = word[:at]
        if stem in never or stem in _CUES:  # "aller|dings" is no "All-er-Dings"
            continue
        # a verb's stem before the noun ("trink|halle", "schreib|tisch"): its infinitive
        # is a noun's form the list knows ("das Trinken"), or a common verb in "-eln",
        # "-ern" ("schüttel|brot")
        if (
            not verb_head
            and len(stem) > 2
            and (stem + "en" in nouns or stem + "n" in nouns or _verb_in_eln(stem))
            and stem + "en" not in never
            # (never a present participle: "spann|ende", "lauf|ende" are no compounds)
            and not _PARTICIPLE_END.search(word)
        ):
            return True
        for link in _LINKS:
            first = stem[: len(stem) - len(link)]
            if (
                stem.endswith(link)
                and len(first) > 2
                and first in nouns
                and first not in never
                and first not in _CUES
            ):
                return True
    return False


# a street ("goethestraße", "am lindenplatz", "kirchgasse 4"): its last part is a noun,
# and so the whole name; "-weg", "-ring", "-damm", "-ufer" only before a house number
# ("unterwegs", "hinweg" are adverbs)
_STREET = re.compile(r"[^\W\d_]{3,}(?:straße|strasse|gasse|allee|platz)")
_STREET_NUMBERED = re.compile(
    r"(?P<stem>[^\W\d_]{3,})(?:weg|ring|damm|ufer|markt)(?= \d{1,3}[a-z]?\b)"
)


# a noun after a letter and a hyphen ("e-bikes", "u-bahn", "t-shirts"); "x-mal" is an
# adverb
_LETTERED = re.compile(r"[^\W\d_]-(?P<noun>[^\W\d_]{3,})")
_LETTER_ADVERBS = frozenset({"mal", "fach", "beliebig", "ten", "te", "tes", "ter"})


def _lettered_noun(noun: str, never: frozenset[str]) -> bool:
    """Whether ``noun``, after a letter and a hyphen, is a noun: one the list knows, or an
    English word German borrows ("t-shirts", "e-books")."""
    if noun in _LETTER_ADVERBS or noun in never:
        return False
    return noun in _nouns() or noun in _homographs() or not unknown_word(noun, "en")


# a row of the list that is a first name ("Helmut,\"Substantiv,Vorname\"")
_FIRST_NAME = re.compile(r'[^,]*,"[^"]*vorname')


@functools.cache
def german_first_names() -> frozenset[str]:
    """The first names ``german-nouns`` lists ("helmut", "ingeborg"), in lower case, less
    those that are also a common noun's form ("rosa", "engel", "hans")."""
    path = resources.files("german_nouns") / "nouns.csv"
    names: set[str] = set()
    with path.open(encoding="utf-8") as rows:
        next(rows)
        for row in map(str.lower, rows):
            if _FIRST_NAME.match(row):
                names.add(row.split(",", 1)[0])
    return frozenset(n for n in names if n.isalpha() and not german_noun_form(n))


def german_listed_noun(word: str) -> bool:
    """Whether ``word`` (lower case) is a form of a noun the list knows whole
    ("sandburg", "altstadt"), no compound guessed from its parts ("meersburg")."""
    return word in _nouns()


def german_noun_form(word: str) -> bool:
    """Whether ``word`` (lower case) is a form the noun list knows, as a noun, as a word
    that is also a verb's or adjective's form, or as a compound of two nouns."""
    return word in _nouns() or word in _homographs() or _compound(word, frozenset())


def _before_a_noun(text: str, end: int) -> bool:
    """Whether a word that is only a noun follows the word ending at ``end``: one the
    list knows, or one the brief writes with a noun's capital ("ein gutes *Buch*",
    "eine grüne *Wand*": the word before it is its adjective, never "Gutes", "Grüne")."""
    after = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    if after is None:
        return False
    word = after.group(0)
    if word[:1].isupper() and word[1:].islower():
        return True
    return word in _nouns() and word not in _homographs()


# an adjective's stem is a word on its own ("neu|e", "gut|en", "rund|e"); a noun's is
# rarely one ("tüt|e", "kann|e"), so a noun's form there is the noun ("ne tüte pommes")
_STEM_ZIPF = 3.0
# an adjective's "-es" form this common ("letztes", "frisches"; not "frühes", "weites":
# "früher", "weiter" are adverbs too)
_DECLINED_ZIPF = 3.5


@functools.cache
def _adjective_stem(word: str) -> bool:
    """Whether ``word`` without its inflection is a word of its own ("neue", "guten")."""
    stem = re.sub(r"(?:e|en|er|es|em)$", "", word)
    return max(zipf(stem, "de"), zipf(stem.replace("ß", "ss"), "de")) >= _STEM_ZIPF


@functools.cache
def _declines(word: str) -> bool:
    """Whether ``word`` is an adjective's inflected form: its "-es" form is a common word
    ("letzter", "schönen": "letztes", "schönes"; never "leider", "gerne", "aber")."""
    stem = re.sub(r"(?:e|en|er|es|em)$", "", word)
    return (
        max(zipf(stem + "es", "de"), zipf(stem.replace("ß", "ss") + "es", "de")) >= _DECLINED_ZIPF
    )


def _after_a_preposition(text: str, start: int) -> bool:
    """Whether a preposition that no comma leads ("…, in dem") stands right before the
    word at ``start``: the word is an article then, never a pronoun."""
    before = _PREPOSITION_BEFORE.search(text, max(0, start - 10), start)
    return before is not None and not text[: before.start()].rstrip().endswith(",")


def _adjective_form(word: str) -> bool:
    """Whether ``word`` is an adjective's form: its "-es" and "-er" forms are common words
    ("guten", "seit langem": "gutes", "guter"); a noun's genitive in "-es" has no "-er"
    form ("tag": "tages", no "tager")."""
    stem = re.sub(r"(?:e|en|er|es|em)$", "", word)
    return _declines(word) and zipf(stem + "er", "de") >= _DECLINED_ZIPF


# the endings of adjectives, inflected ("nachhalt|ige", "farb|igen", "fried|liche",
# "typ|ische"): an adjective whatever its frequency
_ADJECTIVE_SUFFIX = re.compile(r"[^\W\d_]{3,}(?:ig|lich|isch)(?:e|en|er|es|em)")


# adverbs that end like an inflected adjective ("wir warten *lange*", "*gerade* kommt")
_ADVERB_FORMS = frozenset({"lange", "gerade", "alleine", "gerne", "ferne", "balde"})


def _attributive(word: str) -> bool:
    """Whether ``word`` is an adjective's inflected form, which stands before its noun
    ("neue", "frisches", "nachhaltige"; never "gerne", "leider", "aber")."""
    # ("…, der diese hochzeit *lieben* würde": an "-en" form may be an infinitive)
    return (
        bool(_ADJECTIVE_END.fullmatch(word))
        and not word.endswith("en")
        and (
            _adjective_form(word)
            or bool(_ADJECTIVE_SUFFIX.fullmatch(word))
            # ("warme", "schicke"; "oder", "wie" have no stem of three letters)
            or (len(_INFLECTION.sub("", word)) >= 3 and _adjective_stem(word))
        )
    )


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens the text, a line or a sentence."""
    before = text[:start].rstrip(" ")
    return not before or before[-1] in ".!?:\n"


def german_lexicon_nouns(
    text: str,
    spans: list[tuple[int, int]],
    never: frozenset[str],
    unplaced: frozenset[str],
) -> str:
    """``text`` with the German nouns the lexicon knows written with their capital.

    Args:
        text: a German caption.
        spans: the spans of hashtags, mentions, links and addresses, left as typed.
        never: words never written as nouns (function words, number words).
        unplaced: words written as nouns only where a noun stands (the engine's own
            lower-case words: "wir *laden* euch ein", but "im Laden").
    """
    nouns, homographs = _nouns(), _homographs()
    out = list(text)
    cue = False  # the words before this one make a noun's place: an article, a figure
    strong = False  # and no pronoun could stand there instead
    determiner = False  # the word before this one is the determiner itself
    # the word before this one is an adjective's inflected form with no article ("neue")
    after_adjective = False
    portion = False  # the word before this one is a portion's noun ("stück", "tasse")
    previous_end = 0
    for match in _WORD.finditer(text):
        word, start = match.group(0), match.start()
        gap = text[previous_end:start]
        joined = gap == " "
        after_article, determiner = determiner and joined, False
        weak_adjective, after_adjective = after_adjective and joined, False
        # ("ein stück strudel", not "ein glas trinken", "ein stück näher")
        unheld = portion and joined and bool(_NOT_HELD.search(word))
        held, portion = portion and joined and not unheld, False
        if not joined:
            cue = False
            if _CLIPPED_ARTICLE.search(gap):  # "'ne tüte": the clipped article
                cue, strong, joined = True, True, True
        if any(a <= start < b for a, b in spans) or word != word.lower():
            # ("ein Stück strudel": a portion's noun written already; "Letzter tag": a
            # sentence's adjective with its first capital)
            inside, lower = any(a <= start < b for a, b in spans), word.lower()
            portion = lower in _PORTIONS and not inside
            cue = portion or (
                not inside
                and word[1:] == lower[1:]
                and _opens_sentence(text, start)
                and bool(_ADJECTIVE_END.fullmatch(lower))
                and lower not in never
                and _declines(lower)
            )
            strong, previous_end = portion or (strong and not cue), match.end()
            continue
        figure = bool(_FIGURE_BEFORE.search(text, max(0, start - 12), start)) and not (
            _HOUSE_NUMBER_BEFORE.search(text, max(0, start - 16), start)
        )
        if (
            figure
            and word in _UNIT_SYMBOLS
            and not (word in _ABBREVIATED and text[match.end() : match.end() + 1] == ".")
        ):
            cue, previous_end = False, match.end()
            continue
        placed = (cue and joined) or figure
        if word in _CUES:
            relative = word in _RELATIVE and text[:start].rstrip().endswith(",")
            cue, previous_end = not relative, match.end()
            strong = (word not in _WEAK_CUES or _after_a_preposition(text, start)) and not (
                word in _SPOKEN_ARTICLES and _opens_sentence(text, start)
            )
            determiner = cue
            continue
        # an inflected adjective, though never a noun itself ("neue", "nachhaltige"):
        # what follows it is its noun
        after_adjective = (
            word not in _ADVERBS | _ADVERB_FORMS
            and not (word in nouns and word not in homographs)  # "tüte", "kanne"
            and _attributive(word)
        )
        surely = (
            (placed and strong and not unheld)
            or held
            or figure
            or (placed and bool(_FINITE_AFTER.match(text, match.end())))
            or (
                word not in _ADVERBS
                and _LIST_AFTER.match(text, match.end()) is not None
                and (listed := _LIST_BEFORE.search(text, max(0, start - 40), start)) is not None
                and out[listed.start("noun")].isupper()
                # (a sentence's first word, a noun the list knows: "Reinigen, ölen" lists
                # verbs)
                and (
                    not _opens_sentence(text, listed.start("noun"))
                    or listed.group("noun").lower() in nouns
                )
                and not _adjective_form(word)
            )
            # "eintritt frei.": a noun and its adjective, a clause of their own
            or (
                word not in _ADVERBS
                and (_opens_sentence(text, start) or text[:start].rstrip().endswith(","))
                and (predicate := _PREDICATE_AFTER.match(text, match.end())) is not None
                and (
                    predicate.group("adjective").lower() in _PRICE_WORDS
                    or _adjective_form(predicate.group("adjective").lower())
                )
            )
            # "füllung aus bohnen": a noun after a bare preposition, no adverb or
            # adjective ("bis morgen", "für gut", "seit langem")
            or (
                joined
                and word not in _ADVERBS
                and _BARE_PREPOSITION.search(text, max(0, start - 10), start) is not None
                and not _adjective_form(word)
            )
        )
        street = (
            _STREET.fullmatch(word)
            or (len(word) > 6 and word.endswith("str") and text[match.end() :].startswith("."))
            or (
                (numbered := _STREET_NUMBERED.match(text, start)) is not None
                # "mühlen|weg 3", not "durch|weg 5 sterne"
                and numbered.group("stem") in nouns
                and numbered.group("stem") not in homographs
            )
        )
        noun = word not in never and word not in _QUANTIFIERS
        noun = noun and (word in nouns or (word not in unplaced and _compound(word, never)))
        adjective = (
            placed
            and bool(_ADJECTIVE_END.fullmatch(word))
            and word not in never
            and _before_a_noun(text, match.end())
            # ("die trinkhalle walross": a noun that is only a noun stands before a name)
            and not (noun and word not in homographs and not _PARTICIPLE_END.search(word))
            # ("ne tüte pommes": a noun's form whose stem is no word is that noun)
            and (not noun or _adjective_stem(word) or bool(_PARTICIPLE_END.search(word)))
        )
        lettered = _LETTERED.fullmatch(word)
        if lettered is not None and _lettered_noun(lettered.group("noun"), never):
            out[start] = out[start].upper()  # "e-bikes", "u-bahn", "t-shirts"
            out[lettered.start("noun") + start] = out[lettered.start("noun") + start].upper()
            cue = False
        elif street:
            out[start] = out[start].upper()
            cue = False
        elif word == "mal" and _ORDINAL_BEFORE.search(text, max(0, start - 20), start):
            out[start] = out[start].upper()  # "zum ersten Mal", "jedes Mal"
            cue = False
        elif placed and word in _DAYTIMES:
            # "jeden morgen", "am abend", "den ganzen tag": after a determiner the time of
            # day is a noun (alone, "morgen" is tomorrow)
            out[start] = out[start].upper()
            cue = False
        elif adjective:  # "eine *gute* wahl", "die *neuen* jacken": the noun is still to come
            # (a noun's homograph there, "dem duschen", is no adjective)
            strong = strong or (after_article and word not in nouns and word not in homographs)
            cue = True
        elif noun and (
            surely
            or (word not in homographs and (placed or word not in unplaced))
            or (weak_adjective and _NOUN_AFTER_ADJECTIVE.fullmatch(word) is not None)
        ):
            out[start] = out[start].upper()
            cue = portion = word in _PORTIONS  # "ein stück *strudel*", "ne tüte *chips*"
            strong = strong or portion
        elif placed and _ADJECTIVE_END.fullmatch(word) and word not in never:
            # "die neuen …", "den ganzen …": the noun is still to come, and an article
            # right before its adjective is no pronoun
            # (a noun's homograph there, "dem duschen", is no adjective)
            strong = strong or (after_article and word not in nouns and word not in homographs)
            cue = True
        elif _ADJECTIVE_END.fullmatch(word) and word not in never and _declines(word):
            # "letzter tag ist …", "schönen abend": an adjective with no article makes a
            # weak cue (a time of day, or a noun before a finite verb)
            cue, strong = True, False
        else:
            cue = False
        previous_end = match.end()
    return "".join(out)


# "sa 10-14 uhr", "mo-fr", "so. 11 uhr": a weekday's short form before an hour, a dash
# or another day; alone, "so" and "mo" are words
_DAYS = "mo|di|mi|do|fr|sa|so"
_SHORT_DAY = re.compile(
    rf"(?<![\w#@/.-])(?P<day>{_DAYS})\b(?=\.?\s*(?:[\u2013-]\s*(?:{_DAYS})\b"
    r"|\d{1,2}(?:[:.]\d{2})?\s*(?:[\u2013-]\s*\d{1,2}(?:[:.]\d{2})?\s*)?(?:(?i:uhr|h)\b|[\u2013-])))"
    rf"|(?<=[a-z][\u2013-])(?P<end>{_DAYS})\b"
)


# "bis sa, 9.1.", "am do 14.1.", "so, 3. märz": a weekday's short form before a date; a
# date's short weekday takes its period ("Sa., 9.1.")
_MONTHS = (
    "januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november"
    "|dezember|jan|feb|mär|apr|jun|jul|aug|sep|sept|okt|nov|dez"
)
_DATED_DAY = re.compile(
    rf"(?<![\w#@/.-])(?P<day>{_DAYS})\.?"
    rf"(?=,?\s?\d{{1,2}}\.(?:\s?\d{{1,2}}\.|\s(?i:{_MONTHS})\b))"
)


def german_short_days(text: str) -> str:
    """``text`` with the short weekdays of opening hours and dates written with their
    capital: "sa 10-14 uhr" is "Sa 10-14 uhr", "mo-fr" is "Mo-Fr", "bis sa, 9.1." is
    "bis Sa., 9.1."."""

    def cap(match: re.Match[str]) -> str:
        if match.group("end") is not None:
            day_before = text[max(0, match.start() - 3) : match.start() - 1]
            if day_before.lower() not in _DAYS.split("|"):
                return match.group(0)
        return match.group(0).capitalize()

    text = _DATED_DAY.sub(lambda m: m.group("day").capitalize() + ".", text)
    return _SHORT_DAY.sub(cap, text)
