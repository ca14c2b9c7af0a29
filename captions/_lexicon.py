"""The curated word data per language: cues, emoji, caption templates.

Everything ships as package data in ``captions/data/`` (YAML, read once per process
and language on first use, so a service that writes no offline caption pays nothing):

    data/lexicon/<lang>.yaml     function words, voice and intent cues, emoji by lemma,
                                 units, months, prepositions
    data/hashtags/<lang>.yaml    the hashtag taxonomy (read by _hashtags.py)
    data/templates/<lang>.yaml   hooks, body lines and calls to action (see _writer.py)

Cue entries are lemmas; ``word*`` matches a prefix, several words match as a phrase.
Matching goes through :func:`forms`, a small per-language plural/inflection stripper,
so a lexicon lists ``wedding`` and a post's ``weddings`` still matches.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace
from importlib import resources
from typing import Any

import yaml

from ._gazetteer import town_words
from ._nouns_de import german_listed_noun

__all__ = [
    "INTENTS",
    "LANGUAGES",
    "Cues",
    "Lexicon",
    "forms",
    "lexicon",
    "load_data",
]

LANGUAGES = ("en", "es", "de", "fr", "pt", "it")
INTENTS = (
    "product_launch",
    "sale",
    "event",
    "milestone",
    "food",
    "travel",
    "fitness",
    "home",
    "fashion_beauty",
    "pets",
    "hiring",
    "charity",
    "thank_you",
    "behind_the_scenes",
    "tip",
    "everyday",
)
_WORD = re.compile(r"[^\W_][\w'\u2019-]*|%", re.UNICODE)


def load_data(kind: str, language: str) -> dict[str, Any]:
    """One shipped YAML data file (``kind`` is ``lexicon``, ``templates`` or ``hashtags``).

    Raises:
        FileNotFoundError: naming the file and the languages that do ship.
    """
    path = resources.files("captions") / "data" / kind / f"{language}.yaml"
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        msg = (
            f"no {kind} data for language {language!r} (looked for {path}); "
            f"shipped: {', '.join(LANGUAGES)}"
        )
        raise FileNotFoundError(msg) from None
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    if not isinstance(data, dict):
        msg = f"{path}: expected a mapping at the top level, got {type(data).__name__}"
        raise ValueError(msg)
    return data


def forms(word: str, language: str) -> tuple[str, ...]:
    """``word`` (lower-case) and the lemma candidates its endings suggest."""
    w = word.lower().replace("\u2019", "'")
    out = [w]
    if "'" in w and language in ("fr", "it", "pt"):
        head, _, tail = w.partition("'")
        if len(head) <= 5 and len(tail) > 1:  # l'isola, dell'isola, d'été
            return (w, *forms(tail, language))
    n = len(w)
    if language == "en":
        if w.endswith("'s"):
            out.append(w[:-2])
        if w.endswith("ies") and n > 4:
            out.append(w[:-3] + "y")
        if w.endswith("es") and n > 4:
            out.append(w[:-2])
        if w.endswith("s") and not w.endswith("ss") and n > 3:
            out.append(w[:-1])
    elif language in ("es", "fr"):
        if w.endswith("es") and n > 4:
            out.append(w[:-2])
        if w.endswith(("s", "x")) and n > 3:
            out.append(w[:-1])
    elif language == "pt":
        for end, new in (("ões", "ão"), ("ães", "ão"), ("ais", "al"), ("eis", "el"), ("ns", "m")):
            if w.endswith(end) and n > len(end) + 1:
                out.append(w[: -len(end)] + new)
        if w.endswith("s") and n > 3:
            out.append(w[:-1])
    elif language == "it":
        # -i is the plural of -o and -e ('corsi' corso, 'lezioni' lezione), and of -a
        # only for the masculine nouns in -ista and -ma ('artisti', 'problemi'): never
        # 'corsi' corsa; -e is the plural of -a ('pizze'), never of -o
        if n > 3 and w[-1] == "i":
            stem = w[:-1]
            out += [stem + "o", stem + "e"]
            if stem.endswith(("ist", "m")):
                out.append(stem + "a")
            if stem.endswith(("ch", "gh")):
                out.append(stem[:-1] + "o")
        elif n > 3 and w[-1] == "e":
            stem = w[:-1]
            out.append(stem + "a")
            if stem.endswith(("ch", "gh")):
                out.append(stem[:-1] + "a")
    elif language == "de":
        for end in ("en", "er", "e", "n", "s"):
            if w.endswith(end) and n > len(end) + 3:
                out.append(w[: -len(end)])
    return tuple(dict.fromkeys(out))


@dataclass(frozen=True, slots=True)
class Cues:
    """A weighted cue list, split by how each entry matches."""

    words: dict[str, float] = field(default_factory=dict)
    prefixes: tuple[tuple[str, float], ...] = ()
    # (pattern, entry, weight, the entry's text before any "*": a phrase is searched for
    # only where that text stands, which spares most of the patterns on most posts)
    phrases: tuple[tuple[re.Pattern[str], str, float, str], ...] = ()
    compounds: bool = False
    # the prefixes by their first letter, in their order (a word is tried only against
    # the prefixes it could begin with)
    by_letter: dict[str, tuple[tuple[str, float], ...]] = field(
        default_factory=dict
    )  # German: a cue word may begin or end a longer word
    # the words the other intents list whole: never split into a cue of this one
    # ("Kleiderschrank" is furniture, listed for home, no "Kleid")
    listed: frozenset[str] = frozenset()

    @classmethod
    def build(cls, weighted: dict[Any, list[str]] | list[str], *, compounds: bool = False) -> Cues:
        """From ``{weight: [entries]}`` (or a plain list, weight 1).

        ``compounds``: match cue words inside compounds too (German ``Rückentraining``).
        """
        items = weighted.items() if isinstance(weighted, dict) else [(1, weighted)]
        words: dict[str, float] = {}
        prefixes: list[tuple[str, float]] = []
        phrases: list[tuple[re.Pattern[str], str, float, str]] = []
        for weight, entries in items:
            for raw in entries:
                entry = str(raw).lower().strip()
                if entry.endswith("*") and " " not in entry:
                    prefixes.append((entry[:-1], float(weight)))
                elif " " in entry or not entry.replace("'", "").replace("-", "").isalnum():
                    # "a medida !que": the phrase, never followed by "que" ("a medida que
                    # avanza el otoño" is "as autumn goes on", nothing made to measure)
                    entry, *nots = entry.split(" !")
                    literal = entry.split("*")[0]
                    phrases.append((_phrase_re(entry, nots), entry, float(weight), literal))
                else:
                    words[entry] = max(words.get(entry, 0.0), float(weight))
        by_letter: dict[str, list[tuple[str, float]]] = {}
        for prefix, weight in prefixes:
            by_letter.setdefault(prefix[:1], []).append((prefix, weight))
        letters = {k: tuple(v) for k, v in by_letter.items()}
        return cls(words, tuple(prefixes), tuple(phrases), compounds, letters)

    def matches(self, tokens: list[tuple[str, ...]], text: str) -> dict[str, float]:
        """Entry → weight for every entry found among ``tokens`` (forms) and ``text``."""
        found: dict[str, float] = {}
        for token_forms in tokens:
            for form in token_forms:
                weight = self.words.get(form)
                if weight is not None:
                    found[form] = weight
                    break
            else:
                word = token_forms[0]
                for prefix, weight in self.by_letter.get(word[:1], ()):
                    if word.startswith(prefix):
                        if len(word) <= len(prefix) + 3 or not _named(word, text, self.compounds):
                            found[prefix + "*"] = weight
                        break
                else:
                    if (
                        self.compounds
                        and len(word) >= 7
                        and word not in self.listed
                        and word not in town_words()
                    ):
                        part = self._compound_part(word)
                        if part is not None and not _town_ending(word, part):
                            found[part] = self.words[part]
        low = text.lower()
        for pattern, entry, weight, literal in self.phrases:
            if weight > found.get(entry, 0.0) and literal in low and pattern.search(text):
                found[entry] = weight  # an entry listed under two weights counts the higher
        return found

    def _compound_part(self, word: str) -> str | None:
        """The cue word that ends (or begins) a compound: Rücken|training, Spargel|zeit."""
        for i in range(1, len(word) - 3):
            tail = word[i:]
            if tail in self.words:
                return tail
        for i in range(len(word) - 2, 4, -1):
            head = word[:i]
            if head in self.words:
                return head
        return None


# the ends of German towns' names ("Meers|burg", "Lauter|bach", "Hildes|heim"): such a
# compound that the noun list lacks is a town, no castle, village or city
_TOWN_ENDS = ("burg", "berg", "dorf", "hausen", "heim", "stadt", "bach", "feld", "hagen")
# a word that opens a sentence or a line (what stands before it)
_OPENS = re.compile(r"(?:^|[.!?\n…]\s*|[.!?…][\"')\u201d]\s*)$")


def _town_ending(word: str, part: str) -> bool:
    """Whether the German ``word``, whose tail is the cue ``part``, is a town's name
    ("meersburg", "lindenstadt") rather than a compound noun ("sandburg", "altstadt")."""
    return word.endswith(part) and part.endswith(_TOWN_ENDS) and not german_listed_noun(word)


def _named(word: str, text: str, german: bool) -> bool:
    """Whether ``word`` (lower case) stands in ``text`` only as a name: capitalised
    within a sentence of a post that is otherwise written in lower case ("a walk by
    Applecross Bay" is a place, no apple). German writes every noun with a capital:
    there, no word is a name by its capital alone."""
    if german or not any(c.isupper() for c in text):
        return False
    words = re.findall(r"[^\W\d_]+", text)
    if sum(w[0].isupper() for w in words) * 2 > len(words):  # Title Case or capitals
        return False
    seen = False
    for m in re.finditer(rf"(?<![\w#@]){re.escape(word)}(?!\w)", text, re.IGNORECASE):
        written = m.group()
        if not written[0].isupper() or written.isupper() or _OPENS.search(text[: m.start()]):
            return False
        seen = True
    return seen


def _phrase_re(entry: str, nots: list[str] | None = None) -> re.Pattern[str]:
    body = re.escape(entry).replace(r"\*", r"\w*")
    start = r"(?<!\w)" if entry[:1].isalnum() else ""
    end = r"(?!\w)" if entry[-1:].isalnum() else ""
    if nots:  # the words that never follow it
        end += r"(?!\s+(?:" + "|".join(re.escape(w) for w in nots) + r")(?!\w))"
    return re.compile(start + body + end, re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """One language's curated data, prepared for matching."""

    language: str
    function_words: frozenset[str]
    voice_we: Cues
    voice_i: Cues
    sensitive: Cues
    farewell: Cues  # the sensitive cues that also say goodbye to a season, a shop, a place
    meta: Cues
    intents: dict[str, Cues]
    emoji: dict[str, str]
    intent_emoji: dict[str, str]
    generic_nouns: frozenset[str]
    number_words: frozenset[str]
    months: frozenset[str]
    weekdays: frozenset[str]
    relative_days: tuple[str, ...]
    place_preps: frozenset[str]
    person_preps: frozenset[str]
    list_and: frozenset[str]
    units: frozenset[str]
    flags: dict[str, tuple[frozenset[str], Cues]]  # flag → (intents it refines, cues)
    not_subject: frozenset[str] = frozenset()  # describing words: never a subject alone
    # cue words that say what a post is for, never what it is about: the verbs that
    # invite, celebrate, thank or collect ("join us", "vi aspettiamo", "celebramos") and
    # the seats and tickets a gathering sells; a cue phrase with one is no subject
    purpose_only: frozenset[str] = frozenset()
    # everyday words here that the English profanity list would cut (fr "retard" is a
    # delay, de "dick" is thick): kept in this language's captions
    plain_words: frozenset[str] = frozenset()
    # derived from ``intents`` once, when the lexicon is built (read per word in a post):
    # every single-word cue of every intent (words a name is not made of), every phrase
    # cue, and the words of the phrase cues
    all_cue_words: frozenset[str] = frozenset()
    cue_phrases: frozenset[str] = frozenset()
    cue_phrase_words: frozenset[str] = frozenset()


def _words(value: Any) -> frozenset[str]:
    if isinstance(value, str):
        return frozenset(value.lower().split())
    return frozenset(str(v).lower() for v in value or [])


@functools.cache
def lexicon(language: str) -> Lexicon:
    """The prepared lexicon of ``language`` (one of :data:`LANGUAGES`).

    Raises:
        FileNotFoundError: the language ships no lexicon.
    """
    data = load_data("lexicon", language)
    intents = data.get("intents") or {}
    unknown = sorted(set(intents) - set(INTENTS))
    if unknown:
        msg = f"lexicon {language}: unknown intent(s) {unknown}; expected some of {INTENTS}"
        raise ValueError(msg)
    built = {
        name: Cues.build(intents.get(name) or {}, compounds=language == "de") for name in INTENTS
    }
    if language == "de":
        listed = frozenset(word for cues in built.values() for word in cues.words)
        built = {name: replace(cues, listed=listed) for name, cues in built.items()}
    phrases = frozenset(entry for cues in built.values() for _p, entry, _w, _l in cues.phrases)
    return Lexicon(
        language=language,
        function_words=_words(data.get("function_words")),
        voice_we=Cues.build(data.get("voice_we") or []),
        voice_i=Cues.build(data.get("voice_i") or []),
        sensitive=Cues.build(data.get("sensitive") or []),
        farewell=Cues.build(data.get("farewell") or []),
        meta=Cues.build(data.get("meta") or []),
        intents=built,
        emoji={str(k).lower(): str(v) for k, v in (data.get("emoji") or {}).items()},
        intent_emoji={str(k): str(v) for k, v in (data.get("intent_emoji") or {}).items()},
        generic_nouns=_words(data.get("generic_nouns")),
        number_words=_words(data.get("number_words")),
        months=_words(data.get("months")),
        weekdays=_words(data.get("weekdays")),
        relative_days=tuple(str(d).lower() for d in data.get("relative_days") or []),
        place_preps=_words(data.get("place_preps")),
        person_preps=_words(data.get("person_preps")),
        list_and=_words(data.get("list_and")),
        units=_words(data.get("units")),
        not_subject=_words(data.get("not_subject")),
        purpose_only=_words(data.get("purpose_only")),
        plain_words=_words(data.get("plain_words")),
        flags={
            str(name): (frozenset(spec.get("intents") or []), Cues.build(spec.get("cues") or []))
            for name, spec in (data.get("flags") or {}).items()
        },
        all_cue_words=frozenset(w for cues in built.values() for w in cues.words),
        cue_phrases=phrases,
        cue_phrase_words=frozenset(w for entry in phrases for w in entry.split()),
    )


def tokens_of(text: str) -> list[str]:
    """The words of ``text`` as written (letters/digits inside, ``%`` alone)."""
    return _WORD.findall(text)
