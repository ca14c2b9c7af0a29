"""A numbered list of instructions is a tip: "catene da neve: 4 dritte dalla ferramenta
… 1. provatele in cortile … 3. dopo 50 metri fermatevi … 4. mai oltre i 50 km/h" got
"Taggate il vostro compagno di allenamento." and #fitness #allenamento, and "Cyclone
season prep from … 1. Tie down … 2. Fill the bath … 3. Test the genny …" got
#behindthescenes; a post that numbers instructions to the reader (three or more items,
told as commands), above all under a count of tips ("4 dritte", "5 Tipps", "3 trucs"),
is advice, and the distances, speeds or kitchens inside the instructions are no workout
and no making."""

from __future__ import annotations

import pytest

from captions import read_post
from tests.captions.helpers import captions_for, tags_of, text_of

_WRONG_TAGS = {"#fitness", "#allenamento", "#workout", "#training", "#entrenamiento",
               "#treino", "#behindthescenes", "#dietrolequinte", "#hinterdenkulissen",
               "#detrasdecamaras", "#coulisses", "#bastidores", "#gym", "#sport"}  # fmt: skip
_WRONG_ASKS = ("allenamento", "allenati", "💪", "workout", "training partner",
               "Trainingspartner", "entrenamiento", "entraînement", "treino")  # fmt: skip


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("gomme invernali: 3 dritte dall'officina Sassi di Trento 🛞 1. controllatele "
         "a inizio novembre, non alla prima neve. 2. pressione sempre a freddo. 3. dopo "
         "100 km ricontrollate i bulloni. 4. mai oltre i 160 km/h con le termiche. "
         "montaggio da noi, 40 €.", "it"),
        ("Heatwave prep from Riverbend Pharmacy, Dubbo ☀️ 1. Check on elderly neighbours "
         "twice a day. 2. Keep curtains closed from 10am. 3. Drink water before you feel "
         "thirsty, 2 litres at least. 4. Never leave kids or pets in a parked car. Fans "
         "from $29 in store.", "en"),
        ("Schneeketten: 4 Tipps vom Autohaus Berger in Garmisch ❄️ 1. Übt das Aufziehen "
         "zu Hause im Hof. 2. Handschuhe und Lampe immer im Kofferraum. 3. Nach 50 Metern "
         "anhalten und nachspannen. 4. Nie schneller als 50 km/h. Wir montieren sie euch "
         "für 10 €.", "de"),
        ("Cadenas para nieve: 4 consejos del taller Ruiz de Jaca ❄️ 1. Probadlas en casa "
         "antes de salir. 2. Guantes y linterna siempre en el coche. 3. A los 50 metros "
         "parad y tensadlas otra vez. 4. Nunca a más de 50 km/h. Si queréis os las "
         "montamos, 10 €.", "es"),
        ("Chaînes neige : 4 trucs du garage Martin à Briançon ❄️ 1. Entraînez-vous dans "
         "la cour avant de partir. 2. Gants et lampe toujours dans le coffre. 3. Après 50 "
         "mètres arrêtez-vous et retendez-les. 4. Jamais plus de 50 km/h. On vous les "
         "monte pour 10 €.", "fr"),
        ("Correntes de neve: 4 dicas da oficina Costa em Bragança ❄️ 1. Treinem a "
         "montagem em casa antes de sair. 2. Luvas e lanterna sempre no carro. 3. Depois "
         "de 50 metros parem e apertem de novo. 4. Nunca acima de 50 km/h. Montamos por "
         "10 €.", "pt"),
    ],
)  # fmt: skip
def test_a_numbered_list_of_instructions_is_a_tip(content: str, language: str) -> None:
    post = read_post(content, language)
    assert post.intent == "tip", (post.intent, post.intent_scores)
    variants = captions_for(content, language=language, tone="educational")
    assert not tags_of(variants) & _WRONG_TAGS, tags_of(variants)
    for variant in variants:
        text = text_of(variant)
        assert not any(ask in text for ask in _WRONG_ASKS), text


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("Storm season prep from Harbour Hardware, Cairns 🌀 1. Tie down the outdoor "
         "furniture today. 2. Fill the bath and a few buckets with water. 3. Test the "
         "generator and buy fuel early. 4. Close the shutters, tape won't save a window. "
         "Shutters from $89 in store.", "en"),
        ("pneumatici: le dritte del gommista Bassi di Bolzano 🛞 1. provateli in "
         "cortile prima di partire. 2. portate sempre guanti e torcia. 3. dopo 50 metri "
         "fermatevi e ricontrollateli. 4. non superate mai i 50 km/h.", "it"),
    ],
)  # fmt: skip
def test_a_prep_list_is_no_making_and_no_workout(content: str, language: str) -> None:
    post = read_post(content, language)
    assert post.intent == "tip", (post.intent, post.intent_scores)
    variants = captions_for(content, language=language, tone="educational")
    assert not tags_of(variants) & _WRONG_TAGS, tags_of(variants)
