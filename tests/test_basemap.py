"""The offline basemap: what the page carries, labels and their zooms, contested areas; and,
in a real browser, what it draws."""

from __future__ import annotations

import copy
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import folium
import geopandas as gpd  # type: ignore[import-untyped, unused-ignore]
import pytest
import shapely

from mapapp.core.model import Event, parse_feature
from mapapp.geo.gazetteer import Gazetteer
from mapapp.geo.regions import PACKAGED, Regions
from mapapp.map.basemap import (
    COUNTRIES_FILE,
    STATIC,
    add_basemap,
    add_region_outlines,
    basemap_data,
    contested_features,
    label_min_zoom,
    place_labels,
)
from tests.samples import VALID_FEATURE

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
# Donetsk oblast: the browser test's view (lat, lon, zoom).
VIEW = (48.1, 37.9, 8)
CHROMIUM = os.environ.get("MAPAPP_CHROMIUM", "/usr/bin/chromium")
_URL = re.compile(r"https?://")
_ASSET = re.compile(
    r'<script src="mapapp-static:/([^"]+)"></script>|'
    r'<link rel="stylesheet" href="mapapp-static:/([^"]+)"\s*/>'
)


@pytest.fixture(scope="module")
def packaged() -> Regions:
    if not PACKAGED.is_file() or not (STATIC / "vendor" / COUNTRIES_FILE).is_file():
        pytest.skip("map assets not fetched (`make assets`)")
    return Regions.packaged()


def _event(
    event_id: str, lat: float, lon: float, precision: int, kind: str, place: str = "Kursk region"
) -> Event:
    feature = copy.deepcopy(VALID_FEATURE)
    feature["geometry"]["coordinates"] = [lon, lat]  # GeoJSON order
    feature["properties"].update(id=event_id, geo_precision=precision, type=kind, place=place)
    return parse_feature(feature)


def _map(asset_base: str = "/app/static") -> folium.Map:
    """A bare map with Leaflet from ``asset_base``, as ``view.build_map`` makes it."""
    m = folium.Map(location=[48.1, 37.8], zoom_start=8, tiles=None)
    m.options["max_zoom"] = 18
    m.default_js = [("leaflet", f"{asset_base}/vendor/leaflet/leaflet.js")]
    m.default_css = [("leaflet_css", f"{asset_base}/vendor/leaflet/leaflet.css")]
    return m


def _call(html: str, function: str) -> list[Any]:
    """The JSON arguments (after the map) of the first call of ``function`` in ``html``."""
    start = html.index(f"{function}(")
    start = html.index(",", start) + 1
    decoder = json.JSONDecoder()
    values: list[Any] = []
    while True:
        while html[start] in " ,\n":
            start += 1
        if html[start] == ")":
            return values
        value, start = decoder.raw_decode(html, start)
        values.append(value)


# --- Labels --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("population", "seat", "capital", "zoom"),
    [
        (2_952_301, True, True, 4),  # Kyiv
        (10, False, True, 4),  # a capital whatever its size
        (1_421_125, True, False, 4),  # Kharkiv: a city of a million
        (901_645, True, False, 5),  # Donetsk: an oblast centre
        (115_449, True, False, 5),  # Uzhhorod
        (147_145, False, False, 6),  # Kramatorsk
        (100_000, False, False, 6),
        (99_999, False, False, None),
        (0, False, False, None),
    ],
)
def test_label_zoom_thresholds(
    population: int, seat: bool, capital: bool, zoom: int | None
) -> None:
    assert label_min_zoom(population, seat=seat, capital=capital) == zoom


def test_place_labels(gazetteer: Gazetteer) -> None:
    labels = place_labels(gazetteer)
    by_name = {label.name: label for label in labels}
    assert (by_name["Kyiv"].kind, by_name["Kyiv"].min_zoom) == ("capital", 4)
    assert (by_name["Donetsk"].kind, by_name["Donetsk"].min_zoom) == ("seat", 5)
    assert (by_name["Kramatorsk"].kind, by_name["Kramatorsk"].min_zoom) == ("city", 6)
    assert by_name["Mariupol"].min_zoom == 6
    # City districts, which GeoNames lists as places of their own, get no label.
    for district in ("Saltivka", "Obolon", "Darnytsya", "Pravyi Bereh", "Kalininskiy"):
        assert district not in by_name
    # Most important first: the browser places them in this order.
    zooms = [label.min_zoom for label in labels]
    assert zooms == sorted(zooms)


def test_contested_areas(packaged: Regions) -> None:
    features, labels = contested_features(packaged)
    shapes = {
        f["properties"]["status"]: shapely.from_geojson(json.dumps(f["geometry"])) for f in features
    }
    assert set(shapes) == {"occupied", "claimed"}
    assert shapes["occupied"].contains(shapely.Point(34.11, 44.96))  # Simferopol
    assert shapes["occupied"].contains(shapely.Point(33.52, 44.6))  # Sevastopol
    for lon, lat in ((37.80, 48.02), (39.31, 48.57), (35.14, 47.84), (32.61, 46.64)):
        assert shapes["claimed"].contains(shapely.Point(lon, lat))  # the four oblast centres
    for lon, lat in ((39.71, 47.22), (36.23, 49.99), (30.52, 50.45)):
        assert not shapes["claimed"].contains(shapely.Point(lon, lat))  # Rostov, Kharkiv, Kyiv
    assert [label.name for label in labels] == ["Crimea (occupied since 2014)"]


# --- The page ------------------------------------------------------------------------------


def test_app_map_fetches_countries_from_the_app_only(
    packaged: Regions, gazetteer: Gazetteer
) -> None:
    m = _map()
    add_basemap(m, asset_base="/app/static", embedded=False, regions=packaged, gazetteer=gazetteer)
    html = m.get_root().render()
    assert '<script src="/app/static/mapapp/basemap.js">' in html
    assert '<script src="/app/static/vendor/topojson-client/topojson-client.min.js">' in html
    countries, data = _call(html, "mapappBasemap")
    assert countries == f"/app/static/vendor/{COUNTRIES_FILE}"
    assert data["regions"]["type"] == "MultiLineString"
    assert {f["properties"]["status"] for f in data["contested"]["features"]} == {
        "occupied",
        "claimed",
    }
    names = [row[data["labels"]["fields"]["name"]] for row in data["labels"]["rows"]]
    assert "Kyiv" in names
    assert "Donetsk" in names
    assert not _URL.search(html), _URL.findall(html)  # nothing from any other host


def test_standalone_map_embeds_the_countries(packaged: Regions, gazetteer: Gazetteer) -> None:
    m = _map("mapapp-static:")
    add_basemap(
        m, asset_base="mapapp-static:", embedded=True, regions=packaged, gazetteer=gazetteer
    )
    html = m.get_root().render()
    countries, _ = _call(html, "mapappBasemap")
    assert set(countries["objects"]) >= {"land", "countries"}
    assert '<script src="mapapp-static:/mapapp/basemap.js">' in html
    assert not _URL.search(html)


def test_no_regions_draws_no_region_borders(packaged: Regions, gazetteer: Gazetteer) -> None:
    data = basemap_data(None, gazetteer)
    assert data["regions"] is None
    assert data["contested"]["features"]  # contested areas come from the packaged data


def test_user_regions_in_the_page(tmp_path: Path, gazetteer: Gazetteer) -> None:
    hostile = "</script><script>document.title='X'</script>{{ 7*7 }}"
    frame = gpd.GeoDataFrame(
        {"name": [hostile, "East"]},
        geometry=[shapely.box(30, 50, 31, 51), shapely.box(31, 50, 32, 51)],
        crs="EPSG:4326",
    )
    path = tmp_path / "<b>mine.geojson"
    frame.to_file(path, driver="GeoJSON")
    regions = Regions.from_file(path)
    m = _map()
    add_basemap(m, asset_base="/app/static", embedded=False, regions=regions, gazetteer=gazetteer)
    events = [_event("r", 50.5, 30.5, 3, "strike", place=hostile)]
    outlines = add_region_outlines(m, regions, events, asset_base="/app/static")
    assert [f["properties"]["name"] for f in outlines["features"]] == [hostile]
    html = m.get_root().render()
    assert "<script>document.title" not in html
    assert "<b>mine" not in html
    assert "{{ 7*7 }}" not in html
    _, data = _call(html, "mapappBasemap")
    assert data["attribution"].startswith("Borders: Natural Earth; regions: &lt;b&gt;mine")
    collection, server = _call(html, "mapappRegionOutlines")
    assert server is False  # drawn as they are, not shown by the server's answers
    assert collection["features"][0]["properties"]["name"] == hostile
    assert collection["features"][0]["properties"]["colour"] == "#D55E00"  # strike


def test_region_outlines_colour(packaged: Regions) -> None:
    m = _map()
    events = [
        _event("a", 47.22, 39.71, 3, "strike", place="Rostov region"),
        _event("b", 51.73, 36.18, 3, "strike"),
        _event("c", 51.73, 36.18, 3, "deployment"),
        _event("d", 48.0, 37.28, 1, "territorial_claim"),
    ]
    outlines = add_region_outlines(m, packaged, events, asset_base="/app/static")
    colours = {f["properties"]["name"]: f["properties"]["colour"] for f in outlines["features"]}
    assert colours == {"Rostov Oblast": "#D55E00", "Kursk Oblast": "#555"}
    assert "mapappRegionOutlines(" in m.get_root().render()
    assert add_region_outlines(_map(), None, events, asset_base="")["features"] == []


# --- In a browser --------------------------------------------------------------------------


def _standalone(m: folium.Map) -> str:
    """The map as one page with every asset inside it (as ``view.export_html`` does)."""

    def inline(match: re.Match[str]) -> str:
        script, style = match.groups()
        text = (STATIC / (script or style)).read_text(encoding="utf-8")
        if script:
            return "<script>" + text.replace("</script", "<\\/script") + "</script>"
        return "<style>" + text + "</style>"

    return _ASSET.sub(inline, m.get_root().render())


@pytest.fixture
def browser_page() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    from benchmarks.browser import CHROMIUM_ARGS

    if not Path(CHROMIUM).exists():
        pytest.fail(f"No Chromium at {CHROMIUM}: apt-get install chromium (or set MAPAPP_CHROMIUM)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1200, "height": 850})
        yield page
        browser.close()


@pytest.mark.browser
def test_offline_basemap_in_the_browser(
    browser_page: Any, packaged: Regions, gazetteer: Gazetteer, tmp_path: Path
) -> None:
    """Donetsk oblast at zoom 8, no tiles: land, borders, the claimed oblasts' outline,
    labels that do not overlap, the outline of a region-level event, markers above all."""
    from mapapp.map.view import build_map

    events = [
        _event("kurakhove", 47.98, 37.28, 1, "territorial_claim"),
        _event("donetsk-region", 48.023, 37.802, 3, "strike", place="the Donetsk region"),
        _event("novoshakhtinsk", 47.76, 39.93, 2, "strike"),
    ]
    m = build_map(
        events,
        tiles=None,
        asset_base="mapapp-static:",
        details="full",
        view=VIEW,
        embedded=True,
        regions=packaged,
    )
    page_path = tmp_path / "basemap.html"
    page_path.write_text(_standalone(m), encoding="utf-8")
    page = browser_page
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(page_path.as_uri())
    page.wait_for_function("document.querySelectorAll('.mapapp-label').length > 5")
    page.wait_for_timeout(800)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "basemap.png"))

    assert errors == []
    assert all(url.startswith(("file:", "data:")) for url in requests), requests
    labels = page.locator(".mapapp-label")
    texts = labels.all_inner_texts()
    for name in ("Donetsk", "Kramatorsk", "Mariupol"):
        assert name in texts
    boxes = [labels.nth(i).bounding_box() for i in range(labels.count())]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert a is not None
            assert b is not None
            apart = (
                a["x"] + a["width"] <= b["x"] + 1
                or b["x"] + b["width"] <= a["x"] + 1
                or a["y"] + a["height"] <= b["y"] + 1
                or b["y"] + b["height"] <= a["y"] + 1
            )
            assert apart, (a, b)
    # In the basemap pane, bottom to top: land, region borders, contested areas (hatched,
    # dotted), country borders; the region of the region-level event in the overlay pane.
    strokes = page.eval_on_selector_all(
        ".leaflet-mapapp-land-pane path", "ps => ps.map(p => p.getAttribute('stroke'))"
    )
    colours = {"land": "#8a9aa6", "region": "#a3abb3", "contested": "#7a2e5a", "border": "#5f656d"}
    order = [next(k for k, v in colours.items() if v == s) for s in strokes]
    assert order == sorted(order, key=list(colours).index), order
    assert set(order) == set(colours)
    assert page.locator('.leaflet-mapapp-land-pane path[stroke-dasharray="1 4"]').count() == 1
    assert page.locator('.leaflet-overlay-pane path[stroke="#D55E00"]').count() == 1
    # Labels sit under the markers.
    z = page.evaluate(
        "() => [getComputedStyle(document.querySelector('.leaflet-mapapp-labels-pane')).zIndex,"
        " getComputedStyle(document.querySelector('.leaflet-marker-pane')).zIndex]"
    )
    assert int(z[0]) < int(z[1])
    assert page.locator(".mapapp-basemap-key").inner_text().startswith("Borders")


def test_the_basemap_is_kept_and_made_again_when_what_it_is_made_from_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, packaged: Regions, gazetteer: Gazetteer
) -> None:
    """The packaged regions' basemap is kept on disk, so a start reads it instead of making
    it (0.9 s); another gazetteer file, or the same one changed, makes it again, and a
    user's own regions are never kept."""
    import shutil

    from mapapp.map import basemap

    monkeypatch.setattr(basemap, "KEPT_DIR", tmp_path / "kept")
    basemap._data_json.cache_clear()
    made = basemap._data_json(packaged, gazetteer.path)
    [kept] = (tmp_path / "kept").glob("basemap-regions-*.json")
    assert kept.read_text(encoding="utf-8") == made
    assert json.loads(made)["labels"]["rows"]  # the whole basemap, labels and all

    def not_again(*args: Any) -> Any:
        raise AssertionError("the basemap was made again")

    monkeypatch.setattr(basemap, "basemap_data", not_again)
    basemap._data_json.cache_clear()
    assert basemap._data_json(packaged, gazetteer.path) == made  # read from disk
    # Another gazetteer (here the same places, in another file): made again, and kept
    # instead of the one before.
    monkeypatch.undo()
    monkeypatch.setattr(basemap, "KEPT_DIR", tmp_path / "kept")
    other = tmp_path / "gazetteer.sqlite"
    shutil.copy2(gazetteer.path, other)
    basemap._data_json.cache_clear()
    assert basemap._data_json(packaged, other) == made
    [again] = (tmp_path / "kept").glob("basemap-regions-*.json")
    assert again != kept
    # Changed (its time): made again.
    os.utime(other, ns=(1, 1))
    basemap._data_json.cache_clear()
    basemap._data_json(packaged, other)
    [changed] = (tmp_path / "kept").glob("basemap-regions-*.json")
    assert changed != again
    # A user's own regions are never kept.
    mine = Regions(packaged.names[:2], packaged.geometries[:2], source="my regions")
    assert basemap._kept_file(mine, gazetteer.path) is None
    basemap._data_json.cache_clear()
