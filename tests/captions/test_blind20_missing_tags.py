"""A post's obvious category tag is there when slots are free (blind round 20,
pt-01, de-02, it-01, pt-06, en-10, fr-06: a carnival bloco with no #carnaval, '#Krems
#tipps' on Marille tips, a lone '#fitness' on a harriers club)."""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for, tags_of


@pytest.mark.parametrize(
    ("language", "content", "tag"),
    [
        # a bloco, a comparsa, a sitzung, a parade of floats: the carnival
        (
            "pt",
            "Ensaio do Bloco Cordão da Lua em Olinda no domingo, 7 de fevereiro, às 16h, no "
            "Largo do Amparo, com frevo e orquestra. Venha fantasiado!",
            "#carnaval",
        ),
        (
            "es",
            "Ensayo abierto de la comparsa Los Tamborileros en Montevideo, sábado 30 a las "
            "20 h en el Parque Rodó. Traé tu silla.",
            "#carnaval",
        ),
        (
            "it",
            "Sabato 13 febbraio torna la sfilata dei carri allegorici a Fano, partenza alle 15 "
            "da viale Gramsci. Ingresso 10 €.",
            "#carnevale",
        ),
        (
            "de",
            "Prunksitzung der Narrenzunft Froschkönige im Bürgerhaus Mainz, Samstag 6. "
            "Februar, Beginn 19:11 Uhr. Karten 20 €.",
            "#karneval",
        ),
        # a harriers club and the runner's emoji: running
        (
            "en",
            "Track sessions are back: Kampala Hill Harriers, Wednesdays at 6am at Kololo "
            "airstrip, all paces welcome.",
            "#running",
        ),
        # tips about a fruit tree: the fruit, and the pruning they are about
        (
            "de",
            "Drei Tipps für Ihren Aprikosenbaum im März: 1. Nicht bei Frost schneiden. 2. Gut "
            "gießen. 3. Früchte ausdünnen.",
            "#aprikosen",
        ),
        (
            "de",
            "Schnittzeit im Obstgarten: drei Tipps für Ihre Obstbäume. 1. Nur an trockenen "
            "Tagen. 2. Totholz zuerst. 3. Scharfe Schere.",
            "#obstbaumschnitt",
        ),
        # a drink and a group walk the vocabulary knows
        (
            "pt",
            "Prove a ginja do nosso quiosque em Óbidos, servida em copo de chocolate, 2 € o copo.",
            "#ginja",
        ),
        (
            "fr",
            "Nouveau chez Les Ruchers d'Anjou : notre jus de pommes bio, la bouteille d'un "
            "litre à 4 €.",
            "#jusdepomme",
        ),
        (
            "it",
            "Da lunedì 4 ottobre camminata veloce con il Circolo Arci di Lecco, ogni lunedì "
            "alle 19 dal lungolago, 7 km.",
            "#camminataveloce",
        ),
    ],
)
def test_the_posts_category_is_tagged(language: str, content: str, tag: str) -> None:
    assert tag in tags_of(captions_for(content, language=language))


@pytest.mark.parametrize(
    ("language", "content", "absent"),
    [
        # the Folia de Reis is Epiphany's, no carnival
        (
            "pt",
            "Folia de Reis da Capela São José em Ouro Preto, dia 6 de janeiro às 19h, com "
            "cantoria e bandeira.",
            "#carnaval",
        ),
        # "hurry" on a sale is no run
        (
            "en",
            "Last days of the sale 🏃 20% off all jackets at Peak Outfitters in Leeds.",
            "#running",
        ),
    ],
)
def test_no_category_from_another_sense(language: str, content: str, absent: str) -> None:
    assert absent not in tags_of(captions_for(content, language=language))
