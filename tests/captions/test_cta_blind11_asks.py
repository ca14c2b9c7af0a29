"""Off-key calls to action of blind round 11, each as a general rule on invented posts:

- a grumble (a bad day, a Monday moan) is no joy to share: never "What made you smile
  today?" nor "your little joy of the day"; a commiserating ask, or none;
- a trip of several days is no day: never "your little joy of the day", "How's your day
  going?" nor "a day like this" under it;
- the asks are what people write, never a calque of "send some love" ("Deixe um pouco de
  carinho", "Mándanos un poco de amor", "ein bisschen Liebe").
"""

from __future__ import annotations

import re

import pytest

from captions._writer import templates
from tests.captions.helpers import captions_for, text_of

# what a post with a positive mood is asked: the day's joy, a smile
JOY = re.compile(
    r"(?i)smile|joy of the day|sonreír|alegría del día|alegrado el día|lächeln|glück des tages"
    r"|sourire|bonheur du jour|sorrir|alegria do dia|sorridere|gioia di oggi"
)

GRUMBLES = [
    ("en", "Ugh. The boiler broke, the train was cancelled and I'm soaked. Fed up."),
    ("es", "Qué día tan horrible. Se me rompió el paraguas y perdí el tren. Estoy harta."),
    ("de", "Was für ein Montag. Verschlafen, Regen, Kaffee verschüttet. Es nervt."),
    ("fr", "Quelle journée pourrie. Réveil raté, pluie, café renversé. J'en ai marre."),
    ("pt", "Que dia horrível. A caldeira avariou, o comboio foi cancelado e estou farta."),
    ("it", "Che giornata orribile. Caldaia rotta, treno cancellato, sono fradicia. Che stufa."),
]


@pytest.mark.parametrize(("language", "content"), GRUMBLES)
def test_a_grumble_is_not_asked_for_its_joy(language: str, content: str) -> None:
    for v in captions_for(content, language=language):
        assert not JOY.search(text_of(v)), text_of(v)


# a commiserating ask ("Tell me I'm not the only one"), in each language
NOT_ONLY_ME = re.compile(
    r"(?i)not the only one|one of those days|solo me pasa|alguien más|nicht nur mir|euch auch"
    r"|qu'à moi|não sou só eu|acontece comigo|solo a me|capita anche a voi"
)


@pytest.mark.parametrize(("language", "content"), GRUMBLES)
def test_a_grumble_is_asked_to_commiserate(language: str, content: str) -> None:
    texts = [text_of(v) for v in captions_for(content, language=language)]
    assert any(NOT_ONLY_ME.search(t) for t in texts), texts


TRIPS = [
    ("en", "Four days on the Isle of Skye with my brother: cliffs, ferries and far too much tea."),
    ("es", "Cuatro días en Galicia con mi hermano: acantilados, pulpo y lluvia fina."),
    ("de", "Vier Tage auf Rügen mit meinem Bruder: Kreidefelsen, Fischbrötchen und Wind."),
    ("fr", "Quatre jours en Bretagne avec mon frère : falaises, crêpes et crachin."),
    ("pt", "Quatro dias nos Açores com o meu irmão: falésias, lagoas e muito vento."),
    ("it", "Quattro giorni in Sardegna con mio fratello: scogliere, pane carasau e maestrale."),
]


# the day's asks: its joy, how it goes, who to spend one like it with
DAY = re.compile(
    JOY.pattern + r"|your day|day like this|tu día|un día así|euer tag|so einen tag"
    r"|votre journée|ta journée|journée comme ça|seu dia|um dia assim|vostra giornata"
    r"|giornata così"
)


@pytest.mark.parametrize(("language", "content"), TRIPS)
def test_a_trip_of_several_days_is_not_asked_for_the_day(language: str, content: str) -> None:
    for v in captions_for(content, language=language):
        assert not DAY.search(text_of(v)), text_of(v)


# "some love", "un poco de amor", "ein bisschen Liebe": English said word for word
CALQUE = re.compile(
    r"(?i)un poco de amor|ein bisschen liebe|un peu d'amour|um pouco de carinho|um carinho"
    r"|mande carinho|un po' d'(?:amore|affetto)"
)


@pytest.mark.parametrize("language", ["es", "de", "fr", "pt", "it"])
def test_no_ask_is_a_calque_of_send_some_love(language: str) -> None:
    tpl = templates(language)
    intents = ("milestone", "wedding", "pets", "any", "everyday", "thank_you")
    calques = [f.text for i in intents for f in tpl.pool("cta", i) if CALQUE.search(f.text)]
    assert not calques


# "save this for later": a brand's ask, for something to keep
SAVE = re.compile(
    r"(?i)\bsave this|tap save|guárdalo|guarda este|dale a guardar|speichert|enregistrez"
    r"|\bsalve |\bguarde |salvatelo|salvate questo"
)

# a person's dawn, its colours listed: nothing to keep (no advice, recipe, place or product)
DAWNS = [
    ("en", "Sunrise over the bay this morning: pink, orange, then gold. Up at 5 for it."),
    ("es", "Amanecer sobre la bahía esta mañana: rosa, naranja y luego dorado. Qué calma."),
    ("de", "Sonnenaufgang über dem See heute früh: rosa, orange, dann golden. Hat sich gelohnt."),
    ("fr", "Lever de soleil sur la baie ce matin : rose, orange, puis doré. Ça valait le coup."),
    (
        "pt",
        "O nascer do sol sobre a baía esta manhã: rosa, laranja e depois dourado. Valeu a pena.",
    ),
    ("it", "L'alba sul lago stamattina: rosa, arancio, poi oro. Ne è valsa la pena."),
]


@pytest.mark.parametrize(("language", "content"), DAWNS)
def test_a_dawn_is_not_saved_for_later(language: str, content: str) -> None:
    for v in captions_for(content, language=language):
        assert not SAVE.search(text_of(v)), text_of(v)


WHICH_ONE = re.compile(
    r"(?i)which one|would you pick|cuál te llev|welches wird es|lequel vous tente|qual vai ser"
    r"|qual escolheria|quale scegliereste"
)

# one product, its materials and parts listed: nothing to pick between
ONE_PRODUCT = [
    ("en", "New: the Fjord backpack. Waxed canvas, leather straps, brass buckle. £95."),
    ("es", "Nueva: la mochila Fiordo. Lona encerada, correas de cuero, hebilla de latón. 95 €."),
    ("de", "Neu: der Rucksack Fjord. Gewachstes Canvas, Lederriemen, Schnalle aus Messing. 95 €."),
    ("fr", "Nouveau : le sac à dos Fjord. Toile cirée, sangles en cuir, boucle en laiton. 95 €."),
    ("pt", "Novidade: a mochila Fiorde. Lona encerada, alças de couro, fivela de latão. 95 €."),
    ("it", "Novità: lo zaino Fiordo. Tela cerata, spallacci in pelle, fibbia in ottone. 95 €."),
]


@pytest.mark.parametrize(("language", "content"), ONE_PRODUCT)
def test_one_product_is_not_asked_which_one(language: str, content: str) -> None:
    for v in captions_for(content, language=language):
        assert not WHICH_ONE.search(text_of(v)), text_of(v)
