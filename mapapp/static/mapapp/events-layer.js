/*
 * mapapp's event layer: draws thousands of events from compact arrays built by
 * mapapp/mapview.py, instead of one folium object (and one script block) per event.
 *
 * data = {
 *   rows:    {type: [[lat, lon, geoPrecision, index], ...]},   one list per event type
 *   events:  [[id, title, place, dateLabel], ...],              by index: tooltips, popups
 *   details: null                                               popups name the event only
 *          | [[...], ...]                                       full popup fields, by index
 *          | {size: n, chunks: ["<base64 gzip JSON>", ...]}     the same, n events a chunk
 * }
 * spec = {types: {type: {label, colour, html}}, layerLabels: {type: html}, sizes: {gp: px},
 *         zIndex: {gp: offset}, cluster: {...options}, clusterColours: {type: colour}}
 *
 * Every piece of article text is set with textContent, never parsed as HTML.
 */
(function () {
  "use strict";

  function clusterIcon(colours) {
    return function (cluster) {
      var counts = {}, n = 0, stops = [], at = 0;
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

  function detailsSource(details) {
    if (!details) return function () { return Promise.resolve(null); };
    if (Array.isArray(details)) {
      return function (i) { return Promise.resolve(details[i]); };
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
  // detail = [title, typeLabel, dateLabel, timePrecision, place, geoPrecision, claimedBy,
  //           excerpt, source]
  function popupContent(event, type, spec, detailFor, index) {
    var box = el("div", "mapapp-popup");
    box.setAttribute("data-event-id", event[0]);
    box.appendChild(el("h4", null, event[1]));
    var body = el("div");
    box.appendChild(body);
    box.appendChild(el("p", "mapapp-meta", "Event id: " + event[0]));
    detailFor(index).then(function (d) {
      var meta = el("p", "mapapp-meta");
      var kind = el("b", null, spec.types[type].label);
      kind.style.color = spec.types[type].colour;
      meta.appendChild(kind);
      if (!d) {
        meta.appendChild(document.createTextNode(" · " + event[3]));
        body.appendChild(meta);
        body.appendChild(labelled("Place:", event[2]));
        body.appendChild(el("p", "mapapp-meta", "The full excerpt is shown beside the map."));
        return;
      }
      meta.appendChild(document.createTextNode(" · " + d[2] + " (date precision: " + d[3] + ")"));
      body.appendChild(meta);
      body.appendChild(labelled("Place:", d[4], d[5]));
      body.appendChild(labelled("Claimed by:", d[6]));
      body.appendChild(el("blockquote", null, d[7]));
      body.appendChild(el("p", "mapapp-meta", "Source: " + d[8]));
    });
    return box;
  }

  window.mapappEventLayer = function (map, data, spec) {
    var options = Object.assign({}, spec.cluster, { iconCreateFunction: clusterIcon(spec.clusterColours) });
    var cluster = L.markerClusterGroup(options);
    var detailFor = detailsSource(data.details);
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
    var overlays = {};
    Object.keys(data.rows).forEach(function (type) {
      var markers = data.rows[type].map(function (r) {
        return L.marker([r[0], r[1]], {
          icon: icons[type][r[2]],
          zIndexOffset: spec.zIndex[r[2]] || 0,
          mapappType: type,
          mapappIndex: r[3],
        });
      });
      overlays[spec.layerLabels[type]] = L.featureGroup.subGroup(cluster, markers);
    });
    // Registered before streamlit-folium's own listeners, so the popup it reads on a click
    // is already bound.
    cluster.on("click", function (e) {
      var m = e.layer, i = m.options.mapappIndex, type = m.options.mapappType;
      m.closeTooltip();
      m.bindPopup(popupContent(data.events[i], type, spec, detailFor, i), {
        maxWidth: 380,
        autoPanPaddingTopLeft: [40, 120],
      }).openPopup();
    });
    cluster.on("mouseover", function (e) {
      var m = e.layer, event = data.events[m.options.mapappIndex];
      if (m.isPopupOpen && m.isPopupOpen()) return;
      if (!m.getTooltip()) {
        var label = spec.types[m.options.mapappType].label;
        var text = label + ": " + event[1] + " (" + event[2] + ", " + event[3] + ")";
        m.bindTooltip(el("span", null, text), { direction: "top", offset: [0, -14] });
      }
      m.openTooltip();
    });
    cluster.addTo(map);
    Object.keys(overlays).forEach(function (label) { overlays[label].addTo(map); });
    L.control.layers(null, overlays, { collapsed: false }).addTo(map);
    return cluster;
  };
})();
