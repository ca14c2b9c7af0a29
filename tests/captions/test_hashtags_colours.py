"""A colour describing an animal is never a tag, on invented posts in six languages: a
"chocolate and white spaniel", a "perrita color café", a "gata cor de café" are no
#chocolate and no #café; a post about colours (a paint shop's) and a food keep them."""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags


def tags_of(content: str, language: str) -> list[str]:
    return post_tags(content, language, 5, lower=True)


@pytest.mark.parametrize(
    ("content", "language", "colour"),
    [
        (
            "Lost dog near Riverside Park: Biscuit, a small chocolate and white spaniel with "
            "a red collar. Please call 0123 456 789.",
            "en",
            "#chocolate",
        ),
        (
            "Se busca perrita color café con manchas blancas, responde al nombre de Kira. Se "
            "perdió en el barrio de Triana.",
            "es",
            "#café",
        ),
        (
            "Entlaufen in Bremen: unser Kater Moritz, schokolade und weiß, sehr scheu. Bitte "
            "teilen!",
            "de",
            "#schokolade",
        ),
        (
            "Perdue à Nantes : Praline, petite chienne couleur chocolat avec un collier "
            "rouge. Merci de partager !",
            "fr",
            "#chocolat",
        ),
        (
            "Procura-se gata cor de café com manchas brancas, chama-se Pipoca. Desapareceu "
            "no bairro da Graça, Lisboa.",
            "pt",
            "#café",
        ),
        (
            "Smarrita a Torino: Nocciola, cagnolina color cioccolato con la pettorina blu. "
            "Condividete!",
            "it",
            "#cioccolato",
        ),
    ],
)
def test_a_colour_describing_an_animal_is_no_tag(content: str, language: str, colour: str) -> None:
    tags = tags_of(content, language)
    assert colour not in tags, tags
    assert tags


@pytest.mark.parametrize(
    ("content", "language", "tag"),
    [
        (
            "New at Dab Paints: our chalk paint in chocolate and cream, 750 ml for £18.",
            "en",
            "#chocolate",
        ),
        (
            "White chocolate and raspberry blondies are back at the counter today!",
            "en",
            "#whitechocolate",
        ),
    ],
)
def test_a_post_about_colours_or_food_keeps_the_word(content: str, language: str, tag: str) -> None:
    assert tag in tags_of(content, language)
