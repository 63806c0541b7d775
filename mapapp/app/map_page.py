"""The map page: every event in the events file, with type and date filters, the details of
a clicked event, the table and the events no source locates.

It reads the events file and never writes to it; it reloads it whenever the file changes.
"""

from __future__ import annotations

import datetime as dt
import json

import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from mapapp.core.errors import MapappError
from mapapp.core.messages import summarise_problems
from mapapp.core.model import Event, LoadResult
from mapapp.core.query import filter_events
from mapapp.core.schema import EVENT_TYPES, GEO_PRECISION_SHORT
from mapapp.geo.gazetteer import Gazetteer
from mapapp.map.layer import DETAILS_INLINE_LIMIT, clicked_event_id
from mapapp.map.resources import events_path, file_version, gazetteer, load, md
from mapapp.map.tiles import tiles_from_env
from mapapp.map.view import build_map, popup_html, view_bounds
from mapapp.store.geojson import to_geojson

TITLE, URL_PATH = "Map", "map"
TABLE_ROWS = 1000


def _table(events: list[Event]) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "date": e.date_label,
                "type": EVENT_TYPES[e.type].label,
                "title": e.title,
                "place": e.place,
                "location": GEO_PRECISION_SHORT.get(e.geo_precision or 0, ""),
                "claimed by": e.claimed_by,
                "id": e.id,
            }
            for e in events
        ],
        columns=["date", "type", "title", "place", "location", "claimed by", "id"],
    )


def _date_range(result: LoadResult) -> tuple[dt.date, dt.date]:
    spans = [e.date_span for e in result.events] + [u.event.date_span for u in result.unlocated]
    if not spans:
        today = dt.date.today()
        return (today, today)
    return (min(s[0] for s in spans), max(s[1] for s in spans))


def page() -> None:
    """The map of every event in the events file, with filters, details and the table."""
    path = events_path()
    try:
        result, table, prepared = load(path, file_version(path))
    except MapappError as err:
        st.title("War events map")
        st.error(f"Cannot load the events file. {md(err)}")
        st.caption("`mapapp validate PATH` checks a file from the command line.")
        st.stop()
        return

    first, last = _date_range(result)
    with st.sidebar:
        st.header("Filters")
        types = st.multiselect(
            "Event types",
            options=list(EVENT_TYPES),
            default=list(EVENT_TYPES),
            format_func=lambda key: EVENT_TYPES[key].label,
            key="types",
        )
        picked = st.date_input(
            "Dates", value=(first, last), min_value=first, max_value=last, key="dates"
        )
        # While a range is being picked the widget holds only its first day.
        start, end = (*picked, last)[:2] if isinstance(picked, tuple) else (picked, last)
        selected = [int(i) for i in table.indices(types, start, end)]
        shown = [table.events[i] for i in selected]
        st.metric("Events on the map", f"{len(shown)} of {len(result.events)}")
        for key, spec in EVENT_TYPES.items():
            count = sum(e.type == key for e in shown)
            st.caption(f"{spec.label}: {count}")
        st.caption(f"Events file: {md(path)}")

    st.title("War events map")
    sources = sorted(
        {e.source_label for e in result.events} | {u.event.source_label for u in result.unlocated}
    )
    st.caption(
        f"{result.total} events ({len(result.unlocated)} not on the map) reported by"
        f" {len(sources)} source(s), {first:%d %b %Y} to"
        f" {last:%d %b %Y}: " + md("; ".join(sources[:3])) + ("; …" if len(sources) > 3 else "")
    )
    if result.problems:
        # A screenful: the first problems, then the rest counted by field.
        summary = summarise_problems(result.problems)
        with st.expander(f"⚠️ {len(result.problems):,} invalid features skipped", expanded=True):
            for problem in summary.shown:
                st.error(md(problem))
            if summary.more:
                st.caption(md(summary.more))
    found = gazetteer()
    if not isinstance(found, Gazetteer):
        st.warning(f"Places without coordinates cannot be located: {md(found)}")

    tiles = tiles_from_env()
    # Many events: their layer is assembled from JSON made once at load, without excerpts
    # (the panel beside the map shows the clicked one's).
    layer = prepared.layer_json(selected) if len(shown) > DETAILS_INLINE_LIMIT else None
    map_col, detail_col = st.columns([5, 2])
    with map_col:
        state = st_folium(
            build_map(shown, tiles=tiles, layer_json=layer),
            key="map",
            height=600,
            use_container_width=True,
            returned_objects=["last_object_clicked_popup"],
        )
        # Always the same elements, so a rerun does not shuffle the page while it redraws.
        _, outside = view_bounds(shown) if shown else (None, [])
        titles = md("; ".join(f"{e.title} ({e.place})" for e in outside))
        st.caption(
            f"Zoom out to see {len(outside)} more, far from the rest: {titles}." if outside else " "
        )
        basemap = f"{tiles} tiles over " if tiles else ""
        st.caption(
            f"Basemap: {basemap}Natural Earth land, served by the app (`mapapp run --tiles`"
            " sets the tiles)."
        )
    clicked = clicked_event_id((state or {}).get("last_object_clicked_popup"))
    by_id = {e.id: e for e in shown}
    with detail_col:
        st.subheader("Event details")
        if clicked and clicked in by_id:
            st.html(popup_html(by_id[clicked]))
        else:
            st.info("Click a marker to read what the article says.")

    st.subheader(f"Events shown ({len(shown)})")
    if len(shown) > TABLE_ROWS:
        st.caption(f"The first {TABLE_ROWS:,} in file order; the download has all {len(shown):,}.")
    st.dataframe(_table(shown[:TABLE_ROWS]), hide_index=True, width="stretch", key="table")
    st.download_button(
        "Download shown events (GeoJSON)",
        # Built only when the button is pressed: at 100,000 events that is tens of megabytes.
        data=lambda: json.dumps(to_geojson(shown), ensure_ascii=False, indent=2),
        file_name="events-filtered.geojson",
        mime="application/geo+json",
        key="download",
    )

    unlocated_shown = filter_events([u.event for u in result.unlocated], types, start, end)
    unlocated = [u for u in result.unlocated if u.event in unlocated_shown]
    st.subheader(f"Not on the map ({len(unlocated)})")
    st.caption(
        "Events the filters select whose place no source locates: they are kept, not guessed."
        if unlocated
        else "Every event the filters select has a location."
    )
    for item in unlocated:
        event = item.event
        st.markdown(f"**{EVENT_TYPES[event.type].label}, {event.date_label}**")
        st.text(f"{event.title}\nPlace: {event.place}\nWhy: {item.reason}")
