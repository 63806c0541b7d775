"""The analyst's map in Chromium: the timeline's brush and play, the address that restores a
view, the link to an event, and the map at phone width."""

from __future__ import annotations

import time
from urllib.parse import parse_qs, urlparse

import pytest
from playwright.sync_api import Browser, FrameLocator, Page, expect

from tests.test_browser import ARTIFACTS, MAP_FRAME, MARKERS

pytestmark = pytest.mark.browser


def _open(browser: Browser, url: str, width: int = 1400) -> tuple[Page, FrameLocator]:
    page = browser.new_page(viewport={"width": width, "height": 1000})
    page.set_default_timeout(30_000)
    page.goto(url)
    frame = page.frame_locator(MAP_FRAME)
    frame.locator(MARKERS).first.wait_for(state="attached")
    page.locator(".mapapp-timeline svg").wait_for()
    # The map has reported its view (one rerun after it is drawn): the page is settled.
    page.wait_for_function("() => location.search.includes('zoom=')")
    page.wait_for_timeout(500)
    return page, frame


def _params(page: Page) -> dict[str, str]:
    return {k: v[-1] for k, v in parse_qs(urlparse(page.url).query).items()}


def _markers(frame: FrameLocator) -> int:
    return frame.locator(MARKERS).count()


def _metric(page: Page) -> str:
    return page.locator('[data-testid="stMetricValue"]').first.inner_text()


def test_brushing_the_timeline_sets_the_dates_everywhere(browser: Browser, server: str) -> None:
    page, frame = _open(browser, server)
    assert _markers(frame) == 3  # three places (two events share Kursk)
    box = page.locator(".mapapp-timeline svg").bounding_box()
    assert box is not None
    # Drag across the first weeks only: August, the incursion into the Kursk region.
    page.mouse.move(box["x"] + 3, box["y"] + 40)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.25, box["y"] + 40, steps=6)
    page.mouse.up()
    expect(page.locator('[data-testid="stMetricValue"]').first).to_have_text("1 of 5")
    assert _markers(frame) == 1  # the map follows
    page.wait_for_function("() => location.search.includes('to=')")  # the address follows
    params = _params(page)
    assert "from" not in params  # the first day of the data: the default
    assert params["to"] < "2024-10-01"
    # The sidebar's dates follow the brush.
    dates = page.locator('[data-testid="stSidebar"] [data-testid="stDateInput"] input')
    shown = [dates.nth(i).input_value() for i in range(dates.count())]
    assert shown[0] == "2024-08-01"
    assert shown[-1] == params["to"]
    # And "All dates" brings everything back.
    page.get_by_role("button", name="All dates").click()
    expect(page.locator('[data-testid="stMetricValue"]').first).to_have_text("5 of 5")
    assert _markers(frame) == 3
    page.close()


def test_play_steps_through_the_period_redrawing_the_map(browser: Browser, server: str) -> None:
    page, frame = _open(browser, server)
    page.locator(".mapapp-play").click()
    seen = set()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        seen.add((page.locator(".mapapp-range").inner_text(), _markers(frame)))
        if page.locator(".mapapp-play").inner_text().startswith("▶"):
            break  # it stopped at the end
        time.sleep(0.3)
    ranges = {r for r, _ in seen}
    assert len(ranges) >= 5  # it moved on, step by step
    assert {n for _, n in seen} >= {0, 1}  # some steps show nothing, some an event
    assert page.locator(".mapapp-play").inner_text().startswith("▶")
    page.close()


def test_an_address_restores_the_view(browser: Browser, server: str) -> None:
    query = "?types=strike,territorial_claim&from=2024-12-01&event=stari-terny-capture-claim"
    page, frame = _open(browser, server + query)
    expect(page.locator('[data-testid="stMetricValue"]').first).to_have_text("3 of 5")
    # The selected event's popup is open on the map, and its details beside it.
    popup = frame.locator(".leaflet-popup-content .mapapp-popup")
    expect(popup).to_have_attribute("data-event-id", "stari-terny-capture-claim")
    assert "Stari Terny" in page.locator('[data-testid="stHtml"]').first.inner_text()
    # Its link is this view's event, in this app.
    link = popup.get_by_role("link", name="Link to this event")
    href = link.get_attribute("href") or ""
    assert href.startswith(server)
    assert parse_qs(urlparse(href).query) == {"event": ["stari-terny-capture-claim"]}
    page.close()


def test_a_bad_address_shows_a_note_and_the_map(browser: Browser, server: str) -> None:
    page, frame = _open(browser, server + "?types=parade&event=nothing&from=2024-99-99")
    text = page.locator('[data-testid="stAlert"]').all_inner_texts()
    assert any("parade" in t for t in text)
    assert any("nothing" in t for t in text)
    assert _markers(frame) == 3
    page.close()


def test_at_phone_width_the_popup_fits_and_the_legend_folds(browser: Browser, server: str) -> None:
    page, frame = _open(browser, server + "?event=novoshakhtinsk-refinery-strike", width=390)
    popup = frame.locator(".leaflet-popup")
    popup.wait_for()
    map_box = page.locator(MAP_FRAME).bounding_box()
    popup_box = popup.bounding_box()
    assert map_box is not None
    assert popup_box is not None
    assert popup_box["width"] <= map_box["width"]
    # The legend starts folded; the filters are a tap away in the sidebar.
    assert frame.locator(".mapapp-legend details").get_attribute("open") is None
    assert (
        page.locator(
            '[data-testid="stExpandSidebarButton"], [data-testid="stSidebarCollapsedControl"]'
        ).count()
        >= 1
    )
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "phone.png"), full_page=True)
    page.close()


def test_a_popup_the_legend_would_cover_folds_it_until_it_closes(
    browser: Browser, server: str
) -> None:
    page, frame = _open(browser, server)
    handle = page.locator(MAP_FRAME).element_handle()
    assert handle is not None
    inner = handle.content_frame()
    assert inner is not None
    legend = frame.locator(".mapapp-legend details")
    assert legend.get_attribute("open") is not None
    # A marker just behind the legend's top edge, its popup opened (as a search opens it).
    inner.evaluate(
        """() => {
          let map = null;
          for (const k in window) if (k.startsWith('map_') && window[k] && window[k].setZoom)
            map = window[k];
          let marker = null;
          map.eachLayer(l => { if (!marker && l.getPopup && l.options.mapappIndex !== undefined)
            marker = l; });
          const box = document.querySelector('.mapapp-legend').getBoundingClientRect();
          const mapBox = map.getContainer().getBoundingClientRect();
          const want = L.point(box.left + box.width / 2 - mapBox.left, box.top + 30 - mapBox.top);
          const at = map.latLngToContainerPoint(marker.getLatLng());
          map.panBy(at.subtract(want), {animate: false});
          window.testMarker = marker;
          marker.fire('click', {latlng: marker.getLatLng()}, true);
        }"""
    )
    frame.locator(".leaflet-popup").wait_for()
    expect(legend).not_to_have_attribute("open", "")
    inner.evaluate("testMarker._map.closePopup()")
    expect(legend).to_have_attribute("open", "")
    page.close()
