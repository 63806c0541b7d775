// mapapp's timeline: a histogram of the events per day, week or month, stacked by type,
// with a brush (drag across it to choose dates) and a play control (a window of the chosen
// width steps through the period). A Streamlit component (st.components.v2): data comes
// from mapapp/app/timeline.py, a chosen range goes back as the trigger "range".
//
// It is also the bridge to the map's frame: every date range it shows is handed to the
// event layer there (window.mapappSetDates, see events-layer.js), which redraws at once in
// the browser, and the selected event's popup is opened (window.mapappSelect). The map is
// not sent again for a date change: that is what keeps a step under a second at 100,000.
// For a map clustered on the server it hands over what the server sends for the view
// (window.mapappSetView): clusters and markers for the map's bounds, zoom and filters.
export default function (component) {
  const { data, parentElement, setTriggerValue } = component;
  const doc = parentElement.ownerDocument || document;
  const win = doc.defaultView || window;
  // Survives the component being drawn again on every rerun.
  const shared = (win.mapappTimelineState = win.mapappTimelineState || { playing: null });

  function mapFrames() {
    return Array.from(doc.querySelectorAll("iframe")).filter((f) => {
      try { return typeof f.contentWindow.mapappSetDates === "function"; } catch (e) { return false; }
    });
  }

  function showOnMap(from, to) {
    win.mapappDates = [from, to];
    mapFrames().forEach((f) => f.contentWindow.mapappSetDates(from, to));
  }

  function select(id) {
    win.mapappSelected = id || null;
    if (!id) return;
    mapFrames().forEach((f) => {
      if (f.contentWindow.mapappSelect) f.contentWindow.mapappSelect(id);
    });
  }

  // A rerun while the reader drags (the map reporting its view, say): keep the brush being
  // drawn; the range it ends on is sent when the drag ends.
  if (shared.dragging && parentElement.querySelector(".mapapp-timeline svg")) return undefined;
  showOnMap(data.from, data.to);
  // A large store's first look: once the map has drawn it, the server is told ("drawn"),
  // and begins reading the store, which it holds back meanwhile (mapapp/map/resources.py,
  // hold_read: on two cores the read slowed this very page by seconds).
  // (Told after this drawing of the component, which may be what made the map draw it.)
  win.mapappFirstLookDrawn = data.view && data.view.firstLook ? () => {
    if (shared.firstLookDrawn === data.view.key) return;
    shared.firstLookDrawn = data.view.key;
    win.setTimeout(() => setTriggerValue("drawn", data.view.key), 0);
  } : null;
  // A map clustered on the server: what it shows for its view and these filters.
  if (data.view) {
    win.mapappView = data.view;
    Array.from(doc.querySelectorAll("iframe")).forEach((f) => {
      try { if (f.contentWindow.mapappSetView) f.contentWindow.mapappSetView(data.view); } catch (e) {}
    });
  }
  // An event chosen by search or by the address: its popup opens (a click opens its own).
  if ((data.selected || null) !== (win.mapappSelected || null)) select(data.selected);

  const root = parentElement.querySelector(".mapapp-timeline") || (() => {
    const div = doc.createElement("div");
    div.className = "mapapp-timeline";
    parentElement.appendChild(div);
    return div;
  })();
  root.replaceChildren();

  const n = data.starts.length;
  const types = Object.keys(data.counts);
  const totals = data.starts.map((_, i) => types.reduce((s, t) => s + data.counts[t][i], 0));
  const peak = Math.max(1, ...totals);
  const width = Math.max(240, root.clientWidth || parentElement.clientWidth || 600);
  const height = 96, axis = 18, barW = width / Math.max(1, n);
  const svgNS = "http://www.w3.org/2000/svg";

  const bar = doc.createElement("div");
  bar.className = "mapapp-timeline-bar";
  const play = doc.createElement("button");
  play.type = "button";
  play.className = "mapapp-play";
  play.setAttribute("aria-label", "Play through the period");
  const label = doc.createElement("span");
  label.className = "mapapp-range";
  const reset = doc.createElement("button");
  reset.type = "button";
  reset.className = "mapapp-reset";
  reset.textContent = "All dates";
  bar.append(...(n ? [play, label, reset] : [label]));
  root.appendChild(bar);

  const svg = doc.createElementNS(svgNS, "svg");
  svg.setAttribute("width", String(width));
  svg.setAttribute("height", String(height + axis));
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", `Events per ${data.unit}, by type`);
  svg.style.touchAction = "none";
  root.appendChild(svg);

  // The bars: one stack per bin, in the types' colours.
  for (let i = 0; i < n; i++) {
    let y = height;
    types.forEach((t) => {
      const count = data.counts[t][i];
      if (!count) return;
      const h = (count / peak) * (height - 4);
      const rect = doc.createElementNS(svgNS, "rect");
      rect.setAttribute("x", String(i * barW + 0.5));
      rect.setAttribute("width", String(Math.max(1, barW - 1)));
      rect.setAttribute("y", String(y - h));
      rect.setAttribute("height", String(h));
      rect.setAttribute("fill", data.colours[t]);
      const title = doc.createElementNS(svgNS, "title");
      title.textContent = `${data.labels[t]}: ${count} (${data.unit} of ${data.starts[i]})`;
      rect.appendChild(title);
      svg.appendChild(rect);
      y -= h;
    });
  }
  const ticks = [0, Math.floor(n / 2), n - 1].filter((v, i, a) => n > 0 && a.indexOf(v) === i);
  ticks.forEach((i) => {
    const text = doc.createElementNS(svgNS, "text");
    text.setAttribute("x", String(Math.min(width - 70, i * barW + 2)));
    text.setAttribute("y", String(height + axis - 4));
    text.setAttribute("class", "mapapp-tick");
    text.textContent = data.starts[i];
    svg.appendChild(text);
  });

  // The brush: the chosen range, drawn over the bars.
  const brush = doc.createElementNS(svgNS, "rect");
  brush.setAttribute("class", "mapapp-brush");
  brush.setAttribute("y", "0");
  brush.setAttribute("height", String(height));
  svg.appendChild(brush);

  const binOf = (iso) => {
    // The bin holding day ``iso`` (ISO dates compare as text).
    let lo = 0;
    for (let i = 0; i < n; i++) if (data.starts[i] <= iso) lo = i;
    return lo;
  };
  const clampDate = (iso) => (iso < data.first ? data.first : iso > data.last ? data.last : iso);
  const rangeOf = (a, b) => [clampDate(data.starts[Math.min(a, b)]), clampDate(data.ends[Math.max(a, b)])];

  let current = [binOf(data.from), binOf(data.to)];
  function drawBrush(a, b, from, to) {
    const lo = Math.min(a, b), hi = Math.max(a, b);
    brush.setAttribute("x", String(lo * barW));
    brush.setAttribute("width", String((hi - lo + 1) * barW));
    label.textContent = n ? `${from} to ${to}` : "The dates follow in a moment.";
  }
  drawBrush(current[0], current[1], data.from, data.to);

  function send(from, to) {
    setTriggerValue("range", [from, to]);
  }

  let dragFrom = null;
  const binAt = (event) => {
    const box = svg.getBoundingClientRect();
    return Math.max(0, Math.min(n - 1, Math.floor((event.clientX - box.left) / barW)));
  };
  svg.addEventListener("pointerdown", (event) => {
    if (!n) return;
    stop();
    dragFrom = binAt(event);
    shared.dragging = true;
    svg.setPointerCapture(event.pointerId);
    const [from, to] = rangeOf(dragFrom, dragFrom);
    drawBrush(dragFrom, dragFrom, from, to);
    showOnMap(from, to);
  });
  svg.addEventListener("pointermove", (event) => {
    if (dragFrom === null) return;
    const at = binAt(event);
    const [from, to] = rangeOf(dragFrom, at);
    drawBrush(dragFrom, at, from, to);
    showOnMap(from, to);  // the map follows the brush as it moves
  });
  svg.addEventListener("pointerup", (event) => {
    if (dragFrom === null) return;
    const at = binAt(event);
    const [from, to] = rangeOf(dragFrom, at);
    dragFrom = null;
    shared.dragging = false;
    send(from, to);  // then the counts, the table and the address follow
  });
  reset.addEventListener("click", () => {
    stop();
    showOnMap(data.first, data.last);
    send(data.first, data.last);
  });

  // Play: a window as wide as the chosen range (a tenth of the period if it is all of it)
  // steps one bin at a time to the end; each step redraws the map and updates the app. The
  // loop outlives this drawing of the component: it calls whichever ``step`` is current.
  function stop() {
    if (shared.playing) clearInterval(shared.playing);
    shared.playing = null;
    play.textContent = "▶ Play";
  }
  shared.step = function () {
    const widthBins = shared.width;
    const start = shared.next;
    if (start + widthBins > n) { stop(); return; }
    const [from, to] = rangeOf(start, start + widthBins - 1);
    drawBrush(start, start + widthBins - 1, from, to);
    showOnMap(from, to);
    send(from, to);
    shared.next = start + 1;
  };
  play.addEventListener("click", () => {
    if (shared.playing) { stop(); return; }
    let widthBins = Math.abs(current[1] - current[0]) + 1;
    if (widthBins >= n) widthBins = Math.max(1, Math.round(n / 10));
    shared.width = widthBins;
    shared.next = current[0] + widthBins >= n ? 0 : current[0];
    play.textContent = "❚❚ Pause";
    shared.step();
    shared.playing = setInterval(() => shared.step(), data.stepMs);
  });
  play.textContent = shared.playing ? "❚❚ Pause" : "▶ Play";

  // Leaving the map page: no other map follows this timeline, and play stops.
  return () => {
    if (!doc.contains(parentElement.host || parentElement)) {
      stop();
      win.mapappDates = null;
      win.mapappSelected = null;
      win.mapappView = null;
    }
  };
}
