"""An animal's word that names a business after its trade word (blind round 19, fr-02).

"Au moulin la tortue", "at bakery the fox", "à sapataria o gato": the animal is part of
the business's name, never the pet a post is about, nor a tag. A post whose animal is
its subject (ours, named, adopted) stays a pet post.
"""

from __future__ import annotations

import pytest

from captions import read_post
from tests.captions.helpers import captions_for, tags_of

_ANIMAL_TAGS = {
    "#chat",
    "#animaux",
    "#gatos",
    "#gato",
    "#pets",
    "#cavalli",
    "#perros",
    "#mascotas",
    "#rabbit",
    "#petsofinstagram",
    "#haustiere",
    "#hund",
    "#tortue",
}

BUSINESSES = [
    ("fr", "Nouvelle cuvée de cidre au pressoir le chat, dimanche à Dinan."),
    ("en", "Fresh batch of rye at the mill the rabbit in Kettleby this Saturday."),
    ("pt", "Chegou a nova coleção de sandálias à sapataria o gato, em Tavira."),
    ("it", "Nuovo olio novello al frantoio il cavallo, domenica a Spello."),
    ("de", "Neues Kürbiskernöl aus der mühle zum hund, samstag in Leibnitz."),
    ("es", "Nuevo vermut de la casa en el bar el perro, este viernes en Olot."),
]


@pytest.mark.parametrize(("language", "content"), BUSINESSES)
def test_an_animal_in_a_business_name_is_no_pet(language: str, content: str) -> None:
    assert read_post(content, language).intent != "pets"
    variants = captions_for(content, language=language)
    assert not tags_of(variants) & _ANIMAL_TAGS
    assert not any("🐾" in v.caption for v in variants)


PETS = [
    ("fr", "Notre tortue Caramel a fêté ses 30 ans au jardin."),
    ("en", "Our cat Miso found the new bakery box and claimed it."),
    ("en", "In the bakery the cat sleeps on the flour sacks every afternoon."),
    ("es", "Hoy hace un año que adoptamos a Canela, nuestra perra del bar."),
]


@pytest.mark.parametrize(("language", "content"), PETS)
def test_an_animal_that_is_the_subject_stays_a_pet(language: str, content: str) -> None:
    assert read_post(content, language).intent == "pets"
