"""After a bare cry ("Chegou!", "¡Ya llegó!", "È arrivato!") the first line goes on only
with the sentence that says what arrived when the post has one, never with where and
when it is sold ("Chegou! ☕ À venda a partir de sábado … na loja da Savassi …": a place
named there is no subject), nor with its price (blind review 17: "Chegou! 🍫 À venda a
partir de sexta …", "Chegou! 🍫 80 g por R$ 24,90 …"). Posts invented for this test."""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for, hooks_of

POSTS = [
    (
        "pt",
        "Chegou!",
        "O café Serra Azul",
        "Chegou! ☕ O café Serra Azul 100% arábica da Torrefação Sabiá, torrado com grãos do "
        "nosso sítio em Carmo de Minas. 250 g por R$ 32,90 ou o kit com 3 por R$ 89. À venda "
        "a partir de sábado, 12 de dezembro, na loja da Savassi e no site sabia.com.br. Vai "
        "ficar de fora, sô? 😋",
    ),
    (
        "es",
        "¡Ya llegó!",
        "El café Sierra Azul",
        "¡Ya llegó! ☕ El café Sierra Azul 100% arábica de Tostadores Jilguero, tostado con "
        "granos de nuestra finca en Pitalito. 250 g por 12,90 € o el lote de 3 por 35 €. A "
        "la venta desde el sábado 12 de diciembre en la tienda de Chamberí y en jilguero.es. "
        "¿Te lo vas a perder? 😋",
    ),
    (
        "it",
        "È arrivato!",
        "Il caffè Monte Blu",
        "È arrivato! ☕ Il caffè Monte Blu 100% arabica della Torrefazione Upupa, tostato con "
        "chicchi della nostra finca a Huila. 250 g a 12,90 € o la confezione da 3 a 35 €. In "
        "vendita da sabato 12 dicembre nel negozio di Brera e su upupa.it. Lo assaggiate? 😋",
    ),
]


@pytest.mark.parametrize(("language", "cry", "arrived", "content"), POSTS)
def test_the_cry_goes_on_only_with_what_arrived(
    language: str, cry: str, arrived: str, content: str
) -> None:
    for hook in hooks_of(captions_for(content, language=language, tone="promotional")):
        assert hook.startswith(cry), hook
        after = hook.removeprefix(cry).strip(" ☕😋")
        assert not after or after.startswith(arrived), hook
