"""A person's or a pet's first name is no tag, on invented posts: the one congratulated
("Congratulations to Tendai"), the one a service was for ("Bridal hair for Ngozi"), the
one a team calls its own ("Our Kwabena just …") and the pet put up for adoption ("Adote
a Cocada!") are no one's search. A town in the same place stays a town."""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags


def tags_of(content: str, language: str) -> list[str]:
    return post_tags(content, language, 5, lower=True)


@pytest.mark.parametrize(
    ("content", "language", "name"),
    [
        (
            "Huge congratulations to Tendai, who finished her plumbing apprenticeship today!",
            "en",
            "#tendai",
        ),
        ("Our Kwabena just passed his barista exam, so proud of him!", "en", "#kwabena"),
        ("Bridal makeup for Ngozi this morning: soft glam and long-wear lashes.", "en", "#ngozi"),
        ("Parabéns à Iracema, que terminou hoje o curso de pastelaria connosco!", "pt", "#iracema"),
        ("¡Enhorabuena a Yurena por su primer maratón!", "es", "#yurena"),
        ("Félicitations à Maëlys pour son CAP pâtisserie !", "fr", "#maëlys"),
        ("Complimenti a Ornella per il diploma da sommelier!", "it", "#ornella"),
        ("Herzlichen Glückwunsch an Malte zur bestandenen Gesellenprüfung!", "de", "#malte"),
        (
            "Adote a Cocada! Gatinha de 1 ano, dócil e vacinada. Fale com a ONG Bigodes.",
            "pt",
            "#cocada",
        ),
        ("Adopta a Tortilla, una perrita de 4 años muy cariñosa. Escríbenos.", "es", "#tortilla"),
        ("Adoptez Crumble, un chat de 2 ans très doux, au refuge des Tilleuls.", "fr", "#crumble"),
    ],
)
def test_a_first_name_is_no_tag(content: str, language: str, name: str) -> None:
    tags = tags_of(content, language)
    assert name not in tags, tags


def test_a_town_congratulated_stays_a_town() -> None:
    tags = tags_of("Congratulations to Falmouth, crowned the best small town in Cornwall!", "en")
    assert "#falmouth" in tags, tags


def test_a_pets_appeal_for_a_home_is_no_home_post() -> None:
    tags = tags_of("Henri sucht ein Zuhause: ein lieber Rüde, 8 Jahre, im Tierheim Jena.", "de")
    assert "#zuhause" not in tags, tags
    assert "#einrichtung" not in tags, tags


def test_a_home_post_keeps_its_tag() -> None:
    tags = tags_of(
        "Unser Zuhause im Herbst: neue Kissen, Kerzen und eine Lampe fürs Wohnzimmer.", "de"
    )
    assert "#zuhause" in tags or "#einrichtung" in tags, tags
