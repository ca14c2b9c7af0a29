"""The offline engine: understands the post, then writes for it. No network, no model.

Per request::

    read_post (language, subject, facts, intent, voice)  ─ _understand.py
      └ tone adapted to the intent (playful on a loss → sincere)
    per variant: a structure, then hook · body · call to action from the templates of
    the post's language, intent and tone (_writer.py), emoji by meaning (_emoji.py),
    hashtags from the subject, place and taxonomy (_hashtags.py); the brief's notes
    written out ("w/" → "with", "tea + cake" → "tea and cake", "!!" → "!": _polish.py)

Structures, in order (a list only when the post lists ≥ 3 real items)::

    question   hook ends in "?"; body; call to action
    statement  declarative hook; body and call to action in one paragraph
    list       an intro naming the subject, then "•" lines of the post's items; CTA
    story      hook, then one paragraph per body sentence, the CTA
    one_liner  hook and call to action on a single line

Variants differ in hook, body and call to action: a template used by one variant is
not used by its siblings, nor when it is in ``avoid`` (the user's recent captions).
Deterministic: the same request and ``avoid`` always give the same captions.
"""

from __future__ import annotations

import functools
import re
import zlib
from dataclasses import dataclass, field, replace

import emoji

from ._address import address_of, same_address
from ._capitals import (
    degree_capitals,
    english_capitals,
    german_capitals,
    holiday_capitals,
    sentence_start,
)
from ._dialect import dialect_name, dialect_of
from ._emoji import own_emoji, place_own_emoji, post_emoji
from ._gazetteer import gazetteer
from ._hashtags import post_hashtags
from ._keywords import words_of
from ._launched import presents_new
from ._lexicon import LANGUAGES, forms, lexicon, tokens_of
from ._models import CaptionRequest
from ._names_en import english_names, venue_town_after
from ._polish import polished
from ._propercase import (
    brief_names,
    kept_as_typed,
    proper_capitals,
    same_name_everywhere,
    typed_lower_case,
)
from ._regex import rx
from ._rules import remove_banned
from ._signoff import is_greeting, split_salutation, split_sign_off, thanks_sign_off
from ._sure import Confidence, apologises, confidence, recalls
from ._understand import (
    ABBREVIATIONS,
    ADOPT_OPENING,
    AFTER_NAME,
    ONLINE_ONLY,
    ORDERS,
    PRICE_CODED,
    STREET_LEAD,
    SUBORDINATE,
    Post,
    Subject,
    answers_question,
    days_of_month,
    leans_back,
    month_number,
    open_brackets,
    read_post,
)
from ._voice import is_we_verb, voice_cues
from ._wordlists import WordLists, wordlists
from ._writer import Frame, Templates, adapted_tone, available_slots, fill, pick, templates

__all__ = ["STRUCTURES", "Draft", "OfflineEngine", "blocked_words"]

STRUCTURES = ("question", "statement", "list", "story", "one_liner")
_BODY = {"short": 0, "medium": 2, "long": 4}
_DETAIL_CHARS = {"short": 0, "medium": 170, "long": 300}
# a fundraiser after a loss still asks for help: its own words, in a softened tone
_CAUSES = frozenset(["charity", "event", "hiring", "sale", "product_launch"])
# emoji that celebrate: never on a post whose purpose is a guess (it may be a closure)
_FESTIVE = frozenset(["🎉", "🥳", "🎊", "🙌", "🔥", "🍾", "🥂"])
_OWN_MARK = "\ue000"  # where the engine's emoji would go, when the brief has its own
_FIRST_LINE = 118  # what shows of a first line before "more"
_DETAIL_MAX = 170  # a longer sentence of the brief is not retold, it would be pasted
_DETAIL_SHARE = 0.5  # never more than half the brief in the body
# a short caption's first line and body: with its ask, about 220 characters, what shows
# on a phone without much scrolling
_SHORT_ROOM = 130
# a time of day ("18:00", "10 Uhr", "9am", "19h30", "das 8h às 18h")
_CLOCK = re.compile(r"(?i)\b\d{1,2}(?:[:.h]\d{2}|\s?(?:uhr|h|am|pm))\b")
# a price: a figure with its currency's sign, or its code or word written after the figure
# ("12 000 ar", "ksh 450", "35 dh", "3 000 fcfa", "149 kr"): a menu priced in a currency
# the engine does not know is still priced, never colour to leave out
_PRICED = re.compile(
    r"\d\s?[€$£%₹₦₵₺₽¥₩₱฿₫]|[€$£₹₦₵₺₽¥₩₱฿₫]\s?\d|R\$\s?\d"
    # (the codes and words the reader prices with: one list, captions._understand's)
    rf"|(?i:{PRICE_CODED.pattern.removeprefix('(?i)')})"
)
# a unit's dot before the next sentence ("It weighs just 240 g. Available in …")
_UNIT_END = re.compile(r"(\b\d+\s?[a-z]{1,2}\.)\s+(?=[A-ZÀ-Þ])")


@dataclass(frozen=True, slots=True)
class Draft:
    """One caption before the rules: text without hashtags, the hashtags, its structure.

    ``hook`` and ``cta`` are the ids of the templates used (for the user's history),
    ``frames`` every template id in the caption (for the variety checks).
    """

    text: str
    hashtags: list[str]
    structure: str
    hook: str = ""
    cta: str = ""
    frames: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Composed:
    """The drafts of one request and what the engine understood."""

    drafts: list[Draft]
    post: Post
    notes: list[str] = field(default_factory=list)
    subject: str = ""  # the subject as the captions name it

    @property
    def keywords(self) -> list[str]:
        """The subject and the matched cues, lower-case (for callers that want words);
        never a cue of function words only ("with my", a phrase cue's words)."""
        subject = self.post.subject.text.lower()
        plain = lexicon(self.post.language).function_words
        return [
            w
            for w in [subject, *self.post.cues]
            if w and not w.endswith("*") and not all(p in plain for p in w.split())
        ]


def blocked_words(
    request: CaptionRequest, lists: WordLists, language: str | None = None
) -> frozenset[str]:
    """Lower-cased words no caption may contain: brand-banned plus profanity, less the
    profane English words that are everyday words of ``language`` (the language written
    in: French "retard" is a delay). A brand's own banned words hold in every language."""
    banned = request.brand.banned_words if request.brand else []
    words = {w for b in banned for w in words_of(b)}
    language = language or request.language
    plain = lexicon(language).plain_words if language in LANGUAGES else frozenset()
    return frozenset(words | (set(lists.profanity) - plain))


# the share of a post's words a template variant must keep (else the post's sentences
# follow its line)
_KEPT_SHARE = 0.4


def _sentence(text: str) -> str:
    text = " ".join(text.split()).strip(" \u2014,;:")
    # a dash, not the sign of "-30 %", typed with a hyphen or an en dash
    text = rx(r"^[-\u2013]+(?!\d)\s*|\s+[-\u2013]+$").sub("", text)
    if text and text[-1] not in ".!?…" and not _KISSES.search(text):
        text += "."
    # a sentence the brief ran on in lower case ("… in Asheville. pre-seasoned w/ …")
    # starts with its capital; never after an abbreviation's dot ("ca. 10 €", "approx. two")
    text = _RUN_ON.sub(_capital_after, text)
    # "mhd 05.03.2027. in einzelnen …": a full date's year then a dot ends a sentence
    # (no ordinal has a day and a month before it); "ab 05.03. gibt es" goes on
    text = _DATE_RUN_ON.sub(_capital_last, text)
    return sentence_start(text)


_WORD = re.compile(r"[^\W_]+")  # a word or a number, as a reader counts them
# kisses that sign a line ("thanks for understanding x", "see you soon xx") take no full
# stop: "x." reads as a typo
_KISSES = re.compile(r"(?i)(?<=\s)(?:x{1,4}|xo|xoxo)$")
_RUN_ON = re.compile(r"(?<![\w.])([^\W\d_]{2,})([.!?]+) ([a-zà-öø-ÿ])(?=[a-zà-öø-ÿ])")
_DATE_RUN_ON = re.compile(
    r"(?<![\w./])\d{1,2}([./])\d{1,2}\1(?:\d{4}|\d{2})\. [a-zà-öø-ÿ](?=[a-zà-öø-ÿ])"
)


def _capital_last(match: re.Match[str]) -> str:
    return match.group(0)[:-1] + match.group(0)[-1].upper()


@functools.cache
def _short_months() -> frozenset[str]:
    """Months written short in any language ("Nov.", "Okt.", "janv."): their dot is the
    abbreviation's ("28. Nov. bis 23. Dezember")."""
    return frozenset(m for lang in LANGUAGES for m in lexicon(lang).months if len(m) <= 4)


def _capital_after(match: re.Match[str]) -> str:
    word, stop, letter = match.group(1), match.group(2), match.group(3)
    if stop == "." and (word.lower() in ABBREVIATIONS or word.lower() in _short_months()):
        return match.group(0)
    return f"{word}{stop} {letter.upper()}"


class OfflineEngine:
    """Writes every variant of a request locally (a few ms per request)."""

    name = "offline"
    streams = False

    def __init__(self, lists: WordLists | None = None) -> None:
        self.lists = lists or wordlists()

    def drafts(self, request: CaptionRequest) -> list[Draft]:
        """All the request's variants."""
        return self.compose(request)[0]

    def compose(
        self, request: CaptionRequest, avoid: frozenset[str] = frozenset()
    ) -> tuple[list[Draft], list[str]]:
        """The variants and the post's key words (subject first)."""
        composed = self.write(request, avoid)
        return composed.drafts, composed.keywords

    def write(self, request: CaptionRequest, avoid: frozenset[str] = frozenset()) -> Composed:
        """Read the post, then write ``request.variants`` captions for it.

        Args:
            request: the post and the options.
            avoid: template ids not to use (the user's recent hooks and CTAs).
        """
        post = read_post(request.content, request.language)
        if (
            fragmentary(post)
            and post.intent in ("food", "home")
            and post.voice != "we"
            and not post.price
            and not _LINKED.search(post.content)
        ):
            # "First snow. Hot chocolate. No plans.": a person's moment, not a menu
            post = replace(post, intent="everyday")
        notes = list(post.notes)
        sure = confidence(post)
        tone, note = adapted_tone(post, request.tone)
        if sure.notice and tone in ("playful", "promotional"):
            tone, note = "professional", f"tone '{tone}' adapted: the post is a notice"
        if note:
            notes.append(note)
        if sure.plain:
            notes.append(f"written as a plain retelling: {sure.reason}")
        blocked = blocked_words(request, self.lists, post.language)
        tags, tag_note = post_hashtags(
            _as_tagged(post, sure),
            request.hashtags,
            blocked=self.lists.banned_hashtags | self.lists.cliche_tags,
            blocked_words=blocked,
        )
        if tag_note:
            notes.append(tag_note)
        writer = _Writer(request, post, templates(post.language), tone, blocked, avoid, sure)
        drafts = [_with_mentions(writer.variant(i, tags), post) for i in range(request.variants)]
        if post.language == "en":  # "saturday 5 dec, i'm in" → "Saturday 5 Dec, I'm in"
            drafts = [replace(d, text=english_capitals(d.text)) for d in drafts]
        elif post.language == "de":  # "am samstag um 10 uhr" → "am Samstag um 10 Uhr"
            drafts = [replace(d, text=german_capitals(d.text)) for d in drafts]
        # the capitals of dates are no names' (a name is carried to its other places)
        typed = [d.text for d in drafts]
        if post.language == "en":
            # "kiwi tannery" and kiwitannery.co.nz, "uk and usa": names the brief proves
            drafts = [replace(d, text=english_names(d.text, post.content)) for d in drafts]
        named = [d.text for d in drafts]
        # "en el centro de tlaxcala" → "en el centro de Tlaxcala", "tasca o grilo" → "tasca
        # O Grilo": the proper names a brief typed in lower case
        drafts = [replace(d, text=proper_capitals(d.text, post.language)) for d in drafts]
        # "Say hello to Pickles … Drop a 🐾 for pickles.": a name is written one way
        drafts = [
            replace(d, text=same_name_everywhere(t, d.text, post.language))
            for t, d in zip(typed, drafts, strict=True)
        ]
        # "à la brasserie du cygne, colmar" retold as "… du cygne. Colmar, 18 euros.": a
        # name the brief proves where the caption keeps its two words
        drafts = [replace(d, text=brief_names(post.content, d.text, post.language)) for d in drafts]
        # "tracce di noci non dichiarate" in a brief written with capitals ("Pastificio
        # Il Fagiano di Pavia"): the writer's lower case is no name's, whatever town
        # it spells
        lower = typed_lower_case(post.content, post.language)
        drafts = [
            replace(d, text=kept_as_typed(n, d.text, lower))
            for n, d in zip(named, drafts, strict=True)
        ]
        # "promoção de natal" → "promoção de Natal", "christmas market" → "Christmas market"
        drafts = [replace(d, text=holiday_capitals(d.text, post.language)) for d in drafts]
        # "à 180 °c" → "à 180 °C": the symbol of degrees Celsius, in every language
        drafts = [replace(d, text=degree_capitals(d.text)) for d in drafts]
        # "w/ leather straps", "tea + cake", "Friday!!": the brief's notes written out
        # (a name the reader knows as a venue, place, product or person stays as typed; a
        # German "Apfelsaft & Birnensaft" is capitalised as every noun is, and is no name)
        # (a common noun's subject is no name: "miel & confitures" is "miel et confitures")
        subject = [post.subject.text] if post.subject.is_name else []
        names = [*subject, *(n.text for n in post.names if n.kind != "name")]
        drafts = [replace(d, text=writer.polished(d.text, names)) for d in drafts]
        variety = dialect_name(writer.dialect)
        if variety:
            notes.append(f"written in {variety} (the post reads so)")
        return Composed(drafts, post, notes, writer.named)


_NO_SUBJECT = Subject("", "none", False)


# first words that lean on the sentence before ("It opens at 9", "Das gilt bis …"): such a
# sentence never opens a caption
_ANAPHORA = frozenset(
    {
        *("it", "this", "that", "they", "these", "those", "he", "she", "there", "then", "also"),
        *("but", "and", "so", "plus", "which", "everything", "all"),
        *("es", "das", "dies", "sie", "er", "dann", "auch", "aber", "und", "alles", "alle"),
        *("c'est", "il", "elle", "ils", "elles", "ce", "cela", "ça", "puis", "aussi", "mais"),
        *("ello", "esto", "eso", "también", "pero", "todo", "todos"),
        *("isso", "isto", "ele", "ela", "eles", "também", "mas", "tudo", "todos"),
        *("questo", "quello", "anche", "ma", "poi", "tutto", "tutti", "è"),
    }
)


# words of the lists above that lean in one language and not in another: the
# Portuguese "Mais de 40 expositores" says more (the French "mais" is "but"), the Italian
# "Il nostro forno" and "Alle 19" open with an article (the French "il" is "he", the
# German "alle" is "all"), the French "Ma boutique" says whose (the Italian "ma" is "but")
_FALSE_FRIENDS: dict[str, frozenset[str]] = {
    "pt": frozenset(["mais"]),
    "it": frozenset(["il", "alle"]),
    "fr": frozenset(["ma"]),
}


# posts of practical facts (what, when, where, how much): their sentences read well as a
# list; a story's do not
# a head that ends inside a "that" clause, before its verb ("… tell you that Marmalade")
_THAT_CLAUSE = re.compile(
    r"(?i)\b(?:that|que|dass|che|qu['\u2019]|whether)\s+(?:[\w'\u2019-]+\s+){0,2}[\w'\u2019-]+$"
)
_PRACTICAL = frozenset(["event", "sale", "product_launch", "hiring", "charity", "food"])
# posts whose second variant keeps the facts only: what, when, where, how much (a menu's
# dishes are its news, a story's colour is the story)
_SHORTENED = _PRACTICAL - {"food"}
# a first line of this many words or fewer that opens with a greeting word (``is_greeting``)
# is a greeting ("Moin!", "¡Mbolo, familia!"), no opening of its own ("Sold out!" is one)
_GREETING_WORDS = 2
# what coming to an event costs is said with these words ("Eintritt 6 €", "tickets £8")
_ADMISSION_WORDS = re.compile(
    r"(?i)\b(?:entry|admission|tickets?|eintritt|karten?|entradas?|billets?|entrée|ingress[oi]"
    r"|biglietti|bilhetes?|ingressos?)\b"
)
# posts whose second and third variants may open with their date or their offer (a
# sale's best offer, an event's day are what its reader looks for first)
_LED_BY_FACTS = frozenset(["sale", "event", "product_launch"])
# posts about things to buy or eat: their list of things (a menu, three glazes) and the
# line that says where to order them are what a short caption keeps
_GOODS = frozenset(["sale", "product_launch", "food"])
# a line that says where or how to order, pre-order or buy ("Pre-orders open now at …",
# "Commandes au 034 …", "Encomendas em …", "Vorbestellungen ab sofort unter …")
_ORDER_LINE = re.compile(
    r"(?i)\b(?:pre-?orders?|(?<!in )orders?\b|ordering|buy (?:it|yours|now|online|at|from)"
    r"|shop (?:now|online|at)|get yours|available (?:at|from|online|now)|(?:pré-?)?command\w*"
    r"|livraisons?|en vente|pedidos?|encarg\w*|preventa|a la venta|encomend\w*"
    r"|pré-?venda|à venda|(?:pre)?ordin[ia]\w*|in vendita|(?:vor)?bestell\w*|erhältlich)"
)
# a quantifier that opens an offer before its noun ("All kites 35% off")
_QUANTIFIERS = frozenset(
    {"all", "every", "alle", "todos", "todas", "tous", "toutes", "tutti", "tutte"}
)
# the account speaking ("We're launching …", "Wir eröffnen …"): a sentence, no heading
_SPEAKERS = frozenset(
    {
        *("we", "we're", "we've", "we'll", "i", "i'm", "i've", "wir", "ich", "nous", "je"),
        *("on", "nosotros", "nosotras", "nós", "noi", "io", "yo", "eu"),
    }
)
# words a date written alone may hold beside its days, months and numbers
_DATE_WORDS = frozenset(
    {
        *("only", "weekend", "from", "till", "until", "to", "am", "pm", "noon", "midnight"),
        *("solo", "sólo", "desde", "hasta", "nur", "bis", "ab", "uhr"),
        *("seulement", "uniquement", "dès", "jusqu'au", "h", "só", "apenas", "até", "às"),
        *("soltanto", "fino", "dalle", "alle", "ore"),
    }
)
# words that open a clause, not a thing ("everything mixes and matches")
_PRONOUN_OPENERS = frozenset(
    ["everything", "everyone", "nothing", "todo", "todos", "tout", "tutto", "tudo", "alles"]
)


# first words that lean on the sentence before without being pronouns ("Seitdem haben
# wir …", "Since then …"): such a sentence never opens a caption either
_LEANING = frozenset(
    {
        *("since", "there", "here", "later", "afterwards", "meanwhile", "instead"),
        *("seitdem", "danach", "dort", "deshalb", "daher", "dafür", "dazu", "trotzdem"),
        *("después", "luego", "entonces", "allí", "ahí", "además", "así"),
        *("depuis", "ensuite", "là", "alors", "ainsi", "puis"),
        *("depois", "então", "lá", "ali", "além", "assim"),
        *("dopo", "allora", "lì", "là", "inoltre", "così", "quindi"),
    }
)


def _answers(sentences: list[str], at: int) -> bool:
    """Whether the ``at``-th sentence answers the question before it ("Vem em jejum? Não,
    come …", "Do you need to book? No, just walk in."): it stays after its question, never
    moves up to the opening ahead of it."""
    return at > 0 and sentences[at - 1].rstrip().endswith("?")


def _openers(body: list[str], named: list[str], headline: list[str], language: str) -> list[int]:
    """The body sentences that can open another variant, best first: each reads on its
    own (one whole sentence, not leaning on the one before, short enough to show before
    "more") and names what the post is about; one with the post's date, price or
    discount leads, then one with another number. A contact line, an invitation, a
    request or thanks is never put first: there it reads as the ask before the news."""
    ranked: list[tuple[int, int]] = []
    for at, line in enumerate(body):
        if at + 1 < len(body) and _leans(body[at + 1], language):
            continue  # the next sentence leans on this one: it stays where it is
        if _answers(body, at):
            continue
        words = line.split()
        if not words or len(line) > _FIRST_LINE or len(words) < 3 or "\n" in line:
            continue
        if rx(r"[.!?…] \S").search(line) or line.rstrip()[-1:] in ":?":
            continue  # one sentence, whole (not "… domingo 12. Calle de la Reina 14 …")
        first = words[0].lower().strip("¡¿,.!\"'«“„")
        if first.startswith(("•", "-")) or words[0][:1].islower():
            continue
        leaning = (_ANAPHORA | _CLAUSE_WORDS | _LEANING | _THANKS) - _FALSE_FRIENDS.get(
            language, frozenset()
        )
        if {first, first.split("'")[0]} & leaning or side_thanks(line):
            continue  # (nor the thanks said besides the main ones: "Special thanks to …")
        if any(p.search(line) for p in _ACTIONS.values()) or _INVITING.search(line):
            continue
        lowered = line.lower()
        if not any(n and n in lowered for n in named):
            continue  # a first line names what the post is about
        score = 0
        if rx(r"\d").search(line):
            score += 3 if any(f and f.lower() in lowered for f in headline) else 2
        if _EMAIL.search(line) or _URL_IN.search(line) or "@" in line:
            score -= 1  # an address leads less well than the fact beside it
        ranked.append((score, at))
    return [at for _, at in sorted(ranked, key=lambda r: (-r[0], r[1]))]


def _partners(sentences: list[str], room: int, language: str) -> list[int]:
    """The sentences that can join the opening on the first line (it still shows whole
    before "more"), the next one first: one whole sentence each, and after the next one
    only a sentence that reads on its own."""
    out = []
    for at, line in enumerate(sentences):
        if room + 1 + len(line) > _FIRST_LINE or "\n" in line or line.startswith(("•", "-")):
            continue
        if len(line.split()) < 2:
            continue  # a word alone closes the post ("Mai.", "monday."), never opens it
        if _kept_for_the_end(line):
            continue  # "Commandes : +225 …", "Kommts vorbei!" close the body
        if side_thanks(line):
            continue  # "Danke! Ein Extra-Dankeschön an …": the side thanks are no point
        if rx(r"[.!?…] \S").search(line) or line.rstrip()[-1:] in ":?":
            continue
        first = line.split()[0].lower().strip("¡¿,.!\"'«“„") if line.split() else ""
        # (a sentence the reading split off is one: "Der Erlös geht an …" opens with an
        # article, not a relative pronoun)
        if at > 0 and (
            _leans(line, language) or first in _THANKS or _leans(sentences[0], language)
        ):
            # "Seitdem …" stays after the opening it leans on; thanks close, never open
            continue
        if _leans(sentences[at + 1] if at + 1 < len(sentences) else "", language):
            continue  # nor is the sentence a later one leans on taken from before it
        if _answers(sentences, at):
            continue
        if _side_detail(line, at, language):
            continue
        out.append(at)
    return out


# a short label and its short value ("Birthday treat: guava slices.", "Camiseta del club:
# S/ 45.", "Info: lupin.org"); a list of things after it ("Three colours: bracken,
# heather, flint.") or a sentence ("Cette semaine : 40 masques pour …") is the substance
_LABEL_VALUE = re.compile(r"^[^:.!?\d]{2,30}:\s+(?P<value>[^,;]+?)[.!]?$")


def _side_detail(line: str, at: int, language: str) -> bool:
    """Whether the body sentence ``line`` (the ``at``-th after the opening) is a side
    detail that never joins the opening on the first line: a label with its value
    ("Birthday treat: guava slices.", "Camiseta del club: S/ 45."), and past the next
    sentence a short afterthought of at most five words with no figure and no name
    ("The gulls got none.", "Cold fingers, full hearts."); the brief's own cry ("Ta for
    waiting!") or feeling ("Non vediamo l'ora.", "We can't wait.") is its voice, no
    afterthought."""
    labelled = _LABEL_VALUE.match(line)
    if labelled and len(labelled.group("value").split()) <= 3:
        return True
    if at == 0:
        return False  # the next sentence may be the substance of the opening
    words = line.split()
    return (
        len(words) <= 5
        and not line.rstrip(" \ufe0f" + "".join(_FESTIVE)).endswith("!")  # the brief's cry
        and not rx(r"[\d:@]").search(line)  # (nor a label's list: "Three colours: …")
        # (a name or a handle in it is a fact: "Quai des Bateliers.", "Santarém, orla do
        # Tapajós.", "Hosted by @marisolsings.")
        and not any(w[:1].isupper() for w in words[1:])
        and not any(voice_cues(line, language))
    )


# an opening that starts with a short label and a colon ("Storm damage: …", "Price
# update: …"): the post's own heading
_LABELLED = re.compile(r"[^:.!?\n]{1,40}:\s")
# an opening that only announces news or a notice ("Sad news.", "Traurige Nachrichten!",
# "Une triste nouvelle.", "Important notice:", "Wichtiger Hinweis:", "Avviso importante:"):
# a label of its own, never given another ("With love and a heavy heart: Sad news.", "A
# tutte le persone coinvolte: Avviso importante.")
_NEWS_OPENING = re.compile(
    r"(?i)^\W*(?:[^\W\d_]+\s+){0,3}(?:news|nachrichten?|neuigkeiten?|nouvelles?|noticias?"
    r"|notícias?|notizi[ae]|update|notice|announcement|alert|warning|hinweise?|mitteilung"
    r"|ankündigung|warnung|avis|annonce|alerte|avisos?|anuncio|comunicado|alerta|avvis[oi]"
    r"|annuncio|comunicazione|avvertenza)(?:\s+(?:[^\W\d_]+))?\W*$"
)


def _restated(line: str, said: str) -> bool:
    """Whether a labelled fact line ("When: Saturday.", "Quando: sabato.") gives only
    what ``said`` (lower case) says already."""
    labelled = rx(r"^[^:]{1,24}:\s*(.+?)[.!]?$").match(line)
    return labelled is not None and labelled.group(1).lower() in said


def _leans(sentence: str, language: str) -> bool:
    """Whether a sentence leans on the one before ("Seitdem …", "Elle pèse …"); "Es
    gibt …" and the Portuguese "Das 8h …" do not."""
    words = sentence.split()
    first = words[0].lower().strip("¡¿,.!\"'«“„") if words else ""
    if first == "es" and len(words) > 1 and words[1].lower() == "gibt":
        return False
    if first == "das" and language != "de":
        return False
    leaning = (_ANAPHORA | _LEANING) - _FALSE_FRIENDS.get(language, frozenset())
    if first in leaning or first.split("'")[0] in leaning:
        return True
    return (
        bool(_REFERS_BACK[language].search(" ".join(words[:6])))
        if language in _REFERS_BACK
        else False
    )


def _leans_on(sentence: str, language: str) -> bool:
    """``_leans``, but a quantifier before its noun names its things ("All kites 35%
    off", "Alle Teekannen …", "Tutti gli zaini …") and does not lean on the sentence
    before ("All of them …" does)."""
    words = [w.strip(",.!?") for w in sentence.lower().split()]
    if len(words) >= 2 and words[0] in _QUANTIFIERS:
        # (past an article: "Todos os casacos", "Tutti gli zaini", "Tous les manteaux")
        following = words[2] if words[1] in _ARTICLES and len(words) >= 3 else words[1]
        if following not in lexicon(language).function_words and following not in _ANAPHORA:
            return False
    return _leans(sentence, language)


# a pronoun within a sentence's first words that stands for what the sentence before
# named ("We've been testing these on …", "Wir haben sie getestet", "On les a testées",
# "Los probamos", "probándolas", "Li abbiamo provati", "Sono fatte a mano", "Testámo-las"):
# such a sentence never opens a caption either. A demonstrative before its noun ("these
# shoes") names its thing, and does not lean.
_AFTER_THESE = (
    r"(?=\s*(?:[,.!?;:]|$|\s(?:on|in|at|for|with|since|all|every|and|over|out|yet|now"
    r"|already|again|ourselves|myself)\b))"
)
_REFERS_BACK: dict[str, re.Pattern[str]] = {
    "en": re.compile(rf"(?i)(?<=\s)(?:them|they|(?:these|those|it){_AFTER_THESE})\b"),
    "es": re.compile(
        r"(?i:(?:^|\s)(?:(?:lo|la|los|las)\s+\w+mos|\w{3,}(?:ndo|ar|er|ir)(?:los|las)"
        r"|ellos|ellas)(?!\w))|^[Ss]on\s+(?!las\b)[a-záéíóúñ]"
    ),
    "de": re.compile(r"(?<=\s)(?:sie|ihn|ihnen)(?=\s+\w+(?:t|en)\b|[\s,.!]*$)"),
    "fr": re.compile(
        r"(?i)(?:^|\s)(?:(?:les|l['\u2019]|la|le)\s*(?:a|ai|avons|avez|ont|\w+ons|\w+ez)"
        r"|ils|elles)(?!\w)"
    ),
    "pt": re.compile(r"(?i:-(?:os|as|los|las)\b|(?:^|\s)(?:eles|elas)(?!\w))|^[Ss]ão\s+[a-zà-ú]"),
    "it": re.compile(
        r"(?i:(?:^|\s)(?:(?:li|le|l['\u2019])\s*(?:abbiamo|ho|hanno|avete|\w+iamo)|loro)"
        r"(?!\w))|^[Ss]ono\s+[a-z]\w*(?:at|it|ut|tt|ss)[ie]\b"
    ),
}


# what a caption never drops from its brief: links, e-mail addresses, times and numbers
_HARD_FACT = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,3}(?:/\S*)?\b|\d+(?:[.,:]\d+)*"
)


# a sentence that invites or points the reader somewhere ("Vi aspettiamo in via Roma 14",
# "Venez nous voir", "Shop in store on Elm Street"): the brief's own ask, never a first line
_INVITING = re.compile(
    r"(?i)^(?:come\b|visit|find us|see you|join us|venez|retrouvez|vi aspettiamo|venite|"
    r"os esperamos|te esperamos|les esperamos|ven(?:id)?\b|esperamos|kommt|besucht|"
    r"wir freuen uns|venha|esperamos|passem?\b|shop|order|get yours|grab|bestellt|"
    r"pedid|commandez|ordina|apareç|apareci|vengan|venite|passate|passez|schaut|drop by"
    r"|stop by|pop in)"
)
# a phone number ("+225 07 55 55 12 34", "0161 555 0199", "04.79.55.12.34"), never a
# date ("12.05.2026")
_PHONE = re.compile(
    r"\+\d[\d ./-]{6,}\d|\b\d{2,4}(?:[ -]\d{2,4}){2,}\b|\b\d{2,4}(?:\.\d{2,4}){3,}\b"
)
# a line of the shop's opening hours ("Geöffnet Mo-Fr 9-18 Uhr", "Open daily 8-4",
# "Horario: …"), not an event's time ("Doors open at 9", "Open mic at 8")
_HOURS = re.compile(
    r"(?i)^(?:opening hours|open (?:daily|every|mon|tue|wed|thu|fri|sat|sun)|hours|geöffnet"
    r"|öffnungszeiten|horarios?|horaires?|ouvert (?:du|tous|le|les)|hor[áa]rios?"
    r"|aberto (?:de|das|todos)|orari[oa]?|aperto (?:dal|tutti|dalle))\b[^.!?]*\d"
)


def _kept_for_the_end(line: str) -> bool:
    """Whether a sentence of the brief belongs at the end of the body, never beside the
    opening on the first line: a contact line (a phone number, a link or an e-mail
    address with no price or date beside it: "$34 at claywell.co from Monday" gives the
    price), the opening hours, or the brief's own ask ("Kommts vorbei!", "Apareçam!",
    "Come by!", "Reservas al …")."""
    bare = _PHONE.sub(" ", _URL_IN.sub(" ", _EMAIL.sub(" ", line)))
    return bool(
        (bare != line and not rx(r"\d").search(bare))
        or _HOURS.search(line.lstrip("¡¿ "))
        or _INVITING.search(line.lstrip("¡¿ "))
        or any(_ACTIONS[a].search(bare) for a in _ASKS)
    )


# the calls of a brief that ask the reader to act ("Reservas al …", "Bewerbung an …");
# a price "im Laden" or a thank-you is no such call
_ASKS = ("contact", "apply", "book", "donate", "bio", "visit", "tag", "comment", "share")

# a sentence end inside a paragraph of the reading ("… March 14. Huge thanks …"); not
# after a lone capital ("J. Smith") or a short abbreviation ("St. Jean")
# abbreviations that go on in their sentence ("max. 8 Leute"); a company's "Co." or an
# "etc." often ends one ("… at Wick & Co. 25% off until midnight.")
_MID_SENTENCE = ABBREVIATIONS - {"co", "inc", "ltd", "corp", "bros", "jr", "etc", "est"}
_SENTENCE_END = re.compile(
    r"(?:(?<=[^\s.]{2}[.!?])|(?<=[€$£%][.!?]))(?<!\b(?:St|Dr|Mr|Ms|Av|Nr|No|Sr|Pl)\.)"
    r"\s+(?=[A-ZÀ-ÖØ-Þ¡¿$€£\d])"
)


def _with_mentions(draft: Draft, post: Post) -> Draft:
    """``draft`` with every @mention of the brief kept: a mention written on its own ("…
    #adotenaocompre @abrigopatinhas") is no sentence to retell, yet it is the user's."""
    lowered = draft.text.lower()
    missing = [f"@{m}" for m in post.mentions if f"@{m}".lower() not in lowered]
    if not missing:
        return draft
    joiner = " " if draft.structure == "one_liner" else "\n\n"
    return replace(draft, text=f"{draft.text.rstrip()}{joiner}{' '.join(dict.fromkeys(missing))}")


# first words with which the account itself speaks: no lead goes before them
_SPEAKING = frozenset(
    [
        "we",
        "we're",
        "we've",
        "our",
        "i",
        "i'm",
        "i've",
        "my",
        "me",
        "meet",
        "finally",
        "today",
        "tonight",
        "this",
        "after",
        "wir",
        "unser",
        "unsere",
        "unseren",
        "ich",
        "mein",
        "meine",
        "heute",
        "endlich",
        "vor",
        "nach",
        "hoy",
        "hace",
        "ayer",
        "nuestro",
        "nuestra",
        "nuestros",
        "estamos",
        "tenemos",
        "somos",
        "mi",
        "por",
        "nous",
        "notre",
        "nos",
        "on",
        "je",
        "mon",
        "ma",
        "aujourd'hui",
        "enfin",
        "hoje",
        "nosso",
        "nossa",
        "estamos",
        "temos",
        "eu",
        "meu",
        "minha",
        "finalmente",
        "oggi",
        "noi",
        "nostro",
        "nostra",
        "siamo",
        "abbiamo",
        "io",
        "mio",
        "mia",
        "finalmente",
    ]
)


# finite verbs: an opening with one is a sentence, not a heading a lead may introduce
_FINITE = frozenset(
    {
        *("is", "are", "was", "were", "has", "have", "had", "will", "can", "opens", "starts"),
        *("ist", "sind", "war", "hat", "haben", "wird", "gibt", "öffnet", "startet"),
        *("es", "son", "está", "están", "fue", "tiene", "hay", "abre", "abrimos", "llega"),
        *("est", "sont", "était", "a", "ont", "sera", "ouvre", "ouvrons", "arrive"),
        *("é", "são", "está", "foi", "tem", "abre", "abrimos", "chega", "chegou"),
        *("è", "sono", "era", "ha", "hanno", "sarà", "apre", "apriamo", "arriva", "esce"),
    }
)
_TIME_WORDS = frozenset(["tonight", "today", "tomorrow", "this", "next", "heute", "morgen"])


_THANKS = frozenset(
    [
        "thank",
        "thanks",
        "huge",
        "merci",
        "grazie",
        "gracias",
        "danke",
        "vielen",
        "obrigado",
        "obrigada",
        "muchas",
        "mille",
        "un",
        "muito",
        "shoutout",
        "shout-out",
        "kudos",
        "congrats",
        "congratulations",
    ]
)


# thanks said besides the main ones ("Special thanks to …", "Ein Extra-Dankeschön an …",
# "Un merci tout spécial aux …", "Gracias también a …", "Un grazie speciale ai …", "Um
# obrigado especial aos …", "Thanks also to …"): a thanking word and a word that sets the
# thanks aside among the sentence's first words
_THANKING = re.compile(
    r"(?i)^(?:thank|shout|dank|merci|remerci|graci|agradec|grazie|ringrazi|obrigad)"
)
_ASIDE_WORDS = frozenset(
    {
        *("special", "extra", "also", "too", "additional", "particular"),
        *("besonderer", "besonderes", "besonders", "auch", "ebenfalls", "zusätzlich"),
        *("spécial", "particulier", "aussi", "également"),
        *("especial", "también", "además", "particular"),
        *("speciale", "anche", "pure", "particolare"),
        *("especial", "também", "ainda"),
    }
)


def side_thanks(sentence: str) -> bool:
    """Whether ``sentence`` gives thanks besides the post's main ones ("Special thanks to
    the lifeboat crew …", "Ein Extra-Dankeschön an die Feuerwehr …"): a line of the body,
    never the opening of a thank-you."""
    words = rx(r"[\w'\u2019]+").findall(sentence.lower().replace("-", " "))[:6]
    return any(_THANKING.match(w) for w in words) and any(w in _ASIDE_WORDS for w in words)


# words that open a clause leaning on the one before: a sentence never starts with them
# the words that open a relative clause ("who", "che", "que", "qui", "der", "quem")
_RELATIVES = frozenset(
    {
        *("which", "who", "whose", "where", "che", "cui", "dove", "que", "quien", "donde"),
        *("qui", "dont", "où", "der", "die", "das", "wo", "quem", "onde"),
    }
)
_CLAUSE_WORDS = frozenset(
    {
        *("which", "who", "whose", "where", "when", "and", "but", "or", "because", "so"),
        *("che", "cui", "dove", "quando", "e", "ma", "perché"),
        *("que", "quien", "donde", "cuando", "y", "pero", "porque"),
        *("qui", "dont", "où", "quand", "et", "mais", "car"),
        *("der", "die", "das", "dass", "wo", "wenn", "und", "aber", "weil"),
        *("quem", "onde", "mas"),
    }
)


# a name and its town, capitalised words only (small linking words between them):
# "Heron Rock Climbing Centre, Port Talbot", "Scuola di vela Gabbiano, Marina di Ravenna"
_LINK_WORDS = r"di|de|del|della|da|do|das|dos|of|the|and|&|la|le|el|il|von|am|an|der|du|des|sur|sul"
_CAPITALISED = r"[A-ZÀ-Ý][\w'\u2019.&-]*"


def _one_sentence(text: str, language: str) -> bool:
    """Whether ``text`` is one sentence: no full stop, "!" or "?" before a word, save
    an abbreviation's dot ("St. Anna") or, in German, an ordinal's ("am 6. März")."""
    for found in rx(r"(\S*)[.!?] \w").finditer(text):
        word = found.group(1).lower().lstrip("(\"'«")
        if word in ABBREVIATIONS or (language == "de" and word.isdigit() and len(word) <= 2):
            continue
        return False
    return True


# the words a heading that says only when may hold besides weekdays, months and figures
_WHEN_WORDS = frozenset(
    {
        *("am", "an", "ab", "um", "bis", "uhr", "den", "der", "vom", "zum", "on", "at", "from"),
        *("the", "this", "le", "la", "el", "il", "lo", "l", "o", "a", "à", "às", "as", "dès"),
        *("de", "del", "du", "da", "dal", "dalle", "alle", "ore", "h", "hs", "hrs", "heures"),
        *("heure", "las", "los", "ce", "cette", "este", "esta", "este", "questo", "questa"),
        *("y", "et", "e", "und", "and", "dia", "día", "jour", "giorno", "mañana", "sera"),
        *("les", "nos", "dias", "días", "jours", "giorni", "tage"),
    }
)


def _when_only(heading: str, language: str) -> bool:
    """Whether ``heading`` only says when ("Am Freitag, 6. März, 19 Uhr", "Sábado 21 de
    junio, 20:30 h"): weekdays, months, figures and the small words between."""
    lex = lexicon(language) if language in LANGUAGES else None
    days = (lex.weekdays | lex.months) if lex else frozenset()
    words = [w.strip(".,;()").lower() for w in heading.split()]
    words = [w for w in words if w]
    return (
        bool(words)
        and all(any(c.isdigit() for c in w) or w in _WHEN_WORDS or w in days for w in words)
        and any(w in days or any(c.isdigit() for c in w) for w in words)
    )


def _death_before_whom(head: str, tail: str, language: str) -> bool:
    """Whether ``head`` tells a death before saying whose, and ``tail`` names them
    ("Morreu ontem" + "aos 91 anos, a D. Amélia Abreu, …", "Died peacefully on Sunday" +
    "aged 93, our founder Margaret Hale"): the verb's subject comes after the comma, so
    cut there the opening says that someone died and not who ("Morreu ontem." alone).

    The head opens on the words of the death themselves, with no name of its own ("Miso
    died yesterday, after …" says who first, and may be cut); the tail names someone
    with a capital, which after a comma no sentence's start explains.
    """
    words = head.split()
    if not 1 <= len(words) <= 5 or language not in LANGUAGES:
        return False
    lex = lexicon(language)
    days = lex.weekdays | lex.months  # "Died on Sunday" names a day, not who
    if any(w[:1].isupper() and w.strip(".,").lower() not in days for w in words[1:]):
        return False  # "Se nos fue doña Carmen, …": the head names them
    low = head.lower()
    found = [forms(t, language) for t in tokens_of(head)]
    if not found:
        return False
    told = set(lex.sensitive.matches(found, low)) - set(lex.farewell.matches(found, low))
    if not any(low.startswith(cue) or cue in found[0] for cue in told):
        return False
    return any(w[:1].isupper() for w in tail.split())


_NAME_HEADING = re.compile(
    rf"(?:{_CAPITALISED}|{_LINK_WORDS})(?:,? (?:{_CAPITALISED}|{_LINK_WORDS}))*,? {_CAPITALISED}"
)
# words that open a fronted phrase ("After 22 years, Wren's ... will close"): the part
# before its comma has no verb of its own, so cut there it is a fragment sentence
_FRONTING = frozenset(
    {
        *("after", "before", "since", "during", "despite", "until", "for", "with", "without"),
        *("in", "on", "at", "from", "through", "thanks", "like", "as", "by", "over", "unlike"),
        *("tras", "después", "desde", "durante", "con", "sin", "en", "para", "por", "hasta"),
        *("nach", "vor", "seit", "während", "mit", "ohne", "trotz", "bis", "dank", "im", "am"),
        *("après", "avant", "depuis", "pendant", "avec", "sans", "malgré", "pour", "dans"),
        *("após", "depois", "durante", "com", "sem", "em", "até", "no", "na", "nos", "nas"),
        *("dopo", "prima", "da", "dal", "dalla", "per", "fino", "nel", "nella", "grazie"),
        # where, fronted: "Alla Fiera di X, portiamo …", "Au marché de X, nous vendons …",
        # "Auf dem Markt in X, bringen wir …" (the place alone is no sentence)
        *("al", "alla", "allo", "ai", "alle", "agli", "sul", "sulla"),
        *("nei", "nelle", "negli", "presso", "dalle", "dai", "à", "au", "aux", "sur", "chez"),
        *("lors", "auf", "beim", "bei", "zum", "zur", "vom", "ao", "aos", "às", "pelo", "pela"),
        # "Há 30 anos, a 14 de dezembro de 1996, abrimos …", "Hace 20 años, …", "Il y a
        # 10 ans, …": how long ago opens the sentence that says what happened then
        *("há", "hace", "il", "ago"),
    }
)


# a brief's request to the tool before what it is about ("Post about …", "Write a caption
# for …"): never retold
# a word the brief ends on alone ("monday.", "Rostock"), not a kiss ("x", "xx")
_LAST_WORD = re.compile(r"(?!x+\W*$)[¡¿]?[^\W\d_]{2,}[.!?…]*", re.IGNORECASE)
# a word that is a sentence of its own: an apology or thanks said in one word ("we
# messed up. … sorry." lost its "sorry." in every variant)
_WORD_SENTENCE = re.compile(
    r"(?i)[¡]?(?:sorry|apologies|thanks|thank you|merci|pardon|désolée?s?|danke"
    r"|entschuldigung|gracias|perdón|perdon|lo siento|obrigad[oa]s?|desculpa|desculpem"
    r"|grazie|scusate|scusa)[.!…]*"
)
_META_OPENING = re.compile(
    r"^(?:please\s+)?(?:(?:write|make|create|draft)\s+(?:me\s+)?(?:an?\s+)?(?:instagram\s+)?"
    r"(?:caption|post)\s+(?:about|for|on)|post\s+about|caption\s+(?:about|for))\s+",
    re.IGNORECASE,
)


# a place between commas: "em leiria,", "in cobh,", "à yverdon,", "in Husum,"
# a venue named last in a clause ("… at the Rose and Crown", "… en la Taberna del Puerto")
_AT_VENUE = re.compile(
    r"(?i)\b(?:at|en|à|au|in|im|no|na|al|alla|all'|nel|nella)\s+(?:[^\W\d_][\w'\u2019&-]*\s*){1,5}$"
)
_PLACE_BETWEEN = re.compile(
    r"(?i)(?:em|no|na|in|at|à|a|en|au|bei|aus|de|di|da)\s+[^\W\d_][\w'\u2019 -]{0,30},\s"
)


def _moments(items: tuple[str, ...], language: str) -> bool:
    """Whether a post's listed items are moments of a day ("frost on the car", "coffee
    too hot", "monday again", "kerze an") rather than things: one of them says a day or
    holds a small word of the language."""
    lex = lexicon(language)
    days = lex.weekdays | set(lex.relative_days) | _relative_words(language)
    for item in items:
        words = [w.lower() for w in rx(r"[^\W\d_]+").findall(item)]
        if any(w in lex.function_words or w in days for w in words[1:] or words):
            return True
    return False


def _bare_id(hook: str) -> str:
    """The history id of a hook written without a template: its own text's crc32."""
    return f"bare:{zlib.crc32(hook.encode()):08x}"


def _loss(post: Post) -> bool:
    """A sensitive post said as a loss: words of remembrance, no category tags. A cause
    keeps its purpose (a fundraiser in someone's memory, a farewell party); an "event"
    that opens with a death is a loss with a detail ("we lost our shop cat last night
    ... we open at 12 tomorrow": not "Save the date")."""
    if not post.sensitive or post.intent == "pets":
        return False
    if post.intent == "event":
        return "mourning" in post.flags
    return post.intent not in _CAUSES


def _listed(sentences: list[str], items: tuple[str, ...], content: str) -> list[str]:
    """``sentences`` with the run of them that is the post's bulleted list ("carrots",
    "kale", "red onions" on lines of their own) written as one list (lines joined by
    "\\n"), in its place, marked with the brief's own emoji bullets ("🍅 tomates") or "•";
    a one-word item is never dropped as a fragment."""
    if len(items) < 3:
        return sentences
    keys = [s.strip(" .;").lower() for s in sentences]
    wanted = [i.lower() for i in items]
    marks = _bullet_marks(content)
    if not all(w in marks for w in wanted):
        marks = {}
    for at in range(len(keys) - len(wanted) + 1):
        if keys[at : at + len(wanted)] == wanted:
            block = "\n".join(f"{marks.get(i.lower(), '•')} {sentence_start(i)}" for i in items)
            return [*sentences[:at], block, *sentences[at + len(wanted) :]]
    return sentences


def _bullet_marks(content: str) -> dict[str, str]:
    """The emoji that open the brief's lines, by the (lower-case) words after them."""
    marks: dict[str, str] = {}
    for line in content.splitlines():
        found = emoji.emoji_list(line)
        if found and not line[: found[0]["match_start"]].strip():
            rest = line[found[0]["match_end"] :].strip(" \ufe0f.;")
            marks[rest.lower()] = found[0]["emoji"]
    return marks


def _as_tagged(post: Post, sure: Confidence) -> Post:
    """The post as the hashtags and emoji see it: a doubtful subject gives no tag and no
    emoji; a notice, and a loss other than a pet's, no category tags (a closure is not
    #sale, a cat's memorial not #celebration); a team member's send-off neither ("Inês
    despede-se de nós depois de seis anos" is no #aniversário, a leaving chef's roasts no
    #foodie), nor a subject tag (the one leaving is a first name, #Hope, that nobody
    searches), unless it thanks (a retiring teacher thanked keeps #grazie)."""
    send_off = "leaving" in post.flags and post.intent != "thank_you"
    if not sure.subject or sure.notice or send_off:
        post = replace(post, subject=_NO_SUBJECT)
    if sure.notice or _loss(post) or send_off:
        post = replace(post, intent="notice", key_cues=(), opening_cues=frozenset())
    return post


# a call to action may send people to a link only when the post has one
_LINKED = re.compile(
    r"https?://|www\.|\.(?:com|shop|store|de|fr|es|it|pt|br)\b|\b(?:link|bio|website|online|"
    r"web|site|onlineshop|sito)\b",
    re.IGNORECASE,
)


# what a bullet of a practical post carries: a number, a price, a link or an address
_LISTED_FACT = re.compile(r"\d|[€$£%]|https?://|www\.|\w\.(?:com|org|net|[a-z]{2})\b|\w@\w")
# the readers addressed ("To everyone booked …", "Liebe Gäste", "A todos los que …")
_VOCATIVE = re.compile(
    r"(?i)^(?:to (?:everyone|everybody|all|anyone|those|our)|dear|hi|hello|hey|liebe[rs]?"
    r"|hallo|an alle|chers|chères|cher|chère|bonjour|à tous|à toutes|querid[oa]s?|hola"
    r"|a todos|a todas|para todos|para todas|car[oa]s?|olá|oi|cari|care|ciao|a tutti"
    r"|a tutte)\b"
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL_IN = re.compile(
    r"https?://\S+|www\.\S+|\b[\w-]+\.(?:com|co|io|org|net|shop|store|de|fr|es|it|pt|br|uk)(?:/\S*)?"
)
# one-word labels that are the news itself: a product called back, an animal or a thing
# lost, found, stolen or wanted ("Rückruf: …", "lost: small black cat …"); kept as written
_NEWS_LABEL = re.compile(
    r"(?i)recall|rückruf|rappel|richiamo|retirada|recolha|lost|found|missing|stolen|wanted"
    r"|perdid[oa]s?|encontrad[oa]s?|robad[oa]s?|desaparecid[oa]s?|vermisst|gefunden|gestohlen"
    r"|gesucht|perdue?s?|trouvée?s?|disparue?s?|volée?s?|achad[oa]s?|roubad[oa]s?"
    r"|smarrit[oaie]|ritrovat[oaie]|scompars[oaie]|rubat[oaie]"
)
# labels that only announce ("Big news:", "Last chance:"): the sentence after them is the
# news, so they stay with it
_ANNOUNCING = re.compile(
    r"(?i)(?:big|exciting|good|great|some|huge|happy|sad) news|news|update|last chance|reminder"
    r"|heads up|psa|announcement|important|gran(?:des)? noticias?|noticia|novedad(?:es)?|atención"
    r"|última oportunidad|recordatorio|(?:große |gute )?neuigkeiten|achtung|letzte chance"
    r"|erinnerung|(?:grande |bonne )?nouvelles?|rappel|dernière chance|annonce|novidades?"
    r"|(?:grande |boa )?notícias?|atenção|última chance|lembrete|(?:grande |bella )?notizia"
    r"|novità|ultima occasione|promemoria|avviso"
)
_CLAIMING = frozenset(["product_launch", "sale", "event", "hiring", "charity", "food"])
# the intents whose colour lines tell a moment of one's own, not a claim: the ones a line
# of voice may follow a one-sentence brief with
_MOMENTS = frozenset(["fitness", "travel", "pets", "home", "everyday"])
_ARTICLES = frozenset(
    [
        *("the", "a", "an", "la", "le", "les", "el", "los", "las", "il", "lo", "gli"),
        *("der", "die", "das", "o", "os", "as", "um", "uma", "un", "une", "una"),
    ]
)
# a call to action that asks for memories fits a long story (an anniversary, a goodbye);
# one that asks which tip fits a post of several tips
_MEMORY_ASK = re.compile(
    r"(?i)memor|souvenir|erinnerung|recuerdo|ricord|lembrança|memória|since the start|"
    r"from the start|been following|desde quando|depuis quand|seit wann|desde cuándo|da quanto"
)
# a cheerful ask ("What made you smile today?", "Tell us your favourite moment",
# "Raccontateci il vostro momento più bello"): never under a serious post (a flood, a
# closure, a loss, an apology), whatever the intent its thanks read as
_CHEERFUL_ASK = re.compile(
    r"(?i)smile|sourire|sonre[ií]r|sorri(?:so|dere|r)|lächeln|favou?rite moment|best moment"
    r"|momento (?:più bello|preferito|favorito)|mejor momento|moment préféré|schönsten? moment"
    r"|kleinen glück"
)
# what makes a post serious even when its intent is thanks: water in the shop, a fire, a
# closure for days (a Portuguese flood is "a cheia", the noun after its article: "casa
# cheia" is a full house)
_SERIOUS = re.compile(
    r"(?i)\b(?:flood\w*|fire|burglar\w*|break-in|hochwasser|überschwemm\w*|brand|einbruch"
    r"|inondation|inondé\w*|incendie|cambriolage|inundaci\w+|inundad\w+|incendio|robo"
    r"|alluvione|allagat\w+|acqua alta|esondat\w+|furto|enchente|alagad\w+|incêndio|assalto"
    r"|inunda[çc]\w+|(?:a|as|da|das|na|nas|pela|pelas) cheias?"
    r"|closed|geschlossen|fermé\w*|cerrad[oa]s?|chius[oi]|fechad[oa]s?)\b"
)
# a flood said with its indefinite article before what pours in is an amount, no flood
# ("Uma inundação de flores e mensagens", "a flood of cards", "una inundación de
# cariño"), unless water or mud pours in ("a flood of muddy water")
_FLOOD_OF = re.compile(
    r"(?i)\b(?:a flood of|une inondation d[e']|una inundación de|uma inundação de)"
    r"(?!\s*(?:\w+\s+)?(?:water|mud|eau|boue|agua|barro|lodo|água|lama)\b)"
)
# a notice asks to be passed on only when it changes what its readers do: a place
# closed, a date moved or called off ("the surgery is closed Monday"); a broken coffee
# machine is no news to spread
_SPREAD_NOTICE = re.compile(
    r"(?i)pass this on|who needs to know|con quien necesite|die es betrifft|concernées"
    r"|faites passer|chi deve saperlo|passate parola|com quem precisa|a quem precisar"
)
_CHANGED_FOR_READERS = re.compile(
    r"(?i)\b(?:closed|closing|close early|cancell?ed|postponed|moved|rescheduled|cerrad[oa]s?"
    r"|cierra\w*|cancelad[oa]s?|aplazad[oa]s?|geschlossen|abgesagt|verschoben|fermée?s?"
    r"|ferme|annulée?s?|reportée?s?|fechad[oa]s?|fecha|adiad[oa]s?|chius[oaie]|chiude"
    r"|annullat[oaie]|rinviat[oaie])\b"
)
# a loss in the family of those who run the place, unnamed: a reason to close
_PRIVATE_LOSS = re.compile(
    r"(?i)\b(?:family (?:funeral|bereavement)|bereavement in the family|death in the family"
    r"|(?:fallecimiento|duelo|luto) (?:en la familia|familiar)|trauerfall\w* in der familie"
    r"|familiärer? trauerfall|deuil (?:familial|dans la famille)|décès dans la famille"
    r"|(?:luto|falecimento) na família|luto familiar|lutto (?:in famiglia|familiare)"
    r"|(?:un )?lutto familiare)\b"
)
# the readers' opinion asked ("What do you think?", "Deixe a sua opinião"): of a thing
# to judge, never of an appeal for help (blankets needed, donations until a day)
_OPINION_ASK = re.compile(
    r"(?i)what do you think|was meint ihr|qu'en pensez|che ne pensate|qué (?:te|os|les) parece"
    r"|o que (?:vocês )?ach|sua opinião|vossa opinião|comente o que achou"
)
_WHICH_TIP = re.compile(
    r"(?i)which tip|quale consiglio|qué consejo|quel conseil|welchen tipp|qual dica"
)
# a call to action in the first person singular ("Tell me below") never speaks for a
# business or a club that writes "we"
_ME = re.compile(
    r"(?i)\btell me\b|\blet me know\b|cuéntamelo|cuéntame|dímelo|schreibt es mir|erzählt es mir"
    r"|sagt es mir|dites-le-moi|dites-moi|conte-me|conta-me|me conte|scrivetemelo|ditemelo"
    r"|raccontatemi|raccontatemelo|accetto|adónde voy|where should i go"
)
# an ask to keep the post for later: only a post with something to keep (advice, a list,
# a date, a price, a place, a link), never a frost photo or a first coffee on the balcony
_KEEP = re.compile(
    r"(?i)\bsave this|tap save|dale a guardar|guard[aá] este|gu[aá]rdalo|speichert|enregistrez"
    r"|\bsalve (?:para|este)|\bguarde (?:para|este)|salvatelo|salvate questo|salvalo"
)
# a follower's own training ("share your latest win", "what are you training for?"):
# asked by a person about their own run, never by a group that invites people along
_WIN_ASK = re.compile(
    r"(?i)latest win|training for|última victoria|entrenando|letzten erfolg|trainiert ihr"
    r"|dernière victoire|entraînez pour|última conquista|treinando|a treinar|ultima conquista"
    r"|allenando"
)
# "Still affected? Write to us": only where something may still be wrong for someone
# the readers' verdict on the thing, asked as of one they have had ("o que achou da
# novidade", "what did you think of it", "¿qué os pareció?"): never of one on sale from a
# day ahead, which nobody could have tried yet
_VERDICT_ASK = re.compile(
    r"(?i)\bo que ach(?:aram|ou|aste)\b|\bwhat did you think\b|\bhow did you like\b"
    r"|\bqu'en (?:avez-vous|as-tu) pensé\b|\bwie (?:hat|haben) (?:es|sie|er) (?:euch|dir|ihnen)"
    r" (?:gefallen|geschmeckt)\b|\bwie fandet ihr\b|\bche ne avete pensato\b"
    r"|\b(?:vi|ti) è piaciut[oa]\b|\bqué (?:te|os|les|le) pareció\b"
)
_STILL_AFFECTED = re.compile(
    r"(?i)still affected|sigues con|seguís con|noch betroffen|toujours concerné|ainda com"
    r"|ancora problemi"
)
_PENDING = re.compile(
    r"(?i)\b(?:orders?|deliver\w*|parcels?|refunds?|bookings?|pedidos?|env[ií]os?|reparto"
    r"|reembols\w*|reservas?|bestellung\w*|lieferung\w*|pakete?|erstattung\w*|buchung\w*"
    r"|commandes?|livraisons?|colis|rembours\w*|réservations?|encomendas?|entregas?"
    r"|ordin[ei]|consegn\w*|pacc[oh]i?|rimbors\w*|prenotazion\w*)\b"
)
# what an apology owes its reader besides owning the fault (``apologises``), kept in the
# shortest caption: the remedy ("Alle Betroffenen bekommen den vollen Betrag zurück")
_AMENDS = re.compile(
    r"(?i)\b(?:refund\w*|money back|full amount|reimburs\w*|free replacement|betrag zurück"
    r"|geld zurück|zurückerstatt\w*|erstatt\w*|rembours\w*|reembols\w*|devolvemos"
    r"|devolveremos|rimbors\w*)\b"
)
# a date to keep, not a time of day or a day's name ("primera mañana de sol" names no date)
_DAY_OR_DATE = re.compile(r"\d")  # ("domingo de lluvia" is no date to keep either)
_LOOK = re.compile(r"(?i)\blook\b")  # "save this look": an outfit is kept to wear
# thanks for patience: only where someone waits (a delay, a queue, a sell-out, a repair)
_PATIENCE = re.compile(
    r"(?i)patience|paciencia|paciência|geduld|pazienza|bearing with us|zu uns haltet"
)
_WAIT = re.compile(
    r"(?i)\b(?:late|later|delay\w*|wait\w*|queue\w*|sold out|back soon|restock\w*|repair\w*"
    r"|retras\w*|tarde|esper\w*|agotad\w*|reparaci\w*|verspät\w*|verzöger\w*|wart\w*"
    r"|ausverkauft|lieferengpass|reparatur\w*|retard\w*|attend\w*|épuisé\w*|réparation\w*"
    r"|atras\w*|esgotad\w*|ritard\w*|attes\w*|aspett\w*|esaurit\w*|slitta\w*"
    r"|riparazion\w*)\b"
)
# thanks to one maker, trade or person ("Thank you to @ada.signs for …", "Huge thanks to
# Amara Okafor"): never to a crowd ("to everyone who came", "to all of you") (English)
_THANKED_ONE = re.compile(
    r"(?i:\b(?:thank\s+you|thanks|shout[- ]?out)(?:\s+so\s+much)?\s+to\s+)"
    r"(?!(?i:everyone|everybody|all|each|every|you|our|my|the|those|anyone)\b)"
    r"(@[\w.]*\w|[A-Z][\w'\u2019&.-]*)"
)
_COME_IN = re.compile(r"(?i)come by|ven a probar|kommt vorbei|passez le|venha provar|passate ad")
# an ask that names a meal ("your dinner buddy"): for a meal, not a coffee, a slice of
# pavlova or a box of vegetables
_MEAL_ASK = re.compile(r"(?i)\bdinner\b")
_MEAL = re.compile(
    r"(?i)\b(?:dinner|supper|tonight|lunch|brunch|date night|table for|tasting menu|"
    r"mains?|courses?)\b"
)
# "your next weekend project" fits a post about making something, not a slow morning
# an ask to keep the post for one's next workout: it needs advice to keep
_NEXT_SESSION = re.compile(
    r"(?i)next session|nächstes training|prochaine séance|próxima sesión|próximo treino"
    r"|prossimo allenamento"
)
# an ask to keep a date in mind
_SAVE_DATE = re.compile(
    r"(?i)save the date|mark your calendar|\b(?:guard|apunt|anot|r[eé]serv|salv|not|segnat)"
    r"\w*\s+(?:la|a)\s+(?:fecha|data|date)\b|termin speichern|termin vormerken|merkt euch den"
    r"|pflichttermin|noter dans l'agenda|noter dans vos agendas|anote na agenda"
    r"|segnare in agenda"
)
# a day that comes round again is no date to save ("drop off 8am-8pm any day", "jeden
# Sonntag", "tous les samedis", "todos os sábados", "ogni venerdì", "on Saturdays")
_RECURRING = re.compile(
    r"(?i)\b(?:every|each|any)\s+(?:day|week|morning|evening|night|weekend|\w+day)\b"
    r"|\bdaily\b|\bweekly\b|\bon\s+(?:mon|tues|wednes|thurs|fri|satur|sun)days\b"
    r"|\bjede[nrs]?\s+\w+|\btäglich\b|\b(?:montag|dienstag|mittwoch|donnerstag|freitag"
    r"|samstag|sonntag)s\b|\btous les\s+\w+|\bchaque\s+\w+|\btod[oa]s\s+(?:os|as|los|las)"
    r"\s+\w+|\bcada\s+\w+|\bogni\s+\w+|\btutti i\s+\w+|\btutte le\s+\w+"
)
# a date written in numbers ("12/3", "12.03.") or a day of a month ("9 de janeiro")
_NUMERIC_DATE = re.compile(r"\b\d{1,2}[./]\d{1,2}\b")


def _one_day(post: Post) -> bool:
    """Whether the post names one day to keep: a date, a weekday or a relative day that
    comes once ("this Saturday", "9 de janeiro"), not a clock time alone ("8am-8pm any
    day") nor a day that comes round again ("jeden Sonntag ab 9 Uhr")."""
    if not post.when:
        return False
    lex = lexicon(post.language)
    words = set(words_of(post.when))
    dated = bool(words & lex.months and re.search(r"\d", post.when)) or bool(
        _NUMERIC_DATE.search(post.when)
    )
    if dated:
        return True
    days = lex.weekdays | _relative_words(post.language)
    return bool(words & days) and not _RECURRING.search(post.content)


@functools.cache
def _relative_words(language: str) -> frozenset[str]:
    """The words of the language's relative days ("this", "next", "tomorrow", "próximo"
    …), weekdays left out: what makes "Saturday" one Saturday to come."""
    lex = lexicon(language)
    return frozenset(d for r in lex.relative_days for d in r.lower().split()) - lex.weekdays


# the account's own word before its event ("Our spring plant swap"): no subject for a line
# the engine writes
_POSSESSIVE = frozenset(
    {
        *("our", "my", "unser", "unsere", "unseren", "mein", "meine", "notre", "nos", "mon"),
        *("ma", "nuestro", "nuestra", "mi", "nosso", "nossa", "meu", "minha", "nostro"),
        *("nostra", "il", "la", "el", "the", "der", "die", "das", "le", "o", "a", "lo"),
    }
)
# an ask about the reader's own training: a follower's question, not a course's
_OWN_TRAINING = re.compile(
    r"(?i)training for|latest win|trainiert ihr|letzten erfolg|estás entrenando|última victoria"
    r"|entraînez pour|dernière victoire|está treinando|está a treinar|última conquista"
    r"|state allenando|ultima conquista|próximo objetivo"
)
# a course or class offered to sign up for
_OFFERED = re.compile(
    r"(?i)\b(?:course|classes|kurs\w*|curso|cours|corso|turma|sign[- ]?up|anmeld\w*"
    r"|inscri\w*|iscri\w*|book (?:now|your|a|at))\b"
)
# a menu, a board or a list of what is served ("Nouvelle carte des vins ce soir au
# comptoir", "Heute frische Spargelsuppe auf der Tageskarte"): a place's offer to its
# guests, never a person's moment to ask about their day
_ON_THE_MENU = re.compile(
    r"(?i)\b(?:menus?|menù|specials|on tap|today's special|soup of the day|wine list"
    r"|on the board|carte des (?:vins|cocktails|desserts)|nouvelle carte|sur la carte"
    r"|à l'ardoise|plats? du jour|menu du jour|suggestions? du jour|\w*karte|mittagstisch"
    r"|tagesgericht\w*|nueva carta|carta de (?:vinos|cócteles|postres)|fuera de carta"
    r"|en carta|men[uú] del d[ií]a|plato del d[ií]a|card[aá]pio|ementa|prato do dia"
    r"|piatt[oi] del giorno|menu del giorno|fuori men[uù]|carta dei vini)\b"
)
# a list of mistakes to avoid (not tips to try)
_MISTAKES = re.compile(
    r"(?i)\b(?:mistakes?|errores|erreurs|fehler|erros|errori|avoid|evita[rt]?e?|vermeide\w*"
    r"|évite[rz]?)\b"
)
# a brand's ask to pass the post on
_SPREAD = re.compile(
    r"(?i)share this with|tag someone who|tag a friend who|send this to|compartilhe com"
    r"|partilhe com|marque alguém|marque quem|identifique|envie a|compártelo|comparte|"
    r"etiqueta a alguien|etiqueta a quien|partagez-le|identifiez quelqu|envoyez|teilt es mit"
    r"|markiert jemanden|schickt es|condividilo|condividetelo|taggate|mandalo|inviatelo"
)
# words in memory of someone ("In Erinnerung:", "En souvenir de", "In loving memory"):
# only where someone died, never on a shop that closes or a season that ends
_IN_MEMORIAM = re.compile(
    r"(?i)in loving memory|in memory of|^in erinnerung|^en souvenir|^in ricordo|^em memória"
    r"|siempre en (?:el|nuestro) recuerdo|na nossa memória|rest in peace|descanse en paz"
    r"|ruhe in frieden|repose en paix|riposa in pace|descanse em paz"
)
# an ask to pass the post itself on ("Share this with someone who loves a cosy space",
# "Condividetelo con un amico", "Tag someone who should see this"): a brand's, never a
# person's about their own day (a friend one would bring along is asked of anyone)
_PASS_ON = re.compile(
    r"(?i)share (?:this|it)(?: post)? with|send this to|who (?:should|needs to) see"
    r"|compártelo|compartilo|(?:tiene que|debería) ver|envíaselo|mándaselo"
    r"|teilt es|schickt es|das sehen (?:muss|sollte)"
    r"|partagez-le|envoyez-le|(?:doit|devrait) voir ça"
    r"|compartilhe com|partilhe com|envie (?:a|para) (?:quem (?:vai|adora|precisa)|um amigo)"
    r"|(?:precisa|deveria) ver isso|condividetelo|condividilo|mandatelo|inviatelo"
    r"|deve vederlo|dovrebbe vederlo"
)
# a grumble: a bad day, a Monday moan, said in its own words ("Ugh", "fed up", "qué día
# tan horrible", "es nervt", "j'en ai marre", "estou farta", "che giornata orribile"): no
# joy to share, so never "What made you smile today?"; a commiserating ask, or none
_GRUMBLE = re.compile(
    r"(?i)\bugh\b|\bfed up\b|\bworst\b|\bawful\b|\bnightmare\b|\bof course it\b|\bi hate\b"
    r"|\bhorribl[ea]\b|\bharto\b|\bharta\b|\bodio\b|\bvaya d[ií]a\b|\bqu[eé] asco\b|\bfatal\b"
    r"|\bnervt\b|\bgenervt\b|\bmistt?ag\b|\bschrecklich|\bfurchtbar|\bätzend\b|\bich hasse\b"
    r"|\bpourrie?\b|\bj'en ai marre\b|\ben ai marre\b|\bgalère\b|\bje déteste\b|\bhorrible\b"
    r"|\bhorrível\b|\bpéssimo\b|\bfart[oa]\b|\bque seca\b|\bque saco\b|\bodeio\b"
    r"|\borribile\b|\bpessim[ao]\b|\bstuf[oa]\b|\bche schifo\b|\bche palle\b"
)
# the day's asks ("What made you smile today?", "your little joy of the day", "How's your
# day going?"): a person's day, never a trip of several days nor a grumble
_DAY_ASK = re.compile(
    r"(?i)smile|joy of the day|sonreír|alegría del día|alegrado el día|lächeln|glück des tages"
    r"|sourire|bonheur du jour|sorrir|alegria do dia|sorridere|gioia di oggi"
    r"|your day|day like this|tu día|un día así|euer tag|so einen tag|votre journée"
    r"|ta journée|journée comme ça|seu dia|um dia assim|vostra giornata|giornata così"
)
# someone to spend a day like this with ("Tag someone you'd spend a day like this with",
# "Taggate con chi passereste una giornata così"): asked of a day out, never of a room
# repainted or a home made over
_DAY_WITH = re.compile(
    r"(?i)day like this with|a un día así|so einen tag verbringen|journée comme ça"
    r"|passereste una giornata così|passaria um dia assim"
)
# a home redone: painted, built, set up or finished after works ("Abbiamo ridipinto la
# cucina", "Unsere Stubn ist fertig", "Cantinho do café montado"), not a day spent in it
_REDONE = re.compile(
    r"(?i)\b(?:(?:re)?paint(?:ed|ing)|ridipint\w*|dipint[oaie](?= (?:di|il|la|lo|le|i|gli)\b)"
    r"|(?:re)?pint(?:ad[oa]s?|amos|ámos|ei|ou|aron|é)|gestrichen|repeint\w*"
    r"|peint(?:e|es)?(?= (?:la|le|les|en)\b)|baustelle|lavori|obras?|finished|finit[oa]|fertig"
    r"|terminad[oa]|montad[oa]|sistemat[oa]|reno|renovat\w*|renovier\w*|ristruttur\w*"
    r"|rénov\w*|reforma(?:d[oa]s?)?)\b"
)
# an ask that takes the post for a trip ("Save this for your next trip", "Send this to your
# travel buddy"): only where the post says it is one
_TRIP_ASK = re.compile(
    r"(?i)next trip|travel buddy|próximo viaje|prochain voyage|nächste reise"
    r"|reisebuddy|prossimo viaggio|compagno di viaggio|próxima viagem|companheir[oa] de viagem"
)
# what says a post is a trip, not a day out near home: the words for one, a flight, a
# night away, hours counted ("48 hours in Porto")
_TRIP = re.compile(
    r"(?i)\b(?:trip|holiday|holidays|vacation|travel\w*|flight|flew|abroad|hotel|hostel"
    r"|overnight|night train|sleeper|\d+ hours in|\d+ horas en|\d+ heures à|\d+ stunden in"
    r"|\d+ ore a|\d+ horas em"
    r"|itinerary|road ?trip|getaway|viaje|vacaciones|vuelo|hotel|escapada|urlaub|reise\w*"
    r"|flug|ferien|voyage|vacances|vol|séjour|viaggio|vacanz[ae]|volo|gita|viagem|férias"
    r"|voo|passeio)\b"
)
# a span of several days ("three days in Skye", "un fin de semana", "vier Tage")
_SEVERAL_DAYS = re.compile(
    r"(?i)\b(?:\d+|two|three|four|five|six|seven|ten|a few|several) (?:days|nights|weeks)\b"
    r"|\bweek-?end\b|\b(?:\d+|dos|tres|cuatro|cinco|seis|siete|diez|unos|varios) "
    r"(?:días|noches|semanas)\b|\bfin de semana\b"
    r"|\b(?:\d+|zwei|drei|vier|fünf|sechs|sieben|zehn|ein paar) (?:tage|nächte|wochen)\b"
    r"|\bwochenende\b|\b(?:\d+|deux|trois|quatre|cinq|six|sept|dix|quelques) "
    r"(?:jours|nuits|semaines)\b"
    r"|\b(?:\d+|dois|duas|três|quatro|cinco|seis|sete|dez|uns|alguns) (?:dias|noites|semanas)\b"
    r"|\bfim de semana\b"
    r"|\b(?:\d+|due|tre|quattro|cinque|sei|sette|dieci|qualche) (?:giorni|notti|settimane)\b"
    r"|\bfine settimana\b"
)
# an ask to pick one of several things
_WHICH_ONE = re.compile(
    r"(?i)cuál te llev[aá]s|welches wird es|lequel vous tente|which one|would you pick"
    r"|qual vai ser|qual escolheria|quale scegliereste"
)
# what gives a reader something to choose from: colours, flavours, sizes, a range
_CHOICE = re.compile(
    r"(?i)\b(?:colou?rs|flavou?rs|sizes|scents|styles|versions|models|shades|couleurs|"
    r"coloris|parfums|tailles|modèles|teintes|colores|sabores|tallas|modelos|tonos|cores|"
    r"tamanhos|colori|gusti|taglie|modelli|farben|sorten|größen|modelle|aromas|aromi|"
    r"profumi|düfte|düften|senteurs|fragrances|glazes|"
    r"collection|colección|coleção|collezione|kollektion|range|gamme|gama|linea|linha)\b"
)
# a feature of one thing in a list: a measure ("22 Liter", "50 x 50 cm", "750 ml") or a
# part it comes with or without ("mit Laptopfach", "with a walnut base", "sans parfum")
_FEATURE = re.compile(r"(?i)\s*(?:\d|(?:with|without|mit|ohne|con|sin|senza|avec|sans|com|sem)\b)")
# a size alone ("300 ml", "200 g", "50 x 50 cm")
_SIZE = re.compile(
    r"(?i)\s*\d+(?:[.,]\d+)?\s?(?:x\s?\d+(?:[.,]\d+)?\s?)*(?:ml|cl|dl|l|g|gr|kg|mg|cm|mm|m"
    r"|oz|fl\.? oz|lb|lbs|liters?|litres?|litros?|litri|inch(?:es)?|in)\.?\s*$"
)
# what one thing is made of, its materials and parts ("waxed canvas", "leather straps",
# "fibbia in ottone"): a list of them presents one thing, not variants to pick from
_MADE_OF = re.compile(
    r"(?i)\b(?:canvas|leather|suede|cotton|wool|linen|silk|denim|brass|steel|oak|walnut"
    r"|straps?|buckles?|handles?|pockets?|zips?|zippers?|lining|soles?|laces|buttons|clasps?"
    r"|lona|cuero|piel|algodón|lana|lino|seda|latón|acero|roble|correas?|asas?|bolsillos?"
    r"|cremallera|forro|suelas?|hebillas?|botones|leder\w*|baumwolle|wolle|leinen|seide"
    r"|messing|stahl|eiche|\w*riemen|henkel|schnallen?|reißverschluss|futter|sohlen?|knöpfe"
    r"|toile|cuir|coton|laine|soie|laiton|acier|chêne|sangles?|bretelles?|anses?|poches?"
    r"|doublure|semelles?|boucles?|boutons|couro|algodão|lã|linho|latão|aço|carvalho|alças?"
    r"|bolsos?|fecho|solas?|fivelas?|botões|tela|pelle|cotone|seta|ottone|acciaio|rovere"
    r"|spallacci|manici|manico|tracolla|tasche|cerniera|fodera|suole?|fibbi[ae]|bottoni)\b"
)
# a place that opens (a new shop is not a product to pick from)
_OPENS = re.compile(
    r"(?i)\b(?:abrimos|abre|apertura|inaugur\w*|opening|we open|opens|eröffn\w*|ouvr\w*"
    r"|ouverture|abertura|apriamo|apre)\b"
)
# what a person's own day is about, and what they may show of their own
_OWN_LIFE = frozenset(["everyday", "home", "travel", "fitness"])
# (and a family's day: "Mi abuela cumple 90 años", "my sister graduated today")
_OWN_THINGS = frozenset(["food", "pets", "fashion_beauty", "milestone", *_OWN_LIFE])
# what only a business writes ("link in bio", "tickets", "open from", "order")
_BUSINESS_WORDS = re.compile(
    r"(?i)\b(?:link in bio|tickets?|order\w*|shop|store|menu|delivery|customers?|clients?"
    r"|enlace en la bio|pedidos?|tienda|carta|clientes?|lien en bio|commande\w*|boutique"
    r"|bestell\w*|laden|kunden|speisekarte|link na bio|encomenda\w*|loja|cardápio"
    r"|ordin\w*|negozio|clienti|link in bio)\b"
)
# a sentence of thanks ("Merci pour chaque message, chaque commande", "thanks to every
# customer"): a business word there thanks, and sells nothing
_THANKS_SENTENCE = re.compile(
    r"(?i)^\W*(?:merci|thanks?\b|thank you|danke|gracias|obrigad[oa]|grazie)"
)
_SENTENCES = re.compile(r"[^.!?\n]+")


def _business_words(content: str) -> bool:
    """Whether ``content`` says what only a business writes ("link in bio", "order",
    "shop") outside a sentence of thanks."""
    return any(
        _BUSINESS_WORDS.search(sentence.group(0)) and not _THANKS_SENTENCE.match(sentence.group(0))
        for sentence in _SENTENCES.finditer(content)
    )


# purposes no one "would love": a job, a cause, thanks
_NOT_FOR_FUN = frozenset(["hiring", "charity", "thank_you"])
# an enthusiastic ask: only when the engine knows what the post is for
_EAGER = re.compile(
    r"(?i)\blove\b|enjoy|adore|adora|thoughts below|disfrut|encant|freut|gefallen|gostar|apprezz"
)
_PROJECT_ASK = re.compile(r"(?i)project|projet|projeto|proyecto|progetto|projekt")
_MAKING = re.compile(
    r"(?i)diy|project|makeover|upcycl|paint|built|build|renovat|restor|sanded|projet|bricol"
    # a renovation in the languages that spell it otherwise ("la rénovation du sous-sol",
    # "la reforma del baño", "a renovação da cozinha", "la ristrutturazione")
    r"|r[ée]nov|renovaci[óo]n|renova[çc][ãa]o|ristruttur"
    # ("die Küche renoviert", "a reforma do banheiro", "la reforma del baño"; never "a
    # minha reforma", a Portuguese retirement)
    r"|renovier|\breforma\s+d[aeo]l?\b"
    r"|proyecto|projeto|progetto|fai da te|projekt|selbst gemacht|selbstgemacht|heimwerk"
    # a room or a piece done at last is a finished project ("finalmente finito il
    # soggiorno", "enfin finie la cuisine", "por fin terminado el baño")
    # (a book finished at last is no project)
    r"|\b(?:finally|finalmente|enfin|por fin|endlich)\s+(?:finish\w*|done|finit\w*|fini\w*|"
    r"termin\w*|acab\w*|conclu\w*|fertig)\W+(?:\w+\W+){0,2}(?:room|kitchen|bathroom|"
    r"bedroom|hallway|garden|balcony|soggiorno|salotto|cucina|bagno|camera|cameretta|"
    r"balcone|terrazzo|giardino|ingresso|salon|cuisine|chambre|salle|balcon|terrasse|"
    r"jardin|salón|cocina|baño|dormitorio|habitación|balcón|terraza|jardín|sala|cozinha|"
    r"banheiro|quarto|varanda|jardim|küche|bad|wohnzimmer|schlafzimmer|flur|garten|balkon)\b"
)
# "which tip first?" fits a post that counts its tips
_MANY_TIPS = re.compile(
    r"(?i)\b\d+\s+(?:tips|ways|things|steps|mistakes|consigli|trucchi|modi|consejos|trucos"
    r"|astuces|trucs|conseils|tipps|tricks|dicas|truques)\b|(?:^|\s)1[.)]\s"
)
_LONG_STORY = re.compile(
    r"(?i)\d+\s?(?:years?|yrs|años|ans|jahre\w*|anos|anni)\b|anniversar|aniversario|jubiläum"
    r"|anniversaire|aniversário|anniversario"
)
# what a call to action asks people to do; one the brief already asks is never repeated
# ("Scrivici in DM" twice), nor replaced by a channel the brief does not give
_ACTIONS = {
    "contact": re.compile(
        r"(?i)\b(?:dms?|message|messages|e-?mail|scrivic\w*|scrivetec\w*|escr[ií]ben\w*"
        r"|mensaje\w*|schreib\w* uns|nachricht\w*|écrivez|mensagem|mensagens|contact\w*"
        r"|kontakt\w*|contatt\w*)\b"
    ),
    "apply": re.compile(
        r"(?i)\b(?:apply|application|cv|résumé|candidat\w*|bewerb\w*|curriculum|postula\w*"
        r"|lebenslauf)\b"
    ),
    "book": re.compile(
        r"(?i)\b(?:book|booking|reserv\w*|prenot\w*|buch(?:en|t|ung\w*)|réserv\w*|termin\w*)\b"
    ),
    "donate": re.compile(r"(?i)\b(?:donat\w*|spende\w*|spendet|donne[rz]|dona\w*|doe\w*)\b"),
    "bio": re.compile(r"(?i)\bbio\b"),
    # an invitation to the shop ("Vi aspettiamo in negozio!"): never asked twice
    "visit": re.compile(
        r"(?i)\bvisit us\b|\bschaut\b[^.!?]*\bvorbei\b|\bkommt\b[^.!?]*\bvorbei\b|\bte esperamos\b"
        r"|\bos esperamos\b|\bvenez\b|\bon vous attend\b|\bvenha ver\b|\bpasse[m]? na loja\b"
        r"|\bvi aspettiamo\b|\bpassate a trovarci\b"
    ),
    # "Tag a friend who needs one today!": the brief's own ask is not asked again
    # (never the German "Tag", a day: only "tag" before whom to tag)
    "tag": re.compile(
        r"\b[Tt]ag (?:a|an|your|someone|somebody|the|who|us|them|friends?|a friend|"
        r"everyone|anyone)\b|(?i:\b(?:tagga\w*|taggate|etiquet[aá]\w*|markiert|marquez"
        r"|identifiez|identifique|marque (?:alguém|quem|o seu|a sua|um|uma|com)))\b"
    ),
    # a brief that already thanks for patience is not thanked twice
    # (and thanks said in a call to action after a post that thanks: not twice)
    "thanks": re.compile(
        r"(?i)\b(?:thanks?|thank you|grateful|gracias|agradec\w*|danke\w*|dankbar|merci"
        r"|reconnaissan\w*|obrigad\w*|agrade[çc]\w*|grazie|grat[oie])\b"
    ),
    "code": re.compile(r"(?i)\b(?:code|código|codigo|cupom|cupón|cupon|codice|gutschein\w*)\b"),
    # "deixem uma mensagem nos comentários": a brief that asks for comments is not asked
    # again ("Se quiser, deixe uma memória nos comentários" after it, blind review 9)
    "comment": re.compile(
        r"(?i)\b(?:comment\w*|kommentar\w*|comentari\w*|comentári\w*|commentaire\w*"
        r"|commenti|commentate)\b"
    ),
    # "Bis nächstes Jahr!": a brief that says goodbye is not seen off again ("Bis zum
    # nächsten Mal!" after it: the same line twice, blind review 8)
    "farewell": re.compile(
        r"(?i)\b(?:see you|see ya|until next|bis (?:nächst\w*|zum nächst\w*|bald|morgen|dann)"
        r"|à la prochaine|à bientôt|rendez-vous|on se retrouve|hasta (?:la próxima|pronto"
        r"|el año|luego)|nos vemos|até (?:à próxima|a próxima|breve|para o ano|o próximo)"
        r"|alla prossima|ci vediamo|a presto|arrivederci|à l'année prochaine|à l'an prochain"
        r"|(?:see you )?next year|el año que viene|el próximo año|al prossimo anno"
        r"|all'anno prossimo|(?:até )?(?:ao|o) ano que vem|(?:até ao|até o) próximo ano)"
        r"(?!\w)"
    ),
    # "merci de partager !": a brief that asks to share is not asked again
    "share": re.compile(
        r"(?i)\b(?:share|sharing|pass (?:it|this) on|spread the word|compart\w*|teilt|teilen"
        r"|partag\w*|compartilh\w*|partilh\w*|condivid\w*)\b"
    ),
    "shop": re.compile(
        r"(?i)\b(?:shop|shopping|compra\w*|achet\w*|kauf\w*|acquist\w*|wear|tragen|porter"
        r"|usar[ií]a\w*|indosser\w*)\b"
    ),
}
# "in store only", "no online orders": no call to the link in bio or an online shop
_IN_STORE_ONLY = re.compile(
    r"(?i)\b(?:in[- ]store only|only in store|no online|solo en (?:la )?tienda|sin venta online"
    r"|nur im (?:laden|geschäft)|kein online|uniquement en (?:boutique|magasin)|pas de vente en"
    r" ligne|só na loja|apenas na loja|solo in negozio|niente online)\b"
)
# a sale, whatever it sells: its own words ("garage sale", "svendita", "vide-dressing",
# "Flohmarkt", "30% off"), or goods priced by the bag to fill ("$15 a bag, all clothes",
# "10 € le sac, tous les vêtements"): clothes, loaves or bikes on sale are a sale
_SALE_WORDS = re.compile(
    r"(?i)\b(?:clearance|half[- ]price|fill[- ]a[- ]bag|flea market|rummage"
    r"|svendita|saldi|sconti|mercatino|liquidazione|soldes|braderie|vide[- ]grenier"
    r"|vide[- ]dressing|déstockage|démarque|venta de garaje|rebajas|liquidación|mercadillo"
    r"|rastrillo|promoção|saldos|liquidação|venda de garagem|feira da ladra|ausverkauf"
    r"|\w*flohmarkt|räumungsverkauf|schlussverkauf)\b"
    r"|\d\s?%\s?(?:off|de descuento|di sconto|de réduction|rabatt|de desconto)\b"
)
_BAG_PRICE = re.compile(
    r"(?i)(?:[$€£]\s?\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?\s?(?:€|\$|£|eur\b|euros?\b))\s*"
    r"(?:a|per|the|le|la|el|al|a la|por|pro|o|each|il|un|à|ao)?\s*"
    r"(?:bag|sack|sac|bolsa|saco|sacchetto|busta|sackerl|tüte)\b"
)
_ALL_GOODS = re.compile(
    r"(?i)\b(?:all|everything|tutti|tutte|tutto|todo|toda|todos|todas|tous|toutes|tout|alle"
    r"|alles)\b"
)
# the topics a post may be about while it sells or invites (its call to action is then
# the sale's or the event's: "Save this look" under a sale of clothes speaks of a look)
_TOPICS = frozenset(("food", "travel", "fitness", "home", "fashion_beauty", "pets", "everyday"))


# an hour to come at: "7pm", "18 Uhr", "9h", "alle 19", "a las 18", "às 20"
_AT_HOUR = re.compile(
    r"(?i)\d(?::\d{2})?\s?(?:am|pm|h|uhr)\b|\b\d{1,2}:\d{2}\b"
    r"|\b(?:ore|alle|a las|às|um|at|à)\s+\d{1,2}(?:[:.h]\d{2})?\b(?![.,]\d|\s?(?:%|€|\$))"
)


# the English word "sale", which German shops write too ("Winter-Sale", "Sale im Laden");
# in Italian it is salt ("acqua, olio e sale"), in Spanish a verb ("sale del horno"), in
# French dirty ("les mains sales"): there only its capitals or an English phrase sell
_SALE = re.compile(r"(?i)\bsales?\b")
_SALE_ELSEWHERE = re.compile(
    r"\bSALES?\b|(?i:\b(?:on|summer|winter|spring|autumn|big|flash|final|mid-season"
    r"|end of season|black friday|clearance)\s+sale\b|\bsale\s*(?:[-\u2013]\s*)?\d+\s?%)"
)


# the words before a place's name: where a thing happens, not who it is ("do Parque …",
# "at the shelter", "im Tierheim", "au refuge", "nel rifugio", "en la protectora")
_PLACE_PREPOSITIONS = (
    r"at|at the|in|in the|from|from the|near|do|da|dos|das|no|na|nos|nas|em|ao|en|en el"
    r"|en la|del|de la|al|desde|nel|nella|al|alla|dal|dalla|presso|im|am|beim|vom|zum|zur"
    r"|in der|au|aux|du|à la|chez|près de"
)


# where a thing of the writer's came from ("a lamp from the flea market for £6", "eine
# Lampe vom Flohmarkt", "chinée au vide-grenier", "comprada en el rastrillo"): a sale's word
# said of what was bought there is no sale the post announces
_BOUGHT_AT = re.compile(
    r"(?i)\b(?:from|vom|von|du|de|do|da|del|dal|dalla|dai|desde"
    r"|(?:bought|got|found|picked up|scored|gekauft|gefunden|ergattert|geschossen|acheté\w*"
    r"|trouvé\w*|chiné\w*|dégoté\w*|compra[dt][oa]s?|comprei|encontr[ée]\w*|trovat[oaie]"
    r"|pres[oaie]|pescat[oaie])"
    r"\s+(?:it\s+|them\s+)?(?:at|in|on|auf|am|au|à|en|na|no|nel|nella|al|alla))"
    r"(?:\s+(?:the|a|dem|einem|der|la|le|el|um|uma|un|una))?"
    r"\s+\w*(?:flohmarkt|flea market|rummage sale|vide[- ]grenier|braderie|brocante"
    r"|mercadillo|rastrillo|feira da ladra|mercatino|garage sale|yard sale|car boot(?: sale)?)"
    r"\b"
)


def _sells(content: str, language: str = "en") -> bool:
    """Whether ``content`` announces a sale, whatever it sells, read in ``language``."""
    sale = _SALE if language in ("en", "de") else _SALE_ELSEWHERE
    # (a sale's word said of where a thing was bought is no sale: see _BOUGHT_AT)
    content = _BOUGHT_AT.sub(" ", content)
    return bool(_SALE_WORDS.search(content) or sale.search(content)) or (
        bool(_BAG_PRICE.search(content)) and bool(_ALL_GOODS.search(content))
    )


# the post sells it in its shop ("in store", "im Laden", "na loja"): a launch or a sale
# may send readers there, never a shop the post does not name
_IN_SHOP = re.compile(
    r"(?i)\b(?:in[- ]store|in (?:the|our) shop|at the shop|by the shop|im laden|im geschäft"
    r"|en (?:la|nuestra) tienda|en boutique|en magasin|na (?:nossa )?loja|in negozio)\b"
)
# a new thing sold from a day on ("new blend … from Fri 8 Jan", "Neu ab Samstag",
# "nouveau dès samedi", "novità da sabato", "nuevo desde el sábado", "novo a partir de
# sábado"): the day it can be had, no day to come to
_NEWNESS = re.compile(
    r"(?i)\b(?:new|neu|neue[nrs]?|nouveau|nouvel(?:le)?|nouveauté|novità|nuov[oaie]|nuev[oa]s?"
    r"|nov[oa]s?|novidades?|available|erhältlich|disponibles?|disponibil[ei]|disponíve(?:l|is))\b"
)
_FROM_DAY = re.compile(
    r"(?i)\b(?:from|ab|dès|à partir d[eu]|a partir d[eo]|da|dal|desde(?: el)?)\s+(?:(?:the|le|el"
    r"|il|o)\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*|montag|dienstag|mittwoch|donnerstag"
    r"|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|luned[iì]"
    r"|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica|lunes|martes|mi[ée]rcoles"
    r"|jueves|viernes|s[áa]bado|domingo|segunda|ter[çc]a|quarta|quinta|sexta|tomorrow|morgen"
    r"|demain|domani|mañana|amanhã"
    # (a date, never a size or an hour: "numeri dal 38 al 46", "from 7pm")
    r"|\d{1,2}(?:st|nd|rd|th|er|º)?\.?\s?(?:de\s)?(?:[./]\d{1,2}\b|(?:jan|feb|f[ée]v|m[äa]r|apr|avr"
    r"|abr|ma[iy]|mag|jun|jui|giu|jul|lug|aug|ao[ûu]|ago|sep|set|o[ck]t|ott|out|nov|de[cz]|d[ée]c"
    r"|dic|gen|ene)\w*))"
)
# a first finished ("first half marathon done", "primer medio maratón terminado", "erster
# Halbmarathon geschafft", "premier semi-marathon terminé", "prima mezza maratona finita",
# "primeira meia maratona concluída"): a feat of the writer's
_FIRST_DONE = re.compile(
    r"(?i)\b(?:first|primer[oa]?|premi[eè]re?|erste[rsn]?|prim[oa]|primeir[oa])\b[^.!?\n]{0,40}?"
    r"\b(?:done|finished|completed|complete|in the bag|terminad[oa]|completad[oa]|acabad[oa]"
    r"|terminée?|fini[es]?|bouclée?|geschafft|gefinisht|beendet|finit[oa]|completat[oa]"
    r"|conclu[íi]d[oa]|feit[oa]|cumprid[oa])\b"
)
# an ask to come to the shop (the templates' own words)
_SHOP_ASK = re.compile(
    r"(?i)visit us in store|im laden vorbei|te esperamos en la tienda|en boutique"
    r"|na loja|in negozio"
)
# the post asks its readers to give ("Please donate:", "Bitte spendet", "Donad", "Faites un
# don", "Doem", "Donate, per favore"): an appeal, whatever animal or topic it names
_GIVE_ASK = re.compile(
    r"(?i)\bplease donate\b|(?:^|[.!:]\s*)donate\b(?! to (?:us|our))|\bbitte spende\w*|\bspendet\b"
    r"|\bdonad\b|\bdonen\b|\bfaites un don\b|\bdonnez\b|\bdoem\b|\bdoe,"
    r"|\bdonate,? per favore\b|\bper favore,? donate\b|\bpor favor,? don(?:ad|en|e|a)\b"
)
# things collected for a cause, by the account ("Recogemos mantas … para el albergue",
# "We're collecting tinned food for the food bank", "Wir sammeln … für die Wärmestube"):
# the verb, then who it is for in the same sentence
_COLLECTS = re.compile(
    r"(?i)\b(?:we(?:'re| are)? collecting|we collect|recogemos|recolectamos|estamos (?:recogiendo"
    r"|recolectando)|wir sammeln|sammeln wir|nous collectons|on collecte|nous récoltons"
    r"|raccogliamo|stiamo raccogliendo|recolhemos|arrecadamos|coletamos|estamos (?:a )?(?:recolher"
    r"|arrecadar)|estamos (?:recolhendo|arrecadando|coletando))\b[^.!?]*?"
    r"\b(?:for|para|für|pour|per|pro)\b"
)
# what a shop collects for itself: orders and bookings, never a cause; nor what a reader
# gives by signing or saying, not by bringing ("We're collecting signatures for the
# petition", "Recogemos firmas para salvar el parque")
_TAKEN = re.compile(
    r"(?i)\b(?:orders?|bookings?|pedidos?|encargos?|reservas?|bestellungen|commandes?"
    r"|réservations?|ordini|prenotazioni|encomendas?|feedback|opiniones|avis|meinungen"
    r"|signatures?|firmas|unterschriften|assinaturas|firme|votes|votos|voti"
    r"|suggestions|sugerencias|sugestões|suggerimenti|vorschläge)\b"
)
# the deadline a post gives, just before its day ("hasta el viernes", "until Friday", "bis
# Samstag", "jusqu'à mercredi", "fino a giovedì", "até sábado")
_UNTIL = re.compile(
    r"(?i)\b(?:until|till|by|hasta(?: el| la)?|bis(?: zum| am)?|jusqu'(?:à|au)|fino (?:a|al)"
    r"|entro(?: il)?|até(?: ao| à| o| a)?(?: dia)?)\s+$"
)
# a sentence that thanks someone by name or number ("grazie ai 74 volontari, alla banda …",
# "Thanks to the 31 marshals", "Gracias a los voluntarios", "ein Dankeschön an die
# Feuerwehr"): whom a thank-you thanks is its point, kept at every length (thanks "for your
# patience" name nobody)
_THANKS_TO = re.compile(
    r"(?i)\b(?:thanks?(?: you)?|big thanks|grazie|ringraziamo|danke(?:schön)?|merci|gracias"
    r"|agradecemos|obrigad[oa]s?)\b(?:\s+(?:di cuore|de corazón|mille|a lot|so much"
    r"|infinitamente|beaucoup|muito|mil|tante))?\s+(?:to|ai|agli|alla|alle|al|allo|a|à|aux|au"
    r"|an|ao|aos|às)\s"
)
# a thank-you's special greeting to one group is whom it thanks too ("Ein besonderer Gruß an
# die Klasse 7b …", "Special shout-out to the Year 5 class …", "Un saludo especial al coro …")
_GREETS_ONE = re.compile(
    r"(?i)\b(?:(?:ein(?:en)? )?(?:besondere[nrs]?|spezielle[nrs]?|herzliche[nrs]?"
    r"|liebe[nrs]?) (?:gru(?:ß|ss)|dank)|gr(?:ü|ue)(?:ß|ss)e"
    r"|(?:special |big |huge )?shout-?outs?|(?:a )?special (?:hello|mention)"
    r"|(?:un )?(?:saludo|abrazo|saluto|abbraccio|salut|abraço|beijinho|bisou)s?"
    r"(?: (?:especial|speciale|spécial|muy especial|grande|enorme))?)"
    r"\s+(?:an|to|a|al|à|ao|aux|au|ai|agli|alla|alle|allo|aos|às|para)\s"
)
_ONLINE_ASK = re.compile(r"(?i)\b(?:bio|link|online|website|web|site|order|pedido|bestell\w*)\b")
# a caption never says a thing is here when the post says it is coming
_FUTURE = re.compile(
    r"(?i)\b(?:pre-?orders?|pre-?order(?:ing|ed)?|coming soon|launching (?:on|in|this|next)|"
    r"launches (?:on|in)|available from|vorbestell\w*|erhältlich ab|précommande\w*|"
    r"disponible (?:le|à partir|dès le)|preventa|disponible (?:el|a partir)|pré-venda|"
    r"pré-encomenda\w*|disponível a partir|prevendit\w*|preordin\w*|disponibile dal)\b"
)
# an event the brief says has begun ("Ya arrancó el carnaval", "the festival is under
# way", "la fête bat son plein"): no frame calls it still to come
_BEGUN = re.compile(
    r"(?i)\b(?:(?:has|have) (?:already )?(?:started|begun|kicked off)|already started|"
    r"is (?:now )?(?:under ?way|in full swing)|ya (?:arrancó|empezó|comenzó|arrancamos|"
    r"empezamos|está en marcha)|(?:ha|han) (?:comenzado|empezado|arrancado)|"
    r"(?:è|sono) (?:già )?(?:iniziat|cominciat|partit)[aoie]|(?:a|ont) (?:déjà )?commencé|"
    r"bat son plein|battent leur plein|(?:hat|haben) (?:schon |bereits )?(?:begonnen|"
    r"angefangen)|läuft (?:schon|bereits)|já (?:começou|arrancou|começaram))(?!\w)"
)
# a frame that says the event is still to come ("Coming up:", "Muy pronto:", "Demnächst:",
# "Save the date:", "We can't wait for …")
_SOON_SAID = re.compile(
    r"(?i)coming up|is coming to|muy pronto|llega a|bientôt|\bpresto:|em breve|demnächst|"
    r"save the date|mark your calendar|apunta la fecha|anotá la fecha|reserva la fecha|"
    r"reservá la fecha|notez la date|réservez la date|segnatevi la data|salvate la data|"
    r"anote a data|reserve a data|merkt euch den termin|can't wait|muchas ganas de|"
    r"on a hâte|non vediamo l'ora|mal podemos esperar"
)
_NOW_CLAIM = re.compile(
    r"(?i)finally here|is here|are here|out now|now available|available now|ya está aquí|"
    r"ya disponible|ist da|sind da|jetzt erhältlich|est là|enfin là|disponible dès maintenant|"
    r"chegou|já disponível|è arrivat|disponibile ora|ora disponibile|get yours|ab sofort|"
    r"dès maintenant|disponible ya|da oggi|disponibile da subito|a partir de hoje|from today|"
    r"just dropped|just landed|recién llegad|frisch eingetroffen|acabou de chegar|da ora"
)
# a day or date the brief gives for it ("ab Dienstag", "venerdì ore 18:00"): today's own
# words ("today", "heute", "oggi") are the only "when" a now-claim may stand beside
# a hook that says "today" claims the post's day: never over a post that names another
# ("Dia 6 de janeiro, quarta-feira, a Folia … sai às 19h" is no "Em destaque hoje")
_TODAY_SAID = re.compile(
    r"(?i)\b(?:today|today's|tonight|hoy|heute|aujourd'hui|hoje|oggi|stasera|ce soir)\b"
)
_TODAY = re.compile(r"(?i)\b(?:today|now|tonight|hoy|heute|jetzt|aujourd'hui|hoje|oggi|ora)\b")
# an ask to come somewhere ("See you there?", "Ci vediamo lì?", "Tag who you'll bring")
_ATTEND = re.compile(
    r"(?i)see you there|who's coming|who is coming|bring with you|ci vediamo|chi viene|"
    r"porterete con voi|nos vemos|quién viene|wir sehen uns|wer kommt|on se voit|qui vient|"
    r"vemo-nos|a gente se vê|quem vem|come by|come along|kommt vorbei|passez|venha|passate|"
    r"ven a|vente"
)


# an ask to come to a gathering on its day ("Tag who you're bringing", "See you there?",
# "Save the date and share it"): only a post that names both something to attend and
# when it is (a job's shifts, a workshop's behind the scenes, fittings by appointment
# are no gathering)
# an ask to bring someone along: a drive's day brings things, not company
_BRING_ASK = re.compile(
    r"(?i)who you're bringing|te vas a traer|wen ihr mitbringt|wen du mitbringst"
    r"|qui vient avec vous|quem vai levar|quem vocês vão levar|chi porterete"
)
# an invitation to come along next time ("Who's joining the next one?")
_JOIN_ASK = re.compile(
    r"(?i)who's joining|who is joining|wer ist dabei|wer kommt mit|qui vient la prochaine"
    r"|quién se apunta|quién se suma|quem vem (?:na|para a) próxima|chi viene la prossima"
)
_GATHER_ASK = re.compile(
    r"(?i)who you're bringing|see you there|save the date|mark your calendar"
    r"|te vas a traer|nos vemos allí|guard[aá] la fecha|apunta la fecha|reserva la fecha"
    r"|wen ihr mitbringt|termin speichern|sehen wir uns dort|merkt euch den"
    r"|qui vient avec vous|notez la date|on se voit là-bas|réservez la date"
    r"|quem vai levar|(?:salve|guarde|anote) a data|quem vem\?|nos vemos lá|vemo-nos lá"
    r"|chi porterete|salvate la data|segnatevi la data|ci vediamo lì"
)

# "next month", "le mois prochain", "nächste Woche": a time to come, said in words
_NEXT_TIME = re.compile(
    r"(?i)\bnext (?:week|month|year|season|spring|summer|autumn|fall|winter)\b"
    r"|\b(?:semaine|mois|année|saison) prochaine?\b|\b(?:la semana|el mes|el año) que viene\b"
    r"|\bpróxim[oa] (?:semana|mes|año|temporada|mês|ano)\b|\bnächste[nrs]? (?:woche|monat|jahr)\b"
    r"|\b(?:settimana|mese|anno) prossim[oa]\b|\bprossim[oa] (?:settimana|mese|anno)\b"
)
_MARKER = re.compile(r"(?:^|(?<=[\s,;:]))(\d{1,2})[).]\s+")


def _enumerated(sentence: str) -> str:
    """A sentence that numbers three or more things inline ("1) only go up one pot size,
    2) use chunky mix, 3) water lightly") as one line per thing."""
    marks = list(_MARKER.finditer(sentence))
    numbers = [int(m.group(1)) for m in marks]
    if len(marks) < 3 or numbers != list(range(1, len(marks) + 1)):
        return sentence
    head = sentence[: marks[0].start()].strip(" ,;:")
    lines = []
    for mark, end in zip(marks, [*(m.start() for m in marks[1:]), len(sentence)], strict=True):
        item = sentence[mark.end() : end].strip(" ,;.").removesuffix(" and").removesuffix(" y")
        sign = mark.group(0).strip()[-1]  # "1)" or "1." as the brief numbers them
        lines.append(f"{mark.group(1)}{sign} {item[:1].upper()}{item[1:]}")
    return "\n".join([f"{head}:", *lines] if head else lines)


# an offer said without a number ("Free gift wrap on every order", "Der Eintritt ist frei")
_FREE = re.compile(
    r"(?i)\b(?:free|gratis|gratuit[eo]?s?|kostenlos|frei|grátis|gratuita?s?|gratuitement"
    r"|libre|offert[es]?|umsonst)\b"
)

_USE_CODE = re.compile(
    r"(?i)\b(?:use|usa|usen|utilise[zr]?|nutz\w*|usate|insira|apply|enter|entrez|gib)\b[^.!\n]{0,20}"
    r"\b(?:code|código|codigo|cupom|cupón|cupon|coupon|codice|gutschein\w*)"
)


# the brief asks its readers for a memory ("Deixem aqui uma lembrança dele", "Lasciate un
# ricordo di lui qui sotto", "Teilt eure Erinnerungen"): a memory asked for in the comments
_MEMORY_REQUEST = re.compile(
    r"(?i)\b(?:share|leave|tell|post|write|drop|send|deix\w*|partilh\w*|compartilh\w*|cont\w*"
    r"|escrev\w*|dej\w*|compart\w*|cuént\w*|escrib\w*|teil\w*|schreib\w*|erzähl\w*|lass\w*"
    r"|hinterlass\w*|partag\w*|laiss\w*|racont\w*|écriv\w*|lasciat\w*|condivid\w*|raccont\w*"
    r"|scriv\w*)\b[^.!?\n]{0,40}?\b(?:memor\w*|memória\w*|lembranç\w*|recordaç\w*|recuerdo\w*"
    r"|souvenirs?|erinnerung\w*|ricord[oi]|stor(?:y|ies))\b"
)


def _brief_actions(content: str) -> frozenset[str]:
    """The actions the brief itself asks for (its contact, its booking, its donation)."""
    found = {
        name
        for name, pattern in _ACTIONS.items()
        if name != "code" and pattern.search(_EMAIL.sub(" ", content))
    }
    if _USE_CODE.search(content):
        found.add("code")  # "Use o cupom FRIO20": the brief says it already
    if _EMAIL.search(content):
        found.add("contact")
    if _EMAIL.search(content) or _URL_IN.search(content):
        found.add("bio")  # the brief gives its own address: never "link in bio" instead
    if "book" in found:
        found.add("shop")  # a booking is a service: nothing to shop
    if _MEMORY_REQUEST.search(content):
        found |= {"memory", "comment"}  # asked already: never "leave a memory" again
    return frozenset(found)


def _structures(post: Post, request: CaptionRequest, tone: str, items: int) -> list[str]:
    order = ["question", "statement", "list", "story", "one_liner"]
    if items < 3:
        order.remove("list")
    if tone == "minimalist" or request.length == "short":
        order = [
            "one_liner",
            "statement",
            "question",
            *(s for s in order if s not in ("one_liner", "statement", "question")),
        ]
    if post.sensitive:
        order = [s for s in order if s not in ("question", "list")]
    seed = zlib.crc32(post.content.encode()) % len(order)
    return order[seed:] + order[:seed] if tone != "minimalist" else order


def fragmentary(post: Post) -> bool:
    """Whether the post is a few words in fragments ("sunday. coffee. vinyl.")."""
    if len(post.items) >= 3 and any(s.endswith(":") for s in post.sentences):
        return False  # "Frisch im Hofladen:" and its bulleted items are a list
    words = [len(s.split()) for s in post.sentences]
    return len(words) >= 2 and max(words) <= 3 and sum(words) <= 10 and not post.sensitive


@functools.lru_cache(maxsize=16384)
def _says(pattern: re.Pattern[str], text: str) -> bool:
    """Whether a template's ``text`` matches ``pattern``, each pair searched once: a
    call to action is chosen by testing every template of its pools against some forty
    phrase patterns, the same few thousand fixed texts on every post (bounded: the
    templates of six languages times the patterns _choose asks, at most 16,384 pairs)."""
    return pattern.search(text) is not None


class _Writer:
    """Fills the structures of one request's variants from one language's templates."""

    def __init__(
        self,
        request: CaptionRequest,
        post: Post,
        tpl: Templates,
        tone: str,
        blocked: frozenset[str],
        avoid: frozenset[str],
        sure: Confidence | None = None,
    ) -> None:
        self.request = request
        self.post = post
        self.sure = sure or Confidence(subject=True, intent=True, notice=False)
        self.linked = bool(_LINKED.search(_EMAIL.sub(" ", post.content)))
        self.asked = _brief_actions(post.content)
        # the brief's words in a row, spaced (what a call to action must not say again)
        self.brief_words = " " + " ".join(_WORD.findall(post.content.lower())) + " "
        self.in_store = bool(_IN_STORE_ONLY.search(post.content))
        self.on_sale = _sells(post.content, post.language)
        self.stocked = bool(_IN_SHOP.search(post.content))
        # a new thing to be had from a day on: a launch, never a day to come to
        self.new_from = bool(_NEWNESS.search(post.content) and _FROM_DAY.search(post.content))
        self.gives = bool(_GIVE_ASK.search(post.content))
        self.collects = (
            bool(_COLLECTS.search(post.content))
            and not _TAKEN.search(post.content)
            and "past" not in post.flags
        )
        thanked = _THANKED_ONE.search(post.content)
        self.thanked = thanked.group(1) if thanked else ""
        self.opening_place = bool(_OPENS.search(post.content))
        # a day or date the brief names: no "now" claim beside it ("ab Dienstag" is no
        # "ab sofort")
        dated = bool(post.when) and not _TODAY.search(post.when or "")
        self.dated = dated
        self.future = bool(_FUTURE.search(post.content)) or dated
        self.begun = bool(_BEGUN.search(post.content))
        self.online = bool(ONLINE_ONLY.search(post.content))
        self.story = bool(_LONG_STORY.search(post.content)) or post.sensitive
        self.tips = bool(_MANY_TIPS.search(post.content))
        self.making = bool(_MAKING.search(post.content))
        # "which one tempts you?" where there is more than one to take
        # (one bag's "waxed canvas, leather straps, brass buckle" are its making: no choice)
        variants = [i for i in post.items if not _MADE_OF.search(i)]
        # (a size after the options is the one product's: "our Lina mug in sage, sand
        # and rust, 300 ml" keeps its three colours to pick from)
        options = list(post.items)
        while options and _SIZE.match(options[-1]):
            options.pop()
        variants = [i for i in variants if i in options]
        if any(_FEATURE.match(i) for i in options):
            # a list with a measure or a part it comes with ("Wasserdicht, 22 Liter, mit
            # Laptopfach und Brustgurt") describes one thing: none of it is a variant
            variants = []
        self.choice = len(variants) >= 2 or bool(_CHOICE.search(post.content))
        self._priced: bool | None = None  # (see _priced_list)
        self.offered = (
            "rental" in post.flags  # a cottage let is offered, never one's own home
            or "orders" in post.flags  # and so is a cake taken to order
            or bool(post.price)
            or bool(_OFFERED.search(post.content))
            or bool(_ON_THE_MENU.search(post.content))
        )
        self.mistakes = bool(_MISTAKES.search(post.content))
        # "Tell me below" only where the post itself says "I" (a running club's "Venite!"
        # speaks for no one person)
        self.says_i = bool(voice_cues(post.content, post.language)[1])
        self.keepable = bool(
            self.tips
            or "rental" in post.flags  # a cottage's free dates, kept for a getaway
            # a list is kept where it is a recipe or advice, not a dawn's colours
            or (len(post.items) >= 2 and post.intent in ("food", "tip"))
            or bool(post.when and _DAY_OR_DATE.search(post.when))
            or post.price
            or post.place
            or post.quantities
            or self.linked
        )
        self.recall = recalls(post.content)
        self.waits = bool(_WAIT.search(post.content))
        self.grumble = bool(_GRUMBLE.search(post.content))
        # the day's joy is asked of a day: not of a trip of several days
        self.days = bool(_SEVERAL_DAYS.search(post.content))
        self.pending = bool(_PENDING.search(post.content))
        self.serious = bool(
            post.sensitive or self.sure.notice or _SERIOUS.search(_FLOOD_OF.sub(" ", post.content))
        )
        # a person's own moment at home or in their day: nothing sold, nothing to sign up
        # for, no link (a roastery's morning "behind the scenes" is a business's post)
        self.own_moment = (
            post.voice == "i"
            and post.intent in ("everyday", "home")
            and not self.offered
            and not self.linked
            and not self.on_sale  # a sale of cushions is a shop's, not one's own home
        )
        # "tu" or "vous", "tu" or "voi", "du", "ihr" or "Sie", "tú" or "vosotros": the
        # brief's own address, which its call to action keeps
        self.address = address_of(post.content, post.language)
        # a brief that says "Sie", "usted" or "Lei" speaks to customers, not about its
        # writer's own day ("Vereinbaren Sie einen Termin" is no snapshot)
        polite = self.address in ("formal", "ustedes")
        # a person's small moment, whatever it shows (fog on a lake, pancakes, a first
        # swim): a light question or nothing, never a brand's "tag a friend who needs to
        # see this", "what should be on the menu next?" or "save this"
        self.snapshot = (
            post.voice == "i"
            and not polite
            # a feat ("my first pull-up", even half-read) is congratulated, not asked about
            # the day
            and post.intent != "milestone"
            and not self.making  # a finished room asks about home, not about the day
            # (or whatever it may be about, when no purpose reads clearly)
            and (post.intent in ("everyday", "home", "food", "travel") or not self.sure.intent)
            and not self.offered
            and not self.linked
            and not self.on_sale
            and not post.sensitive
            and not self.sure.notice
            # (a list of things is a menu or a recipe; a list of moments, "frost on the
            # car, coffee too hot, monday again", is the day itself)
            and (len(post.items) < 2 or _moments(post.items, post.language))
            # ("pizza fritta da Zì Teresa" names where it is from: a venue's dish)
            and not any(n.kind in ("venue", "place", "origin") for n in post.names)
            and not (post.when and _DAY_OR_DATE.search(post.when))
            and len(post.sentences) <= 2
            and len(post.content.split()) <= 15
        )
        # a person's or a household's moment of any length (a mood, a first swim, a kitchen
        # painted at last, açaí with friends): nothing sold, offered, linked or taught, so
        # nothing to save for later or pass on; a conversational question, or no ask
        household = post.voice == "we" and post.intent in ("home", "everyday", "travel")
        # a line that says no "I" is a person's only when short and crediting no business
        # ("Project reveal: … Designed by Fold Interiors" is a studio's portfolio)
        unsigned = not self.says_i and (
            len(post.content.split()) > 24 or any(n.kind in ("venue", "name") for n in post.names)
        )
        # a post about its writer's own home (a room painted, a balcony, a house finished),
        # not a business's (a café's new terrace "Abrimos el viernes", a bookshop's "2x1 …
        # también en línea: lalechuza.example"): only it is answered with the reader's own
        # home ("Share your favourite corner at home")
        # (a price paid for a lamp, a joiner thanked, stay one's own: "lampe chinée 15 €",
        # "Ante fatte dalla Falegnameria La Mantide")
        self.own_home = (
            "rental" not in post.flags
            and not self.linked
            and not self.on_sale
            and not self.stocked
            and not self.opening_place
            and not post.percent
            and not _business_words(post.content)
        )
        self.personal = (
            (
                (post.voice == "i" and post.intent in _OWN_LIFE and not unsigned)
                or (self.says_i and post.intent in _OWN_THINGS)
                or household
            )
            and not self.offered
            and not self.linked
            and not self.on_sale  # "half price" with no figure still sells
            and not post.price
            and not post.percent
            and not post.code
            and not self.tips
            and not (post.intent == "food" and len(post.items) >= 3)  # a recipe's list
            and not post.sensitive
            and "adoption" not in post.flags  # 'Adopt me!' in the pet's voice: an appeal
            and not self.sure.notice
            and not self.opening_place
            and not _business_words(post.content)
            and not polite
        )
        # a person's own feat: a first, a personal best, "I did it" (a wedding guest's
        # outfit names a wedding, a milestone's word, and is no feat of the guest's)
        # a first race run ("First half marathon done!", "¡Primer medio maratón terminado!"),
        # told with or without an "I": a feat, whatever race it names next
        self.first_done = (
            post.intent == "fitness"
            and post.voice == "i"
            and bool(_FIRST_DONE.search(post.content))
            and not (self.offered or self.linked or self.on_sale or post.sensitive)
        )
        self.achieved = self.first_done or (
            self.personal
            and post.intent in ("milestone", "fitness")
            and post.intent_scores.get("milestone", 0.0) >= 3.0
        )
        self.venue = bool(post.price) and post.voice == "we" and post.intent == "food"
        # something to come to on a day the post gives: a gathering's own asks fit it
        self.attendable = bool(post.when) and post.gathering
        self.one_day = _one_day(post)
        # a day to come to, said with a figure or as this/next one ("sábado às 20h", "9
        # de janeiro", "this Saturday"), not a weekday alone ("domingo de feira")
        when = post.when or ""
        self.appointed = bool(re.search(r"\d", when)) or bool(
            set(words_of(when)) & _relative_words(post.language)
        )
        if "past" in post.flags:
            # "Our market was last Saturday, 7 December": a day behind the post is none to
            # save, come to or count down to
            self.one_day = self.appointed = self.future = False
        # a post about a day behind it, not today's ("Six months ago I couldn't pull 80" is
        # told today): no question about today
        self.looks_back = "past" in post.flags and not _TODAY.search(post.content)
        self.tpl = tpl
        self.tone = tone
        self.dialect = dialect_of(post.language, post.content)
        self.blocked = blocked
        self.used: set[str] = set(avoid)
        self.values = available_slots(post, tpl)
        if self.online:
            self.values.pop("place", None)  # made in Turin, sold online: no venue to come to
        self.subject_is_name = post.subject.is_name
        if not post.subject.text and tpl.words.get("moment"):
            # nothing in the post names a thing: the moment itself is the subject
            word = tpl.words["moment"]
            self.values.update({"S": word, "S^": word[:1].upper() + word[1:]})
        if "wedding" in post.flags and post.subject.kind != "person" and tpl.words.get("wedding"):
            # "married" or "wedding" alone names no one: the day itself is the subject
            word = tpl.words["wedding"]
            self.values.update({"S": word, "S^": word[:1].upper() + word[1:]})
            self.subject_is_name = False
        # the subject is where something happens ("na feira do Parque Mãe Bonifácia", "at
        # Hillside Shelter"): a place, never an animal to give a home to
        self.placed_subject = bool(post.subject.text) and bool(
            rx(rf"(?i)\b(?:{_PLACE_PREPOSITIONS})\s+{re.escape(post.subject.text)}").search(
                post.content
            )
        )
        if post.code:
            self.values["code"] = post.code
        until = self._until()
        if until:
            self.values["until"] = until
        handles = set(post.mentions)
        if self.thanked.startswith("@") or (self.thanked and len(handles) == 1):
            # the one thanked, or the handle its name is given with ("Grey Willow Farm
            # (@greywillowfarm)")
            self.values["mention"] = (
                self.thanked if self.thanked.startswith("@") else f"@{next(iter(handles))}"
            )
        subject = self.values.get("S", "").lower()
        self.items = [i for i in post.items if i.lower() != subject]
        if len(self.items) != len(post.items):  # the subject is not one of its own items
            if len(self.items) >= 2:
                joiner = tpl.words.get("and", "and")
                listed = ", ".join(self.items[:-1]) + f" {joiner} " + self.items[-1]
                self.values["items"] = listed
                if len(self.items) < len(tpl.numbers):
                    self.values["n"] = tpl.numbers[len(self.items)]
            else:
                self.values.pop("items", None)
                self.values.pop("n", None)
        self.structures = _structures(post, request, tone, len(self.items))
        # a common noun mid-sentence needs an article (and in most languages a gender):
        # only templates that open with it or put it after a colon
        subject = self.values.get("S", "")
        singular = not subject.endswith("s") and post.intent != "food"
        self.strict_subject = not self.subject_is_name and (
            post.language != "en" or post.subject.kind in ("event", "quantity") or singular
        )
        opening = post.content.lstrip(" \t\n\"'«„“¡¿#")
        shown = opening[: len(subject)]
        if (
            subject
            and not self.subject_is_name
            and shown.lower() == subject.lower()
            and shown[:1].isupper()
            and shown != subject
            and shown[:1].lower() == subject[:1]
        ):
            # the brief opens with the subject: its capital may be a name's ("Lisbon
            # sunsets") or the sentence's; written as the brief has it, only where it
            # stands alone ("Lisbon sunsets: ...", "...: Lisbon sunsets"), never mid-sentence
            self.values.update({"S": shown, "S^": shown})
            self.strict_subject = True
        self.icons = post_emoji(_as_tagged(post, self.sure)) if request.emoji else []
        # the brief's own emoji stay where they were, and the engine adds none of its
        # own (a ❄️ on a frost photo was replaced by ✨, 🎂🐶 by 🎉)
        self.own_icons = own_emoji(post.content) if request.emoji else []
        if self.sure.notice and not post.sensitive:
            self.icons = []  # a notice is not decorated
        elif not self.sure.intent and not post.sensitive:
            # two intents read about as strongly: the intent's own emoji would be a guess
            # (📅 on a coffee before the rain); the post's own words still give theirs
            # and nothing that celebrates (🎉 on what may be sad news); ✨ only marks the
            # first line (notices, which take none, are read apart: see _sure)
            guess = lexicon(post.language).intent_emoji.get(post.intent)
            kept = [i for i in self.icons if i != guess and i not in _FESTIVE]
            self.icons = (kept or ["✨"]) if self.icons else []
        if self.own_icons:
            # a mark stands where the engine's emoji would (the variants' shapes stay
            # apart); it is taken out when the brief's own emoji are put back in place
            self.icons = [_OWN_MARK]
        self.details = self._details()
        self.used_details: set[str] = set()
        # a hook that names the date is left out where the body tells it (see
        # template_variant)
        self.undated_hooks = False
        # the last fact line a body was given ("14 de fevereiro, Diamantina.") and the
        # facts it carries
        self.fact_line: tuple[str, list[str]] = ("", [])
        self.led = ""  # the sentence of the post the second variant led with, if any
        self.second = ""  # the second variant's first line (the third opens otherwise)
        self.seed = f"{post.content}\x00{request.tone}\x00{request.length}"
        # "Liebe Gäste,": a letter's salutation, on its own first line (see _addressed)
        self.salutation = ""
        self.letter_start = ""  # the word the letter goes on with, as typed ("am")
        self.head, self.retold = self._retelling()
        self._fold_heading()
        if any("\n" in r and not r.startswith("• ") for r in self.retold):
            self.icons = []  # the brief's emoji bullets are its emoji: none added
        # "Eure Familie Brandl", "— Marta & team": the brief's sign-off closes every
        # variant as typed, after the call to action
        last = post.sentences[-1] if len(post.sentences) >= 2 else ""
        said, sign_off = split_sign_off(last, post.content) if last else ("", "")
        self.sign_off = self._mentioned(sign_off)
        # "Obrigada, Campo Grande!", "Grazie Torino.": a brief that closes on its thanks
        # has said its last word to the readers; an ask set before the thanks cuts the
        # post from its close, and after it reads as a postscript: none is added
        self.asks = bool(request.cta) and not thanks_sign_off(sign_off)
        if sign_off:
            told = _sentence(self._mentioned(last))
            rest = [_sentence(self._mentioned(said))] if said else []
            self.retold = [x for r in self.retold for x in ([r] if r != told else rest)]
            self.details = [x for d in self.details for x in ([d] if d != told else rest)]
        self.named = self.values.get("S", "")
        if self.sure.plain or (self.head and self._retellable()):
            self.named = self._named_in(self.head)

    def _until(self) -> str:
        """The post's deadline as written ("hasta el viernes"), or nothing: the day it
        gives, after a word that makes it the last one ("until", "hasta", "bis")."""
        when = self.post.when or ""
        at = self.post.content.lower().find(when.lower()) if when else -1
        if at <= 0:
            return ""
        found = _UNTIL.search(self.post.content[:at])
        if not found:
            return ""
        return self.post.content[found.start() : at + len(when)]

    def _fold_heading(self) -> None:
        """A heading the next sentence says again in full ("Open mic night, Fri Dec 18."
        then "Open mic night at The Copper Kettle on Fri Dec 18, sign-up from 7pm"): the
        fuller sentence opens, and the heading is not said twice."""
        said = {w for w in words_of(self.head) if len(w) >= 2}
        if not said or not self.retold:
            return
        for i, sentence in enumerate(self.retold):
            if "\n" in sentence or len(sentence) > _FIRST_LINE:
                continue
            if side_thanks(sentence):
                continue  # "Merci !" is not said again by "Un merci tout spécial aux …"
            if said <= set(words_of(sentence)):
                self.head = sentence
                self.retold = self.retold[:i] + self.retold[i + 1 :]
                self.details = [d for d in self.details if d != sentence]
                return

    def polished(self, text: str, names: list[str]) -> str:
        """``text`` with the brief's notes written out (``_polish.py``); its sign-off
        ("— Marta & team") closes it as typed."""
        sign_off = f"\n\n{self.sign_off}" if self.sign_off else ""
        if sign_off and text.endswith(sign_off):
            return self.polished(text.removesuffix(sign_off), names) + sign_off
        first, newline, rest = text.partition("\n")
        if self.salutation and first.endswith(self.salutation) and newline:
            # the salutation and the German lower case after it stay as written
            return f"{first}\n{rest[:1]}{polished(rest, self.post.language, names)[1:]}"
        return polished(text, self.post.language, names)

    # -- choosing templates -------------------------------------------------------------

    def _pools(self, section: str) -> list[tuple[str, float]]:
        post = self.post
        if section == "lead" and self.sure.intent and not post.sensitive and not self.sure.notice:
            own = [(f, 1.0) for f in sorted(post.flags) if self.tpl.pool(section, f)]
            return own or [(post.intent, 1.0)]  # a generic lead says nothing
        # a death told as such ("Ci ha lasciati …") is mourned whatever cause its words
        # also read as (children it gave stickers to read as charity), unless it asks for
        # gifts ("donations to the hospice instead of flowers")
        mourning = post.sensitive and (
            post.intent not in _CAUSES
            or self.sure.notice
            or ("mourning" in post.flags and not self.gives)
        )
        if self.sure.notice_kind == "closure" and "mourning" not in post.flags:
            mourning = False  # a shop closing for good is no death: never "In Erinnerung:"
        if mourning and section == "cta" and _PRIVATE_LOSS.search(post.content):
            # a shop closed for a death in its own family: its customers never knew the
            # one who died ("Partagez un souvenir" under "fermeture pour deuil familial")
            return [("notice", 1.0)]
        if mourning and section in ("lead", "cta"):
            # a loss is said in words of remembrance even when the shop closes for the
            # funeral ("Questions? Send us a message" and "Thank you for your patience"
            # were written under a death notice)
            return [("sensitive", 1.0)]
        if self.sure.notice and section in ("lead", "cta"):
            # a closure is said as a notice, never promoted; an apology, a closure in
            # their own words ("Thank you for your patience" closes a delay, not a goodbye)
            kind = self.sure.notice_kind or "notice"
            if kind == "notice" and section == "cta" and self.sure.apologised:
                # a delay or a closure that says sorry is closed as an apology ("Still
                # affected? Write to us"), never with "Thanks for being there"
                kind = "apology"
            return [(kind if self.tpl.pool(section, kind) else "notice", 1.0)]
        if section == "lead" and not self.sure.intent and not post.sensitive:
            return [("any", 1.0)]
        if section == "cta" and not post.sensitive:
            # a pet's birthday, someone's birthday, thanks to the followers, a team
            # member's send-off, a stay let, a giveaway, orders taken and one's own thing
            # for sale are asked in their own words, whatever intent they were read as (a
            # milestone, a thank-you, a pet, the food a leaving chef cooked)
            own = [
                (f, 1.0)
                for f in (
                    *("pet_birthday", "birthday", "followers", "leaving", "rental"),
                    *("giveaway", "orders", "for_sale"),
                )
                if f in post.flags
            ]
            if own and self.tpl.pool(section, own[0][0]):
                return own[:1]
        if (
            section == "cta"
            and self.collects
            and not self.sure.notice
            and self.tpl.pool(section, "collection")
        ):
            # blankets collected for a shelter: bring what you can (by the post's own
            # deadline), never "tag someone who should see this"
            return [("collection", 1.0)]
        if (
            section == "cta"
            and self.gives
            and post.intent not in ("charity", "thank_you")
            and self.tpl.pool(section, "charity")
        ):
            # a shelter's "Please donate: we need blankets" asks for gifts and shares, not
            # for a pet lover's photo or a home
            return [("charity", 1.0)]
        if (
            section == "cta"
            and post.intent == "thank_you"
            and self.thanked
            and not post.sensitive
            and self.tpl.pool(section, "thanked")
        ):
            # thanks to one roofer or one painter: send them some love, never "tell us
            # your favourite moment" nor "see you next time"
            return [("thanked", 1.0)]
        if (
            section == "cta"
            and post.intent == "thank_you"
            and not self.sure.intent
            and self.tpl.pool(section, "thank_you")
        ):
            # thanks to volunteers read almost as strongly as a cause: still thanks, asked
            # as thanks ("Share this with everyone who was part of it"), never "tag someone
            # who should see this" nor "what made you smile today?"
            return [("thank_you", 1.0)]
        if (
            section == "cta"
            and post.intent in _TOPICS
            and self.on_sale
            and not post.sensitive
            and self.tpl.pool(section, "sale")
        ):
            # a sale of clothes, loaves or bikes is a sale: "come by", "tag who'd want
            # it", never "Save this look" or "Would you try it?"
            return [("sale", 1.0)]
        if (
            section == "cta"
            and self.new_from
            and post.intent in (*_TOPICS, "event", "product_launch")
            # (read as an event, only what the shop has: a new market from Saturday in the
            # square is still come to)
            and (post.intent != "event" or self.stocked)
            and not post.sensitive
            and self.tpl.pool(section, "product_launch")
        ):
            # a new blend in the shop from Friday is tried, come by for or tagged for who'd
            # want it: never "See you there?" nor "Tag who you're bringing" (a new dish is
            # asked as food: "Come by and try it")
            return [("food" if post.intent == "food" else "product_launch", 1.0)]
        if (
            section == "cta"
            and post.intent in _TOPICS
            and self.attendable
            and not self.achieved  # a race run is a feat: the next one named is no invitation
            # a dated day or an hour to come at ("Sunday reset" names a day, not one to come
            # on)
            and (self.appointed or bool(_AT_HOUR.search(post.content)))
            and post.intent_scores.get("event", 0.0) >= 2.0
            and not post.sensitive
            and self.tpl.pool(section, "event")
        ):
            # a day to come to (a tasting on Saturday at 6) asks to come, whatever is
            # served there
            return [("event", 1.0)]
        if section == "cta" and (self.snapshot or self.personal) and self.grumble:
            # a bad day is commiserated with ("Tell me I'm not the only one"), never asked
            # for its joy nor for someone to spend a day like it with
            return [("grumble", 1.0)]
        if section == "cta" and self.snapshot:
            return [("everyday", 1.0)]  # "What made you smile today?", or nothing
        if section == "cta" and self.achieved:
            # a person's own feat (a first pull-up, a first loaf, a first half marathon)
            # invites congratulations or a story, never "What made you smile today?"
            # (a first race run is congratulated, never "Drop a 💪 if you trained today")
            feat = dict.fromkeys(("milestone",) if self.first_done else (post.intent, "milestone"))
            return [(p, 1.0) for p in feat if self.tpl.pool(section, p)]
        if section == "cta" and self.personal:
            # a person's own moment: its intent's questions ("Where should I go next?") or
            # the day's ("What made you smile today?"), never a brand's "save this"
            own = [(post.intent, 1.0)] if self.tpl.pool(section, post.intent) else []
            if own and self.making:
                return own  # a room done at last asks about rooms, not about the day
            if own and (post.intent == "fitness" or (self.sure.intent and post.intent == "pets")):
                # a workout asks in training's words (a partner, a goal, a last win),
                # never "Share your little joy of the day" under a leg day; a pet read
                # surely asks for the readers' pets, never "What made you smile today?"
                return own
            return [*own, ("everyday", 0.5 if own else 1.0)]
        if (
            section == "cta"
            and not self.sure.intent
            and post.intent in ("product_launch", "sale")
            and (self.stocked or self.linked)
            and self.tpl.pool(section, post.intent)
        ):
            # a launch that reads as much as a topic (new candles: home) still sells: where
            # it says it is sold, it asks to come and get it, not "tag someone"
            return [(post.intent, 1.0)]
        if (
            section == "cta"
            and "adoption" in post.flags
            and ADOPT_OPENING.match(post.content)
            and not post.sensitive
            and self.tpl.pool(section, "adoption")
        ):
            # a pet that needs a home is asked a home or a share, whatever else the post
            # reads as (an adoption fair is also an event): never "Tell us what you think"
            return [("adoption", 1.0)]
        if section == "cta" and not self.sure.intent and not post.sensitive:
            return [("any", 1.0)]  # (never an eager one: see _EAGER)
        if _loss(post):
            return [("sensitive", 1.0)]  # a loss: words of remembrance, nothing else
        # a thank-you asks for thanks, not for the wedding's congratulations: the couple
        # thanking their photographer is not sent "Leave your wishes for the happy couple"
        thanks = section == "cta" and post.intent == "thank_you"
        for flag in () if thanks else sorted(post.flags):  # a refinement: its own pools
            if self.tpl.pool(section, flag):
                return [(flag, 1.0)]
        if section == "line" and self.tpl.pool(section, post.intent):
            return [(post.intent, 1.0)]  # generic lines only where the intent has none
        if section == "hook" and post.intent in ("thank_you", "hiring"):
            return [(post.intent, 1.0)]  # gratitude is said plainly, never "what makes X special"
        if section == "cta" and post.intent == "event" and not self.attendable:
            # read as an event for a day or a place, with nothing to come to (a job's
            # shifts, fittings by appointment): the post's next purpose asks, if it has one
            runner = max(
                (i for i in post.intent_scores if i not in ("event", "everyday")),
                key=lambda i: post.intent_scores[i],
                default="",
            )
            if runner and post.intent_scores[runner] >= 2.0 and self.tpl.pool(section, runner):
                return [(runner, 1.0)]
            return [("any", 1.0)]
        if section == "cta" and self.tpl.pool(section, post.intent):
            # a purpose asks for its own action (apply, give, shop); a generic "follow us"
            # only when every one of its own was used lately
            return [(post.intent, 1.0)]
        return [(post.intent, 2.0), ("any", 0.3 if section in ("hook", "cta") else 1.0)]

    def _address_of(self, frame: Frame) -> str | None:
        """The address a call to action speaks in: its words', or the tú its Spanish
        template is marked for ("[tu] Avisa a quien …" says it in no pronoun)."""
        found = address_of(frame.text, self.post.language)
        if found is None and self.post.language == "es" and frame.dialect in ("tu", "vos"):
            return "tu"
        return found

    def _choose(
        self,
        section: str,
        variant: int,
        *,
        form: str | None = None,
        fallback: bool | str = False,
        after: str = "",
        shown: str | None = None,
    ) -> tuple[Frame, str] | None:
        """A template of ``section`` for variant ``variant``, filled; ``after``: the text
        a call to action follows, ``shown``: the caption it closes (None: the post's
        every word)."""
        if section == "cta" and "tag" in self.asked:
            return None  # the brief asks its readers already ("Tag a friend who needs one!")
        candidates: list[tuple[Frame, float]] = []
        pools = [("any", 1.0)] if fallback else self._pools(section)
        if fallback == "spare":
            pools = [("spare", 1.0)]
        for pool, weight in pools:
            for frame in self.tpl.pool(section, pool):
                if not frame.suits(self.tone, self.post.voice, self.dialect):
                    continue
                if frame.claims:
                    continue  # "Months in the making", "a secret": the post may not say so
                if section == "hook" and self.dated and _says(_TODAY_SAID, frame.text):
                    continue  # "Em destaque hoje" over a post whose day is 6 January
                if section in ("hook", "list") and self.undated_hooks and "when" in frame.slots:
                    continue  # the body says the date already
                if not frame.fits(self.subject_is_name):
                    continue
                if self.strict_subject and not frame.subject_leads:
                    continue
                if self._echoes(frame):
                    continue
                if section == "lead" and self._echoes_head(frame):
                    continue
                if form == "question" and not frame.question:
                    continue
                if form == "statement" and frame.question:
                    continue
                if not frame.slots <= self.values.keys():
                    continue
                if not self.linked and "bio" in frame.text.lower():
                    continue  # "link in bio" only when the post has a link or a shop
                if _says(_SHOP_ASK, frame.text) and not self.stocked:
                    continue  # "Visit us in store" only when the post sells it in its shop
                if self.in_store and _says(_ONLINE_ASK, frame.text):
                    continue  # "in store only … no online orders": no link, no web shop
                asked = self.asked
                if section == "cta" and "memory" in asked and _says(_MEMORY_ASK, frame.text):
                    continue  # "Deixem aqui uma lembrança dele", then "deixe uma memória"
                if section == "cta" and any(
                    _says(_ACTIONS[a], frame.text) for a in asked if a in _ACTIONS
                ):
                    continue  # the brief asks for it already, or gives its own channel
                    # (or a notice thanks for patience: not twice)
                if self.begun and section in ("hook", "lead") and _says(_SOON_SAID, frame.text):
                    continue  # "Ya arrancó el carnaval": never "Muy pronto: carnaval."
                if self.future and _says(_NOW_CLAIM, frame.text):
                    continue  # a preorder is not "finally here"
                if self.online and _says(_ATTEND, frame.text):
                    continue  # an online-only sale or drop has nowhere to come to
                if section == "cta" and _says(_NEXT_SESSION, frame.text) and not self.tips:
                    continue  # "save this for your next session" on a personal best: nothing
                    # to keep for later
                if (
                    section == "cta"
                    and _says(_MEMORY_ASK, frame.text)
                    and not self.story
                    and "followers" not in self.post.flags
                ):
                    # "share your favourite memory" on a personal best (the followers
                    # thanked are asked how long they have followed, however short the post)
                    continue
                if (
                    section == "cta"
                    and _says(_MEMORY_ASK, frame.text)
                    and self.post.voice != "we"
                    and not self.post.sensitive
                ):
                    continue  # memories are of a shared past: not of a cat who turns 2
                if section == "cta" and _says(_VERDICT_ASK, frame.text) and self.future:
                    continue  # "tell us what you thought of it" of a bar on sale from Friday
                if section == "cta" and _says(_STILL_AFFECTED, frame.text) and self.recall:
                    continue  # "Still having problems? We'll fix it" under a product called
                    # back: the reader has nothing wrong to fix, only a thing to bring back
                if section == "cta" and _says(_STILL_AFFECTED, frame.text) and not self.pending:
                    continue  # "Still affected? Write to us" reads as a recall where nothing
                    # is pending (a café shut without notice)
                if section == "cta" and not same_address(
                    self.address, self._address_of(frame), self.post.language
                ):
                    continue  # "Prenota il tuo tavolo" then "Taggate chi …": two voices
                if frame.intent == "adoption" and frame.slots & {"S", "S^"} and self.placed_subject:
                    continue  # "Pode dar um lar a Parque Mãe Bonifácia?": a home to a place
                if _says(_IN_MEMORIAM, frame.text) and "mourning" not in self.post.flags:
                    continue  # "In Erinnerung:" on a bakery that closes: nobody died
                if _says(_SAVE_DATE, frame.text) and not self.one_day:
                    continue  # "save the date" where the post gives none: no day, a
                    # clock time alone, opening days or a day that comes every week
                if section == "cta" and _says(_JOIN_ASK, frame.text) and self.achieved:
                    continue  # "Who's joining the next one?" on a first pull-up: one
                    # person's feat, nothing to join
                if (
                    section == "cta"
                    and _says(_BRING_ASK, frame.text)
                    and self.post.intent_scores.get("charity", 0.0) >= 3.0
                ):
                    continue  # "Tag who you're bringing" on a blanket drive: it asks for
                    # blankets
                if section == "cta" and _says(_GATHER_ASK, frame.text) and not self.attendable:
                    continue  # "Tag who you're bringing" on a job ad's weekend shifts
                if (
                    section == "cta"
                    and (_says(_GATHER_ASK, frame.text) or _says(_SAVE_DATE, frame.text))
                    and self.post.voice == "i"
                    and not self.appointed
                ):
                    continue  # "domingo de feira: pastel, caldo de cana e preguiça": one
                    # person's day out, no hour or date to come to: nothing to save or join
                if section == "cta" and _says(_OWN_TRAINING, frame.text) and self.offered:
                    continue  # "what are you training for?" asks a follower, not a course's
                    # customers
                if (
                    section == "cta"
                    and _says(_OPINION_ASK, frame.text)
                    and (self.post.intent == "charity" or self.gives or self.collects)
                ):
                    continue  # "Deixe a sua opinião" under a winter appeal: it asks for help
                if section == "cta" and _says(_CHEERFUL_ASK, frame.text) and self.serious:
                    continue  # "what made you smile" under a flood or an apology
                if (
                    section == "cta"
                    and _says(_SPREAD_NOTICE, frame.text)
                    and not _CHANGED_FOR_READERS.search(self.post.content)
                ):
                    continue  # "Share this with anyone who needs to know" a broken machine
                if section == "cta" and _says(_WHICH_TIP, frame.text) and self.mistakes:
                    continue  # mistakes to avoid are not tips to try
                if (
                    section == "cta"
                    and _says(_SPREAD, frame.text)
                    and (
                        (frame.intent == "any" and self.own_moment)
                        # ("tag someone you'd spend a day like this with" is a person's)
                        or (self.snapshot and frame.intent != "everyday")
                    )
                ):
                    continue  # "share this with a friend" is a brand's ask, not a person's
                    # about their own breakfast
                if section == "cta" and _says(_WHICH_TIP, frame.text) and not self.tips:
                    continue  # "which tip will you try first?" after one tip
                if _says(_MEAL_ASK, frame.text) and not _MEAL.search(self.post.content):
                    continue  # "Send this to your dinner buddy" under a flat white
                if section == "cta" and _says(_COME_IN, frame.text) and not self.venue:
                    continue  # "come by and try it" only from a place that serves it
                if section == "cta" and _says(_WIN_ASK, frame.text) and not self.says_i:
                    continue  # "Share your latest win" under "Running group, Tuesdays, all
                    # levels. Come along!": it invites nobody
                if section == "cta" and _says(_ME, frame.text) and not self.says_i:
                    continue  # "Tell me below" from a club that writes "our" or "Venite!"
                if (
                    section == "cta"
                    and _says(_KEEP, frame.text)
                    and not self.keepable
                    and not _says(_LOOK, frame.text)
                ):
                    continue  # "Save this post" on a frost photo: nothing to keep
                if (
                    section == "cta"
                    and _says(_DAY_ASK, frame.text)
                    and (self.grumble or self.days or self.looks_back)
                ):
                    continue  # "What made you smile today?" under a Monday moan, "your
                    # little joy of the day" under a three-day trip or last Saturday's fête
                if (
                    section == "cta"
                    and _says(_DAY_WITH, frame.text)
                    and self.post.intent == "home"
                    and _REDONE.search(self.post.content)
                ):
                    continue  # "Taggate con chi passereste una giornata così" under a
                    # kitchen painted sage green: a home is no day out
                if (
                    section == "cta"
                    and _says(_TRIP_ASK, frame.text)
                    and "past" in self.post.flags  # a day told as had, not a route's guide
                    and not self.days
                    and not _TRIP.search(self.post.content)
                ):
                    continue  # "Save this for your next trip" under one's Sunday drive to
                    # the next town: a day out, no trip said
                if section == "cta" and _says(_PATIENCE, frame.text) and not self.waits:
                    continue  # "Thank you for your patience" where nobody waits (a loss)
                if section == "cta" and _says(_WHICH_ONE, frame.text) and self.opening_place:
                    continue  # "which one will you take?" on a new shop: nothing to choose
                if section == "cta" and _says(_WHICH_ONE, frame.text) and not self.choice:
                    continue  # nor on one serum, one soap
                if (
                    section == "cta"
                    and _says(_WHICH_ONE, frame.text)
                    and shown is not None
                    and not self._shows_choice(shown)
                ):
                    continue  # nor where the options are not shown (a short caption
                    # that leaves out "in three glazes: Marl Blue, Saggar Brown and …")
                if section == "cta" and self._echoes_brief(frame.text):
                    continue  # "Drop your thoughts below" on a drop: a pun on the brief
                if (
                    section == "cta"
                    and self.post.intent in _NOT_FOR_FUN
                    and _says(_EAGER, frame.text)
                ):
                    continue  # a job, a cause or thanks: nothing "someone would love"
                if (
                    section == "cta"
                    and self.post.intent == "milestone"
                    and _says(_EAGER, frame.text)
                    and (_says(_PASS_ON, frame.text) or _says(_SPREAD, frame.text))
                ):
                    continue  # ten years of an ice-cream shop are celebrated, never "sent
                    # to whoever will enjoy it" (a thing's ask, not a day's)
                if section == "cta" and not self.sure.intent and _says(_EAGER, frame.text):
                    continue  # a guessed purpose: "someone who'd love it" on what may be a closure
                if section == "cta" and "?" in frame.text and rx(r"\?\W*$").search(after):
                    continue  # the body ends asking already: never two questions in a row
                if (
                    section == "cta"
                    and self.personal
                    and (_says(_KEEP, frame.text) or _says(_PASS_ON, frame.text))
                ):
                    continue  # "Save this post for later", "Share this with someone who loves
                    # a cosy space" under a kitchen painted at last: a brand's asks
                if section == "cta" and _says(_PROJECT_ASK, frame.text) and not self.making:
                    continue  # "your next weekend project" on a slow morning
                if section == "cta" and frame.intent == "home" and not self.own_home:
                    continue  # "Show us your favourite corner at home" on a bookshop's
                    # sale or a café's new terrace: asked after one's own home only
                bonus = 1.5 if frame.tones and self.tone in frame.tones else 1.0
                bonus *= 1.0 + 0.4 * len(frame.slots - {"S", "S^"})  # facts make it specific
                if section == "cta" and self.request.length == "short" and len(frame.text) > 36:
                    bonus *= 0.25  # a short caption's ask is short ("Save the date!")
                candidates.append((frame, weight * bonus))
        if section == "cta" and self.request.length == "short":
            # a short caption's ask is short whenever a short one fits and is free: a long
            # one ("Termin speichern und mit Freunden teilen.") only when none is left
            brief = [(f, w) for f, w in candidates if len(f.text) <= 36 and f.id not in self.used]
            candidates = brief or candidates
        if section == "cta":
            # the post's own deadline ("until Friday") is what its ask says first: an ask
            # that carries it, while one is free
            dated = [(f, w) for f, w in candidates if "until" in f.slots and f.id not in self.used]
            candidates = dated or candidates
        chosen = pick(candidates, f"{self.seed}\x00{section}\x00{variant}", self.used)
        if chosen is None:
            # every fitting template was used lately: the universal ones, before nothing
            universal = ("any", 1.0) in pools or any(p == "sensitive" for p, _ in pools)
            if fallback == "spare" or self.post.sensitive:
                return None
            if self.sure.notice and section in ("lead", "cta"):
                return None  # a notice is never said with a generic lead or a "tag a friend"
            if section == "cta" and (
                self.post.intent == "thank_you" or self.snapshot or self.personal
            ):
                return None  # a thank-you needs no ask: never "tag someone who should see this"
            if fallback or (universal and section != "lead"):
                # the generic ones, then the spare ("save this", "follow us") last
                return self._choose(
                    section, variant, form=form, fallback="spare", after=after, shown=shown
                )
            return self._choose(
                section, variant, form=form, fallback=True, after=after, shown=shown
            )
        text = fill(chosen, self.values, self.tpl.language)
        self.used.add(chosen.id)
        if text is None or self._blocked(text):  # a brand-banned word: the next template
            return self._choose(section, variant, form=form, after=after, shown=shown)
        if section == "cta" and self._repeats_brief(text):
            return self._choose(
                section, variant, form=form, fallback=fallback, after=after, shown=shown
            )
        return chosen, text

    def _shows_choice(self, text: str) -> bool:
        """Whether ``text`` shows what there is to choose from: two of the post's items
        or its word for them ("three glazes", "in five colours")."""
        lowered = text.lower()
        items = [i for i in self.post.items if not _MADE_OF.search(i) and i.lower() in lowered]
        return len(items) >= 2 or bool(_CHOICE.search(text))

    def _echoes(self, frame: Frame) -> bool:
        """A template that already says the subject's word ("Cantinhos de casa: cantinho")."""
        text = frame.text.lower()
        return any(len(w) >= 4 and w[:5] in text for w in words_of(self.values.get("S", "")))

    def _repeats_brief(self, text: str) -> bool:
        """A call to action that says again what the brief has said ("Use code LINEN30 at
        checkout." after "… code LINEN30 at checkout"; "¿Nos vemos allí?" after "Nos vemos
        allí."): its first sentence, with or without its verb, is three or more of the
        brief's words in a row."""
        first = rx(r"(?<=[.!?])\s").split(text.strip(), 1)[0]
        words = _WORD.findall(first.lower())
        return any(
            len(part) >= 3 and f" {' '.join(part)} " in self.brief_words
            for part in (words, words[1:])
        )

    def _echoes_brief(self, text: str) -> bool:
        """A call to action whose verb is a word of the post in another sense ("Drop your
        thoughts below" on a new drop or "just dropped", "Save this" on a post about saving)."""
        first = rx(r"[¿¡\W]*([^\W\d_]{4,})").match(text)
        if not first:
            return False
        word = first.group(1).lower()
        return bool(rx(rf"(?<!\w){re.escape(word)}").search(self.post.content.lower()))

    def _blocked(self, text: str) -> bool:
        return any(w in self.blocked for w in words_of(text))

    # -- the post's own sentences, for the body -------------------------------------------

    def _details(self) -> list[str]:
        """Sentences of the post that add facts the hook does not carry (never the whole
        brief: a one-sentence post contributes only what follows its colon)."""
        parts: list[str] = []
        for sentence in self.post.sentences:
            head, colon, tail = sentence.partition(":")
            if colon and tail[:1] == " " and len(tail.split()) >= 3 and len(head.split()) <= 8:
                parts.append(tail.strip())  # "Launching X: 30 hours of battery, ..."
            elif len(self.post.sentences) >= 2:
                parts.append(sentence)
        sentences = [s for s in parts if len(s.split()) >= 3]
        subject = self.post.subject.text.lower()
        out = []
        for s in sentences:
            if s.rstrip().endswith("?"):
                continue
            if subject and subject in s.lower() and s == sentences[0]:
                continue  # the hook says it already
            if self.post.items and all(i.lower() in s.lower() for i in self.post.items):
                continue  # the list or the items line says it
            if self._blocked(s):  # only the word goes: the user's @mentions and URLs stay
                s = remove_banned(s, self.request, self.blocked)
                if len(s.split()) < 3:
                    continue
            out.append(_sentence(self._mentioned(s)))
        return out

    def _mentioned(self, sentence: str) -> str:
        """``sentence`` with the post's @mentions given back their ``@`` (the post is
        read without it, so its words count; the caption keeps the user's mention)."""
        for name in self.post.mentions:
            sentence = rx(rf"(?<![\w@.]){re.escape(name)}(?![\w])").sub(f"@{name}", sentence)
        return sentence

    def _retelling(self) -> tuple[str, list[str]]:
        """The post's own sentences for a plain retelling: an opening (the part before a
        colon or dash when that is a heading) and the rest, each whole, never cut."""
        sentences = [
            remove_banned(s, self.request, self.blocked) if self._blocked(s) else s
            for s in self.post.sentences
        ]
        if len(sentences) > 2 and sentences[0].endswith("?") and len(sentences[1].split()) <= 4:
            # a question opening keeps its short answer ("The secret? Semolina.")
            sentences = [f"{sentences[0]} {sentences[1]}", *sentences[2:]]
        sentences = _listed(sentences, self.post.items, self.post.content)
        # (a word alone is no sentence, but a price or a figure alone is a fact: "NZ$329";
        # so is the word the brief ends on: its punchline or its town, "monday.", "Rostock")
        sentences = [
            s
            for i, s in enumerate(sentences)
            if len(s.split()) >= 2
            or i == 0
            or rx(r"\d").search(s)
            or _URL_IN.search(s)  # a link alone is where to go ("gofundme.com/f/tessruns")
            or _EMAIL.search(s)
            or (i == len(sentences) - 1 and _LAST_WORD.fullmatch(s))
            or _WORD_SENTENCE.fullmatch(s)
        ]
        if not sentences or not sentences[0].strip():
            return "", []
        first, rest = sentences[0], sentences[1:]
        salutation, letter = split_salutation(first, self.post.language)
        if salutation and (letter or rest):
            # "Cari clienti, venerdì notte …": whom the letter is to stands above it, never
            # as a sentence of its own ("Cari clienti. Venerdì notte …")
            # (it opens the caption: "cari clienti," typed in lower case starts with a capital)
            self.salutation = f"{salutation[:1].upper()}{salutation[1:]}"
            first, rest = (letter, rest) if letter else (rest[0], rest[1:])
            self.letter_start = first.split()[0]
        first = _META_OPENING.sub("", first)  # "Post about our coat drive …": the brief's ask
        label, colon, after = first.partition(": ")
        shop = {n.text.lower() for n in self.post.names} | {self.post.subject.text.lower()}
        if (
            colon
            and len(label.split()) == 1
            and len(after.split()) >= 3
            and "-" not in label
            and label.strip().lower() not in shop  # "Fernhollow: 40% off" names its shop
            # "Rückruf:", "Lost:", "Vermisst:" are the news itself, which no lead says
            and not _NEWS_LABEL.fullmatch(label.strip())
        ):
            first = after  # "Tip: rest your steak ...": the lead says what it is (but
            # "Kaffee-Tipp:" says what about, and stays)
        cut = ""
        for sep in (": ", " \u2013 ", " \u2014 ", " - ", ", "):
            head, found, tail = first.partition(sep)
            if found and _ANNOUNCING.fullmatch(head.strip()):
                continue  # "Big news: we're moving!" is one opening, not a heading
            most = 12 if sep == ", " else 14  # a heading before a colon may carry a date
            if sep == ", " and not rest and len(first) > 110:
                most = 20  # one long sentence: its first clause opens, the rest follows
            # a comma's tail is a thought of its own, not a price or a word ("…, 16,50 $.")
            least = 3 if sep == ", " else 2
            heading = found and 2 <= len(head.split()) <= most and len(tail.split()) >= least
            if open_brackets(head):
                continue  # never inside brackets or quotes ("(remote within the EU, €70k)")
            if sep == ", " and head.split()[0].lower() in _FRONTING:
                continue  # "After 22 years, Wren's ... will close": one sentence, never two
            if sep == ", " and _when_only(head, self.post.language):
                # "Sunday 10 January, 7.30am, at …: first dip …": a date fronted before
                # its comma is no sentence of its own ("Sunday 10 January." a fragment)
                continue
            if sep == ", " and rx(r":\s|\s[\u2013\u2014-]\s").search(head):
                continue  # after a colon the commas carry its list ("Dolomites: A, B, and C")
            if sep == ", " and 1 <= len(tail.partition(": ")[0].split()) <= 4 and ": " in tail:
                continue  # "Scuola di vela Gabbiano, Marina di Ravenna: corsi …": one heading
            one = _one_sentence(first, self.post.language)  # (not "…, 16 €. Ouvert …")
            if sep == ": " and heading and _enumerated(tail) != tail:
                # "3 tips …: 1) preheat … 2) use … 3) go easy …": the heading opens, its
                # numbered things follow one a line
                first, rest = head, [tail, *rest]
                cut = sep
                break
            if sep != ", " and len(first) <= _FIRST_LINE and one:
                # a colon or dash the brief wrote stays where it is: "New drop: the Aster
                # shirt" cut there gives a fragment sentence ("New drop. The Aster ...")
                continue
            # a comma splits only a long or lone sentence (else it is the sentence itself)
            # never before a relative clause or conjunction ("…Lucia, che dopo 38 anni…")
            first_word = tail.split()[0].lower() if tail.split() else ""
            # "for the eggs, the honey and ...": an article on both sides is a list
            # ("Esce oggi «X», il nostro nuovo gin": an apposition may open the body);
            # so is the same small word again ("merci aux 240 choristes, aux 12 musiciens")
            parallel = len(head.split()) >= 2 and head.split()[-2].lower() in _ARTICLES
            parallel = parallel or (
                first_word in {w.lower() for w in head.split()[-4:]} and len(first_word) <= 4
            )
            # "we're heartbroken to tell you that Marmalade, the ginger cat who …, died":
            # a clause opened by "that" (que, dass, che) has not said its verb yet
            unfinished = bool(_THAT_CLAUSE.search(head))
            # "a associação ouriço, em leiria, está a recolher …": a place set between
            # commas after the subject; its verb comes after it (never "A associação
            # ouriço." then "Em leiria, está …")
            unfinished = unfinished or bool(_PLACE_BETWEEN.match(tail))
            # "Alla Fiera di X, il 30 e 31 gennaio, portiamo …", "La Pernice, sabato 6
            # marzo, compie 60 anni": a date set between commas after the head; the verb
            # of both comes after it (never "Alla Fiera di X." then "Il 30 …, portiamo")
            when, comma, after = tail.partition(", ")
            unfinished = unfinished or (
                sep == ", "
                and bool(comma and after.strip())
                and _when_only(when, self.post.language)
                and not _when_only(head, self.post.language)
            )
            # "Ci ha lasciati Tonino Di Cesare, 88 anni, che nel 1961 aprì …": a name's
            # apposition between commas, then who it was (never "Ci ha lasciati Tonino Di
            # Cesare." then "88 anni, che …")
            unfinished = unfinished or (
                sep == ", "
                and bool(comma)
                and 1 <= len(when.split()) <= 3
                and after.split()[:1] != []
                and after.split()[0].lower() in _RELATIVES
            )
            # "open mic at the Rose and Crown, ludlow from 7pm": the venue's town after its
            # comma finishes the place (never "Ludlow from 7pm." alone)
            unfinished = unfinished or (
                sep == ", " and self._venue_town(head, tail, self.post.language)
            )
            # "Morreu ontem, aos 91 anos, a D. Amélia Abreu, …": a death whose subject
            # follows the comma (never "Morreu ontem." then "Aos 91 anos, a D. Amélia …")
            unfinished = unfinished or (
                sep == ", " and _death_before_whom(head, tail, self.post.language)
            )
            clause = sep == ", " and (
                first_word in _CLAUSE_WORDS
                or (first_word in _ARTICLES and parallel)
                or (parallel and first_word not in _ARTICLES)
                or unfinished
                or bool(SUBORDINATE.match(tail))
            )
            if (
                heading
                and not clause
                and (sep != ", " or (not rest and len(first) >= 40) or len(first) > 90)
            ):
                first, rest = head, [tail, *rest]
                cut = sep
                break
        head, told = _sentence(first), [r if "\n" in r else _sentence(r) for r in rest]
        if told and "\n" in told[0] and first.rstrip().endswith(":"):
            head = head.rstrip(".") + ":"  # "This week's veg box:" introduces its list
        if cut == ": " and _NAME_HEADING.fullmatch(first):
            # "Heron Rock Climbing Centre, Port Talbot:" names who speaks and where: a
            # heading, which keeps its colon (with a full stop it is a fragment sentence)
            head = head.rstrip(".") + ":"
        if cut == ": " and _when_only(first, self.post.language):
            # "Am Donnerstag, 12. Juni, ab 18 Uhr:" says when what follows happens: a
            # heading, which keeps its colon (with a full stop it is a fragment sentence)
            head = head.rstrip(".") + ":"
        if cut == ": " and _VOCATIVE.match(first):
            # "To everyone booked on Saturday:" addresses the readers; it keeps its colon
            # (with a full stop it is a sentence cut short)
            head = head.rstrip(".") + ":"
        if (
            len(head.split()) == 1
            and head.endswith(".")
            and told
            and "\n" not in told[0]
            and not told[0].rstrip().endswith("?")
            and len(head) + len(told[0]) <= _FIRST_LINE
        ):
            # a lone word that opens ("Feierabend ✨ neuer Haarschnitt, …", "Brunch ☕
            # pancakes, …") heads the sentence after it, which says what it was: both
            # open the caption, never a template around the word alone ("Gerade:
            # Feierabend.") with the haircut and the coffee dropped
            head = f"{head} {told.pop(0)}"
        named = [self.post.subject.text, *(n.text for n in self.post.names)]
        named = [n.lower() for n in named if n]
        # the hook names what the post is about: a short opening takes the next sentence
        while (
            named
            and told
            and not any(n in head.lower() for n in named)
            and any(n in told[0].lower() for n in named)
            and len(head) + len(told[0]) <= 100
            and len(told) > 1  # never the whole brief back as one line
            and "\n" not in told[0]  # a list keeps its own lines
        ):
            head = f"{head} {told.pop(0)}"
        return self._mentioned(head), [self._mentioned(r) for r in told]

    @staticmethod
    def _venue_town(head: str, tail: str, language: str) -> bool:
        """Whether ``tail`` opens with the town of the venue ``head`` ends on ("… at the
        old fire station" + "hexham, …"): a town the gazetteer knows, or in English one
        that ends its clause where the vocabulary lacks the word."""
        if not _AT_VENUE.search(head):
            return False
        first = tail.split()[0].strip(",.;:!?") if tail.split() else ""
        if first[:1].isupper() and first in gazetteer(language).towns:
            return True
        return language == "en" and venue_town_after(tail, 0) is not None

    def _echoes_head(self, frame: Frame) -> bool:
        """A lead that says what the retelling opens with ("Hoy en la mesa: Hoy ...")."""
        opening = {w for w in words_of(" ".join(self.head.split()[:3])) if len(w) >= 3}
        return any(w in opening for w in words_of(frame.text) if len(w) >= 3)

    def _missing_facts(self, told: str) -> list[str]:
        """The post's own sentences for the facts a variant would otherwise drop: its
        date or time, price and percentage, its links and e-mail addresses, and any other
        time of day or number (whole sentences, each once)."""
        lowered = told.lower()
        out: list[str] = []
        content = self.post.content
        hard = [m.group(0) for m in _HARD_FACT.finditer(content)]
        for fact in (self.post.when, self.post.price, self.post.percent, *hard):
            if not fact or fact.lower() in lowered:
                continue
            for sentence in self.post.sentences:
                if fact.lower() in sentence.lower():
                    if self._blocked(sentence):
                        sentence = remove_banned(sentence, self.request, self.blocked)
                    line = self._mentioned(_sentence(sentence))
                    if line not in out and len(line) <= 220:
                        out.append(line)
                        lowered += " " + line.lower()
                    break
        return out

    def _after_colon(self, head: str) -> str:
        """French, Spanish, Italian and Portuguese write on in lower case after a colon:
        only a word the post itself writes in lower case (a name keeps its capital)."""
        if self.post.language not in ("fr", "es", "it", "pt") or not head[:1].isupper():
            return head
        first = head.split()[0].strip(",.;:!?")
        lower = first[:1].lower() + first[1:]
        written_lower = rx(rf"(?<!\w){re.escape(lower)}(?!\w)").search(self.post.content)
        small = lower in lexicon(self.post.language).function_words
        # "Atualização importante: recebemos a reclamação …": a verb of "we" is no name
        # ("Ramos", "Campos" open names: a name of the post keeps its capital)
        verb = is_we_verb(first, self.post.language) and not any(
            n.text.split()[0] == first for n in self.post.names
        )
        if lower == first or not (written_lower or small or verb):
            return head
        return head[:1].lower() + head[1:]

    def _joins_cry(self, head: str, sentence: str) -> bool:
        """Whether ``sentence`` may follow the opening on the first line: after a bare
        cry of two words or fewer ("Chegou!", "Danke!") only a sentence that names the
        post's subject or one of its names, never "Chegou! 80 g por R$ 24,90" (the price
        arrived) nor "Danke! Ein Extra-Dankeschön an die Feuerwehr …" (the side thanks as
        the point)."""
        if len(head.split()) > 2:
            return True
        lowered = sentence.lower()
        subject = self.post.subject.text.lower()
        if subject and any(subject in s.lower() for s in self.post.sentences[1:]):
            # the post says what arrived in a sentence of its own: only that one follows
            # the cry ("Chegou! A barra …", never "Chegou! À venda a partir de sexta, na
            # loja do Pelourinho …", where it is sold)
            return subject in lowered
        names = [self.post.subject.text, *(n.text for n in self.post.names)]
        return any(n and n.lower() in lowered for n in names)

    def _named_in(self, text: str) -> str:
        """What a plain retelling names first: the subject, else a name of the post."""
        lowered = text.lower()
        subject = self.post.subject.text
        if subject and subject.lower() in lowered:
            return subject
        for name in self.post.names:
            if name.text.lower() in lowered:
                return name.text
        # nothing named: the retelling's own opening phrase is what it is about
        return text.rstrip(".!?… ") or subject

    def _plain_body(self) -> list[str]:
        """The rest of the post, whole sentences only: the facts always (numbers, dates,
        prices, names), the colour as the length allows."""
        # a brief's sentence is what its reader needs: a farewell's thanks and its
        # invitation, a grumble's punchline, a link; only a brief longer than a caption
        # loses its colour, past ``room``
        room = {"short": 500, "medium": 500, "long": 900}[self.request.length]
        out: list[str] = []
        chars = 0
        for sentence in self.retold:
            factual = (
                bool(rx(r"\d|@|[€$£]").search(sentence))
                or bool(_URL_IN.search(sentence))  # "Sign up at elmrepair.org/help."
                or (self.post.when is not None and self.post.when in sentence)
                or any(n.text in sentence and n.text not in self.head for n in self.post.names)
            )
            if chars + len(sentence) > room and not (factual and chars + len(sentence) <= 700):
                continue
            out.append(_enumerated(sentence))
            chars += len(sentence)
        return out

    def _voice_line(self, index: int, frames: list[str]) -> list[str]:
        """One line of colour for a post whose own words are one sentence, when its
        intent is sure and is a moment of one's own (a run, a trip, a pet, a home, a
        day): none for a minimalist tone, nor where a colour line would claim what the
        post may not say (a sale's "Spots tend to go fast", a milestone's "None of this
        happens without …" under a staff birthday, a thank-you's "… means the world to
        me" for a shop), nor one written for a speaker the post does not show."""
        spoken = any(voice_cues(self.post.content, self.post.language))
        if (
            self.tone == "minimalist"
            or not self.sure.intent
            or self.post.intent not in _MOMENTS
            # a speaker the post shows ("with my sister", "nuestra perra"), or a run or a
            # pet, which are someone's own; never a shop's "bis morgen" read as home
            or not (spoken or self.post.intent in ("fitness", "pets"))
        ):
            return []
        line = self._choose("line", index)
        if line is None or line[0].intent not in (self.post.intent, "any"):
            # (only the intent's own lines: a wedding's are its guests' toasts, "Ein Hoch
            # auf das Brautpaar!" under the couple's own thanks to their photographer, an
            # adoption's an appeal under a pet adopted long ago)
            return []
        if line[0].voice is not None:
            return []  # ("Gerade mein Lieblingsplatz zu Hause." under a shop's goodbye)
        frames.append(line[0].id)
        return [line[1]]

    def plain_variant(self, index: int, tags: list[str]) -> Draft:
        """A plain retelling: the post's own opening, then its own facts.

        The first variant opens with the post's own words, the second (when there is an
        emoji) with the emoji first ("💪 Morning swim, 2km."), the others with a lead
        that says what kind of post it is; a notice and a loss always get their lead. An
        opening the user posted lately gets a lead instead.
        """
        frames: list[str] = []
        head = self.head or _sentence(self.post.content[:120])
        icon = self.icons[index % len(self.icons)] if self.icons else ""
        plain = not self.sure.notice and not self.post.sensitive and self._retellable()
        icon_first = plain and index == 1 and bool(icon)
        bare = plain and (index == 0 or icon_first)
        if bare:
            hook_text = f"{icon} {head}" if icon_first else f"{head} {icon}".rstrip()
            if _bare_id(hook_text) in self.used:
                bare = icon_first = False
        # a lead goes before a heading ("Training log: Deadlift PR today."), never before
        # a sentence of the account's own ("We did it: We turned 3 today!")
        # a lead that is not the intent's own ("Here's the latest:") says nothing
        quiet = (
            not self.sure.notice
            and not self.post.sensitive
            and not bare
            and not (self._heading() and self.sure.intent)
        )
        # an intent's lead ("Fresh from the kitchen:", "Training log:") before the post's
        # own opening stacks two hooks and often claims what the post does not say; only
        # a notice or a loss is introduced ("Important update:")
        introduced = self.sure.notice or self.post.sensitive
        if quiet and _bare_id(head) not in self.used:
            lead = None
        else:
            quiet = False
            # (never before an opening that says it already: "We messed up:", "Closed ...")
            said = self.sure.notice and self.sure.stated
            # (nor before the readers addressed: "Important update: To everyone …")
            said = said or bool(_VOCATIVE.match(head)) or bool(self.salutation)
            # (nor before an opening that tells the death itself: "In Erinnerung: Mit
            # großer Trauer nehmen wir Abschied von …" says it twice, blind review 7)
            said = said or "mourning" in self.post.flags
            # (nor before an opening that is a label already: "Please note: Storm damage:
            # the polytunnel is gone" stacks two)
            said = said or bool(_LABELLED.match(head))
            # (nor before a greeting, with the news after it or alone: "Wichtige
            # Neuigkeiten: Tach. Nach 41 Jahren …", "Important news: Evening all.")
            greeting = next(iter(self._split(head)), "")
            # (nor before news announced: "With love and a heavy heart: Sad news.")
            said = said or bool(_NEWS_OPENING.match(greeting))
            said = said or (len(words_of(greeting)) <= _GREETING_WORDS and is_greeting(greeting))
            lead = self._choose("lead", index) if introduced and not bare and not said else None
        if (
            introduced
            and not bare
            and lead is None
            and self.sure.subject
            and not self.sure.notice
            and not self.post.sensitive
        ):
            return self.template_variant(index, tags)  # every lead used lately
        # (a loss says its own words again: "Pour Odile." never says she died)
        if lead and lead[0].intent in ("any", "spare"):
            # a lead that is not the intent's own ("Here's the latest:") says nothing: the
            # head alone, the emoji placed where this user has not seen it lately
            lead = None
            quiet = _bare_id(head) not in self.used
        # a loss's templates speak to the one who died: never to a thing ("Zapatería, te
        # echamos de menos" for a cobbler who died, blind review 14)
        addressed = not self.post.sensitive or self.post.subject.is_name
        if lead and len(lead[1]) + len(head) > 118:
            if self.sure.subject and not self.sure.notice and addressed:
                return self.template_variant(index, tags)  # the hook would not show whole
            lead = None  # the post's own opening alone
        if lead:
            frames.append(lead[0].id)
            hook_text = f"{lead[1]} {self._after_colon(head)}"
        else:
            hook_text = head
        body = self._plain_body()
        short = self.request.length == "short" and not self.post.sensitive
        if not body and not short and not introduced:
            # a one-sentence brief asked for a medium or a long caption: a line of the
            # account's voice after its words, the length and tone heard (blind review
            # 16: "First 10 km around … this morning. ✨" alone for an inspirational one)
            body = self._voice_line(index, frames)
        if short:
            # (the other first lines are chosen among its facts, never its colour)
            body = self._brief(head, hook_text, body, room=len(self.post.content))
        if plain and not lead and hook_text == head and not any("\n" in b for b in body):
            # the variants differ in hook and body, never only in the emoji and the ask
            hook_text, body = self._reshaped(index, head, body)
            if index == 1:
                self.second = hook_text
            if (
                index == 2
                and self.request.length != "short"  # (its facts are chosen below)
                and len(body) >= 3
                and all(len(b) <= 90 for b in body)
                and self.post.intent in _PRACTICAL
                # bullets list facts: "• Hosted by …", "• Grazie Napoli." are no items
                and all(_LISTED_FACT.search(b) for b in body)
            ):
                body = ["\n".join(f"• {line}" for line in body)]
            elif index == 1 and self.request.length == "medium":
                # (a long caption keeps everything, a short one is chosen below)
                body = self._essential(head, hook_text, body)
            elif index == 2 and (counted := self._counted(head, body)):
                hook_text, body = counted  # the count opens, its items as a list
            elif index == 2 and (heading := self._listed_heading(head)):
                hook_text, body = heading  # "Sunday market haul:", then its items
            elif (
                index == 2 and self.request.length != "short" and (bulleted := self._bulleted(body))
            ):
                body = bulleted  # "Charred hispi cabbage, crab toast and …" one a line
            elif index == 2 and short and (bulleted := self._bulleted(body, priced=True)):
                # a short caption's menu or price list, one a line: three short variants
                # are three texts even when their sentences are the same
                body = bulleted
        if short:
            body = self._brief(head, hook_text, body)  # (its first line may give a fact)
        if icon_first:
            hook_text = f"{icon} {hook_text}"
        elif icon and body and hook_text.endswith(":"):
            quiet = True  # "To everyone booked on Saturday:" is followed by its words
        elif icon and (not quiet or not body):
            hook_text = f"{hook_text} {icon}"  # (nothing after the opening: it stays there)
            quiet = False
        if not lead and _bare_id(hook_text) in self.used:
            # no lead fits (the opening says what it is): the emoji moves instead
            forms_ = [f"{i} {head}" for i in self.icons]
            if not head.endswith(":"):  # (an emoji never follows a colon)
                forms_ += [f"{head} {i}" for i in self.icons]
            for form in [*forms_, head]:
                if _bare_id(form) not in self.used:
                    hook_text, quiet = form, form == head
                    icon = next((i for i in self.icons if i in form), icon)
                    break
            else:
                found = self._plain_opening(head, body, index) if self.sure.plain else None
                found = found or self._inline_list(head, body)
                if found:
                    hook_text, quiet, body, lead = found
                    if lead:
                        frames.append(lead[0].id)
                elif any("\n" in b for b in body):
                    hook_text = head  # a list says itself again rather than a template's
                    # guess ("Collecting moments like carrots.")
                elif not (self.sure.notice or self.post.sensitive):
                    return self.template_variant(index, tags)  # every form used lately
                # (a notice says its own words again rather than anything promoted)
        self.used.add(_bare_id(hook_text))
        if quiet and icon and body:  # the emoji closes the retelling, not the first line
            body = [*body[:-1], f"{body[-1]} {icon}"]
        last = body[-1] if body else hook_text
        shown = " ".join([hook_text, *body])
        # a short caption that gives the way to order asks nothing more ("WhatsApp 012-555
        # 0177 or loomandthread.my." is its ask)
        ordered = short and any(self._way_to_order(line) for line in body)
        cta = (
            self._choose("cta", index, after=last, shown=shown)
            if self.asks and not ordered
            else None
        )
        if cta:
            frames.append(cta[0].id)
        listed = any("\n" in line for line in body)  # a numbered list keeps its own lines
        structure = "story" if index % 2 == 0 or listed else "statement"
        text = self._assemble(structure, hook_text, body, cta[1] if cta else "", icon)
        text = self._addressed(text, icon)
        return Draft(
            text,
            list(tags),
            structure,
            hook=lead[0].id if lead else _bare_id(hook_text),
            cta=cta[0].id if cta else "",
            frames=tuple(frames),
        )

    def _addressed(self, text: str, icon: str) -> str:
        """``text`` below the letter's salutation, which keeps its comma on the first line
        (the emoji of the first line goes before it). The letter goes on with its capital
        in English and the Romance languages; German goes on in lower case after the
        comma ("Liebe Gäste,\nam Dienstag …", "… \nwir haben …"), a noun or a name
        keeping its capital."""
        if not self.salutation:
            return text
        lead = ""
        if icon and text.startswith(f"{icon} "):
            lead, text = f"{icon} ", text[len(icon) + 1 :]
        first = text.split(maxsplit=1)[0] if text.split() else ""
        if self.post.language == "de" and first[:1].isupper() and self.salutation[-1] == ",":
            word = first.lower()
            typed = self.letter_start if self.letter_start[:1].islower() else ""
            if word == typed or word in lexicon("de").function_words:
                text = word + text[len(first) :]
        return f"{lead}{self.salutation}\n{text}"

    def _factual(self, sentence: str, hook: str) -> bool:
        """Whether a sentence carries a fact of the post: a number, price, date or time, a
        link, an address, an @mention, a day or month, or a name the first line does
        not give."""
        lex = lexicon(self.post.language)
        return (
            bool(rx(r"\d|@|[€$£]").search(sentence))
            or bool(_URL_IN.search(sentence))
            or bool(_FREE.search(sentence))
            or (self.post.when is not None and self.post.when in sentence)
            or bool(set(words_of(sentence)) & (lex.months | lex.weekdays))
            or any(
                n.text in sentence
                and n.text not in hook
                # (a lone capital word opening a sentence may be its verb: "Huele a pan …")
                and (" " in n.text or not sentence.startswith(n.text))
                for n in self.post.names
            )
        )

    def _essential(self, head: str, hook: str, body: list[str]) -> list[str]:
        """The second variant's shorter body: what the post is (its opening) and the
        sentences that carry its facts, each whole and in order; the colour ("Lighter
        foam, a grippier sole …") is the first and third variants'. A sentence a kept one
        leans on stays; a body with no fact to keep is kept whole."""
        if any("\n" in line for line in body):
            return body  # a numbered list keeps its own lines
        post = self.post
        if (
            post.voice == "i"
            or post.sensitive
            or post.intent == "hiring"
            or not (post.intent in _SHORTENED or self._business())
        ):
            # a person's story is its colour ("But caught one wave."); a business's post
            # of any kind has its news and its filler ("Honestly so good."); a job ad has
            # no filler: what the job asks and where it is are who applies
            return body
        # the brief's own ask stays too ("DM us or drop by", "¡No faltéis!")
        keep = [
            line == head
            or self._factual(line, hook)
            or bool(_INVITING.search(line))
            or any(p.search(line) for p in _ACTIONS.values())
            or line.rstrip().endswith("!")
            # a sentence saying what is new is the post's news ("We have a new sourdough")
            or presents_new(line, post.language)
            # the post's items are what it offers ("Pêche blanche-verveine, hibiscus …"),
            # and so is a list after a colon ("On the menu: birria tacos, …, …")
            or any(i.lower() in line.lower() for i in post.items)
            or bool(rx(r":\s[^:]*,[^:]*,").search(line))
            # what is on offer, listed ("Es gibt Führungen, Kinderschminken und Waffeln")
            or len(self._parts(line)) >= 3
            # a day said in words ("next month", "this weekend") is a date to keep
            or self._dated(line)
            # so is where, said alone ("Brighton seafront.", "Rostock."), and the word
            # the brief ends on ("monday.")
            or self._town_line(line)
            or (at == len(body) - 1 and bool(_LAST_WORD.fullmatch(line)))
            # the closing line of a business's story says what it all comes to
            or (at == len(body) - 1 and post.intent not in _SHORTENED)
            for at, line in enumerate(body)
        ]
        if all(keep) or not any(keep[i] for i, line in enumerate(body) if line != head):
            return body
        for at in range(len(body) - 1, 0, -1):
            if keep[at] and _leans(body[at], self.post.language):
                keep[at - 1] = True  # "Elle pèse 2 kg" keeps the sentence it speaks of
        return [line for line, kept in zip(body, keep, strict=True) if kept]

    def _brief(self, head: str, hook: str, body: list[str], room: int = _SHORT_ROOM) -> list[str]:
        """A short request's body: what a reader acts on, each sentence whole and in order.

        Always the sentences that give the post's dates ("Valid for stays from 1 to 28
        February"), its first time of day and its first price when the first line gives
        none, its subject when the first line does not name it, and the opening when
        another sentence leads; then, as ``room`` allows, its other times and
        prices and its ask ("Apply at jobs@…", "¡No faltéis!"), then its other facts
        ("Made in Sheffield"); never its colour ("Lighter foam, a grippier sole …"). A list
        keeps its lines: its items are the post.
        """
        post = self.post
        lines: list[tuple[int, str]] = []
        for at, line in enumerate(body):
            if "\n" in line:
                lines.append((at, line))  # a list keeps its lines
                continue
            for part in self._split(line):
                # "It weighs just 240 g. Available in five colours …": a unit's dot may end
                # a sentence (German writes its nouns with a capital: "45 Min. Fahrt")
                if post.language != "de":
                    part = _UNIT_END.sub("\\1\x00", part)
                lines += [(at, piece.strip()) for piece in part.split("\x00") if piece.strip()]
        ranks = [self._rank(line, hook) for _, line in lines]
        if lines and len(words_of(head)) <= _GREETING_WORDS and is_greeting(head):
            # "Moin! 📚" opens with a greeting: the sentence after it is the post's opening
            # ("Endlich fertig: unser Lesezimmer …"), never dropped for room
            ranks[0] = 0
        # the first time of day and the first price stay when the first line has none:
        # "Empezamos a las 18:00 …" after "Este sábado 22 de junio …", the others as room
        # allows ("Die Band spielt um 15 Uhr")
        for kind in (_CLOCK, _PRICED):

            def gives(text: str, kind: re.Pattern[str] = kind) -> bool:
                return bool(kind.search(text)) or (kind is _PRICED and bool(_FREE.search(text)))

            told = [line for r, (_, line) in zip(ranks, lines, strict=True) if r == 0]
            if any(gives(text) for text in (hook, *told)):
                continue
            for at, (_, line) in enumerate(lines):
                if ranks[at] == 1 and gives(line):
                    ranks[at] = 0
                    break
        keep = [r == 0 for r in ranks]
        for at in range(len(lines) - 1, 0, -1):
            if keep[at] and _leans(lines[at][1], post.language):
                keep[at - 1] = True  # "Elle pèse 2 kg" keeps the sentence it speaks of
        chars = len(hook) + sum(
            len(line) + 1 for k, (_, line) in zip(keep, lines, strict=True) if k
        )
        for tier in (1, 2):
            for at, (_, line) in enumerate(lines):
                if keep[at] or ranks[at] != tier or chars + len(line) + 1 > room:
                    continue
                if at and _leans(line, post.language) and not keep[at - 1]:
                    continue  # ("It weighs 240 g" without the sentence it speaks of)
                keep[at] = True
                chars += len(line) + 1
        out: list[str] = []
        last = -1
        for (at, line), k in zip(lines, keep, strict=True):
            if not k:
                continue
            if at == last and out and "\n" not in line and "\n" not in out[-1]:
                out[-1] = f"{out[-1]} {line}"  # two sentences of one paragraph stay one
            else:
                out.append(line)
            last = at
        return out

    def _way_to_order(self, line: str) -> bool:
        """Whether ``line`` says how to reach a business that takes orders, bookings or
        applications (its phone, e-mail or web address): what its reader acts on."""
        if not (_PHONE.search(line) or _EMAIL.search(line) or _URL_IN.search(line)):
            return False
        return bool(ORDERS.search(self.post.content)) or bool(self.asked & {"book", "apply"})

    def _rank(self, line: str, hook: str) -> int:
        """What a short caption makes of a sentence of the body: 0 keeps it always (a list,
        the opening, a date, the subject the first line does not name); 1 keeps it as
        room allows before the rest (a time of day, a price, the ask); 2 after them (any
        other fact); 3 never (the colour)."""
        post = self.post
        lex = lexicon(post.language)
        subject = post.subject.text.lower()
        if "\n" in line or line == self.head or self._substance(line, hook):
            return 0
        if post.intent == "thank_you" and (_THANKS_TO.search(line) or _GREETS_ONE.search(line)):
            return 0  # "Grazie ai 74 volontari, alla banda …", "Ein besonderer Gruß an …"
        dated = bool(rx(r"\d").search(line)) and bool(
            set(words_of(line)) & (lex.months | lex.weekdays)
        )
        if _HOURS.search(line.lstrip("¡¿ ")) and not set(words_of(line)) & lex.months:
            # the shop's standing hours ("Ouvert tous les jours de 6h à 21h") are no date
            # nor an event's time: an aside after what it serves and where to order
            return 2
        if (
            dated
            or (post.when is not None and post.when in line)
            # a part of it with a figure, told in a sentence of its own ("Samstag, 12.
            # Oktober, 10 Uhr" read from "… feiern wir …! Ab 10 Uhr gibt es …")
            or any(
                rx(r"\d").search(part) and part in line for part in (post.when or "").split(", ")
            )
            or self._date_line(line)
            or self._dated(line)
            or (bool(subject) and subject not in hook.lower() and subject in line.lower())
            or self._way_to_order(line)
            or (
                (self.sure.notice_kind == "apology" or self.sure.apologised)
                and (bool(_AMENDS.search(line)) or apologises(line, self.post.language))
            )
        ):
            return 0
        if (
            _CLOCK.search(line)
            or _PRICED.search(line)
            or (post.price is not None and post.price in line)
            or _FREE.search(line)
            or _EMAIL.search(line)
            or _URL_IN.search(line)
            or "@" in line
            or _PHONE.search(line)
            or _INVITING.search(line)
            or any(p.search(line) for p in _ACTIONS.values())
            or line.endswith("!")
        ):
            return 1
        if self._factual(line, hook) or self._town_line(line):
            return 2
        return 3

    def _substance(self, line: str, hook: str) -> bool:
        """Whether a sentence carries what the post is about for its intent, which a short
        caption keeps whatever its length: a priced list (a menu, whatever its currency:
        "romazava au zébu 12 000 ar, ravitoto 10 000 ar, et …"); the things a post that
        sells lists ("in three glazes: Marl Blue, Saggar Brown and Oatcake") and the line
        saying where to order them ("Pre-orders open now at …", "Commandes au …"); what a
        trip told, not sold, did ("catamarán por el cañón del sil, pulpo á feira en
        monforte y una cata …"); a sentence with an @mention the first line does not give
        (the thanks that names its people: the mention never stands alone below)."""
        post = self.post
        lowered = line.lower()
        if any(
            f"@{m}".lower() in lowered and f"@{m}".lower() not in hook.lower()
            for m in post.mentions
        ):
            return True
        parts = self._parts(line)
        if len(parts) >= 3 and sum(bool(_PRICED.search(p)) for p in parts) >= 2:
            return True
        sells = self.offered or post.intent in _GOODS or self._priced_list()
        if sells:
            named = [
                i for i in post.items if i.lower() in lowered and i.lower() not in hook.lower()
            ]
            if len(named) >= 2 or _ORDER_LINE.search(line):
                return True
        return post.intent == "travel" and not sells and not self._business() and len(parts) >= 3

    def _priced_list(self) -> bool:
        """Whether a sentence of the post lists priced things (a menu, a price list)."""
        if self._priced is None:
            self._priced = any(
                len(parts) >= 3 and sum(bool(_PRICED.search(p)) for p in parts) >= 2
                for parts in map(self._parts, self.post.sentences)
            )
        return self._priced

    def _town_line(self, sentence: str) -> bool:
        """Whether ``sentence`` is a short line naming a town ("Whitby harbourside.")."""
        words = sentence.rstrip(".!?…").split()
        places = gazetteer(self.post.language)
        return 1 <= len(words) <= 3 and any(
            w in places.towns and w not in places.common for w in words
        )

    def _parallel(self, sentence: str) -> list[str] | None:
        """The things a sentence lists and nothing else ("Charred hispi cabbage, crab
        toast and a brown butter tart.", "2 days a week, £12.50/hour, free coffee"):
        three or more short parts joined by commas and a last "and", each a thing on a
        line of its own (see ``_thing``); None when the sentence says more than a list."""
        text = sentence.strip().rstrip(".…")
        if rx(r"[\n:(!?@]").search(text) or _URL_IN.search(text) or len(text) > 160:
            return None  # (an ask is no list: "Honestly, come find us @x and say hi!")
        if _INVITING.search(text) or any(p.search(text) for p in _ACTIONS.values()):
            return None
        parts = self._parts(text)
        if len(parts) < 3 or any(not p or len(p) > 50 for p in parts):
            return None
        if not all(self._thing(p) for p in parts) or any("," in p for p in parts):
            return None
        return parts

    def _priced_items(self, sentence: str) -> list[str] | None:
        """The things a priced list names with their prices ("Linsensuppe 6,50 €",
        "Currywurst mit Pommes 8 €", …), None when the sentence is no such list."""
        if rx(r"[\n:(!?@]").search(sentence) or _URL_IN.search(sentence):
            return None
        parts = [p.strip().rstrip(",;").strip() for p in self._parts(sentence)]
        if len(parts) < 3 or any(not p or len(p) > 60 for p in parts):
            return None
        if sum(bool(_PRICED.search(p)) for p in parts) < 2:
            return None
        return parts

    def _parts(self, sentence: str) -> list[str]:
        """The parts a sentence enumerates, split at its commas and its last "and" ("a,
        b and c" → a, b, c); the whole sentence alone when it enumerates nothing. In a
        priced list the last "and" (et, e, y, und) joins one priced thing, never two:
        when every thing before it carries its price and the part before the "and" has
        none ("Le bol 25 DH, la formule avec msemen et thé à la menthe 40 DH"), the price
        is the whole item's ("la formule avec msemen et thé à la menthe 40 DH")."""
        text = sentence.strip().rstrip(".!…")
        joiners = {self.tpl.words.get("and", "and"), *lexicon(self.post.language).list_and}
        joiners -= {"&", "+"}
        last_and = max((text.rfind(f" {j} ") for j in joiners), default=-1)
        if last_and < 0 or ", " not in text[:last_and]:
            return [text]
        head, tail = text[:last_and], text[last_and:].split(None, 1)[1:]
        parts = [p.strip() for p in head.split(", ")]
        if (
            tail
            and _PRICED.search(tail[0])
            and not _PRICED.search(parts[-1])
            and all(_PRICED.search(p) for p in parts[:-1])
        ):
            return [*parts[:-1], f"{parts[-1]}{text[last_and:]}".strip()]
        return parts + [t.strip() for t in tail]

    def _bulleted(self, body: list[str], *, priced: bool = False) -> list[str] | None:
        """The third variant's body when a sentence of it only lists things: that
        sentence as a list, one thing a line, in its place (None when no sentence of the
        body is such a list). ``priced``: only a list of priced things (a menu, whoever
        posts it: "Romazava au zébu 12 000 ar, ravitoto 10 000 ar, et …")."""
        post = self.post
        if any("\n" in line for line in body) or post.sensitive:
            return None
        if not priced and post.voice == "i":
            return None  # a person's moment is told, not listed ("Fire going, rain outside")
        if not priced and not (post.intent in _SHORTENED or self._business()):
            return None
        lines = [part for line in body for part in self._split(line)]
        for at, line in enumerate(lines):
            items = self._priced_items(line) if priced else self._parallel(line)
            if items:
                block = "\n".join(f"• {sentence_start(i)}" for i in items)
                return [*lines[:at], block, *lines[at + 1 :]]
        return None

    def _dated(self, sentence: str) -> bool:
        """Whether a sentence names a day in words ("tomorrow", "next month", "ce
        week-end")."""
        lowered = f" {sentence.lower()} "
        days = lexicon(self.post.language).relative_days
        return any(f" {d} " in lowered or f" {d}." in lowered for d in days) or bool(
            _NEXT_TIME.search(sentence)
        )

    def _business(self) -> bool:
        """Whether the post speaks for a business, a team or a club ("we", a price, a
        link, an offer), not a person's own moment."""
        return self.post.voice == "we" and (
            self.offered or self.linked or self.post.intent in _PRACTICAL
        )

    def _split(self, text: str) -> list[str]:
        """``text``'s sentences (a paragraph of the reading may hold two), never split
        inside a date written with an ordinal ("am Sonntag, 12. Mai") or brackets."""
        months = lexicon(self.post.language).months
        parts: list[str] = []
        start = 0
        for end in _SENTENCE_END.finditer(text):
            before = text[start : end.start()].split()
            after = text[end.end() :].split()
            ordinal = before and days_of_month(before[-1].rstrip("."))
            if ordinal and after and after[0].lower().strip(",.") in months:
                continue
            if ordinal and after and self.post.language != "en" and month_number(after[0]):
                continue  # "Freitag 18. 12. ab 17 Uhr": the month's number, not a new sentence
            if open_brackets(text[: end.start()]):
                continue  # "(hybrid in Leeds. £40-50k)": an aside, never cut
            if leans_back(text[end.end() :]):
                continue  # "Know your IPAs from your stouts? Even better.": one thought
            if before and before[-1].rstrip(".").lower().rsplit("/", 1)[-1] in _MID_SENTENCE:
                continue  # "45 Min., max. 8 Leute", "16 €/Std. + Trinkgeld": not an end
            if (
                before
                and before[-1].endswith("?")
                and after
                and answers_question(text[end.end() :].lstrip(), " ".join(before))
            ):
                continue  # "Questions? 0161 555 0199", "Fragen? Schreibt uns": the question
                # leads into its answer
            parts.append(text[start : end.start()])
            start = end.end()
        return [*parts, text[start:]]

    def _reshaped(self, index: int, head: str, body: list[str]) -> tuple[str, list[str]]:
        """The opening and body of the second and third variants of a retelling, in the
        post's own sentences (an engine-written sentence is where captions go wrong).

        Each variant opens differently and retells what its opening leaves out: first a
        sentence of the post that names its subject with a fact (the opening retold
        after it), then the opening joined with another sentence that shows whole before
        "more" (the next one first), then the first of a two-sentence opening alone or
        with a later sentence. Every sentence is kept and none is said twice; a post with
        no such sentence keeps its opening (and the brief's own colon stays where it is).
        """
        if index not in (1, 2) or not body:
            return head, body
        sentences = [part for line in body for part in self._split(line)]
        led = self._fact_led(index, head, sentences)
        if led:
            return led
        headline = [self.post.price or "", self.post.percent or ""]
        headline += self.post.when.split(", ") if self.post.when else []
        named = [self.named.lower()] if self.named else []
        shapes: list[tuple[str, list[str]]] = [
            (sentences[at], [head, *sentences[:at], *sentences[at + 1 :]])
            for at in _openers(sentences, named, headline, self.post.language)
        ]
        opening = head.split()[0].lower().strip("¡¿,.:") if head.split() else ""
        numbered = opening in self.tpl.numbers[2:] or opening.isdigit()  # "Three things …"
        if not (self.tips or numbered) and len(sentences) >= 2:
            # (never "Three things I learned. Start slower.": the list keeps its order)
            shapes += [
                (f"{head} {sentences[at]}", [*sentences[:at], *sentences[at + 1 :]])
                for at in _partners(sentences, len(head), self.post.language)
                if self._joins_cry(head, sentences[at])
            ]
        first, *rest = self._split(head)
        if rest and any(n in first.lower() for n in named) and len(first.split()) >= 3:
            # an opening of two sentences ("Jazz on the roof is back! Saturday, June 8 …"):
            # the first alone, the second opens the body; or the first with a later one
            shapes.append((first, [" ".join(rest), *body]))
            shapes += [
                (
                    f"{first} {sentences[at]}",
                    [" ".join(rest), *sentences[:at], *sentences[at + 1 :]],
                )
                for at in _partners(sentences, len(first), self.post.language)
            ]
        shapes = [s for s in shapes if _bare_id(s[0]) not in self.used]
        if self.request.length == "short":
            # a short caption's first line gives a fact, never the colour its body leaves
            # out ("We're hiring a line cook … You'll work with fresh local fish …")
            shapes = [s for s in shapes if self._rank(self._moved(head, s[0]), head) < 3]
        if index == 1 and self.request.length == "medium":
            # (a long caption keeps everything, a short one is chosen by _brief)
            short = self._short(head, sentences)
            if short:
                return short
            # the second variant is the short one: another sentence of the post leads, else
            # its opening alone (its body keeps the facts: see _essential)
            # the opening with the post's key fact
            leading = [s for s in shapes if s[0] in sentences]
            leading += [s for s in shapes if self._factual(s[0].removeprefix(head), head)]
            return (leading or shapes or [(head, body)])[0]
        # (nor does the third give on its first line the sentence the second led with)
        return next(
            (s for s in shapes if s[0] != self.second and not (self.led and self.led in s[0])),
            (head, body),
        )

    @staticmethod
    def _moved(head: str, line: str) -> str:
        """The sentence a reshaped first line adds to the opening, or the one that leads
        instead of it."""
        return line.removeprefix(f"{head} ") if line.startswith(f"{head} ") else line

    def _fact_led(
        self, index: int, head: str, sentences: list[str]
    ) -> tuple[str, list[str]] | None:
        """The second and third variants' openings of a sale, a launch or an event that
        gives its date, or its discount, in a sentence of its own: the second opens with
        the date before the post's opening ("Sat 16 Jan: January sale at Kestrel Kites."),
        the third with the offer before it ("All kites 35% off. January sale at …"); the
        sentence so moved is not said again below. None when the post has no such
        sentence, or the line would not show whole or was posted lately."""
        post = self.post
        if (
            post.intent not in _LED_BY_FACTS
            or post.sensitive
            or self.sure.notice
            or self.salutation
            or not head.endswith(".")
            or ": " in head
            or len([part for part in self._split(head) if part.strip()]) > 1
        ):
            return None
        found = next(
            (
                at
                for at, line in enumerate(sentences)
                if (self._date_line(line) if index == 1 else self._offer_line(line, head))
            ),
            None,
        )
        detail = found is None and post.intent == "event"
        if detail:
            # an event's who or what-for leads ("Die Autorin Jana Weber liest …"): the
            # second variant's when it has no date of its own to lead, else the third's
            # (never the sentence the second variant's first line gives already)
            found = next(
                (
                    at
                    for at, line in enumerate(sentences)
                    if line not in self.second and self._detail_line(line, head)
                ),
                None,
            )
        if found is None:
            return None
        fact = sentences[found]
        rest = [*sentences[:found], *sentences[found + 1 :]]
        if found + 1 < len(sentences) and _leans_on(sentences[found + 1], post.language):
            return None  # the next sentence speaks of the one moved
        if index == 1 and not detail:
            if not self._heading_only(head):
                return None
            line = f"{fact.rstrip('.!… ')}: {self._colon_case(head)}"
        else:
            line = f"{fact} {head}"
        if len(line) > _FIRST_LINE or _bare_id(line) in self.used:
            return None
        if index == 1:
            self.led = fact  # the third variant leads with another
        return line, rest

    def _heading_only(self, head: str) -> bool:
        """Whether an opening names the sale or the event and no date of it ("Marché de
        nuit samedi." before "Samedi 13 février" would say the day twice), nor speaks
        as the account ("We're launching …" is a sentence, not a heading after a date)."""
        lex = lexicon(self.post.language)
        tokens = [t.strip(".,;:!?()") for t in head.lower().split()]
        # (a month names a sale: "January sale", "Rebajas de enero")
        if any(rx(r"\d").search(t) or t in lex.weekdays for t in tokens):
            return False
        lowered = f" {' '.join(tokens)} "
        if any(f" {d} " in lowered for d in lex.relative_days):
            return False
        first = head.split()[0].strip(",.;:!?") if head.split() else ""
        return first.lower() not in _SPEAKERS and not is_we_verb(first, self.post.language)

    def _date_line(self, sentence: str) -> bool:
        """Whether a sentence gives a date or an hour and nothing else ("Sat 16 and Sun 17
        Jan.", "Del 18 al 24 de enero.", "Vom 18. bis 23. Januar.", "This weekend only,
        sat 9 and sun 10 jan.")."""
        lex = lexicon(self.post.language)
        days = {*lex.months, *lex.weekdays}
        short = {d[:3] for d in days}
        said = {w for d in lex.relative_days for w in d.split()}
        allowed = days | short | said | lex.function_words | _DATE_WORDS
        tokens = [t.strip(".,;!()") for t in sentence.lower().split()]
        tokens = [t for t in tokens if t and t not in "-\u2013"]
        dated = any(t in days or t in short for t in tokens)
        return (
            2 <= len(tokens) <= 10
            and dated
            and any(rx(r"\d").search(t) for t in tokens)
            and all(rx(r"\d").search(t) or t in allowed for t in tokens)
        )

    def _offer_line(self, sentence: str, head: str) -> bool:
        """Whether a sentence gives the post's discount and reads on its own before the
        post's opening: one whole sentence, short, opened with a capital, leaning on
        nothing, neither an ask nor an invitation ("All kites 35% off, spare lines from
        £6.", "Alle Teekannen 30 % reduziert, Tassen ab 6 €.")."""
        percent = self.post.percent
        if self.post.intent != "sale":
            return False  # a launch's "42 % vol" is no discount
        if not percent or percent not in sentence or percent in head:
            return False
        return self._leads_alone(sentence, offer=True)

    def _detail_line(self, sentence: str, head: str) -> bool:
        """Whether a sentence of an event says what it costs and reads on its own before
        the post's opening ("Jantar e espetáculo por 25 €."): opened by a noun, an article
        or a number, never by a preposition ("Con la fadista …" is half a sentence), no
        day or month (a date leads only before a colon), no timetable, link or ask."""
        lex = lexicon(self.post.language)
        first = sentence.split()[0].lower().strip("¡¿,.!\"'«“„") if sentence.split() else ""
        if first in lex.function_words and first not in _ARTICLES | _QUANTIFIERS:
            return False
        if self._date_line(sentence):
            return False
        if _EMAIL.search(sentence) or _URL_IN.search(sentence) or "@" in sentence:
            return False  # an address or a sign-up link is the ask, after the news
        if sentence.rstrip().endswith("!"):
            return False  # "Dinnae leave it late, Dunfermline!" closes, never opens
        dated = rx(r"\b\d{1,2}[./]\d{1,2}\b").search(sentence)  # "Fr 11.12.", "30/1"
        if dated or set(words_of(sentence)) & (lex.months | lex.weekdays):
            return False  # "Fr 11.12., 20 Uhr, …" before the opening: a date without its what
        if rx(r"(?i)^\S+\s+\d{1,2}(?:[:.]\d{2})?\s*(?:uhr|h|am|pm)\b").search(sentence):
            return False  # "Einlass 19 Uhr, …", "Doors 9pm, …": the timetable follows
        # (a name alone is no lead: "Toronto peeps come thru.", "Rua Pium-í, Belo …")
        if sentence.count(",") >= 2:
            return False  # "Teams of 2, BDS$40 a team, pay on the night.": the rules, after
        priced = bool(rx(r"\d\s?[€$£]|[€$£]\s?\d|R\$\s?\d").search(sentence))
        if ";" in sentence:
            return False  # "Entrada libre; cocido y sidra, 14 €": two things, not one lead
        # the price of coming in or of the event itself ("Eintritt 6 €, …", "Concerto e
        # petiscos por 18 €."), never of a side ("Soup and a bannock £4 at the bar till 10.")
        tokens = [forms(t, self.post.language) for t in tokens_of(sentence)]
        about_it = bool(
            _ADMISSION_WORDS.search(sentence)
            or lex.intents["event"].matches(tokens, sentence.lower())
        )
        return priced and about_it and self._leads_alone(sentence)

    def _leads_alone(self, sentence: str, *, offer: bool = False) -> bool:
        """Whether a sentence can open a first line before the post's opening: one whole
        sentence, short, opened with a capital, leaning on nothing, neither an ask nor an
        invitation (an ``offer``'s discount code is what it offers: "24 hours only: all
        dresses 25% off with code MOTH25.")."""
        words = sentence.split()
        opened = words[0][:1].isupper() or words[0][:1].isdigit() if words else False
        if len(words) < 3 or len(sentence) > 90 or not opened:  # ("30 € a persona …")
            return False
        if len([p for p in self._split(sentence) if p.strip()]) > 1:
            return False
        if sentence.rstrip()[-1:] in ":?":
            return False
        if _leans_on(sentence, self.post.language) or _kept_for_the_end(sentence):
            return False
        asks = [p for kind, p in _ACTIONS.items() if not (offer and kind == "code")]
        return not (_INVITING.search(sentence) or any(p.search(sentence) for p in asks))

    def _colon_case(self, head: str) -> str:
        """The post's opening after a colon: in lower case where the post wrote its first
        word so or it is a small word (a name keeps its capital; German nouns keep
        theirs)."""
        language = self.post.language
        if language not in ("en", "fr", "es", "it", "pt") or not head[:1].isupper():
            return head
        first = head.split()[0].strip(",.;:!?")
        lower = first[:1].lower() + first[1:]
        if (
            lower == first
            or first.isupper()
            or any(n.text.split()[0] == first for n in self.post.names)
        ):
            return head  # "SALE", a name ("Zapatería Lucía: …")
        if first in gazetteer(language).towns:
            return head  # a town is a name too
        typed = rx(rf"(?<!\w){re.escape(lower)}(?!\w)").search(self.post.content)
        # a Romance heading goes on in lower case ("Del 8 al 15 de enero: rebajas …");
        # English only where the post wrote the word so
        if typed or language != "en":
            return head[:1].lower() + head[1:]
        return head

    def _counted(self, head: str, body: list[str]) -> tuple[str, list[str]] | None:
        """The third variant's opening and body for a post whose opening counts its items
        ("Three things I learned …") and whose next sentences are those items, short and
        whole: the items as a list, the rest after it. An opening that gives the first
        item after its colon ("3 tips for crisp roast potatoes: parboil them …") keeps the
        colon and lists that item first. None when the post is not so."""
        count = self._count(head)
        if not count or any("\n" in line for line in [*body, *self.retold]):
            return None
        told = [part for line in self.retold for part in self._split(line)]
        colon = rx(r"\s?:\s+(?=\S)").search(head)
        if colon and len(told) < count:
            # the count's items begin after the colon: the opening introduces them
            tail = [_sentence(part) for part in self._split(head[colon.end() :]) if part.strip()]
            head, told = head[: colon.end()].rstrip(), [*tail, *told]
        items = told[:count]
        if len(items) < count or any(len(s) > 90 or s[:1].isdigit() for s in items):
            return None
        rest = [part for line in body for part in self._split(line) if part not in items]
        return head, ["\n".join(f"• {s}" for s in items), *rest]

    def _listed_heading(self, head: str) -> tuple[str, list[str]] | None:
        """The third variant of a post that opens with a heading and three or more items
        run in after its colon, and nothing else ("Sunday market haul: heirloom tomatoes,
        purple basil, fresh figs."): the heading, then the items as a list, then the rest
        of the post. None when the post does not open so."""
        items = list(self.post.items)
        head, *more = [part for part in self._split(head) if part.strip()] or [head]
        colon = rx(r"\s?:\s+(?=\S)").search(head)
        if len(items) < 3 or not colon or any(len(i) > 60 for i in items):
            return None
        rest = " " + head[colon.end() :].rstrip(" .!…").lower() + " "
        for item in items:
            at = rest.find(item.lower())
            if at < 0:
                return None
            rest = rest[:at] + " " + rest[at + len(item) :]
        joiners = {self.tpl.words.get("and", "and"), "and", "&", "+"}
        if any(w not in joiners for w in rest.replace(",", " ").split()):
            return None  # more than the items: "tazas y cuencos hechos a mano en Oaxaca"
        if not all(self._thing(i) for i in items):
            return None  # "alle Trikots und Radhosen -25 %, nur bis Samstag": no list
        heading = head[: colon.end()].rstrip()
        named = {n.text.lower() for n in self.post.names}
        if any(i.lower() in named for i in items):
            return None  # "Weekend on the coast: Whitby, Robin Hood's Bay and …" is said whole
        if self.named and self.named.lower() not in heading.lower():
            return None  # the first line names what the post is about
        if _bare_id(heading) in self.used:
            return None  # the user posted this opening lately
        block = "\n".join(f"• {sentence_start(i)}" for i in items)
        told = [_sentence(m) for m in more]  # (the opening's next sentence, if joined)
        return heading, [block, *told, *self._plain_body()]

    def _thing(self, item: str) -> bool:
        """Whether a listed item reads as a thing on a line of its own: at most six
        words, not opened by a small word other than an article ("alle Trikots", "nur
        bis Samstag"), a number word ("trois parfums" announces the rest) or a pronoun
        ("everything mixes"), no day or month ("fino a domenica 7 marzo"), and in German
        no lower-case last word ("Hochbeet gebaut", "Lichterkette hängt"). A part opened
        by a street ("avenue … à Sfax", "calle Mayor de Tudela") is an address, and one
        opened by the verb a name's sentence goes on with ("cherche un·e pâtissier·e
        pour …", "busca un panadero …") a clause: the sentence names someone, says where
        and what they do, and lists nothing."""
        lex = lexicon(self.post.language)
        words = item.lower().split()
        if not words or len(words) > 6:
            return False
        first = words[0]
        if first in lex.function_words and first not in _ARTICLES:
            return False
        if first in AFTER_NAME or STREET_LEAD.search(f"{first} "):
            return False
        if first in lex.number_words or first in _PRONOUN_OPENERS:
            return False
        if set(words_of(item)) & (lex.months | lex.weekdays):
            return False
        # German writes its nouns with a capital: a lower-case last word is a verb
        last = item.split()[-1]
        german_verb = len(words) >= 2 and last.isalpha() and last.islower()
        return not (self.post.language == "de" and german_verb)

    def _count(self, head: str) -> int:
        """The number of items an opening announces ("Three things …", "5 tips …"), 3 to 7;
        0 when it announces none."""
        words = head.split()
        first = words[0].lower().strip("¡¿,.:") if words else ""
        numbers = self.tpl.numbers
        count = numbers.index(first) if first in numbers else int(first) if first.isdigit() else 0
        return count if 3 <= count <= 7 else 0

    def _short(self, head: str, sentences: list[str]) -> tuple[str, list[str]] | None:
        """The second variant when the post has colour to leave out: its facts only (see
        _essential), led by one of them that names the subject, else by the opening with
        the first fact beside it on the first line, else by the opening alone; None when
        every sentence carries a fact."""
        kept = self._essential(head, head, sentences)
        if kept == sentences:
            return None
        headline = [self.post.price or "", self.post.percent or ""]
        headline += self.post.when.split(", ") if self.post.when else []
        named = [self.named.lower()] if self.named else []
        shapes = [
            (kept[at], [head, *kept[:at], *kept[at + 1 :]])
            for at in _openers(kept, named, headline, self.post.language)
        ]
        # (a partner with a fact first: "… Book at saltbox.co.uk", then the dishes)
        partners = sorted(
            _partners(kept, len(head), self.post.language),
            key=lambda at: not self._factual(kept[at], head),
        )
        shapes += [
            (f"{head} {kept[at]}", [*kept[:at], *kept[at + 1 :]])
            for at in partners
            if self._joins_cry(head, kept[at])
        ]
        shapes.append((head, kept))
        return next((s for s in shapes if _bare_id(s[0]) not in self.used), None)

    def _inline_list(
        self, head: str, body: list[str]
    ) -> tuple[str, bool, list[str], tuple[Frame, str] | None] | None:
        """A bulleted post's other first line: its heading with the items run in ("This
        week's veg box: carrots, kale and red onions."), the rest after it; None when the
        post has no list or the line was used lately."""
        block = next((b for b in body if "\n" in b), None)
        if block is None or not head.endswith(":"):
            return None
        items = list(self.post.items)  # as the brief writes them, not capitalised
        if len(items) != block.count("\n") + 1:
            return None
        joiner = self.tpl.words.get("and", "and")
        line = f"{head} {', '.join(items[:-1])} {joiner} {items[-1]}."
        if len(line) > _FIRST_LINE or _bare_id(line) in self.used:
            return None
        return line, True, [b for b in body if b is not block], None

    def _plain_opening(
        self, head: str, body: list[str], index: int
    ) -> tuple[str, bool, list[str], tuple[Frame, str] | None] | None:
        """Another first line in the post's own words when its opening was used lately (a
        guessed intent's template would put a noun in the wrong frame): the opening with
        its next sentence, else a neutral lead ("Here's the latest:"); None when neither is
        left. Returns the line, whether the emoji closes the body, the body, the lead."""
        joined = f"{head} {body[0]}" if body else ""
        # (never the whole brief back as one line)
        whole = len(body) < 2 and len(self.post.sentences) <= 2
        fits = joined and not whole and "\n" not in joined and len(joined) <= _FIRST_LINE
        if fits and _bare_id(joined) not in self.used:
            return joined, True, body[1:], None
        if ":" in head or self.sure.notice:
            return None  # "Please note: Holiday hours: ..." stacks two labels
        for fallback in (True, "spare"):
            lead = self._choose("lead", index, fallback=fallback)
            if lead and len(lead[1]) + len(head) <= _FIRST_LINE:
                line = f"{lead[1]} {self._after_colon(head)}"
                if _bare_id(line) not in self.used:
                    return line, True, body, lead
        return None

    # -- one variant ----------------------------------------------------------------------

    def variant(self, index: int, tags: list[str]) -> Draft:
        """A retelling of the post's own words first (what a person would post); the
        subject templates only when the post has no sentence to retell, or when every
        fitting lead was used lately."""
        if self._emoji_only():  # "🌅🏄‍♂️🌊": the emoji are the post, no template around them
            return self.emoji_variant(index, tags)
        if self._fragments():  # each fragment is the post: none dropped or dressed up
            return self.fragment_variant(index, tags)
        if self.head and (self.sure.plain or self._retellable()):
            return self.plain_variant(index, tags)
        return self.template_variant(index, tags)

    def _emoji_only(self) -> bool:
        content = self.post.content
        return (
            not self.post.sentences
            and bool(emoji.emoji_list(content))
            and not any(c.isalnum() for c in emoji.replace_emoji(content, ""))
        )

    def emoji_variant(self, index: int, tags: list[str]) -> Draft:
        """A post of emoji only: the emoji as typed, beside the words they stand for in
        the post's language ("Sunset and sea. 🌅🏄‍♂️🌊") or alone, never a template's
        sentence around a guessed subject ("Views like this: sunset.")."""
        icons = "".join(e["emoji"] for e in emoji.emoji_list(self.post.content))
        words = [w for w in self.post.cues if w and not w.endswith("*") and " " not in w][:3]
        joiner = self.tpl.words.get("and", "and")
        # (🎉 stands for a party, a festival, a launch: no word of it is sure)
        shown = lexicon(self.post.language).emoji
        words = [w for w in words if shown.get(w) not in _FESTIVE]
        said = ""
        if words:
            run = f"{', '.join(words[:-1])} {joiner} {words[-1]}" if len(words) > 1 else words[0]
            said = f"{run[:1].upper()}{run[1:]}."
        # (the first line names what the emoji show whenever a word of them is sure)
        forms = [f"{said} {icons}", f"{icons} {said}", f"{said}\n\n{icons}"] if said else [icons]
        order = forms[index % len(forms) :] + forms[: index % len(forms)]
        line = next((f for f in order if _bare_id(f) not in self.used), order[0])
        cta = self._choose("cta", index, after=line) if self.asks else None
        self.used.add(_bare_id(line))
        text = "\n\n".join(p for p in (line, cta[1] if cta else "") if p)
        return Draft(
            text,
            list(tags),
            "story",
            hook=_bare_id(line),
            cta=cta[0].id if cta else "",
            frames=(cta[0].id,) if cta else (),
        )

    def _fragments(self) -> bool:
        return fragmentary(self.post) and not self.sure.notice

    def fragment_variant(self, index: int, tags: list[str]) -> Draft:
        """A post of a few fragments, written whole as typed (capitalised, each closed),
        its emoji after it or, in the second variant, before it."""
        words = " ".join(_sentence(s) for s in self.post.sentences)
        icons = [*self.icons[index % len(self.icons) :], *self.icons] if self.icons else []
        forms = [f"{i} {words}" if index == 1 else f"{words} {i}" for i in icons]
        forms += [f"{words} {i}" if index == 1 else f"{i} {words}" for i in icons] + [words]
        # (the variants never share a first line, nor repeat one this user posted lately)
        line = next((f for f in forms if _bare_id(f) not in self.used), forms[0])
        icon = next((i for i in icons if i in line), "")
        cta = self._choose("cta", index, after=line) if self.asks else None
        self.used.add(_bare_id(line))
        return Draft(
            self._assemble("story", line, [], cta[1] if cta else "", icon),
            list(tags),
            "story",
            hook=_bare_id(line),
            cta=cta[0].id if cta else "",
            frames=(cta[0].id,) if cta else (),
        )

    def _heading(self) -> bool:
        """Whether the post's opening is a heading a lead may introduce: a few words, not
        an exclamation or question, not the account speaking ("We", "Wir", "Hoy")."""
        words = self.head.rstrip(".").split()
        if not words or len(words) > 8 or self.head.rstrip()[-1:] in "!?":
            return False
        first = words[0].lower().strip("¡¿")
        if first in _SPEAKING or first.split("'")[0] in _SPEAKING:
            return False
        lex = lexicon(self.post.language)
        lowered = [w.lower().strip(",.;:!?¡¿") for w in words]
        if any(w in _FINITE for w in lowered) or first[:1].isdigit():
            return False  # a sentence of its own ("Luna ist jetzt seit einem Jahr bei uns")
        dated = lex.weekdays | lex.months | set(lex.relative_days) | _TIME_WORDS
        if first.split("'")[0] in dated:
            return False  # "Tonight's special at ...", "Sabato 5 ottobre apriamo ..."
        # the opening already says what the post is for ("Flash sale", "Cerchiamo ...",
        # "Behind the scenes of ..."): a lead would say it twice
        head_forms = [forms(t, lex.language) for t in tokens_of(self.head)]
        return not lex.intents[self.post.intent].matches(head_forms, self.head.lower())

    def _own_voice(self) -> bool:
        """Whether the post's one sentence is the account speaking: it opens in the first
        person or with thanks, or it exclaims."""
        first = self.head.split()[0].lower().strip("¡¿,.!")
        return self.head.rstrip().endswith("!") or first in _SPEAKING or first in _THANKS

    def _retellable(self) -> bool:
        """Whether the post's opening reads as a caption's first line on its own: whole
        words of the account (not an emoji string or a bare name), short enough to show
        before "more"."""
        # ("Vorher/nachher", "Avant/après": two words, a heading as "Before and after")
        words = self.head.replace("/", " ").split()
        if len(self.head) > 118:
            return False
        if not self.retold:  # the post is one sentence: it is the caption when the
            # account speaks in it ("Huge thanks to @farm for ...!"), not a brief
            whens = self.post.when.split(", ") if self.post.when else []
            facts = [
                f for f in (self.post.price, self.post.percent, *whens) if f and f in self.head
            ]
            # a price, a discount or a date and time no template would keep all of, or a
            # whole description ("Homemade gnocchi with brown butter and sage"): retold
            described = len(words) >= 5 and len(self.head) <= 118
            if len(words) < 3 or (
                len(self.head) >= 40 and not self._own_voice() and not facts and not described
            ):
                return False
        elif len(words) < 2 and not self.head.endswith("!"):
            return False  # "Sale!" opens; a lone word otherwise says nothing
        # the first line names what the post is about ("Big news and a sad one." does not)
        subject = self.post.subject
        if not subject.text or not subject.is_name or self.sure.plain:
            return True  # the post's own words say more than a template around a noun
        if self._own_voice():
            return True  # "Obrigada a todas as clientes …!": the account speaks
        # a name the opening does not give is no reason for a template around it: the
        # reviews found those hooks the worst ("García Ginerés aprueba este post." on a
        # lost dog, "Oggi in tavola: Lucia." on a pastry); the post's own words stay
        return True

    def template_variant(self, index: int, tags: list[str]) -> Draft:
        """A variant from the intent's hook, body and call-to-action templates."""
        used, used_details = set(self.used), set(self.used_details)
        structure = self.structures[index % len(self.structures)]
        frames: list[str] = []
        form = "question" if structure == "question" else "statement"
        section = "list" if structure == "list" else "hook"
        hook = self._choose(section, index, form=None if section == "list" else form)
        if hook is None and form == "question":
            structure, form = "statement", "statement"
            hook = self._choose("hook", index, form=form)
        if hook is None:
            hook = self._choose("hook", index)
        hook_text = hook[1] if hook else _sentence(self.post.subject.cap or self.post.content[:80])
        if structure == "one_liner" and self._missing_facts(hook_text):
            structure = "statement"  # a one-liner would drop the post's date or price
        if structure == "one_liner" and self.post.subject.kind == "venue":
            # a venue and a date say where and when, not what happens ("Innenhof der
            # Buchbinderei Reisacher: Donnerstag, 12. Juni, 18 Uhr." without its Sommerfest)
            structure = "statement"
        if hook:
            frames.append(hook[0].id)
        icon = self.icons[index % len(self.icons)] if self.icons else ""
        if icon and structure != "list":
            hook_text = f"{hook_text} {icon}"
        body = self._body(index, structure, frames, hook_text)
        if structure != "list":
            added = self._missing_facts(" ".join([hook_text, *body]))
            # facts kept, but never the whole brief pasted back: the missing sentences go
            # before the retold ones when after them they would give the brief again
            for candidate in ([*body, *added], [*added, *body]):
                if self.post.content.strip() not in " ".join(candidate):
                    # a fact line the added sentences say again ("Quando: 6 de janeiro."
                    # before "Dia 6 de janeiro, quarta-feira, a Folia … sai às 19h") goes
                    said = " ".join(added).lower()
                    line, facts = self.fact_line
                    body = [
                        b
                        for b in candidate
                        if b in added
                        or not (_restated(b, said) or (b == line and all(f in said for f in facts)))
                    ]
                    break
            else:
                if added:
                    # the facts the template leaves out are the brief's own sentences
                    # (an address, a menu, a price): each told as its own paragraph, and
                    # a fact line that says part of them again ("Quando: sabato.") goes
                    said = " ".join(added).lower()
                    kept = [b for b in body if not _restated(b, said)]
                    body, structure = [*kept, *added], "story"
        if structure != "list" and self.post.sentences and self._drops_the_post(hook_text, body):
            # a template around the subject alone loses what the post tells ("Snowman:
            # this one is worth a look." for "built a snowman … and named him barry, he
            # lasted two days"): its sentences follow the template's line
            told = self.post.sentences
            if self.request.length == "short":
                told = told[:1]  # (a short caption keeps the post's opening, not all of it)
            body = [self._mentioned(_sentence(s)) for s in told]
            structure = "story"  # (a paragraph each, never the brief pasted back whole)
        if not body and structure != "list" and self.post.subject.kind == "venue":
            # a venue and a date say where and when, not what happens there: the post's
            # opening tells it ("Innenhof der Buchbinderei Reisacher: Donnerstag, 12. Juni,
            # 18 Uhr." needs its "Sommerfest … mit Livemusik")
            body = [self._mentioned(_sentence(s)) for s in self.post.sentences[:1]]
        if self.post.sensitive and structure != "list":
            body = self._death_first(body)
        when = (self.post.when or "").lower()
        if (
            hook
            and "when" in hook[0].slots
            and not self.undated_hooks
            and when
            and when in " ".join(body).lower()
        ):
            # "Anote a data: Folia de Reis, 6 de janeiro." over the post's own "Dia 6 de
            # janeiro, quarta-feira, a Folia … sai às 19h": the date once, in the body that
            # carries its hour and place; a hook without it instead
            self.used, self.used_details = used, used_details
            self.undated_hooks = True
            try:
                return self.template_variant(index, tags)
            finally:
                self.undated_hooks = False
        last = body[-1] if body else hook_text
        shown = " ".join([hook_text, *body])
        cta = self._choose("cta", index, after=last, shown=shown) if self.asks else None
        if cta:
            frames.append(cta[0].id)
        cta_text = cta[1] if cta else ""
        text = self._assemble(structure, hook_text, body, cta_text, icon)
        return Draft(
            text,
            list(tags),
            structure,
            # a bare subject when every template was used lately: its own id, per subject
            hook=hook[0].id if hook else _bare_id(hook_text),
            cta=cta[0].id if cta else "",
            frames=tuple(frames),
        )

    def _drops_the_post(self, hook: str, body: list[str]) -> bool:
        """Whether a template's hook and body leave out most of what the post says: fewer
        than _KEPT_SHARE of its words of four letters or more are in them."""
        said = {w.lower() for w in words_of(self.post.content) if len(w) >= 4}
        if not said:
            return False
        kept = {w.lower() for w in words_of(" ".join([hook, *body]))}
        return len(said & kept) < _KEPT_SHARE * len(said)

    def _death_told(self) -> str | None:
        """The post's sentence that first says someone died ("… les contamos que falleció
        …"): the news a loss is about; a farewell to a season or a shop is none."""
        lex = lexicon(self.post.language)
        for sentence in self.post.sentences:
            for part in self._split(sentence):
                low = part.lower()
                found = [forms(t, self.post.language) for t in tokens_of(part)]
                if set(lex.sensitive.matches(found, low)) - set(lex.farewell.matches(found, low)):
                    return part
        return None

    def _death_first(self, body: list[str]) -> list[str]:
        """A loss's body with the sentence that tells the death before every other one:
        the template's words of remembrance, the closure, the wake and the thanks all
        follow the news ("Gracias por tantos años, vecinos. … Con mucha tristeza les
        contamos que falleció …" thanks before it tells, blind review 10)."""
        news = self._death_told()
        if news is None:
            return body
        for at, line in enumerate(body):
            parts = self._split(line)
            if news not in parts:
                continue
            if at == 0 and parts[0] == news:
                return body
            parts.remove(news)
            rest = " ".join(parts)
            return [news, *body[:at], *([rest] if rest else []), *body[at + 1 :]]
        return body

    def _body(self, index: int, structure: str, frames: list[str], hook_text: str) -> list[str]:
        length = self.request.length
        budget = _BODY[length]
        if structure == "one_liner" or self.tone == "minimalist":
            budget = 0
        if structure == "list":
            return [f"• {_sentence(item).rstrip('.')}" for item in self.items]
        lines: list[str] = []
        if budget == 0:
            return lines
        fact = self._choose("fact", index)
        said = [v.lower() for k, v in self.values.items() if k not in ("S", "S^", "n")]
        if fact and not all(
            self.values[k].lower() in hook_text.lower() for k in fact[0].slots - {"S", "S^", "n"}
        ):  # a fact line the hook already gives is not repeated
            lines.append(_sentence(fact[1]))
            frames.append(fact[0].id)
            facts = [self.values[k].lower() for k in fact[0].slots - {"S", "S^", "n"}]
            self.fact_line = (lines[-1], facts)
        told = " ".join([hook_text, *lines]).lower()
        chars = 0
        room = min(_DETAIL_CHARS[length], _DETAIL_SHARE * len(self.post.content))
        for detail in self.details:
            if len(lines) >= budget or detail in self.used_details:
                continue
            if any(v in told and v in detail.lower() for v in said):
                continue  # the hook or the fact line says it already
            if len(detail) > _DETAIL_MAX or chars + len(detail) > room:
                continue  # retold in part, never pasted back whole
            lines.append(detail)
            self.used_details.add(detail)
            chars += len(detail)
            if length != "long":
                break
        # one line of colour at most, facts first; never for a post that sells, gathers or
        # hires: its lines make claims the post does not ("Quantities are limited",
        # "Spots tend to go fast", "We've tested every detail")
        if len(lines) < budget and self.post.intent not in _CLAIMING:
            line = self._choose("line", index)
            if line is not None:
                lines.append(line[1])
                frames.append(line[0].id)
        return lines

    def _assemble(self, structure: str, hook: str, body: list[str], cta: str, icon: str) -> str:
        text = self._assembled(structure, hook, body, cta, icon)
        if self.own_icons:
            text = rx(rf" ?{_OWN_MARK} ?").sub(" ", text)
            text = "\n".join(line.strip(" ") for line in text.split("\n"))
            limit = text.rfind(cta) if cta else len(text)
            head, tail = text[:limit], text[limit:]
            first = head.find("\n\n")
            fallback = first if first >= 0 else len(head.rstrip())
            text = place_own_emoji(head, self.own_icons, fallback) + tail
        return f"{text}\n\n{self.sign_off}" if self.sign_off else text

    def _assembled(self, structure: str, hook: str, body: list[str], cta: str, icon: str) -> str:
        if structure == "one_liner":
            return " ".join(p for p in (hook, cta) if p)
        if structure == "list":
            lines = "\n".join(body)
            head = f"{icon} {hook}" if icon else hook
            return "\n\n".join(p for p in (head, lines, cta) if p)
        if structure == "story":
            return "\n\n".join(p for p in (hook, *body, cta) if p)
        paragraph = " ".join(body)
        if structure == "statement":
            tail = " ".join(p for p in (paragraph, cta) if p)
            return "\n\n".join(p for p in (hook, tail) if p)
        return "\n\n".join(p for p in (hook, paragraph, cta) if p)
