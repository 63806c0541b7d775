"""The Streamlit app, driven headless through AppTest on fixture data."""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from tests.maphtml import drawn
from tests.paths import BROKEN_EVENTS, HOSTILE_EVENTS, ROOT, SMALL_EVENTS

APP = str(ROOT / "mapapp" / "app" / "main.py")


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


def _plain(markdown: str) -> str:
    """What Streamlit shows for Markdown whose punctuation the app escaped (the word joiners
    that keep "www." and "http://" from becoming links are invisible)."""
    return re.sub(r"\\(.)", r"\1", markdown).replace("\u2060", "")


def _timeline(at: AppTest) -> dict[str, Any]:
    """What the timeline component was given: bins, counts, the dates shown."""
    [component] = at.main.get("bidi_component")
    data: dict[str, Any] = json.loads(component.proto.json)
    return data


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
    # The map holds every date of the chosen types; the timeline hands the range to it, and
    # it draws only those dates in the browser (tests/test_browser.py checks the drawing).
    assert _drawn(at) == 5
    assert (_timeline(at)["from"], _timeline(at)["to"]) == ("2024-08-01", "2024-08-31")


def test_broken_file_shows_each_problem_and_the_valid_events(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    at = _app(monkeypatch, BROKEN_EVENTS)
    assert not at.exception
    assert _shown(at) == "2 of 2"
    errors = [_plain(e.value) for e in at.error]
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
    assert message in _plain(error.value)
    assert str(path) in _plain(error.value)


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


def _add_page() -> None:
    """The "Add an article" page on its own (AppTest runs this function as a script)."""
    from mapapp.app import add_page

    add_page.page()


REPORT = (
    "Russian missiles struck Lviv on Wednesday, the governor said.\n"
    "Russia’s Defense Ministry claimed the capture of Trudove.\n"
    "Moscow said the talks in Istanbul would go on."
)


def _review(monkeypatch: pytest.MonkeyPatch, events: Path, text: str = REPORT) -> AppTest:
    monkeypatch.setenv("MAPAPP_EVENTS", str(events))
    monkeypatch.setenv("MAPAPP_TILES", "none")
    at = AppTest.from_function(_add_page, default_timeout=30).run()
    at.text_area(key="article_text").input(text)
    at.date_input(key="published").set_value(dt.date(2022, 10, 13))  # a Thursday
    at.button[0].click().run()  # "Find events" submits the form
    assert not at.exception
    return at


def test_review_page_finds_candidates_previews_them_and_saves(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    events = tmp_path / "events.geojson"
    events.write_bytes(SMALL_EVENTS.read_bytes())
    at = _review(monkeypatch, events)
    assert any("Candidate events (2)" in h.value for h in at.subheader)
    # Trudove has homonyms and nothing in this text says which: the reviewer is asked.
    [which] = at.selectbox
    assert which.label.startswith("Which “Trudove”?")
    assert which.value is None
    # The preview map shows the located candidate.
    [preview] = [el for el in at.main.get("component_instance") if "script" in el.proto.json_args]
    assert sum(drawn(json.loads(preview.proto.json_args)["script"]).values()) == 1

    assert any("Donetsk Oblast" in option for option in which.options)
    from mapapp.map.resources import gazetteer

    donetsk = next(p for p in gazetteer().candidates("Trudove") if p.admin1 == "Donetsk Oblast")
    which.set_value(donetsk)
    at.run()
    assert not at.exception
    at.button(key="save").click().run()
    assert not at.exception
    [saved] = at.success
    assert "added 2 event(s)" in _plain(saved.value)
    features = json.loads(events.read_text())["features"]
    new = {f["properties"]["place"]: f for f in features[-2:]}
    assert new["Lviv"]["properties"]["type"] == "strike"
    assert new["Lviv"]["properties"]["date"] == "2022-10-12"  # "on Wednesday"
    trudove = new["Trudove"]
    assert trudove["properties"]["geocoded"]["id"] == "mapapp:trudove-donetsk"
    assert trudove["geometry"]["coordinates"] == [37.2171, 47.8986]

    # The map page shows the saved events at once.
    at_map = _app(monkeypatch, events)
    assert _shown(at_map) == "7 of 7"
    assert {"Lviv", "Trudove"} <= set(at_map.dataframe[0].value["place"])


def test_review_page_explains_bad_input(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    events = tmp_path / "events.geojson"
    at = _review(monkeypatch, events, text="   ")
    assert "Paste the article's text or upload a .txt file first." in [
        _plain(e.value) for e in at.error
    ]
    at = _review(monkeypatch, events, text="The talks in Istanbul went on all day.")
    assert any("No events found" in i.value for i in at.info)
    assert not events.exists()  # nothing saved, nothing created


def test_the_map_reloads_the_file_when_it_changes(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    events = tmp_path / "events.geojson"
    events.write_bytes(SMALL_EVENTS.read_bytes())
    at = _app(monkeypatch, events)
    assert _shown(at) == "5 of 5"
    data = json.loads(events.read_text())
    extra = copy.deepcopy(next(f for f in data["features"] if f["geometry"]))
    extra["properties"]["id"] = "saved-elsewhere"
    data["features"].append(extra)
    events.write_text(json.dumps(data), encoding="utf-8")  # another tab, or the CLI, saved
    at.run()
    assert _shown(at) == "6 of 6"
    assert "saved-elsewhere" in _table_ids(at)


def test_text_from_the_file_cannot_format_the_page(monkeypatch: pytest.MonkeyPatch) -> None:
    at = _app(monkeypatch, HOSTILE_EVENTS)
    assert not at.exception
    # The source is "![source](http://example.org/source.png) [click](javascript:...)".
    [caption] = [c.value for c in at.caption if "source(s)" in c.value]
    assert "![" not in caption
    assert "](" not in caption
    assert "![source](http://example.org/source.png)" in _plain(caption)


@pytest.mark.parametrize(
    "text",
    ["www.example.org/x", "http://example.org", "HTTPS://example.org/a", "news@example.org"],
)
def test_addresses_in_text_cannot_become_links(text: str) -> None:
    from mapapp.map.resources import md

    shown = re.sub(r"\\(.)", r"\1", md(text))  # what Markdown reads, escapes undone
    assert shown.replace("\u2060", "") == text  # the joiners are invisible
    # ...and they break each of GitHub-flavoured Markdown's autolink patterns.
    assert not re.search(r"(?i)www\.|https?:|\w@\w", shown)


def test_a_place_chosen_from_context_is_asked_and_never_saved_as_a_guess(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    events = tmp_path / "events.geojson"
    # Kharkiv, 40 km from the Lyman in Kharkiv oblast, speaks for that one; war reporting
    # usually means the town in Donetsk oblast. The reviewer is asked, and until they answer
    # the event has no location.
    text = "Russian forces shelled Kharkiv on Wednesday.\nRussia said it captured Lyman."
    at = _review(monkeypatch, events, text=text)
    [which] = at.selectbox
    assert which.label.startswith("Which “Lyman”?")
    assert which.value is None  # not answered
    assert any("not answered" in w.value for w in at.warning)
    assert any("Donetsk Oblast" in option for option in which.options)
    at.button(key="save").click().run()
    assert not at.exception
    [saved] = json.loads(events.read_text())["features"][-1:]
    assert saved["properties"]["place"] == "Lyman"
    assert saved["geometry"] is None  # never the first guess
    assert len(saved["properties"]["candidates"]) > 1

    other = tmp_path / "other.geojson"
    at = _review(monkeypatch, other, text=text)
    from mapapp.map.resources import gazetteer

    donetsk = next(p for p in gazetteer().candidates("Lyman") if p.admin1 == "Donetsk Oblast")
    at.selectbox[0].set_value(donetsk).run()
    assert not at.warning
    at.button(key="save").click().run()
    lyman = next(
        f for f in json.loads(other.read_text())["features"] if f["properties"]["place"] == "Lyman"
    )
    assert lyman["properties"]["geocoded"]["id"] == donetsk.id
    assert lyman["geometry"]["coordinates"] == [donetsk.lon, donetsk.lat]


def test_the_page_says_what_the_article_is_about_and_flags_doubtful_places(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    text = (
        "Ukrainian troops pushed deeper into the Kursk region, capturing Sudzha.\n"
        "Fighting was reported near Loknya."
    )
    at = _review(monkeypatch, tmp_path / "events.geojson", text=text)
    assert any("This article is about: Kursk Oblast, Russia" in _plain(i.value) for i in at.info)
    table = at.dataframe[0].value
    check = dict(zip(table["place"], table["check"], strict=True))
    # The only Loknya is in Pskov oblast, hundreds of km away: offered, not placed.
    assert check["Loknya"].startswith("the only place of that name is Loknya")
    assert check["Sudzha"] == ""
    # The table's cell is narrow: each flagged place's reason is also written out in full.
    [why] = [e for e in at.expander if e.label.startswith("Why to check")]
    assert why.label == "Why to check 1 place(s)"
    [note] = [_plain(m.value) for m in why.markdown]
    assert note == f"- **Loknya**: {check['Loknya']}"


def test_a_failed_find_clears_the_last_articles_candidates(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    at = _review(monkeypatch, tmp_path / "events.geojson")
    assert any("Candidate events" in h.value for h in at.subheader)
    at.text_area(key="article_text").input("   ")
    at.button[0].click().run()
    assert not any("Candidate events" in h.value for h in at.subheader)
    assert not [b for b in at.button if b.key == "save"]  # nothing left to save by mistake
