"""The shipped data: events.geojson against its article, and geodata/ against its sources."""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections import Counter

import pytest

from mapapp.geo.distance import haversine_km
from mapapp.geo.gazetteer import Gazetteer
from mapapp.store.load import load_events
from tests.paths import ARTICLE, EVENTS, ROOT

PUBLISHED = dt.date(2024, 12, 19)
# Verified points from the project's reference facts (GeoNames ids / postal dump rows).
FACT_POINTS = {
    "Novoshakhtinsk": (47.76037, 39.93335),
    "Kursk": (51.72689, 36.18457),
    "Kurakhove": (47.98470, 37.28069),
    "Stari Terny": (48.0171, 37.2113),
    "Trudove": (47.8986, 37.2171),
    "Rostov region": (47.21997, 39.70769),
    "Donetsk region": (48.02300, 37.80224),
    "Crimea": (44.95719, 34.11079),
    "Pyongyang": (39.03385, 125.75432),
}


@pytest.fixture(scope="module")
def features() -> list[dict]:
    return json.loads(EVENTS.read_text(encoding="utf-8"))["features"]


def test_events_file_is_valid_and_every_located_event_is_on_the_map(
    gazetteer: Gazetteer,
) -> None:
    result = load_events(EVENTS, gazetteer)
    assert result.problems == ()
    assert len(result.events) >= 10
    # What no source locates stays unlocated, and is listed rather than guessed.
    assert {u.event.place for u in result.unlocated} == {
        "a Russian military airfield",
        "Ukraine’s energy infrastructure",
        "the east of the country",
    }


def test_every_excerpt_is_a_verbatim_slice_of_its_article(features: list[dict]) -> None:
    for feature in features:
        props = feature["properties"]
        article = (ROOT / props["source"]["file"]).read_text(encoding="utf-8")
        start, end = props["excerpt_offsets"]
        assert article[start:end] == props["excerpt"], props["id"]
        assert props["source"]["published"] == PUBLISHED.isoformat()
        assert props["place"] in article or props["place"] in props["title"], props["id"]


def test_every_point_is_a_verified_fact(features: list[dict]) -> None:
    for feature in features:
        if feature["geometry"] is None:
            continue
        lon, lat = feature["geometry"]["coordinates"]
        nearest = min(haversine_km(lat, lon, *p) for p in FACT_POINTS.values())
        assert nearest < 0.01, feature["properties"]["id"]


@pytest.mark.parametrize(
    ("place", "event_type", "geo_precision"),
    [
        ("Novoshakhtinsk", "strike", 2),  # the refinery is near the town, not in it
        ("Stari Terny", "territorial_claim", 1),
        ("Trudove", "territorial_claim", 1),
        ("Kurakhove", "territorial_claim", 1),
        ("Kursk region", "deployment", 3),
        ("Rostov region", "strike", 3),
        ("Crimea", "territorial_claim", 3),
    ],
)
def test_the_articles_events_are_at_their_places(
    features: list[dict], place: str, event_type: str, geo_precision: int
) -> None:
    matches = [
        f
        for f in features
        if f["properties"]["place"] == place and f["properties"]["type"] == event_type
    ]
    assert matches, (place, event_type)
    for f in matches:
        assert f["properties"]["geo_precision"] == geo_precision


def test_dates_come_from_the_text(features: list[dict]) -> None:
    dates = Counter((f["properties"]["date"], f["properties"]["time_precision"]) for f in features)
    # "in August" -> August 2024 (month); "earlier this month" -> December 2024 (month);
    # everything else is dated by the publication day.
    assert set(dates) <= {
        ("2024-08-01", 3),
        ("2024-12-01", 3),
        ("2024-12-19", 1),
        ("2024-12-19", 2),
    }
    assert ("2024-08-01", 3) in dates
    for f in features:
        assert dt.date.fromisoformat(f["properties"]["date"]) <= PUBLISHED


def test_all_three_types_are_covered(features: list[dict]) -> None:
    types = Counter(f["properties"]["type"] for f in features)
    assert set(types) == {"strike", "deployment", "territorial_claim"}


def test_article_copy_is_in_the_repo() -> None:
    assert ARTICLE.is_file()
    assert "Compiled by Ana Dumbadze" in ARTICLE.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["places.csv", "regions.csv", "facilities.csv", "districts.csv"])
def test_every_geodata_row_names_its_source(name: str) -> None:
    with (ROOT / "geodata" / name).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows
    for row in rows:
        assert row["source"].strip(), row
        assert "GeoNames" in row["source"] or "KATOTTG" in row["source"], row
