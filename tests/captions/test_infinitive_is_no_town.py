"""An infinitive after "a" is a verb, never a town the gazetteer lacks: "sono venuti a
sfornare", "venite a mangià" (a Tuscan infinitive cut short), "vamos a chapotear",
"os ayudamos a zampar" keep the verb as typed. An Italian infinitive is known by its
gerund ("sfornando", "mangiando"), which no town has; a Spanish or Portuguese one, whose
towns end as infinitives do ("a almenar", "a alcover"), only after a verb that goes on
with an infinitive ("vamos", "venid", "ayudamos", "começamos"). A French farewell that is
a sentence of its own ("Aiò, à prestu", "Salut, à prestu !") says when, not where."""

from __future__ import annotations

import pytest

from captions._propercase import proper_capitals
from tests.captions.helpers import captions_for, text_of


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ieri sera 20 di voi sono venuti a sfornare fino all'alba.", "it"),
        ("Dai, venite a mangià!", "it"),
        ("Tornate a dormì qui da noi.", "it"),
        ("Mañana vamos a chapotear en el río.", "es"),
        ("Venid a merendar con nosotros.", "es"),
        ("Os ayudamos a zampar.", "es"),
        ("Vem a correr connosco.", "pt"),
        ("Salut, à prestu", "fr"),
        ("Merci pour tout. Aiò, à prestu !", "fr"),
        ("Fournée du matin 🍋 Aiò, à prestu. Merci !", "fr"),
    ],
)  # fmt: skip
def test_a_verb_after_a_stays_as_typed(text: str, language: str) -> None:
    assert proper_capitals(text, language) == text


@pytest.mark.parametrize(
    ("text", "language", "written"),
    [
        ("Mercatino a cervere, sabato.", "it", "a Cervere,"),
        ("Nos vamos a almenar, el sábado.", "es", "a Almenar,"),
        ("Este verano vamos a alcover.", "es", "a Alcover."),
        ("Taller de cerámica a ulldecona y vuelta el lunes.", "es", "a Ulldecona y"),
        ("Atelier de poterie à plouha.", "fr", "à Plouha."),
        ("Rendez-vous samedi, à plouha.", "fr", "à Plouha."),
    ],
)  # fmt: skip
def test_a_town_after_a_still_gets_its_capital(text: str, language: str, written: str) -> None:
    assert written in proper_capitals(text, language)


def test_a_caption_keeps_the_verb_after_a_as_typed() -> None:
    post = (
        "Che serata! Ieri 20 di voi sono venuti a sfornare con noi fino a mezzanotte 🍞 "
        "Grazie a tutti, dai, tornate a mangià da noi presto."
    )
    for variant in captions_for(post, language="it"):
        text = text_of(variant)
        assert "Sfornare" not in text, variant.caption
        assert "Mangià" not in text, variant.caption


def test_a_verb_after_a_is_looked_up_in_the_small_word_list_first() -> None:
    """A gerund is looked up first in wordfreq's small list, the one the module already
    holds, and after a verb that goes on with an infinitive ("ayudamos a") not at all: the
    large list ("best") costs 30 to 65 MiB of memory on its first lookup in a language,
    and is read only for a rare gerund ("sfornando", "chapoteando")."""
    import subprocess
    import sys

    script = (
        "import wordfreq\n"
        "seen = []\n"
        "real = wordfreq.zipf_frequency\n"
        "def spy(word, lang, wordlist='best', minimum=0.0):\n"
        "    seen.append(wordlist)\n"
        "    return real(word, lang, wordlist=wordlist, minimum=minimum)\n"
        "wordfreq.zipf_frequency = spy\n"
        "from captions._propercase import proper_capitals\n"
        "proper_capitals('Tornate a dormì qui da noi.', 'it')\n"
        "proper_capitals('Os ayudamos a zampar.', 'es')\n"
        "proper_capitals('Esta noche vamos a cenar juntos.', 'es')\n"
        "print(sorted(set(seen)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip() in ("[]", "['small']"), done.stdout
