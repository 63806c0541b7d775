"""Which place an article means by each name: one scored resolver, read with the whole article.

1. **Focus.** Before any name is resolved, what the article is about: the countries and
   first-level regions of the places it names without doubt (a region, a lone or far larger
   city) and of the countries it names, weighted by how often and how prominently they occur
   (a headline counts double, the first sentences half as much again), as CLIFF's focus and
   Mordecai's country step do. With nothing to go on, the *theatre* stands in: the setting
   ``MAPAPP_THEATRE`` (default: Ukraine and Russia's border regions, see ``theatres.json``).
2. **Features.** Every candidate of every name, a lone one included, gets named features
   (:data:`FEATURES`): its size, how the name matches it (its own name, an alternate name, a
   loose spelling), whether it lies in a focus region or country, its distance to the focus and
   to the article's other resolved places (continuous, not thresholds), whether it is a
   region's seat or a national capital, whether it lies in the theatre, whether it is
   clearly the largest place of that name.
3. **Score.** A conditional logit over the candidates plus "none of them" (score 0): the
   weights are fitted by ``scripts/fit_resolver.py`` on the project's coded sets and kept,
   readable, in ``resolver_weights.json``. A name is ``found`` only when its best candidate is
   likely enough *and* clearly ahead of the next; otherwise it is ``ambiguous``, with its
   candidates ranked by score.
4. **Jointly.** Confident names are resolved first and become anchors for the rest.
5. **Far means unlocated.** A candidate hundreds of kilometres from everything the article is
   about, in no region it names, is not put on the map on its name alone, even as the only
   place of that name: it is offered, with the reason, and the event stays unlocated.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from functools import cache
from pathlib import Path
from typing import Protocol, TypeVar

import numpy as np
from rapidfuzz.distance import OSA

from mapapp.core.names import fold, loose
from mapapp.geo.distance import EARTH_RADIUS_KM, haversine_km
from mapapp.geo.gazetteer import (
    DOMINANT_POPULATION,
    DOMINANT_RATIO,
    FROM_CONTEXT,
    FROM_THEATRE,
    LOOKALIKE,
    NEAREST_NAMESAKE,
    GeocodeResult,
    Place,
    around_region,
    dominant,
)

K = TypeVar("K")
HERE = Path(__file__).resolve().parent
WEIGHTS_FILE = HERE / "resolver_weights.json"
THEATRES_FILE = HERE / "theatres.json"
DEFAULT_THEATRE = "russia-ukraine"
THEATRE_ENV = "MAPAPP_THEATRE"

FEATURES = (
    "bias",
    "log_population",
    "largest",
    "own_name",
    "alternate_name",
    "loose_name",
    "focus_region",
    "focus_country",
    "focus_distance",
    "anchor_distance",
    "seat",
    "capital",
    "theatre",
)
# How much a kind of evidence weighs in the focus.
REGION_EVIDENCE, PLACE_EVIDENCE, COUNTRY_EVIDENCE, STRAY_EVIDENCE = 2.0, 1.0, 0.5, 0.25
HEADLINE_FACTOR, LEAD_FACTOR, LEAD_SENTENCES = 2.0, 1.5, 2
# A place this large may stand far from what an article is about (Kazan, Moscow).
BIG_CITY = DOMINANT_POPULATION
# Below this likeness (difflib's ratio) a name is another name of a place, not a spelling of
# its own ("Pantsir" for Krasnoarmeysk, not "Avdiivka" for Avdiyivka).
OTHER_NAME_LIKENESS = 0.6


def _likeness(place: Place, query: str) -> float:
    """How like ``query`` the place's own name is (difflib's ratio of the folded names)."""
    return SequenceMatcher(None, fold(place.name), fold(query)).ratio()


def _by_other_name(place: Place, query: str) -> bool:
    """Whether ``place`` is known by ``query`` only as another name, not a spelling of its
    own (see :data:`OTHER_NAME_LIKENESS`)."""
    return _likeness(place, query) < OTHER_NAME_LIKENESS


# A lone village smaller than this, in a text that says nothing else of where it is, is asked
# about, not placed.
LONE_HAMLET = 1_000
# Distances are read on a log scale: 0 at the spot, 1 at DISTANCE_SCALE_KM.
DISTANCE_UNIT_KM, DISTANCE_SCALE_KM = 25.0, 2000.0
# A lone village counts towards the focus only this near the rest of it (or in its regions).
LONE_VILLAGE_KM = 200.0
# "The nearby town of X": this close to one of the text's other places.
NEARBY_KM = 100.0
# "X, near Y" with no distance stated: this close to Y, when Y is a town. Near a big city it
# is a looser measure (Ryazan "close to Moscow" is 180 km from it), but never this far ("the
# port of Pivdennyi near Odesa" is not the Pivdennyi of Kirovohrad oblast, 300 km away).
NEAR_KM = 30.0
NEAR_TOWN_LIMIT = 100_000  # people
NEAR_CITY_KM = 250.0
# Namesakes this close are one place (a town entered twice in GeoNames).
SAME_PLACE_KM = 5.0
OUTSIDE_VILLAGE = 5_000
# A town the theatre's name means with no context stands far from what a text is about only
# if it is this large, or in a country the text is about (or one of whose regions).
NOTED_TOWN = 20_000
# A place outside the one Ukrainian oblast a text is about, where the codifier lists one of its
# name, is left unlocated up to this size (Pyatykhatky, a town of 18,000 in Dnipropetrovsk
# oblast, is not the village of Zaporizhzhia oblast a report on that front names).
CODIFIED_TOWN = 50_000
# A name this many places share (its own name or spelling) is placed from the article's
# region alone only near another place the text names.
COMMON_VILLAGE_NAME = 10
# ... only this near one, for a town of VILLAGE_POPULATION or more (Vasylivka, 12,600 people,
# 40 km from Orikhiv), NEAR_KM for a village.
COMMON_NAME_TOWN_KM = 50.0
# ... unless it lies this close to a place the text is about: a front line crosses regions'
# borders (Bilohorivka, Luhansk oblast, 13 km from Siversk in Donetsk oblast), when the name
# is its own or spelt like it (not Vyshchetarasivka for "Tarasovka").
BORDER_KM, BORDER_LIKENESS = 25.0, 0.8
# The farthest the one town of a common name in the text's region may lie from its other
# places and still be the one meant.
TOWN_IN_FOCUS_KM = 100.0
# Why a village outside the regions the text is about is left unlocated (see decide).
OUTSIDE_REASON = "no place of that name is known in "
# Why a name is placed at the one place of that name the gazetteer has.
ONLY_PLACE = "only place of that name"
# A village outside the regions a text is about this close to a place it has placed with
# confidence is no likelier a namesake the gazetteer lacks.
BESIDE_ANCHOR_KM = 30.0
# A name that is one of a place's names with another grammatical ending ("Dvurechnoye" for
# Dvorichna, "Dvurechnaya" in Russian), this close to another place the text has placed, is
# that place.
ENDING_BESIDE_KM = 100.0
_ENDINGS = ("oye", "oe", "aya", "aja", "iye", "ye", "yy", "yi", "iy", "ij", "e", "a", "o")
_ADJECTIVE_ENDINGS = re.compile(f"(?:{'|'.join(_ENDINGS)})$")
# A lone village outside the one oblast a text is about, this far from every place it has
# placed there, is likelier a namesake the codifier lists there (see _codified_at_home).
LONE_APART_KM = 100.0
# A resolved name this likely becomes an anchor for the others.
ANCHOR_PROBABILITY = 0.8
# What a name clearly means in the theatre with no context: this likely, and 0.4 ahead.
DEFAULT_PROBABILITY, DEFAULT_TOWN = 0.6, 10_000
# Regions (and countries) with at least this share of the focus are what the article is about.
FOCUS_SHARE = 0.2
# The share of an article's evidence that makes a region the one it is mostly about.
MAIN_REGION_SHARE = 0.5
# Why a name has no candidate at all (a look-alike spelling may still be one).
NO_PLACE = "no place of that name"
# ... and where the official codifier lists a village of it (see _codified_where).
CODIFIED_ONLY = "the gazetteer has no place of that name; the official codifier lists"
FAR_LARGER = "far larger than homonyms"
NO_REGION = "no region of that name"
SPELLING_LIKE = "only a spelling like"
EARTH_KM = EARTH_RADIUS_KM
EXACT_POINTS, CELL_KM = 100, 300.0
LARGEST_RATIO = 3
# GeoNames' cities500 holds places of 500 people or more; a place recorded with 0 (unknown,
# as for the curated villages) is read as that small, not as empty.
KNOWN_POPULATION_FLOOR = 500


class PlaceIndex(Protocol):
    """What the resolver needs of a gazetteer index (:class:`mapapp.gazetteer.Gazetteer` is
    the SQLite one; a bigger GeoNames extract or a PostGIS table could be another)."""

    def candidates(self, name: str) -> tuple[Place, ...]: ...

    def spelt(self, place: Place, name: str) -> bool: ...

    def romanised(self, place: Place, name: str) -> bool: ...

    def region(self, country: str, admin1_code: str) -> Place | None: ...

    def regions(self) -> tuple[Place, ...]: ...

    def country_name(self, code: str) -> str: ...

    def countries_named(self, text: str) -> frozenset[str]: ...

    def lookalikes(
        self, name: str, regions: Iterable[tuple[str, str]] | None = None, towns: int = 0
    ) -> tuple[tuple[Place, int], ...]: ...

    def codified(self, name: str, country: str, admin1_code: str) -> int | None: ...

    def codified_units(
        self, name: str, country: str, admin1_code: str
    ) -> tuple[tuple[str, str], ...]: ...

    def codified_anywhere(
        self, name: str, endings: bool = False
    ) -> tuple[tuple[str, str, str], ...]: ...

    def hromadas(self, name: str) -> tuple[tuple[Place, Place | None], ...]: ...

    def runs_community(self, place: Place) -> bool: ...

    def part_of_city(self, place: Place) -> bool: ...


@dataclass(frozen=True)
class Theatre:
    """Where the reporting mapapp reads is about: a prior, used when an article gives no
    other clue (``mapapp geocode Kherson``), and as one feature among the others."""

    name: str
    label: str
    countries: frozenset[str] = frozenset()
    regions: frozenset[tuple[str, str]] = frozenset()
    # The countries beside it whose whole territory an event may be reported in ("troops
    # arrived in Belarus"): put on the map at their capitals, as a region is at its centre.
    # The theatre's own countries are not (a strike "on Ukraine" says nothing of where).
    neighbours: frozenset[str] = frozenset()
    # The regions where the fighting is (country, admin1): a lone village there, in a text
    # that says nothing else of where it is, is likelier the one meant than in the rest.
    front: frozenset[tuple[str, str]] = frozenset()

    def contains(self, place: Place) -> bool:
        return self.holds((place.country, place.admin1_code))

    def holds(self, region: tuple[str, str]) -> bool:
        """Whether the first-level ``region`` (country, admin1) is the theatre's."""
        return region[0] in self.countries or region in self.regions

    def touches(self, country: str) -> bool:
        """Whether ``country`` is the theatre's, holds one of its regions, or lies beside it."""
        return (
            country in self.countries
            or country in self.neighbours
            or any(code == country for code, _ in self.regions)
        )


NO_THEATRE = Theatre("none", "no theatre")


def theatre_from_setting(value: str | None = None) -> Theatre:
    """The theatre named by ``value`` (default: ``MAPAPP_THEATRE``, else
    :data:`DEFAULT_THEATRE`): a name in ``theatres.json``, ``none``, or a list such as
    ``UA,RU-41,RU-09`` (countries, and first-level regions as COUNTRY-ADMIN1)."""
    value = (value if value is not None else os.environ.get(THEATRE_ENV, "")).strip()
    return _theatre(value or DEFAULT_THEATRE)


@cache
def _theatre(value: str) -> Theatre:
    if value.lower() == "none":
        return NO_THEATRE
    known = json.loads(THEATRES_FILE.read_text(encoding="utf-8"))
    spec = known.get(value)
    parts = spec["areas"] if spec else [p.strip() for p in value.split(",") if p.strip()]
    countries, regions = set(), set()
    for part in parts:
        country, _, admin1 = part.partition("-")
        if len(country) != 2 or not country.isalpha() or (admin1 and not admin1.isalnum()):
            names = ", ".join(known)
            raise ValueError(
                f"Unknown theatre {value!r}: use one of {names}, 'none', or a list of ISO"
                " country codes and regions such as 'UA,RU-41'"
            )
        (regions.add((country.upper(), admin1)) if admin1 else countries.add(country.upper()))
    label = spec["label"] if spec else value
    neighbours = frozenset(spec.get("neighbours", ())) if spec else frozenset()
    front = frozenset(
        (country, admin1)
        for country, _, admin1 in (area.partition("-") for area in (spec or {}).get("front", ()))
    )
    return Theatre(value, label, frozenset(countries), frozenset(regions), neighbours, front)


@dataclass(frozen=True)
class Weights:
    """The fitted resolver: one weight per feature, and the decision thresholds."""

    values: Mapping[str, float]
    # Found: the best candidate at least this likely, and this far ahead of the next.
    found_probability: float = 0.5
    margin: float = 0.2
    # Far: this many km from every focus point (and in no focus region), and not a big city.
    far_km: float = 400.0

    @property
    def vector(self) -> np.ndarray:
        return np.array([self.values.get(name, 0.0) for name in FEATURES])


@cache
def default_weights() -> Weights:
    """The weights ``scripts/fit_resolver.py`` wrote (``resolver_weights.json``)."""
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    return Weights(
        data["weights"],
        data["found_probability"],
        data["margin"],
        data["far_km"],
    )


@dataclass(frozen=True)
class Focus:
    """What an article is about: shares of the evidence by country and by region, and the
    points (places and region centres) that evidence stands at."""

    countries: Mapping[str, float] = field(default_factory=dict)
    regions: Mapping[tuple[str, str], float] = field(default_factory=dict)
    points: tuple[tuple[float, float], ...] = ()
    # No evidence in the text: the theatre stands in.
    from_theatre: bool = False
    # The evidence before it was turned into shares.
    country_weight: Mapping[str, float] = field(default_factory=dict)
    region_weight: Mapping[tuple[str, str], float] = field(default_factory=dict)
    # A point left out (the place a name is being resolved for: it is no evidence for itself).
    left_out: tuple[float, float] | None = None

    def main_regions(self) -> list[tuple[str, str]]:
        """The regions the article is mostly about (:data:`MAIN_REGION_SHARE` of its
        evidence or more)."""
        return [key for key, share in self.regions.items() if share >= MAIN_REGION_SHARE]

    def distance_km(self, place: Place) -> float:
        """The distance from ``place`` to the nearest focus point (infinite without any)."""
        return self._points.nearest_km(place.lat, place.lon, skip=self.left_out)

    def without(self, place: Place, weight: float) -> Focus | None:
        """The focus as the *other* names of the text make it: ``place``'s evidence
        (``weight``) and its point left out; None if nothing else is left."""
        countries = _less(self.country_weight, place.country, weight)
        regions = _less(self.region_weight, (place.country, place.admin1_code), weight)
        if not countries or all(point == (place.lat, place.lon) for point in self.points):
            return None
        out = _shares(countries, regions, self.points, left_out=(place.lat, place.lon))
        object.__setattr__(out, "_nearest", self._points)  # the same points, one skipped
        return out

    @property
    def _points(self) -> Points:
        cached = self.__dict__.get("_nearest")
        if cached is None:
            cached = Points(self.points)
            object.__setattr__(self, "_nearest", cached)
        return cached

    def describe(self, index: PlaceIndex) -> list[str]:
        """``["Donetsk Oblast, Ukraine"]``: the regions (else countries) the article is about."""
        out = []
        for (country, admin1), share in sorted(self.regions.items(), key=lambda kv: -kv[1]):
            region = index.region(country, admin1)
            if share >= FOCUS_SHARE and region is not None:
                out.append(f"{region.name}, {index.country_name(country)}")
        named = {label.rsplit(", ", 1)[-1] for label in out}
        for country, share in sorted(self.countries.items(), key=lambda kv: -kv[1]):
            name = index.country_name(country)
            if share >= FOCUS_SHARE and name not in named:
                out.append(name)
        return out[:4]


def _less(weights: Mapping[K, float], key: K, weight: float) -> dict[K, float]:
    out = dict(weights)
    if key in out:
        out[key] -= weight
        if out[key] <= 1e-9:
            del out[key]
    return out


def _shares(
    countries: Mapping[str, float],
    regions: Mapping[tuple[str, str], float],
    points: tuple[tuple[float, float], ...],
    left_out: tuple[float, float] | None = None,
) -> Focus:
    total_c = sum(countries.values()) or 1.0
    total_r = sum(regions.values()) or 1.0
    return Focus(
        {c: w / total_c for c, w in countries.items()},
        {r: w / total_r for r, w in regions.items()},
        points,
        country_weight=dict(countries),
        region_weight=dict(regions),
        left_out=left_out,
    )


class Points:
    """Points (lat, lon) to measure the distance to the nearest of: exactly, with numpy, up
    to :data:`EXACT_POINTS`; beyond (a list of thousands of villages), on a grid of cells of
    :data:`CELL_KM`, which is exact up to that distance and says "at least CELL_KM" beyond, so
    that the cost of a text stays linear in its length."""

    def __init__(self, points: Iterable[tuple[float, float]]) -> None:
        unique = list(dict.fromkeys(points))
        self.size = len(unique)
        self._xyz = _xyz(np.array(unique, dtype=float).reshape(-1, 2))
        self._grid: dict[tuple[int, int, int], np.ndarray] | None = None
        if self.size > EXACT_POINTS:
            cells: dict[tuple[int, int, int], list[int]] = {}
            for i, cell in enumerate(map(tuple, np.floor(self._xyz / CELL_KM).astype(int))):
                cells.setdefault(cell, []).append(i)
            self._grid = {cell: np.array(rows) for cell, rows in cells.items()}

    def nearest_km(self, lat: float, lon: float, skip: tuple[float, float] | None = None) -> float:
        """The distance to the nearest point; points at ``skip`` (within 10 m) do not count."""
        if self.size == 0:
            return math.inf
        point = _xyz(np.array([[lat, lon]]))[0]
        rows = self._xyz
        if self._grid is not None:
            x, y, z = np.floor(point / CELL_KM).astype(int)
            near = [
                self._grid[cell]
                for dx in (-1, 0, 1)
                for dy in (-1, 0, 1)
                for dz in (-1, 0, 1)
                if (cell := (x + dx, y + dy, z + dz)) in self._grid
            ]
            if not near:
                return CELL_KM
            rows = self._xyz[np.concatenate(near)]
        chords = np.sqrt(((rows - point) ** 2).sum(axis=1))
        if skip is not None:
            skipped = _xyz(np.array([skip]))[0]
            chords = chords[np.sqrt(((rows - skipped) ** 2).sum(axis=1)) > 0.01]
            if chords.size == 0:
                return math.inf if self._grid is None else CELL_KM
        chord = float(chords.min())
        # The chord between two points of the sphere, as the distance along its surface.
        km = 2 * EARTH_KM * math.asin(min(1.0, chord / (2 * EARTH_KM)))
        return km if self._grid is None or km <= CELL_KM else CELL_KM


def _xyz(latlon: np.ndarray) -> np.ndarray:
    lat, lon = np.radians(latlon[:, 0]), np.radians(latlon[:, 1])
    return EARTH_KM * np.column_stack(
        (np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat))
    )


def _distance_feature(km: float) -> float:
    """0 at the spot, 1 at :data:`DISTANCE_SCALE_KM`, a little more beyond (log scale)."""
    if math.isinf(km):
        return 1.0
    return min(
        1.5, math.log1p(km / DISTANCE_UNIT_KM) / math.log1p(DISTANCE_SCALE_KM / DISTANCE_UNIT_KM)
    )


@dataclass(frozen=True)
class NameEvidence:
    """A name as the resolver sees it: what was looked up, where it stands in the article."""

    query: str
    # How prominent its place in the text is (headline, lead sentences).
    prominence: float = 1.0
    region: bool = False
    # The first-level regions the text puts it in ("X, a village in the Y region"): only
    # candidates there can be it.
    within: frozenset[tuple[str, str]] = frozenset()
    # Said to be near the text's other places ("the nearby town of X"): only candidates
    # within NEARBY_KM of one of them can be it.
    nearby: bool = False
    # Said to be near one named place ("Pivdenne, on the outskirts of Toretsk", "Andriivka
    # is about 13 kilometers south of Bakhmut"): that name's position among the names, and
    # how far from its place a candidate may be (None: "near", see NEAR_KM). Only candidates
    # that close can be it (none: unlocated, with the reason), once that name is resolved
    # to a settlement.
    near: tuple[int, float | None] | None = None
    # A stretch of the front named after it ("the Novopavlivka direction"): the town lies
    # where the front is, which may be beyond the regions the text names.
    front: bool = False
    # Called a village ("near the village of Oleksandriia"): a town of that name outside the
    # regions the text is about is not it.
    village: bool = False
    # The town a district or community is named after, when another town may be meant ("the
    # Bilozerska community": Bilozerske in Donetsk oblast, or Bilozerka in Kherson oblast):
    # no evidence of what the text is about, and no anchor for its other names.
    named_after: bool = False
    # A city's district named alone ("Dniprovskyi district"): a name the districts of many
    # cities bear, no evidence of which one the text is about, nor an anchor.
    silent: bool = False
    # A district named after its town ("the Kamianske district"): a raion is named after the
    # city it is run from, not after a village of that name beside the text's other places.
    district: bool = False


def prominence(sentence: int, headline: bool) -> float:
    """How much a name in sentence ``sentence`` counts towards the focus."""
    if headline:
        return HEADLINE_FACTOR
    return LEAD_FACTOR if sentence < LEAD_SENTENCES else 1.0


# How many places of the theatre must bear a name (or a spelling like it) for a place known by
# it only as another, unlike name to be no longer what it may mean.
COMMON_NAME_PLACES = 3


def _known_by(
    index: PlaceIndex, query: str, found: Sequence[Place], theatre: Theatre | None
) -> tuple[Place, ...]:
    """``found`` (the places called ``query``) without a big city known by it only as
    another, unlike name when several places of the theatre bear it: "Aleksandrovka" is one
    of the many Oleksandrivkas, not Donetsk (which GeoNames lists under that name too). A
    former name no place of the theatre bears still means its town ("Krasnoarmeysk",
    Pokrovsk). (A town's own name in GeoNames is not always today's: Druzhba's is
    Khutir-Mykhaylivskyi, so only a big city's is left out.)"""
    if theatre is None or theatre is NO_THEATRE:
        return tuple(found)
    bearing = sum(
        1
        for p in found
        if theatre.contains(p) and not _by_other_name(p, query) and index.spelt(p, query)
    )
    if bearing < COMMON_NAME_PLACES:
        return tuple(found)
    return tuple(p for p in found if not _by_other_name(p, query) or p.population < BIG_CITY)


def _parts_elsewhere(index: PlaceIndex, found: Sequence[Place], focus: Focus) -> tuple[Place, ...]:
    """The places of ``found`` that are a city's district (:meth:`PlaceIndex.part_of_city`)
    in a region the text is not about, when a place that is none is called so too. News
    names a city's district alone only in a report on the city: "near the settlements of
    Udachne, Kotlyne and Shevchenko" are villages of Donetsk oblast, not Poltava's
    Shevchenkivskyi district, whose 147,600 people would outweigh them."""
    parts = tuple(p for p in found if index.part_of_city(p))
    if not parts or len(parts) == len(found):
        return ()
    return tuple(p for p in parts if focus.from_theatre or not _in_focus_region(p, focus))


def _sure(index: PlaceIndex, query: str, theatre: Theatre) -> Place | None:
    """The place a name means with no context at all, when that is beyond doubt: the only
    place spelt so (in the theatre, or a town of size), or a city far larger than the rest;
    never a place outside the theatre that is only spelt like the name."""
    # (a city's district, on its name alone, is no more than a village called so)
    found = tuple(
        p for p in _known_by(index, query, index.candidates(query), theatre)
        if not index.part_of_city(p)
    )  # fmt: skip
    exact = [p for p in found if index.spelt(p, query)]
    top = dominant(exact or found)
    if top is None or top.kind != "settlement":
        return None
    if len(found) == 1 and not (theatre.contains(top) or top.population >= DEFAULT_TOWN):
        return None
    if not exact and not theatre.contains(top):
        # Only a spelling like a town's far away ("Nevelske", a Donetsk-oblast village,
        # against Nevelsk on Sakhalin): no evidence of what the article is about.
        return None
    if top.population < DEFAULT_TOWN and _by_other_name(top, query):
        # A village known by the name only as one of its other names ("Skelia", a
        # regiment's name in a report on Pokrovsk, is listed for Rodnykove near Sevastopol):
        # no evidence either.
        return None
    if not theatre.contains(top) and any(theatre.contains(p) for p in exact if p is not top):
        # "Seversk": the city of Tomsk oblast is far larger, but Siversk in Donetsk oblast
        # is spelt so too, and the theatre is where the article may well be.
        return None
    return top


def compute_focus(
    index: PlaceIndex,
    names: Iterable[NameEvidence],
    countries: Iterable[str] = (),
    theatre: Theatre = NO_THEATRE,
) -> tuple[Focus, dict[str, Place]]:
    """The article's focus, and the places it names beyond doubt (by folded query): the
    anchors the other names are resolved against. (How much each of those weighs in the
    focus is kept in :data:`Focus.evidence`, so that a name can be resolved without its own.)"""
    by_country: dict[str, float] = {}
    by_region: dict[tuple[str, str], float] = {}
    points: dict[str, tuple[float, float]] = {}
    sure: dict[str, Place] = {}
    own: dict[str, float] = {}  # each sure name's evidence

    def add(place: Place, weight: float) -> None:
        by_country[place.country] = by_country.get(place.country, 0.0) + weight
        key = (place.country, place.admin1_code)
        by_region[key] = by_region.get(key, 0.0) + weight
        points[place.id] = (place.lat, place.lon)

    # A lone village proves little: GeoNames' cities500 lacks most villages, so the only
    # "Novenke" it has (in Crimea) is not the only Novenke there is (another is in Sumy
    # oblast). It is sure only near what the rest of the text is about, or with nothing else.
    villages: list[tuple[NameEvidence, Place]] = []
    for name in names:
        if name.region:
            regions = [p for p in index.candidates(name.query) if p.kind == "region"]
            if len(regions) == 1:
                add(regions[0], REGION_EVIDENCE * name.prominence)
            continue
        place = None if name.named_after or name.silent else _sure(index, name.query, theatre)
        if place is None:
            continue
        if place.population < DEFAULT_TOWN and len(index.candidates(name.query)) == 1:
            villages.append((name, place))
            continue
        key = fold(name.query)
        sure[key] = place
        stray = not theatre.contains(place) and place.population < BIG_CITY and theatre.countries
        weight = (STRAY_EVIDENCE if stray else PLACE_EVIDENCE) * name.prominence
        own[key] = own.get(key, 0.0) + weight
        add(place, weight)
    others = Points(points.values())
    focus_regions = set(by_region)
    for name, place in villages:
        if others.size and not (
            (place.country, place.admin1_code) in focus_regions
            or others.nearest_km(place.lat, place.lon) <= LONE_VILLAGE_KM
        ):
            continue
        key = fold(name.query)
        sure[key] = place
        weight = PLACE_EVIDENCE * name.prominence
        own[key] = own.get(key, 0.0) + weight
        add(place, weight)
    # A village only the codifier has, listed once, is evidence at its hromada's centre.
    for seat in _codified_seats(
        index, [n for n in names if not n.named_after and not n.silent]
    ).values():
        add(seat, PLACE_EVIDENCE)
    for country in countries:
        by_country[country] = by_country.get(country, 0.0) + COUNTRY_EVIDENCE
    if not by_country:
        return theatre_focus(index, theatre), sure
    focus = _shares(by_country, by_region, tuple(points.values()))
    object.__setattr__(focus, "evidence", own)
    return focus, sure


@cache
def _theatre_focus(index: PlaceIndex, theatre: Theatre) -> Focus:
    centres = [region for region in index.regions() if theatre.contains(region)]
    countries = {c: 1.0 for c in theatre.countries}
    for region in centres:
        countries.setdefault(region.country, 0.5)
    total = sum(countries.values()) or 1.0
    return Focus(
        {c: w / total for c, w in countries.items()},
        {},
        tuple((r.lat, r.lon) for r in centres),
        from_theatre=True,
    )


def theatre_focus(index: PlaceIndex, theatre: Theatre) -> Focus:
    """The focus of a text that gives no clue: the theatre's countries and regions, standing
    at the centres of the regions the index has in them."""
    return _theatre_focus(index, theatre)  # type: ignore[arg-type]  # hashable at run time


_OVKA = re.compile(r"(?<=[a-z])[oe]vk(?=a\b)")


def _ivka(key: str) -> str:
    """``key`` with a Russian "-ovka"/"-evka" ending as the Ukrainian "-ivka"."""
    return _OVKA.sub("ivk", key)


def features(
    index: PlaceIndex,
    query: str,
    candidates: Sequence[Place],
    focus: Focus,
    anchors: Sequence[Place] | Points,
    theatre: Theatre,
) -> np.ndarray:
    """One row of :data:`FEATURES` per candidate. ``anchors``: the article's other resolved
    places (not this name's own candidates)."""
    key, loose_key = fold(query), loose(query)
    near = anchors if isinstance(anchors, Points) else Points((a.lat, a.lon) for a in anchors)
    # Its own name, or a spelling of it that the gazetteer lists ("Zaporizhzhia" for
    # GeoNames' "Zaporizhzhya"); a look-alike ("Yaruga" for Jaruge) is not.
    own_names = [
        fold(p.name) == key or (loose(p.name) == loose_key and index.spelt(p, query))
        for p in candidates
    ]
    # The largest place of that very name (else of that spelling, for a name that is only
    # another name of its places), if clearly the largest: a town among villages.
    # (Exactly so, when some place is: "Samar", a town of 70,000, not Samara, 1.2 million,
    # whose name is "Samar" only with the final vowel dropped.)
    exact = [fold(p.name) == key for p in candidates]
    if any(exact):
        # (... and a Russian "-ovka" for the Ukrainian "-ivka" of one of them, which the
        # gazetteer lists among the place's spellings: Novofedorovka in Crimea is as much
        # "Novofedorivka" as the village of Kherson oblast.)
        exact = [
            ex or (_ivka(fold(p.name)) == _ivka(key) and index.spelt(p, query))
            for p, ex in zip(candidates, exact, strict=True)
        ]
    named_so = exact if any(exact) else own_names
    if not any(named_so):
        named_so = [index.spelt(p, query) for p in candidates]
    if not any(named_so):  # look-alikes only: the largest of them
        named_so = [True] * len(candidates)
    # Where the war is reported, smaller namesakes abroad do not count (Uman, Cherkasy
    # oblast, is the largest Uman for a report on the war, Umán in Mexico half its size; a
    # Crimean village of 740 does not outweigh Vidnoye near Moscow, 51,000). (Own names only:
    # a place that merely lists the name among its spellings stays out.)
    called = [own or ex for own, ex in zip(own_names, exact, strict=True)]
    at_home = [own and theatre.contains(p) for p, own in zip(candidates, called, strict=True)]
    home = max((p.population for p, h in zip(candidates, at_home, strict=True) if h), default=-1)
    abroad = max(
        (p.population for p, h, own in zip(candidates, at_home, called, strict=True)
         if own and not h),
        default=-1,
    )  # fmt: skip
    if home >= abroad and any(at_home):
        named_so = at_home
    sizes = sorted(
        (p.population for p, own in zip(candidates, named_so, strict=True) if own),
        reverse=True,
    )
    largest = (
        sizes[0] if sizes and (len(sizes) == 1 or sizes[0] >= LARGEST_RATIO * sizes[1]) else -1
    )
    rows = []
    for place, own, named in zip(candidates, own_names, named_so, strict=True):
        spelt = own or index.spelt(place, query)
        to_focus = _distance_feature(focus.distance_km(place))
        to_anchor = (
            _distance_feature(near.nearest_km(place.lat, place.lon)) if near.size else to_focus
        )
        rows.append(
            (
                1.0,
                math.log10(max(place.population, KNOWN_POPULATION_FLOOR)) / 7,
                float(named and place.population == largest),
                float(own),
                float(spelt and not own),
                float(not spelt),
                focus.regions.get((place.country, place.admin1_code), 0.0),
                focus.countries.get(place.country, 0.0),
                to_focus,
                to_anchor,
                float(place.seat),
                float(place.capital),
                float(theatre.contains(place)),
            )
        )
    return np.array(rows, dtype=float).reshape(len(rows), len(FEATURES))


def probabilities(matrix: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """P(each candidate), and last P(none of them), under the conditional logit."""
    scores = np.append(matrix @ weights, 0.0)
    scores -= scores.max()
    exp = np.exp(scores)
    return np.asarray(exp / exp.sum())


def _theatre_default(
    index: PlaceIndex, query: str, theatre: Theatre, weights: Weights
) -> Place | None:
    """The town ``query`` clearly means in the theatre with no context at all (at least
    :data:`DEFAULT_PROBABILITY` likely, 0.4 ahead of the next, and of 10,000 people), if any."""
    if theatre is NO_THEATRE:
        return None
    bare = theatre_focus(index, theatre)
    found = index.candidates(query)
    if not found:
        return None
    p = probabilities(features(index, query, found, bare, [], theatre), weights.vector)
    order = np.argsort(-p)
    best = int(order[0])
    if best == len(found) or p[best] < DEFAULT_PROBABILITY or p[best] - p[order[1]] < 0.4:
        return None
    # A town: which of many villages of a name a report means, only the report can say.
    return found[best] if found[best].population >= DEFAULT_TOWN else None


def _where(place: Place, index: PlaceIndex) -> str:
    region = place.admin1 or f"region {place.admin1_code}"
    return f"{place.name} ({region}, {index.country_name(place.country)})"


def decide(
    index: PlaceIndex,
    query: str,
    candidates: Sequence[Place],
    matrix: np.ndarray,
    focus: Focus,
    weights: Weights,
    theatre: Theatre | None = None,
    anchors: Points | None = None,
    front: bool = False,
    village: bool = False,
    told_where: bool = False,
) -> tuple[GeocodeResult, float]:
    """The answer for one name, and the probability of its best candidate (``anchors``:
    the article's other places, resolved; ``front``: the name is a front's; ``village``:
    the text calls it a village; ``told_where``: the text says in which region or near what
    it is)."""
    if not candidates:
        return GeocodeResult(query, "not_found", reason=NO_PLACE), 0.0
    p = probabilities(matrix, weights.vector)
    order = np.argsort(-p[:-1], kind="stable")
    ranked = tuple(candidates[i] for i in order)
    best, p1 = ranked[0], float(p[order[0]])
    p2 = float(p[order[1]]) if len(order) > 1 else 0.0
    p2 = max(p2, float(p[-1]))  # "none of them" competes too
    about = ", ".join(focus.describe(index)) or "no place in particular"
    km = focus.distance_km(best)
    in_focus_region = _in_focus_region(best, focus)
    # Far: hundreds of km from every place the text is about, in none of its regions, no big
    # city, and outside the theatre, or in a country the text is not about, or one of several
    # namesakes. Two things may stand apart all the same: a lone town of the theatre in a
    # country the text is about (Izium in a report that also names Lviv), and what a name
    # means in the theatre with no context at all (Pokrovsk, in a report on the Kursk region
    # that also covers the Donetsk front).
    # A big city may stand far away (Kazan in a report on Kursk), unless a namesake lies where
    # the article is (Seversk, Tomsk oblast, against Siversk in a report on the Donbas).
    namesake_near = any(
        focus.distance_km(c) <= weights.far_km for c in ranked[1:] if c.kind == best.kind
    )
    default = None if theatre is None else _theatre_default(index, query, theatre, weights)

    def namesakes_of(place: Place) -> list[Place]:
        """The other places of this name (its own name or spelling, not a look-alike)."""
        return [
            c for c in ranked if c is not place and c.kind == place.kind and index.spelt(c, query)
        ]

    namesakes = namesakes_of(best)
    # What a town's name means with no context yields to a namesake beside a place the text
    # names (Terny, a village 13 km from Lyman, against Terny, a part of Kryvyi Rih).
    namesake_by_anchor = (
        anchors is not None
        and best.population < BIG_CITY
        and any(anchors.nearest_km(c.lat, c.lon) <= BORDER_KM for c in namesakes)
    )
    # ... or to a namesake in a region the text names ("the Primorsk port" in a report by the
    # Governor of Leningrad Region: Primorsk on the Baltic, not Prymorsk, Zaporizhzhia oblast).
    namesake_in_region = (
        not focus.from_theatre
        and best.population < BIG_CITY
        and not in_focus_region
        and any(_in_focus_region(c, focus) for c in namesakes)
    )

    # Not its name but a spelling like it ("Berdychi" for Berdychiv): far away, likelier a
    # village the gazetteer lacks. (But a front is named after a town where the fighting is:
    # "the Gulyaypole direction" is Huliaipole's, in Zaporizhzhia oblast, spelt the Russian
    # way.)
    # (Nor is another romanisation of its name, ending and all: "Gulyaipole" is Huliaipole's
    # Russian name, which GeoNames spells Gulyaypole, and "Afipsky" is Afipskiy.)
    look_alike = (
        not index.spelt(best, query)
        and not index.romanised(best, query)
        and not (
            theatre is not None and (best.country, best.admin1_code) in theatre.front and front
        )
    )
    # Known by that name only as one of its other names ("Pantsir", a weapon, is listed
    # for Krasnoarmeysk, Saratov oblast): far away, likelier not this place.
    likeness = _likeness(best, query)
    other_name = likeness < OTHER_NAME_LIKENESS

    def _beyond(place: Place) -> bool:
        return _beyond_focus(place, focus, weights)

    def _far(place: Place) -> bool:
        """Whether ``place`` is beyond what the text is about, no big city, and not what the
        name means in the theatre."""
        return _beyond(place) and place.population < BIG_CITY and place != default

    # A big city abroad, in a country the text says nothing else of, outside the theatre:
    # no event of the war there ("At around 11pm on Wednesday in Lisbon, air alerts were
    # activated", a time zone, in a report on Mykolaiv).
    # ... or beside the theatre, called by another spelling than its own ("Tykhy", a village
    # near Vovchansk, is Tychy in Poland only by its Ukrainian name).
    stranger = (
        theatre is not None
        and bool(theatre.countries)
        and (
            not theatre.touches(best.country)
            or (
                best.population >= BIG_CITY
                and not theatre.contains(best)
                and fold(best.name) != fold(query)
            )
        )
        and not focus.countries.get(best.country)
        and not focus.from_theatre
    )
    if (
        _beyond(best)
        and (best.population < BIG_CITY or namesake_near or look_alike or stranger)
        # (not a place beside one the article has placed with confidence: Mar'yinka beside
        # Avdiivka in a report mostly on Kharkiv oblast)
        and (anchors is None or anchors.nearest_km(best.lat, best.lon) > NEARBY_KM or look_alike)
        and (
            theatre is None
            or not theatre.contains(best)
            or not focus.countries.get(best.country)
            or len(ranked) > 1
            or best.population < DEFAULT_TOWN  # a lone village: one of many, far away
            or look_alike
        )
        and (
            best != default
            or look_alike
            or other_name
            or namesake_by_anchor
            or namesake_in_region
            or stranger
            # (nor in a country none of whose regions the text is about, for a town of no note:
            # "Chaiki", a village of the Belgorod region in a report on strikes there, is no
            # suburb of Kyiv of 12,000 people)
            or (
                not focus.from_theatre
                and best.population < NOTED_TOWN
                and bool(focus.regions)
                and not any(country == best.country for country, _ in focus.regions)
                and not focus.countries.get(best.country)
            )
            # (what the name means with no context is no meaning in the theatre when it lies
            # outside it, in a text mostly about a region of the theatre: "the settlements of
            # Ozerki and Ivanovsky" of the Kursk region are no part of Saint Petersburg,
            # 1,000 km north)
            or (
                theatre is not None
                and not theatre.contains(best)
                and any(theatre.holds(key) for key in focus.main_regions())
            )
        )
    ):
        if namesake_near and not focus.from_theatre:
            # The far one aside, the namesakes where the article is may settle it (Seversk,
            # Tomsk oblast, aside: Siversk in a report on the Donbas).
            # (no city for what the text calls a village: "the village of Makiivka ... Luhansk
            # region" is no Makiivka of 340,000 people in Donetsk oblast)
            near = [
                int(i)
                for i in order
                if focus.distance_km(candidates[i]) <= weights.far_km
                and not (village and _city(candidates[i]))
            ]
            q = p[near] / p[near].sum() if near else np.zeros(1)
            if (
                near
                and p[near[0]] > p[-1]  # likelier than none of them
                and q[0] >= weights.found_probability
                and q[0] - (q[1] if len(near) > 1 else 0.0) >= weights.margin
            ):
                nearest = candidates[near[0]]
                if told := _codified_in_focus(index, query, focus, nearest, candidates):
                    # "near Stelmakhivka, Makiivka, Nevske, and Bilohorivka", in Luhansk
                    # oblast: the codifier lists a Makiivka there, which GeoNames lacks; not
                    # the city of Makiivka by Donetsk, the nearest it has.
                    return GeocodeResult(query, "ambiguous", None, ranked, told), p1
                reason = (
                    f"{NEAREST_NAMESAKE}: {_where(best, index)} is {km:,.0f} km from what"
                    f" this text is about ({about})"
                )
                return GeocodeResult(query, "found", nearest, ranked, reason), float(q[0])
        lone = "the only place" if len(ranked) == 1 else "the likeliest place"
        reason = (
            f"{lone} of that name is {_where(best, index)}, {km:,.0f} km from what this"
            f" text is about ({about})"
        )
        return GeocodeResult(query, "ambiguous", None, ranked, reason), p1
    if village and (_city(best) or (best.kind == "settlement" and best.population >= BIG_CITY)):
        # "the village of Makiivka in the Krasnorichensk settlement community of Svatove
        # district": no city of 340,000 people, but a village the gazetteer lacks; "the
        # villages of Zaporizhzhia and Novogeorgievka" in Dnipropetrovsk oblast are no
        # regional capital either.
        reason = (
            f"the text calls it a village; {_where(best, index)} is a city of"
            f" {best.population:,} people"
        )
        return GeocodeResult(query, "ambiguous", None, ranked, reason), p1
    if (
        (best.population < OUTSIDE_VILLAGE or (village and not best.seat))
        and not focus.from_theatre
        and focus.regions
        and not in_focus_region
        # (not in the region the text says it is in: "the village of Piddubne in Donetsk", in
        # a report otherwise on Dnipropetrovsk oblast)
        and not told_where
        and (
            km > (NEAR_CITY_KM if front else BORDER_KM) or look_alike or likeness < BORDER_LIKENESS
        )
        # (not beside a place the text has placed with confidence: "Nevske ... and
        # Bilohorivka", both of Luhansk oblast, in a report mostly on Donetsk oblast)
        and (
            anchors is None
            or not anchors.size
            or anchors.nearest_km(best.lat, best.lon) > BESIDE_ANCHOR_KM
            or look_alike
            # (nor one whose name is only like its own: "Tarasovka" beside Dniprorudne is not
            # Vyshchetarasivka)
            or likeness < BORDER_LIKENESS
        )
    ):
        # A village outside every region the text is about: gazetteers lack most villages,
        # so the one meant is likelier a namesake missing from it than this one.
        reason = f"{OUTSIDE_REASON}{about}; {_where(best, index)} lies {km:,.0f} km away"
        return GeocodeResult(query, "ambiguous", None, ranked, reason), p1
    if (
        # (or a town the text calls a village: "east of the village of Baranivka" on the
        # Pokrovsk front is no town of 11,000 in Zhytomyr oblast)
        (best.population < OUTSIDE_VILLAGE or (village and not best.seat and not _city(best)))
        and focus.from_theatre
        and not look_alike
        and anchors is not None
        and anchors.size
        and (apart := anchors.nearest_km(best.lat, best.lon)) > weights.far_km
    ):
        # A village, the only clue to it the theatre, hundreds of km from every place the
        # article has placed with confidence ("the villages of Promin and Vyshneve" in a
        # report on the Pokrovsk front: the only Promin GeoNames has is in Mykolaiv oblast).
        reason = (
            f"{'the only place' if len(ranked) == 1 else 'the likeliest place'} of that name"
            f" is {_where(best, index)}, {apart:,.0f} km from the other places this text names"
        )
        return GeocodeResult(query, "ambiguous", None, ranked, reason), p1
    if (
        look_alike
        and focus.from_theatre
        and best.population < BIG_CITY
        and (anchors is None or anchors.nearest_km(best.lat, best.lon) > weights.far_km)
        # (not one the text puts in its region: "Vasilyevka, a city in Zaporizhzhia" is
        # Vasylivka, the only place so spelt there)
        and not told_where
    ):
        # Only a spelling like its name, and nothing else in the text near it: a village the
        # gazetteer lacks is as likely ("Berdychi", Donetsk oblast, for Berdychiv).
        reason = (
            f"{SPELLING_LIKE} {_where(best, index)}, and no other place the text names is near it"
        )
        return GeocodeResult(query, "ambiguous", None, ranked, reason), p1
    if (
        village
        and len(ranked) == 1
        and focus.from_theatre
        and not _village(best)
        and best.kind == "settlement"
        and not best.seat
        and best.population < BIG_CITY
        and (
            anchors is None or not anchors.size or anchors.nearest_km(best.lat, best.lon) > NEAR_KM
        )
    ):
        # "The village of Pyatykhatky" (Zaporizhzhia oblast), in a text that says nothing
        # else of where it is: the only Pyatykhatky GeoNames has is a town of 18,000 in
        # Dnipropetrovsk oblast, so the village meant is likelier one it lacks.
        reason = (
            f"the text calls it a village; the only place of that name the gazetteer has is"
            f" the town of {_where(best, index)}, and the text says nothing else of where it is"
        )
        return GeocodeResult(query, "ambiguous", None, ranked, reason), p1
    # Namesakes a few km from the best are the same place entered twice (GeoNames has
    # Rodionovo-Nesvetayskaya and Rodionovo-Nesvetaiskoye 1.4 km apart): one answer.
    twins = [
        int(i)
        for i in order[1:]
        if haversine_km(best.lat, best.lon, candidates[i].lat, candidates[i].lon) <= SAME_PLACE_KM
    ]
    rivals = [int(i) for i in order[1:] if int(i) not in twins]
    if not focus.from_theatre:
        # Namesakes that would be far themselves (above) are no rivals for one where the
        # article is (Khotyn in Chernivtsi oblast against Khotin in a report on Sumy oblast),
        # nor, when the best is where the article is, is a big city far away (Oktyabrsky,
        # Bashkortostan, 108,000 people, against the village in a report on Belgorod oblast).
        here = not _beyond(best)
        rivals = [
            i
            for i in rivals
            if not _far(candidates[i])
            and not (here and _beyond(candidates[i]) and candidates[i] != default)
        ]
    if twins or not focus.from_theatre:
        kept = float(p[order[0]] + p[twins].sum() + p[rivals].sum() + p[-1])
        p1 = float(p[order[0]] + p[twins].sum()) / kept
        p2 = max([float(p[-1]), *(float(p[i]) for i in rivals)]) / kept
    if p1 >= weights.found_probability and p1 - p2 >= weights.margin:
        if len(ranked) == 1 and focus.from_theatre and theatre is not None and _village(best):
            # A village, in a text that says nowhere else where it is: GeoNames lists only
            # villages of 500 people or more, and many share a name ("the village of
            # Yurkivka" near Zaporizhzhia is not the one in Cherkasy oblast). Placed, as a
            # question for the reviewer.
            reason = (
                f"{FROM_THEATRE} ({theatre.label}): the only place of that name the gazetteer"
                " has, a village, and the text says nothing else of where it is"
            )
            curated = best.id.startswith("mapapp:")  # (a place of geodata/, with its source)
            on_front = (best.country, best.admin1_code) in theatre.front
            if best.population < LONE_HAMLET and not told_where and not curated and not on_front:
                # ... unless it is a hamlet of a few hundred people: many more villages the
                # size of the one meant are missing from GeoNames than are in it ("assault
                # groups near Novenke", Sumy oblast, is not Noven'koye in Crimea). Asked;
                # but not a hamlet where the fighting is (Krynky, on the Dnipro's left bank).
                reason = (
                    f"the only place of that name the gazetteer has is {_where(best, index)},"
                    f" a hamlet of {best.population:,} people, and the text says nothing else of"
                    " where it is"
                )
                return GeocodeResult(query, "ambiguous", None, ranked, reason), p1
        elif len(ranked) == 1:
            reason = ONLY_PLACE
        elif dominant([c for c in candidates if index.spelt(c, query)] or candidates) is best:
            reason = FAR_LARGER
        elif focus.from_theatre and theatre is not None:
            reason = f"{FROM_THEATRE} ({theatre.label})"
        else:
            reason = FROM_CONTEXT
        if (
            reason.startswith((FROM_THEATRE, FROM_CONTEXT))
            and len(namesakes) + 1 >= COMMON_VILLAGE_NAME
            and not other_name
            and not best.seat
            and best.population < BIG_CITY
            and (
                apart := anchors.nearest_km(best.lat, best.lon) if anchors is not None else math.inf
            )
            > (NEAR_KM if _village(best) else COMMON_NAME_TOWN_KM)
        ):
            # A name dozens of villages share (Mykolaivka, Mikhaylovka, Pokrovske), and none
            # of the text's other places near the one its region suggests: GeoNames lacks
            # most villages, so the one meant is as likely one it lacks ("Mykolaivka" on the
            # Pokrovsk front is not the town of 14,000 by Sloviansk, 63 km away). Asked. (A
            # place called by a name it had before it was renamed is no guess: "Leninskoye" is
            # Pivdenne, Donetsk oblast, and the Druzhba community is run from the town of
            # Druzhba, which GeoNames lists by its old name.)
            by_anchor = [
                c
                for c in namesakes
                if anchors is not None
                and anchors.nearest_km(c.lat, c.lon) <= NEAR_KM
                and (focus.from_theatre or _in_focus_region(c, focus))
            ]
            if len(by_anchor) == 1:
                # ... unless one of them lies by the text's other places, in a region the text
                # is about (the village of Pokrovske by Nikopol, not the larger one of
                # Synelnykove district).
                reason = (
                    f"{len(namesakes) + 1} places share that name; the only one near the other"
                    " places this text names"
                )
                return GeocodeResult(query, "found", by_anchor[0], ranked, reason), p1
            if (
                (math.isinf(apart) or apart <= TOWN_IN_FOCUS_KM)
                and not focus.from_theatre
                and best.population >= VILLAGE_POPULATION
                and _in_focus_region(best, focus)
                and not any(_in_focus_region(c, focus) for c in namesakes)
            ):
                # ... but with no other place, or none further than a region's breadth, the
                # one town of that name in the region the text names is it ("a school in
                # Vasylivka", in a report on the Zaporizhzhia region: the town of 12,600
                # there, whatever villages elsewhere share its name, with Velyka Znamianka
                # of that region 70 km off).
                reason = (
                    f"{len(namesakes) + 1} places share that name; the only one in the region"
                    " this text is about, and a town"
                )
                return GeocodeResult(query, "found", best, ranked, reason), p1
            if math.isinf(apart):
                reason = (
                    f"{len(namesakes) + 1} places share that name; the likeliest is"
                    f" {_where(best, index)}, and the text names no other place to tell which"
                )
            else:
                reason = (
                    f"{len(namesakes) + 1} places share that name; the likeliest,"
                    f" {_where(best, index)}, is {apart:,.0f} km from the other places this"
                    " text names"
                )
            return GeocodeResult(query, "ambiguous", None, ranked, reason), p1
        return GeocodeResult(query, "found", best, ranked, reason), p1
    if (
        best.population >= BIG_CITY
        and not look_alike
        and not other_name
        and p1 > float(p[-1])
        and focus.countries.get(best.country)
        and not any(focus.countries.get(candidates[i].country) for i in order[1:])
    ):
        # A big city, and its namesakes all in countries the text is not about: the name
        # means it (St. Petersburg in a report on Russia, not the Florida city).
        reason = "the only place of that name in a country this text is about"
        return GeocodeResult(query, "found", best, ranked, reason), p1
    town = _theatre_town(index, query, candidates, theatre)
    if (
        town is not None
        and not _beyond(town)
        and not any(
            (anchors is not None and anchors.nearest_km(c.lat, c.lon) <= BORDER_KM)
            or _in_focus_region(c, focus)
            for c in namesakes_of(town)
        )
    ):
        # A town of the theatre known by this name, at least twice as large as every other
        # place so called, and no namesake where the article is: "Krasnoarmeysk" in a report
        # on Kupyansk is Pokrovsk (so called until 2016), not the towns of Saratov and Moscow
        # oblasts.
        reason = (
            f"{FROM_THEATRE} ({theatre.label if theatre else ''}): the largest place of that"
            " name, twice the size of any other"
        )
        return GeocodeResult(query, "found", town, ranked, reason), p1
    beside = _only_one_beside(index, query, ranked, anchors, focus)
    if beside is not None:
        # Namesakes none of which stands out, but one lies by the text's other places and the
        # rest far from them ("withdraw from positions near ... Uspenivka" in a report on
        # Huliaipole: the Uspenivka 17 km from it, not the one 72 km south).
        reason = (
            f"{len(ranked)} places of that name; the only one near the other places this text names"
        )
        return GeocodeResult(query, "found", beside, ranked, reason), p1
    if float(p[-1]) >= p1:
        reason = f"no place of that name fits what this text is about ({about})"
    else:
        reason = f"{len(ranked)} places of that name; none stands out for this text ({about})"
    return GeocodeResult(query, "ambiguous", None, ranked, reason), p1


def _only_one_beside(
    index: PlaceIndex,
    query: str,
    ranked: Sequence[Place],
    anchors: Points | None,
    focus: Focus,
) -> Place | None:
    """The one place of the name ``query`` within :data:`NEAR_KM` of the text's other
    places (``anchors``), in a region the text is about, when every other place so called
    lies more than twice as far from them; None if there is no such one."""
    if anchors is None or not anchors.size:
        return None
    spelt = [c for c in ranked if index.spelt(c, query)]
    near = [
        c
        for c in spelt
        if anchors.nearest_km(c.lat, c.lon) <= NEAR_KM
        and (focus.from_theatre or _in_focus_region(c, focus))
        and not index.part_of_city(c)  # (a city's district is no village beside it)
    ]
    if len(near) != 1:
        return None
    if any(anchors.nearest_km(c.lat, c.lon) <= 2 * NEAR_KM for c in spelt if c is not near[0]):
        return None
    # (not where the official codifier lists more villages of that name than the gazetteer
    # has: "Andriivka" by Kurakhove is none of the four of Donetsk oblast it has, of eight)
    best = near[0]
    listed, unlocated = _unlocated_namesakes(index, query, best, ranked)
    if listed is not None and unlocated >= UNLOCATED_NAMESAKES:
        return None
    return best


def _unlocated_namesakes(
    index: PlaceIndex, query: str, place: Place, every: Sequence[Place]
) -> tuple[int | None, int]:
    """How many places called ``query`` the official codifier lists in ``place``'s
    first-level region (None if it does not cover it), and how many of them the gazetteer
    does not have: the codifier's count less the places of ``every`` in that region."""
    listed = index.codified(query, place.country, place.admin1_code)
    if listed is None:
        return None, 0
    located = sum(p.country == place.country and p.admin1_code == place.admin1_code for p in every)
    return listed, listed - located


def _town_beside(place: Place, landmark: Place) -> bool:
    """Whether ``place`` is a town (no village) in ``landmark``'s region."""
    return (
        place.kind == "settlement"
        and place.population >= OUTSIDE_VILLAGE
        and (place.country, place.admin1_code) == (landmark.country, landmark.admin1_code)
    )


def _city(place: Place) -> bool:
    """Whether ``place`` is a city no text would call a village (of :data:`BIG_CITY` people
    or more; not a region's seat, whose name a community may share)."""
    return place.kind == "settlement" and place.population >= BIG_CITY and not place.seat


# How much larger than every namesake a town of the theatre must be to be what its name
# means in war reporting, where the text gives no other clue.
THEATRE_TOWN_RATIO = 2.0
# A namesake outside the theatre this far from a town of it does not count against the
# town in war reporting: "Seversk" beside Donetsk-oblast places is Siversk, not the closed
# city of Tomsk oblast 3,300 km east, ten times its size.
REMOTE_NAMESAKE_KM = 1_500.0


def _theatre_town(
    index: PlaceIndex, query: str, candidates: Sequence[Place], theatre: Theatre | None
) -> Place | None:
    """The town of the theatre (of :data:`DEFAULT_TOWN` people or more) that is at least
    :data:`THEATRE_TOWN_RATIO` times as large as every other settlement spelt ``query``,
    but those outside the theatre :data:`REMOTE_NAMESAKE_KM` or more from it."""
    if theatre is None or theatre is NO_THEATRE:
        return None
    spelt = sorted(
        (c for c in candidates if c.kind == "settlement" and index.spelt(c, query)),
        key=lambda c: -c.population,
    )
    home = next((c for c in spelt if theatre.contains(c)), None)
    if home is not None:
        spelt = [
            c
            for c in spelt
            if theatre.contains(c)
            or haversine_km(c.lat, c.lon, home.lat, home.lon) < REMOTE_NAMESAKE_KM
        ]
    if not spelt:
        return None
    top = spelt[0]
    if not theatre.contains(top) or top.population < DEFAULT_TOWN:
        return None
    if len(spelt) > 1 and top.population < THEATRE_TOWN_RATIO * spelt[1].population:
        return None
    if _by_other_name(top, query) and any(
        theatre.contains(c) and fold(c.name) == fold(query) for c in spelt[1:]
    ):
        # A town known by the name only as its former one ("Fedorivka", Nova Odesa until
        # 1976), where villages of the theatre bear that very name ("Fedorivka in the Siversk
        # sector"): the name means one of them as likely. (Not "Krasnoarmeysk", Pokrovsk's,
        # which no place of the theatre is called now.)
        return None
    return top


# A place of fewer people than this, and no seat of a district, is a village: one of many of
# its name, more of which GeoNames lacks than it has (and too many words are spelt like one
# for a look-alike with no region to look in).
VILLAGE_POPULATION = 10_000
# A village the gazetteer has is not taken for the one meant, on its name alone, when the
# codifier lists at least this many more of that name in its oblast (one more is most often
# a hamlet smaller than the one GeoNames lists; see ``_one_of_many``).
UNLOCATED_NAMESAKES = 2
# A city this far from every place a text has placed is not what its name means there when
# a namesake lies beside one of them.
FAR_FROM_THE_OTHERS_KM = 60.0


def _village(place: Place) -> bool:
    return place.kind == "settlement" and not place.seat and place.population < VILLAGE_POPULATION


@dataclass(frozen=True)
class Resolution:
    """The resolver's reading of one text: its focus and an answer per name (in order)."""

    focus: Focus
    results: tuple[GeocodeResult, ...]
    probabilities: tuple[float, ...]
    # The candidates' feature rows of the final round, by name (for fitting).
    matrices: tuple[np.ndarray, ...] = ()


def resolve_names(
    index: PlaceIndex,
    names: Sequence[NameEvidence],
    *,
    countries: Iterable[str] = (),
    theatre: Theatre | None = None,
    weights: Weights | None = None,
    regions: Iterable[str] = (),
) -> Resolution:
    """Resolve every settlement name of one text jointly (region names are answered among
    regions): focus first, then the confident names, which anchor the rest. ``regions``:
    region names that are evidence of the focus only (an office's, "the Sumy region
    governor"); they get no result."""
    theatre = theatre_from_setting() if theatre is None else theatre
    weights = default_weights() if weights is None else weights
    countries = tuple(countries)
    asked = len(names)
    names = [*names, *(NameEvidence(query, region=True) for query in regions)]
    focus, sure = compute_focus(index, names, countries, theatre)
    anchors: dict[str, Place] = {place.id: place for place in sure.values()}
    results: list[GeocodeResult] = []
    chances: list[float] = []
    matrices: list[np.ndarray] = []
    previous: list[GeocodeResult] = []
    for round_ in (1, 2):
        # With no name beyond doubt, the focus is the theatre or a country with no point to
        # measure from ("Udachne ... inf km from Ukraine"): the second round takes the first
        # round's answers as the focus (Pokrovsk in Donetsk oblast, for "around Pokrovsk").
        if round_ == 2 and (focus.from_theatre or not focus.points):
            answered = _answered_focus(names, results, countries, theatre)
            if answered is not None:
                focus, sure = answered
        everywhere = Points((a.lat, a.lon) for a in anchors.values())
        previous, results, chances, matrices = results, [], [], []
        # (the names no place of which lies where the text puts them)
        put_elsewhere: list[GeocodeResult] = []

        def unsettled(
            result: GeocodeResult,
            results: list[GeocodeResult] = results,
            chances: list[float] = chances,
            matrices: list[np.ndarray] = matrices,
        ) -> None:
            """A name answered without scoring: no chance, no features."""
            results.append(result)
            chances.append(0.0)
            matrices.append(np.zeros((0, len(FEATURES))))

        def asked_elsewhere(
            query: str,
            found: tuple[Place, ...],
            reason: str,
            put_elsewhere: list[GeocodeResult] = put_elsewhere,
        ) -> None:
            """A name no candidate of which lies where the text puts it: asked, with why."""
            put_elsewhere.append(GeocodeResult(query, "ambiguous", None, found, reason))
            unsettled(put_elsewhere[-1])

        confident: dict[str, Place] = {}
        for name in names:
            if name.region:
                results.append(_region(index, name.query, focus))
                chances.append(1.0)
                matrices.append(np.zeros((0, len(FEATURES))))
                continue
            every = found = _known_by(index, name.query, index.candidates(name.query), theatre)
            aside = _parts_elsewhere(index, every, focus)
            if aside:
                every = found = tuple(p for p in every if p not in aside)
            if name.within:
                inside = tuple(p for p in found if (p.country, p.admin1_code) in name.within)
                if not inside:
                    unsettled(_outside(index, name, found))
                    continue
                found = inside
            if name.nearby and everywhere.size and found:
                close = tuple(p for p in found if everywhere.nearest_km(p.lat, p.lon) <= NEARBY_KM)
                if not close:
                    reason = (
                        f"the text puts it near its other places; the nearest place of that"
                        f" name, {_where(found[0], index)}, is"
                        f" {everywhere.nearest_km(found[0].lat, found[0].lon):,.0f} km away"
                    )
                    asked_elsewhere(name.query, found, reason)
                    continue
                found = close
            landmark = _landmark(name, results, previous)
            if (
                landmark is None
                and found
                and (around := _landmark_candidates(name, results, previous))
            ):
                # The place it is said to be near is not settled, but some candidates of it
                # may be: only this name's candidates near one of them can be it. "Baranivka,
                # north of the town of Ocheretyne" (Donetsk oblast) in a report on Kharkiv
                # oblast is not the town of Zhytomyr oblast, 740 km from any Ocheretyne.
                said = name.near[1] if name.near is not None else None
                close = tuple(p for p in found if _near_one_of(p, around, said))
                if not close:
                    nearest = min(found, key=lambda p: _apart_km(p, around))
                    reason = (
                        f"the text puts it near {around[0].name}; the nearest place of that"
                        f" name, {_where(nearest, index)}, is {_apart_km(nearest, around):,.0f}"
                        f" km from any place called {around[0].name}"
                    )
                    asked_elsewhere(name.query, found, reason)
                    continue
                found = close
            limit = name.near[1] if name.near is not None else None
            if limit is None and landmark is not None:
                limit = NEAR_KM if landmark.population < NEAR_TOWN_LIMIT else NEAR_CITY_KM
            narrowed_to = None
            if landmark is not None and limit is not None and found:

                def km(p: Place, to: Place = landmark) -> float:
                    return haversine_km(p.lat, p.lon, to.lat, to.lon)

                close = tuple(p for p in found if km(p) <= limit)
                stretched = tuple(p for p in found if km(p) <= 2 * limit)
                if (
                    not close
                    and len(stretched) == 1
                    and not name.village
                    and _town_beside(stretched[0], landmark)
                ):
                    # A town of the landmark's region, a little farther than "near" says:
                    # "Krasnoperekopsk, near Dzhankoy" (54 km off). (Not what the text calls
                    # a village: "the village of Severnoye near Avdiivka" is no town 34 km
                    # off, but a village the gazetteer lacks.)
                    close = stretched
                if not close:
                    nearest = min(found, key=km)
                    reason = (
                        f"the text puts it near {landmark.label}; the nearest place of that"
                        f" name, {_where(nearest, index)}, is {km(nearest):,.0f} km from it"
                    )
                    asked_elsewhere(name.query, found, reason)
                    continue
                found, narrowed_to = close, landmark.name
            own = {p.id for p in found}
            # A name's own candidates are no anchors for it.
            if own & anchors.keys():
                near = Points((a.lat, a.lon) for a in anchors.values() if a.id not in own)
            else:
                near = everywhere
            # A name is no evidence for itself: resolve it against the others' focus.
            mine = focus
            key = fold(name.query)
            if key in sure:
                evidence = getattr(focus, "evidence", {}).get(key, 0.0)
                mine = focus.without(sure[key], evidence) or theatre_focus(index, theatre)
            matrix = features(index, name.query, found, mine, near, theatre)
            told_where = bool(name.within) or name.nearby or narrowed_to is not None
            result, chance = decide(
                index,
                name.query,
                found,
                matrix,
                mine,
                weights,
                theatre,
                anchors=near,
                front=name.front,
                village=name.village,
                told_where=told_where,
            )
            result = _one_of_many(index, result, every, near, landmark) or result
            if not name.district:
                result = _beside_the_others(index, result, found, near, mine) or result
            if not told_where:
                result = _unlisted_beside_the_others(index, result, near, mine) or result
            if len(every) > len(found):  # the places outside the region, listed last
                rest = tuple(p for p in every if p not in found)
                reason = result.reason
                if result.place is not None and len(found) == 1 and narrowed_to is not None:
                    reason = f"the only place of that name near {narrowed_to}, as the text says"
                elif result.place is not None and len(found) == 1:
                    where = result.place.admin1 or "the region"
                    reason = f"the only place of that name in {where}, where the text puts it"
                result = replace(result, candidates=result.candidates + rest, reason=reason)
            if aside:  # (listed last, as places it may be)
                result = replace(result, candidates=result.candidates + aside)
            results.append(result)
            chances.append(chance)
            matrices.append(matrix)
            if (
                round_ == 1
                and result.place is not None
                and chance >= ANCHOR_PROBABILITY
                and not name.named_after
                and not name.silent
            ):
                confident[result.place.id] = result.place
        anchors.update(confident)
    _beside_each_other(names, results)
    _other_ending_beside(index, names, results)
    # What the text turned out to be about: its places as resolved (a lone namesake left
    # unlocated no longer counts).
    settled = _final_focus(names, results, countries, theatre) or focus
    _codified_at_home(index, names[:asked], results, settled)
    # A name no place has may be a misspelling of one the article is about; so may a name
    # only places far from it have ("Layman" beside Bakhmut and Avdiivka: Lyman, Donetsk
    # oblast, not Lyman, Mississippi, whose other names have it).
    for i, name in enumerate(names[:asked]):
        if results[i].reason in (NO_PLACE, NO_REGION):
            if results[i].reason == NO_PLACE and index.codified_anywhere(name.query, endings=True):
                # A village's own name in Ukraine's codifier ("Piatykhatky", thirteen of
                # them), not a misspelling of the town the gazetteer has.
                continue
            results[i] = _lookalike(index, name, settled, theatre=theatre) or results[i]
        elif _only_far(results[i], settled, weights) and not name.region:
            like = _lookalike(index, name, settled, far=results[i].candidates, theatre=theatre)
            if like is not None and like.place is not None:
                results[i] = like
    _rule_out_for_other_spellings(names[:asked], results, put_elsewhere)
    _misspelt_beside(index, names[:asked], results, weights)
    for i, name in enumerate(names[:asked]):
        if results[i].reason == NO_PLACE and (where := _codified_where(index, name.query)):
            # Say where the codifier has it, for the reviewer to place it by hand.
            results[i] = GeocodeResult(
                results[i].query,
                "not_found",
                reason=f"{CODIFIED_ONLY} {where}",
            )
    return Resolution(
        settled, tuple(results[:asked]), tuple(chances[:asked]), tuple(matrices[:asked])
    )


def _codified_at_home(
    index: PlaceIndex,
    names: Sequence[NameEvidence],
    results: list[GeocodeResult],
    focus: Focus,
) -> None:
    """Leave unlocated a village or town (of fewer than :data:`CODIFIED_TOWN` people) placed
    outside the one Ukrainian oblast the text is about, far from every place the text has
    placed there, when the text does not say where it is and the official codifier lists a
    settlement of that name in that oblast: "Poniativka, Pryozerne, ... Shyroka Balka" in a
    list of Kherson oblast's shelled villages are none of Odesa oblast's, 150-300 km away
    (GeoNames lacks Kherson oblast's, and each far one was the others' evidence); nor are
    "Tokarivka, Mykhailivka" in such a list the two villages of Mykolaiv oblast 2 km apart
    that made each other look right."""
    main = focus.main_regions()
    if len(main) != 1 or main[0][0] != "UA":
        return
    home = [
        r.place
        for r in results
        if r.place is not None and (r.place.country, r.place.admin1_code) == main[0]
    ]
    region = index.region(*main[0])
    if not home or region is None:
        return
    for i, name in enumerate(names):
        result = results[i]
        place = result.place
        if (
            place is None
            or name.region
            or name.within
            or name.nearby
            or name.near is not None
            or place.population >= CODIFIED_TOWN
            or (place.country, place.admin1_code) == main[0]
        ):
            continue
        apart = min(haversine_km(place.lat, place.lon, h.lat, h.lon) for h in home)
        if apart <= LONE_APART_KM:
            continue
        units = index.codified_units(name.query, *main[0])
        if not units:
            continue
        home_ones = sum((c.country, c.admin1_code) == main[0] for c in result.candidates)
        if home_ones:
            reason = (
                f"{len(result.candidates)} places share that name,"
                f" {'one' if home_ones == 1 else home_ones} of them in {region.name}, which the"
                f" article is about; {_where(place, index)} lies {apart:,.0f} km from the places"
                " the text names there"
            )
        else:
            which = (
                "the only one the gazetteer has"
                if len(result.candidates) == 1
                else f"the likeliest of the {len(result.candidates)} the gazetteer has"
            )
            reason = (
                f"{_codified_there(region, units)}; {which} is {_where(place, index)},"
                f" {apart:,.0f} km from the places the text names there"
            )
        results[i] = GeocodeResult(result.query, "ambiguous", None, result.candidates, reason)


def _beside_each_other(names: Sequence[NameEvidence], results: list[GeocodeResult]) -> None:
    """Place the villages left unlocated for lying outside the regions the text is about
    (:func:`decide`) that lie beside another of its places, placed or left so: "attacks ...
    in Sinkivka, Stelmakhivka, Terny, Yampolivka and Bilohorivka", in a report on the
    Kupyansk and Lyman directions, are Terny of Donetsk oblast and Bilohorivka of Luhansk
    oblast, 20 km apart, each the other's evidence."""

    def point(result: GeocodeResult) -> Place | None:
        if result.place is not None:
            return result.place
        if result.reason.startswith(OUTSIDE_REASON) and result.candidates:
            return result.candidates[0]
        return None

    points = [None if n.region else point(r) for n, r in zip(names, results, strict=False)]
    for i, result in enumerate(results[: len(names)]):
        best = points[i]
        # (a name its own or spelt like it: "Tarasovka" is only one of Vyshchetarasivka's)
        if (
            best is None
            or result.place is not None
            or _likeness(best, names[i].query) < BORDER_LIKENESS
        ):
            continue
        beside = [
            names[j].query
            for j, other in enumerate(points)
            if other is not None
            and j != i
            and other.id != best.id
            and fold(names[j].query) != fold(names[i].query)
            and haversine_km(best.lat, best.lon, other.lat, other.lon) <= BESIDE_ANCHOR_KM
        ]
        if beside:
            reason = f"beside {beside[0]}, which the text names with it"
            results[i] = replace(result, status="found", place=best, reason=reason)


def _other_ending_beside(
    index: PlaceIndex, names: Sequence[NameEvidence], results: list[GeocodeResult]
) -> None:
    """Place a name left unlocated as only a spelling like a place when it is one of that
    place's names with another ending and the text has placed another of its names near it:
    "At the time of its liberation, Dvurechnoye was sparsely populated" beside "the
    Volchansk area" is Dvorichna (GeoNames knows it as "Dvurechnaya"), 72 km from Vovchansk."""
    placed = [
        (i, r.place)
        for i, r in enumerate(results[: len(names)])
        if r.place is not None and not names[i].region and r.place.kind == "settlement"
    ]
    for i, result in enumerate(results[: len(names)]):
        if result.place is not None or not result.reason.startswith(SPELLING_LIKE):
            continue
        if not result.candidates or names[i].region:
            continue
        best = result.candidates[0]
        stem = _ADJECTIVE_ENDINGS.sub("", fold(names[i].query))
        if len(stem) < 5 or not any(index.spelt(best, stem + end) for end in _ENDINGS):
            continue
        beside = [
            names[j].query
            for j, other in placed
            if j != i and haversine_km(best.lat, best.lon, other.lat, other.lon) <= ENDING_BESIDE_KM
        ]
        if beside:
            # (a question for the reviewer, as every look-alike placed is)
            reason = (
                f"{LOOKALIKE} {_where(best, index)} with another ending; the text names"
                f" {beside[0]} beside it"
            )
            results[i] = replace(result, status="found", place=best, reason=reason)


def _rule_out_for_other_spellings(
    names: Sequence[NameEvidence],
    results: list[GeocodeResult],
    put_elsewhere: Sequence[GeocodeResult],
) -> None:
    """A place the text's own words rule out for one spelling of a name is not taken for
    another spelling of it: "Sergiivka, another frontline village some 15 kilometers ...
    away from ... Pokrovsk", then "the village of Sergeevka ... in Donetsk region" (the
    Serhiyivka 46 km from Pokrovsk is neither). ``put_elsewhere``: the results of names no
    place of which lies where the text puts them. Changes ``results`` in place."""
    ruled_out: dict[str, GeocodeResult] = {}
    for result in put_elsewhere:
        for place in result.candidates:
            ruled_out.setdefault(place.id, result)
    for i, name in enumerate(names):
        result = results[i]
        if result.place is None or name.region:
            continue
        other = ruled_out.get(result.place.id)
        if other is not None and fold(other.query) != fold(name.query):
            results[i] = GeocodeResult(
                name.query,
                "ambiguous",
                None,
                result.candidates,
                f"another spelling of it, {other.query}: {other.reason}",
            )


def _misspelt_beside(
    index: PlaceIndex,
    names: Sequence[NameEvidence],
    results: list[GeocodeResult],
    weights: Weights,
) -> None:
    """Leave unlocated a town (not a city of :data:`BIG_CITY`) placed far from every other
    place the text places (``weights.far_km``) when its name is one letter from another name
    the text places there: likelier that place misspelt than a town across the country.
    "A bakery in Beryslav was hit ... Two hits by guided bombs were recorded in Boryslav"
    (Beryslav, Kherson oblast, misspelt; not Boryslav, 790 km off in Lviv oblast). The
    place the text names is offered first. Changes ``results`` in place."""
    placed = [
        (fold(name.query), result.place)
        for name, result in zip(names, results[: len(names)], strict=True)
        if result.place is not None and not name.region and result.place.kind != "region"
    ]
    for i, name in enumerate(names):
        result = results[i]
        best = result.place
        if best is None or name.region or best.kind == "region" or best.population >= BIG_CITY:
            continue
        key = fold(name.query)
        others = [(k, p) for k, p in placed if k != key and p.id != best.id]
        if not others or len(key) < 5:
            continue
        apart = min(haversine_km(best.lat, best.lon, p.lat, p.lon) for _, p in others)
        if apart <= weights.far_km:
            continue
        like = next(
            (
                p
                for k, p in others
                if k[:1] == key[:1] and OSA.distance(k, key, score_cutoff=1) <= 1
            ),
            None,
        )
        if like is None:
            continue
        reason = (
            f"likelier {like.name}, which the text names, misspelt: {_where(best, index)} lies"
            f" {apart:,.0f} km from the other places this text names"
        )
        candidates = (like, *(c for c in result.candidates if c.id != like.id))
        results[i] = GeocodeResult(name.query, "ambiguous", None, candidates, reason)


def _landmark(
    name: NameEvidence, results: Sequence[GeocodeResult], previous: Sequence[GeocodeResult]
) -> Place | None:
    """The settlement ``name`` is said to be near, as resolved so far (this round's result
    when it came first, else the last round's), or None; or the region it is said to lie a
    stated distance from ("7 km north of the Kharkiv region")."""
    if name.near is None:
        return None
    limit = name.near[1]
    found = _said_near(name, results, previous)
    place = found.place if found is not None else None
    if place is not None and place.kind == "region" and limit is not None:
        return place
    return place if place is not None and place.kind == "settlement" else None


def _landmark_candidates(
    name: NameEvidence, results: Sequence[GeocodeResult], previous: Sequence[GeocodeResult]
) -> tuple[Place, ...]:
    """The settlements the place ``name`` is said to be near may be, when it is not settled
    (none when it is, or when nothing is known of it)."""
    found = _said_near(name, results, previous)
    if found is None or found.place is not None:
        return ()
    return tuple(p for p in found.candidates if p.kind == "settlement")


def _said_near(
    name: NameEvidence, results: Sequence[GeocodeResult], previous: Sequence[GeocodeResult]
) -> GeocodeResult | None:
    """The answer for the name ``name`` is said to be near: this round's when it came first,
    else the last round's."""
    if name.near is None:
        return None
    j = name.near[0]
    return results[j] if j < len(results) else previous[j] if j < len(previous) else None


def _apart_km(place: Place, around: Sequence[Place]) -> float:
    return min(haversine_km(place.lat, place.lon, a.lat, a.lon) for a in around)


def _near_one_of(place: Place, around: Sequence[Place], said: float | None) -> bool:
    """Whether ``place`` may be near one of ``around`` (the places a landmark's name may be):
    within twice the distance the text gives, else twice what "near" a town or a city is."""

    def reach(landmark: Place) -> float:
        if said is not None:
            return 2 * said
        return 2 * (NEAR_KM if landmark.population < NEAR_TOWN_LIMIT else NEAR_CITY_KM)

    return any(haversine_km(place.lat, place.lon, a.lat, a.lon) <= reach(a) for a in around)


def _answered_focus(
    names: Sequence[NameEvidence],
    results: Sequence[GeocodeResult],
    countries: Iterable[str],
    theatre: Theatre,
) -> tuple[Focus, dict[str, Place]] | None:
    """The focus the answers make, with each answered name's own evidence kept apart (so
    that a name can be resolved against the others' answers), and the place of each."""
    by_country: dict[str, float] = {}
    by_region: dict[tuple[str, str], float] = {}
    points: dict[str, tuple[float, float]] = {}
    own: dict[str, float] = {}
    placed: dict[str, Place] = {}
    for name, result in zip(names, results, strict=True):
        place = result.place
        if place is None or name.silent:
            continue
        if name.region:
            weight = REGION_EVIDENCE * name.prominence
        else:
            stray = (
                not theatre.contains(place) and place.population < BIG_CITY and theatre.countries
            )
            weight = (STRAY_EVIDENCE if stray else PLACE_EVIDENCE) * name.prominence
            key = fold(name.query)
            placed.setdefault(key, place)
            own[key] = own.get(key, 0.0) + weight
        by_country[place.country] = by_country.get(place.country, 0.0) + weight
        region = (place.country, place.admin1_code)
        by_region[region] = by_region.get(region, 0.0) + weight
        points[place.id] = (place.lat, place.lon)
    for country in countries:
        by_country[country] = by_country.get(country, 0.0) + COUNTRY_EVIDENCE
    if not by_country:
        return None
    focus = _shares(by_country, by_region, tuple(points.values()))
    object.__setattr__(focus, "evidence", own)
    return focus, placed


def _final_focus(
    names: Sequence[NameEvidence],
    results: Sequence[GeocodeResult],
    countries: Iterable[str],
    theatre: Theatre,
) -> Focus | None:
    """What the text turned out to be about: its places as resolved."""
    answered = _answered_focus(names, results, countries, theatre)
    return None if answered is None else answered[0]


def _share(focus: Focus, place: Place) -> float:
    """The share of the text's focus on ``place``'s region."""
    return focus.regions.get((place.country, place.admin1_code), 0.0)


# A village this far from every other place the text locates, where the official codifier
# lists a settlement of its name whose hromada's centre lies within COMMON_NAME_TOWN_KM of
# them (and at most half as far), is taken for that settlement.
UNLISTED_FAR_KM = 100.0


def _unlisted_beside_the_others(
    index: PlaceIndex, result: GeocodeResult, anchors: Points, focus: Focus | None = None
) -> GeocodeResult | None:
    """A village far from every other place the text locates (:data:`UNLISTED_FAR_KM`),
    when the official codifier lists a settlement of its name in a hromada whose centre lies
    beside them and the gazetteer has none there: that settlement, unlocated ("shelled
    Orikhiv, Mala Tokmachka, Novodanylivka": the village of the Orikhivska hromada, which
    GeoNames lacks, not the Novodanylivka it has 118 km south). None if the answer stands."""
    best = result.place
    if (
        result.status != "found"
        or best is None
        or best.kind != "settlement"
        or best.population >= VILLAGE_POPULATION
        or not anchors.size
    ):
        return None  # (a town is named across fronts in one report: Pokrovsk, Konotop)
    km = anchors.nearest_km(best.lat, best.lon)
    if km <= UNLISTED_FAR_KM:
        return None
    home: bool | None = None  # (worked out when first needed)
    centres: dict[str, tuple[tuple[Place, Place | None], ...]] = {}  # by hromada's name
    for admin1, hromada, raion in index.codified_anywhere(result.query):
        if (best.country, best.admin1_code) != ("UA", admin1):
            # (in the region the text is most about, near what it names there, no
            # settlement of another region stands for it: "Kindrativka and Kostiantynivka"
            # in a report on the Khotin hromada of Sumy Oblast is Sumy oblast's Kindrativka,
            # not a village beside the city of Kostiantynivka, which the text does not mean)
            if home is None:
                home = (
                    focus is not None
                    and max(focus.regions, key=lambda r: focus.regions[r], default=None)
                    == (best.country, best.admin1_code)
                    and focus.distance_km(best) <= UNLISTED_FAR_KM
                )
            if home:
                continue
        if hromada not in centres:
            centres[hromada] = index.hromadas(hromada)
        for centre, _ in centres[hromada]:
            if centre.country != "UA" or centre.admin1_code != admin1:
                continue
            apart = anchors.nearest_km(centre.lat, centre.lon)
            if apart > COMMON_NAME_TOWN_KM or 2 * apart >= km:
                continue
            if any(
                haversine_km(p.lat, p.lon, centre.lat, centre.lon) <= NEAR_KM
                for p in result.candidates
            ):
                continue  # (the gazetteer has one there: the other rules chose among them)
            region = index.region("UA", admin1)
            reason = (
                f"{_where(best, index)} lies {km:,.0f} km from the other places this text"
                f" names; the official codifier lists a place of that name in the {hromada}"
                f" hromada ({raion} raion, {region.name if region else 'Ukraine'}), whose centre"
                f" is {apart:,.0f} km from them, and the gazetteer does not have it"
            )
            return GeocodeResult(result.query, "ambiguous", None, result.candidates, reason)
    return None


def _beside_the_others(
    index: PlaceIndex,
    result: GeocodeResult,
    found: Sequence[Place],
    anchors: Points,
    focus: Focus | None = None,
) -> GeocodeResult | None:
    """A city taken for being far larger than its namesakes, far from every place the text
    has placed (:data:`FAR_FROM_THE_OTHERS_KM`), when one namesake lies beside one of them
    (:data:`BORDER_KM`), or, in a region the text is twice as much about (``focus``), within
    :data:`COMMON_NAME_TOWN_KM` of them and at most half as far as the city: that one
    ("Kamyanske and Plavni ... an offensive on the next settlement, which is Stepnohirsk":
    the village by Stepnohirsk, not the city of Kamianske, 80 km and more from the text's
    places; "drone attacks on ... Robotyne, Kamianske, Mali Shcherbaky" in a report on
    Zaporizhzhia oblast: the village, 31 km from Orikhiv, not the city, 67 km from
    Piatykhatky). None if the answer stands."""
    best = result.place
    if (
        result.status != "found"
        or best is None
        or best.seat
        or best.capital
        or not anchors.size
        or anchors.nearest_km(best.lat, best.lon) <= FAR_FROM_THE_OTHERS_KM
        or result.reason != FAR_LARGER
    ):
        return None
    km = anchors.nearest_km(best.lat, best.lon)

    def by_them(p: Place) -> bool:
        apart = anchors.nearest_km(p.lat, p.lon)
        return apart <= BORDER_KM or (
            focus is not None
            and _share(focus, p) >= 2 * _share(focus, best)
            and apart <= COMMON_NAME_TOWN_KM
            and 2 * apart < km
        )

    beside = [
        p
        for p in found
        if p is not best and p.kind == best.kind and index.spelt(p, result.query) and by_them(p)
    ]
    if len(beside) != 1:
        return None
    reason = (
        f"the one of that name beside the other places this text names; {_where(best, index)},"
        f" far larger, is {km:,.0f} km from them"
    )
    return GeocodeResult(result.query, "found", beside[0], result.candidates, reason)


def _one_of_many(
    index: PlaceIndex,
    result: GeocodeResult,
    every: Sequence[Place],
    anchors: Points,
    landmark: Place | None,
) -> GeocodeResult | None:
    """A village put where the only one of its name the gazetteer has in its oblast lies,
    when the official codifier lists :data:`UNLOCATED_NAMESAKES` or more other villages of
    that name there, and nothing in the text puts it by the one located: unlocated, the
    candidate offered ("Zaporizke" in a report on Dnipropetrovsk oblast's front is not the
    village by Apostolove, 200 km west; the codifier lists six). So too, with one more the
    codifier lists, when that one is in the hromada of a town the text names and the located
    one is not (:func:`_named_centre`). None if the answer stands."""
    best = result.place
    if (
        result.status != "found"
        or best is None
        or best.kind != "settlement"
        or best.seat
        or best.population >= VILLAGE_POPULATION
        or not best.id.startswith("geonames:")
    ):
        return None
    listed, unlocated = _unlocated_namesakes(index, result.query, best, every)
    own_name = loose(fold(best.name)) == loose(fold(result.query))
    if (
        listed is None
        or unlocated < 1
        # (a hromada's centre called so is the one meant: Borova, not the village by Zmiiv;
        # but not one that only once had the name: "the village of Sofiivka" near Kherson is
        # none of the four the codifier lists in Kherson oblast, not Lazurne, 100 km off)
        or (index.runs_community(best) and own_name)
    ):
        return None
    if landmark is not None and haversine_km(best.lat, best.lon, landmark.lat, landmark.lon) <= (
        NEAR_KM
    ):
        return None
    units = index.codified_units(result.query, best.country, best.admin1_code)
    centre = _named_centre(index, best, units, anchors)
    if centre is not None:
        hromada, seat = centre
        km = haversine_km(best.lat, best.lon, seat.lat, seat.lon)
        reason = (
            f"the official codifier lists one of that name in the {hromada} hromada, run from"
            f" {seat.name}, which the text names; the gazetteer has {_where(best, index)},"
            f" {km:,.0f} km from {seat.name}, and lacks that one"
        )
        return GeocodeResult(result.query, "ambiguous", None, result.candidates, reason)
    if unlocated < UNLOCATED_NAMESAKES:
        return None
    if anchors.size and anchors.nearest_km(best.lat, best.lon) <= NEAR_KM:
        return None  # beside the text's other places: the one meant
    region = best.admin1 or "its region"
    # (a place now called otherwise is said to be known by that name too)
    aka = "" if own_name else ", also known by that name"
    reason = (
        f"the official codifier lists {listed} places of that name in {region}, {_in(units)};"
        f" the gazetteer has only {_where(best, index)}{aka}, and the text says nothing that"
        " puts it there"
    )
    return GeocodeResult(result.query, "ambiguous", None, result.candidates, reason)


# A village this far from the centre of a hromada is not in it.
OUT_OF_HROMADA_KM = 20.0


def _named_centre(
    index: PlaceIndex, best: Place, units: Sequence[tuple[str, str]], anchors: Points
) -> tuple[str, Place] | None:
    """The hromada (and its centre) in which the official codifier lists a village of
    ``best``'s name, when the text names that centre and ``best`` lies away from it: the
    village the text means is that one ("Sadove" among the settlements by Kherson and
    Bilozerka that came under fire is the Sadove of the Khersonska hromada, not the one
    GeoNames has on the left bank, 26 km from Kizomys across the Dnipro). None if there is
    no such hromada."""
    if not anchors.size:
        return None
    seats = [
        (hromada, seat)
        for hromada, _ in dict.fromkeys(units)
        for seat, _ in index.hromadas(hromada)
        if (seat.country, seat.admin1_code) == (best.country, best.admin1_code)
    ]
    if not seats:
        return None

    def km(seat: Place) -> float:
        return haversine_km(best.lat, best.lon, seat.lat, seat.lon)

    # (``best``'s own hromada is likeliest the one whose centre is nearest it.)
    own = min(km(seat) for _, seat in seats)
    for hromada, seat in seats:
        if anchors.nearest_km(seat.lat, seat.lon) > SAME_PLACE_KM:
            continue
        if km(seat) > OUT_OF_HROMADA_KM and km(seat) > own:
            return hromada, seat
    return None


def _codified_seats(index: PlaceIndex, names: Sequence[NameEvidence]) -> dict[str, Place]:
    """The centre of the hromada of each village the text names that the gazetteer lacks
    and the official codifier lists once ("Nesteryanka": Orikhiv, its hromada's centre):
    where the text's other names are likelier to lie."""
    out: dict[str, Place] = {}
    for name in names:
        if name.region or index.candidates(name.query):
            continue
        rows = index.codified_anywhere(name.query, endings=True)
        if len(rows) != 1:
            continue
        admin1, hromada, _ = rows[0]
        seat = next(
            (seat for seat, _ in index.hromadas(hromada) if seat.admin1_code == admin1), None
        )
        if seat is not None:
            out[seat.id] = seat
    return out


def _codified_where(index: PlaceIndex, query: str) -> str:
    """Where the official codifier lists settlements called ``query`` ("one in the
    Bakhmutska hromada, Bakhmutskyi raion, Donetsk Oblast"; "3 of that name: Donetsk
    Oblast (2), Kharkiv Oblast"); "" if none."""
    rows = index.codified_anywhere(query, endings=True)
    if not rows:
        return ""
    if len(rows) == 1:
        admin1, hromada, raion = rows[0]
        region = index.region("UA", admin1)
        oblast = region.name if region else "Ukraine"
        return f"one in the {hromada} hromada, {raion} raion, {oblast}"
    counts = Counter(admin1 for admin1, _, _ in rows)
    named = []
    for admin1, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        region = index.region("UA", admin1)
        label = region.name if region else admin1
        named.append(f"{label} ({count})" if count > 1 else label)
    return f"{len(rows)} of that name: " + ", ".join(named)


def _codified_there(region: Place, units: Sequence[tuple[str, str]]) -> str:
    """Why a name is not the gazetteer's place of it: the official codifier lists ``units``
    of that name in ``region``, the one oblast the article is about, where it has none."""
    return (
        f"the article is about {region.name}, where the gazetteer locates no place of that"
        f" name; the official codifier lists {_count(len(units))} there, {_in(units)}"
    )


def _codified_in_focus(
    index: PlaceIndex, query: str, focus: Focus, nearest: Place, candidates: Sequence[Place]
) -> str:
    """Why ``nearest``, a namesake outside the one Ukrainian oblast the article is mostly
    about and away from the places it names, is not the place: the official codifier lists
    a settlement called ``query`` in that oblast, where the gazetteer has none; "" if it does
    not."""
    main = focus.main_regions()
    if len(main) != 1 or main[0][0] != "UA" or (nearest.country, nearest.admin1_code) in main:
        return ""
    if focus.distance_km(nearest) <= COMMON_NAME_TOWN_KM:
        return ""  # (near the places the text names: "Terny" beside Lyman, over the border)
    if any((c.country, c.admin1_code) == main[0] for c in candidates):
        return ""
    units = index.codified_units(query, *main[0])
    # ... or its Ukrainian name, of which ``query`` is a Russian spelling ("Alekseyevka",
    # Oleksiivka, three of which the codifier lists in Sumy oblast); not where the text is
    # also about the region of the namesake ("clashes in the Donetsk People's Republic ...
    # from the village of Grishino", Hryshyne, by Pokrovsk, whose old name it is too, in a
    # report mostly on Kharkiv oblast).
    if not units and (nearest.country, nearest.admin1_code) not in focus.regions:
        for place in candidates:
            spelt = place.country == "UA" and fold(place.name) != fold(query)
            if spelt and index.spelt(place, query):
                units = index.codified_units(place.name, *main[0])
                if units:
                    break
    region = index.region(*main[0])
    if not units or region is None:
        return ""
    nearest_there = _where(nearest, index)
    return f"{_codified_there(region, units)}; the nearest the gazetteer has is {nearest_there}"


def _outside(index: PlaceIndex, name: NameEvidence, found: Sequence[Place]) -> GeocodeResult:
    """The answer for a name the text puts in a region where no place of that name lies."""
    regions = sorted(
        region.name for region in (index.region(*key) for key in name.within) if region
    )
    where = " or ".join(regions) or "the region it names"
    if not found:
        return GeocodeResult(name.query, "not_found", reason=NO_PLACE)
    reason = f"the text puts it in {where}, where no place of that name is known"
    if len(name.within) == 1:
        # ... to the gazetteer; the codifier may say where to look for it.
        units = index.codified_units(name.query, *next(iter(name.within)))
        if units:
            reason = (
                f"the text puts it in {where}, where the gazetteer locates no place of that"
                f" name; the official codifier lists {_count(len(units))} there, {_in(units)}"
            )
    return GeocodeResult(name.query, "ambiguous", None, tuple(found), reason)


_NUMBERS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
# A place's hromadas listed in a reason up to this many.
LISTED_UNITS = 3


def _count(n: int) -> str:
    return _NUMBERS[n] if n < len(_NUMBERS) else f"{n:,}"


def _in(units: Sequence[tuple[str, str]]) -> str:
    """Where the codifier's settlements of a name lie: "in the Velykomykhailivska hromada
    (Synelnykivskyi raion)", or its raions alone past :data:`LISTED_UNITS`."""
    if len(units) > LISTED_UNITS:
        raions = sorted({raion for _, raion in units})
        return f"in the {_listed(raions)} raion{'s' if len(raions) > 1 else ''}"
    return "in the " + _listed([f"{h} hromada ({r} raion)" for h, r in units])


def _listed(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _in_focus_region(place: Place, focus: Focus) -> bool:
    """Whether ``place`` lies in a region the text is about, in a city-region it surrounds
    (Kacha, in GeoNames' Sevastopol, in a text about Crimea) or around a city-region it is
    (Ust-Luga, in the Leningrad oblast, in a text about Saint Petersburg)."""
    return any(
        (place.country, place.admin1_code) in around_region(*region)
        for region, share in focus.regions.items()
        if share > 0
    )


def _beyond_focus(place: Place, focus: Focus, weights: Weights) -> bool:
    """Whether ``place`` lies hundreds of km from what the text is about, in none of its
    regions."""
    return focus.distance_km(place) > weights.far_km and not _in_focus_region(place, focus)


def _only_far(result: GeocodeResult, focus: Focus, weights: Weights) -> bool:
    """Whether ``result`` was left unlocated because every place of its name is
    :func:`_beyond_focus` (far from what the text is about)."""
    return (
        result.status == "ambiguous"
        and result.place is None
        and bool(result.candidates)
        and all(_beyond_focus(c, focus, weights) for c in result.candidates)
    )


def _lookalike(
    index: PlaceIndex,
    name: NameEvidence,
    focus: Focus,
    far: Sequence[Place] = (),
    theatre: Theatre | None = None,
) -> GeocodeResult | None:
    """The answer for a name no place has, or only ``far`` ones (offered after the others),
    from the places spelt almost like it ("Kharhiv", "Kurakheve", "the Volograd region"):
    among regions for a region's name, else among the settlements of the regions the text
    puts it in, else of the regions it is about (none when it is about no region in
    particular). The one with the fewest edits, or far the largest of them, is the place;
    several are the candidates of an ambiguous name."""
    towns = 0
    if name.region:
        regions = None
    elif name.within:
        regions = tuple(sorted(name.within))
    elif focus.from_theatre:
        # A text about no region in particular: the towns of the theatre ("Kharhiv",
        # "Rylysk"), not its villages, which too many words are spelt like; and only for a
        # name no place has ("Layman" alone stays Lyman, Mississippi's other name, offered).
        if theatre is None or far:
            return None
        regions = tuple(
            sorted((p.country, p.admin1_code) for p in index.regions() if theatre.contains(p))
        )
        if not regions:
            return None
        towns = VILLAGE_POPULATION  # (a town: no village)
    else:
        regions = tuple(sorted(k for k, share in focus.regions.items() if share >= FOCUS_SHARE))
        if not regions:
            return None
    found = index.lookalikes(name.query, regions, towns)
    if not found:
        return None
    fewest = [place for place, edits in found if edits == found[0][1]]
    places = tuple(place for place, _ in found) + tuple(far)
    best = fewest[0]
    if len(fewest) == 1 or best.population >= DOMINANT_RATIO * fewest[1].population:
        if not far:
            called = "no place is called so"
        elif len(far) == 1:
            called = f"the only place called so, {_where(far[0], index)}, is far from it"
        else:
            called = f"the {len(far)} places called so are far from it"
        reason = f"{LOOKALIKE} {_where(best, index)}; {called}"
        return GeocodeResult(name.query, "found", best, places, reason)
    return GeocodeResult(
        name.query,
        "ambiguous",
        None,
        places,
        f"no place of that name; {len(fewest)} places where the article is are spelt like it",
    )


def region_like(index: PlaceIndex, name: str) -> Place | None:
    """The one first-level region spelt almost like ``name`` (a region's name with its word:
    "the Volograd region"), if there is one and only one at the fewest edits."""
    alike = index.lookalikes(name)
    fewest = [place for place, edits in alike if edits == alike[0][1]] if alike else []
    return fewest[0] if len({(p.country, p.admin1_code) for p in fewest}) == 1 else None


def _region(index: PlaceIndex, query: str, focus: Focus) -> GeocodeResult:
    """A region name ("the Donetsk region"): regions only; several are told apart by the
    focus."""
    found = [p for p in index.candidates(query) if p.kind == "region"]
    if not found:
        # ("the Volograd region": Volgograd Oblast, the one region spelt within an edit)
        if (alike := region_like(index, query)) is not None:
            reason = f"{LOOKALIKE} {alike.name}; {NO_REGION}"
            return GeocodeResult(query, "found", alike, (alike,), reason)
        return GeocodeResult(query, "not_found", reason=NO_REGION)
    ranked = sorted(
        found, key=lambda p: -focus.countries.get(p.country, 0.0) - 2 * int(len(found) == 1)
    )
    if len(found) == 1 or focus.countries.get(ranked[0].country, 0.0) > focus.countries.get(
        ranked[1].country, 0.0
    ):
        reason = "only region of that name" if len(found) == 1 else FROM_CONTEXT
        return GeocodeResult(query, "found", ranked[0], tuple(ranked), reason)
    return GeocodeResult(query, "ambiguous", None, tuple(ranked), f"{len(found)} regions")


def resolve_name(
    index: PlaceIndex,
    name: str,
    context: str | None = None,
    *,
    theatre: Theatre | None = None,
    weights: Weights | None = None,
) -> GeocodeResult:
    """Resolve one name, with the text around it (an excerpt, an article) read as the
    article it stands in: its place names, found as the extractor finds them, resolved
    together with ``name``."""
    found = index.candidates(name)
    target = NameEvidence(name, region=bool(found) and all(p.kind == "region" for p in found))
    if not context:
        resolution = resolve_names(index, [target], theatre=theatre, weights=weights)
        return resolution.results[0]
    from mapapp.extract.mentions import MentionFinder, name_evidence  # reads text; builds on this

    finder = MentionFinder(index)  # type: ignore[arg-type]
    sentences, mentions, _ = finder.scan(context)
    names = name_evidence(mentions, sentences, finder.within(context, mentions))
    key = fold(name)
    # The name as the text uses it, if it does (its prominence, the region it is put in),
    # spelt so or another way ("Trudovoye" for the text's "Trudove").
    mine = next((i for i, m in enumerate(mentions) if fold(m.query) == key), None)
    if mine is None:
        mine = next((i for i, m in enumerate(mentions) if loose(m.query) == loose(name)), None)
        if mine is not None:
            names[mine] = replace(names[mine], query=name)
    if mine is None:
        names = [target, *names]
        mine = 0
    resolution = resolve_names(
        index, names, countries=index.countries_named(context), theatre=theatre,
        weights=weights,
    )  # fmt: skip
    return resolution.results[mine]
