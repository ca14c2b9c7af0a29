"""Every sentence of a caption starts with its capital, even where the brief ran on in
lower case after a full stop a reader may first take for an abbreviation's or an
ordinal's: after a number (a price, a time, a phone number), a unit or an hour after its
number, or the kind of street after its name. The same dots inside a sentence ("St.
Mary's", "z. B.", "10 a.m. tomorrow", "the 7 p.m. class") keep it whole.

Posts invented for this test, in the six languages the engine writes.
"""

from __future__ import annotations

import pytest

from captions import read_post
from tests.captions.helpers import captions_for, text_of

# (brief, language, the sentence the brief ran on in lower case, as the caption writes it)
RUN_ON = [
    (
        "Spring candles are back, poured by hand at our studio on Larch Ave. preorder "
        "at the link in bio, only 30 jars.",
        "en",
        "Preorder at the link in bio, only 30 jars.",
    ),
    (
        "Our deli is open until 7 p.m. come hungry, the soup runs out early!",
        "en",
        "Come hungry, the soup runs out early!",
    ),
    (
        "Clase de cerámica el jueves de 18 a 20 h. inscripciones al 611 222 333, quedan "
        "cuatro plazas.",
        "es",
        "Inscripciones al 611 222 333, quedan cuatro plazas.",
    ),
    (
        "Soirée jeux de société vendredi au café, entrée 5 €, infos au 06 11 22 33 44. à tantôt !",
        "fr",
        "À tantôt !",
    ),
    (
        "Feijoada no sábado, prato a R$ 35. chega cedo que acaba rápido!",
        "pt",
        "Chega cedo que acaba rápido!",
    ),
    (
        "Degustazione di vini venerdì in enoteca alle 19. prenota al 347 555 1212 entro giovedì.",
        "it",
        "Prenota al 347 555 1212 entro giovedì.",
    ),
    (
        "Kinderflohmarkt am Samstag im Hof, Anmeldung unter 0711 123 456 78. meldet euch "
        "bis Freitag, ein Tisch kostet 8 €.",
        "de",
        "Meldet euch bis Freitag, ein Tisch kostet 8 €.",
    ),
    (
        "Abrimos a padaria às 7 h. a fila começa cedo, então venha logo!",
        "pt",
        "A fila começa cedo, então venha logo!",
    ),
    (
        "Pilates en el parque, 45 min. trae tu esterilla y agua.",
        "es",
        "Trae tu esterilla y agua.",
    ),
]


@pytest.mark.parametrize(
    ("brief", "language", "sentence"), RUN_ON, ids=[f"{r[1]}-{i}" for i, r in enumerate(RUN_ON)]
)
def test_a_sentence_run_on_after_a_number_unit_or_street_starts_with_its_capital(
    brief: str, language: str, sentence: str
) -> None:
    # read as a sentence of its own (the brief's lower case kept until it is written)
    assert sentence.lower() in [s.lower() for s in read_post(brief, language).sentences]
    run_on = sentence[:1].lower() + sentence[1:]
    for variant in captions_for(brief, language=language):
        text = text_of(variant)
        assert sentence in text, text
        assert run_on not in text, text


# (brief, language, what stays one sentence)
KEPT_WHOLE = [
    (
        "Kids' clay club meets at 10 a.m. tomorrow in the back room at St. Agnes hall.",
        "en",
        "10 a.m. tomorrow in the back room at St. Agnes hall",
    ),
    ("The 6 p.m. class on Birch Ave. reopens Monday after the repairs.", "en", "6 p.m. class"),
    ("Our bakery on Rowan St. is closed today for a staff party.", "en", "Rowan St. is closed"),
    ("Open daily 8 a.m. to 4 p.m. except Mondays.", "en", "4 p.m. except Mondays"),
    ("Heute gibt es z. B. Kürbissuppe, am 21. juni dann Spargel.", "de", "am 21. juni dann"),
    ("Zum 4. großen Hofflohmarkt laden wir euch herzlich ein.", "de", "Zum 4. großen"),
    ("Abierto de 9 a 14 h. de lunes a viernes.", "es", "14 h. de lunes a viernes"),
    ("La charla con el Sr. López empieza a las 19 h. en la biblioteca.", "es", "Sr. López"),
    ("Des ateliers pour tous, p. ex. poterie et tissage, dès 10 h. le samedi.", "fr", "p. ex."),
    ("Trilha de 12 km. para iniciantes, saída às 7 h. da praça.", "pt", "7 h. da praça"),
    ("Loja aberta de 9 h. a 13 h. aos sábados.", "pt", "9 h. a 13 h. aos sábados"),
    ("Corso di yoga, min. 4 persone, ogni martedì alle 18.", "it", "min. 4 persone"),
]


@pytest.mark.parametrize(
    ("brief", "language", "kept"),
    KEPT_WHOLE,
    ids=[f"{k[1]}-{i}" for i, k in enumerate(KEPT_WHOLE)],
)
def test_an_abbreviation_inside_a_sentence_keeps_it_whole(
    brief: str, language: str, kept: str
) -> None:
    assert any(kept in s for s in read_post(brief, language).sentences)


def test_a_closing_said_as_a_sentence_starts_with_its_capital() -> None:
    for brief, language, closing in [
        (
            "Cena di beneficenza sabato alle 20 in parrocchia, ingresso libero. a presto!",
            "it",
            "A presto!",
        ),
        ("Marché des créateurs dimanche, place du Marché. à bientôt !", "fr", "À bientôt !"),
    ]:
        for variant in captions_for(brief, language=language):
            assert closing in text_of(variant), variant.caption
