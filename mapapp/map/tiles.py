"""The basemap tile setting (kept apart from the map code so the CLI starts fast)."""

from __future__ import annotations

import os

import xyzservices

DEFAULT_TILES = "OpenStreetMap"


def resolve_tiles(value: str | None) -> str | None:
    """Validate a tile provider setting; ``None``, ``""`` or ``"none"`` mean no tiles (offline).

    Accepted: an xyzservices provider name (``OpenStreetMap``, ``CartoDB.Positron``, ...) or a
    URL template with ``{z}``, ``{x}`` and ``{y}``, e.g. a tile server on the local network.
    """
    if value is None or value.strip().lower() in ("", "none"):
        return None
    value = value.strip()
    if value.lower() == "openstreetmap" or all(f"{{{c}}}" in value for c in "zxy"):
        return value
    try:
        xyzservices.providers.query_name(value)
    except ValueError:
        raise ValueError(
            f"Unknown tile provider {value!r}: use 'none' (no basemap, fully offline), an"
            " xyzservices name such as 'OpenStreetMap' or 'CartoDB.Positron', or a URL"
            " template with {z}, {x} and {y}."
        ) from None
    return value


def tiles_from_env() -> str | None:
    """The tile provider named by ``MAPAPP_TILES`` (default: OpenStreetMap)."""
    return resolve_tiles(os.environ.get("MAPAPP_TILES", DEFAULT_TILES))
