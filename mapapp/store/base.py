"""What every event store does, whatever keeps the events: the :class:`EventStore` protocol.

A store holds event features (GeoJSON Feature dicts in the events-file schema). It hands
them out as they are, valid or not (:func:`mapapp.store.load.load_events` validates them and
names each bad one), and it changes them only through four calls, each atomic, each logged
in the store's history:

- :meth:`EventStore.append` adds new events, never twice the same (:func:`event_key`), never
  two with one id, and drops nothing already there, even a feature it cannot read;
- :meth:`EventStore.update` replaces one event by id, :meth:`EventStore.delete` removes one;
- :meth:`EventStore.history` lists the changes (all, an event's, the last ones) with what
  the event was before and after.

A backend is one module beside this one (``geojson.py``, ``geoparquet.py``, ``postgis.py``);
:func:`mapapp.store.open_store` picks it by what the location names.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Container, Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from mapapp.core.errors import EventValidationError, MapappError
from mapapp.core.messages import Problem, feature_label
from mapapp.core.model import Event, parse_feature

# How long a save waits for other saves (a lock, a database transaction) before giving up.
LOCK_TIMEOUT_S = 30.0

Action = Literal["add", "update", "delete"]


class EventNotFoundError(MapappError, KeyError):
    """An update or delete names an event id the store does not hold."""

    def __str__(self) -> str:  # KeyError's own would quote the whole message
        return str(self.args[0]) if self.args else ""


@dataclass(frozen=True)
class Query:
    """Which events to read: a type among ``types``, a date span that overlaps
    ``[start, end]`` (inclusive), a point within ``bbox`` (west, south, east, north), an id
    among ``ids``.

    ``None`` means no condition. A store may hand out more than the query asks for (it is a
    hint to read less); :func:`mapapp.store.load.load_events` applies it exactly.
    """

    types: frozenset[str] | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    bbox: tuple[float, float, float, float] | None = None
    ids: frozenset[str] | None = None

    def matches(self, event: Event) -> bool:
        """Whether ``event`` is one the query asks for."""
        if self.ids is not None and event.id not in self.ids:
            return False
        if self.types is not None and event.type not in self.types:
            return False
        first, last = event.date_span
        if (self.start is not None and last < self.start) or (
            self.end is not None and first > self.end
        ):
            return False
        if self.bbox is not None:
            if event.lat is None or event.lon is None:
                return False
            west, south, east, north = self.bbox
            return west <= event.lon <= east and south <= event.lat <= north
        return True


@dataclass(frozen=True)
class Change:
    """One entry of a store's history: what one save did to one event."""

    seq: int
    # When, in UTC, ISO 8601 to the second ("2026-11-29T20:31:07Z").
    at: str
    action: Action
    event_id: str
    before: Mapping[str, Any] | None
    after: Mapping[str, Any] | None
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "at": self.at,
            "action": self.action,
            "id": self.event_id,
            "before": self.before,
            "after": self.after,
            "note": self.note,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Change:
        return cls(
            int(data["seq"]),
            str(data["at"]),
            data["action"],
            str(data["id"]),
            data.get("before"),
            data.get("after"),
            str(data.get("note") or ""),
        )


@dataclass(frozen=True)
class SaveReport:
    """What one :meth:`EventStore.append` did."""

    location: str
    added: tuple[str, ...]
    duplicates: tuple[str, ...]
    problems: tuple[Problem, ...]
    # Where the store's previous version was kept, for a file store ("" otherwise).
    backup: str = ""
    changes: tuple[Change, ...] = field(default=(), compare=False)

    def __str__(self) -> str:
        parts = [f"{self.location}: added {len(self.added)} event(s)"]
        if self.duplicates:
            parts.append(f"{len(self.duplicates)} already saved")
        if self.problems:
            parts.append(f"{len(self.problems)} invalid, not saved")
        if self.backup:
            parts.append(f"previous version kept as {self.backup}")
        return ", ".join(parts)


class EventStore(Protocol):
    """Where events are kept. See the module docstring for the guarantees."""

    #: What messages name: a file path, or a database URL without its password.
    location: str
    #: What one stored event is called in a message: "feature" (GeoJSON) or "row".
    item: str

    def check(self) -> None:
        """Raise :class:`mapapp.core.errors.EventsFileError` if the store as a whole cannot
        be read; a store that does not exist yet is fine only if a save can create it."""
        ...

    def version(self) -> Hashable:
        """A value that changes whenever the stored events do (cheap: no events read)."""
        ...

    def read_features(self, query: Query | None = None) -> list[Any]:
        """Every stored feature (or at least those ``query`` asks for), unvalidated.

        Raises :class:`mapapp.core.errors.EventsFileError` if the store as a whole cannot be
        read (missing, not a FeatureCollection, not a GeoParquet file, no such table...).
        """
        ...

    def append(
        self, features: Iterable[Mapping[str, Any]], *, timeout: float = LOCK_TIMEOUT_S
    ) -> SaveReport:
        """Add ``features``; see the module docstring. Creates the store if missing."""
        ...

    def update(self, event_id: str, feature: Mapping[str, Any], *, note: str = "") -> Change:
        """Replace the event ``event_id`` with ``feature`` (valid, same id).

        Raises :class:`EventNotFoundError` for an unknown id and
        :class:`mapapp.core.errors.EventValidationError` for an invalid feature.
        """
        ...

    def delete(self, event_id: str, *, note: str = "") -> Change:
        """Remove the event ``event_id``; :class:`EventNotFoundError` if there is none."""
        ...

    def history(self, event_id: str | None = None, after: int = 0) -> list[Change]:
        """The changes saved to the store, oldest first: every one, or those of the event
        ``event_id``, numbered after ``after`` (a store reads only those where it can)."""
        ...

    def last_change(self) -> int:
        """The number of the last change saved (0 if none), without reading the others."""
        ...


def event_key(feature: Any) -> tuple[str, str, str, str] | None:
    """What makes two features the same event: place (case and spacing aside), type, date
    and excerpt (spacing aside). Two saves of one event never both land."""
    props = feature.get("properties") if isinstance(feature, Mapping) else None
    if not isinstance(props, Mapping):
        return None
    place, kind, date, excerpt = (props.get(k) for k in ("place", "type", "date", "excerpt"))
    if not (
        isinstance(place, str)
        and isinstance(kind, str)
        and isinstance(date, str)
        and isinstance(excerpt, str)
    ):
        return None
    return (" ".join(place.casefold().split()), kind, date, " ".join(excerpt.split()))


def now_utc() -> str:
    """The time a change is logged at: UTC, to the second."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def checked_new(
    location: str, features: Iterable[Mapping[str, Any]]
) -> tuple[list[tuple[Event, dict[str, Any]]], list[Problem]]:
    """The new features a save may add, validated, and a problem for each invalid one."""
    valid: list[tuple[Event, dict[str, Any]]] = []
    problems: list[Problem] = []
    for index, feature in enumerate(features):
        try:
            event = parse_feature(dict(feature))
        except EventValidationError as err:
            label = feature_label(index, feature, "new ")
            problems.append(Problem(location, label, getattr(err, "field", ""), str(err)))
            continue
        valid.append((event, dict(feature)))
    return valid, problems


def checked_update(event_id: str, feature: Mapping[str, Any]) -> Event:
    """``feature`` validated as the new version of ``event_id``: its id must stay. The error
    names the event and the field: "event 'x', field 'type': expected one of ..."."""
    try:
        event = parse_feature(dict(feature))
    except EventValidationError as err:
        field_name = getattr(err, "field", "")
        named = EventValidationError(f"event {event_id!r}, field {field_name!r}: {err}")
        named.field = field_name  # type: ignore[attr-defined]
        raise named from err
    if event.id != event_id:
        named = EventValidationError(
            f"event {event_id!r}, field 'id': expected the id of the event being changed,"
            f" got {event.id!r}"
        )
        named.field = "id"  # type: ignore[attr-defined]
        raise named
    return event


def unique_id(event_id: str, taken: Container[str]) -> str:
    """``event_id``, or with the first free suffix ``-2``, ``-3``... if it is taken."""
    candidate, n = event_id, 2
    while candidate in taken:
        candidate, n = f"{event_id}-{n}", n + 1
    return candidate


def with_id(feature: dict[str, Any], event_id: str) -> dict[str, Any]:
    """``feature`` (a copy if it changes) with the id ``event_id``."""
    if feature["properties"].get("id") == event_id:
        return feature
    return {**feature, "properties": {**feature["properties"], "id": event_id}}
