"""German nouns a brief types in lower case, known by a noun lexicon.

A German brief typed in a hurry ("winterjacken ab 39 €, alle helme -20 %. nur im laden")
was retold with its nouns in lower case: a German reader marks every one an edit. The
nouns the ``german-nouns`` list knows are now written with their capital; a form that is
also a verb, an adjective or an adverb ("laden", "stimmen", "gute", "paar") only where a
noun stands (after an article or a preposition joined with one, after a count, before
"ist"/"war"). Short weekdays before an hour or another day ("sa 9-13 uhr", "mo-fr") are
written as days.
"""

from __future__ import annotations

import pytest

from captions._propercase import proper_capitals
from tests.captions.helpers import captions_for, text_of

DASH = "\u2013"  # the en dash a brief types in a discount and a span of hours


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        (f"winterjacken ab 39 €, alle helme {DASH}20 %. nur im laden",
         f"Winterjacken ab 39 €, alle Helme {DASH}20 %. nur im Laden"),
        ("unser kammerchor hat 35 stimmen geholt", "unser Kammerchor hat 35 Stimmen geholt"),
        ("ein buch für oma und ein handy für opa", "ein Buch für Oma und ein Handy für Opa"),
        ("das essen war lecker, dann kaffee", "das Essen war lecker, dann Kaffee"),
        ("die neuen regenjacken hängen beim eingang", "die neuen Regenjacken hängen beim Eingang"),
        ("eine gute wahl für 2 stück", "eine gute Wahl für 2 Stück"),
        (f"geöffnet sa 9{DASH}13 uhr, mo{DASH}fr 7{DASH}18 uhr",
         f"geöffnet Sa 9{DASH}13 Uhr, Mo{DASH}Fr 7{DASH}18 Uhr"),
        ("sa 10-14 uhr, so. 11 uhr", "Sa 10-14 Uhr, So. 11 Uhr"),
        # a street: its last part names it, "-weg" and the like before a house number
        ("abholung in der goethestraße 12 oder am lindenplatz",
         "Abholung in der Goethestraße 12 oder am Lindenplatz"),
        ("neu: schillerstr. 4 und mühlenweg 3", "neu: Schillerstr. 4 und Mühlenweg 3"),
        # a compound the list lacks, of two nouns it knows
        ("heute kinderflohmarkt und weihnachtsbasar, mit kürbissuppe",
         "heute Kinderflohmarkt und Weihnachtsbasar, mit Kürbissuppe"),
    ],
)  # fmt: skip
def test_a_german_noun_typed_in_lower_case_is_written_as_a_noun(typed: str, written: str) -> None:
    assert proper_capitals(typed, "de") == written


@pytest.mark.parametrize(
    "typed",
    [
        # a verb, an adjective or an adverb that is also a noun, where no noun stands
        "wir laden euch ein und spenden alles",
        "kommt morgen vorbei, es wird gut",
        "schickt es jemandem, der das sehen muss",
        "seit 1987 backen wir so",
        "ein paar tage, ein bisschen mutig",
        "ich liebe es, wenn ihr stimmt",
        # a word that ends with a verb, an adjective or an adverb, or opens with a
        # function word, is no compound noun
        "allerdings himmelblau kostenlos aufladen staubsaugen, unterwegs",
        # an adverb that ends like a street, before a figure
        "durchweg 5 von 5, vorweg 2",
        # a common verb's short form ("hab" of "haben") is no noun ("Hab und Gut")
        "damals hab ich angefangen, schau mal",
        # "so" and "mo" without an hour or a day after them
        "so schön war es, mo",
        # a capital the brief wrote, a hashtag, a mention, a link, an e-mail address
        "Laden Stimmen Kaffee",
        "#laden @oma_kaffee www.buchladen-kiel.de info@kaffee.de",
    ],
)
def test_what_is_no_german_noun_stays_as_typed(typed: str) -> None:
    assert proper_capitals(typed, "de") == typed


def test_the_caption_writes_the_brief_s_nouns_with_capitals() -> None:
    content = (
        "winterschlussverkauf bei radhaus krähe: winterjacken ab 39 €, "
        f"alle helme {DASH}20 %. nur im laden"
    )
    texts = [text_of(v) for v in captions_for(content, language="de")]
    assert any("Winterjacken ab 39 €, alle Helme" in t for t in texts), texts
    assert any("im Laden" in t for t in texts), texts
