"""Places typed in lower case that the captions left so (eighteenth blind review: names
left in lower case were the commonest failure, 48 of 120 captions).

- a town the hashtags tag after a preposition that joins an article ("au", "no",
  "nel"): the caption writes it with its capitals too ("no Funchal"), unless a noun
  comes before the preposition, whose phrase then says what the thing is made with
  ("escalope au marsala").
- a river's name after its banks, flood, mouth or source and an article's contraction
  ("la riva del Lambro", "a orilla del Nazas", "a cheia do Vouga"), where the word is
  one the vocabulary does not know or a place; a known word is the everyday one ("il
  giro del mondo", "à beira do rio", "la crue du siècle").
- an English street, park or square in an address, between commas before a town, its
  first word one the vocabulary does not know ("Tanglewood Lane, Halifax", "Fernbrook
  Park hall, Leeds"); "city park, Leeds", "road trip, Leeds" stay;
- an English town's possessive, where the town is one the hashtags tag ("Kampala's
  music scene"); a town that is a common word stays ("reading's fans").

Posts invented for this test.
"""

from __future__ import annotations

import pytest

from captions._propercase import proper_capitals

from .helpers import captions_for, tags_of, text_of

WRITTEN = [
    # a town named with its article, as the hashtags read it
    ("pt", "hoje à noite tocamos no funchal, entrada livre", "no Funchal"),
    ("pt", "a nossa loja abre amanhã no huambo", "no Huambo"),
    ("fr", "la chorale chante samedi au cap-haïtien pour la fête", "au Cap-Haïtien"),
    # a river after its banks, its flood, a walk round it
    ("it", "aperitivo sulla riva del lambro al tramonto", "riva del Lambro"),
    ("it", "corsa lungo l'argine del livenza domenica", "argine del Livenza"),
    ("es", "picnic a la orilla del nazas este domingo", "orilla del Nazas"),
    ("pt", "a cheia do vouga levou a esplanada", "cheia do Vouga"),
    # an English address's street or park
    ("en", "open mic tonight, tanglewood lane, halifax", "Tanglewood Lane, Halifax"),
    ("en", "kids disco, fernbrook park hall, leeds, fri 6pm", "Fernbrook Park hall, Leeds"),
    ("en", "Kids disco. Fernbrook park hall, Leeds.", "Fernbrook Park hall, Leeds"),
    # a town's possessive
    ("en", "the whole of kampala's music scene came out", "Kampala's music"),
]
KEPT = [
    # after a noun, what a dish is made with
    ("fr", "escalope au marsala et purée maison", "au marsala"),
    ("pt", "bacalhau no funchal de sempre", "no funchal"),
    # a town that is a common word stays a word ("no porto": at the harbour)
    ("pt", "chegamos no porto ao fim da tarde", "no porto"),
    # a known word after the river's banks is the everyday word
    ("it", "abbiamo fatto il giro del mondo in cucina", "giro del mondo"),
    ("pt", "um café à beira do rio", "beira do rio"),
    ("fr", "la crue du siècle a tout emporté", "crue du siècle"),
    ("es", "la crecida del río cortó el camino", "crecida del río"),
    # an English street's or park's everyday words
    ("en", "the park road was closed after the storm, leeds", "the park road"),
    ("en", "road trip, leeds", "road trip"),
    ("en", "picnic in the city park, leeds", "city park"),
    ("en", "summer sale, park life, leeds", "park life"),
    # a possessive that is no town's, or a town that is a word
    ("en", "grab a slice of mum's cake", "mum's cake"),
    ("en", "all of reading's fans were there", "reading's fans"),
]


@pytest.mark.parametrize(("language", "text", "expected"), WRITTEN)
def test_a_place_is_written_with_its_capital(language: str, text: str, expected: str) -> None:
    assert expected in proper_capitals(text, language)


@pytest.mark.parametrize(("language", "text", "expected"), KEPT)
def test_a_word_is_kept_as_typed(language: str, text: str, expected: str) -> None:
    assert expected in proper_capitals(text, language)


def test_an_english_address_keeps_its_street_in_every_variant() -> None:
    variants = captions_for("quiz night, tanglewood lane, halifax, thu 8pm", language="en")
    assert all("Tanglewood Lane" in text_of(v) for v in variants)


def test_the_caption_and_its_tags_agree_on_a_town_with_its_article() -> None:
    variants = captions_for(
        "hoje à noite tocamos no funchal, entrada livre, traz os amigos", language="pt"
    )
    assert "#funchal" in tags_of(variants)
    assert all("no Funchal" in text_of(v) for v in variants)
