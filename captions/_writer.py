"""Writing for a post the engine has read: hooks, body lines and calls to action.

Templates live in ``data/templates/<lang>.yaml`` under sections (``hook``, ``line``,
``fact``, ``list``, ``cta``, ``lead``), each keyed by intent (``any`` serves every intent;
``sensitive`` replaces everything for a post about a loss; ``notice`` serves
cancellations and sell-outs, ``apology`` and ``closure`` their own kinds of notice, and
``spare`` what is left when every fitting template was used lately). A ``lead`` has no
slot: it opens a plain retelling of the post's own sentences when the engine is not sure
of its subject (``_sure.py``). A template is a whole sentence with slots, and is used
only when every slot can be filled with the kind of phrase it was written for:

    {S} {S^}      the subject (mid-sentence / capitalised)   "Iron Temple"
    {place}       a place name                               "Puglia"
    {when}        a date or time as written                  "Saturday, 7pm"
    {weight} {distance} {duration} {count} {qty}   numbers with their units
    {pct} {price} a percent, a price                         "30%", "€25"
    {items} {n}   the listed things, joined; how many in words
    {role}        the job a hiring post offers
    {mention}     the @handle a thank-you thanks               "@ada.signs"
    {until}       the post's deadline as written               "hasta el viernes"

A template may start with tags in brackets: tones it is limited to
(``[playful casual]``), tones it avoids (``[-professional]``), the voice it
needs (``[we]``, ``[i]``), ``[claim]`` when it says what the post may not (months of
work, a secret, today, a short time: such a template is never chosen) and the regional
variety its wording belongs to
(``[br]``/``[pt]``: Brazilian/European Portuguese; ``[tu]``/``[vos]``: Spanish tú or
Rioplatense voseo; see ``_dialect.py``). An untagged template is written to be right
in every variety of its language. Templates are written so that they stay grammatical for
any slot value (a subject after a colon, in apposition, or as a name, never after
a gendered article).

Choice is deterministic: the post and the variant seed a hash; a template already
used by a sibling variant or in the user's recent captions (``avoid``) is skipped.
"""

from __future__ import annotations

import functools
import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass

from ._lexicon import INTENTS, lexicon, load_data
from ._regex import rx
from ._understand import Post

__all__ = ["Frame", "Templates", "adapted_tone", "frame_id", "templates"]

_SLOT = re.compile(r"\{(S\^?|[a-z]+)\}")
_TAGS = re.compile(r"^\[([^\]]*)\]\s*")
_TONES = frozenset(
    [
        "casual",
        "professional",
        "playful",
        "inspirational",
        "promotional",
        "educational",
        "minimalist",
    ]
)
_DIALECTS = frozenset(["br", "pt", "tu", "vos"])
_SECTIONS = ("hook", "line", "fact", "list", "cta", "lead")
_SLOT_NAMES = frozenset(
    [
        "S",
        "S^",
        "place",
        "when",
        "weight",
        "distance",
        "duration",
        "count",
        "qty",
        "pct",
        "price",
        "items",
        "n",
        "role",
        "code",
        "label",
        "mention",
        "until",
    ]
)
_POOLS = frozenset(
    [
        *INTENTS,
        *("any", "spare", "sensitive", "adoption", "wedding", "notice", "apology", "closure"),
        "missing",  # a lost pet's appeal
        "grumble",  # a bad day's commiseration ("Tell me I'm not the only one")
        "thanked",  # thanks to one maker, trade or person ("Thank you to @x for …")
        "pet_birthday",  # a pet's birthday ("Tobia compie sette anni"): wished one
        "birthday",  # someone's birthday wished ("Happy birthday to our chef Marco!")
        "followers",  # thanks to a count of followers: asked how long they have followed
        "leaving",  # someone of the team leaving: goodbyes and good wishes
        "recap",  # an event told after its day ("was last Saturday"): asked as a memory
        "rental",  # a place to stay let ("sleeps 4, free dates in March"): asked to book
        "giveaway",  # a prize to win ("Giveaway!", "Sorteo"): wished luck
        "orders",  # orders taken until a day ("order your cake by 10 December")
        "for_sale",  # one's own thing sold ("Vendo bicicleta usada, 80 €"): who wants it
        "collection",  # things collected for a cause ("Recogemos mantas …"): bring some
    ]
)


def frame_id(text: str) -> str:
    """A template's stable id: crc32 of its text (survives reordering the file)."""
    return f"{zlib.crc32(text.encode()):08x}"


@dataclass(frozen=True, slots=True)
class Frame:
    """One template: its text, slots and the tones/voice it suits."""

    id: str
    text: str
    section: str
    intent: str  # an intent, "any" or "sensitive"
    slots: frozenset[str]
    tones: frozenset[str]  # empty: every tone
    avoid_tones: frozenset[str]
    voice: str | None  # "we", "i" or None
    subject: str | None  # "name" (a proper name), "thing" (a common noun) or None
    dialect: str | None = None  # "br", "pt", "tu", "vos" or None (every variety)
    claims: bool = False  # says what the post may not ("Months in the making")

    @property
    def question(self) -> bool:
        """Whether the template is a question."""
        return self.text.rstrip().endswith("?")

    def suits(self, tone: str, voice: str, dialect: str | None = None) -> bool:
        """Whether the template may be used in ``tone`` for a post in ``voice``, written
        in ``dialect`` (None: a post that shows no regional variety)."""
        if self.dialect is not None and self.dialect != dialect:
            return False
        if self.tones and tone not in self.tones:
            return False
        if tone in self.avoid_tones:
            return False
        return self.voice is None or self.voice == voice

    @property
    def subject_leads(self) -> bool:
        """Whether the subject stands alone: after a colon or question, or opening the
        template in apposition ("Sourdough: ...", "Sourdough, ..."), never as the
        subject of a verb or after a preposition (safe for a common noun in any
        language: no article, no agreement)."""
        for match in rx(r"\{S\^?\}").finditer(self.text):
            i, end = match.start(), match.end()
            before = self.text[max(0, i - 2) : i]
            after = self.text[end : end + 2]
            if i == 0 or self.text[:i] in ("¿", "¡"):
                if not (after[:1] in (":", ",", ".", "!", "?") or after in (" :", " ?", " !")):
                    return False
            elif before not in (": ", "? "):
                return False
        return True

    def fits(self, is_name: bool) -> bool:
        """Whether the template suits a subject that is (not) a proper name."""
        if self.subject is None:
            return True
        return (self.subject == "name") == is_name


@dataclass(frozen=True, slots=True)
class Templates:
    """One language's templates by section and intent, plus its small words."""

    language: str
    frames: dict[str, dict[str, tuple[Frame, ...]]]
    words: dict[str, str]
    numbers: tuple[str, ...]

    def pool(self, section: str, intent: str) -> tuple[Frame, ...]:
        """The templates of ``section`` written for ``intent`` (``any``: every intent)."""
        return self.frames.get(section, {}).get(intent, ())


def _parse(text: str, section: str, intent: str) -> Frame:
    tones: set[str] = set()
    avoid: set[str] = set()
    voice = None
    subject = None
    dialect = None
    claims = False
    match = _TAGS.match(text)
    body = text
    if match:
        body = text[match.end() :]
        for tag in match.group(1).split():
            if tag in ("we", "i"):
                voice = tag
            elif tag in ("name", "thing"):
                subject = tag
            elif tag in _DIALECTS:
                dialect = tag
            elif tag == "claim":
                claims = True
            elif tag in _SLOT_NAMES:
                continue  # a reminder for the reader: the slots themselves gate the template
            elif tag.startswith("-") and tag[1:] in _TONES:
                avoid.add(tag[1:])
            elif tag in _TONES:
                tones.add(tag)
            else:
                msg = (
                    f"template {text!r}: unknown tag {tag!r} "
                    "(expected a tone, -tone, we, i, name, thing, claim, br, pt, tu, vos "
                    "or a slot name)"
                )
                raise ValueError(msg)
    slots = frozenset(_SLOT.findall(body))
    return Frame(
        frame_id(body),
        body,
        section,
        intent,
        slots,
        frozenset(tones),
        frozenset(avoid),
        voice,
        subject,
        dialect,
        claims,
    )


@functools.cache
def templates(language: str) -> Templates:
    """The parsed templates of ``language``.

    Raises:
        FileNotFoundError: the language ships no templates.
        ValueError: a template with an unknown tag, section or intent.
    """
    data = load_data("templates", language)
    frames: dict[str, dict[str, tuple[Frame, ...]]] = {}
    for section in _SECTIONS:
        by_intent = data.get(section) or {}
        unknown = sorted(set(by_intent) - _POOLS)
        if unknown:
            msg = f"templates {language}/{section}: unknown intent(s) {unknown}"
            raise ValueError(msg)
        frames[section] = {
            intent: tuple(_parse(str(t), section, intent) for t in entries or [])
            for intent, entries in by_intent.items()
        }
    words = {str(k): str(v) for k, v in (data.get("words") or {}).items()}
    numbers = tuple(str(n) for n in data.get("numbers") or [])
    return Templates(language, frames, words, numbers)


# A tone that does not fit what the post is for is adapted, not applied blindly.
_ADAPT: dict[tuple[str, str], str] = {
    ("charity", "promotional"): "inspirational",
    ("charity", "playful"): "casual",
    ("hiring", "playful"): "casual",
    ("pets", "promotional"): "casual",
    ("thank_you", "promotional"): "casual",
    ("thank_you", "educational"): "casual",
    ("milestone", "educational"): "casual",
    ("everyday", "promotional"): "casual",
    ("travel", "promotional"): "casual",
}


def adapted_tone(post: Post, tone: str) -> tuple[str, str | None]:
    """The tone to write in, and a note when it differs from the one asked for."""
    if post.sensitive and tone in ("playful", "promotional", "educational"):
        return "inspirational", f"tone '{tone}' softened: the post is about a loss"
    new = _ADAPT.get((post.intent, tone))
    if new is not None:
        return new, f"tone '{tone}' adapted to '{new}' for a {post.intent.replace('_', ' ')} post"
    return tone, None


# the word a span of days or hours opens with, at the start of the date or after its comma
# ("Vom 8. bis 20. Januar", "Samedi 12 octobre, De 10h à 18h")
_SPAN_OPENING = re.compile(
    r"(?:^|(?<=, ))(?:From|Between|Vom|Von|Del|De|Desde|Entre|Du|Dès|Dal|Dall|Dalle|Das|Dos)"
    r"(?=[\s'\u2019]+\d)"
)


def _day_case(when: str, language: str) -> str:
    """``when`` written as inside a sentence: Spanish, French, Portuguese and Italian
    write weekdays and months in lower case ("Quando: sabato", not "Quando: Sabato", the
    post's own capital at its start); a template that opens with it gets its capital
    back as any sentence does. A span's leading word is lower case in every language
    ("Wann: vom 8. bis 20. Januar", "Join us from 10am to 4pm", never "Quand : De 10h")."""
    when = _SPAN_OPENING.sub(lambda m: m.group(0).lower(), when)
    if language not in ("es", "fr", "pt", "it"):
        return when
    lex = lexicon(language)
    dated = lex.weekdays | lex.months
    return rx(r"[^\W\d_]+").sub(
        lambda m: m.group(0).lower() if m.group(0).lower() in dated else m.group(0), when
    )


def available_slots(post: Post, tpl: Templates) -> dict[str, str]:
    """Slot name → value for everything the post provides."""
    values: dict[str, str] = {}
    subject = post.subject.text
    if subject:
        values["S"] = subject
        values["S^"] = post.subject.cap
    if post.place and post.place.lower() not in subject.lower():
        values["place"] = post.place
    if post.when:
        values["when"] = _day_case(post.when, post.language)
    for qty in post.quantities:
        kind = _qty_kind(qty)
        values.setdefault(kind, qty)
        values.setdefault("qty", qty)
    if post.percent:
        values["pct"] = post.percent
    if post.price:
        values["price"] = post.price
    if len(post.items) >= 2:
        items = list(post.items)
        joiner = tpl.words.get("and", "and")
        values["items"] = ", ".join(items[:-1]) + f" {joiner} " + items[-1]
        if len(items) < len(tpl.numbers):
            values["n"] = tpl.numbers[len(items)]
        if post.items_label:
            values["label"] = post.items_label[:1].lower() + post.items_label[1:]
    if post.subject.kind == "role":
        values["role"] = subject
    return values


_WEIGHT = re.compile(r"\b(?:kg|kgs|kilos?|lbs?|pounds)\b", re.IGNORECASE)
_DISTANCE = re.compile(r"\b(?:km|k|mi|miles?|m|meters|metres|kilomet\w*)\b|\d[kK]\b", re.IGNORECASE)
_DURATION = re.compile(
    r"\b(?:h|hrs?|hours?|min|mins|minutes?|sec|seconds|days?|weeks?|months?|years?|horas?"
    r"|minutos|días|heures|jours|stunden|tage|minuten|ore|minuti|giorni|anos|dias|anni|ans|años"
    r"|jahre)\b",
    re.IGNORECASE,
)


def _qty_kind(qty: str) -> str:
    if rx(r"\d-[^\W\d]").search(qty):
        return "adjectival"  # "6-week program", "12-hour broth": not a fact on its own
    if "%" in qty:
        return "pct"
    if rx(r"[€$£]").search(qty):
        return "price"
    if _WEIGHT.search(qty):
        return "weight"
    if _DURATION.search(qty):
        return "duration"
    if _DISTANCE.search(qty):
        return "distance"
    return "count"


_FR_ELISION = re.compile(r"(?<![\w'])([dD]e|[qQ]ue|[jJ]e) (?=[aeiouâàéèêîïôûAEIOUÂÀÉÈÊÎÏÔÛ])")


def fill(frame: Frame, values: dict[str, str], language: str = "en") -> str | None:
    """The template with its slots filled, or None if a slot has no value.

    French elides before a vowel, whatever the slot held: "de ananas" → "d'ananas".
    """
    if not frame.slots <= values.keys():
        return None
    text = _SLOT.sub(lambda m: values[m.group(1)], frame.text)
    if language == "fr":
        text = _FR_ELISION.sub(lambda m: m.group(1)[:-1] + "'", text)
    return text


def pick(
    candidates: Iterable[tuple[Frame, float]],
    seed: str,
    used: set[str],
) -> Frame | None:
    """One template by weighted hash order, skipping ids in ``used``."""
    best: tuple[float, Frame] | None = None
    for frame, weight in candidates:
        if frame.id in used or weight <= 0:
            continue
        # a deterministic "random" draw per template, scaled by its weight
        draw = (zlib.crc32(f"{seed}\x00{frame.id}".encode()) % 10_000 + 1) / 10_001
        key = draw ** (1.0 / weight)
        if best is None or key > best[0]:
            best = (key, frame)
    return None if best is None else best[1]
