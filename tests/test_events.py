from __future__ import annotations

import copy
import datetime as dt
import hashlib
from pathlib import Path
from typing import Any

import pytest

from mapapp.errors import EventsFileError, EventValidationError
from mapapp.events import (
    Event,
    EventTable,
    filter_events,
    load_events,
    parse_feature,
    to_geojson,
)
from mapapp.gazetteer import Gazetteer, haversine_km
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
        ({"source": {"file": "a.txt", "published": "Dec 19"}}, "date", "ISO date"),
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
