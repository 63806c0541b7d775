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
 *          | {size: n, chunks: [...], shared: "<base64 gzip JSON>", events: data.events}
 * }
 * The last: a standalone page of many events (mapapp export), whose data arrives packed,
 * {packed: "<base64 gzip JSON>", details}, and is unpacked by a script in the page
 * (UNPACK_SCRIPT in mapapp/map/layer.py) before it calls mapappEventLayer. Its chunks are
 * columns in detail order, shared = {words, tables, from_event}: a null column is the
 * events index's field (events[i][from_event[k]]); a value is a string, an index into
 * tables[k], or a list of tokens (a number is words[number]) joined with spaces.
 * Each row, event and detail is an array whose positions are named in mapapp/map/layer.py
 * and sent as spec.fields: row[F.row.lat], event[F.event.title], detail[F.detail.excerpt].
 * spec = {fields, types: {type: {label, colour, html}}, sizes: {gp: px}, eventLinks: bool,
 *         timeline: bool (the app's main map: dates and selection come from its timeline),
 *         zIndex: {gp: offset}, cluster: {...options}, clusterColours: {type: colour},
 *         many: false (Leaflet.markercluster) | true (Supercluster, for many thousands)}
 *
 * Every piece of article text is set with textContent, never parsed as HTML.
 *
 * The app drives the layer from outside the map's frame (its timeline and search):
 * window.mapappSetDates("YYYY-MM-DD" | null, "YYYY-MM-DD" | null) shows only the events
 * whose date span meets that range, redrawn here without reloading the page, and
 * window.mapappSelect(id) opens that event's popup. On load the layer takes the range the
 * app last set (window.parent.mapappDates), so the two never disagree.
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
    var text = atob(base64), bytes = new Uint8Array(text.length);
    for (var b = 0; b < text.length; b++) bytes[b] = text.charCodeAt(b);
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(stream).json();
  }

  // By index: the details at once (inline or none), or a Promise of them (compressed).
  // A packed chunk (details.shared: see the top of this file) is made back into rows.
  function detailsSource(details) {
    if (!details) return function () { return null; };
    if (Array.isArray(details)) {
      return function (i) { return details[i]; };
    }
    var chunks = {}, shared = details.shared ? gunzipJson(details.shared) : null;
    function rowsOf(columns, common, start) {
      var n = 0, rows = [];
      columns.forEach(function (column) { if (column) n = column.length; });
      for (var r = 0; r < n; r++) {
        rows.push(columns.map(function (column, k) {
          if (!column) return details.events[start + r][common.from_event[k]];
          var value = column[r], table = common.tables[k];
          if (Array.isArray(value)) {
            return value.map(function (t) { return typeof t === "number" ? common.words[t] : t; })
              .join(" ");
          }
          return table ? table[value] : value;
        }));
      }
      return rows;
    }
    return function (i) {
      var c = Math.floor(i / details.size);
      if (!chunks[c]) {
        chunks[c] = gunzipJson(details.chunks[c]);
        if (shared) {
          chunks[c] = Promise.all([chunks[c], shared]).then(function (got) {
            return rowsOf(got[0], got[1], c * details.size);
          });
        }
      }
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
    if (spec.eventLinks) box.appendChild(eventLink(event[E.id]));
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
      if (d[D.admin1]) body.appendChild(labelled("Region:", d[D.admin1]));
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

  // The address of the app showing this event (the page around the map's frame).
  function eventAddress(id) {
    var top;
    try { top = window.parent.location; } catch (err) { top = window.location; }
    return top.origin + top.pathname + "?event=" + encodeURIComponent(id);
  }

  function eventLink(id) {
    var p = el("p", "mapapp-meta mapapp-link");
    var a = el("a", null, "Link to this event");
    a.href = eventAddress(id);
    a.target = "_top";
    a.addEventListener("click", function (e) {
      // Copy rather than leave: the reader wants the address, not a reload.
      e.preventDefault();
      var done = function () { a.textContent = "Link copied"; };
      var clip = null;
      try { clip = window.parent.navigator.clipboard || navigator.clipboard; } catch (err) {}
      if (clip && clip.writeText) {
        clip.writeText(a.href).then(done, function () { window.prompt("Copy this link:", a.href); });
      } else {
        window.prompt("Copy this link:", a.href);
      }
    });
    p.appendChild(a);
    return p;
  }

  // Days since 1970-01-01 of "YYYY-MM-DD", as the rows carry them.
  function dayOf(iso) {
    if (!iso) return null;
    var t = Date.parse(iso + "T00:00:00Z");
    return isNaN(t) ? null : Math.floor(t / 86400000);
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

  function marker(lat, lon, type, gp, index, icons, spec, data) {
    // A region-level event whose region is drawn as an outline: a pin to click, no ring.
    if (gp === 3 && data && spec.outlined[data.events[index][spec.fields.event.id]]) gp = "3o";
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

  // Up to a few thousand events: Leaflet.markercluster. Types are chosen in the app (one
  // set of filters for the map, the counts and the table); dates here, from the timeline.
  function clusterLayer(map, data, spec, detailFor, icons, range) {
    var options = Object.assign({}, spec.cluster, { iconCreateFunction: clusterIcon(spec.clusterColours) });
    var cluster = L.markerClusterGroup(options);
    var R = spec.fields.row, all = [];
    Object.keys(data.rows).forEach(function (type) {
      data.rows[type].forEach(function (r) {
        var m = marker(r[R.lat], r[R.lon], type, r[R.geo_precision], r[R.index], icons, spec, data);
        all.push({ marker: m, first: r[R.first_day], last: r[R.last_day] });
      });
    });
    interactive(cluster, data, spec, detailFor);
    cluster.addTo(map);
    function apply() {
      cluster.clearLayers();
      cluster.addLayers(all.filter(function (a) { return range.meets(a.first, a.last); })
        .map(function (a) { return a.marker; }));
    }
    apply();
    return apply;
  }

  // Many events: Supercluster indexes them all at once and only what is in view is drawn,
  // again on every move. A cluster click zooms in; events sharing one point fan out.
  function superLayer(map, data, spec, detailFor, icons, range) {
    var group = L.featureGroup();
    var index = null, fanned = null;
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
        data.rows[type].forEach(function (r) {
          if (!range.meets(r[R.first_day], r[R.last_day])) return;
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
      return marker(lat, lon, p.t, p.g, p.i, icons, spec, data);
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

    map.on("zoomend", function () { fanned = null; });
    map.on("moveend", draw);
    interactive(group, data, spec, detailFor);
    group.addTo(map);
    build();
    return function () { fanned = null; build(); };
  }

  // Very many events (spec.server): the app's server sends what the view needs, clusters
  // and markers for the bounds and zoom the map reports (mapapp/map/aggregate.py), through
  // window.mapappSetView(payload); the map holds nothing else. payload = {zoom, bounds,
  // inView, clusters: [[lat, lon, n, [n per type], fan], ...], rows, events, fans, outlines,
  // outlined} where rows and events are the layer's own wire format, fans[i] names the badge
  // (its fan) that event i fans out of, or -1 for a marker of its own, outlines the region
  // outlines to show ([position, colour]) and outlined the ids of the events they stand for.
  function serverLayer(map, spec, detailFor, icons) {
    var group = L.featureGroup(), current = { events: [], rows: {} }, fanned = null;
    var types = Object.keys(spec.types), payload = null;
    var badge = function (counts) {
      var props = {};
      types.forEach(function (t, k) { props["n_" + t] = counts[k] || 0; });
      return clusterIcon(spec.clusterColours)({
        getAllChildMarkers: function () { return []; },
        _mapappCounts: props,
      });
    };

    function draw() {
      group.clearLayers();
      if (!payload) return;
      var R = spec.fields.row, fans = payload.fans || [];
      Object.keys(payload.rows).forEach(function (type) {
        payload.rows[type].forEach(function (r) {
          var i = r[R.index];
          if (fans[i] !== undefined && fans[i] >= 0 && fans[i] !== fanned) return;
          group.addLayer(marker(r[R.lat], r[R.lon], type, r[R.geo_precision], i, icons, spec, current));
        });
      });
      if (fanned !== null) fanOut(fanned);
      payload.clusters.forEach(function (c) {
        if (c[4] >= 0 && c[4] === fanned) return;
        var m = L.marker([c[0], c[1]], { icon: badge(c[3]), zIndexOffset: 3000 });
        m.on("click", function (e) {
          L.DomEvent.stopPropagation(e);
          if (c[4] >= 0) { fanned = c[4]; draw(); return; }  // events at one point
          map.setView([c[0], c[1]], Math.min(map.getZoom() + 2, map.getMaxZoom()));
        });
        group.addLayer(m);
      });
    }

    // The markers of a badge whose events share one point, in a ring around it.
    function fanOut(fan) {
      var R = spec.fields.row, fans = payload.fans || [], ring = [];
      group.eachLayer(function (m) {
        var i = m.options.mapappIndex;
        if (i !== undefined && fans[i] === fan) ring.push(m);
      });
      if (!ring.length) return;
      var centre = map.latLngToLayerPoint(ring[0].getLatLng()), r = 12 + 3 * ring.length;
      ring.forEach(function (m, k) {
        var a = (2 * Math.PI * k) / ring.length;
        m.setLatLng(map.layerPointToLatLng(centre.add([r * Math.cos(a), r * Math.sin(a)])));
      });
    }

    map.on("zoomstart", function () { fanned = null; });
    interactive(group, current, spec, detailFor);
    group.addTo(map);
    var shownKey = null;
    return {
      show: function (next) {
        if (next.key !== undefined && next.key === shownKey) return;  // a rerun, same answer
        shownKey = next.key;
        // A popup open on a marker stays open on that event's marker in the new answer.
        var open = null, popup = map._popup;
        if (popup && map.hasLayer(popup) && popup._source && popup._source.options.mapappIndex !== undefined) {
          open = current.events[popup._source.options.mapappIndex][spec.fields.event.id];
        }
        payload = next;
        current.events = next.events;
        current.rows = next.rows;
        // Region-level events drawn as their region's outline: a pin, no ring, as with few.
        spec.outlined = {};
        (next.outlined || []).forEach(function (id) { spec.outlined[id] = true; });
        if (window.mapappShowOutlines) window.mapappShowOutlines(next.outlines || []);
        fanned = null;
        draw();
        if (open && window.mapappSelect) window.mapappSelect(open);
        // A large store's first look drawn: the server may begin reading the store, which
        // waits so as not to slow this page (see timeline.js).
        if (next.firstLook) {
          try { if (window.parent.mapappFirstLookDrawn) window.parent.mapappFirstLookDrawn(); } catch (err) {}
        }
      },
      data: current,
    };
  }

  window.mapappEventLayer = function (map, data, spec) {
    var detailFor = detailsSource(data.details);
    var icons = makeIcons(spec);
    // The date range shown: days since 1970, inclusive; null ends are open.
    var range = {
      from: null, to: null,
      meets: function (first, last) {
        return (this.from === null || last >= this.from) && (this.to === null || first <= this.to);
      },
    };
    try {  // only the app's main map follows its timeline (not a preview elsewhere)
      var initial = spec.timeline ? window.parent.mapappDates : null;
      if (initial) { range.from = dayOf(initial[0]); range.to = dayOf(initial[1]); }
    } catch (err) {}
    if (spec.server) {
      var layer = serverLayer(map, spec, detailFor, icons);
      data = layer.data;
      // The server chooses the dates too: the timeline's range arrives with the next payload.
      window.mapappSetDates = function () {};
      window.mapappSetView = function (payload) { layer.show(payload); };
      try {
        var waiting = window.parent.mapappView;
        if (waiting) layer.show(waiting);
      } catch (err) {}
    }
    var redraw = spec.server ? function () {} :
      (spec.many ? superLayer : clusterLayer)(map, data, spec, detailFor, icons, range);
    if (!spec.server) window.mapappSetDates = function (from, to) {
      var f = dayOf(from), t = dayOf(to);
      if (f === range.from && t === range.to) return;
      range.from = f; range.to = t;
      redraw();
    };
    // The popup of event ``id``, opened where it is (inside a cluster or not).
    var E = spec.fields.event, R = spec.fields.row;
    window.mapappSelect = function (id) {
      var i = data.events.findIndex(function (e) { return e[E.id] === id; });
      if (i < 0) return false;
      var type = null, row = null;
      Object.keys(data.rows).forEach(function (t) {
        data.rows[t].forEach(function (r) { if (r[R.index] === i) { type = t; row = r; } });
      });
      if (!row) return false;
      var content = popupContent(data.events[i], type, spec, detailFor, i, null);
      L.popup({ maxWidth: 380, autoPanPaddingTopLeft: [40, 120] })
        .setLatLng([row[R.lat], row[R.lon]]).setContent(content).openOn(map);
      return true;
    };
    try {
      var wanted = spec.timeline ? window.parent.mapappSelected : null;
      if (wanted) window.mapappSelect(wanted);
    } catch (err) {}
  };
})();
