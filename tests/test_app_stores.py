"""The app on every store: the map page shows the same events from a GeoJSON file, a
GeoParquet file or a PostGIS table (a real server, tests/postgis.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from mapapp.store.convert import convert
from tests.paths import ROOT, SMALL_EVENTS

APP = str(ROOT / "mapapp" / "app" / "main.py")


@pytest.fixture(params=["geojson", "geoparquet", "postgis"])
def location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The small sample, copied into a store of each kind."""
    if request.param == "geojson":
        target = str(tmp_path / "events.geojson")
    elif request.param == "geoparquet":
        target = str(tmp_path / "events.parquet")
    else:
        target = request.getfixturevalue("postgis_events_url")
    report = convert(str(SMALL_EVENTS), target)
    assert not report.problems
    return target


def test_the_map_shows_the_same_events_from_every_store(
    monkeypatch: pytest.MonkeyPatch, location: str
) -> None:
    monkeypatch.setenv("MAPAPP_EVENTS", location)
    monkeypatch.setenv("MAPAPP_TILES", "none")
    at = AppTest.from_file(APP, default_timeout=30).run()
    assert not at.exception
    assert at.metric[0].value == "5 of 5"
    assert sorted(at.dataframe[0].value["id"]) == [
        "kurakhove-by-name",
        "kursk-north-korean-losses",
        "kursk-ukrainian-incursion",
        "novoshakhtinsk-refinery-strike",
        "stari-terny-capture-claim",
    ]
    at.sidebar.multiselect(key="types").set_value(["strike"]).run()
    assert at.metric[0].value == "2 of 5"
