"""The embarrassing classes of blind round 11, each as a general rule, on invented posts:

- an apology said as "we want to ask your forgiveness" ("Queremos pedirles perdón") is
  an apology, in six languages: it got a food post's asks ("Guárdalo para tu próximo
  antojo") under late New Year's cakes;
- a death told as such is mourned whatever cause its other words read as (children
  given stickers read as charity: "Taggate chi vorrebbe dare una mano" under a death);
- one person's day out with only a weekday ("domingo de feira") has no date to save and
  nothing to join: no "Anote a data", no "Quem vem?";
- what comes with the thing ("Kakao mit Zimt") is not the subject a template names
  ("Kleine Dinge: Zimt.").
"""

from __future__ import annotations

import pytest

from captions import read_post
from captions._sure import confidence
from tests.captions.helpers import captions_for, text_of

APOLOGIES = [
    (
        "es",
        "Queremos pedirles perdón: el pedido de roscones del sábado llegó con dos horas de "
        "retraso.",
    ),
    ("en", "We want to apologise to everyone whose birthday cake arrived late on Friday."),
    ("de", "Wir möchten uns bei euch entschuldigen: die Torten vom Samstag kamen zu spät."),
    ("fr", "Nous tenons à nous excuser : les bûches de samedi sont arrivées en retard."),
    ("pt", "Queremos pedir desculpa a todos: os bolos de sábado chegaram atrasados."),
    ("it", "Vi chiediamo scusa: le torte di sabato sono arrivate in ritardo."),
]


@pytest.mark.parametrize(("language", "content"), APOLOGIES)
def test_asking_forgiveness_is_an_apology(language: str, content: str) -> None:
    assert confidence(read_post(content, language)).notice_kind == "apology"


DEATHS = [
    (
        "it",
        "Ci ha lasciati Franco Merlo, per 40 anni il ciabattino di via Roma a Cuneo. Regalava "
        "le caramelle ai bambini e aggiustava tutto. Il funerale sarà sabato alle 10.",
    ),
    (
        "es",
        "Nos dejó Ramón Garza, 35 años al frente del kiosco de la plaza de Tandil. Regalaba "
        "figuritas a los chicos del barrio. El velatorio será el martes a las 18.",
    ),
]
_CAUSE_ASKS = ("dare una mano", "donate", "dona ", "una mano", "ayudar", "aiutare")


@pytest.mark.parametrize(("language", "content"), DEATHS)
def test_a_death_gets_no_cause_ask(language: str, content: str) -> None:
    for variant in captions_for(content, language=language, cta=True):
        text = text_of(variant).lower()
        assert not any(ask in text for ask in _CAUSE_ASKS), text


DAYS_OUT = [
    ("pt", "sábado de praia: milho, mate gelado e nenhuma pressa"),
    ("en", "sunday at the flea market: two old frames, a teapot and zero regrets"),
]
_GATHERING = ("anote a data", "quem vem", "save the date", "who you're bringing", "see you")


@pytest.mark.parametrize(("language", "content"), DAYS_OUT)
def test_a_day_out_has_no_date_to_save(language: str, content: str) -> None:
    for variant in captions_for(content, language=language, cta=True):
        text = text_of(variant).lower()
        assert not any(ask in text for ask in _GATHERING), text


def test_a_persons_event_with_its_day_and_hour_still_gathers() -> None:
    content = "my first solo show opens this saturday at 6pm at the Larkspur Gallery, come by!"
    texts = [text_of(v).lower() for v in captions_for(content, language="en", cta=True)]
    assert any(ask in text for text in texts for ask in _GATHERING), texts


@pytest.mark.parametrize(
    ("language", "content", "side"),
    [
        ("de", "Morgens Holz gehackt, danach Tee mit Honig.", "honig"),
        ("en", "long walk in the rain, then toast with marmite", "marmite"),
    ],
)
def test_what_comes_with_it_is_no_subject(language: str, content: str, side: str) -> None:
    post = read_post(content, language)
    assert post.subject.text.lower() != side or not confidence(post).subject
