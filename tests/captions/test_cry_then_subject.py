"""After a bare cry that opens a post ("Chegou!", "Danke!"), the first line goes on with
a sentence that names what the post is about, never a side sentence: "Chegou! 80 g por
R$ 24,90 …" read as the price arriving, "Danke! Ein Extra-Dankeschön an die Feuerwehr
…" as the side thanks being the point (blind review 17, both X)."""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for, hooks_of


@pytest.mark.parametrize(
    ("content", "language", "side"),
    [
        (
            "Chegou! 🍫 A barra Cacau do Sul 70% da Chocolates Onça, feita com amêndoas da nossa "
            "fazenda em Ilhéus. 100 g por R$ 22,90 ou a caixa com 3 por R$ 59. À venda a partir "
            "de sexta, 18 de dezembro, na loja do centro e no site chocolatesonca.com.br.",
            "pt",
            "R$ 22,90",
        ),
        (
            "Danke! 🙏 48 Helferinnen und Helfer, 900 Läuferinnen und Läufer und 2.700 € für das "
            "Tierheim: Der Nikolauslauf des TSV Kiebitz Landshut war der größte bisher. Ein "
            "Extra-Dankeschön an die Bergwacht für den Punsch und an @cafe.lerche für 600 "
            "Plätzchen. Bis nächstes Jahr! ❤️",
            "de",
            "Extra-Dankeschön",
        ),
    ],
)
def test_a_cry_is_followed_by_the_subject(content: str, language: str, side: str) -> None:
    for hook in hooks_of(captions_for(content, language=language)):
        assert side not in hook, hook


def test_a_longer_opening_still_takes_a_partner() -> None:
    content = (
        "Our winter menu starts today at Harbour Kitchen. Three new soups, each £6. "
        "Open 12 to 9, Tue to Sun."
    )
    hooks = hooks_of(captions_for(content, language="en"))
    assert len(set(hooks)) >= 2, hooks
