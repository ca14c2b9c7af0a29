"""Reading a post: language, whole names, facts, intent, voice — on the issue's own examples."""

from __future__ import annotations

import pytest

from captions import LANGUAGES, detect_language, read_post


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Leg day at Iron Temple gym. New PR on squats: 140 kg!", "en"),
        ("Hoy cenamos paella en casa de la abuela en Valencia.", "es"),
        ("Neue Kollektion ab Freitag im Laden", "de"),
        ("Nouvelle collection ce samedi à la boutique", "fr"),
        ("Bolo de cenoura da vovó, receita de família", "pt"),
        ("Pasta fresca fatta in casa per la cena di stasera", "it"),
    ],
)
def test_the_language_is_detected_from_function_words_and_letters(text: str, language: str) -> None:
    assert detect_language(text)[0] == language
    assert read_post(text).language == language


def test_a_post_with_nothing_to_tell_is_english_with_no_confidence() -> None:
    assert detect_language("🌅🏖️") == ("en", 0.0)
    assert set(LANGUAGES) == {"en", "es", "de", "fr", "pt", "it"}


def test_names_are_kept_whole_and_the_side_detail_is_not_the_subject() -> None:
    gym = read_post("Leg day at Iron Temple gym. New PR on squats: 140 kg!")
    assert gym.intent == "fitness"
    assert gym.subject.text == "Iron Temple"
    assert "140 kg" in gym.quantities
    trattoria = read_post("Dinner at Luigi's Trattoria: handmade pappardelle and tiramisu.")
    assert trattoria.intent == "food"
    assert trattoria.subject.text == "Luigi's Trattoria"
    launch = read_post("Launching our new AirBeat Pro earbuds: 30 hours of battery.")
    assert launch.intent == "product_launch"
    assert launch.subject.text == "AirBeat Pro"
    assert launch.voice == "we"
    wedding = read_post("Marco and Giulia got married under the olive trees in Puglia.")
    assert wedding.subject.text == "Marco and Giulia"
    assert wedding.place == "Puglia"
    assert "wedding" in wedding.flags


def test_versions_places_and_roles_are_whole_phrases() -> None:
    assert read_post("Taktwerk 1.0 ist live!").subject.text == "Taktwerk 1.0"
    hiring = read_post("We're hiring a Senior Backend Engineer (Python) at Quillstack.")
    assert hiring.intent == "hiring"
    assert hiring.subject.text == "Senior Backend Engineer"
    trail = read_post("Three days hiking the Kessel Ridge trail with Marta.")
    assert trail.subject.text == "Kessel Ridge trail"


def test_dates_times_prices_percents_and_codes_are_facts() -> None:
    event = read_post("Paper Lanterns live at The Velvet Fox, Sat 14 June, 7pm. Tickets £12.")
    assert event.intent == "event"
    assert event.when == "14 June, 7pm"
    assert event.price == "£12"
    sale = read_post("Winter sale: everything 30% off with code WARM30 until Sunday.")
    assert sale.intent == "sale"
    assert sale.percent == "30%"
    assert sale.code == "WARM30"


def test_lists_are_found_only_when_the_post_lists_things() -> None:
    haul = read_post(
        "Farmers market haul: heirloom tomatoes, fresh basil, peaches and wildflower honey."
    )
    assert haul.items == ("heirloom tomatoes", "fresh basil", "peaches", "wildflower honey")
    assert read_post("Sourdough finally worked! The starter is named Gerald.").items == ()


def test_a_loss_is_read_as_sensitive_and_an_adoption_as_such() -> None:
    memorial = read_post("Rest easy, Pepper. Fifteen years of muddy paws. We miss you.")
    assert memorial.sensitive
    adoption = read_post("Biscuit is looking for a forever home! Adopt him at Happy Paws Shelter.")
    assert adoption.intent == "pets"
    assert "adoption" in adoption.flags
    assert adoption.subject.text == "Biscuit"


def test_emoji_only_posts_are_read_through_what_the_emoji_mean() -> None:
    graduation = read_post("🎓🎉📜")
    assert graduation.intent == "milestone"
    assert graduation.subject.text == "graduation"
    dog = read_post("🐶🎾🌳☀️")
    assert dog.intent == "pets"


@pytest.mark.parametrize(
    ("content", "kept"),
    [
        ("Adoption fee €80 incl. vaccines. She loves naps.", "Adoption fee €80 incl. vaccines"),
        ("Preis 25 € inkl. Versand. Nur diese Woche.", "Preis 25 € inkl. Versand"),
        ("Doors at 7 p.m. sharp. Bring a friend.", "Doors at 7 p.m. sharp"),
        ("Prezzo 12 € ecc. tutto incluso. Vi aspettiamo.", "Prezzo 12 € ecc. tutto incluso"),
    ],
)
def test_an_abbreviations_dot_does_not_cut_a_sentence(content: str, kept: str) -> None:
    # "Adoption fee €80 incl." was written as a sentence of its own
    assert kept in read_post(content).sentences[0]


@pytest.mark.parametrize(
    "content",
    [
        "Unser Café wird 3! Am Samstag gibt's Kuchen für alle.",
        "Nuestro bar cumple 5 años. Tapas gratis el sábado.",
    ],
)
def test_a_business_reaching_an_age_is_a_milestone_over_what_it_serves(content: str) -> None:
    # "Unser Café wird 3!" was food ("Würdet ihr es probieren?")
    assert read_post(content).intent == "milestone"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "DROP domenica ore 21:00: felpe in edizione limitata, 40 € l'una, "
            "solo online su volperossaclub.it",
            "it",
        ),
        ("Neue Kollektion ab Montag, alles auf shop.example.com", "de"),
    ],
)
def test_links_do_not_vote_and_elisions_are_italian_too(text: str, language: str) -> None:
    # the ".it" of a link read as English "it", and "l'una" as French: French captions
    assert detect_language(text)[0] == language


def test_a_minus_sign_after_a_break_is_kept() -> None:
    # "👢 -40 % en botas" became "40 % en botas": a discount turned into a figure
    post = read_post("REBAJAS en Calzados Toro 👢 -40 % en botas y -25 % en sandalias.")
    assert post.sentences[1].startswith("-40 % en botas")
    assert read_post("Packing list:\n- 2 tents\n- 4 mats").sentences[1] == "2 tents"


@pytest.mark.parametrize(
    "content",
    [
        "Corri per il Canile, 8 km domenica. Tutto il ricavato va al canile di Opicina.",
        "Spendenlauf am Sonntag, 5 km um den See. Der gesamte Erlös geht an das Tierheim.",
        "Cena el viernes: todo lo recaudado irá al comedor social del barrio.",
    ],
)
def test_what_is_raised_for_a_cause_makes_the_post_charity(content: str) -> None:
    # the Italian run for a kennel was a pet post: "Potresti dare una casa a Canile?"
    post = read_post(content)
    assert post.intent == "charity"
    assert post.subject.text != "Canile"  # written as a noun later: "al canile"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("L'Orto Felice apre domenica a Bologna.", "L'Orto Felice"),
        ("D'Amico's Deli turns 30 this week!", "D'Amico's Deli"),
        ("Dîner ce soir chez L\u2019Épicerie Dorée, à Nantes.", "L\u2019Épicerie Dorée"),
    ],
)
def test_a_name_opened_by_an_elided_article_is_kept_as_written(text: str, name: str) -> None:
    assert name in [n.text for n in read_post(text).names]


def test_a_lower_case_elided_article_before_a_name_is_not_part_of_it() -> None:
    names = [n.text for n in read_post("Cena di pesce all'Osteria Da Rino, stasera.").names]
    assert "Osteria Da Rino" in names


@pytest.mark.parametrize(
    ("text", "venue", "district"),
    [
        (
            "Nouveau menu à L'Ardoise Gourmande : tartare et frites maison à 14 €. "
            "Ouvert du lundi au vendredi, 12 h\u201314 h, Batignolles.",
            "L'Ardoise Gourmande",
            "Batignolles",
        ),
        (
            "Smoothie bowls all week at Green Lantern: mango-chia for $9. "
            "Open Tue-Sun, 8am-2pm, Eastside.",
            "Green Lantern",
            "Eastside",
        ),
    ],
)
def test_the_district_closing_the_opening_hours_is_where_not_the_subject(
    text: str, venue: str, district: str
) -> None:
    post = read_post(text)
    assert post.subject.text == venue
    assert (district, "address") in [(n.text, n.kind) for n in post.names]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Our autumn seed swap is on Saturday, October 12, 10am-2pm at Maple Street Library.",
            "Our autumn seed swap",
        ),
        (
            "Our riverside cleanup is on Sunday, May 4, 9am-12pm at Mill Pond Park.",
            "Our riverside cleanup",
        ),
        (
            "Notre troc de livres a lieu samedi 12 avril, de 10h à 13h, à la Maison des "
            "Associations.",
            "Notre troc de livres",
        ),
        (
            "A nossa feira de trocas é no sábado, 3 de maio, das 10h às 13h, no Centro "
            "Cultural Alvorada.",
            "A nossa feira de trocas",
        ),
        (
            "Il nostro baratto di libri è domenica 6 aprile, dalle 10 alle 13, alla Biblioteca "
            "Rionale.",
            "Il nostro baratto di libri",
        ),
        (
            "Nuestro trueque de plantas es el domingo 9 de marzo, de 11 a 14h, en el Centro "
            "Cívico Las Delicias.",
            "Nuestro trueque de plantas",
        ),
    ],
)
def test_a_dated_gathering_the_post_opens_with_is_the_event_and_its_subject(
    text: str, subject: str
) -> None:
    post = read_post(text)
    assert post.intent == "event"
    assert post.subject.text == subject


def test_a_german_swap_with_a_date_is_an_event() -> None:
    post = read_post("Unser Kleidertausch ist am Samstag, 5. April, 14-17 Uhr im Haus Linden.")
    assert post.intent == "event"
    assert post.subject.text == "Unser Kleidertausch"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Trattoria Il Mulino cerca un cameriere per il fine settimana. Scrivici in DM!", "hiring"),
        ("Board game night at Pizzeria Vesuvio: Thursday from 7pm, bring your friends.", "event"),
        ("Soirée jeux de société à la Crêperie Ti Breizh, mercredi dès 19h.", "event"),
        ("Fitness Factory Nord sucht eine Aushilfe für den Empfang, 10 Std./Woche.", "hiring"),
        ("Book club meets at Bakery Hansen on Monday at 6pm: this month, Kafka.", "event"),
    ],
)
def test_a_word_of_a_business_name_does_not_say_what_the_post_is_for(
    text: str, intent: str
) -> None:
    post = read_post(text)
    assert post.intent == intent
    assert post.intent_scores.get("food", 0.0) == 0.0


def test_the_verb_after_a_gathering_ends_its_phrase() -> None:
    post = read_post("Book club meets at Bakery Hansen on Monday at 6pm: this month, Kafka.")
    assert post.subject.text == "Book club"


def test_a_business_name_still_says_what_the_post_is_for_when_nothing_else_does() -> None:
    assert read_post("Ci vediamo all'Osteria Da Franco stasera.").intent == "food"


def test_the_trade_that_opens_a_name_is_part_of_it() -> None:
    post = read_post("Cafetería Sol busca camarero con experiencia para los fines de semana.")
    assert "Cafetería Sol" in [n.text for n in post.names]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Salsa night is back! Every Saturday from 9pm at the Riverside Hotel.", "Salsa night"),
        ("Noche de monólogos en el Bar La Parra, viernes a las 22h.", "Noche de monólogos"),
        ("Soirée salsa au Bar Le Havane, vendredi 21h.", "Soirée salsa"),
        ("Noite de fados no Restaurante Alfama Velha, sexta às 21h.", "Noite de fados"),
        ("Serata swing al Circolo Arci Pianella, venerdì dalle 21.", "Serata swing"),
    ],
)
def test_the_gathering_the_opening_names_beats_the_venue_it_is_at(text: str, subject: str) -> None:
    post = read_post(text)
    assert post.intent == "event"
    assert post.subject.text == subject


def test_news_about_a_venue_is_no_gathering_phrase() -> None:
    post = read_post("Big schedule update at Fern Gym from Monday 7 April: new classes at 7am!")
    assert post.subject.text != "Big schedule update"


@pytest.mark.parametrize(
    ("text", "region"),
    [
        (
            "Acaba de llegar nuestro nuevo queso curado, hecho con leche de oveja de Zamora.",
            "Zamora",
        ),
        ("Nouveau : notre pain au levain, fait avec de la farine de Beauce.", "Beauce"),
        ("Il nostro nuovo olio extravergine, fatto con olive di Sardegna, è arrivato.", "Sardegna"),
        (
            "Chegou o nosso novo pão de milho, feito com farinha de Trás-os-Montes.",
            "Trás-os-Montes",
        ),
        ("New in: our rye sourdough made with flour of Kent.", "Kent"),
    ],
)
def test_where_what_a_thing_is_made_with_comes_from_is_no_subject(text: str, region: str) -> None:
    post = read_post(text)
    assert (region, "origin") in [(n.text, n.kind) for n in post.names]
    assert post.subject.text != region


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Serata giochi all'Osteria del Ponte, giovedì alle 20. Portate gli amici!",
            "Serata giochi",
        ),
        (
            "Corso di pasta fresca alla Bottega Sfoglia, sabato alle 10. Posti limitati!",
            "Corso di pasta fresca",
        ),
        (
            "Clase de cocina japonesa en el Estudio Umami, sábado a las 11h.",
            "Clase de cocina japonesa",
        ),
    ],
)
def test_a_class_or_a_night_at_a_venue_is_the_event_not_the_venue(text: str, subject: str) -> None:
    post = read_post(text)
    assert post.intent == "event"
    assert post.subject.text == subject
