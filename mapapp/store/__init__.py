"""Where events are kept: one protocol (:mod:`mapapp.store.base`), one module per backend.

:func:`open_store` picks the backend from what a location names, everywhere mapapp accepts
an events location (``--events``, ``MAPAPP_EVENTS``, ``extract --append``, the app's save):

- ``*.geojson`` / ``*.json``: a GeoJSON file (:mod:`mapapp.store.geojson`), the default;
- ``*.parquet``: a GeoParquet 1.1 file (:mod:`mapapp.store.geoparquet`);
- ``postgresql://...``: a PostGIS table (:mod:`mapapp.store.postgis`).

To add a backend: a module here with a class that has the :class:`~mapapp.store.base.EventStore`
methods, and one line in :func:`open_store`.
"""

from __future__ import annotations

import os
from pathlib import Path

from mapapp.core.errors import EventsFileError
from mapapp.store.base import EventStore

URL_SCHEMES = ("postgresql://", "postgres://")
GEOJSON_SUFFIXES = (".geojson", ".json")
PARQUET_SUFFIXES = (".parquet", ".geoparquet")


def open_store(location: str | os.PathLike[str] | EventStore) -> EventStore:
    """The store at ``location`` (a path or a database URL); a store is returned as is.

    A path with another suffix is read as GeoJSON (or as GeoParquet if its bytes say so);
    a ``.csv`` is refused with the command that converts it (:class:`EventsFileError`).
    Opening reads no events: a missing file is created by the first save.
    """
    if not isinstance(location, (str, os.PathLike)):
        return location
    text = os.fspath(location)
    if text.startswith(URL_SCHEMES):
        from mapapp.store.postgis import PostGISStore

        return PostGISStore(text)
    suffix = Path(text).suffix.lower()
    if suffix in PARQUET_SUFFIXES:
        from mapapp.store.geoparquet import GeoParquetStore

        return GeoParquetStore(text)
    if suffix == ".csv":
        raise EventsFileError(
            f"{text}: a CSV file is not an events store; to map an ACLED export, convert it"
            f" first: mapapp convert {text} events.geojson"
        )
    if suffix not in GEOJSON_SUFFIXES and _parquet_magic(text):
        from mapapp.store.geoparquet import GeoParquetStore

        return GeoParquetStore(text)
    # Any other name is read as GeoJSON, the default: its errors say what is wrong with it.
    from mapapp.store.geojson import GeoJSONStore

    return GeoJSONStore(text)


def _parquet_magic(path: str) -> bool:
    """Whether ``path`` is a regular file that starts as a Parquet file does."""
    try:
        if not Path(path).is_file():
            return False
        with open(path, "rb") as handle:
            return handle.read(4) == b"PAR1"
    except OSError:
        return False
