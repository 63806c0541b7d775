"""Score the extraction pipeline on the development set (``tests/data/devset.json``).

Real news excerpts about the war published in 2022, each with hand-checked gold events
(place, type, coordinates from GeoNames). The scores:

* place recall: gold places (with a coordinate) that some located candidate lies within
  :data:`MATCH_KM` of;
* place precision: located candidates within :data:`MATCH_KM` of a gold place of their
  excerpt;
* type accuracy: of the candidates at a gold place, those whose type is a gold type there;
* event recall: gold (place, type) pairs found with that type;
* far markers: located candidates more than :data:`FAR_KM` from every place the excerpt
  names (its coded ``named`` places and gold places): a marker in the wrong country or
  region, which looks as right as a good one.

Gold places no source locates (``lat: null``) are not in recall; a candidate that puts one on
the map counts against precision. ::

    python -m benchmarks.devset [--devset SET] [--json OUT] [--verbose]
    python -m benchmarks.devset --devset SET --against SECOND_CODING

The second form scores another person's coding of the same excerpts as the extractor is
scored: how far two coders agree (:func:`agreement`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from mapapp.extract.pipeline import extract
from mapapp.geo.distance import haversine_km
from mapapp.geo.gazetteer import Gazetteer

DEVSET = Path(__file__).resolve().parents[1] / "tests" / "data" / "devset.json"
MATCH_KM = 10.0
FAR_KM = 300.0


@dataclass
class Score:
    excerpts: int = 0
    gold_places: int = 0
    found_places: int = 0
    predicted_places: int = 0
    correct_places: int = 0
    typed: int = 0
    typed_right: int = 0
    gold_events: int = 0
    found_events: int = 0
    unlocatable_gold: int = 0
    far_markers: int = 0
    far: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    mistyped: list[str] = field(default_factory=list)

    @staticmethod
    def _ratio(a: int, b: int) -> float:
        return a / b if b else 1.0

    @property
    def place_recall(self) -> float:
        return self._ratio(self.found_places, self.gold_places)

    @property
    def place_precision(self) -> float:
        return self._ratio(self.correct_places, self.predicted_places)

    @property
    def type_accuracy(self) -> float:
        return self._ratio(self.typed_right, self.typed)

    @property
    def event_recall(self) -> float:
        return self._ratio(self.found_events, self.gold_events)

    def summary(self) -> dict[str, Any]:
        out = asdict(self)
        for name in ("place_recall", "place_precision", "type_accuracy", "event_recall"):
            out[name] = round(getattr(self, name), 3)
        return out


def _near(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return haversine_km(a[0], a[1], b[0], b[1]) <= MATCH_KM


@dataclass(frozen=True)
class Marker:
    """A place put on the map for an excerpt: by the extractor, or by a second coder."""

    name: str
    type: str
    point: tuple[float, float]


def score(devset: dict[str, Any], gazetteer: Gazetteer) -> Score:
    """The extractor's markers for each excerpt of ``devset``, scored against its gold."""

    def markers(item: dict[str, Any]) -> list[Marker]:
        published = dt.date.fromisoformat(item["published"])
        candidates = extract(item["text"], published, gazetteer).candidates
        return [
            Marker(c.mention.name, c.type, (c.place.lat, c.place.lon))
            for c in candidates
            if c.place is not None
        ]

    return compare(devset, markers)


def agreement(first: dict[str, Any], second: dict[str, Any]) -> Score:
    """A second coding of the excerpts of ``first`` (the same texts, coded by someone else
    against the same definitions) scored against the first as the extractor is: each gold
    event the second coding gives a coordinate is a marker. How far two careful people
    agree is how far a score against one of them can mean anything."""
    by_id = {item["id"]: item for item in second["excerpts"]}
    for item in first["excerpts"]:
        other = by_id.get(item["id"])
        if other is None or other["text"] != item["text"]:
            raise ValueError(f"the second coding has no excerpt {item['id']!r} of the same text")

    def markers(item: dict[str, Any]) -> list[Marker]:
        return [
            Marker(g["place"], g["type"], (g["lat"], g["lon"]))
            for g in by_id[item["id"]]["gold"]
            if g["lat"] is not None
        ]

    return compare(first, markers)


def compare(devset: dict[str, Any], markers: Callable[[dict[str, Any]], list[Marker]]) -> Score:
    """``markers`` of each excerpt of ``devset`` scored against its gold."""
    result = Score()
    for item in devset["excerpts"]:
        result.excerpts += 1
        located = markers(item)
        gold = [g for g in item["gold"] if g["lat"] is not None]
        result.unlocatable_gold += len(item["gold"]) - len(gold)
        # Distinct gold places (one place may carry several event types).
        places: dict[tuple[float, float], set[str]] = {}
        for g in gold:
            places.setdefault((g["lat"], g["lon"]), set()).add(g["type"])
        spots = {m.point for m in located}
        result.gold_places += len(places)
        for point, types in places.items():
            if any(_near(point, s) for s in spots):
                result.found_places += 1
            else:
                result.misses.append(f"{item['id']}: {_name(item, point)} not found")
            for kind in types:
                result.gold_events += 1
                if any(_near(point, m.point) and m.type == kind for m in located):
                    result.found_events += 1
        result.predicted_places += len(spots)
        named = [
            (c["lat"], c["lon"])
            for c in item["gold"] + item.get("named", [])
            if c["lat"] is not None
        ]
        # (An excerpt whose places all lack coordinates, "the Kerch bridge", cannot say.)
        for spot in spots:
            if named and all(haversine_km(*spot, *point) > FAR_KM for point in named):
                result.far_markers += 1
                names = sorted({m.name for m in located if m.point == spot})
                result.far.append(f"{item['id']}: {', '.join(names)} is far from every named place")
        for spot in spots:
            if any(_near(spot, p) for p in places):
                result.correct_places += 1
            else:
                names = sorted({m.name for m in located if m.point == spot})
                result.spurious.append(f"{item['id']}: {', '.join(names)} is not a gold place")
        for marker in located:
            types = set().union(*(t for p, t in places.items() if _near(marker.point, p)))
            if types:
                result.typed += 1
                if marker.type in types:
                    result.typed_right += 1
                else:
                    result.mistyped.append(
                        f"{item['id']}: {marker.name} {marker.type}, gold {'/'.join(sorted(types))}"
                    )
    return result


def _name(item: dict[str, Any], point: tuple[float, float]) -> str:
    return str(next(g["place"] for g in item["gold"] if (g["lat"], g["lon"]) == point))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devset", type=Path, default=DEVSET)
    parser.add_argument("--json", type=Path, help="also write the scores here")
    parser.add_argument("--verbose", action="store_true", help="list misses and errors")
    parser.add_argument(
        "--against",
        type=Path,
        help="score this second coding of the set's excerpts instead of the extractor",
    )
    args = parser.parse_args(argv)
    devset = json.loads(args.devset.read_text(encoding="utf-8"))
    if args.against:
        result = agreement(devset, json.loads(args.against.read_text(encoding="utf-8")))
    else:
        result = score(devset, Gazetteer.default())
    print(
        f"{result.excerpts} excerpts, {result.gold_places} gold places"
        f" ({result.unlocatable_gold} more gold events have no coordinate)\n"
        f"place recall     {result.place_recall:.3f} ({result.found_places}/{result.gold_places})\n"
        f"place precision  {result.place_precision:.3f}"
        f" ({result.correct_places}/{result.predicted_places})\n"
        f"type accuracy    {result.type_accuracy:.3f} ({result.typed_right}/{result.typed})\n"
        f"event recall     {result.event_recall:.3f} ({result.found_events}/{result.gold_events})\n"
        f"far markers      {result.far_markers} (over {FAR_KM:.0f} km from every named place)"
    )
    if args.verbose:
        for line in result.misses + result.spurious + result.mistyped + result.far:
            print(" ", line)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result.summary(), indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
