"""The timeline under the map: a Streamlit component drawn by ``static/mapapp/timeline.js``.

It shows the filtered events per day, week or month, stacked by type; dragging across it
(or playing through the period) chooses the dates. It is also how the date range and the
selected event reach the map's frame without sending the map again (see the script).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import streamlit as st

from mapapp.core.query import Timeline
from mapapp.core.schema import EVENT_TYPES

SCRIPT = Path(__file__).resolve().parent / "static" / "mapapp" / "timeline.js"
# How long each step of "Play" shows, in milliseconds.
STEP_MS = 900
_CSS = """
.mapapp-timeline { font: 12px/1.4 sans-serif; color: var(--st-text-color, #222); }
.mapapp-timeline-bar { display: flex; gap: 10px; align-items: center; margin: 2px 0 4px; }
.mapapp-timeline button { font: inherit; padding: 2px 10px; border-radius: 4px; cursor: pointer;
  border: 1px solid rgba(128,128,128,.5); background: var(--st-background-color, #fff);
  color: inherit; }
.mapapp-range { font-weight: bold; }
.mapapp-brush { fill: rgba(0, 114, 178, .15); stroke: #0072B2; stroke-width: 1; }
.mapapp-tick { font-size: 10px; fill: currentColor; opacity: .7; }
svg { display: block; cursor: crosshair; max-width: 100%; user-select: none; }
.mapapp-timeline { user-select: none; -webkit-user-select: none; }
"""

_component: Callable[..., Any] | None = None


def _mount() -> Callable[..., Any]:
    global _component
    if _component is None:
        _component = st.components.v2.component(
            "mapapp.timeline", js=SCRIPT.read_text(encoding="utf-8"), css=_CSS
        )
    return _component


def timeline(
    bins: Timeline,
    *,
    shown: tuple[dt.date, dt.date],
    period: tuple[dt.date, dt.date],
    selected: str | None,
    on_range: Callable[[], None],
    view: dict[str, object] | None = None,
    on_drawn: Callable[[], None] | None = None,
    key: str = "timeline",
) -> Any:
    """Draw the timeline of ``bins`` with ``shown`` (the dates chosen) highlighted within
    ``period`` (all the data's dates); ``on_range`` runs when the reader chooses other
    dates (read them with :func:`chosen_range`). ``selected`` is the event whose popup the
    map opens. ``view``: what a map clustered on the server shows now (see
    :mod:`mapapp.map.aggregate`), handed to the map's frame; ``on_drawn`` runs once the map
    has drawn a view marked ``firstLook`` (a large store's first look)."""
    data = {
        "unit": bins.unit,
        "starts": [d.isoformat() for d in bins.starts],
        "ends": [d.isoformat() for d in bins.ends()],
        "counts": bins.counts,
        "colours": {key: spec.colour for key, spec in EVENT_TYPES.items()},
        "labels": {key: spec.label for key, spec in EVENT_TYPES.items()},
        "from": shown[0].isoformat(),
        "to": shown[1].isoformat(),
        "first": period[0].isoformat(),
        "last": period[1].isoformat(),
        "selected": selected,
        "stepMs": STEP_MS,
        "view": view,
    }
    callbacks = {"on_drawn_change": on_drawn} if on_drawn is not None else {}
    return _mount()(data=data, key=key, on_range_change=on_range, **callbacks)


def chosen_range(key: str = "timeline") -> tuple[dt.date, dt.date] | None:
    """The dates the reader last chose on the timeline, if they are two valid days."""
    state = st.session_state.get(key)
    value = getattr(state, "range", None) if state is not None else None
    if value is None and isinstance(state, dict):
        value = state.get("range")
    try:
        first, last = (dt.date.fromisoformat(str(v)) for v in value)  # type: ignore[union-attr]
    except (TypeError, ValueError):
        return None
    return (first, last) if first <= last else (last, first)
