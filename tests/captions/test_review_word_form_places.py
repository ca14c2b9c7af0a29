"""Review of the towns of countries where a caption language is official (1e2f6ef).

A town or village whose name is a form of a common word ("Passi", "Poli", "Molo",
"Pala", "Mali") is a place right after "a"; but Italian says how with "a" and a noun
its adjective follows: "a passi lenti", "a poli opposti", "a mali estremi" are no towns.
"""

from captions._propercase import proper_capitals


def test_a_word_an_adjective_describes_is_no_town() -> None:
    cases = {
        "Rientro a casa a passi lenti, dopo la salita.": "a passi lenti",
        "Siamo a poli opposti su questo, ma ci vogliamo bene.": "a poli opposti",
        "A mali estremi, estremi rimedi: si ricomincia da zero.": "A mali estremi",
        "Si pesca a molo fermo, dalle sei.": "a molo fermo",
        "Si scava a pala piena, tutti insieme.": "a pala piena",
    }
    for text, kept in cases.items():
        assert kept in proper_capitals(text, "it"), text


def test_a_town_after_a_keeps_its_capital() -> None:
    # counter-examples: the town a function word, a day, a comma or a date follows
    assert "a Noci il 5 giugno" in proper_capitals("ci vediamo a noci il 5 giugno.", "it")
    assert "a Noci domenica" in proper_capitals("a noci domenica si balla.", "it")
    assert "a Noci, poi a Bari" in proper_capitals("vado a noci, poi a bari.", "it")
    assert "a Noci questi giorni" in proper_capitals("a noci questi giorni piove.", "it")
    assert "abito a Noci." in proper_capitals("abito a noci.", "it")
