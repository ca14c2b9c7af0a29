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

import re
from dataclasses import dataclass, field

from ._language import detect_language
from ._lexicon import INTENTS, LANGUAGES, Lexicon, forms, lexicon, tokens_of

__all__ = ["Name", "Post", "Subject", "read_post"]

_URL = re.compile(r"https?://\S+|www\.\S+")
_MENTION = re.compile(r"(?<![\w@])@([\w.]+)")
_TAG = re.compile(r"(?<![\w&])#(\w+)", re.UNICODE)
_EMOJI_ETC = re.compile(
    "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d\U000e0000-\U000e007f]+"
)
_SENTENCE = re.compile(r"(?<=[.!?…])\s+|\n+|(?<=[.!?])(?=[A-ZÀ-Ý])")
_TOKEN = re.compile(r"[^\W_][\w'\u2019&.-]*[\w']|[^\W_]|&", re.UNICODE)
_BULLET = re.compile(r"^\s*(?:[-•*·–]|\d+[.)])\s+")
_CONNECT = frozenset(
    "of the de del della di da do dos das du des la le von van der den y & and am an".split()
)
_NAME_STOP = frozenset(["i", "i'm", "i've", "i'll", "ok", "okay", "omg", "lol", "pr", "diy"])
_VENUE_WORDS = frozenset(
    """gym café cafe coffee bakery restaurant trattoria bistro bar pub studio shop store
    boutique salon hotel market kitchen pizzeria taqueria brewery winery gallery theatre
    theater club park hall centre center school library arena stadium shelter rescue
    sanctuary farm""".split()
)
_EVENT_WORDS = frozenset(
    """festival fest fair market marathon run race week night party con expo summit show
    cup open conference gala tour sale weekend day days""".split()
)
_PRODUCT_NOUNS = frozenset(
    """earbuds headphones collection serum cream sneakers shoes app bag book album single
    candle blend roast edition range line flavour flavor kit bundle drop watch phone""".split()
)
_EN_NOT_NAME_SUFFIX = ("ing", "ed", "ly", "ers", "est", "ful", "ous", "ive", "able")
_QUESTION_START = frozenset("who what how why when where which is are do does can".split())


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
    voice: str  # "we" or "i"
    sensitive: bool
    cues: tuple[str, ...]  # matched lexicon entries (lemmas), strongest first
    sentences: tuple[str, ...]  # the content's descriptive sentences (no instructions)
    user_tags: tuple[str, ...]  # hashtags written in the content, in order
    mentions: tuple[str, ...]
    flags: frozenset[str] = frozenset()  # "adoption" (a pet needs a home), "wedding", ...
    notes: list[str] = field(default_factory=list)


def _clean(content: str) -> str:
    text = _URL.sub(" ", content)
    text = _TAG.sub(lambda m: " " if m.start() else "", text)
    text = _EMOJI_ETC.sub(" ", text)
    return text


def _sentences(text: str) -> list[str]:
    out = []
    for raw in _SENTENCE.split(text):
        s = _BULLET.sub("", raw).strip(" \t-–—,;")
        if s and any(ch.isalnum() for ch in s):
            out.append(s)
    return out


def _is_cap(word: str) -> bool:
    return word[:1].isupper() or (word.isupper() and len(word) > 1)


def _names(text: str, lex: Lexicon) -> list[Name]:
    """Capitalised phrases, whole, with what each is likely to name."""
    cue_words = lex.all_cue_words
    phrase_words = {
        w for cues in lex.intents.values() for _p, entry, _w in cues.phrases for w in entry.split()
    }
    found: list[Name] = []
    for sentence_match in re.finditer(r"[^.!?…\n]+", text):
        sentence = sentence_match.group(0)
        base = sentence_match.start()
        tokens = list(_TOKEN.finditer(sentence))
        i = 0
        while i < len(tokens):
            word = tokens[i].group(0)
            low = word.lower()
            if not _is_cap(word) or low in _NAME_STOP or word.isdigit():
                i += 1
                continue
            j = i + 1
            while j < len(tokens):
                nxt = tokens[j].group(0)
                if _is_cap(nxt) and nxt.lower() not in lex.function_words:
                    j += 1
                elif (
                    nxt.lower() in _CONNECT
                    and j + 1 < len(tokens)
                    and _is_cap(tokens[j + 1].group(0))
                    and nxt.lower() not in ("and", "y", "&", "und")
                ):
                    j += 2
                else:
                    break
            words = [t.group(0) for t in tokens[i:j]]
            # trailing/leading words that are vocabulary, not name (weekday, "New", "Meet")
            while words and _common(words[0], lex, cue_words, phrase_words, first=i == 0):
                words.pop(0)
                i += 1
            while words and (
                words[-1].lower() in lex.weekdays
                or words[-1].lower() in lex.months
                or words[-1].lower() in _CONNECT
            ):
                words.pop()
            if not words:
                i = max(i, j)
                continue
            first_word = tokens[i].start() == tokens[0].start() if tokens else False
            if len(words) == 1 and not _single_is_name(
                words[0], sentence, tokens, i, lex, cue_words, first_word
            ):
                i = j
                continue
            start = base + tokens[i].start()
            text_of = sentence[tokens[i].start() : tokens[i + len(words) - 1].end()]
            found.append(Name(text_of, _kind(text_of, sentence, tokens, i, i + len(words), lex), start))
            i = j
    return _merge_couples(found, text, lex)


def _merge_couples(names: list[Name], text: str, lex: Lexicon) -> list[Name]:
    """"Marco and Giulia" is one subject; codes such as SUMMER30 are not names."""
    names = [n for n in names if not any(ch.isdigit() for ch in n.text)]
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


def _common(
    word: str, lex: Lexicon, cue_words: frozenset[str], phrase_words: set[str], *, first: bool
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
    if any(f in cue_words for f in forms(low, lex.language)) and not first:
        # a cue word capitalised mid-sentence is a name only when it looks like one
        return low not in lex.generic_nouns and lex.language != "de" and word != word.upper()
    if lex.language == "de":
        before = tokens[index - 1].group(0).lower() if index > 0 else ""
        # German capitalises nouns: a name follows a preposition (in Berlin), not an article
        return bool(before) and before in lex.place_preps | lex.person_preps
    if first:
        if lex.language == "en" and low.endswith(_EN_NOT_NAME_SUFFIX):
            return False
        nxt = tokens[index + 1].group(0) if index + 1 < len(tokens) else ""
        # "Lisbon was lovely" / "Gerald turned one": a first word then a lower-case verb
        return len(low) >= 3 and (nxt.endswith("'s") or bool(nxt) and nxt[:1].islower())
    return True


def _kind(
    name: str, sentence: str, tokens: list[re.Match[str]], start: int, end: int, lex: Lexicon
) -> str:
    words = [w.lower() for w in name.split()]
    before = tokens[start - 1].group(0).lower() if start > 0 else ""
    before2 = tokens[start - 2].group(0).lower() if start > 1 else ""
    after = tokens[end].group(0).lower() if end < len(tokens) else ""
    if any(w in _EVENT_WORDS for w in words[1:]) or after in _EVENT_WORDS - {"day", "days"}:
        return "event"
    if words[-1].endswith("'s") or any(w in _VENUE_WORDS for w in words) or after in _VENUE_WORDS:
        return "venue"
    if before in {"new", "our", "introducing", "meet", "launching", "nuevo", "nueva", "nouveau",
                  "nouvelle", "neue", "neuer", "neues", "novo", "nova", "nuovo", "nuova"}:
        return "product" if after not in {"and", "y", "et", "und", "e"} else "person"
    if after in _PRODUCT_NOUNS or before2 in {"our", "new"} and before in {"new", "the"}:
        return "product"
    if before in lex.place_preps:
        return "place"
    if before in lex.person_preps or after in lex.list_and:
        return "person"
    return "name"


_QTY_UNITS = r"(?:%|[€$£]|k\b|K\b)"
_CODE = re.compile(
    r"(?i:code|código|codice|cupom|cupão|gutschein(?:code)?|rabattcode)\s*:?\s*([A-Z][A-Z0-9]{3,})\b"
)


def _quantities(text: str, lex: Lexicon) -> tuple[list[str], str | None, str | None]:
    """Numbers with their units, the percent and the price, as written."""
    units = sorted((u for u in lex.units if u.isalpha() or u == "°c" or u == "°f"), key=len)
    unit_re = "|".join(re.escape(u) for u in reversed(units))
    pattern = re.compile(
        rf"(?<![\w€$£])(?:[€$£]\s?\d[\d.,]*|\d[\d.,]*(?:\s?{_QTY_UNITS}|[-\s](?:{unit_re})\b)"
        rf"|\d[\d.,]*(?:st|nd|rd|th)?\b)(?![-\w])",
        re.IGNORECASE,
    )
    quantities: list[str] = []
    percent = price = None
    for match in pattern.finditer(text):
        value = match.group(0).strip().rstrip(".,")
        if re.fullmatch(r"\d+(?:st|nd|rd|th)?", value, re.IGNORECASE):
            continue  # a bare number: a date part, a count without a unit
        if "%" in value and percent is None:
            percent = value
        elif re.search(r"[€$£]", value) and price is None:
            price = value
        quantities.append(value)
    return quantities, percent, price


def _when(text: str, lex: Lexicon) -> str | None:
    """The first date/time phrase: weekday, day and month, clock time, as written."""
    months = "|".join(sorted(lex.months, key=len, reverse=True))
    days = "|".join(sorted(lex.weekdays, key=len, reverse=True))
    date = (
        rf"(?:(?:{days}),?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th|er|º|\.)?\s+(?:de\s+)?(?:{months})\b"
        rf"|(?:{months})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b)|\b(?:{days})\b"
    )
    clock = r"\b\d{1,2}(?::\d{2}|[.h]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.|h|uhr)(?!\w)|\b\d{1,2}:\d{2}\b"
    found: list[tuple[int, str]] = []
    for pattern in (date, clock):
        match = re.search(pattern, text, re.IGNORECASE)
        if match:
            found.append((match.start(), match.group(0).strip()))
    if not found:
        for phrase in lex.relative_days:
            match = re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text, re.IGNORECASE)
            if match and phrase not in ("today", "hoy", "heute", "aujourd'hui", "hoje", "oggi"):
                found.append((match.start(), match.group(0)))
                break
    if not found:
        return None
    found.sort()
    parts = [p for _, p in found]
    return ", ".join(parts[:2])


def _items(sentences: list[str], lines: list[str], lex: Lexicon) -> list[str]:
    """The things a post lists: bullet lines, or "a, b and c" after a colon or alone."""
    bullets = [_BULLET.sub("", ln).strip(" .;") for ln in lines if _BULLET.match(ln)]
    if len(bullets) >= 3:
        return [b for b in bullets if b][:6]
    conj = "|".join(re.escape(c) for c in sorted(lex.list_and, key=len, reverse=True))
    best: list[str] = []
    for sentence in sentences:
        part = sentence.split(":", 1)[1] if ":" in sentence else sentence
        pieces = [p.strip(" .!?") for p in re.split(rf",\s*(?:(?:{conj})\s+)?|\s+(?:{conj})\s+", part)]
        pieces = [p for p in pieces if p]
        if len(pieces) < 3:
            continue
        if ":" not in sentence and part.count(",") < 2:
            continue
        good = [p for p in pieces if _is_item(p, lex)]
        if len(good) == len(pieces) and len(good) > len(best):
            best = good
    return best[:6]


def _is_item(piece: str, lex: Lexicon) -> bool:
    words = piece.split()
    if not 1 <= len(words) <= 5:
        return False
    lower = [w.lower() for w in words]
    verbs = {"is", "are", "was", "were", "has", "have", "had", "will", "es", "son", "est",
             "sont", "ist", "sind", "é", "são", "è", "sono", "i", "we", "je", "ich", "yo"}
    return not any(w in verbs for w in lower)


def _scores(tokens: list[tuple[str, ...]], text: str, lex: Lexicon) -> tuple[dict[str, float], dict[str, dict[str, float]]]:
    scores: dict[str, float] = {}
    matched: dict[str, dict[str, float]] = {}
    for intent in INTENTS:
        found = lex.intents[intent].matches(tokens, text)
        matched[intent] = found
        scores[intent] = sum(found.values())
    return scores, matched


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


def _intent(scores: dict[str, float], *, has_when: bool, percent: bool, price: bool) -> str:
    adjusted = dict(scores)
    if percent:
        adjusted["sale"] = adjusted.get("sale", 0.0) + 2.0
    if has_when:
        adjusted["event"] = adjusted.get("event", 0.0) + 1.0
    if price:
        adjusted["sale"] = adjusted.get("sale", 0.0) + 0.5
        adjusted["product_launch"] = adjusted.get("product_launch", 0.0) + 0.5
    best = max(_PRIORITY, key=lambda i: (adjusted.get(i, 0.0), -_PRIORITY.index(i)))
    if adjusted.get(best, 0.0) < 2.0:
        return "everyday"
    return best


_SUBJECT_KINDS: dict[str, tuple[str, ...]] = {
    "product_launch": ("product", "name", "event", "venue"),
    "sale": ("product", "event", "venue", "name"),
    "event": ("event", "venue", "name", "product", "place"),
    "milestone": ("venue", "name", "product", "event", "person"),
    "food": ("venue", "product"),
    "travel": ("place", "name", "venue", "event"),
    "fitness": ("event", "venue"),
    "home": ("product", "venue"),
    "fashion_beauty": ("product", "venue", "name"),
    "pets": ("person", "name"),
    "hiring": ("venue", "name"),
    "charity": ("event", "name", "venue", "product"),
    "thank_you": ("venue", "event", "name", "person"),
    "behind_the_scenes": ("product", "venue", "name", "event"),
    "tip": ("product", "name"),
    "everyday": ("venue", "place", "name", "person", "event"),
}
# intents whose subject is better the thing than a name of a person or a city
_THING_FIRST = frozenset(["food", "home", "tip", "fashion_beauty", "fitness", "everyday"])


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
            match = re.search(rf"(?<!\w){re.escape(entry)}\w*", text, re.IGNORECASE)
            if match is None:
                word = next(
                    (t for t in tokens_written if entry in forms(t, lex.language)), None
                )
                if word is None:
                    continue
                phrase = word
            else:
                phrase = match.group(0)
        if phrase.lower() in lex.generic_nouns or phrase.lower() in lex.function_words:
            continue
        if len(phrase) < 3 or phrase.isdigit():
            continue
        return _with_modifier(phrase, text, lex)
    return None


_EN_VERB_END = ("ed", "ing", "ly")


def _with_modifier(phrase: str, text: str, lex: Lexicon) -> str:
    """``ramen`` → ``homemade ramen``, ``sunset`` → ``sunset hike``: the whole noun phrase.

    Adjacent cue words join (``sunset hike``); in English and German one describing
    word before the phrase joins too (``vegan tacos``), never a verb or a number.
    """
    if " " in phrase:
        return _as_shown(phrase, lex.language)
    cue_words = lex.all_cue_words
    after = re.search(rf"(?<!\w){re.escape(phrase)}\s+([^\W\d_][\w'-]*)", text)
    if after and lex.language in ("en", "de"):
        nxt = after.group(1)
        if any(f in cue_words for f in forms(nxt, lex.language)) and nxt.lower() not in (
            lex.generic_nouns | lex.function_words
        ):
            phrase = f"{phrase} {nxt}"
    if lex.language not in ("en", "de"):
        return _as_shown(phrase, lex.language)
    match = re.search(rf"([A-Za-zÀ-ÿ'-]+)\s+{re.escape(phrase)}(?!\w)", text)
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
            and not _is_cap(before)
        ):
            return _as_shown(f"{before} {phrase}", lex.language)
    return _as_shown(phrase, lex.language)


def _as_shown(phrase: str, language: str = "en") -> str:
    """A common noun phrase in lower case unless it carries capitals mid-word (iPhone);
    German keeps its capitalised nouns."""
    if language == "de" or any(w.isupper() and len(w) > 1 for w in phrase.split()):
        return phrase
    return phrase if phrase[1:] != phrase[1:].lower() else phrase[:1].lower() + phrase[1:]


def _role(text: str, language: str) -> str | None:
    """The job a hiring post offers ("a junior designer")."""
    patterns = {
        "en": r"(?:hiring|looking for|seeking|join (?:us|our team) as)\s+(?:an?\s+|our next\s+|a new\s+)?((?:[a-z-]+\s+){0,2}[a-z-]+?)(?=[.,!:;\n]|\s+(?:to|who|for|in|at|with|and)\b|$)",
        "es": r"(?:buscamos|buscando|contratando|contratamos)\s+(?:a\s+)?(?:un|una)?\s*((?:\w+\s+){0,2}?\w+?)(?=[.,!:;\n]|\s+(?:para|que|en|con|y)\b|$)",
        "fr": r"(?:recrute|recrutons|cherchons|recherchons|embauche)\s+(?:un|une|des)?\s*((?:\w+\s+){0,2}?\w+?)(?=[.,!:;\n]|\s+(?:pour|qui|en|à|avec|et)\b|$)",
        "de": r"(?:suchen|sucht|stellen)\s+(?:wir\s+)?(?:eine[nr]?\s+|ab sofort\s+)*((?:\w+\s+){0,2}?\w+?)(?=[.,!:;\n(]|\s+(?:für|in|mit|und|ab|\()\b|$)",
        "pt": r"(?:contratando|procuramos|procurando|buscamos)\s+(?:um|uma)?\s*((?:\w+\s+){0,2}?\w+?)(?=[.,!:;\n]|\s+(?:para|que|em|com|e)\b|$)",
        "it": r"(?:cerchiamo|cerca|assumiamo|assume)\s+(?:un|una|uno|un')?\s*((?:\w+\s+){0,2}?\w+?)(?=[.,!:;\n]|\s+(?:per|che|in|con|e)\b|$)",
    }
    match = re.search(patterns.get(language, patterns["en"]), text, re.IGNORECASE)
    if match:
        role = match.group(1).strip()
        if role and role.lower() not in ("a", "an", "people", "you"):
            return role
    return None


_SALE_ITEM = {
    "en": r"(?:% off|off)\s+(?:all\s+|our\s+|every\s+|the\s+|selected\s+|any\s+)*([a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}?)(?=[.,!:;\n]|\s+(?:this|until|till|for|with|when|in|at|on|today|tonight|through|code)\b|$)",
    "es": r"(?:descuento|rebaja)s?\s+en\s+(?:todos?\s+|todas?\s+)?(?:los\s+|las\s+|el\s+|la\s+|nuestr[oa]s?\s+)?(\w+(?:\s+de\s+\w+|\s+\w+)?)",
    "fr": r"(?:réduction|remise|promo)\s+sur\s+(?:tou(?:te)?s?\s+)?(?:les\s+|la\s+|le\s+|nos\s+)?(\w+(?:\s+d[e']\s*\w+|\s+\w+)?)",
    "de": r"(?:rabatt|reduziert)\s+auf\s+(?:alle\s+|unsere\s+|das\s+|die\s+)?(\w+(?:\s+\w+)?)",
    "pt": r"(?:desconto|off)\s+em\s+(?:tod[oa]s?\s+)?(?:os\s+|as\s+|o\s+|a\s+|noss[oa]s?\s+)?(\w+(?:\s+de\s+\w+|\s+\w+)?)",
    "it": r"(?:sconto|sconti)\s+su\s+(?:tutt[ie]\s+)?(?:i\s+|le\s+|gli\s+|il\s+|la\s+|nostr[ie]\s+)?(\w+(?:\s+di\s+\w+|\s+\w+)?)",
}


def _sale_item(text: str, lex: Lexicon) -> str | None:
    """What a sale is on ("summer dresses" in "30% off all summer dresses")."""
    match = re.search(_SALE_ITEM[lex.language], text, re.IGNORECASE)
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
) -> Subject:
    if intent == "hiring" and role:
        return Subject(role, "role", False)
    if intent == "thank_you" and not names:
        return Subject(cue or "you", "thing", False)
    kinds = _SUBJECT_KINDS[intent]
    by_kind = sorted(
        names,
        key=lambda n: (kinds.index(n.kind) if n.kind in kinds else len(kinds), n.start),
    )
    best = by_kind[0] if by_kind else None
    if best is not None and best.kind not in kinds and intent in _THING_FIRST and cue:
        best = None
    if best is not None and intent in ("food", "home", "tip") and best.kind in ("person", "place"):
        best = None if cue else best
    if best is not None:
        return Subject(best.text, best.kind, True)
    if cue:
        return Subject(cue, "thing", False)
    if intent == "milestone" and quantities:
        return Subject(quantities[0], "quantity", False)
    return Subject("", "none", False)


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
    text = _MENTION.sub(lambda m: m.group(1), _clean(content))
    lines = [ln for ln in text.splitlines() if ln.strip()]
    sentences_all = _sentences(text)
    instruction = [bool(lex.meta.matches(_forms_of(s, lex_language), s)) and _imperative(s, lex)
                   for s in sentences_all]
    described = [s for s, meta in zip(sentences_all, instruction, strict=True) if not meta]
    written = tokens_of(text)
    token_forms = [forms(t, lex_language) for t in written]
    scores, matched = _scores(token_forms, text.lower(), lex)
    quantities, percent, price = _quantities(text, lex)
    when = _when(text, lex)
    intent = _intent(scores, has_when=when is not None, percent=percent is not None, price=price is not None)
    names = _names(text, lex)
    cue = _cue_phrase(text, matched.get(intent, {}), lex, written)
    if intent == "sale":
        cue = _sale_item(text, lex) or cue
    role = _role(text, lex_language) if intent == "hiring" else None
    subject = _subject(intent, names, cue, role, quantities)
    if subject.kind == "none":
        subject = _fallback_subject(written, lex, user_tags)
    place = next((n.text for n in names if n.kind == "place"), None)
    we = lex.voice_we.matches(token_forms, text.lower())
    me = lex.voice_i.matches(token_forms, text.lower())
    business = intent in ("product_launch", "sale", "hiring")
    voice = "we" if (we and len(we) >= len(me)) or (business and not me) else "i"
    sensitive = bool(lex.sensitive.matches(token_forms, text.lower()))
    cues = sorted(
        {e: w for found in matched.values() for e, w in found.items()}.items(),
        key=lambda kv: (-kv[1], kv[0]),
    )
    items = _items(sentences_all, lines, lex)
    code_match = _CODE.search(text)
    flags = {
        flag
        for flag, (intents, flag_cues) in lex.flags.items()
        if intent in intents and flag_cues.matches(token_forms, text.lower())
    }
    return Post(
        content=content,
        language=lex_language,
        detected=detected,
        intent=intent,
        intent_scores={k: v for k, v in scores.items() if v},
        subject=subject,
        names=tuple(names),
        place=place,
        when=when,
        quantities=tuple(quantities),
        percent=percent,
        price=price,
        code=code_match.group(1) if code_match else None,
        items=tuple(items),
        voice=voice,
        sensitive=sensitive,
        cues=tuple(e for e, _ in cues),
        sentences=tuple(described),
        user_tags=user_tags,
        mentions=mentions,
        flags=frozenset(flags),
        notes=notes,
    )


def _forms_of(sentence: str, language: str) -> list[tuple[str, ...]]:
    return [forms(t, language) for t in tokens_of(sentence)]


def _imperative(sentence: str, lex: Lexicon) -> bool:
    """An instruction to the writer ("Mention the discount"), not a description."""
    first = sentence.split()[0].lower().strip(",:") if sentence.split() else ""
    return bool(lex.meta.matches([forms(first, lex.language)], first)) or first in ("please",)


def _fallback_subject(written: list[str], lex: Lexicon, tags: tuple[str, ...]) -> Subject:
    """No name and no cue: the longest content word, else the first hashtag, else none."""
    words = [
        w
        for w in written
        if w.lower() not in lex.function_words
        and w.lower() not in lex.generic_nouns
        and not any(ch.isdigit() for ch in w)
        and len(w) >= 3
    ]
    if words:
        best = max(words, key=len)
        return Subject(_as_shown(best, lex.language), "thing", False)
    if tags:
        return Subject(tags[0], "thing", False)
    return Subject("", "none", False)


def _question(sentence: str) -> bool:
    first = sentence.split()[0].lower() if sentence.split() else ""
    return sentence.rstrip().endswith("?") or first in _QUESTION_START
