"""Blind round 19's town tags: a town of several words is tagged whole or not at all.

"San Sebastián de los Reyes" was tagged #SanSebastián, another town; "Villanueva de la
Cañada" #Villanueva.
"""

from tests.captions.helpers import post_tags


def lower(content: str, language: str) -> list[str]:
    return post_tags(content, language, 5, lower=True)


def test_a_town_cut_before_its_de_is_no_tag() -> None:
    tags = lower(
        "Este sábado corremos en San Sebastián de los Reyes: 10 km por el centro, salida a las 9h.",
        "es",
    )
    assert "#sansebastián" not in tags
    tags = lower("Gran concierto en Villanueva de la Cañada el viernes, entrada libre.", "es")
    assert "#villanueva" not in tags


def test_a_town_that_ends_keeps_its_tag() -> None:
    # counter-examples: the town whole, and a town followed by a lower-case phrase
    tags = lower("Este sábado corremos en San Sebastián: 10 km por la playa.", "es")
    assert "#sansebastián" in tags
    tags = lower("Sabato concerto a Bologna, in piazza, alle 21. Ingresso libero.", "it")
    assert "#bologna" in tags
    # a short name people search ("Cortina" of "Cortina d'Ampezzo") stays
    tags = lower("Una settimana di sci a Cortina d'Ampezzo, con la neve fresca.", "it")
    assert "#cortina" in tags
