"""Read what a rendered map draws: the event layer's data, straight from its script."""

from __future__ import annotations

import json
import re
from typing import Any

_CALL = re.compile(r"mapappEventLayer\(\s*\w+,\s*(\{.*?\}),\s*(\{.*?\})\s*\);", re.S)


def layer(html: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The (data, spec) objects passed to ``mapappEventLayer`` in a map's HTML or script."""
    match = _CALL.search(html)
    assert match, "no event layer in the map"
    decoder = json.JSONDecoder()
    data, end = decoder.raw_decode(html, match.start(1))
    spec, _ = decoder.raw_decode(html, html.index("{", end))
    return data, spec


def drawn(html: str) -> dict[str, int]:
    """How many events of each type the map draws."""
    data, _ = layer(html)
    return {key: len(rows) for key, rows in data["rows"].items()}
