"""Read a store's events as columns (:class:`~mapapp.core.query.EventColumns`): what
:func:`mapapp.store.load.load_events` gives, without a feature dict and an :class:`Event`
per row. At a million events load_events takes some 20 s and 3 GB at its peak; this, one
to three seconds and about 1 GB.

GeoParquet and PostGIS stores are read as arrays (the file's typed columns; a binary
``COPY`` of the table), a GeoJSON file as its features' values gathered into lists (no
:class:`Event` made), and a few vectorised comparisons pick out the *plain* rows: those
:func:`parse_feature` certainly accepts as they are, with a point to show (see
:func:`_plain`). Every other row takes the exact path: its feature is made as the store's
``read_features`` makes it, then validated and located in store order as ``load_events``
does, so each problem, each event not on the map and each event placed by the gazetteer is
``load_events``' own. Plain rows become columns without a Python object each.

A GeoParquet file or PostGIS table of another shape than mapapp's (columns missing or of
other types, another CRS, another tool's table) is read by ``load_events``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
import math
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import orjson
import pyarrow as pa  # type: ignore[import-untyped, unused-ignore]
import pyarrow.compute as pc  # type: ignore[import-untyped, unused-ignore]
import pyarrow.json as pj  # type: ignore[import-untyped, unused-ignore]
from psycopg import sql

from mapapp.core.errors import EventValidationError
from mapapp.core.memory import give_back
from mapapp.core.messages import Problem
from mapapp.core.model import Event, Unlocated, _source
from mapapp.core.query import EVENT_TYPE_KEYS, EventColumns
from mapapp.core.schema import EVENT_ID, GEO_PRECISION, TIME_PRECISION
from mapapp.geo.gazetteer import Gazetteer
from mapapp.store import geojson, geoparquet, open_store, postgis
from mapapp.store.base import EventStore
from mapapp.store.load import checked, load_events, placed


@dataclass(frozen=True)
class Scan:
    """A store's events as :func:`~mapapp.store.load.load_events` loads them: the valid
    events with a point (given or found by the gazetteer) as columns, in store order; the
    valid ones not on the map; and a problem for each invalid or repeated one."""

    columns: EventColumns
    unlocated: tuple[Unlocated, ...]
    problems: tuple[Problem, ...]

    @property
    def total(self) -> int:
        return len(self.columns) + len(self.unlocated)


@dataclass(frozen=True)
class Points:
    """Each row's point (NaN where it has none) and type (its position in EVENT_TYPES, -1
    for any other value), in no particular order; ``rows``: how many rows were read."""

    lon: npt.NDArray[np.float64]
    lat: npt.NDArray[np.float64]
    types: npt.NDArray[np.int64]
    rows: int
    # Each row's geo precision (0 if none), and its place, at least where that is 3 (an
    # Arrow array of texts: the region outlines need it).
    geo_precision: npt.NDArray[np.int64]
    place: Any


def scan_events(
    location: str | os.PathLike[str] | EventStore, gazetteer: Gazetteer | None = None
) -> Scan:
    """Read and validate the events at ``location`` (a store, or what
    :func:`~mapapp.store.open_store` opens) as ``load_events(location, gazetteer)`` does;
    never modifies them."""
    store = open_store(location)
    with geoparquet._collector_paused():
        scan = None
        if isinstance(store, geoparquet.GeoParquetStore):
            scan = _scan_parquet(store, gazetteer)
        elif isinstance(store, postgis.PostGISStore):
            scan = _scan_postgis(store, gazetteer)
        elif isinstance(store, geojson.GeoJSONStore):
            scan = _scan_geojson(store, gazetteer)
        if scan is not None:
            give_back()  # what reading took for a moment (the allocators keep it)
            return scan
        result = load_events(store, gazetteer)
    return Scan(EventColumns.from_events(result.events), result.unlocated, result.problems)


def first_look(location: str | os.PathLike[str] | EventStore) -> Points | None:
    """The points, types and geo precisions of the rows of a GeoParquet file or PostGIS
    table that mapapp wrote, and the places of the region-level ones (a fraction of a full
    read: no other text, no check, no order), for the map to show while :func:`scan_events`
    reads them; None for any other store."""
    store = open_store(location)
    with geoparquet._collector_paused():
        if isinstance(store, geoparquet.GeoParquetStore):
            return _parquet_look(store)
        if isinstance(store, postgis.PostGISStore):
            return _postgis_look(store)
    return None


def count_rows(location: str | os.PathLike[str] | EventStore) -> int | None:
    """How many rows (valid or not) a store holds, told without reading them: a GeoParquet
    file's footer, a PostGIS ``count(*)``; None for a GeoJSON file (it must be read)."""
    store = open_store(location)
    if isinstance(store, geoparquet.GeoParquetStore):
        return geoparquet.row_count(store.given)
    if isinstance(store, postgis.PostGISStore):
        return postgis.row_count(store)
    return None


# The fewest bytes a valid GeoJSON feature with a point takes in a file (every field one
# character or so, no spaces): 232.
GEOJSON_FEATURE_BYTES = 232


def may_hold_more(location: str | os.PathLike[str] | EventStore, rows: int) -> bool:
    """Whether the store at ``location`` may hold more than ``rows`` rows: as
    :func:`count_rows` tells it, and for a GeoJSON file, unless it is too small to hold that
    many features (its size, not its text: a file of many features is read once)."""
    counted = count_rows(location)
    if counted is not None:
        return counted > rows
    store = open_store(location)
    if not isinstance(store, geojson.GeoJSONStore):
        return False
    try:
        return store.given.stat().st_size > rows * GEOJSON_FEATURE_BYTES
    except OSError:
        return False  # reading it says what is wrong


# -- what every backend gives: rows as arrays, and the exact features of any of them ----------


@dataclass
class _Rows:
    """A store's rows as arrays, in store order. Values are trusted only in plain rows:
    elsewhere they may stand in for nothing (NaN, 0, ""), and ``features`` gives the rows
    exactly as the store's ``read_features`` does."""

    ids: Any  # Arrow strings
    types: npt.NDArray[np.int64]  # position in EVENT_TYPES, -1 for another value
    title: Any
    place: Any
    excerpt: Any
    claimed_by: Any
    source: Any  # the source's label (Event.source_label), null if not known to be valid
    day: npt.NDArray[np.int64]  # date.toordinal(), outside 1..3,652,059 if not a date
    time_precision: npt.NDArray[np.int64]
    geo_precision: npt.NDArray[np.int64]
    lon: npt.NDArray[np.float64]  # NaN if not a plain point
    lat: npt.NDArray[np.float64]
    # What the backend checked itself (its properties, ...).
    checked: npt.NDArray[np.bool_]
    # Whether equal ids are next to each other (rows ordered by id).
    ids_sorted: bool
    features: Callable[[npt.NDArray[np.intp]], list[Any]]


# An id matched whole (RE2 has no fullmatch).
_ID = f"^(?:{EVENT_ID.pattern})$"
# Dates whose span is inside years 1 to 9999 at any precision (a week reaches 3 days out).
_FIRST_DAY, _LAST_DAY = dt.date(1, 1, 4).toordinal(), dt.date(9999, 12, 28).toordinal()


@functools.cache
def _not_blank() -> str:
    """An RE2 pattern found in a text that ``str.strip()`` leaves non-empty: a character
    that is not whitespace to Python (``str.isspace``), whose idea of it differs from
    Unicode's and RE2's ``\\s``."""
    spaces = "".join(f"\\x{{{c:x}}}" for c in range(0x110000) if chr(c).isspace())
    return f"[^{spaces}]"


def _plain(rows: _Rows) -> npt.NDArray[np.bool_]:
    """Which rows :func:`parse_feature` certainly accepts as they are, with their point: an
    id of the schema that no other row has, a known type, text in every text field, a date
    whose span is inside the calendar, known precisions, a point on the globe, a valid
    source (its label known), and whatever else the backend checked."""
    plain = rows.checked.copy()
    plain &= rows.types >= 0
    plain &= (rows.day >= _FIRST_DAY) & (rows.day <= _LAST_DAY)
    plain &= np.isin(rows.time_precision, list(TIME_PRECISION))
    plain &= np.isin(rows.geo_precision, list(GEO_PRECISION))
    plain &= (rows.lon >= -180) & (rows.lon <= 180) & (rows.lat >= -90) & (rows.lat <= 90)
    plain &= _matches(rows.ids, _ID)
    for text in (rows.title, rows.place, rows.excerpt, rows.claimed_by, rows.source):
        plain &= _filled(text)
    plain &= ~_repeated(rows.ids, rows.ids_sorted)
    return plain


def _matches(texts: Any, pattern: str) -> npt.NDArray[np.bool_]:
    found = pc.fill_null(pc.match_substring_regex(texts, pattern), False)
    return np.asarray(found.to_numpy(zero_copy_only=False), dtype=bool)


# Bytes that start a text which is certainly not blank: ASCII, not whitespace to Python.
_VISIBLE_ASCII = np.array([b < 0x80 and not chr(b).isspace() for b in range(256)], dtype=bool)


def _filled(texts: Any) -> npt.NDArray[np.bool_]:
    """Which ``texts`` have a character ``str.strip()`` leaves: a text that starts with a
    visible ASCII character has one, any other is searched by the exact pattern."""
    n = len(texts)
    offsets, data = _buffers(texts)
    filled = np.zeros(n, dtype=bool)
    sized = np.flatnonzero(np.diff(offsets) > 0)
    filled[sized] = _VISIBLE_ASCII[data[offsets[sized]]]
    if texts.null_count:
        filled &= texts.is_valid().to_numpy(zero_copy_only=False)
    unsure = np.flatnonzero(~filled)
    if len(unsure):
        filled[unsure] = _matches(texts.take(pa.array(unsure)), _not_blank())
    return filled


def _buffers(texts: Any) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.uint8]]:
    """The offsets (one more than the texts) and bytes of an Arrow string or binary array."""
    large = pa.types.is_large_string(texts.type) or pa.types.is_large_binary(texts.type)
    _, offsets, data = texts.buffers()[:3]
    start = texts.offset
    offsets = np.frombuffer(offsets, dtype=np.int64 if large else np.int32)
    data = np.frombuffer(data, dtype=np.uint8) if data is not None else np.zeros(0, np.uint8)
    return offsets[start : start + len(texts) + 1].astype(np.int64), data


def _repeated(ids: Any, ids_sorted: bool) -> npt.NDArray[np.bool_]:
    """Which rows have an id that another row has too (or no id)."""
    n = len(ids)
    if ids_sorted:
        same = pc.fill_null(pc.equal(ids[1:], ids[:-1]), True).to_numpy(zero_copy_only=False)
        repeated = np.zeros(n, dtype=bool)
        repeated[1:] |= same
        repeated[:-1] |= same
        repeated |= np.asarray(ids.is_null().to_numpy(zero_copy_only=False), dtype=bool)
        return repeated
    if len(pc.unique(ids)) == n and ids.null_count == 0:
        return np.zeros(n, dtype=bool)
    codes = pc.fill_null(pc.dictionary_encode(ids).indices, -1).to_numpy(zero_copy_only=False)
    counts = np.bincount(codes[codes >= 0], minlength=1)
    return np.asarray((codes < 0) | (counts[np.maximum(codes, 0)] > 1), dtype=bool)


def _scan(store: EventStore, rows: _Rows, gazetteer: Gazetteer | None) -> Scan:
    """Plain rows as they are, the others through ``load_events``' own steps."""
    plain = _plain(rows)
    slow = np.flatnonzero(~plain)
    features = rows.features(slow)
    # The id a feature ends up with may not be its row's (a GeoParquet row's properties
    # may hold another): a plain row with the id of another row takes the exact path too,
    # for the first valid one to win, as in load_events.
    clash = plain & _is_in(rows.ids, [_id_of(f) for f in features])
    if clash.any():
        plain &= ~clash
        more = np.flatnonzero(clash)
        merged = np.concatenate([slow, more])
        order = np.argsort(merged, kind="stable")
        together = [*features, *rows.features(more)]
        slow, features = merged[order], [together[i] for i in order.tolist()]
    located: list[Event] = []
    where: list[int] = []
    unlocated: list[Unlocated] = []
    problems: list[Problem] = []
    seen: set[str] = set()
    for index, feature in zip(slow.tolist(), features, strict=True):
        event = checked(store, index, feature, seen, problems)
        if event is None:
            continue
        found = placed(event, gazetteer)
        if isinstance(found, Unlocated):
            unlocated.append(found)
        else:
            located.append(found)
            where.append(index)
    columns = _columns(rows, np.flatnonzero(plain), np.array(where, dtype=np.intp), located)
    return Scan(columns, tuple(unlocated), tuple(problems))


def _id_of(feature: Any) -> str | None:
    props = feature.get("properties") if isinstance(feature, dict) else None
    value = props.get("id") if isinstance(props, dict) else None
    return value if isinstance(value, str) else None


def _is_in(texts: Any, values: list[str | None]) -> npt.NDArray[np.bool_]:
    wanted = [v for v in values if v is not None]
    if not wanted:
        return np.zeros(len(texts), dtype=bool)
    found = pc.is_in(texts, value_set=pa.array(wanted, type=pa.string()))
    return np.asarray(pc.fill_null(found, False).to_numpy(zero_copy_only=False), dtype=bool)


_NUMBERS = {
    "types": np.int8,
    "day": np.int32,
    "time_precision": np.int8,
    "geo_precision": np.int8,
    "lat": np.float64,
    "lon": np.float64,
}
_TEXTS = ("ids", "title", "place", "excerpt", "claimed_by", "source")


def _columns(
    rows: _Rows,
    plain: npt.NDArray[np.intp],
    where: npt.NDArray[np.intp],
    located: list[Event],
) -> EventColumns:
    """The plain rows and the ``located`` events (at rows ``where``) as columns, in store
    order."""
    given: dict[str, Any] = {name: getattr(rows, name) for name in (*_NUMBERS, *_TEXTS)}
    if not located:
        if len(plain) == len(rows.ids):
            return EventColumns(**_typed(given))
        return EventColumns(**_typed(_taken(given, plain)))
    # Both, one after the other, then put in store order.
    n, extra = len(rows.ids), _arrays(located)
    order = np.argsort(np.concatenate([plain, where]), kind="stable")
    out: dict[str, Any] = {}
    for name in _NUMBERS:
        out[name] = np.concatenate([given[name][plain], extra[name]])[order]
    picks = np.concatenate([plain, n + np.arange(len(located))])[order]
    for name in _TEXTS:
        both = pa.concat_arrays([_string(given[name]), extra[name]])
        out[name] = both.take(pa.array(picks))
    return EventColumns(**_typed(out))


def _taken(given: dict[str, Any], picks: npt.NDArray[np.intp]) -> dict[str, Any]:
    out = {name: given[name][picks] for name in _NUMBERS}
    out.update({name: given[name].take(pa.array(picks)) for name in _TEXTS})
    return out


def _typed(given: dict[str, Any]) -> dict[str, Any]:
    out = {name: np.asarray(given[name], dtype=kind) for name, kind in _NUMBERS.items()}
    out.update({name: given[name] for name in _TEXTS})
    return out


def _string(texts: Any) -> Any:
    return texts if texts.type == pa.string() else texts.cast(pa.string())


def _arrays(events: list[Event]) -> dict[str, Any]:
    """The columns of ``events``, as :meth:`EventColumns.from_events` makes them."""
    codes = {key: code for code, key in enumerate(EVENT_TYPE_KEYS)}
    return {
        "ids": pa.array([e.id for e in events], type=pa.string()),
        "types": np.array([codes[e.type] for e in events], dtype=np.int64),
        "day": np.array([e.date.toordinal() for e in events], dtype=np.int64),
        "time_precision": np.array([e.time_precision for e in events], dtype=np.int64),
        "geo_precision": np.array([e.geo_precision or 0 for e in events], dtype=np.int64),
        "lat": np.array([e.lat for e in events], dtype=np.float64),
        "lon": np.array([e.lon for e in events], dtype=np.float64),
        "title": pa.array([e.title for e in events], type=pa.string()),
        "place": pa.array([e.place for e in events], type=pa.string()),
        "excerpt": pa.array([e.excerpt for e in events], type=pa.string()),
        "claimed_by": pa.array([e.claimed_by for e in events], type=pa.string()),
        "source": pa.array([e.source_label for e in events], type=pa.string()),
    }


# -- sources: checked once per distinct value --------------------------------------------------


# An event whose source_label is asked of a source.
_WITH_SOURCE = functools.partial(
    Event, "x", "strike", "x", "x", "x", dt.date(2000, 1, 1), 1, None, "x"
)
# A JSON integer that orjson and json may read differently (see geoparquet._LONG_INT).
_LONG_INT = re.compile(r"[0-9]{19,}")


def _label(source: Any) -> str | None:
    """The label of a valid ``source`` (:func:`_source`'s own check), else None; None too
    for an object named by a non-text value, whose text may depend on the JSON parser."""
    try:
        _source({"source": source})
    except EventValidationError:
        return None
    if isinstance(source, dict):
        name = source.get("title") or source.get("file") or source.get("url")
        if not isinstance(name, str):
            return None
    return _WITH_SOURCE(source).source_label


def _json(text: str) -> tuple[bool, Any]:
    """``(True, value)`` of JSON ``text`` as orjson reads it, or ``(False, None)`` if it is
    not JSON or holds a number orjson may read another way."""
    if _LONG_INT.search(text):
        return False, None
    try:
        return True, orjson.loads(text)
    except (orjson.JSONDecodeError, RecursionError):
        return False, None


def _verdicts(
    values: list[Any], parse: Callable[[Any], tuple[bool, str | None]]
) -> tuple[npt.NDArray[np.bool_], Any]:
    """``parse`` of each distinct value: a verdict (plain or not) and a source label (or
    None)."""
    verdicts = [parse(value) for value in values]
    plain = np.array([ok for ok, _ in verdicts], dtype=bool)
    return plain, pa.array([label for _, label in verdicts], type=pa.string())


def _per_row(
    plain: npt.NDArray[np.bool_], labels: Any, rows: npt.NDArray[np.int32]
) -> tuple[npt.NDArray[np.bool_], Any]:
    """The verdict and label of each row's value (its position ``rows`` among the distinct
    values, -1 for null: plain, no label)."""
    where = np.where(rows < 0, len(plain), rows)
    labels = pa.concat_arrays([labels, pa.nulls(1, pa.string())])
    return np.append(plain, True)[where], labels.take(pa.array(where))


def _dictionary(column: Any) -> tuple[Any, npt.NDArray[np.int32]]:
    """The distinct values of a dictionary-encoded column and, for each row, the position
    of its value among them (-1 for null)."""
    if column.num_chunks != 1:
        column = pa.chunked_array([column.unify_dictionaries().combine_chunks()])
    chunk = column.chunk(0)
    indices = pc.fill_null(chunk.indices.cast(pa.int32()), -1)
    return chunk.dictionary, indices.to_numpy(zero_copy_only=False)


def _type_codes(values: Any, indices: npt.NDArray[np.int32] | None = None) -> Any:
    """The position in EVENT_TYPES of each of ``values`` (or of ``values[indices]``), -1
    for any other value or null."""
    codes = pc.index_in(values, value_set=pa.array(EVENT_TYPE_KEYS, type=pa.string()))
    codes = pc.fill_null(codes, -1).to_numpy(zero_copy_only=False).astype(np.int64)
    return codes if indices is None else np.append(codes, -1)[indices]


# -- GeoParquet -----------------------------------------------------------------------------------


_TEXT_FIELDS = ("id", "type", "title", "place", "excerpt", "claimed_by", "source")
# A 2D point in WKB: byte order, type (1), x, y.
_WKB_POINT_BYTES = 21


@contextlib.contextmanager
def _mapapp_parquet(store: geoparquet.GeoParquetStore) -> Iterator[tuple[Any, Any] | None]:
    """The file open, with its geo metadata, if it is one mapapp writes (its columns, of
    their types, and points in longitude and latitude); None for any other."""
    opened = geoparquet.open_parquet(store.given, ["type", geoparquet.PROPERTIES])
    if opened is None:
        yield None
        return
    parquet, geo = opened
    with parquet:
        usual = geoparquet.lonlat_wkb(geo, store.given) and _usual(parquet.schema_arrow, geo)
        yield (parquet, geo) if usual else None


def _scan_parquet(store: geoparquet.GeoParquetStore, gazetteer: Gazetteer | None) -> Scan | None:
    path = store.given
    with _mapapp_parquet(store) as found:
        if found is None:
            return None
        parquet, geo = found
        schema = parquet.schema_arrow
        has_properties = geoparquet.PROPERTIES in schema.names
        names = [*geoparquet.FIELDS, *([geoparquet.PROPERTIES] if has_properties else [])]
        try:
            table = _read_parquet(parquet, [*names, geo["primary_column"]])
        except (pa.ArrowException, OSError, ValueError):
            return None  # load_events says what is wrong with the file
    return _scan(store, _parquet_rows(table, geo, path, has_properties), gazetteer)


def _parquet_look(store: geoparquet.GeoParquetStore) -> Points | None:
    with _mapapp_parquet(store) as found:
        if found is None:
            return None
        parquet, geo = found
        try:
            table = parquet.read(columns=["type", "geo_precision", "place", geo["primary_column"]])
        except (pa.ArrowException, OSError, ValueError):
            return None
    types, type_rows = _dictionary(table.column("type"))
    lon, lat = _wkb_points(_array(table.column(geo["primary_column"])))
    place = _array(table.column("place"))
    if pa.types.is_dictionary(place.type):
        place = place.cast(pa.string())
    return Points(
        lon,
        lat,
        _type_codes(types, type_rows),
        table.num_rows,
        _integers(table.column("geo_precision")),
        place,
    )


def _read_parquet(parquet: Any, names: list[str]) -> Any:
    """The columns ``names`` of the file. The excerpts are read first, alone: decoding them
    takes twice their size for a moment, which reading every column at once would add to
    the others' (a gigabyte at a million events rather than 750 MB)."""
    excerpts = parquet.read(columns=["excerpt"])
    give_back()
    table = parquet.read(columns=[n for n in names if n != "excerpt"])
    give_back()
    return table.append_column(excerpts.field(0), excerpts.column(0))


def _usual(schema: Any, geo: dict[str, Any]) -> bool:
    """Whether the file has the columns mapapp writes, of the types it writes, and no other
    (a file made by another tool is read by load_events)."""
    columns = set(geoparquet.data_columns(schema, geo))
    if not set(geoparquet.FIELDS) <= columns <= {*geoparquet.FIELDS, geoparquet.PROPERTIES}:
        return False
    kinds = {name: schema.field(name).type for name in columns}
    texts = [n for n in (*_TEXT_FIELDS, geoparquet.PROPERTIES) if n in kinds]
    geometry = schema.field(geo["primary_column"]).type
    return (
        all(_is_text(kinds[n]) for n in texts)
        and kinds["date"] == pa.date32()
        and all(pa.types.is_integer(kinds[n]) for n in ("time_precision", "geo_precision"))
        and (pa.types.is_binary(geometry) or pa.types.is_large_binary(geometry))
    )


def _is_text(kind: Any) -> bool:
    if pa.types.is_dictionary(kind):  # as read_dictionary reads it
        kind = kind.value_type
    return bool(pa.types.is_string(kind) or pa.types.is_large_string(kind))


def _parquet_rows(table: Any, geo: dict[str, Any], path: Path, has_properties: bool) -> _Rows:
    n = table.num_rows
    types, type_rows = _dictionary(table.column("type"))
    days = pc.fill_null(table.column("date").cast(pa.int32()), np.iinfo(np.int32).min)
    lon, lat = _wkb_points(_array(table.column(geo["primary_column"])))
    source = _array(table.column("source"))
    checked = np.ones(n, dtype=bool)
    if has_properties:
        # The properties JSON takes precedence: a row is plain if it holds none, or only
        # extra properties and maybe a valid source (whose label is then the row's).
        values, rows = _dictionary(table.column(geoparquet.PROPERTIES))
        plain, labels = _per_row(*_properties_verdicts(values), rows)
        checked &= plain
        source = pc.coalesce(labels, _string(source)) if labels.null_count else labels
    return _Rows(
        ids=_array(table.column("id")),
        types=_type_codes(types, type_rows),
        title=_array(table.column("title")),
        place=_array(table.column("place")),
        excerpt=_array(table.column("excerpt")),
        claimed_by=_array(table.column("claimed_by")),
        source=source,
        day=np.asarray(days.to_numpy(), dtype=np.int64) + _UNIX_DAY_ORDINAL,
        time_precision=_integers(table.column("time_precision")),
        geo_precision=_integers(table.column("geo_precision")),
        lon=lon,
        lat=lat,
        checked=checked,
        ids_sorted=False,
        features=lambda picks: geoparquet.table_features(table.take(picks), geo, path),
    )


_UNIX_DAY_ORDINAL = dt.date(1970, 1, 1).toordinal()
_FIELD_NAMES = frozenset(geoparquet.FIELDS)


# Above this many distinct properties texts (extra properties that differ from event to
# event, such as offsets), Arrow's JSON reader parses them at once: orjson one by one takes
# seconds at a million.
_MANY_PROPERTIES = 10_000
# What of a properties object the verdict depends on: whether it holds a field (a string
# if it is one; any other value fails the reading, then orjson reads each), and its source.
_PROPERTIES_SCHEMA = pa.schema(
    [
        *((name, pa.string()) for name in geoparquet.FIELDS if name != "source"),
        ("source", pa.struct([(k, pa.string()) for k in ("title", "file", "url", "published")])),
    ]
)
# Texts that the JSON reader might read otherwise than orjson: a null (the reader cannot
# tell it from a member left out), a control character (which would also cut a line),
# NaN and Infinity, a number beyond 64 bits.
_ODD_JSON = r"null|NaN|Infinity|[\x00-\x1f]|[0-9]{19}"
# How many texts the JSON reader reads at a time (if it refuses one, orjson reads them).
_JSON_ROWS = 65_536


def _properties_verdicts(values: Any) -> tuple[npt.NDArray[np.bool_], Any]:
    """:func:`_parquet_properties` of each distinct ``properties`` text."""
    if len(values) <= _MANY_PROPERTIES:
        return _verdicts(values.to_pylist(), _parquet_properties)
    parts = [_read_json(values.slice(i, _JSON_ROWS)) for i in range(0, len(values), _JSON_ROWS)]
    plain, labels = zip(*parts, strict=True)
    return np.concatenate(plain), pa.concat_arrays(labels)


def _read_json(texts: Any) -> tuple[npt.NDArray[np.bool_], Any]:
    """:func:`_parquet_properties` of each text, read at once by Arrow's JSON reader. It
    refuses what orjson may read otherwise (a member given twice, a value of another type
    than the schema's), and then orjson reads them all; the texts it may read otherwise
    without refusing them (:data:`_ODD_JSON`), orjson reads one by one."""
    odd = _matches(texts, _ODD_JSON) | (pc.binary_length(texts).to_numpy() == 0)
    lines = pc.binary_join_element_wise(pc.if_else(pa.array(odd), "{}", texts), "\n", "")
    offsets, data = _buffers(lines)
    options = pj.ParseOptions(
        explicit_schema=_PROPERTIES_SCHEMA, unexpected_field_behavior="ignore"
    )
    try:
        table = pj.read_json(pa.BufferReader(data[offsets[0] : offsets[-1]]), parse_options=options)
    except (pa.ArrowException, ValueError):
        table = None
    if table is None or table.num_rows != len(texts):
        return _verdicts(texts.to_pylist(), _parquet_properties)
    overridden = np.zeros(len(texts), dtype=bool)
    for name in _PROPERTIES_SCHEMA.names:
        if name != "source":
            overridden |= table.column(name).is_valid().to_numpy()
    given, valid, labels = _source_labels(_array(table.column("source")))
    plain = ~overridden & (~given | valid)
    if odd.any():
        picks = np.flatnonzero(odd)
        plain[picks], replaced = _verdicts(
            texts.take(pa.array(picks)).to_pylist(), _parquet_properties
        )
        labels = pc.replace_with_mask(labels, pa.array(odd), replaced)
    return plain, labels


def _source_labels(sources: Any) -> tuple[npt.NDArray[np.bool_], npt.NDArray[np.bool_], Any]:
    """Which of the source objects (members as text) are given, which are valid (as
    :func:`_source` judges them), and the label of each valid one (as
    :attr:`Event.source_label` makes it)."""
    given = sources.is_valid().to_numpy(zero_copy_only=False)
    title, file, url, published = (
        pc.struct_field(sources, k) for k in ("title", "file", "url", "published")
    )
    named = _filled(title) | _filled(file) | _filled(url)
    dated = published.is_null().to_numpy(zero_copy_only=False) | (
        _iso_days(pc.fill_null(published, "")) > 0
    )
    valid = given & named & dated

    def truthy(text: Any) -> Any:
        return pc.fill_null(pc.greater(pc.binary_length(text), 0), False)

    name = pc.if_else(truthy(title), title, pc.if_else(truthy(file), file, url))
    label = pc.coalesce(pc.binary_join_element_wise(name, published, ", published "), name)
    return given, valid, pc.if_else(pa.array(valid), label, pa.nulls(len(sources), pa.string()))


def _parquet_properties(text: str) -> tuple[bool, str | None]:
    """Whether a ``properties`` JSON leaves a row plain, and the source label it gives."""
    ok, value = _json(text)
    if not ok or not isinstance(value, dict):
        return False, None
    fields = value.keys() & _FIELD_NAMES
    if not fields:
        return True, None
    if fields != {"source"}:
        return False, None
    label = _label(value["source"])
    return label is not None, label


def _array(column: Any) -> Any:
    """A chunked column as one array (no copy if it is one chunk)."""
    if column.num_chunks == 1:
        return column.chunk(0)
    return column.combine_chunks()


def _integers(column: Any) -> npt.NDArray[np.int64]:
    return np.asarray(pc.fill_null(column, 0).to_numpy(), dtype=np.int64)


def _wkb_points(wkb: Any) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """The longitude and latitude of each 2D point in little-endian WKB (as shapely reads
    it), NaN for null and any other geometry."""
    lon, lat = np.full(len(wkb), np.nan), np.full(len(wkb), np.nan)
    offsets, data = _buffers(wkb)
    sized = np.flatnonzero(np.diff(offsets) == _WKB_POINT_BYTES)
    if wkb.null_count:
        sized = sized[wkb.is_valid().to_numpy(zero_copy_only=False)[sized]]
    starts = offsets[sized]
    point = sized[(data[starts] == 1) & (_at(data, "<u4", starts + 1) == 1)]
    lon[point] = _at(data, "<f8", offsets[point] + 5)
    lat[point] = _at(data, "<f8", offsets[point] + 13)
    return lon, lat


def _at(data: npt.NDArray[np.uint8], kind: str, positions: npt.NDArray[np.int64]) -> Any:
    """The values of type ``kind`` (any byte order) at byte ``positions`` of ``data``."""
    dtype = np.dtype(kind)
    if len(data) < dtype.itemsize:
        return np.zeros(0, dtype=dtype.newbyteorder("="))
    # Read in the machine's byte order (three times faster), then swapped if need be.
    native = dtype.newbyteorder("=")
    view = np.ndarray((len(data) - dtype.itemsize + 1,), dtype=native, buffer=data, strides=(1,))
    values = view[positions]
    return values if dtype.isnative or dtype.itemsize == 1 else values.byteswap()


# -- GeoJSON -------------------------------------------------------------------------------------


def _scan_geojson(store: geojson.GeoJSONStore, gazetteer: Gazetteer | None) -> Scan:
    # As in load_events: a hundred thousand features would set off the cyclic garbage
    # collector hundreds of times for nothing.
    collecting = gc.isenabled()
    gc.disable()
    try:
        features = store.read_features()
        return _scan(store, _geojson_rows(features), gazetteer)
    finally:
        if collecting:
            gc.enable()


# A row's values when it takes the exact path (its row is not checked, so never plain).
_NOTHING = ("", "", "", "", "", "", "", 0, 0, math.nan, math.nan, "")
# An integer coordinate a float holds exactly (beyond, the exact path says what it is).
_EXACT_INTEGER = 2**53


def _geojson_rows(features: list[Any]) -> _Rows:
    """The features of a GeoJSON file as arrays: a feature is checked when its values are
    of the kinds :func:`parse_feature` takes (:func:`_feature_values`); :func:`_plain`
    checks the values themselves."""
    n = len(features)
    got = [_feature_values(feature) for feature in features]
    checked = np.fromiter((values is not None for values in got), dtype=bool, count=n)
    columns = [list(c) for c in zip(*(v or _NOTHING for v in got), strict=True)] or [[]] * 12
    ids, kinds, title, place, excerpt, claimed_by, dates, tp, gp, lon, lat, sources = columns
    distinct: dict[Any, int] = {}
    codes = np.fromiter(
        (distinct.setdefault(key, len(distinct)) for key in sources), dtype=np.int64, count=n
    )
    labels = pa.array(
        [_label(dict(key) if type(key) is tuple else key) for key in distinct], type=pa.string()
    )
    return _Rows(
        ids=_texts(ids),
        types=_type_codes(_texts(kinds)),
        title=_texts(title),
        place=_texts(place),
        excerpt=_texts(excerpt),
        claimed_by=_texts(claimed_by),
        source=labels.take(pa.array(codes)),
        day=_iso_days(_texts(dates)),
        time_precision=np.array(tp, dtype=np.int64),
        geo_precision=np.array(gp, dtype=np.int64),
        lon=np.array(lon, dtype=np.float64),
        lat=np.array(lat, dtype=np.float64),
        checked=checked,
        ids_sorted=False,
        features=lambda picks: [features[i] for i in picks.tolist()],
    )


def _texts(values: list[str]) -> Any:
    """``values`` as an Arrow string array, made from their UTF-8 joined (Arrow's own
    conversion, one text at a time, takes ten times as long)."""
    encoded = [value.encode() for value in values]
    ends = np.cumsum(np.fromiter(map(len, encoded), dtype=np.int64, count=len(encoded)))
    large = len(ends) > 0 and ends[-1] >= 2**31
    offsets = np.concatenate([[0], ends]).astype(np.int64 if large else np.int32)
    kind = pa.LargeStringArray if large else pa.StringArray
    return kind.from_buffers(len(encoded), pa.py_buffer(offsets), pa.py_buffer(b"".join(encoded)))


def _feature_values(feature: Any) -> tuple[Any, ...] | None:
    """The id, type, title, place, excerpt, claimed_by, date, time and geo precision,
    longitude, latitude and source (a text, or an object as its members) of a Feature with
    a 2D Point whose values are of the kinds :func:`parse_feature` takes; None for any
    other (the exact path says what it is)."""
    if type(feature) is not dict or feature.get("type") != "Feature":
        return None
    props, geometry = feature.get("properties"), feature.get("geometry")
    if type(props) is not dict or type(geometry) is not dict or geometry.get("type") != "Point":
        return None
    coordinates = geometry.get("coordinates")
    if type(coordinates) is not list or len(coordinates) != 2:
        return None
    lon, lat = coordinates
    if not (_coordinate(lon) and _coordinate(lat)):
        return None
    get = props.get
    texts = (get("id"), get("type"), get("title"), get("place"), get("excerpt"))
    claimed_by, date = get("claimed_by"), get("date")
    if any(type(text) is not str for text in (*texts, claimed_by, date)):
        return None
    time_precision, geo_precision = get("time_precision"), get("geo_precision")
    if type(time_precision) is not int or time_precision not in TIME_PRECISION:
        return None
    if type(geo_precision) is not int or geo_precision not in GEO_PRECISION:
        return None
    source = get("source")
    if type(source) is not str:
        if type(source) is not dict or any(
            type(value) is not str and value is not None for value in source.values()
        ):
            return None
        source = tuple(source.items())
    return (*texts, claimed_by, date, time_precision, geo_precision, lon, lat, source)


def _coordinate(value: Any) -> bool:
    return type(value) is float or (
        type(value) is int and -_EXACT_INTEGER <= value <= _EXACT_INTEGER
    )


# -- PostGIS ---------------------------------------------------------------------------------------


# mapapp's table (see mapapp.store.postgis); any other is read by load_events.
_TABLE = {
    **dict.fromkeys(("id", "type", "title", "place", "excerpt", "date", "claimed_by"), "text"),
    "time_precision": "smallint",
    "geo_precision": "smallint",
    "source": "jsonb",
    "properties": "jsonb",
    "geom": "geometry(Point,4326)",
}
# What is read of each row: values that are never null first, then texts.
_FIXED = (
    ("ctid", "ctid"),  # where the row is: page (4 bytes) and item (2)
    ("time_precision", "coalesce(time_precision::int4, 0)"),
    ("geo_precision", "coalesce(geo_precision::int4, 0)"),
    ("lon", "coalesce(ST_X(geom), 'NaN')::float8"),
    ("lat", "coalesce(ST_Y(geom), 'NaN')::float8"),
    # A properties object adds extra properties only (it never overrides a column).
    ("plain", "(properties IS NULL OR jsonb_typeof(properties) = 'object')"),
)
_VARIABLE = ("id", "type", "title", "place", "excerpt", "date", "claimed_by", "source")
_SELECTED = sql.SQL(
    ", ".join([e for _, e in _FIXED] + [n if n != "source" else "source::text" for n in _VARIABLE])
)


def _scan_postgis(store: postgis.PostGISStore, gazetteer: Gazetteer | None) -> Scan | None:
    with postgis.snapshot(store) as conn:
        if not _mapapp_table(postgis.table_shape(store, conn)):
            return None
        table = postgis.read_arrow(store, conn, _SELECTED)
        rows = _postgis_rows(table, lambda ctids: postgis.features_at(store, conn, ctids))
        return _scan(store, rows, gazetteer)


# A first look: points, types and geo precisions, and the places of region-level rows, in
# whatever order the server finds them.
_LOOK = sql.SQL(
    ", ".join(
        [e for n, e in _FIXED if n in ("lon", "lat", "geo_precision")]
        + ["type", "CASE WHEN geo_precision = 3 THEN place END"]
    )
)


def _postgis_look(store: postgis.PostGISStore) -> Points | None:
    with postgis.snapshot(store) as conn:
        if not _mapapp_table(postgis.table_shape(store, conn)):
            return None
        table = postgis.read_arrow(store, conn, _LOOK, ordered=False)
    precision, lon, lat, types, place = (_one_array(column) for column in table.columns)
    return Points(
        lon.to_numpy(zero_copy_only=False).astype(np.float64),
        lat.to_numpy(zero_copy_only=False).astype(np.float64),
        _type_codes(types),
        table.num_rows,
        precision.to_numpy(zero_copy_only=False).astype(np.int64),
        place,
    )


def _mapapp_table(shape: dict[str, Any]) -> bool:
    """Whether the table is one mapapp made, read as psycopg reads it: a plain table (its
    rows have a ctid) with mapapp's columns, an id whose equal values sort together, UTF-8
    text, and floats written exactly (psycopg reads them as text)."""
    return bool(
        shape["kind"] == "r"
        and _TABLE.items() <= shape["columns"].items()
        and shape["id_deterministic"]
        and shape["encoding"] == "UTF8"
        and (shape["extra_float_digits"] or 0) >= 1
    )


def _one_array(column: Any) -> Any:
    """A column of batches as one array (texts as large strings past 2 GB)."""
    if column.num_chunks == 1:
        return column.chunk(0)
    if pa.types.is_string(column.type) and column.nbytes >= 1 << 31:
        column = column.cast(pa.large_string())
    return column.combine_chunks()


def _postgis_rows(table: Any, features_at: Callable[[list[str]], dict[str, Any]]) -> _Rows:
    """The rows of :data:`_SELECTED`, read into an Arrow ``table`` in id order: the texts an
    event keeps as they are ("" for null), the others as numbers (type codes, days, the
    source's place among the distinct sources)."""
    names = [name for name, _ in _FIXED] + list(_VARIABLE)
    columns = {name: _one_array(column) for name, column in zip(names, table.columns, strict=True)}
    null = np.zeros(table.num_rows, dtype=bool)
    texts = {}
    for name in _VARIABLE:
        column = columns[name]
        if column.null_count:
            null |= column.is_null().to_numpy(zero_copy_only=False)
            column = pc.fill_null(column, "")
        texts[name] = column
    # A ctid is six bytes: the page (big-endian, 4) and the item in it (2).
    ctids = columns["ctid"].storage if hasattr(columns["ctid"], "storage") else columns["ctid"]
    offsets, data = _buffers(ctids)
    where = data[offsets[0] : offsets[0] + 6 * len(ctids)].reshape(-1, 6)
    block = where[:, :4].copy().view(">u4").ravel().astype(np.uint32)
    item = where[:, 4:].copy().view(">u2").ravel().astype(np.uint16)
    encoded = pc.dictionary_encode(texts["source"])
    codes = encoded.indices.to_numpy(zero_copy_only=False).astype(np.int32)
    plain, labels = _per_row(*_verdicts(encoded.dictionary.to_pylist(), _postgis_source), codes)

    def number(name: str, kind: type) -> Any:
        return columns[name].to_numpy(zero_copy_only=False).astype(kind)

    def features(picks: npt.NDArray[np.intp]) -> list[Any]:
        ctids = [
            f"({b},{i})" for b, i in zip(block[picks].tolist(), item[picks].tolist(), strict=True)
        ]
        found = features_at(ctids) if ctids else {}
        return [found[c] for c in ctids]

    return _Rows(
        ids=texts["id"],
        types=_type_codes(texts["type"]),
        title=texts["title"],
        place=texts["place"],
        excerpt=texts["excerpt"],
        claimed_by=texts["claimed_by"],
        source=labels,
        day=_iso_days(texts["date"]),
        time_precision=number("time_precision", np.int64),
        geo_precision=number("geo_precision", np.int64),
        lon=number("lon", np.float64),
        lat=number("lat", np.float64),
        checked=number("plain", bool) & ~null & plain,
        ids_sorted=True,
        features=features,
    )


def _postgis_source(text: str) -> tuple[bool, str | None]:
    """Whether a ``source`` (jsonb as text) is valid, and its label."""
    ok, value = _json(text)
    label = _label(value) if ok else None
    return label is not None, label


def _iso_days(dates: Any) -> npt.NDArray[np.int64]:
    """The ordinal of each ``YYYY-MM-DD`` date text, 0 for any other text (the days Arrow
    reads are written back and compared: a 30 February is not taken for 2 March). Each
    distinct text is read once: a million events have a few thousand dates."""
    encoded = pc.dictionary_encode(dates)
    distinct = encoded.dictionary
    iso = _matches(distinct, "^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
    read = pc.strptime(distinct, format="%Y-%m-%d", unit="s", error_is_null=True)
    days = pc.cast(read, pa.date32())
    same = pc.fill_null(pc.equal(pc.cast(days, pa.string()), distinct), False)
    valid = iso & same.to_numpy(zero_copy_only=False)
    ordinals = pc.fill_null(days.cast(pa.int32()), 0).to_numpy(zero_copy_only=False)
    each = np.append(np.where(valid, ordinals.astype(np.int64) + _UNIX_DAY_ORDINAL, 0), 0)
    rows = pc.fill_null(encoded.indices, -1).to_numpy(zero_copy_only=False)
    return np.asarray(each[rows], dtype=np.int64)
