"""Verb forms that are never a name and never a town, in Spanish, Italian and Portuguese.

A shop's post ends on an invitation: "¡Pasad a probarlas!", "Venite a trovarci",
"Passate a provarli", "Venha prová-los". Two readings went wrong on such a sentence: a
command to several people opening it ("Pasad", "Reservad") is a capitalised word the
vocabulary lacks, which reads as a person's name; and the infinitive carrying its
pronouns after "a" ("probarlas", "trovarci") is a word the vocabulary lacks after a
preposition of place, which reads as a small town ("¡Pasad a Probarlas!").

Both forms are built from an infinitive the vocabulary knows, so a word is such a form
when taking off its pronouns (and its command's ending) leaves one: "probar-las",
"trovar-ci" (trovare), "prová-los" (provar), "pasa-d" (pasar). Names that end the same
way ("David", "Madrid") leave no infinitive and stay names.
"""

from __future__ import annotations

import functools
import re
import unicodedata

__all__ = ["plural_present", "singular_present", "verb_form"]

# the pronouns a verb carries at its end, one or two of them ("dárselo", "portarglielo")
_PRONOUNS = {
    "es": r"(?:me|te|se|nos|os|lo|la|los|las|le|les)",
    "it": r"(?:mi|ti|si|ci|vi|lo|la|li|le|gli|ne|glie)",
}
# an infinitive's stem and ending, with its pronouns; a command to several people
# ("probadlas", "provateli") and a gerund ("probándolas", "provandoli") carry them too
_WITH_PRONOUNS = {
    language: re.compile(rf"(?P<stem>[^\W\d_]{{2,}}?)(?P<end>{ends}){pronouns}{{1,2}}")
    for language, ends, pronouns in (
        ("es", r"[aeiáéí]r|[aei]d|ando|iendo|ándo|iéndo", _PRONOUNS["es"]),
        ("it", r"[aei]r|[aei]te|ando|endo", _PRONOUNS["it"]),
    )
}
# a Portuguese verb joins its pronoun with a hyphen ("prová-los", "vê-lo", "ajude-nos")
_HYPHENED = re.compile(
    r"(?P<verb>[^\W\d_]{2,})-(?:lo|la|los|las|o|a|os|as|me|te|se|nos|vos|lhe|lhes)"
)
# a Spanish command to several people ("pasad", "venid", "reservad")
_COMMAND = re.compile(r"(?P<stem>[^\W\d_]{2,})(?P<end>[aei])d")
# how common an infinitive must be (Zipf scale) for its form to be read as a verb's
_KNOWN_ZIPF = 2.5


def _plain(text: str) -> str:
    """``text`` without its accents ("probár" is "probar")."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


@functools.cache
def _known(word: str, language: str) -> bool:
    import wordfreq  # read on first use only, as captions._names_rom reads it

    return float(wordfreq.zipf_frequency(word, language, wordlist="small")) >= _KNOWN_ZIPF


def _infinitives(stem: str, end: str, language: str) -> tuple[str, ...]:
    """The infinitives a form's stem and ending may come from."""
    vowel = _plain(end)[:1]
    if vowel not in "aei":  # a gerund: -ando is -ar's, -iendo/-endo -er's or -ir's
        return (
            (stem + "ar",)
            if _plain(end).startswith("a")
            else (stem + "er", stem + "ir", stem + "ere", stem + "ire")
        )
    return (stem + vowel + "r",) if language == "es" else (stem + vowel + "re",)


def verb_form(word: str, language: str) -> bool:
    """Whether ``word`` is a verb with its pronouns, or a Spanish command to several
    people, of an infinitive ``language``'s common vocabulary knows.

    Args:
        word: one word as written (any case).
        language: a caption language; only Spanish, Italian and Portuguese have these
            forms, any other gives False.
    """
    low = word.lower()
    if language == "pt":
        hyphened = _HYPHENED.fullmatch(low)
        return hyphened is not None and _hyphened_verb(hyphened.group("verb"))
    pattern = _WITH_PRONOUNS.get(language)
    if pattern is None:
        return False
    forms = [pattern.fullmatch(low)]
    if language == "es":
        forms.append(_COMMAND.fullmatch(low))
    return any(
        _known(_plain(infinitive), language)
        for form in forms
        if form is not None
        for infinitive in _infinitives(form.group("stem"), form.group("end"), language)
    )


# a verb's present for several people ("tornano", "conoscono", "finiscono", "cantan",
# "corren", "cantam", "correm") and the infinitives its stem may come from
_PLURAL_PRESENT = {
    "it": ((r"iscono", ("ire",)), (r"ano", ("are",)), (r"ono", ("ere", "ire"))),
    "es": ((r"an", ("ar",)), (r"en", ("er", "ir"))),
    "pt": ((r"am", ("ar",)), (r"em", ("er", "ir"))),
}


def plural_present(word: str, language: str) -> bool:
    """Whether ``word`` is a verb's present for several people ("tornano" of "tornare",
    "cantan", "correm") in Italian, Spanish or Portuguese, of an infinitive the common
    vocabulary knows; a stem of three letters at least, so "mano" ("mare") and "piano"
    stay nouns.

    Args:
        word: one word as written (any case).
        language: a caption language; any other than those three gives False.
    """
    low = _plain(word.lower())
    for ending, infinitives in _PLURAL_PRESENT.get(language, ()):
        stem = low.removesuffix(ending)
        if stem != low and len(stem) >= 3 and stem.isalpha():
            return any(_own_verb(stem + end, language) for end in infinitives)
    return False


# a verb's present for one person ("reabre", "estrena", "riapre", "rouvre") and the
# infinitives its stem may come from
_SINGULAR_PRESENT = {
    "es": (("a", ("ar",)), ("e", ("er", "ir"))),
    "pt": (("a", ("ar",)), ("e", ("er", "ir"))),
    "it": (("isce", ("ire",)), ("a", ("are",)), ("e", ("ere", "ire"))),
    "fr": (("e", ("er", "ir")),),
}
# how much more common than its infinitive a verb's form may be; a word far more common
# is a noun or an adjective that only looks like one ("luna" of "lunar", "stella")
_FORM_OVER_INFINITIVE_ZIPF = 0.3


def singular_present(word: str, language: str) -> bool:
    """Whether ``word`` reads as a verb's present for one person ("reabre" of
    "reabrir", "estrena", "riapre", "rouvre") in Spanish, Portuguese, Italian or French:
    its infinitive is a common word of the language more than of English, and the word
    itself no more common than that infinitive (by a little), so a noun or an adjective
    shaped like one ("luna", "paloma", "vela", "stella") is none.

    Args:
        word: one word as written (any case).
        language: a caption language; any other than those four gives False.
    """
    low = word.lower()
    for ending, infinitives in _SINGULAR_PRESENT.get(language, ()):
        stem = low.removesuffix(ending)
        if stem != low and len(stem) >= 3 and stem.isalpha():
            own = _zipf(low, language)
            return any(
                _own_verb(stem + end, language)
                and own <= _zipf(stem + end, language) + _FORM_OVER_INFINITIVE_ZIPF
                for end in infinitives
            )
    return False


@functools.cache
def _zipf(word: str, language: str) -> float:
    import wordfreq

    return float(wordfreq.zipf_frequency(word, language, wordlist="small"))


@functools.cache
def _own_verb(infinitive: str, language: str) -> bool:
    """Whether ``infinitive`` is a common word of ``language`` more than of English
    ("order", "homer" are English words and names, never "ordenar"'s or a verb)."""
    import wordfreq

    own = float(wordfreq.zipf_frequency(infinitive, language, wordlist="small"))
    english = float(wordfreq.zipf_frequency(infinitive, "en", wordlist="small"))
    return own >= _KNOWN_ZIPF and own > english


def _hyphened_verb(verb: str) -> bool:
    """Whether the part before a Portuguese pronoun's hyphen is a verb: a form the
    vocabulary knows ("ajude", "conheça") or an infinitive without its "r" ("prová",
    "vê", "fazê", "abri")."""
    return _known(verb, "pt") or _known(_plain(verb) + "r", "pt")
