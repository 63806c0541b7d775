from __future__ import annotations

import copy
import datetime as dt
import hashlib
import json
import os
from pathlib import Path
from typing import Any

import pytest

from mapapp.core.errors import EventsFileError, EventValidationError
from mapapp.core.messages import Problem, short_repr, summarise_problems
from mapapp.core.model import Event, Unlocated, parse_feature
from mapapp.core.query import EventTable, filter_events
from mapapp.geo.distance import haversine_km
from mapapp.geo.gazetteer import Gazetteer, GeocodeResult
from mapapp.geo.locate import locate
from mapapp.store.geojson import read_collection, to_geojson
from mapapp.store.load import load_events
from tests.paths import BROKEN_EVENTS, SMALL_EVENTS


def _with(feature: dict[str, Any], **changes: Any) -> dict[str, Any]:
    """A copy of ``feature`` with properties changed (None removes one); ``geometry`` too."""
    out = copy.deepcopy(feature)
    for key, value in changes.items():
        if key == "geometry":
            out["geometry"] = value
        elif value is None:
            out["properties"].pop(key, None)
        else:
            out["properties"][key] = value
    return out


@pytest.mark.parametrize(
    "changes",
    [
        {},
        {"type": "strike"},
        {"type": "deployment", "geo_precision": 3},
        {"time_precision": 3, "date": "2024-08-01"},
        {"source": "Kyiv Independent, 2024-12-19"},
        {"source": {"url": "https://example.org/a", "published": "2024-12-19"}},
        {"geometry": None},  # located later by its place name
        {"geometry": {"type": "Point", "coordinates": [-180, -90]}},
        {"geometry": {"type": "Point", "coordinates": [37.2113, 48.0171, 120.0]}},
        {"excerpt_offsets": [10, 20], "note": "kept as is"},
    ],
)
def test_valid_features_parse(feature: dict[str, Any], changes: dict[str, Any]) -> None:
    event = parse_feature(_with(feature, **changes))
    assert isinstance(event, Event)
    assert event.id == "stari-terny-capture-claim"


@pytest.mark.parametrize(
    ("changes", "field", "match"),
    [
        ({"id": None}, "id", "slug"),
        ({"id": "has space"}, "id", "slug"),
        ({"type": "bombing"}, "type", "one of strike, deployment, territorial_claim.*bombing"),
        ({"title": ""}, "title", "non-empty string"),
        ({"place": None}, "place", "non-empty string"),
        ({"excerpt": None}, "excerpt", "non-empty string"),
        ({"excerpt": "   "}, "excerpt", "non-empty string"),
        ({"claimed_by": 3}, "claimed_by", "non-empty string"),
        ({"date": "19/12/2024"}, "date", "ISO date YYYY-MM-DD.*19/12/2024"),
        ({"date": "2024-02-30"}, "date", "ISO date"),
        ({"date": "2024-12"}, "date", "ISO date"),
        ({"time_precision": 4}, "time_precision", r"one of 1 \(day\)"),
        ({"time_precision": True}, "time_precision", "one of"),
        ({"geo_precision": None}, "geo_precision", "one of 1"),
        ({"geo_precision": "1"}, "geo_precision", "one of 1"),
        ({"source": None}, "source", "string or an object"),
        ({"source": {"published": "2024-12-19"}}, "source", "string or an object"),
        ({"source": {"file": "a.txt", "published": "Dec 19"}}, "source.published", "ISO date"),
        ({"geometry": {"type": "Polygon", "coordinates": []}}, "geometry", "Point or null"),
        (
            {"geometry": {"type": "Point", "coordinates": [37.2, 95.0]}},
            "geometry.coordinates",
            r"-90 <= lat <= 90.*95",
        ),
        (
            {"geometry": {"type": "Point", "coordinates": [200, 48]}},
            "geometry.coordinates",
            "-180 <= lon <= 180",
        ),
        ({"geometry": {"type": "Point", "coordinates": [37.2]}}, "geometry.coordinates", "lon"),
        (
            {"geometry": {"type": "Point", "coordinates": ["37", "48"]}},
            "geometry.coordinates",
            "lon",
        ),
        (
            {"geometry": {"type": "Point", "coordinates": [float("nan"), 48]}},
            "geometry.coordinates",
            "lon",
        ),
    ],
)
def test_invalid_features_name_the_field_and_what_was_expected(
    feature: dict[str, Any], changes: dict[str, Any], field: str, match: str
) -> None:
    with pytest.raises(EventValidationError, match=match) as info:
        parse_feature(_with(feature, **changes))
    assert info.value.field == field
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize("thing", ["a string", 3, None, {"type": "Point"}, {"type": "Feature"}])
def test_non_features_are_rejected(thing: Any) -> None:
    with pytest.raises(EventValidationError, match="expected"):
        parse_feature(thing)


def test_geojson_lon_lat_order_is_converted_once_each_way(feature: dict[str, Any]) -> None:
    # Unequal coordinates: a swap anywhere would show.
    event = parse_feature(_with(feature, geometry={"type": "Point", "coordinates": [37.2, 48.0]}))
    assert (event.lat, event.lon) == (48.0, 37.2)
    assert event.location == (48.0, 37.2)
    assert event.to_feature()["geometry"]["coordinates"] == [37.2, 48.0]


def test_round_trip_keeps_every_property(feature: dict[str, Any]) -> None:
    original = _with(feature, excerpt_offsets=[1, 5])
    assert parse_feature(original).to_feature() == original
    collection = to_geojson([parse_feature(original)])
    assert collection["type"] == "FeatureCollection"
    assert collection["features"] == [original]


def _digest(path: Path) -> tuple[str, float]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime


def test_broken_file_reports_each_bad_feature_and_keeps_the_valid_rest(
    gazetteer: Gazetteer,
) -> None:
    before = _digest(BROKEN_EVENTS)
    result = load_events(BROKEN_EVENTS, gazetteer)
    assert [e.id for e in result.events] == [
        "novoshakhtinsk-refinery-strike",
        "stari-terny-capture-claim",
    ]
    messages = [str(p) for p in result.problems]
    expected = [
        "feature #2 (id 'bad-type'), field 'type': expected one of strike",
        "feature #3 (id 'bad-date'), field 'date': expected an ISO date",
        "feature #4 (id 'bad-lat'), field 'geometry.coordinates'",
        "feature #5 (id 'no-excerpt'), field 'excerpt'",
        "feature #6 (id 'polygon'), field 'geometry': expected a Point or null",
        "feature #7, field 'type': expected a GeoJSON Feature",
    ]
    assert len(messages) == len(expected)
    for message, fragment in zip(messages, expected, strict=True):
        assert message.startswith(str(BROKEN_EVENTS))
        assert fragment in message
    assert _digest(BROKEN_EVENTS) == before  # loading never writes


def test_repeated_ids_are_reported(write_events, feature: dict[str, Any]) -> None:
    result = load_events(write_events([feature, feature]))
    assert len(result.events) == 1
    assert "feature #1" in str(result.problems[0])
    assert "unique id" in str(result.problems[0])


@pytest.mark.parametrize(
    ("content", "match"),
    [
        (None, "file not found"),
        ("{not json", "invalid JSON at line 1, column 2"),
        ("", "invalid JSON"),
        ('{"type": "Feature"}', "expected a GeoJSON FeatureCollection, got 'Feature'"),
        ("[1, 2]", "expected a GeoJSON FeatureCollection, got 'list'"),
        ('{"type": "FeatureCollection", "features": {}}', "'features' must be a list"),
    ],
)
def test_unusable_files_raise_a_clear_error_naming_the_file(
    tmp_path: Path, content: str | None, match: str
) -> None:
    path = tmp_path / "mine.geojson"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(EventsFileError, match=match) as info:
        load_events(path)
    assert str(path) in str(info.value)
    if content is not None:
        assert path.read_text(encoding="utf-8") == content


def test_binary_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "image.geojson"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe")
    with pytest.raises(EventsFileError, match="cannot read"):
        load_events(path)


def test_features_without_geometry_are_located_by_place_name(gazetteer: Gazetteer) -> None:
    result = load_events(SMALL_EVENTS, gazetteer)
    by_id = {e.id: e for e in result.events}
    located = by_id["kurakhove-by-name"]
    assert haversine_km(*located.location, 47.98470, 37.28069) < 1
    assert located.geo_precision == 1
    assert located.extra["geocoded"]["id"] == "geonames:695357"
    [missing] = result.unlocated
    assert missing.event.id == "nowhere"
    assert "'Nowhereville' is not found" in missing.reason


def test_located_by_name_uses_the_excerpt_to_resolve_homonyms(
    write_events, feature: dict[str, Any], gazetteer: Gazetteer
) -> None:
    trudove = _with(
        feature,
        geometry=None,
        id="trudove",
        place="Trudove",
        geo_precision=None,
        excerpt="Russia claimed Trudove in the Donetsk region, near Kurakhove.",
    )
    no_context = _with(trudove, id="trudove-2", excerpt="Russia claimed Trudove.", title="Claim")
    region = _with(trudove, id="kursk-region", place="Kursk region", excerpt="Troops in Kursk.")
    result = load_events(write_events([trudove, no_context, region]), gazetteer)
    by_id = {e.id: e for e in result.events}
    assert haversine_km(*by_id["trudove"].location, 47.8986, 37.2171) < 1
    assert by_id["kursk-region"].geo_precision == 3  # a region is never a pinpoint
    [ambiguous] = result.unlocated
    assert ambiguous.event.id == "trudove-2"
    assert "ambiguous" in ambiguous.reason
    assert "Donetsk Oblast" in ambiguous.reason  # the candidates are listed
    assert len(ambiguous.candidates) >= 4


def test_without_a_gazetteer_features_without_geometry_are_listed_not_dropped() -> None:
    result = load_events(SMALL_EVENTS)
    assert {u.event.id for u in result.unlocated} == {"kurakhove-by-name", "nowhere"}
    assert result.total == 6


@pytest.fixture
def events(gazetteer: Gazetteer) -> list[Event]:
    return list(load_events(SMALL_EVENTS, gazetteer).events)


def _ids(events: list[Event]) -> set[str]:
    return {e.id for e in events}


def test_filter_by_type(events: list[Event]) -> None:
    assert _ids(filter_events(events, ["strike"])) == {
        "novoshakhtinsk-refinery-strike",
        "kurakhove-by-name",
    }
    assert filter_events(events, []) == []
    assert filter_events(events) == events


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        # A month-precision event ("in August") is shown for any range touching August.
        ((2024, 8, 20), (2024, 8, 25), {"kursk-ukrainian-incursion"}),
        ((2024, 9, 1), (2024, 12, 9), set()),
        ((2024, 12, 10), (2024, 12, 10), {"kurakhove-by-name"}),
        # "Around 2024-12-19" (week precision) reaches back a few days.
        ((2024, 12, 16), (2024, 12, 16), {"kursk-north-korean-losses"}),
        (
            (2024, 12, 19),
            None,
            {
                "novoshakhtinsk-refinery-strike",
                "stari-terny-capture-claim",
                "kursk-north-korean-losses",
            },
        ),
    ],
)
def test_filter_by_date_range_uses_each_events_date_span(
    events: list[Event], start: tuple, end: tuple | None, expected: set[str]
) -> None:
    shown = filter_events(events, None, dt.date(*start), dt.date(*end) if end else None)
    assert _ids(shown) == expected


@pytest.mark.parametrize(
    ("types", "start", "end"),
    [
        (None, None, None),
        (["strike"], None, None),
        ([], None, None),
        (None, dt.date(2024, 8, 20), dt.date(2024, 8, 25)),
        (["deployment", "territorial_claim"], dt.date(2024, 12, 16), None),
        (["strike", "no-such-type"], None, dt.date(2024, 12, 10)),
    ],
)
def test_event_table_selects_what_filter_events_selects(
    events: list[Event], types: list[str] | None, start: dt.date | None, end: dt.date | None
) -> None:
    table = EventTable(events)
    assert [events[i] for i in table.indices(types, start, end)] == filter_events(
        events, types, start, end
    )


# --- Faults an outside probe found: one mistyped value must never stop a load. ---


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"type": ["strike"]}, "type"),
        ({"type": {"strike": 1}}, "type"),
        ({"id": ["a"]}, "id"),
        ({"time_precision": [1]}, "time_precision"),
        ({"geo_precision": {"1": 1}}, "geo_precision"),
        ({"source": [1, 2]}, "source"),
    ],
)
def test_a_list_or_object_where_a_word_belongs_is_a_problem_not_a_crash(
    write_events, feature: dict[str, Any], changes: dict[str, Any], field: str
) -> None:
    result = load_events(write_events([_with(feature, **changes), _with(feature, id="ok")]))
    assert [e.id for e in result.events] == ["ok"]
    [problem] = result.problems
    assert (problem.feature.split(" ")[:2], problem.field) == (["feature", "#0"], field)


def _nested(depth: int) -> Any:
    value: Any = "deep"
    for _ in range(depth):
        value = [value]
    return value


@pytest.mark.parametrize("name", ["title", "place", "excerpt", "claimed_by", "type", "id"])
def test_a_value_nested_a_thousand_deep_is_reported_briefly(
    tmp_path: Path, feature: dict[str, Any], name: str
) -> None:
    # Written as text: the standard json module itself cannot nest this deep.
    path = tmp_path / "deep.geojson"
    collection = json.dumps(
        {"type": "FeatureCollection", "features": [_with(feature, **{name: 0})]}
    )
    nested = "[" * 1000 + '"deep"' + "]" * 1000
    path.write_text(collection.replace(f'"{name}": 0', f'"{name}": {nested}'), encoding="utf-8")
    result = load_events(path)
    [problem] = result.problems
    assert problem.field == name
    assert len(problem.message) < 300


@pytest.mark.parametrize(
    ("date", "precision", "valid"),
    [
        ("0001-01-01", 1, True),
        ("9999-12-31", 1, True),
        ("0001-01-01", 3, True),
        ("9999-12-31", 3, True),
        ("0001-01-01", 2, False),
        ("0001-01-03", 2, False),
        ("0001-01-04", 2, True),
        ("9999-12-28", 2, True),
        ("9999-12-29", 2, False),
        ("9999-12-31", 2, False),
    ],
)
def test_every_valid_events_date_span_can_be_computed(
    feature: dict[str, Any], date: str, precision: int, valid: bool
) -> None:
    candidate = _with(feature, date=date, time_precision=precision)
    if valid:
        first, last = parse_feature(candidate).date_span
        assert first <= dt.date.fromisoformat(date) <= last
        EventTable([parse_feature(candidate)])  # the app's filter builds on the span
    else:
        with pytest.raises(EventValidationError, match="0001-01-04 to 9999-12-28") as info:
            parse_feature(candidate)
        assert info.value.field == "date"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"source": {"file": "a.txt", "published": "Dec 19"}}, "source.published"),
        ({"date": "2024-W51-4"}, "date"),
        ({"date": "2024121900"}, "date"),
        ({"date": "2024-12-1９"}, "date"),  # a full-width digit
        ({"source": {"file": "a.txt", "published": "2024-W51-4"}}, "source.published"),
        ({"id": "trailing-newline\n"}, "id"),
    ],
)
def test_dates_and_ids_must_be_exactly_what_the_schema_says(
    feature: dict[str, Any], changes: dict[str, Any], field: str
) -> None:
    with pytest.raises(EventValidationError, match="expected") as info:
        parse_feature(_with(feature, **changes))
    assert info.value.field == field


def test_a_file_starting_with_a_byte_order_mark_is_read(tmp_path: Path, feature: dict) -> None:
    path = tmp_path / "bom.geojson"
    collection = {"type": "FeatureCollection", "features": [feature]}
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(collection).encode("utf-8"))
    assert [e.id for e in load_events(path).events] == ["stari-terny-capture-claim"]


# --- Bounded messages: what a problem says never grows with the bad value. ---


def test_a_huge_value_is_shown_truncated_with_its_length(
    write_events, feature: dict[str, Any]
) -> None:
    result = load_events(write_events([_with(feature, type="x" * 10_000_000)]))
    [problem] = result.problems
    assert len(str(problem)) < 400
    assert "10,000,000 characters" in problem.message


def test_a_huge_id_is_named_briefly(write_events, feature: dict[str, Any]) -> None:
    result = load_events(write_events([_with(feature, id="a" * 100_000, type="bombing")]))
    [problem] = result.problems
    assert len(str(problem)) < 400
    assert "100,000 characters" in problem.feature


def test_short_repr_is_bounded_and_says_how_long_the_value_was() -> None:
    assert short_repr("bombing") == "'bombing'"
    assert short_repr(None) == "None"
    text = short_repr("x" * 1_000)
    assert len(text) <= 80 + 40
    assert "1,000 characters" in text
    assert len(short_repr(list(range(100_000)))) <= 120
    assert len(short_repr(_nested(100_000))) <= 120
    assert len(short_repr({str(i): i for i in range(10_000)})) <= 120
    assert len(short_repr(10**5000)) <= 120  # beyond Python's int-to-text limit


def _problems(fields: list[str]) -> list[Problem]:
    return [Problem("f.geojson", f"feature #{i}", name, "bad") for i, name in enumerate(fields)]


def test_a_long_problem_list_is_summarised_by_field() -> None:
    problems = _problems(["type"] * 30_005 + ["date"] * 18_948 + [""] * 7)
    summary = summarise_problems(problems, limit=20)
    assert summary.shown == tuple(problems[:20])
    assert summary.more == (
        "and 48,940 more: 29,985 in field 'type', 18,948 in field 'date', 7 about the whole feature"
    )
    assert summary.lines() == [*(str(p) for p in problems[:20]), summary.more]
    assert list(summary) == summary.lines()  # for line in summarise_problems(...): print(line)


def test_a_short_problem_list_is_shown_whole() -> None:
    problems = _problems(["type", "date"])
    summary = summarise_problems(problems)
    assert summary.shown == tuple(problems)
    assert summary.more == ""
    assert summary.lines() == [str(p) for p in problems]


class _RecordingGazetteer:
    """Answers every lookup "not found", keeping the context it was given."""

    def __init__(self) -> None:
        self.contexts: list[str] = []

    def lookup(self, name: str, context: Any = None) -> GeocodeResult:
        self.contexts.append(context)
        return GeocodeResult(name, "not_found", reason="stub")


def test_geocoding_reads_a_bounded_context_however_long_the_excerpt(
    feature: dict[str, Any],
) -> None:
    event = parse_feature(_with(feature, geometry=None, excerpt="Troops near Kursk. " * 70_000))
    gazetteer = _RecordingGazetteer()
    assert isinstance(locate(event, gazetteer), Unlocated)  # type: ignore[arg-type]
    [context] = gazetteer.contexts
    assert len(context) == 2_000
    assert context.startswith(f"{event.title}. Troops near Kursk.")


def test_a_huge_place_name_is_named_briefly_when_not_located(feature: dict[str, Any]) -> None:
    event = parse_feature(_with(feature, geometry=None, place="Nowhere " * 100_000))
    item = locate(event, _RecordingGazetteer())  # type: ignore[arg-type]
    assert isinstance(item, Unlocated)
    assert len(item.reason) < 400


# --- What is not a regular file, or too large, is refused before it is read. ---


def test_a_fifo_is_refused_not_waited_on(tmp_path: Path) -> None:
    path = tmp_path / "events.geojson"
    os.mkfifo(path)
    with pytest.raises(EventsFileError, match="not a regular file") as info:
        load_events(path)
    assert str(path) in str(info.value)


def test_a_device_is_refused() -> None:
    with pytest.raises(EventsFileError, match="not a regular file"):
        read_collection(Path("/dev/zero"))


def test_a_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(EventsFileError, match="not a regular file"):
        load_events(tmp_path)


def test_a_file_over_the_size_limit_is_refused(
    write_events, feature: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_events([feature])
    monkeypatch.setattr("mapapp.store.files.MAX_FILE_BYTES", 100)
    with pytest.raises(EventsFileError, match="larger than 100 bytes") as info:
        load_events(path)
    assert str(path) in str(info.value)
    monkeypatch.setattr("mapapp.store.files.MAX_FILE_BYTES", path.stat().st_size)
    assert len(load_events(path).events) == 1  # exactly at the limit is fine


# --- How the map page shows a long problem list: a screenful, never one box per problem. ---


def test_the_map_page_shows_at_most_twenty_problems_then_counts_the_rest(
    write_events, feature: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.test_app import _app, _plain

    bad = [_with(feature, id=f"bad-{i}", type="bombing") for i in range(30)]
    bad += [_with(feature, id=f"late-{i}", date="soon") for i in range(25)]
    at = _app(monkeypatch, write_events([feature, *bad]))
    assert not at.exception
    assert len(at.error) == 20
    assert "feature #1 (id 'bad-0'), field 'type'" in _plain(at.error[0].value)
    [expander] = [e for e in at.expander if "55 invalid features" in e.label]
    text = "\n".join(_plain(c.value) for c in at.caption)
    assert "and 35 more: 25 in field 'date', 10 in field 'type'" in text
    assert expander is not None
