"""A server restart: the console says it is reconnecting, then that it is live again."""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import Browser, expect

from ._live import LiveServer
from .conftest import open_console


def test_the_banner_tells_while_the_server_restarts(browser: Browser, tmp_path: Path) -> None:
    server = LiveServer(tmp_path).start()
    console = open_console(browser, server)
    try:
        page = console.page
        banner = page.locator("#banner")
        server.post("/state-machines/caption-workflow", {"name": "wf"})
        expect(page.locator('.card[data-name="wf"] svg')).to_be_visible()
        expect(banner).to_be_hidden()
        server.stop()
        expect(banner).to_have_text(re.compile("reconnecting…"))
        expect(page.locator("#live")).to_have_text("reconnecting…")
        console.shot("reconnecting")
        server.start()
        expect(banner).to_have_text("Reconnected — live again.")
        expect(page.locator("#live")).to_have_text("live")
    finally:
        console.context.close()
        server.stop()
