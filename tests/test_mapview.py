from __future__ import annotations

import re
from typing import Any

import pytest

from mapapp.events import Event, filter_events, load_events, parse_feature
from mapapp.gazetteer import Gazetteer
from mapapp.mapview import build_map, popup_html, render_html
from mapapp.registry import EVENT_TYPES
from tests.paths import SMALL_EVENTS

PAYLOADS = [
    "<img src=x onerror=\"document.title+='|X'\">",
    "</script><script>document.title+='|X'</script>",
    "${document.title+='|X'}",
    "`); document.title+='|X'; (`",
    "{{ 7*7 }}",
]


@pytest.fixture(scope="module")
def events() -> list[Event]:
    return list(load_events(SMALL_EVENTS, Gazetteer.default()).events)


def _markers(html: str) -> int:
    return html.count("L.marker(")


@pytest.mark.parametrize(
    "types", [None, ["strike"], ["deployment"], ["territorial_claim"], ["strike", "deployment"]]
)
def test_one_marker_per_shown_event(events: list[Event], types: list[str] | None) -> None:
    shown = filter_events(events, types)
    html = render_html(build_map(shown, tiles=None))
    assert _markers(html) == len(shown)
    assert html.count("bindPopup(") == len(shown)
    for key, spec in EVENT_TYPES.items():
        count = sum(e.type == key for e in shown)
        # A layer per type shown, named with its count; no empty layers.
        assert (f"{spec.label} ({count})" in html) == (count > 0)


def test_empty_selection_still_renders_a_map(events: list[Event]) -> None:
    html = render_html(build_map([], tiles=None))
    assert _markers(html) == 0
    assert "L.map(" in html


def test_markers_use_lat_lon_order_and_fit_the_events(events: list[Event]) -> None:
    html = render_html(build_map(events, tiles=None))
    # Stari Terny: GeoJSON [37.2113, 48.0171] must reach Leaflet as [lat, lon].
    assert re.search(r"L\.marker\(\s*\[48\.0171, 37\.2113\]", html)
    assert "fitBounds(" in html


def test_types_precisions_and_legend_are_styled(events: list[Event]) -> None:
    html = render_html(build_map(events, tiles=None))
    for key, spec in EVENT_TYPES.items():
        assert f"mapapp-{key}" in html
        assert spec.colour in html
    assert "mapapp-gp3" in html
    assert "mapapp-gp1" in html
    assert "mapapp-legend" in html
    assert "Region only" in html


def test_offline_map_loads_only_local_assets(events: list[Event]) -> None:
    html = render_html(build_map(events, tiles=None, asset_base="/app/static/vendor"))
    assert re.findall(r"https?://[^\s\"'<>]+", html) == []
    assert '<script src="/app/static/vendor/leaflet/leaflet.js"' in html
    assert "jquery" not in html.lower()
    assert "bootstrap" not in html.lower()


def test_tile_provider_is_a_setting(events: list[Event]) -> None:
    html = render_html(build_map(events, tiles="OpenStreetMap"))
    assert "tile.openstreetmap.org" in html
    local = "http://127.0.0.1:8080/tiles/{z}/{x}/{y}.png"
    assert local in render_html(build_map(events, tiles=local))


@pytest.mark.parametrize("payload", PAYLOADS)
@pytest.mark.parametrize("field", ["excerpt", "title", "place", "claimed_by"])
def test_article_text_is_escaped_in_popups_and_tooltips(
    feature: dict[str, Any], payload: str, field: str
) -> None:
    feature["properties"][field] = f"before {payload} after"
    event = parse_feature(feature)
    html = render_html(build_map([event], tiles=None))
    assert payload not in html
    assert "<img src=x" not in html
    assert "<script>document" not in html
    # The text is still there for the reader, as inert characters.
    assert "before" in popup_html(event)
    assert "after" in popup_html(event)
    if "<" in payload:
        assert "&lt;" in popup_html(event)
