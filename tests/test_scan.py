"""Reading a store as columns (mapapp.store.scan): whatever the store and whatever its rows,
the same events, events not on the map and problems as load_events, and the fast path
taken for the rows that need nothing else."""

from __future__ import annotations

import copy
import dataclasses
import json
import math
import tempfile
import uuid
from dataclasses import replace
from pathlib import Path
from typing import Any

import psycopg
import pyarrow as pa  # type: ignore[import-untyped, unused-ignore]
import pyarrow.parquet as pq  # type: ignore[import-untyped, unused-ignore]
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mapapp.core.errors import EventsFileError
from mapapp.geo.gazetteer import Gazetteer
from mapapp.store import open_store, scan
from mapapp.store.geoparquet import _write
from mapapp.store.load import load_events
from mapapp.store.postgis import PostGISStore
from mapapp.store.scan import Scan, count_rows, scan_events
from tests.paths import EVENTS
from tests.samples import VALID_FEATURE


def _same(location: Any, gazetteer: Gazetteer | None = None) -> Scan:
    """Scan ``location`` and check it gives what load_events gives; the scan."""
    loaded = load_events(location, gazetteer)
    scanned = scan_events(location, gazetteer)
    columns = scanned.columns
    events = [columns.event(i) for i in range(len(columns))]
    assert events == [replace(e, source=e.source_label) for e in loaded.events]
    assert scanned.unlocated == loaded.unlocated
    assert [u.event.extra for u in scanned.unlocated] == [u.event.extra for u in loaded.unlocated]
    assert scanned.problems == loaded.problems
    assert scanned.total == loaded.total
    return scanned


@pytest.fixture
def fast_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail if a scan falls back to load_events for the whole store."""

    def refused(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the scan fell back to load_events")

    monkeypatch.setattr(scan, "load_events", refused)


def _event(n: int, **props: Any) -> dict[str, Any]:
    """A valid event numbered ``n`` (its own id, excerpt and point), then ``props``."""
    feature = copy.deepcopy(VALID_FEATURE)
    feature["properties"].update({"id": f"event-{n}", "excerpt": f"Sentence number {n}.", **props})
    feature["geometry"]["coordinates"] = [30.0 + n / 10, 48.0 + n / 100]
    return feature


def _moved(feature: dict[str, Any], geometry: Any) -> dict[str, Any]:
    return {**feature, "geometry": geometry}


def _point(lon: float, lat: float, *height: float) -> dict[str, Any]:
    return {"type": "Point", "coordinates": [lon, lat, *height]}


def _features() -> list[dict[str, Any]]:
    """Every kind of row the exact path must catch, among plain ones."""
    rows = [
        _event(0),
        _event(1, title="\u2003"),  # an em space only: blank
        _event(2, title="\u200b"),  # a zero-width space is not whitespace to Python
        _event(3, claimed_by="\x1c\x85"),  # whitespace to Python, not to Unicode
        _event(4, id="bad id"),
        _event(5, id="ends-in-newline\n"),
        _event(6, id="twice", type="parade"),  # invalid, then a valid one with its id
        _event(7, id="twice"),
        _event(8, id="thrice"),
        _event(9, id="thrice", excerpt="Another."),
        _event(10, type="parade"),
        _event(11, date="0001-01-02", time_precision=2),  # a week before year 1
        _event(12, date="0001-01-04", time_precision=2),
        _event(13, date="9999-12-01", time_precision=3),
        _event(14, date="2024-02-30"),
        _moved(_event(15), _point(200.0, 48.0)),
        _moved(_event(16), _point(30.0, -91.0)),
        _moved(_event(17), _point(30.5, 48.5, 120.0)),  # a height: valid, not plain
        _moved(_event(18), {"type": "LineString", "coordinates": [[30, 48], [31, 49]]}),
        _event(19, source={"published": "2024-12-19"}),  # no title, file or url
        _event(20, source={"title": "Report", "published": "19 December"}),
        _event(21, source={"title": 5, "file": "report.txt"}),  # labelled "5"
        _event(22, source="Reuters"),
        _event(23, source="  "),
        _event(24, source={"title": "\u2003", "url": "https://example.org"}),
        _event(25, note={"checked": True}, offsets=[1, 2]),  # extra properties
        _event(26, time_precision=4),
        _event(27, time_precision="1"),
        _event(28, geo_precision=None),
        _event(29, geo_precision=5),
        _moved(_event(30, place="Kharkiv", geo_precision=None), None),  # the gazetteer finds
        _moved(_event(31, place="Zzyzx Nowhere", geo_precision=None), None),  # and not
        _moved(_event(32, place="Donetsk Oblast", geo_precision=1), None),  # a region
        _event(33, title=None),
        _event(34, excerpt=""),
        _event(35, date=None),
        _event(36),
    ]
    return rows


def _parquet(path: Path, features: list[dict[str, Any]]) -> Path:
    path.write_bytes(_write(features, path))
    return path


# -- the sample, as GeoJSON, GeoParquet and PostGIS ------------------------------------------------


def test_the_sample_file_scans_as_it_loads(gazetteer: Gazetteer) -> None:
    scanned = _same(EVENTS, gazetteer)
    assert len(scanned.columns) > 0
    _same(EVENTS)


def test_a_geoparquet_copy_of_the_sample_scans_as_it_loads(
    tmp_path: Path, gazetteer: Gazetteer, fast_only: None
) -> None:
    path = tmp_path / "events.parquet"
    open_store(path).append(json.loads(EVENTS.read_text(encoding="utf-8"))["features"])
    scanned = _same(path, gazetteer)
    assert len(scanned.columns) > 0
    _same(path)


def test_a_postgis_copy_of_the_sample_scans_as_it_loads(
    postgis_events_url: str, gazetteer: Gazetteer, fast_only: None
) -> None:
    open_store(postgis_events_url).append(
        json.loads(EVENTS.read_text(encoding="utf-8"))["features"]
    )
    scanned = _same(postgis_events_url, gazetteer)
    assert len(scanned.columns) > 0
    _same(postgis_events_url)


# -- rows the exact path must catch -------------------------------------------------------------


@pytest.fixture(params=["one by one", "at once"])
def properties_read(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """The properties JSON of GeoParquet rows read one by one (few distinct texts) and by
    Arrow's JSON reader (many)."""
    if request.param == "at once":
        monkeypatch.setattr(scan, "_MANY_PROPERTIES", 0)
        # Two at a time: the reader refuses some pairs (orjson reads them), not others.
        monkeypatch.setattr(scan, "_JSON_ROWS", 2)


def test_every_bad_geoparquet_row_is_reported_as_load_events_reports_it(
    tmp_path: Path, gazetteer: Gazetteer, fast_only: None, properties_read: None
) -> None:
    path = _parquet(tmp_path / "events.parquet", _features())
    scanned = _same(path, gazetteer)
    events = {
        scanned.columns.event(i).id: scanned.columns.event(i) for i in range(len(scanned.columns))
    }
    assert {"event-0", "event-2", "twice", "thrice", "event-12", "event-30"} <= events.keys()
    assert events["twice"].excerpt == "Sentence number 7."
    assert events["event-21"].source == "5"
    assert "event-1" not in events
    assert "event-3" not in events
    fields = {p.feature.partition("(")[2]: p.field for p in scanned.problems}
    assert fields["id 'thrice')"] == "id"
    assert fields["id 'event-11')"] == "date"
    assert [u.event.id for u in scanned.unlocated] == ["event-31"]
    _same(path)


def _geojson(path: Path, features: list[Any]) -> Path:
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    return path


def _odd_features() -> list[Any]:
    """Features only a GeoJSON file can hold, each for the exact path to judge."""
    plain = _event(40)
    return [
        plain,
        ["not", "a", "feature"],
        {**_event(41), "type": "feature"},
        {**_event(42), "properties": [1, 2]},
        _moved(_event(43), _point(30, 48)),  # integers: valid and plain
        _moved(_event(44), {"type": "Point", "coordinates": [True, 48.0]}),
        _moved(_event(45), {"type": "Point", "coordinates": [2**60, 48.0]}),
        _moved(_event(46), {"type": "Point", "coordinates": [30.0]}),
        _moved(_event(47), {"type": "Point", "coordinates": "30, 48"}),
        _event(48, time_precision=True),
        _event(49, geo_precision=True),
        _event(50, time_precision=1.0),
        _event(51, source={"title": "Report", "pages": 3}),  # an extra member: valid
        _event(52, source={"title": "Report", "url": None}),
        _event(53, source={"title": "Report", "publisher": "Agency"}),
        _event(54, source={"title": ["Report"], "file": "report.txt"}),
        {**_event(55), "id": "feature-level"},  # a feature's own id is not the event's
        _event(56, excerpt="Ukraine’s forces said “the strike hit”: Харків."),
        _event(57, date="2024-12-19T10:00"),
        # No geometry member: the gazetteer places it (at Stari Terny).
        {"type": "Feature", "properties": _event(58)["properties"]},
        _event(59, type=["strike"]),
    ]


def test_every_bad_geojson_feature_is_reported_as_load_events_reports_it(
    tmp_path: Path, gazetteer: Gazetteer, fast_only: None
) -> None:
    path = _geojson(tmp_path / "events.geojson", _features() + _odd_features())
    scanned = _same(path, gazetteer)
    events = {
        scanned.columns.event(i).id: scanned.columns.event(i) for i in range(len(scanned.columns))
    }
    assert {"event-0", "event-2", "twice", "thrice", "event-12", "event-30"} <= events.keys()
    assert {"event-40", "event-43", "event-51", "event-52", "event-53", "event-56"} <= (
        events.keys()
    )
    assert events["event-58"].location == pytest.approx((48.0171, 37.2113), abs=0.01)
    assert events["twice"].excerpt == "Sentence number 7."
    assert events["event-21"].source == "5"
    assert events["event-56"].excerpt == "Ukraine’s forces said “the strike hit”: Харків."
    assert not {"event-1", "event-3", "event-44", "event-45", "event-48", "event-49"} & (
        events.keys()
    )
    fields = {p.feature.partition("(")[2]: p.field for p in scanned.problems}
    assert fields["id 'thrice')"] == "id"
    assert fields["id 'event-11')"] == "date"
    assert fields["id 'event-44')"] == "geometry.coordinates"
    assert fields["id 'event-48')"] == "time_precision"
    assert [u.event.id for u in scanned.unlocated] == ["event-31"]
    _same(path)


def test_a_geojson_file_of_plain_features_takes_no_exact_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fast_only: None
) -> None:
    """Valid features with a point become columns without an :class:`Event` each."""
    path = _geojson(tmp_path / "events.geojson", [_event(n) for n in range(50)])

    def refused(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("a plain feature took the exact path")

    monkeypatch.setattr(scan, "checked", refused)
    assert len(scan_events(path).columns) == 50


def test_how_many_rows_a_store_may_hold(tmp_path: Path) -> None:
    features = [_event(n) for n in range(10)]
    parquet = _parquet(tmp_path / "events.parquet", features)
    assert scan.may_hold_more(parquet, 9)
    assert not scan.may_hold_more(parquet, 10)
    # A GeoJSON file is not read to tell: its size bounds how many features it holds.
    path = _geojson(tmp_path / "events.geojson", features)
    assert path.stat().st_size > 10 * scan.GEOJSON_FEATURE_BYTES
    assert scan.may_hold_more(path, 10)
    assert not scan.may_hold_more(path, -(-path.stat().st_size // scan.GEOJSON_FEATURE_BYTES))
    assert not scan.may_hold_more(tmp_path / "missing.geojson", 0)
    # The smallest valid feature is no smaller than the bound.
    smallest = {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [0, 0]},
        "properties": {
            **dict.fromkeys(("id", "title", "place", "excerpt", "claimed_by", "source"), "a"),
            **{"type": "strike", "date": "2024-01-01", "time_precision": 1, "geo_precision": 1},
        },
    }
    packed = json.dumps(
        {"type": "FeatureCollection", "features": [smallest] * 3},
        indent=None,
        separators=(",", ":"),
    )
    assert len(packed) >= 3 * scan.GEOJSON_FEATURE_BYTES
    assert len(scan_events(_write_text(tmp_path / "small.geojson", packed)).columns) == 1


def _write_text(path: Path, text: str) -> Path:
    path.write_text(text)
    return path


def test_nan_and_null_points_in_geoparquet(tmp_path: Path, fast_only: None) -> None:
    features = [_event(0), _moved(_event(1), _point(math.nan, 48.0)), _moved(_event(2), None)]
    _same(_parquet(tmp_path / "events.parquet", features))


def test_a_row_whose_properties_give_it_another_rows_id(tmp_path: Path, fast_only: None) -> None:
    # Row 0's properties JSON says its id is "event-3": it comes first, so the plain row 3
    # with that id is the repeat, as load_events finds.
    path = _parquet(tmp_path / "events.parquet", [_event(n) for n in range(5)])
    table = pq.read_table(path)
    properties = table.column("properties").to_pylist()
    properties[0] = json.dumps({"id": "event-3"})
    index = table.column_names.index("properties")
    table = table.set_column(index, "properties", pa.array(properties, type=pa.string()))
    pq.write_table(table, path)
    scanned = _same(path)
    assert [p.feature for p in scanned.problems] == ["row #3 (id 'event-3')"]


def test_every_bad_postgis_row_is_reported_as_load_events_reports_it(
    postgis_events_url: str, gazetteer: Gazetteer, fast_only: None
) -> None:
    PostGISStore(postgis_events_url).check()
    plain = dict(_event(0)["properties"])
    rows: list[dict[str, Any]] = [
        {**plain, "id": "a-plain"},
        {**plain, "id": "b-blank", "title": "\u2003"},
        {**plain, "id": "c-zero-width", "title": "\u200b"},
        {**plain, "id": "d bad"},
        {**plain, "id": "e-type", "type": "parade"},
        {**plain, "id": "f-week", "date": "0001-01-02", "time_precision": 2},
        {**plain, "id": "g-feb", "date": "2024-02-30"},
        {**plain, "id": "h-short", "date": "2024-2-3"},
        {**plain, "id": "i-far", "lon": 200.0},
        {**plain, "id": "j-source", "source": {"published": "2024-12-19"}},
        {**plain, "id": "k-source", "source": "Reuters"},
        {**plain, "id": "l-source", "source": None},
        {**plain, "id": "m-source", "source": 5},
        {**plain, "id": "n-extra", "properties": {"note": "checked", "type": "ignored"}},
        {**plain, "id": "o-odd", "properties": [1, 2]},
        {**plain, "id": "p-found", "place": "Kharkiv", "lon": None, "geo_precision": None},
        {**plain, "id": "q-lost", "place": "Zzyzx Nowhere", "lon": None, "geo_precision": None},
        {**plain, "id": "r-precision", "time_precision": None},
        {**plain, "id": "s-geo", "geo_precision": 7},
        {**plain, "id": "t-excerpt", "excerpt": None},
        {**plain, "id": "u-month", "date": "9999-12-01", "time_precision": 3},
    ]
    _insert(postgis_events_url, rows)
    scanned = _same(postgis_events_url, gazetteer)
    ids = [scanned.columns.event(i).id for i in range(len(scanned.columns))]
    assert ids == ["a-plain", "c-zero-width", "k-source", "n-extra", "p-found", "u-month"]
    assert [u.event.id for u in scanned.unlocated] == ["q-lost"]
    _same(postgis_events_url)


def _insert(url: str, rows: list[dict[str, Any]]) -> None:
    """Insert ``rows`` as another tool would, values as they are (``lon`` None: no point)."""
    table = url.rpartition("table=")[2]
    statement = (
        f"INSERT INTO {table} (id, type, title, place, excerpt, date, time_precision,"
        " geo_precision, claimed_by, source, properties, geom, dedup_key) VALUES"
        " (%(id)s, %(type)s, %(title)s, %(place)s, %(excerpt)s, %(date)s, %(time_precision)s,"
        " %(geo_precision)s, %(claimed_by)s, %(source)s::jsonb, %(properties)s::jsonb,"
        " ST_SetSRID(ST_MakePoint(%(lon)s, %(lat)s), 4326), %(dedup_key)s)"
    )
    values = [
        {
            "lon": 30.5,
            "lat": 48.5,
            **row,
            "source": _jsonb(row["source"]),
            "properties": _jsonb(row.get("properties")),
            "dedup_key": uuid.uuid4().hex,
        }
        for row in rows
    ]
    with psycopg.connect(url.partition("?")[0], autocommit=True) as conn:
        conn.cursor().executemany(statement, values)


def _jsonb(value: Any) -> str | None:
    return None if value is None else json.dumps(value)


# -- stores read another way ------------------------------------------------------------------


def test_a_file_another_tool_wrote_is_read_by_load_events(tmp_path: Path) -> None:
    import geopandas  # type: ignore[import-untyped, unused-ignore]
    import pandas as pd
    import shapely

    features = [_event(0), _event(1, type="parade"), _event(2, source="Reuters")]
    rows = [dict(f["properties"]) for f in features]
    for row in rows:
        row["source"] = (
            json.dumps(row["source"]) if isinstance(row["source"], dict) else row["source"]
        )
    points = [shapely.geometry.shape(f["geometry"]) for f in features]
    path = tmp_path / "other.parquet"
    geopandas.GeoDataFrame(pd.DataFrame(rows), geometry=points, crs="EPSG:4326").to_parquet(path)
    _same(path)


def test_a_missing_store_fails_as_load_events_fails(
    tmp_path: Path, postgis_events_url: str
) -> None:
    for location in (tmp_path / "missing.parquet", postgis_events_url):
        with pytest.raises(EventsFileError) as loading:
            load_events(location)
        with pytest.raises(EventsFileError) as scanning:
            scan_events(location)
        assert str(scanning.value) == str(loading.value)
    # Reading never creates the table.
    with pytest.raises(EventsFileError, match="no events table"):
        scan_events(postgis_events_url)


def test_count_rows(tmp_path: Path, postgis_events_url: str) -> None:
    features = _features()
    assert count_rows(_parquet(tmp_path / "events.parquet", features)) == len(features)
    assert count_rows(EVENTS) is None
    PostGISStore(postgis_events_url).check()
    assert count_rows(postgis_events_url) == 0
    open_store(postgis_events_url).append([_event(0), _event(1)])
    assert count_rows(postgis_events_url) == 2


# -- any mix of values ---------------------------------------------------------------------------


_TEXT = st.sampled_from(
    ["Kharkiv", "Zzyzx Nowhere", " ", "\u2003", "\u2003Sumy", "\u200b", "\x1c", "", None]
)
_POINTS = st.sampled_from(
    [None, _point(30.0, 48.0), _point(36.2, 50.0), _point(200.0, 48.0), _point(30.0, 48.0, 5.0)]
)
_SOURCES = st.sampled_from(
    [
        "Reuters",
        "  ",
        {"title": "Report"},
        {"file": "a.txt", "published": "2024-12-19"},
        {"published": "2024-12-19"},
        {"title": "Report", "published": "soon"},
        {"title": 7, "url": "https://example.org"},
        {"title": "\u2003Report", "published": None},
        {"title": " ", "url": "https://example.org"},
        {"title": "Report", "published": "2024-02-30"},
        {"title": "Report", "published": 20241219},
        "\u2003",
        None,
        3,
    ]
)


_EXTRAS = [
    {},
    {"note": "x"},
    {"offsets": [1, 2]},
    {"note": None},
    {"geocoded": {"id": "1", "name": "Kharkiv", "source": "geonames"}},
    {"note": "a\tb, NaN"},
]


# Examples that open files or a database, with fixtures shared by all of them.
_SLOW_FIXTURED: dict[str, Any] = {
    "deadline": None,
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
}


@st.composite
def _feature(draw: st.DrawFn) -> dict[str, Any]:
    props = {
        "id": draw(st.sampled_from(["a", "a", "b", "c-1", "bad id", "", None, 5])),
        "type": draw(st.sampled_from(["strike", "deployment", "territorial_claim", "parade"])),
        "title": draw(_TEXT),
        "place": draw(_TEXT),
        "excerpt": draw(_TEXT),
        "claimed_by": draw(_TEXT),
        "date": draw(
            st.sampled_from(
                ["2024-12-19", "0001-01-02", "0001-01-04", "9999-12-30", "2024-02-30", "2024", None]
            )
        ),
        "time_precision": draw(st.sampled_from([1, 2, 3, 4, None, "1", True])),
        "geo_precision": draw(st.sampled_from([1, 2, 3, None, 0])),
        "source": draw(_SOURCES),
        **draw(st.sampled_from(_EXTRAS)),
    }
    return {"type": "Feature", "geometry": draw(_POINTS), "properties": props}


@settings(max_examples=40, **_SLOW_FIXTURED)
@given(features=st.lists(_feature(), max_size=12))
def test_any_geoparquet_rows_scan_as_they_load(
    gazetteer: Gazetteer, properties_read: None, features: list[dict[str, Any]]
) -> None:
    with tempfile.TemporaryDirectory() as directory:
        _same(_parquet(Path(directory) / "events.parquet", features), gazetteer)


_ODD = st.sampled_from(_odd_features())


@settings(max_examples=40, **_SLOW_FIXTURED)
@given(features=st.lists(st.one_of(_feature(), _ODD), max_size=12))
def test_any_geojson_features_scan_as_they_load(gazetteer: Gazetteer, features: list[Any]) -> None:
    with tempfile.TemporaryDirectory() as directory:
        _same(_geojson(Path(directory) / "events.geojson", features), gazetteer)


@st.composite
def _row(draw: st.DrawFn) -> dict[str, Any]:
    point = draw(st.sampled_from([(30.0, 48.0), (200.0, 48.0), (None, None)]))
    return {
        "id": draw(st.sampled_from(["a", "b-2", "bad id", "", "Z:9"])),
        "type": draw(st.sampled_from(["strike", "deployment", "parade", None])),
        "title": draw(_TEXT),
        "place": draw(_TEXT),
        "excerpt": draw(_TEXT),
        "claimed_by": draw(_TEXT),
        "date": draw(st.sampled_from(["2024-12-19", "0001-01-02", "2024-02-30", "2024-1-1", None])),
        "time_precision": draw(st.sampled_from([1, 2, 3, 4, None])),
        "geo_precision": draw(st.sampled_from([1, 2, 3, None, 0])),
        "source": draw(_SOURCES),
        "properties": draw(st.sampled_from([None, {}, {"note": 1, "type": "x"}, [1], "x"])),
        "lon": point[0],
        "lat": point[1],
    }


@settings(max_examples=25, **_SLOW_FIXTURED)
@given(rows=st.lists(_row(), max_size=10))
def test_any_postgis_rows_scan_as_they_load(
    postgis_events_url: str, gazetteer: Gazetteer, rows: list[dict[str, Any]]
) -> None:
    PostGISStore(postgis_events_url).check()
    table = postgis_events_url.rpartition("table=")[2]
    with psycopg.connect(postgis_events_url.partition("?")[0], autocommit=True) as conn:
        conn.execute(f"TRUNCATE {table}")
    # Ids are unique in the table (its primary key).
    _insert(postgis_events_url, [{**row, "id": f"{row['id']}{i}"} for i, row in enumerate(rows)])
    _same(postgis_events_url, gazetteer)


def test_an_empty_store_scans_to_no_events(
    tmp_path: Path, postgis_events_url: str, fast_only: None
) -> None:
    PostGISStore(postgis_events_url).check()
    for location in (_parquet(tmp_path / "events.parquet", []), postgis_events_url):
        scanned = _same(location)
        assert (len(scanned.columns), scanned.total) == (0, 0)


def test_a_file_of_many_row_groups(tmp_path: Path, fast_only: None) -> None:
    path = _parquet(tmp_path / "events.parquet", _features())
    pq.write_table(pq.read_table(path), path, row_group_size=5)
    assert pq.ParquetFile(path).num_row_groups > 1
    _same(path)


def test_the_postgis_reader_sees_the_table_as_the_scan_began(
    postgis_events_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rows are read on a connection of their own (Arrow's ADBC driver), in the snapshot
    of the scan's transaction: a change another writer makes in between is not half seen."""
    from mapapp.store import postgis

    store = open_store(postgis_events_url)
    store.append([_event(n) for n in range(5)])
    before = load_events(postgis_events_url)
    read = postgis.read_arrow

    def racing(*args: Any) -> Any:
        other = open_store(postgis_events_url)
        other.append([_event(9)])
        other.delete("event-2")
        return read(*args)

    monkeypatch.setattr(postgis, "read_arrow", racing)
    scanned = scan_events(postgis_events_url)
    events = [scanned.columns.event(i) for i in range(len(scanned.columns))]
    assert events == [replace(e, source=e.source_label) for e in before.events]
    monkeypatch.undo()
    ids = scan_events(postgis_events_url).columns.ids.to_pylist()
    assert "event-9" in ids
    assert "event-2" not in ids


def test_a_failed_postgis_read_names_the_store_and_hides_the_password(
    postgis_events_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import adbc_driver_manager  # type: ignore[import-untyped, unused-ignore]
    import adbc_driver_manager.dbapi as adbc_errors  # type: ignore[import-untyped, unused-ignore]

    from mapapp.store import postgis

    open_store(postgis_events_url).append([_event(1)])

    def refused(uri: str) -> Any:
        raise adbc_errors.OperationalError(
            f"connection to {uri} failed: password s3cret-word refused",
            status_code=adbc_driver_manager.AdbcStatusCode.IO,
        )

    monkeypatch.setattr(postgis.adbc, "connect", refused)
    store = PostGISStore(postgis_events_url)
    store._url = dataclasses.replace(store._url, secrets=("s3cret-word",))
    with pytest.raises(EventsFileError) as caught:
        scan._scan_postgis(store, None)
    message = str(caught.value)
    assert message.startswith(f"{store.location}: cannot read the events: ")
    assert "s3cret-word" not in message
    assert "refused" in message
