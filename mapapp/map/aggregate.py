"""What the map shows of many events: clusters and markers for one view, made on the server.

Beyond :data:`SERVER_SIDE_FROM` located events the app no longer sends the browser every
event. For the view the map reports (its bounds and zoom) this module counts the selected
events on a grid of :data:`CELL_PX`-pixel cells in Web Mercator at that zoom: a cell with
one event becomes that event's marker, a cell with more becomes a cluster badge at the mean
of its events, with its count per type (the badge's colours). When very few events are in
view (:data:`POINTS_LIMIT`), every one is a marker. Events sharing one point (many reports
"in the Donetsk region"), and from :data:`FAN_ZOOM` any badge, fan out on a click: their
events are sent with the badge, up to :data:`FAN_LIMIT`.

The grid is anchored to the world, not to the view, so panning does not reshuffle clusters.
The cost is one pass over the selected events' coordinates (a few array operations:
O(selection)), then O(cells + markers) to build what is sent, which is bounded by the view:
a few hundred badges and markers, tens of kilobytes.

The payload's markers use the event layer's wire format (:mod:`mapapp.map.layer`: ``ROW``
and ``EVENT`` arrays), so the browser draws them with the same icons, precision styling,
tooltips and popups as when it holds every event. A region-level event whose region is
known is drawn, as with few events, as that region's outline (:class:`Outlines`): the
outlines are in the page once, and each answer says which to show and in which colour.
"""

from __future__ import annotations

import math
import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
import pyarrow as pa  # type: ignore[import-untyped, unused-ignore]
import pyarrow.compute as pc  # type: ignore[import-untyped, unused-ignore]

from mapapp.core.query import EVENT_TYPE_KEYS, EventColumns
from mapapp.core.schema import EVENT_TYPES
from mapapp.geo.regions import Regions
from mapapp.map.layer import marker_event, marker_row

# An outline whose events are of several types.
MIXED_COLOUR = "#555"

# Above this many located events, the app clusters on the server (``MAPAPP_SERVER_SIDE_FROM``
# overrides it, e.g. for tests with a small file).
SERVER_SIDE_FROM = 20_000
# A cluster cell's side, in screen pixels (Supercluster's default radius is 40-80).
CELL_PX = 60
# Up to this many events in view, each is its own marker (more would overlap unread).
POINTS_LIMIT = 50
# A badge whose events share one point carries up to this many of them, to fan out.
FAN_LIMIT = 200
# Highest zoom the map allows.
MAX_ZOOM = 18
# From this zoom a badge fans out on a click (its events a few metres apart at most)
# instead of zooming further in.
FAN_ZOOM = 16
# How much of the view's width and height is added on each side, so a short pan shows
# what is already there while the next answer comes.
MARGIN = 0.5

Bounds = tuple[float, float, float, float]  # west, south, east, north
# Where a map with no events opens: Ukraine.
NO_EVENTS_BOUNDS: Bounds = (22.0, 44.0, 41.0, 53.0)


def server_side_from() -> int:
    """How many located events make the app cluster on the server."""
    try:
        return int(os.environ.get("MAPAPP_SERVER_SIDE_FROM", SERVER_SIDE_FROM))
    except ValueError:
        return SERVER_SIDE_FROM


@dataclass(frozen=True)
class ViewRequest:
    """What the map shows: ``bounds`` (west, south, east, north, degrees) at ``zoom``."""

    bounds: Bounds
    zoom: int


class Outlines:
    """The region outlines that stand for region-level events (geo precision 3) when the
    server clusters them: ``of``, the outline each event is drawn as (a position in
    ``collection``, or -1), and ``collection``, the outlines of every region some event is
    drawn as. Made once per file: one pass over the region-level events, then one look per
    distinct point and per distinct (region, place)."""

    def __init__(
        self,
        lat: npt.NDArray[np.float64],
        lon: npt.NDArray[np.float64],
        geo_precision: npt.NDArray[np.integer[Any]],
        place: Any,
        regions: Regions,
    ) -> None:
        # (``place``: an Arrow array of texts, which says which region a name means.)
        self.of = np.full(len(lat), -1, dtype=np.int32)
        level = np.flatnonzero(~(np.isnan(lat) | np.isnan(lon)) & (geo_precision == 3))
        if not len(level):
            self.collection = regions.outlines([])
            return
        places = pc.dictionary_encode(pc.fill_null(place.take(pa.array(level)), ""))
        where = regions.region_of(
            lat[level],
            lon[level],
            places.indices.to_numpy(zero_copy_only=False).astype(np.intp),
            places.dictionary.to_pylist(),
        )
        drawn = where >= 0
        used, position = np.unique(where[drawn], return_inverse=True)
        self.of[level[drawn]] = position.reshape(-1)
        self.collection = regions.outlines(used.tolist())

    @classmethod
    def of_columns(cls, columns: EventColumns, regions: Regions) -> Outlines:
        """The outlines of the events of ``columns``."""
        return cls(columns.lat, columns.lon, columns.geo_precision, columns.place, regions)

    def shown(
        self, selected: npt.NDArray[np.bool_], types: npt.NDArray[np.integer[Any]]
    ) -> list[list[int | str]]:
        """``[position, colour]`` of each outline a ``selected`` event is drawn as: the
        colour of its events' type when they are of one type (as with few events)."""
        of = self.of[selected]
        keep = of >= 0
        if not keep.any():
            return []
        n = len(EVENT_TYPE_KEYS)
        pairs = np.unique(of[keep].astype(np.int64) * n + types[selected][keep])
        kinds: dict[int, list[int]] = {}
        for pair in pairs.tolist():
            kinds.setdefault(pair // n, []).append(pair % n)
        return [
            [k, EVENT_TYPES[EVENT_TYPE_KEYS[t[0]]].colour if len(t) == 1 else MIXED_COLOUR]
            for k, t in sorted(kinds.items())
        ]


class ViewIndex:
    """The events' positions in Web Mercator (0..1 across the world), made once per file."""

    def __init__(self, columns: EventColumns) -> None:
        self.columns = columns
        self.located = columns.located()
        self.x, self.y = _projected(columns.lon, columns.lat)

    def view(
        self,
        selected: npt.NDArray[np.bool_],
        request: ViewRequest,
        *,
        always: Sequence[int] = (),
        points_limit: int = POINTS_LIMIT,
        outlines: Outlines | None = None,
    ) -> dict[str, object]:
        """Clusters and markers of the ``selected`` events (a mask over all) in ``request``'s
        view, as the browser draws them (see ``events-layer.js``, ``serverLayer``).
        ``always``: events sent as markers as well, wherever they are (the selected one,
        whose popup the map opens). With ``outlines``: the region outlines to show
        (``outlines``, see :meth:`Outlines.shown`) and, of the markers sent, the events drawn
        as one (``outlined``: their ids)."""
        zoom = int(min(max(request.zoom, 0), MAX_ZOOM))
        picked = np.flatnonzero(selected & self.located & _in_view(self.x, self.y, request))
        payload: dict[str, object] = {
            "zoom": zoom,
            "bounds": list(request.bounds),
            "inView": len(picked),
            "clusters": [],
            "outlines": outlines.shown(selected, self.columns.types) if outlines else [],
        }
        wanted = np.asarray(always, dtype=np.intp)
        if len(picked) <= points_limit:
            payload |= self._markers(np.union1d(picked, wanted), outlines=outlines)
            return payload
        inverse, counts, mean_lat, mean_lon, spread, by_type = _grid(
            self.x[picked],
            self.y[picked],
            self.columns.lat[picked],
            self.columns.lon[picked],
            self.columns.types[picked],
            zoom,
        )
        single = counts == 1
        together = (spread < 1e-9) | (zoom >= FAN_ZOOM)
        one_point = ~single & together & (counts <= FAN_LIMIT)
        sent = (single | one_point)[inverse]
        # Each marker sent: -1 if it stands alone, else the badge it fans out of.
        fans = np.where(one_point[inverse[sent]], inverse[sent], -1)
        extra = np.setdiff1d(wanted, picked[sent])
        payload |= self._markers(
            np.concatenate([picked[sent], extra]),
            np.concatenate([fans, np.full(len(extra), -1, dtype=fans.dtype)]),
            outlines=outlines,
        )
        payload["clusters"] = [
            [
                round(float(mean_lat[c]), 5),
                round(float(mean_lon[c]), 5),
                int(counts[c]),
                by_type[c].tolist(),
                c if one_point[c] else -1,
            ]
            for c in np.flatnonzero(~single).tolist()
        ]
        return payload

    def _markers(
        self,
        indices: npt.NDArray[np.intp],
        fans: npt.NDArray[np.intp] | None = None,
        *,
        outlines: Outlines | None = None,
    ) -> dict[str, object]:
        """The events at ``indices`` in the layer's wire format: rows by type, the events
        index, for each row the badge it fans out of (-1: its own marker), and the ids of
        those drawn as their region's outline."""
        columns = self.columns
        rows: dict[str, list[list[float | int]]] = {}
        events: list[list[str]] = []
        ids, titles = columns.ids.take(indices), columns.title.take(indices)
        places = columns.place.take(indices).to_pylist()
        ids_list, titles_list = ids.to_pylist(), titles.to_pylist()
        first, last = columns.days
        for k, i in enumerate(indices.tolist()):
            row = marker_row(
                float(columns.lat[i]),
                float(columns.lon[i]),
                int(columns.geo_precision[i]),
                int(first[i]),
                int(last[i]),
                k,
            )
            rows.setdefault(EVENT_TYPE_KEYS[columns.types[i]], []).append(row)
            events.append(
                marker_event(ids_list[k], titles_list[k], places[k], columns.date_label(i))
            )
        fanned = [-1] * len(events) if fans is None else fans.tolist()
        outlined = (
            [ids_list[k] for k in np.flatnonzero(outlines.of[indices] >= 0).tolist()]
            if outlines is not None
            else []
        )
        return {"rows": rows, "events": events, "fans": fanned, "outlined": outlined}


class FirstLook:
    """Where a large store's events are, from its points and types alone: what the map
    shows while the store itself is read and checked (seconds for a million rows; see
    :func:`mapapp.store.scan.first_look`). The same grid as :class:`ViewIndex`, counts only:
    every cell is a badge, one event's too (its words come with the full read). It counts
    the rows with a point and a known type, so for those seconds a row the full read finds
    invalid is counted, and one only the gazetteer places is not. Made from
    :class:`mapapp.store.scan.Points`; with their geo precisions and places, it draws the
    region outlines too (:meth:`outlines`)."""

    def __init__(
        self,
        lon: npt.NDArray[np.float64],
        lat: npt.NDArray[np.float64],
        types: npt.NDArray[np.integer[Any]],
        rows: int,
        *,
        geo_precision: npt.NDArray[np.integer[Any]] | None = None,
        place: Any = None,
    ) -> None:
        with np.errstate(invalid="ignore"):
            keep = (np.abs(lat) <= 90) & (np.abs(lon) <= 180) & (types >= 0)
        self.lon, self.lat = lon[keep], lat[keep]
        self.types = types[keep].astype(np.int64)
        self.rows = rows
        self.x, self.y = _projected(self.lon, self.lat)
        # Each row's geo precision and place, for the region outlines (:meth:`outlines`).
        kept = np.flatnonzero(keep)
        self._precision = None if geo_precision is None else geo_precision[kept]
        self._place = None if place is None else place.take(pa.array(kept))
        self._outlines: tuple[Regions, Outlines] | None = None
        self._opening: tuple[Outlines | None, ViewRequest, dict[str, object]] | None = None
        self._making = threading.Lock()  # the page waits for the start's, not makes its own

    @classmethod
    def of(cls, points: Any) -> FirstLook:
        """The first look at :class:`mapapp.store.scan.Points`, region outlines included."""
        return cls(
            points.lon,
            points.lat,
            points.types,
            points.rows,
            geo_precision=points.geo_precision,
            place=points.place,
        )

    def outlines(self, regions: Regions | None) -> Outlines | None:
        """The region outlines of the region-level rows, as :class:`Outlines` makes them
        for the whole store (the same collection, so the map is the same page then); made
        once per regions, None without regions or the rows' places."""
        if regions is None or self._precision is None or self._place is None:
            return None
        with self._making:
            if self._outlines is None or self._outlines[0] is not regions:
                made = Outlines(self.lat, self.lon, self._precision, self._place, regions)
                self._outlines = (regions, made)
            return self._outlines[1]

    def __len__(self) -> int:
        return len(self.lon)

    def opening(self, outlines: Outlines | None = None) -> tuple[ViewRequest, dict[str, object]]:
        """The view the map opens on while the store is read, and its badges (with
        ``outlines``' regions): the points' extent one zoom out from the one that fits a
        wide map (the page is not told the map's width, and on a narrower one the badges
        stay a little apart). The same for every visitor, so it is made once (per outlines):
        the server's start makes it before the first visitor comes."""
        with self._making:
            if self._opening is None or self._opening[0] is not outlines:
                bounds = self.bounds or NO_EVENTS_BOUNDS
                request = ViewRequest(bounds, max(opening_zoom(bounds) - 1, 1))
                self._opening = (outlines, request, self.view(request, outlines))
            return self._opening[1], self._opening[2]

    @property
    def bounds(self) -> Bounds | None:
        """West, south, east, north of the points (None without any)."""
        if not len(self):
            return None
        return (
            float(self.lon.min()),
            float(self.lat.min()),
            float(self.lon.max()),
            float(self.lat.max()),
        )

    def type_counts(self) -> dict[str, int]:
        """How many points there are of each type."""
        counts = np.bincount(self.types, minlength=len(EVENT_TYPE_KEYS))
        return {key: int(counts[k]) for k, key in enumerate(EVENT_TYPE_KEYS)}

    def view(self, request: ViewRequest, outlines: Outlines | None = None) -> dict[str, object]:
        """The badges of ``request``'s view, in :meth:`ViewIndex.view`'s format; with
        ``outlines`` (:meth:`outlines`), the region outlines to show."""
        zoom = int(min(max(request.zoom, 0), MAX_ZOOM))
        picked = np.flatnonzero(_in_view(self.x, self.y, request))
        everything = np.ones(len(self), dtype=bool)
        payload: dict[str, object] = {
            "zoom": zoom,
            "bounds": list(request.bounds),
            "inView": len(picked),
            "clusters": [],
            "outlines": outlines.shown(everything, self.types) if outlines else [],
            "rows": {},
            "events": [],
            "fans": [],
            "outlined": [],
        }
        if not len(picked):
            return payload
        _, counts, mean_lat, mean_lon, _, by_type = _grid(
            self.x[picked],
            self.y[picked],
            self.lat[picked],
            self.lon[picked],
            self.types[picked],
            zoom,
        )
        payload["clusters"] = [
            [round(la, 5), round(lo, 5), n, kinds, -1]
            for la, lo, n, kinds in zip(
                mean_lat.tolist(), mean_lon.tolist(), counts.tolist(), by_type.tolist(), strict=True
            )
        ]
        return payload


def _projected(
    lon: npt.NDArray[np.float64], lat: npt.NDArray[np.float64]
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """Web Mercator x and y (0..1 across the world, y down) of each point (0 for NaN)."""
    clipped = np.clip(np.nan_to_num(lat), -85.05112878, 85.05112878)
    x = (np.nan_to_num(lon) + 180.0) / 360.0
    sin = np.sin(np.radians(clipped))
    return x, 0.5 - np.log((1 + sin) / (1 - sin)) / (4 * math.pi)


def _in_view(
    x: npt.NDArray[np.float64], y: npt.NDArray[np.float64], request: ViewRequest
) -> npt.NDArray[np.bool_]:
    """Which points are in ``request``'s view, widened by :data:`MARGIN`."""
    x0, y0, x1, y1 = _padded(request.bounds)
    inside = (y >= y0) & (y <= y1)
    if x0 <= x1:
        return inside & (x >= x0) & (x <= x1)
    return inside & ((x >= x0) | (x <= x1))  # across the antimeridian


def _grid(
    x: npt.NDArray[np.float64],
    y: npt.NDArray[np.float64],
    lat: npt.NDArray[np.float64],
    lon: npt.NDArray[np.float64],
    types: npt.NDArray[np.integer[Any]],
    zoom: int,
) -> tuple[npt.NDArray[Any], ...]:
    """Events (at least one) at Mercator ``x``, ``y`` counted on the grid of ``zoom``: each
    event's cell, and per cell its count, mean latitude and longitude, spread (zero when its
    events share one point) and count per type."""
    cells = 2.0**zoom * 256 / CELL_PX
    cx = np.floor(x * cells).astype(np.int64)
    cy = np.floor(y * cells).astype(np.int64)
    cx0, cy0 = int(cx.min()), int(cy.min())
    width = int(cx.max()) - cx0 + 1
    key = (cy - cy0) * width + (cx - cx0)
    inverse, counts = _group(key, width * (int(cy.max()) - cy0 + 1))
    n = len(counts)
    mean_lat = np.bincount(inverse, weights=lat, minlength=n) / counts
    mean_lon = np.bincount(inverse, weights=lon, minlength=n) / counts
    # Spread in each cell: zero when every event in it is at one point.
    spread = np.bincount(inverse, weights=np.abs(lat - mean_lat[inverse]), minlength=n)
    spread += np.bincount(inverse, weights=np.abs(lon - mean_lon[inverse]), minlength=n)
    by_type = np.bincount(
        inverse * len(EVENT_TYPE_KEYS) + types.astype(np.int64),
        minlength=n * len(EVENT_TYPE_KEYS),
    ).reshape(n, len(EVENT_TYPE_KEYS))
    return inverse, counts, mean_lat, mean_lon, spread, by_type


def _group(
    key: npt.NDArray[np.int64], size: int
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.int64]]:
    """Number the distinct ``key`` values (each in ``range(size)``): each key's group and the
    groups' sizes. Counting into an array of ``size`` is linear; sorting (``np.unique``) is
    kept for a grid too large to count into (a view across the antimeridian at high zoom)."""
    if size > 4 * len(key) + 1_000_000:
        _, inverse, counts = np.unique(key, return_inverse=True, return_counts=True)
        return inverse, counts
    full = np.bincount(key, minlength=size)
    used = full > 0
    group = np.cumsum(used) - 1
    return group[key], full[used]


def _mercator(lon: float, lat: float) -> tuple[float, float]:
    lat = min(max(lat, -85.05112878), 85.05112878)
    sin = math.sin(math.radians(lat))
    return (lon + 180.0) / 360.0, 0.5 - math.log((1 + sin) / (1 - sin)) / (4 * math.pi)


def _padded(bounds: Bounds) -> tuple[float, float, float, float]:
    """``bounds`` in Mercator units (x0, y0 top, x1, y1 bottom), widened by :data:`MARGIN`."""
    west, south, east, north = bounds
    x0, y1 = _mercator(west, south)
    x1, y0 = _mercator(east, north)
    if east - west >= 360:
        return 0.0, max(0.0, y0 - MARGIN * (y1 - y0)), 1.0, min(1.0, y1 + MARGIN * (y1 - y0))
    span_x = (x1 - x0) % 1.0 or 1.0
    pad_x, pad_y = MARGIN * span_x, MARGIN * (y1 - y0)
    if span_x + 2 * pad_x >= 1.0:
        x0, x1 = 0.0, 1.0
    else:
        x0, x1 = (x0 - pad_x) % 1.0, (x1 + pad_x) % 1.0
    return x0, max(0.0, y0 - pad_y), x1, min(1.0, y1 + pad_y)


def opening_zoom(bounds: Bounds, width_px: int = 900, height_px: int = 560) -> int:
    """The zoom at which ``bounds`` fit a map of about that size (as Leaflet's fitBounds
    would choose it), for the first answer before the map reports its own view."""
    west, south, east, north = bounds
    x0, y1 = _mercator(west, south)
    x1, y0 = _mercator(east, north)
    dx, dy = max(x1 - x0, 1e-9), max(y1 - y0, 1e-9)
    zoom = math.floor(math.log2(min(width_px / (dx * 256), height_px / (dy * 256))))
    return int(min(max(zoom, 1), 8))


def view_around(
    lat: float, lon: float, zoom: int, width_px: int = 900, height_px: int = 560
) -> ViewRequest:
    """The view of a map of about that size centred on ``(lat, lon)`` at ``zoom``."""
    x, y = _mercator(lon, lat)
    half_x = width_px / 2 / (256 * 2.0**zoom)
    half_y = height_px / 2 / (256 * 2.0**zoom)
    west = (x - half_x) * 360 - 180
    east = (x + half_x) * 360 - 180
    north = _latitude(max(0.0, y - half_y))
    south = _latitude(min(1.0, y + half_y))
    return ViewRequest((max(west, -180.0), south, min(east, 180.0), north), zoom)


def _latitude(y: float) -> float:
    """The latitude at Mercator ``y`` (0 at the top, 1 at the bottom)."""
    return math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * y))))
