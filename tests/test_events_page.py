"""The "Events" page, driven headless through AppTest on temporary copies of fixture data:
corrections, deletion, history and restore, all saved through the store and logged."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from mapapp import cli
from mapapp.store import open_store
from tests.paths import EVENTS, ROOT, SMALL_EVENTS

APP = str(ROOT / "mapapp" / "app" / "main.py")
STARI = "stari-terny-capture-claim"
HOSTILE = "**bold** <img src=x>"


def _events_page() -> None:
    """The "Events" page on its own (AppTest runs this function as a script)."""
    from mapapp.app import events_page

    events_page.page()


def _copy(tmp_path: Path, name: str = "events.geojson") -> Path:
    path = tmp_path / name
    if path.suffix == ".parquet":
        open_store(path).append(json.loads(SMALL_EVENTS.read_text())["features"])
    else:
        path.write_bytes(SMALL_EVENTS.read_bytes())
    return path


@pytest.fixture(params=["whole", "columns"])
def listed(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """How the page lists the events: every one as stored, or (a store the map clusters on
    the server: here from 3 located events) from the map's columns."""
    if request.param == "columns":
        monkeypatch.setenv("MAPAPP_SERVER_SIDE_FROM", "2")
    return str(request.param)


def _page(monkeypatch: pytest.MonkeyPatch, events: Path, event: str | None = STARI) -> AppTest:
    monkeypatch.setenv("MAPAPP_EVENTS", str(events))
    monkeypatch.setenv("MAPAPP_TILES", "none")
    at = AppTest.from_function(_events_page, default_timeout=30)
    if event is not None:
        at.query_params["event"] = event
    at.run()
    assert not at.exception
    return at


def _plain(markdown: str) -> str:
    """What Streamlit shows for Markdown the app escaped."""
    return re.sub(r"\\(.)", r"\1", markdown).replace("\u2060", "")


def _feature(path: Path, event_id: str) -> dict[str, Any]:
    [feature] = [f for f in open_store(path).read_features() if f["properties"]["id"] == event_id]
    return feature


def _ids(path: Path) -> set[str]:
    return {f["properties"]["id"] for f in open_store(path).read_features()}


def _choice(at: AppTest) -> Any:
    [choice] = [s for s in at.selectbox if str(s.key).startswith("edit-choice-")]
    return choice


def _history(at: AppTest) -> Any:
    """The event's history table (the store's, under the restore control, has no "changed")."""
    [table] = [d.value for d in at.dataframe if "changed" in d.value.columns]
    return table


@pytest.mark.parametrize("name", ["events.geojson", "events.parquet"])
def test_editing_type_place_date_and_claim_saves_logs_and_validates(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    name: str,
    capsys: pytest.CaptureFixture[str],
    listed: str,
) -> None:
    events = _copy(tmp_path, name)
    at = _page(monkeypatch, events)
    assert at.selectbox(key="event-pick").label == "Event (6 of 6)"
    assert at.selectbox(key="event-pick").value == STARI
    assert at.button(key="edit-save").disabled  # nothing changed yet
    at.selectbox(key="edit-type").set_value("deployment")
    at.text_input(key="edit-place").input("Lviv")
    at.date_input(key="edit-date").set_value("2024-12-18")
    at.selectbox(key="edit-time").set_value(2)
    at.text_input(key="edit-claimed").input("Ukraine's General Staff")
    at.run()
    assert not at.exception
    assert not at.button(key="edit-save").disabled
    at.button(key="edit-save").click().run()
    assert not at.exception

    props = _feature(events, STARI)["properties"]
    assert (props["type"], props["place"], props["date"], props["time_precision"]) == (
        "deployment", "Lviv", "2024-12-18", 2,
    )  # fmt: skip
    assert props["claimed_by"] == "Ukraine's General Staff"
    assert props["geocoded"]["id"] == "geonames:702550"
    assert props["title"] == "Russia claims capture of Stari Terny"  # a person's title stays
    assert _feature(events, STARI)["geometry"]["coordinates"][1] == pytest.approx(49.84, abs=0.1)

    change = open_store(events).history()[-1]
    assert (change.action, change.event_id) == ("update", STARI)
    assert change.note.startswith(
        "type: territorial_claim -> deployment; place: Stari Terny -> Lviv; location: 48.0171,"
        " 37.2113 -> "
    )
    assert "date: 2024-12-19 -> 2024-12-18; time_precision: 1 -> 2" in change.note
    assert "claimed_by: Russia's Defence Ministry -> Ukraine's General Staff" in change.note
    assert change.before is not None
    assert change.before["properties"]["place"] == "Stari Terny"
    # The page says so, shows the new version and its history.
    assert any(f"Saved {STARI}: type: territorial_claim" in _plain(s.value) for s in at.success)
    assert at.text_input(key="edit-place").value == "Lviv"
    history = _history(at)
    assert list(history["action"])[-1] == "update"  # after the add that made a .parquet
    last = list(history["changed"])[-1]
    assert "claimed_by: Russia's Defence Ministry → Ukraine's General Staff" in last
    assert cli.main(["validate", str(events)]) == 0
    assert "0 invalid features" in capsys.readouterr().out


def test_a_title_mapapp_made_follows_the_type(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    events = _copy(tmp_path)
    store = open_store(events)
    feature = copy.deepcopy(_feature(events, STARI))
    feature["properties"]["title"] = "Territorial claim: Stari Terny"
    store.update(STARI, feature)
    at = _page(monkeypatch, events)
    at.selectbox(key="edit-type").set_value("strike").run()
    at.button(key="edit-save").click().run()
    assert _feature(events, STARI)["properties"]["title"] == "Strike: Stari Terny"


def test_renaming_to_an_ambiguous_place_asks_which(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    events = _copy(tmp_path)
    event = "novoshakhtinsk-refinery-strike"  # its excerpt says nothing about Trudove
    at = _page(monkeypatch, events, event)
    at.text_input(key="edit-place").input("Trudove").run()
    choice = _choice(at)
    assert choice.label.startswith("Which “Trudove”? (7 places of that name)")
    assert choice.value == "leave"  # never a guess
    odesa = next(o for o in choice.options if "Odesa Oblast" in o)
    assert any("Donetsk Oblast" in o for o in choice.options)
    from mapapp.map.resources import gazetteer

    found = gazetteer()
    assert not isinstance(found, str)
    odesa_place = next(p for p in found.candidates("Trudove") if p.admin1 == "Odesa Oblast")
    assert odesa_place.label in odesa
    choice.set_value(odesa_place).run()
    assert not at.exception
    at.button(key="edit-save").click().run()
    assert not at.exception
    saved = _feature(events, event)
    assert saved["properties"]["geocoded"]["id"] == odesa_place.id
    assert saved["geometry"]["coordinates"] == [odesa_place.lon, odesa_place.lat]
    assert saved["properties"]["geo_precision"] == 2  # "near" the refinery stays "near"
    assert saved["properties"]["located_at"] == "near Trudove: drawn at the settlement"
    assert "place: Novoshakhtinsk -> Trudove" in open_store(events).history()[-1].note
    assert cli.main(["validate", str(events)]) == 0


def test_an_ambiguous_place_left_unlocated_lists_its_candidates(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    events = _copy(tmp_path)
    event = "novoshakhtinsk-refinery-strike"
    at = _page(monkeypatch, events, event)
    at.text_input(key="edit-place").input("Trudove").run()
    at.button(key="edit-save").click().run()
    saved = _feature(events, event)
    assert saved["geometry"] is None
    assert saved["properties"]["geo_precision"] is None
    assert len(saved["properties"]["candidates"]) == 7
    assert "geocoded" not in saved["properties"]
    assert "located_at" not in saved["properties"]
    assert cli.main(["validate", str(events)]) == 0
    capsys.readouterr()


def test_a_place_not_in_the_gazetteer_is_saved_without_a_location(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    events = _copy(tmp_path)
    at = _page(monkeypatch, events)
    at.text_input(key="edit-place").input("Nowhereville Two").run()
    assert any("is not in the gazetteer" in _plain(i.value) for i in at.info)
    at.button(key="edit-save").click().run()
    saved = _feature(events, STARI)
    assert (saved["geometry"], saved["properties"]["candidates"]) == (None, [])


def test_an_unlocated_event_can_be_given_one_of_its_names_places(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    events = _copy(tmp_path)
    at = _page(monkeypatch, events, "kurakhove-by-name")
    choice = _choice(at)
    assert choice.value == "keep"
    place = next(o for o in choice.options if o.startswith("Kurakhove"))
    from mapapp.map.resources import gazetteer

    found = gazetteer()
    assert not isinstance(found, str)
    kurakhove = next(p for p in found.candidates("Kurakhovo") if p.label in place)
    choice.set_value(kurakhove).run()
    at.button(key="edit-save").click().run()
    saved = _feature(events, "kurakhove-by-name")
    assert saved["geometry"]["coordinates"] == [kurakhove.lon, kurakhove.lat]
    assert saved["properties"]["geo_precision"] == 1


def test_an_invalid_edit_is_not_saved(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    events = _copy(tmp_path)
    before = events.read_bytes()
    at = _page(monkeypatch, events)
    at.text_input(key="edit-claimed").input("  ").run()
    assert any("claimed_by" in _plain(e.value) for e in at.error)
    assert at.button(key="edit-save").disabled
    assert events.read_bytes() == before


def test_deleting_needs_a_confirmation(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    events = _copy(tmp_path)
    at = _page(monkeypatch, events)
    assert at.button(key="delete").disabled  # one click deletes nothing
    assert STARI in _ids(events)
    at.checkbox(key="delete-confirm").check().run()
    assert not at.button(key="delete").disabled
    at.button(key="delete").click().run()
    assert not at.exception
    assert STARI not in _ids(events)
    change = open_store(events).history()[-1]
    assert (change.action, change.event_id) == ("delete", STARI)
    assert change.note == "delete: territorial_claim at Stari Terny, 2024-12-19"
    assert any(f"Deleted {STARI}" in _plain(s.value) for s in at.success)
    assert at.selectbox(key="event-pick").value is None
    assert "event" not in at.query_params
    assert not at.warning  # the address no longer names the deleted event


def test_restore_brings_back_an_earlier_version_and_is_logged(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    events = _copy(tmp_path)
    original = events.read_bytes()
    at = _page(monkeypatch, events)
    at.selectbox(key="edit-type").set_value("strike").run()
    at.button(key="edit-save").click().run()  # change #1
    at.checkbox(key="delete-confirm").check().run()
    at.button(key="delete").click().run()  # change #2
    assert STARI not in _ids(events)

    at = _page(monkeypatch, events, event=None)
    assert at.number_input(key="restore-seq").value == 1
    at.number_input(key="restore-seq").set_value(0).run()
    assert at.button(key="restore").disabled  # not confirmed
    at.checkbox(key="restore-confirm").check().run()
    at.button(key="restore").click().run()
    assert not at.exception
    assert any("2 change(s) undone, logged as #3 to #4" in _plain(s.value) for s in at.success)
    restored = {f["properties"]["id"]: f for f in json.loads(events.read_text())["features"]}
    expected = {f["properties"]["id"]: f for f in json.loads(original)["features"]}
    assert restored == expected
    history = open_store(events).history()
    assert [(c.seq, c.action) for c in history] == [
        (1, "update"), (2, "delete"), (3, "add"), (4, "update"),
    ]  # fmt: skip
    assert history[-1].note == f"restore to #0: undo #1 (update {STARI}); on the Events page"
    # The restored event's history shows its edit and the undo.
    at = _page(monkeypatch, events)
    assert list(_history(at)["#"]) == [1, 2, 3, 4]
    assert cli.main(["validate", str(events)]) == 0
    capsys.readouterr()


def test_a_restore_the_history_cannot_do_says_why(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    events = _copy(tmp_path)
    store = open_store(events)
    store.delete("nowhere")
    data = json.loads(events.read_text())
    data["features"].append({**data["features"][0], "properties": {
        **data["features"][0]["properties"], "id": "nowhere", "excerpt": "Another one."
    }})  # fmt: skip
    events.write_text(json.dumps(data), encoding="utf-8")  # not through the store
    before = events.read_bytes()
    at = _page(monkeypatch, events, event=None)
    at.number_input(key="restore-seq").set_value(0)
    at.checkbox(key="restore-confirm").check().run()
    at.button(key="restore").click().run()
    assert not at.exception
    assert any("an event with its id is in the store again" in _plain(e.value) for e in at.error)
    assert events.read_bytes() == before


def test_a_bad_event_id_in_the_address_is_a_note(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, listed: str
) -> None:
    at = _page(monkeypatch, _copy(tmp_path), event="no-such-event")
    [warning] = at.warning
    assert "There is no event with the id “no-such-event”" in _plain(warning.value)
    assert at.selectbox(key="event-pick").value is None
    assert not [s for s in at.selectbox if s.key == "edit-type"]
    # Picking one from the list puts it in the address.
    at.selectbox(key="event-pick").set_value("nowhere").run()
    assert at.query_params["event"] == "nowhere"
    assert not at.warning


def test_search_narrows_the_list(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, listed: str
) -> None:
    at = _page(monkeypatch, _copy(tmp_path), event=None)
    assert len(at.selectbox(key="event-pick").options) == 6
    at.text_input(key="events-search").input("kursk 2024-12").run()
    assert at.selectbox(key="event-pick").label == "Event (1 of 6)"
    # As on the map: whatever the script, the diacritics or the romanisation.
    for words in ("Новошахтинск", "NOVOSHAKHTINSK", "Novoshakhtinsk 2024-12-19"):
        at.text_input(key="events-search").input(words).run()
        assert at.selectbox(key="event-pick").label == "Event (1 of 6)", words


def test_text_from_the_file_shows_literally(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    events = _copy(tmp_path)
    store = open_store(events)
    hostile = copy.deepcopy(_feature(events, STARI))
    hostile["properties"].update(place=HOSTILE, title=f"Claim: {HOSTILE}", claimed_by=HOSTILE)
    hostile["properties"]["excerpt"] = f"It said {HOSTILE} [link](javascript:alert(1))"
    store.update(STARI, hostile, note=HOSTILE)
    at = _page(monkeypatch, events)
    at.text_input(key="edit-place").input(f"{HOSTILE} 2").run()
    assert not at.exception
    shown = [
        *(e.value for e in (*at.markdown, *at.caption, *at.subheader, *at.info, *at.warning)),
        *(w.label for w in (*at.checkbox, *at.selectbox, *at.text_input, *at.button)),
    ]
    # Nothing Markdown would read as formatting, an image or a link: only escaped marks.
    unescaped = [re.sub(r"\\.", "", s) for s in shown]
    assert not [s for s in unescaped if "**" in s or "<" in s or "](" in s]
    assert any(f"Claim: {HOSTILE}" == _plain(s) for s in shown)  # the title, as it is
    assert any(f"“{HOSTILE} 2” is not in the gazetteer" in _plain(s) for s in shown)
    assert any(f"It said {HOSTILE}" in _plain(s) for s in shown)
    # Plain-text widgets and tables hold the text as it is.
    assert at.text_input(key="edit-place").value == f"{HOSTILE} 2"
    assert HOSTILE in at.selectbox(key="event-pick").options[0] or any(
        HOSTILE in o for o in at.selectbox(key="event-pick").options
    )
    assert _history(at)["note"][0] == HOSTILE


def test_the_sample_events_and_read_only_files_are_not_saved_to(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    before = EVENTS.read_bytes()
    at = _page(monkeypatch, EVENTS, event="crimea-occupation")
    assert any("sample events that come with mapapp" in _plain(w.value) for w in at.warning)
    at.selectbox(key="edit-type").set_value("strike").run()
    assert at.button(key="edit-save").disabled
    assert at.checkbox(key="delete-confirm").disabled
    assert EVENTS.read_bytes() == before

    events = _copy(tmp_path)
    events.chmod(0o444)
    at = _page(monkeypatch, events)
    assert any(f"{events} is read-only" in _plain(w.value) for w in at.warning)
    at.selectbox(key="edit-type").set_value("strike").run()
    assert at.button(key="edit-save").disabled
    assert at.button(key="delete").disabled
    assert events.read_bytes() == SMALL_EVENTS.read_bytes()


def test_an_unusable_store_is_an_error_not_an_exception(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    events = tmp_path / "events.geojson"
    events.write_text("{oops", encoding="utf-8")
    at = _page(monkeypatch, events)
    [error] = at.error
    assert "invalid JSON" in _plain(error.value)


def test_the_app_routes_to_the_events_page(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("MAPAPP_EVENTS", str(_copy(tmp_path)))
    monkeypatch.setenv("MAPAPP_TILES", "none")
    at = AppTest.from_file(APP, default_timeout=30).run()
    assert not at.exception
    # The page st.navigation registered at /events (AppTest switches pages by file only, and
    # these pages are functions: its registry gives the page's hash).
    [page] = [h for h, i in at._registered_pages.items() if i.get("url_pathname") == "events"]
    at._page_hash = page
    at.query_params["event"] = STARI
    at.run()
    assert not at.exception
    assert [t.value for t in at.title] == ["Events"]
    assert at.selectbox(key="event-pick").value == STARI


def _edits(feature: dict[str, Any], **changes: Any) -> Any:
    from mapapp.app.events_page import Edits
    from mapapp.core.model import parse_feature

    event = parse_feature(feature)
    values = {
        "event_type": event.type, "title": event.title, "place": event.place,
        "date": event.date, "time_precision": event.time_precision,
        "geo_precision": event.geo_precision, "claimed_by": event.claimed_by,
    }  # fmt: skip
    return Edits(**{**values, **changes})


def test_a_correction_keeps_what_it_does_not_change(feature: dict[str, Any]) -> None:
    from mapapp.app.events_page import change_note, corrected

    feature["properties"]["excerpt_offsets"] = [1, 2]
    assert corrected(feature, _edits(feature)) == feature
    assert change_note(feature, corrected(feature, _edits(feature))) == ""
    new = corrected(feature, _edits(feature, geo_precision=2, claimed_by=" Kyiv "))
    assert new["properties"]["excerpt_offsets"] == [1, 2]
    assert new["geometry"] == feature["geometry"]
    assert change_note(feature, new) == (
        "geo_precision: 1 -> 2; claimed_by: Russia's Defence Ministry -> Kyiv"
    )


def test_a_located_at_mapapp_wrote_follows_the_precision(feature: dict[str, Any]) -> None:
    from mapapp.app.events_page import corrected
    from mapapp.map.resources import gazetteer

    found = gazetteer()
    assert not isinstance(found, str)
    [kharkiv_region] = found.candidates("Kharkiv region")
    region = corrected(feature, _edits(feature, place="Kharkiv region"), kharkiv_region)
    assert region["properties"]["geo_precision"] == 3  # a region is region-level
    assert region["properties"]["located_at"].endswith(
        "region only, drawn at its administrative centre"
    )
    [lviv] = found.candidates("Lviv")
    near = corrected(feature, _edits(feature, place="Lviv", geo_precision=2), lviv)
    assert near["properties"]["located_at"] == "near Lviv: drawn at the settlement"
    at_lviv = corrected(near, _edits(near, geo_precision=1))
    assert "located_at" not in at_lviv["properties"]
    # A located_at a person wrote stays.
    near["properties"]["located_at"] = "the airfield south of the city"
    assert corrected(near, _edits(near, geo_precision=1))["properties"]["located_at"] == (
        "the airfield south of the city"
    )


def test_the_columns_list_finds_what_the_whole_list_finds(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A store the map clusters on the server is listed from its columns, newest first, and
    a search finds the same events, in the same order, as over every event as stored."""
    from mapapp.app import events_page
    from mapapp.map import resources

    monkeypatch.setenv("MAPAPP_SERVER_SIDE_FROM", "2")
    path = str(EVENTS)  # the sample: 15 events, not all on the map
    version = resources.file_version(path)
    whole, columns = events_page.stored(path, version), events_page.indexed(path, version)
    assert isinstance(events_page.listing(path, version), events_page.Indexed)
    assert columns.total == whole.total == 15
    assert not columns.has("no-such-event")
    assert columns.has(STARI)
    searches = [
        "", "kursk", "KURSK 2024-12", "strike", "territorial claim", "2024-12-19", "Курахове",
        "kurakhovo", "north korean", "novoshakhtinsk-refinery", "ukraine's", "no such words",
    ]  # fmt: skip
    for words in searches:
        count, ids = columns.matches(words)
        assert (count, ids) == whole.matches(words), words
        assert [columns.label(i) for i in ids] == [whole.label(i) for i in ids], words
    assert columns.matches("kursk")[0] > 0
    assert columns.matches("no such words")[0] == 0
    feature, event = columns.record(STARI) or ({}, None)
    assert event is not None
    assert feature == whole.features[STARI]
    assert columns.record("no-such-event") is None
