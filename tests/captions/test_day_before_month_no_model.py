"""A short weekday and its day before the month are a date, no model's name: "Sat 2 Jan to
Sun 17 Jan" gave the tag #Sun17 (read as a name like "Taktwerk 2")."""

from __future__ import annotations

from captions import read_post
from tests.captions.helpers import post_tags

POST = (
    "Winter sale at Heron Books, Bridge Street, Kendal 📚 paperbacks 3 for £10. "
    "Sat 9 Jan to Sun 24 Jan, 10am to 5pm, in store only."
)


def test_a_weekday_and_its_day_are_no_name() -> None:
    names = [n.text for n in read_post(POST, "en").names]
    assert "Sun 24" not in names, names
    assert "Sat 9" not in names, names
    tags = [t.lower() for t in post_tags(POST, "en", 5)]
    assert "#sun24" not in tags, tags


def test_a_model_number_still_ends_a_name() -> None:
    names = [n.text for n in read_post("New Taktwerk 2 in store now, 149 €", "en").names]
    assert "Taktwerk 2" in names, names
