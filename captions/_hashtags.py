"""Hashtags people search: the brand's own, the subject's, the place's, the category's.

Built from what :mod:`captions._understand` read, never from n-grams, with the curated
taxonomy of ``data/hashtags/<lang>.yaml``. In order: the tags the content carries (the
brand's own, kept first); the subject's tag in CamelCase (``#IronTemple``, which
screen readers say as words) or the search term it is (``#monstera``); the search
terms of the post's main things (the dish, the dance, the sport), in the order the
post names them; the place (after them: a forró night is searched by ``#forró`` first;
a wedding's or a pet's birthday's category leads the things, after the place);
category tags of the post's sub-domain (a salon gets ``#hairsalon``, not ``#ootd``;
tomato tips ``#gardening``); the things named after the opening sentence; the
intent's generic tags (``#event``, ``#tips``, ``#milestone``), which only fill (a
subject that is one of them, "Cinque *consigli*", fills with them); side
details (what comes "with" the main thing) last. A post whose
opening names its topic (``Jazz night``, ``Brew day``) or whose shop names its trade
tags neither the things of its later sentences nor its side details (the wine with
the jazz, the cookies after the yoga), nor a common-noun subject read after a "with",
nor a category named only by a side detail (the coffee with the pottery class).

What the post rules out (the taxonomy's ``excepting``, ``negating`` and
``excluded_after`` words: the rest of a clause after "except", "sauf", "außer",
"excepto", "tranne", "exceto"; a few words after "no", "ohne", "sans"; the clause before
"not included", "exclus", "esclusi"; the list after a ``where_lists`` label such as
"drop-off points:", "pontos de recolha:") is no tag and no category cue: a sale whose
"Record Store Day titles not included" gets no #RecordStoreDay, a dog for a home with
"no cats" no #catsofinstagram. A tag the user wrote stays.
An English job's describing word is left out of its searched title ("an experienced
electrician" → ``#electrician``, not ``#ExperiencedElectrician``).
A colour word (the taxonomy's ``colours``) that describes an animal or a thing is no
tag: next to a colour noun ("perrita color *café*", "cor de *café*"), next to an animal,
or beside a plain colour in a sentence that names an animal ("a *chocolate* and white
spaniel"); a post about colours (``colour_topics``: a paint shop's) keeps it, and so
does a food ("white chocolate").
German writes a thing's kind inside its name ("*Schallplatten*-Flohmarkt",
"*Gusseisen*pfanne"): a compound's first part that is a search term is still tagged,
and a launch's or a sale's name is the rest ("die Gusseisenpfanne Glut" → ``#Glut
#gusseisen``; a whole-word kind stays in the name: ``#RucksackFalke4``).
A tag is a whole name or a real search term, never a piece of one: a word that only
qualifies the next one (``red wine jus``), a name inside a longer name or term
(``Couch to 5K``, ``Tête d'Or``, ``Line 4``, ``our New Year's Eve``), a name that only
says which kind of a dish (``tarte Tatin``) or what a thing is like (``empanadas like
those of Chile``, which comes after the thing) gives no tag of its own; no tag starts
with an article (nor an elided one: "un'educatrice" → ``#educatrice``), a determiner,
a pronoun or a number word, and a one-word name after
its article gives none (``The Crown``), nor a name's last word after a capitalised
function word mid-sentence (``into To Sua trench``, ``la boulangerie Chez Teiva``);
an ordinal, a capitalised adjective
(``Turkish``), a description of a generic noun (``a quiet home``) and a verb read into
a subject (``atelier fête ses 20 ans``) are left out; a compound and its pieces never
go together. An adverb (a one-word tag with the language's adverb ending,
``exceptionnellement``, ``finalmente``, ``honestly``), a title (``Dr``), a greeting
(``welcome``), a time of day or a unit (``Kilometer``) is never a tag; a class or a
workshop is tagged by what it teaches (``Yoga-Kurs``, ``atelier poterie`` → ``#yoga``,
``#poterie``). A one-word person's name (``thanks to Maria``, a welcome to Jana, ``Giulia vi
aspetta``: a name that waits for the reader) and a
verb led by its object pronoun (``os esperamos``, ``vi aspettiamo``) give no tag; a
pet's name stays (``#Luna``), alone after its common noun (``perrita Kira`` →
``#Kira``). A handmade tag needs a craft; an English word before an adjective or a
preposition ("sourdough starter *alive*", "linen shirts *until*") is no qualifier, nor
is one before a number word. Home category tags need the post to name a home thing (a
room, decor, plants, furniture): a morning routine is no #interiordesign. Sale, hiring
and behind-the-scenes category tags need the post to name a discount, a job offer or a
process (a welcome to a new colleague is no job offer). A closure or an apology takes no
category, no search terms and no common-noun subject (a step of a how-to's or a tip's
list that closes a thing, "4. Cerradas a mano con 14 pliegues", closes no shop); an
everyday post takes no generic everyday tag. A sub-domain marked ``only`` (a wedding, a
pet's birthday, its emoji counting as cues) replaces the intent's generic tags and goes
before the post's other things. No tag carries a piece of a
figure (``#400Members``, ``#000Abonnés`` from "1 000", ``#Mal3`` from "Mal 3 x 10"), an
amount (``ein Stück Leberwurst``), a contact channel (``WhatsApp``) or a notice word
(``Wichtige Info``); a one-word name mid-sentence (a pet called Churro) is no search term
and no category cue; one word twice in another form or accent (``#evento #eventi``,
``#adotenaocompre #adotenãocompre``) is kept once; an anniversary tag needs years; a
volunteer call read as food, a sale or a launch takes the charity's tags; a street's
town written after a preposition of place ("no Porto") is tagged too, and so is a town
so written when the post names no other place. A town the post only names ("Danke
Leipzig", "Portland's best") is tagged from the shipped gazetteer (:mod:`._gazetteer`),
as written, after the post's own places and two places at most, unless it is a piece of
a longer name ("London Grill", "Café de Paris"), a person ("with Adelaide", "Sydney and
I") or a common word of the language where any word is capitalised ("Nice weather",
"das Essen"). A pet post tags the animal's kind
(``#greyhound``) wherever it is named; a product's own number stays (``#Trailhead2``);
a call for people ("Buscamos voluntarios") gives no tag; a breed before a pet's name
leaves the name (``Labrador Bruno`` → ``#Bruno``); a lower-case word after "our" and the
animal's kind is its name, no food ("our rescue greyhound porridge" → ``#greyhound``);
two tags that open with the same word (``#newcollection #newrelease``) are one too many.
When the subject is no name, the business the opening sentence names ("5 years of Iron
Harbour Boxing") is tagged after it. Banned/spam tags (``config/banned_hashtags.txt``),
clichés, brand-banned and profane words never pass.
What the reader is told to bring ("Llevad botas y un bocadillo") and a thing right
after a word of time ("after coffee", "nach dem Kaffee") are kit or a moment, never a
tag nor a subject; on a post that is not about food (nor a job) and whose first thing
is none, a dish or a drink named after it is a side detail ("physio tip … o un café"),
unless joined to it ("yoga and brunch"). When the opening names a thing of its own, a
trade named only inside a venue's name ("tango all'Enoteca Rossi") gives no category; a
town inside a search term ("vinho do Porto") and a name read as the one thanked ("grazie
a Marta", "Thanks to Dave and Priya") are no place and no tag; what a party serves is no
topic of a non-food post ("Sabato caffè e dolci per festeggiare"), nor of one whose own
words say its kind (a blood drive's #doação: "a malta está lá para o café depois", a
tea the taxonomy's drinks name), unless its opening names food ("La nostra trattoria
compie 40 anni": the lasagne it offers); a day's post keeps its pancakes, a market its
stalls. A word that
opens a town's name ("aqui em *rio* branco") and a venue's head alone ("au *Centre*
culturel de …", "*Théâtre* antique") are pieces of a name, no tags. A one-word
place after its lower-case place word is tagged with it ("au lac Vert" → ``#LacVert``,
not ``#Vert``). A town whose name goes on in "de los …", "de la …" is tagged whole or
not at all ("San Sebastián de los Reyes" is no #SanSebastián, "Villanueva de la Cañada"
#VillanuevaDeLaCañada, not #Villanueva; "Cortina d'Ampezzo" keeps #Cortina). A domain's
``unless`` cues rule it out (a birthday counts years and is no anniversary); an
``unnamed`` domain reads its cues and ``unless`` words outside the post's names (a
grandmother's 90th is a birthday, "Trattoria da Nonno Beppe" turning 40 is none). In
es/fr/it/pt a launch's named product gets its kind's tag, never its one-word name alone
("la nostra nuova *borraccia* termica Fiume" → ``#borraccia``: #Fiume is a river).
An idiom's words (the taxonomy's ``idioms``: "give us a ring", "tag {n} friends", any count)
name no thing, and what a later sentence tells of a past year ("Back in 2001 we printed
our first wedding invitations") is an anecdote: neither gives a tag or a category. A
sub-domain marked ``replaces`` and named first (a plant's care, a drink) leaves out the
intent's generic tags (no #homedecor on cyclamen care, no #foodblogger on a Glühwein)
without leading the post's things. A sub-domain marked ``opening`` counts only in the
opening sentence, which says what tips are about (a wood stove's tips are #holzofen, a
winter sea dip's #wildswimming; a plant kept "away from the fireplace" in one of the tips
is no heating tip). A year after a name's "de"/"von" says when the thing
was made ("Omega Seamaster de 1962" → ``#OmegaSeamaster``). The gazetteer knows
countries and regions too ("Gracias, Asturias" → ``#Asturias``); a town a post's goods
come from is tagged ("Desde Vitoria os traemos …"); a formula around a place (the
taxonomy's ``place_openers``: "Saudades da Madeira", "Sapori di Sicilia", "Greetings
from Cornwall") is tagged by the place alone, and a dish named after its place
("Yorkshire puddings") is a search term, which no place tag is cut from; a region keeps
its article ("aus der Toskana" → ``#Toskana``). A describing word before a search term
leaves the term as the subject's tag ("fresh oysters" → ``#oysters``). German capitalises
nouns, so a description reads as a name: with a preposition inside ("Heißer Apfelpunsch
am Feuer") its thing is the tag (``#punsch``), and "X der <trade> <name>" ("die Werkstatt
der Druckerei Maulwurf") is the business's (``#DruckereiMaulwurf``).
The kind of business a name says it is (the taxonomy's ``trades``: "Larchwood
*Bouldering*", "*Messerschmiede* Eisenfalk", "*Osteria* del Mulino", "notre
*microbrasserie* Houblon Fou") is tagged in every language, right after the name, as
people search the trade (``#bouldering``, ``#messerschmiede``, ``#osteria``), unless the
name is only the venue a post's own thing is held at ("Lesung *im* Buchladen X").
A list that details what the post has named (what a donation needs, what a finished
room or a trip holds: "most needed: tinned soup, oats, nappies", "murs vert sauge, une
étagère de livres et des rideaux") tags none of its items, unless most of them are search
terms or the post is about food; a list the sentence opens with, a product's figures
("5 Liter, emailliert, 149 €") and commas around a day, an hour or an address make no
list. A street's words are no category cue ("Baker St" names no bakery). German
capitalises every noun, so "<noun> von <…>" (a thing and whose it is or how it is made:
"Kinderzimmer von Jonas", "Tag von Hand") and a colour named after a thing ("Wände in
*Salbeigrün*") read as names: neither is a tag.
When fewer relevant tags exist than were asked for, fewer are returned, with a note,
rather than filler.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from ._dishes import dishes_in, in_a_dish
from ._gazetteer import gazetteer, plain_towns, town_words
from ._keywords import words_of
from ._lexicon import LANGUAGES, Lexicon, forms, lexicon, load_data
from ._names_rom import unknown_word
from ._nouns_de import german_noun_form
from ._regex import rx
from ._understand import WEEKLY_CLOSURE, Post, in_company, shows_animal, trade_animal_spans
from ._verbs import plural_present

__all__ = [
    "Taxonomy",
    "camel_tag",
    "clean_tag",
    "post_hashtags",
    "split_tag_words",
    "tag_from_words",
    "tags_in",
    "taxonomy",
]

_TAG_IN_TEXT = re.compile(r"(?<![\w&])#(\w+)", re.UNICODE)
_INVALID = re.compile(r"[^\w]", re.UNICODE)
_TOKEN = re.compile(r"[^\W_][\w'\u2019-]*|%|&", re.UNICODE)
_GENDER = re.compile(
    r"(?<=\w)(?:[/:*\u00b7](?:a|as|o|os|in|innen|e|es|ra|una|un|se|euse|ère|rice)\b|\((?:e|a|in|se|euse|ère|rice)\))"
)
# after a name: "d'Or", "de la Villa", "of the Lakes" — the name goes on
_NAME_GOES_ON = re.compile(
    r"[ \t]*(?:d|l|dell|dall|nell|sull|all)['\u2019][A-ZÀ-Ýa-zà-ý]"
    r"|[ \t]+(?:of|on|at|in|by|under|over|de|del|di|da|do|du|della|von)[ \t]+"
    r"(?:la|el|the|le|les|lo|los|das|der)[ \t]+[A-ZÀ-Ý]"
)
# "la Fête *du cinéma*", "la Festa *della mamma*": a capitalised word whose phrase goes on
# in lower case (a day, a fête, a night) names nothing alone
_PHRASE_GOES_ON = re.compile(
    r"[ \t]+(?:du|des|de|del|della|dei|degli|delle|di|do|da|dos|das)[ \t]+"
    r"(?:(?:la|las|los|le|les|lo|el|a|o)[ \t]+|l['\u2019])?[a-zà-ÿ]"
)
_ORDINAL = re.compile(r"(?<![\w.])\d+(?:st|nd|rd|th|er|re|e|ème|º|ª|°|\.)(?![\w.])", re.IGNORECASE)
_MAX_TAG_CHARS = 30
_MAX_SUBJECT_WORDS = 2  # a common-noun subject longer than this is a description
_MAX_NAME_WORDS = 4
_MAX_TERMS = 3  # search terms of the post's main things
_MAX_LATER_TERMS = 2  # search terms of things named after the opening sentence
_MAX_EXTRA_PLACES = 1  # places beyond the post's own
_MAX_PLACES = 2  # a town the post only names adds no tag past this many places


def tags_in(text: str) -> list[str]:
    """The ``#tag`` bodies written in ``text``, in order."""
    return _TAG_IN_TEXT.findall(text)


@functools.lru_cache(maxsize=4096)
def split_tag_words(body: str) -> tuple[str, ...]:
    """The words of a run-together ASCII tag body (``sundayfunday`` → sunday, funday)."""
    if not body.isascii() or not body.isalpha() or len(body) < 8:
        return (body.lower(),)
    # imported on first use: its word model costs ~13 MiB of memory
    import wordninja

    parts = [p.lower() for p in wordninja.split(body)]
    if len(parts) > 1 and all(len(p) >= 3 for p in parts):
        return tuple(parts)
    return (body.lower(),)


def tag_from_words(words: Iterable[str], *, split: bool = True) -> str | None:
    """``#word`` for one word, ``#CamelCase`` for several; None if nothing valid is left.

    ``split``: run-together English words are split with wordninja (off for other
    languages, whose words wordninja does not know).
    """
    parts: list[str] = []
    for word in words:
        body = _INVALID.sub("", word.replace("'", "").replace("\u2019", ""))
        if body:
            parts.extend(split_tag_words(body) if split else (body.lower(),))
    if not parts:
        return None
    body = parts[0].lower() if len(parts) == 1 else "".join(p[:1].upper() + p[1:] for p in parts)
    return clean_tag(body)


def clean_tag(raw: str) -> str | None:
    """A valid ``#tag`` (letters, digits, underscore; not only digits; ≤ 30 chars) or None."""
    body = _INVALID.sub("", raw.lstrip("#"))
    if len(body) < 2 or len(body) > _MAX_TAG_CHARS or body.replace("_", "").isdigit():
        return None
    return f"#{body}"


def _phrase_words(phrase: str) -> list[str]:
    phrase = _GENDER.sub("", phrase)  # "camarero/a", "un/a parrucchiere/a", "vendeur·se"
    phrase = rx(r"(?<=[^\W\d])/[^\W\d]+").sub("", phrase)  # "Koch/Köchin": the first form
    # "un'educatrice", "l'apprentie": an elided article is a word of its own (then left
    # out as a leading word); "L'Osteria", "d'Or" begin a name and stay joined
    phrase = _ELIDED.sub(
        lambda m: m.group(1) + " " if m.group(1).lower() in _leading_words(None) else m.group(0),
        phrase,
    )
    words = [rx(r"['\u2019]").sub("", w) for w in rx(r"[^\W_][\w'\u2019]*").findall(phrase)]
    return [w for w in words if w]


_ELIDED = re.compile(r"(?<!\w)(\w{1,4})['\u2019](?=[a-zà-ÿ])")


def camel_tag(phrase: str, language: str | None = None) -> str | None:
    """``#IronTemple`` for "Iron Temple", ``#LuigisTrattoria`` for "Luigi's Trattoria".

    Leading articles, determiners and pronouns are dropped (``#RiversideMakersMarket``
    for "The Riverside Makers Market"); a phrase of nothing else gives None, and so
    does a name of one word after its article ("The Crown" is not #Crown).
    ``language``: whose such words to drop besides English (all six when None).
    """
    words = _phrase_words(phrase)
    lead = _leading_words(language)
    stripped = False
    while words and words[0].lower() in lead:
        words, stripped = words[1:], True
    if not words or (stripped and len(words) == 1 and phrase[:1].isupper()):
        return None
    if len(words) == 1:
        word = words[0]
        body = word if word[:1].isupper() else word.lower()
    else:
        body = "".join(w[:1].upper() + w[1:] for w in words)
    return clean_tag(body)


# -- the taxonomy ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Match:
    """Words, ``prefix*`` entries and phrases of several words, matched on a post."""

    words: frozenset[str]
    prefixes: tuple[str, ...]
    phrases: tuple[str, ...]
    emoji: tuple[str, ...] = ()  # "🐶": matched anywhere in the text

    @classmethod
    def build(cls, entries: Iterable[Any]) -> _Match:
        words: set[str] = set()
        prefixes: list[str] = []
        phrases: list[str] = []
        emoji: list[str] = []
        for raw in entries:
            entry = str(raw).lower().strip()
            if entry and not any(c.isalnum() for c in entry):
                emoji.append(entry)
            elif entry.endswith("*") and " " not in entry:
                prefixes.append(entry[:-1])
            elif " " in entry:
                phrases.append(entry)
            else:
                words.add(entry)
        return cls(frozenset(words), tuple(prefixes), tuple(phrases), tuple(emoji))

    def hit(self, seen: _Seen) -> bool:
        return self.first(seen) is not None

    def first(self, seen: _Seen) -> int | None:
        """The index of the first of the post's words an entry matches, or None."""
        best: int | None = None
        for index, (word, word_forms) in enumerate(zip(seen.words, seen.forms, strict=True)):
            if self.words.intersection(word_forms) or any(
                word.startswith(p) for p in self.prefixes
            ):
                best = index
                break
        for phrase in self.phrases:
            at = seen.joined.find(f" {phrase} ")
            if at >= 0:
                index = seen.joined.count(" ", 0, at)
                best = index if best is None else min(best, index)
        if best is None and any(e in seen.text for e in self.emoji):
            return len(seen.words)
        return best


@dataclass(frozen=True, slots=True)
class _Domain:
    cues: _Match
    tags: tuple[str, ...]
    only: bool = False  # the intent's own, generic tags do not fit ("a wedding": no #milestone)
    unless: _Match | None = None  # a post naming one is another thing (a birthday: no years)
    # these waive ``unless``: a grandad who opened the shop is its founder, and the years
    # it counts are the shop's
    waived: _Match | None = None
    # named first, the intent's generic tags are off-key (a plant's care is no #homedecor,
    # a mulled wine no #foodblogger), but it does not lead the post's things
    replaces: bool = False
    # its cues and ``unless`` words count only outside the post's names: "Nonno" in
    # "Trattoria da Nonno Beppe" names the business, no grandparent's birthday
    unnamed: bool = False
    # it fits only a post the reading flagged so: an adoption appeal's tags go on a pet
    # that needs a home, not on one adopted long ago, nor on a sofa the cat "adopted"
    flag: str | None = None
    # a birthday a business celebrates ("Happy birthday to us! Copperkettle Tearoom turns
    # 5", "Die Buchhandlung Seitenwind feiert Geburtstag") is its anniversary: these tags
    # instead, unless one of ``kin`` (a relative, a pet) has the birthday
    business: tuple[str, ...] = ()
    kin: _Match | None = None
    # a charity's domain that names a cause: a sale or a thanks naming it is a charity's
    # (a clean-up's volunteers); one that names only who is helped or how ("quaderni"
    # on a stationer's sale, a book fair's schools) makes no post a charity's
    cause: bool = True
    # its cues count only in the opening sentence, which says what the tips are about: a
    # Christmas tree kept "away from the fireplace" in one of them is no heating tip
    opening: bool = False


@dataclass(frozen=True, slots=True)
class _IntentTags:
    tags: tuple[str, ...]  # the intent's own category tags, after its sub-domain's
    needs: _Match | None  # without one of these in the post, the category is off-key
    domains: tuple[_Domain, ...]


@dataclass(frozen=True, slots=True)
class Taxonomy:
    """One language's hashtag data (``data/hashtags/<lang>.yaml``), ready for matching."""

    language: str
    leading: frozenset[str]  # articles, determiners, pronouns: never a tag's first word
    determiners: frozenset[str]  # after a phrase, they show its last word was a verb
    joiners: frozenset[str]  # inside one name: "Couch *to* 5K"
    style_joiners: frozenset[str]  # "bacalhau *à* Brás": the name closes a dish's name
    of_words: frozenset[str]  # "jus *de* vin": what follows qualifies what goes before
    side: frozenset[str]  # "with": what follows is a side detail
    passing: frozenset[str]  # "bring": what follows in the sentence is kit, not the topic
    when: tuple[str, ...]  # "after": the thing right after it only says when
    new_words: frozenset[str]  # "nuova": the noun after it is a launch's kind of product
    compare: frozenset[str]  # "like": a name after it is no main subject
    # "*Saudades* da Madeira", "*Greetings* from Cornwall": before "of"/"from", the place
    # is what the phrase names
    place_openers: frozenset[str]
    generic_heads: frozenset[str]  # "pizza *night*": the word before is the content
    trailing: frozenset[str]  # "clean-up *number* 50": never a tag's last word
    place_heads: frozenset[str]  # "Rochdale *Canal*": a name that is a place
    demonyms: frozenset[str]  # "Turkish": an adjective, never a tag alone
    describing: frozenset[str]  # "*vegan* bourguignon": a term even before a noun
    never: frozenset[str]  # time zones and the like: no one searches them
    clitics: frozenset[str]  # "*os* esperamos": a phrase led by one is a verb's
    adverb_endings: tuple[str, ...]  # "-ment", "-mente", "-ly": an adverb, never a tag
    adjective_endings: tuple[str, ...]  # English "-ive", "-ous": "starter *alive*"
    not_heads: frozenset[str]  # "shirts *until* Sunday": no term qualifies these
    closure: _Match  # "closed", "fermé": a notice, which takes no category or term tags
    colours: frozenset[str]  # "brown", "café", "chocolate": a colour, when it describes
    colour_nouns: frozenset[str]  # "colour", "pelaje", "Fell": what a colour word follows
    colour_topics: _Match  # "paint", "pintura": a post about colours tags them
    excepting: tuple[str, ...]  # "except", "sauf": the rest of the clause is ruled out
    negating: tuple[str, ...]  # "no", "ohne", "sans": the next few words are ruled out
    excluded_after: tuple[str, ...]  # "not included", "esclusi": the clause before is
    idioms: tuple[str, ...]  # "give us a ring": its words name no thing
    # "drop-off points:", "pontos de recolha:": the list of places after it (to the end
    # of the sentence) says where to go, not what the post is about
    where_lists: tuple[str, ...]
    intents: dict[str, _IntentTags]
    terms: dict[str, tuple[str, ...]]  # search terms: word or phrase → tags
    # the kinds of business a name says it is ("Bouldering", "Osteria") → tags
    trades: dict[str, tuple[str, ...]]
    # German compounds' last parts ("-schmiede", "-rösterei") → tags beside the compound's
    trade_endings: tuple[tuple[str, tuple[str, ...]], ...]
    term_prefixes: tuple[tuple[str, tuple[str, ...]], ...]
    phrase_starts: frozenset[str]  # first words of the terms of several words


def _words(value: Any) -> frozenset[str]:
    if isinstance(value, str):
        return frozenset(value.lower().split())
    return frozenset(str(v).lower() for v in value or [])


def _phrases(value: Any) -> tuple[str, ...]:
    return tuple(str(v).lower() for v in value or ())


@functools.cache
def taxonomy(language: str) -> Taxonomy:
    """The hashtag taxonomy of ``language`` (one of the shipped languages).

    Raises:
        FileNotFoundError: the language ships no taxonomy.
        ValueError: an intent the engine does not know.
    """
    data = load_data("hashtags", language)
    known = set(lexicon(language).intents)
    intents: dict[str, _IntentTags] = {}
    for name, spec in (data.get("intents") or {}).items():
        if name not in known:
            msg = f"hashtags {language}: unknown intent {name!r}"
            raise ValueError(msg)
        intents[name] = _IntentTags(
            tags=tuple(spec.get("tags") or ()),
            needs=_Match.build(spec["needs"]) if spec.get("needs") else None,
            domains=tuple(
                _Domain(
                    _Match.build(d.get("cues") or ()),
                    tuple(d.get("tags") or ()),
                    only=bool(d.get("only")),
                    unless=_Match.build(d["unless"]) if d.get("unless") else None,
                    waived=_Match.build(d["waived"]) if d.get("waived") else None,
                    replaces=bool(d.get("replaces")),
                    unnamed=bool(d.get("unnamed")),
                    flag=str(d["flag"]) if d.get("flag") else None,
                    business=tuple(d.get("business") or ()),
                    kin=_Match.build(d["kin"]) if d.get("kin") else None,
                    cause=d.get("cause", True) is not False,
                    opening=bool(d.get("opening")),
                )
                for d in (spec.get("domains") or {}).values()
            ),
        )
    terms: dict[str, tuple[str, ...]] = {}
    prefixes: list[tuple[str, tuple[str, ...]]] = []
    for raw, tags in (data.get("terms") or {}).items():
        key = str(raw).lower()
        if key.endswith("*"):
            prefixes.append((key[:-1], tuple(tags)))
        else:
            terms[key] = tuple(tags)
    trades: dict[str, tuple[str, ...]] = {}
    endings: list[tuple[str, tuple[str, ...]]] = []
    for raw, tags in (data.get("trades") or {}).items():
        key = str(raw).lower()
        if key.startswith("*"):
            endings.append((key[1:], tuple(tags or ())))
        else:
            trades[key] = tuple(tags or ())
    return Taxonomy(
        language=language,
        leading=_words(data.get("leading")),
        determiners=_words(data.get("determiners")),
        joiners=_words(data.get("joiners")),
        style_joiners=_words(data.get("style_joiners")),
        of_words=_words(data.get("of_words")),
        side=_words(data.get("side")),
        passing=_words(data.get("passing")),
        when=tuple(str(w).lower() for w in data.get("when") or ()),
        new_words=_words(data.get("new_words")),
        compare=_words(data.get("compare")),
        place_openers=_words(data.get("place_openers")),
        generic_heads=_words(data.get("generic_heads")),
        trailing=_words(data.get("trailing")),
        place_heads=_words(data.get("place_heads")),
        demonyms=_words(data.get("demonyms")),
        describing=_words(data.get("describing")),
        never=_words(data.get("never")),
        clitics=_words(data.get("clitics")),
        adverb_endings=tuple(sorted(_words(data.get("adverb_endings")), key=len)),
        adjective_endings=tuple(sorted(_words(data.get("adjective_endings")), key=len)),
        not_heads=_words(data.get("not_heads")),
        closure=_Match.build(data.get("closure") or ()),
        colours=_words(data.get("colours")),
        colour_nouns=_words(data.get("colour_nouns")),
        colour_topics=_Match.build(data.get("colour_topics") or ()),
        excepting=_phrases(data.get("excepting")),
        negating=_phrases(data.get("negating")),
        excluded_after=_phrases(data.get("excluded_after")),
        idioms=_phrases(data.get("idioms")),
        where_lists=_phrases(data.get("where_lists")),
        intents=intents,
        terms=terms,
        term_prefixes=tuple(prefixes),
        trades=trades,
        trade_endings=tuple(sorted(endings, key=lambda e: -len(e[0]))),
        phrase_starts=frozenset(k.split()[0] for k in terms if " " in k),
    )


@functools.cache
def _leading_words(language: str | None) -> frozenset[str]:
    if language is None:
        return frozenset().union(*(taxonomy(lang).leading for lang in LANGUAGES))
    return taxonomy(language).leading | taxonomy("en").leading


# -- reading the post for tags ----------------------------------------------------------

_MARKUP = re.compile(
    r"https?://\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w@])@[\w.]+|(?<![\w&])#\w+",
    re.UNICODE,
)
_forms = functools.lru_cache(maxsize=16384)(forms)


@functools.cache
def _junk(language: str) -> frozenset[str]:
    """Words never a tag alone: function, generic, number, date, leading words, …"""
    lex, tax = lexicon(language), taxonomy(language)
    plain, dates = _plain_and_dates(language)
    return (
        plain | lex.generic_nouns | lex.number_words | lex.units | dates | tax.never | tax.demonyms
    )


@functools.cache
def _plain_and_dates(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """Function words, leading words and determiners; weekdays and months (+ English)."""
    lex, tax, en = lexicon(language), taxonomy(language), lexicon("en")
    plain = lex.function_words | tax.leading | tax.determiners
    return plain, lex.weekdays | lex.months | en.weekdays | en.months


@dataclass(frozen=True, slots=True)
class _Token:
    text: str
    low: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _Seen:
    """The post's words as the taxonomy matches them."""

    words: tuple[str, ...]
    forms: tuple[tuple[str, ...], ...]  # each word's forms (plural → singular …)
    joined: str  # " word word … " for phrases
    text: str = ""  # the text itself, for emoji cues


@dataclass(frozen=True, slots=True)
class _Term:
    start: int  # character offsets of the term in the text
    end: int
    tags: tuple[str, ...]
    side: bool  # a side detail (after "with")
    kit: bool = False  # what to bring or a time ("bring boots", "after coffee"): never a tag


# "10k", "5K": a figure in thousands, a race's distance or a count
_THOUSANDS = re.compile(r"\d+k")
# what stands before a race's distance ("my first *10k*", "ran a *5k*", "sub-50 *10k*")
_RACE_BEFORE = _words(
    "a my our the his her their first second next another ran run running race racing"
    " fastest flat hilly trail virtual"
)

# what follows a race's distance ("10k *under* an hour", "5k *done*", "10k *pb*")
_AFTER_A_RACE = _words(
    "under in at on around through along done finished complete completed pb pr race run"
    " time split splits and or with"
)

# German: who does an activity a lower-case verb names ("heute laufen *wir*")
_DE_DOERS = frozenset(["wir", "ich", "ihr", "du", "man"])

# a figure with its currency, then the word that makes the next noun the unit it buys:
# "$15 a bag", "£2 per slice", "3 € al kilo", "1,20 € l'etto", "2 € la pièce", "5 € pro Tüte"
_PRICE_UNIT = re.compile(
    r"(?:[$€£¥][ \t]?\d[\d.,]*|\d[\d.,]*[ \t]?(?:[$€£¥]|eur|euros?|dollars?|reais|chf)"
    r"|\bR\$[ \t]?\d[\d.,]*)[ \t]*(?:/[ \t]*|(?:a|an|per|each|the|le|la|l'|l\u2019|il|lo"
    r"|el|al|alla|au|à|la|por|pro|je|o|a|um|uma|cada|par|das|die|der|den)[ \t]+|l['\u2019])$",
    re.IGNORECASE,
)


# how many words may stand between "our" and the animal's kind before a pet's name
# ("our *new rescue* greyhound porridge", "nuestra perrita canela")
_OURS_BEFORE_KIND = 3


class _Reader:
    """One post's text, tokens and the taxonomy's view of them."""

    def __init__(self, post: Post, tax: Taxonomy, lex: Lexicon) -> None:
        self.post = post
        self.tax = tax
        self.lex = lex
        self.text = _MARKUP.sub(" ", post.content)  # emoji stay: they end a phrase
        self.tokens = [
            _Token(m.group(), m.group().lower(), m.start(), m.end())
            for m in _TOKEN.finditer(self.text)
        ]
        words = tuple(t.low for t in self.tokens)
        self.forms = tuple(_forms(w, tax.language) for w in words)
        self.plain, self.dates = _plain_and_dates(tax.language)
        # (nor is the animal a business is named after: "au moulin la tortue")
        self.excluded = _excluded_spans(self.text, tax.language) + trade_animal_spans(self.text)
        # "carne de sol", "lingue di gatto": a dish's words are no term of their own
        self.dishes = dishes_in(self.text, tax.language)
        # a German post that capitalises a noun inside a sentence writes nouns as nouns
        self.cased = any(
            t.text[:1].isupper() and _SENTENCE_START.search(self.text[: t.start]) is None
            for t in self.tokens
        )
        # a pet called Croissant names no bakery: its name is no cue of a category; what
        # the post rules out ("pas de chats", "ohne Hunde") is no cue either, nor is a
        # street's word ("W Market St" names no market, "Rue du Four" no bakery)
        streets = [
            (m.start(), m.end())
            for n in post.names
            if n.kind == "address" or _is_street(self, n.text)
            for m in rx(re.escape(n.text)).finditer(self.text)
        ]
        # "Lunes cerrado", "Montag Ruhetag": opening hours, no closure to announce
        streets += [(m.start(), m.end()) for m in WEEKLY_CLOSURE.finditer(self.text)]
        # "met at lili'uokalani gardens", "runs on whitby beach", "au jardin du Luxembourg":
        # a named park, garden or beach says where, no gardening and no beach holiday
        self.grounds = _named_grounds(self.text, tax.language)
        streets += self.grounds
        masked = tuple(
            ""
            if self.is_one_word_name(i, i)
            or self.ruled_out(i)
            or self.price_unit(i)
            or self.german_verb(i)
            or any(s <= t.start < e for s, e in streets)
            or self.dish_word(t)
            else w
            for i, (t, w) in enumerate(zip(self.tokens, words, strict=True))
        )
        masked_forms = tuple(() if not m else f for m, f in zip(masked, self.forms, strict=True))
        self.seen = _Seen(masked, masked_forms, f" {' '.join(masked)} ", self.text)
        # a word of a longer name ("Plaza *Jardín* de Coyoacán"); a one-word name may be
        # a sentence's capitalised first word ("Merluza a la plancha")
        names = [n.text for n in post.names if len(n.text.split()) > 1]
        if post.subject.is_name:
            names.append(post.subject.text)
        self.in_names = [
            (m.start(), m.end()) for n in names for m in rx(re.escape(n)).finditer(self.text)
        ]
        # the words outside the post's names: "Enoteca Rossi" names no wine on a tango night
        outside = tuple(
            "" if any(s < t.end and t.start < e for s, e in self.in_names) else w
            for t, w in zip(self.tokens, masked, strict=True)
        )
        self.seen_outside_names = _Seen(
            outside,
            tuple(() if not w else f for w, f in zip(outside, masked_forms, strict=True)),
            f" {' '.join(outside)} ",
            self.text,
        )

    def dish_word(self, token: _Token) -> bool:
        """Whether ``token`` is a word of a dish named by words that are no food ("Kalter
        *Hund*", "*lingue di gatto*"): no cue of a category. A food's kind ("torta
        *salata*") still says what the food is."""
        return any(
            d.claim_start == d.start and d.start <= token.start and token.end <= d.end
            for d in self.dishes
        )

    def price_unit(self, index: int) -> bool:
        """Whether token ``index`` is the unit a price is given in ("$15 *a bag*", "3 € *al
        kilo*", "2,50 € *la part*", "4 € pro *Stück*"): how the thing is sold, not the thing."""
        return _PRICE_UNIT.search(self.text[: self.tokens[index].start]) is not None

    def counted(self, index: int) -> bool:
        """Whether token ``index`` is a figure in thousands ("10k", "5k") that counts
        something ("10k steps", "raised 5k for", "a 10k prize") rather than the race
        run ("my first 10k under an hour", "ran a 5k this morning"): the race follows an
        article, a possessive, an ordinal or a running verb, and no noun follows it."""
        if _THOUSANDS.fullmatch(self.tokens[index].low) is None:
            return False
        before = self.tokens[index - 1].low if index > 0 else ""
        if before not in _RACE_BEFORE:
            return True
        if index + 1 >= len(self.tokens):
            return False
        token, following = self.tokens[index], self.tokens[index + 1]
        return (
            self.adjacent(token, following)
            and following.text.isalpha()
            and following.text.islower()
            and following.low not in self.lex.function_words | self.plain | self.tax.not_heads
            and following.low not in _AFTER_A_RACE
            and not _adverb(following.low, self.tax)
        )

    def german_verb(self, index: int) -> bool:
        """German: whether token ``index`` is a lower-case word inside a sentence of a post
        that capitalises its nouns, with no one doing it ("die Vorbereitungen *laufen*",
        "die Proben *laufen*"): a verb in its everyday sense or an adjective, never the
        noun term ("Laufen"); the activity a person does ("heute laufen *wir*", "*ich*
        schwimme") and a describing word ("vegan", "hausgemacht") stay. A post written
        all in lower case says nothing by its casing."""
        if self.tax.language != "de" or not self.cased:
            return False
        token = self.tokens[index]
        if not token.text[:1].islower() or set(self.forms[index]) & self.tax.describing:
            return False
        if _SENTENCE_START.search(self.text[: token.start]) is not None:
            return False
        near = self.tokens[max(0, index - 2) : index + 3]
        return not any(t.low in _DE_DOERS for t in near)

    def announces_closure(self) -> bool:
        """Whether the post says a place is closed or apologises ("closed on Monday",
        "disculpen las molestias"). A step of a how-to's or a tip's list closes nothing:
        "4. Cerradas a mano con 14 pliegues" seals the empanadas, "Keep the lid closed"
        a pot."""
        seen = self.seen
        if self.post.intent in _STEP_INTENTS and self.post.items:
            low = self.text.lower()
            steps = [
                (at, at + len(item))
                for item in self.post.items
                if (at := low.find(item.lower())) >= 0
            ]
            words = tuple(
                "" if any(s <= t.start < e for s, e in steps) else w
                for t, w in zip(self.tokens, seen.words, strict=True)
            )
            seen = _Seen(
                words,
                tuple(() if not w else f for w, f in zip(words, seen.forms, strict=True)),
                f" {' '.join(words)} ",
                self.text,
            )
        return self.tax.closure.hit(seen)

    def ruled_out(self, index: int) -> bool:
        """Whether token ``index`` is written where the post rules something out."""
        token = self.tokens[index]
        return any(s <= token.start and token.end <= e for s, e in self.excluded)

    def colour_at(self, index: int) -> bool:
        """Whether token ``index`` is a colour describing an animal or a thing ("perrita
        color *café*", "a *chocolate* and white spaniel"): within two words of a colour
        noun, next to an animal, or within two words of a plain colour in a sentence that
        names an animal before it. A post
        about colours (a paint shop's) keeps it; "white *chocolate*" stays a food."""
        tax = self.tax
        if self.tokens[index].low not in tax.colours or tax.colour_topics.hit(self.seen):
            return False
        start = self.tokens[index].start
        begin = max((m.end() for m in _CLAUSE_END.finditer(self.text, 0, start)), default=0)
        end_m = _CLAUSE_END.search(self.text, self.tokens[index].end)
        end = end_m.start() if end_m else len(self.text)
        clause = [i for i, t in enumerate(self.tokens) if begin <= t.start and t.end <= end]
        near = [i for i in clause if i != index and abs(i - index) <= 2]
        # the animal may be named earlier in the sentence ("Kater Moritz, schoko und weiß")
        sentence = max((m.end() for m in rx(r"[.!?\n]").finditer(self.text[:start])), default=0)
        animals = {
            i
            for i, t in enumerate(self.tokens)
            if sentence <= t.start and t.end <= end and _is_animal_word(self, t.low)
        }
        if any(
            self.tokens[i].low in tax.colour_nouns or (i in animals and abs(i - index) == 1)
            for i in near
        ):
            return True  # "color café", "cor de café", "gato café"; not "café para perros"
        plain = [i for i in near if self.tokens[i].low in tax.colours and self.term_at(i) is None]
        return bool(plain and animals)

    def excluded_only(self, key: str) -> bool:
        """Whether a tag's words are written only where the post rules them out
        ("sale, Record Store Day titles not included": no #RecordStoreDay)."""
        if not self.excluded:
            return False
        inside = "".join(self.text[s:e] for s, e in self.excluded)
        outside, last = [], 0
        for s, e in sorted(self.excluded):
            outside.append(self.text[last:s])
            last = max(last, e)
        outside.append(self.text[last:])

        def squeezed(text: str) -> str:
            return rx(r"\W").sub("", text).lower()

        return key in squeezed(inside) and all(key not in squeezed(p) for p in outside)

    def adjacent(self, a: _Token, b: _Token) -> bool:
        """Whether only spaces stand between two tokens (no punctuation, no line break)."""
        gap = self.text[a.end : b.start]
        return gap.strip(" \t") == ""

    def word_after(self, end: int) -> _Token | None:
        for token in self.tokens:
            if token.start >= end:
                return token if self.text[end : token.start].strip(" \t") == "" else None
        return None

    def pet_name_at(self, index: int) -> bool:
        """Whether the word at ``index`` follows a kind of animal that follows "our",
        "unser", "nuestra" … in a pet post ("our new rescue greyhound *porridge*",
        "nuestro perro *churro*"): the pet's name, written in lower case, not the food
        or the thing the word also names (nor does the kind qualify it: #greyhound
        stays). A shop's "our dog treats" is no pet post and keeps its treats."""
        if self.post.intent != "pets" or index == 0 or not self.tokens[index].text.islower():
            return False  # a capitalised name is read as one already ("Our cat Pepperpot")
        kind = self.tokens[index - 1]
        if not self.adjacent(kind, self.tokens[index]):
            return False  # "our greyhound, porridge and toast": a list, not a name
        if not _sub_domain_cue(self, "pets", kind.text, kinds=True):
            return False
        before = self.tokens[max(0, index - 1 - _OURS_BEFORE_KIND) : index - 1]
        return any(t.low in _OURS for t in before)

    def qualifies_next(self, token: _Token, following: _Token | None) -> bool:
        """English: ``token`` only qualifies the noun after it ("red *wine* jus")."""
        if self.tax.language != "en" or following is None or not self.adjacent(token, following):
            return False
        if self.pet_name_at(self.tokens.index(following)):
            return False  # "our greyhound porridge": the kind, then the pet's name
        if _THOUSANDS.fullmatch(token.low):
            return False  # "my first 10k done": see counted
        if token.low.endswith(("'s", "\u2019s", "s'", "s\u2019")):
            return False  # "your *spaniel's* ears": the owner is named, not a kind of ears
        nxt = following.low
        return (
            following.text[:1].islower()
            and token.low not in self.tax.describing
            and nxt.isalpha()
            and nxt not in self.plain
            and nxt not in self.tax.generic_heads
            and not nxt.endswith(("ed", "ing"))  # "a peace lily *thriving*", "wine *tasting*"
            and nxt not in self.tax.not_heads
            and nxt not in self.lex.number_words  # "a linen blazer *three* ways"
            and not _adverb(nxt, self.tax)
            and not any(nxt.endswith(e) for e in self.tax.adjective_endings)
        )

    def qualifies_previous(self, index: int) -> bool:
        """Head-first languages: "jus *de* vin" — the term qualifies the noun before."""
        if index < 2 or self.tax.language == "en":
            return False
        joiner, head = self.tokens[index - 1], self.tokens[index - 2]
        return (
            joiner.low in self.tax.of_words
            and self.adjacent(head, joiner)
            and self.term_at(index - 2) is not None  # "pastéis *de* bacalhau"
            # "degustazione *di* formaggi": what an event is of is its topic
            and head.low not in self.tax.generic_heads
        )

    def is_one_word_name(self, index: int, last: int) -> bool:
        """Whether the token is a one-word name the post gives someone or something
        ("y Churro ya ha elegido su sitio"): a name is no dish or thing's search term. A
        sentence's capitalised first word may be the dish itself ("Merluza a la plancha"),
        unless the post is about it as someone ("Waffle's first day at the groomers")."""
        token = self.tokens[index]
        subject = self.post.subject
        someone = (
            subject.is_name
            and subject.kind == "person"
            and rx(r"['\u2019]s$").sub("", token.text) == subject.text
        )
        return (
            index == last
            and self.tax.language != "de"  # German nouns are capitalised
            and token.text[:1].isupper()
            and (
                someone
                or (
                    index > 0
                    and not rx(r"[.!?:\n]\s*$|[^\w\s,;'\u2019-]\s*$").search(
                        self.text[: token.start]
                    )
                    and any(n.text == token.text for n in self.post.names)
                )
            )
        )

    def in_name(self, first: _Token, last: _Token) -> bool:
        """Whether the words ``first``..``last`` lie inside one of the post's names
        ("Plaza *Jardín*"); a term longer than the name ("*Black Friday*" read as the
        name Black) is not inside it."""
        return any(start <= first.start and last.end <= end for start, end in self.in_names)

    @functools.cached_property
    def pet_opening(self) -> int | None:
        """Where a pet post's opening that names a kind of animal ends (see
        :func:`_named_animal`), None for any other post: read once, asked twice."""
        return _named_animal(self) if self.post.intent == "pets" else None

    def first_sentences(self) -> int:
        """Where the post's opening sentence ends (its main things are named there)."""
        m = rx(r"[.!?…]+(?:\s|$)|\n").search(self.text)
        return m.end() if m else len(self.text)

    def compared(self, at: int) -> bool:
        """Whether what is written at ``at`` follows a comparison in its sentence
        ("empanadas *como las de* Chile": a name that only says what the thing is like)."""
        start = self.text.rfind(".", 0, at)
        words = self.tax.compare | self.tax.side  # "Käsespätzle *mit* Röstzwiebeln"
        return any(t.low in words for t in self.tokens if start < t.start < at)

    def after_side_word(self, index: int) -> bool:
        start = self.text.rfind(".", 0, self.tokens[index].start)
        return any(t.low in self.tax.side for t in self.tokens[:index] if t.start > start)

    def after_passing_word(self, index: int) -> bool:
        """Whether the token follows, in its sentence, a word that lists what the reader
        is told to bring ("Llevad botas y un bocadillo"): kit, not the topic."""
        start = self.text.rfind(".", 0, self.tokens[index].start)
        return any(t.low in self.tax.passing for t in self.tokens[:index] if t.start > start)

    def after_when(self, index: int) -> bool:
        """Whether the token is a dish or a drink after a word of time within two words
        ("after *coffee*", "nach dem *Kaffee*", "depois do *café*"): it only says when.
        Anything else may be the topic ("el living después de la *reforma*")."""
        pattern = _when_pattern(self.tax.language)
        if pattern is None or not _is_food_text(self, self.tokens[index].text):
            return False
        start = self.text.rfind(".", 0, self.tokens[index].start) + 1
        return pattern.search(self.text[start : self.tokens[index].start]) is not None

    def term_at(self, index: int) -> tuple[int, tuple[str, ...]] | None:
        """The longest search term starting at token ``index``: (tokens used, tags)."""
        tax = self.tax
        tokens = self.tokens
        starts = tokens[index].low in tax.phrase_starts or any(
            f in tax.phrase_starts for f in self.forms[index]
        )
        for size in (3, 2) if starts else ():
            last = index + size - 1
            if last >= len(tokens) or not all(
                self.adjacent(tokens[i], tokens[i + 1]) for i in range(index, last)
            ):
                continue
            middle = "".join(f" {t.low}" for t in tokens[index + 1 : last])
            # "bicicletas de montaña": the first word in its singular too
            for first in dict.fromkeys((tokens[index].low, *self.forms[index])):
                for form in self.forms[last]:
                    tags = tax.terms.get(f"{first}{middle} {form}")
                    if tags:
                        return size, tags
        for form in self.forms[index]:
            tags = tax.terms.get(form) or tax.terms.get(form.replace("-", ""))
            if tags:
                return 1, tags
        low = tokens[index].low
        for prefix, tags in tax.term_prefixes:
            if low.startswith(prefix):
                return 1, tags
        modifier, _, kind = low.rpartition("-")
        if modifier and kind in tax.generic_heads | self.lex.generic_nouns:
            for form in _forms(modifier, tax.language):  # "Yoga-Kurs": the yoga is the term
                tags = tax.terms.get(form)
                if tags:
                    return 1, tags
        if tax.language == "de" and not modifier:
            # "unsre vegane Maultasche": a noun in -e the taxonomy lists in its plural
            # ("maultaschen", "kerzen") is that term ("Mal" is no "malen")
            tags = tax.terms.get(f"{low}n") if low.endswith("e") and len(low) > 4 else None
            if tags:
                return 1, tags
            return _compound_term(tax, low)
        if tax.language == "de" and len(modifier) >= _DE_MIN_MODIFIER:
            # "Vorsaison-Abverkauf", "Winter-Tourenski": the last part is what it is
            for form in _forms(kind, tax.language):
                tags = tax.terms.get(form)
                if tags:
                    return 1, tags
        return None

    def compound_kind(self, index: int, size: int) -> bool:
        """German: whether a one-word term is the first part of a compound noun
        ("*Gusseisen*pfanne", "*Schallplatten*-Flohmarkt"): the kind of thing a name
        names, which German writes inside the name, not a piece of the name itself."""
        if self.tax.language != "de" or size != 1:
            return False
        return not any(
            form in self.tax.terms or form.replace("-", "") in self.tax.terms
            for form in self.forms[index]
        )

    def terms(self) -> list[_Term]:
        """The search terms the post names, in order; qualifying words left out."""
        out: list[_Term] = []
        index = 0
        while index < len(self.tokens):
            found = self.term_at(index)
            if found is None:
                index += 1
                continue
            size, tags = found
            last = index + size - 1
            following = self.tokens[last + 1] if last + 1 < len(self.tokens) else None
            if (
                not self.is_one_word_name(index, last)
                and not (size == 1 and self.pet_name_at(index))
                and not self.ruled_out(index)
                and not self.price_unit(index)
                and not self.german_verb(index)
                and not self.counted(index)
                and not (size == 1 and self.colour_at(index))
                and not any(s <= self.tokens[index].start < e for s, e in self.grounds)
                and not (
                    self.in_name(self.tokens[index], self.tokens[last])
                    and not self.compound_kind(index, size)
                )
                and not self.qualifies_next(self.tokens[last], following)
                and not self.qualifies_previous(index)
                and not in_a_dish(self.tokens[index].start, self.tokens[last].end, self.dishes)
            ):
                start, end = self.tokens[index].start, self.tokens[last].end
                kit = self.after_passing_word(index) or self.after_when(index)
                out.append(_Term(start, end, tags, kit or self.after_side_word(index), kit))
            index += size
        return out

    def find(self, phrase: str) -> tuple[int, int] | None:
        """Where ``phrase`` is written in the text (case-insensitive, whole words)."""
        pattern = r"(?<!\w)" + r"\W+".join(re.escape(w) for w in phrase.split()) + r"(?!\w)"
        m = rx(pattern, re.IGNORECASE).search(self.text)
        return (m.start(), m.end()) if m else None


# a list of these is steps or advice, not opening hours
_STEP_INTENTS = frozenset({"tip", "behind_the_scenes"})
_DE_MIN_MODIFIER = 4  # "Stummfilm|abend", "Quiz|abend"; "Mon|tag", "Frei|tag" are no compounds


def _compound_term(tax: Taxonomy, low: str) -> tuple[int, tuple[str, ...]] | None:
    """German writes an event's kind into one word with its topic: "Stummfilmabend",
    "Weihnachtsabend", "Töpferkurs". The topic before a generic head (``abend``, ``kurs``,
    ``nacht``) is the search term, its joining "s" left off; a weekday ("Freitag") is no
    compound, its first part no term."""
    for head in sorted(tax.generic_heads, key=len, reverse=True):
        modifier = low.removesuffix(head)
        if modifier == low or len(modifier) < _DE_MIN_MODIFIER:
            continue
        for part in dict.fromkeys((modifier, modifier.removesuffix("s"))):
            for form in _forms(part, tax.language):
                tags = tax.terms.get(form)
                if tags:
                    return 1, tags
    return None


@functools.cache
def _when_pattern(language: str) -> re.Pattern[str] | None:
    words = taxonomy(language).when
    if not words:
        return None
    alts = "|".join(r"[ \t]+".join(re.escape(p) for p in w.split()) for w in words)
    return re.compile(rf"(?<!\w)(?:{alts})[ \t]+(?:[\w'\u2019-]+[ \t]+){{0,2}}$", re.IGNORECASE)


_CLAUSE_END = re.compile(r"[,;.!?:()\[\]\n\u2026]")
_NEGATED_WORDS = 3  # "no dogs or cats", "ohne Zucker": the few words a negation rules out


def _alternatives(entries: tuple[str, ...]) -> str:
    """A regex of the entries, longest first; spaces match spaces or tabs, an entry
    ending with an apostrophe ("pas d'") is glued to the word after it."""
    alts = []
    for entry in sorted(entries, key=len, reverse=True):
        body = r"[ \t]+".join(re.escape(w) for w in entry.split())
        alts.append(body.replace("'", "['\u2019]"))
    return "|".join(alts)


@functools.cache
def _exclusion_patterns(
    language: str,
) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None]:
    """The language's exclusion words as patterns: before the rest of a clause, before a
    few words, after a clause."""
    tax = taxonomy(language)

    def before(entries: tuple[str, ...]) -> re.Pattern[str] | None:
        if not entries:
            return None
        return re.compile(
            rf"(?<!\w)(?:{_alternatives(entries)})(?:(?<=['\u2019])|[ \t]+)", re.IGNORECASE
        )

    after = (
        re.compile(rf"[ \t]+(?:{_alternatives(tax.excluded_after)})(?!\w)", re.IGNORECASE)
        if tax.excluded_after
        else None
    )
    return before(tax.excepting), before(tax.negating), after


# "From wedding invitations to posters, …", "Von Hochzeitskarten bis Plakaten": a range of
# examples of what a business does, told after the post's news; its ends are no subject
_RANGES = {
    "en": ("from", "to"),
    "de": ("von|vom", "bis|zu|zum|zur"),
    "es": ("desde|de", "hasta|a|al"),
    "fr": ("des|du|de", "à|au|aux|jusqu'aux|jusqu'au"),
    "it": ("dai|dalle|dalla|dal|da", "ai|alle|alla|al|a"),
    "pt": ("desde|dos|das|do|da|de", "até|aos|às|ao|à|a"),
}


@functools.cache
def _range_pattern(language: str) -> re.Pattern[str] | None:
    words = _RANGES.get(language)
    if words is None:
        return None
    start, end = words
    return re.compile(
        rf"(?:(?<=[.!?\u2026])|(?<=[.!?\u2026][ \t])|(?<=\n))[ \t]*(?:{start})[ \t]+[^\W\d]"
        rf"[^,;:.!?\n\u2026\d]{{0,60}}?[ \t]+(?:{end})[ \t]+[^,;:.!?\n\u2026\d]{{1,60}}",
        re.IGNORECASE,
    )


def _excluded_spans(text: str, language: str) -> tuple[tuple[int, int], ...]:
    """Where the post rules something out: the rest of a clause after "except", "sauf",
    "außer", "excepto", "tranne", "exceto"; a few words after "no", "ohne", "sans",
    "sin"; the clause before "not included", "exclus", "esclusi". Nothing written there
    is tagged ("Record Store Day titles not included" is no #RecordStoreDay)."""
    excepting, negating, after = _exclusion_patterns(language)
    spans: list[tuple[int, int]] = []
    for pattern, cap in ((excepting, None), (negating, _NEGATED_WORDS)):
        for m in pattern.finditer(text) if pattern is not None else ():
            end = _CLAUSE_END.search(text, m.end())
            stop = end.start() if end else len(text)
            if cap is not None:
                words = list(rx(r"\S+").finditer(text[m.end() : stop]))[:cap]
                stop = m.end() + words[-1].end() if words else m.end()
            if stop > m.end():
                spans.append((m.end(), stop))
    for m in after.finditer(text) if after is not None else ():
        begin = max((e.end() for e in _CLAUSE_END.finditer(text, 0, m.start())), default=0)
        if m.start() > begin:
            spans.append((begin, m.start()))
    idioms = _idiom_pattern(language)
    spans += [m.span() for m in idioms.finditer(text)] if idioms is not None else []
    where = _where_list_pattern(language)
    for m in where.finditer(text) if where is not None else ():
        end = _SENTENCE_END.search(text, m.end())
        spans.append((m.end(), end.start() if end else len(text)))
    # "From wedding invitations to posters, thank you": a later sentence's range of
    # examples tells what a business does; the opening's is what is told ("From Lisbon
    # to Porto in five days")
    ranges = _range_pattern(language)
    opening = rx(r"[.!?\u2026]+(?:\s|$)|\n").search(text)
    if ranges is not None and opening is not None:
        spans += [m.span() for m in ranges.finditer(text, opening.end())]
    return tuple(spans)


_SENTENCE_END = re.compile(r"[.!?\n\u2026](?!\d)")


_WHERE_COPULAS = "are|is|include|sind|ist|son|es|están|está|sont|est|sono|è|são|é|ficam|fica"


@functools.cache
def _where_list_pattern(language: str) -> re.Pattern[str] | None:
    """The language's labels of a list of places ("drop-off points:", "Sammelstellen:"),
    their colon or verb included ("the drop-off points are …")."""
    labels = taxonomy(language).where_lists
    if not labels:
        return None
    # "drop-off points: …" and "drop-off points are …", "Sammelstellen sind …"
    return re.compile(
        rf"(?<!\w)(?:{_alternatives(labels)})(?:[ \t\u00a0]*:|[ \t]+(?:{_WHERE_COPULAS})(?!\w))",
        re.IGNORECASE,
    )


@functools.cache
def _idiom_pattern(language: str) -> re.Pattern[str] | None:
    """The language's idioms ("give us a ring", "piece of cake"): their words name no
    thing, so they give no tag and no category cue."""
    idioms = taxonomy(language).idioms
    if not idioms:
        return None
    # "{n}" stands for any count, in figures or in words ("tag {n} friends")
    words = sorted(lexicon(language).number_words, key=len, reverse=True)
    count = rf"(?:\d+|{'|'.join(re.escape(w) for w in words)})"

    def word(w: str) -> str:
        return count if w == "{n}" else re.escape(w)

    alts = "|".join(r"\s+".join(word(w) for w in i.split()) for i in idioms)
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)", re.IGNORECASE)


def _cut_from_a_longer_name(reader: _Reader, start: int, end: int) -> bool:
    """Whether a capitalised word touches the name mid-sentence ("our *New* Year's Eve",
    "Black *Friday*"): the name is a piece of a longer one."""
    if rx(r"[A-ZÀ-Ý]\w*[ \t]+(?:d|dell|dall|del|l)['\u2019]$").search(reader.text[:start]):
        return True  # "Forbici d'Oro", "Palazzo dell'Arte"
    before = [t for t in reader.tokens if t.end <= start]
    after = [t for t in reader.tokens if t.start >= end]
    if after and reader.text[end : after[0].start] in (" ", "\t") and after[0].text[:1].isupper():
        return True
    if not before or reader.text[before[-1].end : start] not in (" ", "\t"):
        return False
    prev = before[-1]
    if (
        reader.tax.language != "de"  # German capitalises every noun
        and prev.low in _NAME_JOINERS.split("|")
        and len(before) > 1
        and before[-2].text[:1].isupper()
        and before[-2].low not in reader.tax.leading
        and reader.text[before[-2].end : prev.start] in (" ", "\t")
        and len(before) > 2  # "Sapori di *Sicilia*": a sentence's first word, the place
        and not rx(r"[.!?:\n]\s*$").search(reader.text[: before[-2].start])
    ):
        return True  # "el Día del *Libro*", "la Nuit des *Musées*": the phrase's last word
    sentence_start = len(before) == 1 or rx(r"[.!?:\n]\s*$").search(reader.text[: prev.start])
    return bool(
        prev.text[:1].isupper() and not sentence_start and prev.low not in reader.tax.leading
    )


# the first word of a business's or an association's name ("*Maison* Lierre", "*Casa*
# Ferro", "*Quinta* do Vale"), which a reader may leave out of the name at a sentence's
# start: the name's tag is the whole name's
_NAME_HEADS = _words(
    """maison domaine château mas casa villa quinta herdade fazenda cascina masseria podere
    tenuta cantina banco fundación fundação fondazione fondation stiftung asociación
    associação associazione association verein haus hof friends amigos amis amici"""
)
# a sports club's name opens with "Club", "CD", "ASD", …; its sport may be any later word
_CLUB_HEADS = _words(
    "club clube cd ud sd cf fc sc ac as us asd ssd gd cs rc polisportiva sporting unione"
    " unión união société sociedade società"
)
_NUMBER_SIGNS = frozenset(["n", "no", "nr", "nº", "n°"])  # "Falke *Nr*. 4", "Hibou *n°*3"
_NAME_JOINERS = "de|del|do|da|dos|das|di|della|dei|des|du|of|von|der"
_FROM_WORDS = _words("of from de del do da dos das di dal dalla della dei des du desde aus von vom")
# "Seamaster *de* 1962", "Käfer *von* 1970": a year after one says when it was made ("Class
# *of* 2024" is a name)
_MADE_IN = frozenset(["de", "del", "di", "da", "do", "du", "von"])


# the kind of group or house a name is given to, written before it in lower case
_GROUP_KIND = re.compile(
    r"(?<![\w'\u2019-])(bloco|banda|coro|coral|grupo|refugio|albergue|compagnie|chorale"
    r"|fanfare|orquesta|orquestra|orchestre|orchestra|comparsa|murga|escola de samba"
    r"|asociación|associação|association|associazione|compagnia)[ \t]+$"
)


def _name_head_before(reader: _Reader, start: int) -> str | None:
    """The words before a name at ``start`` that open the same, longer name ("Banco de"
    of "Banco de Ropa de Cantabria", "Maison" of "Maison Lierre"), or None. A capitalised
    word and a joiner ("Friends of") always do; a capitalised word alone only when it is
    a name's usual first word ("Grazie Napoli" is a thanks to a town)."""
    m = rx(
        rf"(?<![\w'\u2019-])([A-ZÀ-Ý][\w'\u2019-]*)[ \t]+(?:(?:{_NAME_JOINERS})[ \t]+)?$"
    ).search(reader.text[:start])
    if m is None:
        return None
    word = m[1].lower()
    joined = m[0].rstrip().lower() != word
    if word in reader.tax.leading or word in reader.plain or word in reader.tax.place_openers:
        return None  # "Sapori di Sicilia": a formula around the place, no longer name
    first = rx(r"[\w-]+").match(reader.text[start:])
    if (
        joined
        and reader.tax.language == "de"
        and m[0].split()[-1] in _DE_GENITIVE
        and first is not None
        and _is_trade(reader, first[0])
    ):
        return None  # "die Backstube der Konditorei Sommer": the business is the name
    if joined or word in _NAME_HEADS:  # "Quinta do Vale": a weekday's name opens it too
        return m[0]
    return None


_DE_GENITIVE = frozenset(["der", "des"])
# inside a German "name", a lower-case preposition shows a description ("*am* Feuer")
_DE_PREPOSITIONS = frozenset(
    ["am", "im", "vom", "zum", "zur", "beim", "auf", "mit", "nach", "vor", "unter", "über", "an"]
)
_TRADE_ENDING = re.compile(r"(?:erei|ei)$")  # Druckerei, Bäckerei, Konditorei


def _is_trade(reader: _Reader, word: str) -> bool:
    """Whether a German word names a business's trade (a search term, or "-erei")."""
    return word[:1].isupper() and (
        bool(_word_terms(reader.tax, word)) or _TRADE_ENDING.search(word.lower()) is not None
    )


def _tag_of_term(reader: _Reader, words: list[str]) -> str | None:
    phrase = " ".join(w.lower() for w in words)
    for form in forms(phrase, reader.tax.language):
        tags = reader.tax.terms.get(form)
        if tags:
            return clean_tag(tags[0])
    return None


# the object pronouns that name the reader (you, to you), in the six languages
_READERS_PRONOUNS = frozenset({"vi", "ti", "os", "te", "vous", "vos", "euch", "dich"})


def _addresses_the_reader(reader: _Reader, name: str) -> bool:
    """Whether ``name`` is followed by an object pronoun and a verb ("Giulia *vi
    aspetta*", "Marie *vous attend*") or a verb with its pronoun ("Teresa
    *espera-vos*"): who waits for or welcomes the reader is a person."""
    where = reader.find(name)
    if where is None:
        return False
    pronoun = reader.word_after(where[1])
    if pronoun is None:
        return False
    # the reader's pronouns only: "Bergamo *ci* ha accolti" is a town that took us in
    yours = reader.tax.clitics & _READERS_PRONOUNS
    verb_of, _, enclitic = pronoun.low.rpartition("-")
    if verb_of and enclitic in yours:
        return True  # "a Teresa espera-vos"
    if pronoun.low not in yours:
        return False
    verb = reader.word_after(pronoun.end)
    return verb is not None and reader.adjacent(pronoun, verb)


# "la chambre *de* Lou", "la cameretta *di* Tommaso", "o quarto *da* Inês": a lower-case
# thing, then whose it is
_OWNED_BY = re.compile(r"(?<![\w-])([a-zà-ÿ]{3,})[ \t]+(?:de|di|da|do|del|della|dello|of)[ \t]+$")


def _owner(reader: _Reader, name: str) -> bool:
    """Whether a one-word ``name`` is written as whose a lower-case thing is ("la chambre
    de Lou", "el cuarto de Lucía"): a person, not a place or a product (a place word
    before it names a place: "lago di Garda")."""
    where = reader.find(name)
    if where is None or not name.isalpha():
        return False
    m = _OWNED_BY.search(reader.text[: where[0]])
    if m is None:
        return False
    head = m.group(1)
    return (
        head not in reader.tax.place_heads
        and head not in reader.tax.place_openers
        and head not in reader.lex.function_words
        and name not in gazetteer(reader.tax.language).towns
    )


# "la Singer de ma grand-mère", "la Vespa di mio nonno", "o Fusca do meu pai": a thing
# called by its maker's name, and whose it is (a person's own)
_HEIRLOOM = re.compile(
    r"^\s+(?:de|di|da|do|del|della|von|vom|of)\s+(?:l[ao]\s+)?(?:ma|mon|mes|mi|mis|mia|mio"
    r"|miei|mie|minha|meu|meus|minhas|meiner|meinem|meines|my|our|notre|nos|nuestra|nuestro"
    r"|nostra|nostro|nossa|nosso|tua|tuo|ta|ton|tu|sua|suo|sa|son|su|unserer|unserem)\b",
    re.IGNORECASE,
)


def _heirloom(reader: _Reader, name: str) -> bool:
    """Whether a one-word ``name`` is written as someone's thing ("la Singer de ma
    grand-mère"): a maker's name given to a family's object, not what the post is about
    (alone, #Singer files a sewing corner under singers)."""
    where = reader.find(name)
    return where is not None and bool(_HEIRLOOM.match(reader.text[where[1] :]))


_DE_OF = frozenset(["von", "vom"])


def _whose_or_how(reader: _Reader, name: str) -> bool:
    """German: whether a capitalised "<noun> von <…>" is a thing and whose it is or how
    it is made ("Kinderzimmer von Jonas", "Gartenhaus von Oma Gerda", "Tag von Hand",
    "Brauerei von Hans Kessler"): German capitalises every noun, so it reads as a name,
    but no one searches it (the trade is tagged on its own: ``#brauerei``)."""
    words = name.split()
    return reader.tax.language == "de" and len(words) >= 3 and words[1].lower() in _DE_OF


_MODEL_AFTER = re.compile(r"[ \t]*(?:n[°º.o]?[ \t]*)?\d")


_QUOTES = re.compile(r"[ \t]*[«\"\u201c\u201e\u2018'\u2039][ \t]*")


# a subject phrase that runs on into a quoted name: its kind, then the name (after a space:
# "un'estetista" is elided)
_QUOTED_AFTER_KIND = re.compile(
    r"^([^\W\d_][\w-]*(?:[ \t]+[^\W\d_][\w-]*){0,2})[ \t]+[«\"\u201c\u201e\u2018'\u2039]"
    r"[ \t]*[^\W\d_][\w-]*[»\"\u201d\u201c\u2019'\u203a]?$"
)


def _quoted_model(reader: _Reader, name: str) -> bool:
    """Whether ``name`` is written in quotes right after its lower-case kind ("i guanti
    «Chiaia»", "the scarf “Brighton”"): a model's name, whatever place it borrows."""
    where = reader.find(name)
    if where is None:
        return False
    before = reader.text[: where[0]]
    return rx(r"[^\W\d_]{3,}[ \t]*[«\"\u201c\u201e\u2018'\u2039][ \t]*$").search(
        before
    ) is not None and _after_its_kind(reader, name)


def _after_its_kind(reader: _Reader, name: str) -> bool:
    """Whether ``name`` is written right after a lower-case noun (and up to two words
    that describe it) that an article, a possessive or "new" opens ("la sciarpa Nebbia",
    "notre plaid Givre", "la nostra nuova borraccia termica Fiume"): the noun says what
    kind of thing the name is given to."""
    where = reader.find(name)
    if where is None or _MODEL_AFTER.match(reader.text, where[1]):
        return False  # "le carnet Hibou n°3": a model's number makes the name its own
    tokens = reader.tokens
    at = next((i for i, t in enumerate(tokens) if t.start >= where[0]), None)
    if at is None:
        return False
    opener = reader.tax.leading | reader.tax.determiners | reader.tax.new_words
    i = at - 1
    # "i guanti «Chiaia»", "le sac “Marais”": the name in quotes is the model's all the same
    quoted = i >= 0 and _QUOTES.fullmatch(reader.text[tokens[i].end : tokens[at].start])
    while (
        i >= 0
        and at - i <= 3
        and (reader.adjacent(tokens[i], tokens[i + 1]) or (i == at - 1 and quoted))
    ):
        word = tokens[i]
        if word.low in opener:
            return i < at - 1  # at least one word of kind between
        if not (word.text.isalpha() and word.text.islower() and len(word.text) >= 3):
            return False
        if word.low in reader.plain:
            return False
        i -= 1
    return False


# "the Tussock shell is here", "our new Harbor tote is back": a one-word name between an
# article or a possessive and its lower-case kind, which the sentence goes on after
_EN_NAMED_KIND = re.compile(
    r"(?i:\b(?:the|our|my|new))\s+\x00\s+([a-z]{3,})\b"
    r"(?=\s+(?:is|are|was|has|just|lands|drops|launches|returns)\b|\s*[^\w\s]|\s*$)"
)
# "launching the Tern 🧥 our first rain shell.": the kind said in an apposition after the
# name (its last word is the kind: shell)
_EN_APPOSED_KIND = re.compile(
    r"(?i:\b(?:the|our|my|new))\s+\x00[^\w.!?]*(?:[,:\u2013\u2014-]\s*)?"
    r"(?i:our|a|an|the|my)\s+(?i:(?:very\s+)?(?:first|new|latest)\s+)?(?:[a-z]+\s+)?([a-z]{3,})"
    r"(?=\s*[.,;:!]|\s*$)"
)


def _subject_tag(reader: _Reader) -> tuple[str | None, int]:
    """The subject's own tag and where the post names it, or None when it would be a
    piece of a longer name or phrase, or no search term at all."""
    subject = reader.post.subject
    if not subject.text:
        return None, 0
    tax, lex = reader.tax, reader.lex
    words = _phrase_words(subject.text)
    if "mourning" in reader.post.flags and subject.kind not in ("venue", "place"):
        return None, 0  # "Ci ha lasciati ieri Gino Volpe …": the one who died is no tag
    pet = reader.post.intent == "pets" or shows_animal(reader.post.content)
    if subject.is_name and len(words) == 1 and pet and subject.kind != "place":
        # a pet's name files the post under the word's other sense as often as not
        # (#Alfajor, #Polpetta, #Frijol, #Pepe: X in blind reviews 6 and 7); its species
        # and the pet tags say what the post is
        return None, 0
    numbers = lex.number_words | lexicon("en").number_words
    whole = _tag_of_term(reader, words)
    if subject.is_name and len(words) > 1 and words[-1].lower() in _HOLIDAY_HEADS:
        # "Boxing Week", "Pancake Day": a holiday's name, its first word in another sense
        # (no #boxing); only the holiday's own search term (#boxingday) is a tag
        if whole is None:
            return None, 0
        where = reader.find(subject.text)
        return whole, where[0] if where else 0
    if whole is not None and not subject.is_name:
        where = reader.find(" ".join(words))
        return whole, where[0] if where else len(reader.text)
    if not subject.is_name and len(words) > 1 and whole is None:
        # a thing's phrase tagged by its head noun when the phrase is no search term: in
        # Romance the first noun, whose describing words after it are none ("gorras
        # bordadas" #gorras, "paccheri di Gragnano" #paccheri); in English and German the
        # last, after a material that is a term of its own ("wool berets" #berets), never
        # after a describing word ("white chocolate", "wildflower honey" stay whole)
        romance = tax.language not in ("en", "de")
        head_word = words[0] if romance else words[-1]
        head = _tag_of_term(reader, [head_word])
        termed = [bool(_tag_of_term(reader, [w])) for w in words if w is not head_word]
        if head is not None and (not any(termed) if romance else all(termed)):
            where = reader.find(" ".join(words))
            return head, where[0] if where else len(reader.text)
    if not subject.is_name and len(words) > 1 and words[0].lower() in lex.not_subject:
        # "fresh oysters", "frische Pfifferlinge": a describing word before a search
        # term; the term is the tag (#oysters), never #FreshOysters
        head = _tag_of_term(reader, words[1:])
        if head is not None:
            where = reader.find(" ".join(words))
            return head, where[0] if where else len(reader.text)
    if tax.language == "de" and subject.is_name and len(words) > 2:
        # German capitalises nouns, so a phrase reads as a name: "Werkstatt der Druckerei
        # Maulwurf" names the business after its article (#DruckereiMaulwurf); "Heißer
        # Apfelpunsch am Feuer" is a description, whose thing is tagged as a term
        for i, word in enumerate(words[1:-1], start=1):
            if word in _DE_GENITIVE and _is_trade(reader, words[i + 1]):
                where = reader.find(" ".join(words[i + 1 :]))
                return camel_tag(" ".join(words[i + 1 :]), "de"), where[0] if where else 0
        thing = next((_word_terms(tax, w) for w in words if _word_terms(tax, w)), ())
        if (
            thing
            and any(w in _DE_PREPOSITIONS for w in words[1:])
            and words[0].lower() not in _NAME_HEADS
        ):
            where = reader.find(subject.text)
            return clean_tag(thing[0]), where[0] if where else 0
    if (
        not subject.is_name
        and tax.language == "en"
        and reader.post.intent == "hiring"
        and len(words) == 2
        and words[0].isalpha()
        and words[0].islower()
        and words[0] not in reader.plain
        and _tag_of_term(reader, words[:1]) is None
        and (head := _tag_of_term(reader, words[1:])) is not None
    ):
        # "a qualified electrician": the word before a job's searched title describes it
        where = reader.find(" ".join(words))
        return head, where[0] if where else len(reader.text)
    if not subject.is_name and words and words[0].lower() in tax.clitics:
        return None, 0  # "os esperamos", "vi aspettiamo": a verb with its pronoun
    if (
        not subject.is_name
        and len(words) > 1
        and any(
            w.islower() and plural_present(w, tax.language)
            for w in [w for w in words if w.lower() not in tax.leading | tax.determiners][1:]
        )
    ):
        # "I ragazzi tornano", "los niños cantan": a noun and its verb, never a name ("il
        # capitano Rossi" keeps its first word, a noun as often as "capitare"'s form)
        return None, 0
    if subject.is_name and _is_street(reader, subject.text):
        return None, 0  # "C/ Mayor": a street says where, and no one searches it
    named_at = reader.find(subject.text) if subject.is_name else None
    group = _GROUP_KIND.search(reader.text[: named_at[0]]) if named_at else None
    if named_at and group and tax.language != "en":
        # "bloco Arara Azul", "murga Los Gorriones", "compagnie Les Goélands": the group's
        # kind, written in lower case before its name, is the name's (alone, #AraraAzul
        # is the macaw's tag)
        return camel_tag(f"{group[1]} {subject.text}", tax.language), named_at[0]
    if subject.is_name and len(words) == 1 and tax.language == "en":
        marked = reader.text.replace(subject.text, "\x00", 1)
        kind = _EN_NAMED_KIND.search(marked) or _EN_APPOSED_KIND.search(marked)
        if kind and kind[1] not in lex.function_words:
            # "the Tussock shell is here": the name with its kind (#TussockShell), never
            # the name alone, which files the post under the word (tussock grass)
            where = reader.find(f"{subject.text} {kind[1]}")
            tag = camel_tag(f"{subject.text} {kind[1]}", tax.language)
            return tag, where[0] if where else len(reader.text)
    if subject.is_name and len(words) == 1 and _owner(reader, subject.text):
        return None, 0  # "la chambre de Lou": whose room it is, a first name no one searches
    if subject.is_name and len(words) == 1 and _heirloom(reader, subject.text):
        return None, 0  # "la Singer de ma grand-mère": a family's thing, not the topic
    if (
        subject.is_name
        and len(words) == 1
        and tax.language != "en"
        and subject.kind in ("name", "product")
        and _after_its_kind(reader, subject.text)
    ):
        # "la sciarpa Nebbia", "a bota Granito", "la taza Marea": a one-word name after its
        # lower-case kind is a word of the language given to a thing; alone, it files the
        # post under the word (#Nebbia is fog); the kind's own tag says what it is
        return None, 0
    if (
        subject.is_name
        and len(words) == 1
        and (
            subject.kind == "person"
            or (
                subject.kind == "name"
                and reader.post.intent in _PEOPLE_INTENTS
                and subject.text not in gazetteer(tax.language).towns  # "to all of Canada"
            )
        )
    ):
        return None, 0  # "thanks to Maria", "Tortellino ha rubato un calzino": a name
    if subject.is_name and len(words) == 1 and _addresses_the_reader(reader, subject.text):
        return None, 0  # "Giulia vi aspetta", "Lucía os espera": a person, not a place
    if subject.is_name and _thanked_person(reader, subject.text):
        return None, 0  # "Thanks to Dave and Priya": no one searches the people thanked
    if (
        subject.is_name
        and len(words) > 2
        and words[0].lower() in tax.place_openers
        and words[1].lower() in _FROM_WORDS
    ):
        # "Saudades da Madeira", "Direto do Alentejo", "Greetings from Cornwall": a
        # formula around a place, whose tag is the place's (never #SaudadesDaMadeira)
        where = reader.find(subject.text)
        return camel_tag(" ".join(words[2:]), tax.language), where[0] if where else 0
    lead = tax.leading | tax.determiners | taxonomy("en").leading
    owner = rx(r"(\w+)['\u2019]s\s").match(subject.text)
    if owner and len(words) > 1 and owner[1].lower() in lex.generic_nouns | reader.dates:
        words = words[1:]  # "today's bouquet" -> #bouquet
    stripped = False
    if not subject.is_name and len(words) > 2 and rx(r"[a-z]+-[a-z]+\s").match(subject.text):
        head = _tag_of_term(reader, words[2:])  # "part-time barista" -> #barista
        if head is not None:
            where = reader.find(subject.text)
            return head, where[0] if where else len(reader.text)
    while words and words[0].lower() in (lead | numbers):
        if subject.is_name and words[0].lower() in numbers:
            return None, 0  # "Five Guys" is not #Guys
        words, stripped = words[1:], True
    if subject.is_name and stripped and len(words) == 1:
        return None, 0  # "The Crown" is not #Crown
    while (
        len(words) > 1
        and not subject.is_name
        and tax.language == "en"
        and words[-1].lower().endswith("ed")
        and len(words[-1]) > 4
    ):
        words = words[:-1]  # "volunteers needed": a participle after the noun
    while len(words) > 1 and words[-1].lower() in tax.trailing | numbers and not subject.is_name:
        words = words[:-1]  # "clean-up number 50", not "Nimbus One"
    if len(words) > 1 and words[-1].lower() in tax.generic_heads and not subject.is_name:
        head = _tag_of_term(reader, words[:-1])  # "balayage season" → #balayage
        if head is not None:
            where = reader.find(" ".join(words))
            return head, where[0] if where else len(reader.text)
    if (
        len(words) > 1
        and not subject.is_name
        and tax.language not in ("en", "de")
        and words[0].lower() in tax.generic_heads
    ):
        taught = words[2:] if words[1].lower() in tax.of_words else words[1:]
        head = _tag_of_term(reader, taught)  # "atelier poterie", "taller de cerámica"
        if head is not None:
            where = reader.find(" ".join(words))
            return head, where[0] if where else len(reader.text)
    if not words:
        return None, 0
    if tax.language == "de" and len(words) > 1 and not subject.is_name:
        # German nouns are capitalised: a lower-case word at either end is a verb or
        # an adjective ("gelingen Knödel", "Laden wird"); one inside keeps the phrase
        while len(words) > 1 and words[0][:1].islower():
            words = words[1:]
        while len(words) > 1 and words[-1][:1].islower():
            words = words[:-1]
    if (
        len(words) == 2
        and words[1][:1].isupper()
        and _is_animal_word(reader, words[0])
        and _tag_of_term(reader, words[:1]) is not None
        and _tag_of_term(reader, words[1:]) is None
    ):
        # "Labrador Bruno", "unser Dackel Fritz": the breed is a term of its own, and the
        # pet's name no tag (see above); after a plain "Welpe" the pair stays one name
        return None, 0
    if (
        tax.language == "de"
        and subject.is_name
        and subject.kind != "venue"  # "Strickwerk Larsen" is a shop, never #Larsen
        and reader.post.intent in _KIND_INTENTS
        and len(words) > 1
        and _word_terms(tax, words[0])
        and not any(f in tax.terms for f in _forms(words[0].lower(), tax.language))
        and not _word_terms(tax, words[-1])
    ):
        # "die Gusseisenpfanne Glut": German names a product after its kind, a compound
        # whose first part is a search term of its own (#gusseisen); the name is the rest
        # (#Glut). A kind that is a whole term stays in the name ("Rucksack Falke Nr. 4")
        where = reader.find(subject.text)
        return camel_tag(" ".join(words[1:]), tax.language), where[0] if where else 0
    if (
        not subject.is_name
        and tax.language != "de"
        and len(words) > 1
        and words[0].isalpha()
        and words[0].islower()
        and words[-1][:1].isupper()
    ):
        # "perrita Kira", "our pup Biscuit": the name after the common noun is the tag,
        # but a pet's name is none (see above)
        tail = [w for w in words if w[:1].isupper()]
        if len(tail) == 1 and (reader.post.intent == "pets" or _is_animal_word(reader, words[0])):
            return None, 0
        where = reader.find(subject.text)
        return camel_tag(" ".join(tail), tax.language), where[0] if where else len(reader.text)
    if any(w.lower() in reader.plain for w in words) and not subject.is_name:
        return None, 0  # a cut across a phrase's boundary ("vous tous")
    limit = _MAX_NAME_WORDS if subject.is_name else _MAX_SUBJECT_WORDS
    if len(" ".join(words).split()) > limit and len(subject.text.split()) > limit:
        return None, 0
    if len(words) == 1 and words[0].lower() in tax.demonyms | tax.never:
        return None, 0
    if not subject.is_name and len(words) > 1 and words[0].lower() in _LOOKING_FOR:
        return None, 0  # "Buscamos voluntarios": a call, not a name
    if words[0].lower() in _MEASURES or words[-1].lower() in tax.never:
        return None, 0  # "ein Stück Leberwurst": a side detail's amount; "Wichtige Info"
    if not subject.is_name and len(words) > 1:
        # the head: last in English and German, either end in the others ("beau jour")
        heads = [words[-1]] if tax.language in ("en", "de") else [words[0], words[-1]]
        if any(h.lower() in lex.generic_nouns | reader.dates for h in heads):
            return None, 0  # "a quiet home", "día perfecto": a description, no search term
    if _ORDINAL.search(subject.text):
        return None, 0  # "Happy 5th", "1º aniversário": a count, not a name
    if (
        not subject.is_name
        and len(words) == 1
        and tax.language == "de"
        and reader.post.intent in ("everyday", "home")
    ):
        # "Erster Schnee, Kakao, Decke.": a noun of the day that is no search term (every
        # German noun has its capital, so it looks like a name): #Decke is no tag
        return None, 0
    where = reader.find(" ".join(words)) or reader.find(subject.text)
    if where is None:
        return camel_tag(" ".join(words), tax.language), len(reader.text)
    start, end = where
    if subject.is_name:
        head = _name_head_before(reader, start)
        if head is not None:  # "Banco de" + "Ropa de Cantabria": the whole name's tag
            words, start = _phrase_words(head) + words, start - len(head)
    rest = reader.text[end:]
    # "Hibou n°3", "Falke Nr. 4": the product's number, after its sign, is its name's
    if subject.is_name and words and words[-1].lower() in _NUMBER_SIGNS:
        words, rest = words[:-1], rest.lstrip(".")
        numbered = rx(r"[ \t]*(\d+)(?!\d|[.,]\d)").match(rest)
    else:
        numbered = rx(r"[ \t]+(?:n[°º.]|nº|no\.|nr\.?)[ \t]*(\d+)(?!\d|[.,]\d)", re.I).match(rest)
    if subject.is_name and numbered and words:
        return camel_tag(f"{' '.join(words)} {numbered[1]}", tax.language), start
    # a name followed by a number ("Line 4 ferry") or "to 5K": a piece of a longer name
    if subject.is_name and rx(r"[ \t]+\d").match(rest):
        return None, start
    if subject.is_name and _cut_from_a_longer_name(reader, start, end):
        return None, start
    # "Tête d'Or", "Lumières d'hiver", "Plaza de la Villa": the name goes on
    if subject.is_name and _NAME_GOES_ON.match(rest):
        return None, start
    if (
        subject.is_name
        and len(words) == 1
        and _PHRASE_GOES_ON.match(rest)
        and subject.text not in gazetteer(tax.language).towns  # "Roma di notte"
    ):
        return None, start  # "la Fête du cinéma": the phrase's first word is no tag
    m = rx(r"[ \t]+(\w+)[ \t]+(\w[\w-]*)").match(rest)
    joined = m and m[1].lower() in tax.joiners and (m[2][:1].isdigit() or m[2][:1].isupper())
    if subject.is_name and joined and m:
        if _YEAR.fullmatch(m[2]) and m[1].lower() in _MADE_IN:
            # "Omega Seamaster de 1962", "a Leica M3 from 1958": the year says when the
            # thing was made; the name is the tag, never #OmegaSeamasterDe1962
            return camel_tag(" ".join(words), tax.language), start
        if m[2][:1].isdigit() and len(words) + 2 <= _MAX_NAME_WORDS:
            return camel_tag(f"{' '.join(words)} {m[1]} {m[2]}", tax.language), start
        return None, start
    # "bacalhau à Brás": the name closes a dish's name
    before = rx(r"(\w+)[ \t]+(\w+)[ \t]+$").search(reader.text[:start])
    if (
        subject.is_name
        and before
        and before[2].lower() in tax.style_joiners
        and any(f in tax.terms for f in forms(before[1].lower(), tax.language))
    ):
        return None, start
    # "tarte Tatin", "pizza Margherita": on a food post the name only says which kind
    # of the dish (a pet's name after "our cat" is a name)
    dish = rx(r"(\w+)[ \t]+$").search(reader.text[:start])
    if (
        subject.is_name
        and reader.post.intent == "food"
        and dish
        and (dish[1][:1].islower() or tax.language == "de")  # German nouns: capitals
        and any(f in tax.terms for f in forms(dish[1].lower(), tax.language))
    ):
        return None, start
    if (
        subject.is_name
        and len(words) == 1
        and reader.post.intent == "milestone"
        and subject.kind in ("name", "person")
        and subject.text not in gazetteer(tax.language).towns
        and not unknown_word(subject.text.lower(), tax.language)
    ):
        # "Rose is retiring after 22 years", "Galleta cumple 5 años": someone's years
        # under a first name that is a word files the post under the word (#Rose is the
        # flower, #Galleta the biscuit); the milestone's tags say what it is
        return None, start
    following = reader.word_after(end)
    if subject.is_name:
        return camel_tag(" ".join(words), tax.language), start
    if (
        following is not None
        and len(words) > 1
        and (following.low in tax.determiners or following.low[:1].isdigit())
    ):
        words = words[:-1]  # "notre atelier fête ses 20 ans": the last word was a verb
    elif following is not None:
        last = next((t for t in reader.tokens if t.end == end), None)
        if last is not None and reader.qualifies_next(last, following):
            return None, start  # "flash sale": the term scan tags the whole phrase
    term = _tag_of_term(reader, words)
    if term is not None:
        return term, start
    if len(words) == 1 and words[0].lower() in reader.dates | lex.generic_nouns:
        return None, start
    return camel_tag(" ".join(words), tax.language), start


# the last word of a holiday's or a season's name ("Boxing Week", "Bonfire Night")
_HOLIDAY_HEADS = frozenset(["day", "week", "weekend", "night", "eve"])
# an amount of a thing ("ein *Stück* Leberwurst", "a slice of cake"): no subject's tag
_MEASURES = frozenset(
    [
        "piece",
        "pieces",
        "slice",
        "slices",
        "bit",
        "cup",
        "cups",
        "glass",
        "glasses",
        "bowl",
        "plate",
        "stück",
        "scheibe",
        "scheiben",
        "tasse",
        "glas",
        "schüssel",
        "teller",
        "pedazo",
        "trozo",
        "rebanada",
        "taza",
        "vaso",
        "plato",
        "morceau",
        "tranche",
        "tasse",
        "verre",
        "bol",
        "assiette",
        "pezzo",
        "fetta",
        "tazza",
        "bicchiere",
        "piatto",
        "pedaço",
        "fatia",
        "xícara",
        "chávena",
        "copo",
        "prato",
    ]
)
# "Buscamos voluntarios", "Wir suchen": a call for people, never a tag's first word
_LOOKING_FOR = frozenset(
    {
        "seeking",
        "wanted",
        "needed",
        "buscamos",
        "busca",
        "buscan",
        "necesitamos",
        "suchen",
        "sucht",
        "gesucht",
        "cherchons",
        "recherchons",
        "cherche",
        "recherche",
        "cerchiamo",
        "cercasi",
        "cerca",
        "procuramos",
        "procura",
        "precisamos",
    }
)
# "no Porto", "in Sheffield": a town named after a preposition of place
_PLACE_PREPOSITIONS = frozenset(
    ["in", "at", "en", "à", "au", "aux", "no", "na", "em", "a", "nel", "nella", "im", "zu", "nach"]
)
# "notre atelier de Tournai", "nostra bottega di Faenza": where the thing is made or sold
_WORKSHOPS = frozenset(
    [
        "atelier",
        "boutique",
        "magasin",
        "taller",
        "tienda",
        "obrador",
        "fábrica",
        "bottega",
        "laboratorio",
        "negozio",
        "oficina",
        "loja",
        "ateliê",
        "workshop",
        "studio",
    ]
)
_STREET_HEADS = frozenset(
    [
        "rua",
        "avenida",
        "travessa",
        "rue",
        "avenue",
        "boulevard",
        "calle",
        "avenida",
        "paseo",
        "via",
        "viale",
        "corso",
        "piazza",
        "street",
        "road",
        "lane",
        "avenue",
        "straße",
        "strasse",
        "gasse",
        "platz",
    ]
)
# a park, a garden or a beach: with a name, where something happened
_GROUNDS = (
    "gardens?|beach|park|jard[ií]n|jardines|jardins?|jardim|plage|playa|praia|spiaggia"
    "|parc|parque|parco|giardin[oi]|garten|gärten|strand"
)
_NAME_TOKEN = r"[^\W\d_][\w'\u2019\u02bb-]*"
_NAMED_GROUNDS_AFTER = re.compile(  # "whitby beach", "Kew Gardens", "Britzer Garten"
    rf"(?i:\b(?:at|on|in|to|by|around|along|through|im|am|beim|zum|zur|auf|an)[ \t]+"
    rf"(?:the[ \t]+)?)(?P<name>{_NAME_TOKEN}(?:[ \t]+{_NAME_TOKEN})?)"
    rf"[ \t]+(?P<head>(?i:{_GROUNDS}))\b"
)
_NAMED_GROUNDS_BEFORE = re.compile(  # "jardin du Luxembourg", "praia da Rocha"
    rf"(?P<head>(?i:{_GROUNDS}))[ \t]+(?i:de[ \t]+la|de[ \t]+l['\u2019]|del|de|du|des|da|do|das"
    rf"|dos|di|della|dei|degli|delle)[ \t]*(?P<name>{_NAME_TOKEN})"
)


@functools.cache
def _lower_towns(language: str) -> frozenset[str]:
    """The gazetteer's towns, lower-cased (built once per language, not once per post)."""
    return frozenset(t.lower() for t in gazetteer(language).towns)


def _named_grounds(text: str, language: str) -> list[tuple[int, int]]:
    """Where a park's, a garden's or a beach's word ("gardens", "beach", "jardin") is the
    head of its name: a name word (a capital, a town, a word the vocabulary lacks) beside
    it ("lili'uokalani gardens", "whitby beach", "spiaggia di Cervia")."""
    out: list[tuple[int, int]] = []
    # ("on the beach": "the" is no name, and asking the vocabulary would load it)
    plain = lexicon(language).function_words | lexicon("en").function_words
    for pattern in (_NAMED_GROUNDS_AFTER, _NAMED_GROUNDS_BEFORE):
        for m in pattern.finditer(text):
            names = [n for n in m["name"].split() if n.lower() not in plain]
            if any(
                name[:1].isupper()
                or name.lower() in _lower_towns(language)
                or unknown_word(rx(r"['\u2019\u02bb]").sub("", name.lower()), language)
                for name in names
            ):
                out.append(m.span("head"))
    return out


# what ends a street's name written short ("Baker St", "Mill Rd"; a first "St" is a saint)
_STREET_ABBREVIATIONS = frozenset(["st", "rd", "ave", "str"])
# a German street is one word: "Lindenstraße", "Am Mühlweg"
_STREET_ENDINGS = ("straße", "strasse", "gasse", "weg", "allee", "platz", "ufer", "damm")
# before a street's name: "C/ Mayor", "Av. da Liberdade", "via dei Mille", "rue des Tanneurs"
_STREET_BEFORE = re.compile(
    r"(?:\b(?:rua|avenida|av|avda|travessa|largo|rue|avenue|boulevard|bd|calle|c|paseo|via|"
    r"viale|corso|piazza|vicolo|street|road|lane)\.?|/)[ \t]*"
    r"(?:(?:de|del|dei|degli|della|delle|di|da|do|dos|das|des|du|de la)[ \t]+)?$",
    re.IGNORECASE,
)
# a town closing an address: "12 rue des Tanneurs, Colmar", "Hazel & Rowe, Bristol"
_ADDRESS_TOWN = re.compile(
    r",[ \t]*([A-ZÀ-Ý][\w'\u2019-]+(?:[ \t-][A-ZÀ-Ý][\w'\u2019-]+)?)[ \t]*[.!]?[ \t]*$"
)
# intents whose category tags sell something
_COMMERCIAL = frozenset({"food", "sale", "product_launch"})
# intents whose one-word names are people's or pets' first names (a pets post's stays:
# #Luna; an everyday story's "Tortellino ha rubato un calzino" files it under pasta)
_PEOPLE_INTENTS = frozenset({"thank_you", "hiring", "behind_the_scenes", "everyday"})


def _places(reader: _Reader, terms: list[_Term]) -> list[str | None]:
    """The post's places, as tags; none inside a search term ("vinho do *Porto*": a wine)
    and none the post names as a person ("grazie a *Marta*")."""
    subject = reader.post.subject
    # "la borraccia termica Fiume": a thing's one-word name after its kind is no town
    named = (
        subject.text
        if subject.is_name
        and subject.kind in ("name", "product")
        and _after_its_kind(reader, subject.text)
        else None
    )
    return [
        _with_place_head(reader, tag)
        for tag in _all_places(reader)
        if tag is None
        or not (
            _inside_a_term(reader, tag, terms)
            or _aside(reader.text, tag)
            or (named is not None and tag[1:] == named)
            or (tag[1:].isalpha() and (_owner(reader, tag[1:]) or _heirloom(reader, tag[1:])))
        )
    ]


# "Circolo Velico *di* Trapani", "Bodega Los Arcos *de* Cáceres": the town a name closes
_TOWN_JOINERS = frozenset(["de", "di", "da", "do", "of"])
# inside a name's head, no word of its own ("Osteria *del* Ponte", "Bodega *Los* Arcos")
_HEAD_FILLERS = frozenset(_NAME_JOINERS.split("|")) | _words(
    "la el los las le les lo il gli i o a os as the"
)
# an event's own name keeps its town: "Feira do Queijo de Serpa" is searched whole
_EVENT_HEADS = _words(
    """feira fiera feria festa fête festival fest sagra salon mostra expo carnaval carnevale
    carnival fair marathon maratona maratón rally giro vuelta volta torneo torneio trofeo
    trophée copa coppa coupe cup premio prix regata corrida semana settimana"""
)


def _name_and_town(reader: _Reader, name: str) -> tuple[str, str] | None:
    """A name that ends with the town it is in, as (the name without it, the town):
    "Taberna El Candil de Sevilla" → ("Taberna El Candil", "Sevilla"); "mercadillo de
    Navidad de Logroño" too, its head going on before the name in lower case. A head of
    one word ("Café de Paris", "Le Fournil de Lyon") is a brand named after a town, and
    a town whose name goes on ("Santiago de Compostela") is whole."""
    words = name.split()
    gaz = gazetteer(reader.tax.language)
    if (
        reader.tax.language == "de"
        and len(words) == 2
        and (_word_terms(reader.tax, words[0]) or words[0].lower() in reader.tax.trades)
        and words[1] in gaz.towns
        and words[1] not in gaz.common
    ):
        return words[0], words[1]  # "die Bibliothek Erfurt": the town's library
    if len(words) < 3:
        return None
    for k in range(1, len(words) - 1):
        if words[k].lower() not in _TOWN_JOINERS:
            continue
        town = " ".join(words[k + 1 :])
        if town not in gaz.towns or town in gaz.common or town in gaz.regions:
            continue
        head = words[:k]
        content = [w for w in head if w.lower() not in _HEAD_FILLERS | reader.tax.leading]
        where = reader.find(name)
        if len(content) == 1 and where is not None:
            # "mercadillo de Navidad de Logroño": a lower-case noun and its "de" before it
            before = rx(r"([^\W\d]+)[ \t]+(?:" + _NAME_JOINERS + r")[ \t]+$").search(
                reader.text[: where[0]]
            )
            if before is not None and before.group(1).islower():
                content.append(before.group(1))
        if (
            len(content) < 2
            or head[0].lower() in _STREET_HEADS
            or (content[0][:1].isupper() and content[0].lower() in _EVENT_HEADS)
        ):
            return None
        return " ".join(head), town
    return None


def _name_tag(reader: _Reader, name: str) -> str | None:
    """A name's tag, without the town it closes ("#TabernaElCandil", then #Sevilla)."""
    split = _name_and_town(reader, name)
    return camel_tag(split[0] if split else name, reader.tax.language)


def _aside(text: str, tag: str) -> bool:
    """Whether a place is named only inside a bracketed aside of a few words or more
    ("(hi to the one bloke in Iceland)"), not where the post is; a short bracket says
    where ("Sidrería El Gallo (Cimavilla, Gijón)", "(remote, Berlin)") and counts."""
    squeezed = rx(r"\W").sub("", tag[1:]).lower()
    outside = rx(r"\([^()]*\)").sub(
        lambda m: " " if len(m.group(0).split()) >= 5 else m.group(0), text
    )
    return squeezed not in rx(r"\W").sub("", outside).lower()


def _opens_a_place(reader: _Reader, at: int, places: list[str | None]) -> bool:
    """Whether the word at ``at`` opens the name of one of the post's places of more
    words ("*rio* branco", "*santa* cruz"): a piece of the town, no tag of its own."""
    written = rx(r"\W").sub("", reader.text[at : at + 60]).lower()
    word = rx(r"\W").sub("", reader.text[at:].split(maxsplit=1)[0] if reader.text[at:] else "")
    return any(
        p is not None
        and len(p) - 1 > len(word)
        and written.startswith(p[1:].lower())
        and p[1:].lower().startswith(word.lower())
        and p[1:].lower() in _folded_towns()
        for p in places
    )


@functools.cache
def _folded_towns() -> frozenset[str]:
    """Every town and region the gazetteer knows, as a tag body ("riobranco")."""
    return frozenset(rx(r"\W").sub("", t).lower() for t in gazetteer("en").towns)


# a one-word name that is only a venue's or a place's head ("au *Centre* culturel de …",
# "no *Museu* municipal"): the first word of a longer name, never a tag alone
_VENUE_HEADS = _words(
    """centre center centro zentrum musée museo museu museum théâtre teatro theater
    theatre bibliothèque biblioteca bibliothek library salle sala saal espace espaço
    spazio institut instituto istituto palais palacio palazzo palácio auditorium
    auditorio auditório polyvalente"""
)


def _with_place_head(reader: _Reader, tag: str | None) -> str | None:
    """A one-word place's tag with the lower-case place word written right before it
    ("au lac *Vert*" → ``#LacVert``, "al lago *Ercina*" → ``#LagoErcina``): the name
    alone is often a colour or an adjective (#Vert, #Azul), the two words its name."""
    if tag is None or not tag[1:].isalpha():
        return tag
    name = re.escape(tag[1:])
    for m in rx(rf"(?<![\w-])(\w+)[ \t]+{name}(?![\w'\u2019-])").finditer(reader.text):
        head = m.group(1)
        if head.islower() and head in reader.tax.place_heads:
            return camel_tag(f"{head} {tag[1:]}", reader.tax.language) or tag
    if tag[1:] in gazetteer(reader.tax.language).common:
        # "na praia da *Rocha*": a name that is a common word ("rocha", a rock) is no
        # town after its place word and "of": #PraiaDaRocha ("spiaggia di Cervia" stays)
        for m in rx(
            rf"(?<![\w-])(\w+)[ \t]+({_NAME_JOINERS})[ \t]+{name}(?![\w'\u2019-])"
        ).finditer(reader.text):
            if m.group(1).islower() and m.group(1) in reader.tax.place_heads:
                return camel_tag(m.group(0), reader.tax.language) or tag
    return tag


def _inside_a_term(reader: _Reader, tag: str, terms: list[_Term]) -> bool:
    body = re.escape(tag[1:])
    for term in terms:
        written = rx(r"\W").sub("", reader.text[term.start : term.end])
        if len(written) > len(tag) - 1 and rx(body, re.IGNORECASE).search(written):
            return True
    return False


def _all_places(reader: _Reader) -> list[str | None]:
    post, tax = reader.post, reader.tax
    out: list[str | None] = []
    town = _town(reader)  # "Crumb & Anchor" is no town: see _town
    # the town closing an address comes after the venues the post names before it
    closing = _address_town(reader) if town is None else None
    place = post.place if post.place and not _is_street(reader, post.place) else None
    if place and " " not in place and _addresses_the_reader(reader, place):
        place = None  # "a Teresa espera-vos": a person, read as a place
    if place and (
        (post.subject.kind == "person" and place == post.subject.text)
        or _thanked_person(reader, place)
    ):
        place = None  # "grazie a Marta": the one thanked, read as a place
    if (
        post.place
        and town
        and (place is None or _phrase_words(post.place)[0].lower() in _STREET_HEADS)
    ):
        out.append(camel_tag(town, tax.language))  # "no Porto" before its street
        town = None
    if place:
        out.append(_name_tag(reader, place))
    # "la Taberna El Candil de Sevilla": the town a venue's name closes is where it is
    for written in dict.fromkeys(
        [*([post.subject.text] if post.subject.is_name else []), *(n.text for n in post.names)]
    ):
        split = _name_and_town(reader, written)
        if split is not None and (tag := camel_tag(split[1], tax.language)) not in out:
            out.append(tag)
            break
    if town is not None:
        out.append(camel_tag(town, tax.language))  # "Copper Kettle in Bristol"
    extra = 0
    for name in post.names:
        if name.text in (post.place, post.subject.text, town) or _is_street(reader, name.text):
            continue
        if _thanked_person(reader, name.text):
            continue  # "merci à l'équipe et à Yvonne": a person, read as a place
        if _quoted_model(reader, name.text):
            continue  # "le borse «Posillipo»": a model's name, not where the post is
        words = _phrase_words(name.text)
        is_place = (
            name.kind in ("place", "venue", "event")
            or (len(words) > 1 and {words[-1].lower(), words[0].lower()} & tax.place_heads)
            # "Desde Vitoria os traemos …": where it comes from, a town the gazetteer knows
            or (name.kind == "origin" and name.text in gazetteer(tax.language).towns)
        )
        if is_place and extra < _MAX_EXTRA_PLACES and name.text != closing:
            out.append(_name_tag(reader, name.text))
            extra += 1
    if closing is not None:
        out.append(camel_tag(closing, tax.language))
    # a town named in passing ("Danke Leipzig", "Portland's best"): after the post's own
    for named in _named_towns(reader):
        if _distinct_places(out) >= _MAX_PLACES:
            break
        out.append(camel_tag(named, tax.language))
    if region := _region_of_the_town(reader, out):
        out.append(camel_tag(region, tax.language))  # "in Stanley from Falklands wool"
    dishes = _dish_towns(reader)
    return [t for t in out if t is None or t[1:].lower() not in dishes]


_REGION_AFTER_TOWN = 3  # "in Stanley from Falklands", "Hobart, Tasmania": words between


def _region_of_the_town(reader: _Reader, tags: list[str | None]) -> str | None:
    """The country or region the post names right after its one town ("knitted in
    *Stanley* from *Falklands* Corriedale wool", "*Hobart*, *Tasmania*"), even as the
    first word of a longer name: a one-word town is also a person ("Stanley") or a common
    word, its region says which. Only a few words after the town in its clause (a coffee's
    origin named before, "Äthiopien + Brasilien … in Lüneburg", is no town's region);
    never a region that is a common word of the language ("Spike *Island*"), closes a
    longer name ("Port of *Spain*", "Rua de *Santa Catarina*") or opens a street's
    ("*Florida* Rd") or follows an amount ("je 59 *Franken*")."""
    gaz = gazetteer(reader.tax.language)
    bodies = {t[1:] for t in tags if t is not None}
    if bodies & gaz.regions:
        return None
    # the one-word towns the post's places hold ("#Stanley"; a venue's name is no town)
    placed = [b for b in bodies if b.isalpha() and (b in gaz.towns or b == reader.post.place)]
    if len(placed) != 1:
        return None
    tokens, text = reader.tokens, reader.text
    streets = _STREET_HEADS | _STREET_ABBREVIATIONS
    for at, town in enumerate(tokens):
        if town.text != placed[0]:
            continue
        for i in range(at + 1, min(len(tokens), at + 2 + _REGION_AFTER_TOWN)):
            gap = text[tokens[i - 1].end : tokens[i].start]
            if gap.strip() not in ("", ",") or (gap.strip() == "," and i > at + 1):
                break  # the clause ends
            if tokens[i - 1].text[:1].isdigit():
                break  # "in Vaduz, je 59 Franken": an amount's unit, no region
            match = _town_at(reader, i, gaz.regions, gaz.longest)
            if match is None:
                continue
            last, name = match
            before, after = tokens[i - 1], tokens[last + 1] if last + 1 < len(tokens) else None
            if (
                name in gaz.common
                or before.low in reader.tax.leading
                or (before.low in _NAME_JOINERS.split("|") and i - 2 > at)
                or (after is not None and after.low in streets)
                or name.lower() in reader.tax.terms
            ):
                return None
            return name
    return None


# "San Sebastián *de los Reyes*", "Villanueva *de la Cañada*": a town's name goes on (an
# elided "d'" does not count: "Cortina d'Ampezzo" is searched as #Cortina too)
_TOWN_GOES_ON = re.compile(
    r"[ \t]+(?:of|de|del|di|da|do|du|della|von)[ \t]+"
    r"(?:la|las|el|los|le|les|lo|the|das|der)[ \t]+[A-ZÀ-Ý]"
)


def _place_goes_on(reader: _Reader, tag: str) -> bool:
    """Whether the place a tag names is written only as the start of a longer name, its
    "de los …", "de la …", "of the …" going on ("San Sebastián de los Reyes")."""
    words = _CAMEL_WORD.findall(tag[1:])  # "SanSebastián": "San Sebastián"
    found = reader.find(" ".join(words)) if words else None
    if found is None:
        return False
    written = reader.text[found[0] : found[1]]
    at = found[0]
    while at >= 0:  # every time the post writes it
        if not _TOWN_GOES_ON.match(reader.text, at + len(written)):
            return False
        at = reader.text.find(written, at + len(written))
    return True


def _distinct_places(tags: list[str | None]) -> int:
    """How many place tags will stand: one that holds an earlier one ("#PeelHill" after
    "#Peel") is left out beside it (a compound and its piece never go together)."""
    kept: list[str] = []
    for tag in tags:
        if tag is not None and not any(_is_piece(k, tag[1:].lower()) for k in kept):
            kept.append(tag[1:].lower())
    return len(kept)


def _dish_towns(reader: _Reader) -> frozenset[str]:
    """The one-word towns the post names only in a food's name ("pasteles de *Belén*",
    "*Eccles* cakes"), lower-cased: no place tag (a town also named on its own stays)."""
    towns = gazetteer(reader.tax.language).towns
    dish: set[str] = set()
    alone: set[str] = set()
    for i, token in enumerate(reader.tokens):
        if token.text in towns:
            (dish if _dish_of_a_place(reader, i, i) else alone).add(token.low)
    return frozenset(dish - alone)


# "Sydney and I", "Marta e io": a person, not a town
_WITH_ME = re.compile(r"^[ \t]+(?:and|&|y|e|et|und)[ \t]+(?:I|me|yo|io|moi|ich|eu)\b", re.I)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n\u2026])[^\w]*$")


def _named_towns(reader: _Reader) -> list[str]:
    """The gazetteer's towns the post names, as it writes them ("Danke *Leipzig*",
    "*Portland*'s best", "*Firenze* ci ha rubato il cuore"), first named first.

    A town is a capitalised whole name that is no piece of a longer one ("*Paris*
    Baguette", "Café de *Paris*", "The *London* Grill"), no person ("with *Adelaide*",
    "*Sydney* and I", a name the reader took for a person's) and no common word of the
    post's language written where any word is capitalised: at a sentence's start or
    after an article ("*Nice* weather"; in German, which capitalises every noun and
    writes its loanwords so, never one of any language: "meinen eigenen *Salon*"), nor
    a name after an article ("the *Marlow* 3-seater") or a street's ("via *Garibaldi*").
    """
    tax, tokens, text = reader.tax, reader.tokens, reader.text
    gaz = gazetteer(tax.language)
    if not any(t.text[:1].isupper() for t in tokens):
        return _lower_named_towns(reader)
    people = {n.text for n in reader.post.names if n.kind == "person"}
    found: list[str] = []
    i = 0
    while i < len(tokens):
        match = _town_at(reader, i, gaz.towns, gaz.longest)
        if match is None:
            i += 1
            continue
        last, name = match
        start, end = tokens[i].start, tokens[last].end
        before = tokens[i - 1] if i > 0 and reader.adjacent(tokens[i - 1], tokens[i]) else None
        after = tokens[last + 1] if last + 1 < len(tokens) else None
        first = _SENTENCE_START.search(text[:start]) is not None
        # "aus dem Schwarzwald", "in der Toskana": a region takes its article
        article = before is not None and before.low in tax.leading and name not in gaz.regions
        longer = (
            after is not None and reader.adjacent(tokens[last], after) and after.text[:1].isupper()
        ) or (before is not None and _opens_a_name(reader, before, first_word=i - 1))
        inside = any(s <= start and end <= e and e - s > end - start for s, e in reader.in_names)
        pet = (
            reader.post.intent == "pets" or shows_animal(reader.post.content)
        ) and name in reader.post.subject.text.split()
        person = (
            name in people
            or pet  # "Nuestra perrita Kira": the dog, not Kira in Uganda
            or (before is not None and before.low in tax.side)
            or _WITH_ME.match(text[end:]) is not None
            or (" " not in name and _addresses_the_reader(reader, name))
        )
        # "the Marlow 3-seater", "in der Halle": a thing's or a model's name, a noun
        word = name.lower() in tax.terms or article
        if name in gaz.common and (tax.language == "de" or first):
            word = True  # German capitalises every noun
        model = _quoted_model(reader, name)  # "le borse «Posillipo»"
        if longer or inside or person or word or model or _is_street(reader, name):
            i = last + 1

            i = last + 1
            continue
        if name not in found:
            found.append(name)
        i = last + 1
    return found


_DISH_OF = frozenset(["de", "di", "da", "do", "du", "des", "del", "della", "of"])


def _dish_of_a_place(reader: _Reader, first: int, last: int) -> bool:
    """Whether the town at tokens ``first``..``last`` names a dish or a food after it
    ("pasteles de *Belén*", "moutarde de *Dijon*", "*Eccles* cakes", "*Jerusalem*
    artichokes"): where a food comes from by name, not where the post is."""
    tokens = reader.tokens
    if first >= 2 and tokens[first - 1].low in _DISH_OF:
        dish = tokens[first - 2]
        if dish.text.islower() and _is_food_text(reader, dish.text):
            return True
        # "roscones de *Reyes*": a thing of the taxonomy named after the town, in any form
        of, town = tokens[first - 1].low, _fold(tokens[first].low)
        terms = _folded_terms(reader.tax.language)
        if dish.text.islower() and any(
            f"{_fold(f)} {of} {town}" in terms
            for f in (dish.low, *_forms(dish.low, reader.tax.language))
        ):
            return True
        # "de postre glorias de *Linares*", "dessert: tarte de *Linzer*": a sweet the
        # vocabulary does not know as food, named right after its course
        course = tokens[first - 3] if first >= 3 else None
        if (
            dish.text.islower()
            and course is not None
            and _is_food_text(reader, course.text)
            and _CLAUSE_END.search(reader.text[course.end : dish.start]) is None
        ):
            return True
    if last + 1 < len(tokens) and reader.adjacent(tokens[last], tokens[last + 1]):
        after = tokens[last + 1]
        return after.text.islower() and _is_food_text(reader, after.text)
    return False


@functools.cache
def _folded_terms(language: str) -> frozenset[str]:
    """The taxonomy's search terms of ``language`` without their accents."""
    return frozenset(_fold(t) for t in taxonomy(language).terms)


def _lower_named_towns(reader: _Reader) -> list[str]:
    """In a post written without a capital ("quattro giorni in basilicata", "el colegio
    en malabo"), the towns and regions the gazetteer knows right after a preposition of
    place, as the gazetteer writes them; a name that is also a common word of any
    language is none ("in nice weather")."""
    tokens, by_lower = reader.tokens, plain_towns()
    longest = gazetteer(reader.tax.language).longest
    found: list[str] = []
    for i in range(1, len(tokens)):
        before = tokens[i - 1]
        if before.low not in _PLACE_PREPOSITIONS or not reader.adjacent(before, tokens[i]):
            continue
        for last in range(min(len(tokens), i + longest) - 1, i - 1, -1):
            if any(not reader.adjacent(tokens[k], tokens[k + 1]) for k in range(i, last)):
                continue
            name = by_lower.get(reader.text[tokens[i].start : tokens[last].end].lower())
            if name is not None:
                # "em são roque de minas": a piece of a longer name the gazetteer lacks
                after = tokens[last + 1] if last + 2 < len(tokens) else None
                longer = (
                    after is not None
                    and after.low in _NAME_JOINERS.split("|")
                    and reader.adjacent(tokens[last], after)
                    and reader.adjacent(after, tokens[last + 2])
                )
                if not longer and name not in found and not _is_street(reader, name):
                    found.append(name)
                break
    return found


def _town_at(
    reader: _Reader, i: int, towns: frozenset[str], longest: int
) -> tuple[int, str] | None:
    """The longest town's name that starts at token ``i`` (its last token, the name
    without a possessive "'s"), or None."""
    tokens = reader.tokens
    if not tokens[i].text[:1].isupper():
        return None
    for last in range(min(len(tokens), i + longest) - 1, i - 1, -1):
        if any(not reader.adjacent(tokens[k], tokens[k + 1]) for k in range(i, last)):
            continue
        name = reader.text[tokens[i].start : tokens[last].end]
        if name in towns:
            return last, name
        bare = rx(r"['\u2019]s$").sub("", name)
        if bare != name and bare in towns:
            return last, bare
    return None


def _opens_a_name(reader: _Reader, token: _Token, first_word: int) -> bool:
    """Whether the word before a town makes it part of a longer name: a capitalised word
    that is no sentence's first ("Hotel *Lisboa*"), one that opens names ("Maison") or
    places ("Lake"), a place's common noun ("l'église *Saint-Jean*"); "Café de" of
    "Café de Paris"."""
    low = rx(r"^\w{1,4}['\u2019]").sub("", token.low)  # "l'église"
    if low in reader.tax.place_heads or low in _STREET_HEADS or low in _WORKSHOPS:
        return True  # "l'église Saint-Jean", "piazza Garibaldi", "hotel Lisboa"
    if low in reader.tax.joiners or low in _NAME_JOINERS.split("|"):
        prev = reader.tokens[first_word - 1] if first_word > 0 else None
        return prev is not None and reader.adjacent(prev, token) and prev.text[:1].isupper()
    if not token.text[:1].isupper():
        return False
    if low in _NAME_HEADS or low in reader.tax.place_heads:
        return True
    if reader.tax.language == "de" and (_word_terms(reader.tax, low) or low in reader.tax.trades):
        # German capitalises every noun: "das Tierheim Bremen", "die Bibliothek Erfurt"
        # are the town's shelter and library, a noun people search and where it is
        return False
    return _SENTENCE_START.search(reader.text[: token.start]) is None


def _is_street(reader: _Reader, name: str) -> bool:
    """Whether a name is a street's ("Mill Lane", "Rua do Sol", "Lindenstraße", the
    "Mayor" of "C/ Mayor", the "Mille" of "via dei Mille"): it says where, and no one
    searches it."""
    words = [w.lower() for w in _phrase_words(name) if not w.isdigit()]  # "Lindenstraße 4"
    if not words:
        return False
    if words[0] in _STREET_HEADS or words[-1] in _STREET_HEADS | _STREET_ABBREVIATIONS:
        return True
    if reader.tax.language == "de" and words[-1].endswith(_STREET_ENDINGS) and len(words[-1]) > 6:
        return True
    return any(
        _STREET_BEFORE.search(reader.text[max(0, m.start() - 24) : m.start()])
        for m in rx(rf"(?<!\w){re.escape(name)}(?!\w)").finditer(reader.text)
    )


def _address_town(reader: _Reader) -> str | None:
    """The town that closes an address or a business's name at the end of a line
    ("Rua do Sol, 40, Olinda", "Hazel & Rowe garden centre, Bristol"): what stands before
    the comma holds a number, a street or a name of the post, so the name after it is no
    sign-off ("Love, Anna")."""
    names = {n.text: n for n in reader.post.names}
    for line in reader.text.splitlines():
        m = _ADDRESS_TOWN.search(line)
        if m is None:
            continue
        before, town = rx(r"[.!?]").split(line[: m.start()])[-1], m[1]
        name = names.get(town)
        if (name is not None and name.kind == "person") or _is_street(reader, town):
            continue
        if town.lower() in _junk(reader.tax.language) or len(before.split()) < 2:
            continue
        # a number or a street before the comma: an address, whose last word is its town
        # even where the reader took no name ("Lindenstraße 4, Bamberg")
        address = rx(r"\d").search(before) or any(
            _is_street(reader, n.text) for n in reader.post.names if n.text in before
        )
        inner = any(n.text != town and n.text in before for n in reader.post.names)
        if address or (name is not None and inner):
            return town
    return None


def _shop_kind(reader: _Reader, *, topic_at: int | None = None) -> tuple[str, ...]:
    """The tags of the kind of business a name says it is, which people search by.

    The kind is a word of the taxonomy's ``trades`` inside the name: anywhere in it in
    English ("Larchwood *Bouldering*", "Tallow Lane *Roasters*"), a compound's last part
    in German ("*Messerschmiede* Eisenfalk" → ``#messerschmiede``, and ``#messer`` for its
    first part; "*Kaffeerösterei*" → ``#kaffeerösterei #kaffee``), the first word in
    es/fr/it/pt, whose names open with their trade ("*Ceramiche* Sole", "*Fromagerie*
    Vautrin"), where a search term of the thing sold counts too; or the lower-case word
    right before the name ("notre *microbrasserie* Houblon Fou"). An English name's other
    words are as often a joke ("Salty *Dog*"), so only a trade counts there; "Casa Paco"
    says nothing.

    ``topic_at``: where the opening names a thing of its own ("Live *jazz* at Wrenfield
    Bakery", "*tango* all'Enoteca Rossi"); a subject that is an event ("*Lesung* im
    Buchladen Seitenwind") counts too. A venue named after it, after a preposition of
    place, is where the thing happens, not what the post is about ("Neu *in der*
    Messerschmiede Eisenfalk: handgeschmiedete Kochmesser" names the shop first)."""
    post = reader.post
    if not post.subject.is_name and post.subject.kind == "event":
        where = reader.find(post.subject.text)
        if where is not None and (topic_at is None or where[0] < topic_at):
            topic_at = where[0]
    names = [
        n.text
        for n in post.names
        if n.kind not in ("person", "address", "event")
        and n.start < reader.first_sentences()
        # "drop-off points are the library, Café Mira and …": a place to go, no trade
        and not any(s <= n.start < e for s, e in reader.excluded)
        and not (
            topic_at is not None
            and reader.text.find(n.text) > topic_at
            and n.text != post.subject.text
            and _held_at(reader, n.text)
        )
    ]
    if post.subject.is_name:
        names.insert(0, post.subject.text)
    for name in names:
        tags = _name_trade(reader, name)
        if tags:
            return tags
    return _own_trade(reader)


# "our cheese dairy", "il nostro caseificio", "unserer Käserei": the post's own business
_OURS = _words(
    "our my unser unsere unserer unseren unserem mein meine meiner meinem meinen nuestro"
    " nuestra nuestros nuestras mi notre nos mon ma nostro nostra nostri nostre mio mia"
    " nosso nossa nossos nossas meu minha"
)
_OWN_TRADE_WORDS = 2  # "our cheese dairy": a word may qualify the trade


def _own_trade(reader: _Reader) -> tuple[str, ...]:
    """Behind the scenes of a business the opening calls its own, the tags of its trade
    ("at our cheese *dairy*", "del nostro *caseificio*", "unserer *Käserei*"): what a
    look at the work is searched by when the business is named by its kind, not a name."""
    if reader.post.intent != "behind_the_scenes":
        return ()
    tokens = reader.tokens
    first = reader.first_sentences()
    for i, token in enumerate(tokens):
        if token.start >= first:
            break
        if token.low not in _OURS:
            continue
        for j in range(i + 1, min(i + 1 + _OWN_TRADE_WORDS, len(tokens))):
            if not reader.adjacent(tokens[j - 1], tokens[j]) or reader.ruled_out(j):
                break
            tags = _trade_of_word(reader.tax, tokens[j].text)
            if tags:
                return tags
    return ()


# "at", "im", "all'", "en el", "no": right before a name, they make it where a thing is held
_HELD_AT = re.compile(
    r"(?<![\w'\u2019])(?:at|in|im|am|beim|bei|chez|à|au|en|no|na|em|nel|nella|al|alla|all"
    r"|presso|dans)(?:[ \t]+(?:the|der|dem|la|le|el|l|lo|il))?(?:[ \t]+|['\u2019])$",
    re.IGNORECASE,
)


def _held_at(reader: _Reader, name: str) -> bool:
    """Whether ``name`` is first written right after a preposition of place."""
    at = reader.text.find(name)
    return at > 0 and _HELD_AT.search(reader.text[:at]) is not None


def _name_trade(reader: _Reader, name: str) -> tuple[str, ...]:
    """The tags of the trade one name says (see :func:`_shop_kind`), or ()."""
    tax = reader.tax
    words = _phrase_words(name)
    if words and words[0].lower() in tax.leading:
        words = words[1:]  # "La Sorveteria Pinhão Doce"
    if len(words) < 2 or not words[0][:1].isupper() or words[-1].lower() in _HOLIDAY_HEADS:
        return ()  # "Boxing Week" names a holiday, no boxing gym
    if (
        len(words) > 2
        and words[0].lower() in _EVENT_HEADS
        and words[1].lower() in _NAME_JOINERS.split("|")
    ):
        # "Salon des Métiers d'Art", "Fiera del Tartufo": an event's name, whose head is
        # no trade (#salondecoiffure); what it is of says its kind ("Salon du Chocolat")
        return _trade_of_word(tax, words[2]) or _word_terms(tax, words[2].lower())
    before = rx(r"([^\W\d_][\w-]*)[ \t]+$").search(reader.text[: reader.text.find(name)])
    if before is not None and before[1].islower():
        # "notre microbrasserie Houblon Fou", "im Bettenhaus": a trade written before it
        tags = _trade_of_word(tax, before[1])
        if tags:
            return tags
    if tax.language == "en":
        candidates = words
    elif tax.language == "de":
        candidates = [w for w in words if w[:1].isupper()]
    elif words[0].lower() in _CLUB_HEADS:
        candidates = words[1:]  # "Club Baloncesto Tudela", "ASD Sarrabus Calcio": its sport
    else:
        candidates = words[:1]
    for word in candidates:
        tags = _trade_of_word(tax, word)
        if tags:
            return tags
    if tax.language in ("en", "de") or words[0].lower() in _NAME_HEADS:
        return ()
    for form in _forms(words[0].lower(), tax.language):
        tags = tax.terms.get(form, ())
        if tags:
            return tags
    return _named_dish(reader, words[0])


# "Ceviche*ría*", "Empanad*ería*", "Crêpe*rie*", "Piadin*eria*": a shop named after its dish
_DISH_SHOP = re.compile(r"^(\w{3,}?)(?:er[ií]a|erie)$")


def _named_dish(reader: _Reader, word: str) -> tuple[str, ...]:
    """The tags of the dish or drink a Romance shop's name is made of ("Cevichería" →
    ``#ceviche``, "Arepería" → ``#arepas``, "Crêperie" → ``#crêpes``); only a dish of the
    food category, so a "Lavandería" names no lavender."""
    m = _DISH_SHOP.match(word.lower())
    if m is None:
        return ()
    stem = m[1]
    for dish in dict.fromkeys((f"{stem}e", f"{stem}a", f"{stem}o", stem)):
        for form in _forms(dish, reader.tax.language):
            tags = reader.tax.terms.get(form, ())
            if tags and _is_food_text(reader, form):
                return tags
    return ()


def _trade_of_word(tax: Taxonomy, word: str) -> tuple[str, ...]:
    """The tags of one word that names a kind of business: a ``trades`` word in any of
    its forms, or a German compound ending in a trade ("Messerschmiede": the compound,
    its first part's search terms, the ending's tags)."""
    low = word.lower()
    for form in _forms(low, tax.language):
        if form in tax.trades:
            return tax.trades[form]
    for ending, tags in tax.trade_endings:
        head = low.removesuffix(ending)
        if head != low and len(head) >= 3:
            first = tuple(t for t in _word_terms(tax, head) if t != low)
            return tuple(dict.fromkeys((low, *first, *tags)))
    return ()


def _town(reader: _Reader) -> str | None:
    """A one-word name written right after a preposition of place ("no Porto") or after
    the workshop or shop that is there ("notre atelier *de* Tournai")."""
    for name in reader.post.names:
        if " " in name.text or name.text == reader.post.subject.text or name.kind == "person":
            continue
        if _addresses_the_reader(reader, name.text):
            continue  # "a Teresa espera-vos": a person after "a"
        if rx(
            rf"(?<![\w&][ \t])(?<!\w)(?:{'|'.join(_PLACE_PREPOSITIONS)})[ \t]+"
            rf"{re.escape(name.text)}(?![\w&])",
            re.IGNORECASE,
        ).search(reader.text) or rx(
            rf"(?<!\w)(?:{'|'.join(_WORKSHOPS)})[ \t]+(?:de|di|da|do|of)[ \t]+"
            rf"{re.escape(name.text)}(?![\w&'\u2019])"
        ).search(reader.text):
            return name.text
    return None


def _for_charity(reader: _Reader) -> bool:
    """Whether a post read as commerce or thanks is a charity's: a soup kitchen's call
    for volunteers is no #restaurant; thanks to the volunteers of a clean-up or the
    guests of a fundraiser are searched by the cause."""
    charity = reader.tax.intents.get("charity")
    return (
        (reader.post.intent in _COMMERCIAL or reader.post.intent == "thank_you")
        and charity is not None
        and any(d.cause and d.cues.hit(reader.seen) for d in charity.domains)
    )


def _category(
    reader: _Reader, *, about: bool = False, topic: bool = False
) -> tuple[list[str], list[str], bool]:
    """The category tags of the post's sub-domains, the intent's generic ones (which
    only fill), and whether the former name what the post is about (a wedding, a dog's
    birthday: they go before the post's other things).

    ``about``: the opening names the post's topic, so a sub-domain named only by a side
    detail ("yoga class, with coffee") gives no category. ``topic``: the opening names a
    thing of its own, so a sub-domain named only inside a name ("tango all'*Enoteca*
    Rossi") gives none either."""
    spec = reader.tax.intents.get(reader.post.intent)
    if _for_charity(reader):
        spec = reader.tax.intents.get("charity")
    if spec is None or (spec.needs is not None and not spec.needs.hit(reader.seen)):
        return [], [], False
    seen = reader.seen_outside_names if topic else reader.seen
    # "cumple 4 años" on a birthday: years counted, and still no #aniversario
    outside = reader.seen_outside_names
    found = [
        (
            None
            if (
                d.unless is not None
                and d.unless.hit(outside if d.unnamed else seen)
                and not (d.waived is not None and d.waived.hit(outside if d.unnamed else seen))
            )
            or (d.unnamed and not d.cues.hit(outside))
            or (d.flag is not None and d.flag not in reader.post.flags)
            else d.cues.first(seen),
            n,
            d.tags,
        )
        for n, d in enumerate(spec.domains)
    ]
    words = reader.seen.words
    # "a tabby who gets along with dogs": dogs are company, not the post's animal
    found = [
        (
            None
            if at is not None and at < len(words) and in_company(words[at], reader.post.content)
            else at,
            n,
            tags,
        )
        for at, n, tags in found
    ]
    if about:
        found = [
            (None if at is not None and _side_word_at(reader, at) else at, n, tags)
            for at, n, tags in found
        ]
    # "25 years of the press! Back in 2001 we printed our first wedding invitations":
    # what a later sentence tells of a past year is an anecdote, not the post's category
    found = [
        (
            None
            if at is not None
            and at < len(reader.tokens)
            and _in_an_anecdote(reader, reader.tokens[at].start)
            else at,
            n,
            tags,
        )
        for at, n, tags in found
    ]
    # "Happy birthday to us!", "Die Buchhandlung Seitenwind feiert Geburtstag": a business's
    found = [(at, n, _business_tags(reader, spec.domains[n]) or tags) for at, n, tags in found]
    # a stove or a swim named only in one of the tips is a tool or a place of that tip
    opening_end = reader.first_sentences()
    found = [
        (
            None
            if at is not None
            and spec.domains[n].opening
            and (at >= len(reader.tokens) or reader.tokens[at].start >= opening_end)
            else at,
            n,
            tags,
        )
        for at, n, tags in found
    ]
    # the sub-domain the post names first leads (bridal make-up that mentions hair)
    ranked = sorted((at, n, tags) for at, n, tags in found if at is not None)
    opening = reader.pet_opening
    if opening is not None:
        # the kinds of animal named after an opening that names the post's own are its
        # story ("unser Kater Pepe … hat zwei Hunde überlebt" is no #hundeliebe)
        ranked = [
            (at, n, tags)
            for at, n, tags in ranked
            if not (
                at < len(reader.tokens)
                and reader.tokens[at].start >= opening
                and _sub_domain_cue(reader, "pets", reader.tokens[at].text, kinds=True)
            )
        ]
    own = [t for _, _, tags in ranked for t in tags]
    if any(spec.domains[n].only for _, n, _ in ranked):
        return own, [], True
    if ranked and spec.domains[ranked[0][1]].replaces:
        return own, [], False  # cyclamen care: #plants, and no #homedecor
    if reader.post.intent == "everyday":
        # #quotidien, #dailylife: no one searches a post by them; its weather they do
        return own, [], False
    return own, list(spec.tags), False


# "Happy birthday to us", "wir haben Geburtstag", "cumplimos", "compiamo": the post's
# own business has the birthday
_WE_TURN = re.compile(
    r"(?i:\b(?:to us|we turn|we're turning|we are turning|wir haben|wir werden|wir feiern"
    r"|cumplimos|celebramos|compiamo|festeggiamo|fazemos|celebramos|nous fêtons|on fête)\b)"
)


def _business_tags(reader: _Reader, domain: _Domain) -> tuple[str, ...]:
    """A birthday domain's tags for a business that has the birthday (see
    :class:`_Domain`), or () when a relative or a pet has it or no business does."""
    if not domain.business or (
        domain.kin is not None and domain.kin.hit(reader.seen_outside_names)
    ):
        return ()
    post = reader.post
    names = [n.text for n in post.names if n.kind not in ("person", "address", "event")]
    if post.subject.is_name:
        names.append(post.subject.text)
    if _WE_TURN.search(reader.text):
        return domain.business
    if any(n.kind == "person" for n in post.names):
        return ()  # "Happy birthday to our head chef Marco!" at Trattoria Lupo: his
    return domain.business if any(_name_trade(reader, n) for n in names) else ()


def _replaced_by_business(reader: _Reader) -> frozenset[str]:
    """The birthday tags a business's birthday replaces (see :func:`_business_tags`):
    no search term brings them back ("Happy birthday to us!" is no #birthday)."""
    spec = reader.tax.intents.get(reader.post.intent)
    if spec is None:
        return frozenset()
    return frozenset(
        t.lower()
        for d in spec.domains
        if d.business and d.cues.hit(reader.seen_outside_names) and _business_tags(reader, d)
        for t in d.tags
    )


_YEAR = re.compile(r"(?<![\w.,])(?:1[89]|20)\d\d(?!\w|[.,]\d)")


def _in_an_anecdote(reader: _Reader, at: int) -> bool:
    """Whether what is written at ``at`` is in a sentence after the opening one that
    names a year ("Back in 2001 we printed …", "1998 haben wir …"): a past anecdote."""
    if at < reader.first_sentences():
        return False
    begin = max((m.end() for m in rx(r"[.!?\n]").finditer(reader.text[:at])), default=0)
    end = re.compile(r"[.!?\n]").search(reader.text, at)
    return _YEAR.search(reader.text[begin : end.start() if end else len(reader.text)]) is not None


# where a list ends: a sentence's end, a colon (the list it opens is its own), an emoji
_LIST_BOUNDS = re.compile(r"[.!?\u2026]+(?:\s|$)|[:;\n\u2190-\u2bff\U0001f000-\U0001faff]+")
_LIST_AFTER_WORDS = 2  # a list that details a subject comes after words in its sentence
_SENTENCE_END = re.compile(r"[.!?\u2026]+(?:\s|$)|\n")
_LIST_ITEM_WORDS = 10  # a longer piece between commas is a clause (the last item may run on)
_CLOCK = re.compile(r"\d(?:[:.h]\d\d|\s?(?:h|am|pm|uhr)\b)", re.IGNORECASE)


def _spec(item: str) -> bool:
    """Whether a list's item is a figure of a product ("5 Liter", "£22", "340g jars",
    "Auflage 20"), not a thing of its own ("amaneceres a -12 °C", "nappies (size 3)")."""
    plain = rx(r"\([^)]*\)").sub("", item).strip(" ,")
    return bool(rx(r"^[\d£$€]").match(plain)) or (
        len(plain.split()) <= 2 and rx(r"\d").search(plain) is not None
    )


def _listed_details(reader: _Reader, terms: list[_Term]) -> list[tuple[int, int]]:
    """The lists of the post that only detail its subject: three or more items (two
    commas, or a comma and an "and" after it) of which at most half name a search term
    ("most needed: tinned soup, oats, toothpaste, nappies"; "paredes azul cielo, una
    cama …, una caja de juguetes y cortinas"). Their items are what a room, a trip or a
    donation holds, not what the post is about; a list most of whose items are search
    terms names the post's things ("Yoga, pilates and barre this week"), and commas
    around a day or an hour ("Sunday, 3 May, from 10am") make no list."""
    if reader.post.intent == "food" and not _for_charity(reader):
        return []  # "menu: ramen, gyoza, karaage and mochi": a food post's dishes
    text = reader.text
    lex = reader.lex
    streets = [
        n.text for n in reader.post.names if n.kind == "address" or _is_street(reader, n.text)
    ]
    joiners = "|".join(re.escape(w) for w in sorted(lex.list_and | {"&", "+"}))
    joined = rx(rf"\s(?:{joiners})\s", re.IGNORECASE)
    breaks = rx(rf",\s+|\s+(?:{joiners})\s+", re.IGNORECASE)
    cuts = [0, *(m.end() for m in _LIST_BOUNDS.finditer(text)), len(text)]
    out: list[tuple[int, int]] = []
    for begin, end in itertools.pairwise(cuts):
        segment = text[begin:end]
        commas = [m.end() for m in rx(r",\s+").finditer(segment)]
        if len(commas) < 2 and not (commas and joined.search(segment, commas[-1])):
            continue
        when = lex.months | lex.weekdays
        if (
            _CLOCK.search(segment)
            or any(t.low in when for t in reader.tokens if begin <= t.start < end)
            or any(street in segment for street in streets)
        ):
            continue  # "Sunday, 3 May, 10am", "in der Lindenstraße 4, Kassel, …"
        opens = max((m.end() for m in _SENTENCE_END.finditer(text, 0, begin)), default=0)
        if sum(opens <= t.start < begin for t in reader.tokens) < _LIST_AFTER_WORDS:
            continue  # "Mate, medialunas y sol", "Astuce : …": the list is what is told
        bounds = [0, *(m.end() for m in breaks.finditer(segment)), len(segment)]
        items = list(itertools.pairwise(bounds))
        if any(_spec(segment[s:e]) for s, e in items):
            continue  # "der Gusseisenbräter Kessel, 5 Liter, emailliert, 149 €": a product
        if any(len(_TOKEN.findall(segment[s:e])) > _LIST_ITEM_WORDS for s, e in items[:-1]):
            continue  # "… pottery class at Kiln & Co last night, all 14 of you …": clauses
        named = sum(any(begin + s <= t.start < begin + e for t in terms) for s, e in items)
        if 2 * named <= len(items):
            out.append((begin, end))
    return out


def _side_word_at(reader: _Reader, index: int) -> bool:
    """Whether the post's word ``index`` is a side detail: named after a side word
    ("with", "con", "mit") in its sentence."""
    return index < len(reader.tokens) and (
        reader.after_side_word(index)
        or reader.after_passing_word(index)
        or reader.after_when(index)
    )


def post_hashtags(
    post: Post,
    limit: int,
    *,
    blocked: frozenset[str],
    blocked_words: frozenset[str] = frozenset(),
) -> tuple[list[str], str | None]:
    """The post's hashtags, most useful first, and a note when fewer than ``limit`` fit.

    In order: the tags written in the content (a brand's own, kept first); the
    subject's tag (``#IronTemple``, ``#monstera``); the search terms of the post's
    main things; the place (``#Puglia``); category tags of the curated taxonomy for
    the post's intent and sub-domain (``#weddingday``, ``#hairsalon``); side details.
    Never a stopword, a number word or a generic noun alone, never a piece of a longer
    name or phrase, never a compound together with one of its pieces, never a blocked
    tag.

    Args:
        post: the post as read by :func:`captions._understand.read_post`.
        limit: the cap (0 → none).
        blocked: lower-case tag bodies never to emit (banned, spam, clichés).
        blocked_words: lower-case words no tag may contain (brand-banned, profane).
    """
    if limit <= 0:
        return [], None
    kind = _QUOTED_AFTER_KIND.match(post.subject.text) if not post.subject.is_name else None
    if kind:
        # "der riesling-sekt 'kerwe'", "our cider 'Orchard'": the subject ran on into the
        # product's name in quotes; a quoted model's name is no tag alone (#kerwe is the
        # village fair), its kind is (#rieslingsekt)
        post = replace(post, subject=replace(post.subject, text=kind[1]))
    lex = lexicon(post.language)
    tax = taxonomy(post.language)
    reader = _Reader(post, tax, lex)
    junk = _junk(post.language)
    subject, at = _subject_tag(reader)
    if subject is not None and any(s <= at < e for s, e in reader.excluded):
        subject = None  # "tutto l'usato, tranne i vinili nuovi": what is ruled out
    if (
        subject is not None
        and not post.subject.is_name
        and any(
            t.start == at and (reader.price_unit(i) or reader.german_verb(i) or reader.counted(i))
            for i, t in enumerate(reader.tokens)
        )
    ):
        # "$15 a bag, all clothes": how it is sold, not what; "die Proben laufen": a verb
        subject = None
    if subject is not None and post.subject.is_name and _whose_or_how(reader, post.subject.text):
        subject = None  # "das Kinderzimmer von Jonas", "jeden Tag von Hand": no name
    if subject is not None and subject == camel_tag(post.subject.text, post.language):
        subject = _name_tag(reader, post.subject.text)  # its town is a place tag of its own
    # a closure or an apology: no category, no search terms, no common-noun subject
    # a job ad's rest day ("Montag Ruhetag") closes nothing
    closed = post.intent == "notice" or (post.intent != "hiring" and reader.announces_closure())
    if closed and not post.subject.is_name:
        subject = None
    terms = reader.terms() if not closed else []
    # "most needed: tinned soup, oats, nappies", "murs vert sauge, une étagère de livres
    # et des rideaux": what a list details (a donation, a room, a trip) is no tag
    details = _listed_details(reader, terms)
    terms = [t for t in terms if not any(s <= t.start < e for s, e in details)]
    # "Das ist Brezel, unser neuer Bürohund": a capitalised word its animal is apposed to
    # is the pet's name, no #brezeln
    terms = [t for t in terms if not _pet_named(reader, reader.text[t.start : t.end])]
    if subject is not None and not post.subject.is_name and any(s <= at < e for s, e in details):
        subject = None  # "travi a vista, parquet di rovere, …": one item of the list
    covering = [
        t for t in terms if t.start <= at < t.end and t.end - t.start > len(post.subject.text)
    ]
    if subject is not None and covering:
        # "Flash sale", "Couch to 5K": the subject is a piece of the term, which leads
        subject = clean_tag(covering[0].tags[0])
        terms = [t if t is not covering[0] else replace(t, tags=t.tags[1:]) for t in terms]
    opening = reader.first_sentences()
    span = reader.find(post.subject.text) if subject is not None else None
    if span is not None:  # "Welpe Brezel" is not also #brezeln (but "Sunset hike" #hiking)
        # a kind left out of the subject's tag is tagged ("Gusseisenpfanne Glut": #Glut)
        body = rx(r"\W").sub("", subject[1:]).lower() if subject else ""
        terms = [
            _without_piece(t, reader.text)
            if span[0] <= t.start < span[1]
            and rx(r"\W").sub("", reader.text[t.start : t.end]).lower() in body
            else t
            for t in terms
        ]
    main = [t for t in terms if not t.side and t.start < opening][:_MAX_TERMS]
    main = _without_passing_food(reader, main)
    if post.intent == "pets":
        # "mi perro toby se comió el turrón": what a pet ate or stole is its story, no topic
        terms = [t for t in terms if not _eaten(reader, t)]
        main = [t for t in main if not _eaten(reader, t)]
    if (
        subject is not None
        and not post.subject.is_name
        and reader.compared(at)
        and any(t.start < at for t in main)
    ):
        subject = None  # "jazz night, with wine": the wine is a side detail, no subject
    if subject is not None and not post.subject.is_name and _in_passing(reader, at):
        subject = None  # "tip from our hygienist: … after coffee": the coffee says when
    if "mourning" in post.flags:
        # a pet that died is mourned, never filed as "#dogsofinstagram"
        terms = [t for t in terms if not _animal_kind(reader, t)]
        main = [t for t in main if not _animal_kind(reader, t)]
    if post.intent == "hiring":
        # "Send your CV and photos of your prints to …": what the applicant shows is no tag
        terms = [t for t in terms if not _sent_work(reader.text, t.start)]
        main = [t for t in main if t in terms]
    if post.intent in ("home", "everyday"):
        # "A reforma do quarto ficou pronta … O gato Tapioca já dorme na poltrona": a pet
        # named after the opening of a home's or a day's post is one of its details
        terms = [t for t in terms if t.start < opening or not _animal_kind(reader, t)]
    pet_named = reader.pet_opening
    if pet_named is not None:
        # another kind of animal than the one a pet post opens on is its story ("unser
        # kater pepe … 🎂 er hat zwei hunde überlebt", "our cat miso … outlived two dogs")
        main = [t for t in main if t.start < pet_named or not _kind_of_animal(reader, t)]
    if post.intent == "pets" and pet_named is None:
        # "thinking about a greyhound?": the dog's kind, anywhere (not an animal it is said
        # to live with: "great with kids, not with cats"; nor another kind than the one its
        # opening names: "our cat miso turned 12 … she has outlived two dogs")
        main += [t for t in terms if t.start >= opening and not t.side and _animal_kind(reader, t)][
            :1
        ]
    # the things named after the opening ("… pizza fritta per tutti") are what the post
    # is about too: they rank after its main things and before the generic tags (what a
    # thank-you names later is what was given: "merci pour les croissants" is no topic)
    # a post about something (its opening names a thing, its shop a trade) tags no
    # side detail: the wine with the dinner, the coffee after the dentist's advice
    topic_at = min((t.start for t in main), default=None)
    about = bool(main) or bool(_shop_kind(reader, topic_at=topic_at))
    later = [
        t
        for t in terms
        if not t.side
        and t.start >= opening
        and t not in main
        and post.intent != "thank_you"
        and not about
        and not _in_an_anecdote(reader, t.start)
        # a numbered tip's things are its advice's tools ("2. Guanti e torcia sempre nel
        # bagagliaio"), not what the tips are about
        and not (post.intent == "tip" and post.items)
        # (nor another kind of animal than the one a pet post opens on, as above)
        and not (pet_named is not None and t.start >= pet_named and _kind_of_animal(reader, t))
    ]
    # what a party serves ("Sabato caffè e dolci") is no topic of a nursery's birthday
    if (
        subject is not None
        and post.intent not in ("food", "hiring")
        and not _is_food_text(reader, post.subject.text)
    ):
        later = [t for t in later if not _is_food(reader, t)]
    # the things the post names before a common-noun subject come first ("churros con
    # la abuela"); a name (the venue, the product) leads its things
    lead_at = at if not post.subject.is_name or reader.compared(at) else -1
    candidates: list[str | None] = [clean_tag(t) for t in post.user_tags]
    candidates += [clean_tag(tag) for term in main if term.start < lead_at for tag in term.tags]
    # "San Sebastián de los Reyes", "Villanueva de la Cañada": a town cut before its "de
    # los …" is another town, no tag (the whole name, where read, stays)
    places = [p for p in _places(reader, terms) if p is None or not _place_goes_on(reader, p)]
    if subject is not None and not post.subject.is_name and _opens_a_place(reader, at, places):
        subject = None  # "aqui em rio branco": the town whole (#RioBranco), never #rio
    if subject is not None:
        # "Guimarães." alone: the subject is the town, written as the post writes it
        subject = next((p for p in places if p and p.lower() == subject.lower()), subject)
    if post.subject.is_name:
        subject = _with_place_head(reader, subject)  # "au lac Vert" → #LacVert
    # "Tre consigli per la prima via ferrata": a subject that is only an intent's generic
    # tag (#consigli, #tips, #event) fills with them, after what the post is about
    filler = subject if subject and subject[1:].lower() in _fillers(tax.language) else None
    candidates.append(None if filler else subject)
    if not closed:
        candidates.append(_product_kind(reader, junk))
    if not post.subject.is_name and tax.language != "de" and post.intent != "hiring":
        # "10 years of Anvil Strength today": the business the opening names (a job's
        # title is no business; "DDM 03" is a code; "São *Bento do Vale*" a cut name)
        candidates += [
            _name_tag(reader, n.text)
            for n in post.names
            if n.kind in ("name", "venue", "product")
            and len(n.text.split()) > 1
            and n.start < opening
            and not any(c.isdigit() for c in n.text)
            and (where := reader.find(n.text)) is not None
            and not _cut_from_a_longer_name(reader, *where)
        ][:1]
    # a death is filed under no category ("#petsofinstagram" under a shop dog's death)
    category, generic, leads = (
        _category(reader, about=about, topic=bool(main))
        if not closed and "mourning" not in post.flags
        else ([], [], False)
    )
    if (
        post.intent == "fitness"
        and subject is not None
        and not filler
        and not post.subject.is_name
        and len(_phrase_words(post.subject.text)) == 1
        and _is_domain_cue(reader, post.subject.text)
        and subject[1:].lower() not in {c.lower() for c in category}
        and category
    ):
        # "zum ersten Mal mit dem Rad auf den Karren": a lone kit word (#Rad, #bike) is
        # the sport's category's cue; the category is searched (#radfahren, #cycling)
        candidates = [c for c in candidates if c is not subject]
    # "Ceramiche Sole", "Calzados Rivera": what the shop sells, a search term of its own
    # even where it begins the name's tag (#fromage beside #FromagerieVautrin)
    shop = _shop_kind(reader, topic_at=topic_at) if not closed else ()
    trade = {t.lower() for t in shop}
    if trade:
        # a caption keeps no tag beside one of its pieces, the first written
        # (:mod:`._rules`): a name's tag that holds every tag of its trade
        # ("#CruxHollowBouldering" → #bouldering) comes after the trade, which is what
        # people search; one that leaves a sibling (#climbing) stays first
        users = len(post.user_tags)
        candidates = candidates[:users] + [
            tag
            for c in candidates[users:]
            for tag in (
                [*(clean_tag(t) for t in shop), c]
                if c is not None
                and c[1:].lower() not in trade
                and all(_is_piece(t, c[1:].lower()) for t in trade)
                else [c]
            )
        ]
    own_things = [clean_tag(tag) for term in main if term.start >= lead_at for tag in term.tags]
    # the kind of business before the things its post names later (#bouldering before
    # the #cake of the party), but after a thing the opening writes before the name:
    # "Serata di tango all'Enoteca Rossi" is searched by #tango first
    if span is not None and any(t.start < span[0] for t in main):
        own_things += [clean_tag(t) for t in shop]
    else:
        candidates += [clean_tag(t) for t in shop]
    if leads:  # a wedding's, a dog's birthday: the place, the category, then the things
        candidates += places + [clean_tag(t) for t in category] + own_things
    else:
        # what the post is about (the dish, the dance, the kind of product) before where
        # it is: a forró night is searched by #forró before #BeloHorizonte
        candidates += own_things + places
    if not leads:
        candidates += [clean_tag(t) for t in category]
    if (
        category
        and post.intent not in ("food", "hiring", "everyday", "event")
        and not _is_food_text(reader, reader.text[:opening])
    ):
        # a post whose own words say its kind (a blood drive's #doação) tags no dish or
        # drink its later sentences serve ("a malta está lá para o café depois", "o chá
        # depois"), as above for a subject; a day's post may be about its pancakes, a
        # market about its food stalls, and a trattoria's 40th about the lasagne it offers
        later = [t for t in later if not _is_food(reader, t) and not _is_drink(reader, t)]
    candidates += [clean_tag(tag) for term in later[:_MAX_LATER_TERMS] for tag in term.tags]
    # #event, #tips, #milestone: no one searches a post by them, so they only fill
    candidates += [filler, *(clean_tag(t) for t in generic)]
    if not about:
        candidates += [
            clean_tag(tag)
            for term in terms
            if term.side and not term.kit and term.start < opening
            for tag in term.tags
        ]
    out: list[str] = []
    kept: list[str] = []
    kept_bare: set[str] = set()
    own = {t[1:].lower() for t in (clean_tag(u) for u in post.user_tags) if t}
    replaced = _replaced_by_business(reader)
    kin = _kin_names(reader.text) | _first_names(reader)
    # "merci à l'équipe et à Yvonne, en cuisine depuis le premier jour": a first name
    # thanked is no one's search, however the post's subject was read
    kin |= {
        rx(r"\W").sub("", n.text).lower()
        for n in post.names
        if " " not in n.text and _thanked_person(reader, n.text)
    }
    signers = _signers(post.content)
    in_names = _business_name_words(post.content, tax.language)
    dishes = _dish_towns(reader)  # "glorias de Linares": a town in a dish's name
    for tag in candidates:
        if tag is None:
            continue
        key = tag[1:].lower()
        words = _tag_words(key)
        if key in blocked or key in junk or any(w in blocked_words for w in words):
            continue
        if key not in own and reader.excluded_only(key):
            continue  # "Record Store Day titles not included", "sauf les nouveautés"
        if key not in own and key in kin:
            continue  # "nonna Ida", "grandpa Joe": a relative, a first name no one searches
        if key not in own and key in replaced:
            continue  # "Happy birthday to us!": the business's anniversary, no #birthday
        if key not in own and _KIN_WORD.fullmatch(key):
            continue  # "my grandad opened it in 1986": a relative's title
        if _adverb(key, tax):
            continue
        if (
            key not in own
            and tag[1:2].isupper()
            and _is_venue_head(key, tax)
            and key not in _folded_towns()
        ):
            continue  # "au Centre culturel de Tracadie": half a name, no #Centre
        if key not in own and tag[1:2].isupper() and _ends_a_name(reader, tag[1:]):
            continue  # "swimming into To Sua trench": half a name, no #Sua
        if key not in own and tax.language == "de" and _german_verb_form(key):
            continue  # "wer lieber spendet": a verb, no #spendet
        if key not in own and key in _never_alone(tax.language):
            continue  # "seulement", "Bah, 30 anos!", "halt": an adverb, an interjection
        if key not in own and _price_code(tag[1:], post.content):
            continue  # "GH₵20", "KSh500": a currency's or a country's code
        if key not in own and key in signers:
            continue  # "Eure Jana & Ronny aus Chemnitz": the people who sign the post
        if key not in own and key in dishes:
            continue  # the subject too: "de postre glorias de Linares" names a sweet
        if key not in own and key in in_names:
            continue  # "chez plongée le tricot rayé": a diving shop, no #tricot
        if key not in own and _colour_compound(tag[1:], tax):
            continue  # "Wände in Salbeigrün": a colour, not a place
        if key not in own and _number_piece(tag[1:], reader.text):
            continue
        if any(
            (_is_piece(key, other) and not {key, other} & trade) or _same_word(key, other)
            for other in kept
        ):
            continue
        bare = _without_joiners(tag[1:], tax)
        if key not in own and bare in kept_bare:
            continue  # "#ClubeDeFutebolArouquense" after "#ClubeFutebolArouquense"
        kept_bare.add(bare)
        lead = split_tag_words(key)
        if (
            key not in own
            and len(lead) > 1
            and any(split_tag_words(other)[:1] == lead[:1] for other in kept if other not in own)
        ):
            continue  # "#newcollection #newrelease": one "new" tag is enough
        kept.append(key)
        out.append(tag)
        if len(out) >= limit:
            return out, None
    note = f"{len(out)} relevant hashtag(s) found; {limit} allowed. No filler tags were added."
    return out, note


_KIND_INTENTS = frozenset({"product_launch", "sale"})

# a relative's first name after the word for them ("come li faceva nonna Ida", "nonno
# Aldo apriva", "la receta de la abuela Carmen", "Oma Hilde")
_KIN_NAME = re.compile(
    r"(?i:\b(?:nonn[oa]|zi[oa]|abuel[oa]|abuelit[oa]|t[ií][oa]|grandma|grandpa|granny|nan|nana"
    r"|gran|auntie|aunt|uncle|oma|opa|tante|onkel|mamie|papi|papy|mémé|pépé|tata|tonton|avó|avô"
    r"|vovó|vovô|vó|vô))\s+([A-ZÀ-Ý][a-zà-ÿ]+)\b"
)


# the one a post congratulates, serves or puts up for adoption, by first name:
# "Congratulations to Tendai", "Parabéns à Iracema", "Herzlichen Glückwunsch an Malte",
# "Adote a Cocada!", "Adoptez Crumble", "Our Kwabena just passed …"; the one it presents:
# "Meet Crumpet", "Apresento a Farofa", "Os presentamos a Canela", "Vi presento Polpetta"
_FIRST_NAME_BEFORE = re.compile(
    r"(?i:\b(?:congratulations|congrats|well[ \t]+done|happy[ \t]+birthday|felicidades"
    r"|enhorabuena|felicitaciones|feliz[ \t]+cumpleaños|parabéns|félicitations|bravo"
    r"|joyeux[ \t]+anniversaire|complimenti|congratulazioni|auguri|glückwunsch|gratulation"
    r"|alles[ \t]+gute|adopt|adopta|adopte|adote|adoptez|adottate|adotta|adoptiert"
    r"|meet|say[ \t]+hi[ \t]+to|apresento|apresentamos|conheçam|conheça|presento|presentamos"
    r"|presentiamo|présente|présentons)"
    r"(?:[ \t]+(?:to|a|al|à|ao|an))?"
    r"|(?:^|[.!?\n][ \t]*)(?:our|my))[ \t]+(?P<name>[A-ZÀ-Ý][\w\u00c0-\u00ff-]*)"
    r"(?![ \t]+[A-ZÀ-Ý&])"
)
# an "our" name is a person's where a verb of what they did follows ("Our Kwabena just")
_PERSON_VERB_AFTER = re.compile(
    r"[ \t]+(?:just|has|is|was|passed|finished|turns|turned|got|won|completed)\b"
)
# a business named after its owner's first name: "Chez Odile", "at Maria's", "Tasca da
# Amélia", "Bar do Zé", "Trattoria da Gino"
_OWNER_SHOP = re.compile(
    r"(?:(?i:\bchez)[ \t]+(?P<name>[A-ZÀ-Ý][\w\u00c0-\u00ff-]*)"
    r"(?![ \t]*['\u2019]?[ \t]*[A-ZÀ-Ý&\w])"
    r"|(?i:\bat)[ \t]+(?P<owner>[A-Z][a-z]+)['\u2019]s\b(?![ \t]+[A-Z&])"
    r"|(?i:\b(?:tasca|taberna|bar|café|casa|cantina|trattoria|osteria|pizzeria|tasquinha|botequim)"
    r"[ \t]+(?:da|do|de|di|del))[ \t]+(?P<host>[A-ZÀ-Ý][\w\u00c0-\u00ff-]*)(?![ \t]+[A-ZÀ-Ý&]))"
)
# a beauty service's client: "Bridal makeup for Ngozi", "maquillaje para Yaiza"
_CLIENT_BEFORE = re.compile(
    r"(?i:\b(?:for|para|pour|per|für))[ \t]+(?P<name>[A-ZÀ-Ý][\w\u00c0-\u00ff-]*)"
    r"(?![ \t]+[A-ZÀ-Ý&])"
    # a name before an occasion says where it is held, not whom it is for ("for Bath
    # weddings", "for Cardiff proms", "for Ascot race day")
    r"(?![ \t]+(?:weddings?|brides?|bridal|proms?|parties|party|events?|balls?|galas?"
    r"|races?|race day|hen|season|shoots?|graduations?)\b)"
)


def _first_names(reader: _Reader) -> frozenset[str]:
    """The first names of the people and pets a post congratulates, serves or puts up
    for adoption (lower-cased): no one searches them, and a pet's name is a word in
    another sense as often as not (#Cocada, #Tortilla). A town of the gazetteer in the
    same place ("Congratulations to Falmouth") stays a town, but for a beauty service's
    client: hair or makeup is done for a person ("Bridal hair for Florence", "maquillaje
    para Victoria"), in a town ("Bridal makeup in Florence" keeps #florence)."""
    text, towns = reader.text, gazetteer(reader.tax.language).towns
    found: set[str] = set()
    for m in _FIRST_NAME_BEFORE.finditer(text):
        opener = text[m.start() : m.start("name")].strip(" \t.!?\n").lower()
        if opener in ("our", "my") and not _PERSON_VERB_AFTER.match(text, m.end()):
            continue  # "Our Fellside fleece": a product's name
        found.add(m["name"])
    clients: set[str] = set()
    if reader.post.intent == "fashion_beauty":
        clients = {m["name"] for m in _CLIENT_BEFORE.finditer(text)}
        found.update(clients)
    # "à la boulangerie Chez Odile", "at Maria's", "na Tasca da Amélia": the first name a
    # business is named after is its owner's, no one's search
    found.update(m["name"] or m["owner"] or m["host"] for m in _OWNER_SHOP.finditer(text))
    pets: set[str] = set()
    if reader.post.intent == "pets" or shows_animal(reader.post.content):
        # a pet's name is never a tag alone, however it was read ("Apresento a Farofa,
        # nossa vira-lata": a town after "a"); the kind and the pet tags say what it is
        pets = {
            n.text
            for n in reader.post.names
            if n.kind in ("name", "person", "place") and len(_phrase_words(n.text)) == 1
        }
        found.update(pets)
    # "Os presentamos a Canela, nuestra perrita": a name its animal's kind is apposed to
    # is the pet's, whatever town shares it; so is a pet post's name that no preposition
    # of place leads ("Lola cumple hoy 5 años 🐶": Lola in Guinea is not where it is)
    apposed = {n for n in found if _apposed_animal(reader, n)}
    if reader.post.intent == "pets":
        apposed |= {n for n in pets if _opens_a_sentence(reader.text, n)}
    return frozenset(n.lower() for n in found if n not in towns or n in apposed | clients)


_APPOSED = re.compile(r"[ \t]*,[ \t]*((?:[\w-]+[ \t]*){1,4})")


# a pet opens its sentence, alone or after its article: "Lola cumple 6", "A Lola fez 4"
_OPENS = re.compile(r"(?:^|[.!?:;\n\u2026])[^\w]*(?:(?i:a|o|la|el|le|il|die|der|das)[ \t]+)?$")


def _opens_a_sentence(text: str, name: str) -> bool:
    """Whether ``name`` is first written where a sentence begins, alone or after an
    article, and the sentence goes on ("*Lola* cumple hoy 6 años", "A *Lola* fez 4
    anos"): a pet post's subject, not a place ("en la rambla de *Pocitos*", "to
    *Falmouth*", a town signing the post on its own line)."""
    m = rx(rf"(?<![\w-]){re.escape(name)}(?![\w-])[ \t]+\w").search(text)
    return m is not None and _OPENS.search(text[: m.start()]) is not None


def _apposed_animal(reader: _Reader, name: str) -> bool:
    """Whether ``name`` is followed by a comma and its animal's kind ("Canela, nuestra
    perrita", "Biscuit, our rescue greyhound")."""
    for m in rx(rf"(?<!\w){re.escape(name)}(?!\w)").finditer(reader.text):
        after = _APPOSED.match(reader.text, m.end())
        if after and any(_is_animal_word(reader, w) for w in after[1].split()):
            return True
    return False


_APPOSED_OURS = re.compile(r"[ \t]*,[ \t]*(\w+)")


def _pet_named(reader: _Reader, word: str) -> bool:
    """Whether a capitalised one-word ``word`` is written with its animal apposed after
    "our", "unser", "nuestra" … ("Brezel, unser neuer Bürohund", "Biscuit, our rescue
    greyhound"): the pet's name, not the thing the word also names."""
    if not word[:1].isupper() or not word.isalpha():
        return False
    for m in rx(rf"(?<!\w){re.escape(word)}(?!\w)").finditer(reader.text):
        ours = _APPOSED_OURS.match(reader.text, m.end())
        if ours and ours[1].lower() in _OURS and _apposed_animal(reader, word):
            return True
    return False


# a relative's title ("my grandad opened it in 1986", "mein Opa", "mio nonno"): a side
# person of the post, whom no one searches by that word
_KIN_WORD = re.compile(
    r"(?:grand(?:ma|pa|ad|dad|mother|father|son|daughter)|granny|nan|nana|mum|mom|dad|aunt"
    r"|auntie|uncle|nephew|niece|(?:bis)?nonn[oa]|zi[oa]|(?:bis)?abuel(?:it)?[oa]|t[ií][oa]"
    r"|pap[aá]|mam[aá]|mamma|pap[aà]|(?:ur)?o(?:m|p)a|gro(?:ß|ss)(?:vater|mutter)|vater|mutter"
    r"|tante|onkel|mamie|mamy|papi|papy|mémé|pépé|grand-?(?:père|mère)|tonton|(?:bis)?av[óô]"
    r"|vov[óô]|m[ãa]e|pai)"
)


def _kin_names(text: str) -> frozenset[str]:
    """The first names the post gives its relatives, lower-cased."""
    return frozenset(m[1].lower() for m in _KIN_NAME.finditer(text))


def _product_kind(reader: _Reader, junk: frozenset[str]) -> str | None:
    """The kind of product a launch names beside its name, in the languages that put it
    first: the noun after "new" or a possessive right before the name ("la nostra nuova
    *borraccia* termica Fiume", "notre *gourde* isotherme Rivière") or in an apposition
    after it ("Brisa, nuestra nueva *crema* …"). The name alone says nothing of what it
    is; no one searches a product's name, many search its kind."""
    post, tax = reader.post, reader.tax
    if tax.language in ("en", "de") or post.intent not in _KIND_INTENTS:
        return None
    if not post.subject.is_name or post.subject.kind not in ("name", "product"):
        return None
    where = reader.find(post.subject.text)
    if where is None or where[0] >= reader.first_sentences():
        return None
    tokens = reader.tokens
    first = next(i for i, t in enumerate(tokens) if t.start >= where[0])
    last = max(i for i, t in enumerate(tokens) if t.end <= where[1])
    opener = tax.leading | tax.determiners | tax.new_words
    # before the name: [article | possessive | new]+ KIND [lower-case word]{0,2} Name
    for kind_at in range(first - 1, max(first - 4, 0) - 1, -1):
        between = tokens[kind_at:first]
        # "il nostro spumante 'Brina'": the name in quotes is the model's all the same
        quoted = _QUOTES.fullmatch(reader.text[between[-1].end : tokens[first].start])
        if not all(
            reader.adjacent(a, b) or (b is tokens[first] and quoted)
            for a, b in itertools.pairwise([*between, tokens[first]])
        ):
            break
        if any(t.low in reader.plain or not t.text.islower() for t in between):
            break  # "le caramel *dans tout* Hochelaga": a place, not a product's kind
        before = tokens[kind_at - 1] if kind_at > 0 else None
        if before is not None and before.low in opener and reader.adjacent(before, between[0]):
            return _kind_tag(reader, kind_at, junk)
    # after it: "Brisa, nuestra nueva crema": a comma, then the opener, then the kind
    after = tokens[last + 1 : last + 5]
    if after and reader.text[tokens[last].end : after[0].start].strip(" \t") == ",":
        for i, token in enumerate(after):
            if token.low not in opener:
                return _kind_tag(reader, last + 1 + i, junk) if i else None
    return None


def _german_verb_form(key: str) -> bool:
    """German: whether a one-word tag is a verb's form in -t or -et the noun list lacks
    whose -en form it knows ("spendet" of "spenden", "sammelt" of "sammeln"): a verb is
    never a tag ("Planet", "Paket", "Ticket" are nouns the list knows)."""
    if not key.isalpha() or german_noun_form(key) or not key.endswith("t"):
        return False
    stem = key[:-2] if key.endswith("et") else key[:-1]
    return len(stem) >= 3 and any(german_noun_form(stem + end) for end in ("en", "n"))


def _ends_a_name(reader: _Reader, word: str) -> bool:
    """Whether every time the post writes ``word`` it is the last word of a name that
    opens with a capitalised function word mid-sentence ("diving into *To* Sua trench",
    "a dinner at *Da* Nino"): half a name, no tag. A heading in title case ("Road Trip
    To Lisbon") is no such name: the word before the function word has its capital."""
    tokens, text = reader.tokens, reader.text
    plain = reader.lex.function_words | reader.tax.leading
    seen = False
    for i, token in enumerate(tokens):
        if token.text != word:
            continue
        if i < 2 or not reader.adjacent(tokens[i - 1], token):
            return False
        lead, before = tokens[i - 1], tokens[i - 2]
        if (
            not lead.text[:1].isupper()
            or lead.low not in plain
            or _SENTENCE_START.search(text[: lead.start]) is not None
            or not reader.adjacent(before, lead)
            or before.text[:1].isupper()
        ):
            return False
        seen = True
    return seen


def _is_venue_head(key: str, tax: Taxonomy) -> bool:
    """Whether a one-word tag is only the head of a venue's or a place's name."""
    return key in _VENUE_HEADS or key in _NAME_HEADS or key in tax.place_heads


@functools.cache
def _fillers(language: str) -> frozenset[str]:
    """The language's generic intent tags (#event, #tips, #thankyou): they only fill."""
    return frozenset(t.lower() for spec in taxonomy(language).intents.values() for t in spec.tags)


def _word_terms(tax: Taxonomy, word: str) -> tuple[str, ...]:
    """The search-term tags of one word, whole or as a compound's first part."""
    low = word.lower()
    for form in _forms(low, tax.language):
        if form in tax.terms:
            return tax.terms[form]
    return next((tags for prefix, tags in tax.term_prefixes if low.startswith(prefix)), ())


def _kind_tag(reader: _Reader, index: int, junk: frozenset[str]) -> str | None:
    token = reader.tokens[index]
    word = token.text
    if (
        not word.isalpha()
        or not word.islower()
        or len(word) < 4
        or word in junk
        or word in reader.tax.new_words
        or _adverb(word, reader.tax)
        or reader.term_at(index) is not None  # a search term of its own: it is tagged
    ):
        return None
    return clean_tag(word)


# a job ad's sentence that says how to apply ("Send your CV and …")
_APPLICATION = re.compile(
    r"(?i)\b(?:cv|cvs|résumé|resume|curriculum|currículo|currículum|lebenslauf|bewerbung\w*"
    r"|candidature|candidatura|apply|postula\w*|candidat[ae]\w*)\b"
)


# what shows an applicant's work ("photos of your prints", "Fotos deiner Torten")
_WORK_SHOWN = re.compile(
    r"(?i)\b(?:photos?|pictures?|pics|samples?|examples?|portfolio|fotos?|bilder|arbeitsproben"
    r"|exemples?|ejemplos?|esempi|amostras?|muestras?)\b(?:[ \t]+[\w'\u2019]+){0,3}[ \t]*$"
)


def _sent_work(text: str, at: int) -> bool:
    """Whether the term at ``at`` is work a job's applicant is asked to send with the
    application ("Send your CV and photos of your prints"): no tag of the job."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, at)), default=0)
    end = _SENTENCE_END.search(text, at)
    sentence = text[start : end.start() if end else len(text)]
    return bool(_APPLICATION.search(sentence) and _WORK_SHOWN.search(text[start:at]))


def _in_passing(reader: _Reader, at: int) -> bool:
    """Whether what is written at ``at`` is only kit the reader is told to bring ("levem
    botas e *queijo*") or says when ("after *coffee*"): never the post's topic."""
    index = next((i for i, t in enumerate(reader.tokens) if t.start >= at), None)
    return index is not None and (reader.after_passing_word(index) or reader.after_when(index))


# "yoga *and* brunch": a thing joined to the topic is a topic too
_JOINED = re.compile(r"^[ \t]*(?:&|\+|and|y|e|et|und)[ \t]+$", re.IGNORECASE)


def _without_passing_food(reader: _Reader, main: list[_Term]) -> list[_Term]:
    """The post's main things without the food or drink it names in passing on a post
    about something else (the coffee in a physio's stretching tip): on a post that is
    not about food (nor a job) and whose first thing is none, a dish or a drink is a side detail
    unless it is joined to the thing before ("yoga and brunch")."""
    if reader.post.intent in ("food", "hiring") or not main or _is_food(reader, main[0]):
        return main  # a job at a pizzeria is about the pizzeria
    kept = [main[0]]
    for before, term in itertools.pairwise(main):
        joined = _JOINED.match(reader.text[before.end : term.start]) is not None
        if not _is_food(reader, term) or (joined and before in kept):
            kept.append(term)
    return kept


# a verb of eating or stealing, then up to three words before what was eaten: "se comió
# el turrón", "ate the whole christmas pudding", "si è mangiato il panettone"
_ATE = re.compile(
    r"(?i:\b(?:ate|eaten|eats|stole|stolen|steals|chewed|pinched|nicked|comió|comio"
    r"|robó|mordió|comeu|roubou|mordeu|mangiato|mangiata|mangia|rubato|rubata|mangé"
    r"|mangée|mange|volé|chipé|boulotté|gefressen|frisst|fraß|geklaut|stibitzt|verputzt"
    r"|roeu|rói|roe|mastigou|destruiu|destrozó|mordisqueó|rosicchiato|zerkaut|angeknabbert"
    r"|mâchouillé|chewing|chews|munched))"
    r"(?:[ \t]+[^\W\d_][\w'\u2019-]*){0,3}?[ \t]+$"
)
# the same in Portuguese and Spanish, where the present "come" eats ("hoje come a
# sandália do meu pai", "se come los calcetines"): never in English
_ATE_ROM = re.compile(r"(?i:\b(?:come|comem|comen))(?:[ \t]+[^\W\d_][\w'\u2019-]*){0,3}?[ \t]+$")


def _eaten(reader: _Reader, term: _Term) -> bool:
    """Whether a pet post's term is a food or what the pet ate ("se comió el turrón")."""
    if _is_food(reader, term):
        return True
    before = reader.text[max(0, term.start - 60) : term.start]
    before = _CLAUSE_END.split(before)[-1]
    if reader.tax.language in ("pt", "es") and _ATE_ROM.search(" " + before):
        return True
    return _ATE.search(" " + before) is not None


def _is_food(reader: _Reader, term: _Term) -> bool:
    """Whether a term names a dish or a drink (one of the food intent's cues)."""
    return _is_food_text(reader, reader.text[term.start : term.end])


def _is_drink(reader: _Reader, term: _Term) -> bool:
    """Whether a term names one of the drinks or dishes of the taxonomy's food
    sub-domains ("chá", "tè", "thé": a tea the reading's food cues leave out)."""
    words, prefixes = _food_domain_words(reader.tax.language)
    return any(
        not words.isdisjoint(_forms(w.lower(), reader.tax.language))
        or any(w.lower().startswith(p) for p in prefixes)
        for w in _TOKEN.findall(reader.text[term.start : term.end])
    )


@functools.cache
def _food_domain_words(language: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The one-word cues and cue prefixes of ``language``'s food sub-domains."""
    spec = taxonomy(language).intents.get("food")
    domains = spec.domains if spec else ()
    return (
        frozenset(w for d in domains for w in d.cues.words),
        tuple(p for d in domains for p in d.cues.prefixes),
    )


def _is_food_text(reader: _Reader, text: str) -> bool:
    cues = reader.lex.intents.get("food")
    if cues is None:
        return False
    words = [_forms(w.lower(), reader.tax.language) for w in _TOKEN.findall(text)]
    return bool(cues.matches(words, text))


# "thanks to *Lucía*", "grazie a *Marta*": who is thanked by name is a person
_THANKED = re.compile(
    r"(?:\bthanks?(?:[ \t]+you)?[ \t]+to|\bgracias[ \t]+a|\bgrazie[ \t]+a|\bmerci[ \t]+[àa]"
    r"|\bdanke[ \t]+an|\bobrigad[oa]s?[ \t]+(?:a|ao|à))[ \t]+$",
    re.IGNORECASE,
)


# "Merci à toute l'équipe *et à* Yvonne", "thanks to the crew and to Sam": one more thanked
_THANKED_TOO = re.compile(
    r"\b(?:thanks?|thank[ \t]+you|gracias|grazie|merci|danke|obrigad[oa]s?)\b[^.!?\n]*"
    r"(?:\b(?:and|y|e|et|und)|,)[ \t]+(?:to|a|al|à|ao|aos|an)[ \t]+$",
    re.IGNORECASE,
)


def _thanked_person(reader: _Reader, name: str) -> bool:
    """Whether ``name`` is one the post thanks ("Gracias a Lucía", "Thanks to Dave and
    Priya", "merci à l'équipe et à Yvonne"), which no town of the gazetteer is ("grazie a
    Bergamo" stays a town)."""
    where = reader.find(name)
    if where is None:
        return False
    before = reader.text[: where[0]]
    if _THANKED.search(before) is None and _THANKED_TOO.search(before) is None:
        return False
    return name not in gazetteer(reader.tax.language).towns


def _adverb(key: str, tax: Taxonomy) -> bool:
    """Whether a one-word tag has an adverb's shape ("exceptionnellement", "finally")
    and is none of the taxonomy's own tags."""
    if not key.isalpha() or key in _known_tags(tax.language):
        return False
    return any(key.endswith(e) and len(key) >= len(e) + 2 for e in tax.adverb_endings)


# "chez plongée le tricot rayé", "bei Elektro Die Goldene Gans", "na ótica o pato azul":
# after where or whose, a kind of business and an article open its name, which runs to
# the punctuation or the next small word ("a rimini", "in Zwickau")
_NAME_STOPS = (
    "a|à|au|aux|in|en|em|at|zu|aus|von|de|di|da|do|na|no|per|pour|para|por|for|con|com"
    "|with|mit|sur|on|jusqu|bis|hasta|até|fino|and|und|et|y|e|ed|und|ab|from|desde|dès"
)
_NAME_WORD = rf"(?!(?i:{_NAME_STOPS})(?![\w'\u2019-]))[^\W\d_][\w'\u2019-]*"
_BUSINESS_NAMED = re.compile(
    r"(?<![\w'\u2019-])(?i:chez|bei|beim|at|en|na|no|da|presso)[ \t]+[^\W\d_][\w'\u2019-]*"
    r"[ \t]+(?i:le|la|les|el|los|las|il|lo|o|a|os|as|der|die|das|the)[ \t]+"
    rf"(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}})"
)


def _business_name_words(content: str, language: str) -> frozenset[str]:
    """The words of a business's name the post writes after a kind of business and its
    article ("chez quincaillerie le *chat botté*"), and their forms, that the post does
    not also say outside such a name ("on apprend le tricot"): never a topic alone."""
    spans = [m.span("name") for m in _BUSINESS_NAMED.finditer(content)]
    if not spans:
        return frozenset()
    outside = content
    for start, end in spans:
        outside = outside[:start] + " " * (end - start) + outside[end:]
    said = set(words_of(outside.lower()))
    out: set[str] = set()
    for start, end in spans:
        for word in words_of(content[start:end].lower()):
            forms_of = {word, *_forms(word, language)}
            if not forms_of & said:
                out |= forms_of
    return frozenset(out)


@functools.cache
def _never_alone(language: str) -> frozenset[str]:
    """The adverbs, interjections and particles of ``language`` and of English that are
    never a tag alone ("seulement", "bah", "halt"), but for the taxonomy's own tags."""
    data = load_data("hashtags", "never-alone")
    return (_words(data.get(language)) | _words(data.get("en"))) - _known_tags(language)


_CURRENCY_SIGNS = (
    "$\u20ac\u00a3\u00a5\u20b9\u20b5\u20a6\u20b1\u20b2\u20a1\u20a9\u20aa\u20ba\u20b4\u20b8\u20bd"
)


def _price_code(body: str, text: str) -> bool:
    """Whether a tag is the letters of a currency or a country written with a price:
    touching a currency's sign ("GH\u20b520", "TT$ 45") or, in capitals of two or three
    letters, a figure ("KSh500", "GH 20")."""
    if not body.isalpha() or len(body) > 4:
        return False
    word = re.escape(body)
    if rx(rf"(?<![\w$])(?i:{word})[ \t]?[{_CURRENCY_SIGNS}]").search(text):
        return True
    figure = rx(rf"(?<![\w$]){word}[ \t]?\d").search(text)
    return not body.islower() and (body.isupper() or len(body) <= 3) and figure is not None


# the closing or the possessive a post is signed with, and the first names after it:
# "Eure Jana & Ronny", "Love, Priya & Tom", "Bisous, Léa", "Un abrazo, Carmen y Luis"
_SIGNED_BY = re.compile(
    r"(?i:(?:eure?|euer|deine?|dein|your|yours|love|lots of love|much love|cheers|xx+|xo+"
    r"|votre|vos|ta|ton|tu|tus|seu|sua|vosso|vossa|il vostro|la vostra|un abrazo|abrazos"
    r"|besos|un beso|bisous|bises|gros bisous|amitiés|beijos|beijinhos|abraços|um abraço"
    r"|baci|un abbraccio|liebe grüße|viele grüße|herzliche grüße|lg|saludos|cordialement))"
    r",?[ \t]+(?P<names>[A-ZÀ-Ý][\w'\u2019-]*(?:[ \t]*(?:&|\+|and|und|y|e|et)[ \t]*"
    r"[A-ZÀ-Ý][\w'\u2019-]*)*)(?![\w'\u2019-])"
)
_SENTENCE_GOES_ON = re.compile(r"[.!?\u2026\n][ \t]*\S")


def _signers(content: str) -> frozenset[str]:
    """The first names that sign the post's last sentence, one by one and run together
    (#jana, #ronny, #janaronny): the people writing, no one's search."""
    out: set[str] = set()
    for found in _SIGNED_BY.finditer(content):
        before = content[: found.start()].rstrip()
        if before and (before[-1].isalnum() or before[-1] in ",;:"):
            continue  # "we love Pizza Rossa": a verb inside a sentence signs nothing
        if _SENTENCE_GOES_ON.search(content, found.end()):
            continue
        names = [n.lower() for n in rx(r"[^\W\d_][\w'\u2019-]*").findall(found.group("names"))]
        names = [n for n in names if n not in {"and", "und", "y", "e", "et"}]
        for i, j in itertools.combinations(range(len(names) + 1), 2):
            out.add(rx(r"\W").sub("", "".join(names[i:j])))
    return frozenset(out)


def _colour_compound(body: str, tax: Taxonomy) -> bool:
    """German: whether a one-word tag is a colour named after a thing ("Salbeigrün",
    "Himmelblau", "Tannengrün"), which reads as a name after "in"; a town the
    gazetteer knows stays a town, and a colour that is also a thing ("creme", "honig")
    makes no colour of a compound ("Sonnencreme")."""
    low = body.lower()
    return (
        tax.language == "de"
        and body.isalpha()
        and low not in town_words()  # (one word: the cached lower-case set)
        and low not in tax.terms  # "Sonnencreme": a thing ending in a thing's colour
        and any(
            len(c) >= 4 and c not in tax.terms and low.endswith(c) and len(low) - len(c) >= 4
            for c in tax.colours
        )
    )


@functools.cache
def _known_tags(language: str) -> frozenset[str]:
    """Every tag body the taxonomy of ``language`` lists (lower-case)."""
    tax = taxonomy(language)
    tags = {t for v in tax.terms.values() for t in v} | {t for _, v in tax.term_prefixes for t in v}
    for spec in tax.intents.values():
        tags.update(spec.tags)
        for domain in spec.domains:
            tags.update(domain.tags)
    return frozenset(t.lower() for t in tags)


def _without_piece(term: _Term, text: str) -> _Term:
    """``term`` without its tags that are its own word again (a piece of the subject)."""
    word = rx(r"\W").sub("", text[term.start : term.end].lower())
    tags = tuple(t for t in term.tags if not (t.startswith(word) or word.startswith(t)))
    return replace(term, tags=tags)


def _is_piece(a: str, b: str) -> bool:
    """Whether one tag body is a word-piece of the other (#wedding / #weddingday)."""
    if a == b:
        return True
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return len(short) >= 3 and (long.startswith(short) or long.endswith(short))


def _animal_kind(reader: _Reader, term: _Term) -> bool:
    """Whether a term is one of the pets category's cues (a breed, "dog", "gato")."""
    word = reader.text[term.start : term.end].lower()
    if in_company(word, reader.post.content):
        return False  # "good with dogs": company, not the post's animal
    return _is_animal_word(reader, word)


# where a pet post's opening ends for the kind of animal it names: its first sentence,
# or the emoji that closes it ("unser kater pepe ist heute 15 geworden 🎂 er hat …")
_OPENING_END = re.compile(r"[.!?\u2026]+(?:\s|$)|\n|[\U0001F300-\U0001FAFF\u2600-\u27BF]")


def _named_animal(reader: _Reader) -> int | None:
    """Where the opening of a post that names a kind of animal in it ends ("our cat
    miso", "unser Kater"), or None when it names none."""
    end = _OPENING_END.search(reader.text)
    opening = end.start() if end else len(reader.text)
    named = any(
        t.start < opening and _sub_domain_cue(reader, "pets", t.text, kinds=True)
        for t in reader.tokens
    )
    return opening if named else None


def _kind_of_animal(reader: _Reader, term: _Term) -> bool:
    """Whether a term names a kind of animal (a dog, a tabby), not an adoption's word."""
    return _sub_domain_cue(reader, "pets", reader.text[term.start : term.end], kinds=True)


def _is_domain_cue(reader: _Reader, word: str) -> bool:
    """Whether ``word`` is a cue of one of the post's intent's sub-domains ("Rad" of
    cycling, "bike")."""
    return _sub_domain_cue(reader, reader.post.intent, word)


def _is_animal_word(reader: _Reader, word: str) -> bool:
    """Whether ``word`` is one of the pets category's cues (a breed, "dog", "gato")."""
    return _sub_domain_cue(reader, "pets", word)


def _sub_domain_cue(reader: _Reader, intent: str, word: str, *, kinds: bool = False) -> bool:
    """Whether ``word`` is a cue of one of ``intent``'s sub-domains; a German compound
    counts by its last part ("Bürohund", "Hofkatze"). ``kinds``: only the sub-domains no
    flag narrows (the pets' dogs and cats, not their adoption)."""
    spec = reader.tax.intents.get(intent)
    if spec is None:
        return False
    low = word.lower()
    parts = [low[k:] for k in range(3, len(low) - 2)] if reader.tax.language == "de" else []
    domains = [d for d in spec.domains if not (kinds and d.flag is not None)]
    for part in (low, *parts):
        seen = _Seen((part,), (_forms(part, reader.tax.language),), f" {part} ")
        if any(d.cues.hit(seen) for d in domains):
            return True
    return False


# a currency's code or sign glued to a figure
_PRICE_TAG = re.compile(
    r"(?i)(?:chf|eur|euro|usd|gbp|nzd|aud|cad|brl|mxn|ars|clp|cop|pen|inr|rs|kes|ksh|zar|jmd"
    r"|sgd|hkd|fcfa|cfa|gs|nz|ca|us|au|j|r|s)\d+(?:[.,]\d+)?"
)


def _number_piece(body: str, text: str) -> bool:
    """Whether a tag carries a piece of a figure: it starts with a digit ("#400Members",
    "#000Abonnés" from "1 000 abonnés") or holds a number that is part of a longer
    figure ("#Mal3" from "zum ersten Mal 3 x 10"); "#WalkTo10K" and a product's
    "#Trailhead2" keep theirs."""
    if body[:1].isdigit():
        return True
    if _PRICE_TAG.fullmatch(body):
        return True  # "NZ$89", "R$ 90": a price is no tag (#CHF79)
    for run in rx(r"\d+").findall(body):
        # the figure goes on around it: "1 000", "10.000", "3 x 10", "4\u00d76"
        figure = (
            rf"(?:\d[ \t.,\u00a0\u202f]{run}|{run}[ \t.,\u00a0\u202f]\d"
            rf"|{run}[ \t]*[x\u00d7][ \t]*\d)(?![^\W\d_])"
        )
        if rx(figure).search(text):
            return True
    return False


def _fold(key: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))


def _without_joiners(body: str, tax: Taxonomy) -> str:
    """A tag's words without the joiners inside a name ("ClubeDeFutebolArouquense" →
    "clubefutebolarouquense"), lower-cased: two tags of one name written with and
    without its "de" are one tag."""
    drop = tax.joiners | tax.of_words
    return "".join(w.lower() for w in _CAMEL_WORD.findall(body) if w.lower() not in drop)


_CAMEL_WORD = re.compile(r"[A-ZÀ-Þ]?[a-zß-ÿ]+|[A-ZÀ-Þ]+(?![a-zß-ÿ])|\d+|[^\W\d_]+")


def _same_word(a: str, b: str) -> bool:
    """Whether two tags are one word twice: the same but for accents
    (#adotenaocompre / #adotenãocompre) or for an inflection (#evento / #eventi)."""
    a, b = _fold(a), _fold(b)
    if a == b:
        return True
    if not (a.isalpha() and b.isalpha()):
        return False
    common = next(
        (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )
    return common >= 5 and common >= max(len(a), len(b)) - 2


def _tag_words(key: str) -> list[str]:
    return [*words_of(key), *split_tag_words(key)]
