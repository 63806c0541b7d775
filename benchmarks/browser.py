"""Time the app in headless Chromium: first markers after opening it, redraw after a filter.

    python benchmarks/browser.py EVENTS.geojson [--chromium /usr/bin/chromium]
    python -m benchmarks.browser EVENTS --first-run   # a store's very first run (below)

Starts `mapapp run` on a free port with no tiles, opens the page, and reports (seconds):
- first_markers_cold: from navigation to the first marker or cluster drawn, for the first
  visitor after the server started (it loads the events file and imports the map stack);
- first_markers: the same for the next visitor;
- filter_redraw: from removing the "Deployment" type in the sidebar to the map drawn again
  without it;
- timeline_step: one step of the timeline (a week's window, as "Play" moves it): the map's
  redraw in the browser, to the next painted frame (median of 10 steps, and the slowest);
- timeline_counts: from a brush on the timeline to the count beside the map updated (the
  round trip to the server);
- click_details: from a click on a marker to its excerpt shown beside the map;
and the app's resident memory (MB) at the end.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

from playwright.sync_api import Browser, Page, sync_playwright

ROOT = Path(__file__).resolve().parents[1]
# As root in a container, and with no network: keep Chromium from phoning its own services.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
FRAME = 'iframe[title="streamlit_folium.st_folium"]'
DRAWN = ".leaflet-marker-pane > *"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as reply:
            return reply.status == 200
    except OSError:
        return False


@contextlib.contextmanager
def serve(events: Path | str, log: Path | None = None) -> Iterator[tuple[str, int]]:
    """`mapapp run` on a free port with no tiles, as a user starts it: yields (url, pid);
    stops the whole process group after."""
    port = free_port()
    with open(log or os.devnull, "w") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "mapapp.cli", "run", "--events", str(events),
             "--port", str(port), "--tiles", "none"],
            stdout=out, stderr=subprocess.STDOUT, start_new_session=True, cwd=ROOT,
        )  # fmt: skip
        try:
            url = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 60
            while not _healthy(url):
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"mapapp run did not start (log: {log})")
                time.sleep(0.2)
            yield url, proc.pid
        finally:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=30)


def _first_markers(browser: Browser, url: str, timeout: float) -> tuple[Page, float]:
    """A new visitor: seconds from navigation to the first marker or cluster drawn."""
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.set_default_timeout(timeout * 1000)
    start = time.monotonic()
    page.goto(url)
    # (The first of the maps: a large store's first look, then the whole page's, are two.)
    page.frame_locator(FRAME).first.locator(DRAWN).first.wait_for(state="attached")
    return page, time.monotonic() - start


# One step of "Play": the map shows a window of days, redrawn in the browser; timed to the
# next painted frame.
_STEP = """async ([from, to]) => {
  const t0 = performance.now();
  window.mapappSetDates(from, to);
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return (performance.now() - t0) / 1000;
}"""


def _timeline_steps(page: Page, n: int = 10) -> list[float]:
    """Seconds each of ``n`` timeline steps (a 7-day window moving a day) takes to redraw."""
    handle = page.locator(FRAME).last.element_handle()
    assert handle is not None
    frame = handle.content_frame()
    assert frame is not None
    first = page.locator(".mapapp-tick").first.text_content() or ""  # the first day
    day0 = time.mktime(time.strptime(first, "%Y-%m-%d")) // 86400
    times = []
    for k in range(n):
        start = time.strftime("%Y-%m-%d", time.gmtime((day0 + 30 + k) * 86400))
        end = time.strftime("%Y-%m-%d", time.gmtime((day0 + 36 + k) * 86400))
        times.append(frame.evaluate(_STEP, [start, end]))
    frame.evaluate("() => window.mapappSetDates(null, null)")
    return times


def _brush_to_counts(page: Page, timeout: float) -> float:
    """Seconds from a brush across the timeline's first half to the count updated."""
    metric = page.locator('[data-testid="stMetricValue"]').first
    before = metric.inner_text()
    box = page.locator(".mapapp-timeline svg").bounding_box()
    assert box is not None
    page.mouse.move(box["x"] + 2, box["y"] + 40)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + 40, steps=4)
    start = time.monotonic()
    page.mouse.up()
    while metric.inner_text() == before:
        if time.monotonic() - start > timeout:
            raise TimeoutError("the count did not follow the brush")
        time.sleep(0.02)
    took = time.monotonic() - start
    page.get_by_role("button", name="All dates").click()
    page.wait_for_timeout(1500)
    return took


def _click_to_excerpt(page: Page, excerpt: str, settle_ms: int) -> float:
    """Seconds from a click on a marker to its excerpt shown (at ``excerpt``), after zooming
    into clusters until a marker shows (waiting ``settle_ms`` after each)."""
    frame = page.frame_locator(FRAME).last
    marker = frame.locator(".leaflet-marker-pane .mapapp-marker")
    for _ in range(12):
        if marker.count():
            break
        frame.locator(".mapapp-cluster").first.dispatch_event("click")
        page.wait_for_timeout(settle_ms)
    start = time.monotonic()
    marker.first.dispatch_event("click")
    page.locator(excerpt).first.wait_for()
    return time.monotonic() - start


def _rss_mb(pid: int, field: str = "VmRSS") -> float:
    """Resident memory of a process and its children, from /proc (Linux). ``RssAnon`` is
    the part that is the process's own; the rest (``RssFile``) is files mapped into memory,
    such as the columns kept on disk, which the system can drop and read again."""
    total = 0
    pids = [pid]
    children = Path(f"/proc/{pid}/task/{pid}/children")
    if children.exists():
        pids += [int(p) for p in children.read_text().split()]
    for p in pids:
        for line in Path(f"/proc/{p}/status").read_text().splitlines():
            if line.startswith(f"{field}:"):
                total += int(line.split()[1])
    return total / 1024


def measure(events: Path, chromium: str = "/usr/bin/chromium", timeout: float = 180) -> dict:
    with serve(events) as (url, pid), sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        page, first_markers_cold = _first_markers(browser, url, timeout)
        # Again, as a second visitor: the server has loaded the events and imported all.
        page.close()
        page, first_markers = _first_markers(browser, url, timeout)
        page.wait_for_timeout(1000)
        steps = _timeline_steps(page)
        timeline_counts = _brush_to_counts(page, timeout)

        page.wait_for_timeout(1000)
        frame_handle = page.locator(FRAME).last.element_handle()
        assert frame_handle is not None
        map_window = frame_handle.content_frame()
        assert map_window is not None
        map_window.evaluate("() => { window.__before = window.mapappSetDates; }")
        start = time.monotonic()
        page.get_by_role("button", name="Remove Deployment").click()
        frame = page.frame_locator(FRAME).last
        while True:  # the new map replaces the old one: wait for it to be drawn
            try:
                replaced = page.locator(FRAME).last.evaluate(
                    "f => f.contentWindow.mapappSetDates !== f.contentWindow.__before"
                )
            except Exception:  # the frame is being replaced
                replaced = False
            if replaced and frame.locator(DRAWN).count():
                break
            if time.monotonic() - start > timeout:
                raise TimeoutError("the map was not redrawn after the filter change")
            time.sleep(0.05)
        filter_redraw = time.monotonic() - start

        page.wait_for_timeout(1000)
        click_details = _click_to_excerpt(page, ".mapapp-popup blockquote", 800)
        browser.close()
        return {
            "first_markers_cold_s": round(first_markers_cold, 2),
            "first_markers_s": round(first_markers, 2),
            "filter_redraw_s": round(filter_redraw, 2),
            "timeline_step_median_s": round(sorted(steps)[len(steps) // 2], 3),
            "timeline_step_max_s": round(max(steps), 3),
            "timeline_counts_s": round(timeline_counts, 2),
            "click_details_s": round(click_details, 2),
            "app_rss_mb": round(_rss_mb(pid), 1),
        }


# A pan or zoom of a map clustered on the server: from the move to the next answer drawn.
_MOVE = """async (action) => {
  let map = null;
  for (const k in window) {
    if (k.startsWith("map_") && window[k] && window[k].setZoom) map = window[k];
  }
  const before = window.mapappSetView;
  const answered = new Promise((resolve, reject) => {
    window.mapappSetView = (p) => { before(p); window.mapappSetView = before; resolve(p); };
    setTimeout(() => { window.mapappSetView = before; reject(new Error("no answer")); }, 30000);
  });
  const t0 = performance.now();
  if (action[0] === "zoom") map.setZoom(map.getZoom() + action[1], { animate: false });
  else map.panBy([action[1], action[2]], { animate: false });
  const p = await answered;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return [(performance.now() - t0) / 1000, p.inView, p.clusters.length, p.events.length];
}"""
# The next answer after a change in the page (a filter): resolved with what it shows.
_NEXT = """() => { window.benchNext = new Promise((resolve, reject) => {
  const before = window.mapappSetView;
  window.mapappSetView = (p) => { before(p); window.mapappSetView = before; resolve(p.inView); };
  setTimeout(() => reject(new Error("no answer")), 60000);
}); }"""
# Zoom in (levels), pan (pixels) and back out: each one a new view.
MOVES = [("zoom", 2), ("pan", 300, 0), ("zoom", 2), ("pan", -250, 150), ("zoom", 3),
         ("pan", 200, -200), ("zoom", -5), ("pan", -300, 0)]  # fmt: skip


def measure_server_side(
    events: str, chromium: str = "/usr/bin/chromium", timeout: float = 300
) -> dict:
    """The app on very many events, clustered on the server: first markers (cold and warm),
    pan and zoom (to the next answer drawn), a filter change, a brush, a click to the
    excerpt beside the map, and the app's memory."""
    with serve(events) as (url, pid), sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        page, first_markers_cold = _first_markers(browser, url, timeout)
        page.close()
        page, first_markers = _first_markers(browser, url, timeout)
        page.wait_for_function("() => location.search.includes('zoom=')")
        page.wait_for_timeout(1500)
        handle = page.locator(FRAME).last.element_handle()
        assert handle is not None
        frame = handle.content_frame()
        assert frame is not None
        moves = []
        for action in MOVES:
            moves.append(frame.evaluate(_MOVE, list(action))[0])
            page.wait_for_timeout(700)
        timeline_counts = _brush_to_counts(page, timeout)
        page.wait_for_timeout(1000)
        # A filter change: the map is not sent again, the next answer leaves the type out.
        frame.evaluate(_NEXT)
        start = time.monotonic()
        page.get_by_role("button", name="Remove Deployment").click()
        frame.evaluate("window.benchNext")
        filter_redraw = time.monotonic() - start
        page.wait_for_timeout(1000)
        # The excerpt is beside the map (the popup names the event).
        click_details = _click_to_excerpt(page, '[data-testid="stHtml"] blockquote', 1200)
        browser.close()
        ordered = sorted(moves)
        return {
            "first_markers_cold_s": round(first_markers_cold, 2),
            "first_markers_s": round(first_markers, 2),
            "move_median_s": round(ordered[len(ordered) // 2], 2),
            "move_max_s": round(ordered[-1], 2),
            "filter_redraw_s": round(filter_redraw, 2),
            "timeline_counts_s": round(timeline_counts, 2),
            "click_details_s": round(click_details, 2),
            "app_rss_mb": round(_rss_mb(pid), 1),
            "app_own_mb": round(_rss_mb(pid, "RssAnon"), 1),
        }


def measure_first_run(
    events: str, chromium: str = "/usr/bin/chromium", timeout: float = 180
) -> dict:
    """A store's very first run (a new cache folder: nothing of it kept on disk): seconds
    from ``mapapp run`` to the server answering, from opening the page to the first markers
    for the visitor there the moment it answers, and to the whole page (its filters); and
    the first markers of a second visitor after that."""
    with tempfile.TemporaryDirectory(prefix="mapapp-first-run-") as cache:
        before = os.environ.get("XDG_CACHE_HOME")
        os.environ["XDG_CACHE_HOME"] = cache
        try:
            started = time.monotonic()
            with serve(events) as (url, _pid), sync_playwright() as playwright:
                up = time.monotonic() - started
                browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
                opened = time.monotonic()
                page, cold = _first_markers(browser, url, timeout)
                page.get_by_text("Event types").first.wait_for(timeout=timeout * 1000)
                whole = time.monotonic() - opened
                page.close()
                page, second = _first_markers(browser, url, timeout)
                browser.close()
        finally:
            if before is None:
                os.environ.pop("XDG_CACHE_HOME", None)
            else:
                os.environ["XDG_CACHE_HOME"] = before
    return {
        "server_up_s": round(up, 2),
        "first_markers_cold_s": round(cold, 2),
        "whole_page_s": round(whole, 2),
        "first_markers_second_visitor_s": round(second, 2),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("events", help="an events file, or a PostGIS URL with --first-run")
    parser.add_argument(
        "--chromium", default=os.environ.get("MAPAPP_CHROMIUM", "/usr/bin/chromium")
    )
    parser.add_argument(
        "--first-run", action="store_true",
        help="the store's very first run: a new cache folder, the first visitor at once",
    )  # fmt: skip
    args = parser.parse_args(argv)
    if args.first_run:
        print(json.dumps(measure_first_run(args.events, args.chromium)))
        return 0
    print(json.dumps(measure(Path(args.events).resolve(), args.chromium)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
