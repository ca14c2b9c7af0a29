"""A pet's adoption told by its people is the pet's story, its thanks a detail: "Hoy hace
un año que adoptamos a Canela … Gracias a la protectora de Burgos por confiar en
nosotros" was read as a thank-you to a cause (#solidaridad #voluntariado, "¡Hasta la
próxima!", "Compártelo con todos los que formaron parte").

Posts invented for this test.
"""

from __future__ import annotations

import pytest

from captions import read_post
from tests.captions.helpers import captions_for

POSTS = [
    (
        "es",
        "Hoy hace un año que adoptamos a Canela. Llegó asustada y flaquísima y ahora es la "
        "reina del sofá. Gracias a la protectora de Burgos por confiar en nosotros.",
    ),
    (
        "en",
        "One year ago today we adopted Biscuit from the Leeds Dogs Trust. He was terrified of "
        "everything and now he steals socks. Thank you to the team for trusting us with him.",
    ),
    (
        "it",
        "Due anni fa abbiamo adottato Pepe al canile di Lucca. Oggi è il re del divano. "
        "Grazie ai volontari che ce l'hanno affidato.",
    ),
]
_CAUSE_TAGS = {"#solidaridad", "#voluntariado", "#volunteering", "#charity", "#volontariato"}


@pytest.mark.parametrize(("language", "content"), POSTS)
def test_an_adoption_told_is_a_pets_post(language: str, content: str) -> None:
    assert read_post(content, language).intent == "pets"
    for variant in captions_for(content, language=language):
        tags = {t.lower() for t in variant.hashtags}
        assert not tags & _CAUSE_TAGS, tags
        assert "próxima" not in variant.caption, variant.caption
