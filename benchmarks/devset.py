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

    python -m benchmarks.devset [--json OUT] [--verbose]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
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


def score(devset: dict[str, Any], gazetteer: Gazetteer) -> Score:
    result = Score()
    for item in devset["excerpts"]:
        result.excerpts += 1
        published = dt.date.fromisoformat(item["published"])
        candidates = extract(item["text"], published, gazetteer).candidates
        gold = [g for g in item["gold"] if g["lat"] is not None]
        result.unlocatable_gold += len(item["gold"]) - len(gold)
        # Distinct gold places (one place may carry several event types).
        places: dict[tuple[float, float], set[str]] = {}
        for g in gold:
            places.setdefault((g["lat"], g["lon"]), set()).add(g["type"])
        located = [c for c in candidates if c.place is not None]
        spots = {(c.place.lat, c.place.lon) for c in located}  # type: ignore[union-attr]
        result.gold_places += len(places)
        for point, types in places.items():
            if any(_near(point, s) for s in spots):
                result.found_places += 1
            else:
                result.misses.append(f"{item['id']}: {_name(item, point)} not found")
            for kind in types:
                result.gold_events += 1
                if any(_near(point, s) and c.type == kind for c, s in _with_spots(located)):
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
                names = sorted({c.mention.name for c, s in _with_spots(located) if s == spot})
                result.far.append(f"{item['id']}: {', '.join(names)} is far from every named place")
        for spot in spots:
            if any(_near(spot, p) for p in places):
                result.correct_places += 1
            else:
                names = sorted({c.mention.name for c, s in _with_spots(located) if s == spot})
                result.spurious.append(f"{item['id']}: {', '.join(names)} is not a gold place")
        for candidate, spot in _with_spots(located):
            types = set().union(*(t for p, t in places.items() if _near(spot, p)))
            if types:
                result.typed += 1
                if candidate.type in types:
                    result.typed_right += 1
                else:
                    result.mistyped.append(
                        f"{item['id']}: {candidate.mention.name} {candidate.type}, gold"
                        f" {'/'.join(sorted(types))}"
                    )
    return result


def _with_spots(candidates: list[Any]) -> list[tuple[Any, tuple[float, float]]]:
    return [(c, (c.place.lat, c.place.lon)) for c in candidates]


def _name(item: dict[str, Any], point: tuple[float, float]) -> str:
    return next(g["place"] for g in item["gold"] if (g["lat"], g["lon"]) == point)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devset", type=Path, default=DEVSET)
    parser.add_argument("--json", type=Path, help="also write the scores here")
    parser.add_argument("--verbose", action="store_true", help="list misses and errors")
    args = parser.parse_args(argv)
    devset = json.loads(args.devset.read_text(encoding="utf-8"))
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
