"""A sentence that opens with where (a place after its preposition) and then says when
between commas ("Al Mercato di San Giorgio, il 14 e 15 marzo, portiamo …") is one
sentence: its verb comes after both, so cut at a comma the place or the date would stand
alone as a fragment ("Al Mercato di San Giorgio." then "Il 14 e 15 marzo, portiamo …")."""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for, text_of

_POSTS = [
    (
        "it",
        "Al Mercato di San Giorgio, il 14 e 15 marzo, portiamo i nuovi cestini in vimini "
        "della Bottega Il Gufo 🧺 Vimini di fiume, lavorati a mano.",
        "Al Mercato di San Giorgio, il 14 e 15 marzo, portiamo",
    ),
    (
        "it",
        "Alla Sagra della Castagna di Vallerano, sabato 10 e domenica 11 ottobre, vendiamo le "
        "nostre nuove marmellate di castagne e miele 🌰 Castagne cotte piano.",
        "Alla Sagra della Castagna di Vallerano, sabato 10 e domenica 11 ottobre, vendiamo",
    ),
    (
        "es",
        "En la Feria de Tordesillas, el 14 y 15 de marzo, llevamos las nuevas cestas de "
        "mimbre del Taller El Búho 🧺 Mimbre de río, hecho a mano.",
        "En la Feria de Tordesillas, el 14 y 15 de marzo, llevamos",
    ),
    (
        "fr",
        "À la foire de Romorantin, les 14 et 15 mars, nous apportons les nouveaux paniers en "
        "osier de l'Atelier Le Hibou 🧺 Osier de rivière, tressé à la main.",
        "À la foire de Romorantin, les 14 et 15 mars, nous apportons",
    ),
    (
        "fr",
        "Au marché de Saint-Girons, samedi 9 mai, nous vendons nos premiers fromages de "
        "chèvre de l'année, affinés en cave 🧀 Lait cru, pâte molle.",
        "Au marché de Saint-Girons, samedi 9 mai, nous vendons",
    ),
    (
        "pt",
        "Na Feira de Barcelos, nos dias 14 e 15 de março, levamos os novos cestos de vime da "
        "Oficina O Mocho 🧺 Vime do rio, feito à mão.",
        "Na Feira de Barcelos, nos dias 14 e 15 de março, levamos",
    ),
    (
        "de",
        "Auf dem Markt in Lindau, am 14. und 15. März, bringen wir die neuen Weidenkörbe der "
        "Werkstatt Eule mit 🧺 Weide vom Fluss, von Hand geflochten.",
        "Auf dem Markt in Lindau, am 14. und 15. März, bringen wir",
    ),
    (
        "en",
        "At the Ludlow Spring Fair, on 14 and 15 March, we're bringing the new willow baskets "
        "from the Owl Workshop 🧺 River willow, woven by hand.",
        "At the Ludlow Spring Fair, on 14 and 15 March, we're bringing",
    ),
]


@pytest.mark.parametrize(("language", "post", "sentence"), _POSTS)
def test_a_place_then_a_date_between_commas_stays_one_sentence(
    language: str, post: str, sentence: str
) -> None:
    for variant in captions_for(post, language=language):
        assert sentence in text_of(variant), variant.caption


@pytest.mark.parametrize(
    ("language", "post", "sentence"),
    [
        (
            "it",
            "Alla Bottega del Borgo di Vicopisano, portiamo le nuove tazze in ceramica dipinte "
            "a mano una per una 🍵 Smalto blu di Faenza.",
            "Alla Bottega del Borgo di Vicopisano, portiamo le nuove tazze",
        ),
        (
            "fr",
            "Au Salon des Métiers d'Art de Saint-Girons, nous présentons enfin notre nouvelle "
            "collection de bols en grès émaillé 🍵 Émail bleu, cuit au bois.",
            "Au Salon des Métiers d'Art de Saint-Girons, nous présentons",
        ),
        (
            "de",
            "Beim Töpfermarkt in Kandern, am Samstag und Sonntag, zeigen wir endlich unsere "
            "neuen Schalen aus Steinzeug 🍵 Blaue Glasur, im Holzofen gebrannt.",
            "Beim Töpfermarkt in Kandern, am Samstag und Sonntag, zeigen wir",
        ),
    ],
)
def test_a_fronted_place_is_never_a_sentence_of_its_own(
    language: str, post: str, sentence: str
) -> None:
    for variant in captions_for(post, language=language):
        assert sentence in text_of(variant), variant.caption
