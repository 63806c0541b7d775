"""Read a store's events, validate each, and locate those without coordinates.

Whatever the backend, a bad stored feature (or row) never stops a load: it becomes a
:class:`~mapapp.core.messages.Problem` naming the store, the feature, the field and what was
expected, and the valid rest loads.
"""

from __future__ import annotations

import gc
import os
from dataclasses import replace
from typing import Any

from mapapp.core.errors import EventValidationError
from mapapp.core.messages import Problem, feature_label
from mapapp.core.model import Event, LoadResult, Unlocated, parse_feature
from mapapp.geo.gazetteer import Gazetteer
from mapapp.geo.locate import locate
from mapapp.store import open_store
from mapapp.store.base import EventStore, Query

# The problem of a second event with an id already read.
REPEATED_ID = "expected a unique id, got a repeat"


def load_events(
    location: str | os.PathLike[str] | EventStore,
    gazetteer: Gazetteer | None = None,
    query: Query | None = None,
) -> LoadResult:
    """Load and validate the events at ``location`` (a store, or what
    :func:`~mapapp.store.open_store` opens); never modifies them.

    Features without geometry are located through ``gazetteer`` by their ``place``; those it
    cannot place (or all of them, without a gazetteer) are returned as ``unlocated``. With a
    ``query``, only the events it asks for are returned (problems are reported for all read).
    """
    store = open_store(location)
    events: list[Event] = []
    unlocated: list[Unlocated] = []
    problems: list[Problem] = []
    # Creating 100,000 events would set off the cyclic garbage collector hundreds of times
    # for nothing (none of them is garbage): pause it while they are built.
    collecting = gc.isenabled()
    gc.disable()
    try:
        features = store.read_features(query)
        _parse_all(store, features, gazetteer, query, events, unlocated, problems)
    finally:
        if collecting:
            gc.enable()
    return LoadResult(tuple(events), tuple(unlocated), tuple(problems))


def _parse_all(
    store: EventStore,
    features: list[Any],
    gazetteer: Gazetteer | None,
    query: Query | None,
    events: list[Event],
    unlocated: list[Unlocated],
    problems: list[Problem],
) -> None:
    seen: set[str] = set()
    for index, feature in enumerate(features):
        event = checked(store, index, feature, seen, problems)
        if event is None:
            continue
        # An event not on the map has no point for a bounding box to hold: its type and
        # date decide whether it is listed among those not on the map.
        unplaced_query = query if query is None else replace(query, bbox=None)
        if unplaced_query is not None and not unplaced_query.matches(event):
            continue
        found = placed(event, gazetteer)
        if isinstance(found, Unlocated):
            unlocated.append(found)
        elif query is None or query.matches(found):
            events.append(found)


def checked(
    store: EventStore, index: int, feature: Any, seen: set[str], problems: list[Problem]
) -> Event | None:
    """The event of ``feature`` (the ``index``-th the store gave), or None with a problem
    added when it is invalid or its id is in ``seen`` (which it joins)."""
    try:
        event = parse_feature(feature)
    except EventValidationError as err:
        field_name = getattr(err, "field", "")
        label = feature_label(index, feature, item=store.item)
        problems.append(Problem(store.location, label, field_name, str(err)))
        return None
    if event.id in seen:
        label = feature_label(index, feature, item=store.item)
        problems.append(Problem(store.location, label, "id", REPEATED_ID))
        return None
    seen.add(event.id)
    return event


def placed(event: Event, gazetteer: Gazetteer | None) -> Event | Unlocated:
    """``event`` with its point, located through ``gazetteer`` when it has none."""
    if event.lat is not None:
        return event
    if gazetteer is None:
        return Unlocated(event, "no geometry, and no gazetteer to locate it")
    return locate(event, gazetteer)
