"""An English town the gazetteer lacks, typed in lower case after "in", gets its capital
after any noun, not only after a business's kind.

Seen: "thanks to the parkrun crew in lurgan for dragging me out", "a part-time florist
at petal & stem in hexham 🌷", "hiring a weekend baker in todmorden, 4am starts" kept
their towns in lower case (a reviewer's edit on every such caption): the rule wrote a
town after "in" only after a business's kind ("Moss Vets in ormskirk") or a verb of
where one is ("based in dorrigo"), for fear of colours ("now in taupe").

The rule: after a noun, "in" and a word English does not know, ending its phrase (a
comma, an emoji, the end, a function word), is a town; after a word that offers a thing
in a colour or a stuff ("available", "comes", "now", "knitted", "sizes"), an -ed or
-ly word, or before a colour or material the engine knows ("taupe", "celadon",
"oxblood"), the word stays as typed.
"""

from __future__ import annotations

import pytest

from captions._names_en import english_names


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Thanks to the parkrun crew in lurgan for dragging me out.", "in Lurgan for"),
        ("We need a part-time florist at Petal & Stem in hexham. 🌷", "in Hexham."),
        ("Hiring a weekend baker in todmorden, 4am starts.", "in Todmorden,"),
        ("Our little shop in frome is closed on Monday.", "in Frome is"),
    ],
)
def test_a_town_after_a_noun_and_in_gets_its_capital(text: str, town: str) -> None:
    assert town in english_names(text, text.lower())


@pytest.mark.parametrize(
    "text",
    [
        "Now available in taupe, ecru and sage.",
        "The new sofa comes in boucle.",
        "The cushion in celadon, £40.",
        "Our beanie in oxblood is back.",
        "Hand-knitted in merino, £60.",
        "All sizes in chambray.",
    ],
)
def test_a_colour_or_stuff_after_in_stays_as_typed(text: str) -> None:
    assert english_names(text, text.lower()) == text
