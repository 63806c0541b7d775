"""The GeoParquet store: what a user relies on when events live in a ``*.parquet`` file.

Events come back as they went in, other GeoParquet tools read the file as a table of events,
a file written by such a tool loads (bad rows reported by number and field), saves behave as
the GeoJSON store's do, and nothing a user had is ever lost or half-written.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import math
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import geopandas
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import shapely

from mapapp import cli
from mapapp.core.errors import EventsFileError, EventValidationError
from mapapp.core.model import LoadResult
from mapapp.store import geoparquet, open_store
from mapapp.store.base import EventNotFoundError, Query
from mapapp.store.files import backup_path
from mapapp.store.filestore import history_path
from mapapp.store.geojson import GeoJSONStore
from mapapp.store.geoparquet import GeoParquetStore
from mapapp.store.load import load_events

# Columns every row has, in the order written.
COLUMNS = [
    "id", "type", "title", "place", "excerpt", "date", "time_precision", "geo_precision",
    "claimed_by", "source", "properties", "geometry", "bbox",
]  # fmt: skip


def _event(feature: dict[str, Any], n: int, **props: Any) -> dict[str, Any]:
    """The sample event numbered ``n``: its own id and excerpt, a point that differs from
    the others (and whose latitude differs from its longitude), then ``props``."""
    out = copy.deepcopy(feature)
    out["properties"]["id"] = f"event-{n}"
    out["properties"]["excerpt"] = f"Sentence number {n} of the article."
    out["geometry"]["coordinates"] = [30.0 + n / 10, 48.0 + n / 100]
    out["properties"].update(props)
    return out


def _unlocated(feature: dict[str, Any], n: int, **props: Any) -> dict[str, Any]:
    """An event not yet located: null geometry and geo_precision."""
    out = _event(feature, n, geo_precision=None, **props)
    out["geometry"] = None
    return out


@pytest.fixture
def mixed(feature: dict[str, Any]) -> list[dict[str, Any]]:
    """Events of every kind a file holds: a source object and a source string, a located
    and an unlocated event, extra properties, a week and a month date."""
    return [
        _event(feature, 1),  # source object, from the sample
        _event(feature, 2, source="Reuters, 19 December 2024", type="strike"),
        _unlocated(feature, 3, source="Kyiv Independent"),
        _event(feature, 4, offsets=[12, 80], note={"checked": True, "by": ["ak", "jm"]}),
        _event(feature, 5, date="2024-11-01", time_precision=3, type="deployment"),
        _event(feature, 6, date="2024-12-16", time_precision=2, geo_precision=3),
    ]


@pytest.fixture
def parquet(tmp_path: Path) -> Path:
    return tmp_path / "events.parquet"


def _ids(path: Path) -> list[str]:
    return [f["properties"]["id"] for f in GeoParquetStore(path).read_features()]


def _same_events(a: LoadResult, b: LoadResult) -> None:
    """``a`` and ``b`` hold the same events, extra properties included (which ``Event``
    equality leaves out)."""
    assert a.events == b.events
    assert a.unlocated == b.unlocated
    assert [e.extra for e in a.events] == [e.extra for e in b.events]
    assert [u.event.extra for u in a.unlocated] == [u.event.extra for u in b.unlocated]


def _geodataframe(rows: list[dict[str, Any]], points: list[Any]) -> Any:
    """What a user builds with geopandas: one column per field, shapely points."""
    return geopandas.GeoDataFrame(pd.DataFrame(rows), geometry=points, crs="EPSG:4326")


def _plain_rows(features: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[Any]]:
    rows = [dict(f["properties"]) for f in features]
    for row in rows:
        if isinstance(row.get("source"), dict):
            row["source"] = json.dumps(row["source"])
    points = [shapely.geometry.shape(f["geometry"]) if f["geometry"] else None for f in features]
    return rows, points


# -- round trips -------------------------------------------------------------------------------


def test_geojson_to_geoparquet_gives_the_same_events(
    write_events: Callable[..., Path], parquet: Path, mixed: list[dict[str, Any]]
) -> None:
    geojson = write_events(mixed)
    report = GeoParquetStore(parquet).append(GeoJSONStore(geojson).read_features())
    assert report.added == tuple(f"event-{n}" for n in range(1, 7))
    assert not report.problems
    from_parquet = load_events(parquet)
    _same_events(from_parquet, load_events(geojson))
    assert not from_parquet.problems
    # Latitude and longitude not swapped: event-1 is at lon 30.1, lat 48.01.
    first = from_parquet.events[0]
    assert (first.lon, first.lat) == (30.1, 48.01)
    assert from_parquet.unlocated[0].event.id == "event-3"
    assert from_parquet.events[0].source == mixed[0]["properties"]["source"]
    assert from_parquet.events[1].source == "Reuters, 19 December 2024"
    assert from_parquet.events[2].extra == {
        "offsets": [12, 80],
        "note": mixed[3]["properties"]["note"],
    }


def test_a_large_store_is_written_in_row_groups_a_reader_can_decode_in_parallel(
    parquet: Path, mixed: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    from mapapp.store import geoparquet

    monkeypatch.setattr(geoparquet, "ROW_GROUP_ROWS", 2)
    GeoParquetStore(parquet).append(mixed)
    metadata = pq.ParquetFile(parquet).metadata
    assert metadata.num_row_groups == 3  # six events, two a group
    assert {
        metadata.row_group(g).column(c).compression
        for g in range(metadata.num_row_groups)
        for c in range(metadata.num_columns)
    } == {"ZSTD"}
    assert [f["properties"]["id"] for f in GeoParquetStore(parquet).read_features()] == [
        f"event-{n}" for n in range(1, 7)
    ]


def test_features_come_back_exactly(parquet: Path, mixed: list[dict[str, Any]]) -> None:
    GeoParquetStore(parquet).append(mixed)
    assert GeoParquetStore(parquet).read_features() == mixed


def test_open_store_picks_geoparquet_by_name_and_by_content(
    tmp_path: Path, parquet: Path, mixed: list[dict[str, Any]]
) -> None:
    assert isinstance(open_store(parquet), GeoParquetStore)
    GeoParquetStore(parquet).append(mixed)
    renamed = tmp_path / "events.dat"
    renamed.write_bytes(parquet.read_bytes())
    store = open_store(renamed)
    assert isinstance(store, GeoParquetStore)
    assert len(load_events(store).events) == 5


# -- what other tools see ----------------------------------------------------------------------


def test_geopandas_reads_one_row_per_event(parquet: Path, mixed: list[dict[str, Any]]) -> None:
    GeoParquetStore(parquet).append(mixed)
    frame = geopandas.read_parquet(parquet)
    assert list(frame.columns) == COLUMNS[:-1]  # geopandas leaves out the covering bbox
    assert list(frame["id"]) == [f"event-{n}" for n in range(1, 7)]
    assert frame.crs.to_epsg() == 4326
    located = frame[frame.geometry.notna()]
    assert list(located.geometry.x) == [30.1, 30.2, 30.4, 30.5, 30.6]  # x is the longitude
    assert list(located.geometry.y) == [48.01, 48.02, 48.04, 48.05, 48.06]
    assert frame.geometry.iloc[2] is None  # the event not yet located
    assert list(frame["date"])[:2] == [dt.date(2024, 12, 19)] * 2
    assert list(frame["time_precision"]) == [1, 1, 1, 1, 3, 2]
    assert pd.isna(frame["geo_precision"].iloc[2])
    assert frame["source"].iloc[1] == "Reuters, 19 December 2024"
    # A source object: readable as JSON text in its column, exact in `properties`.
    assert json.loads(frame["source"].iloc[0]) == mixed[0]["properties"]["source"]
    assert json.loads(frame["properties"].iloc[3]) == {
        "offsets": [12, 80],
        "note": {"checked": True, "by": ["ak", "jm"]},
        "source": mixed[3]["properties"]["source"],
    }
    assert pd.isna(frame["properties"].iloc[1])  # nothing beyond the columns


def test_the_file_is_geoparquet_1_1_with_a_covering_bbox(
    parquet: Path, mixed: list[dict[str, Any]]
) -> None:
    GeoParquetStore(parquet).append(mixed)
    metadata = pq.read_metadata(parquet).metadata
    assert b"geo" in metadata
    geo = json.loads(metadata[b"geo"])
    assert geo["version"] == "1.1.0"
    assert geo["primary_column"] == "geometry"
    column = geo["columns"]["geometry"]
    assert column["encoding"] == "WKB"
    assert column["crs"]["id"] == {"authority": "EPSG", "code": 4326}
    assert column["covering"]["bbox"]["xmin"] == ["bbox", "xmin"]
    assert set(column["geometry_types"]) == {"Point"}
    schema = pq.read_schema(parquet)
    assert schema.names == COLUMNS
    assert schema.field("date").type == pa.date32()
    assert schema.field("time_precision").type == pa.int8()
    assert schema.field("id").type == pa.string()
    assert pa.types.is_struct(schema.field("bbox").type)
    bbox = pq.read_table(parquet, columns=["bbox"]).column("bbox").to_pylist()
    assert bbox[0] == {"xmin": 30.1, "ymin": 48.01, "xmax": 30.1, "ymax": 48.01}


# -- saving --------------------------------------------------------------------------------------


def test_appending_twice_adds_nothing_the_second_time(
    parquet: Path, mixed: list[dict[str, Any]]
) -> None:
    store = GeoParquetStore(parquet)
    assert len(store.append(mixed).added) == 6
    mtime = parquet.stat().st_mtime_ns
    again = store.append(copy.deepcopy(mixed))
    assert again.added == ()
    assert len(again.duplicates) == 6
    assert parquet.stat().st_mtime_ns == mtime  # not even rewritten
    assert len(_ids(parquet)) == 6


def test_a_taken_id_gets_a_suffix(parquet: Path, feature: dict[str, Any]) -> None:
    store = GeoParquetStore(parquet)
    store.append([_event(feature, 1)])
    other = _event(feature, 1, excerpt="Another sentence entirely.")
    report = store.append([other])
    assert report.added == ("event-1-2",)
    assert report.backup == str(backup_path(parquet))
    assert _ids(parquet) == ["event-1", "event-1-2"]


def test_invalid_new_events_are_reported_and_the_rest_saved(
    parquet: Path, feature: dict[str, Any]
) -> None:
    bad = _event(feature, 2, type="bombing")
    report = GeoParquetStore(parquet).append([_event(feature, 1), bad, _event(feature, 3)])
    assert report.added == ("event-1", "event-3")
    [problem] = report.problems
    assert (problem.field, problem.feature) == ("type", "new feature #1 (id 'event-2')")
    assert _ids(parquet) == ["event-1", "event-3"]


def test_update_delete_and_history(parquet: Path, feature: dict[str, Any]) -> None:
    store = GeoParquetStore(parquet)
    store.append([_event(feature, 1), _unlocated(feature, 2)])
    located = _event(feature, 2, geo_precision=2)
    change = store.update("event-2", located, note="placed by hand")
    assert change.before is not None
    assert change.before["geometry"] is None
    assert change.after == located
    assert store.delete("event-1").before == _event(feature, 1)
    assert store.read_features() == [located]
    history = store.history()
    assert [(c.seq, c.action, c.event_id) for c in history] == [
        (1, "add", "event-1"),
        (2, "add", "event-2"),
        (3, "update", "event-2"),
        (4, "delete", "event-1"),
    ]
    assert history[2].note == "placed by hand"
    assert history[2].after == located
    assert history[3].after is None
    assert history_path(parquet).exists()
    with pytest.raises(EventNotFoundError, match="no event with id 'event-1'"):
        store.delete("event-1")
    with pytest.raises(EventValidationError):
        store.update("event-2", _event(feature, 2, type="parade"))


def test_deleting_every_event_leaves_a_readable_empty_file(
    parquet: Path, feature: dict[str, Any]
) -> None:
    store = GeoParquetStore(parquet)
    store.append([_event(feature, 1)])
    store.delete("event-1")
    assert store.read_features() == []
    assert len(geopandas.read_parquet(parquet)) == 0
    assert store.append([_event(feature, 2)]).added == ("event-2",)


def test_a_failed_save_leaves_the_old_file(
    parquet: Path, feature: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    store = GeoParquetStore(parquet)
    store.append([_event(feature, 1)])
    before = parquet.read_bytes()
    files = sorted(p.name for p in parquet.parent.iterdir())

    def broken(features: list[Any], path: Path) -> bytes:
        raise EventsFileError(f"{parquet}: cannot write the events as GeoParquet: disk on fire")

    # The writer both ways of saving use (the whole file, or the rows a save changes).
    monkeypatch.setattr(geoparquet, "_write", broken)
    with pytest.raises(EventsFileError, match="disk on fire"):
        store.append([_event(feature, 2)])
    assert parquet.read_bytes() == before
    assert sorted(p.name for p in parquet.parent.iterdir()) == files  # no temporary left
    assert len(store.history()) == 1  # nothing logged either


def test_a_failed_rename_leaves_the_old_file(
    parquet: Path, feature: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    store = GeoParquetStore(parquet)
    store.append([_event(feature, 1)])
    before = parquet.read_bytes()
    real_replace = os.replace

    def full_disk(src: str, dst: str) -> None:
        if Path(dst) == parquet:
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr("os.replace", full_disk)
    with pytest.raises(EventsFileError, match="No space left on device; the file is unchanged"):
        store.append([_event(feature, 2)])
    assert parquet.read_bytes() == before
    assert not [p for p in parquet.parent.iterdir() if p.name.endswith(".tmp")]


# -- files written by other tools --------------------------------------------------------------


@pytest.mark.parametrize("dates", ["date", "timestamp", "zoned timestamp", "text"])
def test_a_geopandas_file_with_a_bad_row_loads_the_rest(
    parquet: Path, mixed: list[dict[str, Any]], dates: str
) -> None:
    rows, points = _plain_rows(mixed)
    rows[1]["type"] = "parade"
    rows[4]["excerpt"] = None  # missing
    frame = _geodataframe(rows, points)
    if dates == "date":
        frame["date"] = [dt.date.fromisoformat(d) for d in frame["date"]]
    elif dates == "timestamp":
        frame["date"] = pd.to_datetime(frame["date"])
    elif dates == "zoned timestamp":  # midnight in Kyiv: the day before in UTC
        frame["date"] = pd.to_datetime(frame["date"]).dt.tz_localize("Europe/Kyiv")
    # Integers as floats, NaN where missing: what pandas makes of a column with gaps.
    frame["geo_precision"] = frame["geo_precision"].astype(float)
    frame.to_parquet(parquet)
    result = load_events(parquet)
    assert [e.id for e in result.events] == ["event-1", "event-4", "event-6"]
    assert [u.event.id for u in result.unlocated] == ["event-3"]
    assert [(p.feature, p.field) for p in result.problems] == [
        ("row #1 (id 'event-2')", "type"),
        ("row #4 (id 'event-5')", "excerpt"),
    ]
    assert all(p.file == str(parquet) for p in result.problems)
    assert "'parade'" in result.problems[0].message
    events = {e.id: e for e in result.events}
    assert events["event-6"].date == dt.date(2024, 12, 16)
    assert events["event-6"].geo_precision == 3  # 3.0 read as 3
    assert (events["event-1"].lon, events["event-1"].lat) == (30.1, 48.01)
    # The source object, written as JSON text, is a valid text source.
    assert json.loads(str(events["event-1"].source)) == mixed[0]["properties"]["source"]


def test_a_missing_column_is_reported_row_by_row(
    parquet: Path, mixed: list[dict[str, Any]]
) -> None:
    rows, points = _plain_rows(mixed[:2])
    frame = _geodataframe(rows, points).drop(columns=["claimed_by"])
    frame.to_parquet(parquet)
    result = load_events(parquet)
    assert result.events == ()
    assert [(p.feature, p.field) for p in result.problems] == [
        ("row #0 (id 'event-1')", "claimed_by"),
        ("row #1 (id 'event-2')", "claimed_by"),
    ]
    assert "claimed_by" not in GeoParquetStore(parquet).read_features()[0]["properties"]


def test_other_columns_of_a_foreign_file_become_extra_properties(
    parquet: Path, mixed: list[dict[str, Any]]
) -> None:
    rows, points = _plain_rows(mixed[:2])
    frame = _geodataframe(rows, points)
    frame["fatalities"] = [3, 0]
    frame["reported"] = pd.to_datetime(["2024-12-19 10:30", "2024-12-20 08:00"])
    frame["score"] = [0.5, math.nan]
    frame.index = pd.Index([10, 11])  # written as __index_level_0__: not a property
    frame.to_parquet(parquet)
    [first, second] = load_events(parquet).events
    assert first.extra == {"fatalities": 3, "reported": "2024-12-19T10:30:00", "score": 0.5}
    assert second.extra == {"fatalities": 0, "reported": "2024-12-20T08:00:00", "score": None}


def test_an_invalid_row_survives_a_later_append_unchanged(
    parquet: Path, mixed: list[dict[str, Any]], feature: dict[str, Any]
) -> None:
    rows, points = _plain_rows(mixed[:2])
    rows[0]["date"] = "19/12/2024"  # text dates: this one not ISO
    rows[0]["geo_precision"] = 1.5  # the column is float: 1.0 in the other row
    _geodataframe(rows, points).to_parquet(parquet)
    store = GeoParquetStore(parquet)
    before = store.read_features()
    assert [p.field for p in load_events(parquet).problems] == ["geo_precision"]
    assert store.append([_event(feature, 7)]).added == ("event-7",)
    after = store.read_features()
    assert after[:2] == before
    assert after[0]["properties"]["date"] == "19/12/2024"
    assert after[0]["properties"]["geo_precision"] == 1.5
    assert after[1]["properties"]["geo_precision"] == 1
    # Now written by mapapp, typed: the values that do not fit are in `properties`.
    assert pq.read_schema(parquet).field("date").type == pa.date32()
    table = pq.read_table(parquet).to_pylist()
    assert table[0]["date"] is None
    assert json.loads(table[0]["properties"]) == {"date": "19/12/2024", "geo_precision": 1.5}


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("date", "19/12/2024"),
        ("date", "2024-02-30"),
        ("date", "2024-W51-4"),
        ("date", 20241219),
        ("date", {"day": 19}),
        ("time_precision", "1"),
        ("time_precision", True),
        ("time_precision", 1000),
        ("time_precision", [1]),
        ("geo_precision", 1.5),
        ("source", ["a", "list"]),
        ("source", {"title": "BBC", "url": None}),
        ("title", 42),
        ("id", None),
        ("excerpt", ""),
        ("offsets", 2**70),  # beyond 64 bits
        ("properties", "a property named like the JSON column"),
    ],
)
def test_every_value_is_written_back_as_read(
    parquet: Path, feature: dict[str, Any], field: str, value: Any
) -> None:
    odd = _event(feature, 1)
    odd["properties"][field] = value
    store = GeoParquetStore(parquet)
    parquet.write_bytes(store._dump(None, [odd, _event(feature, 2)]))
    assert store.read_features() == [odd, _event(feature, 2)]


@pytest.mark.parametrize(
    "geometry",
    [
        None,
        {"type": "Point", "coordinates": [30.5, 50.25, 120.0]},
        {"type": "Point", "coordinates": [200.0, 95.0]},  # out of range: reported, kept
        {"type": "LineString", "coordinates": [[30.0, 50.0], [31.0, 51.0]]},
    ],
)
def test_every_geometry_is_written_back_as_read(
    parquet: Path, feature: dict[str, Any], geometry: Any
) -> None:
    odd = _event(feature, 1)
    odd["geometry"] = geometry
    store = GeoParquetStore(parquet)
    parquet.write_bytes(store._dump(None, [odd]))
    assert store.read_features() == [odd]


def test_nan_is_read_as_null(parquet: Path, feature: dict[str, Any]) -> None:
    table = pa.table(
        {
            "id": ["a"],
            "geo_precision": pa.array([math.nan]),
            "time_precision": pa.array([1.0]),
            "geometry": [shapely.to_wkb(shapely.Point(math.nan, math.nan))],
        }
    )
    geo = {
        "version": "1.1.0",
        "primary_column": "geometry",
        "columns": {"geometry": {"encoding": "WKB", "geometry_types": ["Point"]}},
    }
    pq.write_table(table.replace_schema_metadata({"geo": json.dumps(geo)}), parquet)
    [row] = GeoParquetStore(parquet).read_features()
    assert row["geometry"] is None
    assert row["properties"] == {"id": "a", "geo_precision": None, "time_precision": 1}


def test_native_point_encoding_and_another_crs_are_read(
    tmp_path: Path, mixed: list[dict[str, Any]]
) -> None:
    rows, points = _plain_rows(mixed)
    frame = _geodataframe(rows, points)
    native = tmp_path / "native.parquet"
    frame.to_parquet(native, geometry_encoding="geoarrow")
    mercator = tmp_path / "mercator.parquet"
    frame.to_crs("EPSG:3857").to_parquet(mercator)
    expected = [(e.lon, e.lat) for e in load_events(native).events]
    assert expected[0] == (30.1, 48.01)
    reprojected = [(e.lon, e.lat) for e in load_events(mercator).events]
    assert np.allclose(reprojected, expected)


# -- unusable files ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "it is empty"),
        (b'{"type": "FeatureCollection", "features": []}', "looks like JSON"),
        (b"id,type\n1,strike\n", "does not start and end with the Parquet marker"),
        (b"PAR1" + b"\0" * 40, "cut short"),
    ],
)
def test_a_file_that_is_not_parquet_is_refused_by_name(
    parquet: Path, feature: dict[str, Any], content: bytes, message: str
) -> None:
    parquet.write_bytes(content)
    for call in (GeoParquetStore(parquet).check, lambda: load_events(parquet)):
        with pytest.raises(EventsFileError, match=message) as caught:
            call()
        assert str(caught.value).startswith(f"{parquet}: ")
        assert "\n" not in str(caught.value)
    with pytest.raises(EventsFileError):
        GeoParquetStore(parquet).append([_event(feature, 1)])
    assert parquet.read_bytes() == content  # left alone
    assert not backup_path(parquet).exists()


def test_plain_parquet_without_geometry_is_refused_by_name(parquet: Path) -> None:
    pd.DataFrame({"id": ["a"], "type": ["strike"]}).to_parquet(parquet)
    with pytest.raises(EventsFileError) as caught:
        GeoParquetStore(parquet).check()
    message = str(caught.value)
    assert message.startswith(f"{parquet}: not a GeoParquet file")
    assert "(columns: id, type)" in message


def test_damaged_parquet_is_refused_by_name(parquet: Path, mixed: list[dict[str, Any]]) -> None:
    GeoParquetStore(parquet).append(mixed)
    data = bytearray(parquet.read_bytes())
    data[-200:-8] = b"\xff" * 192  # the footer, metadata and all
    parquet.write_bytes(bytes(data))
    with pytest.raises(EventsFileError, match=f"^{parquet}: cannot read the Parquet file"):
        GeoParquetStore(parquet).check()


def test_a_missing_file_is_named(parquet: Path) -> None:
    with pytest.raises(EventsFileError, match=f"^{parquet}: file not found"):
        GeoParquetStore(parquet).check()


# -- queries -------------------------------------------------------------------------------------


class _NoPushdown(GeoParquetStore):
    """The same file, read whole whatever the query."""

    def read_features(self, query: Query | None = None) -> list[Any]:
        return super().read_features(None)


def _many(feature: dict[str, Any]) -> list[dict[str, Any]]:
    """120 events over a year, three types, spread over Ukraine; some unlocated, some with
    month or week dates, one whose date only `properties` holds (a value that does not fit
    the date column is null there)."""
    kinds = ["strike", "deployment", "territorial_claim"]
    out = []
    for n in range(120):
        event = _event(feature, n, type=kinds[n % 3], time_precision=1 + n % 3)
        event["properties"]["date"] = (dt.date(2024, 1, 1) + dt.timedelta(days=3 * n)).isoformat()
        event["geometry"]["coordinates"] = [23.0 + (n * 7) % 17, 45.0 + (n * 5) % 7]
        if n % 10 == 0:
            event["geometry"] = None
            event["properties"]["geo_precision"] = None
        out.append(event)
    return out


@pytest.mark.parametrize(
    "query",
    [
        Query(types=frozenset({"strike"})),
        Query(start=dt.date(2024, 3, 1), end=dt.date(2024, 3, 31)),
        Query(start=dt.date(2024, 6, 1)),
        Query(end=dt.date(2024, 2, 1)),
        Query(bbox=(25.0, 46.0, 32.0, 49.5)),
        Query(
            types=frozenset({"deployment", "territorial_claim"}),
            start=dt.date(2024, 2, 10),
            end=dt.date(2024, 5, 1),
            bbox=(22.0, 44.0, 35.0, 50.0),
        ),
    ],
)
def test_the_query_pushdown_gives_the_same_result(
    parquet: Path, feature: dict[str, Any], query: Query
) -> None:
    GeoParquetStore(parquet).append(_many(feature))
    pushed = load_events(GeoParquetStore(parquet), query=query)
    _same_events(pushed, load_events(_NoPushdown(parquet), query=query))
    assert pushed.events or pushed.unlocated
    # Fewer rows read: the filter did something.
    assert len(GeoParquetStore(parquet).read_features(query)) < 120


def test_the_pushdown_keeps_a_row_whose_value_is_only_in_properties(
    parquet: Path, feature: dict[str, Any]
) -> None:
    odd = _event(feature, 1, type="strike")
    odd["properties"]["date"] = 20240301  # not a date: in `properties`, null in the column
    store = GeoParquetStore(parquet)
    parquet.write_bytes(store._dump(None, [odd, _event(feature, 2, type="deployment")]))
    query = Query(types=frozenset({"strike"}), start=dt.date(2024, 3, 1))
    assert store.read_features(query) == [odd]
    [problem] = load_events(store, query=query).problems
    assert problem.field == "date"


# -- the command line ----------------------------------------------------------------------------


def test_validate_a_parquet_file(
    parquet: Path, mixed: list[dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    GeoParquetStore(parquet).append(mixed)
    assert cli.main(["validate", "--no-geocode", str(parquet)]) == 0
    assert "5 events on the map, 1 not located, 0 invalid" in capsys.readouterr().out


def test_validate_reports_a_bad_row_of_a_parquet_file(
    parquet: Path, mixed: list[dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    rows, points = _plain_rows(mixed)
    rows[2]["type"] = "parade"
    _geodataframe(rows, points).to_parquet(parquet)
    assert cli.main(["validate", "--no-geocode", str(parquet)]) == 1
    captured = capsys.readouterr()
    assert "5 events on the map, 0 not located, 1 invalid" in captured.out
    assert f"{parquet}: row #2 (id 'event-3'), field 'type'" in captured.err


def test_validate_refuses_a_file_that_is_not_geoparquet(
    parquet: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    parquet.write_text("not parquet")
    assert cli.main(["validate", "--no-geocode", str(parquet)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"mapapp: error: {parquet}: not a GeoParquet file")
    assert "Traceback" not in err


def _saved_both_ways(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    start: list[dict[str, Any]],
    save: Callable[[GeoParquetStore], Any],
) -> tuple[Path, Path]:
    """``start`` saved to two files, then ``save`` on each: on one the rows a save changes
    (a file mapapp wrote), on the other the whole file through features."""
    rows, whole = tmp_path / "rows.parquet", tmp_path / "whole.parquet"
    for path in (rows, whole):
        GeoParquetStore(path).append(copy.deepcopy(start))
    taken = []
    real = geoparquet._Rows.of

    def spied(path: Path) -> Any:
        found = real(path)
        taken.append(found is not None)
        return found

    with monkeypatch.context() as patch:
        patch.setattr(geoparquet._Rows, "of", staticmethod(spied))
        save(GeoParquetStore(rows))
    assert taken
    assert all(taken)  # the row path was taken
    with monkeypatch.context() as patch:
        patch.setattr(geoparquet._Rows, "of", staticmethod(lambda path: None))
        save(GeoParquetStore(whole))
    return rows, whole


def _same(rows: Path, whole: Path) -> None:
    """Both files hold the same events, and their histories the same changes."""
    assert GeoParquetStore(rows).read_features() == GeoParquetStore(whole).read_features()
    changes = [
        [(c.action, c.event_id, c.before, c.after, c.note) for c in GeoParquetStore(p).history()]
        for p in (rows, whole)
    ]
    assert changes[0] == changes[1]
    meta = [json.loads(pq.read_schema(p).metadata[b"geo"]) for p in (rows, whole)]
    assert meta[0]["columns"]["geometry"]["bbox"] == meta[1]["columns"]["geometry"]["bbox"]


def test_a_save_of_a_few_rows_gives_the_file_a_whole_save_gives(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    mixed: list[dict[str, Any]],
    feature: dict[str, Any],
) -> None:
    """Saving only the rows that change (a file mapapp wrote, a million rows say) gives the
    same events, history and metadata as saving every row as a feature."""
    changed = copy.deepcopy(mixed[3])
    changed["properties"]["claimed_by"] = "Ukraine's General Staff"
    changed["geometry"]["coordinates"] = [40.5, 50.25]  # beyond the file's bounding box
    saves: list[Callable[[GeoParquetStore], Any]] = [
        lambda store: store.update("event-4", copy.deepcopy(changed), note="re-read"),
        lambda store: store.delete("event-2", note="a duplicate"),
        # New events, one already there (skipped), one whose id is taken (suffixed).
        lambda store: store.append(
            [_event(feature, 7), copy.deepcopy(mixed[0]), _event(feature, 1, excerpt="Other.")]
        ),
        lambda store: store.append([_unlocated(feature, 8, note={"n": 1})]),
    ]
    for k, save in enumerate(saves):
        rows, whole = _saved_both_ways(tmp_path / str(k), monkeypatch, mixed, save)
        _same(rows, whole)
    report = GeoParquetStore(tmp_path / "2" / "rows.parquet").history()[-2:]
    assert [c.event_id for c in report] == ["event-7", "event-1-2"]


def test_a_file_another_tool_wrote_is_saved_whole(
    tmp_path: Path, mixed: list[dict[str, Any]]
) -> None:
    """Not mapapp's columns (here one more), or a row whose JSON overrides its id: every row
    goes through a feature, as always."""
    path = tmp_path / "other.parquet"
    GeoParquetStore(path).append(copy.deepcopy(mixed))
    table = pq.read_table(path)
    pq.write_table(table.append_column("extra", pa.array(["x"] * table.num_rows)), path)
    assert geoparquet._Rows.of(path) is None
    GeoParquetStore(path).delete("event-2")
    assert "event-2" not in _ids(path)
    assert all(f["properties"]["extra"] == "x" for f in GeoParquetStore(path).read_features())
    # A row read from another tool with the number 9 as its id: kept in the row's JSON.
    odd = tmp_path / "odd.parquet"
    odd.write_bytes(geoparquet._write([*copy.deepcopy(mixed), _event(mixed[0], 9, id=9)], odd))
    assert geoparquet._Rows.of(odd) is None
    GeoParquetStore(odd).delete("event-1")
    assert [f["properties"]["id"] for f in GeoParquetStore(odd).read_features()][-1] == 9
