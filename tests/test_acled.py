"""ACLED CSV exports: every branch of the mapping, both date formats, quoted notes, bad rows
named by event_id_cnty and column, unusable files refused, and writing ACLED's columns
without losing a row of the file written to."""

from __future__ import annotations

import copy
import csv
import io
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from mapapp.core.errors import EventsFileError
from mapapp.core.model import parse_feature
from mapapp.core.schema import EVENT_TYPES
from mapapp.store.acled import (
    ACLED_COLUMNS,
    ACLED_EVENT_TYPES,
    MAPAPP_TO_ACLED,
    REQUIRED_COLUMNS,
    mapapp_type,
    read_acled,
    write_acled,
)
from mapapp.store.files import backup_path
from tests.paths import DATA, EVENTS

SAMPLE = DATA / "acled" / "acled_sample.csv"

# What the sample's rows become (tests/data/acled/README.md says why each row is there).
SAMPLE_TYPES = {
    "UKRTEST01": "strike",
    "UKRTEST02": "strike",
    "UKRTEST04": "deployment",
    "UKRTEST05": "territorial_claim",
    "UKRTEST09": "territorial_claim",
    "UKRTEST10": "deployment",
    "UKRTEST11": "territorial_claim",
}
SAMPLE_SKIPPED = {
    "Strategic developments / Disrupted weapons use": 1,
    "Strategic developments / Agreement": 1,
    "Violence against civilians / Attack": 1,
    "Protests / Peaceful protest": 1,
    "Riots / Mob violence": 1,
}


def csv_rows(path: Path) -> list[dict[str, str]]:
    """The rows of a CSV file as dicts (a byte-order mark aside)."""
    with open(path, newline="", encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle))


def write_csv(
    path: Path,
    rows: list[dict[str, str]],
    columns: tuple[str, ...] | list[str] = ACLED_COLUMNS,
    *,
    bom: bool = False,
    newline: str = "\n",
) -> Path:
    """Write ``rows`` as a CSV with ``columns`` (missing values empty)."""
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, columns, restval="", lineterminator=newline)
    writer.writeheader()
    writer.writerows(rows)
    path.write_bytes(("\ufeff" if bom else "").encode() + out.getvalue().encode("utf-8"))
    return path


def sample_row(**changes: str) -> dict[str, str]:
    """The sample's first row (the Novoshakhtinsk strike), with ``changes``."""
    return {**csv_rows(SAMPLE)[0], **changes}


def events_features() -> list[dict[str, Any]]:
    features: list[dict[str, Any]] = json.loads(EVENTS.read_text(encoding="utf-8"))["features"]
    return features


def by_id(features: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {f["properties"]["id"]: f for f in features}


# -- reading ---------------------------------------------------------------------------------


def test_the_sample_maps_every_branch_and_counts_what_it_skips() -> None:
    read = read_acled(SAMPLE)
    assert {f["properties"]["id"]: f["properties"]["type"] for f in read.features} == SAMPLE_TYPES
    assert read.skipped == SAMPLE_SKIPPED
    assert read.rows == 14
    assert [(p.feature, p.field) for p in read.problems] == [
        ("line 8 (event_id_cnty 'UKRTEST06')", "latitude"),
        ("line 9 (event_id_cnty 'UKRTEST07')", "event_date"),
    ]
    assert str(read.problems[0]) == (
        f"{SAMPLE}: line 8 (event_id_cnty 'UKRTEST06'), field 'latitude': expected a number"
        " from -90 to 90, got '47,8986'"
    )
    assert "got '19/12/2024'" in str(read.problems[1])
    for feature in read.features:
        parse_feature(feature)  # every event read is valid


def test_a_row_becomes_an_event_that_keeps_its_acled_coding() -> None:
    feature = by_id(read_acled(SAMPLE).features)["UKRTEST01"]
    assert feature["geometry"] == {"type": "Point", "coordinates": [39.93335, 47.76037]}
    assert feature["properties"] == {
        "id": "UKRTEST01",
        "type": "strike",
        "title": "Strike: Novoshakhtinsk",
        "place": "Novoshakhtinsk",
        "excerpt": "The Ukrainian military says it struck the Novoshakhtinsk oil refinery in"
        " Russia’s Rostov region, which was being used to supply the Russian army.",
        "date": "2024-12-19",
        "time_precision": 1,
        "geo_precision": 2,
        "claimed_by": "Ukrainian military",
        "source": "Ukrainian military",
        "acled_event_type": "Explosions/Remote violence",
        "acled_sub_event_type": "Shelling/artillery/missile attack",
        "country": "Russia",
        "admin1": "Rostov",
    }


def test_a_row_without_coordinates_becomes_an_event_without_geometry() -> None:
    feature = by_id(read_acled(SAMPLE).features)["UKRTEST10"]
    assert feature["geometry"] is None
    assert feature["properties"]["geo_precision"] is None


def test_both_date_formats_of_acled_exports_are_read() -> None:
    features = by_id(read_acled(SAMPLE).features)
    assert features["UKRTEST02"]["properties"]["date"] == "2024-12-19"  # "19 December 2024"
    assert features["UKRTEST04"]["properties"]["date"] == "2024-12-19"
    assert features["UKRTEST04"]["properties"]["time_precision"] == 2


@pytest.mark.parametrize(
    ("written", "date"),
    [
        ("2024-12-19", "2024-12-19"),
        ("19 December 2024", "2024-12-19"),
        ("9 December 2024", "2024-12-09"),
        ("19 december 2024", "2024-12-19"),
        ("19-Dec-2024", "2024-12-19"),
        (" 1 March 2022 ", "2022-03-01"),
    ],
)
def test_a_date_in_either_format_is_read(tmp_path: Path, written: str, date: str) -> None:
    path = write_csv(tmp_path / "a.csv", [sample_row(event_date=written)])
    (feature,) = read_acled(path).features
    assert feature["properties"]["date"] == date


def test_notes_keep_their_commas_quotes_and_line_breaks() -> None:
    features = by_id(read_acled(SAMPLE).features)
    rostov = features["UKRTEST02"]["properties"]["excerpt"]
    assert rostov.endswith(
        "which has repeatedly been targeted by Ukraine.\n"
        "At least one person was injured during the attack, Slyusar said."
    )
    kursk = features["UKRTEST04"]["properties"]["excerpt"]
    assert kursk.endswith(
        'in the Kursk region: "There was a report that there have been at least 100 deaths and'
        ' the injured are approaching 1,000."'
    )


def test_a_byte_order_mark_and_crlf_line_endings_are_read(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "excel.csv", csv_rows(SAMPLE), bom=True, newline="\r\n")
    assert path.read_bytes().startswith(b"\xef\xbb\xbfevent_id_cnty,")
    read = read_acled(path)
    assert read.features == read_acled(SAMPLE).features
    assert read.skipped == SAMPLE_SKIPPED


def test_a_header_in_other_case_and_order_with_more_columns_is_read(tmp_path: Path) -> None:
    columns = ["data_id", *reversed(REQUIRED_COLUMNS)]
    row = {c: sample_row()[c] for c in REQUIRED_COLUMNS} | {"data_id": "1"}
    text = write_csv(tmp_path / "a.csv", [row], columns).read_text(encoding="utf-8")
    header, rest = text.split("\n", 1)
    path = tmp_path / "b.csv"
    path.write_text(header.upper() + "\n" + rest, encoding="utf-8")
    (feature,) = read_acled(path).features
    assert feature["properties"]["id"] == "UKRTEST01"
    assert "country" not in feature["properties"]  # an optional column it lacks


@pytest.mark.parametrize(
    ("changes", "column", "expected"),
    [
        ({"latitude": "91"}, "latitude", "expected a number from -90 to 90, got '91'"),
        ({"latitude": "north"}, "latitude", "got 'north'"),
        ({"latitude": "nan"}, "latitude", "got 'nan'"),
        ({"longitude": "-180.5"}, "longitude", "expected a number from -180 to 180"),
        ({"longitude": ""}, "longitude", "got ''"),
        ({"event_date": "2024-02-30"}, "event_date", "expected a date like 2024-12-19 or 19"),
        ({"event_date": "19 Decembre 2024"}, "event_date", "got '19 Decembre 2024'"),
        ({"event_date": ""}, "event_date", "got ''"),
        ({"time_precision": "4"}, "time_precision", "expected 1 (day), 2 (week) or 3"),
        ({"time_precision": "1.0"}, "time_precision", "got '1.0'"),
        ({"geo_precision": "0"}, "geo_precision", "expected 1 (settlement), 2 (near it)"),
        ({"geo_precision": ""}, "geo_precision", "got ''"),
        ({"location": " "}, "location", "expected a non-empty text"),
        ({"notes": ""}, "notes", "expected a non-empty text"),
        ({"source": ""}, "source", "expected a non-empty text"),
        ({"event_id_cnty": "UKR 1"}, "event_id_cnty", "expected an id of letters, digits"),
        ({"event_type": "Bombing"}, "event_type", "expected one of ACLED's event types"),
    ],
)
def test_a_bad_value_is_reported_by_event_id_and_column_and_not_imported(
    tmp_path: Path, changes: dict[str, str], column: str, expected: str
) -> None:
    path = write_csv(tmp_path / "a.csv", [sample_row(**changes), sample_row(event_id_cnty="OK1")])
    read = read_acled(path)
    assert [f["properties"]["id"] for f in read.features] == ["OK1"]
    (problem,) = read.problems
    event_id = changes.get("event_id_cnty", "UKRTEST01")
    assert problem.feature == f"line 2 (event_id_cnty '{event_id}')"
    assert problem.field == column
    assert expected in problem.message
    assert problem.file == str(path)


def test_every_bad_value_of_a_row_is_reported(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", [sample_row(latitude="x", event_date="soon")])
    assert [p.field for p in read_acled(path).problems] == ["event_date", "latitude"]


def test_a_row_with_more_values_than_the_header_is_reported(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", [sample_row()])
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text(f"{lines[0]}\n{lines[1]},extra\n", encoding="utf-8")
    read = read_acled(path)
    assert read.features == []
    (problem,) = read.problems
    assert problem.feature == "line 2 (event_id_cnty 'UKRTEST01')"
    assert "expected 31 values, one per column of the header, got 32" in problem.message


def test_a_repeated_event_id_is_reported_and_the_first_row_kept(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", [sample_row(), sample_row(location="Rostov-on-Don")])
    read = read_acled(path)
    assert [f["properties"]["place"] for f in read.features] == ["Novoshakhtinsk"]
    (problem,) = read.problems
    assert (problem.feature, problem.field) == (
        "line 3 (event_id_cnty 'UKRTEST01')",
        "event_id_cnty",
    )
    assert "a repeat of line 2" in problem.message


def test_types_are_matched_whatever_their_case_and_new_sub_event_types_follow_their_event_type(
    tmp_path: Path,
) -> None:
    rows = [
        sample_row(event_id_cnty="A1", sub_event_type="Some new kind"),
        sample_row(event_id_cnty="A2", event_type="Battles", sub_event_type="Some new kind"),
        sample_row(event_id_cnty="A3", event_type="Strategic developments", sub_event_type=""),
        sample_row(event_id_cnty="A4", event_type=" battles ", sub_event_type="armed  clash"),
        sample_row(event_id_cnty="A5", event_type="PROTESTS", sub_event_type="peaceful protest"),
        sample_row(event_id_cnty="A6", event_type="Protests", sub_event_type="Peaceful protest"),
    ]
    read = read_acled(write_csv(tmp_path / "a.csv", rows))
    assert {f["properties"]["id"]: f["properties"]["type"] for f in read.features} == {
        "A1": "strike",
        "A4": "deployment",
    }
    assert read.skipped == {
        "Battles / Some new kind": 1,
        "Strategic developments / (no sub-event type)": 1,
        "Protests / Peaceful protest": 2,
    }
    assert read.problems == ()


def test_a_skipped_row_is_not_checked(tmp_path: Path) -> None:
    row = sample_row(event_type="Protests", sub_event_type="Peaceful protest", latitude="x")
    read = read_acled(write_csv(tmp_path / "a.csv", [row]))
    assert (read.features, read.problems, read.skipped) == (
        [],
        (),
        {"Protests / Peaceful protest": 1},
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "file not found"),
        (b"", "not an ACLED CSV: the file is empty"),
        (b"PAR1\x00\x01\x02", "it is not text"),
        (b"\xff\xfe\x00e\x00v", "it is not UTF-8 text"),
        (
            b'{"type": "FeatureCollection", "features": []}\n',
            "the header lacks the column(s) event_id_cnty, event_date, time_precision,"
            " event_type, sub_event_type, location, latitude, longitude, geo_precision,"
            " source, notes",
        ),
        (
            b"event_id_cnty,event_date,time_precision,event_type,sub_event_type,location,"
            b"geo_precision,source,notes\n",
            "the header lacks the column(s) latitude, longitude (its first line is",
        ),
        (
            ",".join(ACLED_COLUMNS).encode() + b'\nA1,"' + b"y" * 200_000 + b'"\n',
            "cannot read the file as CSV at line 2: field larger than field limit",
        ),
    ],
)
def test_an_unusable_file_raises_naming_it_and_why(
    tmp_path: Path, content: bytes | None, message: str
) -> None:
    path = tmp_path / "export.csv"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(EventsFileError, match=r"export\.csv: ") as raised:
        read_acled(path)
    assert message in str(raised.value)


# -- the mapping table -----------------------------------------------------------------------


def test_the_table_maps_onto_mapapp_types_and_reaches_each() -> None:
    mapped = {
        kind
        for acled in ACLED_EVENT_TYPES.values()
        for kind in (*acled.sub_event_types.values(), acled.other)
    }
    assert mapped - {None} == set(EVENT_TYPES)
    assert mapapp_type("Explosions/Remote violence", "Air/drone strike") == "strike"
    assert mapapp_type("Battles", "Armed clash") == "deployment"
    assert mapapp_type("Battles", "Government regains territory") == "territorial_claim"
    assert mapapp_type("Battles", "Non-state actor overtakes territory") == "territorial_claim"
    assert mapapp_type("Strategic developments", "Headquarters or base established") == (
        "deployment"
    )
    assert mapapp_type("Strategic developments", "Non-violent transfer of territory") == (
        "territorial_claim"
    )
    for skipped in ("Violence against civilians", "Protests", "Riots"):
        assert all(v is None for v in ACLED_EVENT_TYPES[skipped].sub_event_types.values())
        assert ACLED_EVENT_TYPES[skipped].other is None
    with pytest.raises(KeyError):
        mapapp_type("Bombing", "")


def test_the_reverse_table_names_an_acled_event_type_and_no_sub_event_type() -> None:
    assert set(MAPAPP_TO_ACLED) == set(EVENT_TYPES)
    for event_type, sub_event_type in MAPAPP_TO_ACLED.values():
        assert event_type in ACLED_EVENT_TYPES
        assert sub_event_type == ""  # unknown: mapapp does not record what ACLED codes it by


# -- writing ---------------------------------------------------------------------------------


def test_write_gives_acled_columns_and_leaves_unknown_ones_empty(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    written = write_acled(path, events_features())
    assert len(written.added) == 15
    assert written.without_coordinates == (
        "russian-military-airfield-atacms",
        "ukraine-energy-infrastructure-attack",
        "east-ukraine-occupation",
    )
    assert path.read_bytes().split(b"\r\n", 1)[0] == ",".join(ACLED_COLUMNS).encode()
    rows = {r["event_id_cnty"]: r for r in csv_rows(path)}
    strike = rows["novoshakhtinsk-refinery-strike"]
    assert strike == {
        **dict.fromkeys(ACLED_COLUMNS, ""),
        "event_id_cnty": "novoshakhtinsk-refinery-strike",
        "event_date": "2024-12-19",
        "year": "2024",
        "time_precision": "1",
        "disorder_type": "Political violence",
        "event_type": "Explosions/Remote violence",
        "location": "Novoshakhtinsk",
        "latitude": "47.76037",
        "longitude": "39.93335",
        "geo_precision": "2",
        "source": "Ukraine's military; War in Ukraine news round-up (compiled by Ana"
        " Dumbadze), published 2024-12-19",
        "notes": "The Ukrainian military says it struck the Novoshakhtinsk oil refinery in"
        " Russia’s Rostov region, which was being used to supply the Russian army.",
    }
    deployment = rows["north-korean-troops-deployed"]
    assert (deployment["event_type"], deployment["sub_event_type"]) == (
        "Strategic developments",
        "",
    )
    assert deployment["tags"] == "mapapp type=deployment"
    assert all(r["fatalities"] == "" for r in rows.values())  # unknown, not 0
    unlocated = rows["east-ukraine-occupation"]
    assert (unlocated["latitude"], unlocated["longitude"], unlocated["geo_precision"]) == (
        "",
        "",
        "",
    )
    # The article itself as the claimant: the source alone.
    assert rows["kurakhove-pressure"]["source"].startswith("War in Ukraine news round-up")


def test_written_events_read_back_as_the_same_events(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    write_acled(path, events_features())
    read = read_acled(path)
    assert (read.problems, read.skipped) == ((), {})
    back = by_id(read.features)
    for feature in events_features():
        event, again = parse_feature(feature), parse_feature(back[feature["properties"]["id"]])
        assert (again.type, again.place, again.excerpt, again.date) == (
            event.type, event.place, event.excerpt, event.date,
        )  # fmt: skip
        assert (again.time_precision, again.geo_precision) == (
            event.time_precision, event.geo_precision,
        )  # fmt: skip
        assert (again.lat, again.lon) == (event.lat, event.lon)


def test_write_adds_to_an_acled_csv_and_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    shutil.copy(SAMPLE, path)
    before = path.read_bytes()
    written = write_acled(path, events_features())
    # The sample's UKRTEST01 is the same event (place, type, date and the article's words).
    assert written.duplicates == ("novoshakhtinsk-refinery-strike",)
    assert len(written.added) == 14
    assert written.backup == str(backup_path(path))
    assert backup_path(path).read_bytes() == before
    rows = csv_rows(path)
    assert rows[:14] == csv_rows(SAMPLE)  # even the rows mapapp skips or cannot read
    assert [r["event_id_cnty"] for r in rows[14:]] == [
        f["properties"]["id"] for f in events_features()[1:]
    ]


def test_write_adds_no_event_already_there(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    shutil.copy(SAMPLE, path)
    before = path.read_bytes()
    features = read_acled(SAMPLE).features
    same_event = copy.deepcopy(features[0])
    same_event["properties"]["id"] = "another-id"  # same place, type, date and excerpt
    same_id = copy.deepcopy(features[1])
    same_id["properties"]["excerpt"] = "Another sentence."
    written = write_acled(path, [*features, same_event, same_id])
    assert written.added == ()
    assert len(written.duplicates) == 9
    assert path.read_bytes() == before
    assert not backup_path(path).exists()


def test_write_reports_invalid_features_and_writes_the_rest(tmp_path: Path) -> None:
    features = events_features()[:2]
    del features[0]["properties"]["excerpt"]
    written = write_acled(tmp_path / "out.csv", features)
    assert written.added == ("rostov-region-missiles-drones",)
    (problem,) = written.problems
    assert (problem.feature, problem.field) == (
        "new feature #0 (id 'novoshakhtinsk-refinery-strike')",
        "excerpt",
    )


def test_write_refuses_a_csv_that_is_not_acled(tmp_path: Path) -> None:
    path = tmp_path / "other.csv"
    path.write_text("name,value\na,1\n", encoding="utf-8")
    with pytest.raises(EventsFileError, match="lacks the column"):
        write_acled(path, events_features())
    assert path.read_text(encoding="utf-8") == "name,value\na,1\n"


def test_an_older_export_gains_the_columns_it_lacks(tmp_path: Path) -> None:
    columns = ["data_id", *REQUIRED_COLUMNS]
    old = {c: sample_row()[c] for c in REQUIRED_COLUMNS} | {"data_id": "12345"}
    path = write_csv(tmp_path / "old.csv", [old], columns, bom=True)
    write_acled(path, events_features()[:1])
    assert path.read_bytes().startswith(b"\xef\xbb\xbfdata_id,")  # its mark kept
    rows = csv_rows(path)
    assert list(rows[0]) == [*columns, *(c for c in ACLED_COLUMNS if c not in columns)]
    assert {k: v for k, v in rows[0].items() if v} == old
    assert rows[1]["event_id_cnty"] == "novoshakhtinsk-refinery-strike"
    assert rows[1]["data_id"] == ""
