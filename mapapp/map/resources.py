"""What the pages of the app share, loaded once per process (Streamlit's resource cache),
and where their events are: the file or database they show, and whether they may save to it.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import stat
import threading
import time
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyarrow.compute as pc  # type: ignore[import-untyped, unused-ignore]
import streamlit as st

from mapapp.core.errors import MapappError
from mapapp.core.memory import give_back
from mapapp.core.messages import Problem
from mapapp.core.model import Event, Unlocated
from mapapp.core.query import EventColumns, EventTable
from mapapp.geo.gazetteer import Gazetteer
from mapapp.geo.regions import Regions, admin1_names, default_regions
from mapapp.map.aggregate import NO_EVENTS_BOUNDS, FirstLook, Outlines, ViewIndex, server_side_from
from mapapp.map.layer import PreparedEvents
from mapapp.store import URL_SCHEMES, columns_cache, open_store
from mapapp.store.load import load_events
from mapapp.store.scan import Scan, count_rows, may_hold_more, scan_events
from mapapp.store.scan import first_look as read_points

# The sample events that come with mapapp: tests and docs read them, the app never saves to
# them. `mapapp run` without --events serves a copy in the user's data folder instead.
SAMPLE_EVENTS = Path(__file__).resolve().parents[2] / "events.geojson"

_MARKDOWN = re.compile(r"([!-/:-@\[-`{-~])")
# What GitHub-flavoured Markdown turns into a link by itself, escaped or not: "www.",
# "http://", "https://", "ftp://", "mailto:" and e-mail addresses ("a@b.c").
_AUTOLINK = re.compile(r"(?i)(www)(?=\.)|(https?|ftp|mailto)(?=:)|(@)")
# U+2060 WORD JOINER: invisible, and no autolink pattern runs across it.
_JOINER = "\u2060"


def md(text: object) -> str:
    """``text`` for Streamlit's Markdown (captions, messages, labels): every ASCII punctuation
    mark backslash-escaped, and an invisible joiner in what would become a link by itself
    (``www.``, ``http://``, ``a@b.c``), so text from an article or a file can neither load an
    image, make a link nor change the formatting."""
    text = _AUTOLINK.sub(lambda m: m.group() + _JOINER, str(text))
    return _MARKDOWN.sub(r"\\\1", text)


def events_path() -> str:
    """The events the app shows and saves to (a file or a database URL, see
    :func:`mapapp.store.open_store`): ``MAPAPP_EVENTS``, else events.geojson."""
    return os.environ.get("MAPAPP_EVENTS", "events.geojson")


def user_events_path(environ: Mapping[str, str] | None = None) -> Path:
    """The user's own events file: ``$XDG_DATA_HOME/mapapp/events.geojson``, by default
    ``~/.local/share/mapapp/events.geojson`` (the XDG base directory convention; a relative
    ``XDG_DATA_HOME`` is ignored, as the convention says)."""
    env = os.environ if environ is None else environ
    base = env.get("XDG_DATA_HOME", "")
    if not base or not os.path.isabs(base):
        home = env.get("HOME") or str(Path.home())
        base = os.path.join(home, ".local", "share")
    return Path(base) / "mapapp" / "events.geojson"


def read_only_reason(location: str) -> str:
    """Why the app must not save to ``location`` ("" if it may): the sample events, a
    read-only file, a folder it cannot write in (a save writes a new file beside the old
    one). A database is taken as writable: a save that is refused says so."""
    if location.startswith(URL_SCHEMES):
        return ""
    path = Path(os.path.realpath(location))
    if _same_file(path, SAMPLE_EVENTS):
        return (
            f"{location} holds the sample events that come with mapapp, which the app never"
            " changes. `mapapp run` without --events works on your own copy of them, in"
            f" {user_events_path()}."
        )
    try:
        info = path.stat()
    except FileNotFoundError:
        info = None  # the first save creates it
    except OSError as err:
        return f"{location} cannot be read: {err.strerror or err}."
    if info is not None:
        if not stat.S_ISREG(info.st_mode):
            return f"{location} is not a regular file."
        # No write permission for anyone is read-only even for root, whom os.access lets write.
        if not info.st_mode & 0o222 or not os.access(path, os.W_OK):
            return f"{location} is read-only."
    if not path.parent.is_dir():
        return f"{location} cannot be saved to: there is no folder {path.parent}."
    if not os.access(path.parent, os.W_OK | os.X_OK):
        return f"{location} cannot be saved to: no permission to write in {path.parent}."
    return ""


def _same_file(path: Path, other: Path) -> bool:
    try:
        return path == other.resolve() or os.path.samefile(path, other)
    except OSError:
        return False


def events_label(location: str) -> str:
    """``location`` as the page may show it: a database URL without its password."""
    try:
        return open_store(location).location
    except MapappError:
        return location.split("@", 1)[-1] if "://" in location else location


@st.cache_resource(show_spinner=False)
def gazetteer() -> Gazetteer | str:
    """The gazetteer, or the reason it cannot be opened (the map still works without it)."""
    try:
        return Gazetteer.default()
    except MapappError as err:
        return str(err)


def file_version(path: str) -> Hashable:
    """Changes whenever the stored events do (a save by this app, by another tab, by the
    command line or, for a database, by another person)."""
    return open_store(path).version()


@st.cache_resource(show_spinner="Loading region boundaries…")
def regions() -> Regions | str | None:
    """The first-level regions (``MAPAPP_REGIONS``, else the packaged Natural Earth ones),
    None if there are none, or why the file named cannot be used (the map works without)."""
    try:
        return default_regions()
    except MapappError as err:
        return str(err)


_warming: threading.Thread | None = None
_warming_lock = threading.Lock()
# Held while a loading thread imports (the warm-up here, the pages' imports of
# mapapp.app.serve): two threads importing folium at once can each find the other's half-made
# branca ("cannot import name 'ENV' from 'branca.element'").
IMPORTING = threading.Lock()


def warm_up() -> threading.Thread:
    """Read the regions and make the basemap once, in a thread of their own (started by the
    first call; join it before using them): on the first visit they are made while the
    events load, not after."""
    global _warming
    with _warming_lock:
        if _warming is None:
            _warming = threading.Thread(target=_warm, name="mapapp-warm-up", daemon=True)
            _warming.start()
        return _warming


def _warm() -> None:
    with IMPORTING:
        from mapapp.map.view import build_map  # the map stack, imported here too

    try:
        found = default_regions()
        build_map([], tiles=None, regions=found, server_bounds=NO_EVENTS_BOUNDS)
    except Exception:  # the page reads them itself and says what is wrong
        pass


@st.cache_resource(show_spinner=False, max_entries=2)
def admin1(path: str, version: Hashable) -> dict[str, str]:
    """Event id -> the first-level region it is in, for the events at ``path`` (at
    ``version``); empty without regions, and for a map clustered on the server (its pages
    ask :func:`admin1_of` for the few events they show)."""
    data = load(path, version)
    if data.server_side:
        return {}
    return admin1_of(data.table.take(range(len(data.table))))


def admin1_of(events: Sequence[Event]) -> dict[str, str]:
    """Event id -> the first-level region it is in, for ``events``; empty without regions."""
    found = regions()
    if not isinstance(found, Regions):
        return {}
    return admin1_names(found, events)


@dataclass(frozen=True)
class MapData:
    """What the map page shows of a store: its located events as columns, those no source
    locates, the invalid ones; and either every event's layer JSON (``prepared``: the
    browser holds them all) or the index that clusters them on the server (``view``)."""

    table: EventColumns
    unlocated: tuple[Unlocated, ...]
    problems: tuple[Problem, ...]
    prepared: PreparedEvents | None
    view: ViewIndex | None

    @property
    def server_side(self) -> bool:
        return self.view is not None

    @property
    def total(self) -> int:
        return len(self.table) + len(self.unlocated)

    def outlines(self, regions: Regions | None) -> Outlines | None:
        """The region outlines that stand for region-level events when the server clusters
        (made once per file and regions; None with too few events or no regions)."""
        if regions is None or self.view is None:
            return None
        made = self.__dict__.get("_outlines")
        if made is None or made[0] is not regions:
            made = (regions, Outlines.of_columns(self.table, regions))
            self.__dict__["_outlines"] = made
        return made[1]

    @functools.cached_property
    def sources(self) -> list[str]:
        """Every source's label, once, sorted (made at the first rerun, not at each)."""
        labels = set(pc.unique(self.table.source).to_pylist())
        return sorted(labels | {u.event.source_label for u in self.unlocated})


# A resource, not data: cached data would be copied (pickled) on every rerun, which for
# 100,000 events costs seconds. Nothing mutates the result: events are frozen.
@st.cache_resource(show_spinner="Loading events…", max_entries=2)
def load(path: str, version: Hashable) -> MapData:
    """The events at ``path``, loaded once per ``version`` (see :func:`file_version`; part of
    the cache key, so a changed store is read again).

    A store that may hold more than :func:`server_side_from` rows (a GeoParquet file or
    PostGIS table that does, a GeoJSON file large enough to) is read as columns
    (:func:`mapapp.store.scan.scan_events`), never as one object per event; whatever the
    store, beyond that many located events the map is clustered on the server, and the
    columns are kept on disk for the next run (:mod:`mapapp.store.columns_cache`) and read
    from there from then on (:func:`_kept`)."""
    found = gazetteer()
    places = found if isinstance(found, Gazetteer) else None
    threshold = server_side_from()
    # Kept on disk by an earlier run: only ever for a store clustered on the server.
    kept = columns_cache.read(path, version, places)
    if kept is not None and len(kept.columns) > threshold:
        return _clustered(kept)
    if may_hold_more(path, threshold):
        scan = scan_events(path, places)
        if len(scan.columns) > threshold:
            return _clustered(_kept(path, version, scan))
    result = load_events(path, places)
    table = EventTable(result.events)
    if len(table) > threshold:
        scan = Scan(table, result.unlocated, result.problems)
        return _clustered(_kept(path, version, scan))
    return MapData(table, result.unlocated, result.problems, PreparedEvents(result.events), None)


@st.cache_resource(show_spinner=False, max_entries=2)
def first_look(path: str, version: Hashable) -> FirstLook | None:
    """Where the events at ``path`` are, from their points and types alone (and the region
    outlines of region-level ones), for the map to show while :func:`load` reads them all:
    only for a GeoParquet file or PostGIS table that mapapp wrote, of more rows than
    :func:`server_side_from`, whose columns are not kept on disk (those open at once); None
    otherwise, or if it cannot be read (:func:`load` says why)."""
    threshold = server_side_from()
    try:
        if columns_cache.kept(path, version):
            return None
        rows = count_rows(path)
        if rows is None or rows <= threshold:
            return None
        points = read_points(path)
    except MapappError:
        return None
    if points is None:
        return None
    look = FirstLook.of(points)
    return look if len(look) > threshold else None


_loads: dict[tuple[str, str], threading.Thread] = {}
_loads_lock = threading.Lock()


def load_soon(path: str, version: Hashable) -> threading.Thread:
    """:func:`load` of ``path`` at ``version`` in a thread of its own, started by the first
    call (the page shows :func:`first_look` meanwhile); join it, then call :func:`load`,
    which has the result, or raises what stopped it."""
    key = (path, repr(version))
    with _loads_lock:
        thread = _loads.get(key)
        if thread is None:
            for done in [k for k, t in _loads.items() if not t.is_alive()]:
                del _loads[done]
            thread = threading.Thread(
                target=_load_quietly, args=(path, version), name="mapapp-load", daemon=True
            )
            _loads[key] = thread
            thread.start()
        return thread


# How long a store's read, not yet begun, may wait for a visitor's first look to be drawn
# (``MAPAPP_READ_HOLD``, seconds from the first hold): see :func:`hold_read`.
READ_HOLD_S = 10.0
_holds: dict[tuple[str, str], float] = {}  # key -> held until
_not_held: set[tuple[str, str]] = set()  # released, or begun: a later hold changes nothing
_holds_changed = threading.Condition()


def hold_read(path: str, version: Hashable) -> None:
    """A visitor is about to be shown the first look of ``path`` at ``version`` (or, at the
    server's start, may be): its read, if it has not begun, waits until
    :func:`release_read` (a visitor's map has drawn the first look), and at most
    :data:`READ_HOLD_S` (``MAPAPP_READ_HOLD``) from the first hold. On a machine of two
    cores, the read (a million rows: seconds of the database's work and the app's)
    competing with the first visitor's browser and page took seconds from their first
    markers; begun after them, it ends about as soon."""
    key = (path, repr(version))
    seconds = float(os.environ.get("MAPAPP_READ_HOLD", READ_HOLD_S))
    with _holds_changed:
        if key not in _not_held and key not in _holds:
            _holds[key] = time.monotonic() + seconds


def release_read(path: str, version: Hashable) -> None:
    """The read of ``path`` at ``version`` need not wait any more (see :func:`hold_read`)."""
    key = (path, repr(version))
    with _holds_changed:
        _not_held.add(key)  # (the page's next run, at once, would hold it again)
        if _holds.pop(key, None) is not None:
            _holds_changed.notify_all()


def _wait_for_visitors(path: str, version: Hashable) -> None:
    """Until no visitor holds the read of ``path`` at ``version`` (:func:`hold_read`)."""
    key = (path, repr(version))
    with _holds_changed:
        while (until := _holds.get(key)) is not None and (left := until - time.monotonic()) > 0:
            _holds_changed.wait(left)
        _holds.pop(key, None)
        _not_held.add(key)


def load_ended(path: str, version: Hashable) -> bool:
    """Whether :func:`load_soon`'s read of ``path`` at ``version`` has ended (or failed)."""
    with _loads_lock:
        thread = _loads.get((path, repr(version)))
    return thread is not None and not thread.is_alive()


def _load_quietly(path: str, version: Hashable) -> None:
    _wait_for_visitors(path, version)
    # (The page calls load itself, which raises what stopped it again, and says it.)
    with contextlib.suppress(Exception):
        load(path, version)
    first_look.clear()  # read: the first look's arrays are not needed any more
    # What the read used for a moment (the scan's own arrays, now held from their copy on
    # disk, and the first look's): 450-550 MB at a million events, kept by the allocators.
    give_back()


def _clustered(scan: Scan) -> MapData:
    return MapData(scan.columns, scan.unlocated, scan.problems, None, ViewIndex(scan.columns))


def _kept(path: str, version: Hashable, scan: Scan) -> Scan:
    """``scan`` kept on disk for the next run, with its columns from the copy there: mapped
    from the file, whose pages the system reads as they are touched and can drop, instead of
    the scan's own arrays (at a million events, 0.5 s to write, and 450 MB less of the
    process's own memory for as long as it runs); ``scan`` itself if it cannot be kept."""
    if columns_cache.write(path, version, scan):
        mapped = columns_cache.columns(path, version)
        if mapped is not None:
            return Scan(mapped, scan.unlocated, scan.problems)
    return scan
