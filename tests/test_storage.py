"""Saving: atomic, with a backup, without duplicates, and no save lost to a concurrent one."""

from __future__ import annotations

import copy
import json
import os
import stat
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson
import pytest

from mapapp.core.errors import EventsFileError
from mapapp.store.files import backup_path, lock_path, write_atomic
from mapapp.store.geojson import append_events
from tests.paths import ROOT


def test_write_replaces_the_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    path = tmp_path / "map.html"
    path.write_text("old")
    write_atomic(path, b"new")
    assert path.read_text() == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["map.html"]


def test_a_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "map.html"
    path.write_text("old")

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.fsync", broken_fsync)
    with pytest.raises(OSError, match="No space left"):
        write_atomic(path, b"new")
    assert path.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["map.html"]


def test_a_rewritten_file_keeps_its_permissions(tmp_path: Path) -> None:
    path = tmp_path / "events.geojson"
    path.write_text("{}")
    path.chmod(0o640)
    write_atomic(path, b"[]")
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def _event(feature: dict[str, Any], n: int, excerpt: str | None = None) -> dict[str, Any]:
    out = copy.deepcopy(feature)
    out["properties"]["id"] = f"event-{n}"
    out["properties"]["excerpt"] = excerpt or f"Sentence number {n} of the article."
    return out


def _ids(path: Path) -> list[str]:
    return [f["properties"]["id"] for f in json.loads(path.read_text())["features"]]


def test_append_adds_events_and_keeps_a_backup(
    write_events: Callable[..., Path], feature: dict[str, Any]
) -> None:
    path = write_events([_event(feature, 1)])
    before = path.read_bytes()
    report = append_events(path, [_event(feature, 2), _event(feature, 3)])
    assert report.added == ("event-2", "event-3")
    assert _ids(path) == ["event-1", "event-2", "event-3"]
    assert report.backup == str(backup_path(path))
    assert backup_path(path).read_bytes() == before
    assert "added 2 event(s)" in str(report)


def test_append_creates_a_missing_file(tmp_path: Path, feature: dict[str, Any]) -> None:
    path = tmp_path / "new.geojson"
    report = append_events(path, [_event(feature, 1)])
    assert _ids(path) == ["event-1"]
    assert report.backup == ""


def test_an_event_already_in_the_file_is_not_added_twice(
    write_events: Callable[..., Path], feature: dict[str, Any]
) -> None:
    path = write_events([_event(feature, 1)])
    # Same place, type, date and excerpt under another id (and spacing): a duplicate.
    again = _event(feature, 99, excerpt="Sentence  number 1 of the article.")
    report = append_events(path, [again, _event(feature, 2)])
    assert report.duplicates == ("event-99",)
    assert _ids(path) == ["event-1", "event-2"]
    # Nothing new: the file is not rewritten at all.
    mtime = path.stat().st_mtime_ns
    assert append_events(path, [_event(feature, 2)]).added == ()
    assert path.stat().st_mtime_ns == mtime


def test_a_taken_id_gets_a_suffix(
    write_events: Callable[..., Path], feature: dict[str, Any]
) -> None:
    path = write_events([_event(feature, 1)])
    other = _event(feature, 1, excerpt="Another sentence entirely.")
    assert append_events(path, [other]).added == ("event-1-2",)
    assert _ids(path) == ["event-1", "event-1-2"]


def test_invalid_new_events_are_reported_and_the_rest_saved(
    write_events: Callable[..., Path], feature: dict[str, Any]
) -> None:
    path = write_events([_event(feature, 1)])
    bad = _event(feature, 2)
    bad["properties"]["type"] = "bombing"
    report = append_events(path, [bad, _event(feature, 3)])
    assert report.added == ("event-3",)
    [problem] = report.problems
    assert problem.field == "type"
    assert "event-2" in problem.feature
    assert "bombing" in problem.message


def test_invalid_features_already_in_the_file_are_kept(
    write_events: Callable[..., Path], feature: dict[str, Any]
) -> None:
    broken = _event(feature, 1)
    broken["properties"]["date"] = "19/12/2024"
    path = write_events([broken])
    append_events(path, [_event(feature, 2)])
    saved = json.loads(path.read_text())["features"]
    assert saved[0]["properties"]["date"] == "19/12/2024"  # the user's data, untouched


def test_a_file_that_is_not_geojson_is_left_alone(tmp_path: Path, feature: dict[str, Any]) -> None:
    path = tmp_path / "events.geojson"
    path.write_text('{"type": "FeatureCollection", "features": [')
    with pytest.raises(EventsFileError, match="invalid JSON"):
        append_events(path, [_event(feature, 1)])
    assert path.read_text() == '{"type": "FeatureCollection", "features": ['
    assert not backup_path(path).exists()


def test_a_failed_save_leaves_the_old_file_and_says_why(
    write_events: Callable[..., Path], feature: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_events([_event(feature, 1)])
    before = path.read_bytes()
    real_replace = os.replace

    def full_disk(src: str, dst: str) -> None:
        if Path(dst) == path:
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr("os.replace", full_disk)
    with pytest.raises(EventsFileError, match="No space left on device; the file is unchanged"):
        append_events(path, [_event(feature, 2)])
    assert path.read_bytes() == before


def test_a_save_that_cannot_get_the_lock_gives_up_cleanly(
    write_events: Callable[..., Path], feature: dict[str, Any]
) -> None:
    import filelock

    path = write_events([_event(feature, 1)])
    before = path.read_bytes()
    held = filelock.FileLock(lock_path(path))  # another save in progress
    message = r"could not get the lock within 0\.2 s \(other saves were in progress\)"
    with held, pytest.raises(EventsFileError, match=message):
        append_events(path, [_event(feature, 2)], timeout=0.2)
    assert path.read_bytes() == before


# One saving process: waits for the agreed moment, then appends its batch of events.
_WORKER = """
import json, sys, time
from mapapp.store.geojson import append_events
path, start, batch = sys.argv[1], float(sys.argv[2]), json.loads(sys.argv[3])
time.sleep(max(0.0, start - time.time()))
print(json.dumps(append_events(path, batch).added))
"""


def test_concurrent_saves_from_many_processes_all_land(
    write_events: Callable[..., Path], feature: dict[str, Any]
) -> None:
    path = write_events([_event(feature, 0)])
    workers = 8
    start = time.time() + 3  # every process saves at the same moment
    procs = []
    for w in range(workers):
        batch = json.dumps([_event(feature, w * 100 + i) for i in range(1, 6)])
        command = [sys.executable, "-c", _WORKER, str(path), str(start), batch]
        procs.append(subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=ROOT))
    added = [json.loads(p.communicate(timeout=60)[0]) for p in procs]
    assert all(p.returncode == 0 for p in procs)
    assert sum(len(a) for a in added) == workers * 5
    saved = _ids(path)
    assert len(saved) == 1 + workers * 5  # no save lost, none duplicated
    expected = {f"event-{w * 100 + i}" for w in range(workers) for i in range(1, 6)}
    assert set(saved) == {"event-0", *expected}
    json.loads(path.read_text())  # and the file is whole


# --- Faults an outside probe found. ---


@pytest.mark.parametrize("odd_id", [["a", "list"], {"an": "object"}, 3, None])
def test_a_file_holding_an_id_of_any_kind_can_be_saved_to(
    write_events: Callable[..., Path], feature: dict[str, Any], odd_id: Any
) -> None:
    odd = _event(feature, 1)
    odd["properties"]["id"] = odd_id
    path = write_events([odd])
    report = append_events(path, [_event(feature, 2)])
    assert report.added == ("event-2",)
    saved = json.loads(path.read_text())["features"]
    assert saved == [odd, _event(feature, 2)]  # the odd feature kept as it was


def test_a_save_through_a_symlink_writes_the_real_file_and_keeps_the_link(
    tmp_path: Path, feature: dict[str, Any]
) -> None:
    real_dir = tmp_path / "data"
    real_dir.mkdir()
    real = real_dir / "events.geojson"
    append_events(real, [_event(feature, 1)])
    link = tmp_path / "link.geojson"
    link.symlink_to(real)
    report = append_events(link, [_event(feature, 2)])
    assert report.added == ("event-2",)
    assert link.is_symlink()
    assert _ids(real) == ["event-1", "event-2"]
    assert backup_path(real).exists()  # beside the real file, not the link
    assert not backup_path(link).exists()


def test_a_write_through_a_symlink_keeps_the_link(tmp_path: Path) -> None:
    real = tmp_path / "map.html"
    real.write_text("old")
    link = tmp_path / "link.html"
    link.symlink_to(real)
    write_atomic(link, b"new")
    assert link.is_symlink()
    assert real.read_text() == "new"


def test_saves_through_a_link_and_through_the_real_path_share_one_lock(
    tmp_path: Path, feature: dict[str, Any]
) -> None:
    import filelock

    real = tmp_path / "events.geojson"
    append_events(real, [_event(feature, 1)])
    link = tmp_path / "link.geojson"
    link.symlink_to(real)
    with filelock.FileLock(lock_path(real)), pytest.raises(EventsFileError, match="lock"):
        append_events(link, [_event(feature, 2)], timeout=0.2)
    assert _ids(real) == ["event-1"]


def test_a_save_through_a_dangling_link_creates_the_real_file(
    tmp_path: Path, feature: dict[str, Any]
) -> None:
    real = tmp_path / "later.geojson"
    link = tmp_path / "link.geojson"
    link.symlink_to(real)
    append_events(link, [_event(feature, 1)])
    assert link.is_symlink()
    assert _ids(real) == ["event-1"]


def _age(path: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


def test_a_save_removes_temporaries_a_killed_save_left(
    write_events: Callable[..., Path], feature: dict[str, Any]
) -> None:
    path = write_events([_event(feature, 1)])
    folder = path.parent
    stale = [folder / ".events.geojson.ab_c1234.tmp", folder / ".events.geojson.bak.zz99yy88.tmp"]
    fresh = folder / ".events.geojson.qwer5678.tmp"  # a save in progress, maybe
    others = [
        folder / ".events.geojson.toolongname.tmp",
        folder / ".other.geojson.abcd1234.tmp",
        folder / "events.geojson.abcd1234.tmp",
        folder / ".events.geojson.abcd1234.tmp.keep",
    ]
    for temporary in [*stale, fresh, *others]:
        temporary.write_text("half a save")
        if temporary != fresh:
            _age(temporary, 3600)
    append_events(path, [_event(feature, 2)])
    assert not any(p.exists() for p in stale)
    assert fresh.exists()
    assert all(p.exists() for p in others)


def test_a_save_that_adds_nothing_still_removes_stale_temporaries(
    write_events: Callable[..., Path], feature: dict[str, Any]
) -> None:
    path = write_events([_event(feature, 1)])
    stale = path.parent / ".events.geojson.abcd1234.tmp"
    stale.write_text("half a save")
    _age(stale, 3600)
    assert append_events(path, [_event(feature, 1)]).added == ()
    assert not stale.exists()


_BIG = 123456789012345678901234567890


def test_integers_beyond_64_bits_in_the_file_are_written_back_exactly(
    tmp_path: Path, feature: dict[str, Any]
) -> None:
    path = tmp_path / "events.geojson"
    old = _event(feature, 1)
    old["properties"]["count"] = _BIG
    old["properties"]["negative"] = -_BIG
    old["properties"]["edge"] = [2**63, 2**64, -(2**63) - 1, 1.5e300]
    # Written by the standard library, which keeps big integers as they are.
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [old]}))
    append_events(path, [_event(feature, 2)])
    saved = json.loads(path.read_text())["features"]
    assert saved == [old, _event(feature, 2)]
    assert saved[0]["properties"]["count"] == _BIG
    assert str(_BIG) in path.read_text()


def test_a_long_number_inside_a_text_is_not_mistaken_for_one(
    write_events: Callable[..., Path], feature: dict[str, Any]
) -> None:
    old = _event(feature, 1)
    old["properties"]["note"] = f"case {_BIG}"
    old["properties"]["ratio"] = 0.1
    path = write_events([old])
    append_events(path, [_event(feature, 2)])
    assert json.loads(path.read_text())["features"] == [old, _event(feature, 2)]


def _nested(depth: int) -> str:
    return "[" * depth + "1" + "]" * depth


@pytest.mark.parametrize("depth", [300, 1000])
def test_a_deeply_nested_value_in_the_file_is_written_back(
    tmp_path: Path, feature: dict[str, Any], depth: int
) -> None:
    # orjson reads 1,024 levels but writes only 255: the save must not stop at that.
    path = tmp_path / "events.geojson"
    old = _event(feature, 1)
    old["properties"]["deep"] = 0
    text = json.dumps({"type": "FeatureCollection", "features": [old]})
    path.write_text(text.replace('"deep": 0', f'"deep": {_nested(depth)}'))
    assert append_events(path, [_event(feature, 2)]).added == ("event-2",)
    saved = path.read_text()
    assert _nested(depth) in "".join(saved.split())
    # Read back with orjson: the standard json module cannot read 1,000 levels.
    assert [f["properties"]["id"] for f in orjson.loads(saved)["features"]] == [
        "event-1",
        "event-2",
    ]


def test_a_fifo_is_not_saved_to(tmp_path: Path, feature: dict[str, Any]) -> None:
    path = tmp_path / "events.geojson"
    os.mkfifo(path)
    with pytest.raises(EventsFileError, match="not a regular file"):
        append_events(path, [_event(feature, 1)], timeout=1)
