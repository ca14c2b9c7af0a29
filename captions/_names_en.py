"""The capitals of English names a brief typed in lower case, where the brief proves them.

A brief typed in a hurry says "launching the kea wallet from kiwi tannery. shop at
kiwitannery.co.nz", "send your cv to jobs@possumplumbing.nz" or "uk and usa shipping";
the caption retells the brief's own words, and a caption a manager would post says "Kiwi
Tannery", "CV", "UK and USA". English names a business in ordinary words ("penguin
aircon"), so a word alone proves nothing; three kinds of evidence do:

- the brief's own link, e-mail address or @handle spells the name: the words whose
  letters, run together, are the domain or the handle ("kiwi tannery" and
  kiwitannery.co.nz, "possum plumbing" and @possumplumbing) are the business's name;
- a short form English writes in capitals, from a curated list ("nz", "bbq", "diy");
- a business's place in the sentence: one or two words right before a kind of business
  ("bakery", "surf", "aircon") after "at", "from" or "visit", or opening a sentence
  whose verb follows, perhaps after the business's place ("wombat aircon is hiring",
  "mopane bakery in gweru needs"), where no word of the name is an everyday word
  (wordninja's list of the most frequent English words, the engine's own vocabulary)
  or a describing one ("tiny", "local"); after a word English does not know at all the
  second may be an everyday one ("ndovu football academy"); after a heading's colon only
  words English does not know ("recall: kelpie creamery yoghurt"); a town the gazetteer
  knows right after the kind ("at bunyip surf wollongong") is written with its capital
  too.

A product's name at a launch is written with its capital where the word is none the
common vocabulary knows and a thing sold follows it ("launching the tui wallet", "the
new zolt charger"), never a dish's word, a material or a colour ("the yuzu tart", "the
boucle chair"); a town the gazetteer lacks after a business's "in" ("Moss Vets in
ormskirk") is one too (:mod:`captions._places_unlisted`).

A pub is named after the picture on its sign ("at the red lion", "the rose and crown",
"the kings arms") and a venue after its building's old use when its town follows ("the
old fire station, hexham"): both are written with capitals, and so is a town after a
venue's comma that ends its clause, where the gazetteer knows it or the vocabulary lacks
the word ("at the Red Lion, Hexham"). A sign's picture alone ("the crown") is no name.

A day's or a month's short form without a date beside it is written as a date where it
can be no word: "fri", "tue", "thu" always, "mon-sat" as a range, "sat" or "nov" after a
word that announces a day or a month ("this sat", "in nov").

A wrong capital is worse than a missing one: every rule stops at the first doubt, a word
the user wrote with a capital is left as written, and so is a hashtag, a mention, a link
or an e-mail address.
"""

from __future__ import annotations

import functools
import gzip
import importlib.util
import itertools
import re
from pathlib import Path

from ._lexicon import lexicon
from ._names_rom import unknown_word
from ._places_unlisted import english_unlisted_towns
from ._propercase import (
    _ENGLISH_DESCRIBING,
    _ENGLISH_KINDS,
    _WORD,
    _common,
    _inside,
    _markup_spans,
    _places,
    _split,
)

__all__ = ["english_names", "venue_town_after"]

# short forms English writes in capitals; none is also an everyday English word
_ACRONYMS = _split(
    """nz uk usa uae nyc eu bbq cv diy dj dm faq ceo tv nhs suv atm pdf hiit usb vip byo
    byob rsvp asap lgbtq lgbtqia ipa nye uv bmx mtb bjj mma gps sms qr cpr mba nba nfl
    ufc"""
)
_ACRONYM = re.compile(
    r"(?<![#@/.\w'\u2019-])(?P<word>(?i:"
    + "|".join(sorted(_ACRONYMS, key=len, reverse=True))
    + r"))(?![\w@/#'\u2019]|\.\w)"
)

# the link, e-mail address or @handle a brief names its business by
_DOMAIN = re.compile(
    r"(?:https?://)?(?:www\.)?(?P<label>[a-z0-9-]+)(?:\.[a-z0-9-]+)*\.[a-z]{2,6}\b",
    re.IGNORECASE,
)
_HANDLE = re.compile(r"(?<![\w@])@(?P<label>[\w.]+)")
# what a handle or domain adds to the name ("kiwitanneryhq", "theowlbakery")
_LABEL_SUFFIXES = ("nz", "au", "uk", "us", "co", "hq", "shop", "store", "official", "online")
_LABEL_PREFIXES = ("the", "shop", "get")
# a name of one word proves itself only when it is no everyday word ("@sunshine" and
# "sunshine" may be a word and a handle)
_NOT_A_LABEL = frozenset({"gmail", "hotmail", "outlook", "yahoo", "icloud", "instagram"})


@functools.cache
def _frequent() -> frozenset[str]:
    """The 20,000 most frequent English words of wordninja's list (read once; the list
    is in frequency order). The file is found without importing wordninja, whose import
    builds its whole word model (~13 MiB)."""
    spec = importlib.util.find_spec("wordninja")
    if spec is None or spec.origin is None:
        msg = "captions need the wordninja package (its English word list): reinstall"
        raise RuntimeError(msg)
    path = Path(spec.origin).with_name("wordninja") / "wordninja_words.txt.gz"
    with gzip.open(path, "rt", encoding="utf-8") as file:
        return frozenset(file.read().split(maxsplit=20_000)[:20_000])


def _everyday(word: str) -> bool:
    low = word.lower()
    return low in _frequent() or low in _common("en")


@functools.lru_cache(maxsize=64)
def _labels(brief: str) -> frozenset[str]:
    """The names the brief's domains and handles spell, lower case and run together."""
    found: set[str] = set()
    # an e-mail address's domain names the business as a link does
    found.update(match.group("label") for match in _DOMAIN.finditer(brief))
    for match in _HANDLE.finditer(brief):
        found.add(match.group("label"))
    labels: set[str] = set()
    for label in found:
        key = re.sub(r"[^a-z0-9]", "", label.lower())
        if key in _NOT_A_LABEL or len(key) < 4:
            continue
        labels.add(key)
        for suffix in _LABEL_SUFFIXES:
            if key.endswith(suffix) and len(key) - len(suffix) >= 4:
                labels.add(key[: -len(suffix)])
        for prefix in _LABEL_PREFIXES:
            if key.startswith(prefix) and len(key) - len(prefix) >= 4:
                labels.add(key[len(prefix) :])
    return frozenset(labels)


def _capital(word: str) -> str:
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


def _as_typed(word: str, first: bool) -> bool:
    """Whether ``word`` is as a lower-case brief typed it (a sentence's first word may
    carry the capital the writer gave it)."""
    rest = word[1:] if first else word
    return rest == rest.lower()


_POSSESSIVE = re.compile(r"['\u2019]s$")


def _evidence_names(text: str, brief: str, spans: list[tuple[int, int]]) -> str:
    labels = _labels(brief)
    if not labels:
        return text
    words = [m for m in _WORD.finditer(text) if not _inside(m.start(), spans)]
    out = list(text)
    i = 0
    while i < len(words):
        first = _POSSESSIVE.sub("", words[i].group(0)).lower().replace("-", "")
        if not any(label.startswith(first) for label in labels):
            i += 1
            continue
        for n in range(min(4, len(words) - i), 0, -1):
            run = words[i : i + n]
            if any(text[a.end() : b.start()] != " " for a, b in itertools.pairwise(run)):
                continue
            # "weta leather's new wallet": the name's possessive is the name
            typed = [w.group(0) for w in run[:-1]] + [_POSSESSIVE.sub("", run[-1].group(0))]
            key = "".join(typed).lower().replace("-", "")
            if key not in labels or not all(
                _as_typed(w.group(0), k == 0) for k, w in enumerate(run)
            ):
                continue
            if run[0].group(0).lower() in ("the", "a", "an"):
                continue
            if n == 1 and _everyday(run[0].group(0)):
                continue
            # "chough surf school" under choughsurf.co.uk: a kind right after the
            # proven name is the name's ("Chough Surf School")
            after = words[i + n] if i + n < len(words) else None
            if (
                after is not None
                and text[run[-1].end() : after.start()] == " "
                and after.group(0) in _KINDS
                and not _POSSESSIVE.search(run[-1].group(0))
            ):
                run = [*run, after]
            for word in run:
                for part in re.finditer(r"(?:^|-)\w", word.group(0)):
                    at = word.start() + part.end() - 1
                    out[at] = out[at].upper()
            i += len(run)
            break
        else:
            i += 1
    return "".join(out)


def _acronyms(text: str, spans: list[tuple[int, int]]) -> str:
    def cap(match: re.Match[str]) -> str:
        word = match.group("word")
        if _inside(match.start(), spans):
            return word
        if word[1:] != word[1:].lower():
            return word  # "Nz" never, but "NZ" and "nZ" are the user's
        return word.upper()

    return _ACRONYM.sub(cap, text)


# "at kelp surf", "from wombat aircon", "visit moa bakery": the words a business's name
# follows; a sentence's start ("Wombat aircon is hiring") when a verb comes after the kind,
# or after the kind and its place ("mopane bakery in gweru needs", "impala coffee in
# kisementi, kigali is looking")
_BEFORE_A_BUSINESS = frozenset({"at", "from", "visit"})
_VERB_AFTER = re.compile(
    r"(?: in [^\W\d_]+(?: [^\W\d_]+)?(?:, [^\W\d_]+(?: [^\W\d_]+)?)?)?"
    r" (?:is|are|was|has|have|had|just|will|now|opens|opened|turns|turned|celebrates|"
    r"welcomes|presents|launches|launched|needs|wants)\b"
)
# kinds of business a name comes before, with the ones the shared list names
_KINDS = _ENGLISH_KINDS | _split(
    """co collective studios supply goods outfitters boutique gallery winery distillery
    eatery canteen bakehouse patisserie creamery designs interiors joinery motors physio
    vets provisions grocer butchers apparel"""
)
# what a business's kind may be described by that no suffix shows and the frequent words
# miss: a style ("artisan bakery"), a diet, a dish, a practice ("keto bakery", "boba
# cafe", "reiki studio")
_DESCRIBING = _split(
    """artisan boho bespoke gourmet indie halal kosher mens womens keto paleo boba crepe
    halloumi shawarma dosa wonton mezze mocktail vape reiki tarot kombi camper rotisserie
    barre"""
)
_TOWN_AFTER = re.compile(r" (?P<town>[^\W\d_]+(?: [^\W\d_]+)?)")


# the letters a describing word's stem has at least ("artis-anal", "ayurved-ic")
_DERIVED_STEM = 4


def _strange(word: str) -> bool:
    """Whether ``word`` is one English does not know at all: no frequent word, no word
    of the common vocabulary or of the engine's, no describing one ("kelpie", "ndovu";
    "family", "local", "vegan" are known, "artisanal" describes)."""
    low = word.lower()
    # a describing word is made of a word and its ending ("artisanal", "ayurvedic"): a
    # short word that only ends so is none ("vraic", "oban")
    derived = _ENGLISH_DESCRIBING.search(low)
    return (
        len(low) >= 3
        and unknown_word(low, "en")
        and not _everyday(low)
        and low not in _DESCRIBING
        and not (derived is not None and derived.start() >= _DERIVED_STEM)
    )


def _slot_names(text: str, spans: list[tuple[int, int]]) -> str:
    words = list(_WORD.finditer(text))
    kinds = [i for i, m in enumerate(words) if m.group(0) in _KINDS]
    if not kinds:
        return text
    places = _places("en")
    out = text
    for i in kinds:
        kind = words[i]
        low = kind.group(0)
        for n in (2, 1):
            if i - n < 0:
                continue
            name = words[i - n : i]
            if any(text[a.end() : b.start()] != " " for a, b in itertools.pairwise([*name, kind])):
                continue
            if any(_inside(w.start(), spans) for w in (*name, kind)):
                break
            start = name[0].start()
            stripped = text[:start].rstrip()
            opening = not stripped or stripped[-1] in ".!?" or "\n" in text[len(stripped) : start]
            previous = words[i - n - 1] if i - n > 0 else None
            after_word = (
                previous is not None
                and text[previous.end() : start] == " "
                and previous.group(0).lower() in _BEFORE_A_BUSINESS
            )
            # "product recall: kelpie creamery yoghurt": a heading's colon opens a name
            heading = stripped.endswith(":")
            if not (after_word or heading or (opening and _VERB_AFTER.match(text, kind.end()))):
                continue
            typed = [w.group(0) for w in name]
            if not all(_as_typed(w, opening and k == 0) for k, w in enumerate(typed)):
                break
            strange = [_strange(w) for w in typed]
            if heading and not all(strange):
                continue  # "update: family kitchen makeover" is the everyday kitchen
            # "ndovu football academy": after a word English lacks, what the business does
            foreign = (
                len(typed) == 2
                and strange[0]
                and typed[1].islower()
                and typed[1] not in lexicon("en").function_words
            )
            if not (foreign or all(strange)) and (
                any(
                    w.lower() in _common("en")
                    or w.lower() in _DESCRIBING
                    or _ENGLISH_DESCRIBING.search(w.lower())
                    for w in typed
                )
                or all(w.lower() in _frequent() for w in typed)
            ):
                continue
            town = _TOWN_AFTER.match(text, kind.end())
            written_town = None
            if town is not None:
                for candidate in (town.group("town"), town.group("town").split(" ")[0]):
                    if candidate in places and len(places[candidate]) == len(candidate):
                        written_town = (town.start("town"), candidate, places[candidate])
                        break
            kind_written = "BBQ" if low == "bbq" else _capital(low)
            # a hyphenated word is one word with one capital ("Sun-bird Café", a bird's
            # name as English writes it)
            pieces = [w[:1].upper() + w[1:] for w in typed]
            # "pika surf school", "numbat coffee roasters": a second kind right after the
            # first is the name's too ("Pika Surf School")
            end = kind.end()
            if i + 1 < len(words) and text[end : words[i + 1].start()] == " ":
                second = words[i + 1].group(0)
                if second in _KINDS and not _inside(words[i + 1].start(), spans):
                    kind_written += " " + ("BBQ" if second == "bbq" else _capital(second))
                    end = words[i + 1].end()
            replaced = " ".join([*pieces, kind_written])
            out = out[:start] + replaced + out[end:]
            if written_town is not None:
                at, low_town, name_town = written_town
                out = out[:at] + name_town + out[at + len(low_town) :]
            break
    return out


# "launching the tui wallet", "the new zolt charger is here": a product's name before its
# kind after a launch's words; the kinds are things sold (no dish: "the yuzu tart"), and a
# material or colour the common words lack is no name ("the boucle chair", "ecru tote")
_LAUNCH = re.compile(
    r"(?<![\w#@/.'\u2019-])(?i:(?:launching|introducing|presenting|unveiling|meet|say hello to)"
    r" (?:the|our)(?: new)?|(?:the|our) (?:all-)?new)"
    r" (?P<name>[^\W\d_]+) (?P<kind>[^\W\d_]+)\b"
)
_PRODUCT_KINDS = _split(
    """lamp light wallet purse bag tote backpack pack satchel clutch mug cup bottle flask
    candle soap jacket coat hoodie sweater jumper tee shirt cap hat beanie scarf sneaker
    sneakers shoe shoes boot boots sandal sandals watch ring necklace bracelet earrings
    chair stool table sofa desk shelf rug cushion throw blanket speaker speakers
    headphones earbuds charger cable case app planner notebook journal pen kit bike
    board skateboard surfboard tent stove knife pan range collection line edition
    series dress skirt jeans shorts leggings bra apron glasses sunglasses helmet lantern
    torch kettle teapot vase planter tray bowl serum balm perfume fragrance"""
)
_MATERIALS = _split(
    """boucle bouclé rattan nubuck shearling sherpa neoprene terrazzo travertine sisal
    mohair chambray seersucker gingham jute ecru taupe ochre mauve fuchsia chartreuse
    cerise merino alpaca corduroy teak pewter onyx celadon oxblood greige sienna umber
    vermilion aubergine cognac lilac sorbet putty slate"""
)


def _launch_names(text: str, spans: list[tuple[int, int]]) -> str:
    out = list(text)
    for match in _LAUNCH.finditer(text):
        name, kind = match.group("name"), match.group("kind")
        if (
            _inside(match.start(), spans)
            or name != name.lower()
            or len(name) < 3
            or kind.lower() not in _PRODUCT_KINDS
            or name in _MATERIALS
            or name in _DESCRIBING
            or name in _common("en")
            or not unknown_word(name, "en")
        ):
            continue
        out[match.start("name")] = out[match.start("name")].upper()
    return "".join(out)


# an English pub is named after the picture on its sign, typed in lower case as often:
# "quiz night at the red lion", "the crown and anchor", "the kings arms", "the nag's
# head". A sign's picture after a colour, "old", "royal", a king's or a number, two
# pictures joined by "and", a trade's or a king's "arms" after a preposition, and a
# king's or a saracen's "head" are a pub's name, never a phrase of the language ("the
# red lion" in a post is not a red lion); a picture alone ("the crown", "the swan") is
_SIGNS = (
    r"lion|lions|swan|swans|bull|hart|stag|horse|horses|hound|hounds|fox|boar|bear|dragon"
    r"|eagle|falcon|crown|anchor|plough|plow|wheatsheaf|mitre|feathers|bell|bells|ship"
    r"|globe|star|angel|cock|greyhound|pheasant|partridge|grapes|oak|lamb|ram|unicorn"
    r"|griffin|pelican|peacock|rose|hare|compasses|keys|sun|moon|woolpack|boot|chequers"
)
_SIGN_MARKS = (
    r"red|white|black|golden|green|blue|grey|old|royal|kings|king's|queens|queen's|jolly"
    r"|flying|rising|three|two|seven|spread"
)
_HEADS = r"kings|king's|queens|queen's|saracens|saracen's|nags|nag's|bishops|bishop's|turks|turk's"
_PUB = re.compile(
    r"(?<![\w#@/.'\u2019-])(?P<the>the) (?P<name>"
    rf"(?:{_SIGN_MARKS}) (?:{_SIGNS})"
    rf"|(?:{_SIGNS}) (?:and|&) (?:{_SIGNS})"
    rf"|(?:{_HEADS}) head"
    r")(?![\w@/#'\u2019-])"
)
# "at the kings arms", "from the bricklayers arms": a trade's or a king's arms
_ARMS = re.compile(
    r"(?<![\w#@/.'\u2019-])(?:at|to|from|outside|behind|near|opposite|in) the "
    rf"(?P<name>(?:{_SIGN_MARKS}|[a-z]+s|[a-z]+'s) arms)(?![\w@/#'\u2019-])"
)
# a building's old use names a venue before its town: "at the old fire station, hexham",
# "the old courthouse, alnwick" (without the town, "the old school" may be the building)
_OLD_USE = re.compile(
    r"(?<![\w#@/.'\u2019-])the (?P<name>old (?:fire station|police station|courthouse|court"
    r" house|bakehouse|school|schoolhouse|school house|chapel|church|mill|granary|dairy"
    r"|forge|brewery|library|post office|town hall|corn exchange|cinema|station|rectory"
    r"|vicarage|smithy|laundry|tannery|boathouse|coach house|sorting office|printworks"
    r"|bank|market hall|drill hall|fire house|workhouse|abattoir|picture house|waterworks"
    r"|gasworks|signal box|goods shed|sawmill|toll house))(?=, )"
)


def _venue_names(text: str, spans: list[tuple[int, int]]) -> str:
    """A pub's name and an old building's venue typed in lower case, with capitals
    ("the Red Lion", "the Crown and Anchor", "the Kings Arms", "the Old Fire Station,")."""
    out = list(text)
    for pattern in (_PUB, _ARMS, _OLD_USE):
        for match in pattern.finditer(text):
            name = match.group("name")
            if _inside(match.start(), spans) or name != name.lower():
                continue
            if pattern is _OLD_USE and venue_town_after(text, match.end() + 2) is None:
                continue  # "at the old school, then home": the building, no venue
            for word in re.finditer(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?", name):
                if word.group(0) not in ("and",):
                    out[match.start("name") + word.start()] = word.group(0)[0].upper()
    return "".join(out)


# a band named after its leader: "with the kwame ofori band live", "the tunde adeyemi
# quartet" (a first name and a surname the vocabulary lacks, before the band's kind)
_LEADER_BAND = re.compile(
    r"(?<![\w#@/.'\u2019-])the (?P<first>[a-z]{3,}) (?P<last>[a-z]{3,}) "
    r"(?P<kind>band|trio|quartet|quintet|sextet|orchestra|ensemble|collective)\b(?![#@/'\u2019-])"
)


def _leader_bands(text: str, spans: list[tuple[int, int]]) -> str:
    """A band named after its leader, with capitals ("the Kwame Ofori Band"); "the
    wedding band", "the klezmer band" (one rare word, a kind of music) stay."""
    out = list(text)
    for match in _LEADER_BAND.finditer(text):
        if _inside(match.start(), spans) or not all(
            unknown_word(match.group(part), "en") for part in ("first", "last")
        ):
            continue
        for part in ("first", "last", "kind"):
            out[match.start(part)] = out[match.start(part)].upper()
    return "".join(out)


# a town after a venue and its comma: "at the Red Lion, ludlow", "at the White Hart,
# saffron walden", "at the old courthouse, alnwick this saturday"
_VENUE_COMMA = re.compile(
    r"(?<![\w#@/.'\u2019-])at (?:[^\W\d_][\w'\u2019&-]* ){0,4}[^\W\d_][\w'\u2019-]*, "
    r"(?=[A-Za-z])"
)
_TOWN_WORDS = re.compile(r"[A-Za-z][a-z]+(?: [A-Za-z][a-z]+){0,2}")
_AFTER_TOWN = frozenset({"this", "next", "on", "from", "at", "tonight", "today", "tomorrow"})
_CLAUSE_END = re.compile(r"[.,;:!?)\u2013\u2014\n]|$| \d| (?P<next>[^\W\d_]+)")


def venue_town_after(text: str, at: int) -> tuple[int, str] | None:
    """The town that starts at ``at`` after a venue's comma, as written: a place the
    gazetteer knows (two or three words too, "saffron walden"), or one word the
    vocabulary lacks; either ends its clause ("…, hexham.", "…, alnwick this saturday")."""
    run = _TOWN_WORDS.match(text, at)
    if run is None:
        return None
    words = run.group(0).split(" ")
    places = _places("en")
    lex = lexicon("en")
    for n in range(len(words), 0, -1):
        low = " ".join(words[:n])
        end = _CLAUSE_END.match(text, at + len(low))
        if end is None:
            continue
        following = end.group("next")
        if following is not None and following.lower() not in (
            lex.function_words | lex.weekdays | _AFTER_TOWN
        ):
            continue
        if low[:1].isupper() and n == 1:
            return at + len(low), low  # "at the old mill, Hexham": typed with its capital
        if low in places:
            return at + len(low), places[low]
        if n == 1 and len(low) >= 4 and not _everyday(low) and unknown_word(low, "en"):
            return at + len(low), _capital(low)
    return None


def _venue_towns(text: str, spans: list[tuple[int, int]]) -> str:
    """The town after a venue's comma written with its capital ("at the Red Lion,
    Hexham", "at the White Hart, Saffron Walden")."""
    out = text
    for match in _VENUE_COMMA.finditer(text):
        if _inside(match.end(), spans):
            continue
        town = venue_town_after(text, match.end())
        if town is not None:
            end, written = town
            out = out[: match.end()] + written + out[end:]
    return out


# a day's or a month's short form with no date beside it ("this fri", "mon-sat", "in
# nov"); the dated ones ("fri 5 dec") are english_capitals'. "tue", "thu", "fri" are no
# English words; "mon", "sat", "sun", "wed" and the months are words or names too, and
# a day or month only in a range ("sat-sun"; "sat to sun" only with a day no word is:
# "mon to sat") or after a word that announces one
_DAYS = "mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
_DAY_RANGE = re.compile(
    rf"(?<![#@/.\w'\u2019-])(?P<first>{_DAYS})"
    r"(?P<dash>\s?[-\u2013]\s?|\s(?:to|till|until|through|thru)\s)"
    rf"(?P<last>{_DAYS})"
    r"\b(?![@/#'\u2019-]|\.\w)"
)
_SHORT_DATE = re.compile(
    r"(?<![#@/.\w'\u2019-])(?P<word>tue|tues|thu|thur|thurs|fri|mon|sat|sun|wed"
    r"|jan|feb|apr|jun|jul|aug|sept|oct|nov|dec)\b(?![@/#'\u2019-]|\.\w)"
)
# a clock time right after a day's short form: "sat 2pm", "sun 10am-4pm", "wed 18:30"
# (the verb "sat" and the noun "sun" never take one: "sat 2 hours", "the sun 10 minutes")
_TIME_AFTER = re.compile(r" (?:\d{1,2}(?:[:.]\d{2})? ?(?:am|pm)\b|\d{1,2}:\d{2}\b)", re.IGNORECASE)
_ALWAYS_A_DAY = frozenset({"tue", "tues", "thu", "thur", "thurs", "fri"})
_WORD_RANGE_DAYS = _ALWAYS_A_DAY | {"mon"}
_BEFORE_A_DAY = frozenset({"this", "next", "on", "every", "till", "until", "from", "by", "last"})
_BEFORE_A_MONTH = frozenset(
    {"in", "this", "next", "since", "until", "till", "from", "by", "early", "late", "mid"}
)
_MONTHS = frozenset({"jan", "feb", "apr", "jun", "jul", "aug", "sept", "oct", "nov", "dec"})


def _short_dates(text: str, spans: list[tuple[int, int]]) -> str:
    def day_range(match: re.Match[str]) -> str:
        if _inside(match.start(), spans):
            return match.group(0)
        first, last = match.group("first"), match.group("last")
        # "sat to sun" may be a verb and a noun; "mon to sat", "sat-sun" are days
        if match.group("dash").strip().isalpha() and not {first, last} & _WORD_RANGE_DAYS:
            return match.group(0)
        return _capital(first) + match.group("dash") + _capital(last)

    def short(match: re.Match[str]) -> str:
        word = match.group("word")
        if _inside(match.start(), spans):
            return word
        previous = re.search(r"([^\W\d_]+) $", text[max(0, match.start() - 12) : match.start()])
        before = previous.group(1).lower() if previous else ""
        if (
            word in _ALWAYS_A_DAY
            or (word in _MONTHS and before in _BEFORE_A_MONTH)
            or (word not in _MONTHS and word != "sun" and before in _BEFORE_A_DAY)
            or (word not in _MONTHS and _TIME_AFTER.match(text, match.end()))
        ):
            return _capital(word)
        return word

    return _SHORT_DATE.sub(short, _DAY_RANGE.sub(day_range, text))


# a street typed in lower case after the preposition that places something on it ("near
# the co-op on station road", "at 12 mill lane", "on 3rd ave"): its words take capitals
# ("on the road", "down our street" have no name)
_STREET = re.compile(
    r"(?<![\w#@/.-])(?i:on|at|in|off|along|near|down|up|from|to|by|opposite|past)"
    r"(?P<number> \d{1,4}[a-z]?,?)? (?P<name>[a-z][a-z'-]+(?: [a-z][a-z'-]+)?"
    # a numbered street: "on 3rd ave", "at 42nd street"
    r"|\d{1,3}(?:st|nd|rd|th))"
    r" (?P<kind>road|street|lane|avenue|close|drive|terrace|crescent|row|square|parade"
    r"|place|grove|gardens|mews|wynd|gate|rd|st|ave)\b(?![#@/-])"
)
# the kinds that are everyday words too ("take place", "test drive", "stay close", "front
# row", "farm gate"): a street only after its house number ("at 4 Mill Close")
_NUMBERED_KINDS = frozenset(
    {"place", "close", "drive", "row", "square", "parade", "grove", "gardens", "mews", "gate"}
)
# words before a street's kind that make an ordinary phrase ("a long road", "the high
# street" is typed with its article)
_NOT_A_STREET = frozenset(
    {"long", "short", "busy", "quiet", "same", "wrong", "right", "next", "whole", "open"}
)


def _street_names(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with its streets typed in lower case written with their capitals ("near the
    co-op on Station Road", "at 4 Mill Close"); "on the road", "take place" stay."""
    function_words = lexicon("en").function_words
    out = list(text)
    for match in _STREET.finditer(text):
        words = match.group("name").split()
        if _inside(match.start(), spans) or any(w in function_words for w in words):
            continue
        if any(w in _NOT_A_STREET for w in words):
            continue
        if match.group("kind").lower() in _NUMBERED_KINDS and not match.group("number"):
            continue
        for part in re.finditer(r"(?:^|(?<=[ -]))[a-z]", match.group("name")):
            out[match.start("name") + part.start()] = part.group(0).upper()
        out[match.start("kind")] = out[match.start("kind")].upper()
    return "".join(out)


def english_names(text: str, brief: str) -> str:
    """``text``, an English caption, with the names its ``brief`` typed in lower case
    written with their capitals where the brief proves them: a name its link, e-mail
    address or @handle spells, a short form English writes in capitals ("NZ", "BBQ"),
    a business's name in its place before a kind of business, and a day's or a
    month's short form ("this Fri", "Mon-Sat", "in Nov").

    Args:
        text: an English caption.
        brief: the post the caption was written for, as the user typed it.
    """
    # every rule writes a letter in its place, so the markup stays where it was
    spans = _markup_spans(text)
    text = _evidence_names(text, brief, spans)
    text = _slot_names(text, spans)
    text = _launch_names(text, spans)
    # "quiz night at the red lion, hexham": a pub's or an old building's name, its town
    text = _venue_names(text, spans)
    text = _leader_bands(text, spans)
    text = _venue_towns(text, spans)
    text = _short_dates(text, spans)
    # "near the co-op on station road": a street's name
    text = _street_names(text, spans)
    # "Moss Vets in ormskirk", "based in dorrigo": a town the gazetteer lacks
    text = english_unlisted_towns(
        text,
        spans,
        lambda word: _everyday(word) or word.lower() in _MATERIALS,
        _KINDS | _ENGLISH_KINDS,
        lexicon("en").function_words,
    )
    return _acronyms(text, spans)
