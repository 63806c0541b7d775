"""Every ``mapapp`` command against every failure a user can cause: one line naming the file
(and the record and field), the documented exit code, never a traceback.

Exit codes (``mapapp.cli``): 0 done; 1 done, some records bad; 2 unusable input; 3 a bug.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from mapapp import cli
from mapapp.map import view as mapview
from tests.paths import ARTICLE, BROKEN_EVENTS, EVENTS

MAPAPP = str(Path(sys.executable).with_name("mapapp"))


def _commands(path: str, tmp: Path) -> dict[str, list[str]]:
    """Each command that reads an events file, pointed at ``path``."""
    return {
        "validate": ["validate", path],
        "export": ["export", "--events", path, "--out", str(tmp / "map.html"), "--tiles", "none"],
        "run": ["run", "--events", path, "--tiles", "none", "--port", "1"],
        "extract --append": [
            "extract",
            str(ARTICLE),
            "--published",
            "2024-12-19",
            "--append",
            path,
        ],
    }


def _unusable_files(tmp: Path) -> dict[str, tuple[Path, str]]:
    """Events files no command can use, and what the message must say."""
    not_json = tmp / "not-json.geojson"
    not_json.write_text("{", encoding="utf-8")
    not_collection = tmp / "point.geojson"
    not_collection.write_text('{"type": "Point"}', encoding="utf-8")
    latin = tmp / "latin.geojson"
    latin.write_bytes('{"type": "FeatureCollection", "features": ["café"]}'.encode("latin-1"))
    folder = tmp / "folder.geojson"
    folder.mkdir()
    fifo = tmp / "fifo.geojson"
    os.mkfifo(fifo)
    return {
        "missing": (tmp / "missing.geojson", "not found"),
        "not JSON": (not_json, "invalid JSON"),
        "not a FeatureCollection": (not_collection, "FeatureCollection"),
        "not UTF-8": (latin, "UTF-8"),
        "a folder": (folder, ""),
        "a FIFO": (fifo, ""),
    }


@pytest.mark.parametrize("command", ["validate", "export", "run", "extract --append"])
@pytest.mark.parametrize(
    "failure",
    ["missing", "not JSON", "not a FeatureCollection", "not UTF-8", "a folder", "a FIFO"],
)
def test_an_unusable_events_file_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, failure: str
) -> None:
    path, says = _unusable_files(tmp_path)[failure]
    code = cli.main(_commands(str(path), tmp_path)[command])
    err = capsys.readouterr().err
    if (command, failure) == ("extract --append", "missing"):
        assert code == 0
        assert path.is_file()
        return
    assert code == 2, err
    lines = err.strip().splitlines()
    assert lines[-1].startswith("mapapp: error: "), err
    assert path.name in lines[-1]
    assert says in lines[-1]
    assert "Traceback" not in err
    assert not (tmp_path / "map.html").exists()


@pytest.mark.parametrize("command", ["validate", "export"])
def test_bad_features_are_named_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    code = cli.main(_commands(str(BROKEN_EVENTS), tmp_path)[command])
    err = capsys.readouterr().err
    assert code == 1
    assert "feature #2 (id 'bad-type'), field 'type': expected one of strike" in err


def test_extract_append_reports_bad_new_and_bad_existing_records(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    events = tmp_path / "events.geojson"
    events.write_bytes(BROKEN_EVENTS.read_bytes())
    code = cli.main(_commands(str(events), tmp_path)["extract --append"])
    err = capsys.readouterr().err
    assert code == 0  # the article's events are added; the file's bad features are kept
    assert "added 7 event(s), 1 already saved" in err
    assert events.read_bytes().count(b'"bad-type"') == 1


@pytest.mark.parametrize("command", ["export", "run"])
def test_missing_map_assets_say_how_to_fetch_them(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    command: str,
) -> None:
    monkeypatch.setattr(mapview, "ASSETS_MARKER", tmp_path / "no-such-marker")
    code = cli.main(_commands(str(EVENTS), tmp_path)[command])
    err = capsys.readouterr().err
    assert code == 2
    assert "browser assets are missing" in err
    assert "make assets" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "argv",
    [
        ["geocode", "Kursk"],
        ["validate", str(EVENTS)],
        ["extract", str(ARTICLE), "--published", "2024-12-19"],
    ],
    ids=["geocode", "validate", "extract"],
)
def test_a_missing_gazetteer_index_is_one_line_and_exit_2(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
) -> None:
    monkeypatch.setenv("MAPAPP_GAZETTEER", str(tmp_path / "nowhere.sqlite"))
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"mapapp: error: Gazetteer index not found at '{tmp_path}")
    assert "make gazetteer" in err


def test_an_unreadable_gazetteer_index_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    index = tmp_path / "index.sqlite"
    index.write_bytes(b"not a database at all" * 100)
    monkeypatch.setenv("MAPAPP_GAZETTEER", str(index))
    assert cli.main(["geocode", "Kursk"]) == 2
    assert "is not a mapapp gazetteer index" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["export", "--out", "x.html", "--from", "19/12/2024"], "expected a date YYYY-MM-DD"),
        (["export", "--out", "x.html", "--types", "bombing"], "invalid choice: 'bombing'"),
        (["extract", "a.txt", "--published", "2024-13-01"], "expected a date YYYY-MM-DD"),
        (["run", "--port", "eighty"], "invalid int value"),
        (["run", "--tiles", "NoSuchTiles"], "Unknown tile provider"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_bad_options_exit_2_with_the_reason(
    capsys: pytest.CaptureFixture[str], argv: list[str], says: str
) -> None:
    with pytest.raises(SystemExit) as info:
        cli.main(argv)
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert says in err
    assert "Traceback" not in err


def test_an_export_that_selects_nothing_says_so_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "map.html"
    argv = ["export", "--events", str(EVENTS), "--out", str(out), "--from", "2030-01-01"]
    assert cli.main(argv) == 1
    err = capsys.readouterr().err
    assert "no event of" in err
    assert "from 2030-01-01" in err
    assert "nothing written" in err
    assert not out.exists()


def test_export_names_what_it_shows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "map.html"
    argv = ["export", "--events", str(EVENTS), "--out", str(out), "--tiles", "none"]
    assert cli.main([*argv, "--types", "strike", "--title", "Strikes <b>{{x}}</b>"]) == 0
    html = out.read_text(encoding="utf-8")
    assert "<title>Strikes &lt;b&gt;&#123;&#123;x&#125;&#125;&lt;/b&gt;</title>" in html
    assert "event(s) from events.geojson: types Strike." in html
    assert "Dates: 19 Dec 2024 to 19 Dec 2024." in html
    assert "Sources (1): " in html


def test_an_internal_error_is_one_line_and_exit_3(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(cli, "load_events", broken)
    monkeypatch.delenv(cli.DEBUG_ENV, raising=False)
    assert cli.main(["validate", str(EVENTS)]) == 3
    err = capsys.readouterr().err
    assert "mapapp: internal error: ZeroDivisionError: a bug" in err
    assert "MAPAPP_DEBUG=1" in err
    assert "Traceback" not in err


def _piped(argv: list[str], reader: Callable[[subprocess.Popen[bytes]], None]) -> tuple[int, str]:
    process = subprocess.Popen(
        [MAPAPP, *argv], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=Path(EVENTS).parent
    )
    reader(process)
    _, err = process.communicate(timeout=60)
    return process.returncode, err.decode()


def _close_after_a_line(process: subprocess.Popen[bytes]) -> None:
    assert process.stdout is not None
    process.stdout.readline()
    process.stdout.close()  # what `| head -1` does


@pytest.mark.parametrize(
    "argv",
    [
        ["geocode", "Trudove"],
        ["extract", str(ARTICLE), "--published", "2024-12-19"],
    ],
    ids=["geocode", "extract"],
)
def test_a_closed_pipe_ends_quietly(argv: list[str]) -> None:
    code, err = _piped(argv, _close_after_a_line)
    assert "Traceback" not in err, err
    assert "BrokenPipe" not in err, err
    assert code in (0, 1)
