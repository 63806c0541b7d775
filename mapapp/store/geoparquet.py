"""The GeoParquet backend: events as the rows of one GeoParquet 1.1 file.

A row is an event: one readable column per schema field, the point in a WKB ``geometry``
column (EPSG:4326, longitude then latitude, as GeoParquet always orders them) with a
``bbox`` covering column, and a JSON text column ``properties`` for the rest. Any GeoParquet
tool (geopandas, GDAL/QGIS, DuckDB) reads the file as a table of events.

The columns are typed for those tools (a ``date`` is an Arrow ``date32``), yet a save must
write back every feature already in the file exactly as it was read, even one that is not a
valid event (a save never drops what a user had). So each value that fits its column goes
there, and any value that does not (a date that is not ``YYYY-MM-DD``, a text
``time_precision``, a ``source`` object) is kept as it is in the ``properties`` JSON under
its own key, which takes precedence when the row is read. A property that is absent is
written as null: a table cannot tell them apart, and neither does validation.

Reading also accepts GeoParquet written by other tools (a GeoDataFrame with these columns;
dates as dates, timestamps or text; numbers as integers, or floats with NaN for missing): a
missing column leaves that field out of every row, for :func:`mapapp.store.load.load_events`
to report row by row; other columns become extra properties. A file that is not GeoParquet
at all raises :class:`~mapapp.core.errors.EventsFileError`, naming it and saying why.
"""

from __future__ import annotations

import datetime as dt
import decimal
import gc
import io
import json
import math
import operator
import os
import re
import stat
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
import orjson
import pyarrow as pa  # type: ignore[import-untyped, unused-ignore]
import pyarrow.compute as pc  # type: ignore[import-untyped, unused-ignore]
import pyarrow.parquet as pq  # type: ignore[import-untyped, unused-ignore]
import shapely
import shapely.geometry
from shapely.errors import ShapelyError

from mapapp.core.errors import EventsFileError
from mapapp.core.messages import clip, short_repr
from mapapp.core.model import Event
from mapapp.core.schema import EVENT_TYPES
from mapapp.store.base import Change, Query, event_key, unique_id, with_id
from mapapp.store.files import MAX_FILE_BYTES, read_bytes
from mapapp.store.filestore import FileStore

# The CRS the file declares: WGS 84 latitude/longitude, the coordinates of every map and
# gazetteer (GeoParquet stores them longitude first whatever the CRS's axis order says).
CRS = "EPSG:4326"
# The JSON text column of each row's extra properties and values that do not fit.
PROPERTIES = "properties"
# Written in row groups of this many rows, zstd-compressed: at a million events a smaller
# file than one Snappy row group, read faster once the process runs (the groups are decoded
# in parallel), and a query can skip the groups its covering bbox or dates rule out.
ROW_GROUP_ROWS = 65_536
COMPRESSION = "zstd"

# The Arrow type of each schema field's column, in the order written. Why these types:
# - text is ``string`` (Parquet UTF8), which every tool reads as text;
# - ``date`` is ``date32``, a calendar day without time or time zone, which is what an
#   event's date is: GIS tools, DuckDB and pandas show, sort and filter it as a date;
# - the precisions are ``int8``: small codes (1 to 3), null where unknown (``geo_precision``
#   of an event not yet located), read as integers everywhere (not float, as NaN-for-missing
#   would make them);
# - ``source`` is ``string``: a text source as it is, an object as its JSON text, readable
#   by any tool (the object itself is kept exactly in ``properties``).
_TEXT = pa.string()
FIELDS: dict[str, Any] = {
    "id": _TEXT,
    "type": _TEXT,
    "title": _TEXT,
    "place": _TEXT,
    "excerpt": _TEXT,
    "date": pa.date32(),
    "time_precision": pa.int8(),
    "geo_precision": pa.int8(),
    "claimed_by": _TEXT,
    "source": _TEXT,
}
_INT_FIELDS = ("time_precision", "geo_precision")

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# A JSON integer literal that may not fit in 64 bits (orjson would refuse or round it).
_LONG_INT = re.compile(r"[0-9]{19,}")
_ALL_DIGITS_ZERO = bytes.maketrans(b"123456789", b"000000000")
# How far a date may lie from the days it stands for (a month): the push-down's margin.
_DATE_MARGIN = dt.timedelta(days=31)
# GeoParquet's CRS names for longitude/latitude on WGS 84, as PROJJSON ids.
_LONLAT_IDS = ({"authority": "EPSG", "code": 4326}, {"authority": "OGC", "code": "CRS84"})


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while 100,000 rows become dicts (or the reverse):
    none of them is garbage, yet their number would set it off hundreds of times (as
    :func:`mapapp.store.load.load_events` does too, for the events)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


class GeoParquetStore(FileStore):
    """Events in a GeoParquet 1.1 file (``*.parquet``); see the module docstring."""

    item = "row"

    def check(self) -> None:
        """Usable as a whole: a file whose footer and GeoParquet metadata read is (reading a
        million rows to check them would take longer than the app takes to show them); any
        other is read in full, which says what is wrong with it."""
        opened = open_parquet(Path(self.given), [])
        if opened is not None:
            opened[0].close()
            return
        self.read_features()

    def read_features(self, query: Query | None = None) -> list[Any]:
        """The rows as features; with a ``query``, rows that cannot match it are skipped
        where the typed columns show it (a superset: ``load_events`` applies it exactly)."""
        with _collector_paused():
            return _read(self.given, query)

    def _load(self, path: Path) -> tuple[Any, list[Any]]:
        with _collector_paused():
            return None, _read(path, None)

    def _dump(self, container: Any, features: list[Any]) -> bytes:
        with _collector_paused():
            return _write(features, self.given)

    # A save changes a few rows: in a file mapapp wrote, the others are copied one row group
    # at a time (at a million events about 3 s and 0.7 GB, instead of 15 s and 3.8 GB for a
    # dict per row); in any other file, every row goes through a feature as before.

    def _append_in(
        self, path: Path, valid: list[tuple[Event, dict[str, Any]]]
    ) -> tuple[list[str], list[str], list[Change], str]:
        rows = _Rows.of(path) if valid else None
        if rows is None:
            return super()._append_in(path, valid)
        try:
            added: list[str] = []
            duplicates: list[str] = []
            changes: list[Change] = []
            new: list[dict[str, Any]] = []
            keys: set[tuple[str, str, str, str]] = set()
            for event, feature in valid:
                key = event_key(feature)
                if key is None or key in keys or rows.holds(key):
                    duplicates.append(event.id)
                    continue
                event_id = unique_id(event.id, _Taken(rows, added))
                feature = with_id(feature, event_id)
                new.append(feature)
                keys.add(key)
                added.append(event_id)
                changes.append(Change(0, "", "add", event_id, None, feature))
            if not new:
                return added, duplicates, changes, ""
            content = rows.written(add=rows.made(new, self.given))
        finally:
            rows.close()
        if content is None:
            return super()._append_in(path, valid)
        return added, duplicates, changes, self._replace_with(path, content, changes)

    def _update_in(self, path: Path, event_id: str, after: dict[str, Any], note: str) -> Change:
        rows = _Rows.of(path)
        if rows is None:
            return super()._update_in(path, event_id, after, note)
        before, content = None, None
        try:
            index = rows.find(event_id)
            if index is not None:
                before = rows.feature(index, self.given)
                content = rows.written(replace={index: rows.made([after], self.given)})
        finally:
            rows.close()
        if index is None or content is None:
            return super()._update_in(path, event_id, after, note)  # (not found: it says)
        logged = [Change(0, "", "update", event_id, before, after, note)]
        self._replace_with(path, content, logged)
        return logged[0]

    def _delete_in(self, path: Path, event_id: str, note: str) -> Change:
        rows = _Rows.of(path)
        if rows is None:
            return super()._delete_in(path, event_id, note)
        before, content = None, None
        try:
            index = rows.find(event_id)
            if index is not None:
                before = rows.feature(index, self.given)
                content = rows.written(remove=index)
        finally:
            rows.close()
        if index is None or content is None:
            return super()._delete_in(path, event_id, note)
        logged = [Change(0, "", "delete", event_id, before, None, note)]
        self._replace_with(path, content, logged)
        return logged[0]


# -- changing a few rows ---------------------------------------------------------------------


# The properties a row's JSON may hold in place of its column: a row that overrides one of
# these (its id, or what makes it the same event as another) is read as a feature; a file
# with such rows is saved the way any file is.
_KEY_FIELDS = ("id", "type", "place", "date", "excerpt")


class _Rows:
    """The rows of a GeoParquet file as mapapp writes it (its columns, types and geometry
    encoding), changed a few at a time: the rows a save makes are written as mapapp writes
    any row (:func:`_write`); every other row is copied as it is, value for value, one row
    group at a time (so that a million rows never sit in memory at once)."""

    def __init__(self, parquet: Any, geo: dict[str, Any], path: Path) -> None:
        self.parquet, self.geo, self.path = parquet, geo, path
        self.ids = parquet.read(columns=["id"]).column("id")
        sizes = [parquet.metadata.row_group(k).num_rows for k in range(parquet.num_row_groups)]
        self.starts = np.concatenate([[0], np.cumsum(sizes)]).astype(np.int64)
        # Whether a new row is of a geometry type the file's metadata does not list.
        self.unlisted = False
        self._kinds_days: Any = None

    @classmethod
    def of(cls, path: Path) -> _Rows | None:
        """The file's rows, or None if it is not one mapapp wrote (or does not exist), or a
        row holds one of :data:`_KEY_FIELDS` in its JSON. The caller closes it."""
        opened = open_parquet(path, [])
        if opened is None:
            return None
        parquet, geo = opened
        try:
            if _written_by_mapapp(parquet.schema_arrow, geo, path):
                extra = parquet.read(columns=[PROPERTIES]).column(PROPERTIES)
                pattern = '"(?:' + "|".join(_KEY_FIELDS) + ')"'
                if not pc.any(pc.match_substring_regex(extra, pattern)).as_py():
                    return cls(parquet, geo, path)
        except (pa.ArrowException, OSError, ValueError):
            pass
        parquet.close()
        return None

    def close(self) -> None:
        self.parquet.close()

    def find(self, event_id: str) -> int | None:
        """The first row with ``event_id``, or None."""
        found = pc.index(self.ids, event_id).as_py()
        return None if found is None or found < 0 else int(found)

    def _rows(self, indices: Sequence[int]) -> Any:
        """The rows at ``indices`` (ascending), reading only their row groups."""
        picked = np.asarray(indices, dtype=np.int64)
        groups = np.searchsorted(self.starts, picked, side="right") - 1
        parts = []
        for group in np.unique(groups).tolist():
            table = self.parquet.read_row_group(group)
            parts.append(table.take(pa.array(picked[groups == group] - self.starts[group])))
        return pa.concat_tables(parts)

    def feature(self, index: int, path: Path) -> Any:
        """The row at ``index`` as the feature :func:`_read` makes of it."""
        return table_features(self._rows([index]), self.geo, path)[0]

    def holds(self, key: tuple[str, str, str, str]) -> bool:
        """Whether a row is the event of ``key`` (:func:`~mapapp.store.base.event_key`)."""
        _, kind, date, _ = key
        try:
            day = dt.date.fromisoformat(date)
        except ValueError:
            return False  # a row's date that is not a day would be in its JSON (none here)
        if self._kinds_days is None:  # read once for all the new events of a save
            self._kinds_days = self.parquet.read(columns=["type", "date"])
        table = self._kinds_days
        same = pc.and_(pc.equal(table.column("type"), kind), pc.equal(table.column("date"), day))
        rows = np.flatnonzero(pc.fill_null(same, False).to_numpy(zero_copy_only=False))
        if not len(rows):
            return False
        found = table_features(self._rows(rows.tolist()), self.geo, self.path)
        return any(event_key(feature) == key for feature in found)

    def ids_hold(self, event_id: str) -> bool:
        return bool(pc.any(pc.equal(self.ids, event_id)).as_py())

    def made(self, features: list[Any], path: Path) -> Any:
        """``features`` as rows of this file (as :func:`_write` makes them)."""
        made = pq.read_table(pa.BufferReader(_write(features, path)))
        column = self.geo["columns"][self.geo["primary_column"]]
        listed = column.get("geometry_types")
        shapes = shapely.from_wkb(made.column("geometry").to_numpy(zero_copy_only=False))
        kinds = {_GEOMETRY_TYPES[int(k)] for k in shapely.get_type_id(shapes) if k >= 0}
        self.unlisted |= bool(listed) and not kinds <= set(listed)
        return pa.Table.from_arrays(made.columns, schema=self.parquet.schema_arrow)

    def written(
        self, replace: dict[int, Any] | None = None, remove: int | None = None, add: Any = None
    ) -> bytes | None:
        """The file's bytes with row ``remove`` left out, the rows of ``replace`` (index:
        a row :meth:`made`) in place of theirs and the rows ``add`` after the last, as mapapp
        writes GeoParquet; the GeoParquet metadata's bounding box made again. None if a new
        row is of a geometry type the file's metadata does not list."""
        if self.unlisted:
            return None
        replace = replace or {}
        gone = set(replace) | ({remove} if remove is not None else set())
        new = [row for row in [*replace.values(), add] if row is not None]
        geo = json.loads(json.dumps(self.geo))
        column = geo["columns"][geo["primary_column"]]
        bounds = _bounds(self.parquet.read(columns=["bbox"]).column("bbox"), gone, new)
        if bounds is None:
            column.pop("bbox", None)
        else:
            column["bbox"] = bounds
        schema = self.parquet.schema_arrow
        metadata = {**(schema.metadata or {}), b"geo": json.dumps(geo).encode("utf-8")}
        schema = schema.with_metadata(metadata)
        buffer = io.BytesIO()
        last = self.parquet.num_row_groups - 1
        try:
            with pq.ParquetWriter(buffer, schema, compression=COMPRESSION) as writer:
                for group in range(last + 1):
                    table = self.parquet.read_row_group(group)
                    first = int(self.starts[group])
                    touched = sorted(i - first for i in gone if first <= i < first + len(table))
                    if touched:
                        pieces, at = [], 0
                        for offset in touched:
                            pieces.append(table.slice(at, offset - at))
                            if first + offset in replace:
                                pieces.append(replace[first + offset])
                            at = offset + 1
                        pieces.append(table.slice(at))
                        table = pa.concat_tables(pieces)
                    if group == last and add is not None:
                        table = pa.concat_tables([table, add])
                    writer.write_table(table.cast(schema), row_group_size=ROW_GROUP_ROWS)
                if last < 0 and add is not None:
                    writer.write_table(add.cast(schema), row_group_size=ROW_GROUP_ROWS)
        except (pa.ArrowException, OSError, ValueError) as err:
            raise EventsFileError(
                f"{self.path}: cannot write the events as GeoParquet: {_first_line(err)}; the"
                " file is unchanged"
            ) from err
        return buffer.getvalue()


def _bounds(box: Any, gone: set[int], new: list[Any]) -> list[float] | None:
    """The bounding box of the ``bbox`` column ``box`` without the rows ``gone``, with the
    rows of the tables ``new``; None if no row has a point."""
    old = box.combine_chunks()
    keep = np.ones(len(old), dtype=bool)
    keep[list(gone)] = False
    parts = [old.filter(pa.array(keep)), *(t.column("bbox").combine_chunks() for t in new)]
    lows = [pc.min(p.field(f)).as_py() for p in parts for f in ("xmin", "ymin")]
    highs = [pc.max(p.field(f)).as_py() for p in parts for f in ("xmax", "ymax")]
    xs_low = [v for v in lows[0::2] if v is not None]
    ys_low = [v for v in lows[1::2] if v is not None]
    xs_high = [v for v in highs[0::2] if v is not None]
    ys_high = [v for v in highs[1::2] if v is not None]
    if not xs_low:
        return None
    return [min(xs_low), min(ys_low), max(xs_high), max(ys_high)]


# GeoParquet's geometry type names, by shapely's type ids.
_GEOMETRY_TYPES = {0: "Point", 1: "LineString", 2: "LinearRing", 3: "Polygon", 4: "MultiPoint",
                   5: "MultiLineString", 6: "MultiPolygon", 7: "GeometryCollection"}  # fmt: skip


class _Taken:
    """The ids a new event may not take: those of the file's rows and those just added."""

    def __init__(self, rows: _Rows, added: list[str]) -> None:
        self.rows, self.added = rows, added

    def __contains__(self, event_id: object) -> bool:
        return isinstance(event_id, str) and (
            event_id in self.added or self.rows.ids_hold(event_id)
        )


def _written_by_mapapp(schema: Any, geo: dict[str, Any], path: Path) -> bool:
    """Whether ``schema`` and ``geo`` are those of a file :func:`_write` makes: the same
    columns of the same types in the same order, WKB points in longitude/latitude with a
    bbox covering."""
    expected = _schema_written()
    if schema.names != expected.names or any(
        not schema.field(i).type.equals(expected.field(i).type) for i in range(len(schema))
    ):
        return False
    column = geo["columns"].get(geo.get("primary_column"), {})
    return bool(
        geo.get("primary_column") == "geometry"
        and str(column.get("encoding", "")).upper() == "WKB"
        and _covering_path(column) is not None
        and lonlat_wkb(geo, path)
    )


_SCHEMA: list[Any] = []


def _schema_written() -> Any:
    """The Arrow schema of a file :func:`_write` makes (made once)."""
    if not _SCHEMA:
        sample = {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [0.0, 0.0]},
            "properties": {"id": "x"},
        }
        _SCHEMA.append(pq.read_schema(pa.BufferReader(_write([sample], Path("schema")))))
    return _SCHEMA[0]


# -- reading ---------------------------------------------------------------------------------


def _read(path: Path, query: Query | None) -> list[Any]:
    """The features of the GeoParquet file ``path`` (those ``query`` may ask for)."""
    raw = read_bytes(path, EventsFileError)
    _check_magic(raw, path)
    source = pa.BufferReader(raw)
    try:
        schema = pq.read_schema(source)
    except (pa.ArrowException, OSError, ValueError) as err:
        raise EventsFileError(f"{path}: cannot read the Parquet file: {_first_line(err)}") from err
    geo = _geo_metadata(schema, path)
    primary: str = geo["primary_column"]
    column_meta: dict[str, Any] = geo["columns"][primary]
    lonlat = _is_lonlat(column_meta, path)
    where = _pushdown(query, schema, column_meta, lonlat) if query is not None else None
    try:
        if where is not None and query is not None and query == Query(ids=query.ids):
            table = _read_groups_of(raw, where, schema)
        else:
            table = pq.read_table(pa.BufferReader(raw), filters=where)
    except (pa.ArrowException, OSError, ValueError) as err:
        raise EventsFileError(f"{path}: cannot read the Parquet file: {_first_line(err)}") from err
    geometries = _geometries(table, primary, column_meta, raw, where, path)
    if not lonlat:
        geometries = _to_lonlat(geometries, column_meta["crs"], path)
    skipped = {primary, *_covering_columns(geo), *_index_columns(schema)}
    other_geometries = [c for c in geo["columns"] if c != primary and c in table.column_names]
    try:
        properties = _properties(table, skipped, other_geometries)
    except pa.ArrowException as err:  # a conversion Arrow cannot make (a time zone unknown)
        raise EventsFileError(f"{path}: cannot read the rows: {_first_line(err)}") from err
    return [
        {"type": "Feature", "geometry": g, "properties": p}
        for g, p in zip(_geojson(geometries), properties, strict=True)
    ]


def _read_groups_of(raw: bytes, where: Any, schema: Any) -> Any:
    """The rows ``where`` (a query by ids only) keeps, reading whole only the row groups
    that hold one: for a few events by id (the Events page's pick), whose rows the column
    statistics cannot place.
    The columns ``where`` looks at are read first, for every row group (at a million
    events, the ids: a tenth of the file)."""
    looked_at = [name for name in ("id", PROPERTIES) if name in schema.names]
    parquet = pq.ParquetFile(pa.BufferReader(raw))
    groups = [
        k
        for k in range(parquet.num_row_groups)
        if parquet.read_row_group(k, columns=looked_at).filter(where).num_rows
    ]
    return parquet.read_row_groups(groups).filter(where)


def _check_magic(raw: bytes, path: Path) -> None:
    """Say plainly when ``raw`` is not a Parquet file at all (pyarrow's words are cryptic)."""
    if raw[:4] == b"PAR1" and raw[-4:] == b"PAR1" and len(raw) >= 12:
        return
    if not raw:
        why = "it is empty"
    elif raw.lstrip()[:1] in (b"{", b"["):
        why = "it looks like JSON (name a GeoJSON file *.geojson)"
    elif raw[:4] == b"PAR1":
        why = "it is cut short (no Parquet footer at its end)"
    else:
        why = "it does not start and end with the Parquet marker PAR1"
    raise EventsFileError(f"{path}: not a GeoParquet file: {why}")


def _first_line(err: BaseException) -> str:
    """An error's message on one short line (Arrow's run over several)."""
    text = " ".join(str(err).split()) or type(err).__name__
    return clip(text, 160)


def _geo_metadata(schema: Any, path: Path) -> dict[str, Any]:
    """The file's GeoParquet metadata, checked enough to find its geometry column."""
    metadata = schema.metadata or {}
    if b"geo" not in metadata:
        listed = clip(", ".join(schema.names), 100) or "none"
        raise EventsFileError(
            f"{path}: not a GeoParquet file: a Parquet table without GeoParquet ('geo')"
            f" metadata, so without a geometry column (columns: {listed})"
        )
    try:
        geo = orjson.loads(metadata[b"geo"])
    except orjson.JSONDecodeError as err:
        raise EventsFileError(f"{path}: its GeoParquet metadata is not JSON: {err}") from err
    columns = geo.get("columns") if isinstance(geo, dict) else None
    primary = geo.get("primary_column") if isinstance(geo, dict) else None
    if not isinstance(columns, dict) or not isinstance(columns.get(primary), dict):
        raise EventsFileError(
            f"{path}: its GeoParquet metadata names no geometry column"
            f" (primary_column {short_repr(primary)})"
        )
    if primary not in schema.names:
        raise EventsFileError(
            f"{path}: its GeoParquet metadata names the geometry column {short_repr(primary)},"
            " which the file does not have"
        )
    result: dict[str, Any] = geo
    return result


def _covering_columns(geo: dict[str, Any]) -> set[str]:
    """The columns that only repeat a geometry's bounding box (GeoParquet 1.1 covering)."""
    names: set[str] = set()
    for meta in geo["columns"].values():
        bbox = meta.get("covering", {}).get("bbox") if isinstance(meta, dict) else None
        if isinstance(bbox, dict):
            names.update(p[0] for p in bbox.values() if isinstance(p, list) and p)
    return names


def _index_columns(schema: Any) -> set[str]:
    """pandas' unnamed index columns (``__index_level_0__``): row numbers, not data."""
    try:
        pandas_meta = orjson.loads((schema.metadata or {}).get(b"pandas", b"{}"))
        names = pandas_meta.get("index_columns", [])
    except (orjson.JSONDecodeError, AttributeError):
        return set()
    return {n for n in names if isinstance(n, str) and n.startswith("__index_level_")}


def _covering_path(column_meta: dict[str, Any]) -> dict[str, list[str]] | None:
    bbox = column_meta.get("covering", {}).get("bbox")
    if isinstance(bbox, dict) and all(
        isinstance(bbox.get(k), list) and len(bbox[k]) == 2
        for k in ("xmin", "ymin", "xmax", "ymax")
    ):
        return bbox
    return None


def _is_lonlat(column_meta: dict[str, Any], path: Path) -> bool:
    """Whether the geometry column holds longitude/latitude (else it is reprojected).

    No ``crs`` means OGC:CRS84 (GeoParquet's default); a null one, an unknown CRS, which is
    taken as longitude/latitude too, the only coordinates an events file holds."""
    crs = column_meta.get("crs")
    if crs is None or (isinstance(crs, dict) and crs.get("id") in _LONLAT_IDS):
        return True
    try:
        import pyproj

        return bool(pyproj.CRS.from_user_input(crs).equals("OGC:CRS84", ignore_axis_order=True))
    except Exception as err:  # pyproj raises its own errors, and others for odd input
        raise EventsFileError(
            f"{path}: the geometry column's coordinate reference system cannot be read:"
            f" {_first_line(err)}"
        ) from err


def _to_lonlat(geometries: Any, crs: Any, path: Path) -> Any:
    """``geometries`` (shapely, in ``crs``) in longitude/latitude."""
    import pyproj

    try:
        transformer = pyproj.Transformer.from_crs(
            pyproj.CRS.from_user_input(crs), "OGC:CRS84", always_xy=True
        )

        def project(xy: Any) -> Any:
            return np.column_stack(transformer.transform(xy[:, 0], xy[:, 1]))

        return shapely.transform(geometries, project)
    except Exception as err:  # pyproj raises its own errors
        raise EventsFileError(
            f"{path}: cannot convert the coordinates to longitude/latitude: {_first_line(err)}"
        ) from err


def _geometries(
    table: Any, primary: str, column_meta: dict[str, Any], raw: bytes, where: Any, path: Path
) -> Any:
    """The primary geometry column as a numpy array of shapely geometries (or None)."""
    encoding = str(column_meta.get("encoding", "WKB"))
    column = table.column(primary)
    try:
        if encoding.upper() == "WKB":
            return shapely.from_wkb(np.array(column.to_pylist(), dtype=object))
        if encoding == "point" and pa.types.is_struct(column.type):
            return _native_points(column)
        # Other GeoArrow encodings (lines, polygons): geopandas reads every one of them.
        import geopandas  # type: ignore[import-untyped, unused-ignore]

        frame = geopandas.read_parquet(io.BytesIO(raw), columns=[primary], filters=where)
        return np.asarray(frame.geometry.array, dtype=object)
    except (ShapelyError, pa.ArrowException, ValueError, TypeError) as err:
        raise EventsFileError(
            f"{path}: cannot read the geometry column {primary!r} ({encoding}): {_first_line(err)}"
        ) from err


def _native_points(column: Any) -> Any:
    """A GeoArrow ``point`` column (a struct of x, y and maybe z) as shapely points."""
    column = column.combine_chunks()
    names = [column.type.field(i).name for i in range(column.type.num_fields)]
    coords = [column.field(n).to_numpy(zero_copy_only=False).astype(float) for n in names[:3]]
    result = np.empty(len(column), dtype=object)
    valid = column.is_valid().to_numpy(zero_copy_only=False)
    result[valid] = shapely.points(*[c[valid] for c in coords])
    return result


def _geojson(geometries: Any) -> list[Any]:
    """Shapely geometries as GeoJSON geometry dicts: a point as ``[lon, lat]`` (or with its
    height); none, an empty one or one with a NaN coordinate as None."""
    result: list[Any] = [None] * len(geometries)
    kinds = shapely.get_type_id(geometries)
    empty = shapely.is_empty(geometries)
    points = np.flatnonzero((kinds == shapely.GeometryType.POINT) & ~empty)
    if len(points):
        # One coordinate each: an (n, 3) array, the height NaN for a point without one.
        xyz = shapely.get_coordinates(geometries[points], include_z=True)
        located = ~(np.isnan(xyz[:, 0]) | np.isnan(xyz[:, 1]))
        points, xyz = points[located], xyz[located]
        flat = np.isnan(xyz[:, 2])
        coordinates = xyz[:, :2].tolist() if flat.all() else xyz.tolist()
        if not flat.all():
            coordinates = [
                c[:2] if f else c for c, f in zip(coordinates, flat.tolist(), strict=True)
            ]
        for i, c in zip(points.tolist(), coordinates, strict=True):
            result[i] = {"type": "Point", "coordinates": c}
    others = np.flatnonzero((kinds >= 0) & (kinds != shapely.GeometryType.POINT) & ~empty)
    for j in others.tolist():
        result[j] = orjson.loads(shapely.to_geojson(geometries[j]))
    return result


def _properties(table: Any, skipped: set[str], other_geometries: list[str]) -> list[Any]:
    """Each row's properties: its columns' values (absent for a column the file lacks),
    then what its ``properties`` JSON holds, which wins."""
    names: list[str] = []
    columns: list[list[Any]] = []
    overrides: list[Any] | None = None
    for name in table.column_names:
        if name in skipped:
            continue
        column = table.column(name)
        if name == PROPERTIES:
            overrides = _values(column)
        elif name in other_geometries:
            names.append(name)
            columns.append(_other_geometries(column))
        else:
            names.append(name)
            columns.append(_field_values(name, column))
    if columns:
        rows = [dict(zip(names, row, strict=True)) for row in zip(*columns, strict=True)]
    else:
        rows = [{} for _ in range(table.num_rows)]
    if overrides is not None:
        held = [i for i, v in enumerate(overrides) if v is not None]
        for index, extra in zip(held, _parse_all([overrides[i] for i in held]), strict=True):
            rows[index].update(extra)
    return rows


def _parse_all(cells: list[Any]) -> list[dict[str, Any]]:
    """:func:`_parse_properties` of every cell. Integers beyond 64 bits, which orjson would
    round, are looked for once in all the text (a regular expression per cell costs as
    much as the parsing)."""
    texts = "\n".join(c for c in cells if type(c) is str).encode("utf-8", "surrogatepass")
    long_ints = b"0" * 19 in texts.translate(_ALL_DIGITS_ZERO)
    return [_parse_properties(c, long_ints) for c in cells]


def _other_geometries(column: Any) -> list[Any]:
    """A geometry column besides the event's point, as GeoJSON geometries (an extra
    property of each row), or as plain values if it is not WKB."""
    try:
        return _geojson(shapely.from_wkb(np.array(column.to_pylist(), dtype=object)))
    except (ShapelyError, TypeError, ValueError):
        return _values(column)


def _parse_properties(value: Any, long_ints: bool = True) -> dict[str, Any]:
    """What one ``properties`` cell adds to a row: its JSON object, or, if it holds
    anything else, that value itself as the property ``properties`` (nothing is lost)."""
    if isinstance(value, dict):
        return value
    if isinstance(value, str):
        try:
            parsed = orjson.loads(value)
            if long_ints and _LONG_INT.search(value):
                parsed = json.loads(value)  # keeps integers beyond 64 bits exact
        except (orjson.JSONDecodeError, ValueError, RecursionError):
            parsed = None
        if isinstance(parsed, dict):
            return parsed
    return {PROPERTIES: value}


def _field_values(name: str, column: Any) -> list[Any]:
    """The values of one column, as the events-file schema writes them: ``date`` as ISO
    text, the precisions as integers (a float 1.0 as 1), NaN as null."""
    kind = column.type
    if pa.types.is_dictionary(kind):
        column = column.cast(kind.value_type)
        kind = column.type
    if name == "date" and (pa.types.is_timestamp(kind) or pa.types.is_date(kind)):
        if pa.types.is_timestamp(kind) and kind.tz is not None:
            column = pc.local_timestamp(column)  # the day where it happened, not in UTC
        dates = pc.cast(column, pa.date32(), safe=False)
        days: list[Any] = pc.cast(dates, pa.string()).to_pylist()
        return days
    values = _values(column)
    if name in _INT_FIELDS and pa.types.is_floating(kind):
        return [int(v) if type(v) is float and v.is_integer() else v for v in values]
    if name == "source" and pa.types.is_struct(kind):
        return [_without_nulls(v) for v in values]
    return values


def _values(column: Any) -> list[Any]:
    """A column's values as JSON-like Python values (NaN as None, dates as ISO text)."""
    kind = column.type
    if pa.types.is_dictionary(kind):
        column = column.cast(kind.value_type)
        kind = column.type
    values: list[Any] = column.to_pylist()
    if pa.types.is_floating(kind):
        return [None if v != v else v for v in values]  # NaN is the only value not itself
    if (
        pa.types.is_string(kind)
        or pa.types.is_large_string(kind)
        or pa.types.is_integer(kind)
        or pa.types.is_boolean(kind)
        or pa.types.is_null(kind)
    ):
        return values
    return [_plain(v) for v in values]


def _plain(value: Any) -> Any:
    """``value`` (from an Arrow column of any type) as a JSON-like value."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, (dt.date, dt.time)):  # datetime too
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return value.total_seconds()
    if isinstance(value, decimal.Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, bytes):
        return value.hex()
    return value


def _without_nulls(value: Any) -> Any:
    """A ``source`` read from a struct column: the members its row has (a struct gives
    every row every member, null where absent)."""
    if isinstance(value, dict):
        return {k: v for k, v in value.items() if v is not None}
    return value


def _pushdown(query: Query, schema: Any, column_meta: dict[str, Any], lonlat: bool) -> Any | None:
    """An Arrow filter keeping every row that may match ``query`` (or be invalid): a row
    whose typed value is null, or overridden in its ``properties`` JSON, is kept. With
    ``ids``, only rows that may have one of them are kept, invalid or not."""
    names = set(schema.names)
    parts = []

    def unless_overridden(key: str, keep: Any) -> Any:
        keep = pc.field(key).is_null() | keep
        if PROPERTIES in names and _is_text(schema.field(PROPERTIES).type):
            keep = keep | pc.match_substring(pc.field(PROPERTIES), f'"{key}"')
        return keep

    if query.types is not None and "type" in names and _is_text(schema.field("type").type):
        # Valid types not asked for are skipped; invalid ones stay, to be reported.
        skipped = sorted(set(EVENT_TYPES) - query.types)
        if skipped:
            parts.append(unless_overridden("type", ~pc.field("type").isin(skipped)))
    if (
        (query.start is not None or query.end is not None)
        and "date" in names
        and schema.field("date").type == pa.date32()
    ):
        keep = None
        if query.start is not None:
            keep = pc.field("date") >= pc.scalar(_shifted(query.start, -_DATE_MARGIN))
        if query.end is not None:
            late = pc.field("date") <= pc.scalar(_shifted(query.end, _DATE_MARGIN))
            keep = late if keep is None else keep & late
        parts.append(unless_overridden("date", keep))
    if query.ids is not None and "id" in names and _is_text(schema.field("id").type):
        parts.append(unless_overridden("id", pc.field("id").isin(sorted(query.ids))))
    covering = _covering_path(column_meta)
    if query.bbox is not None and lonlat and covering is not None:
        west, south, east, north = query.bbox
        fields = {k: pc.field(*covering[k]) for k in ("xmin", "ymin", "xmax", "ymax")}
        if all(_has_double(schema, covering[k]) for k in fields):
            inside = (
                (fields["xmin"] <= east)
                & (fields["xmax"] >= west)
                & (fields["ymin"] <= north)
                & (fields["ymax"] >= south)
            )
            # No point (null, or NaN from some writers): an event not located, kept.
            unplaced = fields["xmin"].is_null() | pc.is_nan(fields["xmin"])
            parts.append(unplaced | inside)
    if not parts:
        return None
    where = parts[0]
    for part in parts[1:]:
        where = where & part
    return where


def _is_text(kind: Any) -> bool:
    return bool(pa.types.is_string(kind) or pa.types.is_large_string(kind))


def _has_double(schema: Any, path: Sequence[str]) -> bool:
    """Whether ``path`` (column, member) names a float member of a struct column."""
    column, member = path
    if column not in schema.names:
        return False
    kind = schema.field(column).type
    if not pa.types.is_struct(kind) or kind.get_field_index(member) < 0:
        return False
    return bool(pa.types.is_floating(kind.field(member).type))


def _shifted(day: dt.date, by: dt.timedelta) -> dt.date:
    try:
        return day + by
    except OverflowError:
        return dt.date.min if by < dt.timedelta(0) else dt.date.max


# -- writing ---------------------------------------------------------------------------------


def _write(features: list[Any], path: Path) -> bytes:
    """The bytes of a GeoParquet 1.1 file holding ``features`` (see the module docstring)."""
    import geopandas
    import pandas as pd

    columns, overflow = _columns(features, path)
    geometries = _shapes(features, path)
    try:
        arrays = {name: pa.array(values, type=FIELDS[name]) for name, values in columns.items()}
        arrays[PROPERTIES] = pa.array(overflow, type=_TEXT)
        frame = pd.DataFrame(
            {name: array.to_pandas(types_mapper=pd.ArrowDtype) for name, array in arrays.items()}
        )
        table = geopandas.GeoDataFrame(
            frame, geometry=geopandas.array.from_shapely(geometries, crs=CRS)
        )
        buffer = io.BytesIO()
        table.to_parquet(
            buffer,
            index=False,
            schema_version="1.1.0",
            write_covering_bbox=True,
            compression=COMPRESSION,
            row_group_size=ROW_GROUP_ROWS,
        )
    except (pa.ArrowException, ValueError, TypeError, UnicodeError) as err:
        raise EventsFileError(
            f"{path}: cannot write the events as GeoParquet: {_first_line(err)}; the file is"
            " unchanged"
        ) from err
    return buffer.getvalue()


def _columns(features: list[Any], path: Path) -> tuple[dict[str, list[Any]], list[str | None]]:
    """Each schema field's column values, and each row's ``properties`` JSON: its extra
    properties and every value that does not fit its column, exactly (None if neither).

    Column by column: a list comprehension per field is several times faster than a
    function call per value, which matters at 100,000 rows."""
    rows = [_properties_of(index, feature, path) for index, feature in enumerate(features)]
    known = FIELDS.keys()
    # The extra properties (most events have none: one set comparison finds out).
    rest: dict[int, dict[str, Any]] = {
        index: {k: v for k, v in props.items() if k not in known}
        for index, props in enumerate(rows)
        if not props.keys() <= known
    }
    columns: dict[str, list[Any]] = {}
    records = [_record(props) for props in rows]
    by_field = list(zip(*records, strict=True)) if records else [() for _ in FIELDS]
    for name, field_values in zip(FIELDS, by_field, strict=True):
        values = list(field_values)
        fitted = _fitted(name, values)
        for index in [i for i, v in enumerate(fitted) if v is _MISFIT]:
            value = values[index]
            rest.setdefault(index, {})[name] = value
            # A source object is also shown as its JSON text, for other tools to read.
            shown = name == "source" and type(value) is dict
            fitted[index] = _json_text(value, path) if shown else None
        columns[name] = fitted
    overflow: list[str | None] = [None] * len(rows)
    for index, extra in rest.items():
        overflow[index] = _json_text(extra, path)
    return columns, overflow


def _properties_of(index: int, feature: Any, path: Path) -> dict[str, Any]:
    """The properties of ``feature``, which must be a GeoJSON Feature: every feature that
    reaches a save is one (read from the file, or validated)."""
    props = feature.get("properties") if type(feature) is dict else None
    if type(props) is not dict or feature.get("type") != "Feature":
        raise EventsFileError(
            f"{path}: cannot write row #{index}: expected a GeoJSON Feature with properties,"
            f" got {short_repr(feature)}; the file is unchanged"
        )
    return props


_GET_FIELDS = operator.itemgetter(*FIELDS)


def _record(props: dict[str, Any]) -> tuple[Any, ...]:
    """The schema fields of ``props`` in column order, None for any it lacks (one C call
    for an event that has them all, as nearly every one has)."""
    try:
        values: tuple[Any, ...] = _GET_FIELDS(props)
    except KeyError:
        return tuple(props.get(name) for name in FIELDS)
    return values


# A value that its column cannot hold exactly: it goes into the row's properties JSON.
_MISFIT: Any = object()


def _fitted(name: str, values: list[Any]) -> list[Any]:
    """``values`` as the column ``name`` holds them, ``_MISFIT`` where it cannot exactly."""
    if name == "date":
        return [_day(v) for v in values]
    if name in _INT_FIELDS:  # an int that an int8 holds (a bool is not one)
        return [v if v is None or (type(v) is int and -128 <= v < 128) else _MISFIT for v in values]
    return [v if v is None or type(v) is str else _MISFIT for v in values]


def _day(value: Any) -> Any:
    """An ISO date ``YYYY-MM-DD`` as a date (which gives back the same text), else
    ``_MISFIT`` (None stays None)."""
    if value is None:
        return None
    if type(value) is str and _ISO_DATE.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    return _MISFIT


def _json_text(value: Any, path: Path) -> str:
    """``value`` as compact JSON text, every value as read (integers beyond 64 bits too)."""
    try:
        return orjson.dumps(value).decode()
    except orjson.JSONEncodeError:
        pass
    try:
        return json.dumps(value, ensure_ascii=False, allow_nan=False)
    except (ValueError, TypeError, RecursionError) as err:
        raise EventsFileError(
            f"{path}: cannot write {short_repr(value)} as JSON: {err}; the file is unchanged"
        ) from err


_NUMBER = (int, float)


def _shapes(features: list[Any], path: Path) -> Any:
    """Each feature's geometry as a shapely geometry (None for null), points made at once."""
    result = np.empty(len(features), dtype=object)
    rows: list[int] = []
    coordinates: list[list[float]] = []
    for index, feature in enumerate(features):
        geometry = feature.get("geometry")
        if geometry is None:
            continue
        coords = geometry.get("coordinates") if type(geometry) is dict else None
        if (
            type(coords) is list
            and len(coords) == 2
            and type(coords[0]) in _NUMBER
            and type(coords[1]) in _NUMBER
            and geometry.get("type") == "Point"
        ):
            rows.append(index)
            coordinates.append(coords)
            continue
        try:  # a point with a height, or another geometry read from another tool's file
            result[index] = shapely.geometry.shape(geometry)
        except (AttributeError, KeyError, TypeError, ValueError, IndexError, ShapelyError) as err:
            raise EventsFileError(
                f"{path}: cannot write row #{index}: its geometry {short_repr(geometry)} is"
                f" not a GeoJSON geometry ({_first_line(err)}); the file is unchanged"
            ) from err
    if rows:
        result[np.array(rows)] = shapely.points(np.array(coordinates, dtype=float))
    return result


# -- reading as columns (mapapp.store.scan) ------------------------------------------------------


def open_parquet(path: Path, dictionaries: list[str]) -> tuple[Any, dict[str, Any]] | None:
    """The file ``path`` opened as a ``pyarrow.parquet.ParquetFile`` (the columns named in
    ``dictionaries`` read dictionary-encoded) and its GeoParquet metadata; None if it is not
    a regular file of at most :data:`~mapapp.store.files.MAX_FILE_BYTES` with GeoParquet
    metadata (:func:`_read` says what is wrong with it). The caller closes the file."""
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_FILE_BYTES:
            return None
        with pq.ParquetFile(path) as probe:
            names = set(probe.schema_arrow.names)
        parquet = pq.ParquetFile(path, read_dictionary=[n for n in dictionaries if n in names])
    except (pa.ArrowException, OSError, ValueError):
        return None
    try:
        return parquet, _geo_metadata(parquet.schema_arrow, path)
    except EventsFileError:
        parquet.close()
        return None


def lonlat_wkb(geo: dict[str, Any], path: Path) -> bool:
    """Whether the primary geometry column is WKB in longitude/latitude (read as is)."""
    meta: dict[str, Any] = geo["columns"][geo["primary_column"]]
    if str(meta.get("encoding", "WKB")).upper() != "WKB":
        return False
    try:
        return _is_lonlat(meta, path)
    except EventsFileError:
        return False


def table_features(table: Any, geo: dict[str, Any], path: Path) -> list[Any]:
    """The rows of ``table`` (read from ``path``, whose geometry :func:`lonlat_wkb` reads
    as is) as the features :func:`_read` makes of them."""
    primary: str = geo["primary_column"]
    geometries = _geometries(table, primary, geo["columns"][primary], b"", None, path)
    skipped = {primary, *_covering_columns(geo), *_index_columns(table.schema)}
    other_geometries = [c for c in geo["columns"] if c != primary and c in table.column_names]
    try:
        properties = _properties(table, skipped, other_geometries)
    except pa.ArrowException as err:
        raise EventsFileError(f"{path}: cannot read the rows: {_first_line(err)}") from err
    return [
        {"type": "Feature", "geometry": g, "properties": p}
        for g, p in zip(_geojson(geometries), properties, strict=True)
    ]


def row_count(path: Path) -> int:
    """How many rows the file ``path`` has, from its footer (no row is read)."""
    try:
        return int(pq.ParquetFile(path).metadata.num_rows)
    except FileNotFoundError:
        raise EventsFileError(f"{path}: file not found") from None
    except (pa.ArrowException, OSError, ValueError) as err:
        raise EventsFileError(f"{path}: cannot read the Parquet file: {_first_line(err)}") from err


def data_columns(schema: Any, geo: dict[str, Any]) -> list[str]:
    """The columns :func:`_read` makes properties of: all but the primary geometry, its
    bounding box columns and pandas' index."""
    skipped = {geo["primary_column"], *_covering_columns(geo), *_index_columns(schema)}
    return [name for name in schema.names if name not in skipped]
