"""Headless Chromium (the Debian package, driven by Playwright) against a real server.

``make test`` installs ``chromium`` when ``/usr/bin/chromium`` is missing; Playwright's
own browser download is never used. Screenshots go to ``tests/e2e/artifacts/``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect, sync_playwright

from ._live import API_KEY, FakeOpenAIThread, LiveServer

CHROMIUM = Path(os.environ.get("CAPTIONFLOW_CHROMIUM", "/usr/bin/chromium"))
# without the background-networking flags this closed network refuses its connections
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).parent / "artifacts"
TIMEOUT_MS = 10_000
FAKE_REPLY = "Golden light on the water, one happy dog and a trail worth the climb."

expect.set_options(timeout=TIMEOUT_MS)


@dataclass
class Console:
    """The console open in one tab, with every console error and uncaught exception."""

    page: Page
    context: BrowserContext
    server: LiveServer
    errors: list[str] = field(default_factory=list)

    def view(self, name: str) -> None:
        self.page.click(f'#tabs a[data-view="{name}"]')
        expect(self.page.locator(f"#view-{name}")).to_be_visible()

    def shot(self, name: str) -> Path:
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / f"{name}.png"
        self.page.screenshot(path=path, full_page=True)
        return path


def open_console(browser: Browser, server: LiveServer) -> Console:
    """A fresh tab on ``GET /``, the API key typed into the prompt once."""
    context = browser.new_context(
        viewport={"width": 1280, "height": 860},
        permissions=["clipboard-read", "clipboard-write"],
    )
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    console = Console(page, context, server)
    page.on(
        "console",
        lambda msg: console.errors.append(msg.text) if msg.type == "error" else None,
    )
    page.on("pageerror", lambda error: console.errors.append(f"uncaught: {error}"))
    page.goto(server.url + "/")
    expect(page.locator("#key-dialog")).to_be_visible()
    page.fill("#key-input", API_KEY)
    page.click("#key-save")
    expect(page.locator("body")).to_have_attribute("data-ready", "true")
    expect(page.locator("#live")).to_have_text("live")
    return console


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: `make test` installs it (apt-get install chromium)")
    with sync_playwright() as playwright:
        # Playwright gives every launch a fresh temporary --user-data-dir
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def fake_openai() -> Iterator[FakeOpenAIThread]:
    fake = FakeOpenAIThread(FAKE_REPLY)
    yield fake
    fake.close()


@pytest.fixture(scope="module")
def server(
    tmp_path_factory: pytest.TempPathFactory, fake_openai: FakeOpenAIThread
) -> Iterator[LiveServer]:
    """The service with auth on, an OpenAI-compatible engine, and one flow of each kind
    (the subscription flow over REST, as a flow file would declare it)."""
    env = {"CAPTIONFLOW_OPENAI_BASE_URL": fake_openai.url, "CAPTIONFLOW_OPENAI_ATTEMPTS": "1"}
    srv = LiveServer(tmp_path_factory.mktemp("state"), env).start()
    try:
        srv.post("/pipelines/caption-generation", {"name": "captions"})
        srv.post("/streams/real-time-captions", {"name": "live", "max_buffer_size": 100})
        srv.post(
            "/reactive/create",
            {
                "name": "rx",
                "inputs": {"user_id": "u1", "content": "Fresh coffee in Paris"},
                "computations": [
                    {"name": "prefs", "function": "get_preferences", "depends_on": ["user_id"]},
                    {
                        "name": "caption",
                        "function": "generate_caption",
                        "depends_on": ["prefs", "content"],
                    },
                    {"name": "words", "function": "word_count", "depends_on": ["caption"]},
                ],
            },
        )
        srv.post("/state-machines/caption-workflow", {"name": "wf"})
        subscription = {
            "kind": "subscription",
            "name": "notify",
            "steps": [{"id": "log_captions", "on": "caption.*", "type": "log"}],
        }
        srv.call("PUT", "/flows/notify", subscription)
        yield srv
    finally:
        srv.stop()


@pytest.fixture(scope="module")
def console(browser: Browser, server: LiveServer) -> Iterator[Console]:
    """One tab shared by a module's view tests (the key is typed once per tab).

    Module scope, not session: sync Playwright keeps its event loop running in this
    thread while it is open, which async tests elsewhere in the suite cannot share."""
    console = open_console(browser, server)
    yield console
    console.context.close()
