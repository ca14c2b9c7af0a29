"""What a European reader marked as needing an edit, read as general rules: a business
and its town typed last as a stub sentence, a workshop's day or a renovation asked
"what made you smile today?", a trip's town opening a sentence unread (the trip taken
for a dinner), a person's lunch written three times the same, a voseo job ad asked in
tú, and a notice that says sorry closed with "thanks for being there"."""

from __future__ import annotations

import re

import pytest

from captions._sure import confidence
from captions._understand import read_post
from tests.captions.helpers import captions_for, tags_of, text_of


@pytest.mark.parametrize(
    ("content", "language", "signature"),
    [
        (
            "hoy de postre: budín de pan, alfajores de maicena y pastafrola. 4.000 pesos la "
            "porción. confitería la garza, rosario",
            "es",
            "onfitería la garza, rosario",
        ),
        (
            "consigli per il cappotto del vostro cane in inverno: asciugatelo dopo la "
            "pioggia, niente maglioni stretti. toelettatura la lontra, brescia",
            "it",
            "oelettatura la lontra, brescia",
        ),
    ],
)
def test_a_business_and_its_town_typed_last_sign_the_post(
    content: str, language: str, signature: str
) -> None:
    for variant in captions_for(content, language=language):
        text = text_of(variant)
        # the signature on a line of its own, last, never a sentence with a full stop
        # before the call to action
        assert text.rstrip().lower().endswith(signature), variant.caption
        assert not re.search(rf"(?i){re.escape(signature)}\.", text), variant.caption
        assert text.rstrip().splitlines()[-1][:1].isupper(), variant.caption


_SMILE = re.compile(
    r"(?i)sourire|zum lächeln|sorridere|sonreír|sorrir|smile|votre journée|euer tag"
    r"|vostra giornata|tu día|seu dia|so einen tag|une journée comme ça"
)


@pytest.mark.parametrize(
    ("content", "language"),
    [
        (
            "heute im zuschnitt: lärchenholz-bänke für einen kindergarten in nagold. "
            "viel schleifen, wenig reden 🪵",
            "de",
        ),
        (
            "Ma blonde et moi, on a enfin fini la rénovation du grenier à Sherbrooke! "
            "Deux mois d'isolant pis un escabeau brisé. Ça valait la peine.",
            "fr",
        ),
    ],
)
def test_work_and_a_finished_renovation_are_not_asked_about_the_day(
    content: str, language: str
) -> None:
    for variant in captions_for(content, language=language):
        assert not _SMILE.search(text_of(variant)), variant.caption


def test_a_workshop_day_is_behind_the_scenes() -> None:
    post = read_post(
        "heute im zuschnitt: lärchenholz-bänke für einen kindergarten in nagold. "
        "viel schleifen, wenig reden",
        "de",
    )
    assert post.intent == "behind_the_scenes"


def test_a_town_that_opens_a_sentence_makes_the_day_a_trip() -> None:
    content = (
        "Hoje subimos ao castelo antes do pôr do sol, depois comemos polvo à lagareiro "
        "numa tasca na Sé. Braga no inverno é outra coisa."
    )
    post = read_post(content, "pt")
    assert post.intent == "travel", post.intent_scores
    assert any(n.text == "Braga" and n.kind == "place" for n in post.names), post.names
    assert "#braga" in tags_of(captions_for(content, language="pt"))


def test_a_person_s_lunch_read_as_moment_or_meal_is_written_three_ways() -> None:
    content = (
        "oggi pranzo di famiglia a casa della zia a lecce: ciceri e tria, pittule e la "
        "solita gara a chi mangia di più 😄"
    )
    assert confidence(read_post(content, "it")).intent
    texts = [text_of(v) for v in captions_for(content, language="it")]
    assert len(set(texts)) == 3, texts


def test_a_voseo_job_ad_is_asked_in_voseo() -> None:
    content = (
        "buscamos mozo/a para Parrilla El Hornero en San Rafael, turno noche, mandá tu cv "
        "a trabajo@elhornero.ar"
    )
    for variant in captions_for(content, language="es"):
        text = text_of(variant)
        assert not re.search(r"Compártelo|¿Conoces|Etiquétala|Etiqueta a", text), text


@pytest.mark.parametrize(
    ("content", "language"),
    [
        (
            "Lamentamos mucho la demora con las cajas navideñas. El transportista perdió un "
            "camión y los envíos saldrán el martes 22. Devolvemos el envío a todos.",
            "es",
        ),
        (
            "Nous avons bien lu vos messages sur la fermeture de la patinoire des Aulnes. "
            "La réparation du groupe froid prendra plus de temps; la réouverture est "
            "repoussée au samedi 16 janvier. Nous sommes désolés.",
            "fr",
        ),
    ],
)
def test_a_notice_that_says_sorry_is_closed_as_an_apology(content: str, language: str) -> None:
    for variant in captions_for(content, language=language, tone="playful"):
        text = text_of(variant)
        assert not re.search(r"(?i)estar ahí|d'être là", text), text
