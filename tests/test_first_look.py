"""The first look at a large store (mapapp.map.aggregate.FirstLook, mapapp.store.scan.first_look):
where its events are, from their points and types alone, while every row is read and checked.
Its badges are the cells the full answer counts, its reader agrees with the full scan on
GeoParquet and PostGIS, and the page shows it, then the whole map."""

from __future__ import annotations

import copy
import json
import random
import threading
import time
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import streamlit_folium
from playwright.sync_api import Browser
from streamlit.testing.v1 import AppTest

from mapapp.core.query import EVENT_TYPE_KEYS
from mapapp.geo.regions import default_regions
from mapapp.map import resources
from mapapp.map.aggregate import FirstLook, Outlines, ViewIndex, ViewRequest, opening_zoom
from mapapp.store import columns_cache, open_store, scan
from mapapp.store.scan import first_look, scan_events
from tests.paths import EVENTS, ROOT
from tests.samples import VALID_FEATURE

APP = str(ROOT / "mapapp" / "app" / "main.py")
THEATRE = ViewRequest((22.0, 44.0, 41.0, 53.0), 5)
# Region-level reports at their regions' centres (GeoNames): Kharkiv, Donetsk, Belgorod.
REGION_LEVEL = [
    ("Kharkiv Oblast", (36.25272, 49.98081)),
    ("Donetsk Oblast", (37.80224, 48.023)),
    ("Belgorod region", (36.58704, 50.61074)),
]


def _features(n: int, seed: int = 7) -> list[dict[str, Any]]:
    """``n`` valid events around eastern Ukraine, of every type; some share a point, a few
    have none."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        feature = copy.deepcopy(VALID_FEATURE)
        feature["properties"].update(
            {"id": f"event-{i}", "type": EVENT_TYPE_KEYS[i % 3], "excerpt": f"Report {i}."}
        )
        if i % 10 == 0:
            feature["geometry"]["coordinates"] = [37.8, 48.0]  # one point, many reports
        else:
            feature["geometry"]["coordinates"] = [rng.uniform(30, 40), rng.uniform(46, 51)]
        if i % 97 == 0:
            feature["geometry"] = None
        if i % 7 == 0:  # reported of a region as a whole, drawn as its outline
            place, point = REGION_LEVEL[i % len(REGION_LEVEL)]
            feature["properties"].update({"place": place, "geo_precision": 3})
            feature["geometry"] = {"type": "Point", "coordinates": list(point)}
        out.append(feature)
    return out


def _cells_of_full_answer(answer: dict[str, Any]) -> list[tuple[Any, ...]]:
    """Every cell of a :meth:`ViewIndex.view` answer: its badges, and each event sent as a
    marker of its own (a cell of one)."""
    cells = [(c[2], tuple(c[3]), c[0], c[1]) for c in answer["clusters"]]
    index = {name: k for k, name in enumerate(EVENT_TYPE_KEYS)}
    for kind, rows in answer["rows"].items():
        for row in rows:
            if answer["fans"][row[-1]] < 0:
                counts = [0] * len(EVENT_TYPE_KEYS)
                counts[index[kind]] = 1
                cells.append((1, tuple(counts), round(row[0], 5), round(row[1], 5)))
    return sorted(cells)


def _cells(answer: dict[str, Any]) -> list[tuple[Any, ...]]:
    return sorted((c[2], tuple(c[3]), c[0], c[1]) for c in answer["clusters"])


@pytest.mark.parametrize(
    "request_",
    [
        THEATRE,
        ViewRequest((36.0, 47.0, 39.0, 49.0), 8),
        ViewRequest((37.7, 47.9, 37.9, 48.1), 12),
        ViewRequest((170.0, -10.0, -170.0, 10.0), 6),  # across the antimeridian, empty
    ],
)
def test_its_badges_are_the_cells_the_full_answer_counts(
    tmp_path: Path, request_: ViewRequest
) -> None:
    path = tmp_path / "events.parquet"
    open_store(path).append(_features(600))
    columns = scan_events(path).columns
    full = ViewIndex(columns).view(np.ones(len(columns), dtype=bool), request_, points_limit=0)
    points = first_look(path)
    assert points is not None
    assert points.rows == 600
    look = FirstLook(points.lon, points.lat, points.types, points.rows)
    answer = look.view(request_)
    assert answer["inView"] == full["inView"]
    assert _cells(answer) == _cells_of_full_answer(full)
    assert answer["rows"] == {}  # counts only: no event's words
    assert answer["events"] == []


def test_it_shows_the_region_outlines_the_full_answer_shows(tmp_path: Path) -> None:
    path = tmp_path / "events.parquet"
    open_store(path).append(_features(300))
    columns = scan_events(path).columns
    regions = default_regions()
    outlines = Outlines.of_columns(columns, regions)
    points = first_look(path)
    assert points is not None
    look = FirstLook.of(points)
    seen = look.outlines(regions)
    assert seen is not None
    assert len(outlines.collection["features"]) == 3
    assert seen.collection == outlines.collection
    everything = np.ones(len(columns), dtype=bool)
    assert look.view(THEATRE, seen)["outlines"] == outlines.shown(everything, columns.types)
    assert look.view(THEATRE)["outlines"] == []


def test_it_counts_the_rows_with_a_point_and_a_known_type() -> None:
    lon = np.array([30.0, np.nan, 31.0, 32.0, 200.0])
    lat = np.array([48.0, 48.0, np.nan, 49.0, 48.0])
    types = np.array([0, 1, 2, -1, 0])
    look = FirstLook(lon, lat, types, rows=5)
    assert len(look) == 1
    assert look.rows == 5
    assert look.type_counts() == {"strike": 1, "deployment": 0, "territorial_claim": 0}
    assert look.bounds == (30.0, 48.0, 30.0, 48.0)
    assert FirstLook(lon[:0], lat[:0], types[:0], rows=0).bounds is None


def test_a_postgis_table_gives_the_points_the_full_scan_gives(postgis_events_url: str) -> None:
    open_store(postgis_events_url).append(_features(300))
    points = first_look(postgis_events_url)
    columns = scan_events(postgis_events_url).columns
    assert points is not None
    assert points.rows == 300
    look = FirstLook(points.lon, points.lat, points.types, points.rows)
    assert len(look) == len(columns)
    seen = zip(look.lon.tolist(), look.lat.tolist(), look.types.tolist(), strict=True)
    read = zip(columns.lon.tolist(), columns.lat.tolist(), columns.types.tolist(), strict=True)
    assert sorted(seen) == sorted(read)
    request_ = ViewRequest(look.bounds or THEATRE.bounds, opening_zoom(look.bounds or (0, 0, 1, 1)))
    full = ViewIndex(columns).view(np.ones(len(columns), dtype=bool), request_, points_limit=0)
    assert _cells(look.view(request_)) == _cells_of_full_answer(full)


def test_other_stores_have_no_first_look(tmp_path: Path) -> None:
    assert first_look(EVENTS) is None  # a GeoJSON file is read whole anyway
    other = tmp_path / "other.parquet"
    import geopandas
    from shapely.geometry import Point

    geopandas.GeoDataFrame({"name": ["a"]}, geometry=[Point(30, 48)], crs=4326).to_parquet(other)
    assert first_look(other) is None  # another tool's file: load_events reads it


def test_the_app_takes_a_first_look_only_at_a_large_store_not_kept_on_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    path = tmp_path / "events.parquet"
    open_store(path).append(_features(50))
    location = str(path)
    version = resources.file_version(location)
    resources.first_look.clear()
    monkeypatch.setenv("MAPAPP_SERVER_SIDE_FROM", "100")
    assert resources.first_look(location, version) is None  # few events: read at once
    resources.first_look.clear()
    monkeypatch.setenv("MAPAPP_SERVER_SIDE_FROM", "10")
    look = resources.first_look(location, version)
    assert look is not None
    assert look.rows == 50
    assert columns_cache.write(location, version, scan_events(path))
    resources.first_look.clear()
    assert resources.first_look(location, version) is None  # kept on disk: opens at once
    resources.first_look.clear()


def _large_store_in_the_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The sample events as a GeoParquet store the app shows, large enough (here) for a first
    look, with nothing of it kept on disk yet."""
    path = tmp_path / "events.parquet"
    open_store(path).append(json.loads(EVENTS.read_text(encoding="utf-8"))["features"])
    monkeypatch.setenv("MAPAPP_EVENTS", str(path))
    monkeypatch.setenv("MAPAPP_TILES", "none")
    monkeypatch.setenv("MAPAPP_SERVER_SIDE_FROM", "3")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return path


def test_the_page_shows_the_first_look_then_the_whole_map(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While the store is read, the page draws the first look's badges; once it is read,
    the page runs whole, with every filter, the timeline and the table."""
    path = _large_store_in_the_app(tmp_path, monkeypatch)
    reading = threading.Event()
    slow = scan.scan_events

    def read_slowly(*args: Any, **kwargs: Any) -> Any:
        reading.wait(timeout=30)
        return slow(*args, **kwargs)

    monkeypatch.setattr(resources, "scan_events", read_slowly)
    from mapapp.app import map_page

    drawn: list[dict[str, Any]] = []
    first_page = map_page._first_look_page

    def first_look_page(path: str, version: Any, look: FirstLook, warming: Any) -> None:
        first_page(path, version, look, warming)
        drawn.append(look.view(THEATRE))
        reading.set()  # the store is read once the first look is out

    monkeypatch.setattr(map_page, "_first_look_page", first_look_page)
    # The maps drawn (streamlit-folium's key for each).
    maps: list[str] = []
    identity = streamlit_folium.generate_js_hash

    def remembered(*args: Any, **kwargs: Any) -> str:
        maps.append(identity(*args, **kwargs))
        return maps[-1]

    monkeypatch.setattr(streamlit_folium, "generate_js_hash", remembered)
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    [answer] = drawn
    assert sum(c[2] for c in answer["clusters"]) == answer["inView"] > 0
    assert at.metric[0].value == "12 of 15"  # rows with a point, of all the rows
    assert at.caption[0].value.startswith("Reading 15 events from")
    # The read waits until the visitor's map has drawn the first look, which the map then
    # tells the server (here, as the browser would); the page checks twice a second whether
    # the store is read, then runs whole.
    version = resources.file_version(str(path))
    resources.release_read(str(path), version)
    resources.load_soon(str(path), version).join(timeout=30)
    at.run()
    assert not at.exception
    # Two maps: the first look's tells the app nothing, so the whole page starts as on a
    # first visit, with its own.
    assert len(maps) == 2
    assert maps[0] != maps[1]
    assert at.metric[0].value == "12 of 12"  # the whole page
    assert at.sidebar.multiselect(key="types").value == list(EVENT_TYPE_KEYS)
    # The same session does not take a first look again (its filters stay as they are).
    at.sidebar.multiselect(key="types").unselect("strike").run()
    assert len(drawn) == 1
    assert not at.exception


def test_the_read_begins_after_the_first_look(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a large store's first visit, the page has its first look before it asks for the
    store to be read (a read begun at the same time took its share of the machine)."""
    path = _large_store_in_the_app(tmp_path, monkeypatch)
    from mapapp.app import map_page

    seen: list[str] = []
    look = map_page.first_look

    def looked(*args: Any, **kwargs: Any) -> Any:
        made = look(*args, **kwargs)
        seen.append("look")
        return made

    soon = map_page.load_soon

    def read_soon(*args: Any, **kwargs: Any) -> Any:
        seen.append("read asked for")
        return soon(*args, **kwargs)

    read = scan.scan_events

    def read_seen(*args: Any, **kwargs: Any) -> Any:
        seen.append("read")
        return read(*args, **kwargs)

    monkeypatch.setattr(map_page, "first_look", looked)
    monkeypatch.setattr(map_page, "load_soon", read_soon)
    monkeypatch.setattr(resources, "scan_events", read_seen)
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    version = resources.file_version(str(path))
    # Until the visitor's map has drawn the first look, the read waits.
    time.sleep(0.5)
    assert seen == ["look", "read asked for"]
    resources.release_read(str(path), version)  # what the map's "drawn" does
    resources.load_soon(str(path), version).join(timeout=30)
    assert seen[:2] == ["look", "read asked for"]  # (the page may run again meanwhile)
    assert "read" in seen


def test_a_held_read_begins_once_a_map_has_drawn_the_first_look_or_the_hold_ends(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, read_times: list[float]
) -> None:
    """A large store's read, not yet begun, waits while a visitor's first look is drawn:
    until the map says it has drawn it, and never longer than the hold (a visitor who comes
    meanwhile does not make it longer); once begun, a hold changes nothing."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("MAPAPP_SERVER_SIDE_FROM", "10")
    began = read_times
    # Released by the map: the read begins at once.
    path = tmp_path / "drawn.parquet"
    open_store(path).append(_features(50))
    location, version = str(path), resources.file_version(str(path))
    resources.hold_read(location, version)
    loading = resources.load_soon(location, version)
    loading.join(timeout=0.5)
    assert loading.is_alive()
    assert not began
    released = time.monotonic()
    resources.release_read(location, version)
    loading.join(timeout=10)
    assert began
    assert began[0] - released < 2
    # Never drawn (a browser that cannot say so): it begins when the hold ends, however
    # many visitors come meanwhile.
    monkeypatch.setenv("MAPAPP_READ_HOLD", "1.5")
    began.clear()
    path = tmp_path / "never-drawn.parquet"
    open_store(path).append(_features(50))
    location, version = str(path), resources.file_version(str(path))
    held = time.monotonic()
    resources.hold_read(location, version)
    loading = resources.load_soon(location, version)
    time.sleep(1.0)
    resources.hold_read(location, version)  # another visitor
    assert not began
    loading.join(timeout=10)
    assert began
    assert 1.4 < began[0] - held < 2.4
    # Begun: a later hold is not waited for (a read of the same version again).
    monkeypatch.setenv("MAPAPP_READ_HOLD", "60")
    resources.load.clear()
    resources.hold_read(location, version)
    again = resources.load_soon(location, version)
    again.join(timeout=10)
    assert not again.is_alive()
    resources.load.clear()


def test_the_view_the_first_look_opens_on_is_made_once(tmp_path: Path) -> None:
    """The server's start makes the first look's opening view; a page that asks for it
    meanwhile waits for that one rather than making its own (on two busy cores, making it
    twice took a third of a second from the first visitor)."""
    path = tmp_path / "events.parquet"
    open_store(path).append(_features(400))
    points = first_look(path)
    assert points is not None
    look = FirstLook.of(points)
    regions = default_regions()
    made: list[ViewRequest] = []
    view = look.view

    def counted(request: ViewRequest, outlines: Any = None) -> dict[str, object]:
        made.append(request)
        time.sleep(0.2)  # long enough for the other to ask meanwhile
        return view(request, outlines)

    look.view = counted  # type: ignore[method-assign]
    answers: list[tuple[ViewRequest, dict[str, object]]] = []
    threads = [
        threading.Thread(target=lambda: answers.append(look.opening(look.outlines(regions))))
        for _ in range(2)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(made) == 1
    assert answers[0][1] is answers[1][1]
    request, answer = answers[0]
    clusters: list[list[Any]] = answer["clusters"]  # type: ignore[assignment]
    # One zoom out from the one that fits the points, and the badges of that view.
    assert look.bounds is not None
    assert request.bounds == look.bounds
    assert request.zoom == max(opening_zoom(look.bounds) - 1, 1)
    assert sum(c[2] for c in clusters) == answer["inView"] == len(look)


@pytest.mark.browser
def test_in_chromium_the_map_says_it_has_drawn_the_first_look_and_the_read_begins(
    browser: Browser, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first visitor of a large store not read yet: the map draws the first look's
    badges and says so, and the store is read then, not when the hold ends (two minutes
    here): the whole page follows in seconds."""
    from tests.test_browser import MAP_FRAME, _serve

    path = tmp_path / "events.parquet"
    open_store(path).append(json.loads(EVENTS.read_text(encoding="utf-8"))["features"])
    monkeypatch.setenv("MAPAPP_SERVER_SIDE_FROM", "3")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("MAPAPP_READ_HOLD", "120")
    with _serve(path) as url:
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.set_default_timeout(60_000)
        page.goto(url)
        page.get_by_text("Reading 15 events from", exact=False).wait_for()
        page.frame_locator(MAP_FRAME).first.locator(".mapapp-cluster").first.wait_for()
        drawn = time.monotonic()
        page.get_by_text("Event types").first.wait_for()  # the whole page, its filters
        assert time.monotonic() - drawn < 30
        metric = page.locator('[data-testid="stMetricValue"]').first
        assert metric.inner_text() == "12 of 12"  # every event read: the whole page
        page.close()
