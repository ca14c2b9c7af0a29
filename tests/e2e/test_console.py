"""The console in headless Chromium: each view against the real server (auth on).

The tests share one tab and run in file order (the first one types the API key).
"""

from __future__ import annotations

import re

from playwright.sync_api import expect

from ._live import API_KEY
from .conftest import ARTIFACTS, FAKE_REPLY, Console


def test_page_loads_without_console_errors(console: Console) -> None:
    page = console.page
    console.view("flows")
    graphs = page.locator(".card .graph svg")
    expect(graphs).to_have_count(5)
    for kind in ("pipeline", "stream", "reactive", "state_machine", "subscription"):
        expect(page.locator(f'.card[data-kind="{kind}"] .graph svg')).to_be_visible()
    notify = page.locator('.card[data-name="notify"]')
    expect(notify.locator(".summary")).to_have_text("on caption.*: 0 delivered")
    assert page.evaluate("sessionStorage.getItem('captionflow.apiKey')") == API_KEY
    page.reload()  # the key is kept for the tab: no prompt the second time
    expect(graphs).to_have_count(5)
    expect(page.locator("#key-dialog")).not_to_be_visible()
    expect(page.locator("#live")).to_have_text("live")
    console.shot("flows")
    assert console.errors == []


def test_state_machine_trigger_moves_the_highlighted_state(console: Console) -> None:
    page = console.page
    console.view("flows")
    card = page.locator('.card[data-name="wf"]')
    current = card.locator("g.node.current")
    expect(current).to_have_text("idle")
    console.server.post("/state-machines/trigger", {"machine": "wf", "event": "start"})
    expect(card).to_have_attribute("data-state", "validating")
    expect(current).to_have_text("validating")
    expect(card.locator(".status")).to_have_text("validating")
    console.shot("flows-after-trigger")
    card.screenshot(path=ARTIFACTS / "state-machine.png")


def test_live_metrics_change_after_a_pipeline_run(console: Console) -> None:
    page = console.page
    console.view("metrics")
    completed = page.locator("#metric-completed_flows .value")
    before = console.server.metrics_snapshot()["completed_flows"]
    expect(completed).to_have_text(str(before))  # in step with the server first
    for run in range(1, 4):
        post = {"content": f"Sunset hike number {run} at the lake", "user_id": "u1"}
        console.server.post("/pipelines/execute", {"pipeline": "captions", "data": post})
        expect(completed).to_have_text(str(before + run))
    expect(page.locator("#metric-total_flows .value")).to_have_text(str(before + 3))
    expect(page.locator("#metric-average_duration_ms .value")).not_to_have_text("0")
    console.server.post("/streams/produce", {"stream": "live", "items": [{"n": 1}, {"n": 2}]})
    row = page.locator('#stream-table tr[data-stream="live"]')
    expect(row.locator("td").nth(4)).to_have_text("2")  # produced
    expect(page.locator("#metric-completed_flows svg.spark polyline")).to_have_count(1)
    console.shot("metrics")
    assert console.errors == []


def test_an_event_produced_over_rest_appears_in_the_stream_view(console: Console) -> None:
    page = console.page
    console.view("streams")
    page.select_option("#stream-select", "live")
    page.click("#stream-watch")
    expect(page.locator("#stream-status")).to_have_text("open")
    events = page.locator("#stream-events li")
    console.server.post("/streams/produce", {"stream": "live", "items": [{"caption": "via REST"}]})
    expect(events.first).to_contain_text('{"caption": "via REST"}')
    page.fill("#produce-item", '{"caption": "from the form"}')
    page.click("#produce-form button[type=submit]")
    expect(events.first).to_contain_text('{"caption": "from the form"}')
    expect(page.locator("#produce-result")).to_contain_text("accepted 1")
    console.shot("streams")
    assert console.errors == []


def test_the_playground_streams_a_caption(console: Console) -> None:
    page = console.page
    console.view("playground")
    page.fill("#caption-content", "Evening hike by the lake with my dog")
    page.select_option("#caption-engine", "openai")
    page.fill("#caption-variants", "2")
    page.click("#caption-go")
    variants = page.locator(".variant")
    expect(page.locator('.variant[data-done="true"]')).to_have_count(2)
    expect(page.locator("#caption-meta")).to_contain_text("engine: openai")
    tokens = [int(variants.nth(i).get_attribute("data-tokens") or 0) for i in range(2)]
    # the fake engine streams its reply seven characters at a time
    assert min(tokens) >= len(FAKE_REPLY) // 7, tokens
    first = variants.first
    expect(first.locator("pre")).to_contain_text("Golden light on the water")
    first.locator("button.copy").click()
    expect(first.locator("button.copy")).to_have_text("Copied!")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == first.locator("pre").inner_text()
    console.shot("playground")
    assert console.errors == []


def test_the_event_tail_follows_its_pattern(console: Console) -> None:
    page = console.page
    console.view("events")
    page.fill("#events-pattern", "caption.*")
    page.click("#events-subscribe")
    expect(page.locator("#events-status")).to_have_text(re.compile(r"^open caption\.\*"))
    rows = page.locator("#events-log li")
    console.server.post("/events/publish", {"type": "billing.paid", "data": {"n": 0}})
    console.server.post("/events/publish", {"type": "caption.generated", "data": {"n": 1}})
    expect(rows.first).to_contain_text("caption.generated")
    expect(rows).to_have_count(1)  # billing.paid, published first, was filtered out
    page.fill("#publish-type", "caption.posted")
    page.fill("#publish-data", '{"n": 2}')
    page.click("#publish-form button[type=submit]")
    expect(rows.first).to_contain_text("caption.posted")
    expect(rows).to_have_count(2)
    console.shot("events")
    assert console.errors == []
