"""A death told before its subject opens with the one who died (blind round 20, pt-02:
'Morreu ontem, aos 91 anos, a D. Amélia Abreu, …' opened 'Morreu ontem.' alone)."""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for, hooks_of


@pytest.mark.parametrize(
    ("content", "language", "name"),
    [
        (
            "Faleceu ontem, aos 88 anos, o Sr. Joaquim Tavares, que abriu a Sapataria "
            "Estrela, em Braga, em 1961. O funeral é amanhã, às 15h. A loja fica fechada.",
            "pt",
            "Joaquim",
        ),
        (
            "Se nos fue el lunes, a los 90 años, doña Carmen Ruiz, que fundó la Mercería "
            "Luna, en Salamanca. El velatorio es mañana. La tienda estará cerrada.",
            "es",
            "Carmen",
        ),
        (
            "Ci ha lasciati ieri, a 85 anni, la signora Rosa Bellini, che aprì la Merceria "
            "Bellini, a Cremona. Il funerale è sabato alle 10. Il negozio resta chiuso.",
            "it",
            "Rosa",
        ),
        (
            "Died peacefully on Sunday, aged 93, our founder Margaret Hale, who opened "
            "Hale's Bakery in Whitby in 1964. The funeral is on Friday. The shop is closed.",
            "en",
            "Margaret",
        ),
    ],
)
def test_a_death_opens_with_who_died(content: str, language: str, name: str) -> None:
    told = content[: content.index(name)]  # "Faleceu ontem, aos 88 anos, o Sr. "
    for hook in hooks_of(captions_for(content, language=language)):
        # never "Faleceu ontem." then "Aos 88 anos, o Sr. Joaquim Tavares, …"
        assert hook.strip("\U0001f90d ").startswith(told), hook


@pytest.mark.parametrize(
    ("content", "language", "hook"),
    [
        # the subject comes first: the first clause is a sentence of its own
        (
            "Miso died yesterday, after eighteen years of naps on the windowsill and "
            "stolen ham from the kitchen table. We will miss her every single morning.",
            "en",
            "Miso died yesterday.",
        ),
    ],
)
def test_a_named_death_may_open_alone(content: str, language: str, hook: str) -> None:
    assert hook in hooks_of(captions_for(content, language=language))
