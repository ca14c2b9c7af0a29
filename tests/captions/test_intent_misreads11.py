"""Misreads whose ask would embarrass the account, on invented posts of each class: an
age range is who a course is for, not an anniversary; a flood or a closure that thanks
people for their messages is still a notice. Each rule a general cue in every language
it applies to, never a post's own words."""

from __future__ import annotations

import pytest

from captions import read_post
from captions._sure import confidence
from tests.captions.helpers import captions_for, tags_of


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Escuela de surf Ola Verde: cursos para niños de 7 a 12 años en julio, 120 € la "
            "semana. Inscripciones abiertas.",
            "es",
        ),
        (
            "Kletterhalle Nordwand: Ferienkurse für Kinder von 6 bis 11 Jahren, 5 Tage für "
            "150 €. Jetzt anmelden.",
            "de",
        ),
        (
            "Atelier Pinceau, Lyon : stages de dessin pour les 9-13 ans pendant les vacances, "
            "5 matinées à 95 €. Inscriptions ouvertes.",
            "fr",
        ),
        (
            "Oficina de cerâmica Barro Vivo: turmas para crianças dos 6 aos 10 anos aos "
            "sábados, 80 € por mês. Inscrições abertas.",
            "pt",
        ),
        (
            "Pottery camp at Clay Corner, ages 8\u201312, five mornings in August for $180. "
            "Sign up now.",
            "en",
        ),
        (
            "Circolo scacchi Torre Nera, Bologna: corso per bambini dai 7 ai 12 anni, 8 "
            "lezioni a 60 €. Iscrizioni aperte.",
            "it",
        ),
    ],
)
def test_an_age_range_is_no_anniversary(text: str, language: str) -> None:
    # "for children aged 8 to 12" says who a course is for: no business counting years
    post = read_post(text, language)
    assert post.intent != "milestone", post.intent_scores


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "A pipe burst in the shop overnight 😞 We're closed until Friday while it dries "
            "out. Thank you for all the kind messages. — Thread & Needle, Leeds",
            "en",
        ),
        (
            "Anoche entraron a robar en la tienda. Estaremos cerrados hasta el lunes. "
            "Gracias a todos por el apoyo. — Zapatería Luna",
            "es",
        ),
        (
            "Nach dem Brand in der Küche bleibt das Café bis Donnerstag geschlossen. Danke "
            "für eure lieben Nachrichten!",
            "de",
        ),
        (
            "L'atelier a été inondé par l'orage cette nuit, nous sommes fermés jusqu'à "
            "mercredi. Merci pour vos messages de soutien.",
            "fr",
        ),
        (
            "A loja alagou com a chuva de ontem, ficamos fechados até sexta. Obrigado pelas "
            "mensagens de carinho.",
            "pt",
        ),
        (
            "Stanotte si è allagato il negozio per il temporale, resteremo chiusi fino a "
            "giovedì. Grazie per i messaggi di affetto.",
            "it",
        ),
    ],
)
def test_a_closure_after_damage_is_a_notice_though_it_thanks(text: str, language: str) -> None:
    # thanks for the kind messages close a notice; they do not make it a celebration
    post = read_post(text, language)
    assert confidence(post).notice, (post.intent, post.intent_scores)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Mia's first swimming lesson this morning 🏊 she cried at first and came out "
            "laughing. So proud of this kid",
            "en",
        ),
        (
            "primera clase de natación de Lucas hoy 🏊 lloró al principio y salió riendo. qué "
            "orgullo de niño",
            "es",
        ),
        (
            "Annas erste Reitstunde heute 🐴 erst Tränen, dann wollte sie nicht mehr absteigen. "
            "So stolz auf unser Kind",
            "de",
        ),
        (
            "premier cours de judo de Léo ce matin 🥋 il a pleuré au début et il est ressorti en "
            "riant. fière de mon fils",
            "fr",
        ),
        (
            "primeira aula de ballet da Sofia hoje 🩰 chorou no começo e saiu sorrindo. orgulho "
            "da minha filha",
            "pt",
        ),
        (
            "prima lezione di nuoto di Giulia oggi 🏊 ha pianto all'inizio ed è uscita ridendo. "
            "orgogliosi della nostra bambina",
            "it",
        ),
    ],
)
def test_a_childs_first_lesson_is_a_family_moment(text: str, language: str) -> None:
    # someone else's first lesson (a child's, told by the family) is no training of one's
    # own: no "tag your training partner", no "what's your next goal?"
    post = read_post(text, language)
    assert post.intent == "everyday", post.intent_scores


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Full bike service at Spoke & Chain, $60 all this week. Drop it off Monday, pick it "
            "up Wednesday.",
            "en",
        ),
        (
            "Taller Rueda Libre: puesta a punto de bici a 30 € toda la semana. Tráela el lunes y "
            "llévatela el miércoles.",
            "es",
        ),
        (
            "Radhaus Kettenblatt: Fahrrad-Inspektion für 49 € die ganze Woche. Montag bringen, "
            "Mittwoch abholen.",
            "de",
        ),
        (
            "Atelier Vélo Rapide : révision complète de votre vélo à 45 € cette semaine. "
            "Déposez-le lundi, récupérez-le mercredi.",
            "fr",
        ),
        (
            "Oficina Pedal Certo: revisão completa da bicicleta por 35 € esta semana. Traga na "
            "segunda, busque na quarta.",
            "pt",
        ),
        (
            "Ciclofficina Raggio: tagliando completo della bici a 40 € tutta la settimana. "
            "Portatela lunedì, ritiratela mercoledì.",
            "it",
        ),
    ],
)
def test_a_priced_service_on_a_bike_is_no_training(text: str, language: str) -> None:
    # a shop servicing the reader's bike (or skis, or a treadmill) for a price sells a
    # service: the bike is the thing serviced, not one's own training
    post = read_post(text, language)
    assert post.intent != "fitness", post.intent_scores


@pytest.mark.parametrize(
    ("text", "language", "birthday", "anniversary"),
    [
        (
            "Grandma Edie turned 95 on Sunday and still beat us all at cards 🎂",
            "en",
            "#birthday",
            {"#milestone", "#anniversary"},
        ),
        (
            "Mi abuelo Paco cumplió 88 años el sábado y cantó toda la noche 🎂",
            "es",
            "#cumpleaños",
            {"#aniversario"},
        ),
        (
            "Unsere Oma Hilde ist am Samstag 90 geworden und hat bis Mitternacht gefeiert 🎂",
            "de",
            "#geburtstag",
            {"#jubiläum", "#meilenstein"},
        ),
        (
            "Papi Marcel a fêté ses 85 ans samedi et a chanté toute la soirée 🎂",
            "fr",
            "#anniversaire",
            set(),
        ),
        (
            "O vovô Zé fez 88 anos no sábado e cantou a noite inteira 🎂",
            "pt",
            "#aniversário",
            {"#conquista"},
        ),
        (
            "La bisnonna Ada ha compiuto 100 anni sabato e ha cantato tutta la sera 🎂",
            "it",
            "#compleanno",
            {"#anniversario", "#traguardo"},
        ),
    ],
)
def test_a_persons_birthday_is_tagged_a_birthday(
    text: str, language: str, birthday: str, anniversary: set[str]
) -> None:
    # a grandparent's 90th is a birthday, searched as one: no business anniversary tags
    tags = tags_of(captions_for(text, language=language))
    assert birthday in tags, tags
    assert not tags & anniversary, tags


def test_a_business_named_after_a_grandparent_keeps_its_anniversary() -> None:
    tags = tags_of(
        captions_for(
            "La Trattoria da Nonno Beppe compie 40 anni sabato: festa con tutti voi 🎂",
            language="it",
        )
    )
    assert "#compleanno" not in tags, tags


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Circolo velico Libeccio, Lerici: corsi di luglio, 6 giorni a 210 €. Iscrizioni "
            "aperte.",
            "it",
        ),
        (
            "Club nautique Alizé, La Rochelle : cours de kayak en juillet, 4 jours à 160 €. "
            "Réservez vite.",
            "fr",
        ),
        (
            "Escuela de piragüismo Remolino, Gijón: cursos de julio, 4 días a 140 €. "
            "Inscripciones abiertas.",
            "es",
        ),
        (
            "Escola de canoagem Remanso, Tomar: cursos em julho, 4 dias a 140 €. Inscrições "
            "abertas.",
            "pt",
        ),
        ("Kanuschule Strudel, Passau: Kurse im Juli, 4 Tage für 160 €. Jetzt anmelden.", "de"),
        ("Eddy Paddle School, Keswick: July courses, 4 days for £160. Sign up now.", "en"),
    ],
)
def test_days_at_a_price_are_no_trip(text: str, language: str) -> None:
    # "6 giorni a 210 €" counts a course's days and prices them; "6 giorni a Lerici" is
    # a stay: a price after the days is no place
    post = read_post(text, language)
    assert post.intent != "travel", post.intent_scores


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Smoked mackerel and kippers just out of the kiln 🐟 Shop open till 5 today.", "en"),
        ("Caballa y sardinas ahumadas recién salidas del horno 🐟 Abrimos hasta las 14.", "es"),
        ("Frisch geräucherte Makrele und Saibling aus dem Ofen 🐟 Verkauf heute bis 17 Uhr.", "de"),
        (
            "Truite et maquereau fumés tout juste sortis du fumoir 🐟 Boutique ouverte jusqu'à "
            "17 h.",
            "fr",
        ),
        ("Porchetta appena sfornata al banco 🐷 Aperti fino alle 20.", "it"),
        ("Sardinhas e cavala fumadas acabadas de sair do forno 🐟 Loja aberta até às 17h.", "pt"),
    ],
)
def test_a_food_animals_emoji_beside_a_dish_is_no_pet(text: str, language: str) -> None:
    # 🐟 beside smoked fish, 🐷 beside porchetta show what is eaten: no pet post, and the
    # word after the emoji ("Shop", "Verkauf") is no animal's name
    post = read_post(text, language)
    assert post.intent != "pets", post.intent_scores


def test_a_kept_fish_stays_a_pet() -> None:
    assert read_post("Bubbles 🐟 has a new castle in his tank and won't leave it").intent == (
        "pets"
    )
