"""The PostGIS store, against a real server (tests/postgis.py): the same events as the
GeoJSON store, no duplicates, bad rows reported, changes logged, nothing half saved, no
password shown, and no save lost when several processes save at once."""

from __future__ import annotations

import copy
import datetime as dt
import multiprocessing
import time
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import sql

from mapapp import cli
from mapapp.core.errors import EventsFileError, EventValidationError
from mapapp.store import open_store
from mapapp.store.base import EventNotFoundError, Query
from mapapp.store.geojson import GeoJSONStore
from mapapp.store.load import load_events
from mapapp.store.postgis import PostGISStore
from scripts.postgis_server import free_port
from tests.paths import ARTICLE
from tests.samples import VALID_FEATURE

# Spawned, not forked: each process starts clean, as a second app or command line would.
SPAWN = multiprocessing.get_context("spawn")
PROCESSES = 6


def _event(
    event_id: str,
    excerpt: str | None = None,
    *,
    kind: str = "strike",
    place: str = "Stari Terny",
    date: str = "2024-12-19",
    precision: int = 1,
    point: tuple[float, float] | None = (37.2113, 48.0171),
    **extra: Any,
) -> dict[str, Any]:
    """A valid event feature; ``point`` is ``(lon, lat)``."""
    feature = copy.deepcopy(VALID_FEATURE)
    feature["geometry"] = None if point is None else {"type": "Point", "coordinates": [*point]}
    props = feature["properties"]
    props.update(
        id=event_id,
        type=kind,
        place=place,
        date=date,
        time_precision=precision,
        excerpt=excerpt or f"The report of {event_id}.",
        **extra,
    )
    if point is None:
        props["geo_precision"] = None
    return feature


def _table(url: str) -> str:
    return url.rpartition("table=")[2]


def _sql(url: str, statement: str, params: list[Any] | None = None) -> list[Any]:
    """Run ``statement`` on the store's database as another tool would; ``{t}`` is the
    store's table, ``{h}`` its history, ``{c}`` its change counter, ``{f}`` a function name
    of its own. Returns the
    rows, if any."""
    table = _table(url)
    names = {"t": table, "h": f"{table}_history", "f": f"{table}_fail", "c": f"{table}_changes"}
    names["trigger"] = f"{table}_changed"
    query = sql.SQL(statement).format(**{k: sql.Identifier(v) for k, v in names.items()})
    with psycopg.connect(url.partition("?")[0], autocommit=True) as conn:
        cur = conn.execute(query, params)
        return cur.fetchall() if cur.description else []


def _ids(url: str) -> list[str]:
    return [f["properties"]["id"] for f in PostGISStore(url).read_features()]


# -- the same events as the GeoJSON store ------------------------------------------------------


def _sample_events() -> list[dict[str, Any]]:
    """Events of every shape: coordinates with lat and lon far apart, no geometry, a
    string source, extra properties, week and month precision."""
    odesa = _event("f-source", place="Odesa", point=(30.7233, 46.4825))
    odesa["properties"]["source"] = "Reuters, 19 December"
    return [
        _event("a-kharkiv", place="Kharkiv", point=(36.2304, 49.9935)),
        _event("b-crimea", kind="deployment", place="Crimea", point=(34.1, 45.3), precision=3),
        _event("c-kurakhove", kind="territorial_claim", place="Kurakhove", point=None),
        _event("d-sevastopol", place="Sevastopol", point=(33.5, 44.6), offsets=[3, 9], x={"y": 1}),
        _event("e-kyiv", place="Kyiv", point=(30.52, 50.45), precision=2),
        odesa,
    ]


def test_append_then_load_gives_the_same_events_as_the_geojson_store(
    postgis_events_url: str, tmp_path: Path
) -> None:
    features = _sample_events()
    path = tmp_path / "events.geojson"
    file_report = GeoJSONStore(path).append(copy.deepcopy(features))
    db_report = open_store(postgis_events_url).append(copy.deepcopy(features))
    assert isinstance(open_store(postgis_events_url), PostGISStore)
    assert db_report.added == file_report.added == tuple(f["properties"]["id"] for f in features)
    assert db_report.backup == ""
    from_file, from_db = load_events(path), load_events(postgis_events_url)
    assert from_db.problems == ()
    assert from_db.events == from_file.events
    assert [e.to_feature() for e in from_db.events] == [e.to_feature() for e in from_file.events]
    assert [u.event for u in from_db.unlocated] == [u.event for u in from_file.unlocated]
    kharkiv = from_db.events[0]
    assert (kharkiv.lat, kharkiv.lon) == (49.9935, 36.2304)
    assert kharkiv.source == VALID_FEATURE["properties"]["source"]
    assert from_db.events[-1].source == "Reuters, 19 December"
    # Other tools read the point as GeoJSON has it: x is the longitude.
    [(x, y, srid)] = _sql(
        postgis_events_url, "SELECT ST_X(geom), ST_Y(geom), ST_SRID(geom) FROM {t} WHERE id = %s",
        ["a-kharkiv"],
    )  # fmt: skip
    assert (x, y, srid) == (36.2304, 49.9935, 4326)


def test_a_second_append_adds_nothing_and_a_taken_id_gets_a_suffix(
    postgis_events_url: str,
) -> None:
    store = PostGISStore(postgis_events_url)
    first = [_event("kharkiv-strike"), _event("kyiv-strike", place="Kyiv")]
    assert store.append(first).added == ("kharkiv-strike", "kyiv-strike")
    again = store.append(first)
    assert (again.added, again.duplicates) == ((), ("kharkiv-strike", "kyiv-strike"))
    assert "added 0 event(s), 2 already saved" in str(again)
    # The same event with other spacing and case in its place is the same event.
    respaced = _event("other-id", place="  stari   TERNY ")
    respaced["properties"]["excerpt"] = first[0]["properties"]["excerpt"]
    assert store.append([respaced]).duplicates == ("other-id",)
    other = [_event("kharkiv-strike", "Another sentence."), _event("kharkiv-strike", "A third.")]
    report = store.append([*other, other[0]])
    assert report.added == ("kharkiv-strike-2", "kharkiv-strike-3")
    assert report.duplicates == ("kharkiv-strike",)
    assert [c.after["properties"]["id"] for c in report.changes if c.after] == list(report.added)
    assert _ids(postgis_events_url) == [
        "kharkiv-strike", "kharkiv-strike-2", "kharkiv-strike-3", "kyiv-strike",
    ]  # fmt: skip
    assert [(c.seq, c.action) for c in store.history()] == [(n, "add") for n in range(1, 5)]


def test_invalid_new_features_are_reported_by_feature_and_field_and_the_rest_saved(
    postgis_events_url: str,
) -> None:
    bad_type = _event("bad-type", kind="parade")
    nul = _event("nul-excerpt", "A NUL \x00 in the text.")
    features = [_event("good-1"), bad_type, _event("good-2", "Two."), nul]
    report = PostGISStore(postgis_events_url).append(features)
    assert report.added == ("good-1", "good-2")
    assert [(p.feature, p.field) for p in report.problems] == [
        ("new feature #1 (id 'bad-type')", "type"),
        ("new feature #3 (id 'nul-excerpt')", "excerpt"),
    ]
    assert report.problems[0].file == PostGISStore(postgis_events_url).location
    assert "which PostgreSQL can store" in report.problems[1].message
    assert _ids(postgis_events_url) == ["good-1", "good-2"]


def test_a_bad_row_written_by_another_tool_is_reported_and_the_rest_loads(
    postgis_events_url: str,
) -> None:
    store = PostGISStore(postgis_events_url)
    store.append([_event("a-good"), _event("b-good", "Two.", kind="deployment")])
    columns = "id, type, title, place, excerpt, date, time_precision, claimed_by, source, dedup_key"
    _sql(
        postgis_events_url,
        f"INSERT INTO {{t}} ({columns}) VALUES"
        " ('c-parade', 'parade', 'A parade', 'Kyiv', 'A parade.', '2024-12-19', 1, 'Kyiv',"
        "  '\"a report\"', 'other-tool-1'),"
        " ('d-no-excerpt', 'strike', 'A strike', 'Kyiv', NULL, '2024-12-19', 1, 'Kyiv',"
        "  '\"a report\"', 'other-tool-2')",
    )
    result = load_events(postgis_events_url)
    assert [e.id for e in result.events] == ["a-good", "b-good"]
    assert [str(p) for p in result.problems] == [
        f"{store.location}: row #2 (id 'c-parade'), field 'type': expected one of strike,"
        " deployment, territorial_claim, got 'parade'",
        f"{store.location}: row #3 (id 'd-no-excerpt'), field 'excerpt': expected a non-empty"
        " string, got None",
    ]
    # A query read in the database still hands out the rows it cannot judge.
    strikes = load_events(postgis_events_url, query=Query(types=frozenset({"strike"})))
    assert [e.id for e in strikes.events] == ["a-good"]
    assert [p.field for p in strikes.problems] == ["type", "excerpt"]
    # Saving never drops them.
    store.append([_event("e-good", "Five.")])
    assert _ids(postgis_events_url) == ["a-good", "b-good", "c-parade", "d-no-excerpt", "e-good"]


# -- changes and their history -------------------------------------------------------------------


def test_update_and_delete_are_logged_with_the_event_before_and_after(
    postgis_events_url: str,
) -> None:
    store = PostGISStore(postgis_events_url)
    original = _event("kharkiv-strike", place="Kharkiv", point=(36.2304, 49.9935))
    store.append([original, _event("kyiv-strike", place="Kyiv", point=(30.52, 50.45))])
    version = store.version()
    assert store.version() == version
    changed = copy.deepcopy(original)
    changed["properties"]["excerpt"] = "Corrected sentence."
    changed["geometry"]["coordinates"] = [36.3, 50.0]
    change = store.update("kharkiv-strike", changed, note="fixed the point")
    assert (change.action, change.event_id, change.note) == (
        "update",
        "kharkiv-strike",
        "fixed the point",
    )
    assert change.before is not None
    assert change.after is not None
    assert change.before["geometry"]["coordinates"] == [36.2304, 49.9935]
    assert change.after["geometry"]["coordinates"] == [36.3, 50.0]
    assert store.version() != version
    [kharkiv] = [e for e in load_events(store).events if e.id == "kharkiv-strike"]
    assert (kharkiv.excerpt, kharkiv.lat, kharkiv.lon) == ("Corrected sentence.", 50.0, 36.3)
    # The rule against duplicates follows the change: the old version is a new event now.
    assert store.append([changed]).duplicates == ("kharkiv-strike",)
    assert store.append([original]).added == ("kharkiv-strike-2",)

    deleted = store.delete("kyiv-strike", note="not in Kyiv")
    assert (deleted.action, deleted.after, deleted.note) == ("delete", None, "not in Kyiv")
    assert deleted.before is not None
    assert deleted.before["properties"]["place"] == "Kyiv"
    assert _ids(postgis_events_url) == ["kharkiv-strike", "kharkiv-strike-2"]
    history = store.history()
    assert [(c.seq, c.action, c.event_id) for c in history] == [
        (1, "add", "kharkiv-strike"), (2, "add", "kyiv-strike"), (3, "update", "kharkiv-strike"),
        (4, "add", "kharkiv-strike-2"), (5, "delete", "kyiv-strike"),
    ]  # fmt: skip
    assert (history[2], history[4]) == (change, deleted)
    assert dt.datetime.strptime(history[0].at, "%Y-%m-%dT%H:%M:%SZ")

    with pytest.raises(EventNotFoundError, match="no event with id 'kyiv-strike'"):
        store.delete("kyiv-strike")
    with pytest.raises(EventNotFoundError, match="no event with id 'nowhere'"):
        store.update("nowhere", _event("nowhere"))
    renamed = copy.deepcopy(changed)
    renamed["properties"]["id"] = "renamed"
    with pytest.raises(EventValidationError, match="expected the id of the event being changed"):
        store.update("kharkiv-strike", renamed)
    with pytest.raises(EventValidationError, match="event 'kharkiv-strike', field 'excerpt'"):
        store.update("kharkiv-strike", _event("kharkiv-strike", "A NUL \x00 character."))
    # Changed into an event the table holds already: refused, nothing changes.
    twin = copy.deepcopy(original)
    twin["properties"]["id"] = "kharkiv-strike"
    with pytest.raises(EventsFileError, match="same as the event 'kharkiv-strike-2'"):
        store.update("kharkiv-strike", twin)
    assert len(store.history()) == 5


def test_the_version_changes_when_another_tool_changes_a_row(postgis_events_url: str) -> None:
    store = PostGISStore(postgis_events_url)
    store.append([_event("a"), _event("b", "Two.")])
    version = store.version()
    _sql(postgis_events_url, "UPDATE {t} SET title = 'Edited elsewhere' WHERE id = 'a'")
    assert store.version() != version
    version = store.version()
    _sql(postgis_events_url, "DELETE FROM {t} WHERE id = 'b'")
    assert store.version() != version
    version = store.version()
    _sql(postgis_events_url, "TRUNCATE {t}")
    assert store.version() != version


def test_a_table_made_before_changes_were_counted_is_read_and_counted_at_the_next_save(
    postgis_events_url: str,
) -> None:
    store = PostGISStore(postgis_events_url)
    store.append([_event("a")])
    _sql(postgis_events_url, "DROP TRIGGER {trigger} ON {t}")
    _sql(postgis_events_url, "DROP TABLE {c}")
    version = store.version()  # read from the rows themselves
    _sql(postgis_events_url, "UPDATE {t} SET title = 'Edited elsewhere' WHERE id = 'a'")
    assert store.version() != version
    store.append([_event("b", "Two.")])  # the save adds the counter
    version = store.version()
    _sql(postgis_events_url, "DELETE FROM {t} WHERE id = 'b'")
    assert store.version() != version


def test_a_history_made_before_it_was_indexed_by_event_gets_its_index_at_the_next_save(
    postgis_events_url: str,
) -> None:
    store = PostGISStore(postgis_events_url)
    store.append([_event("a")])
    index = f"{_table(postgis_events_url)}_history_id"
    _sql(postgis_events_url, f'DROP INDEX "{index}"')
    assert _sql(postgis_events_url, "SELECT to_regclass(%s) IS NULL", [index]) == [(True,)]
    assert _ids(postgis_events_url) == ["a"]  # read as before, the table untouched
    assert _sql(postgis_events_url, "SELECT to_regclass(%s) IS NULL", [index]) == [(True,)]
    store.append([_event("b", "Two.")])
    assert _sql(postgis_events_url, "SELECT to_regclass(%s) IS NOT NULL", [index]) == [(True,)]
    assert [c.event_id for c in store.history(event_id="b")] == ["b"]


def test_a_failing_save_leaves_the_table_unchanged(postgis_events_url: str) -> None:
    store = PostGISStore(postgis_events_url)
    store.append([_event("kept", "Kept.")])
    # The database refuses to log a change to 'poison', after the event's row is written.
    _sql(
        postgis_events_url,
        "CREATE FUNCTION {f}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
        " IF NEW.id = 'poison' THEN RAISE EXCEPTION 'disk full (test)'; END IF;"
        " RETURN NEW; END $$",
    )
    _sql(
        postgis_events_url,
        "CREATE TRIGGER fail BEFORE INSERT ON {h} FOR EACH ROW EXECUTE FUNCTION {f}()",
    )
    before = (store.read_features(), store.history(), store.version())
    with pytest.raises(EventsFileError) as info:
        store.append([_event("fine", "Fine."), _event("poison", "Poison.")])
    message = str(info.value)
    assert message.startswith(f"{store.location}: cannot save: disk full (test)")
    assert message.endswith("nothing was saved")
    assert (store.read_features(), store.history(), store.version()) == before
    # An update that fails half-way changes nothing either.
    _sql(postgis_events_url, "ALTER TABLE {h} DISABLE TRIGGER fail")
    store.append([_event("poison", "Poison.")])
    _sql(postgis_events_url, "ALTER TABLE {h} ENABLE TRIGGER fail")
    before = (store.read_features(), store.history(), store.version())
    with pytest.raises(EventsFileError, match="nothing was saved"):
        store.update("poison", _event("poison", "Changed."))
    with pytest.raises(EventsFileError, match="nothing was saved"):
        store.delete("poison")
    assert (store.read_features(), store.history(), store.version()) == before


def test_a_save_that_waits_too_long_gives_up_and_saves_nothing(postgis_events_url: str) -> None:
    store = PostGISStore(postgis_events_url)
    store.append([_event("a")])
    table = sql.Identifier(_table(postgis_events_url))
    # Another session holds the table (its transaction stays open until the block ends).
    with psycopg.connect(postgis_events_url.partition("?")[0]) as other:
        other.execute(sql.SQL("LOCK TABLE {} IN ACCESS EXCLUSIVE MODE").format(table))
        started = time.monotonic()
        with pytest.raises(EventsFileError) as info:
            store.append([_event("b", "Two.")], timeout=0.5)
        assert time.monotonic() - started < 5
    assert str(info.value) == (
        f"{store.location}: could not get the lock within 0.5 s (other saves were in progress);"
        " nothing was saved, try again"
    )
    assert _ids(postgis_events_url) == ["a"]


# -- the connection ------------------------------------------------------------------------------


def test_the_password_is_never_shown(postgis_events_url: str) -> None:
    secret = "Sup3r-Secret"
    url = postgis_events_url.replace("postgres@", f"postgres:{secret}@")
    store = PostGISStore(url)  # the test server trusts any password
    assert secret not in store.location
    assert store.location.startswith("postgresql://postgres:***@127.0.0.1:")
    report = store.append([_event("a")])
    assert report.added == ("a",)
    assert secret not in str(report)
    in_query = PostGISStore(postgis_events_url + f"&password={secret}")
    assert in_query.location.endswith("&password=***")
    assert in_query.read_features() == store.read_features()
    no_database = url.replace("/mapapp?", "/no_such_db?")
    badly_escaped = url.replace(secret, f"p%zz{secret}")
    for location in (no_database, badly_escaped, no_database.replace("postgres:", "pg%zz:")):
        with pytest.raises(EventsFileError) as info:
            PostGISStore(location).append([_event("b")])
        assert secret not in str(info.value)
        assert "***" in str(info.value)
    with pytest.raises(EventsFileError, match='database "no_such_db" does not exist'):
        PostGISStore(no_database).check()


def test_an_unreachable_server_fails_fast_with_one_line() -> None:
    url = f"postgresql://postgres@127.0.0.1:{free_port()}/mapapp"
    store = PostGISStore(url)
    started = time.monotonic()
    with pytest.raises(EventsFileError) as info:
        store.check()
    assert time.monotonic() - started < 5
    message = str(info.value)
    assert message.startswith(f"{url}: cannot connect to the database: ")
    assert "Connection refused" in message
    assert "\n" not in message
    with pytest.raises(EventsFileError, match="cannot connect"):
        load_events(url)
    with pytest.raises(EventsFileError, match="cannot connect"):
        store.append([_event("a")])
    assert store.version() == ("unavailable",)


def test_a_table_name_must_be_an_identifier(postgis_url: str) -> None:
    with pytest.raises(EventsFileError, match="expected a table name of letters, digits"):
        open_store(f"{postgis_url}?table=events;drop")
    assert PostGISStore(postgis_url).table == "mapapp_events"
    store = PostGISStore(postgis_url.replace("postgresql://", "postgres://") + "?table=Named_2")
    store.check()
    assert store.read_features() == []


def test_check_creates_the_table_with_a_gist_index_and_the_unique_rule(
    postgis_events_url: str,
) -> None:
    PostGISStore(postgis_events_url).check()
    table = _table(postgis_events_url)
    indexes = {
        name: definition
        for name, definition in _sql(
            postgis_events_url,
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = %s",
            [table],
        )
    }
    assert "USING gist (geom)" in indexes[f"{table}_geom"]
    assert "UNIQUE INDEX" in indexes[f"{table}_dedup_key"]
    assert "(dedup_key)" in indexes[f"{table}_dedup_key"]
    assert "UNIQUE INDEX" in indexes[f"{table}_pkey"]
    assert "(id)" in indexes[f"{table}_pkey"]
    assert "(date)" in indexes[f"{table}_date"]
    assert "(type)" in indexes[f"{table}_type"]
    # The rule holds for any writer, not only for mapapp's appends.
    key = "the same key"
    _sql(postgis_events_url, "INSERT INTO {t} (id, dedup_key) VALUES ('x', %s)", [key])
    with pytest.raises(psycopg.errors.UniqueViolation):
        _sql(postgis_events_url, "INSERT INTO {t} (id, dedup_key) VALUES ('y', %s)", [key])


# -- reading part of the events ---------------------------------------------------------------


def test_a_query_is_read_in_the_database_and_gives_what_the_geojson_store_gives(
    postgis_events_url: str, tmp_path: Path
) -> None:
    features = [
        _event("day-in", kind="strike", date="2024-12-25", place="Kharkiv", point=(36.23, 49.99)),
        _event("day-before", kind="strike", date="2024-11-15", point=(37.5, 48.2)),
        # The month of December: its date is the 1st, the window starts on the 20th.
        _event("month-dec", kind="deployment", date="2024-12-01", precision=3, point=(34.1, 45.3)),
        # The month of January, dated the 31st: a window early in January holds it.
        _event("month-jan", kind="deployment", date="2025-01-31", precision=3, point=(33.5, 44.6)),
        _event("week-edge", kind="territorial_claim", date="2024-12-17", precision=2),
        _event("far-away", kind="strike", date="2023-03-01", point=(24.03, 49.84)),
        _event("no-point", kind="strike", date="2024-12-21", place="Kurakhove", point=None),
    ]
    path = tmp_path / "events.geojson"
    GeoJSONStore(path).append(copy.deepcopy(features))
    store = PostGISStore(postgis_events_url)
    store.append(copy.deepcopy(features))
    december = Query(start=dt.date(2024, 12, 20), end=dt.date(2024, 12, 31))
    strikes = Query(types=frozenset({"strike"}))
    east = Query(bbox=(35.0, 47.0, 40.0, 51.0))
    cases = {
        december: {"day-in", "month-dec", "week-edge", "no-point"},
        Query(start=dt.date(2025, 1, 2), end=dt.date(2025, 1, 5)): {"month-jan"},
        strikes: {"day-in", "day-before", "far-away", "no-point"},
        east: {"day-in", "day-before", "week-edge", "no-point"},
        Query(frozenset({"strike"}), dt.date(2024, 12, 1), dt.date(2024, 12, 31), east.bbox): {
            "day-in", "no-point",
        },
    }  # fmt: skip
    for query, expected in cases.items():
        from_db, from_file = load_events(store, query=query), load_events(path, query=query)
        found = {e.id for e in from_db.events} | {u.event.id for u in from_db.unlocated}
        assert found == expected, query
        # The same events (a table hands them out by id, a file in the order saved).
        assert from_db.events == tuple(sorted(from_file.events, key=lambda e: e.id))
        assert [u.event for u in from_db.unlocated] == [u.event for u in from_file.unlocated]
    # Read in the database: rows far outside the query are not even handed out.
    read = {f["properties"]["id"] for f in store.read_features(december)}
    assert not {"far-away", "day-before"} & read
    assert "far-away" not in {f["properties"]["id"] for f in store.read_features(east)}
    assert len(store.read_features(strikes)) == 4


# -- several processes at once -------------------------------------------------------------------


def _append_worker(url: str, n: int, start: Any, results: Any) -> None:
    """One process's save: 20 events of its own, 5 every process saves, and one with an id
    every process uses for a different event."""
    own = [_event(f"p{n}-e{i}", f"Process {n}, event {i}.") for i in range(20)]
    shared = [_event(f"shared-{i}", f"Shared event {i}.") for i in range(5)]
    same_id = [_event("same-id", f"Process {n}'s own event under a common id.")]
    store = PostGISStore(url)
    start.wait(timeout=60)
    try:
        report = store.append([*shared, *own, *same_id])
        results.put((n, list(report.added), list(report.duplicates), ""))
    except Exception as err:
        results.put((n, [], [], f"{type(err).__name__}: {err}"))


def _update_worker(url: str, n: int, start: Any, results: Any) -> None:
    """One process's changes: a new title for each of its 10 events, one save each."""
    store = PostGISStore(url)
    start.wait(timeout=60)
    try:
        for i in range(10):
            changed = _event(f"p{n}-e{i}", f"Process {n}, event {i}.")
            changed["properties"]["title"] = f"Changed by process {n}"
            store.update(f"p{n}-e{i}", changed, note=f"process {n}")
        results.put((n, [], [], ""))
    except Exception as err:
        results.put((n, [], [], f"{type(err).__name__}: {err}"))


def _run_at_once(worker: Any, url: str) -> list[tuple[int, list[str], list[str], str]]:
    """Run ``worker`` in :data:`PROCESSES` spawned processes that start saving together."""
    start = SPAWN.Barrier(PROCESSES)
    results = SPAWN.Queue()
    processes = [
        SPAWN.Process(target=worker, args=(url, n, start, results)) for n in range(PROCESSES)
    ]
    for process in processes:
        process.start()
    try:
        return sorted(results.get(timeout=90) for _ in processes)
    finally:
        for process in processes:
            process.join(timeout=30)
            assert process.exitcode == 0


def test_processes_appending_at_once_add_every_event_once(postgis_events_url: str) -> None:
    # A fresh table: the processes also race to create it.
    results = _run_at_once(_append_worker, postgis_events_url)
    assert [error for *_, error in results] == [""] * PROCESSES
    added = [event_id for _, ids, _, _ in results for event_id in ids]
    duplicates = [event_id for _, _, ids, _ in results for event_id in ids]
    assert sorted(duplicates) == sorted(f"shared-{i}" for i in range(5) for _ in range(5))
    expected = (
        [f"p{n}-e{i}" for n in range(PROCESSES) for i in range(20)]
        + [f"shared-{i}" for i in range(5)]
        + ["same-id"] + [f"same-id-{k}" for k in range(2, PROCESSES + 1)]
    )  # fmt: skip
    assert sorted(added) == sorted(expected)
    assert _ids(postgis_events_url) == sorted(expected)
    events = load_events(postgis_events_url).events
    assert len(events) == len(expected)
    excerpts = {e.excerpt for e in events if e.id.startswith("same-id")}
    assert excerpts == {f"Process {n}'s own event under a common id." for n in range(PROCESSES)}
    history = PostGISStore(postgis_events_url).history()
    assert sorted(c.event_id for c in history) == sorted(expected)


def test_processes_changing_events_at_once_lose_no_change(postgis_events_url: str) -> None:
    store = PostGISStore(postgis_events_url)
    features = [
        _event(f"p{n}-e{i}", f"Process {n}, event {i}.")
        for n in range(PROCESSES)
        for i in range(10)
    ]
    store.append(features)
    results = _run_at_once(_update_worker, postgis_events_url)
    assert [error for *_, error in results] == [""] * PROCESSES
    titles = {e.id: e.title for e in load_events(store).events}
    assert titles == {
        f"p{n}-e{i}": f"Changed by process {n}" for n in range(PROCESSES) for i in range(10)
    }
    updates = [c for c in store.history() if c.action == "update"]
    assert len(updates) == PROCESSES * 10
    assert all(c.note == f"process {c.event_id[1]}" for c in updates)


# -- the command line ----------------------------------------------------------------------------


def test_extract_appends_to_a_database_once(
    postgis_events_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["extract", str(ARTICLE), "--published", "2024-12-19", "--append", postgis_events_url]
    assert cli.main(args) == 0
    assert "added 8 event(s)" in capsys.readouterr().err
    assert cli.main(args) == 0
    assert "added 0 event(s), 8 already saved" in capsys.readouterr().err
    assert len(_ids(postgis_events_url)) == 8


def test_validate_reads_a_database_and_reports_a_bad_row(
    postgis_events_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    PostGISStore(postgis_events_url).append([_event("a-good"), _event("b-good", "Two.")])
    _sql(postgis_events_url, "UPDATE {t} SET time_precision = 7 WHERE id = 'b-good'")
    assert cli.main(["validate", "--no-geocode", postgis_events_url]) == 1
    captured = capsys.readouterr()
    assert "1 events on the map, 0 not located, 1 invalid features" in captured.out
    assert "row #1 (id 'b-good'), field 'time_precision'" in captured.err


def test_history_lists_the_changes_to_a_database(
    postgis_events_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    store = PostGISStore(postgis_events_url)
    store.append([_event("kharkiv-strike")])
    changed = _event("kharkiv-strike", "Corrected.")
    store.update("kharkiv-strike", changed, note="reviewed")
    assert cli.main(["history", postgis_events_url]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("#1 ")
    assert lines[0].endswith(" add kharkiv-strike")
    assert lines[1].startswith("#2 ")
    assert lines[1].endswith(" update kharkiv-strike (reviewed)")
    assert lines[2].strip() == "excerpt: 'The report of kharkiv-strike.' -> 'Corrected.'"
