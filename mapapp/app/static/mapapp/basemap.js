/*
 * mapapp's offline basemap, drawn from data the page carries or the app serves
 * (mapapp/map/basemap.py says what each part is and where it comes from).
 *
 * mapappBasemap(map, countries, data)
 *   countries: the Natural Earth 1:50m TopoJSON ({objects: {land, countries}}), or its URL
 *   data = {
 *     regions: GeoJSON MultiLineString | null    the borders between first-level regions
 *     regionsMinZoom: 5                           ... drawn from this zoom on
 *     contested: FeatureCollection                properties.status: "occupied" | "claimed"
 *     labels: {fields: {name, lat, lon, min_zoom, kind}, rows: [[...], ...]}
 *             most important first; kind: capital | seat | city | area
 *     key: [[style, text], ...]                   the key to the lines, shown on the map
 *     attribution: "..."                          (HTML: Leaflet's attribution control)
 *   }
 * mapappRegionOutlines(map, FeatureCollection, server) outlines of the regions that region-level
 *                                                  events are in; properties.colour, .name
 *
 * Everything sits in panes under the tile pane (200): when tiles load they cover it; drawn
 * in this order, bottom to top: land, region borders, contested areas, country borders,
 * labels. Region outlines of events go to the overlay pane, under the markers. Text is set
 * with textContent, never parsed as HTML.
 */
(function () {
  "use strict";

  // One pane (one SVG, one composited layer) for all the lines and fills: a browser without
  // a GPU leaves parts of the map unpainted when each sits in a map-sized layer of its own.
  var PANES = { "mapapp-land": 150, "mapapp-labels": 190 };
  var BASE = "mapapp-land";
  var COLOURS = {
    water: "#cddde6", land: "#f4f2ec", coast: "#8a9aa6", border: "#5f656d",
    region: "#a3abb3", contested: "#7a2e5a",
  };
  var STYLES = {
    border: { color: COLOURS.border, weight: 1.4, opacity: 0.9 },
    region: { color: COLOURS.region, weight: 0.8, opacity: 0.9 },
    occupied: {
      color: COLOURS.contested, weight: 1.6, dashArray: "6 4", opacity: 0.9,
      fillColor: "url(#mapapp-hatch)", fillOpacity: 1,
    },
    claimed: { color: COLOURS.contested, weight: 1.6, dashArray: "1 4", opacity: 0.9, fill: false },
  };
  var FONT_PX = { capital: 13, seat: 12, city: 11, area: 12 };
  var CSS = [
    ".mapapp-label-icon { background: none; border: none; }",
    ".mapapp-label { position: absolute; left: 0; top: 0; white-space: nowrap;",
    "  transform: translate(-3px, -50%); font-family: sans-serif; color: #2b2f33;",
    "  text-shadow: 0 0 2px #fff, 0 0 2px #fff, 0 0 3px #fff, 0 0 4px #fff; }",
    ".mapapp-label-dot { display: inline-block; width: 5px; height: 5px; border-radius: 50%;",
    "  background: #2b2f33; border: 1px solid #fff; margin-right: 3px; vertical-align: middle; }",
    ".mapapp-label-capital { font-size: 13px; font-weight: bold; }",
    ".mapapp-label-seat { font-size: 12px; font-weight: 600; }",
    ".mapapp-label-city { font-size: 11px; }",
    ".mapapp-label-area { font-size: 12px; font-style: italic; color: " + COLOURS.contested + ";",
    "  transform: translate(-50%, -50%); }",
    ".mapapp-basemap-key { background: rgba(255,255,255,.92); padding: 3px 8px;",
    "  border-radius: 4px; font: 11px/1.4 sans-serif; box-shadow: 0 1px 4px rgba(0,0,0,.3);",
    "  max-width: 300px; }",
    ".mapapp-basemap-key summary { cursor: pointer; font-weight: bold; }",
    ".mapapp-basemap-key div { display: flex; align-items: flex-start; gap: 6px; margin: 2px 0; }",
    ".mapapp-basemap-key svg { flex: none; margin-top: 1px; }",
  ].join("\n");

  function setup(map) {
    Object.keys(PANES).forEach(function (name) {
      if (!map.getPane(name)) map.createPane(name).style.zIndex = PANES[name];
    });
    map.getPane("mapapp-labels").style.pointerEvents = "none";
    if (!document.getElementById("mapapp-basemap-css")) {
      var style = document.createElement("style");
      style.id = "mapapp-basemap-css";
      style.textContent = CSS;
      document.head.appendChild(style);
    }
    if (!document.getElementById("mapapp-hatch")) {
      // An SVG pattern the contested areas are filled with (Leaflet sets fill="url(#...)").
      var svg = L.SVG.create("svg"), defs = L.SVG.create("defs");
      var pattern = L.SVG.create("pattern"), line = L.SVG.create("line");
      svg.setAttribute("width", "0");
      svg.setAttribute("height", "0");
      svg.style.position = "absolute";
      attrs(pattern, { id: "mapapp-hatch", patternUnits: "userSpaceOnUse", width: 7, height: 7,
        patternTransform: "rotate(45)" });
      attrs(line, { x1: 0, y1: 0, x2: 0, y2: 7, stroke: COLOURS.contested, "stroke-width": 2,
        "stroke-opacity": 0.45 });
      pattern.appendChild(line);
      defs.appendChild(pattern);
      svg.appendChild(defs);
      document.body.appendChild(svg);
    }
  }

  function attrs(node, values) {
    Object.keys(values).forEach(function (k) { node.setAttribute(k, values[k]); });
    return node;
  }

  function lines(geometry, pane, style) {
    return L.geoJSON(geometry, { pane: pane, interactive: false, style: style });
  }

  // Land and country borders from the TopoJSON; "a !== b": only lines between two countries.
  function countries(map, source, stack) {
    var topo = typeof source === "string"
      ? fetch(source).then(function (reply) { return reply.json(); })
      : Promise.resolve(source);
    return topo.then(function (t) {
      stack.land = L.geoJSON(topojson.feature(t, t.objects.land), {
        pane: BASE, interactive: false,
        style: { color: COLOURS.coast, weight: 1, fillColor: COLOURS.land, fillOpacity: 1 },
      }).addTo(map);
      var borders = topojson.mesh(t, t.objects.countries, function (a, b) { return a !== b; });
      stack.borders = lines(borders, BASE, STYLES.border).addTo(map);
      stack.restack();
    }).catch(function (err) { console.warn("mapapp: no offline basemap:", err); });
  }

  // The layers of the one basemap pane, put back in order whenever one is added.
  function Stack(map) {
    var order = ["land", "regions", "contested", "borders"], self = this;
    this.restack = function () {
      order.forEach(function (name) {
        if (self[name] && map.hasLayer(self[name])) self[name].bringToFront();
      });
    };
  }

  // Shown from minZoom on (at small scales region borders are clutter).
  function fromZoom(map, layer, minZoom, stack) {
    function update() {
      if (map.getZoom() >= minZoom) {
        if (!map.hasLayer(layer)) { layer.addTo(map); stack.restack(); }
      } else if (map.hasLayer(layer)) {
        map.removeLayer(layer);
      }
    }
    map.on("zoomend", update);
    update();
  }

  // Labels, most important first, each from its zoom on, none overlapping another.
  function labelLayer(map, spec) {
    var F = spec.fields, rows = spec.rows, markers = [], group = L.layerGroup().addTo(map);

    function markerFor(i) {
      if (markers[i]) return markers[i];
      var r = rows[i], kind = r[F.kind];
      var box = document.createElement("div");
      box.className = "mapapp-label mapapp-label-" + kind;
      if (kind !== "area") {
        var dot = document.createElement("span");
        dot.className = "mapapp-label-dot";
        box.appendChild(dot);
      }
      box.appendChild(document.createTextNode(r[F.name]));
      markers[i] = L.marker([r[F.lat], r[F.lon]], {
        icon: L.divIcon({ html: box, className: "mapapp-label-icon", iconSize: [0, 0] }),
        pane: "mapapp-labels", interactive: false, keyboard: false,
      });
      return markers[i];
    }

    // The box a label takes on screen, estimated from its length (no layout needed).
    function extent(r, p) {
      var px = FONT_PX[r[F.kind]] || 11, w = r[F.name].length * px * 0.58 + 10, h = px + 4;
      if (r[F.kind] === "area") return [p.x - w / 2, p.y - h / 2, p.x + w / 2, p.y + h / 2];
      return [p.x - 4, p.y - h / 2, p.x + w, p.y + h / 2];
    }

    function place() {
      var zoom = map.getZoom(), size = map.getSize(), taken = [];
      group.clearLayers();
      rows.forEach(function (r, i) {
        if (zoom < r[F.min_zoom]) return;
        var p = map.latLngToContainerPoint([r[F.lat], r[F.lon]]);
        if (p.x < -100 || p.y < -20 || p.x > size.x + 20 || p.y > size.y + 20) return;
        var b = extent(r, p);
        var clash = taken.some(function (t) {
          return b[0] < t[2] && t[0] < b[2] && b[1] < t[3] && t[1] < b[3];
        });
        if (clash) return;
        taken.push(b);
        group.addLayer(markerFor(i));
      });
    }
    map.on("zoomend moveend resize", place);
    place();
  }

  function swatch(style) {
    var svg = attrs(L.SVG.create("svg"), { width: 22, height: 12 });
    var s = STYLES[style];
    if (style === "occupied") {
      svg.appendChild(attrs(L.SVG.create("rect"), { x: 1, y: 1, width: 20, height: 10,
        fill: "url(#mapapp-hatch)", stroke: s.color, "stroke-width": 1.5,
        "stroke-dasharray": "4 2" }));
    } else {
      var line = attrs(L.SVG.create("line"), { x1: 1, y1: 6, x2: 21, y2: 6, stroke: s.color,
        "stroke-width": s.weight + 0.4 });
      if (s.dashArray) line.setAttribute("stroke-dasharray", s.dashArray);
      svg.appendChild(line);
    }
    return svg;
  }

  function keyControl(map, key) {
    var control = L.control({ position: "bottomright" });
    control.onAdd = function () {
      var details = L.DomUtil.create("details", "mapapp-basemap-key");
      var summary = document.createElement("summary");
      summary.textContent = "Borders";
      details.appendChild(summary);
      key.forEach(function (item) {
        var row = document.createElement("div");
        row.appendChild(swatch(item[0]));
        var text = document.createElement("span");
        text.textContent = item[1];
        row.appendChild(text);
        details.appendChild(row);
      });
      if (map.getSize().x >= 700) details.open = true;  // folded on a narrow map
      L.DomEvent.disableClickPropagation(details);
      return details;
    };
    control.addTo(map);
  }

  window.mapappBasemap = function (map, countriesSource, data) {
    var stack = new Stack(map);
    setup(map);
    map.getContainer().style.background = COLOURS.water;
    if (data.attribution) map.attributionControl.addAttribution(data.attribution);
    if (data.contested && data.contested.features.length) {
      stack.contested = L.geoJSON(data.contested, {
        pane: BASE, interactive: false,
        style: function (f) { return STYLES[f.properties.status] || STYLES.claimed; },
      }).addTo(map);
    }
    if (data.regions) {
      stack.regions = lines(data.regions, BASE, STYLES.region);
      fromZoom(map, stack.regions, data.regionsMinZoom, stack);
    }
    countries(map, countriesSource, stack);
    if (data.labels && data.labels.rows.length) labelLayer(map, data.labels);
    if (data.key && data.key.length) keyControl(map, data.key);
  };

  var outlineStyle = function (colour) {
    return { color: colour, weight: 2.5, dashArray: "7 5", opacity: 0.95,
      fillColor: colour, fillOpacity: 0.08 };
  };

  // server: the outlines stay hidden until an answer of the app's server names them,
  // window.mapappShowOutlines([[position, colour], ...]) (very many events: the page is not
  // sent again when the filters change, so which outlines show comes with each answer).
  window.mapappRegionOutlines = function (map, collection, server) {
    setup(map);
    if (!server) {
      L.geoJSON(collection, {
        pane: "overlayPane", interactive: false,
        style: function (f) { return outlineStyle(f.properties.colour || "#555"); },
      }).addTo(map);
      return;
    }
    var layers = collection.features.map(function (f) {
      return L.geoJSON(f, { pane: "overlayPane", interactive: false, style: outlineStyle("#555") });
    });
    window.mapappShowOutlines = function (shown) {
      layers.forEach(function (layer) { if (map.hasLayer(layer)) map.removeLayer(layer); });
      shown.forEach(function (pair) {
        var layer = layers[pair[0]];
        if (!layer) return;
        layer.setStyle(outlineStyle(pair[1]));
        layer.addTo(map);
      });
    };
  };
})();
