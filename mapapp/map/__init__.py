"""Events on a map: the event layer's wire format (for ``events-layer.js``), the
folium map, the standalone export, basemap tiles, and what the app's pages share."""
