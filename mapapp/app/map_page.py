"""The map page: every event in the events file, with one set of filters (types, dates,
search) that the map, the timeline, the counts, the table and the download all follow; the
details of the selected event; the events no source locates.

The view is in the address (:mod:`mapapp.app.view_state`): opening a copied address shows the
same filters, map view and event. The page reads the events and never writes to them; it
reloads them whenever they change.
"""

from __future__ import annotations

import datetime as dt
import json

import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from mapapp.app.timeline import chosen_range, timeline
from mapapp.app.view_state import EVENT_ZOOM, View, address, read_view, view_params
from mapapp.core.errors import MapappError
from mapapp.core.messages import summarise_problems
from mapapp.core.model import Event, LoadResult
from mapapp.core.query import EventTable
from mapapp.core.schema import EVENT_TYPES, GEO_PRECISION_SHORT
from mapapp.geo.gazetteer import Gazetteer
from mapapp.geo.regions import Regions
from mapapp.map.layer import DETAILS_INLINE_LIMIT, clicked_event_id
from mapapp.map.resources import (
    admin1,
    events_label,
    events_path,
    file_version,
    gazetteer,
    load,
    md,
    regions,
)
from mapapp.map.tiles import tiles_from_env
from mapapp.map.view import build_map, popup_html, view_bounds
from mapapp.store.geojson import to_geojson

TITLE, URL_PATH = "Map", "map"
TABLE_ROWS = 1000
SEARCH_RESULTS = 20


def _table(events: list[Event], admin1: dict[str, str]) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "date": e.date_label,
                "type": EVENT_TYPES[e.type].label,
                "title": e.title,
                "place": e.place,
                "region": admin1.get(e.id, ""),
                "location": GEO_PRECISION_SHORT.get(e.geo_precision or 0, ""),
                "claimed by": e.claimed_by,
                "id": e.id,
            }
            for e in events
        ],
        columns=["date", "type", "title", "place", "region", "location", "claimed by", "id"],
    )


def _date_range(result: LoadResult) -> tuple[dt.date, dt.date]:
    spans = [e.date_span for e in result.events] + [u.event.date_span for u in result.unlocated]
    if not spans:
        today = dt.date.today()
        return (today, today)
    return (min(s[0] for s in spans), max(s[1] for s in spans))


def _read_address(result: LoadResult, period: tuple[dt.date, dt.date], path: str) -> None:
    """Once per session (and per events file): set the filters, the selected event and the
    map's opening view from the page's address."""
    if st.session_state.get("view_read_for") == path:
        return
    ids = {e.id for e in result.events}
    view, notes = read_view(st.query_params.to_dict(), event_ids=ids, period=period)
    st.session_state["types"] = list(view.types) if view.types is not None else list(EVENT_TYPES)
    st.session_state["dates"] = (view.start or period[0], view.end or period[1])
    st.session_state["q"] = view.query
    st.session_state["selected"] = view.event
    centre = view.centre
    if view.event is not None and centre is None:
        event = next(e for e in result.events if e.id == view.event)
        centre = (event.location[0], event.location[1], EVENT_ZOOM)
    st.session_state["opening_view"] = centre
    st.session_state["open_popup"] = view.event
    st.session_state["centre"] = centre
    st.session_state["address_notes"] = notes
    st.session_state["view_read_for"] = path


def _on_range() -> None:
    """The timeline's brush or play chose dates: the sidebar's dates follow."""
    chosen = chosen_range()
    if chosen is not None:
        st.session_state["dates"] = chosen


def _select(event_id: str, centre: tuple[float, float, int] | None) -> None:
    """A search result chosen: select it, centre the map on it and open its popup."""
    st.session_state["selected"] = event_id
    st.session_state["focus"] = centre
    st.session_state["open_popup"] = event_id


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
    period = (first, last)
    _read_address(result, period, path)
    # Streamlit forgets a widget's value when another page was shown: back to the defaults.
    st.session_state.setdefault("types", list(EVENT_TYPES))
    st.session_state.setdefault("dates", period)
    st.session_state.setdefault("q", "")
    with st.sidebar:
        st.header("Filters")
        types = st.multiselect(
            "Event types",
            options=list(EVENT_TYPES),
            format_func=lambda key: EVENT_TYPES[key].label,
            key="types",
        )
        picked = st.date_input("Dates", min_value=first, max_value=last, key="dates")
        # While a range is being picked the widget holds only its first day.
        # Cleared, the widget holds no day; while a range is being picked, only its first.
        days = list(picked) if isinstance(picked, (tuple, list)) else [picked]
        start, end = [*days, first, last][:2] if len(days) != 1 else (days[0], last)
        query = st.text_input(
            "Search", key="q", placeholder="a place, words, who claims it"
        ).strip()
        found = table.matching(query)
        on_map = [int(i) for i in table.indices(types) if found[i]]
        in_dates = table.indices(types, start, end)
        selected_rows = [int(i) for i in in_dates if found[i]]
        shown = [table.events[i] for i in selected_rows]
        st.metric("Events shown", f"{len(shown)} of {len(result.events)}")
        for key, spec in EVENT_TYPES.items():
            count = sum(e.type == key for e in shown)
            st.caption(f"{spec.label}: {count}")
        if query:
            _search_results(shown, query)
        st.caption(f"Events: {md(events_label(path))}")

    st.title("War events map")
    for note in st.session_state.get("address_notes", []):
        st.warning(f"The address asked for something not here. {md(note)}")
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
    gazetteer_found = gazetteer()
    if not isinstance(gazetteer_found, Gazetteer):
        st.warning(f"Places without coordinates cannot be located: {md(gazetteer_found)}")

    tiles = tiles_from_env()
    boundaries = regions()
    if isinstance(boundaries, str):
        st.warning(f"Region boundaries cannot be read: {md(boundaries)}")
    regions_here = boundaries if isinstance(boundaries, Regions) else None
    names = admin1(path, file_version(path)) if regions_here is not None else {}
    # The map holds the events of the chosen types and search, all dates: the timeline
    # chooses among them in the browser, so a date change does not send the map again.
    mapped = [table.events[i] for i in on_map]
    # Many events: their layer is assembled from JSON made once at load, without excerpts
    # (the panel beside the map shows the clicked one's).
    layer = prepared.layer_json(on_map) if len(mapped) > DETAILS_INLINE_LIMIT else None
    by_id = {e.id: e for e in shown}
    focus = st.session_state.get("focus")
    map_col, detail_col = st.columns([5, 2])
    with map_col:
        state = st_folium(
            build_map(
                mapped,
                tiles=tiles,
                layer_json=layer,
                event_links=True,
                view=st.session_state.get("opening_view"),
                timeline=True,
                regions=regions_here,
                admin1=names,
            ),
            key="map",
            height=560,
            use_container_width=True,
            center=(focus[0], focus[1]) if focus else None,
            zoom=focus[2] if focus else None,
            returned_objects=["last_object_clicked_popup", "center", "zoom"],
        )
        timeline(
            table.timeline(on_map, first, last),
            shown=(start, end),
            period=period,
            selected=st.session_state.get("open_popup"),
            on_range=_on_range,
        )
        # Always the same elements, so a rerun does not shuffle the page while it redraws.
        _, outside = view_bounds(shown) if shown else (None, [])
        titles = md("; ".join(f"{e.title} ({e.place})" for e in outside))
        st.caption(
            f"Zoom out to see {len(outside)} more, far from the rest: {titles}." if outside else " "
        )
        basemap = f"{tiles} tiles over " if tiles else ""
        st.caption(
            f"Basemap: {basemap}Natural Earth borders and regions, GeoNames place names,"
            " served by the app (`mapapp run --tiles` sets the tiles). Drag across the"
            " timeline to choose dates."
        )
    state = state or {}
    clicked = clicked_event_id(state.get("last_object_clicked_popup"))
    if clicked and clicked != st.session_state.get("last_clicked"):
        st.session_state["last_clicked"] = clicked
        st.session_state["selected"] = clicked
        st.session_state["focus"] = None
        st.session_state["open_popup"] = None  # the click opened the marker's own popup
    centre = state.get("center")
    if isinstance(centre, dict) and state.get("zoom") is not None:
        st.session_state["centre"] = (
            float(centre["lat"]),
            float(centre["lng"]),
            int(state["zoom"]),
        )
    selected = st.session_state.get("selected")
    with detail_col:
        st.subheader("Event details")
        if selected and selected in by_id:
            st.html(popup_html(by_id[selected], names.get(selected)))
            link = address(st.context.url or "", {"event": selected})
            st.markdown(f"[Link to this event]({link})")
            st.code(link, language=None)
        elif selected:
            st.info("The selected event is not among those the filters show.")
        else:
            st.info("Click a marker, or search, to read what the article says.")

    _write_address(types, start, end, query, selected, period)

    st.subheader(f"Events shown ({len(shown)})")
    if len(shown) > TABLE_ROWS:
        st.caption(f"The first {TABLE_ROWS:,} in file order; the download has all {len(shown):,}.")
    st.dataframe(_table(shown[:TABLE_ROWS], names), hide_index=True, width="stretch", key="table")
    st.download_button(
        "Download shown events (GeoJSON)",
        # Built only when the button is pressed: at 100,000 events that is tens of megabytes.
        data=lambda: json.dumps(to_geojson(shown), ensure_ascii=False, indent=2),
        file_name="events-filtered.geojson",
        mime="application/geo+json",
        key="download",
    )

    unplaced = EventTable([u.event for u in result.unlocated])
    wanted = unplaced.indices(types, start, end)
    matches = unplaced.matching(query)
    unlocated = [result.unlocated[int(i)] for i in wanted if matches[i]]
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


def _search_results(shown: list[Event], query: str) -> None:
    """The first events the search finds, by date and type; choosing one selects it."""
    st.caption(f"Search finds {len(shown)} event(s)" + (", the first:" if shown else "."))
    for event in shown[:SEARCH_RESULTS]:
        label = f"{event.date_label} · {EVENT_TYPES[event.type].label} · {event.title}"
        centre = (event.location[0], event.location[1], EVENT_ZOOM) if event.located else None
        st.button(
            md(label),
            key=f"hit-{event.id}",
            on_click=_select,
            args=(event.id, centre),
            width="stretch",
        )


def _write_address(
    types: list[str],
    start: dt.date,
    end: dt.date,
    query: str,
    selected: str | None,
    period: tuple[dt.date, dt.date],
) -> None:
    """Put the view in the address, so that copying it shares this view."""
    view = View(
        types=tuple(types),
        start=start,
        end=end,
        query=query,
        event=selected,
        centre=st.session_state.get("centre"),
    )
    params = view_params(view, period=period)
    if params != st.query_params.to_dict():
        st.query_params.from_dict(params)
