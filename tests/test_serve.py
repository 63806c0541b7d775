"""What ``mapapp run`` makes ready while the server starts (mapapp.app.serve): the pages'
imports, a large store's first look with the view its map opens on, and the store's read,
held back for a visitor who opens the page as the server starts."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from mapapp.app import serve
from mapapp.geo.regions import Regions
from mapapp.map import resources
from mapapp.map.aggregate import FirstLook, ViewRequest
from mapapp.store import open_store
from tests.paths import ROOT
from tests.samples import VALID_FEATURE

# The modules the three pages import, once the start has imported what it imports: only
# streamlit-folium (a component, registered only from a page's run) and the pages.
_NEW_ON_THE_FIRST_VISIT = """
import importlib, json, sys
import streamlit
from mapapp.app import serve
from mapapp.map import resources
for name in serve.PAGES_IMPORT:
    importlib.import_module(name)
before = set(sys.modules)
import mapapp.app.map_page, mapapp.app.add_page, mapapp.app.events_page
print(json.dumps(sorted(set(sys.modules) - before)))
"""


def test_the_first_visitor_imports_only_what_the_start_cannot() -> None:
    out = subprocess.run(
        [sys.executable, "-c", _NEW_ON_THE_FIRST_VISIT],
        capture_output=True, text=True, cwd=ROOT, timeout=120, check=True,
    )  # fmt: skip
    imported = json.loads(out.stdout.strip().splitlines()[-1])
    assert "mapapp.app.add_page" in imported  # (the pages themselves)
    assert [m for m in imported if not m.startswith(("streamlit_folium", "mapapp.app."))] == []


def _large_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, Any]:
    features = []
    for i in range(40):
        feature = copy.deepcopy(VALID_FEATURE)
        feature["properties"].update(id=f"event-{i}", excerpt=f"Report {i}.")
        feature["geometry"]["coordinates"] = [30 + i / 10, 48 + i / 20]
        features.append(feature)
    path = tmp_path / "events.parquet"
    open_store(path).append(features)
    monkeypatch.setenv("MAPAPP_EVENTS", str(path))
    monkeypatch.setenv("MAPAPP_SERVER_SIDE_FROM", "10")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return str(path), resources.file_version(str(path))


def test_the_start_makes_the_first_look_its_view_and_holds_the_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, read_times: list[float]
) -> None:
    """A large store read for the first time: the start takes its first look and makes
    the view the first visitor's map opens on; the read waits for a visitor's map to have
    drawn it (here: the hold is a minute), and begins when one has."""
    path, version = _large_store(tmp_path, monkeypatch)
    monkeypatch.setenv("MAPAPP_READ_HOLD", "60")
    views: list[ViewRequest] = []
    view = FirstLook.view

    def counted(self: FirstLook, request: ViewRequest, outlines: Any = None) -> Any:
        views.append(request)
        return view(self, request, outlines)

    monkeypatch.setattr(FirstLook, "view", counted)
    read = read_times
    resources.first_look.clear()
    resources.load.clear()
    try:
        start = threading.Thread(target=serve.warm, daemon=True)
        start.start()
        deadline = time.monotonic() + 60
        while not views and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(views) == 1  # the opening view, made by the start
        time.sleep(1.0)
        assert not read
        assert start.is_alive()
        # A visitor's page: the same first look and opening view, not made again.
        look = resources.first_look(path, version)
        assert look is not None
        found = resources.regions()
        look.opening(look.outlines(found if isinstance(found, Regions) else None))
        assert len(views) == 1
        released = time.monotonic()
        resources.release_read(path, version)  # the visitor's map has drawn it
        start.join(timeout=30)
        assert not start.is_alive()
        assert read
        assert read[0] - released < 5
        assert resources.load(path, version).server_side
    finally:
        resources.first_look.clear()
        resources.load.clear()
