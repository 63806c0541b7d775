"""Build the folium map of a list of events.

One layer per event type (its colour and icon from :mod:`mapapp.core.schema`), a legend, a layer
control, a popup with the article's own words and a tooltip per marker, and a view that fits
the events shown. Region-level events (geo precision 3) are hollow dashed rings, events "near" a
settlement (precision 2) have a dashed halo, so no one reads "the Rostov region" as an address.

Safety: every piece of text is HTML-escaped here, and popups and tooltips are bound with
JSON-encoded strings rather than folium's ``Popup``/``Tooltip``, whose templates put the text
inside a JavaScript template literal (where ``${...}`` runs even after HTML escaping) and
whose popups need jQuery.

Offline: the map needs only Leaflet (and, without tiles, a Natural Earth land file and its
decoder), which the app serves itself (see ``scripts/fetch_assets.sh``); :data:`ASSET_ROUTE`
is where the Streamlit app serves them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from html import escape
from pathlib import Path
from typing import Any, cast

import folium
import numpy as np
from branca.element import Figure, MacroElement
from jinja2 import Template

from mapapp.core.errors import AssetsError
from mapapp.core.model import Event
from mapapp.core.schema import EVENT_TYPES, GEO_PRECISION, TIME_PRECISION
from mapapp.geo.distance import haversine_km_many
from mapapp.geo.regions import Regions, admin1_names
from mapapp.map.basemap import add_basemap, add_region_outlines
from mapapp.map.elements import DataElement, Raw
from mapapp.map.layer import (
    DETAILS_INLINE_LIMIT,
    EVENT_ID_LABEL,
    UNPACK_SCRIPT,
    Details,
    _script_json,
    fields_spec,
    layer_data,
    packed_layer_data,
)
from mapapp.map.tiles import DEFAULT_TILES, resolve_tiles

# Where the Streamlit app serves mapapp/app/static/: vendor/ (fetched at install), mapapp/ (ours).
ASSET_ROUTE = "/app/static"
# Where the map opens when there is nothing to fit: Ukraine and western Russia.
DEFAULT_VIEW = ((49.0, 33.0), 5)
MARKER_PX, REGION_PX, OUTLINED_PX = 28, 36, 22
CORE_KM = 1500
_NEUTRAL = "#555"


class _Header(MacroElement):
    """Marker and popup styles, and a legend control (static HTML built from the registry)."""

    _template = Template(
        """{% macro header(this, kwargs) %}<style>{{ this.css }}</style>{% endmacro %}
        {% macro script(this, kwargs) %}
        (function () {
          var legend = L.control({position: "bottomleft"});
          legend.onAdd = function (map) {
            var div = L.DomUtil.create("div", "mapapp-legend");
            div.innerHTML = {{ this.legend|tojson }};
            // At phone width the legend starts folded: the map comes first.
            if (map.getSize().x < 500) div.querySelector("details").removeAttribute("open");
            L.DomEvent.disableClickPropagation(div);
            return div;
          };
          var map = {{ this._parent.get_name() }};
          legend.addTo(map);
          // Controls stand above popups: a popup the open legend would cover folds the
          // legend while it is open, and unfolds it when it closes.
          var folded = false;
          var overlaps = function (a, b) {
            return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
          };
          var fold = function (e) {
            var details = legend.getContainer().querySelector("details");
            var popup = e.popup && e.popup.getElement();
            if (!details || !details.open || !popup) return;
            var box = popup.querySelector(".leaflet-popup-content-wrapper") || popup;
            var mine = legend.getContainer().getBoundingClientRect();
            if (overlaps(box.getBoundingClientRect(), mine)) {
              details.removeAttribute("open");
              folded = true;
            }
          };
          map.on("popupopen", function (e) { setTimeout(function () { fold(e); }, 300); });
          map.on("popupclose", function () {
            if (!folded) return;
            folded = false;
            var details = legend.getContainer().querySelector("details");
            if (details) details.setAttribute("open", "");
          });
        })();
        {% endmacro %}"""
    )

    def __init__(self, css: str, legend: str) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "MapappHeader"
        self.css, self.legend = css, legend


_CSS = """
.mapapp-marker { background: none; border: none; }
.mapapp-pin { box-sizing: border-box; width: 100%; height: 100%; border-radius: 50%;
  display: flex; align-items: center; justify-content: center;
  border: 2px solid #fff; box-shadow: 0 1px 4px rgba(0,0,0,.55); }
.mapapp-pin svg { width: 58%; height: 58%; fill: #fff; }
.mapapp-gp2 .mapapp-pin { outline: 2px dashed currentColor; outline-offset: 2px; }
.mapapp-gp3 .mapapp-pin { background: rgba(255,255,255,.55) !important;
  border: 3px dashed currentColor; box-shadow: none; }
.mapapp-gp3 .mapapp-pin svg { fill: currentColor; }
.mapapp-popup { font: 13px/1.45 sans-serif; }
.mapapp-popup h4 { margin: 0 0 4px; font-size: 15px; line-height: 1.3; }
.mapapp-popup p { margin: 3px 0; font-size: 13px; }
.mapapp-popup blockquote { margin: 6px 0; padding: 4px 8px; border-left: 3px solid #999;
  background: #f6f6f6; font-size: 13px; }
.mapapp-popup .mapapp-meta { color: #555; font-size: 11px; }
.mapapp-legend { background: rgba(255,255,255,.92); padding: 4px 8px; border-radius: 4px;
  font: 11px/1.4 sans-serif; box-shadow: 0 1px 4px rgba(0,0,0,.3); }
.mapapp-legend summary { cursor: pointer; font-weight: bold; }
.mapapp-legend-head { font-weight: bold; margin-top: 3px; }
/* Phone width: a popup never wider than the map, long words wrap. */
.leaflet-popup-content { max-width: calc(100vw - 90px); overflow-wrap: anywhere; }
@media (max-width: 500px) {
  .leaflet-popup-content { width: auto !important; margin: 10px 12px; }
  .mapapp-popup blockquote { max-height: 40vh; overflow: auto; }
}
.mapapp-cluster-icon { background: none; border: none; }
.mapapp-cluster { width: 100%; height: 100%; border-radius: 50%; display: flex;
  align-items: center; justify-content: center; box-shadow: 0 1px 4px rgba(0,0,0,.55); }
.mapapp-cluster span { width: 24px; height: 24px; border-radius: 50%; background: #fff;
  display: flex; align-items: center; justify-content: center;
  font: bold 12px/1 sans-serif; color: #222; }
.mapapp-key { display: inline-block; width: 16px; height: 16px; vertical-align: middle;
  margin: 2px 6px 2px 2px; }
.mapapp-key.mapapp-gp2 .mapapp-pin { outline-width: 1px; outline-offset: 1px; }
.mapapp-key.mapapp-gp3 .mapapp-pin { border-width: 2px; }
.mapapp-gp3o .mapapp-pin { border: 2px dashed #fff; }
.mapapp-key.mapapp-outline { border: 2px dashed #555; border-radius: 2px; background:
  rgba(85,85,85,.08); box-sizing: border-box; }
"""


def _pin(event_type: str) -> str:
    """The HTML of one marker: a disc with the type's icon (CSS on the marker's classes
    styles it by geo precision). An unknown type gives the neutral legend key."""
    spec = EVENT_TYPES.get(event_type)
    colour, icon = (spec.colour, spec.icon) if spec else (_NEUTRAL, "M7 7h10v10H7z")
    return (
        f'<div class="mapapp-pin" style="background:{colour};color:{colour}">'
        f'<svg viewBox="0 0 24 24" aria-hidden="true"><path d="{icon}"/></svg></div>'
    )


def _legend_html() -> str:
    """What the markers mean: each type's colour and icon, and the location styles. (Types
    are switched in one place, the app's filters, so the legend has no switches.)"""
    types = [
        f'<div><span class="mapapp-marker mapapp-key">{_pin(key)}</span>{escape(spec.label)}</div>'
        for key, spec in EVENT_TYPES.items()
    ]
    rows = [
        f'<div><span class="mapapp-marker mapapp-key mapapp-gp{precision}">'
        f"{_pin('')}</span>{escape(label.capitalize())}</div>"
        for precision, label in GEO_PRECISION.items()
    ]
    rows.append(
        '<div><span class="mapapp-marker mapapp-key mapapp-outline"></span>'
        "Region only, where its outline is known</div>"
    )
    return (
        f"<details open><summary>Legend</summary>{''.join(types)}"
        f'<div class="mapapp-legend-head">Location</div>{"".join(rows)}</details>'
    )


def popup_html(event: Event, admin1: str | None = None) -> str:
    """The popup of one event (``admin1``: the first-level region it is in). Every value is
    escaped: article text is never markup."""
    spec = EVENT_TYPES[event.type]
    precision = GEO_PRECISION.get(event.geo_precision or 0, "location unknown")
    region = f"<p><b>Region:</b> {escape(admin1)}</p>" if admin1 else ""
    return (
        f'<div class="mapapp-popup" data-event-id="{escape(event.id)}">'
        f"<h4>{escape(event.title)}</h4>"
        f'<p class="mapapp-meta"><b style="color:{spec.colour}">{escape(spec.label)}</b>'
        f" · {escape(event.date_label)} (date precision: "
        f"{escape(TIME_PRECISION[event.time_precision])})</p>"
        f"<p><b>Place:</b> {escape(event.place)} <i>({escape(precision)})</i></p>{region}"
        f"<p><b>Claimed by:</b> {escape(event.claimed_by)}</p>"
        f"<blockquote>{escape(event.excerpt)}</blockquote>"
        f'<p class="mapapp-meta">Source: {escape(event.source_label)}</p>'
        f'<p class="mapapp-meta">{EVENT_ID_LABEL}{escape(event.id)}</p></div>'
    )


class _EventLayer(DataElement):
    """All the events as compact arrays, drawn in the browser by ``events-layer.js``."""

    _template = Template(
        """{% macro script(this, kwargs) %}
        mapappEventLayer({{ this._parent.get_name() }}, {{ this.data }}, {{ this.spec }});
        {% endmacro %}"""
    )

    def __init__(self, data: str, spec: str, asset_base: str, *, server: bool = False) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "EventLayer"
        self.data, self.spec = data, spec
        vendor = f"{asset_base}/vendor"
        # The clustering libraries, for a map clustered in the browser (not on the server).
        clustering = [
            ("markercluster", f"{vendor}/leaflet.markercluster/leaflet.markercluster.js"),
            ("supercluster", f"{vendor}/supercluster/supercluster.min.js"),
        ]
        self.default_js = [
            *([] if server else clustering),
            ("mapapp_events", f"{asset_base}/mapapp/events-layer.js"),
        ]
        self.default_css = (
            []
            if server
            else [("markercluster_css", f"{vendor}/leaflet.markercluster/MarkerCluster.css")]
        )


def build_map(
    events: Sequence[Event],
    *,
    tiles: str | None = DEFAULT_TILES,
    asset_base: str = ASSET_ROUTE,
    details: Details = "auto",
    embedded: bool = False,
    layer_json: str | None = None,
    event_links: bool = False,
    view: tuple[float, float, int] | None = None,
    timeline: bool = False,
    regions: Regions | None = None,
    admin1: Mapping[str, str] | None = None,
    server_bounds: tuple[float, float, float, float] | None = None,
    server_outlines: Mapping[str, Any] | None = None,
) -> folium.Map:
    """A folium map of ``events`` (only located ones are drawn), fitted to them.

    ``asset_base`` is the URL under which ``vendor/`` (Leaflet and its plugins) and
    ``mapapp/`` (our layer script) are served; ``land`` is the Natural Earth land TopoJSON to
    embed (for a standalone page) instead of fetching it from there; ``layer_json``, the
    event layer already made by :class:`PreparedEvents` for these events. ``event_links``
    puts a "Link to this event" (the app's address with ``?event=ID``) in each popup;
    ``view`` = ``(lat, lon, zoom)`` opens the map there instead of fitting the events;
    ``timeline``: the app's timeline chooses the dates shown, in the browser. ``regions``
    draws first-level regions on the basemap and each region-level event as its region's
    outline; ``admin1`` (event id -> region name) names each event's region in its popup.
    ``server_bounds`` (west, south, east, north of all the events): the events are not in the
    page; the app sends clusters and markers for each view (``window.mapappSetView``, see
    :mod:`mapapp.map.aggregate`), and the map opens fitted to these bounds;
    ``server_outlines`` (:attr:`~mapapp.map.aggregate.Outlines.collection`) are the region
    outlines its answers show.
    """
    events = [e for e in events if e.located]
    (lat0, lon0), zoom0 = DEFAULT_VIEW
    m = folium.Map(location=[lat0, lon0], zoom_start=zoom0, tiles=None, control_scale=True)
    m.options["max_zoom"] = 18
    # Leaflet, and the decoder of the offline land layer, served by the app: folium's default
    # CDN links (jQuery, Bootstrap, ...) are dropped, so no asset request leaves the machine.
    vendor = f"{asset_base}/vendor"
    m.default_js = [
        ("leaflet", f"{vendor}/leaflet/leaflet.js"),
        ("topojson", f"{vendor}/topojson-client/topojson-client.min.js"),
    ]
    m.default_css = [("leaflet_css", f"{vendor}/leaflet/leaflet.css")]
    # The offline basemap is always drawn: tiles, when there are any and they load, cover it.
    add_basemap(m, asset_base=asset_base, embedded=embedded, regions=regions)
    tiles = resolve_tiles(tiles)
    if tiles:
        attr = "Tiles: " + tiles.split("/")[2] if "{z}" in tiles else None
        folium.TileLayer(tiles, attr=attr, name="Basemap", control=False).add_to(m)
    _Header(_CSS, _legend_html()).add_to(m)
    data = layer_json or _script_json(layer_data(events, details, admin1=admin1))
    if server_outlines is not None:
        add_region_outlines(m, None, [], asset_base=asset_base, shown_by_server=server_outlines)
    outlines = add_region_outlines(m, regions, events, asset_base=asset_base)
    outlined = [i for f in outlines["features"] for i in f["properties"]["events"]]
    spec = _layer_spec(events, event_links=event_links, timeline=timeline, outlined=outlined)
    spec["server"] = server_bounds is not None
    _EventLayer(data, _script_json(spec), asset_base, server=server_bounds is not None).add_to(m)
    if view is not None:
        m.location, m.options["zoom"] = [view[0], view[1]], view[2]
    elif server_bounds is not None:
        west, south, east, north = server_bounds
        m.fit_bounds(
            [[south, west], [north, east]],
            padding_top_left=(50, 50),
            padding_bottom_right=(50, 120),
            max_zoom=8,
        )
    elif events:
        bounds, _ = view_bounds(events)
        # Extra room at the bottom for the location legend.
        m.fit_bounds(bounds, padding_top_left=(50, 50), padding_bottom_right=(50, 120), max_zoom=8)
    return m


def view_bounds(events: Sequence[Event]) -> tuple[list[list[float]], list[Event]]:
    """The ``[[south, west], [north, east]]`` the map opens on, and the events left outside.

    The view fits the events, except that a few far-flung ones (at most a third, more than
    :data:`CORE_KM` from the median point) do not shrink the theatre to a speck: one report
    from Pyongyang should not zoom a map of the Donbas out to half the globe. Those events
    are still on the map, a zoom-out away, and the app lists them under the map.
    """
    lat = np.array([e.location[0] for e in events])
    lon = np.array([e.location[1] for e in events])
    near = haversine_km_many(lat, lon, float(np.median(lat)), float(np.median(lon))) <= CORE_KM
    if 3 * near.sum() < 2 * len(events):
        near[:] = True
    outside = [events[int(i)] for i in np.flatnonzero(~near)]
    bounds = [[lat[near].min(), lon[near].min()], [lat[near].max(), lon[near].max()]]
    return [[float(v) for v in corner] for corner in bounds], outside


def render_html(m: folium.Map) -> str:
    """The map as one standalone HTML page."""
    return m.get_root().render()


STATIC = Path(__file__).resolve().parents[1] / "app" / "static"
# Written by scripts/fetch_assets.sh once every vendor file is in place.
ASSETS_MARKER = STATIC / "vendor" / ".fetched"
_ASSET_TAG = re.compile(
    r'<script src="mapapp-static:/([^"]+)"></script>|'
    r'<link rel="stylesheet" href="mapapp-static:/([^"]+)"\s*/>'
)
_EXPORT_CSS = """
.mapapp-export-header { position: absolute; z-index: 1000; top: 10px; left: 54px;
  max-width: min(560px, calc(100% - 120px)); background: rgba(255,255,255,.94);
  padding: 6px 10px; border-radius: 4px; box-shadow: 0 1px 4px rgba(0,0,0,.3);
  font: 12px/1.4 sans-serif; }
.mapapp-export-header summary { cursor: pointer; font: bold 14px/1.3 sans-serif; }
.mapapp-export-header p { margin: 3px 0; }
"""


def check_assets() -> None:
    """Raise :class:`AssetsError`, saying how to fetch them, if the map's browser assets
    (Leaflet, its plugins, the land outlines) are not installed."""
    if not ASSETS_MARKER.is_file():
        raise AssetsError(
            f"the map's browser assets are missing ({STATIC / 'vendor'}): fetch them with"
            " `make assets` (npm ci on assets/, pinned by assets/package-lock.json)"
        )


def _html_text(text: str) -> str:
    """``text`` escaped for HTML, with no brace left for a template engine to read."""
    return escape(text).replace("{", "&#123;").replace("}", "&#125;")


def export_html(
    events: Sequence[Event],
    *,
    tiles: str | None = DEFAULT_TILES,
    title: str = "mapapp: war events map",
    description: Sequence[str] = (),
    regions: Regions | None = None,
) -> str:
    """The map as one self-contained HTML page: scripts, styles, land outlines and every
    popup's words inside it, so it opens from a file, offline (tiles aside), with no server.

    ``title`` names the page (and heads it); each line of ``description`` (the filters, the
    dates, the count, the sources) is shown under it, in a box the reader can fold.

    Beyond :data:`DETAILS_INLINE_LIMIT` events the layer is packed (see
    :func:`packed_layer_data`; 100,000 events make a page of 11.7 MB instead of 27) and a
    script in the page unpacks it.
    """
    check_assets()
    admin1 = admin1_names(regions, events) if regions is not None else None
    located = [e for e in events if e.located]
    packed = len(located) > DETAILS_INLINE_LIMIT
    layer_json = _script_json(packed_layer_data(located, admin1=admin1)) if packed else None
    m = build_map(
        events, tiles=tiles, asset_base="mapapp-static:", details="full", embedded=True,
        regions=regions, admin1=admin1, layer_json=layer_json,
    )  # fmt: skip
    root = cast(Figure, m.get_root())
    if packed:  # in the body: after events-layer.js (in the head), before the map's script
        root.html.add_child(Raw(f"<script>{UNPACK_SCRIPT}</script>"), name="unpack_layer")
    root.header.add_child(Raw(f"<title>{_html_text(title)}</title>"), name="title")
    root.header.add_child(Raw(f"<style>{_EXPORT_CSS}</style>"), name="export_css")
    lines = "".join(f"<p>{_html_text(line)}</p>" for line in description)
    header = (
        f'<details class="mapapp-export-header" open><summary>{_html_text(title)}</summary>'
        f"{lines}</details>"
    )
    root.html.add_child(Raw(header), name="export_header")
    html = render_html(m)

    def inline(match: re.Match[str]) -> str:
        script, style = match.groups()
        text = (STATIC / (script or style)).read_text(encoding="utf-8")
        if script:
            return "<script>" + text.replace("</script", "<\\/script") + "</script>"
        return "<style>" + text.replace("</style", "<\\/style") + "</style>"

    return _ASSET_TAG.sub(inline, html)


def _layer_spec(
    events: Sequence[Event],
    *,
    event_links: bool = False,
    timeline: bool = False,
    outlined: Sequence[str] = (),
) -> dict[str, object]:
    many = len(events) > DETAILS_INLINE_LIMIT
    return {
        "fields": fields_spec(),
        "types": {
            key: {"label": spec.label, "colour": spec.colour, "html": _pin(key)}
            for key, spec in EVENT_TYPES.items()
        },
        "eventLinks": event_links,
        "timeline": timeline,
        # Region-level events whose region is drawn as an outline: a small pin marks them
        # (to click), not the ring that stands for a region whose outline is not known.
        "outlined": {event_id: True for event_id in outlined},
        "sizes": {1: MARKER_PX, 2: MARKER_PX, 3: REGION_PX, "3o": OUTLINED_PX},
        # Pinpoint events draw above region rings, which often cover nearby towns.
        "zIndex": {1: 2000, 2: 1000, 3: 0, "3o": 0},
        "clusterColours": {key: spec.colour for key, spec in EVENT_TYPES.items()},
        "many": many,
        # Few events: gather only markers that really overlap. Many: bigger, fewer clusters.
        "cluster": {
            "maxClusterRadius": 60 if many else 18,
            "showCoverageOnHover": False,
            "spiderfyDistanceMultiplier": 1.6,
            "chunkedLoading": True,
        },
    }
