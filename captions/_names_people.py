"""The names of people and pets a brief types in lower case, known by the word before.

A brief says "danke an die tierarztpraxis dr. lemke", "i dolci di nonna ines", "os
bordados da dona custódia", "notre chat filou a trois ans", "unser hund bruno hat
geburtstag" or "meet pickles, our new shop cat"; a caption a manager would post writes
"Dr. Lemke", "nonna Ines", "dona Custódia", "Filou", "Bruno", "Pickles". Three places
name someone:

- after a doctor's or a professor's title ("dr.", "prof."), any word but a function word;
- after a title of kin or respect ("nonna", "dona", "doña", "tía", "tante"), a word no
  adjective's or verb's form and rarer than once in ten thousand words ("nonna
  *racconta*", "la dona *simpática*" stay as typed);
- after a possessive and a kind of pet ("nuestra perra", "notre chat", "unser hund",
  "our dog"), a word the language's vocabulary does not know (an adjective may stand
  there in Romance: "nuestra perra negra"); in German, where no adjective follows its
  noun, any word that is no noun, function word or verb's form and that a verb, a comma
  or the sentence's end follows ("unser Hund *bruno hat*"); and in English after "meet"
  with the apposition that says who ("meet pickles, our new shop cat").

A word already typed with a capital, a hashtag, a mention, a link and an e-mail address
are left as typed.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable

from ._names_rom import describing, unknown_word, zipf
from ._nouns_de import german_listed_noun, german_noun_form

__all__ = ["people_capitals"]

_WORD = r"[^\W\d_]+"
_DOCTOR = re.compile(rf"(?<![\w#@/.-])(?P<title>dr|prof|dra)\. (?P<name>{_WORD})\b", re.I)

# titles of kin, respect or address before a name (with their dot when they take one:
# "mr. aucoin", "sra. pérez")
_TITLES: dict[str, frozenset[str]] = {
    "es": frozenset(
        {"don", "doña", "tía", "tío", "abuela", "abuelo", "señor", "señora", "sr.", "sra."}
    ),
    "pt": frozenset(
        {"dona", "dom", "seu", "tia", "tio", "vó", "vô", "vovó", "vovô", "senhor", "senhora"}
        | {"sr.", "sra."}
    ),
    "it": frozenset({"nonna", "nonno", "zia", "zio", "don", "signor", "signora", "sig.", "sig.ra"}),
    "fr": frozenset(
        {"tante", "tonton", "tata", "mamie", "papi", "papy", "mémé", "pépé", "monsieur", "madame"}
        | {"mme", "mlle"}
    ),
    "en": frozenset(
        {"aunty", "auntie", "nana", "grandma", "grandpa", "uncle", "mr.", "mrs.", "ms.", "mr"}
        | {"mrs", "ms", "miss"}
    ),
    "de": frozenset({"oma", "opa", "tante", "onkel", "herr", "herrn", "frau"}),
}
# a trade's title ("coach nalwoga", "mestre abílio"): the word after it is a name only
# when the vocabulary does not know it ("our chef loves", "the coach says" stay)
_TRADE_TITLES: dict[str, frozenset[str]] = {
    "es": frozenset({"maestro", "maestra", "profe"}),
    "pt": frozenset({"mestre", "professor", "professora"}),
    "it": frozenset({"maestro", "maestra", "mastro"}),
    "fr": frozenset({"chef", "maître"}),
    "en": frozenset({"coach", "chef", "pastor", "captain"}),
    "de": frozenset(
        {"meister", "meisterin", "trainer", "trainerin", "bäcker", "bäckerin", "metzger"}
        | {"metzgerin", "fleischer", "schreiner", "tischler", "tischlerin", "friseur"}
        | {"friseurin", "konditor", "konditorin", "gärtner", "gärtnerin", "winzer", "winzerin"}
        | {"imker", "imkerin", "kehrer", "kehrerin", "feger", "elektriker", "installateur"}
        | {"klempner", "schuster", "macher", "macherin", "schmied", "schmiedin", "optiker"}
        | {"tierarzt", "tierärztin", "pfarrer", "pfarrerin", "förster", "försterin", "wirt"}
        | {"wirtin", "händler", "händlerin", "floristin", "florist", "töpfer", "töpferin"}
    ),
}
# German names a craftsman by the trade's compound ("rauchfang|kehrer pichler",
# "schuh|macher brandl", "braumeister huber"): the trade words above end it
# the words for a relative that are no title of address ("mio fratello ettore", "mamá
# yadira", "my brother obinna"): they stand before an adjective or a verb as often
# ("mio fratello maggiore", "mamá está feliz", "my brother and i"), so the word after
# is a name only when it is rare (see _KIN_NAME_ZIPF)
_KIN: dict[str, frozenset[str]] = {
    "es": frozenset({"mamá", "papá", "mami", "hermano", "hermana", "abuelita", "abuelito"}),
    "pt": frozenset({"avó", "avô", "mãe", "mamãe", "papai", "irmão", "irmã"}),
    "it": frozenset({"fratello", "sorella", "mamma", "papà", "cugino", "cugina"}),
    "fr": frozenset({"maman", "frère", "cousin", "cousine", "mamy"}),
    "en": frozenset({"brother", "sister", "mum", "mom", "dad", "granny", "grandad", "cousin"}),
    "de": frozenset({"mama", "papa", "bruder", "schwester", "cousin", "cousine"}),
}
# the words that say which relative, as rare as a name ("mia sorella gemella", "mon frère
# cadet", "mi hermano mellizo", "meu irmão caçula"): never the name after a relative's word
_KIN_QUALIFIERS = frozenset(
    re.findall(
        r"\S+",
        """twin older younger elder eldest youngest big little baby step half late dear
    gemello gemella gemelli gemelle maggiore minore piccolo piccola grande caro cara
    carissimo carissima adottivo adottiva gemelo gemela mellizo melliza mayor menor
    pequeño pequeña querido querida jumeau jumelle cadet cadette aîné aînée petit petite
    grand grande cher chère chéri chérie gêmeo gêmea caçula mais mano mana
    zwilling zwillings kleiner kleine großer große""",
    )
)
# the titles written with a capital wherever they stand ("Mr. Aucoin", "Mrs Patel")
_CAPITAL_TITLES = frozenset({"mr.", "mrs.", "ms.", "mr", "mrs", "ms"})
# English writes a title of kin or address before a name with its capital too ("from
# Auntie Efua's", "Uncle Kojo", "Miss Adjoa"), unless a possessive or an article makes it
# the relative ("my auntie Efua", "the uncle")
_ENGLISH_KIN_TITLES = frozenset({"aunty", "auntie", "nana", "grandma", "grandpa", "uncle", "miss"})
_OWNED = re.compile(r"(?:\b(?:my|our|your|his|her|their|its|the|a|an)|'s|\u2019s) $", re.I)


# "don't miss bingo night", "we'll miss grandma", "to miss": "miss" after a subject, an
# auxiliary, "to" or "not" is the verb, never a title
_MISSED = re.compile(
    r"(?:\b(?:i|we|you|they|he|she|to|not|never|do|does|did|will|would|gonna|wanna|always"
    r"|still|really)|n['\u2019]t|['\u2019](?:ll|d)) $",
    re.I,
)


def _english_title(text: str, match: re.Match[str], language: str) -> bool:
    title = match.group("title").lower()
    return (
        language == "en"
        and title in _ENGLISH_KIN_TITLES
        and _OWNED.search(text, 0, match.start()) is None
        and not (title == "miss" and _MISSED.search(text, 0, match.start()))
    )


# German's titles of address take a surname that is a noun too ("Frau Schneider")
_GERMAN_ADDRESS = frozenset({"herr", "herrn", "frau"})
# a first name is rarer than this (Zipf scale) in its language's words where it ends its
# phrase, and rarer than the second before more words: the commonest words after a title
# are its verbs and adjectives ("nonna racconta sempre", "tía rica vive")
_TITLE_NAME_ZIPF = 5.5
_TITLE_WORD_ZIPF = 4.5
# after a relative's word, rarer than these where the name ends its phrase and before
# more words ("fratello ettore", 3.8; "fratello maggiore", 5.3, is an adjective)
_KIN_NAME_ZIPF = 4.5
_KIN_WORD_ZIPF = 4.0
# a word with a describing word's ending is one when this common ("la tía rica"); rarer,
# it is a name where a name ends its phrase ("nonno peppino e …"), and below the second,
# anywhere
_DESCRIBING_ZIPF = 4.0
_RARE_ZIPF = 3.0
# a past participle's ending (es, pt, fr; Italian "-ita" ends Rita): never a name
_PARTICIPLE = re.compile(r"[^\W\d_]{3,}(?:[aií]d[oa]s?|ée?s?)$")
# what ends a name's phrase: a comma, the end, "and" ("nonno peppino e zia lucia"); a
# full stop ends a verb's sentence as often ("La nonna racconta.")
_NAME_ENDS = re.compile(r"\s*(?:[,;:)]|$)|\s+(?:e|y|et|und|and|ou|o|i)\s")

# a possessive and a kind of pet ("nuestra perra", "il nostro cane")
_PETS: dict[str, tuple[str, str]] = {
    "es": ("nuestro|nuestra|mi", "perro|perra|perrito|perrita|gato|gata|gatito|gatita|conejo"),
    "pt": ("nosso|nossa|meu|minha", "cão|cachorro|cachorra|cadela|gato|gata|gatinho|gatinha"),
    "it": ("nostro|nostra|mio|mia", "cane|cagnolino|cagnolina|gatto|gatta|gattino|gattina"),
    "fr": ("notre|mon|ma", "chien|chienne|chiot|chat|chatte|chaton|lapin|lapine"),
    "de": ("unser|unsere|mein|meine", "hund|hündin|katze|kater|kaninchen|welpe"),
    "en": ("our|my", "dog|cat|pup|puppy|kitten|bunny|rabbit"),
}  # fmt: skip
# a German finite verb right after a pet's name ("bruno *hat* geburtstag", "*feiert*")
_GERMAN_VERB_AFTER = re.compile(
    r"(?:\s*(?:[,.;:!?]|$)| (?:[^\W\d_]+t|ist|hat|wird|war|darf|kann|mag|muss|will|und)\b)"
)
# the end of a German verb's forms ("bellt", "schläfst", "schlafen") and adverbs'
_GERMAN_NOT_A_NAME = re.compile(r"(?:t|st|en|lich|ig|isch|ens|mal)$")
# the German words this frequent (Zipf scale) are adverbs where a name could stand
_GERMAN_ADVERB_ZIPF = 4.5
# a pet's name may be a word rarer than this (Zipf scale): "Pepper", "Biscuit", "Toby";
# commoner words after "our dog" are its compounds and verbs ("our dog walker", "park")
_PET_WORD_ZIPF = 4.3
_PET_WORD_ZIPF_ROMANCE = 4.0
# an English verb's or adverb's form, never a pet's name ("our dog *loves*", "our pup
# *just* turned", "my cat *ate*")
_EN_COMMON_VERBS = (
    "is|was|has|had|can|will|would|does|did|saw|ate|got|ran|went|came|made|took|found|met"
    "|slept|sat|stole|bit|hid|left|lost|won|broke|fell|knew|just|still|finally|always|never"
    "|really|also"
)
_EN_VERBISH = re.compile(rf"{_EN_COMMON_VERBS}|now|then|too|even|only|here|there|again")
# how common (Zipf) the stem of an -s, -ed, -ing or -ly word must be for the word to be its
# form ("loves" of "love", "slowly" of "slow"); "molly", "otis", "fred" have no such stem
_STEM_ZIPF = 3.5


# a surname after a German trade is often a word of the language's texts ("Pichler",
# "Gruber"), though rarer than this (Zipf scale), where the adverbs after a trade are
# commoner ("der bäcker *nebenan*", "*drüben*", "ums *eck*")
_GERMAN_SURNAME_ZIPF = 3.8
# what follows a craftsman's name: a verb, the phrase's end, or where he works
_GERMAN_AFTER_A_NAME = re.compile(
    rf"{_GERMAN_VERB_AFTER.pattern}| (?:aus|in|im|von|vom|am|an|bei|beim|mit)\b"
)


def _german_surname(text: str, match: re.Match[str]) -> bool:
    """Whether the word after a German trade ("vom rauchfangkehrer *pichler* aus
    leoben") is the craftsman's surname: no noun the list knows, no verb's or adverb's
    form, rarer than the adverbs, and followed by a verb, a place or the phrase's end."""
    name = match.group("name")
    return (
        not german_listed_noun(name)
        and not _GERMAN_NOT_A_NAME.search(name)
        and zipf(name, "de") < _GERMAN_SURNAME_ZIPF
        and _GERMAN_AFTER_A_NAME.match(text, match.end()) is not None
    )


def _english_verb_form(word: str) -> bool:
    """Whether ``word`` is an English verb's or adverb's form: one of the commonest
    ("ate", "just"), or an -s, -ed, -ing or -ly form of a known word; a name that only
    ends like one ("Molly", "Otis", "Ted") is none."""
    low = word.lower()
    if _EN_VERBISH.fullmatch(low):
        return True
    stems: list[str] = []
    if low.endswith("ily"):
        stems.append(low[:-3] + "y")  # "happily"
    if low.endswith("ly"):
        stems.append(low[:-2])
    if low.endswith("ing"):
        stems += [low[:-3], low[:-3] + "e"]
    if low.endswith("ed"):
        stems += [low[:-2], low[:-1]]
    if low.endswith("es"):
        stems.append(low[:-2])
    if low.endswith("s"):
        stems.append(low[:-1])
    return any(len(stem) >= 3 and zipf(stem, "en") >= _STEM_ZIPF for stem in stems)


# what follows an English pet's name: a verb, "and", a comma or the sentence's end
_EN_VERB_AFTER = re.compile(
    rf"\s*(?:[,.;:!?)]|$)| (?:[a-z]+(?:s|ed)|{_EN_COMMON_VERBS}|and|turned)\b"
)
# a lost or new pet's name after the words that give it ("answers to pepper", "a
# tabby called biscuit", "a collie named fern", "named him barry", "we called her
# luna"); never "called off", "named after", "called it quits"
_CALLED = re.compile(
    rf"(?<![\w#@/.-])(?i:answers to|answers to the name|goes by|(?:is |was |a \w+ )?called"
    rf"(?: him| her)?|(?:is |was |a \w+ )?named(?: him| her| them| it)?) "
    rf"(?P<name>(?!(?i:off|in|out|up|after|for|by|the|a|an|our|my|his|her|their|it)\b){_WORD})\b"
)
# the same words in the other languages: "se llama canela", "se chama pipoca", "si chiama
# biscotto", "s'appelle caramel", "heißt bruno" (never after "das" or "es": "das heißt
# nicht viel" is "that is"); the name is rarer than _NAMED_ZIPF (a describing word may be
# one: "s'appelle caramel")
_NAMING: dict[str, str] = {
    "es": r"se llama|se llaman|le pusimos|lo llamamos|la llamamos",
    "pt": r"se chama|chama-se|se chamava|chamamos ele de|chamamos ela de",
    "it": r"si chiama|si chiamava|l'abbiamo chiamat[oa]|l\u2019abbiamo chiamat[oa]",
    "fr": r"s'appelle|s\u2019appelle|s'appelait|s\u2019appelait|l'avons appelée?|l'a appelée?",
    "de": r"(?<!\bdas )(?<!\bes )(?<!\bwas )heißt|hieß|heißen",
}
_NAMED_ZIPF = 5.0
# "esto se llama paciencia", "questo si chiama pazienza", "isso se chama saudade": a thing
# named by a demonstrative is a common word's ("das heißt" is the German one)
_DEMONSTRATIVES = frozenset(
    re.findall(r"\S+", "esto eso aquello isto isso aquilo questo questa ciò quello ça cela ceci")
)
# "named her employee of the month", "named him captain for the season", "called her
# healthy and happy": after "him"/"her" a word this common is a name only where the
# phrase ends ("named him barry, he …", "named her pepper after …")
_PRONOUN_NAME_ZIPF = 4.0
# "il piatto si chiama cacio e pepe", "o bolo se chama bolo de rolo", "el plato del día se
# llama pepitoria": what a dish or a drink is called is its common name, written in lower
# case in the Romance languages (a dish's word up to two words before the naming verb)
_DISH_NAMED = re.compile(
    r"\b(?i:plato|postre|receta|tapa|bebida|cóctel|tarta|bizcocho|helado|prato|sobremesa"
    r"|receita|bolo|doce|petisco|torta|piatto|dolce|ricetta|bevanda|gelato|panino|plat"
    r"|dessert|recette|gâteau|tarte|boisson|cocktail)(?: [^\W\d_]+){0,2} $"
)
_PRONOUN_NAME_ENDS = re.compile(r"\s*(?:[,.;:!?)]|$)| after\b")
# an Irish or Scottish surname typed in lower case ("mckenna", "macleod", "mcdonald's"):
# "mc" and three letters or more is always one; "mac" only before the consonants such
# names take and where the word is no common one ("machine", "macaroni", "macro",
# "mackerel", "macbook" stay)
_GAELIC = re.compile(
    r"(?<![\w#@/.-])(?P<name>(?P<mc>[mM]c|[mM]ac)(?P<rest>[^\W\d_]{3,}))(?=['\u2019]s\b|\b)(?![-@/])"
)
_MAC_NAME = re.compile(r"[dfgklnpqt]")
_MAC_WORDS = frozenset({"mackerel", "mackerels", "mackintosh", "mackintoshes", "macnut"})
# how common (Zipf) a "mac" word may be to be a surname ("macleod", 3.2; "machine", 4.9)
_MAC_ZIPF = 3.5
# a name said after thanks at a sentence's end ("thank you, gord.", "danke, hans!", "merci
# marcel", "grazie ettore"): one or two words, each no common word of the engine's, no
# verb's, adverb's or describing word's form, rarer than _VOCATIVE_ZIPF and none of the
# words said to many ("thanks, folks!", "danke vielmals", "grazie ragazzi")
_THANKS = re.compile(
    r"(?<![\w#@/.-])(?i:thank you|thanks|thank u|cheers|danke|dankeschön|merci|grazie"
    r"|gracias|obrigad[oa]|valeu)(?:,)? (?P<name>[^\W\d_]+)(?: (?P<second>[^\W\d_]+))?"
    r"(?=\s*(?:[.!?\u2026]|$))"
)
_VOCATIVE_ZIPF = 5.0
# an adverb's or an abstract or collective noun's ending ("kindly", "infiniment",
# "vizinhança", "comunidade", "community"): no name
_ADVERB_END = re.compile(
    r"(?:ly|ment|mente|mals|ança|ença|ência|dade|idad|ión|zione|ità|ité|tion|ness|hood"
    r"|ship|ity|heit|keit|schaft|ung)$"
)
# a describing word's ending this common (Zipf) is the word ("grazie infinite"); rarer,
# a name that ends like one ("merci marcel")
_VOCATIVE_DESCRIBING_ZIPF = 4.5
_NOT_A_VOCATIVE = frozenset(
    re.findall(
        r"\S+",
        """mate mates lovely lovelies folks legends heaps loads darling dear pal sir madam
    guys babe babes hun friend fam crew gang lads ladies peeps everybody kindly again
    vielmals schön nochmal tausendmal chers chères infiniment ragazzi ragazze cari care
    totales chicos chicas muitíssimo pessoal galera infinite infinitas infinitos
    infinies mille""",
    )
)
_MEET = re.compile(
    rf"(?<![\w#@/.-])(?i:meet|say hello to|say hi to|welcome) (?P<name>{_WORD}), (?:our|my|the)\b"
)


# a pet's name before its apposition ("adopté luna, une chatte tigrée", "say hi to
# waffles, a 9 year old beagle", "briciola, una gattina di 2 mesi"): the word before a
# comma, an article or possessive, up to three describing words and a kind of pet
_APPOSED_KINDS = (
    r"dog|cat|pup|puppy|kitten|bunny|rabbit|beagle|collie|terrier|tabby|spaniel|lab|labrador"
    r"|greyhound|lurcher|whippet|mutt|rescue|perro|perra|perrita|perrito|gato|gata|gatita"
    r"|gatito|cachorro|cachorra|cachorrinha|cachorrinho|cadela|gatinha|gatinho|vira-lata"
    r"|cane|cagnolina|cagnolino|gatto|gatta|gattina|gattino|cucciolo|cucciola|chien|chienne"
    r"|chiot|chat|chatte|chaton|lapin|lapine|hund|hündin|katze|kater|welpe|kätzchen"
)
_APPOSED = re.compile(
    rf"(?<![\w#@/.'\u2019-])(?P<name>{_WORD}), (?i:a|an|our|my|un|une|una|um|uma|notre|mon"
    rf"|ma|nuestro|nuestra|mi|nosso|nossa|meu|minha|il|la|lo|ein|eine|unser|unsere|mein|meine)"
    rf"(?: [\w-]+){{0,3}}? (?i:{_APPOSED_KINDS})\b"
)
_APPOSED_WORDS = frozenset(_APPOSED_KINDS.split("|"))
# "our new receptionist, a ginger cat", "our shop mascot, a rescue dog", "notre nouvelle
# recrue, une chatte": a word two after an article or a possessive is the head of its
# noun phrase, a role the pet plays, unless the word between is the pet's own kind or
# a boy's or girl's ("our boy pemberton, a lurcher")
_DETERMINERS: dict[str, frozenset[str]] = {
    "en": frozenset(re.findall(r"\S+", "a an the our my your their his her")),
    "fr": frozenset(re.findall(r"\S+", "un une le la notre mon ma votre leur")),
    "es": frozenset(re.findall(r"\S+", "un una el la nuestro nuestra mi tu su")),
    "pt": frozenset(re.findall(r"\S+", "um uma o a nosso nossa meu minha")),
    "it": frozenset(re.findall(r"\S+", "un una uno il la lo nostro nostra mio mia")),
    "de": frozenset(re.findall(r"\S+", "ein eine der die das unser unsere mein meine")),
}
_PET_HEADS = _APPOSED_WORDS | frozenset(
    re.findall(
        r"\S+",
        "boy girl lad lass baby garçon fille bébé chico chica niño niña menino menina bebê"
        " bebé ragazzo ragazza bimbo bimba junge mädchen",
    )
)
# after an article or a preposition the word is a name only when rarer than this
_ARTICLED_NAME_ZIPF = 4.0


# "our new dog", "notre nouveau chat"
_NEW = "new|neue[rn]?|nuev[oa]|nouvelle|nouveau|nuov[oa]|nov[oa]"


def _gaelic_surnames(
    text: str,
    language: str,
    out: list[str],
    spans: list[tuple[int, int]],
    is_name: Callable[[str], bool],
    function_words: frozenset[str],
) -> None:
    """An Irish or Scottish surname ("gord mckenna" → "Gord McKenna", "fiona macleod" →
    "Fiona MacLeod") and the first name typed right before it: a word no function word,
    no verb's form and not among the commonest ("ask mckenna", "with macleod" stay)."""
    for match in _GAELIC.finditer(text):
        name, rest = match.group("name").lower(), match.group("rest")
        # "Macleod's Bakery": a capital another rule gave the name's first letter only
        if rest != rest.lower() or any(a <= match.start() < b for a, b in spans):
            continue
        if match.group("mc").lower() == "mac" and (
            not _MAC_NAME.match(rest)
            or name in _MAC_WORDS
            or max(zipf(name, language), zipf(name, "en")) >= _MAC_ZIPF
        ):
            continue
        _cap(out, match.start("name"))
        _cap(out, match.start("rest"))
        first = re.search(rf"(?<![\w#@/.'\u2019-])({_WORD}) $", text[: match.start()])
        if first is None:
            continue
        word = first.group(1)
        if (
            word == word.lower()
            and len(word) > 2
            and word not in function_words
            and is_name(word)
            and zipf(word, language) < _TITLE_NAME_ZIPF
            and not (language == "en" and _english_verb_form(word))
            and not describing(word, language)
        ):
            _cap(out, first.start(1))


@functools.cache
def _naming_pattern(language: str) -> re.Pattern[str]:
    """The words that give a name in ``language`` and the word after them (``_NAMING``)."""
    return re.compile(
        rf"(?<![\w#@/.-])(?i:{_NAMING[language]}) (?P<name>{_WORD})(?![\w@/#'\u2019-]|\.\w)"
    )


@functools.cache
def _pet_pattern(language: str) -> re.Pattern[str]:
    owners, kinds = _PETS[language]
    return re.compile(
        rf"(?<![\w#@/.-])(?i:{owners}) (?:(?i:{_NEW}) )?(?i:{kinds}) "
        rf"(?P<name>{_WORD})(?![\w@/#'\u2019-]|\.\w)"
    )


# a Romance noun and the link before a relative's word ("las croquetas *de* mamá …")
_OWNED_THING = re.compile(r"(\w+) (?:de|di|da|do|du|des|del|della|dello|dos|das|dei) $")
_PLURAL = re.compile(r"[aeo]s$")
_ROMANCE = frozenset({"es", "pt", "fr"})


def _agrees(text: str, match: re.Match[str], name: str, language: str) -> bool:
    """Whether ``name`` after a relative's word is a known plural that agrees with the
    plural thing before them ("las croquetas de mamá caseras", "les confitures de maman
    maison"): an adjective of the thing, never a first name (no plural is one)."""
    if language not in _ROMANCE or zipf(name, language) == 0.0:
        return False
    owned = _OWNED_THING.search(text, 0, match.start())
    if owned is None:
        return False
    thing = owned.group(1).lower()
    return thing.endswith("s") and name.endswith("s") and _PLURAL.search(name) is not None


def _cap(out: list[str], at: int) -> None:
    out[at] = out[at].upper()


@functools.cache
def _title_pattern(language: str, table_name: str = "titles") -> re.Pattern[str]:
    table = {"titles": _TITLES, "trade": _TRADE_TITLES, "kin": _KIN}[table_name]
    titles = "|".join(re.escape(t) for t in sorted(table[language], key=len, reverse=True))
    if language == "de" and table_name == "trade":
        titles = rf"{_WORD[:-1]}*(?:{titles})"
    return re.compile(rf"(?<![\w#@/.-])(?P<title>(?i:{titles})) (?P<name>{_WORD})\b")


def people_capitals(
    text: str,
    language: str,
    spans: list[tuple[int, int]],
    is_name: Callable[[str], bool],
    function_words: frozenset[str],
) -> str:
    """``text`` with the names of people and pets after a title, a possessive and a pet's
    kind, or "meet" written with their capital ("Dr. Lemke", "nonna Ines", "notre chat
    Filou", "unser Hund Bruno").

    Args:
        text: a caption in ``language`` (one of the six).
        language: its language.
        spans: the hashtags, mentions, links and addresses of ``text``, left as typed.
        is_name: whether a lower-case word may be part of a name at all (no word the
            engine uses, no verb's form).
        function_words: the language's function words (never a name).
    """
    out = list(text)

    def free(match: re.Match[str]) -> bool:
        name = match.group("name")
        return (
            name == name.lower()
            and name not in function_words
            and not any(a <= match.start() < b for a, b in spans)
        )

    for match in _DOCTOR.finditer(text):
        if match.group("title").islower():
            _cap(out, match.start("title"))
        if free(match) and len(match.group("name")) > 1:
            _cap(out, match.start("name"))
    titled = itertools.chain(
        ((m, _TITLE_NAME_ZIPF, _TITLE_WORD_ZIPF) for m in _title_pattern(language).finditer(text)),
        (
            (m, _KIN_NAME_ZIPF, _KIN_WORD_ZIPF)
            for m in _title_pattern(language, "kin").finditer(text)
        ),
    )
    for match, end_zipf, word_zipf in titled:
        name, title = match.group("name"), match.group("title").lower()
        address = language == "de" and title in _GERMAN_ADDRESS
        # where a name ends its phrase (a comma, "and", the text's end: "nonno peppino e zia
        # lucia", "doña carmen y …") a word may look like a verb's or a describing word's
        # form and be commoner; before more words it is a name only if neither ("la
        # senhora simpática da padaria", "nonna racconta sempre" stay)
        ends = _NAME_ENDS.match(text, match.end()) is not None
        common = zipf(name, language)
        if (
            free(match)
            and len(name) > 2
            and (is_name(name) or address or ends)
            and common < (end_zipf if ends else word_zipf)
            and not (language == "en" and _english_verb_form(name))
            and name not in _KIN_QUALIFIERS
            and not (
                describing(name, language)
                and (common >= _DESCRIBING_ZIPF or (common >= _RARE_ZIPF and not ends))
            )
            and not (language == "de" and german_noun_form(name) and not address)
            # "el sillón de la abuela retapizado": a participle describes a thing
            and not _PARTICIPLE.search(name)
            # "las croquetas de mamá caseras": a plural agreeing with the thing before
            and not (title in _KIN.get(language, ()) and _agrees(text, match, name, language))
        ):
            _cap(out, match.start("name"))
            if title in _CAPITAL_TITLES or address or _english_title(text, match, language):
                _cap(out, match.start("title"))
    for match in _title_pattern(language, "trade").finditer(text):
        name = match.group("name")
        if not (free(match) and len(name) > 2 and is_name(name)):
            continue
        if unknown_word(name, language) or (language == "de" and _german_surname(text, match)):
            _cap(out, match.start("name"))
    for match in _pet_pattern(language).finditer(text):
        name = match.group("name")
        # a pet is often named after a food the lexicon knows ("pavlova", "cookie"): only
        # German asks that the word be no word of the engine's own
        if not free(match) or len(name) < 3 or (language == "de" and not is_name(name)):
            continue
        if language == "de":
            named = (
                not german_noun_form(name)
                and not _GERMAN_NOT_A_NAME.search(name)
                and zipf(name, "de") < _GERMAN_ADVERB_ZIPF
                and _GERMAN_VERB_AFTER.match(text, match.end()) is not None
            )
        elif language == "en":
            # "our pup pavlova saw", "my dog pepper turned 9": a word that is no verb's
            # form nor one of the commonest, before a verb or the phrase's end
            named = unknown_word(name, language) or (
                zipf(name, "en") < _PET_WORD_ZIPF
                and not _english_verb_form(name)
                and _EN_VERB_AFTER.match(text, match.end()) is not None
            )
        else:
            # "mi perro toby", "il nostro cane biscuit": no adjective of the language
            # (English's words are no adjectives here)
            named = (
                unknown_word(name, language) or zipf(name, language) < _PET_WORD_ZIPF_ROMANCE
            ) and not describing(name, language)
        if named:
            _cap(out, match.start("name"))
    _gaelic_surnames(text, language, out, spans, is_name, function_words)
    for match in _THANKS.finditer(text):
        said = [match.group("name"), *([match.group("second")] if match.group("second") else [])]
        if free(match) and all(
            word == word.lower()
            and len(word) > 2
            and word not in function_words
            and word not in _NOT_A_VOCATIVE
            and is_name(word)
            and zipf(word, language) < _VOCATIVE_ZIPF
            and not _ADVERB_END.search(word)
            and not (
                describing(word, language) and zipf(word, language) >= _VOCATIVE_DESCRIBING_ZIPF
            )
            and not (language == "en" and _english_verb_form(word))
            and not (language == "de" and german_noun_form(word))
            for word in said
        ):
            _cap(out, match.start("name"))
            if match.group("second"):
                _cap(out, match.start("second"))
    for match in _APPOSED.finditer(text):
        name = match.group("name")
        before = re.search(r"([^\W\d_]+) $", text[: match.start()])
        # (after an article or a preposition, a noun of the language unless rare: "no
        # abrigo, a vira-lata" is the shelter)
        articled = before is not None and before.group(1).lower() in function_words
        two = re.search(r"([^\W\d_]+) ([^\W\d_]+) $", text[: match.start()])
        headed = two is not None and (
            re.fullmatch(_NEW, two.group(2), re.I) is not None
            or (
                two.group(1).lower() in _DETERMINERS.get(language, frozenset())
                and two.group(2).lower() not in _PET_HEADS
            )
        )
        if (
            free(match)
            and not headed
            and len(name) > 2
            and name.lower() not in _APPOSED_WORDS
            and zipf(name, language) < (_ARTICLED_NAME_ZIPF if articled else _NAMED_ZIPF)
            and not (language == "en" and _english_verb_form(name))
        ):
            _cap(out, match.start("name"))
    if language in _NAMING:
        for match in _naming_pattern(language).finditer(text):
            name = match.group("name")
            before_name = re.search(r"([^\W\d_]+) $", text[: match.start()])
            if (
                free(match)
                and not (
                    before_name is not None and before_name.group(1).lower() in _DEMONSTRATIVES
                )
                and not (language != "de" and _DISH_NAMED.search(text, 0, match.start()))
                and len(name) > 2
                and zipf(name, language) < _NAMED_ZIPF
                and not _ADVERB_END.search(name)
                and not (language == "de" and _GERMAN_NOT_A_NAME.search(name))
            ):
                _cap(out, match.start("name"))
    if language == "en":
        for match in _MEET.finditer(text):
            if free(match) and is_name(match.group("name")):
                _cap(out, match.start("name"))
        for match in _CALLED.finditer(text):
            name = match.group("name")
            pronoun = re.search(r" (?:him|her|them|it) $", text[: match.start("name")], re.I)
            if (
                free(match)
                and not (
                    pronoun is not None
                    and zipf(name, "en") >= _PRONOUN_NAME_ZIPF
                    and not _PRONOUN_NAME_ENDS.match(text, match.end("name"))
                )
                and len(name) > 2
                and zipf(name, "en") < _NAMED_ZIPF
                and not _english_verb_form(name)
            ):
                _cap(out, match.start("name"))
    return "".join(out)
