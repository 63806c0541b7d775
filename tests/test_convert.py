"""``mapapp convert SRC DST``: exit codes and messages, skipped rows counted, round trips
that keep what they must, and a destination added to without duplicates or losses."""

from __future__ import annotations

import csv
import datetime as dt
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from mapapp import cli
from mapapp.core.model import parse_feature
from mapapp.store.acled import read_acled
from mapapp.store.convert import ConvertReport, convert
from mapapp.store.load import load_events
from tests.paths import BROKEN_EVENTS, EVENTS
from tests.test_acled import SAMPLE, SAMPLE_SKIPPED, SAMPLE_TYPES, csv_rows, write_csv

# The columns an ACLED -> GeoJSON -> ACLED round trip keeps (event_date, as a date).
KEPT = (
    "event_id_cnty", "time_precision", "event_type", "sub_event_type", "location",
    "geo_precision", "source", "notes", "country", "admin1",
)  # fmt: skip


def run(capsys: pytest.CaptureFixture[str], src: Path | str, dst: Path | str) -> tuple[int, str]:
    """``mapapp convert SRC DST``: its exit code and what it printed on stderr."""
    code = cli.main(["convert", str(src), str(dst)])
    captured = capsys.readouterr()
    assert captured.out == ""
    return code, captured.err


def features_of(path: Path) -> list[dict[str, Any]]:
    features: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))["features"]
    return features


def clean_sample(tmp_path: Path) -> Path:
    """The sample without its two bad rows."""
    rows = [r for r in csv_rows(SAMPLE) if r["event_id_cnty"] not in ("UKRTEST06", "UKRTEST07")]
    return write_csv(tmp_path / "clean.csv", rows)


def test_acled_to_geojson_reports_bad_rows_by_id_and_column_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "events.geojson"
    code, err = run(capsys, SAMPLE, out)
    assert code == 1
    assert err.splitlines() == [
        f"{SAMPLE}: line 8 (event_id_cnty 'UKRTEST06'), field 'latitude': expected a number"
        " from -90 to 90, got '47,8986'",
        f"{SAMPLE}: line 9 (event_id_cnty 'UKRTEST07'), field 'event_date': expected a date"
        " like 2024-12-19 or 19 December 2024, got '19/12/2024'",
        f"{SAMPLE}: read 14 rows",
        f"{SAMPLE}: skipped 5 rows of kinds mapapp does not map (event type / sub-event type):",
        "    Protests / Peaceful protest: 1",
        "    Riots / Mob violence: 1",
        "    Strategic developments / Agreement: 1",
        "    Strategic developments / Disrupted weapons use: 1",
        "    Violence against civilians / Attack: 1",
        f"{SAMPLE}: 2 rows not copied: invalid (listed above)",
        f"{out}: added 7 events, 0 already there",
    ]
    features = features_of(out)
    assert {f["properties"]["id"]: f["properties"]["type"] for f in features} == SAMPLE_TYPES
    result = load_events(out)
    assert (len(result.events), len(result.unlocated), result.problems) == (4, 3, ())


def test_a_clean_acled_file_converts_with_exit_0(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = run(capsys, clean_sample(tmp_path), tmp_path / "events.geojson")
    assert code == 0
    assert "added 7 events, 0 already there" in err
    assert "invalid" not in err


def test_the_python_api_reports_the_same(tmp_path: Path) -> None:
    report = convert(SAMPLE, tmp_path / "events.geojson")
    assert isinstance(report, ConvertReport)
    assert (report.item, report.read, len(report.added), report.duplicates) == ("row", 14, 7, ())
    assert report.skipped == SAMPLE_SKIPPED
    assert [p.field for p in report.problems] == ["latitude", "event_date"]
    # Every row is accounted for: added, already there, skipped or invalid.
    assert report.read == (
        len(report.added) + len(report.duplicates) + sum(report.skipped.values()) + report.invalid
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "missing.csv: file not found"),
        (b"name,value\na,1\n", "the header lacks the column(s) event_id_cnty, event_date,"),
        (b"\x00\x01PAR1", "missing.csv: cannot read the file as an ACLED CSV: it is not text"),
        (b"", "missing.csv: not an ACLED CSV: the file is empty"),
    ],
)
def test_an_unusable_acled_file_exits_2_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None, message: str
) -> None:
    src, dst = tmp_path / "missing.csv", tmp_path / "events.geojson"
    if content is not None:
        src.write_bytes(content)
    code, err = run(capsys, src, dst)
    assert code == 2
    assert err.startswith("mapapp: error: ")
    assert message in err
    assert not dst.exists()


def test_the_missing_columns_are_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [
        {k: v for k, v in r.items() if k not in ("notes", "latitude")} for r in csv_rows(SAMPLE)
    ]
    columns = [c for c in rows[0]]
    src = write_csv(tmp_path / "export.csv", rows, columns)
    code, err = run(capsys, src, tmp_path / "events.geojson")
    assert code == 2
    assert "not an ACLED CSV: the header lacks the column(s) latitude, notes" in err


def test_an_acled_export_under_another_name_is_recognised_by_its_header(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "acled-export.txt"
    shutil.copy(SAMPLE, src)
    code, err = run(capsys, src, tmp_path / "events.geojson")
    assert code == 1
    assert "added 7 events" in err


def test_round_trip_acled_geojson_acled_keeps_the_acled_values(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    geojson, back = tmp_path / "events.geojson", tmp_path / "back.csv"
    assert run(capsys, clean_sample(tmp_path), geojson)[0] == 0
    code, err = run(capsys, geojson, back)
    assert code == 0
    assert (
        f"{back}: 3 events written without coordinates (empty latitude and longitude):"
        " UKRTEST09, UKRTEST10, UKRTEST11"
    ) in err
    original = {r["event_id_cnty"]: r for r in csv_rows(SAMPLE)}
    rows = csv_rows(back)
    assert sorted(r["event_id_cnty"] for r in rows) == sorted(SAMPLE_TYPES)
    for row in rows:
        before = original[row["event_id_cnty"]]
        assert {c: row[c] for c in KEPT} == {c: before[c] for c in KEPT}
        assert row["event_date"] == _date(before["event_date"]).isoformat()
        for column in ("latitude", "longitude"):
            assert (float(row[column]) if row[column] else None) == (
                float(before[column]) if before[column] else None
            )
        assert row["tags"] == ""  # the ACLED coding maps back to the type by itself
    # And read again, the same events.
    assert read_acled(back).features == read_acled(clean_sample(tmp_path)).features


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return dt.datetime.strptime(text, "%d %B %Y").date()


def test_round_trip_geojson_geoparquet_geojson_keeps_every_event(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("mapapp.store.geoparquet", reason="the GeoParquet backend is not there")
    parquet, back = tmp_path / "events.parquet", tmp_path / "back.geojson"
    assert run(capsys, EVENTS, parquet)[0] == 0
    code, err = run(capsys, parquet, back)
    assert code == 0
    assert f"{back}: added 15 events, 0 already there" in err

    def events(features: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
        return {f["properties"]["id"]: parse_feature(f).to_feature() for f in features}

    assert events(features_of(back)) == events(features_of(EVENTS))


def test_geojson_to_acled_says_which_events_have_no_coordinates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "events.csv"
    code, err = run(capsys, EVENTS, out)
    assert code == 0
    assert err.splitlines() == [
        f"{EVENTS}: read 15 features",
        f"{out}: added 15 events, 0 already there",
        f"{out}: 3 events written without coordinates (empty latitude and longitude):"
        " russian-military-airfield-atacms, ukraine-energy-infrastructure-attack,"
        " east-ukraine-occupation",
    ]
    # Written from mapapp events and read back: the same types, even without ACLED coding.
    back = {f["properties"]["id"]: f["properties"]["type"] for f in read_acled(out).features}
    assert back == {f["properties"]["id"]: f["properties"]["type"] for f in features_of(EVENTS)}


def test_invalid_source_features_are_named_by_feature_and_field_and_not_copied(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "events.csv"
    code, err = run(capsys, BROKEN_EVENTS, out)
    assert code == 1
    assert (
        f"{BROKEN_EVENTS}: feature #2 (id 'bad-type'), field 'type': expected one of strike,"
        " deployment, territorial_claim, got 'bombing'"
    ) in err.splitlines()
    assert f"{BROKEN_EVENTS}: feature #4 (id 'bad-lat'), field 'geometry.coordinates'" in err
    assert f"{BROKEN_EVENTS}: 6 features not copied: invalid (listed above)" in err
    assert [r["event_id_cnty"] for r in csv_rows(out)] == [
        "novoshakhtinsk-refinery-strike",
        "stari-terny-capture-claim",
    ]


def test_a_destination_holding_events_gets_only_the_new_ones_and_loses_none(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    already = read_acled(SAMPLE).features[0]  # UKRTEST01, as a save of it would hold it
    unreadable = {"type": "Feature", "properties": {"id": "someone-elses"}, "geometry": None}
    dst = tmp_path / "events.geojson"
    dst.write_text(
        json.dumps({"type": "FeatureCollection", "features": [unreadable, already]}),
        encoding="utf-8",
    )
    code, err = run(capsys, SAMPLE, dst)
    assert code == 1  # the sample's two bad rows
    assert f"{dst}: added 6 events, 1 already there; previous version kept as {dst}.bak" in err
    features = features_of(dst)
    assert features[:2] == [unreadable, already]
    assert sorted(f["properties"]["id"] for f in features[2:]) == sorted(
        set(SAMPLE_TYPES) - {"UKRTEST01"}
    )


def test_an_acled_destination_keeps_all_its_rows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dst = tmp_path / "export.csv"
    shutil.copy(SAMPLE, dst)
    code, err = run(capsys, EVENTS, dst)
    assert code == 0
    assert f"{dst}: added 14 events, 1 already there" in err  # UKRTEST01 is the refinery strike
    rows = csv_rows(dst)
    assert rows[:14] == csv_rows(SAMPLE)  # skipped and bad rows too


@pytest.mark.parametrize("name", ["events.geojson", "events.csv"])
def test_converting_twice_adds_nothing_the_second_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    dst = tmp_path / name
    assert run(capsys, SAMPLE, dst)[0] == 1
    first = dst.read_bytes()
    code, err = run(capsys, SAMPLE, dst)
    assert code == 1  # the same two bad rows, reported again
    assert f"{dst}: added 0 events, 7 already there" in err
    assert dst.read_bytes() == first


@pytest.mark.parametrize("name", ["events.geojson", "events.csv"])
def test_converting_a_file_onto_itself_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    path = tmp_path / name
    shutil.copy(EVENTS if name.endswith(".geojson") else SAMPLE, path)
    before = path.read_bytes()
    link = tmp_path / f"link-{name}"
    link.symlink_to(path)
    for other in (path, link):
        code, err = run(capsys, path, other)
        assert code == 2
        assert err == (
            f"mapapp: error: {path}: the source and the destination {other} are the same file;"
            " converting it onto itself would add nothing: give another destination\n"
        )
    assert path.read_bytes() == before


def test_a_csv_destination_that_is_not_acled_exits_2_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dst = tmp_path / "budget.csv"
    dst.write_text("item,cost\nfuel,10\n", encoding="utf-8")
    code, err = run(capsys, EVENTS, dst)
    assert code == 2
    assert "budget.csv: not an ACLED CSV: the header lacks the column(s) event_id_cnty" in err
    assert dst.read_text(encoding="utf-8") == "item,cost\nfuel,10\n"


def test_a_quoted_note_survives_every_step(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    geojson, back = tmp_path / "events.geojson", tmp_path / "back.csv"
    run(capsys, SAMPLE, geojson)
    run(capsys, geojson, back)
    with open(back, newline="", encoding="utf-8") as handle:
        notes = {r["event_id_cnty"]: r["notes"] for r in csv.DictReader(handle)}
    original = {r["event_id_cnty"]: r["notes"] for r in csv_rows(SAMPLE)}
    for event_id in ("UKRTEST02", "UKRTEST04"):
        assert notes[event_id] == original[event_id]
    assert "\n" in notes["UKRTEST02"]
    assert '"There was a report' in notes["UKRTEST04"]


def test_acled_to_postgis_to_geojson_keeps_every_event(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], postgis_events_url: str
) -> None:
    code, err = run(capsys, clean_sample(tmp_path), postgis_events_url)
    assert code == 0
    assert f"{postgis_events_url}: added 7 events, 0 already there" in err
    # Converting twice adds nothing; and from the database on to a GeoJSON file.
    assert "added 0 events, 7 already there" in run(capsys, SAMPLE, postgis_events_url)[1]
    out = tmp_path / "events.geojson"
    code, err = run(capsys, postgis_events_url, out)
    assert code == 0
    assert "read 7 rows" in err
    assert f"{out}: added 7 events, 0 already there" in err

    def events(features: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
        return {f["properties"]["id"]: parse_feature(f).to_feature() for f in features}

    assert events(features_of(out)) == events(read_acled(SAMPLE).features)


def test_converting_a_database_onto_itself_is_refused_without_showing_its_password(
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = "postgresql://mapapp:s3cret@db.invalid:5432/events?table=events"
    code, err = run(capsys, url, url)
    assert code == 2
    assert "the source and the destination" in err
    assert "are the same database" in err
    assert "s3cret" not in err
    assert "postgresql://mapapp:***@db.invalid:5432/events?table=events" in err
