"""A town the post names in passing is tagged, from the shipped gazetteer, as the post
writes it; a town's name inside a longer name, a person of that name and a town that is
a common word of the post's language are not."""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags


def tags_of(content: str, language: str, limit: int = 6) -> list[str]:
    return post_tags(content, language, limit)


@pytest.mark.parametrize(
    ("content", "language", "town"),
    [
        ("Danke Leipzig für den tollen Abend, der Laden war bis zur Tür voll!", "de", "#Leipzig"),
        ("Obrigado Curitiba pela noite incrível no nosso lançamento!", "pt", "#Curitiba"),
        ("Gracias Zaragoza por llenar la sala anoche, volvemos en primavera.", "es", "#Zaragoza"),
        ("Lyon, vous étiez au rendez-vous ce week-end : merci pour tout !", "fr", "#Lyon"),
        ("Portland's best breakfast burrito is finally on our menu.", "en", "#Portland"),
        ("Denver crew, the pop-up market opens Saturday at noon.", "en", "#Denver"),
        ("Settimana intensa, ma Bergamo ci ha accolti come a casa.", "it", "#Bergamo"),
        ("Coimbra nunca desilude: café, livros e um pastel de nata.", "pt", "#Coimbra"),
    ],
)
def test_a_town_named_in_passing_is_tagged(content: str, language: str, town: str) -> None:
    assert town in tags_of(content, language)


@pytest.mark.parametrize(
    ("content", "language", "town"),
    [
        ("Munich, you were amazing last night, see you in spring!", "en", "#Munich"),
        ("München, ihr wart gestern Abend großartig, bis zum Frühling!", "de", "#München"),
        ("Firenze ci ha rubato il cuore: tre giorni di musei e gelato.", "it", "#Firenze"),
        ("Florence stole our hearts: three days of museums and gelato.", "en", "#Florence"),
        ("Guimarães.", "pt", "#Guimarães"),
        ("Heidelberg 🌅", "de", "#Heidelberg"),
        ("Verona!", "it", "#Verona"),
    ],
)
def test_the_town_is_tagged_as_the_post_writes_it(content: str, language: str, town: str) -> None:
    assert town in tags_of(content, language)


@pytest.mark.parametrize(
    ("content", "language", "town"),
    [
        # inside a longer name: a venue, a brand
        ("Lunch at London Grill was perfect, the pie was huge.", "en", "london"),
        ("Neue Torten bei Wien Konditorei ab heute im Fenster.", "de", "wien"),
        ("Ce midi chez Marseille Burger Club, frites maison à volonté.", "fr", "marseille"),
        # a thing's name after its article, a street's, a church's
        ("New in: linen cushions, and the Dublin lamp is back in brass.", "en", "dublin"),
        ("Nuove borse in pelle: da oggi in vetrina anche la Bologna.", "it", "bologna"),
        ("Nuova apertura in corso Vercelli: vi aspettiamo sabato!", "it", "vercelli"),
        ("Abrimos en la calle Toledo el próximo lunes, ¡os esperamos!", "es", "toledo"),
        ("Concert de Noël ce soir à l'église Saint-Denis, venez nombreux.", "fr", "saintdenis"),
        # a German noun, a loanword too
        ("Heute eröffne ich meinen eigenen Salon in der Altstadt.", "de", "salon"),
        # a person of that name
        ("Sydney and I finally opened the shop doors today.", "en", "sydney"),
        ("Baking day with Adelaide and the kids, lemon tart for everyone.", "en", "adelaide"),
        ("Hoy cocinamos con Victoria nuestra receta de croquetas.", "es", "victoria"),
        ("Oggi in laboratorio con Florence, la nostra nuova stagista.", "it", "florence"),
        # a common word of the post's language
        ("Nice weather, so the terrace is open all afternoon.", "en", "nice"),
        ("Das Essen war heute besonders lecker, danke an unser Team.", "de", "essen"),
        ("Split the dough into six balls and let them rest for an hour.", "en", "split"),
        ("Bath time for Biscuit, our very muddy spaniel, after the beach.", "en", "bath"),
    ],
)
def test_no_false_friend_town(content: str, language: str, town: str) -> None:
    assert f"#{town}" not in [t.lower() for t in tags_of(content, language)]


def test_at_most_two_towns_from_the_gazetteer() -> None:
    tags = tags_of(
        "Tour dates are out: Leeds, Glasgow, Cardiff and Belfast. Tickets on sale Friday.",
        "en",
        limit=8,
    )
    towns = [t for t in tags if t.lower() in ("#leeds", "#glasgow", "#cardiff", "#belfast")]
    assert 1 <= len(towns) <= 2, tags


def test_the_town_comes_after_the_post_own_venue() -> None:
    tags = tags_of(
        "Quiz night at The Crooked Fiddle tonight, Edinburgh's friendliest pub.", "en", limit=8
    )
    assert "#Edinburgh" in tags
    assert tags.index("#CrookedFiddle") < tags.index("#Edinburgh"), tags


def test_the_gazetteer_carries_its_attribution() -> None:
    from importlib.resources import files

    head = (files("captions") / "data" / "places" / "towns.tsv").read_text(encoding="utf-8")
    assert "GeoNames" in head[:1000]
    assert "CC BY 4.0" in head[:1000]
