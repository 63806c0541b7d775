"""Shared fixtures: paths, the built gazetteer, and small event files written per test."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from mapapp.geo.gazetteer import Gazetteer
from tests.paths import ARTICLE
from tests.postgis import postgis_events_url, postgis_url  # noqa: F401
from tests.samples import VALID_FEATURE


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer.default()


@pytest.fixture(scope="session")
def article() -> str:
    return ARTICLE.read_text(encoding="utf-8")


@pytest.fixture
def feature() -> dict[str, Any]:
    """A valid event feature; tests copy and break it."""
    return copy.deepcopy(VALID_FEATURE)


@pytest.fixture
def write_events(tmp_path: Path) -> Callable[..., Path]:
    """Write a FeatureCollection of the given features to a fresh file and return its path."""

    def write(features: list[Any], name: str = "events.geojson") -> Path:
        path = tmp_path / name
        collection = {"type": "FeatureCollection", "features": copy.deepcopy(features)}
        path.write_text(json.dumps(collection, ensure_ascii=False), encoding="utf-8")
        return path

    return write
