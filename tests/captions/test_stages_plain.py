"""validate_content skips building a CaptionRequest for a plain post (content and
user_id only, both already checked): the same outcome as validating it, shown on random
items — plain posts, posts with options valid and not, stored options, odd user ids."""

from __future__ import annotations

import asyncio
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from captions import CaptionCache
from captions._stages import ContentError, _request, stage_registry

VALIDATE = stage_registry(CaptionCache())["validate_content"]

_TEXT = st.text(min_size=0, max_size=40) | st.just("x" * 2300) | st.just("   ")
_USER = st.none() | st.text(max_size=3) | st.just("u" * 201) | st.just("u" * 200) | st.integers()
_OPTION = st.sampled_from(
    [
        ("tone", "casual"),
        ("tone", "grumpy"),
        ("variants", 3),
        ("variants", 9),
        ("language", "fr"),
        ("language", "French"),
        ("length", "short"),
        ("hashtags", -1),
        ("engine", "offline"),
        ("options", {"tone": "grumpy"}),
        ("options", {"tone": "casual"}),
        ("note", "not a request field"),
    ]
)


def _outcome(call: Any) -> tuple[str, Any]:
    try:
        return "ok", call()
    except ContentError as error:
        return "refused", str(error)


async def _reference(item: dict[str, Any]) -> dict[str, Any]:
    """validate_content as it was: every item through CaptionRequest."""
    out = await VALIDATE(item)  # the manual checks and the result's shape
    _request(dict(item), "validate_content")  # the model's verdict
    return out


@settings(max_examples=400, deadline=None)
@given(content=_TEXT, user=_USER, options=st.lists(_OPTION, max_size=3), has_user=st.booleans())
def test_a_plain_post_is_refused_and_passed_as_the_model_would(
    content: str, user: object, options: list[tuple[str, Any]], has_user: bool
) -> None:
    item: dict[str, Any] = {"content": content, **dict(options)}
    if has_user:
        item["user_id"] = user

    async def validated() -> dict[str, Any]:
        return await VALIDATE(dict(item))

    def fast() -> dict[str, Any]:
        return asyncio.run(validated())

    def reference() -> dict[str, Any]:
        return asyncio.run(_reference(dict(item)))

    assert _outcome(fast)[0] == _outcome(reference)[0], item
