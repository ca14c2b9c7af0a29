"""An everyday post's weather is a category tag (blind review: tags).

Seen: a first snow on a named mountain got only the region's tag: an everyday post had no
category at all (#alltag, #dailylife are searched by no one), though the snow, the rain
or the heat it tells of is what people search. The rule: the everyday intent's
sub-domains are the weather (snow → #schnee #winter, frost → #winter, rain → #regen, a heatwave →
#sommer, in each language), and they are its only category tags; a post that rules the
weather out ("no snow yet") or tells of none gets no weather and still no #dailylife.
"""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags


@pytest.mark.parametrize(
    ("content", "language", "wanted"),
    [
        (
            "Heute erster Schnee auf der Wasserkuppe, minus 8 Grad und Sicht bis in die Rhön.",
            "de",
            {"#schnee", "#winter"},
        ),
        (
            "Woke up to snow on the roofs, the kids are already out with the sledge.",
            "en",
            {"#snow", "#winter"},
        ),
        (
            "Hoy ha nevado en mi calle y los vecinos salen a hacer fotos.",
            "es",
            {"#nieve", "#invierno"},
        ),
        ("Stamattina neve in cortile, i vicini escono a fare foto.", "it", {"#neve", "#inverno"}),
        (
            "Hoje nevou na minha rua e os vizinhos saíram para tirar fotos.",
            "pt",
            {"#neve", "#inverno"},
        ),
        (
            "Hoje choveu o dia inteiro aqui na aldeia, ficamos em casa a ver filmes.",
            "pt",
            {"#chuva"},
        ),
        ("Raureif auf dem Autodach, erst mal Kratzen vor dem Kaffee.", "de", {"#winter"}),
    ],
)
def test_an_everyday_posts_weather_is_a_tag(content: str, language: str, wanted: set[str]) -> None:
    assert wanted <= set(post_tags(content, language, 5, lower=True))


@pytest.mark.parametrize(
    ("content", "language", "wrong"),
    [
        (
            "No snow yet, just grey skies and a cup of tea on the step.",
            "en",
            {"#snow", "#winter", "#dailylife", "#everyday"},
        ),
        (
            "Oggi niente di speciale: spesa, bucato e una passeggiata con la nonna.",
            "it",
            {"#quotidiano", "#neve", "#inverno"},
        ),
        ("Frost on the car again, scraping it off before the school bus.", "en", {"#snow"}),
        (
            "Schneeketten jetzt 20% günstiger bei uns im Laden, nur bis Samstag.",
            "de",
            {"#winter", "#alltag"},
        ),
    ],
)
def test_no_weather_no_weather_tag(content: str, language: str, wrong: set[str]) -> None:
    assert not wrong & set(post_tags(content, language, 5, lower=True))
