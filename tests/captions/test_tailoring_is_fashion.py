"""A tailor's or a dressmaker's work is fashion: suits, shirts, kebaya, dresses made to
measure ("sur mesure", "a medida", "nach Maß", "por medida", "su misura"), alterations and
fittings ("essayage", "Anprobe", "prova"); the day of a fitting is no event and the
orders taken for them no work behind the scenes. A "fitting tribute" or a cake that "suits
you" stays what it was."""

from __future__ import annotations

import pytest

from captions import read_post


@pytest.mark.parametrize(
    ("content", "language"),
    [
        (
            "Last call for Deepavali kurtas! ✂️ Needle & Loop in Klang takes orders until "
            "Sat 10 Oct, ready by Sat 31 Oct. Kurtas from RM220, shirts from RM80, "
            "alterations RM25.",
            "en",
        ),
        (
            "Kebaya for Hari Raya at Seri Tailor, Melaka ✂️ made to measure, orders until "
            "Fri 12 Mar, fitting on Sat 20 Mar. From RM280.",
            "en",
        ),
        (
            "robes de mariée chez couture lilas, lorient 👰 dentelle ou satin, sur mesure à "
            "partir de 900 €. commandes jusqu'au samedi 6 février, essayage le samedi 20.",
            "fr",
        ),
        (
            "Trajes de novio a medida en Sastrería Almagro, Sevilla ✂️ encargos hasta el "
            "sábado 16 de enero, prueba el sábado 6 de febrero. Desde 390 €.",
            "es",
        ),
        (
            "Anzüge und Hemden nach Maß von der Schneiderei Lindner in Graz ✂️ Bestellungen "
            "bis Samstag, 16. Jänner, Anprobe am Samstag, 6. Februar. Anzüge ab 690 €.",
            "de",
        ),
        (
            "Vestidos de cerimónia por medida no ateliê Linha Azul, Porto ✂️ encomendas até "
            "sábado, 16 de janeiro, prova a 6 de fevereiro. Desde 240 €.",
            "pt",
        ),
    ],
)
def test_clothes_made_to_measure_are_fashion(content: str, language: str) -> None:
    post = read_post(content, language)
    assert post.intent == "fashion_beauty", post.intent_scores


@pytest.mark.parametrize(
    ("content", "language", "intent"),
    [
        (
            "Suits you perfectly: our new lemon drizzle cake is out Saturday, £3 a slice.",
            "en",
            "product_launch",
        ),
        (
            "Fitting tribute to a great season: team dinner at The Anchor on Friday 7pm.",
            "en",
            "food",
        ),
    ],
)
def test_the_words_in_another_sense_keep_their_reading(
    content: str, language: str, intent: str
) -> None:
    assert read_post(content, language).intent == intent


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("A medida que avanza el otoño, la huerta se llena de calabazas.", "es"),
        ("Por medida de segurança, a loja fecha hoje às 16h.", "pt"),
    ],
)
def test_a_phrase_of_measure_is_no_tailoring(content: str, language: str) -> None:
    post = read_post(content, language)
    assert post.intent != "fashion_beauty", post.intent_scores
