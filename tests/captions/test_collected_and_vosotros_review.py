"""Review of 69f08f7 (a collection asks to bring by its deadline) and 6ecffe6 (vosotros in
'-áis'/'-éis'): 'We're collecting signatures for the petition to save the library until
Friday' got 'Bring what you can spare until Friday.' ('Recogemos firmas para salvar el
parque hasta el domingo' 'Trae lo que puedas hasta el domingo.'): a signature is signed,
not brought, so a petition keeps its asks; and 'Los samuráis de nuestra exposición …' got
'Compartidlo con un amigo.' ('samuráis' is a noun's plural, no vosotros verb)."""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for, text_of


@pytest.mark.parametrize(
    ("lang", "content", "bring"),
    [
        (
            "en",
            "We're collecting signatures for the petition to save the library until Friday. "
            "Sign in store.",
            "Bring what you can",
        ),
        ("es", "Recogemos firmas para salvar el parque hasta el domingo.", "Trae lo que puedas"),
    ],
)
def test_signatures_are_not_brought(lang: str, content: str, bring: str) -> None:
    for variant in captions_for(content, language=lang):
        assert bring not in text_of(variant), variant.caption


def test_collected_coats_still_ask_to_bring() -> None:
    variants = captions_for(
        "We're collecting warm coats for the homeless shelter until Friday. Drop them at the shop.",
        language="en",
    )
    assert any("Bring what you can" in text_of(v) for v in variants)


def test_a_nouns_plural_in_ais_is_no_vosotros() -> None:
    content = "Los samuráis de nuestra exposición de cómics ya están aquí. Entrada libre."
    for variant in captions_for(content, language="es"):
        text = text_of(variant)
        assert "Compartidlo" not in text, variant.caption
        assert "Etiquetad" not in text, variant.caption
