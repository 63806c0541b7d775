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
import math
import threading
from collections.abc import Hashable
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from mapapp.app.timeline import chosen_range, timeline
from mapapp.app.view_state import EVENT_ZOOM, View, address, read_view, view_params
from mapapp.core.errors import MapappError
from mapapp.core.messages import summarise_problems
from mapapp.core.model import Event
from mapapp.core.query import EventColumns, EventTable, Timeline
from mapapp.core.schema import EVENT_TYPES, GEO_PRECISION_SHORT
from mapapp.geo.gazetteer import Gazetteer
from mapapp.geo.regions import Regions
from mapapp.map.aggregate import NO_EVENTS_BOUNDS, FirstLook, ViewRequest, opening_zoom, view_around
from mapapp.map.layer import DETAILS_INLINE_LIMIT, clicked_event_id
from mapapp.map.resources import (
    MapData,
    admin1,
    admin1_of,
    events_label,
    events_path,
    file_version,
    first_look,
    gazetteer,
    hold_read,
    load,
    load_ended,
    load_soon,
    md,
    regions,
    release_read,
    warm_up,
)
from mapapp.map.tiles import tiles_from_env
from mapapp.map.view import build_map, popup_html, view_bounds
from mapapp.store.geojson import to_geojson

TITLE, URL_PATH = "Map", "map"
TABLE_ROWS = 1000
SEARCH_RESULTS = 20
# A download is built in the browser's memory: beyond this many events, narrow the filters.
DOWNLOAD_LIMIT = 200_000


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


def _date_range(data: MapData) -> tuple[dt.date, dt.date]:
    first, last = data.table.days
    spans = [u.event.date_span for u in data.unlocated]
    if len(first):
        spans.append((dt.date.fromordinal(int(first.min())), dt.date.fromordinal(int(last.max()))))
    if not spans:
        today = dt.date.today()
        return (today, today)
    return (min(s[0] for s in spans), max(s[1] for s in spans))


class _Ids:
    """The ids of the events on the map, as ``in`` asks (without a set of a million)."""

    def __init__(self, table: EventColumns) -> None:
        self.table = table

    def __contains__(self, event_id: object) -> bool:
        return isinstance(event_id, str) and self.table.position(event_id) is not None


def _read_address(data: MapData, period: tuple[dt.date, dt.date], path: str) -> None:
    """Once per session (and per events file): set the filters, the selected event and the
    map's opening view from the page's address."""
    if st.session_state.get("view_read_for") == path:
        return
    table = data.table
    view, notes = read_view(st.query_params.to_dict(), event_ids=_Ids(table), period=period)
    st.session_state["types"] = list(view.types) if view.types is not None else list(EVENT_TYPES)
    st.session_state["dates"] = (view.start or period[0], view.end or period[1])
    st.session_state["q"] = view.query
    st.session_state["selected"] = view.event
    centre = view.centre
    if view.event is not None and centre is None:
        position = table.position(view.event)
        if position is not None:
            centre = (float(table.lat[position]), float(table.lon[position]), EVENT_ZOOM)
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
    version = file_version(path)
    # The first visitor after the server starts: the regions and the basemap are made ready
    # while the events load.
    warming = warm_up()
    # A large store's first visit: where its events are, while they are read and checked.
    # The first look first (the server's start may be making it): a read begun meanwhile
    # would take its share of the machine.
    look = None
    if not load_ended(path, version) and not st.session_state.get("map_drawn"):
        # A read not begun yet waits until this visitor's map has drawn the first look.
        hold_read(path, version)
        look = first_look(path, version)
        if look is None:
            release_read(path, version)
    loading = load_soon(path, version)
    if look is not None and loading.is_alive():
        _first_look_page(path, version, look, warming)
        _when_read(loading)
        return
    try:
        data = load(path, version)
    except MapappError as err:
        st.title("War events map")
        st.error(f"Cannot load the events file. {md(err)}")
        st.caption("`mapapp validate PATH` checks a file from the command line.")
        st.stop()
        return
    table = data.table

    first, last = _date_range(data)
    period = (first, last)
    _read_address(data, period, path)
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
        # Cleared, the widget holds no day; while a range is being picked, only its first.
        days = list(picked) if isinstance(picked, (tuple, list)) else [picked]
        start, end = [*days, first, last][:2] if len(days) != 1 else (days[0], last)
        query = st.text_input(
            "Search", key="q", placeholder="a place, words, who claims it"
        ).strip()
        on_map_mask = table.mask(types) & table.matching(query)
        shown_mask = on_map_mask & table.mask(None, start, end)
        on_map = np.flatnonzero(on_map_mask)
        shown = np.flatnonzero(shown_mask)
        st.metric("Events shown", f"{len(shown):,} of {len(table):,}")
        for key, count in table.type_counts(shown).items():
            st.caption(f"{EVENT_TYPES[key].label}: {count:,}")
        if query:
            _search_results(table, shown, query)
        st.caption(f"Events: {md(events_label(path))}")

    st.title("War events map")
    for note in st.session_state.get("address_notes", []):
        st.warning(f"The address asked for something not here. {md(note)}")
    sources = data.sources
    st.caption(
        f"{data.total:,} events ({len(data.unlocated):,} not on the map) reported by"
        f" {len(sources):,} source(s), {first:%d %b %Y} to"
        f" {last:%d %b %Y}: " + md("; ".join(sources[:3])) + ("; …" if len(sources) > 3 else "")
    )
    if data.problems:
        # A screenful: the first problems, then the rest counted by field.
        summary = summarise_problems(data.problems)
        with st.expander(f"⚠️ {len(data.problems):,} invalid features skipped", expanded=True):
            for problem in summary.shown:
                st.error(md(problem))
            if summary.more:
                st.caption(md(summary.more))
    gazetteer_found = gazetteer()
    if not isinstance(gazetteer_found, Gazetteer):
        st.warning(f"Places without coordinates cannot be located: {md(gazetteer_found)}")

    tiles = tiles_from_env()
    warming.join()
    boundaries = regions()
    if isinstance(boundaries, str):
        st.warning(f"Region boundaries cannot be read: {md(boundaries)}")
    regions_here = boundaries if isinstance(boundaries, Regions) else None
    names = admin1(path, version) if regions_here is not None else {}
    selected = st.session_state.get("selected")
    position = table.position(selected) if selected else None
    focus = st.session_state.get("focus")
    map_col, detail_col = st.columns([5, 2])
    with map_col:
        if data.view is None:
            state = _client_side_map(data, on_map, tiles, regions_here, names, focus)
        else:
            state = _server_side_map(data, tiles, regions_here, focus)
        layer_view = None
        if data.view is not None:
            request = _view_request(state, data)
            extra = [position] if position is not None and shown_mask[position] else []
            layer_view = data.view.view(
                shown_mask, request, always=extra, outlines=data.outlines(regions_here)
            )
            layer_view["key"] = repr(
                (version, tuple(types), str(start), str(end), query, request, selected)
            )
        timeline(
            table.timeline(on_map, first, last),
            shown=(start, end),
            period=period,
            selected=st.session_state.get("open_popup"),
            on_range=_on_range,
            view=layer_view,
        )
        # Always the same elements, so a rerun does not shuffle the page while it redraws.
        outside: list[Event] = []
        if data.view is None and len(shown):
            _, outside = view_bounds(table.take(shown))
        titles = md("; ".join(f"{e.title} ({e.place})" for e in outside))
        st.caption(
            f"Zoom out to see {len(outside)} more, far from the rest: {titles}." if outside else " "
        )
        basemap = f"{tiles} tiles over " if tiles else ""
        clustering = (
            f" {len(table):,} events: the server counts them per view and sends clusters, and"
            " each event once zoomed in."
            if data.view is not None
            else ""
        )
        st.caption(
            f"Basemap: {basemap}Natural Earth borders and regions, GeoNames place names,"
            " served by the app (`mapapp run --tiles` sets the tiles). Drag across the"
            f" timeline to choose dates.{clustering}"
        )
    state = state or {}
    clicked = clicked_event_id(state.get("last_object_clicked_popup"))
    if clicked and clicked != st.session_state.get("last_clicked"):
        st.session_state["last_clicked"] = clicked
        st.session_state["selected"] = selected = clicked
        position = table.position(clicked)
        st.session_state["focus"] = None
        st.session_state["open_popup"] = None  # the click opened the marker's own popup
    centre = state.get("center")
    if isinstance(centre, dict) and state.get("zoom") is not None:
        st.session_state["centre"] = (
            float(centre["lat"]),
            float(centre["lng"]),
            int(state["zoom"]),
        )
    with detail_col:
        st.subheader("Event details")
        if selected and position is not None and shown_mask[position]:
            event = table.event(position)
            region = names.get(selected) if names else admin1_of([event]).get(selected)
            st.html(popup_html(event, region))
            link = address(st.context.url or "", {"event": selected})
            st.markdown(f"[Link to this event]({link})")
            st.code(link, language=None)
        elif selected:
            st.info("The selected event is not among those the filters show.")
        else:
            st.info("Click a marker, or search, to read what the article says.")

    _write_address(types, start, end, query, selected, period)

    st.subheader(f"Events shown ({len(shown):,})")
    if len(shown) > TABLE_ROWS:
        st.caption(f"The first {TABLE_ROWS:,} in file order; the download has all {len(shown):,}.")
    listed = table.take(shown[:TABLE_ROWS])
    st.dataframe(
        _table(listed, names or admin1_of(listed)), hide_index=True, width="stretch", key="table"
    )
    _download(data, shown)

    unplaced = EventTable([u.event for u in data.unlocated])
    wanted = unplaced.indices(types, start, end)
    matches = unplaced.matching(query)
    unlocated = [data.unlocated[int(i)] for i in wanted if matches[i]]
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
    # The page is out: at a million events the search gets ready in the background now, so
    # that the first search does not wait for it.
    table.search_soon()
    st.session_state["map_drawn"] = True


@st.fragment(run_every=0.5)
def _when_read(loading: threading.Thread) -> None:
    """The whole page again once ``loading`` is done (each run of the first look ends at
    once, so that the page answers meanwhile)."""
    if not loading.is_alive():
        st.rerun()


def _first_look_page(path: str, version: Hashable, look: FirstLook, warming: Any) -> None:
    """The map of ``look`` (counts of the store's points per view) while the store is read:
    the page's places as they will be, the filters, search, timeline and table to come."""
    label = md(events_label(path))
    with st.sidebar:
        st.header("Filters")
        st.caption("The filters and the search are ready once every event is read and checked.")
        st.metric("Rows with a point", f"{len(look):,} of {look.rows:,}")
        for key, count in look.type_counts().items():
            st.caption(f"{EVENT_TYPES[key].label}: {count:,}")
        st.caption(f"Events: {label}")
    st.title("War events map")
    st.caption(
        f"Reading {look.rows:,} events from {label}: the map shows where they are while each"
        " one is read and checked (seconds), then the dates, the filters and the table follow."
    )
    warming.join()
    boundaries = regions()
    regions_here = boundaries if isinstance(boundaries, Regions) else None
    outlines = look.outlines(regions_here)
    request, answer = look.opening(outlines)
    map_col, detail_col = st.columns([5, 2])
    with map_col:
        st_folium(
            build_map(
                [],
                tiles=tiles_from_env(),
                event_links=True,
                timeline=True,
                regions=regions_here,
                server_bounds=request.bounds,
                server_outlines=outlines.collection if outlines is not None else None,
            ),
            # A map of its own, which tells the app nothing: the whole page then starts as on
            # a first visit, with a map of its own, before any view the map reports can rerun
            # it (a rerun asked for by a map that was there before the page's widgets would
            # start the page without their values).
            key="first-look-map",
            height=560,
            use_container_width=True,
            returned_objects=[],
        )
        # (Made once, by the server's start: see FirstLook.opening.)
        answer = {**answer, "key": repr(("first look", request)), "firstLook": True}
        today = dt.date.today()
        timeline(
            Timeline("day", (), {}),
            shown=(today, today),
            period=(today, today),
            selected=None,
            on_range=_on_range,
            view=answer,
            on_drawn=lambda: release_read(path, version),
        )
    with detail_col:
        st.subheader("Event details")
        st.info("Each event's words are ready in a moment, with the rest of the page.")


def _client_side_map(
    data: MapData,
    on_map: npt.NDArray[np.intp],
    tiles: str | None,
    regions_here: Regions | None,
    names: dict[str, str],
    focus: tuple[float, float, int] | None,
) -> Any:
    """The map holding every event of the chosen types and search (all dates: the timeline
    chooses among them in the browser, so a date change does not send the map again)."""
    mapped = data.table.take(on_map)
    # Many events: their layer is assembled from JSON made once at load, without excerpts
    # (the panel beside the map shows the clicked one's).
    prepared = data.prepared
    layer = (
        prepared.layer_json(on_map.tolist())
        if prepared is not None and len(mapped) > DETAILS_INLINE_LIMIT
        else None
    )
    return st_folium(
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


def _server_side_map(
    data: MapData,
    tiles: str | None,
    regions_here: Regions | None,
    focus: tuple[float, float, int] | None,
) -> Any:
    """The map of very many events: the same page whatever the filters and view (so it is
    never sent again); what it shows comes with each answer, for the view it reports."""
    outlines = data.outlines(regions_here)
    return st_folium(
        build_map(
            [],
            tiles=tiles,
            event_links=True,
            view=st.session_state.get("opening_view"),
            timeline=True,
            regions=regions_here,
            server_bounds=_data_bounds(data),
            server_outlines=outlines.collection if outlines is not None else None,
        ),
        key="map",
        height=560,
        use_container_width=True,
        center=(focus[0], focus[1]) if focus else None,
        zoom=focus[2] if focus else None,
        returned_objects=["last_object_clicked_popup", "center", "zoom", "bounds"],
    )


def _data_bounds(data: MapData) -> tuple[float, float, float, float]:
    """West, south, east, north of the located events (the map opens fitted to them)."""
    table = data.table
    if not len(table):
        return NO_EVENTS_BOUNDS
    return (
        float(np.nanmin(table.lon)),
        float(np.nanmin(table.lat)),
        float(np.nanmax(table.lon)),
        float(np.nanmax(table.lat)),
    )


def _view_request(state: Any, data: MapData) -> ViewRequest:
    """The view the map last reported; before it has, the view it opens on."""
    bounds: Any = (state or {}).get("bounds")
    zoom = (state or {}).get("zoom")
    try:
        south_west, north_east = bounds["_southWest"], bounds["_northEast"]
        box = (
            float(south_west["lng"]),
            float(south_west["lat"]),
            float(north_east["lng"]),
            float(north_east["lat"]),
        )
        if all(math.isfinite(v) for v in box) and zoom is not None:
            return ViewRequest(box, int(zoom))
    except (KeyError, TypeError, ValueError):
        pass
    opening = st.session_state.get("opening_view")
    if opening is not None:
        return view_around(opening[0], opening[1], opening[2])
    box = _data_bounds(data)
    return ViewRequest(box, opening_zoom(box))


def _download(data: MapData, shown: npt.NDArray[np.intp]) -> None:
    """The shown events as GeoJSON, made when the button is pressed."""
    if len(shown) > DOWNLOAD_LIMIT:
        st.caption(
            f"{len(shown):,} events are too many to download from the page: narrow the"
            f" filters to {DOWNLOAD_LIMIT:,} or fewer, or use `mapapp convert`."
        )
        return
    table = data.table
    st.download_button(
        "Download shown events (GeoJSON)",
        # Built only when the button is pressed: at 100,000 events that is tens of megabytes.
        data=lambda: json.dumps(to_geojson(table.take(shown)), ensure_ascii=False, indent=2),
        file_name="events-filtered.geojson",
        mime="application/geo+json",
        key="download",
    )


def _search_results(table: EventColumns, shown: npt.NDArray[np.intp], query: str) -> None:
    """The first events the search finds, by date and type; choosing one selects it."""
    st.caption(f"Search finds {len(shown):,} event(s)" + (", the first:" if len(shown) else "."))
    for event in table.take(shown[:SEARCH_RESULTS]):
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
