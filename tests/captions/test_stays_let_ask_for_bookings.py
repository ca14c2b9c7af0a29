"""A place to stay that is let asks for bookings, never for one's own home: "Our cottage in
the Lakes has free dates in March, sleeps 4, book direct" was asked "What made you smile
today?", "Unsere Ferienwohnung am Bodensee hat im März noch freie Termine" was read as a
home ("Was ist euer Lieblingsplatz zu Hause?", #einrichtung) and "Our holiday let in
Cornwall has a freshly painted living room, a new sofa …" as home decor ("Share your own
favourite corner"). A lodging's own word (holiday let, B&B, gîte, Ferienwohnung,
agriturismo, alojamento local) with its dates or booking, or a dwelling with what only a
stay has (sleeps 4, nights free, a price a night) is travel, asked to book, save or plan
the getaway; a home for sale, a guest's own stay and a flat painted at last are not.

Posts invented for this test.
"""

from __future__ import annotations

import re

import pytest

from captions import read_post
from tests.captions.helpers import captions_for, tags_of

# the asks of one's own home, day or trip: never under a listing
_NOT_A_LISTING = re.compile(
    r"(?i)corner|rincón|lieblingsplatz|coin préféré|cantinho|canto preferido|angolo preferito"
    r"|weekend project|smile|sonreír|lächeln|sourire|sorrir|sorridere|joy of the day|alegría del"
    r"|glück des tages|bonheur du jour|alegria do dia|where should we go|adónde vamos"
    r"|wohin als nächstes|où aller ensuite|próximo destino|dove andiamo|day like this|un día así"
    r"|so einen tag|journée comme ça|um dia assim|giornata così|cosy space|wear|look"
)
_HOME_TAGS = {
    "#homedecor",
    "#interiordesign",
    "#einrichtung",
    "#zuhause",
    "#decoración",
    "#hogar",
    "#décoration",
    "#decoração",
    "#casa",
    "#arredamento",
}

LISTINGS = [
    ("en", "Our cottage in the Lakes has free dates in March, sleeps 4, book direct."),
    (
        "en",
        "Our holiday let in Cornwall has a freshly painted living room, a new sofa and a log "
        "burner. Sleeps 6, free dates in April.",
    ),
    (
        "en",
        "New on Airbnb: our little flat in Lisbon's Alfama. Balcony, river view, sleeps 2. "
        "Book now!",
    ),
    (
        "en",
        "Our B&B in Whitby has rooms free for the half-term week. Full English included. DM "
        "to book.",
    ),
    (
        "es",
        "Nuestro apartamento turístico en Cádiz estrena cocina y terraza. Para 4 personas, libre "
        "en abril.",
    ),
    (
        "de",
        "Unsere Ferienwohnung am Bodensee hat im März noch freie Termine. Für 4 Personen, mit "
        "Balkon und Seeblick. Direkt buchen per DM.",
    ),
    (
        "fr",
        "Notre chambre d'hôtes est prête pour la saison : linge neuf, fleurs fraîches, jardin en "
        "fleurs. Quelques nuits libres en juin.",
    ),
    (
        "pt",
        "O nosso alojamento local em Lisboa tem cozinha nova e varanda. Para 4 pessoas, livre em "
        "abril.",
    ),
    (
        "it",
        "Il nostro agriturismo in Val d'Orcia ha ancora date libere a marzo. 4 posti letto, "
        "camino e piscina. Prenota direttamente.",
    ),
]


@pytest.mark.parametrize(("language", "content"), LISTINGS)
def test_a_stay_let_is_travel_asked_to_book(language: str, content: str) -> None:
    post = read_post(content, language)
    assert post.intent == "travel", post.intent
    assert "rental" in post.flags
    variants = captions_for(content, language=language)
    for variant in variants:
        asked = variant.caption.removeprefix(content).split("\n")
        assert not _NOT_A_LISTING.search(asked[-1] if asked else ""), variant.caption
    assert not tags_of(variants) & _HOME_TAGS, tags_of(variants)


NOT_LISTINGS = [
    (
        "en",
        "We stayed in the sweetest Airbnb in Lisbon: balcony, river view, £80 a night. Would "
        "book again.",
    ),
    ("en", "Two-bed flat for sale in Leith, viewings this Saturday. Sleeps 4 comfortably."),
    ("en", "Finally painted the living room in our little flat. New rug, new lamp, same old cat."),
    ("en", "Our cottage kitchen is finished! Oak worktops and a butler sink."),
    ("es", "Piso en alquiler en Malasaña, 2 habitaciones. Se alquila desde marzo."),
    ("de", "Endlich ist unsere Wohnung fertig eingerichtet: neues Sofa, neue Lampe."),
]


@pytest.mark.parametrize(("language", "content"), NOT_LISTINGS)
def test_a_home_or_a_guests_stay_is_no_listing(language: str, content: str) -> None:
    assert "rental" not in read_post(content, language).flags
