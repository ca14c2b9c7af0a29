"""A pet named in passing is a detail of a home's or a day's post: "endlich geschafft: unser
flur im reihenhaus … kater pudding schläft jetzt auf der schuhbank" was read as a pet post
and tagged "#katzen #haustiere"; a post whose opening clause tells a home made new or a day
(and shows no animal) and names its cat or dog only later is that home or that day, and
tags no animal kind named after its opening. A post that opens on its pet stays a pet post."""

from __future__ import annotations

import pytest

from captions import read_post
from tests.captions.helpers import post_tags

_PET_TAGS = {
    "#katzen", "#haustiere", "#hundeliebe", "#dogsofinstagram", "#catsofinstagram",
    "#petsofinstagram", "#gatos", "#pets", "#perros", "#mascotas", "#cani", "#gatti",
}  # fmt: skip


@pytest.mark.parametrize(
    ("content", "language", "intents"),
    [
        ("endlich geschafft: unser flur im reihenhaus in zwickau 🪴 garderobe aus einer alten "
         "leiter, ein spiegel vom trödelmarkt für 12 €, körbe für mützen und schals. kater "
         "pudding schläft jetzt auf der schuhbank. gemütlicher geht's nicht 🕯️", "de", {"home"}),
        ("Endlich fertig: unsere Waschküche im Keller, frisch gefliest, mit Regalen aus "
         "Birkenholz und einer alten Zinkwanne. Hündin Wolke liegt schon auf dem Teppich.", "de",
         {"home"}),
        ("Finally finished the spare room in our terrace: sage walls, a pine bookshelf from the "
         "tip and new curtains. Same old dog asleep on the rug.", "en", {"home"}),
        ("A reforma do quarto ficou pronta: paredes verdes, cortinas novas e uma estante de "
         "pinho. O gato Tapioca já dorme na poltrona.", "pt", {"home"}),
        ("Domingo en casa: tortitas para desayunar, los niños hicieron una cabaña con mantas en "
         "el salón, el perro se llevó un calcetín y terminamos con una peli.", "es",
         {"home", "everyday"}),
    ],
)  # fmt: skip
def test_a_pet_named_in_passing_is_no_pet_post(
    content: str, language: str, intents: set[str]
) -> None:
    assert read_post(content, language).intent in intents
    assert not set(post_tags(content, language, 5)) & _PET_TAGS


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("kater pudding schläft jetzt auf der neuen schuhbank im flur 🐈 gemütlicher geht's "
         "nicht", "de"),
        ("Our dog Pickle has claimed the new rug in the spare room.", "en"),
        ("Lazy Sunday with Pickle on the settee 🐶", "en"),
    ],
)  # fmt: skip
def test_a_post_that_opens_on_its_pet_stays_a_pet_post(content: str, language: str) -> None:
    assert read_post(content, language).intent == "pets"
