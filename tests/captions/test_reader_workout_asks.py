"""Reader round: a workout and a renovation are not asked for the day's joy. "Treino de
hoje: 4 séries de agachamento …" was closed with "Conte a sua pequena alegria do dia nos
comentários", a coach's warm-up tip with "Identifiez quelqu'un avec qui passer une
journée comme ça", a kitchen redone with "Conte a sua pequena alegria do dia". A
person's own training asks in training's words (a partner, a goal, a last win), and a
renovation in any language ("reforma", "renoviert", "rénové") is a finished project,
asked about rooms; the day's questions are for the day itself."""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for, text_of

_DAYS_ASKS = (
    *("alegria do dia", "dia assim", "o seu dia", "sorrir", "alegría del día", "día así"),
    *("sonreír", "joy of the day", "day like this", "smile today", "petit bonheur"),
    *("journée comme ça", "sourire", "Glück des Tages", "so einen Tag", "Lächeln"),
)


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("Treino de hoje feito ✅ 5 km de corrida e 3 séries de flexões. Bora!", "pt"),
        ("Leg day done: 5 sets of squats and a slow 3k cooldown run.", "en"),
        ("Séance du jour : 30 minutes de vélo et 4 séries de squats. Je suis lessivée.", "fr"),
        ("reforma do banheiro finalmente pronta: azulejo novo, pia nova e muita poeira", "pt"),
        ("Por fin terminada la reforma del baño: azulejos nuevos y cero humedades.", "es"),
        ("Endlich renoviert: mein Bad hat neue Fliesen und eine Regendusche bekommen.", "de"),
    ],
)
def test_a_workout_or_a_renovation_is_not_asked_for_the_days_joy(
    content: str, language: str
) -> None:
    for variant in captions_for(content, language=language):
        text = text_of(variant)
        assert not any(ask in text for ask in _DAYS_ASKS), text
