"""Shared fixtures: paths, the built gazetteer, and small event files written per test."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from mapapp.gazetteer import Gazetteer
from tests.paths import ARTICLE


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer.default()


@pytest.fixture(scope="session")
def article() -> str:
    return ARTICLE.read_text(encoding="utf-8")


@pytest.fixture
def feature() -> dict[str, Any]:
    """A valid event feature; tests copy and break it."""
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [37.2113, 48.0171]},
        "properties": {
            "id": "stari-terny-capture-claim",
            "type": "territorial_claim",
            "title": "Russia claims capture of Stari Terny",
            "place": "Stari Terny",
            "excerpt": "Russia’s Defense Ministry claimed the capture of two new settlements.",
            "date": "2024-12-19",
            "time_precision": 1,
            "geo_precision": 1,
            "claimed_by": "Russia's Defence Ministry",
            "source": {"file": "articles/000_a9e83ca04208fd71.txt", "published": "2024-12-19"},
        },
    }


@pytest.fixture
def write_events(tmp_path: Path) -> Callable[..., Path]:
    """Write a FeatureCollection of the given features to a fresh file and return its path."""

    def write(features: list[Any], name: str = "events.geojson") -> Path:
        path = tmp_path / name
        collection = {"type": "FeatureCollection", "features": copy.deepcopy(features)}
        path.write_text(json.dumps(collection, ensure_ascii=False), encoding="utf-8")
        return path

    return write
