"""Restoring a store to an earlier version: every later change undone, each undo logged."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from mapapp import cli
from mapapp.store import geoparquet, open_store
from mapapp.store.base import EventStore
from mapapp.store.restore import RestoreError, restore, restore_plan
from tests.paths import SMALL_EVENTS


def _features() -> list[dict[str, Any]]:
    features: list[dict[str, Any]] = json.loads(SMALL_EVENTS.read_text())["features"]
    return features


def _state(store: EventStore) -> dict[str, dict[str, Any]]:
    """The events by id, a null property the same as an absent one (as GeoParquet keeps them)."""
    out = {}
    for feature in store.read_features():
        props = {k: v for k, v in feature["properties"].items() if v is not None}
        out[props["id"]] = {**feature, "properties": props}
    return out


def _changed(feature: dict[str, Any], **props: Any) -> dict[str, Any]:
    out = copy.deepcopy(feature)
    out["properties"].update(props)
    return out


@pytest.fixture(params=["events.geojson", "events.parquet", "postgis"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> EventStore:
    """A store holding the small fixture's events, added in one logged save (#1 to #6)."""
    if request.param == "postgis":
        location: str | Path = request.getfixturevalue("postgis_events_url")
    else:
        location = tmp_path / request.param
    opened = open_store(location)
    opened.append(_features())
    return opened


def test_restore_undoes_every_later_change_and_logs_each_undo(store: EventStore) -> None:
    first = _state(store)
    stari = first["stari-terny-capture-claim"]
    store.update(stari["properties"]["id"], _changed(stari, type="deployment"), note="type")
    store.delete("kursk-ukrainian-incursion", note="a duplicate")
    new = _changed(stari, id="added-later", excerpt="Another sentence about Stari Terny.")
    store.append([new])
    edited = _state(store)
    assert [c.seq for c in store.history()] == list(range(1, 10))

    done = restore(store, 6, note="test")
    assert _state(store) == first
    assert [(c.action, c.event_id) for c in done] == [
        ("delete", "added-later"),
        ("add", "kursk-ukrainian-incursion"),
        ("update", "stari-terny-capture-claim"),
    ]
    assert [c.seq for c in done] == [10, 11, 12]
    history = store.history()
    assert history[-3:] == done
    assert history[-1].note == "restore to #6: undo #7 (update stari-terny-capture-claim); test"

    # The restore is in the history: restoring to just before it brings the edits back.
    restore(store, 9)
    assert _state(store) == edited


def test_restore_to_the_last_change_does_nothing(store: EventStore) -> None:
    assert restore(store, 6) == []
    assert len(store.history()) == 6


def test_restore_to_0_undoes_the_first_change_too(store: EventStore) -> None:
    restore(store, 0)
    assert _state(store) == {}
    restore(store, 6)  # and back: the deletions were logged
    assert len(_state(store)) == 6


@pytest.mark.parametrize("seq", [-1, 7, 100])
def test_a_change_not_in_the_history_is_refused(store: EventStore, seq: int) -> None:
    with pytest.raises(RestoreError, match=rf"no change #{seq} to restore to; .* #1 to #6"):
        restore(store, seq)


def test_an_event_changed_outside_the_history_is_refused_and_nothing_changes(
    tmp_path: Path,
) -> None:
    path = tmp_path / "events.geojson"
    store = open_store(path)
    store.append(_features())
    stari = _state(store)["stari-terny-capture-claim"]
    store.update("stari-terny-capture-claim", _changed(stari, claimed_by="Ukraine"))
    store.delete("nowhere")
    # Another tool edits the file without logging it.
    data = json.loads(path.read_text())
    for feature in data["features"]:
        if feature["properties"]["id"] == "stari-terny-capture-claim":
            feature["properties"]["claimed_by"] = "someone else"
    path.write_text(json.dumps(data), encoding="utf-8")
    before = path.read_bytes()
    message = (
        r"cannot undo change #7 \(update of event 'stari-terny-capture-claim'\): it was"
        r" changed outside the history since then; nothing was restored"
    )
    with pytest.raises(RestoreError, match=message):
        restore(store, 6)
    assert path.read_bytes() == before
    assert len(store.history()) == 8
    # Later changes can still be undone: only the deletion (#8).
    restore(store, 7)
    assert "nowhere" in _state(store)


def test_a_deleted_id_taken_again_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "events.geojson"
    store = open_store(path)
    store.append(_features())
    store.delete("nowhere")
    data = json.loads(path.read_text())
    data["features"].append(_changed(data["features"][0], id="nowhere", excerpt="A new one."))
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(RestoreError, match="an event with its id is in the store again"):
        restore_plan(store, 6)


@pytest.mark.parametrize("name", ["events.geojson", "events.parquet"])
def test_adding_back_an_event_stored_again_under_another_id_is_refused(
    tmp_path: Path, name: str
) -> None:
    """The check reads only the events it needs (by id, then by type and date), and still
    finds the same event stored again, outside the history, under another id."""
    path = tmp_path / name
    store = open_store(path)
    store.append(_features())
    kursk = _state(store)["kursk-ukrainian-incursion"]
    store.delete("kursk-ukrainian-incursion", note="by mistake")
    seq = store.last_change() - 1  # before the deletion
    assert [u.action for u in restore_plan(store, seq)] == ["append"]
    again = [*store.read_features(), _changed(kursk, id="kursk-again")]
    if name.endswith(".parquet"):
        path.write_bytes(geoparquet._write(again, path))  # as another tool would
    else:
        path.write_text(json.dumps({"type": "FeatureCollection", "features": again}))
    with pytest.raises(RestoreError, match="another event with the same place, type, date"):
        restore_plan(store, seq)


def test_an_event_gone_outside_the_history_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "events.geojson"
    store = open_store(path)
    store.append(_features())
    path.write_text('{"type": "FeatureCollection", "features": []}', encoding="utf-8")
    with pytest.raises(RestoreError, match=r"change #6 .*: it is no longer in the store"):
        restore(store, 5)


# -- mapapp restore ---------------------------------------------------------------------------


def test_restore_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "events.geojson"
    store = open_store(path)
    store.append(_features())
    original = _state(store)
    stari = original["stari-terny-capture-claim"]
    store.update("stari-terny-capture-claim", _changed(stari, type="strike"), note="retyped")
    assert cli.main(["restore", str(path), "6", "--note", "wrong type"]) == 0
    captured = capsys.readouterr()
    assert "update stari-terny-capture-claim (restore to #6: undo #7" in captured.out
    assert "wrong type" in captured.out
    assert "restored to how it was after change #6: 1 change(s) undone" in captured.err
    assert _state(store) == original
    assert cli.main(["validate", str(path)]) == 0


@pytest.mark.parametrize("seq", ["9", "1000"])
def test_restore_command_exits_2_for_a_change_not_in_the_history(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], seq: str
) -> None:
    path = tmp_path / "events.geojson"
    open_store(path).append(_features())
    before = path.read_bytes()
    assert cli.main(["restore", str(path), seq]) == 2
    assert f"no change #{seq} to restore to" in capsys.readouterr().err
    assert path.read_bytes() == before


@pytest.mark.parametrize("seq", ["-1", "two", "1.5"])
def test_restore_command_exits_2_for_a_bad_number(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], seq: str
) -> None:
    with pytest.raises(SystemExit) as info:
        cli.main(["restore", str(tmp_path / "events.geojson"), seq])
    assert info.value.code == 2
    assert "expected a change number (0 or more)" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("content", "message"), [(None, "file not found"), ("{oops", "invalid JSON")]
)
def test_restore_command_exits_2_for_an_unusable_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str | None, message: str
) -> None:
    path = tmp_path / "events.geojson"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    assert cli.main(["restore", str(path), "0"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"mapapp: error: {path}")
    assert message in err


def test_restore_command_exits_2_when_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "events.geojson"
    open_store(path).append(_features())
    path.write_text('{"type": "FeatureCollection", "features": []}', encoding="utf-8")
    assert cli.main(["restore", str(path), "0"]) == 2
    assert "nothing was restored" in capsys.readouterr().err
