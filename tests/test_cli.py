from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from mapapp import cli
from mapapp.core.model import parse_feature
from tests.maphtml import drawn
from tests.paths import ARTICLE, BROKEN_EVENTS, EVENTS, SMALL_EVENTS


def test_validate_accepts_the_shipped_events(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["validate", str(EVENTS)]) == 0
    captured = capsys.readouterr()
    assert "12 events on the map, 3 not located, 0 invalid features" in captured.out
    assert "not on the map: 'russian-military-airfield-atacms'" in captured.err


def test_validate_reports_every_bad_feature_and_exits_1(
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = BROKEN_EVENTS.read_bytes()
    assert cli.main(["validate", str(BROKEN_EVENTS)]) == 1
    captured = capsys.readouterr()
    assert "2 events on the map, 0 not located, 6 invalid features" in captured.out
    lines = captured.err.strip().splitlines()
    assert len(lines) == 6
    assert lines[0] == (
        f"{BROKEN_EVENTS}: feature #2 (id 'bad-type'), field 'type': expected one of strike,"
        " deployment, territorial_claim, got 'bombing'"
    )
    assert BROKEN_EVENTS.read_bytes() == before


def test_validate_without_geocoding_lists_features_without_geometry(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert cli.main(["validate", "--no-geocode", str(SMALL_EVENTS)]) == 0
    assert "4 events on the map, 2 not located" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "file not found"), ("{", "invalid JSON"), ('{"type": "Point"}', "FeatureCollection")],
)
def test_validate_unusable_file_exits_2_with_the_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str | None, message: str
) -> None:
    path = tmp_path / "x.geojson"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    assert cli.main(["validate", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"mapapp: error: {path}: ")
    assert message in err


def test_console_script_is_installed() -> None:
    out = subprocess.run(
        [Path(sys.executable).with_name("mapapp"), "--help"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for command in ("run", "export", "geocode", "validate"):
        assert command in out


def test_run_rejects_an_unknown_tile_provider(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        cli.main(["run", "--tiles", "NoSuchTiles"])
    assert info.value.code == 2
    assert "Unknown tile provider 'NoSuchTiles'" in capsys.readouterr().err


def test_run_refuses_a_missing_events_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.geojson"
    assert cli.main(["run", "--events", str(missing), "--tiles", "none"]) == 2
    assert f"{missing}: file not found" in capsys.readouterr().err


def test_export_writes_a_standalone_page_of_the_selected_events(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "map.html"
    args = ["export", "--events", str(EVENTS), "--out", str(out), "--tiles", "none"]
    assert cli.main([*args, "--types", "strike", "territorial_claim", "--from", "2024-12-01"]) == 0
    assert "7 of 12 events" in capsys.readouterr().out
    html = out.read_text(encoding="utf-8")
    assert sum(drawn(html).values()) == 7
    assert "<script src=" not in html  # everything inline: it opens without a server
    assert "Russia’s Defense Ministry claimed the capture" in html  # the popups' words


def test_export_reports_an_unwritable_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "missing" / "map.html"
    assert cli.main(["export", "--events", str(EVENTS), "--out", str(out)]) == 2
    assert f"cannot write {out}" in capsys.readouterr().err


def test_export_rejects_a_bad_date(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["export", "--out", "x.html", "--from", "19/12/2024"])
    assert "expected a date YYYY-MM-DD, got '19/12/2024'" in capsys.readouterr().err


def test_extract_prints_candidate_events_as_geojson(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert cli.main(["extract", str(ARTICLE), "--published", "2024-12-19"]) == 0
    captured = capsys.readouterr()
    collection = json.loads(captured.out)
    assert collection["type"] == "FeatureCollection"
    places = {f["properties"]["place"] for f in collection["features"]}
    assert {"Novoshakhtinsk", "Stari Terny", "Trudove", "Kurakhove", "Crimea"} <= places
    for feature in collection["features"]:
        parse_feature(feature)
        assert feature["properties"]["source"]["published"] == "2024-12-19"
        assert feature["properties"]["source"]["file"] == str(ARTICLE)
    assert "8 candidate events from 1 file(s), 8 located" in captured.err
    assert "Extracting" not in captured.err  # one file: no progress bar


def test_extract_append_adds_to_an_events_file_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    events = tmp_path / "events.geojson"
    events.write_bytes(SMALL_EVENTS.read_bytes())
    before = len(json.loads(events.read_text())["features"])
    args = ["extract", str(ARTICLE), "--published", "2024-12-19", "--append", str(events)]
    assert cli.main(args) == 0
    # Three of the article's events are in the small file already (same place, type, date
    # and sentence): they are not added again.
    assert "added 5 event(s), 3 already saved" in capsys.readouterr().err
    assert len(json.loads(events.read_text())["features"]) == before + 5
    assert (tmp_path / "events.geojson.bak").read_bytes() == SMALL_EVENTS.read_bytes()
    assert cli.main(args) == 0  # the same article again adds nothing
    assert "added 0 event(s), 8 already saved" in capsys.readouterr().err
    assert len(json.loads(events.read_text())["features"]) == before + 5


def test_extract_reports_bad_files_keeps_going_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Missiles struck Kharkiv café".encode("latin-1"))
    good = tmp_path / "good.txt"
    good.write_text("Russian missiles struck Kharkiv on Monday.", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    files = [str(p) for p in (empty, binary, latin, good, missing)]
    assert cli.main(["extract", *files, "--published", "2022-10-12"]) == 1
    captured = capsys.readouterr()
    assert f"{empty}: the file is empty" in captured.err
    assert f"{binary}: a binary file, expected UTF-8 text" in captured.err
    assert f"{latin}: not UTF-8 text (byte 0xe9 at offset 27)" in captured.err
    assert f"{missing}: file not found" in captured.err
    assert "Extracting" in captured.err  # several files: a progress bar
    [feature] = json.loads(captured.out)["features"]  # the good file still counts
    assert feature["properties"]["place"] == "Kharkiv"
    assert feature["properties"]["date"] == "2022-10-10"  # "on Monday"


def test_extract_rejects_a_bad_date(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Missiles struck Kharkiv.")
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["extract", str(article), "--published", "19/12/2024"])
    assert exit_info.value.code == 2
    assert "expected a date YYYY-MM-DD, got '19/12/2024'" in capsys.readouterr().err


def test_extract_rejects_a_publication_date_in_the_future(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Missiles struck Kharkiv.")
    with pytest.raises(SystemExit):
        cli.main(["extract", str(article), "--published", "2999-01-01"])
    assert "a publication date cannot be in the future: 2999-01-01" in capsys.readouterr().err
