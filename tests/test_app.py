"""The Streamlit app, driven headless through AppTest on fixture data."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.maphtml import drawn
from tests.paths import BROKEN_EVENTS, ROOT, SMALL_EVENTS

APP = str(ROOT / "mapapp" / "app.py")


def _app(monkeypatch: pytest.MonkeyPatch, events: Path) -> AppTest:
    monkeypatch.setenv("MAPAPP_EVENTS", str(events))
    monkeypatch.setenv("MAPAPP_TILES", "none")
    return AppTest.from_file(APP, default_timeout=30).run()


def _shown(at: AppTest) -> str:
    return at.metric[0].value


def _drawn(at: AppTest) -> int:
    return sum(drawn(_map_script(at)).values())


def _map_script(at: AppTest) -> str:
    [component] = [el for el in at.main.get("component_instance") if "script" in el.proto.json_args]
    return json.loads(component.proto.json_args)["script"]


def _table_ids(at: AppTest) -> list[str]:
    return list(at.dataframe[0].value["id"])


def test_app_runs_and_shows_every_located_event(monkeypatch: pytest.MonkeyPatch) -> None:
    at = _app(monkeypatch, SMALL_EVENTS)
    assert not at.exception
    assert _shown(at) == "5 of 5"
    assert _drawn(at) == 5
    assert len(_table_ids(at)) == 5
    # The event placed by name only is on the map; the unplaceable one is listed, not dropped.
    assert "kurakhove-by-name" in _table_ids(at)
    text = "\n".join(t.value for t in at.text)
    assert "Nowhereville" in text
    assert "not found" in text
    assert any("Not on the map (1)" in h.value for h in at.subheader)


def test_type_filter_changes_map_table_and_counts(monkeypatch: pytest.MonkeyPatch) -> None:
    at = _app(monkeypatch, SMALL_EVENTS)
    at.sidebar.multiselect(key="types").unselect("strike").run()
    assert not at.exception
    assert _shown(at) == "3 of 5"
    assert _drawn(at) == 3
    assert "strike" not in drawn(_map_script(at))
    assert "novoshakhtinsk-refinery-strike" not in _table_ids(at)
    at.sidebar.multiselect(key="types").set_value([]).run()
    assert _shown(at) == "0 of 5"
    assert _drawn(at) == 0


def test_date_filter_changes_map_table_and_counts(monkeypatch: pytest.MonkeyPatch) -> None:
    at = _app(monkeypatch, SMALL_EVENTS)
    date_input = at.sidebar.date_input(key="dates")
    # The control spans the data: August (the incursion) to 19 Dec + 3 days (week precision).
    assert date_input.value == (dt.date(2024, 8, 1), dt.date(2024, 12, 22))
    date_input.set_value((dt.date(2024, 8, 1), dt.date(2024, 8, 31))).run()
    assert not at.exception
    assert _shown(at) == "1 of 5"
    assert _table_ids(at) == ["kursk-ukrainian-incursion"]
    assert _drawn(at) == 1


def test_broken_file_shows_each_problem_and_the_valid_events(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    at = _app(monkeypatch, BROKEN_EVENTS)
    assert not at.exception
    assert _shown(at) == "2 of 2"
    errors = [e.value for e in at.error]
    assert len(errors) == 6
    assert any("feature #2 (id 'bad-type'), field 'type'" in e for e in errors)
    assert any("field 'geometry.coordinates'" in e and "95.0" in e for e in errors)


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "file not found"), ("{oops", "invalid JSON at line 1")],
)
def test_unusable_file_gives_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, content: str | None, message: str
) -> None:
    path = tmp_path / "events.geojson"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    at = _app(monkeypatch, path)
    assert not at.exception
    [error] = at.error
    assert message in error.value
    assert str(path) in error.value


def test_download_holds_the_filtered_events(monkeypatch: pytest.MonkeyPatch) -> None:
    at = _app(monkeypatch, SMALL_EVENTS)
    at.sidebar.multiselect(key="types").set_value(["territorial_claim"]).run()
    [button] = [b for b in at.get("download_button")]
    assert "Download shown events" in button.proto.label
    assert _shown(at) == "2 of 5"


def test_not_on_the_map_list_follows_the_filters(monkeypatch: pytest.MonkeyPatch) -> None:
    at = _app(monkeypatch, SMALL_EVENTS)
    assert any("Not on the map (1)" in h.value for h in at.subheader)
    at.sidebar.multiselect(key="types").unselect("deployment").run()
    assert any("Not on the map (0)" in h.value for h in at.subheader)
    assert not any("Nowhereville" in t.value for t in at.text)
