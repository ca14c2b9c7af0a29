"""Review of the street's name an address shows (dea1256).

A word right after a street's kind before a town is the street's name unless it is an
adjective; an adjective whose other forms are rare ("libre", "nette") is known by its
adverb ("libremente", "nettement"): 'plaza libre en madrid' is a free place in a class.
"""

from captions._propercase import proper_capitals


def test_an_adjective_known_by_its_adverb_is_no_street_name() -> None:
    text = "Queda una plaza libre en madrid para el taller del sábado."
    assert "una plaza libre en Madrid" in proper_capitals(text, "es")
    text = "On a fait place nette à paris avant le déménagement."
    assert "place nette à Paris" in proper_capitals(text, "fr")


def test_a_street_named_by_a_word_keeps_its_capital() -> None:
    # counter-examples: names the vocabulary knows, which make no adverb
    assert "via Cavour," in proper_capitals("si prova in bottega in via cavour, a torino.", "it")
    assert "place Jourdan à Limoges" in proper_capitals(
        "rendez-vous place jourdan à limoges.", "fr"
    )
    text = "vivimos en la calle cervantes en madrid."
    assert "calle Cervantes en Madrid" in proper_capitals(text, "es")
