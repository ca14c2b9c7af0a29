"""Where a thing now stands is not what the post is about, and a diary's dropped-subject
verb is not a thing: "… it's now the best thing in our hallway" was written up as "Worth
a closer look: hallway." and "Current mood: hallway.", and "repainted the old bench"
made 'repainted' the subject a template would name. A common noun after a preposition
and its article or possessive is a setting; a single word right before an article or a
possessive is a verb taking its object; either one makes the subject doubtful, so the
post is retold in its own words. Invented posts."""

from __future__ import annotations

import pytest

from captions import read_post
from captions._sure import confidence
from tests.captions.helpers import captions_for, hooks_of

SETTINGS = [
    (
        "en",
        "rescued this 1970s teak sideboard from the tip, sanded it for three weekends, and "
        "it's now the best thing in our hallway",
        "hallway",
    ),
    ("pt", "restaurámos a cómoda da avó e agora está na nossa sala", "sala"),
]
VERBS = [
    (
        "en",
        "repainted the old bench in our garden a deep green, took two coats and a whole saturday",
    ),
    ("en", "reupholstered the armchair from my grandad's flat in a mustard velvet, 9 metres of it"),
]


@pytest.mark.parametrize(("language", "content", "setting"), SETTINGS)
def test_a_setting_is_not_the_subject_a_template_names(
    language: str, content: str, setting: str
) -> None:
    post = read_post(content, language)
    assert post.subject.text.lower() != setting or not confidence(post).subject
    for hook in hooks_of(captions_for(content, language=language)):
        # the setting never stands alone in a hook: the hook is the post's own opening
        assert setting not in hook.lower() or len(hook.split()) > 8, hook


@pytest.mark.parametrize(("language", "content"), VERBS)
def test_a_dropped_subject_verb_is_no_subject(language: str, content: str) -> None:
    post = read_post(content, language)
    verb = content.split()[0]
    assert post.subject.text.lower() != verb or not confidence(post).subject
    for hook in hooks_of(captions_for(content, language=language)):
        opening = " ".join(content.split()[:4]).lower()
        assert opening in hook.lower(), hook  # retold, not a template around the verb
