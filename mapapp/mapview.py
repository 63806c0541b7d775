"""Build the folium map of a list of events.

One layer per event type (its colour and icon from :mod:`mapapp.registry`), a legend, a layer
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

import json
from collections.abc import Sequence
from html import escape

import folium
from branca.element import MacroElement
from folium.plugins import FeatureGroupSubGroup, MarkerCluster
from jinja2 import Template

from mapapp.events import Event
from mapapp.gazetteer import haversine_km
from mapapp.registry import EVENT_TYPES, GEO_PRECISION, TIME_PRECISION
from mapapp.tiles import DEFAULT_TILES, resolve_tiles

ASSET_ROUTE = "/app/static/vendor"
# Where the map opens when there is nothing to fit: Ukraine and western Russia.
DEFAULT_VIEW = ((49.0, 33.0), 5)
MARKER_PX, REGION_PX = 28, 36
CORE_KM = 1500
_NEUTRAL = "#555"


class _Bindings(MacroElement):
    """Bind a popup and a tooltip to the parent layer, passing both as JSON strings."""

    _template = Template(
        """{% macro script(this, kwargs) %}
        (function (marker) {
          // A DOM node, not a string: streamlit-folium reports a click with the node's text.
          var content = document.createElement("div");
          content.innerHTML = {{ this.popup|tojson }};
          // Pan the popup clear of the layer control in the top corner.
          marker.bindPopup(content, {maxWidth: 380, autoPanPaddingTopLeft: [40, 120]});
          marker.bindTooltip({{ this.tooltip|tojson }}, {direction: "top", offset: [0, -14]});
          marker.on("popupopen", function () { marker.closeTooltip(); });
        })({{ this._parent.get_name() }});
        {% endmacro %}"""
    )

    def __init__(self, popup: str, tooltip: str) -> None:
        super().__init__()
        self._name = "Bindings"
        self.popup, self.tooltip = popup, tooltip


class _Header(MacroElement):
    """Marker and popup styles, and a legend control (static HTML built from the registry)."""

    _template = Template(
        """{% macro header(this, kwargs) %}<style>{{ this.css }}</style>{% endmacro %}
        {% macro script(this, kwargs) %}
        (function () {
          var legend = L.control({position: "bottomleft"});
          legend.onAdd = function () {
            var div = L.DomUtil.create("div", "mapapp-legend");
            div.innerHTML = {{ this.legend|tojson }};
            L.DomEvent.disableClickPropagation(div);
            return div;
          };
          legend.addTo({{ this._parent.get_name() }});
        })();
        {% endmacro %}"""
    )

    def __init__(self, css: str, legend: str) -> None:
        super().__init__()
        self._name = "MapappHeader"
        self.css, self.legend = css, legend


class _OfflineBasemap(MacroElement):
    """Natural Earth land (1:50m) drawn from a file the app serves: a basemap with no network.

    Land only, no country borders: Natural Earth's borders put Crimea inside Russia, and a
    basemap should not settle what the events on it dispute.
    """

    _template = Template(
        """{% macro script(this, kwargs) %}
        (function (map) {
          map.createPane("mapapp-land").style.zIndex = 150;
          map.getContainer().style.background = "#cddde6";
          map.attributionControl.addAttribution("Land: Natural Earth");
          fetch({{ this.url|tojson }})
            .then(function (reply) { return reply.json(); })
            .then(function (topo) {
              L.geoJSON(topojson.feature(topo, topo.objects.land), {
                pane: "mapapp-land", interactive: false,
                style: {color: "#8a9aa6", weight: 1, fillColor: "#f4f2ec", fillOpacity: 1}
              }).addTo(map);
            })
            .catch(function (err) { console.warn("mapapp: no offline basemap:", err); });
        })({{ this._parent.get_name() }});
        {% endmacro %}"""
    )

    def __init__(self, url: str) -> None:
        super().__init__()
        self._name = "OfflineBasemap"
        self.url = url


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
"""


_COLOURS = {key: spec.colour for key, spec in EVENT_TYPES.items()}
# A cluster badge: the count on a ring split by the share of each type's colour.
_CLUSTER_ICON = """function (cluster) {
  var colours = %s, counts = {}, n = 0, stops = [], at = 0;
  cluster.getAllChildMarkers().forEach(function (m) {
    counts[m.options.mapappType] = (counts[m.options.mapappType] || 0) + 1; n++;
  });
  Object.keys(colours).forEach(function (type) {
    if (!counts[type]) return;
    var to = at + 100 * counts[type] / n;
    stops.push(colours[type] + " " + at + "%% " + to + "%%"); at = to;
  });
  return L.divIcon({
    html: '<div class="mapapp-cluster" style="background: conic-gradient(' + stops.join(", ")
      + ')"><span>' + n + "</span></div>",
    className: "mapapp-cluster-icon", iconSize: [36, 36]
  });
}"""


def _pin(event_type: str) -> str:
    """The HTML of one marker: a disc with the type's icon (CSS on the marker's classes
    styles it by geo precision). An unknown type gives the neutral legend key."""
    spec = EVENT_TYPES.get(event_type)
    colour, icon = (spec.colour, spec.icon) if spec else (_NEUTRAL, "M7 7h10v10H7z")
    return (
        f'<div class="mapapp-pin" style="background:{colour};color:{colour}">'
        f'<svg viewBox="0 0 24 24" aria-hidden="true"><path d="{icon}"/></svg></div>'
    )


def _layer_label(key: str, count: int) -> str:
    """A layer-control entry that doubles as the type legend: icon, label, count."""
    spec = EVENT_TYPES[key]
    icon = f'<span class="mapapp-marker mapapp-key">{_pin(key)}</span>'
    return f"{icon}{escape(spec.label)} ({count})"


def _legend_html() -> str:
    """What the marker styles mean (the types are named in the layer control)."""
    rows = [
        f'<div><span class="mapapp-marker mapapp-key mapapp-gp{precision}">'
        f"{_pin('')}</span>{escape(label.capitalize())}</div>"
        for precision, label in GEO_PRECISION.items()
    ]
    return f"<details open><summary>Location</summary>{''.join(rows)}</details>"


def popup_html(event: Event) -> str:
    """The popup of one event. Every value is escaped: article text is never markup."""
    spec = EVENT_TYPES[event.type]
    precision = GEO_PRECISION.get(event.geo_precision or 0, "location unknown")
    return (
        f'<div class="mapapp-popup" data-event-id="{escape(event.id)}">'
        f"<h4>{escape(event.title)}</h4>"
        f'<p class="mapapp-meta"><b style="color:{spec.colour}">{escape(spec.label)}</b>'
        f" · {escape(event.date_label)} (date precision: "
        f"{escape(TIME_PRECISION[event.time_precision])})</p>"
        f"<p><b>Place:</b> {escape(event.place)} <i>({escape(precision)})</i></p>"
        f"<p><b>Claimed by:</b> {escape(event.claimed_by)}</p>"
        f"<blockquote>{escape(event.excerpt)}</blockquote>"
        f'<p class="mapapp-meta">Source: {escape(event.source_label)}</p>'
        f'<p class="mapapp-meta">Event id: {escape(event.id)}</p></div>'
    )


def build_map(
    events: Sequence[Event],
    *,
    tiles: str | None = DEFAULT_TILES,
    asset_base: str = ASSET_ROUTE,
) -> folium.Map:
    """A folium map of ``events`` (only located ones are drawn), fitted to them."""
    events = [e for e in events if e.located]
    (lat0, lon0), zoom0 = DEFAULT_VIEW
    m = folium.Map(location=[lat0, lon0], zoom_start=zoom0, tiles=None, control_scale=True)
    m.options["max_zoom"] = 18
    # Leaflet, and the decoder of the offline land layer, served by the app: folium's default
    # CDN links (jQuery, Bootstrap, ...) are dropped, so no asset request leaves the machine.
    m.default_js = [
        ("leaflet", f"{asset_base}/leaflet/leaflet.js"),
        ("topojson", f"{asset_base}/topojson-client/topojson-client.min.js"),
    ]
    m.default_css = [("leaflet_css", f"{asset_base}/leaflet/leaflet.css")]
    # The land layer is always drawn: tiles, when there are any and they load, cover it.
    _OfflineBasemap(f"{asset_base}/world-atlas/land-50m.json").add_to(m)
    tiles = resolve_tiles(tiles)
    if tiles:
        attr = "Tiles: " + tiles.split("/")[2] if "{z}" in tiles else None
        folium.TileLayer(tiles, attr=attr, name="Basemap", control=False).add_to(m)
    _Header(_CSS, _legend_html()).add_to(m)

    # One cluster group for all types, so markers at the same spot (a town and its region)
    # gather into one badge that spreads them out on click, whatever their type; each type
    # is a sub-group of it, switched on and off in the layer control.
    cluster = MarkerCluster(
        control=False,
        icon_create_function=_CLUSTER_ICON % json.dumps(_COLOURS),
        options={
            "maxClusterRadius": 18,
            "showCoverageOnHover": False,
            "spiderfyDistanceMultiplier": 1.6,
        },
    )
    cluster.default_js = [
        ("markercluster", f"{asset_base}/leaflet.markercluster/leaflet.markercluster.js")
    ]
    cluster.default_css = [
        ("markercluster_css", f"{asset_base}/leaflet.markercluster/MarkerCluster.css")
    ]
    cluster.add_to(m)
    for key, spec in EVENT_TYPES.items():
        of_type = [e for e in events if e.type == key]
        if not of_type:
            continue
        group = FeatureGroupSubGroup(cluster, name=_layer_label(key, len(of_type)))
        group.default_js = [
            (
                "subgroup",
                f"{asset_base}/leaflet.featuregroup.subgroup/leaflet.featuregroup.subgroup.js",
            )
        ]
        for event in of_type:
            size = REGION_PX if event.geo_precision == 3 else MARKER_PX
            icon = folium.DivIcon(
                html=_pin(key),
                icon_size=(size, size),
                icon_anchor=(size / 2, size / 2),
                class_name=f"mapapp-marker mapapp-{key} mapapp-gp{event.geo_precision}",
            )
            # Pinpoint events draw above region rings, which often cover nearby towns.
            z_index = {1: 2000, 2: 1000}.get(event.geo_precision or 3, 0)
            marker = folium.Marker(
                event.location, icon=icon, z_index_offset=z_index, mapapp_type=key
            )
            tooltip = f"{spec.label}: {event.title} ({event.place}, {event.date_label})"
            marker.add_child(_Bindings(popup_html(event), escape(tooltip)))
            group.add_child(marker)
        group.add_to(m)
    folium.LayerControl(collapsed=False).add_to(m)

    if events:
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
    points = [e.location for e in events]
    mid_lat = sorted(p[0] for p in points)[len(points) // 2]
    mid_lon = sorted(p[1] for p in points)[len(points) // 2]
    core = [e for e in events if haversine_km(*e.location, mid_lat, mid_lon) <= CORE_KM]
    if 3 * len(core) < 2 * len(events):
        core = list(events)
    lats = [e.location[0] for e in core]
    lons = [e.location[1] for e in core]
    outside = [e for e in events if e not in core]
    return [[min(lats), min(lons)], [max(lats), max(lons)]], outside


def render_html(m: folium.Map) -> str:
    """The map as one standalone HTML page."""
    return m.get_root().render()
