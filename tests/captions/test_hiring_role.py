"""A job ad's subject is the job, not the call for people it opens with (reader round:
"Wir suchen Verstärkung! Für unsere Gärtnerei in Freising suchen wir ab März eine
Floristin …" read its subject as "Verstärkung", reinforcement, a filler word). Openers
that ask for people ("We're looking for new faces!", "¡Buscamos gente!", "Wir suchen
Verstärkung!", "On recrute du monde", "Cercasi rinforzi", "Procuramos reforços") name no
job: the role named after them is the subject, in six languages, and a German ask may
say from when ("suchen wir ab März eine Floristin").

Posts invented for this test.
"""

from __future__ import annotations

import pytest

import captions

# (language, post, the job)
ADS = [
    (
        "de",
        "Wir suchen Verstärkung! Für unsere Gärtnerei in Freising suchen wir ab März eine "
        "Floristin oder einen Floristen in Teilzeit. Bewerbungen bitte an jobs@gaertnerei-moos.de.",
        "Floristin",
    ),
    (
        "en",
        "We're looking for new faces! Harbour Kitchen in Falmouth needs a line cook, 4 days a "
        "week. Apply at jobs@harbourkitchen.co.uk.",
        "line cook",
    ),
    (
        "en",
        "We're looking for reinforcements! Our garden centre in Ludlow is hiring a weekend "
        "cashier. Drop your CV at the till.",
        "cashier",
    ),
    (
        "es",
        "¡Buscamos gente! En nuestra panadería de Zaragoza necesitamos un repartidor con carnet "
        "de conducir. Escríbenos a empleo@hornolaespiga.es.",
        "repartidor",
    ),
    (
        "fr",
        "On recrute du monde ! Notre fromagerie à Annecy cherche un vendeur à temps partiel. CV "
        "à bonjour@fromagerie-alpage.fr.",
        "vendeur",
    ),
    (
        "it",
        "Cerchiamo rinforzi! La nostra pizzeria a Bergamo cerca un pizzaiolo per i weekend. "
        "Scrivici a lavoro@pizzeriadelponte.it.",
        "pizzaiolo",
    ),
    (
        "pt",
        "Procuramos reforços! A nossa livraria em Braga procura um livreiro a tempo parcial. "
        "Envie o CV para livros@livrariadosul.pt.",
        "livreiro",
    ),
]


@pytest.mark.parametrize(
    ("language", "content", "job"),
    ADS,
    ids=["de", "en-faces", "en-reinforcements", "es", "fr", "it", "pt"],
)
def test_a_job_ad_s_subject_is_the_job(language: str, content: str, job: str) -> None:
    post = captions.read_post(content, language)
    assert post.intent == "hiring", post.intent
    assert job in post.subject.text, post.subject
