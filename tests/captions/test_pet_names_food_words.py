"""A pet or a person named with a common word ("Pepper", "Waffle", "Toast", "Pimienta",
"Rose", "Galleta") is a name, never the thing the word means.

Seen: "Pepper has finally learned to sit …" read as a tip about cheese (#cheese #tips,
"Follow for more tips like this"); "Waffle's first day at the groomers …" as a food post
(#waffles #foodie); "Toast the cat has claimed …" took "cat"; "Os presentamos a Pimienta,
la gata de la librería" took "gata" (Pimienta read as a town after "a"); "Rose is
retiring after 22 years" was tagged #Rose, the flower.

The rule: a name is a pet's when it does what a dog is trained to do ("learned to sit",
"aprendió a sentarse"), after "finally" too; when it opens a post that names where only
an animal is taken ("the groomers", "le toiletteur"), as the one who goes or as the
owner ("Waffle's first day"); when it stands before its kind ("Toast the cat"); and when
it is presented beside its kind ("Os presentamos a Pimienta, la gata", "Nous vous
présentons Caramel, le chat"), whatever a preposition before it suggests. The pet's name
at a sentence's start is no search term then (#waffles), and a one-word name that is a
word of the language gives a milestone no tag of its own (#Rose, #Galleta).
"""

from __future__ import annotations

import pytest

from captions import read_post
from tests.captions.helpers import captions_for, post_tags, text_of


@pytest.mark.parametrize(
    ("content", "language", "name"),
    [
        ("Pepper has finally learned to sit. Took six weeks and a lot of cheese.", "en", "Pepper"),
        ("Mango has finally learnt to give a paw. Took a whole tub of treats.", "en", "Mango"),
        ("Waffle's first day at the groomers went better than expected.", "en", "Waffle"),
        ("Churro's first trip to the groomers: one bath, zero regrets.", "en", "Churro"),
        ("Toast the cat has claimed the new armchair in the window.", "en", "Toast"),
        ("Os presentamos a Pimienta, la gata de la librería. Duerme en el escaparate.", "es",
         "Pimienta"),
        ("Nous vous présentons Caramel, le chat de la librairie. Il dort en vitrine.", "fr",
         "Caramel"),
    ],
)  # fmt: skip
def test_a_pet_named_with_a_common_word_is_the_subject(
    content: str, language: str, name: str
) -> None:
    post = read_post(content, language)
    assert post.subject.text == name, post.subject
    assert post.intent == "pets", post.intent


@pytest.mark.parametrize(
    ("content", "language", "sense"),
    [
        ("Waffle's first day at the groomers went better than expected.", "en", "#waffles"),
        ("Churro's first trip to the groomers: one bath, zero regrets.", "en", "#churros"),
        ("Pepper has finally learned to sit. Took six weeks and a lot of cheese.", "en", "#tips"),
        ("Rose is retiring after 22 years behind the counter. Come and say goodbye on Friday.",
         "en", "#rose"),
        ("Galleta cumple 5 años hoy. Gracias por tantos paseos.", "es", "#galleta"),
    ],
)  # fmt: skip
def test_the_word_s_other_sense_is_no_tag(content: str, language: str, sense: str) -> None:
    assert sense not in post_tags(content, language, 8, lower=True)


def test_a_dog_s_training_gets_no_tip_s_call() -> None:
    content = "Pepper has finally learned to sit. Took six weeks and a lot of cheese."
    for variant in captions_for(content, language="en"):
        assert "tips" not in text_of(variant).lower(), text_of(variant)
