"""An hour written with its minutes after the "h" ("20h30", "21h15") is a time.

Seen: "Soirée jazz au Café des Arts samedi soir, 20h30. Réservation conseillée." was read
as a moment of one's day (☀️, "Racontez votre petit bonheur du jour"), and "Noche de
tango en el Café Central, viernes, 21h30. Reserva tu mesa." as a product launch
(#novedad), both about the café: the clock knew "20h" and "20:30", not "20h30".

The rule: French, Portuguese and Spanish write the minutes after the "h"; such an hour
is a start time, so a night of music or dance with it is an event about the night, not
the venue.
"""

from __future__ import annotations

import pytest

from captions import read_post


@pytest.mark.parametrize(
    ("content", "language", "night"),
    [
        ("Soirée jazz au Café des Arts samedi soir, 20h30. Réservation conseillée.", "fr",
         "jazz"),
        ("Noche de tango en el Café Central, viernes, 21h30. Reserva tu mesa.", "es", "tango"),
        ("Soirée salsa à La Guinguette du Port, vendredi, 21h15. Entrée 5 €.", "fr", "salsa"),
        ("Noite de jazz no Café Lisboa, sexta, 22h30. Reservas por mensagem.", "pt", "jazz"),
    ],
)  # fmt: skip
def test_a_night_with_its_hour_and_minutes_is_an_event(
    content: str, language: str, night: str
) -> None:
    post = read_post(content, language)
    assert post.intent == "event", post.intent
    assert night in post.subject.text.lower(), post.subject
