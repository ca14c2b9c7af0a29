# ruff: noqa: RUF001 (the posts are written with real en dashes, as people write prices)
"""The failure classes of the second blind review (docs/captions-blind2-review.md) as
behaviour tests, over posts invented for these tests (none is a post of a blind set).

Each rule is general: intent weighed across the whole post (an apology anywhere, a trip
that names its places, a special that lowers no price), the subject never a describing
word or a list's first item, sentences never cut inside brackets, no claim or channel
the post does not give, calls to action that never repeat the post's own, no lead
stacked before an opening that already says what it is.
"""

from __future__ import annotations

import re

import pytest

from captions import CaptionRequest, read_post
from captions._sure import confidence

from .helpers import ENGINES, captions_for, hooks_of, text_of


@pytest.mark.parametrize(
    "content",
    [
        "We're looking for two data analysts (hybrid in Leeds. £40–50k) to join our "
        "insights team. Apply by 12 May: acmeinsight.io/jobs",
        "We're looking for two data analysts (hybrid in Leeds, £40–50k) to join our "
        "insights team. Apply by 12 May: acmeinsight.io/jobs",
    ],
)
def test_a_sentence_is_never_cut_inside_brackets(content: str) -> None:
    for variant in captions_for(content, emoji=True):
        text = text_of(variant)
        aside = re.search(r"\(hybrid in Leeds[.,] £40–50k\)", text)
        assert aside, text
        assert "\n" not in text[text.index("(") : text.index(")")], text


def test_a_nationality_before_a_dish_is_never_the_subject() -> None:
    post = read_post(
        "Our new lunch board from Monday: Greek salad, falafel wraps and Sicilian arancini. "
        "Served 12–3 daily."
    )
    assert post.subject.text.lower() not in ("greek", "sicilian"), post.subject
    assert not any(n.text in ("Greek", "Sicilian") for n in post.names), post.names
    for hook in hooks_of(
        captions_for(
            "Our new lunch board from Monday: Greek salad, falafel wraps and Sicilian "
            "arancini. Served 12–3 daily."
        )
    ):
        assert not re.search(r"(?i)about greek|greek\.|greek\?|greek,", hook), hook


def test_the_first_item_of_a_list_is_not_a_name() -> None:
    post = read_post(
        "Il trucco del pesto perfetto? Niente frullatore. Basilico, pinoli, aglio e olio, "
        "poi il parmigiano a mano."
    )
    assert post.subject.text.lower() != "basilico", post.subject
    assert post.intent == "tip", post.intent


def test_a_trip_that_names_its_places_is_travel_not_fitness() -> None:
    content = (
        "Ten days in Portugal and I'm not ready to be home. Lisbon trams at dawn, a lot of "
        "walking in Sintra, surf lessons in Ericeira and a long lazy swim in Lagos."
    )
    assert read_post(content).intent == "travel"
    for variant in captions_for(content, emoji=True, hashtags=5):
        assert "💪" not in variant.caption, variant.caption
        assert not {"#fitness", "#training"} & {t.lower() for t in variant.hashtags}


def test_a_dish_for_this_weekend_only_is_a_special_not_a_sale() -> None:
    content = "Lobster rolls this weekend only at Harbour Shack, £18."
    assert read_post(content).intent != "sale"
    for variant in captions_for(content, emoji=True):
        assert "🏷️" not in variant.caption, variant.caption
        assert "£18" in variant.caption, variant.caption


def test_an_apology_anywhere_in_the_post_is_said_as_an_apology() -> None:
    content = (
        "On Monday our booking page showed the wrong times and some classes were "
        "double-booked. We're really sorry for the mix-up. Everyone affected has been "
        "emailed a free class credit."
    )
    assert confidence(read_post(content)).notice_kind == "apology"
    for variant in captions_for(content, emoji=True):
        text = text_of(variant)
        assert not re.search(r"(?i)behind the scenes|follow|save this|tag|share", text), text
        assert "🎬" not in text, text
        assert "🎉" not in text, text
        assert "free class credit" in text, text


def test_a_sell_out_in_a_thank_you_is_good_news_not_a_notice() -> None:
    content = (
        "Thank you to everyone who came to the spring fair yesterday — our candles sold "
        "out by noon! See you at the summer one."
    )
    assert not confidence(read_post(content)).notice
    for variant in captions_for(content):
        assert not re.search(r"(?i)patience|bearing with us|questions\?", variant.caption)


def test_a_closure_is_not_closed_with_a_delay_line() -> None:
    content = (
        "After 8 years, Fern & Fig Bakery will close its doors on 30 June. Thank you for "
        "every loaf and every chat."
    )
    assert confidence(read_post(content)).notice_kind == "closure"
    for variant in captions_for(content):
        assert not re.search(r"(?i)patience|bearing with us|quick note", variant.caption)
        assert "30 June" in variant.caption


def test_an_email_is_the_posts_contact_no_link_in_bio_is_invented() -> None:
    content = (
        "We're looking for a weekend barista at Moss Coffee, 16 hours a week. "
        "Send your CV to jobs@mosscoffee.co.uk."
    )
    for variant in captions_for(content):
        assert "bio" not in variant.caption.lower(), variant.caption
        assert variant.caption.count("CV") == 1, variant.caption
        assert "jobs@mosscoffee.co.uk" in variant.caption


def test_a_call_to_action_the_post_already_gives_is_not_repeated() -> None:
    content = (
        "Cerchiamo un cuoco per il nostro ristorante a Torino. Full time, da martedì a "
        "domenica. Scriveteci in DM."
    )
    for variant in captions_for(content, language="it"):
        assert variant.caption.count("DM") == 1, variant.caption
        assert not re.search(r"(?i)scriv\w+ un messaggio", variant.caption), variant.caption


def test_a_preorder_is_never_said_to_be_here() -> None:
    content = (
        "Pre-orders open today for the Fjell 3 tent, shipping 10 October. 2.1 kg, sleeps "
        "two, €399 at fjellgear.com/fjell3"
    )
    for variant in captions_for(content, tone="promotional"):
        text = text_of(variant)
        assert not re.search(r"(?i)finally here|is here|out now|get yours|\bbio\b", text), text
        assert "fjellgear.com/fjell3" in text, text


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("Grey drizzly morning, hot tea and a good book.", None),
        ("Aperitivo sul terrazzo a Napoli. Prima che arrivi il temporale.", "it"),
    ],
)
def test_no_sunny_emoji_on_a_rainy_post(content: str, language: str | None) -> None:
    for variant in captions_for(content, emoji=True, language=language):
        assert "☀" not in variant.caption, variant.caption
        assert "🌞" not in variant.caption, variant.caption


def test_a_lone_clause_is_joined_to_its_sentence() -> None:
    content = "Aperitivo sul terrazzo a Napoli. Prima che arrivi il temporale."
    for variant in captions_for(content, language="it"):
        text = text_of(variant)
        assert "Napoli, prima che arrivi il temporale" in text, text
        assert not re.search(r"(?m)^\W*Prima che", text), text


@pytest.mark.parametrize(
    ("content", "stacked"),
    [
        ("Tonight's special at Brasa: grilled octopus with smoked potatoes, £19.", ": Tonight"),
        ("Flash sale: 20% off all candles today only.", ": Flash sale"),
        ("Cerchiamo un barista per il nostro bar a Verona. Part time, weekend.", ": cerchiamo"),
    ],
)
def test_no_lead_before_an_opening_that_already_says_what_it_is(content: str, stacked: str) -> None:
    for hook in hooks_of(captions_for(content, emoji=True)):
        assert stacked.lower() not in hook.lower(), hook


def test_a_describing_word_of_a_side_detail_gives_no_emoji() -> None:
    content = "Tonight at Olm: roast duck breast, cherries and a port wine sauce. 18 covers."
    for variant in captions_for(content, emoji=True):
        assert "🍷" not in variant.caption, variant.caption


def test_wood_is_not_madeira_a_brazilian_post_stays_brazilian() -> None:
    content = "Cantinho de leitura pronto no quarto. Madeira clara, almofadas e luz da tarde."
    for variant in captions_for(content, language="pt"):
        assert not re.search(r"Partilhe|Identifique|Guarde", variant.caption), variant.caption


def test_a_pet_at_home_for_years_is_not_up_for_adoption() -> None:
    post = read_post(
        "Bello ist jetzt seit zwei Jahren bei uns. Aus dem schüchternen Welpen ist ein "
        "Clown geworden.",
        "de",
    )
    assert "adoption" not in post.flags


def test_a_trade_before_a_first_name_makes_a_person() -> None:
    post = read_post(
        "So entsteht bei uns eine Torte: Boden backen, zwei Stunden kühlen, dann die Creme. "
        "Konditorin Lea zeigt euch heute in der Story jeden Schritt.",
        "de",
    )
    assert post.intent == "behind_the_scenes", post.intent
    assert [n.kind for n in post.names if n.text == "Konditorin Lea"] == ["person"], post.names
    assert post.subject.text != "Konditorin Lea"


def test_a_sentence_naming_a_place_is_a_fact_kept_in_a_short_caption() -> None:
    content = (
        "Winter sale at Velo Nord: all jackets 30% off until Sunday. Test rides any time "
        "at our shop in Leith."
    )
    for variant in captions_for(content, length="short"):
        assert "Leith" in variant.caption, variant.caption


def test_a_question_opening_keeps_its_short_answer() -> None:
    content = (
        "The secret to crispy roast potatoes? Semolina. Parboil them for 8 minutes, shake "
        "them, then roast at 220°C."
    )
    assert read_post(content).intent == "tip"
    hooks = hooks_of(captions_for(content))
    assert any("potatoes? Semolina." in h for h in hooks), hooks


def test_an_inline_numbered_list_is_laid_out_one_line_per_item() -> None:
    content = (
        "4 things I learned fermenting hot sauce. 1) weigh the salt, 2) keep the peppers "
        "under the brine, 3) burp the jar daily and 4) wait at least two weeks."
    )
    for variant in captions_for(content):
        text = text_of(variant)
        assert "\n1) Weigh the salt\n2) Keep the peppers under the brine\n" in text, text
        assert "\n4) Wait at least two weeks" in text, text


def test_no_generic_lead_goes_before_a_long_opening() -> None:
    content = "Passeggiata sul lungomare di Trieste, prima che arrivi la bora."
    for hook in hooks_of(captions_for(content, language="it", emoji=True)):
        assert hook.lstrip("☕🌊✨ ").startswith("Passeggiata"), hook


def test_a_salon_booking_gets_no_shop_or_wear_call_to_action() -> None:
    content = (
        "Gloss season at Fern Hair Room: a glossing treatment with every cut this month, "
        "from $90. Book with Mia via the link in bio."
    )
    for variant in captions_for(content, tone="promotional"):
        text = text_of(variant)
        assert not re.search(r"(?i)shop|wear it|wear this", text), text
        assert text.lower().count("link in bio") == 1, text


def test_a_closure_for_a_day_is_a_notice_not_a_goodbye() -> None:
    content = "Hoy cerramos por vacaciones del personal. Volvemos el lunes a las 9h."
    assert confidence(read_post(content, "es")).notice_kind == "notice"
    for variant in captions_for(content, language="es"):
        assert not re.search(r"(?i)recuerdo|historia", variant.caption), variant.caption


def test_a_maintenance_window_is_a_notice_not_an_everyday_moment() -> None:
    content = "Our booking site will be down for maintenance on Monday from 2am to 4am. Sorry!"
    sure = confidence(read_post(content))
    assert sure.notice, sure
    for variant in captions_for(content, emoji=True):
        text = text_of(variant)
        assert not re.search(r"(?i)how's your day|joy|still affected", text), text
        assert "☀" not in text, text


def test_a_new_animal_of_the_house_is_a_pet_not_a_product_launch() -> None:
    content = "Meet Olive, our new studio cat. She's 12 weeks old and already owns the sofa."
    assert read_post(content).intent == "pets"
    for variant in captions_for(content):
        assert not re.search(r"(?i)waiting for this|get yours|new release", variant.caption)


def test_a_town_is_never_the_product_of_a_launch() -> None:
    post = read_post(
        "Nuova linea di saponi disponibile da lunedì 6 maggio: 5 profumi, tutti fatti a mano "
        "a Matera.",
        "it",
    )
    assert post.subject.text != "Matera", post.subject


def test_a_comma_before_the_rest_of_a_list_is_not_a_sentence_break() -> None:
    content = "Thank you Brookside Dairy for the milk, the cream and the early morning deliveries!"
    for variant in captions_for(content):
        assert "the milk, the cream and the early morning deliveries" in variant.caption


def test_a_lone_price_joins_the_sentence_it_prices() -> None:
    content = "Ce midi : velouté de potimarron, pain au levain et tarte aux pommes. 16 €."
    for variant in captions_for(content, language="fr"):
        assert not re.search(r"(?m)^16 €", text_of(variant)), variant.caption
        assert "16 €" in variant.caption


def test_memories_are_asked_for_only_after_a_long_story() -> None:
    content = "New 5k personal best this morning: 22:41. Three months ago it was 26 minutes."
    for variant in captions_for(content, variants=5):
        assert not re.search(r"(?i)memor|from the start", variant.caption), variant.caption


def test_weeks_in_a_country_are_travel_in_french() -> None:
    post = read_post("Deux semaines au Portugal : Lisbonne, Porto et la vallée du Douro.", "fr")
    assert post.intent == "travel", post.intent


def test_a_code_the_post_already_asks_to_use_is_not_asked_again() -> None:
    content = "Promo de verão: 15% de desconto em todos os biquínis até sexta. Use o cupom SOL15."
    for variant in captions_for(content, language="pt"):
        assert variant.caption.count("SOL15") == 1, variant.caption


def test_a_cancellation_that_says_sorry_stays_a_cancellation() -> None:
    content = (
        "We're sorry to say tonight's pottery class is cancelled as our kiln is broken. "
        "Classes resume on Thursday."
    )
    sure = confidence(read_post(content))
    assert sure.notice_kind == "notice", sure
    for variant in captions_for(content):
        assert not re.search(r"(?i)owe you an apology|still affected", variant.caption)


def test_a_weekend_project_is_asked_for_only_after_making_something() -> None:
    content = "Quiet evening on the balcony. Candles, a blanket and the city lights."
    for variant in captions_for(content, variants=5):
        assert "project" not in variant.caption.lower(), variant.caption


def test_which_tip_first_is_asked_only_after_several_tips() -> None:
    content = (
        "Il trucco per un risotto cremoso? Brodo sempre caldo. Riso carnaroli, burro freddo "
        "e parmigiano alla fine."
    )
    for variant in captions_for(content, language="it", variants=5):
        assert "Quale consiglio" not in variant.caption, variant.caption


def test_a_club_that_writes_we_is_never_answered_in_the_first_person() -> None:
    content = (
        "Our Tuesday beginners' run club is back! 31 of you came out last night. Next run "
        "Tuesday 7pm from the park gates."
    )
    for variant in captions_for(content, variants=5):
        assert not re.search(r"(?i)tell me|let me know", variant.caption), variant.caption


def test_a_new_named_thing_is_a_launch_and_no_claim_is_invented() -> None:
    content = "New water bottle: the Ridge Flask"
    assert read_post(content).intent == "product_launch"
    for variant in captions_for(content, tone="promotional", length="long", variants=5):
        text = text_of(variant)
        assert not re.search(r"(?i)session|limited|tested every|sell out|in the books", text), text


def test_a_beach_clean_up_is_a_cause_not_a_trip() -> None:
    post = read_post("Giornata di pulizia del parco a Ferrara, sabato alle 10", "it")
    assert post.intent == "charity", post.intent


def test_a_one_line_description_keeps_its_details() -> None:
    content = "Slow-roasted tomato soup with basil oil and sourdough croutons"
    for variant in captions_for(content):
        assert "basil oil and sourdough croutons" in variant.caption, variant.caption


def test_a_one_line_event_keeps_its_day_time_and_place() -> None:
    content = "Noche de tango el sábado 14 a las 21h en el Bar Riviera"
    for variant in captions_for(content, language="es"):
        assert "sábado 14" in variant.caption, variant.caption
        assert "21h" in variant.caption, variant.caption
        assert "Bar Riviera" in variant.caption, variant.caption


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("Portes ouvertes dimanche", "fr"),
        ("Treino de costas feito", "pt"),
        ("Mercatino di Natale sabato", "it"),
    ],
)
def test_a_short_post_without_function_words_keeps_its_language(
    content: str, language: str
) -> None:
    request = CaptionRequest.model_validate({"content": content, "variants": 3})
    generated = ENGINES.generate_offline(request)
    assert generated.language == language, generated.language


def test_where_a_thing_comes_from_is_never_the_subject() -> None:
    post = read_post(
        "Spätschicht in der Backstube: 22 Uhr, 40 kg Mehl aus Italien, und das erste Brot "
        "gehört dem Team.",
        "de",
    )
    assert post.subject.text != "Italien", post.subject


def test_welcoming_a_new_colleague_is_not_a_job_ad() -> None:
    post = read_post(
        "Unser Team wächst: Wir begrüßen Mira, unsere neue Floristin aus Graz! Ab Dienstag "
        "bindet sie eure Sträuße.",
        "de",
    )
    assert post.intent != "hiring", post.intent


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("Ontem perdemos a nossa querida Lola, a cadela da loja, aos 14 anos.", "pt"),
        ("Stanotte ci ha lasciato Pippo, il gatto della libreria, a 16 anni.", "it"),
    ],
)
def test_a_loss_is_written_softly_in_every_language(content: str, language: str) -> None:
    for variant in captions_for(content, language=language, emoji=True):
        assert "🤍" in variant.caption or not re.search(r"[🎉🐾🐱🐶]", variant.caption)
        assert not re.search(r"(?i)envie a quem vai gostar|mandatelo|adorerebbe", variant.caption)


def test_money_raised_for_a_cause_is_charity_even_with_a_date() -> None:
    post = read_post(
        "Sabato 8 giugno pedaliamo per l'ospedale pediatrico. Abbiamo già raccolto 1.200 €: "
        "aiutateci ad arrivare a 3.000!",
        "it",
    )
    assert post.intent == "charity", post.intent


def test_an_announcing_label_stays_with_its_news() -> None:
    content = (
        "Exciting news: we're opening a second shop! From 3 May you'll find Loaf & Ladle "
        "on Quay Street too."
    )
    for hook in hooks_of(captions_for(content)):
        assert "we're opening a second shop" in hook, hook


def test_no_intent_lead_is_stacked_before_a_heading() -> None:
    content = "Una settimana in Puglia. Lecce, Otranto e Polignano. Orecchiette e mare ovunque."
    assert read_post(content, "it").intent == "travel"
    for hook in hooks_of(captions_for(content, language="it", variants=5, emoji=True)):
        assert ":" not in hook, hook


def test_a_priced_special_at_a_named_venue_may_invite_people_in() -> None:
    content = (
        "Tonight's special at Fennel: roast hake, crushed potatoes and salsa verde. "
        "Only 15 plates, £22."
    )
    assert read_post(content).voice == "we"
    ctas = {text_of(v).split("\n")[-1] for v in captions_for(content, variants=5)}
    assert not any(re.search(r"(?i)tell me|let me know", c) for c in ctas), ctas
