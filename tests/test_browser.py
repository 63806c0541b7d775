"""Real-browser tests: `mapapp run` on a free port, driven in Debian's Chromium by Playwright.

Only what a browser can show is tested here: markers drawn, a click opening the article's
words, a type switched off, no request leaving the machine, and popups that stay inert.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest
from playwright.sync_api import Browser, FrameLocator, Page, expect

from benchmarks import synth
from benchmarks.browser import serve
from mapapp.core.model import parse_feature
from mapapp.map.view import export_html
from tests.paths import HOSTILE_EVENTS, SMALL_EVENTS

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("MAPAPP_CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
MAP_FRAME = 'iframe[title="streamlit_folium.st_folium"]'
MARKERS = ".leaflet-marker-pane .leaflet-marker-icon"


@contextlib.contextmanager
def _serve(events: Path) -> Iterator[str]:
    ARTIFACTS.mkdir(exist_ok=True)
    log = ARTIFACTS / f"server-{events.stem}.log"
    try:
        with serve(events, log) as (url, _pid):
            yield url
    except RuntimeError:
        pytest.fail(f"mapapp run did not start:\n{log.read_text()}")


@pytest.fixture
def app(browser: Browser, server: str) -> Iterator[tuple[Page, list[str]]]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(server)
    yield page, requests
    context.close()


def _count_messages_to_server(page: Page) -> list[int]:
    """A one-item list holding how many websocket messages the page has sent so far."""
    sent = [0]

    def watch(ws: Any) -> None:
        ws.on("framesent", lambda _frame: sent.__setitem__(0, sent[0] + 1))

    page.on("websocket", watch)
    return sent


def _map(page: Page, settle: float = 1.0, timeout: float = 30) -> FrameLocator:
    """The map, once the page has had just one for ``settle`` seconds: while the app reruns,
    the old map stays on the page until the new one replaces it."""
    deadline = time.monotonic() + timeout
    since = time.monotonic()
    while time.monotonic() - since < settle:
        if page.locator(MAP_FRAME).count() != 1:
            since = time.monotonic()
        assert time.monotonic() < deadline, "the map did not settle"
        time.sleep(0.05)
    frame = page.frame_locator(MAP_FRAME)
    expect(frame.locator(MARKERS).first).to_be_attached(timeout=30_000)
    return frame


def _events_drawn(frame: FrameLocator) -> int:
    """Single markers plus the events counted in cluster badges."""
    singles = frame.locator(".leaflet-marker-pane .mapapp-marker").count()
    return singles + sum(int(n) for n in frame.locator(".mapapp-cluster span").all_inner_texts())


def _expect_events_drawn(frame: FrameLocator, expected: int, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while (drawn := _events_drawn(frame)) != expected:
        assert time.monotonic() < deadline, f"{drawn} events drawn, expected {expected}"
        time.sleep(0.1)


def test_markers_appear_and_a_click_shows_the_excerpt(app: tuple[Page, list[str]]) -> None:
    page, _ = app
    frame = _map(page)
    _expect_events_drawn(frame, 5)
    expect(frame.locator(".mapapp-legend")).to_contain_text("Territorial claim")
    expect(frame.locator(".mapapp-legend")).to_contain_text("Region only")
    expect(frame.locator(".leaflet-control-layers")).to_have_count(0)  # types: the sidebar
    # Stari Terny and Kurakhove, 6 km apart, share a cluster badge: a click spreads it out.
    claim = frame.locator(".mapapp-territorial_claim.mapapp-gp1")
    clusters = frame.locator(".mapapp-cluster")
    for index in range(clusters.count()):
        if claim.count():
            break
        clusters.nth(index).click()
        page.wait_for_timeout(800)
    expect(claim).to_be_visible()
    claim.click()
    popup = frame.locator(".leaflet-popup-content")
    expect(popup).to_contain_text("Russia’s Defense Ministry claimed the capture")
    expect(popup).to_contain_text("Claimed by: Russia's Defence Ministry")
    # The click reaches the app, which shows the event's details beside the map.
    details = page.locator(".mapapp-popup").first
    expect(details).to_contain_text("Stari Terny", timeout=15_000)
    expect(details).to_contain_text("Russia’s Defense Ministry claimed the capture")
    page.screenshot(path=str(ARTIFACTS / "app-popup.png"))


def test_removing_a_type_removes_it_everywhere(app: tuple[Page, list[str]]) -> None:
    page, _ = app
    frame = _map(page)
    _expect_events_drawn(frame, 5)
    # Types are switched in one place, the sidebar: the map, the counts, the timeline and
    # the table follow together.
    page.get_by_role("button", name="Remove Strike").click()
    expect(page.get_by_text("3 of 5")).to_be_visible(timeout=15_000)
    frame = _map(page)
    _expect_events_drawn(frame, 3)
    expect(frame.locator(".mapapp-strike")).to_have_count(0)
    page.get_by_role("button", name="Remove Deployment").click()
    expect(page.get_by_text("2 of 5")).to_be_visible(timeout=15_000)
    _expect_events_drawn(_map(page), 2)
    expect(frame.locator(".mapapp-deployment")).to_have_count(0)


def test_no_request_leaves_the_machine(app: tuple[Page, list[str]]) -> None:
    page, requests = app
    _map(page).locator(".mapapp-strike.mapapp-gp2").click()
    page.wait_for_timeout(1000)
    hosts = {
        urlparse(url).hostname for url in requests if urlparse(url).scheme in ("http", "https")
    }
    assert hosts == {"127.0.0.1"}, sorted(url for url in requests if "127.0.0.1" not in url)
    assert any(url.endswith("/app/static/vendor/leaflet/leaflet.js") for url in requests)


def test_script_in_article_text_stays_inert_in_the_browser(
    browser: Browser, tmp_path: Path, feature: dict[str, Any]
) -> None:
    payloads = {
        "excerpt": "<img src=x onerror=\"document.title+='|X'\"> and ${document.title+='|Y'}",
        "title": "</script><script>document.title+='|Z'</script>",
        "place": "`); document.title+='|W'; (`",
    }
    feature["properties"].update(payloads)
    html = export_html([parse_feature(feature)], tiles=None)
    page_path = tmp_path / "map.html"
    page_path.write_text(html, encoding="utf-8")
    page = browser.new_page()
    try:
        page.goto(page_path.as_uri())
        page.evaluate("document.title = 'clean'")
        marker = page.locator(MARKERS)
        expect(marker).to_have_count(1)
        marker.hover()
        marker.click()
        popup = page.locator(".leaflet-popup-content")
        expect(popup).to_contain_text(payloads["excerpt"])  # shown as text...
        expect(popup).to_contain_text(payloads["title"])
        page.wait_for_timeout(300)
        assert page.title() == "clean"  # ...never run
        assert page.locator(".leaflet-popup-content img").count() == 0
    finally:
        page.close()


def test_panning_puts_the_view_in_the_address_without_sending_the_map_again(
    browser: Browser, server: str
) -> None:
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    try:
        page.goto(server)
        frame = _map(page)
        _expect_events_drawn(frame, 5)
        page.wait_for_timeout(1500)
        # A mark on the map's page: gone if the map were sent and drawn again.
        page.locator(MAP_FRAME).evaluate("f => { f.contentWindow.__mark = 1; }")
        zoom_before = parse_qs(urlparse(page.url).query).get("zoom")
        # Leaflet reports a zoom and a pan alike ("moveend"); a zoom is the one a test can
        # make reliably in a headless browser.
        frame.locator(".leaflet-control-zoom-in").click()
        deadline = time.monotonic() + 15
        while parse_qs(urlparse(page.url).query).get("zoom") == zoom_before:
            zoom = page.locator(MAP_FRAME).evaluate("f => f.contentWindow.map.getZoom()")
            assert time.monotonic() < deadline, f"the address did not follow: {page.url} {zoom}"
            time.sleep(0.1)
        query = parse_qs(urlparse(page.url).query)
        assert int(query["zoom"][0]) == int((zoom_before or ["6"])[0]) + 1
        assert {"lat", "lng"} <= set(query)
        page.wait_for_timeout(1000)
        assert page.locator(MAP_FRAME).evaluate("f => f.contentWindow.__mark") == 1
    finally:
        page.close()


def test_article_text_stays_inert_in_the_running_app(browser: Browser) -> None:
    with _serve(HOSTILE_EVENTS) as url:
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        requests: list[str] = []
        page.on("request", lambda request: requests.append(request.url))
        try:
            page.goto(url)
            frame = _map(page)
            _expect_events_drawn(frame, 1)
            map_frame = next(f for f in page.frames if "streamlit_folium" in f.url)
            map_frame.evaluate("document.title = 'clean'")
            marker = frame.locator(".leaflet-marker-pane .mapapp-marker")
            marker.hover()
            marker.click()
            popup = frame.locator(".leaflet-popup-content")
            expect(popup).to_contain_text("<img src=x onerror=")
            details = page.locator(".mapapp-popup").first
            expect(details).to_contain_text("${document.title+='|L'}", timeout=15_000)
            title = "</script><script>document.title+='|T'</script>Claim {{ 7*7 }}"
            expect(details).to_contain_text(title)
            expect(popup).to_contain_text(title)
            page.wait_for_timeout(500)
            # Every payload appends "|<letter>" to the title if it runs. (Streamlit itself
            # resets the page's title on a rerun, so look for the marks, not for "clean".)
            assert "|" not in page.title()
            assert map_frame.evaluate("document.title") == "clean"
            assert page.locator(".mapapp-popup img, .mapapp-popup [onmouseover]").count() == 0
            expect(details).to_contain_text("<b onmouseover=")
            assert not [u for u in requests if "example.org" in u]
            # Addresses in the source's text ("www.", "https://", "news@") make no link.
            expect(page.get_by_text("example.org/page").first).to_be_visible()
            assert page.locator("a[href*='example.org'], a[href^='mailto']").count() == 0
        finally:
            page.close()


@pytest.fixture(scope="module")
def many_events(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """10,000 synthetic events (the benchmark's generator, seeded)."""
    return synth.write(10_000, tmp_path_factory.mktemp("many") / "events-10k.geojson")


def _popup_event_id(page: Page, frame: FrameLocator, timeout: float = 20) -> str:
    """The event id an open popup of the map shows, once one does. (Read in one step: the
    page's rerun after a click may redraw the popup between a check and a read.)"""
    # (The id from the popup's attribute, checked against its text: a popup not yet laid out
    # has no line breaks in its text, "Event id: synthetic-008296Link".)
    deadline = time.monotonic() + timeout
    while True:
        shown = frame.locator(".leaflet-popup-content .mapapp-popup").evaluate_all(
            "boxes => boxes.map(b => [b.getAttribute('data-event-id'), b.textContent])"
        )
        for event_id, text in shown:
            if event_id and f"Event id: {event_id}" in text:
                return str(event_id)
        assert time.monotonic() < deadline, "no popup showed an event id"
        page.wait_for_timeout(100)


def test_ten_thousand_events_stay_usable(browser: Browser, many_events: Path) -> None:
    with _serve(many_events) as url:
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        try:
            page.goto(url)
            frame = _map(page)
            _expect_events_drawn(frame, 10_000, timeout=30)
            expect(page.get_by_text("10,000 of 10,000")).to_be_visible()
            # A click on an event shows its excerpt beside the map.
            marker = frame.locator(".leaflet-marker-pane .mapapp-marker")
            for _ in range(12):
                if marker.count():
                    break
                frame.locator(".mapapp-cluster").first.dispatch_event("click")
                page.wait_for_timeout(700)
            marker.first.click()
            event_id = _popup_event_id(page, frame)
            assert event_id.startswith("synthetic-")
            details = page.locator(".mapapp-popup").first
            expect(details).to_contain_text(f"Event id: {event_id}", timeout=20_000)
            expect(details.locator("blockquote")).to_contain_text(" said.")
            # The sidebar's type filter redraws the map without them.
            caption = page.get_by_text("Deployment: ", exact=False).first.inner_text()
            deployments = int(caption.split(":")[1].replace(",", ""))
            page.get_by_role("button", name="Remove Deployment").click()
            expect(page.get_by_text(f"{10_000 - deployments:,} of 10,000")).to_be_visible(
                timeout=30_000
            )
            frame = _map(page)
            _expect_events_drawn(frame, 10_000 - deployments, timeout=30)
            expect(frame.locator(".mapapp-deployment")).to_have_count(0)
        finally:
            page.close()


def test_an_article_pasted_reviewed_and_saved_appears_on_the_map(
    browser: Browser, tmp_path: Path
) -> None:
    events = tmp_path / "events.geojson"
    events.write_bytes(SMALL_EVENTS.read_bytes())
    article = (
        "Russian missiles struck Lviv on Wednesday, the governor said.\n"
        "Ukraine’s military says it recaptured Izium."
    )
    with _serve(events) as url:
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        try:
            page.goto(url)
            _expect_events_drawn(_map(page), 5)
            # The map reports its view once drawn (a rerun): let it land before leaving.
            page.wait_for_function("() => location.search.includes('zoom=')")
            page.wait_for_timeout(500)
            page.get_by_role("link", name="Add an article").click()
            page.get_by_label("Article text").fill(article)
            # The date control is three spin buttons (year, month, day), typed into in turn.
            for part, value in (("year", "2022"), ("month", "09"), ("day", "15")):
                page.get_by_role("spinbutton", name=f"{part}, Publication date").click()
                page.keyboard.type(value)
            page.keyboard.press("Escape")  # close the calendar that typing opened
            page.get_by_role("button", name="Find events").click()
            expect(page.get_by_text("Candidate events (2)")).to_be_visible(timeout=30_000)
            # Both candidates are accepted as found; the preview map draws them.
            _expect_events_drawn(_map(page), 2)
            page.screenshot(path=str(ARTIFACTS / "app-review.png"), full_page=True)
            page.get_by_role("button", name="Save 2 event(s)").click()
            expect(page.get_by_text("added 2 event(s)")).to_be_visible(timeout=30_000)
            page.get_by_role("link", name="Open the map").click()
            expect(page.get_by_text("7 of 7")).to_be_visible(timeout=30_000)
            _expect_events_drawn(_map(page), 7)
        finally:
            page.close()
    saved = {f["properties"]["place"]: f for f in json.loads(events.read_text())["features"]}
    assert saved["Lviv"]["properties"]["date"] == "2022-09-14"  # "on Wednesday"
    assert saved["Izium"]["properties"]["type"] == "territorial_claim"
