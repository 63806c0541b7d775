"""The GeoJSON backend: events in one FeatureCollection file, read and written exactly.

Reading checks the file as a whole (:class:`mapapp.core.errors.EventsFileError` names it and
says why it is unusable); its features are validated one by one later, by
:func:`mapapp.store.load.load_events`.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import orjson

from mapapp.core.errors import EventsFileError
from mapapp.core.messages import short_repr
from mapapp.core.model import Event
from mapapp.store.base import LOCK_TIMEOUT_S, Query, SaveReport
from mapapp.store.files import read_bytes
from mapapp.store.filestore import FileStore

_BOM = b"\xef\xbb\xbf"


def read_collection(path: Path) -> list[Any]:
    """Read an events file and return its features; raise :class:`EventsFileError` if the
    file as a whole is unusable (missing, unreadable, not JSON, not a FeatureCollection)."""
    features: list[Any] = parse_collection(read_bytes(path, EventsFileError), path)["features"]
    return features


def parse_collection(raw: bytes, path: Path) -> dict[str, Any]:
    """The FeatureCollection in ``raw`` (the bytes of ``path``), as a dict whose
    ``features`` is a list; :class:`EventsFileError` says why it is not one."""
    try:
        # A leading byte-order mark is legal in a UTF-8 file (Windows editors write one).
        data = orjson.loads(raw[len(_BOM) :] if raw.startswith(_BOM) else raw)
    except orjson.JSONDecodeError as err:
        if "UTF-8" in err.msg:
            raise EventsFileError(f"{path}: cannot read the file: it is not UTF-8 text") from err
        raise EventsFileError(
            f"{path}: invalid JSON at line {err.lineno}, column {err.colno}: {err.msg}"
        ) from err
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        kind = data.get("type") if isinstance(data, dict) else type(data).__name__
        raise EventsFileError(
            f"{path}: expected a GeoJSON FeatureCollection, got {short_repr(kind)}"
        )
    features = data.get("features")
    if not isinstance(features, list):
        raise EventsFileError(f"{path}: 'features' must be a list, got {short_repr(features)}")
    return data


def to_geojson(events: Iterable[Event]) -> dict[str, Any]:
    """A FeatureCollection of ``events``, ready for ``json.dumps``."""
    return {"type": "FeatureCollection", "features": [e.to_feature() for e in events]}


class GeoJSONStore(FileStore):
    """Events in a GeoJSON FeatureCollection file (RFC 7946), the default store.

    Saving keeps every value as it was read, even integers beyond 64 bits and members
    mapapp does not know, and writes indented UTF-8 JSON.
    """

    def read_features(self, query: Query | None = None) -> list[Any]:
        return read_collection(self.given)

    def _load(self, path: Path) -> tuple[Any, list[Any]]:
        data = read_exactly(read_bytes(path, EventsFileError), path)
        features: list[Any] = data["features"]
        return data, features

    def _empty(self) -> Any:
        return {"type": "FeatureCollection"}

    def _dump(self, container: Any, features: list[Any]) -> bytes:
        return dump_exactly({**container, "features": features}, self.given)


def append_events(
    path: str | os.PathLike[str],
    features: Iterable[Mapping[str, Any]],
    *,
    timeout: float = LOCK_TIMEOUT_S,
) -> SaveReport:
    """Add event features to the GeoJSON file at ``path`` (created if missing); see
    :meth:`GeoJSONStore.append`."""
    return GeoJSONStore(path).append(features, timeout=timeout)


# An integer literal that may not fit in 64 bits (orjson would read it as a float).
_LONG_INT = re.compile(rb"(?<![0-9.])[0-9]{19,}(?![0-9.eE])")


_ALL_DIGITS_ZERO = bytes.maketrans(b"123456789", b"000000000")


# orjson reads 1,024 levels of nesting; the standard json module needs this much more room
# on the Python stack to read or write as many.
_JSON_RECURSION = 5_000


@contextlib.contextmanager
def _json_recursion_room() -> Iterator[None]:
    """Let the standard json module nest as deep as orjson reads (1,024 levels)."""
    before = sys.getrecursionlimit()
    sys.setrecursionlimit(before + _JSON_RECURSION)
    try:
        yield
    finally:
        sys.setrecursionlimit(before)


def _may_hold_long_int(raw: bytes) -> bool:
    """Whether ``raw`` may hold an integer literal beyond 64 bits. A run of 19 digits is
    looked for first (0.1 s for 70 MB; the exact pattern alone takes 1.5 s)."""
    return b"0" * 19 in raw.translate(_ALL_DIGITS_ZERO) and _LONG_INT.search(raw) is not None


def read_exactly(raw: bytes, path: Path) -> dict[str, Any]:
    """The FeatureCollection in ``raw`` with every value as written, to be written back.

    orjson reads an integer beyond 64 bits as a float; when the bytes hold such a literal,
    the standard json module (which keeps big integers) reads the file instead.
    :class:`EventsFileError` says why it is not a FeatureCollection.
    """
    data = parse_collection(raw, path)  # every check, and the errors that name the file
    if not _may_hold_long_int(raw):
        return data
    try:
        with _json_recursion_room():
            exact: dict[str, Any] = json.loads(raw.decode("utf-8-sig"))
            return exact
    except (RecursionError, ValueError) as err:
        raise EventsFileError(f"{path}: cannot read the file exactly: {err}") from err


def dump_exactly(data: dict[str, Any], path: Path) -> bytes:
    """``data`` as indented JSON, every value as it was read by :func:`read_exactly`: orjson,
    or, for what it cannot write (integers beyond 64 bits, over 255 levels of nesting), the
    standard json module."""
    try:
        return orjson.dumps(data, option=orjson.OPT_INDENT_2) + b"\n"
    except orjson.JSONEncodeError:
        pass
    try:
        with _json_recursion_room():
            text = json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False)
        return text.encode("utf-8") + b"\n"
    except (RecursionError, ValueError) as err:
        raise EventsFileError(
            f"{path}: cannot write the events as JSON: {err}; the file is unchanged"
        ) from err
