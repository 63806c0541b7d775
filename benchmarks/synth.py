"""Seeded synthetic events files for the benchmark: realistic in shape, not in content.

Events spread over Ukraine and western Russia at real GeoNames settlements (jittered a few km),
one in ten at an oblast's centre as a region-level report; all three types; dates over three
years of the war with all three time precisions; excerpts of a few hundred characters drawn
from a vocabulary of news words, so they compress about as badly as real prose does.

    python benchmarks/synth.py 10000 --out /tmp/events-10k.geojson [--seed 1]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sqlite3
from pathlib import Path

from mapapp.core.schema import EVENT_TYPES
from mapapp.geo.gazetteer import DEFAULT_INDEX

START, DAYS = dt.date(2022, 2, 24), 3 * 365
TYPE_WEIGHTS = {"strike": 5, "deployment": 2, "territorial_claim": 3}
CLAIMANTS = [
    "Ukraine's General Staff", "Russia's Defence Ministry", "the regional governor",
    "local officials", "Ukraine's air force", "a military analyst", "the mayor",
    "US officials", "the Institute for the Study of War", "Ukraine's military intelligence",
]  # fmt: skip
WORDS = (
    "artillery shelling drones missile strike attack infrastructure energy grid residential "
    "building village town city front line offensive counteroffensive troops brigade battalion "
    "positions trenches reinforcements withdrawal advance captured recaptured liberated "
    "occupied territory border region oblast district settlement outskirts railway bridge "
    "depot ammunition warehouse airfield refinery power plant substation hospital school "
    "civilians killed wounded injured evacuated casualties losses officials said according "
    "report reported claimed confirmed denied statement overnight morning evening week "
    "earlier later governor ministry defence general staff spokesperson intelligence service "
    "satellite images footage social media verified unverified heavy fighting continued "
    "assault waves armored vehicles tanks howitzers rocket launchers air defence intercepted "
    "shot down debris fire damage destroyed partially emergency services rescue operation "
    "humanitarian corridor ceasefire negotiations sanctions supplies aid shipment"
).split()


def _places(rng: random.Random) -> tuple[list[tuple], list[tuple]]:
    db = sqlite3.connect(f"{DEFAULT_INDEX.resolve().as_uri()}?mode=ro", uri=True)
    settlements = db.execute(
        "SELECT name, lat, lon FROM places WHERE kind = 'settlement' AND country IN ('UA', 'RU')"
        " AND lon BETWEEN 22 AND 48 AND lat BETWEEN 44 AND 57 ORDER BY id"
    ).fetchall()
    # The same box for region-level events: the index also has Siberia's regions.
    regions = db.execute(
        "SELECT name, lat, lon FROM places WHERE kind = 'region'"
        " AND lon BETWEEN 22 AND 48 AND lat BETWEEN 44 AND 57 ORDER BY id"
    ).fetchall()
    return settlements, regions


def _sentence(rng: random.Random, place: str, words: int) -> str:
    body = " ".join(rng.choice(WORDS) for _ in range(words))
    return f"{body.capitalize()} near {place}, {rng.choice(CLAIMANTS)} said."


def generate(n: int, seed: int = 1) -> dict:
    """A FeatureCollection of ``n`` synthetic events (same ``n`` and ``seed``, same file)."""
    rng = random.Random(seed)
    settlements, regions = _places(rng)
    types = list(TYPE_WEIGHTS)
    weights = list(TYPE_WEIGHTS.values())
    features = []
    for i in range(n):
        event_type = rng.choices(types, weights)[0]
        region_level = rng.random() < 0.1
        name, lat, lon = rng.choice(regions if region_level else settlements)
        if not region_level:
            lat, lon = lat + rng.uniform(-0.03, 0.03), lon + rng.uniform(-0.03, 0.03)
        precision = rng.choices([1, 2, 3], [8, 1, 1])[0]
        date = START + dt.timedelta(days=rng.randrange(DAYS))
        if precision == 3:
            date = date.replace(day=1)
        excerpt = " ".join(_sentence(rng, name, rng.randint(10, 16)) for _ in range(2))
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [round(lon, 5), round(lat, 5)]},
                "properties": {
                    "id": f"synthetic-{i:06d}",
                    "type": event_type,
                    "title": f"{EVENT_TYPES[event_type].label} reported near {name}",
                    "place": name,
                    "excerpt": excerpt,
                    "date": date.isoformat(),
                    "time_precision": precision,
                    "geo_precision": 3 if region_level else rng.choice([1, 1, 1, 2]),
                    "claimed_by": rng.choice(CLAIMANTS),
                    "source": {"title": "synthetic benchmark data", "published": date.isoformat()},
                },
            }
        )
    return {"type": "FeatureCollection", "features": features}


def write(n: int, path: Path, seed: int = 1) -> Path:
    path.write_text(json.dumps(generate(n, seed), ensure_ascii=False), encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    write(args.n, args.out, args.seed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
