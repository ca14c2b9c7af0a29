"""A beauty service's client is a person, whatever town shares the name (issue 12).

"Bridal hair for Florence" and "maquillaje de novia para Victoria" are done for a
bride, not in a town: no #florence, no #victoria. A town after "in" ("Bridal makeup in
Florence") stays a town, and so does one a post congratulates ("Congratulations to
Falmouth", tests/captions/test_hashtags_first_names.py).
"""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags


@pytest.mark.parametrize(
    ("content", "language", "tag"),
    [
        ("Bridal hair for Florence this morning: soft waves and a pearl pin.", "en", "#florence"),
        ("Maquillaje de novia para Victoria esta mañana: natural y luminoso.", "es", "#victoria"),
    ],
)
def test_a_beauty_client_named_like_a_town_is_no_tag(content: str, language: str, tag: str) -> None:
    tags = post_tags(content, language, 5, lower=True)
    assert tag not in tags, tags


def test_a_beauty_service_in_a_town_keeps_the_town() -> None:
    content = "Bridal makeup in Florence this morning: soft glam and long-wear lashes."
    tags = post_tags(content, "en", 5, lower=True)
    assert "#florence" in tags, tags
