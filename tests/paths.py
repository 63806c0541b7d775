"""Paths of the repository files and test data the tests use."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"
ARTICLE = ROOT / "articles" / "000_a9e83ca04208fd71.txt"
EVENTS = ROOT / "events.geojson"
SMALL_EVENTS = DATA / "events_small.geojson"
BROKEN_EVENTS = DATA / "events_broken.geojson"
HOSTILE_EVENTS = DATA / "events_hostile.geojson"
