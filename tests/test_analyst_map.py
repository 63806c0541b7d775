"""The analyst's map in the app: the view in the address, search, one set of filters, the
timeline's data. (What only a browser shows, the brush, play and the drawn markers, is in
tests/test_browser.py.)"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from mapapp.app.view_state import View, address, read_view, view_params
from mapapp.core.query import EventTable, bin_starts, timeline_unit
from mapapp.store.load import load_events
from tests.maphtml import drawn, layer
from tests.paths import ROOT, SMALL_EVENTS

APP = str(ROOT / "mapapp" / "app" / "main.py")
PERIOD = (dt.date(2024, 8, 1), dt.date(2024, 12, 22))
IDS = {"novoshakhtinsk-refinery-strike", "stari-terny-capture-claim"}


def _open(monkeypatch: pytest.MonkeyPatch, query: dict[str, str] | None = None) -> AppTest:
    """The app as opened from an address with ``query``."""
    monkeypatch.setenv("MAPAPP_EVENTS", str(SMALL_EVENTS))
    monkeypatch.setenv("MAPAPP_TILES", "none")
    at = AppTest.from_file(APP, default_timeout=30)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    return at.run()


def _map_script(at: AppTest) -> str:
    [component] = [el for el in at.main.get("component_instance") if "script" in el.proto.json_args]
    script: str = json.loads(component.proto.json_args)["script"]
    return script


def _timeline(at: AppTest) -> dict[str, Any]:
    [component] = at.main.get("bidi_component")
    data: dict[str, Any] = json.loads(component.proto.json)
    return data


def _warnings(at: AppTest) -> str:
    return "\n".join(w.value for w in at.warning)


def _params(at: AppTest) -> dict[str, str]:
    out = {}
    for key in at.query_params:
        value = at.query_params[key]
        out[key] = value[-1] if isinstance(value, list) else str(value)
    return out


# --- The view in the address ---------------------------------------------------------------


def test_types_and_dates_from_the_address(monkeypatch: pytest.MonkeyPatch) -> None:
    at = _open(monkeypatch, {"types": "strike,territorial_claim", "from": "2024-12-01"})
    assert not at.exception
    assert at.sidebar.multiselect(key="types").value == ["strike", "territorial_claim"]
    assert at.sidebar.date_input(key="dates").value == (dt.date(2024, 12, 1), PERIOD[1])
    # Novoshakhtinsk, Stari Terny and the strike at Kurakhove (located by its name).
    assert at.metric[0].value == "3 of 5"
    assert _timeline(at)["from"] == "2024-12-01"
    assert set(drawn(_map_script(at))) == {"strike", "territorial_claim"}


def test_the_search_from_the_address(monkeypatch: pytest.MonkeyPatch) -> None:
    at = _open(monkeypatch, {"q": "Novoshakhtinsk"})
    assert at.sidebar.text_input(key="q").value == "Novoshakhtinsk"
    assert at.metric[0].value == "1 of 5"
    assert sum(drawn(_map_script(at)).values()) == 1


def test_an_event_from_the_address_is_selected_and_centred(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    at = _open(monkeypatch, {"event": "stari-terny-capture-claim"})
    assert not at.exception
    details = "\n".join(str(h.proto) for h in at.main.get("html"))
    assert "Stari Terny" in details
    assert _timeline(at)["selected"] == "stari-terny-capture-claim"  # its popup opens
    # The map opens on it: Stari Terny is at 48.0171 N, 37.2113 E.
    assert "center: [48.0171, 37.2113]" in _map_script(at)
    assert "?event=stari-terny-capture-claim" in "\n".join(c.value for c in at.code)


def test_a_map_view_from_the_address(monkeypatch: pytest.MonkeyPatch) -> None:
    at = _open(monkeypatch, {"lat": "47.9", "lng": "37.5", "zoom": "9"})
    assert "center: [47.9, 37.5]" in _map_script(at)
    assert '"zoom": 9' in _map_script(at)
    assert _params(at)["zoom"] == "9"  # kept in the address


@pytest.mark.parametrize(
    ("query", "note"),
    [
        ({"types": "parade"}, "types: ignored 'parade'"),
        ({"from": "2024-02-30"}, "from: ignored '2024-02-30'"),
        ({"to": "yesterday"}, "to: ignored 'yesterday'"),
        ({"event": "no-such-event"}, "no event with id 'no-such-event'"),
        ({"lat": "91", "lng": "30"}, "lat/lng/zoom: ignored"),
        ({"from": "1999-01-01"}, "outside the events' dates"),
    ],
)
def test_a_bad_value_in_the_address_is_ignored_with_a_note(
    monkeypatch: pytest.MonkeyPatch, query: dict[str, str], note: str
) -> None:
    at = _open(monkeypatch, query)
    assert not at.exception
    assert note in _warnings(at).replace("\\", "")
    assert at.metric[0].value.endswith("of 5")  # the map still works


def test_changing_the_filters_changes_the_address(monkeypatch: pytest.MonkeyPatch) -> None:
    at = _open(monkeypatch)
    assert "types" not in _params(at)  # all types: the plain address
    at.sidebar.multiselect(key="types").unselect("strike").run()
    at.sidebar.date_input(key="dates").set_value((dt.date(2024, 12, 1), PERIOD[1])).run()
    at.sidebar.text_input(key="q").input("Kursk").run()
    params = _params(at)
    assert params["types"] == "deployment,territorial_claim"
    assert params["from"] == "2024-12-01"
    assert "to" not in params  # the last day is the default
    assert params["q"] == "Kursk"
    # Opened elsewhere, that address shows the same events.
    again = _open(monkeypatch, params)
    assert again.metric[0].value == at.metric[0].value == "1 of 5"


# --- Search ----------------------------------------------------------------------------------


@pytest.mark.parametrize("words", ["Novoshakhtinsk", "NOVOSHAKHTINSK", "Новошахтинск", "refinery"])
def test_search_ignores_case_script_and_finds_words(
    monkeypatch: pytest.MonkeyPatch, words: str
) -> None:
    at = _open(monkeypatch)
    at.sidebar.text_input(key="q").input(words).run()
    assert at.metric[0].value == "1 of 5"
    [hit] = [b for b in at.sidebar.button if b.key and b.key.startswith("hit-")]
    label = hit.label.replace("\\", "")  # the app escapes Markdown punctuation
    assert "2024-12-19" in label
    assert "Strike" in label


def test_choosing_a_search_result_selects_it(monkeypatch: pytest.MonkeyPatch) -> None:
    at = _open(monkeypatch)
    at.sidebar.text_input(key="q").input("Stari Terny").run()
    at.sidebar.button(key="hit-stari-terny-capture-claim").click().run()
    assert not at.exception
    details = "\n".join(str(h.proto) for h in at.main.get("html"))
    assert "Russia’s Defense Ministry" in details or "Stari Terny" in details
    assert _params(at)["event"] == "stari-terny-capture-claim"
    assert _timeline(at)["selected"] == "stari-terny-capture-claim"


def test_search_with_romanisation_and_apostrophes() -> None:
    table = EventTable(load_events(SMALL_EVENTS).events)
    found = {table.events[i].id for i in table.matching("Ukraine's military").nonzero()[0]}
    assert "novoshakhtinsk-refinery-strike" in found
    assert table.matching("ukraines military").sum() == table.matching("Ukraine’s military").sum()
    assert table.matching("").all()
    assert not table.matching("Pyongyang-on-Thames").any()


# --- One set of filters ----------------------------------------------------------------------


def test_types_are_switched_in_one_place(monkeypatch: pytest.MonkeyPatch) -> None:
    """The map has no layer switches of its own that the counts would not follow."""
    at = _open(monkeypatch)
    script = _map_script(at)
    assert "L.control.layers" not in script
    at.sidebar.multiselect(key="types").set_value(["deployment"]).run()
    assert set(drawn(_map_script(at))) == {"deployment"}
    assert at.metric[0].value == "1 of 5"
    assert list(at.dataframe[0].value["id"]) == ["kursk-north-korean-losses"]
    counts = _timeline(at)["counts"]
    assert sum(counts["strike"]) == 0
    assert sum(counts["deployment"]) == 1


# --- The timeline's bins, and the address's rules, without the app ----------------------------


def test_timeline_bins_by_day_week_or_month() -> None:
    assert timeline_unit(dt.date(2024, 12, 1), dt.date(2024, 12, 31)) == "day"
    assert timeline_unit(dt.date(2024, 1, 1), dt.date(2024, 12, 31)) == "week"
    assert timeline_unit(dt.date(2022, 2, 24), dt.date(2024, 12, 31)) == "month"
    weeks = bin_starts("week", dt.date(2024, 12, 4), dt.date(2024, 12, 19))
    assert weeks == [dt.date(2024, 12, 2), dt.date(2024, 12, 9), dt.date(2024, 12, 16)]
    months = bin_starts("month", dt.date(2023, 11, 15), dt.date(2024, 2, 1))
    assert months[0] == dt.date(2023, 11, 1)
    assert months[-1] == dt.date(2024, 2, 1)
    table = EventTable(load_events(SMALL_EVENTS).events)
    bins = table.timeline(range(len(table)), *PERIOD)
    assert bins.unit == "week"
    assert sum(map(sum, bins.counts.values())) == 4  # every located event, once
    last = bins.starts.index(dt.date(2024, 12, 16))
    assert bins.counts["strike"][last] == 1  # Novoshakhtinsk, 19 December
    assert bins.ends()[last] == dt.date(2024, 12, 22)


def test_the_address_round_trips_and_leaves_defaults_out() -> None:
    view = View(
        types=("strike",),
        start=dt.date(2024, 12, 1),
        end=PERIOD[1],
        query="Kursk",
        event="stari-terny-capture-claim",
        centre=(48.0171, 37.2113, 9),
    )
    params = view_params(view, period=PERIOD)
    assert params == {
        "types": "strike",
        "from": "2024-12-01",
        "q": "Kursk",
        "event": "stari-terny-capture-claim",
        "lat": "48.01710",
        "lng": "37.21130",
        "zoom": "9",
    }
    again, notes = read_view(params, event_ids=IDS, period=PERIOD)
    assert not notes
    assert again.types == ("strike",)
    assert again.start == dt.date(2024, 12, 1)
    assert again.event == "stari-terny-capture-claim"
    assert view_params(View(), period=PERIOD) == {}
    link = address("http://127.0.0.1:8501/?old=1", {"event": "a b"})
    assert link == "http://127.0.0.1:8501/?event=a+b"


def test_tests_never_use_the_users_sample(tmp_path: Path) -> None:
    """The fixture file the app tests open is not one a save in the app changes."""
    assert SMALL_EVENTS.parent.name == "data"
    assert SMALL_EVENTS.resolve() != (ROOT / "events.geojson").resolve()


def test_each_event_is_given_its_region(monkeypatch: pytest.MonkeyPatch) -> None:
    """By point in polygon over the packaged Natural Earth regions: in the table, in the
    details of the selected event and in the map's popups."""
    at = _open(monkeypatch, {"event": "novoshakhtinsk-refinery-strike"})
    table = at.dataframe[0].value
    region = dict(zip(table["id"], table["region"], strict=True))
    assert region["novoshakhtinsk-refinery-strike"] == "Rostov Oblast"
    assert region["stari-terny-capture-claim"] == "Donetsk Oblast"
    assert region["kursk-ukrainian-incursion"] == "Kursk Oblast"
    details = "\n".join(str(h.proto) for h in at.main.get("html"))
    assert "Region:</b> Rostov Oblast" in details
    data, spec = layer(_map_script(at))
    at_id, at_region = spec["fields"]["event"]["id"], spec["fields"]["detail"]["admin1"]
    popups = {e[at_id]: d[at_region] for e, d in zip(data["events"], data["details"], strict=True)}
    assert popups["kursk-north-korean-losses"] == "Kursk Oblast"


def test_no_types_and_a_cleared_date_range(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every type switched off stays so in the address; clearing the dates shows them all."""
    at = _open(monkeypatch)
    at.sidebar.multiselect(key="types").set_value([]).run()
    assert _params(at)["types"] == "none"
    again = _open(monkeypatch, _params(at))
    assert again.metric[0].value == "0 of 5"
    at.sidebar.multiselect(key="types").set_value(["strike"]).run()
    at.sidebar.date_input(key="dates").set_value(()).run()
    assert not at.exception
    assert at.metric[0].value == "2 of 5"
