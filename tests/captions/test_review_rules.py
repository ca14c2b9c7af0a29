"""The failure classes of the first blind review (docs/captions-blind-review.md) as
behaviour tests, over posts written for these tests (none is from the held-out blind
set ``docs/captions-blind2-posts.jsonl``).

Each test reads the finished captions, the way a reviewer would: the subject is never
a fragment, a weekday or half a name; a closure is a notice, not a promotion; a call to
action fits the post's purpose; the post's facts survive.
"""

from __future__ import annotations

import re

import pytest

from captions import CaptionRequest
from captions._service import finish
from captions._writer import templates

from .helpers import ENGINES, captions_for, tags_of, text_of


def test_a_number_and_unit_compound_is_never_cut_into_a_fragment_subject() -> None:
    variants = captions_for(
        "New 8-week rowing plan starts Tuesday. 4 sessions a week, 40 minutes each."
    )
    for variant in variants:
        text = text_of(variant)
        assert not re.search(r"(?m)(^|\s|:)-week", text), text
        assert "8-week" in text, text
        assert "4 sessions a week" in text, text
    assert not any(t.startswith("#week") for t in tags_of(variants))


def test_half_of_a_name_is_never_the_subject_nor_a_tag() -> None:
    variants = captions_for(
        "Black Friday at Casa Lumen: 30% off every lamp and 20% off shades, 24-27 Nov."
    )
    for variant in variants:
        text = text_of(variant)
        # "Friday" only ever inside "Black Friday"
        assert all(
            text[max(0, m.start() - 6) : m.start()] == "Black " for m in re.finditer("Friday", text)
        ), text
        assert "30%" in text, text
        assert "Casa Lumen" in text, text
    assert "#friday" not in tags_of(variants)


def test_weekdays_and_times_are_facts_not_subjects() -> None:
    variants = captions_for(
        "Print fair this weekend: 20% off all prints, Sat-Sun 10am-3pm at Pier 9 Studios."
    )
    for variant in variants:
        text = text_of(variant)
        assert not re.match(r"^\W*Sat-Sun\b", text), text
        assert "10am-3pm" in text, text
        assert "20%" in text, text
    assert not tags_of(variants) & {"#satsun", "#sat", "#sun"}


def test_a_closure_is_written_as_a_notice_never_as_a_promotion() -> None:
    content = (
        "Our bakery will be closed next week for a family funeral. Orders resume on "
        "Monday 12 May. Thank you for all your kind messages."
    )
    variants = captions_for(content, tone="playful")
    selling = re.compile(r"\b(shop|buy|deal|sale|grab|link in bio|don't miss|highlight)\b", re.I)
    for variant in variants:
        text = text_of(variant)
        assert not selling.search(text), text
        assert "Monday 12 May" in text, text
        assert "?" not in text.split("\n")[0], text  # no playful question hook
    assert not tags_of(variants) & {"#sale", "#celebration", "#grateful", "#thankyou", "#family"}


def test_a_cancelled_event_is_announced_as_cancelled_not_promoted() -> None:
    variants = captions_for(
        "Tonight's quiz night at The Anchor is cancelled because of a power cut. "
        "Every ticket will be refunded by Friday."
    )
    for variant in variants:
        text = text_of(variant).lower()
        assert "cancelled" in text, text
        assert not re.search(r"save the date|see you there|be there|don't miss|bring", text), text
        assert "refunded by friday" in text, text


def test_a_coat_drive_gets_a_cause_call_to_action_not_a_pet_or_shop_one() -> None:
    variants = captions_for(
        "Our winter coat drive for Hillside Family Shelter runs until 20 December. "
        "Drop off clean coats at the front desk of any of our cafés."
    )
    for variant in variants:
        text = text_of(variant).lower()
        assert not re.search(r"adopt|furry|forever home|\bpets?\b|shop now|buy", text), text
        assert "link in bio" not in text, text  # the post has no link
        assert "20 december" in text, text


def test_no_link_in_bio_is_invented_for_a_post_without_a_link() -> None:
    variants = captions_for(
        "We're hiring a weekend dishwasher for our Leith kitchen, £12.50/hour. "
        "DM us to apply or drop by after 3pm."
    )
    for variant in variants:
        text = text_of(variant).lower()
        assert "bio" not in text, text


def test_mentions_are_kept_verbatim_in_a_thank_you() -> None:
    variants = captions_for(
        "Thank you @nora.ceramics and @thelinenroom for making our Saturday pop-up so "
        "special. We met so many of you!"
    )
    assert any("@nora.ceramics" in text_of(v) for v in variants)
    for variant in variants:
        text = text_of(variant)
        assert not re.search(r"(?<![@\w.])nora\b", text, re.I), text  # never a bare half


@pytest.mark.parametrize(
    ("content", "language"),
    [
        (
            "Heute bleibt unser Laden wegen einer Familienfeier geschlossen. "
            "Ab Mittwoch sind wir wieder da.",
            "de",
        ),
        ("Hoy la tienda permanece cerrada por inventario. Volvemos el jueves a las 10:00.", "es"),
        ("La boutique sera fermée samedi pour travaux. Réouverture mardi à 10 h.", "fr"),
        (
            "A loja vai ficar fechada nesta segunda por causa da mudança. Voltamos na terça às 9h.",
            "pt",
        ),
        ("Il negozio resterà chiuso lunedì per inventario. Riapriamo martedì alle 9.", "it"),
    ],
)
def test_closures_are_notices_in_every_language(content: str, language: str) -> None:
    variants = captions_for(content, tone="promotional")
    day = {"de": "Mittwoch", "es": "jueves", "fr": "mardi", "pt": "terça", "it": "martedì"}
    for variant in variants:
        text = text_of(variant)
        assert day[language] in text, text
        assert "bio" not in text.lower(), text
        assert variant.hashtags == [] or all(
            t.lower() not in ("#sale", "#rebajas", "#angebot", "#soldes", "#promoção", "#saldi")
            for t in variant.hashtags
        )


def test_a_sure_subject_still_gets_the_intent_templates() -> None:
    """Plain retelling is for doubt only: a clean product name keeps its launch hooks."""
    variants = captions_for("Introducing Tidepool, our new insulated bottle. €34.")
    assert all("Tidepool" in text_of(v).split("\n")[0] for v in variants)


_EUROPEAN = re.compile(r"\b(?:Partilh\w*|partilh\w*|equipa|connosco|Identifique|a crescer|vosso)\b")
_BRAZILIAN = re.compile(r"\b(?:Compartilh\w*|compartilh\w*|equipe|com a gente|Marque)\b")


@pytest.mark.parametrize(
    "content",
    [
        "Promoção de inverno na Loja Aroeira: 30% em todos os casacos até domingo. Bora?",
        "Treino de hoje na praia de Copacabana: 8 km de corrida e muito suor. Partiu!",
        "A gente abriu a cafeteria há 2 anos e hoje servimos 150 cafés por dia. Obrigado!",
    ],
)
def test_portuguese_defaults_to_brazilian_wording(content: str) -> None:
    for variant in captions_for(content):
        assert not _EUROPEAN.search(text_of(variant)), text_of(variant)


@pytest.mark.parametrize(
    "content",
    [
        "Estamos a receber encomendas de Natal até dia 15 na nossa loja de Lisboa.",
        "O nosso pequeno-almoço de domingo no Porto: torradas, galão e pastel de nata.",
    ],
)
def test_european_portuguese_posts_get_european_wording(content: str) -> None:
    for variant in captions_for(content):
        assert not _BRAZILIAN.search(text_of(variant)), text_of(variant)


def test_a_memorial_read_as_another_intent_gets_no_celebration_tags() -> None:
    variants = captions_for(
        "Filou, 15 ans. Tu es parti hier soir, tout doucement. Tu nous manques."
    )
    assert not tags_of(variants) & {"#anniversaire", "#célébration", "#celebration", "#fête"}


def test_a_tip_keeps_its_advice() -> None:
    variants = captions_for("Tip: soak your wooden chopping board in salt and lemon for 10 minutes")
    for variant in variants:
        assert "salt and lemon for 10 minutes" in text_of(variant), text_of(variant)


def test_romance_languages_write_on_in_lower_case_after_a_lead_colon() -> None:
    # (a lead goes only before a heading, not before the account's own sentence)
    variants = captions_for(
        "La tarta de la semana en La Parra: queso y frambuesa, 4 € la porción. "
        "Solo hasta el domingo."
    )
    hooks = [text_of(v).split("\n")[0] for v in variants]
    # (an opening that names the dish needs no lead; any lead writes on in lower case)
    assert all(": la tarta de la semana" in h or h.count("La tarta") == 1 for h in hooks)
    assert not any(": La tarta" in h for h in hooks), hooks
    assert all("La Parra" in text_of(v) for v in variants)


def test_an_abbreviation_does_not_cut_a_sentence_in_the_retelling() -> None:
    variants = captions_for(
        "Pine & Pestle Co. just raised $2,150 for Riverside Food Bank from your May orders. "
        "Thank you, all of you!"
    )
    for variant in variants:
        text = text_of(variant)
        assert not re.search(r"(?m)^Just raised", text), text
        assert "$2,150" in text, text


def test_a_german_date_is_never_cut_at_its_day() -> None:
    variants = captions_for(
        "Unser Laden bleibt am 21. Oktober geschlossen. Ab dem 22. Oktober sind wir wieder da."
    )
    for variant in variants:
        text = text_of(variant)
        assert "am 21. Oktober geschlossen" in text, text
        assert "Ab dem 22. Oktober" in text, text
        assert "\u2600" not in text, text  # a closure is a notice: no sunshine


def test_a_romance_noun_keeps_the_adjective_that_follows_it() -> None:
    variants = captions_for("burrata affumicata con pomodorini del nostro orto, oggi a pranzo 😋")
    for variant in variants:
        hook = text_of(variant).split("\n")[0]
        assert "burrata affumicata" in hook.lower(), hook


# -- round 3: what made a caption "need an edit" in the round 2 self-check ---------------


@pytest.mark.parametrize(
    ("content", "opening"),
    [
        (
            "We just launched Brightline Tent 3.0. Sets up in 90 seconds and packs to 1.2 kg.",
            "We just launched Brightline Tent 3.0.",
        ),
        (
            "Our bakery Korn & Krume turns 5 today. Thank you for every loaf you bought.",
            "Our bakery Korn & Krume turns 5 today.",
        ),
        (
            "Hoy abrimos La Tiendita del Puerto. Pan, café y flores desde las 8.",
            "Hoy abrimos La Tiendita del Puerto.",
        ),
    ],
)
def test_the_first_variant_retells_the_posts_own_opening(content: str, opening: str) -> None:
    """A person posts their own words first; a template hook around the subject
    ("Here's to Brightline Tent 3.0.") needs an edit."""
    first = text_of(captions_for(content)[0])
    assert first.startswith(opening), first


def test_the_second_variant_opens_with_its_emoji_not_a_generic_lead() -> None:
    variants = captions_for("Morning swim at Lake Orla, 2km in cold water. Hands still numb.")
    second = text_of(variants[1])
    opening = second.split("\n", 1)[0]
    assert opening.endswith("Morning swim at Lake Orla, 2km in cold water."), second
    assert not second[:1].isalnum(), second  # the emoji comes first


_GENERIC_CTA = re.compile(
    r"notific|benachrichtigung|if you liked it|si te ha gustado|s'il vous a plu|"
    r"se vi è piaciuto|se gostou|wenn es euch gefällt|say hi|saluda|dire bonjour|sagt hallo|"
    r"salutarci|um olá|salúdanos",
    re.IGNORECASE,
)


@pytest.mark.parametrize("language", ["en", "es", "de", "fr", "pt", "it"])
def test_no_call_to_action_is_generic_filler(language: str) -> None:
    """ "Turn on notifications…" and "share it if you liked it" fit no purpose."""

    tpl = templates(language)
    ctas = [f.text for pool in tpl.frames.get("cta", {}).values() for f in pool]
    assert ctas
    assert not [c for c in ctas if _GENERIC_CTA.search(c)]


def test_no_template_word_repeats_its_own_start() -> None:
    """'Comcompartilhe' (a dialect rewrite applied twice) is a broken word."""

    real = {"andando", "testes"}
    for language in ("en", "es", "de", "fr", "pt", "it"):
        tpl = templates(language)
        for section in ("hook", "line", "fact", "list", "cta", "lead"):
            for pool in tpl.frames.get(section, {}).values():
                for frame in pool:
                    doubled = re.findall(r"\b((\w{3,})\2\w*)", frame.text)
                    assert not [w for w, _ in doubled if w.lower() not in real], frame.text


def test_no_lead_goes_before_the_accounts_own_sentence() -> None:
    """ "We're so grateful: We turned 3 today!" says it twice; a lead only introduces a
    heading ("Training log: Deadlift PR today.")."""
    variants = captions_for(
        "We turned 3 today! Thank you to everyone who has walked through our doors."
    )
    hooks = [text_of(v).split("\n")[0] for v in variants]
    assert not [h for h in hooks if ": We turned" in h], hooks
    assert all("We turned 3 today!" in text_of(v) for v in variants)


def test_a_common_noun_from_the_body_is_not_made_the_subject_of_a_milestone() -> None:
    """'café' from "cada café" made "¿Te lo puedes creer? Café." on an anniversary."""
    variants = captions_for(
        "Hoy cumplimos 10 años. Gracias por cada visita, cada café y cada sonrisa."
    )
    for variant in variants:
        assert "Hoy cumplimos 10 años" in text_of(variant), variant.caption
        assert "Café" not in text_of(variant).split("\n")[0], variant.caption


def test_a_pet_looking_for_a_home_is_an_adoption_not_a_job() -> None:
    """ "looking for a" is a hiring cue; "looking for a home" about a beagle is not."""
    request = CaptionRequest(
        content="Meet Biscuit, a 2-year-old beagle looking for a home. Vaccinated and great "
        "with kids.",
        variants=3,
    )
    generated = ENGINES.generate_offline(request)
    assert generated.intent == "pets"
    assert not {"#hiring", "#jobs"} & {t.lower() for d in generated.drafts for t in d.hashtags}


def test_a_supplies_drive_for_a_family_shelter_is_a_cause_not_a_pet_post() -> None:
    request = CaptionRequest(
        content="This Saturday we collect school supplies for the Riverside Family Shelter. "
        "Drop them off at the shop 10-4.",
        variants=3,
    )
    generated = ENGINES.generate_offline(request)
    assert generated.intent == "charity"
    variants = finish(request, generated.drafts, generated.language)
    assert not [v for v in variants if "🐾" in v.caption or "#petsofinstagram" in v.hashtags]


def test_a_minus_sign_is_kept_in_a_retold_discount() -> None:
    variants = captions_for("Soldes d'été : -30 % sur toute la boutique jusqu'à dimanche.")
    assert all("-30 %" in text_of(v) for v in variants), [v.caption for v in variants]


@pytest.mark.parametrize(
    "content",
    [
        "Huge thanks to @greenleaf.farm for the strawberries in this week's tarts!",
        "Merci à tous pour votre soutien pendant ces 5 ans !",
        "Grazie di cuore a tutti quelli che sono venuti all'inaugurazione!",
    ],
)
def test_a_one_line_thank_you_is_said_in_its_own_words(content: str) -> None:
    """No "I'm so grateful:" / "Un piccolo aggiornamento:" before the account's thanks."""
    variants = captions_for(content)
    for variant in variants:
        first = text_of(variant).split("\n")[0]
        assert ":" not in first.split(content.split()[0])[0], variant.caption


def test_a_word_before_a_real_price_is_not_a_name() -> None:
    """'Arrecadamos R' (from "Arrecadamos R$ 3.200") was made the subject and a tag."""
    variants = captions_for(
        "Obrigada a todas as clientes que vieram ao nosso bazar beneficente! "
        "Arrecadamos R$ 3.200 para a Casa Esperança."
    )
    assert not [t for t in tags_of(variants) if "arrecadamos" in t]
    for variant in variants:
        assert "Arrecadamos R " not in variant.caption
        assert "Arrecadamos R." not in variant.caption
        assert "R$ 3.200" in variant.caption, variant.caption


def test_a_portuguese_recruitment_is_a_job_post() -> None:
    request = CaptionRequest(
        content="Recrutamos: rececionista a tempo inteiro no Hotel Atlântico, em Lisboa. "
        "Enviem o CV para rh@hotelatlantico.pt",
        variants=3,
    )
    assert ENGINES.generate_offline(request).intent == "hiring"


def test_a_retelling_never_starts_a_sentence_with_a_relative_clause() -> None:
    """ "Che dopo 38 anni va in pensione: …" cut from "…alla maestra Lucia, che dopo …"."""
    variants = captions_for(
        "Un grazie enorme alla maestra Lucia, che dopo 38 anni va in pensione: ha insegnato "
        "a leggere a mezzo paese, me compreso."
    )
    for variant in variants:
        assert not re.search(r"(^|\n|\. )Che ", text_of(variant)), variant.caption


def test_a_thank_you_asks_for_thanks_not_for_a_generic_action() -> None:
    """ "Diteci cosa vi piacerebbe vedere ora." / "Dale a guardar" fit no thank-you."""
    generic = re.compile(r"vedere ora|a guardar|see next|for later|per dopo", re.IGNORECASE)
    for content in (
        "Un grazie enorme alla maestra Lucia, che dopo 38 anni va in pensione.",
        "Gracias a todos los que vinisteis ayer a la inauguración. Fue increíble veros.",
        "Huge thanks to everyone who came to the open day on Saturday. You made it.",
    ):
        for variant in captions_for(content):
            assert not generic.search(variant.caption), variant.caption


def test_a_long_heading_keeps_its_date_whole() -> None:
    """'…am Samstag.' then '21. Juni, 14-18 Uhr: …' cut the date across two lines."""
    variants = captions_for(
        "Sommerfest im Garten der Kita Sonnenschein in Lindenau am Samstag, 21. Juni, "
        "14\u201318 Uhr: "
        "Hüpfburg, Kuchen, Kinderschminken."
    )
    for variant in variants:
        assert not re.search(r"(^|\n)21\. Juni", text_of(variant)), variant.caption
        assert "Samstag, 21. Juni" in text_of(variant), variant.caption


def test_a_retelling_never_falls_back_to_a_generic_lead() -> None:
    """ "Les dernières nouvelles : Tenue du jour." when fashion has no lead of its own."""
    generic = re.compile(r"dernières nouvelles|en bref|mise à jour|fresh on the grid|latest")
    for content in (
        "Tenue du jour : trench beige, marinière, jean droit et mocassins. Le classique.",
        "Project reveal: a 1920s cottage in Elm Vale, opened up into one bright room.",
    ):
        for variant in captions_for(content):
            assert not generic.search(text_of(variant).lower()), variant.caption


def test_a_shop_closing_its_doors_is_a_notice_never_a_celebration() -> None:
    variants = captions_for(
        "After 22 years, Harbour Books will close its doors on 30 June. Thank you for every "
        "story you took home.",
        tone="playful",
    )
    for variant in variants:
        assert "🎉" not in variant.caption, variant.caption
        assert not {"#celebration", "#anniversary"} & set(variant.hashtags), variant.caption
        assert "Tag a friend" not in variant.caption, variant.caption


def test_a_closed_campaign_is_good_news_not_a_notice() -> None:
    variants = captions_for(
        "Ayer cerramos la campaña: 1.240 kilos de comida para el Banco de Alimentos de Vigo. "
        "¡Gracias!"
    )
    for variant in variants:
        assert "comprensión" not in variant.caption, variant.caption  # not "thanks for bearing"
        assert "Aviso" not in variant.caption, variant.caption


def test_a_german_date_range_is_never_cut_at_its_first_day() -> None:
    variants = captions_for("Wir haben geschlossen vom 24. bis 27. Dezember. Frohe Weihnachten!")
    for variant in variants:
        assert "vom 24. bis 27. Dezember" in variant.caption, variant.caption


@pytest.mark.parametrize(
    ("content", "opening"),
    [
        (
            "Shoutout to @millie.bakes for the wedding cake at Rosa and Tom's wedding 🎂",
            "Shoutout to @millie.bakes",
        ),
        (
            "Post about our winter coat drive for St Anne's shelter, drop-off at the café "
            "until 20 Dec",
            "Our winter coat drive",
        ),
    ],
)
def test_the_opening_is_the_accounts_words_not_a_lead_or_the_briefs_ask(
    content: str, opening: str
) -> None:
    first = text_of(captions_for(content)[0])
    assert first.startswith(opening), first
    assert not first.lower().startswith("post about"), first


def test_no_weekday_tag_and_no_gender_slash_in_a_tag() -> None:
    """#Friday from "Black Friday"; #CamareroA from "camarero/a"."""
    tags = tags_of(captions_for("Black Friday na Loja Girassol: 50% em tudo, só hoje!"))
    assert "#friday" not in tags, tags
    tags = tags_of(
        captions_for(
            "Se busca camarero/a para fines de semana en Bar Pesca. Apúntate por mensaje directo."
        )
    )
    assert "#camareroa" not in tags, tags


def test_a_first_birthday_in_portuguese_is_a_milestone_not_food() -> None:
    request = CaptionRequest(
        content="Completamos 1 ano de Café Jabuticaba! Sábado tem bolo grátis pra todo mundo.",
        variants=3,
    )
    assert ENGINES.generate_offline(request).intent == "milestone"


def test_no_lead_before_a_story_that_opens_in_time() -> None:
    """ "Estamos muy agradecidos: Hace cinco años abrimos …" says it twice."""
    variants = captions_for(
        "Hace cinco años abrimos Librería La Tortuga. Gracias por cada libro y cada charla."
    )
    for variant in variants:
        assert ": Hace" not in variant.caption, variant.caption
