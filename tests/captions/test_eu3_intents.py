"""What a European post is for, read from words a reader of its language knows: a
farewell to a person ('la vamos a extrañar', 'il va nous manquer') is a loss; days
'between' two places are a trip whatever was eaten; 'this week at <a business>' is no
trip; a food drive is a cause; a folk dance or a fair is an event; '% on all' is a
sale; a count reached ('batemos', 'abbiamo superato') is a milestone."""

from __future__ import annotations

import pytest

from captions._understand import read_post
from tests.captions.helpers import captions_for, text_of

_FAREWELLS = [
    (
        "Esta semana despedimos a doña Remedios, que nos compró el pan cada mañana "
        "durante 30 años. La vamos a extrañar.",
        "es",
    ),
    (
        "Monsieur Paulin venait prendre son café ici chaque matin depuis 1985. Il va "
        "beaucoup nous manquer. Nos pensées vont à sa famille.",
        "fr",
    ),
    ("Ciao Gino, il nostro postino da 25 anni. Ci mancherai tanto.", "it"),
    (
        "Hoje dizemos adeus ao senhor Armindo, o nosso primeiro cliente. Vamos sentir "
        "muito a falta dele. Um abraço à família.",
        "pt",
    ),
    (
        "Herr Obermaier hat 40 Jahre lang jeden Samstag bei uns seine Brezen geholt. Wir "
        "werden ihn sehr vermissen.",
        "de",
    ),
]
_CHEERFUL = ("☀️", "🎉", "sonre", "alegría", "sorrid", "gioia", "sourire", "sorri", "lächeln")


@pytest.mark.parametrize(("content", "language"), _FAREWELLS)
def test_a_farewell_to_a_person_is_a_loss(content: str, language: str) -> None:
    assert read_post(content, language).sensitive
    for variant in captions_for(content, tone="casual"):
        text = text_of(variant)
        assert not any(c in text for c in _CHEERFUL), text


@pytest.mark.parametrize(
    ("content", "language", "intent"),
    [
        # days between two places: a trip, what was eaten on it its setting
        (
            "Due giorni tra Matera e Altamura, a pranzo pane e peperoni cruschi. Il Sud "
            "lento è il più bello.",
            "it",
            "travel",
        ),
        (
            "Cuatro días entre Cuzco y el Valle Sagrado, comiendo choclo con queso en cada parada.",
            "es",
            "travel",
        ),
        ("Cinco dias entre Olinda e Recife, tapioca no café da manhã todo dia.", "pt", "travel"),
        (
            "Trois jours entre Bruges et Gand, gaufres et frites à chaque coin de rue.",
            "fr",
            "travel",
        ),
        # this week at a business: its menu, no trip
        (
            "Cette semaine au Bistrot Ancre à Sète : moules frites, 14 €, servies le midi.",
            "fr",
            "food",
        ),
        ("Esta semana en la Fonda Chiloé: cazuela de vacuno con pebre, 6.500 pesos.", "es", "food"),
        ("Questa settimana alla Trattoria Gallo: bigoli all'anatra, 12 €.", "it", "food"),
        ("Esta semana no Tasco da Graça: bacalhau à brás, 8,90€.", "pt", "food"),
        # a rabbit sauce is a dish, not a pet
        ("Chez Mimile à Charleroi : boulets sauce lapin et frites, 11 €.", "fr", "food"),
        # a food drive is a cause
        (
            "Raccolta alimentare sabato e domenica: portate riso, tonno e biscotti nel "
            "nostro bar di piazza Erbe.",
            "it",
            "charity",
        ),
        (
            "Recogida de alimentos este sábado en la librería: legumbres, aceite y leche.",
            "es",
            "charity",
        ),
        (
            "Lebensmittelsammlung am Samstag im Laden: Nudeln, Reis und Konserven für die Tafel.",
            "de",
            "charity",
        ),
        # a folk dance, a fair: an event
        (
            "el domingo 9 hay verbena en la plaza de arucas, con orquesta hasta las 2.",
            "es",
            "event",
        ),
        ("Romería de San Isidro el sábado 15, salida a las 10 desde la iglesia.", "es", "event"),
        # '% on all': a sale
        (
            "Diese Woche bei Sport Mayer in Passau 30 % auf alle Skijacken, nur bis Samstag.",
            "de",
            "sale",
        ),
        # a count reached: a milestone
        ("Batemos 1.000 pães vendidos num só dia na Padaria Trigal!", "pt", "milestone"),
        ("Abbiamo superato i 5.000 caffè serviti al Bar Aurora quest'anno!", "it", "milestone"),
    ],
)
def test_the_intent_a_reader_sees(content: str, language: str, intent: str) -> None:
    assert read_post(content, language).intent == intent


def test_a_rabbit_sauce_gets_no_pet_emoji() -> None:
    for variant in captions_for("Chez Mimile à Charleroi : boulets sauce lapin et frites, 11 €."):
        assert not any(e in variant.caption for e in "🐰🐇🐾"), variant.caption
