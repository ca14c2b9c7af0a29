"""French "stage" is an internship only in a job's words ("offre de stage", "stage de
fin d'études", "stagiaire"); a "stage de poterie, de surf, de théâtre" is a course
people sign up for: an event, not a job ad asking to share it with job seekers."""

from __future__ import annotations

import pytest

from captions import read_post


@pytest.mark.parametrize(
    "content",
    [
        "Stage de céramique pendant les vacances de février, 4 matinées",
        "Stage de voile aux Glénans cet été, il reste trois places",
        "Les inscriptions au stage de cirque pour les 6-10 ans sont ouvertes",
    ],
)
def test_a_stage_of_an_activity_is_a_course(content: str) -> None:
    post = read_post(content)
    assert post.language == "fr"
    assert post.intent == "event", post.intent_scores


@pytest.mark.parametrize(
    "content",
    [
        "Offre de stage en communication pour le printemps, écrivez-nous",
        "On propose un stage de fin d'études dans notre atelier, envoyez votre CV",
        "Nous cherchons un stagiaire pour la saison au camping",
    ],
)
def test_an_internship_is_still_a_job(content: str) -> None:
    assert read_post(content).intent == "hiring", read_post(content).intent_scores
