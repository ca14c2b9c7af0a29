"""An account that posts food day after day keeps getting asks written for food: the
food pool is deep enough that the user's last 20 captions (no ask repeats in them) do
not push it onto generic 'Share this with a friend' lines after two posts (invented
posts, one user, through the service and its history). A post whose purpose the engine
is unsure of still gets a generic ask: 11 of these 30 endings were generic before the
pool was deepened, 8 after."""

from __future__ import annotations

import asyncio

from captions import CaptionEngines, CaptionRequest, CaptionService

from .helpers import text_of

_POSTS = (
    "Lamb shank with rosemary mash tonight at the Fox & Hound, £16.",
    "Sunday roast is back: beef, yorkshires, all the trimmings, £18.",
    "Fresh sourdough out of the oven at 8am, get it while it's warm.",
    "Mushroom and tarragon pie with buttery mash, £13 until Friday.",
    "Pumpkin soup with toasted seeds and crusty bread, £7 today.",
    "Our chicken katsu curry is now available for lunch, £11.",
    "Brunch this weekend: shakshuka, sourdough and strong coffee.",
    "New on the menu: miso glazed aubergine with sesame rice.",
    "Chocolate orange brownies baked fresh this morning, £3 each.",
    "Tonight's special: seafood chowder with soda bread, £14.",
)
_GENERIC = (
    "Share this with a friend.",
    "Tag someone who should see this.",
    "Send this to someone who'd enjoy it.",
    "Share this with someone who'd love it.",
    "Drop your thoughts below.",
    "Tag a friend who needs to see this.",
    "Follow us for more like this.",
    "Tap save to keep this one.",
    "Save this post for later.",
)


async def _endings() -> list[str]:
    service = CaptionService(CaptionEngines())
    endings = []
    for content in _POSTS:
        request = CaptionRequest(content=content, variants=3, tone="casual", user_id="kitchen")
        result = await service.caption(request)
        endings += [text_of(v).split("\n")[-1] for v in result.variants]
    return endings


def test_a_daily_food_account_keeps_food_asks() -> None:
    endings = asyncio.run(_endings())
    generic = [e for e in endings if e.endswith(_GENERIC)]
    assert len(generic) <= 8, generic
