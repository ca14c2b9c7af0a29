"""A new thing priced is a launch, wherever it is worn or used: "nuevas guayaberas de lino …
perfectas pa' la boda en la playa … pedidos por whatsapp" was a trip tagged #playa #verano
#viajes #turismo; a post that opens presenting something new ("nuevas", "new", "neue",
"nouvelles", "nuove", "novas") and gives its price is the thing's launch, and the beach,
the mountains or the lake it is made for are no journey."""

from __future__ import annotations

import pytest

from captions import read_post
from tests.captions.helpers import captions_for, tags_of

_TRIP_TAGS = {"#viajes", "#turismo", "#travel", "#reisen", "#voyage", "#viaggio", "#viagem",
              "#wanderlust", "#urlaub", "#vacances", "#vacanze", "#férias"}  # fmt: skip


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("nuevos huipiles bordados en el taller la golondrina 🌺 hechos a mano en oaxaca, "
         "$980 cada uno. perfectos pa' la playa o pa' la fiesta. pedidos por whatsapp", "es"),
        ("Novas cangas de algodão na Loja Maré 🌊 pintadas à mão em Peniche, 19 € cada. "
         "Perfeitas para a praia. Encomendas por WhatsApp.", "pt"),
        ("Neue Leinenhemden aus unserer Werkstatt in Lindau, 89 € das Stück. Perfekt für "
         "den Sommer am See und die Berge. Bestellungen per Mail.", "de"),
        ("Nouvelles paréos en coton chez Atelier Vanille 🌺 imprimés à la main, 45 € "
         "pièce. Parfaits pour la plage et les vacances. Commandes par message.", "fr"),
        ("Nuove camicie di lino della Sartoria Gabbiani, cucite a mano a Positano, 120 € "
         "l'una. Perfette per il mare e le vacanze. Ordini in DM.", "it"),
        ("New linen shirts from the Harbour Workshop 🌊 sewn by hand in Falmouth, £75 each. "
         "Perfect for the beach and your holidays. Orders by DM.", "en"),
    ],
)  # fmt: skip
def test_a_new_thing_priced_is_no_trip(content: str, language: str) -> None:
    assert read_post(content, language).intent != "travel"
    assert not tags_of(captions_for(content, language=language)) & _TRIP_TAGS


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("New York in 5 days: Central Park, the Met, Brooklyn Bridge at sunset. Flights and "
         "hotel from $1,299 per person, book from Monday at skyway.com.", "en"),
        ("New Zealand in 10 days: Auckland, Rotorua and Queenstown. Flights and hotels from "
         "$2,999 per person, book from Monday at skyway.com.", "en"),
    ],
)  # fmt: skip
def test_new_that_begins_a_places_name_is_no_new_thing(content: str, language: str) -> None:
    """ "New York", "Nova Scotia", "New Zealand", "New Year's": the word begins a place's or
    a holiday's name, it calls nothing new."""
    assert read_post(content, language).intent == "travel"
