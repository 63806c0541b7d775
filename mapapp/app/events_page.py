"""The "Events" page: correct one event or delete it, read its history, restore an earlier
version of the whole store.

An event is picked from a searchable list, or named in the address (``?event=ID``, the
link the map gives). For a store the map clusters on the server (a million events, say),
the list comes from the map's own columns and the event picked is read from the store by its
id; the history is read in the parts the page shows.

Its type, title, place, date and date precision, location precision and attribution can be
changed: a new place name is looked up again in the gazetteer with the event's excerpt as
context (several places of that name: the person chooses, or leaves it without a location;
none: it is saved without one). Every change goes through the store
(:meth:`~mapapp.store.base.EventStore.update`, :meth:`~mapapp.store.base.EventStore.delete`:
locked, atomic, logged with the event before and after) with a note of what changed
("type: strike -> deployment"). A deletion and a restore each need a confirmation: nothing
is lost to one click. Restoring undoes every later change, each undo logged in turn
(:mod:`mapapp.store.restore`), so a restore can be undone too.

The save controls are off, and say why, when the events are the sample that comes with
mapapp or a file the app may not write (:func:`mapapp.map.resources.read_only_reason`).
Every text from the events file reaches Streamlit's Markdown only through
:func:`~mapapp.map.resources.md`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st

from mapapp.core.errors import EventValidationError, MapappError
from mapapp.core.messages import clip
from mapapp.core.model import Event, parse_feature
from mapapp.core.names import fold, loose
from mapapp.core.query import EVENT_TYPE_KEYS, EventList
from mapapp.core.schema import (
    EVENT_TYPES,
    GEO_PRECISION,
    TIME_PRECISION,
    GeoPrecision,
    event_title,
)
from mapapp.geo.gazetteer import Gazetteer, Place
from mapapp.geo.locate import GEOCODE_CONTEXT_CHARS, candidate_list, location_fields
from mapapp.map.resources import (
    events_label,
    events_path,
    file_version,
    gazetteer,
    load,
    md,
    read_only_reason,
)
from mapapp.store import open_store
from mapapp.store.base import Change, EventStore, Query
from mapapp.store.filestore import FileStore, history_path
from mapapp.store.load import REPEATED_ID
from mapapp.store.restore import restore

TITLE, URL_PATH = "Events", "events"
# The most events the list offers at once: a search narrows a large store down.
PICK_LIMIT = 500
# The changes of the whole store listed above the restore control.
RECENT_CHANGES = 20
# The answers to "Which X?": keep the location the file has, or save it without one.
KEEP, LEAVE_UNLOCATED = "keep", "leave"
# The fields a change note names, in this order ("location" is the point).
NOTE_FIELDS = (
    "type", "title", "place", "location", "date", "time_precision", "geo_precision", "claimed_by"
)  # fmt: skip
# Properties that say where the event is: they follow its place, set anew by a new place.
_LOCATION_PROPS = ("geocoded", "candidates", "unlocated", "located_at")
# The widgets that show one version of one event: reset when either changes.
_WIDGETS = (
    "edit-type", "edit-title", "edit-place", "edit-date", "edit-time", "edit-geo",
    "edit-claimed", "delete-confirm", "restore-seq", "restore-confirm",
)  # fmt: skip
_CHOICE = "edit-choice-"
_NOT_SET = "not set"


# -- what a correction does to a feature (plain functions, no Streamlit) -----------------------


@dataclass(frozen=True)
class Edits:
    """What the person set on the page: the event's fields as they want them."""

    event_type: str
    title: str
    place: str
    date: dt.date
    time_precision: int
    geo_precision: int | None
    claimed_by: str


def corrected(
    feature: Mapping[str, Any],
    edits: Edits,
    location: Place | str | None = KEEP,
    candidates: Sequence[Place] = (),
) -> dict[str, Any]:
    """``feature`` (a new dict; the given one is not changed) with ``edits``; its id stays.

    ``location`` is where the event is: :data:`KEEP` keeps the file's point (and sets
    ``edits.geo_precision``), a :class:`Place` puts it there (a region makes it region-level,
    else "near" stays if chosen), ``None`` saves it without a location, listing
    ``candidates`` as the places its name may be. A title mapapp made ("Strike: Kharkiv")
    follows the new type and place unless it was edited; any other title is kept.
    """
    old = feature["properties"]
    props = dict(old)
    props["type"] = edits.event_type
    props["place"] = edits.place.strip()
    props["date"] = edits.date.isoformat()
    props["time_precision"] = edits.time_precision
    props["claimed_by"] = edits.claimed_by.strip()
    title = edits.title.strip()
    if title == old.get("title") and _made_title(old) and edits.event_type in EVENT_TYPES:
        title = event_title(edits.event_type, props["place"])
    props["title"] = title
    geometry = feature.get("geometry")
    if location == KEEP:
        props["geo_precision"] = edits.geo_precision
        _refresh_located_at(props, geometry, old.get("geo_precision"))
    else:
        props = {k: v for k, v in props.items() if k not in _LOCATION_PROPS}
        if isinstance(location, Place):
            near = edits.geo_precision == GeoPrecision.NEAR
            props["geo_precision"] = int(GeoPrecision.of(location.kind, near))
            fields = location_fields(location, props["geo_precision"])
            geometry = fields.pop("geometry")
            props.update(fields)
        else:
            geometry = None
            props["geo_precision"] = None
            props["candidates"] = candidate_list(candidates)
    return {**feature, "geometry": geometry, "properties": props}


def _made_title(props: Mapping[str, Any]) -> bool:
    """Whether the title is the one mapapp gives an event ("Strike: Kharkiv")."""
    kind, place = props.get("type"), props.get("place")
    if kind not in EVENT_TYPES or not isinstance(place, str):
        return False
    return bool(props.get("title") == event_title(kind, place))


def _refresh_located_at(props: dict[str, Any], geometry: Any, old_precision: Any) -> None:
    """A ``located_at`` mapapp wrote for the old precision ("near Kharkiv: drawn at the
    settlement") follows the new one; one a person wrote stays."""
    geocoded = props.get("geocoded")
    if not isinstance(geocoded, Mapping) or not isinstance(geometry, Mapping):
        return
    coordinates = geometry.get("coordinates") or [0, 0]
    place = Place(
        str(geocoded.get("id", "")), str(geocoded.get("name", "")), coordinates[1],
        coordinates[0], "", None, "", "settlement", 0, str(geocoded.get("source", "")),
    )  # fmt: skip
    if props.get("located_at") != location_fields(place, old_precision).get("located_at"):
        return
    props.pop("located_at", None)
    if new := location_fields(place, props.get("geo_precision")).get("located_at"):
        props["located_at"] = new


def changed_fields(
    before: Mapping[str, Any] | None,
    after: Mapping[str, Any] | None,
    names: Sequence[str] | None = None,
) -> list[tuple[str, str, str]]:
    """What changed between two versions of a feature: ``(field, before, after)`` as short
    text, the point as ``location``; only ``names`` if given, in their order, else the
    fields of :data:`NOTE_FIELDS` first and then every other property."""
    old, new = _flat(before), _flat(after)
    if names is None:
        others = sorted((old.keys() | new.keys()) - set(NOTE_FIELDS))
        names = [*NOTE_FIELDS, *others]
    return [
        (name, _text(old.get(name)), _text(new.get(name)))
        for name in names
        if old.get(name) != new.get(name)
    ]


def change_note(before: Mapping[str, Any], after: Mapping[str, Any]) -> str:
    """The note an update is logged with: "type: strike -> deployment; date: ..."; the
    names of other changed properties if only those changed; "" if nothing did."""
    main = changed_fields(before, after, NOTE_FIELDS)
    if main:
        return "; ".join(f"{name}: {old} -> {new}" for name, old, new in main)
    rest = [name for name, _, _ in changed_fields(before, after)]
    return f"changed {', '.join(rest)}" if rest else ""


def _flat(feature: Mapping[str, Any] | None) -> dict[str, Any]:
    if not isinstance(feature, Mapping):
        return {}
    props = feature.get("properties")
    out = dict(props) if isinstance(props, Mapping) else {}
    geometry = feature.get("geometry")
    coordinates = geometry.get("coordinates") if isinstance(geometry, Mapping) else None
    out["location"] = coordinates
    return out


def _text(value: Any) -> str:
    if value is None:
        return "none"
    if (
        isinstance(value, list)
        and len(value) in (2, 3)
        and all(isinstance(v, (int, float)) for v in value)
    ):
        return f"{value[1]}, {value[0]}"  # a point: latitude first, as people read it
    if not isinstance(value, str):
        value = json.dumps(value, ensure_ascii=False, default=str)
    return clip(" ".join(value.split()), 60)


# -- the events of the store, indexed once per version -------------------------------------------


@dataclass(frozen=True)
class Stored:
    """The valid events of a store, as stored, by id (the first of a repeated id, as an
    update finds it), and what the picker lists: for a store the map shows whole."""

    features: Mapping[str, Mapping[str, Any]]
    events: Mapping[str, Event]
    labels: Mapping[str, str]
    # What the search reads of each event, folded as the map's search folds it (case,
    # script, diacritics, apostrophes), and with romanisation differences removed.
    haystack: Mapping[str, str]
    loose_haystack: Mapping[str, str]
    # Newest date first.
    order: tuple[str, ...]
    invalid: int

    @property
    def total(self) -> int:
        return len(self.events)

    def has(self, event_id: object) -> bool:
        return event_id in self.events

    def matches(self, text: str) -> tuple[int, list[str]]:
        """How many events hold every word of ``text``, and the first :data:`PICK_LIMIT` of
        them, newest first."""
        terms = [(term, f" {loose(term)}") for term in fold(text).split()]
        found = [
            i
            for i in self.order
            if all(t in self.haystack[i] or slack in self.loose_haystack[i] for t, slack in terms)
        ]
        return len(found), found[:PICK_LIMIT]

    def label(self, event_id: str) -> str:
        return self.labels[event_id]

    def record(self, event_id: str) -> tuple[Mapping[str, Any], Event] | None:
        if event_id not in self.events:
            return None
        return self.features[event_id], self.events[event_id]


@dataclass(frozen=True)
class Indexed:
    """The events of a store the map clusters on the server (a million, say), listed from
    the map's own columns (:class:`~mapapp.core.query.EventList`): no Python object per
    event. The one picked is read from the store by its id."""

    location: str
    version: Hashable
    events: EventList
    invalid: int
    # The labels of the events last listed (a shared resource: bounded).
    labels: dict[str, str] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return len(self.events)

    def has(self, event_id: object) -> bool:
        return isinstance(event_id, str) and self.events.position(event_id) is not None

    def matches(self, text: str) -> tuple[int, list[str]]:
        """As :meth:`Stored.matches`."""
        found = self.events.search(text) if fold(text) else self.events.order
        first = found[:PICK_LIMIT]
        ids = self.events.ids.take(first).to_pylist()
        if len(self.labels) > 20 * PICK_LIMIT:
            self.labels.clear()
        for event_id, i in zip(ids, first.tolist(), strict=True):
            self.labels[event_id] = self._label(i)
        return len(found), ids

    def label(self, event_id: str) -> str:
        if event_id not in self.labels:
            i = self.events.position(event_id)
            self.labels[event_id] = self._label(i) if i is not None else event_id
        return self.labels[event_id]

    def _label(self, i: int) -> str:
        events = self.events
        return _label_of(
            dt.date.fromordinal(int(events.day[i])),
            EVENT_TYPE_KEYS[int(events.types[i])],
            events.place[i].as_py(),
            events.title[i].as_py(),
        )

    def record(self, event_id: str) -> tuple[Mapping[str, Any], Event] | None:
        return stored_event(self.location, self.version, event_id)


# A resource: nothing changes it (a correction makes a new feature).
@st.cache_resource(show_spinner="Loading events…", max_entries=2)
def stored(location: str, version: Hashable) -> Stored:
    """The events at ``location`` as of ``version`` (:func:`file_version`)."""
    features: dict[str, Mapping[str, Any]] = {}
    events: dict[str, Event] = {}
    invalid = 0
    for feature in open_store(location).read_features():
        try:
            event = parse_feature(feature)
        except EventValidationError:
            invalid += 1
            continue
        if event.id not in events:
            features[event.id], events[event.id] = feature, event
    labels = {i: _label(e) for i, e in events.items()}
    text = {
        i: " ".join((e.id, e.type, e.date.isoformat(), e.title, e.place, e.claimed_by))
        for i, e in events.items()
    }
    haystack = {i: f" {fold(words)} " for i, words in text.items()}
    loose_haystack = {i: f" {loose(words)} " for i, words in text.items()}
    order = tuple(sorted(events, key=lambda i: events[i].date, reverse=True))
    return Stored(features, events, labels, haystack, loose_haystack, order, invalid)


@st.cache_resource(show_spinner="Listing events…", max_entries=2)
def indexed(location: str, version: Hashable) -> Indexed:
    """The events at ``location`` as of ``version``, listed from the map's columns."""
    data = load(location, version)
    others = [u.event for u in data.unlocated]
    invalid = sum(1 for p in data.problems if p.message != REPEATED_ID)
    return Indexed(location, version, EventList(data.table, others), invalid)


def listing(location: str, version: Hashable) -> Stored | Indexed:
    """The events of the store as the page lists them: from the map's columns when the map
    clusters them on the server (too many to hold as objects), else every one as stored."""
    if load(location, version).server_side:
        return indexed(location, version)
    return stored(location, version)


@st.cache_resource(show_spinner="Reading the event…", max_entries=16)
def stored_event(
    location: str, version: Hashable, event_id: str
) -> tuple[Mapping[str, Any], Event] | None:
    """The first valid feature with ``event_id`` at ``location``, and its event; the store
    reads only rows of that id where it can (GeoParquet, PostGIS)."""
    for feature in open_store(location).read_features(Query(ids=frozenset({event_id}))):
        properties = feature.get("properties") if isinstance(feature, Mapping) else None
        if not isinstance(properties, Mapping) or properties.get("id") != event_id:
            continue
        try:
            return feature, parse_feature(feature)
        except EventValidationError:
            continue
    return None


# A store's history can be long (one entry per event added: a million for a million events
# saved through mapapp): the page reads only what it shows, once per version of the history.
@st.cache_resource(show_spinner=False, max_entries=2)
def latest(location: str, version: Hashable) -> tuple[int, tuple[Change, ...]]:
    """The number of the last change to the store at ``location`` as of ``version``
    (:func:`_log_version`), and the last :data:`RECENT_CHANGES` changes."""
    store = open_store(location)
    last = store.last_change()
    return last, tuple(store.history(after=max(0, last - RECENT_CHANGES))[-RECENT_CHANGES:])


@st.cache_resource(show_spinner=False, max_entries=16)
def changes_of(location: str, version: Hashable, event_id: str) -> tuple[Change, ...]:
    """The changes to the event ``event_id``."""
    return tuple(open_store(location).history(event_id=event_id))


@st.cache_resource(show_spinner=False, max_entries=4)
def changes_after(location: str, version: Hashable, seq: int) -> tuple[Change, ...]:
    """The changes after change ``seq`` (what a restore to it undoes)."""
    return tuple(open_store(location).history(after=seq))


def _log_version(store: EventStore, version: Hashable) -> Hashable:
    """Changes whenever the store's history does. A file store writes its log just after the
    file: the log's own size and time tell a version read between the two from the next."""
    if not isinstance(store, FileStore):
        return version  # a database's version names its last logged change
    try:
        info = history_path(Path(os.path.realpath(store.given))).stat()
    except OSError:
        return (version, None)
    return (version, info.st_mtime_ns, info.st_size)


def _label(event: Event) -> str:
    """An event as the picker lists it (plain text: a select box shows no Markdown)."""
    return _label_of(event.date, event.type, event.place, event.title)


def _label_of(date: dt.date, kind: str, place: str, title: str) -> str:
    label = EVENT_TYPES[kind].label
    return f"{date.isoformat()} · {label} · {clip(place, 40)}: {clip(title, 70)}"


# -- the page ----------------------------------------------------------------------------------


def page() -> None:
    """Draw the page."""
    st.title(TITLE)
    path = events_path()
    st.caption(f"Saving to: {md(events_label(path))}")
    try:
        store = open_store(path)
        version = file_version(path)
        data = listing(path, version)
    except MapappError as err:
        st.error(f"Cannot load the events. {md(err)}")
        st.caption("`mapapp validate PATH` checks a file from the command line.")
        return
    read_only = read_only_reason(path)
    if read_only:
        st.warning(f"Saving is off: {md(read_only)}")
    if flash := st.session_state.pop("events-flash", None):
        st.success(md(flash))
    if data.invalid:
        st.caption(
            f"{data.invalid:,} invalid feature(s) are not listed: `mapapp validate` names them."
        )
    event_id = _pick(data, path)
    stamp = (event_id, version)
    if st.session_state.get("events-stamp") != stamp:
        for key in list(st.session_state):
            if isinstance(key, str) and (key in _WIDGETS or key.startswith(_CHOICE)):
                del st.session_state[key]
        st.session_state["events-stamp"] = stamp
    log = (path, _log_version(store, version))
    readable = True
    try:
        last, recent = latest(*log)
        own = list(changes_of(*log, event_id)) if event_id is not None else []
    except MapappError as err:
        st.warning(f"The history cannot be read: {md(err)}")
        last, recent, own, readable = 0, (), [], False
    record = data.record(event_id) if event_id is not None else None
    if event_id is not None and record is None:
        st.warning(md(f"The event “{event_id}” cannot be read from the store now."))
    if event_id is not None and record is not None:
        _event(store, *record, event_id, own, read_only)
    if readable:
        _restore(store, log, last, list(recent), own, read_only)


def _pick(data: Stored | Indexed, path: str) -> str | None:
    """The event picked from the list, or named by ``?event=ID`` (the address follows the
    list, so that it can be shared or reloaded)."""
    if st.session_state.pop("events-unpick", False):
        st.session_state.pop("event-pick", None)
    if not data.has(st.session_state.get("event-pick")):
        st.session_state.pop("event-pick", None)  # deleted, here or elsewhere
    wanted = st.query_params.get("event")
    if wanted != st.session_state.get("events-wanted"):
        st.session_state["events-wanted"] = wanted
        if data.has(wanted):
            st.session_state["event-pick"] = wanted
    note = st.empty()  # filled below if the address names no event
    search = st.text_input(
        "Search",
        key="events-search",
        placeholder="words of the place, title, type, date (YYYY-MM-DD), claim or id",
    )
    count, options = data.matches(search)
    current = st.session_state.get("event-pick")
    if current is not None and current not in options:
        options.insert(0, current)
    picked: str | None = st.selectbox(
        f"Event ({count:,} of {data.total:,})",
        options,
        index=None,
        key="event-pick",
        format_func=data.label,
        placeholder="Choose an event (type to narrow the list)",
    )
    if count > PICK_LIMIT:
        st.caption(f"The first {PICK_LIMIT:,} matches, newest first: search to narrow them.")
    if picked is not None and picked != wanted:
        st.query_params["event"] = picked
        st.session_state["events-wanted"] = picked
    elif picked is None and data.has(wanted):
        st.query_params.pop("event", None)  # cleared: the address follows
    elif picked is None and wanted and not data.has(wanted):
        note.warning(
            md(
                f"There is no event with the id “{wanted}” in {events_label(path)}:"
                " choose one below."
            )
        )
    return picked


def _defaults(feature: Mapping[str, Any], event: Event) -> dict[str, Any]:
    props = feature["properties"]
    return {
        "edit-type": event.type,
        "edit-title": event.title,
        "edit-place": event.place,
        "edit-date": event.date,
        "edit-time": event.time_precision,
        "edit-geo": props.get("geo_precision"),
        "edit-claimed": event.claimed_by,
    }


def _event(
    store: EventStore,
    feature: Mapping[str, Any],
    event: Event,
    event_id: str,
    changes: list[Change],
    read_only: str,
) -> None:
    for key, value in _defaults(feature, event).items():
        st.session_state.setdefault(key, value)
    _details(feature, event)

    st.subheader("Correct it")
    left, right = st.columns(2)
    kind = left.selectbox(
        "Type", list(EVENT_TYPES), key="edit-type", format_func=lambda k: EVENT_TYPES[k].label
    )
    claimed_by = right.text_input("Claimed by", key="edit-claimed")
    title = st.text_input(
        "Title",
        key="edit-title",
        help="A title mapapp made (“Strike: Kharkiv”) follows the type and place.",
    )
    place = st.text_input(
        "Place",
        key="edit-place",
        help="A new name is looked up again in the gazetteer, with the excerpt as context.",
    )
    location, candidates = _place_choice(feature, place)
    left, middle, right = st.columns(3)
    date = left.date_input(
        "Date",
        key="edit-date",
        min_value=min(event.date, dt.date(1900, 1, 1)),
        max_value=max(event.date, dt.date.today()),
    )
    time_options: list[int] = list(TIME_PRECISION)
    time_precision = middle.selectbox(
        "Date precision", time_options, key="edit-time", format_func=lambda k: TIME_PRECISION[k]
    )
    located = feature.get("geometry") is not None
    geo_options: list[int | None] = [*GEO_PRECISION] if located else [None, *GEO_PRECISION]
    geo = right.selectbox(
        "Location precision",
        geo_options,
        key="edit-geo",
        format_func=lambda k: _NOT_SET if k is None else GEO_PRECISION[k],
        help="A new place sets it: a region is region-level; a settlement “near” stays so.",
    )
    if not isinstance(date, dt.date):
        st.error("Give the event's date.")
        return
    edits = Edits(kind, title, place, date, time_precision, geo, claimed_by)
    new = corrected(feature, edits, location, candidates)
    problem = ""
    try:
        parse_feature(new)
    except EventValidationError as err:
        problem = f"{getattr(err, 'field', '')}: {err}"
    note = change_note(feature, new)
    if problem:
        st.error(md(f"Not saved: {problem}"))
    elif note:
        st.info(md(f"To save: {note}"))
    else:
        st.caption("Nothing changed yet.")
    blocked = bool(read_only or problem or not note)
    # The server checks again what the disabled button stands for: a click it gets counts
    # only when the button was enabled.
    if (
        st.button("Save the changes", key="edit-save", type="primary", disabled=blocked)
        and not blocked
    ):
        try:
            store.update(event_id, new, note=note)
        except MapappError as err:
            st.error(f"Nothing was saved. {md(err)}")
            return
        st.session_state["events-flash"] = f"Saved {event_id}: {note}"
        st.rerun()

    st.subheader("Delete it")
    confirm = st.checkbox(
        f"Yes, delete “{md(event.title)}”", key="delete-confirm", disabled=bool(read_only)
    )
    blocked = bool(read_only) or not confirm
    if (
        st.button("Delete the event", key="delete", disabled=blocked, type="primary")
        and not blocked
    ):
        reason = f"delete: {event.type} at {event.place}, {event.date.isoformat()}"
        try:
            store.delete(event_id, note=clip(reason, 120))
        except MapappError as err:
            st.error(f"Nothing was deleted. {md(err)}")
            return
        st.session_state["events-flash"] = f"Deleted {event_id} ({event.title})."
        st.session_state["events-unpick"] = True
        st.query_params.pop("event", None)
        st.rerun()

    st.subheader("History")
    if not changes:
        st.caption(
            "No change to this event is logged: it has been as it is since before the"
            " history began."
        )
    else:
        st.dataframe(_history_table(changes), hide_index=True, width="stretch", key="history")


def _details(feature: Mapping[str, Any], event: Event) -> None:
    st.subheader(md(event.title))
    st.markdown(
        md(
            f"{EVENT_TYPES[event.type].label}, {event.date_label}, {event.place}. Claimed by"
            f" {event.claimed_by}. Source: {event.source_label}. Id: {event.id}."
        )
    )
    st.markdown("> " + md(" ".join(event.excerpt.split())))
    if event.located:
        lat, lon = event.location
        precision = GEO_PRECISION.get(event.geo_precision or 0, _NOT_SET)
        geocoded = feature["properties"].get("geocoded")
        entry = geocoded.get("name") if isinstance(geocoded, Mapping) else None
        where = f"In the file at {lat}, {lon}" + (f" ({entry})" if entry else "")
        st.caption(md(f"{where}; precision: {precision}."))
    else:
        st.caption(
            "No location in the file: the map puts it at its place's name if the gazetteer"
            " knows that name for sure, and lists it as not on the map otherwise."
        )


def _choice_key(name: str) -> str:
    return _CHOICE + hashlib.sha1(name.encode("utf-8")).hexdigest()[:12]


def _choice_label(option: Place | str) -> str:
    if option == KEEP:
        return "Keep it as it is (no location in the file)"
    if not isinstance(option, Place):
        return "Leave it not located"
    size = f", population {option.population:,}" if option.population else ""
    return f"{option.label} at {option.lat:.3f}, {option.lon:.3f}{size}"


def _place_choice(feature: Mapping[str, Any], name: str) -> tuple[Place | str | None, list[Place]]:
    """Where the event is to be (see :func:`corrected`) and the places its name may be.

    A new name is looked up with the excerpt as context: the one place found, the place
    the person chooses among several (or none), or none if the gazetteer has no such name.
    An event without a location in the file may be given one of its name's places.
    """
    props = feature["properties"]
    name = name.strip()
    renamed = bool(name) and name != props.get("place")
    if not name or (not renamed and feature.get("geometry") is not None):
        return KEEP, []
    found = gazetteer()
    if not isinstance(found, Gazetteer):
        if renamed:
            st.warning(f"The gazetteer cannot be opened ({md(found)}): saved without a location.")
            return None, []
        return KEEP, []
    excerpt = str(props.get("excerpt") or "")[:GEOCODE_CONTEXT_CHARS]
    result = found.lookup(name, context=excerpt)
    choices = list(result.candidates)
    if result.place is not None and result.place not in choices:
        choices.insert(0, result.place)
    if not choices:
        if renamed:
            st.info(md(f"“{name}” is not in the gazetteer: the event is saved without a location."))
            return None, []
        return KEEP, []
    if renamed and len(choices) == 1:
        st.caption(md(f"“{name}” is {_choice_label(choices[0])}."))
        return choices[0], choices
    first: Place | str = LEAVE_UNLOCATED if renamed else KEEP
    options: list[Place | str] = [first, *choices]
    index = options.index(result.place) if renamed and result.place is not None else 0
    why = f" The gazetteer says: {result.reason}." if result.reason else ""
    choice = st.selectbox(
        f"Which “{md(name)}”? ({len(choices)} places of that name)",
        options,
        index=index,
        key=_choice_key(name),
        format_func=_choice_label,
        help=md(f"Ranked by how well they fit the excerpt.{why}"),
    )
    if isinstance(choice, Place):
        return choice, choices
    return (None if renamed else KEEP), choices


def _history_table(changes: list[Change]) -> pd.DataFrame:
    """One row per change: plain text (a table shows no Markdown)."""
    rows = []
    for change in changes:
        if change.action == "update":
            what = "; ".join(
                f"{n}: {b} → {a}" for n, b, a in changed_fields(change.before, change.after)
            )
        else:
            what = "added" if change.action == "add" else "deleted"
        rows.append(
            {"#": change.seq, "when": change.at, "action": change.action, "note": change.note,
             "changed": what}
        )  # fmt: skip
    return pd.DataFrame(rows, columns=["#", "when", "action", "note", "changed"])


def _restore(
    store: EventStore,
    log: tuple[str, Hashable],
    last: int,
    recent: list[Change],
    own: list[Change],
    read_only: str,
) -> None:
    """The restore control: the store's last changes (``recent``, the last numbered
    ``last``), and a restore to after any change, defaulting to before the picked event's
    last change (``own``) when it is one of the recent ones, else before the last change."""
    st.subheader("Restore an earlier version")
    if not last:
        st.caption("Nothing has been saved through mapapp yet: there is no earlier version.")
        return
    st.caption(
        f"The last {len(recent)} logged change(s) to all events, up to #{last:,}"
        " (`mapapp history` lists them all):"
    )
    st.dataframe(
        pd.DataFrame(
            [
                {"#": c.seq, "when": c.at, "action": c.action, "event": c.event_id, "note": c.note}
                for c in reversed(recent)
            ],
            columns=["#", "when", "action", "event", "note"],
        ),
        hide_index=True,
        width="stretch",
        key="store-history",
    )
    mine = [c.seq for c in own if c.seq > last - RECENT_CHANGES]
    st.session_state.setdefault("restore-seq", max(0, (max(mine) if mine else last) - 1))
    seq = int(
        st.number_input(
            "Restore the store to how it was right after change #",
            min_value=0,
            max_value=last,
            step=1,
            key="restore-seq",
            help="0: before the first logged change.",
        )
    )
    later = sorted(changes_after(*log, seq), key=lambda c: c.seq, reverse=True)
    if not later:
        st.caption("That is the version now: nothing to undo.")
    else:
        listed = ", ".join(f"#{c.seq} {c.action} {c.event_id}" for c in later[:10])
        more = f" and {len(later) - 10} more" if len(later) > 10 else ""
        st.caption(
            md(
                f"This undoes {len(later)} change(s) to every event they touched, newest first:"
                f" {listed}{more}. Each undo is logged, so the restore can be undone too."
            )
        )
    confirm = st.checkbox(
        f"Yes, undo {len(later)} change(s)",
        key="restore-confirm",
        disabled=bool(read_only) or not later,
    )
    blocked = bool(read_only) or not later or not confirm
    if (
        st.button(f"Restore to after change #{seq}", key="restore", disabled=blocked)
        and not blocked
    ):
        try:
            done = restore(store, seq, note="on the Events page")
        except MapappError as err:
            st.error(md(err))
            return
        logged = f", logged as #{done[0].seq} to #{done[-1].seq}" if done else ""
        st.session_state["events-flash"] = (
            f"Restored to how it was after change #{seq}: {len(done)} change(s) undone{logged}."
        )
        st.rerun()
