"""First-level regions: which one a point is in, their outlines, and a user's own file."""

from __future__ import annotations

import copy
import json
import os
import time
from pathlib import Path

import geopandas as gpd  # type: ignore[import-untyped, unused-ignore]
import numpy as np
import pytest
import shapely

from mapapp.core.errors import MapappError
from mapapp.core.model import Event, parse_feature
from mapapp.geo.regions import PACKAGED, Regions, RegionsError, default_regions, names_region
from tests.samples import VALID_FEATURE

needs_packaged = pytest.mark.skipif(
    not PACKAGED.is_file(), reason="map assets not fetched (`make assets`)"
)


def _event(
    event_id: str,
    lat: float,
    lon: float,
    precision: int,
    kind: str = "strike",
    place: str = "Stari Terny",
) -> Event:
    feature = copy.deepcopy(VALID_FEATURE)
    feature["geometry"]["coordinates"] = [lon, lat]  # GeoJSON order
    feature["properties"].update(id=event_id, geo_precision=precision, type=kind, place=place)
    return parse_feature(feature)


@pytest.fixture(scope="module")
def packaged() -> Regions:
    if not PACKAGED.is_file():
        pytest.skip("map assets not fetched (`make assets`)")
    return Regions.packaged()


def _square(west: float, south: float, size: float = 1.0) -> shapely.Polygon:
    return shapely.box(west, south, west + size, south + size)


@pytest.fixture
def user_gpkg(tmp_path: Path) -> Path:
    """Two adjacent squares, West (30..31 E) and East (31..32 E), 50..51 N, stored in Web
    Mercator (the file's CRS must be read and undone), names in a GADM-style column."""
    frame = gpd.GeoDataFrame(
        {"NAME_1": ["West", "East"], "GID_1": ["X.1_1", "X.2_1"]},
        geometry=[_square(30, 50), _square(31, 50)],
        crs="EPSG:4326",
    ).to_crs("EPSG:3857")
    path = tmp_path / "regions.gpkg"
    frame.to_file(path, driver="GPKG")
    return path


# --- The packaged Natural Earth regions -----------------------------------------------------


@pytest.mark.parametrize(
    ("lat", "lon", "region"),
    [
        (51.73, 36.18, "Kursk Oblast"),  # Kursk
        (47.76, 39.93, "Rostov Oblast"),  # Novoshakhtinsk
        (47.98, 37.28, "Donetsk Oblast"),  # Kurakhove
        (47.0951, 37.5413, "Donetsk Oblast"),  # Mariupol, on the coast
        (44.9572, 34.1108, "Crimea"),  # Simferopol
        (50.45, 30.52, "Kyiv"),  # the city, a region of its own
        (43.5, 34.0, None),  # the Black Sea
    ],
)
def test_admin1_of_known_points(
    packaged: Regions, lat: float, lon: float, region: str | None
) -> None:
    assert packaged.admin1_of([lat], [lon]) == [region]


def test_admin1_of_is_vectorised_and_skips_missing_coordinates(packaged: Regions) -> None:
    lats = np.array([51.73, np.nan, 47.76])
    lons = np.array([36.18, 30.0, 39.93])
    assert packaged.admin1_of(lats, lons) == ["Kursk Oblast", None, "Rostov Oblast"]
    assert packaged.admin1_of([], []) == []


def test_crimea_keeps_its_ukrainian_code(packaged: Regions) -> None:
    i = packaged.find("Crimea")
    assert i is not None
    assert (packaged.codes[i], packaged.countries[i]) == ("UA-43", "UA")


def test_admin1_of_100k_points_is_fast(packaged: Regions) -> None:
    rng = np.random.default_rng(7)
    lats, lons = rng.uniform(44, 53, 100_000), rng.uniform(22, 41, 100_000)
    start = time.perf_counter()
    names = packaged.admin1_of(lats, lons)
    elapsed = time.perf_counter() - start
    assert len(names) == 100_000
    assert 0.8 < sum(n is not None for n in names) / len(names) < 0.98  # some sea, mostly land
    assert elapsed < 5, f"{elapsed:.2f} s for 100,000 points"  # about 0.3 s here


def test_admin1_for_events(packaged: Regions) -> None:
    events = [_event("a", 47.76, 39.93, 2), _event("b", 43.5, 34.0, 1)]
    assert packaged.admin1_for(events) == ["Rostov Oblast", None]


def test_outline_by_name_code_or_event(packaged: Regions) -> None:
    outline = packaged.outline("Donetsk Oblast")
    assert outline is not None
    assert outline["type"] in ("Polygon", "MultiPolygon")
    assert packaged.outline("UA-14") == outline
    assert packaged.outline("donets'k oblast") == outline
    assert packaged.outline(_event("e", 47.98, 37.28, 3)) == outline
    assert packaged.outline("Atlantis") is None
    # Simplified for the browser: far fewer points, coordinates to 3 decimals.
    i = packaged.find("Donetsk Oblast")
    assert i is not None
    coordinates = shapely.get_coordinates(shapely.from_geojson(json.dumps(outline)))
    assert len(coordinates) < shapely.get_num_coordinates(packaged.geometries[i]) / 3
    assert np.allclose(coordinates, np.round(coordinates, 3))


def test_outlines_for_region_level_events(packaged: Regions) -> None:
    events = [
        _event("rostov-1", 47.22, 39.71, 3, place="the Rostov region"),  # at its centre
        _event("rostov-2", 47.22, 39.71, 3, "deployment", place="Ростовская область"),
        _event("kursk", 51.73, 36.18, 3, place="Kursk"),
        _event("novoshakhtinsk", 47.76, 39.93, 2, place="Novoshakhtinsk"),  # a town
        _event("at-sea", 43.5, 34.0, 3, place="the Black Sea"),
        # A country coded to its capital is not the capital's region.
        _event("north-korea", 39.03, 125.75, 3, place="North Korea"),
    ]
    collection = packaged.outlines_for(events)
    assert collection["type"] == "FeatureCollection"
    drawn = {f["properties"]["name"]: f["properties"]["events"] for f in collection["features"]}
    assert drawn == {"Rostov Oblast": ["rostov-1", "rostov-2"], "Kursk Oblast": ["kursk"]}
    for feature in collection["features"]:
        assert feature["geometry"]["type"] in ("Polygon", "MultiPolygon")
    everything = packaged.outlines_for(events, by_place=False)
    assert {f["properties"]["name"] for f in everything["features"]} == {
        "Kursk Oblast",
        "Rostov Oblast",
        "Pyongyang",
    }


def test_borders_are_the_lines_between_regions(packaged: Regions) -> None:
    ukraine = packaged.selection(countries=["UA"])
    assert len(ukraine) == 27  # 24 oblasts, Crimea, Kyiv and Sevastopol
    borders = packaged.borders(ukraine)
    assert borders is not None
    assert borders["type"] == "MultiLineString"
    lines = shapely.from_geojson(json.dumps(borders))
    # The Donetsk-Dnipropetrovsk border is drawn; the coast at Mariupol is not.
    assert lines.distance(shapely.Point(36.55, 48.0)) < 0.1
    assert lines.distance(shapely.Point(37.55, 47.08)) > 0.1


# --- A user's own file ---------------------------------------------------------------------


def test_user_file_drives_admin1_and_outlines(user_gpkg: Path) -> None:
    regions = Regions.from_file(user_gpkg)
    assert regions.names == ["West", "East"]
    assert regions.admin1_of([50.5, 50.5, 10.0], [30.5, 31.5, 30.5]) == ["West", "East", None]
    outline = regions.outline("east")
    assert outline is not None
    west, south, east, north = shapely.from_geojson(json.dumps(outline)).bounds
    assert (west, south, east, north) == pytest.approx((31, 50, 32, 51), abs=1e-3)
    events = [_event("r", 50.5, 31.5, 3, place="East"), _event("t", 50.5, 30.5, 1)]
    [feature] = regions.outlines_for(events)["features"]
    assert feature["properties"] == {"name": "East", "code": None, "events": ["r"]}
    # Between the two squares, one line: their shared side.
    borders = regions.borders(regions.selection(bbox=None))
    assert borders is not None
    line = shapely.from_geojson(json.dumps(borders))
    assert line.length == pytest.approx(1.0, abs=1e-3)
    assert line.distance(shapely.Point(31, 50.5)) < 1e-6


@pytest.mark.parametrize("column", ["name", "shapeName", "name_en", "ADM1_EN"])
def test_user_geojson_name_columns(tmp_path: Path, column: str) -> None:
    frame = gpd.GeoDataFrame(
        {column: ["Only"], "other": [1]}, geometry=[_square(10, 10)], crs="EPSG:4326"
    )
    path = tmp_path / "regions.geojson"
    frame.to_file(path, driver="GeoJSON")
    assert Regions.from_file(path).admin1_of([10.5], [10.5]) == ["Only"]


def test_user_file_name_column_can_be_named(tmp_path: Path) -> None:
    frame = gpd.GeoDataFrame({"oblast_uk": ["Одна"]}, geometry=[_square(0, 0)], crs="EPSG:4326")
    path = tmp_path / "regions.geojson"
    frame.to_file(path, driver="GeoJSON")
    regions = Regions.from_file(path, name_column="oblast_uk")
    assert regions.admin1_of([0.5], [0.5]) == ["Одна"]


def test_user_file_is_cached_per_version(user_gpkg: Path) -> None:
    first = Regions.from_file(user_gpkg)
    assert Regions.from_file(str(user_gpkg)) is first
    frame = gpd.read_file(user_gpkg)
    frame["NAME_1"] = ["Left", "Right"]
    frame.to_file(user_gpkg, driver="GPKG")
    assert Regions.from_file(user_gpkg).names == ["Left", "Right"]


def _bad_files(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    text = tmp_path / "notes.geojson"
    text.write_text("these are not regions", encoding="utf-8")
    nameless = tmp_path / "nameless.geojson"
    gpd.GeoDataFrame({"value": [1]}, geometry=[_square(0, 0)], crs="EPSG:4326").to_file(
        nameless, driver="GeoJSON"
    )
    points = tmp_path / "points.geojson"
    gpd.GeoDataFrame({"name": ["a"]}, geometry=[shapely.Point(0, 0)], crs="EPSG:4326").to_file(
        points, driver="GeoJSON"
    )
    return {
        "missing": (tmp_path / "nowhere.gpkg", "cannot be read"),
        "not geodata": (text, "cannot be read"),
        "no name column": (nameless, "no region name column"),
        "no polygons": (points, "no named polygons"),
    }


@pytest.mark.parametrize("case", ["missing", "not geodata", "no name column", "no polygons"])
def test_bad_file_gives_one_line_naming_it(tmp_path: Path, case: str) -> None:
    path, reason = _bad_files(tmp_path)[case]
    with pytest.raises(RegionsError, match=reason) as caught:
        Regions.from_file(path)
    message = str(caught.value)
    assert "\n" not in message
    assert path.name in message
    assert isinstance(caught.value, MapappError)
    assert isinstance(caught.value, OSError)


# --- The setting ---------------------------------------------------------------------------


def test_default_regions_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, user_gpkg: Path, tmp_path: Path
) -> None:
    monkeypatch.setenv("MAPAPP_REGIONS", str(user_gpkg))
    regions = default_regions()
    assert regions is not None
    assert regions.names == ["West", "East"]
    monkeypatch.setenv("MAPAPP_REGIONS", str(tmp_path / "nowhere.gpkg"))
    with pytest.raises(RegionsError, match=r"nowhere\.gpkg"):
        default_regions()


@needs_packaged
def test_default_regions_are_the_packaged_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MAPAPP_REGIONS", raising=False)
    assert default_regions() is Regions.packaged()


def test_default_regions_none_without_data(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("MAPAPP_REGIONS", raising=False)
    monkeypatch.setattr("mapapp.geo.regions.PACKAGED", tmp_path / "absent.json")
    assert default_regions() is None


def test_packaged_names_fall_back_to_natural_earth(packaged: Regions) -> None:
    del packaged  # only to skip without the assets
    regions = Regions.packaged(names={})
    assert regions.admin1_of([47.98], [37.28]) == ["Donetsk"]


@pytest.mark.parametrize(
    ("place", "region", "expected"),
    [
        ("Kursk region", "Kursk Oblast", True),
        ("Kursk", "Kursk Oblast", True),
        ("Донецька область", "Donetsk Oblast", True),
        ("Zaporozhye region", "Zaporizhzhia Oblast", True),
        ("Crimea", "Crimea", True),
        ("North Korea", "Pyongyang", False),
        ("Kharkiv", "Kursk Oblast", False),
        ("the region", "Kursk Oblast", False),
    ],
)
def test_names_region(place: str, region: str, expected: bool) -> None:
    assert names_region(place, region) is expected


def test_the_packaged_regions_are_cached_as_geoparquet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first read builds a GeoParquet copy beside the index; later reads use it, and a
    newer fetched file is read again."""
    from mapapp.geo import regions as module

    cache = tmp_path / "admin1.parquet"
    monkeypatch.setattr(module, "PACKAGED_CACHE", cache)
    first = module.packaged_frame()
    assert cache.is_file()
    again = module.packaged_frame()
    assert list(again["iso_3166_2"]) == list(first["iso_3166_2"])
    os.utime(cache, ns=(0, 0))  # older than the fetched file: not trusted
    module.packaged_frame()
    assert cache.stat().st_mtime_ns > 0
