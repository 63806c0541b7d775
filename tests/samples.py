"""Small valid data the tests copy and break."""

from __future__ import annotations

from typing import Any

# A valid event feature (Stari Terny, from the sample article).
VALID_FEATURE: dict[str, Any] = {
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
