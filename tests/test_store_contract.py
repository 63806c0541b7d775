"""The promises every store keeps, checked on each backend: GeoJSON, GeoParquet and PostGIS.

One test, three stores: whatever keeps the events, a save adds each event once, drops
nothing, reports a bad feature by name and field, logs its changes, and several people
saving at once lose nothing. The PostGIS store runs against a real server
(``tests/postgis.py``), never a mock.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from mapapp.core.errors import EventValidationError
from mapapp.store import open_store
from mapapp.store.base import EventNotFoundError, EventStore, Query
from mapapp.store.load import load_events
from tests.paths import ROOT
from tests.samples import VALID_FEATURE

BACKENDS = ["geojson", "geoparquet", "postgis"]


@pytest.fixture(params=BACKENDS)
def location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty store of each kind, as its location."""
    if request.param == "geojson":
        return str(tmp_path / "events.geojson")
    if request.param == "geoparquet":
        return str(tmp_path / "events.parquet")
    url: str = request.getfixturevalue("postgis_events_url")
    return url


def _event(n: int, **changes: Any) -> dict[str, Any]:
    """Event ``n``: a point that differs in latitude and longitude, so a swap shows."""
    feature = copy.deepcopy(VALID_FEATURE)
    props = feature["properties"]
    props.update(id=f"event-{n}", excerpt=f"Event number {n} was reported.")
    feature["geometry"]["coordinates"] = [37.0 + n / 1000, 48.0 + n / 1000]
    for key, value in changes.items():
        if key == "geometry":
            feature["geometry"] = value
        else:
            props[key] = value
    return feature


def test_saved_events_load_back_the_same(location: str) -> None:
    store = open_store(location)
    features = [
        _event(1),
        _event(2, type="strike", date="2024-08-10", time_precision=3, note="kept as it is"),
        _event(3, geometry=None, geo_precision=None, place="Nowhere-in-particular"),
        _event(4, source="Ukraine's General Staff, 2024-12-19"),
    ]
    report = store.append(features)
    assert report.added == ("event-1", "event-2", "event-3", "event-4")
    result = load_events(location)
    assert not result.problems
    by_id = {e.id: e for e in result.events}
    assert set(by_id) == {"event-1", "event-2", "event-4"}
    assert (by_id["event-1"].lat, by_id["event-1"].lon) == (48.001, 37.001)
    assert by_id["event-2"].type == "strike"
    assert by_id["event-2"].date == dt.date(2024, 8, 10)
    assert by_id["event-2"].date_span == (dt.date(2024, 8, 1), dt.date(2024, 8, 31))
    assert by_id["event-2"].extra["note"] == "kept as it is"
    assert by_id["event-4"].source == "Ukraine's General Staff, 2024-12-19"
    assert by_id["event-1"].source == VALID_FEATURE["properties"]["source"]
    [unlocated] = result.unlocated
    assert unlocated.event.id == "event-3"


def test_a_second_save_of_the_same_events_adds_nothing(location: str) -> None:
    store = open_store(location)
    store.append([_event(1), _event(2)])
    again = copy.deepcopy(_event(1))
    again["properties"]["id"] = "another-id-for-the-same-event"
    again["properties"]["place"] = "  STARI   terny "  # case and spacing aside, the same
    report = store.append([_event(2), again])
    assert report.added == ()
    assert sorted(report.duplicates) == ["another-id-for-the-same-event", "event-2"]
    assert len(load_events(location).events) == 2


def test_a_taken_id_gets_a_suffix(location: str) -> None:
    store = open_store(location)
    store.append([_event(1)])
    other = _event(2, id="event-1")
    assert store.append([other]).added == ("event-1-2",)
    assert {e.id for e in load_events(location).events} == {"event-1", "event-1-2"}


def test_invalid_new_events_are_reported_and_the_rest_saved(location: str) -> None:
    store = open_store(location)
    report = store.append([_event(1), _event(2, type="parade"), _event(3, date="2024-02-30")])
    assert report.added == ("event-1",)
    fields = sorted(p.field for p in report.problems)
    assert fields == ["date", "type"]
    assert all(location.split("?")[0].split("@")[-1] in str(p) for p in report.problems)
    assert "new feature #1 (id 'event-2')" in str(report.problems[0])


def test_update_delete_and_history(location: str) -> None:
    store = open_store(location)
    store.append([_event(1), _event(2)])
    version = store.version()
    changed = _event(1, claimed_by="Ukraine's General Staff")
    store.update("event-1", changed, note="source re-read")
    assert store.version() != version
    store.delete("event-2", note="a duplicate report")
    [event] = load_events(location).events
    assert event.claimed_by == "Ukraine's General Staff"

    history = store.history()
    assert [(c.action, c.event_id) for c in history] == [
        ("add", "event-1"),
        ("add", "event-2"),
        ("update", "event-1"),
        ("delete", "event-2"),
    ]
    assert [c.seq for c in history] == sorted(c.seq for c in history)
    update = history[2]
    assert update.before is not None
    assert update.after is not None
    assert update.before["properties"]["claimed_by"] == "Russia's Defence Ministry"
    assert update.after["properties"]["claimed_by"] == "Ukraine's General Staff"
    assert update.note == "source re-read"
    assert history[3].after is None
    assert history[3].before is not None
    assert history[3].before["properties"]["id"] == "event-2"
    # What the Events page reads of a long history: an event's changes, the last ones.
    assert store.last_change() == history[-1].seq
    assert store.history(event_id="event-1") == [history[0], history[2]]
    assert store.history(event_id="event-1", after=history[0].seq) == [history[2]]
    assert store.history(event_id="no-such-event") == []
    for k, change in enumerate(history):
        assert store.history(after=change.seq) == history[k + 1 :]
    assert store.history(after=0) == history


def test_bad_updates_change_nothing(location: str) -> None:
    store = open_store(location)
    store.append([_event(1)])
    with pytest.raises(EventNotFoundError, match="event-9"):
        store.update("event-9", _event(9))
    with pytest.raises(EventNotFoundError, match="event-9"):
        store.delete("event-9")
    with pytest.raises(EventValidationError, match="type"):
        store.update("event-1", _event(1, type="parade"))
    with pytest.raises(EventValidationError, match="id"):
        store.update("event-1", _event(2))
    [event] = load_events(location).events
    assert event.type == "territorial_claim"
    assert [c.action for c in store.history()] == ["add"]


def test_a_query_gives_what_filtering_all_events_gives(location: str) -> None:
    store = open_store(location)
    features = [
        _event(1, type="strike", date="2024-12-19"),
        _event(2, type="deployment", date="2024-12-01"),
        # "In November": shown for a range that starts on 30 November.
        _event(3, type="strike", date="2024-11-15", time_precision=3),
        _event(4, type="strike", date="2024-10-01"),
        _event(500, type="strike", date="2024-12-10"),  # 48.5N 37.5E: outside the box
    ]
    store.append(features)
    queries = [
        Query(types=frozenset({"strike"})),
        Query(start=dt.date(2024, 11, 30), end=dt.date(2024, 12, 31)),
        Query(types=frozenset({"strike"}), start=dt.date(2024, 11, 30)),
        Query(bbox=(36.9, 47.9, 37.1, 48.1)),
        Query(types=frozenset()),
        Query(ids=frozenset({"event-2", "event-500", "no-such-event"})),
        Query(ids=frozenset({"event-3"}), types=frozenset({"deployment"})),
    ]
    everything = load_events(location).events
    for query in queries:
        expected = sorted(e.id for e in everything if query.matches(e))
        assert sorted(e.id for e in load_events(location, query=query).events) == expected
    query = Query(types=frozenset({"strike"}), start=dt.date(2024, 11, 30))
    assert sorted(e.id for e in load_events(location, query=query).events) == [
        "event-1",
        "event-3",
        "event-500",
    ]
    # A store reads what an id query asks for, not every row (a GeoJSON file is read whole).
    one = store.read_features(Query(ids=frozenset({"event-2"})))
    if not location.endswith(".geojson"):
        assert [f["properties"]["id"] for f in one] == ["event-2"]


_WORKER = """
import json, sys, time
from mapapp.store import open_store
location, start, batch = sys.argv[1], float(sys.argv[2]), json.loads(sys.argv[3])
time.sleep(max(0.0, start - time.time()))
report = open_store(location).append(batch)
print(json.dumps({"added": list(report.added), "duplicates": list(report.duplicates)}))
"""


def test_people_saving_at_once_lose_nothing_and_duplicate_nothing(location: str) -> None:
    """Four processes save at the same moment: each its own events, and the same shared
    event. Every own event lands once, the shared one exactly once."""
    store: EventStore = open_store(location)
    store.append([_event(0)])
    workers, start = 4, time.time() + 4  # every process saves at the same moment
    procs = []
    for w in range(workers):
        batch = [_event(w * 100 + i) for i in range(1, 6)] + [_event(999)]
        command = [sys.executable, "-c", _WORKER, location, str(start), json.dumps(batch)]
        procs.append(subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=ROOT))
    outputs = [p.communicate(timeout=120)[0] for p in procs]
    assert all(p.returncode == 0 for p in procs), outputs
    reports = [json.loads(out) for out in outputs]
    assert sum("event-999" in r["added"] for r in reports) == 1
    assert sum("event-999" in r["duplicates"] for r in reports) == workers - 1
    ids = sorted(e.id for e in load_events(location).events)
    expected = {"event-0", "event-999"} | {
        f"event-{w * 100 + i}" for w in range(workers) for i in range(1, 6)
    }
    assert ids == sorted(expected)  # nothing lost, nothing twice
