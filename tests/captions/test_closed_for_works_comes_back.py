"""Review of 4d83f79 (a shop closed after its years is a goodbye): 'Cerramos la tienda
del barrio tras 3 años de obras en la calle. Volvemos el lunes con todo renovado.' got
'Gracias por formar parte de nuestra historia.' and 'Comparte un recuerdo en los
comentarios.' (the Portuguese 'após 3 anos de obras … Voltamos na segunda-feira' too): the
years of works before a return the post announces close the doors for a while, not for
good; a shop closed after its years with no return said is still a goodbye."""

from __future__ import annotations

import pytest

from captions import read_post
from captions._sure import confidence
from tests.captions.helpers import captions_for

GOODBYE_ASKS = ("recuerdo", "nuestra historia", "lembrança", "nossa história")


@pytest.mark.parametrize(
    ("lang", "content"),
    [
        (
            "es",
            "Cerramos la tienda del barrio tras 3 años de obras en la calle. Volvemos el "
            "lunes con todo renovado.",
        ),
        (
            "pt",
            "Fechamos a loja após 3 anos de obras na rua. Voltamos na segunda-feira com "
            "tudo renovado.",
        ),
    ],
)
def test_a_closure_with_a_return_is_no_goodbye(lang: str, content: str) -> None:
    for variant in captions_for(content, language=lang):
        assert not any(ask in variant.caption for ask in GOODBYE_ASKS), variant.caption


def test_a_shop_closed_after_its_years_is_still_a_goodbye() -> None:
    content = (
        "Este sábado cerramos la ferretería de la plaza tras 42 años. Gracias por todo, vecinos."
    )
    assert confidence(read_post(content, "es")).notice_kind == "closure"
