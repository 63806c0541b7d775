from __future__ import annotations

import base64
import gzip
import json
import re
from typing import Any

import pytest

from mapapp.core.model import Event, parse_feature
from mapapp.core.query import filter_events
from mapapp.core.schema import EVENT_TYPES
from mapapp.geo.gazetteer import Gazetteer
from mapapp.map.layer import (
    DETAILS_CHUNK,
    DETAILS_INLINE_LIMIT,
    PreparedEvents,
    _script_json,
    layer_data,
)
from mapapp.map.view import build_map, popup_html, render_html, view_bounds
from mapapp.store.load import load_events
from tests.maphtml import drawn, layer
from tests.paths import EVENTS, SMALL_EVENTS

PAYLOADS = [
    "<img src=x onerror=\"document.title+='|X'\">",
    "</script><script>document.title+='|X'</script>",
    "${document.title+='|X'}",
    "`); document.title+='|X'; (`",
    "{{ 7*7 }}",
    "{{ cycler.__init__.__globals__.os.getcwd() }}",  # would run on the server (see mapview)
]


@pytest.fixture(scope="module")
def events() -> list[Event]:
    return list(load_events(SMALL_EVENTS, Gazetteer.default()).events)


@pytest.mark.parametrize(
    "types", [None, ["strike"], ["deployment"], ["territorial_claim"], ["strike", "deployment"]]
)
def test_one_marker_per_shown_event(events: list[Event], types: list[str] | None) -> None:
    shown = filter_events(events, types)
    html = render_html(build_map(shown, tiles=None))
    counts = drawn(html)
    data, spec = layer(html)
    for key, type_spec in EVENT_TYPES.items():
        count = sum(e.type == key for e in shown)
        assert counts.get(key, 0) == count
        # Every type is in the legend, with its colour; the map has no type switches of its
        # own (the app's filters are the one place types are chosen).
        assert spec["types"][key]["label"] == type_spec.label
        assert spec["types"][key]["colour"] == type_spec.colour
        assert type_spec.label in html
    assert "L.control.layers" not in html
    assert [row[0] for row in data["events"]] == [e.id for e in shown]
    assert len(data["details"]) == len(shown)  # few events: every popup's words are inline


def test_empty_selection_still_renders_a_map(events: list[Event]) -> None:
    html = render_html(build_map([], tiles=None))
    assert drawn(html) == {}
    assert "L.map(" in html


def test_markers_use_lat_lon_order_and_fit_the_events(events: list[Event]) -> None:
    html = render_html(build_map(events, tiles=None))
    data, spec = layer(html)
    row_at, event_at = spec["fields"]["row"], spec["fields"]["event"]
    stari_terny = next(
        i for i, e in enumerate(data["events"]) if e[event_at["id"]] == "stari-terny-capture-claim"
    )
    [row] = [r for r in data["rows"]["territorial_claim"] if r[row_at["index"]] == stari_terny]
    # Stari Terny: GeoJSON [37.2113, 48.0171] must reach Leaflet as [lat, lon].
    assert (row[row_at["lat"]], row[row_at["lon"]]) == (48.0171, 37.2113)
    assert row[row_at["geo_precision"]] == 1
    assert "fitBounds(" in html


def test_popup_details_match_the_event(events: list[Event]) -> None:
    data, spec = layer(render_html(build_map(events, tiles=None)))
    at = spec["fields"]["detail"]
    for event, detail in zip(events, data["details"], strict=True):
        assert detail[at["title"]] == event.title
        assert detail[at["excerpt"]] == event.excerpt
        assert detail[at["claimed_by"]] == event.claimed_by
        assert detail[7] == event.excerpt
        assert detail[6] == event.claimed_by


def test_many_events_leave_excerpts_to_the_app_or_compress_them(feature: dict[str, Any]) -> None:
    many = []
    for i in range(DETAILS_INLINE_LIMIT + 1):
        feature["properties"]["id"] = f"e{i}"
        many.append(parse_feature(feature))
    assert layer_data(many)["details"] is None  # the app shows the excerpt beside the map
    full = layer_data(many, details="full")["details"]
    assert full["size"] == DETAILS_CHUNK
    assert len(full["chunks"]) == -(-len(many) // DETAILS_CHUNK)
    first = json.loads(gzip.decompress(base64.b64decode(full["chunks"][0])))
    assert first[0][7] == feature["properties"]["excerpt"]


def test_types_precisions_and_legend_are_styled(events: list[Event]) -> None:
    html = render_html(build_map(events, tiles=None))
    _, spec = layer(html)
    for key, type_spec in EVENT_TYPES.items():
        assert type_spec.colour in spec["types"][key]["html"]
        assert spec["clusterColours"][key] == type_spec.colour
    assert spec["sizes"]["3"] > spec["sizes"]["1"]  # region rings are larger
    assert ".mapapp-gp3 .mapapp-pin" in html  # and hollow and dashed
    assert "mapapp-legend" in html
    assert "Region only" in html


def test_offline_map_loads_only_local_assets(events: list[Event]) -> None:
    html = render_html(build_map(events, tiles=None, asset_base="/app/static"))
    assert re.findall(r"https?://[^\s\"'<>]+", html) == []
    for script in (
        "vendor/leaflet/leaflet.js",
        "vendor/leaflet.markercluster/leaflet.markercluster.js",
        "mapapp/events-layer.js",
    ):
        assert f'<script src="/app/static/{script}"' in html
    assert "jquery" not in html.lower()
    assert "bootstrap" not in html.lower()


def test_a_map_clustered_on_the_server_loads_no_clustering_library(events: list[Event]) -> None:
    # Its frame loads its scripts one after another: two fewer before its first badges.
    html = render_html(
        build_map([], tiles=None, asset_base="/app/static", server_bounds=(22, 44, 41, 53))
    )
    assert '<script src="/app/static/vendor/leaflet/leaflet.js"' in html
    assert '<script src="/app/static/mapapp/events-layer.js"' in html
    assert "markercluster" not in html.lower()
    assert "supercluster" not in html.lower()


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
    assert "<img src=x" not in html
    assert "<script>document" not in html
    # The text reaches the page as JSON data (set with textContent by events-layer.js)...
    data, _ = layer(html)
    assert f"before {payload} after" in data["details"][0]
    # ...and the details beside the map escape it; it stays there for the reader, inert.
    assert "before" in popup_html(event)
    assert "after" in popup_html(event)
    if "<" in payload:
        assert "&lt;" in popup_html(event)


def test_prepared_layer_is_the_same_as_the_layer_made_anew(events: list[Event]) -> None:
    prepared = PreparedEvents(events)
    for indices in ([], [0], [4, 1, 2], list(range(len(events)))):
        selection = [events[i] for i in indices]
        expected = json.loads(_script_json(layer_data(selection, details="none")))
        assert json.loads(prepared.layer_json(indices)) == expected


def test_the_view_leaves_out_a_far_flung_few(gazetteer: Gazetteer) -> None:
    events = list(load_events(EVENTS, gazetteer).events)
    (south, west), (north, east) = view_bounds(events)[0]
    assert west > 30
    _, outside = view_bounds(events)
    assert [e.place for e in outside] == ["North Korea"]  # Pyongyang, 6,000 km east
    assert (south, north) == (44.95719, 51.72689)  # Crimea to Kursk
    assert east < 40  # the Donbas and Rostov, not Korea
    # When far events are not a few, the view takes them all in.
    assert view_bounds(events[:1] + outside)[1] == []
