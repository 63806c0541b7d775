from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from mapapp import cli
from tests.maphtml import drawn
from tests.paths import BROKEN_EVENTS, EVENTS, SMALL_EVENTS


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
