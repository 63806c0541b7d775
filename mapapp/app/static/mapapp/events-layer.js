/*
 * mapapp's event layer: draws thousands of events from compact arrays built by
 * mapapp/map/layer.py, instead of one folium object (and one script block) per event.
 *
 * data = {
 *   rows:    {type: [row, ...]},      one list per event type
 *   events:  [event, ...],            by index: tooltips, popups
 *   details: null                     popups name the event only
 *          | [detail, ...]            full popup fields, by index
 *          | {size: n, chunks: ["<base64 gzip JSON>", ...]}     the same, n events a chunk
 * }
 * Each row, event and detail is an array whose positions are named in mapapp/map/layer.py
 * and sent as spec.fields: row[F.row.lat], event[F.event.title], detail[F.detail.excerpt].
 * spec = {fields, types: {type: {label, colour, html}}, layerLabels: {type: html}, sizes: {gp: px},
 *         zIndex: {gp: offset}, cluster: {...options}, clusterColours: {type: colour},
 *         many: false (Leaflet.markercluster) | true (Supercluster, for many thousands)}
 *
 * Every piece of article text is set with textContent, never parsed as HTML.
 */
(function () {
  "use strict";

  function clusterIcon(colours) {
    return function (cluster) {
      var counts = {}, n = 0, stops = [], at = 0;
      if (cluster._mapappCounts) {  // a Supercluster cluster: counts per type already made
        Object.keys(colours).forEach(function (t) {
          counts[t] = cluster._mapappCounts["n_" + t] || 0;
          n += counts[t];
        });
      }
      cluster.getAllChildMarkers().forEach(function (m) {
        counts[m.options.mapappType] = (counts[m.options.mapappType] || 0) + 1;
        n++;
      });
      Object.keys(colours).forEach(function (type) {
        if (!counts[type]) return;
        var to = at + (100 * counts[type]) / n;
        stops.push(colours[type] + " " + at + "% " + to + "%");
        at = to;
      });
      var size = n < 100 ? 36 : n < 10000 ? 44 : 52;
      return L.divIcon({
        html: '<div class="mapapp-cluster" style="background: conic-gradient(' +
          stops.join(", ") + ')"><span>' + n + "</span></div>",
        className: "mapapp-cluster-icon",
        iconSize: [size, size],
      });
    };
  }

  function gunzipJson(base64) {
    var bytes = Uint8Array.from(atob(base64), function (c) { return c.charCodeAt(0); });
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(stream).json();
  }

  // By index: the details at once (inline or none), or a Promise of them (compressed).
  function detailsSource(details) {
    if (!details) return function () { return null; };
    if (Array.isArray(details)) {
      return function (i) { return details[i]; };
    }
    var chunks = {};
    return function (i) {
      var c = Math.floor(i / details.size);
      chunks[c] = chunks[c] || gunzipJson(details.chunks[c]);
      return chunks[c].then(function (rows) { return rows[i % details.size]; });
    };
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function labelled(label, value, note) {
    var p = el("p");
    p.appendChild(el("b", null, label + " "));
    p.appendChild(document.createTextNode(value));
    if (note) p.appendChild(el("i", null, " (" + note + ")"));
    return p;
  }

  // The popup: the event's id at once (the app reads it on click), the rest when known.
  function popupContent(event, type, spec, detailFor, index, onLate) {
    var E = spec.fields.event, D = spec.fields.detail;
    var box = el("div", "mapapp-popup");
    box.setAttribute("data-event-id", event[E.id]);
    box.appendChild(el("h4", null, event[E.title]));
    var body = el("div");
    box.appendChild(body);
    box.appendChild(el("p", "mapapp-meta", spec.fields.idLabel + event[E.id]));
    var pending = detailFor(index);
    function fill(d) {
      var meta = el("p", "mapapp-meta");
      var kind = el("b", null, spec.types[type].label);
      kind.style.color = spec.types[type].colour;
      meta.appendChild(kind);
      if (!d) {
        meta.appendChild(document.createTextNode(" · " + event[E.date]));
        body.appendChild(meta);
        body.appendChild(labelled("Place:", event[E.place]));
        body.appendChild(el("p", "mapapp-meta", "The full excerpt is shown beside the map."));
        return;
      }
      meta.appendChild(document.createTextNode(
        " · " + d[D.date] + " (date precision: " + d[D.time_precision] + ")"));
      body.appendChild(meta);
      body.appendChild(labelled("Place:", d[D.place], d[D.geo_precision]));
      body.appendChild(labelled("Claimed by:", d[D.claimed_by]));
      body.appendChild(el("blockquote", null, d[D.excerpt]));
      body.appendChild(el("p", "mapapp-meta", "Source: " + d[D.source]));
    }
    // Filled before the popup opens when the words are at hand, so it pans into view whole.
    if (pending && typeof pending.then === "function") {
      pending.then(function (d) { fill(d); if (onLate) onLate(); });
    } else {
      fill(pending);
    }
    return box;
  }

  function makeIcons(spec) {
    var icons = {};
    Object.keys(spec.types).forEach(function (type) {
      icons[type] = {};
      Object.keys(spec.sizes).forEach(function (gp) {
        var px = spec.sizes[gp];
        icons[type][gp] = L.divIcon({
          html: spec.types[type].html,
          className: "mapapp-marker mapapp-" + type + " mapapp-gp" + gp,
          iconSize: [px, px],
        });
      });
    });
    return icons;
  }

  function marker(lat, lon, type, gp, index, icons, spec) {
    return L.marker([lat, lon], {
      icon: icons[type][gp],
      zIndexOffset: spec.zIndex[gp] || 0,
      mapappType: type,
      mapappIndex: index,
    });
  }

  // Popups and tooltips, bound on first use. Registered on the group before
  // streamlit-folium's own listeners, so the popup it reads on a click is already bound.
  function interactive(group, data, spec, detailFor) {
    group.on("click", function (e) {
      var m = e.layer, i = m.options.mapappIndex, type = m.options.mapappType;
      if (i === undefined) return;
      m.closeTooltip();
      var relayout = function () { if (m.getPopup()) m.getPopup().update(); };
      m.bindPopup(popupContent(data.events[i], type, spec, detailFor, i, relayout), {
        maxWidth: 380,
        autoPanPaddingTopLeft: [40, 120],
      }).openPopup();
    });
    group.on("mouseover", function (e) {
      var m = e.layer, i = m.options.mapappIndex;
      if (i === undefined || (m.isPopupOpen && m.isPopupOpen())) return;
      if (!m.getTooltip()) {
        var E = spec.fields.event, event = data.events[i];
        var label = spec.types[m.options.mapappType].label;
        var text = label + ": " + event[E.title] + " (" + event[E.place] + ", " + event[E.date] + ")";
        m.bindTooltip(el("span", null, text), { direction: "top", offset: [0, -14] });
      }
      m.openTooltip();
    });
  }

  // Up to a few thousand events: Leaflet.markercluster, one sub-group per type.
  function clusterLayer(map, data, spec, detailFor, icons) {
    var options = Object.assign({}, spec.cluster, { iconCreateFunction: clusterIcon(spec.clusterColours) });
    var cluster = L.markerClusterGroup(options);
    var overlays = {};
    Object.keys(data.rows).forEach(function (type) {
      var R = spec.fields.row;
      var markers = data.rows[type].map(function (r) {
        return marker(r[R.lat], r[R.lon], type, r[R.geo_precision], r[R.index], icons, spec);
      });
      overlays[spec.layerLabels[type]] = L.featureGroup.subGroup(cluster, markers);
    });
    interactive(cluster, data, spec, detailFor);
    cluster.addTo(map);
    Object.keys(overlays).forEach(function (label) { overlays[label].addTo(map); });
    L.control.layers(null, overlays, { collapsed: false }).addTo(map);
  }

  // Many events: Supercluster indexes them all at once and only what is in view is drawn,
  // again on every move. A cluster click zooms in; events sharing one point fan out.
  function superLayer(map, data, spec, detailFor, icons) {
    var group = L.featureGroup();
    var shown = {}, overlays = {}, index = null, fanned = null;
    var types = Object.keys(spec.types);
    var badge = function (props) {  // the same badge as Leaflet.markercluster's
      return clusterIcon(spec.clusterColours)({
        getAllChildMarkers: function () { return []; },
        _mapappCounts: props,
      });
    };

    function build() {
      var points = [], R = spec.fields.row;
      Object.keys(data.rows).forEach(function (type) {
        if (!shown[type]) return;
        data.rows[type].forEach(function (r) {
          points.push({
            type: "Feature",
            // GeoJSON order, [lon, lat], as Supercluster reads it.
            geometry: { type: "Point", coordinates: [r[R.lon], r[R.lat]] },
            properties: { t: type, g: r[R.geo_precision], i: r[R.index] },
          });
        });
      });
      index = new Supercluster({
        radius: 60,
        maxZoom: 16,
        // Counts per type, as flat numbers: Supercluster copies properties shallowly.
        map: function (p) {
          var counts = {};
          types.forEach(function (t) { counts["n_" + t] = t === p.t ? 1 : 0; });
          return counts;
        },
        reduce: function (acc, p) {
          types.forEach(function (t) { acc["n_" + t] += p["n_" + t]; });
        },
      }).load(points);
      draw();
    }

    function leaf(f, lat, lon) {
      var p = f.properties;
      return marker(lat, lon, p.t, p.g, p.i, icons, spec);
    }

    function draw() {
      group.clearLayers();
      if (!index) return;
      var b = map.getBounds(), zoom = Math.round(map.getZoom());
      index.getClusters([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], zoom)
        .forEach(function (f) {
          var lon = f.geometry.coordinates[0], lat = f.geometry.coordinates[1];
          if (!f.properties.cluster) { group.addLayer(leaf(f, lat, lon)); return; }
          var id = f.properties.cluster_id;
          if (id === fanned) {  // events at one point: around it, a ring of markers
            var leaves = index.getLeaves(id, Infinity), r = 12 + 3 * leaves.length;
            var centre = map.latLngToLayerPoint([lat, lon]);
            leaves.forEach(function (l, k) {
              var a = (2 * Math.PI * k) / leaves.length;
              var at = map.layerPointToLatLng(centre.add([r * Math.cos(a), r * Math.sin(a)]));
              group.addLayer(leaf(l, at.lat, at.lng));
            });
            return;
          }
          var icon = badge(f.properties);
          var m = L.marker([lat, lon], { icon: icon, zIndexOffset: 3000 });
          m.on("click", function (e) {
            L.DomEvent.stopPropagation(e);
            var z = index.getClusterExpansionZoom(id);
            if (z > 16) { fanned = id; draw(); } else { map.setView([lat, lon], z); }
          });
          group.addLayer(m);
        });
    }

    Object.keys(data.rows).forEach(function (type) {
      shown[type] = true;
      overlays[spec.layerLabels[type]] = L.layerGroup();  // stands for the type in the control
      overlays[spec.layerLabels[type]]._mapappType = type;
      overlays[spec.layerLabels[type]].addTo(map);
    });
    map.on("overlayadd overlayremove", function (e) {
      if (e.layer._mapappType === undefined) return;
      shown[e.layer._mapappType] = e.type === "overlayadd";
      fanned = null;
      build();
    });
    map.on("zoomend", function () { fanned = null; });
    map.on("moveend", draw);
    interactive(group, data, spec, detailFor);
    group.addTo(map);
    L.control.layers(null, overlays, { collapsed: false }).addTo(map);
    build();
  }

  window.mapappEventLayer = function (map, data, spec) {
    var detailFor = detailsSource(data.details);
    var icons = makeIcons(spec);
    (spec.many ? superLayer : clusterLayer)(map, data, spec, detailFor, icons);
  };
})();
