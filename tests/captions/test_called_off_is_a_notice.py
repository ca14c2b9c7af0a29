"""A session called off, or a change the readers are thanked for bearing, is a notice:
"No Pilates tonight, Sam is poorly. Thanks for your patience!" was asked "Tag your training
partner" and "Drop a 💪 if you trained today", "Der Yogakurs heute Abend fällt leider aus.
Danke für euer Verständnis!" "Was hat euch heute zum Lächeln gebracht?", "From 1 January
our prices go up by 50p. Thanks for understanding." "Tell us your favourite moment in the
comments", and "Sold out of mince pies for today, sorry!" was a milestone (#milestone,
"Tag a friend who needs to see this"). A class called off for the day (no … tonight,
fällt aus, no hay clase, pas de cours, não há aula, niente lezione), thanks for the
readers' patience or understanding, and a sell-out said with regret are notices, told
plainly with a notice's quiet ask.

Posts invented for this test.
"""

from __future__ import annotations

import re

import pytest

from captions import read_post
from captions._sure import confidence
from tests.captions.helpers import captions_for

_CHEERFUL = re.compile(
    r"(?i)training partner|trained today|joining the next|smile|favourite moment|needs to see"
    r"|lächeln|trainingspartner|glück des tages|sonreír|alegría del día|un día así"
    r"|partenaire d'entraînement|adorerait|sorrir|alegria do dia|seu dia|sorridere"
    r"|gioia di oggi|compagno di allenamento|story with us|part of it"
)

NOTICES = [
    ("en", "From 1 January our prices go up by 50p. Thanks for understanding."),
    ("en", "Sold out of mince pies for today, sorry! More tomorrow from 8am."),
    ("en", "No Pilates tonight, Sam is poorly. Thanks for your patience!"),
    ("de", "Wegen Schnee fallen heute alle Kurse aus. Bleibt sicher!"),
    ("de", "Der Yogakurs heute Abend fällt leider aus. Danke für euer Verständnis!"),
    (
        "es",
        "Hoy no hay clase de spinning, el monitor está enfermo. ¡Gracias por la comprensión!",
    ),
    ("fr", "Pas de cours de yoga ce soir, la prof est malade. Merci de votre compréhension !"),
    ("pt", "Hoje não há aula de pilates, a professora está doente. Obrigada pela compreensão!"),
    ("it", "Stasera niente lezione di yoga, l'insegnante è malata. Grazie per la comprensione!"),
]


@pytest.mark.parametrize(("language", "content"), NOTICES)
def test_a_session_called_off_is_a_notice(language: str, content: str) -> None:
    assert confidence(read_post(content, language)).notice
    for variant in captions_for(content, language=language):
        assert not _CHEERFUL.search(variant.caption), variant.caption
        assert "#milestone" not in variant.hashtags, variant.hashtags


THANKS = [
    ("en", "Thank you for your patience while we rebuilt the oven. It was worth the wait!"),
    ("en", "Sold out by noon on our first day! Thank you all so much."),
]


@pytest.mark.parametrize(("language", "content"), THANKS)
def test_thanks_that_open_the_post_stay_thanks(language: str, content: str) -> None:
    assert not confidence(read_post(content, language)).notice
