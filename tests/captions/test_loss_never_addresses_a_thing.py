"""A loss whose subject is a thing is told in the post's own words, never addressed to the
thing (blind review 14: a cobbler's death notice opened "Zapatería. Gracias por todo." and
"Zapatería, te echamos de menos.", the shop spoken to as the one who died).

Posts invented for this test.
"""

from __future__ import annotations

import pytest

from captions import read_post
from tests.captions.helpers import captions_for, hooks_of

POSTS = [
    (
        "es",
        "hoy no abrimos. ha fallecido don eusebio lanza, fundador de carpintería lanza, a los "
        "81 años. 52 años haciendo puertas y ventanas en el barrio de san pablo de zaragoza. "
        "el velatorio es mañana jueves 7 de enero y la misa el viernes 8 a las 12. descanse.",
    ),
    (
        "it",
        "oggi la bottega resta chiusa. è mancato il signor ettore vanni, fondatore della "
        "falegnameria vanni, a 79 anni. cinquant'anni di tavoli e sedie in via dei mille a "
        "parma. il funerale è sabato 9 gennaio alle 10 in duomo. ciao ettore.",
    ),
]


@pytest.mark.parametrize(("language", "content"), POSTS, ids=["es", "it"])
def test_a_loss_is_never_spoken_to_a_thing(language: str, content: str) -> None:
    post = read_post(content, language)
    assert post.sensitive
    for hook in hooks_of(captions_for(content, language=language, tone="playful")):
        # the post's own words open it (its emoji aside), whatever sentence leads
        words = hook.replace("\N{WHITE HEART}", "").strip().rstrip(".").lower()
        assert words, hook
        assert words in content, hook
