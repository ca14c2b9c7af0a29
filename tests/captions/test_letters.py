"""A letter's shape and what may join a caption's first line, as general rules on
invented posts:

- the line a variant pulls up beside its opening (to vary the layout) is never a
  contact line (a phone number, a link, an e-mail address), the opening hours, or the
  brief's own ask ("Kommts vorbei!", "¡Os esperamos!", "Come by!"): those close the
  body, in every language;
- a place typed alone after a letter's last sentence ("… ci rivediamo presto. Bassano")
  signs it: kept as typed (no full stop) and written last, after the call to action;
- a letter's salutation ("Liebe Gäste,", "Cari clienti,", "Hi all,") keeps its comma on
  its own first line, never a sentence of its own; the letter goes on below it in lower
  case in German, with its capital in the other languages.
"""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for, hooks_of, text_of


@pytest.mark.parametrize(
    ("language", "content", "ends"),
    [
        (
            "fr",
            "Nouveau chez Fromagerie La Marmotte : la tomme aux fleurs est arrivée. "
            "Commandes : +33 4 79 55 12 34. Venez goûter samedi !",
            ("+33", "Venez"),
        ),
        (
            "es",
            "Menú del día en Bar La Gaviota, Cádiz: arroz negro y flan casero por 12 €. "
            "Reservas al +34 956 555 123. ¡Os esperamos!",
            ("+34", "esperamos"),
        ),
        (
            "en",
            "New at Pebble & Fern in Whitby: hand-thrown mugs in sea glass green. "
            "Come by and pick yours! Order at www.pebbleandfern.example",
            ("Come by", "www."),
        ),
        (
            "de",
            "Herbst-Abverkauf bei Radsport Murmel in Lienz. Alle Räder bis minus 30 Prozent. "
            "Geöffnet Mo-Fr 9-18 Uhr. Kommts vorbei!",
            ("Geöffnet", "Kommts"),
        ),
        (
            "pt",
            "Chegou o bolo-rei da Pastelaria Andorinha em Tavira. Encomendas pelo "
            "281 555 123. Apareçam e provem!",
            ("281", "Apareçam"),
        ),
    ],
)
def test_a_contact_line_or_an_ask_never_joins_the_first_line(
    language: str, content: str, ends: tuple[str, ...]
) -> None:
    for hook in hooks_of(captions_for(content, language=language)):
        assert not any(e in hook for e in ends), hook


@pytest.mark.parametrize(
    ("language", "content", "place"),
    [
        (
            "it",
            "Cari amici, domenica mattina la grandine ha rovinato il nostro orto. Le verdure "
            "del mercato di sabato sono rinviate. Grazie per la pazienza, ci rivediamo presto. "
            "Bassano",
            "Bassano",
        ),
        (
            "en",
            "Dear neighbours, our corner café will close early on Friday for a private event. "
            "We reopen Saturday at 8am as usual. Thanks for understanding! Harrogate",
            "Harrogate",
        ),
        (
            "es",
            "Queridos vecinos, el lunes se rompió la cámara frigorífica de la frutería. Hoy no "
            "tendremos fruta fresca, mañana volvemos con todo. Gracias por la paciencia. "
            "Tarragona",
            "Tarragona",
        ),
        (
            "fr",
            "Chers clients, jeudi soir une panne de courant a arrêté nos fours. La boulangerie "
            "ouvrira samedi à 10h au lieu de 7h. Merci de votre compréhension. Annecy",
            "Annecy",
        ),
        (
            "pt",
            "Queridos clientes, na segunda-feira a nossa máquina de café avariou. Voltamos a "
            "servir cafés a partir de quinta. Obrigado pela paciência! Braga",
            "Braga",
        ),
    ],
)
def test_a_place_typed_alone_at_the_end_signs_the_letter(
    language: str, content: str, place: str
) -> None:
    # the place closes every variant as typed, after the call to action: never "Braga."
    # as a sentence with the ask written after it
    for variant in captions_for(content, language=language):
        text = text_of(variant)
        assert text.endswith(f"\n\n{place}"), text
        assert f"{place}." not in text, text


@pytest.mark.parametrize(
    ("language", "content", "salutation", "goes_on"),
    [
        (
            "de",
            "Liebe Gäste, am Dienstag bleibt unsere Bäckerei wegen eines Wasserschadens "
            "geschlossen. Ab Mittwoch sind wir wieder für euch da. Eure Bäckerei Zimtstern",
            "Liebe Gäste,",
            "am Dienstag bleibt",
        ),
        (
            "de",
            "Liebe Kundinnen und Kunden,\nam Samstag ist unser Stand auf dem Wochenmarkt wegen "
            "Sturm ausgefallen. Nächsten Samstag sind wir wieder da.",
            "Liebe Kundinnen und Kunden,",
            "am Samstag ist",
        ),
        (
            "it",
            "Cari clienti,\nvenerdì notte un cortocircuito ha bloccato il forno della pizzeria. "
            "Riapriamo lunedì alle 18. Grazie per la pazienza.",
            "Cari clienti,",
            "Venerdì notte",
        ),
        (
            "en",
            "Hi all, the choir concert on Sunday moves to the town hall because the church roof "
            "is being repaired. Doors open at 6pm. See you there!",
            "Hi all,",
            "The choir concert",
        ),
        (
            "fr",
            "Chers clients, jeudi soir une panne de courant a arrêté nos fours. La boulangerie "
            "ouvrira samedi à 10h au lieu de 7h.",
            "Chers clients,",
            "Jeudi soir",
        ),
        (
            "es",
            "Hola a todos, mañana cerramos la librería por inventario. El jueves abrimos a las "
            "10 como siempre.",
            "Hola a todos,",
            "Mañana cerramos",
        ),
        (
            "pt",
            "Olá a todos, a padaria fecha na segunda para férias. Voltamos dia 20 com pão quente.",
            "Olá a todos,",
            "A padaria fecha",
        ),
    ],
)
def test_a_salutation_keeps_its_comma_on_its_own_first_line(
    language: str, content: str, salutation: str, goes_on: str
) -> None:
    # never "Liebe Gäste." or "Cari clienti. Venerdì …": whom the letter is to stands above
    # it; German goes on in lower case after the comma, the other languages with a capital
    for variant in captions_for(content, language=language):
        first, second = text_of(variant).split("\n")[:2]
        assert first.endswith(salutation), first
        assert second.startswith(goes_on), second
