"""A relative's first name typed in lower case after the word for the relative is a name
(lead round: "… con mio fratello ettore", "mamá yadira", "maman thérèse" kept them in
lower case, where "nonna ines" and "Opa Luis" had their capital): the words for a
relative that are no title of address ("fratello", "mamá", "maman", "avó", "brother",
"granny") name someone only when the word after is rare, no adjective, no verb's form and
no word that says which relative ("sorella gemella", "frère cadet").

Posts invented for this test.
"""

from __future__ import annotations

import pytest

from captions._propercase import proper_capitals
from tests.captions.helpers import captions_for, text_of

NAMED = [
    ("it", "una settimana in sila con mio fratello tancredi, funghi e castagne", "Tancredi"),
    ("es", "las empanadas de mamá eudora, recién salidas del horno", "mamá Eudora"),
    ("fr", "les confitures de maman ghislaine sont de retour", "maman Ghislaine"),
    ("pt", "o pudim da avó zulmira volta ao menu", "avó Zulmira"),
    ("en", "spent the weekend hiking with my brother obinna and the dogs", "brother Obinna"),
    ("en", "granny wilma turns 90 on sunday", "Granny Wilma"),
]


@pytest.mark.parametrize(("language", "typed", "written"), NAMED)
def test_a_relative_s_name_has_its_capital(language: str, typed: str, written: str) -> None:
    assert written.lower() in typed.lower()
    assert written in " ".join(text_of(v) for v in captions_for(typed, language=language))


KEPT = [
    ("it", "oggi al mare con mio fratello maggiore"),
    ("it", "la torta di compleanno per mia sorella gemella"),
    ("en", "my brother and i opened this shop in 2019"),
    ("en", "my brother loves the new menu"),
    ("es", "mamá está feliz con el jardín nuevo"),
    ("es", "un regalo para mi hermano menor"),
    ("it", "la nonna cucina ogni domenica"),
    ("fr", "une balade avec mon frère cadet"),
    ("pt", "um passeio com o meu irmão caçula"),
]


@pytest.mark.parametrize(("language", "typed"), KEPT)
def test_an_ordinary_word_after_a_relative_stays(language: str, typed: str) -> None:
    assert proper_capitals(typed, language) == typed


# review of today's change: a plural after a relative agrees with the thing before
AGREEING = [
    ("es", "las croquetas de mamá caseras vuelven el viernes"),
    ("es", "los pasteles de mamá caseros"),
    ("pt", "os bolos da avó caseiros voltam sexta"),
]


@pytest.mark.parametrize(("language", "typed"), AGREEING)
def test_an_adjective_after_a_relative_stays(language: str, typed: str) -> None:
    assert proper_capitals(typed, language) == typed
