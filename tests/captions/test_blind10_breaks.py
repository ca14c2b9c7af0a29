"""What the tenth blind review found broken in a retold sentence, read on invented
posts: a range of days cut from its month, a handle printed as a name."""

from __future__ import annotations

import re

import pytest

from tests.captions.helpers import captions_for, text_of


@pytest.mark.parametrize(
    ("content", "kept"),
    [
        (
            "Frühjahrsrabatt in der Bäckerei Sonnenkorn 🥨 alle Brote \u201320 %. "
            "Nur 3.\u20139. Feber, Hauptplatz 4, Graz. Kommt vorbei!",
            "3.\u20139. Feber, Hauptplatz 4, Graz.",
        ),
        (
            "Sommerfest im Gasthof Edelweiß 🎶 Live-Musik und Grillbuffet. "
            "Vom 12.\u201314. Juli, Dorfstraße 2, Kitzbühel. Wir freuen uns!",
            "12.\u201314. Juli, Dorfstraße 2, Kitzbühel.",
        ),
        (
            "Inventurverkauf bei Schuh Maier 👟 bis zu 50 % auf Winterstiefel. "
            "Nur 20.-25. Jänner in Linz. Schnell sein!",
            "20.-25. Jänner in Linz.",
        ),
        (
            "Schiwoche für Kinder im Skiclub Alpin ⛷️ 9.\u201313. Feber, Treffpunkt Talstation, "
            "Anmeldung bis Ende Jänner.",
            "9.\u201313. Feber, Treffpunkt Talstation",
        ),
        (
            "Workshop Keramik für Anfänger 🏺 an zwei Wochenenden: 7.\u20138. März und "
            "14.\u201315. März. Anmeldung per Mail.",
            "7.\u20138. März und 14.\u201315. März.",
        ),
    ],
)
def test_a_range_of_days_stays_with_its_month(content: str, kept: str) -> None:
    """'Nur 8.-17. Jänner' (with an en dash): the second day's full stop is the date's,
    in every variant (Austria's Jänner and Feber are months too)."""
    for variant in captions_for(content, hashtags=3, emoji=True, cta=True):
        assert kept in text_of(variant), variant.caption


@pytest.mark.parametrize(
    ("content", "handle"),
    [
        (
            "open mic night at The Crooked Fox, Bristol 🎤 fri 9 feb, 7pm. @jonnysings "
            "hosting, sign-up sheet at the bar. all welcome!",
            "@jonnysings hosting",
        ),
        (
            "Trivia tonight at The Anchor 🍻 8pm start. @trivia_tom on the mic. Teams of 5, "
            "winners get a bar tab!",
            "@trivia_tom on the mic",
        ),
        (
            "fiesta de verano en Bar La Ola, Cádiz 🌊 sábado 20 de julio, 21h. @djmanu "
            "pinchando toda la noche. ¡Os esperamos!",
            "@djmanu pinchando",
        ),
        (
            "Soirée quiz au Café des Arts, Nantes 🧠 jeudi 8 février, 20h. @quizmaster.paul "
            "pose les questions. Équipes de 4 max.",
            "@quizmaster.paul pose",
        ),
        (
            "Noite de samba no Bar do Zé, Salvador 🥁 sexta, 20h. @grupo_raiz toca ao vivo. "
            "Entrada gratuita!",
            "@grupo_raiz toca ao vivo",
        ),
    ],
)
def test_a_handle_is_retold_as_written(content: str, handle: str) -> None:
    """'@cerysquizzes asking the questions' stays a handle, '@' included, in the
    sentence that names it, even at the sentence's start, and is not printed twice."""
    for variant in captions_for(content, hashtags=3, emoji=True, cta=True):
        text = text_of(variant)
        assert handle in text, variant.caption
        name = handle.split("@")[1].split()[0]
        assert text.count(name) == 1, variant.caption


@pytest.mark.parametrize(
    ("content", "icon", "apposition"),
    [
        (
            "L'Atelier Vert présente Brume ⌚ montre de 36 mm avec cadran guilloché, "
            "60 pièces numérotées. 1 900 €, disponible dès le 4 mars.",
            "⌚",
            "montre de 36 mm",
        ),
        (
            "Die Manufaktur Klee präsentiert Nordlicht ⌚ Automatikuhr mit 40 mm Gehäuse, "
            "in Glashütte montiert. 2.300 €, ab 1. März erhältlich.",
            "⌚",
            "Automatikuhr mit 40 mm",
        ),
        (
            "Tinker & Co presents Dawn ⏰ a brass alarm clock with a wind-up bell, "
            "made in Sheffield. £85, in the shop from Friday.",
            "⏰",
            "a brass alarm clock",
        ),
        (
            "Taller Brisa presenta Arena ⏳ reloj de arena de vidrio soplado, "
            "hecho a mano en Mallorca. 45 €, a la venta desde el 10 de abril.",
            "⏳",
            "reloj de arena de vidrio",
        ),
        (
            "Bottega Ferri presenta Clessidra ⌛ clessidra in vetro soffiato e noce, "
            "fatta a mano a Murano. 120 €, disponibile dal 4 maggio.",
            "⌛",
            "clessidra in vetro soffiato",
        ),
    ],
)
def test_an_emoji_of_the_technical_block_ends_its_name(
    content: str, icon: str, apposition: str
) -> None:
    """'Grand Feu ⌚ montre de 38 mm': a watch or clock emoji ends the product's name as
    any emoji does, so the hook never runs into the specs, and the brief's emoji is
    never doubled ('⌚ ⌚')."""
    for variant in captions_for(content, hashtags=3, emoji=True, cta=True):
        text = text_of(variant)
        assert text.count(icon) == 1, variant.caption
        glued = rf"\w {re.escape(icon)} {re.escape(apposition)}"
        assert not re.search(glued, text), variant.caption
        assert apposition.lower() in text.lower(), variant.caption


@pytest.mark.parametrize(
    ("content", "antecedent", "fragment"),
    [
        (
            "We're hiring at Kettle & Crumb, the bakery on Mill Lane, York. Full-time baker, "
            "early starts, £12.50/hr plus free bread. Done sourdough before? Even better. "
            "Send your CV to jobs@kettlecrumb.co.uk by 20 Feb",
            "Done sourdough before?",
            "Even better.",
        ),
        (
            "Buscamos camarero/a en Bar El Faro, Málaga. Jornada completa, 1.400 € al mes. "
            "¿Hablas inglés? Mejor aún. Envía tu CV a empleo@elfaro.es antes del 15 de marzo.",
            "¿Hablas inglés?",
            "Mejor aún.",
        ),
        (
            "Wir suchen Verstärkung in der Bäckerei Kornblume, Freiburg. Teilzeit, "
            "20 Std./Woche, 14 €/Std. Erfahrung mit Sauerteig? Noch besser. Bewerbung an "
            "jobs@kornblume.de bis 28. Februar.",
            "Erfahrung mit Sauerteig?",
            "Noch besser.",
        ),
        (
            "On recrute au Café Lumière, Lyon ! Serveur·se à temps plein, 1 800 € brut. "
            "Vous parlez anglais ? Encore mieux. CV à recrutement@cafelumiere.fr avant le "
            "10 mars.",
            "Vous parlez anglais ?",
            "Encore mieux.",
        ),
        (
            "Cerchiamo un pizzaiolo per la Pizzeria Da Gino, Napoli. Tempo pieno, 1.600 € al "
            "mese. Sai usare il forno a legna? Ancora meglio. Scrivi a lavoro@dagino.it entro "
            "il 5 aprile.",
            "Sai usare il forno a legna?",
            "Ancora meglio.",
        ),
        (
            "Estamos contratando na Padaria Trigo Bom, Porto Alegre. Atendente, 44h semanais, "
            "R$ 2.100. Já trabalhou com café? Melhor ainda. Mande o currículo para "
            "vagas@trigobom.com.br até 30 de março.",
            "Já trabalhou com café?",
            "Melhor ainda.",
        ),
    ],
)
def test_a_sentence_that_leans_back_stays_behind_its_antecedent(
    content: str, antecedent: str, fragment: str
) -> None:
    """'Know your IPAs from your stouts? Even better.': a comparison with the sentence
    before it is never moved away from that sentence (into the hook, behind another
    fact), in any variant; dropped together is fine."""
    for variant in captions_for(content, hashtags=3, emoji=True, cta=True):
        text = text_of(variant)
        if fragment in text:
            assert f"{antecedent} {fragment}" in text, variant.caption


@pytest.mark.parametrize(
    ("content", "news"),
    [
        (
            "Con profundo dolor les informamos que falleció Doña Carmen Ruiz, que abrió la "
            "Mercería La Aguja en 1975 y cosió para todo el barrio hasta los 88. Siempre "
            "regalaba un botón a los niños. Hoy la mercería permanece cerrada. La despedida "
            "es en la sala Velatorios del Sur, Córdoba, de 10 a 20. Gracias por tanto "
            "cariño, vecinos.",
            "Con profundo dolor les informamos que falleció",
        ),
        (
            "Mit großer Trauer teilen wir mit, dass Erwin Huber verstorben ist, der die "
            "Bäckerei Huber 1970 gegründet und bis 82 in der Backstube gestanden hat. Er "
            "hatte immer ein Stück Kuchen für die Kinder übrig. Morgen bleibt die Bäckerei "
            "geschlossen. Die Verabschiedung ist am Samstag um 10 Uhr in der "
            "Friedhofskapelle Passau. Danke für all die Jahre, liebe Nachbarn.",
            "Mit großer Trauer teilen wir mit",
        ),
        (
            "É com muita tristeza que contamos que faleceu o Seu Joaquim Rocha, que abriu a "
            "Padaria Aurora em 1972 e atendeu no balcão até os 86. Sempre tinha um pão de "
            "queijo para as crianças. Amanhã a padaria estará fechada. O velório será na "
            "casa da família, Rua das Flores 88, Belo Horizonte, das 8h às 17h. Obrigado "
            "por tantos anos, vizinhos.",
            "É com muita tristeza que contamos que faleceu",
        ),
    ],
)
@pytest.mark.parametrize("tone", ["casual", "professional"])
def test_a_loss_tells_the_death_before_anything_else(content: str, news: str, tone: str) -> None:
    """A death notice's variants say the death before the closure, the wake, the
    memories, the thanks and any words of remembrance of their own ('Gracias por tantos
    años … Con mucha tristeza les contamos que falleció …' thanked before it told)."""
    sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", content)]
    for variant in captions_for(content, tone=tone, length="medium", hashtags=3, cta=True):
        text = text_of(variant)
        told = text.find(news)
        assert told >= 0, variant.caption
        for sentence in sentences[1:]:
            at = text.find(sentence[:30])
            assert at < 0 or at > told, variant.caption
        body = text.split("\n\n", 1)[1]
        assert body.startswith(news) or text.startswith(news), variant.caption


@pytest.mark.parametrize(
    ("content", "discount"),
    [
        (
            "Sommerschlussverkauf bei Sport Gruber 🏔️ \u201330 % auf alle Wanderschuhe. Nur bis "
            "Samstag, Hauptstraße 5, Bludenz.",
            "\u201330 % auf alle Wanderschuhe",
        ),
        (
            "Rebajas en Zapatería Lola 👠 \u201340 % en botas y botines. Hasta el domingo, calle "
            "Mayor 3, Teruel.",
            "\u201340 % en botas y botines",
        ),
        (
            "Soldes chez Mode Lili 👗 \u201350 % sur les manteaux. Jusqu'à samedi, rue Haute 12, "
            "Liège.",
            "\u201350 % sur les manteaux",
        ),
    ],
)
def test_an_en_dash_before_a_number_is_its_minus_sign(content: str, discount: str) -> None:
    """'-30 % auf alle Daunendecken' typed with an en dash keeps its sign: '30 % auf
    alle …' is a different offer."""
    for variant in captions_for(content, hashtags=3, emoji=True, cta=True):
        assert discount in text_of(variant), variant.caption


@pytest.mark.parametrize(
    ("content", "kept"),
    [
        (
            "Adventmarkt am Rathausplatz 🎄 Punsch, Maroni und Handwerk. 28. Nov. bis "
            "23. Dezember, täglich ab 11 Uhr.",
            "28. Nov. bis 23. Dezember",
        ),
        (
            "Flohmarkt im Hof 🧺 Bücher und Platten. Vom 3. Okt. bis 5. Okt., jeweils ab 9 Uhr.",
            "3. Okt. bis 5. Okt., jeweils ab 9 Uhr",
        ),
        (
            "Töpferkurs in der Werkstatt Lehm 🏺 für Anfänger. 12. Jan. bis 16. Feb., immer "
            "dienstags um 18 Uhr.",
            "12. Jan. bis 16. Feb., immer dienstags",
        ),
    ],
)
def test_a_month_written_short_keeps_its_day(content: str, kept: str) -> None:
    """'28. Nov. bis 23. Dezember': the day opening a sentence is no list number and the
    short month's dot ends no sentence ('Bis 23. Dezember' lost the start)."""
    for variant in captions_for(content, hashtags=3, emoji=True, cta=True):
        assert kept in text_of(variant), variant.caption
