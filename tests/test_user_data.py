"""Your data is yours: `mapapp run` serves the user's own copy of the sample events, and the
app never saves into the sample, nor into a file it may not write."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from mapapp import cli
from mapapp.map import resources
from mapapp.map.resources import SAMPLE_EVENTS, read_only_reason, user_events_path
from tests.paths import EVENTS, SMALL_EVENTS


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    return {"HOME": str(tmp_path / "home"), "XDG_DATA_HOME": str(tmp_path / "data"), **extra}


def test_the_sample_is_the_repositorys_events_file() -> None:
    assert SAMPLE_EVENTS.resolve() == EVENTS.resolve()


def test_run_without_events_copies_the_sample_once(tmp_path: Path) -> None:
    env = _env(tmp_path)
    target = tmp_path / "data" / "mapapp" / "events.geojson"
    chosen, message = cli.events_to_serve(None, env)
    assert chosen == str(target)
    assert message == (
        f"mapapp: copied the sample events ({SAMPLE_EVENTS}) to {target}: the app saves your"
        " changes there"
    )
    assert target.read_bytes() == EVENTS.read_bytes()
    assert [p.name for p in target.parent.iterdir()] == ["events.geojson"]  # no temporary left
    # The user's saves are theirs: never overwritten by a later run.
    target.write_bytes(SMALL_EVENTS.read_bytes())
    assert cli.events_to_serve(None, env) == (str(target), "")
    assert target.read_bytes() == SMALL_EVENTS.read_bytes()


def test_the_data_folder_defaults_to_local_share(tmp_path: Path) -> None:
    for env in ({"HOME": str(tmp_path)}, {"HOME": str(tmp_path), "XDG_DATA_HOME": "relative"}):
        assert user_events_path(env) == tmp_path / ".local" / "share" / "mapapp" / "events.geojson"
    chosen, _ = cli.events_to_serve(None, {"HOME": str(tmp_path)})
    assert Path(chosen).read_bytes() == EVENTS.read_bytes()


def test_events_given_are_served_as_they_are(tmp_path: Path) -> None:
    env = _env(tmp_path, MAPAPP_EVENTS="from-env.geojson")
    assert cli.events_to_serve("given.geojson", env) == ("given.geojson", "")
    assert cli.events_to_serve(None, env) == ("from-env.geojson", "")
    assert not (tmp_path / "data").exists()  # nothing copied


def test_without_a_sample_the_users_file_starts_empty(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(resources, "SAMPLE_EVENTS", tmp_path / "missing.geojson")
    chosen, message = cli.events_to_serve(None, _env(tmp_path))
    assert "an empty events file" in message
    assert json.loads(Path(chosen).read_text()) == {"type": "FeatureCollection", "features": []}


def test_an_uncreatable_data_folder_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the folder should be")
    monkeypatch.delenv("MAPAPP_EVENTS", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    assert cli.main(["run", "--tiles", "none"]) == 2
    err = capsys.readouterr().err
    assert f"{blocker}/mapapp/events.geojson: cannot create your events file" in err


def test_run_serves_the_users_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`mapapp run` with no --events, up to starting Streamlit (which is not started)."""
    calls: list[dict[str, Any]] = []

    def call(command: list[str], env: dict[str, str]) -> int:
        calls.append(env)
        return 0

    monkeypatch.setattr(cli.subprocess, "call", call)
    monkeypatch.setattr("mapapp.map.view.check_assets", lambda: None)
    monkeypatch.delenv("MAPAPP_EVENTS", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    target = tmp_path / "mapapp" / "events.geojson"
    assert cli.main(["run", "--tiles", "none"]) == 0
    assert calls[0]["MAPAPP_EVENTS"] == str(target)
    err = capsys.readouterr().err
    assert f"to {target}: the app saves your changes there" in err
    assert f"mapapp: serving {target} on http://127.0.0.1:8501" in err
    assert cli.main(["run", "--tiles", "none"]) == 0  # the second time: no copy
    assert "copied" not in capsys.readouterr().err
    args = argparse.Namespace(events=str(SMALL_EVENTS), tiles=None, host="h", port=1)
    assert cli._run(args) == 0
    assert calls[-1]["MAPAPP_EVENTS"] == str(SMALL_EVENTS)


def test_what_the_app_may_not_save_to(tmp_path: Path) -> None:
    assert "sample events that come with mapapp" in read_only_reason(str(EVENTS))
    link = tmp_path / "link.geojson"
    link.symlink_to(EVENTS)
    assert "sample events" in read_only_reason(str(link))
    mine = tmp_path / "mine.geojson"
    mine.write_bytes(SMALL_EVENTS.read_bytes())
    assert read_only_reason(str(mine)) == ""
    assert read_only_reason(str(tmp_path / "new.geojson")) == ""  # the first save creates it
    mine.chmod(0o444)
    assert read_only_reason(str(mine)) == f"{mine} is read-only."
    missing = tmp_path / "no-folder" / "events.geojson"
    assert "there is no folder" in read_only_reason(str(missing))
    assert read_only_reason("postgresql://localhost/events") == ""


def _add_page() -> None:
    from mapapp.app import add_page

    add_page.page()


@pytest.mark.parametrize("read_only", ["sample", "file"])
def test_the_add_page_says_where_it_saves_and_will_not_save_to_a_read_only_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, read_only: str
) -> None:
    if read_only == "sample":
        events = EVENTS
    else:
        events = tmp_path / "events.geojson"
        events.write_bytes(SMALL_EVENTS.read_bytes())
        events.chmod(0o444)
    before = events.read_bytes()
    monkeypatch.setenv("MAPAPP_EVENTS", str(events))
    monkeypatch.setenv("MAPAPP_TILES", "none")
    at = AppTest.from_function(_add_page, default_timeout=30).run()
    captions = [c.value.replace("\\", "") for c in at.caption]
    assert f"Saving to: {events}" in captions
    [warning] = at.warning
    assert warning.value.startswith("Saving is off: ")
    at.text_area(key="article_text").input("Russian missiles struck Lviv on Wednesday.")
    at.date_input(key="published").set_value(dt.date(2022, 10, 13))
    at.button[0].click().run()
    assert not at.exception
    assert at.button(key="save").disabled
    assert events.read_bytes() == before


def test_the_add_page_saves_to_a_writable_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    events = tmp_path / "events.geojson"
    monkeypatch.setenv("MAPAPP_EVENTS", str(events))
    monkeypatch.setenv("MAPAPP_TILES", "none")
    at = AppTest.from_function(_add_page, default_timeout=30).run()
    assert not at.warning
    at.text_area(key="article_text").input("Russian missiles struck Lviv on Wednesday.")
    at.date_input(key="published").set_value(dt.date(2022, 10, 13))
    at.button[0].click().run()
    assert not at.button(key="save").disabled
    at.button(key="save").click().run()
    assert [f["properties"]["place"] for f in json.loads(events.read_text())["features"]] == [
        "Lviv"
    ]
