"""A numbered list run on after a word, with no colon, whose items open with figures
("your winter appeal raised 1. 860 coats 2. 42 sleeping bags 3. …") is a list: the
short caption kept "Your winter appeal raised 1." and nothing of what it raised."""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for, text_of

POST = (
    "thank you from the harbour food bank, mombasa 🙏 your winter appeal raised 1. 860 coats "
    "2. 42 sleeping bags 3. KSh 310,000 for hot meals every friday. asante sana to every "
    "family who gave. the pantry opens again tue 12 jan"
)


@pytest.mark.parametrize("length", ["short", "medium", "long"])
def test_the_run_on_list_is_kept_whole(length: str) -> None:
    for variant in captions_for(POST, language="en", length=length):
        text = text_of(variant)
        assert "raised 1." not in text, text
        assert "860 coats" in text, text
        assert "42 sleeping bags" in text, text
        assert "2." not in text.split("860 coats")[0], text


def test_a_count_then_a_sentence_is_no_list() -> None:
    # (no "3." follows: "sold out by 1." is a time, not a list's first marker)
    content = "we sold out by 1. 2 more batches tomorrow from 9am, thanks for queuing"
    for variant in captions_for(content, language="en"):
        lines = variant.caption.splitlines()
        assert not any(line.startswith(("1.", "2.")) for line in lines), variant.caption
