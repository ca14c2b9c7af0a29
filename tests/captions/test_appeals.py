"""An appeal written in a pet's own voice ('Adopt me!') is still an appeal: its asks
are the adoption's (share to find a home, come and meet), never a person's day."""

from __future__ import annotations

import re

import pytest

from tests.captions.helpers import captions_for, text_of

# the asks of a person's own day, in each language
_DAY_ASK = re.compile(
    r"(?i)little joy|made you smile|spend a day like this|pequeña alegría|te hizo sonreír"
    r"|kleine freude|petit bonheur|pequena alegria|o fez sorrir|piccola gioia"
    r"|how's your day|comment se passe"
)
# what an adoption asks for: a home, a share, a visit, an application
_ADOPTION_ASK = re.compile(
    r"(?i)home|adopt|share|hogar|adopt|comparte|zuhause|adoptier|teilt|foyer|adopt|partag"
    r"|lar|ado[tp]|compartilh|casa|adott|condivid"
)


@pytest.mark.parametrize(
    ("content", "language"),
    [
        (
            "Adopt me! Biscuit is a 3 year old beagle at Hollow Creek Shelter, loves walks "
            "and belly rubs. Apply at hollowcreek.org/biscuit",
            "en",
        ),
        (
            "¡Adóptame! Soy Canela, una perrita de 2 años que busca hogar en la Protectora "
            "Sol de Alicante. Escríbenos si quieres conocerme",
            "es",
        ),
        (
            "Adoptez-moi ! Je m'appelle Moka, chat de 4 ans, câlin et calme, à l'adoption au "
            "refuge des Tilleuls à Angers",
            "fr",
        ),
    ],
)
def test_a_pet_asking_to_be_adopted_gets_the_adoptions_asks(content: str, language: str) -> None:
    variants = captions_for(content, language=language, cta=True, hashtags=5)
    for variant in variants:
        text = text_of(variant)
        assert not _DAY_ASK.search(text), text
    closing = [text_of(v).split("\n")[-1] for v in variants]
    assert any(_ADOPTION_ASK.search(line) for line in closing), closing


@pytest.mark.parametrize(
    "content",
    [
        "how to keep a wooden chopping board: wash by hand, dry upright, and rub in a thin "
        "coat of mineral oil once a month",
        "Decking refresh done: two coats of teak oil and it looks brand new",
    ],
)
def test_a_coat_of_oil_is_no_garment(content: str) -> None:
    for variant in captions_for(content, language="en", emoji=True, hashtags=5):
        assert "🧥" not in variant.caption, variant.caption


def test_a_coat_to_wear_keeps_its_emoji() -> None:
    content = "Our wool coat is back in camel and navy, sizes 8 to 18, £189"
    assert any("🧥" in v.caption for v in captions_for(content, language="en", emoji=True))


@pytest.mark.parametrize(
    ("content", "language", "pair"),
    [
        (
            "3 tips for a happy sourdough starter: 1) feed it daily 2) keep it warm 3) use "
            "filtered water. questions? ask below",
            "en",
            "Questions? Ask below.",
        ),
        (
            "Nuevo horario de invierno: de lunes a sábado de 10 a 20 h. ¿dudas? escríbenos",
            "es",
            "¿Dudas? Escríbenos.",
        ),
        (
            "Ab Montag backen wir auch Dinkelbrot. Fragen? schreibt uns",
            "de",
            "Fragen? Schreibt uns.",
        ),
    ],
)
def test_a_one_word_question_stays_with_its_short_answer(
    content: str, language: str, pair: str
) -> None:
    for variant in captions_for(content, language=language, hashtags=5):
        text = text_of(variant)
        assert pair in text, text


# asks to pass a post on, in each language
_PASS_ON = re.compile(
    r"(?i)share (?:this|it) with|send this to|should see this|compártelo|debería verlo"
    r"|tiene que ver esto|teilt es|das sehen sollte|partagez-le|devrait voir ça"
    r"|compartilhe com|envie a um amigo|precisa ver isso|condividetelo|dovrebbe vederlo"
)


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("Mi abuelo cumple 85 años hoy 🎂 feliz cumpleaños, tata", "es"),
        ("My little sister graduated today!! so proud of her 🎓", "en"),
        ("Meine Oma wird heute 90 🎉 alles Gute!", "de"),
        ("Mon fils a fêté ses 18 ans hier soir, le temps passe trop vite", "fr"),
    ],
)
def test_a_familys_milestone_is_not_passed_on(content: str, language: str) -> None:
    for variant in captions_for(content, language=language, cta=True, hashtags=5):
        text = text_of(variant)
        assert not _PASS_ON.search(text), text
