"""What the map shows, as the page's address says it: ``?types=…&from=…&to=…&q=…&event=…
&lat=…&lng=…&zoom=…``. Copying the address and opening it elsewhere shows the same view.

Plain functions (no Streamlit): :func:`read_view` turns query parameters into a
:class:`View` and a note for each value it had to ignore; :func:`view_params` turns a view
back into parameters, leaving out what is the default, so a plain view has a plain address.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Container, Mapping
from dataclasses import dataclass
from urllib.parse import urlencode

from mapapp.core.messages import clip
from mapapp.core.schema import EVENT_TYPES

MIN_ZOOM, MAX_ZOOM = 1, 18
# ``types=none``: every type switched off (an empty ``types`` would read as "not given").
NO_TYPES = "none"
# The zoom a selected event is shown at when the address gives none.
EVENT_ZOOM = 10


@dataclass(frozen=True)
class View:
    """Filters, map view and selected event. ``None`` means "not given": the default."""

    types: tuple[str, ...] | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    query: str = ""
    event: str | None = None
    centre: tuple[float, float, int] | None = None  # lat, lng, zoom


def read_view(
    params: Mapping[str, str | list[str]],
    *,
    event_ids: Container[str],
    period: tuple[dt.date, dt.date],
) -> tuple[View, list[str]]:
    """The view ``params`` ask for, and a note for each bad value (ignored, never fatal):
    an unknown type, a date that is not a day or outside ``period``, an unknown event id, a
    point off the globe."""
    notes: list[str] = []

    def one(name: str) -> str | None:
        value = params.get(name)
        if isinstance(value, list):
            value = value[-1] if value else None
        return value.strip() if isinstance(value, str) and value.strip() else None

    types: tuple[str, ...] | None = None
    if one("types") == NO_TYPES:
        types = ()
    elif (raw := one("types")) is not None:
        given = [t.strip() for t in raw.split(",") if t.strip()]
        known = [t for t in given if t in EVENT_TYPES]
        unknown = [t for t in given if t not in EVENT_TYPES]
        if unknown:
            notes.append(
                f"types: ignored {', '.join(repr(clip(t, 30)) for t in unknown)}"
                f" (the types are {', '.join(EVENT_TYPES)})"
            )
        # Only unknown types: all of them, as with no "types" at all.
        types = tuple(dict.fromkeys(known)) or None

    dates: dict[str, dt.date | None] = {"from": None, "to": None}
    for name in dates:
        if (raw := one(name)) is None:
            continue
        try:
            day = dt.date.fromisoformat(raw)
            if len(raw) != 10:
                raise ValueError
        except ValueError:
            notes.append(f"{name}: ignored {clip(raw, 30)!r}, not a date YYYY-MM-DD")
            continue
        if not period[0] <= day <= period[1]:
            notes.append(
                f"{name}: {day.isoformat()} is outside the events' dates"
                f" ({period[0].isoformat()} to {period[1].isoformat()}); used the nearest"
            )
            day = min(max(day, period[0]), period[1])
        dates[name] = day
    start, end = dates["from"], dates["to"]
    if start and end and start > end:
        notes.append("from/to: 'from' was after 'to'; swapped")
        start, end = end, start

    event = one("event")
    if event is not None and event not in event_ids:
        notes.append(f"event: no event with id {clip(event, 40)!r} is on the map; ignored")
        event = None

    centre = None
    lat, lng, zoom = one("lat"), one("lng"), one("zoom")
    if lat is not None or lng is not None or zoom is not None:
        try:
            point = (float(lat or "nan"), float(lng or "nan"), int(zoom or EVENT_ZOOM))
            if not (
                math.isfinite(point[0])
                and math.isfinite(point[1])
                and -90 <= point[0] <= 90
                and -180 <= point[1] <= 180
            ):
                raise ValueError
            centre = (point[0], point[1], min(MAX_ZOOM, max(MIN_ZOOM, point[2])))
        except ValueError:
            notes.append("lat/lng/zoom: ignored, expected a latitude, a longitude and a zoom")
    return View(types, start, end, one("q") or "", event, centre), notes


def view_params(view: View, *, period: tuple[dt.date, dt.date]) -> dict[str, str]:
    """The query parameters of ``view``; defaults (all types, the whole period, no search,
    no event, no centre) are left out."""
    params: dict[str, str] = {}
    if view.types is not None and set(view.types) != set(EVENT_TYPES):
        params["types"] = ",".join(view.types) or NO_TYPES
    if view.start is not None and view.start != period[0]:
        params["from"] = view.start.isoformat()
    if view.end is not None and view.end != period[1]:
        params["to"] = view.end.isoformat()
    if view.query:
        params["q"] = view.query
    if view.event:
        params["event"] = view.event
    if view.centre is not None:
        lat, lng, zoom = view.centre
        params.update(lat=f"{lat:.5f}", lng=f"{lng:.5f}", zoom=str(zoom))
    return params


def address(base: str, params: Mapping[str, str]) -> str:
    """``base`` (the app's address, any query dropped) with ``params``."""
    root = base.split("?", 1)[0].split("#", 1)[0]
    return f"{root}?{urlencode(params)}" if params else root
