"""The map clustered on the server (many events): the page holds no event, the server sends
clusters and markers for each view, and the filters, search, timeline, selection and
details work as they do when the browser holds every event.

A low ``MAPAPP_SERVER_SIDE_FROM`` makes the sample file "many" here; the benchmark
(``benchmarks/browser.py``) runs the same page on 100,000 and 1,000,000 events.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import Browser, Frame, Page
from streamlit.testing.v1 import AppTest

from mapapp.map.layer import EVENT
from tests.paths import EVENTS, ROOT
from tests.test_browser import MAP_FRAME, MARKERS

APP = str(ROOT / "mapapp" / "app" / "main.py")


def _open(monkeypatch: pytest.MonkeyPatch, query: dict[str, str] | None = None) -> AppTest:
    monkeypatch.setenv("MAPAPP_EVENTS", str(EVENTS))
    monkeypatch.setenv("MAPAPP_TILES", "none")
    monkeypatch.setenv("MAPAPP_SERVER_SIDE_FROM", "3")
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    return at.run()


def _map_html(at: AppTest) -> str:
    [component] = [el for el in at.main.get("component_instance") if "script" in el.proto.json_args]
    return str(json.loads(component.proto.json_args)["script"])


def _view(at: AppTest) -> dict[str, Any]:
    [component] = at.main.get("bidi_component")
    view: dict[str, Any] = json.loads(component.proto.json)["view"]
    return view


def _ids(view: dict[str, Any]) -> set[str]:
    return {event[EVENT.index("id")] for event in view["events"]}


def _total(view: dict[str, Any]) -> int:
    return sum(c[2] for c in view["clusters"]) + sum(1 for f in view["fans"] if f < 0)


def test_the_page_holds_no_event_and_the_view_carries_them(monkeypatch: pytest.MonkeyPatch):
    at = _open(monkeypatch)
    assert not at.exception
    html = _map_html(at)
    assert '"server": true' in html or '"server":true' in html
    assert "Novoshakhtinsk" not in html  # no event text in the map's page
    view = _view(at)
    assert view["inView"] == 12
    assert _total(view) == 12
    assert at.metric[0].value == "12 of 12"


def test_filters_and_search_are_applied_on_the_server(monkeypatch: pytest.MonkeyPatch):
    at = _open(monkeypatch)
    at.sidebar.multiselect(key="types").unselect("strike").run()
    view = _view(at)
    assert view["inView"] == int(at.metric[0].value.split(" of ")[0])
    assert not any(k == "strike" for k in view["rows"])
    assert all(c[3][0] == 0 for c in view["clusters"])  # no strike in any badge
    at.sidebar.multiselect(key="types").select("strike").run()
    at.sidebar.text_input(key="q").input("Novoshakhtinsk").run()
    view = _view(at)
    found = int(at.metric[0].value.split(" of ")[0])
    assert 1 <= view["inView"] == found < 12
    assert "novoshakhtinsk-refinery-strike" in _ids(view)


def test_once_the_page_is_out_the_search_gets_ready_in_the_background(
    monkeypatch: pytest.MonkeyPatch,
):
    from mapapp.core import query
    from mapapp.map import resources

    monkeypatch.setattr(query, "SIGNATURE_FROM", 3)  # the sample counts as a million here
    at = _open(monkeypatch)
    assert not at.exception
    table = resources.load(str(EVENTS), resources.file_version(str(EVENTS))).table
    assert table._signing is not None  # started without any search
    table._signing.join(timeout=30)
    assert table._signatures is not None
    assert table._small_text is not None
    at.sidebar.text_input(key="q").input("refinery").run()
    found = int(at.metric[0].value.split(" of ")[0])
    assert "novoshakhtinsk-refinery-strike" in _ids(_view(at))
    assert found == int(table.matching("refinery").sum()) >= 1


def test_the_view_follows_the_map_and_the_timeline(monkeypatch: pytest.MonkeyPatch):
    at = _open(monkeypatch, {"from": "2024-12-19", "to": "2024-12-19"})
    dated = _view(at)["inView"]
    everything = _open(monkeypatch)
    assert 0 < dated < _view(everything)["inView"]


def test_an_event_from_the_address_is_sent_and_its_details_shown(
    monkeypatch: pytest.MonkeyPatch,
):
    at = _open(monkeypatch, {"event": "novoshakhtinsk-refinery-strike"})
    assert not at.exception
    assert "novoshakhtinsk-refinery-strike" in _ids(_view(at))
    details = "\n".join(str(h.proto) for h in at.main.get("html"))
    assert "Novoshakhtinsk" in details
    assert "Rostov" in details


def test_region_outlines_are_in_the_page_once_and_each_answer_shows_its_own(
    monkeypatch: pytest.MonkeyPatch,
):
    at = _open(monkeypatch)
    html = _map_html(at)
    start = html.index("mapappRegionOutlines(")
    call = html[start : html.index(";", start)]
    assert call.rstrip(") ").endswith("true")  # hidden until an answer names them
    for name in ("Kursk Oblast", "Rostov Oblast", "Crimea"):
        assert name in call
    assert len(_view(at)["outlines"]) == 3
    assert "rostov-region-missiles-drones" in _view(at)["outlined"]
    at.sidebar.multiselect(key="types").unselect("deployment").unselect("territorial_claim").run()
    [(_, colour)] = _view(at)["outlines"]  # Rostov Oblast's strikes only
    assert colour == "#D55E00"


# --- In Chromium ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def many_server() -> Iterator[str]:
    from tests.test_browser import _serve

    before = os.environ.get("MAPAPP_SERVER_SIDE_FROM")
    os.environ["MAPAPP_SERVER_SIDE_FROM"] = "3"
    try:
        with _serve(EVENTS) as url:
            yield url
    finally:
        if before is None:
            os.environ.pop("MAPAPP_SERVER_SIDE_FROM", None)
        else:
            os.environ["MAPAPP_SERVER_SIDE_FROM"] = before


def _map_frame(page: Page) -> Frame:
    handle = page.locator(MAP_FRAME).element_handle()
    assert handle is not None
    frame = handle.content_frame()
    assert frame is not None
    return frame


@pytest.mark.browser
def test_in_chromium_a_zoom_brings_the_next_answer_and_a_click_the_details(
    browser: Browser, many_server: str
):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.set_default_timeout(30_000)
    page.goto(many_server)
    page.frame_locator(MAP_FRAME).locator(MARKERS).first.wait_for(state="attached")
    page.wait_for_function("() => location.search.includes('zoom=')")
    frame = _map_frame(page)
    frame.evaluate(
        """() => {
          for (const k in window) if (k.startsWith('map_') && window[k] && window[k].setZoom)
            window.testMap = window[k];
          window.testViews = [];
          const show = window.mapappSetView;
          window.mapappSetView = (p) => { window.testViews.push(p); return show(p); };
        }"""
    )
    # Zoomed in on Donetsk oblast: the answer is for that view, at that zoom.
    frame.evaluate("testMap.setView([48.0, 37.3], 11, {animate: false})")
    frame.wait_for_function("() => testViews.some(v => v.zoom === 11)")
    view = frame.evaluate("testViews.filter(v => v.zoom === 11).pop()")
    assert 0 < view["inView"] < 12
    assert {"stari-terny-capture-claim", "trudove-capture-claim"} <= _ids(view)
    assert "novoshakhtinsk-refinery-strike" not in _ids(view)  # 190 km east
    # Far from every event, nothing is drawn.
    frame.evaluate("testMap.setView([10.0, -40.0], 8, {animate: false})")
    frame.wait_for_function("() => testViews.some(v => v.zoom === 8)")
    page.wait_for_timeout(300)
    assert frame.locator(MARKERS).count() == 0
    # Back on Rostov oblast: the Novoshakhtinsk marker opens its popup and the details.
    frame.evaluate("testMap.setView([47.76, 39.93], 12, {animate: false})")
    frame.wait_for_function("() => testViews.some(v => v.zoom === 12)")
    marker = frame.locator(".mapapp-marker.mapapp-strike").first
    marker.wait_for()
    marker.click()
    popup = frame.locator(".leaflet-popup-content")
    popup.wait_for()
    assert "Novoshakhtinsk" in popup.inner_text()
    page.get_by_text("Ukraine's military", exact=False).first.wait_for()
    page.close()


@pytest.mark.browser
def test_in_chromium_the_outlines_shown_follow_the_filters(browser: Browser, many_server: str):
    outline = "path.leaflet-interactive[stroke-dasharray='7 5'], path[stroke-dasharray='7 5']"
    counts = {}
    for query in ("", "?types=strike"):
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.set_default_timeout(30_000)
        page.goto(many_server + query)
        frame = page.frame_locator(MAP_FRAME)
        frame.locator(MARKERS).first.wait_for(state="attached")
        frame.locator(outline).first.wait_for(state="attached")
        page.wait_for_timeout(500)
        counts[query] = frame.locator(outline).count()
        page.close()
    assert counts == {"": 3, "?types=strike": 1}
