"""Shared fixtures: paths, the built gazetteer, and small event files written per test."""

from __future__ import annotations

import copy
import json
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, sync_playwright

from mapapp.geo.gazetteer import Gazetteer
from tests.paths import ARTICLE, SMALL_EVENTS
from tests.postgis import postgis_events_url, postgis_url  # noqa: F401
from tests.samples import VALID_FEATURE


@pytest.fixture(scope="session", autouse=True)
def _own_cache_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Columns the app keeps on disk (mapapp.store.columns_cache) go to a folder of the
    test run's own, not the user's cache, here and in the servers the tests start."""
    before = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if before is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = before


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


# --- Real-browser tests (tests/test_browser*.py): Chromium, and the app on the small sample.


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """`mapapp run` on the small sample (tests/data), one per test module."""
    from tests.test_browser import _serve

    with _serve(SMALL_EVENTS) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Debian's headless Chromium, driven by Playwright."""
    from benchmarks.browser import CHROMIUM_ARGS
    from tests.test_browser import CHROMIUM

    if not Path(CHROMIUM).exists():
        pytest.fail(f"No Chromium at {CHROMIUM}: apt-get install chromium (or set MAPAPP_CHROMIUM)")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def read_times(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """When each read of a store's events began (``mapapp.map.resources`` reads them)."""
    from mapapp.map import resources
    from mapapp.store import scan

    began: list[float] = []
    read = scan.scan_events

    def read_seen(*args: Any, **kwargs: Any) -> Any:
        began.append(time.monotonic())
        return read(*args, **kwargs)

    monkeypatch.setattr(resources, "scan_events", read_seen)
    return began
