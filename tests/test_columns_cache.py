"""Columns kept on disk between runs (mapapp.store.columns_cache): the same events back,
never for a store that changed, and never a reason for the app to fail."""

from __future__ import annotations

from pathlib import Path

import pytest

from mapapp.core.model import Event
from mapapp.core.query import EventTable
from mapapp.geo.gazetteer import Gazetteer
from mapapp.store import columns_cache
from mapapp.store.load import load_events
from mapapp.store.scan import Scan, scan_events
from tests.paths import BROKEN_EVENTS, EVENTS


def _same(a: Scan, b: Scan) -> None:
    assert len(a.columns) == len(b.columns)
    for i in range(len(a.columns)):
        assert a.columns.event(i) == b.columns.event(i)
        assert a.columns.event(i).source == b.columns.event(i).source
    assert a.problems == b.problems
    assert [(u.event, u.reason) for u in a.unlocated] == [(u.event, u.reason) for u in b.unlocated]


@pytest.mark.parametrize("events", [EVENTS, BROKEN_EVENTS])
def test_what_was_kept_comes_back_the_same(
    tmp_path: Path, gazetteer: Gazetteer, events: Path
) -> None:
    scan = scan_events(events, gazetteer)
    assert columns_cache.write(str(events), ("v", 1), scan, tmp_path)
    kept = columns_cache.read(str(events), ("v", 1), gazetteer, tmp_path)
    assert kept is not None
    _same(scan, kept)


def test_a_changed_store_is_read_again(tmp_path: Path, gazetteer: Gazetteer) -> None:
    scan = scan_events(EVENTS, gazetteer)
    columns_cache.write(str(EVENTS), ("v", 1), scan, tmp_path)
    assert columns_cache.read(str(EVENTS), ("v", 2), gazetteer, tmp_path) is None
    assert columns_cache.read("/elsewhere.parquet", ("v", 1), gazetteer, tmp_path) is None
    # The new version replaces the old one: one cache per store.
    columns_cache.write(str(EVENTS), ("v", 2), scan, tmp_path)
    assert len(list(tmp_path.glob("*.arrow"))) == 1
    assert columns_cache.read(str(EVENTS), ("v", 1), gazetteer, tmp_path) is None


def test_a_damaged_cache_is_ignored(tmp_path: Path, gazetteer: Gazetteer) -> None:
    scan = scan_events(EVENTS, gazetteer)
    columns_cache.write(str(EVENTS), ("v", 1), scan, tmp_path)
    [arrow] = tmp_path.glob("*.arrow")
    arrow.write_bytes(arrow.read_bytes()[:100])
    assert columns_cache.read(str(EVENTS), ("v", 1), gazetteer, tmp_path) is None
    [extra] = tmp_path.glob("*.json")
    extra.write_text("{not json", encoding="utf-8")
    assert columns_cache.read(str(EVENTS), ("v", 1), gazetteer, tmp_path) is None


def test_a_cache_folder_that_cannot_be_written_is_skipped(
    tmp_path: Path, gazetteer: Gazetteer
) -> None:
    scan = scan_events(EVENTS, gazetteer)
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    assert not columns_cache.write(str(EVENTS), ("v", 1), scan, blocked / "columns")
    assert blocked.read_text(encoding="utf-8") == "not a folder"


def test_the_cache_lives_in_the_users_cache_folder() -> None:
    assert columns_cache.cache_dir({"XDG_CACHE_HOME": "/c", "HOME": "/h"}) == Path(
        "/c/mapapp/columns"
    )
    assert columns_cache.cache_dir({"XDG_CACHE_HOME": "rel", "HOME": "/h"}) == Path(
        "/h/.cache/mapapp/columns"
    )


def test_the_events_of_a_geojson_file_are_kept_as_the_app_holds_them(
    tmp_path: Path, gazetteer: Gazetteer
) -> None:
    # Beyond the threshold the app keeps a GeoJSON file's EventTable as columns too.
    result = load_events(EVENTS, gazetteer)
    scan = Scan(EventTable(result.events), result.unlocated, result.problems)
    assert columns_cache.write(str(EVENTS), ("v", 1), scan, tmp_path)
    kept = columns_cache.read(str(EVENTS), ("v", 1), gazetteer, tmp_path)
    assert kept is not None

    # As columns, an event's source is its label (the store keeps the object itself).
    def seen(e: Event) -> tuple[object, ...]:
        return (e.id, e.type, e.title, e.place, e.excerpt, e.date, e.lat, e.lon, e.source_label)

    assert [seen(kept.columns.event(i)) for i in range(len(kept.columns))] == [
        seen(e) for e in result.events
    ]
    assert kept.columns.matching("Kurakhove").sum() >= 1


def _mapped(path: Path) -> list[tuple[int, int]]:
    """The address ranges at which this process maps ``path`` (Linux)."""
    ranges = []
    for line in Path("/proc/self/maps").read_text(encoding="utf-8").splitlines():
        if line.endswith(str(path)):
            start, end = line.split()[0].split("-")
            ranges.append((int(start, 16), int(end, 16)))
    return ranges


def test_the_app_holds_a_large_store_as_its_copy_on_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A store the map clusters on the server is kept on disk as soon as it is read, and
    # the app holds that copy, mapped from the file (pages the system can drop and read
    # again), not a second one of its own: at a million events, 450 MB less.
    from mapapp.map import resources

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("MAPAPP_SERVER_SIDE_FROM", "3")
    version = resources.file_version(str(EVENTS))
    resources.load.clear()
    data = resources.load(str(EVENTS), version)
    resources.load.clear()
    [arrow] = (tmp_path / "mapapp" / "columns").glob("*.arrow")
    ranges = _mapped(arrow)
    assert ranges
    held = [data.table.excerpt.buffers()[2].address, data.table.lat.ctypes.data]
    assert all(any(a <= at < b for a, b in ranges) for at in held)
    # The same events as a read of the store itself.
    scan = scan_events(EVENTS, Gazetteer.default())
    assert [data.table.event(i) for i in range(len(data.table))] == [
        scan.columns.event(i) for i in range(len(scan.columns))
    ]


def test_the_app_reads_a_large_geojson_file_as_columns(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Beyond the threshold a GeoJSON file is read as columns too: no Event per feature.
    from mapapp.map import resources
    from mapapp.store import scan

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("MAPAPP_SERVER_SIDE_FROM", "3")

    def refused(*args: object, **kwargs: object) -> object:
        raise AssertionError("an Event was made for a plain feature")

    monkeypatch.setattr(resources, "load_events", refused)
    monkeypatch.setattr(scan, "load_events", refused)
    version = resources.file_version(str(EVENTS))
    resources.load.clear()
    try:
        data = resources.load(str(EVENTS), version)
    finally:
        resources.load.clear()
    assert data.server_side
    expected = load_events(EVENTS, Gazetteer.default()).events
    assert [data.table.event(i).id for i in range(len(data.table))] == [e.id for e in expected]
