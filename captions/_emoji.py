"""Emoji by meaning: a curated lexicon per language, never an emoji's name.

``data/lexicon/<lang>.yaml`` maps lemmas to one emoji each (``wedding: 💍``,
``gym: 🏋️``), in one sense only: words whose senses differ (``temple``, ``bar``,
``date``, ``crane``) are simply not listed, so a gym called Iron Temple never gets
🛕. A post with no listed word gets its intent's emoji; a post about a loss gets 🤍
or none. The ``emoji`` package is used only to count and remove emoji.
"""

from __future__ import annotations

import functools
import re

import emoji

from ._dishes import claimed_everywhere
from ._lexicon import LANGUAGES, forms, lexicon, tokens_of
from ._regex import rx
from ._understand import Post, in_company

__all__ = [
    "MAX_EMOJI",
    "SENSITIVE_EMOJI",
    "count_emoji",
    "emoji_for",
    "lexicon_emoji",
    "own_emoji",
    "place_own_emoji",
    "post_emoji",
    "remove_emoji",
]

MAX_EMOJI = 3  # per caption: "too many emoji" is a top complaint
SENSITIVE_EMOJI = "🤍"
# a team member's send-off: warmth, never the dish the leaving chef cooked (and no wave:
# the send-off's asks wave already, "Drop a 👋 to wish them well")
SEND_OFF_EMOJI = ("\N{YELLOW HEART}",)
SEND_OFF_WAVE = "\N{WAVING HAND SIGN}"  # the send-off's asks' own emoji


@functools.lru_cache(maxsize=4096)
def emoji_for(word: str, language: str = "en") -> str | None:
    """The lexicon's emoji for one word or phrase of ``language`` (by its lemma), or None."""
    if language not in LANGUAGES:
        return None
    table = lexicon(language).emoji
    phrase = word.lower().strip()
    if phrase in table:
        return table[phrase]
    if " " in phrase:
        return None
    for form in forms(phrase, language):
        if form in table:
            return table[form]
    return None


@functools.cache
def lexicon_emoji() -> frozenset[str]:
    """Every emoji the engine may write, in any language (tests check against it)."""
    found: set[str] = {SENSITIVE_EMOJI, *SEND_OFF_EMOJI, SEND_OFF_WAVE}
    for language in LANGUAGES:
        lex = lexicon(language)
        found.update(lex.emoji.values())
        found.update(lex.intent_emoji.values())
    return frozenset(found)


def post_emoji(post: Post) -> list[str]:
    """Emoji for a post, best first: its subject's words, its strongest cues, its intent."""
    if post.sensitive:
        return [SENSITIVE_EMOJI] if post.intent not in ("charity", "event") else ["💛"]
    if "leaving" in post.flags:
        return list(SEND_OFF_EMOJI)
    language = post.language
    found: list[str] = []

    def add(icon: str | None) -> None:
        if icon and icon not in found:
            found.append(icon)

    subject = post.subject.text
    whole = emoji_for(subject, language) if subject and not post.subject.is_name else None
    if whole:
        add(whole)  # "tea towels": the phrase's own, never its words' (🍵)
    elif not post.subject.is_name and subject:
        words = tokens_of(subject)
        at = 0
        while at < len(words):
            # a phrase inside the subject gives its own emoji before its words do
            # ("tablecloths and tea towels": 🧺 for the towels, never 🍵 for "tea")
            size = next(
                (
                    n
                    for n in (3, 2)
                    if at + n <= len(words) and emoji_for(" ".join(words[at : at + n]), language)
                ),
                1,
            )
            if size > 1:
                add(emoji_for(" ".join(words[at : at + size]), language))
                at += size
                continue
            word = words[at]
            at += 1
            if claimed_everywhere(word, post.content, language):
                continue  # "tapioca de carne de sol": a word of a dish's name, no sun
            english = language == "en"
            if not (english and (_field(word, post.content) or _raising(word, post.content))):
                add(emoji_for(word, language))
    inside_names = " ".join(n.text.lower() for n in post.names)
    lead = [c for c in post.key_cues if c in post.opening_cues] or list(post.key_cues)
    for cue in lead:
        # a word inside a name is not meant in its sense (Iron Temple, Trilha 22L)
        if not cue.endswith("*") and cue not in inside_names:
            if language == "en" and _modifier(cue, post.content):
                continue  # "a red wine jus": the jus, not the wine
            if language == "en" and _measure(cue, post.content):
                continue  # "a thin coat of oil": an amount of something, not a coat
            if language == "en" and _field(cue, post.content):
                continue  # "a sales assistant": a job, not a sale
            if language == "en" and _raising(cue, post.content):
                continue  # "a bake sale for the hospice": money raised, no discount
            if language == "en" and _served_with(cue, post.content):
                continue  # "lamb nihari … served with sheermal bread": the dish, not the bread
            if claimed_everywhere(cue, post.content, language):
                continue  # "lingue di gatto", "hot dogs": the dish's word, not the animal
            if in_company(cue, post.content):
                continue  # "a tabby who gets along with dogs": not a dog
            add(emoji_for(cue, language))
    if not found:
        # the intent's emoji only when no word of the post gives one: "coffee too hot,
        # monday again" read as food takes ☕, never 🍽️ beside it
        add(lexicon(language).intent_emoji.get(post.intent))
    if _RAINY.search(post.content):
        found = [icon for icon in found if icon not in _SUNNY]  # never ☀️ on a rainy day
    return found


# weather and mood the post states: an emoji never says the opposite
_RAINY = re.compile(
    r"(?i)\b(?:rain\w*|storm\w*|drizzl\w*|snow\w*|grey|gray|overcast|lluvi\w*|llueve|"
    r"tormenta|nieve|regen\w*|gewitter|schnee|pluie|pluvieu\w*|orage|neige|chuva\w*|chove|"
    r"tempestade|neve|pioggia|piove|temporale)\b"
)
_SUNNY = frozenset(["☀️", "☀", "🌞", "😎", "🏖️", "🌴"])


def _modifier(word: str, content: str) -> bool:
    """Whether ``word`` only ever describes the noun after it in the post ("a red wine
    jus", "coffee table"): a side detail, not a thing of its own (English)."""
    uses = list(rx(rf"(?i)(?<!\w){re.escape(word)}(?!\w)(\s+[a-z]+)?").finditer(content))
    if not uses:
        return False
    for use in uses:
        after = (use.group(1) or "").strip()
        if not after or after in _NOT_NOUNS or after.endswith(("ed", "ing", "ly")):
            return False
    return True


def _field(word: str, content: str) -> bool:
    """Whether ``word`` only ever names a job's field in the post ("sales assistant",
    "kitchen porter", "bar manager"): the job, not the thing (English)."""
    uses = list(rx(rf"(?i)(?<!\w){re.escape(word)}(?!\w)(\s+{_ROLES})?").finditer(content))
    return bool(uses) and all(use.group(1) for use in uses)


# the people a job ad looks for, after the field they work in
_ROLES = (
    r"(?:assistant|manager|rep|representative|associate|adviser|advisor|executive|porter"
    r"|coordinator|supervisor|consultant|intern|apprentice|operative|lead|team)s?\b"
)


def _raising(word: str, content: str) -> bool:
    """Whether ``word`` is a sale only ever held to raise money in the post ("bake sale",
    "jumble sale"): no discount, so no price tag (English; a garage sale sells cheap)."""
    if word.lower() not in ("sale", "sales"):
        return False
    uses = list(
        rx(r"(?i)(?:\b(bake|cake|cupcake|jumble|rummage|charity)\s+)?\bsales?\b").finditer(content)
    )
    return bool(uses) and all(use.group(1) for use in uses)


# what comes beside a dish ("served with sheermal bread", "comes with a side of slaw")
_BESIDE_A_DISH = re.compile(
    r"(?i)\b(?:served|comes?|came|topped|finished|paired)\s+with\s+(?:a side of\s+)?"
    r"(?:[^\W\d_]+[\s,-]+){0,3}$"
)


def _served_with(word: str, content: str) -> bool:
    """Whether ``word`` only ever names what a dish is served with in the post ("lamb
    nihari, served with sheermal bread"): a side, not the dish (English)."""
    uses = list(rx(rf"(?i)(?<!\w){re.escape(word)}s?(?!\w)").finditer(content))
    return bool(uses) and all(
        _BESIDE_A_DISH.search(content[max(0, use.start() - 60) : use.start()]) for use in uses
    )


def _measure(word: str, content: str) -> bool:
    """Whether ``word`` only ever measures out something else in the post ("a thin coat
    of oil", "two coats of varnish"): an amount, not the thing (English)."""
    uses = list(rx(rf"(?i)(?<!\w){re.escape(word)}s?(?!\w)(\s+of\b)?").finditer(content))
    return bool(uses) and all(use.group(1) for use in uses)


_NOT_NOUNS = frozenset(
    [
        *("and", "or", "with", "for", "to", "in", "on", "at", "of", "is", "are", "was"),
        *("were", "be", "has", "have", "had", "will", "can", "from", "by", "the", "a", "an"),
        *("this", "that", "it", "its", "as", "so", "but", "not", "just", "all", "too", "very"),
        *("tonight", "today", "tomorrow", "now", "here", "again", "back", "daily", "every"),
        *("each", "only", "till", "until", "while", "when", "if", "since"),
    ]
)


def count_emoji(text: str) -> int:
    """Emoji in ``text``."""
    return int(emoji.emoji_count(text))


def remove_emoji(text: str, keep: int = 0) -> str:
    """``text`` with every emoji after the first ``keep`` removed (spacing tidied)."""
    seen = 0

    def replace(chars: str, _data: dict[str, str]) -> str:
        nonlocal seen
        seen += 1
        return chars if seen <= keep else ""

    out = emoji.replace_emoji(text, replace=replace)
    lines = [" ".join(line.split()) for line in out.split("\n")]
    return "\n".join(lines).strip()


_WORD = re.compile(r"[^\W_][\w'\u2019-]*", re.UNICODE)
_TAG_OR_LINK = re.compile(r"#\w+|\S+\.\S*/\S*|https?://\S+")
_LABELLED_LINK = re.compile(r"\s?:\s*(?:#\w+|[^\s.]\S*\.\S*/\S*[^\s.!?…]|https?://\S*[^\s.!?…])")
_SIGNS = re.compile(r"(?:\s?[€$£¥%‰°+*™®©→])*")


def own_emoji(content: str, limit: int = MAX_EMOJI) -> list[tuple[str, tuple[str, ...], bool]]:
    """The brief's own emoji, in runs as typed ("🎂🐶"), each with the words it is
    anchored to: the last words before it (``False``: it closes them) or, for an emoji
    that opens a line, the first words after it (``True``). Emoji that open two or more
    lines are bullets, laid out by the caption's own list, and not kept. At most
    ``limit`` emoji in all."""
    found = emoji.emoji_list(content)
    runs: list[tuple[int, int, str]] = []
    for item in found:
        start, end = item["match_start"], item["match_end"]
        if runs and not content[runs[-1][1] : start].strip(" \ufe0f\u200d"):
            runs[-1] = (runs[-1][0], end, runs[-1][2] + item["emoji"])
        else:
            runs.append((start, end, item["emoji"]))
    opening = [r for r in runs if not content[: r[0]].rsplit("\n", 1)[-1].strip()]
    bullets = len(opening) >= 2
    out: list[tuple[str, tuple[str, ...], bool]] = []
    kept = 0
    for start, end, run in runs:
        line_before = content[:start].rsplit("\n", 1)[-1]
        if not line_before.strip():
            if bullets:
                continue
            after = content[end:].split("\n", 1)[0]
            words, before = tuple(_WORD.findall(after)[:3]), True
        else:
            said = _TAG_OR_LINK.sub(" ", line_before)  # "#yoga #kurs 🙏": not retold
            words, before = tuple(_WORD.findall(said)[-3:]), False
        icons = [e["emoji"] for e in emoji.emoji_list(run)][: limit - kept]
        if not icons:
            break
        kept += len(icons)
        out.append(("".join(icons), words, before))
    return out


def place_own_emoji(text: str, own: list[tuple[str, tuple[str, ...], bool]], fallback: int) -> str:
    """``text`` with each of the brief's emoji (see :func:`own_emoji`) where it stood: after
    the words it closed (and their full stop), or before the words it opened; where
    those words are not in ``text``, at ``fallback`` (the end of the first line). A run
    the text already holds (a sentence retold with its emoji inside) is not added again."""
    for run, words, before in own:
        if run in text:
            continue  # kept where the brief had it: never "Grand Feu ⌚ ⌚ montre"
        where = None
        if words:
            gap = r"[\W_]+"
            pattern = gap.join(re.escape(w) for w in words)
            match = rx(rf"(?i)(?<!\w){pattern}(?!\w)").search(text)
            if match and before:
                where, piece = match.start(), f"{run} "
            elif match:
                end = match.end()
                opened = text[:end].count("(") - text[:end].count(")")
                close = text.find(")", end)
                if opened > 0 and close >= 0:
                    end = close + 1  # never inside brackets: "(… un bar à jus) 😅"
                aside = rx(r" ?\([^()\n]*\)").match(text[end:])
                if aside:
                    end += aside.end()  # "today (she's a tortoise) 🐢🎂": after the aside
                signs = _SIGNS.match(text, end)  # "96 € 🙏", not "96 🙏 €"
                end += len(signs.group()) if signs else 0
                # the brief's emoji after a link closes the link's line, never wedged
                # between a label and it ("Anmeldung ❤️: …")
                linked = _LABELLED_LINK.match(text, end)
                end = linked.end() if linked else end
                stop = rx(r"[.!?…]+[\"')»\u201d]*").match(text[end:])
                where, piece = end + (stop.end() if stop else 0), f" {run}"
        if where is None:
            where, piece = min(fallback, len(text)), f" {run}"
            fallback += len(piece)
        elif where <= fallback:
            fallback += len(piece)
        text = text[:where] + piece + text[where:]
    return text
