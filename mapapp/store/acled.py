"""ACLED CSV exports: read them as mapapp events, write mapapp events in their format.

ACLED (the Armed Conflict Location & Event Data project) publishes one CSV row per event,
coded with an event type and a sub-event type. mapapp maps a few of those kinds onto its
three event types and skips the rest, counting what it skipped; the mapping is the one table
:data:`ACLED_EVENT_TYPES`, the reverse (for events that did not come from ACLED) the one table
:data:`MAPAPP_TO_ACLED`.

Reading (:func:`read_acled`): ``event_id_cnty`` becomes the id, ``location`` the place,
``notes`` the excerpt, ``source`` both the source and who claims the event; ``event_date``
(``2024-12-19`` or ``19 December 2024``, both of which ACLED exports have used),
``time_precision`` and ``geo_precision`` (ACLED's 1–3 codes are mapapp's) are kept; so are
the event and sub-event types (``acled_event_type``, ``acled_sub_event_type``), ``country``
and ``admin1``. A row with a bad value is reported by its line, its ``event_id_cnty`` and the
column, and not imported; a file that is not an ACLED export raises
:class:`~mapapp.core.errors.EventsFileError` naming the columns it lacks.

Writing (:func:`write_acled`): ACLED's columns in ACLED's order; what mapapp does not know
(actors, fatalities, ...) is left empty, never guessed. A CSV that already holds events is
added to as a store is: its rows all stay (even those mapapp cannot read), an event already
there (same ``event_id_cnty`` or same :func:`~mapapp.store.base.event_key`) is not added
twice, and the file is replaced at once, its previous version kept as ``FILE.bak``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import os
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import filelock

from mapapp.core.errors import EventsFileError, EventValidationError
from mapapp.core.messages import Problem, clip, feature_label, short_repr
from mapapp.core.model import Event, parse_feature
from mapapp.core.schema import EVENT_ID, EVENT_TYPES, GEO_PRECISION, TIME_PRECISION, event_title
from mapapp.store import GEOJSON_SUFFIXES, PARQUET_SUFFIXES
from mapapp.store.base import LOCK_TIMEOUT_S, event_key
from mapapp.store.files import backup_path, lock_path, read_bytes, write_atomic

# ACLED's columns, in the order of its exports (2023 onwards): what :func:`write_acled` writes.
ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
)  # fmt: skip

# The columns a CSV must have to be read as an ACLED export: those an event is made of.
REQUIRED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type",
    "location", "latitude", "longitude", "geo_precision", "source", "notes",
)  # fmt: skip

# ACLED columns kept as event properties of the same name (when not empty), and written back.
KEPT_COLUMNS: tuple[str, ...] = ("country", "admin1")

# The properties that keep an event's ACLED coding.
EVENT_TYPE_PROPERTY = "acled_event_type"
SUB_EVENT_TYPE_PROPERTY = "acled_sub_event_type"


@dataclass(frozen=True)
class AcledEventType:
    """How the rows of one ACLED event type become mapapp events."""

    #: ACLED's disorder type for every row of this event type ("" where it depends on the
    #: sub-event type: mapapp never writes those rows, so it need not know).
    disorder_type: str
    #: The mapapp type of each of ACLED's sub-event types; None: the row is skipped.
    sub_event_types: Mapping[str, str | None]
    #: The mapapp type of a sub-event type not listed (a new one, or none at all).
    other: str | None


# THE mapping from ACLED to mapapp (the README's table is this one). ACLED's codebook lists
# every sub-event type; those mapapp skips are listed too, so the table says what happens to
# each. An event type not here is an error in the row, not a skip: ACLED has only these six.
ACLED_EVENT_TYPES: dict[str, AcledEventType] = {
    "Explosions/Remote violence": AcledEventType(
        "Political violence",
        {
            "Air/drone strike": "strike",
            "Chemical weapon": "strike",
            "Grenade": "strike",
            "Remote explosive/landmine/IED": "strike",
            "Shelling/artillery/missile attack": "strike",
            "Suicide bomb": "strike",
        },
        other="strike",
    ),
    "Battles": AcledEventType(
        "Political violence",
        {
            "Armed clash": "deployment",
            "Government regains territory": "territorial_claim",
            "Non-state actor overtakes territory": "territorial_claim",
        },
        other=None,
    ),
    "Strategic developments": AcledEventType(
        "Strategic developments",
        {
            "Headquarters or base established": "deployment",
            "Non-violent transfer of territory": "territorial_claim",
            "Agreement": None,
            "Arrests": None,
            "Change to group/activity": None,
            "Disrupted weapons use": None,
            "Looting/property destruction": None,
            "Other": None,
        },
        other=None,
    ),
    "Violence against civilians": AcledEventType(
        "Political violence",
        {"Abduction/forced disappearance": None, "Attack": None, "Sexual violence": None},
        other=None,
    ),
    "Protests": AcledEventType(
        "",
        {
            "Excessive force against protesters": None,
            "Peaceful protest": None,
            "Protest with intervention": None,
        },
        other=None,
    ),
    "Riots": AcledEventType("", {"Mob violence": None, "Violent demonstration": None}, other=None),
}

# The ACLED coding written for an event that did not come from ACLED (it has no
# acled_event_type): the event type only. The sub-event type is left empty, because mapapp
# does not record what ACLED would choose it by (the weapon, who fought, whether there was
# fighting at all): a strike may be an air/drone strike or shelling; a deployment or a
# claim reported by one side is no coded battle, and "Strategic developments", ACLED's type
# for non-violent but significant activity, is the one that asserts least about it.
MAPAPP_TO_ACLED: dict[str, tuple[str, str]] = {
    "strike": ("Explosions/Remote violence", ""),
    "deployment": ("Strategic developments", ""),
    "territorial_claim": ("Strategic developments", ""),
}

# Where the ACLED coding written does not map back to the event's mapapp type (a deployment
# written as a Strategic development with no sub-event type), the tags column says it, so
# that reading the file back gives the same type: "mapapp type=deployment".
MAPAPP_TYPE_TAG = "mapapp type="

# ACLED's sources are listed in one column, separated by this.
SOURCE_SEPARATOR = "; "

_MONTHS = {
    name: number
    for number, full in enumerate(
        "January February March April May June July August September October November"
        " December".split(),
        start=1,
    )
    for name in (full.lower(), full[:3].lower())
}
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_WORDS_DATE = re.compile(r"([0-9]{1,2})[ -]([A-Za-z]+)[ -]([0-9]{4})")
_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_PRECISION = re.compile(r"[0-9]+")
_BOM = "\ufeff"


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


_EVENT_TYPES_FOLDED = {_folded(name): name for name in ACLED_EVENT_TYPES}


def mapapp_type(event_type: str, sub_event_type: str) -> str | None:
    """The mapapp type of an ACLED row of ``event_type`` and ``sub_event_type`` (case and
    spacing aside), or None if mapapp skips such rows.

    Raises :class:`KeyError` for an event type ACLED does not have.
    """
    kind = ACLED_EVENT_TYPES[_EVENT_TYPES_FOLDED[_folded(event_type)]]
    wanted = _folded(sub_event_type)
    for name, mapped in kind.sub_event_types.items():
        if _folded(name) == wanted:
            return mapped
    return kind.other


def skipped_kind(event_type: str, sub_event_type: str) -> str:
    """How a skipped row is counted: "Protests / Peaceful protest", spelt as ACLED's codebook
    spells the types it lists (so "protests" and "Protests" are counted together)."""
    event_type = _EVENT_TYPES_FOLDED.get(_folded(event_type), event_type.strip())
    known = ACLED_EVENT_TYPES.get(event_type)
    wanted = _folded(sub_event_type)
    names = [n for n in known.sub_event_types if _folded(n) == wanted] if known else []
    sub_event_type = names[0] if names else " ".join(sub_event_type.split())
    return f"{event_type} / {sub_event_type or '(no sub-event type)'}"


@dataclass(frozen=True)
class AcledRead:
    """What :func:`read_acled` made of an ACLED CSV."""

    #: The events, as valid GeoJSON Features in the events-file schema.
    features: list[dict[str, Any]]
    #: One problem per bad value of a row not imported (rows of kinds mapapp skips aside).
    problems: tuple[Problem, ...]
    #: Rows of kinds mapapp does not map, counted by "event type / sub-event type".
    skipped: Mapping[str, int]
    #: Data rows read (blank lines aside).
    rows: int = 0


@dataclass(frozen=True)
class AcledWrite:
    """What :func:`write_acled` did to an ACLED CSV."""

    location: str
    added: tuple[str, ...]
    #: Events not added because the file held them already (ids of the events given).
    duplicates: tuple[str, ...]
    #: Invalid events, not written.
    problems: tuple[Problem, ...]
    #: Events written without coordinates (empty latitude and longitude).
    without_coordinates: tuple[str, ...] = ()
    #: Where the previous version of the file was kept ("" for a new file).
    backup: str = ""


# -- reading -----------------------------------------------------------------------------------


def looks_like_acled(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` names an ACLED CSV: a ``.csv`` name, or a file (not named as an
    events file is) whose first line is a header with ``event_id_cnty`` (an export saved
    under another name)."""
    suffix = Path(path).suffix.lower()
    if suffix == ".csv":
        return True
    if suffix in (*GEOJSON_SUFFIXES, *PARQUET_SUFFIXES):
        return False
    try:
        if not Path(path).is_file():
            return False
        with open(path, "rb") as handle:
            head = handle.read(4096)
    except OSError:
        return False
    first = head.decode("utf-8", "replace").lstrip(_BOM).split("\n", 1)[0]
    return "event_id_cnty" in {cell.strip().strip('"').lower() for cell in first.split(",")}


@dataclass
class _Table:
    """A CSV file as read: its header (as written and as looked up), its rows, and the line
    each row starts at."""

    header: list[str]
    columns: dict[str, int]
    rows: list[list[str]] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)
    bom: bool = False
    newline: str = "\r\n"


def _read_table(path: Path) -> _Table:
    """The CSV at ``path``; :class:`EventsFileError` if it is missing, unreadable, not CSV
    text, or has no ACLED header (the message names the columns it lacks)."""
    raw = read_bytes(path, EventsFileError)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise EventsFileError(
            f"{path}: cannot read the file as an ACLED CSV: it is not UTF-8 text"
            f" (byte {err.start:,})"
        ) from None
    bom = text.startswith(_BOM)
    if bom:
        text = text[len(_BOM) :]
    if "\x00" in text:
        raise EventsFileError(f"{path}: cannot read the file as an ACLED CSV: it is not text")
    # newline="": a line break inside a quoted field is part of the field (csv module docs).
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
        if header is None:
            raise EventsFileError(f"{path}: not an ACLED CSV: the file is empty")
        columns: dict[str, int] = {}
        for index, name in enumerate(header):
            columns.setdefault(name.strip().lower(), index)
        missing = [c for c in REQUIRED_COLUMNS if c not in columns]
        if missing:
            raise EventsFileError(
                f"{path}: not an ACLED CSV: the header lacks the column(s) {', '.join(missing)}"
                f" (its first line is {short_repr(','.join(header))})"
            )
        table = _Table(header, columns, bom=bom, newline=_newline(text))
        start = reader.line_num + 1
        for row in reader:
            if row:  # a blank line is no row
                table.rows.append(row)
                table.lines.append(start)
            start = reader.line_num + 1
    except csv.Error as err:
        raise EventsFileError(
            f"{path}: cannot read the file as CSV at line {reader.line_num}: {err}"
        ) from None
    return table


def _newline(text: str) -> str:
    """The line ending of ``text``'s first line (CSV's own is CRLF, many tools write LF)."""
    end = text.find("\n")
    return "\r\n" if end > 0 and text[end - 1] == "\r" else "\n" if end >= 0 else "\r\n"


def read_acled(path: str | os.PathLike[str]) -> AcledRead:
    """The events of the ACLED CSV at ``path``: see the module docstring.

    Raises :class:`EventsFileError` if the file as a whole is unusable (missing, not CSV
    text, no ACLED header); a bad row is a problem and the rest is read.
    """
    table = _read_table(Path(path))
    features: list[dict[str, Any]] = []
    problems: list[Problem] = []
    skipped: Counter[str] = Counter()
    seen: dict[str, int] = {}
    file = os.fspath(path)
    for row, line in zip(table.rows, table.lines, strict=True):
        mapped = _row_feature(file, table, row, line)
        if isinstance(mapped, str):
            skipped[mapped] += 1
            continue
        feature, row_problems = mapped
        event_id = _cell(table, row, "event_id_cnty")
        if feature is not None and event_id in seen:
            repeat = f"expected a unique event_id_cnty, got a repeat of line {seen[event_id]}"
            row_problems.append(_problem(file, line, event_id, "event_id_cnty", repeat))
        if row_problems:
            problems.extend(row_problems)
            continue
        assert feature is not None
        seen[event_id] = line
        features.append(feature)
    return AcledRead(features, tuple(problems), dict(skipped), len(table.rows))


def _cell(table: _Table, row: Sequence[str], column: str, *, strip: bool = True) -> str:
    """The value of ``column`` in ``row``, stripped unless told ("" if the row is short)."""
    index = table.columns.get(column)
    value = row[index] if index is not None and index < len(row) else ""
    return value.strip() if strip else value


def _label(line: int, event_id: str) -> str:
    return f"line {line} (event_id_cnty '{clip(event_id)}')" if event_id else f"line {line}"


def _problem(file: str, line: int, event_id: str, column: str, message: str) -> Problem:
    return Problem(file, _label(line, event_id), column, message)


# Which column a problem parse_feature finds in a built feature comes from.
_FIELD_COLUMNS = {
    "id": "event_id_cnty",
    "type": "event_type",
    "title": "location",
    "place": "location",
    "excerpt": "notes",
    "claimed_by": "source",
    "source": "source",
    "date": "event_date",
    "time_precision": "time_precision",
    "geo_precision": "geo_precision",
    "geometry": "latitude",
    "geometry.coordinates": "latitude",
}


def _row_feature(
    file: str, table: _Table, row: Sequence[str], line: int
) -> str | tuple[dict[str, Any] | None, list[Problem]]:
    """The feature of one row and the problems of its values (the feature is None if there
    are any), or, for a row of a kind mapapp skips, how it is counted."""
    event_id = _cell(table, row, "event_id_cnty")
    problems: list[Problem] = []

    def bad(column: str, expected: str, value: Any) -> None:
        message = f"expected {expected}, got {short_repr(value)}"
        problems.append(_problem(file, line, event_id, column, message))

    event_type = _cell(table, row, "event_type")
    sub_event_type = _cell(table, row, "sub_event_type")
    try:
        kind = _type_from_tags(_cell(table, row, "tags")) or mapapp_type(event_type, sub_event_type)
    except KeyError:
        bad(
            "event_type", f"one of ACLED's event types ({', '.join(ACLED_EVENT_TYPES)})", event_type
        )
        return None, problems
    if kind is None:
        return skipped_kind(event_type, sub_event_type)
    if len(row) != len(table.header):
        message = (
            f"expected {len(table.header)} values, one per column of the header, got"
            f" {len(row)} (a quote left open or a comma too many?)"
        )
        problems.append(_problem(file, line, event_id, "", message))
        return None, problems

    if not EVENT_ID.fullmatch(event_id):
        bad("event_id_cnty", "an id of letters, digits and . _ : -", event_id)
    date = _acled_date(_cell(table, row, "event_date"))
    if date is None:
        bad(
            "event_date",
            "a date like 2024-12-19 or 19 December 2024",
            _cell(table, row, "event_date"),
        )
    time_precision = _code(_cell(table, row, "time_precision"), TIME_PRECISION)
    if time_precision is None:
        bad("time_precision", "1 (day), 2 (week) or 3 (month)", _cell(table, row, "time_precision"))
    lat_text, lon_text = _cell(table, row, "latitude"), _cell(table, row, "longitude")
    lat = lon = None
    if lat_text or lon_text:
        lat = _coordinate(lat_text, 90)
        lon = _coordinate(lon_text, 180)
        if lat is None:
            bad("latitude", "a number from -90 to 90", lat_text)
        if lon is None:
            bad("longitude", "a number from -180 to 180", lon_text)
    geo_text = _cell(table, row, "geo_precision")
    geo_precision = _code(geo_text, GEO_PRECISION)
    if geo_precision is None and (geo_text or lat_text or lon_text):
        bad("geo_precision", "1 (settlement), 2 (near it) or 3 (region)", geo_text)
    texts = {c: _cell(table, row, c) for c in ("location", "notes", "source")}
    for column, value in texts.items():
        if not value:
            bad(column, "a non-empty text", value)
    if problems:
        return None, problems

    assert date is not None
    properties: dict[str, Any] = {
        "id": event_id,
        "type": kind,
        "title": event_title(kind, texts["location"]),
        "place": texts["location"],
        "excerpt": _cell(table, row, "notes", strip=False),
        "date": date.isoformat(),
        "time_precision": time_precision,
        "geo_precision": geo_precision,
        "claimed_by": texts["source"],
        "source": texts["source"],
        EVENT_TYPE_PROPERTY: event_type,
        SUB_EVENT_TYPE_PROPERTY: sub_event_type,
    }
    for column in KEPT_COLUMNS:
        if value := _cell(table, row, column):
            properties[column] = value
    geometry = None if lat is None else {"type": "Point", "coordinates": [lon, lat]}
    feature = {"type": "Feature", "geometry": geometry, "properties": properties}
    try:
        parse_feature(feature)
    except EventValidationError as err:  # a check above should have caught it: say where
        name = getattr(err, "field", "")
        problems.append(_problem(file, line, event_id, _FIELD_COLUMNS.get(name, name), str(err)))
        return None, problems
    return feature, problems


def _type_from_tags(tags: str) -> str | None:
    """The mapapp type :func:`write_acled` noted in the tags column, if any."""
    for tag in tags.split(";"):
        tag = tag.strip()
        if tag.startswith(MAPAPP_TYPE_TAG) and tag[len(MAPAPP_TYPE_TAG) :] in EVENT_TYPES:
            return tag[len(MAPAPP_TYPE_TAG) :]
    return None


def _acled_date(text: str) -> dt.date | None:
    """The date ``2024-12-19`` or ``19 December 2024`` (``19-Dec-2024``...), or None."""
    try:
        if _ISO_DATE.fullmatch(text):
            return dt.date.fromisoformat(text)
        words = _WORDS_DATE.fullmatch(text)
        if words and words.group(2).lower() in _MONTHS:
            day, month, year = words.groups()
            return dt.date(int(year), _MONTHS[month.lower()], int(day))
    except ValueError:
        pass
    return None


def _code(text: str, table: Mapping[int, str]) -> int | None:
    """A precision code of ``table`` written as digits, or None."""
    if _PRECISION.fullmatch(text) and int(text) in table:
        return int(text)
    return None


def _coordinate(text: str, limit: float) -> float | None:
    """A decimal number within ``±limit``, or None."""
    if not _NUMBER.fullmatch(text):
        return None
    value = float(text)
    return value if math.isfinite(value) and -limit <= value <= limit else None


# -- writing -----------------------------------------------------------------------------------


def write_acled(
    path: str | os.PathLike[str],
    features: Iterable[Mapping[str, Any]],
    *,
    timeout: float = LOCK_TIMEOUT_S,
) -> AcledWrite:
    """Add ``features`` to the ACLED CSV at ``path`` (created if missing); see the module
    docstring. An invalid feature is reported and not written.

    Raises :class:`EventsFileError` if ``path`` holds something other than an ACLED CSV
    (it is left as it is) or cannot be written.
    """
    location = os.fspath(path)
    valid: list[tuple[Event, Mapping[str, Any]]] = []
    problems: list[Problem] = []
    for index, feature in enumerate(features):
        try:
            valid.append((parse_feature(dict(feature)), feature))
        except EventValidationError as err:
            label = feature_label(index, feature, "new ")
            problems.append(Problem(location, label, getattr(err, "field", ""), str(err)))
    real = Path(os.path.realpath(path))
    if real.exists() and not real.is_file():
        raise EventsFileError(f"{location}: cannot save: it is not a regular file")
    try:
        with filelock.FileLock(lock_path(real), timeout=timeout):
            return _add_rows(location, real, valid, tuple(problems))
    except filelock.Timeout as err:
        raise EventsFileError(
            f"{location}: could not get the lock within {timeout:g} s (other saves were in"
            " progress); nothing was saved, try again"
        ) from err
    except OSError as err:
        if isinstance(err, EventsFileError):
            raise
        raise EventsFileError(
            f"{location}: cannot save: {err.strerror or err}; the file is unchanged"
        ) from err


def _add_rows(
    location: str,
    real: Path,
    valid: list[tuple[Event, Mapping[str, Any]]],
    problems: tuple[Problem, ...],
) -> AcledWrite:
    """Under the lock: read the file as it is now, add the new rows, replace it."""
    if real.exists() and real.stat().st_size > 0:
        table = _read_table(real)
    else:
        table = _Table(list(ACLED_COLUMNS), {c: i for i, c in enumerate(ACLED_COLUMNS)})
    # Columns of ACLED's a file lacks (an older export) are added: no value is dropped.
    for column in ACLED_COLUMNS:
        if column not in table.columns:
            table.columns[column] = len(table.header)
            table.header.append(column)
    ids = {_cell(table, row, "event_id_cnty") for row in table.rows}
    keys: set[tuple[str, str, str, str] | None] = set()
    for row, line in zip(table.rows, table.lines, strict=True):
        mapped = _row_feature(location, table, row, line)
        if not isinstance(mapped, str) and mapped[0] is not None:
            keys.add(event_key(mapped[0]))
    added: list[str] = []
    duplicates: list[str] = []
    without_coordinates: list[str] = []
    unattributed = _unattributed()
    for event, feature in valid:
        key = event_key(feature)
        if event.id in ids or key in keys:
            duplicates.append(event.id)
            continue
        values = acled_row(event, unattributed)
        row = [""] * len(table.header)
        for column, value in values.items():
            row[table.columns[column]] = value
        table.rows.append(row)
        ids.add(event.id)
        keys.add(key)
        added.append(event.id)
        if not event.located:
            without_coordinates.append(event.id)
    backup = ""
    if added:
        if real.exists():
            write_atomic(backup_path(real), real.read_bytes())
            backup = str(backup_path(Path(location)))
        write_atomic(real, _dump(table))
    return AcledWrite(
        location, tuple(added), tuple(duplicates), problems, tuple(without_coordinates), backup
    )


def _dump(table: _Table) -> bytes:
    """The bytes of ``table`` as CSV, the header padded to every row's length."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator=table.newline)
    writer.writerow(table.header)
    width = len(table.header)
    for row in table.rows:
        writer.writerow(row if len(row) >= width else [*row, *[""] * (width - len(row))])
    return ((_BOM if table.bom else "") + out.getvalue()).encode("utf-8")


def _unattributed() -> str:
    """What mapapp's extraction puts as ``claimed_by`` when the article itself claims."""
    from mapapp.extract.pipeline import UNATTRIBUTED  # slow to import: only when writing

    return UNATTRIBUTED


def acled_row(event: Event, unattributed: str = "The article") -> dict[str, str]:
    """The ACLED columns of ``event`` (every one of :data:`ACLED_COLUMNS`, most empty).

    The event and sub-event types are those kept from ACLED, else :data:`MAPAPP_TO_ACLED`'s;
    when they do not map back to the event's type, the tags column says it
    (:data:`MAPAPP_TYPE_TAG`). ``source`` is the event's source, after who claims the event
    if that is someone else (``unattributed`` is the article itself).
    """
    kept_type = event.extra.get(EVENT_TYPE_PROPERTY)
    kept_sub = event.extra.get(SUB_EVENT_TYPE_PROPERTY)
    if isinstance(kept_type, str) and _folded(kept_type) in _EVENT_TYPES_FOLDED:
        event_type, sub_event_type = kept_type, kept_sub if isinstance(kept_sub, str) else ""
    else:
        event_type, sub_event_type = MAPAPP_TO_ACLED[event.type]
    tags = ""
    if mapapp_type(event_type, sub_event_type) != event.type:
        tags = f"{MAPAPP_TYPE_TAG}{event.type}"
    values = dict.fromkeys(ACLED_COLUMNS, "")
    values.update(
        event_id_cnty=event.id,
        event_date=event.date.isoformat(),
        year=str(event.date.year),
        time_precision=str(event.time_precision),
        disorder_type=ACLED_EVENT_TYPES[_EVENT_TYPES_FOLDED[_folded(event_type)]].disorder_type,
        event_type=event_type,
        sub_event_type=sub_event_type,
        location=event.place,
        latitude=_number(event.lat),
        longitude=_number(event.lon),
        geo_precision="" if event.geo_precision is None else str(event.geo_precision),
        source=_source(event, unattributed),
        notes=event.excerpt,
        tags=tags,
    )
    for column in KEPT_COLUMNS:
        value = event.extra.get(column)
        if isinstance(value, str):
            values[column] = value
    return values


def _number(value: float | None) -> str:
    """A coordinate as the shortest text that reads back the same ("" for none)."""
    if value is None:
        return ""
    text = repr(value)
    return text[:-2] if text.endswith(".0") else text


def _source(event: Event, unattributed: str) -> str:
    label = event.source_label
    if event.claimed_by in (label, unattributed):
        return label
    return f"{event.claimed_by}{SOURCE_SEPARATOR}{label}"
