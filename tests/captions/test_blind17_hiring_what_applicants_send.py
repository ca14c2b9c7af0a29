"""What a job's applicant sends is no tag: "We're hiring at Otter Print Co. in Leeds 👕
Screen printer, full time. Send your CV and photos of your prints to …" got "#artprints";
a term that the sentence saying how to apply (a CV, a résumé, "apply", "Lebenslauf",
"currículum", "candidature") asks photos or samples of is no tag, and a screen printer's
job is searched by #screenprinting."""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags


@pytest.mark.parametrize(
    ("content", "wanted"),
    [
        ("We're hiring at Otter Print Co. in Leeds 👕 Screen printer, full time. Send your CV "
         "and photos of your prints to jobs@otterprint.co.uk by Fri 5 Feb.", "#screenprinting"),
        ("We're hiring at Heron Press Co. in Galway 🖨️ Letterpress printer, part time, Tue-Sat "
         "9am-4pm. Two years on a platen press. €620/week. Send your CV and a few photos of "
         "your prints to jobs@heronpress.ie by Fri 29 Jan.", "#hiring"),
    ],
)  # fmt: skip
def test_what_an_applicant_sends_is_no_tag(content: str, wanted: str) -> None:
    tags = post_tags(content, "en", 5)
    assert "#artprints" not in tags
    assert wanted in tags
