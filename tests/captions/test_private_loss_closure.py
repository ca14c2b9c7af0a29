"""A shop closed for a death in its own family asks its customers for no memory: "Fermeture
exceptionnelle ce lundi pour deuil familial. Réouverture mardi à 9h." was asked
"Partagez un souvenir en commentaire si vous le souhaitez", and "we're closed tomorrow
for a family funeral" "Share a memory in the comments if you'd like" — of someone the
readers never knew. An unnamed loss in the family is a reason to close: the notice's
own closings, or none.

Posts invented for this test.
"""

from __future__ import annotations

import re

import pytest

from tests.captions.helpers import captions_for

POSTS = [
    ("fr", "Fermeture exceptionnelle ce lundi pour deuil familial. Réouverture mardi à 9h."),
    (
        "en",
        "we're closed tomorrow (tues) for a family funeral. back wednesday as normal. "
        "thanks for understanding x",
    ),
    ("it", "Oggi il negozio resta chiuso per lutto familiare. Riapriamo domani alle 9."),
]
_MEMORY = re.compile(r"(?i)memory|memories|souvenir|recuerdo|erinnerung|ricordo|lembrança|memória")


@pytest.mark.parametrize(("language", "content"), POSTS)
def test_no_memory_asked_of_a_private_loss(language: str, content: str) -> None:
    for variant in captions_for(content, language=language):
        assert not _MEMORY.search(variant.caption), variant.caption
