"""A store's columns kept on disk between runs, so that a restarted app opens a million
events in a fraction of a second instead of reading them again.

After :func:`mapapp.store.scan.scan_events` has read a store, the app writes its columns as
one Arrow IPC file in the user's cache folder (``$XDG_CACHE_HOME/mapapp/columns``, by
default ``~/.cache/mapapp/columns``), named after the store's location and its version
(:meth:`EventStore.version`: a file's size and modification time, a PostGIS table's change
counter). The next run with the same store at the same version maps that file into memory
(nothing is parsed; pages are read as they are touched); any change to the store gives
another version, so a cache is never used for data that changed. The problems and the events
not on the map are kept beside it as JSON (those without a point are placed again, by the
same gazetteer, when read).

A cache is only an optimisation: one that is missing, unreadable, of another format or from
an older mapapp is ignored (and replaced), and a cache folder that cannot be written is
skipped. The store itself is never touched.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Hashable, Mapping
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa  # type: ignore[import-untyped, unused-ignore]

from mapapp.core.errors import EventValidationError
from mapapp.core.messages import Problem
from mapapp.core.model import Unlocated, parse_feature
from mapapp.core.query import EventColumns
from mapapp.geo.gazetteer import Gazetteer
from mapapp.store.load import placed
from mapapp.store.scan import Scan

# Changes whenever what is written here changes: older caches are then ignored.
FORMAT = 1
# Events not on the map are placed again when a cache is read: beyond this many, not cached.
UNLOCATED_LIMIT = 2000
_NUMBERS = {
    "types": pa.int8(),
    "day": pa.int32(),
    "time_precision": pa.int8(),
    "geo_precision": pa.int8(),
    "lat": pa.float64(),
    "lon": pa.float64(),
}
_TEXTS = ("ids", "title", "place", "excerpt", "claimed_by", "source")


def cache_dir(environ: Mapping[str, str] | None = None) -> Path:
    """``$XDG_CACHE_HOME/mapapp/columns``, by default ``~/.cache/mapapp/columns``."""
    env = os.environ if environ is None else environ
    base = env.get("XDG_CACHE_HOME", "")
    if not base or not os.path.isabs(base):
        base = os.path.join(env.get("HOME") or str(Path.home()), ".cache")
    return Path(base) / "mapapp" / "columns"


def _names(location: str, version: Hashable, folder: Path) -> tuple[Path, Path, str]:
    where = hashlib.sha256(location.encode("utf-8", "surrogatepass")).hexdigest()[:20]
    what = hashlib.sha256(repr((FORMAT, location, version)).encode("utf-8", "replace"))
    stem = f"{where}-{what.hexdigest()[:20]}"
    return folder / f"{stem}.arrow", folder / f"{stem}.json", where


def kept(location: str, version: Hashable, folder: Path | None = None) -> bool:
    """Whether :func:`write` kept ``location`` at ``version`` (without reading it)."""
    columns_path, extra_path, _ = _names(location, version, folder or cache_dir())
    return columns_path.is_file() and extra_path.is_file()


def read(
    location: str,
    version: Hashable,
    gazetteer: Gazetteer | None,
    folder: Path | None = None,
) -> Scan | None:
    """The scan of ``location`` at ``version`` kept by :func:`write`, or None."""
    columns_path, extra_path, _ = _names(location, version, folder or cache_dir())
    try:
        extra = _extra(extra_path, location)
        if extra is None:
            return None
        columns = _mapped(columns_path)
        problems = tuple(Problem(*p) for p in extra["problems"])
        unlocated = []
        for feature, reason in extra["unlocated"]:
            event = parse_feature(feature)
            found = placed(event, gazetteer)
            unlocated.append(found if isinstance(found, Unlocated) else Unlocated(event, reason))
    except (OSError, ValueError, KeyError, TypeError, pa.ArrowException, EventValidationError):
        return None
    return Scan(columns, tuple(unlocated), problems)


def columns(location: str, version: Hashable, folder: Path | None = None) -> EventColumns | None:
    """Only the columns of ``location`` at ``version`` kept by :func:`write`, mapped from the
    file, or None: for a scan just written, whose problems and events not on the map its
    caller still has (:func:`read` would place those again)."""
    columns_path, extra_path, _ = _names(location, version, folder or cache_dir())
    try:
        if _extra(extra_path, location) is None:
            return None
        return _mapped(columns_path)
    except (OSError, ValueError, KeyError, TypeError, pa.ArrowException):
        return None


def _extra(extra_path: Path, location: str) -> dict[str, Any] | None:
    """What :func:`write` kept beside the columns, if this mapapp wrote it for ``location``."""
    extra = json.loads(extra_path.read_text(encoding="utf-8"))
    if not isinstance(extra, dict) or extra.get("format") != FORMAT:
        return None
    return extra if extra.get("location") == location else None


def _mapped(columns_path: Path) -> EventColumns:
    """The columns of a file :func:`write` wrote, mapped from it (nothing is parsed)."""
    table = pa.ipc.open_file(pa.memory_map(str(columns_path))).read_all()
    numbers = {name: _mapped_numbers(table.column(name)) for name in _NUMBERS}
    texts = {name: table.column(name) for name in _TEXTS}
    return EventColumns(**numbers, **texts)


def write(location: str, version: Hashable, scan: Scan, folder: Path | None = None) -> bool:
    """Keep ``scan`` for the next run (replacing what was kept for ``location``); False if
    it is not kept (too many events not on the map, or the folder cannot be written)."""
    if len(scan.unlocated) > UNLOCATED_LIMIT:
        return False
    folder = folder or cache_dir()
    columns_path, extra_path, where = _names(location, version, folder)
    columns = scan.columns
    arrays: dict[str, Any] = {
        name: pa.array(np.asarray(getattr(columns, _attribute(name))), type=kind)
        for name, kind in _NUMBERS.items()
    }
    arrays |= {name: getattr(columns, name) for name in _TEXTS}
    extra = {
        "format": FORMAT,
        "location": location,
        "problems": [[p.file, p.feature, p.field, p.message] for p in scan.problems],
        "unlocated": [[u.event.to_feature(), u.reason] for u in scan.unlocated],
    }
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob(f"{where}-*"):
            old.unlink(missing_ok=True)
        _atomic(columns_path, lambda out: _write_table(pa.table(arrays), out))
        _atomic(extra_path, lambda out: out.write(json.dumps(extra).encode("utf-8")))
    except (OSError, ValueError, TypeError, pa.ArrowException):
        return False
    return True


def _mapped_numbers(column: Any) -> np.ndarray:
    """A column of numbers as NumPy sees it, still in the mapped file (one chunk, as
    :func:`write` writes it: ``combine_chunks`` would copy even that one)."""
    array = column.chunk(0) if column.num_chunks == 1 else column.combine_chunks()
    numbers: np.ndarray = array.to_numpy(zero_copy_only=False)
    return numbers


def _attribute(name: str) -> str:
    return "_day" if name == "day" else name


def _write_table(table: Any, out: Any) -> None:
    with pa.ipc.new_file(out, table.schema) as writer:
        writer.write_table(table)


def _atomic(path: Path, fill: Any) -> None:
    """Write ``path`` through a temporary file beside it, renamed when complete."""
    handle, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    try:
        with os.fdopen(handle, "wb") as out:
            fill(out)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
