"""Bring a store back to an earlier version by undoing the changes in its history.

:func:`restore` undoes, newest first, every change logged after the one named: an added
event is deleted, a deleted one is added back (with its id), an updated one is updated back
to what it was. Each undo goes through the store like any other save (locked, atomic,
logged), so a restore is in the history too and can itself be undone.

Before changing anything it checks, against the events as they are now, that every undo
can be done: an event the history says is there must be there exactly as the history left
it. An event changed outside the log (another tool edited the file) or a deleted id taken
again makes it refuse with :class:`RestoreError`, naming the change and the event; nothing
is changed then. An event added back lands at the end of the file: the events are as they
were, their order in the file may not be.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from mapapp.core.errors import EventValidationError, MapappError
from mapapp.core.model import parse_feature
from mapapp.store.base import Change, EventStore, Query, checked_update, event_key


class RestoreError(MapappError, ValueError):
    """The store cannot be restored to the version asked for; nothing was changed (or, if a
    save failed half-way, the message says which undos were saved)."""


@dataclass(frozen=True)
class Undo:
    """One step of a restore: what is done to undo one logged change."""

    change: Change
    action: Literal["delete", "append", "update"]

    @property
    def note(self) -> str:
        """What the undo's own entry in the history says it was."""
        return f"undo #{self.change.seq} ({self.change.action} {self.change.event_id})"


def restore_plan(store: EventStore, seq: int) -> list[Undo]:
    """The undos that bring ``store`` back to how it was right after change ``seq`` (``0``:
    before the first logged change), newest change first; ``[]`` if ``seq`` is the last.

    Raises :class:`RestoreError` if there is no change ``seq`` or an undo is impossible.
    """
    # The changes from ``seq`` on: the history's tail, not the whole of it.
    history = store.history(after=max(0, seq - 1))
    if seq != 0 and seq not in {c.seq for c in history}:
        seqs = [c.seq for c in store.history()]
        span = f"changes #{min(seqs)} to #{max(seqs)}" if seqs else "no changes"
        raise RestoreError(
            f"{store.location}: no change #{seq} to restore to; its history has {span}"
            " (0 restores to before the first change)"
        )
    later = sorted((c for c in history if c.seq > seq), key=lambda c: c.seq, reverse=True)
    if not later:
        return []
    state, keys = _current(store, later)
    plan: list[Undo] = []
    for change in later:
        event_id = change.event_id
        now = state.get(event_id)
        if change.action in ("add", "update"):
            if now is None:
                why = "it is no longer in the store, and no later logged change removed it"
                raise _refused(store, change, why)
            if _normal(now) != _normal(change.after):
                raise _refused(store, change, "it was changed outside the history since then")
        if change.action == "add":
            plan.append(Undo(change, "delete"))
            _forget(state, keys, event_id)
            continue
        before = change.before
        if not isinstance(before, Mapping):
            raise _refused(store, change, "the history does not say what it was before")
        try:
            if change.action == "update":
                checked_update(event_id, before)
            else:
                parse_feature(dict(before))
        except EventValidationError as err:
            why = f"what it was before is not a valid event ({err})"
            raise _refused(store, change, why) from err
        key = event_key(before)
        if change.action == "delete":
            if now is not None:
                raise _refused(store, change, "an event with its id is in the store again")
            if key is not None and keys[key]:
                why = "another event with the same place, type, date and excerpt is stored now"
                raise _refused(store, change, why)
            plan.append(Undo(change, "append"))
        else:
            _forget(state, keys, event_id)
            plan.append(Undo(change, "update"))
        state[event_id] = dict(before)
        if key is not None:
            keys[key] += 1
    return plan


def restore(store: EventStore, seq: int, *, note: str = "") -> list[Change]:
    """Bring ``store`` back to how it was right after change ``seq`` (see the module
    docstring); returns the changes the undos saved, in order. ``note`` (for instance who
    restored, and why) is added to each undo's own note where the store keeps one.

    Raises :class:`RestoreError`, having changed nothing, if ``seq`` is not in the history
    or an undo is impossible.
    """
    done: list[Change] = []
    for undo in restore_plan(store, seq):
        text = f"restore to #{seq}: {undo.note}" + (f"; {note}" if note else "")
        change = undo.change
        try:
            if undo.action == "delete":
                done.append(store.delete(change.event_id, note=text))
            elif undo.action == "update":
                assert change.before is not None  # checked by the plan
                done.append(store.update(change.event_id, change.before, note=text))
            else:
                assert change.before is not None  # checked by the plan
                report = store.append([change.before])
                if report.added != (change.event_id,):
                    raise RestoreError(
                        f"{store.location}: change #{change.seq}: the deleted event"
                        f" {change.event_id!r} could not be added back ({report})"
                    )
                done.extend(report.changes)
        except MapappError as err:
            if not done:
                raise
            saved = ", ".join(f"#{c.seq}" for c in done)
            raise RestoreError(
                f"{err} (the restore stopped half-way: the undos saved so far are in the"
                f" history as {saved}; restore to #{seq} again once the cause is fixed)"
            ) from err
    return done


def _current(
    store: EventStore, later: list[Change]
) -> tuple[dict[str, dict[str, Any]], Counter[Any]]:
    """The stored events the changes ``later`` touch, by id (the first of an id, as an
    update finds it), and how many stored features have each :func:`event_key` those events
    and the events before the changes have. Read by the store's queries (ids, then types and
    dates), not as every event: at a million events a restore reads a few."""
    state: dict[str, dict[str, Any]] = {}
    touched = frozenset(c.event_id for c in later)
    for feature in store.read_features(Query(ids=touched)):
        props = feature.get("properties") if isinstance(feature, dict) else None
        if isinstance(props, dict) and props.get("id") in touched:
            state.setdefault(props["id"], feature)
    wanted = {
        key
        for feature in [*state.values(), *(c.before for c in later)]
        if (key := event_key(feature)) is not None
    }
    keys: Counter[Any] = Counter()
    days = [_day(key[2]) for key in wanted]
    if not wanted or None in days:
        query = None  # a date that is no day: every event is read to count it
    else:
        kinds = frozenset(key[1] for key in wanted)
        known = [d for d in days if d is not None]
        query = Query(types=kinds, start=min(known), end=max(known))
    for feature in store.read_features(query) if wanted else []:
        key = event_key(feature)
        if key in wanted:
            keys[key] += 1
    return state, keys


def _day(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def _forget(state: dict[str, dict[str, Any]], keys: Counter[Any], event_id: str) -> None:
    key = event_key(state.pop(event_id))
    if key is not None:
        keys[key] -= 1


def _normal(feature: Mapping[str, Any] | None) -> Any:
    """A feature as compared with the history: a property that is null is the same as one
    that is absent (a table cannot tell them apart, see :mod:`mapapp.store.geoparquet`)."""
    if not isinstance(feature, Mapping):
        return feature
    props = feature.get("properties")
    if isinstance(props, Mapping):
        props = {k: v for k, v in props.items() if v is not None}
    return {**feature, "properties": props}


def _refused(store: EventStore, change: Change, why: str) -> RestoreError:
    return RestoreError(
        f"{store.location}: cannot undo change #{change.seq} ({change.action} of event"
        f" {change.event_id!r}): {why}; nothing was restored"
    )
