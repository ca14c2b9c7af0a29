"""A town before an occasion after "for" in a beauty post says where, not whom (review
of 984d318: "Bridal makeup packages for Bath weddings" lost #Bath as a client's name)."""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for, tags_of


@pytest.mark.parametrize(
    ("content", "tag"),
    [
        ("Bridal makeup packages for Bath weddings now open for 2027 bookings.", "#bath"),
        ("Hair and makeup for Florence weddings this summer: three dates left.", "#florence"),
    ],
)
def test_a_town_before_an_occasion_keeps_its_tag(content: str, tag: str) -> None:
    assert tag in tags_of(captions_for(content, language="en"))


def test_a_client_named_like_a_town_stays_untagged() -> None:
    content = "Bridal hair for Florence this morning: soft waves and a veil."
    assert "#florence" not in tags_of(captions_for(content, language="en"))
