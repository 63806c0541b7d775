"""The event model: one validated :class:`Event`, built only by :func:`parse_feature`.

An event is a GeoJSON Feature (RFC 7946) in the events-file schema; validation happens once,
when a feature becomes an ``Event``, and the rest of mapapp trusts an ``Event``. A bad
feature raises :class:`~mapapp.core.errors.EventValidationError` whose ``field`` names the
first bad field. Nothing here reads a file or looks a place up.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from mapapp.core.errors import EventValidationError
from mapapp.core.messages import Problem, short_repr
from mapapp.core.schema import EVENT_ID, EVENT_TYPES, GEO_PRECISION, TIME_PRECISION, TimePrecision

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


_TEXT_FIELDS = ("title", "place", "excerpt", "claimed_by")


_KNOWN = frozenset(
    {"id", "type", "date", "time_precision", "geo_precision", "source", *_TEXT_FIELDS}
)


_LON_LAT = "[lon, lat] with -180 <= lon <= 180 and -90 <= lat <= 90"


# Half-width, in days, of the span a "week or similar" date stands for.
_WEEK_HALF_SPAN = 3


@dataclass(frozen=True, slots=True)
class Event:
    """One reported event at one place. Built only through :func:`parse_feature`."""

    id: str
    type: str
    title: str
    place: str
    excerpt: str
    date: dt.date
    time_precision: int
    geo_precision: int | None
    claimed_by: str
    source: str | Mapping[str, Any]
    lat: float | None = None
    lon: float | None = None
    # Properties beyond the schema (offsets, notes) are kept and written back unchanged.
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False)

    @property
    def located(self) -> bool:
        return self.lat is not None and self.lon is not None

    @property
    def location(self) -> tuple[float, float]:
        """``(lat, lon)``, the order folium and Leaflet expect (GeoJSON's is ``[lon, lat]``)."""
        if self.lat is None or self.lon is None:
            raise ValueError(f"event '{self.id}' has no location")
        return (self.lat, self.lon)

    @property
    def date_span(self) -> tuple[dt.date, dt.date]:
        """The days the date may stand for: the day, about a week, or the whole month."""
        return date_span(self.date, self.time_precision)

    @property
    def date_label(self) -> str:
        return date_label(self.date, self.time_precision)

    @property
    def source_label(self) -> str:
        if isinstance(self.source, str):
            return self.source
        name = self.source.get("title") or self.source.get("file") or self.source.get("url")
        published = self.source.get("published")
        return f"{name}, published {published}" if published else str(name)

    def to_feature(self) -> dict[str, Any]:
        """The event as a GeoJSON Feature (coordinates ``[lon, lat]``, per RFC 7946)."""
        geometry = point_geometry(self.lat, self.lon) if self.located else None
        properties = {
            "id": self.id,
            "type": self.type,
            "title": self.title,
            "place": self.place,
            "excerpt": self.excerpt,
            "date": self.date.isoformat(),
            "time_precision": self.time_precision,
            "geo_precision": self.geo_precision,
            "claimed_by": self.claimed_by,
            "source": self.source,
            **self.extra,
        }
        return {"type": "Feature", "geometry": geometry, "properties": properties}


@dataclass(frozen=True)
class Unlocated:
    """A valid event that could not be put on the map, and the gazetteer's answer."""

    event: Event
    reason: str
    candidates: tuple[Any, ...] = ()


@dataclass(frozen=True)
class LoadResult:
    events: tuple[Event, ...]
    unlocated: tuple[Unlocated, ...]
    problems: tuple[Problem, ...]

    @property
    def total(self) -> int:
        return len(self.events) + len(self.unlocated)


def _invalid(field_name: str, expected: str, value: Any) -> EventValidationError:
    err = EventValidationError(f"expected {expected}, got {short_repr(value)}")
    err.field = field_name  # type: ignore[attr-defined]
    return err


def _text(props: dict[str, Any], name: str) -> str:
    value = props.get(name)
    if type(value) is not str or not value.strip():
        raise _invalid(name, "a non-empty string", value)
    return value


def _precision(props: dict[str, Any], name: str, table: Mapping[int, str]) -> int:
    value = props.get(name)
    if type(value) is not int or value not in table:
        options = ", ".join(f"{k} ({v})" for k, v in table.items())
        raise _invalid(name, f"one of {options}", value)
    return int(value)


def _date(value: Any, field_name: str = "date") -> dt.date:
    try:
        if type(value) is not str or not _ISO_DATE.fullmatch(value):
            raise ValueError
        return dt.date.fromisoformat(value)
    except ValueError:
        raise _invalid(field_name, "an ISO date YYYY-MM-DD", value) from None


def date_label(date: dt.date, time_precision: int) -> str:
    """How a date at ``time_precision`` reads: "2024-12-19", "around 2024-12-19",
    "December 2024"."""
    if time_precision == TimePrecision.MONTH:
        return f"{date:%B} {date.year:04d}"  # %Y gives "1" for the year 1
    if time_precision == TimePrecision.WEEK:
        return f"around {date.isoformat()}"
    return date.isoformat()


def date_span(date: dt.date, time_precision: int) -> tuple[dt.date, dt.date]:
    """The days ``date`` may stand for at ``time_precision``: the day, about a week (±3
    days), or the whole month. Raises ``OverflowError`` for a week past year 1 or 9999."""
    if time_precision == TimePrecision.DAY:
        return (date, date)
    if time_precision == TimePrecision.WEEK:
        half = dt.timedelta(days=_WEEK_HALF_SPAN)
        return (date - half, date + half)
    last = calendar.monthrange(date.year, date.month)[1]
    return (date.replace(day=1), date.replace(day=last))


def _spanned(date: dt.date, time_precision: int) -> None:
    """Check that ``date``'s span lies within the calendar Python knows (year 1 to 9999)."""
    try:
        date_span(date, time_precision)
    except OverflowError:
        first = dt.date.min + dt.timedelta(days=_WEEK_HALF_SPAN)
        last = dt.date.max - dt.timedelta(days=_WEEK_HALF_SPAN)
        expected = (
            f"a date from {first.isoformat()} to {last.isoformat()} for time_precision"
            f" {time_precision} (±{_WEEK_HALF_SPAN} days must stay within years 1 to 9999)"
        )
        raise _invalid("date", expected, date.isoformat()) from None


def _source(props: Mapping[str, Any]) -> str | Mapping[str, Any]:
    value = props.get("source")
    if isinstance(value, str) and value.strip():
        return value
    if isinstance(value, dict) and any(
        isinstance(value.get(k), str) and value[k].strip() for k in ("title", "file", "url")
    ):
        published = value.get("published")
        if published is not None:
            _date(published, "source.published")
        return value
    raise _invalid("source", "a string or an object with 'title', 'file' or 'url'", value)


def point_geometry(lat: float | None, lon: float | None) -> dict[str, Any]:
    """A GeoJSON Point: coordinates are ``[lon, lat]`` (RFC 7946), the reverse of folium's."""
    return {"type": "Point", "coordinates": [lon, lat]}


def _point(geometry: Any) -> tuple[float | None, float | None]:
    """Read a GeoJSON Point: coordinates are ``[lon, lat]``; returned as ``(lat, lon)``."""
    if geometry is None:
        return (None, None)
    if type(geometry) is not dict or geometry.get("type") != "Point":
        kind = geometry.get("type") if isinstance(geometry, dict) else geometry
        raise _invalid("geometry", "a Point or null", kind)
    coords = geometry.get("coordinates")
    if (
        type(coords) is not list
        or len(coords) not in (2, 3)
        or not all(type(c) in (int, float) and math.isfinite(c) for c in coords)
    ):
        raise _invalid("geometry.coordinates", _LON_LAT, coords)
    lon, lat = float(coords[0]), float(coords[1])
    if not (-180 <= lon <= 180 and -90 <= lat <= 90):
        raise _invalid("geometry.coordinates", _LON_LAT, coords)
    return (lat, lon)


def parse_feature(feature: Any) -> Event:
    """Validate one GeoJSON Feature and return its :class:`Event`.

    Raises :class:`EventValidationError` whose ``field`` attribute names the first bad field.
    """
    if type(feature) is not dict or feature.get("type") != "Feature":
        kind = feature.get("type") if isinstance(feature, dict) else type(feature).__name__
        raise _invalid("type", "a GeoJSON Feature", kind)
    props = feature.get("properties")
    if type(props) is not dict:
        raise _invalid("properties", "an object", props)
    event_id = props.get("id")
    if not isinstance(event_id, str) or not EVENT_ID.fullmatch(event_id):
        raise _invalid("id", "a slug of letters, digits and . _ : -", event_id)
    event_type = props.get("type")
    if type(event_type) is not str or event_type not in EVENT_TYPES:
        raise _invalid("type", f"one of {', '.join(EVENT_TYPES)}", event_type)
    title = _text(props, "title")
    place = _text(props, "place")
    excerpt = _text(props, "excerpt")
    claimed_by = _text(props, "claimed_by")
    lat, lon = _point(feature.get("geometry"))
    geo_precision = None
    if lat is not None or props.get("geo_precision") is not None:
        geo_precision = _precision(props, "geo_precision", GEO_PRECISION)
    date = _date(props.get("date"))
    time_precision = _precision(props, "time_precision", TIME_PRECISION)
    _spanned(date, time_precision)
    source = _source(props)
    extra = {k: props[k] for k in props.keys() - _KNOWN} if len(props) > len(_KNOWN) else {}
    return Event(  # positional: this runs 100,000 times for a large file
        event_id, event_type, title, place, excerpt, date, time_precision, geo_precision,
        claimed_by, source, lat, lon, extra,
    )  # fmt: skip
