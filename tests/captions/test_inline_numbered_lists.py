"""A list numbered inline whose items end with a full stop ("…: 1. Guarde em saco de
pano. 2. Corte só o que for comer. 3. …") is a list as if each number opened a line:
every numbered item on a line of its own, all of them numbered alike (never "1." on the
first and nothing on the others), none glued into the heading before it, and the
sentences after the last item (a sign-off, a shop's name, a remark) after the list, never
one of its items. The form without full stops ("1. feed it before you go 2. keep it in
the fridge …") keeps its list.

A post that counts its "trucs" (Québec and France for tips) gives tips, and an age of a
thing after "plus de" / "more than" / "über" / "più di" / "mais de" / "más de" ("change
ta batterie si elle a plus de 5 ans") is no anniversary. Posts invented for this test."""

from __future__ import annotations

import re

import pytest

from captions import read_post
from tests.captions.helpers import captions_for, tags_of, text_of

_NUMBER = re.compile(r"^\s*(?:[•\-\u2013·*]|\d{1,2}[.)])\s+")

LISTS = [
    (
        "pt",
        "Quatro dicas da Padaria Trigo Bom para o pão durar mais: 1. Guarde em saco de "
        "pano, nunca de plástico. 2. Corte só o que for comer. 3. Congele as fatias que "
        "sobrarem. 4. Esquente no forno, não no micro-ondas. Bom fim de semana, pessoal! 🍞",
        [
            "Guarde em saco de pano, nunca de plástico",
            "Corte só o que for comer",
            "Congele as fatias que sobrarem",
            "Esquente no forno, não no micro-ondas",
        ],
        "Bom fim de semana",
    ),
    (
        "fr",
        "5 trucs pour garder tes plantes en vie cet hiver 🌿 1. arrose moins souvent. "
        "2. éloigne-les des calorifères. 3. tourne le pot chaque semaine. 4. essuie les "
        "feuilles avec un linge humide. 5. change le terreau s'il a plus de 3 ans. "
        "fleuriste la capucine, limoilou. bonne semaine!",
        [
            "arrose moins souvent",
            "éloigne-les des calorifères",
            "tourne le pot chaque semaine",
            "essuie les feuilles avec un linge humide",
            "change le terreau s'il a plus de 3 ans",
        ],
        "fleuriste la capucine",
    ),
    (
        "es",
        "Tres consejos de la Ferretería Olmo para pintar tu casa: 1. Limpia bien la pared "
        "antes de empezar. 2. Protege los enchufes con cinta. 3. Da siempre dos capas "
        "finas. ¡Pásate por la tienda y te asesoramos!",
        [
            "Limpia bien la pared antes de empezar",
            "Protege los enchufes con cinta",
            "Da siempre dos capas finas",
        ],
        "Pásate por la tienda",
    ),
    (
        "it",
        "Tre consigli dell'Erboristeria Salvia per dormire meglio: 1) Spegni il telefono "
        "un'ora prima. 2) Bevi una tisana alla camomilla. 3) Tieni la camera fresca e al "
        "buio. Buonanotte a tutti! 🌙",
        [
            "Spegni il telefono un'ora prima",
            "Bevi una tisana alla camomilla",
            "Tieni la camera fresca e al buio",
        ],
        "Buonanotte a tutti",
    ),
    (
        "de",
        "Drei Tipps vom Fahrradladen Speiche für den Winter: 1. Reifendruck jede Woche "
        "prüfen. 2. Kette nach jeder Regenfahrt ölen. 3. Licht vor jeder Fahrt testen. "
        "Gute Fahrt euch allen!",
        [
            "Reifendruck jede Woche prüfen",
            "Kette nach jeder Regenfahrt ölen",
            "Licht vor jeder Fahrt testen",
        ],
        "Gute Fahrt euch allen",
    ),
    (
        "en",
        "Three tips from Hollow Oak Garden Centre for planting bulbs: 1. Plant them three "
        "times as deep as they are tall. 2. Point the tip upwards. 3. Water them in well "
        "once. Happy planting, everyone!",
        [
            "Plant them three times as deep as they are tall",
            "Point the tip upwards",
            "Water them in well once",
        ],
        "Happy planting",
    ),
    (
        "en",
        "caring for your new cast iron pan: 1. wash it with hot water only 2. dry it on "
        "the hob straight away 3. rub in a drop of oil while warm. questions? pop in and "
        "ask!",
        [
            "wash it with hot water only",
            "dry it on the hob straight away",
            "rub in a drop of oil while warm",
        ],
        "pop in and ask",
    ),
]
IDS = ["pt", "fr", "es", "it", "de", "en", "en-no-stops"]


def _key(text: str) -> str:
    return text.strip(" .!?;").lower()


def _list_lines(text: str) -> list[str]:
    return [_key(_NUMBER.sub("", ln)) for ln in text.split("\n") if _NUMBER.match(ln)]


@pytest.mark.parametrize(("language", "content", "items", "after"), LISTS, ids=IDS)
def test_every_numbered_item_is_a_line_of_the_list(
    language: str, content: str, items: list[str], after: str
) -> None:
    variants = [text_of(v) for v in captions_for(content, language=language)]
    wanted = [_key(i) for i in items]
    listed = [v for v in variants if _list_lines(v) == wanted]
    assert listed, variants


@pytest.mark.parametrize(("language", "content", "items", "after"), LISTS, ids=IDS)
def test_no_item_is_glued_to_the_heading(
    language: str, content: str, items: list[str], after: str
) -> None:
    for variant in captions_for(content, language=language):
        hook = text_of(variant).split("\n")[0].lower()
        assert not any(_key(i) in hook for i in items), hook


@pytest.mark.parametrize(("language", "content", "items", "after"), LISTS, ids=IDS)
def test_items_are_numbered_alike(
    language: str, content: str, items: list[str], after: str
) -> None:
    """Either every item keeps its number or none does: never "1." on the first alone."""
    for variant in captions_for(content, language=language):
        text = text_of(variant)
        numbered = [ln for ln in text.split("\n") if re.match(r"\s*\d{1,2}[.)]\s", ln)]
        assert len(numbered) in (0, len(items)), text


@pytest.mark.parametrize(("language", "content", "items", "after"), LISTS, ids=IDS)
def test_what_follows_the_list_is_no_item(
    language: str, content: str, items: list[str], after: str
) -> None:
    post = read_post(content, language)
    if post.items:  # (a list the reader split into lines is still checked in the captions)
        assert [_key(i) for i in post.items] == [_key(i) for i in items], post.items
    for variant in captions_for(content, language=language):
        text = text_of(variant)
        assert after.lower() not in " ".join(_list_lines(text)), text
        assert after.lower() in text.lower(), text  # said after the list, not dropped


TRUCS = (
    "4 trucs pour que ton vélo passe l'hiver ❄️ 1. rentre-le dans le garage. 2. huile la "
    "chaîne après chaque sortie. 3. gonfle les pneus chaque semaine. 4. change les "
    "plaquettes si elles ont plus de 2 ans. atelier la roue libre, rosemont. bonne saison!"
)


def test_trucs_are_tips_and_an_age_is_no_anniversary() -> None:
    post = read_post(TRUCS, "fr")
    assert post.intent == "tip", post.intent_scores
    tags = tags_of(captions_for(TRUCS, language="fr", tone="educational"))
    assert not tags & {"#anniversaire", "#célébration", "#celebration"}, tags


@pytest.mark.parametrize(
    ("language", "content"),
    [
        ("fr", "Rappel : changez votre détecteur de fumée s'il a plus de 10 ans."),
        ("en", "Reminder: replace your smoke alarm if it is more than 10 years old."),
        ("de", "Erinnerung: tauscht euren Rauchmelder, wenn er über 10 Jahre alt ist."),
        ("it", "Promemoria: cambiate il rilevatore di fumo se ha più di 10 anni."),
        ("pt", "Lembrete: troque o detector de fumaça se tiver mais de 10 anos."),
        ("es", "Recordatorio: cambia el detector de humo si tiene más de 10 años."),
    ],
)
def test_the_age_of_a_thing_is_no_milestone(language: str, content: str) -> None:
    post = read_post(content, language)
    assert post.intent != "milestone", post.intent_scores
    assert post.intent_scores.get("milestone", 0.0) < 2.0, post.intent_scores


@pytest.mark.parametrize(
    ("language", "content"),
    [
        ("fr", "Depuis plus de 20 ans, on fait notre pain au levain ici. Merci à vous !"),
        ("en", "For more than 20 years we've baked our bread right here. Thank you!"),
    ],
)
def test_years_a_business_has_lasted_still_count(language: str, content: str) -> None:
    """A duration ("depuis plus de 20 ans", "for more than 20 years") is no thing's age."""
    post = read_post(content, language)
    assert post.intent_scores.get("milestone", 0.0) >= 2.0, post.intent_scores


@pytest.mark.parametrize(
    ("language", "content"),
    [
        ("es", "Más de 40 años sirviendo café en el barrio. ¡Gracias a todos!"),
        ("en", "Over 25 years ago we opened our doors on Market Street. Thank you all!"),
        ("de", "Mehr als 50 Jahre Tradition in unserer Backstube."),
        ("en", "We've been baking over 30 years on this corner 🥖"),
    ],
)
def test_more_than_n_years_without_an_age_cue_is_an_anniversary(
    language: str, content: str
) -> None:
    """ "more than / over N years" is a thing's age only when a cue says so ("old", "si elle
    a", "if it is", "les moins de"); without one it is the years a business has lasted."""
    post = read_post(content, language)
    assert post.intent == "milestone", post.intent_scores
