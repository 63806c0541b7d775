"""Time the app in headless Chromium: first markers after opening it, redraw after a filter.

    python benchmarks/browser.py EVENTS.geojson [--chromium /usr/bin/chromium]

Starts `mapapp run` on a free port with no tiles, opens the page, and reports (seconds):
- first_markers_cold: from navigation to the first marker or cluster drawn, for the first
  visitor after the server started (it loads the events file and imports the map stack);
- first_markers: the same for the next visitor;
- filter_redraw: from removing the "Deployment" type in the sidebar to the map drawn again
  without it;
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
def serve(events: Path, log: Path | None = None) -> Iterator[tuple[str, int]]:
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
    page.frame_locator(FRAME).locator(DRAWN).first.wait_for(state="attached")
    return page, time.monotonic() - start


def _rss_mb(pid: int) -> float:
    """Resident memory of a process and its children, from /proc (Linux)."""
    total = 0
    pids = [pid]
    children = Path(f"/proc/{pid}/task/{pid}/children")
    if children.exists():
        pids += [int(p) for p in children.read_text().split()]
    for p in pids:
        for line in Path(f"/proc/{p}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
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
        start = time.monotonic()
        page.get_by_role("button", name="Remove Deployment").click()
        while True:  # the new map replaces the old one: wait for it to be drawn
            frame = page.frame_locator(FRAME).last
            layers = frame.locator(".leaflet-control-layers")
            if (
                layers.count()
                and "Deployment" not in layers.inner_text()
                and frame.locator(DRAWN).count()
            ):
                break
            if time.monotonic() - start > timeout:
                raise TimeoutError("the map was not redrawn after the filter change")
            time.sleep(0.05)
        filter_redraw = time.monotonic() - start

        page.wait_for_timeout(1000)
        marker = frame.locator(".leaflet-marker-pane .mapapp-marker")
        for _ in range(12):  # everything clustered: zoom into clusters until one opens
            if marker.count():
                break
            frame.locator(".mapapp-cluster").first.dispatch_event("click")
            page.wait_for_timeout(800)
        start = time.monotonic()
        marker.first.dispatch_event("click")
        page.locator(".mapapp-popup blockquote").first.wait_for()
        click_details = time.monotonic() - start
        browser.close()
        return {
            "first_markers_cold_s": round(first_markers_cold, 2),
            "first_markers_s": round(first_markers, 2),
            "filter_redraw_s": round(filter_redraw, 2),
            "click_details_s": round(click_details, 2),
            "app_rss_mb": round(_rss_mb(pid), 1),
        }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("events", type=Path)
    parser.add_argument(
        "--chromium", default=os.environ.get("MAPAPP_CHROMIUM", "/usr/bin/chromium")
    )
    args = parser.parse_args(argv)
    print(json.dumps(measure(args.events.resolve(), args.chromium)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
