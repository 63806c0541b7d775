"""Put an event on the map by its place name: the gazetteer entry, its point and precision."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from mapapp.core.messages import clip
from mapapp.core.model import Event, Unlocated, point_geometry
from mapapp.core.schema import GeoPrecision
from mapapp.geo.gazetteer import CAPITAL_NOTE, Gazetteer, GeocodeResult, Place

# How much of an event's title and excerpt the gazetteer reads to tell homonyms apart: its
# cost grows with the text, and the words that place an event come first.
GEOCODE_CONTEXT_CHARS = 2_000


def locate(event: Event, gazetteer: Gazetteer) -> Event | Unlocated:
    """Give an event without geometry the coordinates of its ``place``, or say why not.

    The excerpt is the context that disambiguates homonyms. A region-level place makes the
    event region-level (geo precision 3) whatever precision the feature claimed.
    """
    context = f"{event.title}. {event.excerpt}"[:GEOCODE_CONTEXT_CHARS]
    result: GeocodeResult = gazetteer.lookup(event.place, context=context)
    if result.status != "found" or result.place is None:
        names = "; ".join(c.label for c in result.candidates[:10])
        if len(result.candidates) > 10:
            names += f"; and {len(result.candidates) - 10} more"
        reason = f"'{clip(event.place)}' is {result.status.replace('_', ' ')}: {result.reason}"
        return Unlocated(
            event, f"{reason}. Candidates: {names}" if names else reason, result.candidates
        )
    place = result.place
    # A region makes the event region-level; else the precision the feature claimed stays.
    region = GeoPrecision.of(place.kind) == GeoPrecision.REGION
    precision = GeoPrecision.REGION if region else (event.geo_precision or 1)
    extra = {**event.extra, "geocoded": geocoded(place)}
    return replace(event, lat=place.lat, lon=place.lon, geo_precision=precision, extra=extra)


def geocoded(place: Place) -> dict[str, Any]:
    """The ``geocoded`` property of an event put at ``place``: which gazetteer entry it is."""
    return {"id": place.id, "name": place.name, "source": place.source}


def location_fields(place: Place | None, precision: int | None) -> dict[str, Any]:
    """The geometry of an event at ``place`` (``None``: not located) and the properties that
    say which gazetteer entry it is and, for "near" and region-level events, what the point
    stands for (``located_at``)."""
    if place is None:
        return {"geometry": None}
    fields: dict[str, Any] = {
        "geometry": point_geometry(place.lat, place.lon),
        "geocoded": geocoded(place),
    }
    if place.kind == "country":
        capital = place.source.partition(CAPITAL_NOTE)[2] or "its capital"
        fields["located_at"] = f"{place.name}: the whole country, drawn at {capital}"
    elif precision == GeoPrecision.REGION:
        fields["located_at"] = f"{place.name}: region only, drawn at its administrative centre"
    elif precision == GeoPrecision.NEAR:
        fields["located_at"] = f"near {place.name}: drawn at the settlement"
    return fields


def candidate_list(places: Iterable[Place]) -> list[dict[str, Any]]:
    """The places an unlocated event's name may be, as the events file lists them."""
    return [{"id": p.id, "label": p.label, "lat": p.lat, "lon": p.lon} for p in places]
