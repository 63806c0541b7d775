"""A million events: each stage of the map clustered on the server, against the naive way.

    python -m benchmarks.scale [--rows 1000000] [--no-browser] [--no-postgis] [--json PATH]

Run by ``make bench`` after ``benchmarks/bench.py``. The events are ``benchmarks/synth.py``'s
(seeded), written once to ``build/bench/events-<n>.parquet`` and, for PostGIS, copied into a
throwaway server (``scripts/postgis_server.py``). For GeoParquet and PostGIS, and for the
100,000-event GeoJSON file beside them:

stage      ours                                          naive, in the same run
open       columns (mapapp.store.scan), in a new process  load_events: an Event per row
filter     type and date masks over the columns           (the same masks: O(n) either way)
search     distinct places/titles folded once, excerpts   each excerpt lowered and read, a
           by one RE2 pattern (trigram signatures first)  Python string each
timeline   bincount of the chosen events per bin          —
view       clusters for one view (mapapp.map.aggregate)   every chosen event as the layer's
                                                          JSON (what the browser got before)
events     the Events page's list from the columns, a     every event as stored, an object
           search, one event read by id                   each (what the page did before)
browser    first markers, pan/zoom, filter, brush, click  (benchmarks/browser.py)
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from benchmarks import synth
from benchmarks.bench import OUT, ROOT, machine
from mapapp.map.aggregate import ViewIndex, ViewRequest, opening_zoom
from mapapp.map.layer import _script_json

VIEWS = {
    "whole theatre, zoom 5": ViewRequest((22.0, 44.0, 48.0, 57.0), 5),
    "Donetsk oblast, zoom 8": ViewRequest((35.5, 46.8, 39.5, 49.3), 8),
    "Kurakhove, zoom 12": ViewRequest((37.1, 47.9, 37.5, 48.1), 12),
}
FILTER = (["strike", "deployment"], dt.date(2023, 1, 1), dt.date(2024, 6, 30))

# Run in a fresh process so that its peak memory is the open's own.
_OPEN = """
import json, sys, time
from mapapp.geo.gazetteer import Gazetteer

def peak_mb():  # this process's own high-water mark (ru_maxrss survives exec)
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024

g = Gazetteer.default()
before = peak_mb()
t = time.perf_counter()
if sys.argv[2] == "scan":
    from mapapp.store.scan import scan_events
    n = len(scan_events(sys.argv[1], g).columns)
elif sys.argv[2] == "look":  # the first look: points and types, and the opening view
    from mapapp.map.aggregate import FirstLook, ViewRequest, opening_zoom
    from mapapp.store.scan import first_look
    points = first_look(sys.argv[1])
    n = 0
    if points is not None:
        look = FirstLook.of(points)
        bounds = look.bounds or (22.0, 44.0, 41.0, 53.0)
        look.view(ViewRequest(bounds, opening_zoom(bounds)))
        n = len(look)
else:
    from mapapp.store.load import load_events
    n = len(load_events(sys.argv[1], g).events)
took = time.perf_counter() - t
peak = peak_mb()
print(json.dumps({"s": took, "events": n, "peak_mb": peak, "added_mb": peak - before}))
"""


def open_in_process(location: str, how: str) -> dict[str, Any]:
    """Seconds and memory to open ``location`` by ``how`` ("scan"; "look", the first look
    and its opening view, see :class:`mapapp.map.aggregate.FirstLook`; or "naive"), measured
    in a new Python process."""
    out = subprocess.run(
        [sys.executable, "-c", _OPEN, location, how],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


# The Events page (correct one event) in a fresh process, beside the map's own data (loaded
# first, as the app holds it): its list from the map's columns, a search and a pick read by
# id; or (naive) every event as stored, an object each.
_EVENTS_PAGE = """
import atexit, json, logging, os, shutil, sys, tempfile, time
logging.disable(logging.WARNING)  # Streamlit's caches, outside a running app
# Cold: nothing kept on disk; and nothing left there after (a million events' columns are
# about 460 MB).
cache = tempfile.mkdtemp()
atexit.register(shutil.rmtree, cache, True)
os.environ["XDG_CACHE_HOME"] = cache
from mapapp.app import events_page
from mapapp.map import resources

def peak_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024

location, how = sys.argv[1], sys.argv[2]
version = resources.file_version(location)
resources.load(location, version)  # what the map page holds in the same process
before = peak_mb()
t = time.perf_counter()
listed = events_page.listing(location, version) if how == "ours" else events_page.stored(
    location, version
)
listed_s = time.perf_counter() - t
t = time.perf_counter()
count, ids = listed.matches("Pokrovsk")
search_s = time.perf_counter() - t
t = time.perf_counter()
record = listed.record(ids[-1])
pick_s = time.perf_counter() - t
assert record is not None and record[1].id == ids[-1]
print(json.dumps({"list_s": listed_s, "search_s": search_s, "pick_s": pick_s,
                  "found": count, "added_mb": peak_mb() - before}), flush=True)
# The columns the map keeps on disk are written in a thread: let it finish before exiting.
import threading
for thread in threading.enumerate():
    if thread is not threading.main_thread():
        thread.join(timeout=120)
"""


def events_page(location: str, how: str) -> dict[str, Any]:
    """The Events page's list, first search and pick at ``location`` by ``how`` ("ours" or
    "naive"), in a new process (seconds, memory added)."""
    out = subprocess.run(
        [sys.executable, "-c", _EVENTS_PAGE, location, how],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
        env={**os.environ, "MAPAPP_TILES": "none"},
    )
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def parquet_file(rows: int) -> Path:
    """The synthetic events as GeoParquet, made once (about a minute per million rows)."""
    from mapapp.store.geoparquet import _write

    path = OUT / f"events-{rows}.parquet"
    if not path.exists():
        OUT.mkdir(parents=True, exist_ok=True)
        features = synth.generate(rows)["features"]
        data = _write(features, path)
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(data)
        tmp.replace(path)
    return path


def postgis_table(parquet: Path, server_dir: Path) -> str:
    """A throwaway PostGIS server holding the same events (COPY into the store's own
    table); the events' URL."""
    import pyarrow.parquet as pq
    import shapely

    from mapapp.store.postgis import PostGISStore, dedup_key
    from scripts import postgis_server

    url = postgis_server.start(server_dir) + "?table=bench_events"
    store = PostGISStore(url)
    store.check()
    table = pq.read_table(parquet)
    points = shapely.from_wkb(table.column("geometry").to_numpy(zero_copy_only=False))
    xs, ys = shapely.get_x(points), shapely.get_y(points)
    columns = {name: table.column(name).to_pylist() for name in table.column_names}
    import psycopg

    with psycopg.connect(url.split("?")[0]) as conn, conn.cursor() as cur:
        count = conn.execute("SELECT count(*) FROM bench_events").fetchone()
        if count and count[0] == table.num_rows:
            return url
        conn.execute("TRUNCATE bench_events")
        fields = (
            "id, type, title, place, excerpt, date, time_precision, geo_precision,"
            " claimed_by, source, properties, geom, dedup_key"
        )
        with cur.copy(f"COPY bench_events ({fields}) FROM STDIN") as copy:
            for i in range(table.num_rows):
                props = json.loads(columns["properties"][i] or "{}")
                source = props.pop("source", columns["source"][i])
                keyed = {
                    "place": columns["place"][i],
                    "type": columns["type"][i],
                    "date": columns["date"][i].isoformat(),
                    "excerpt": columns["excerpt"][i],
                }
                copy.write_row(
                    (
                        columns["id"][i], columns["type"][i], columns["title"][i],
                        columns["place"][i], columns["excerpt"][i],
                        columns["date"][i].isoformat(), columns["time_precision"][i],
                        columns["geo_precision"][i], columns["claimed_by"][i],
                        json.dumps(source), json.dumps(props),
                        f"SRID=4326;POINT({xs[i]} {ys[i]})",
                        dedup_key({"properties": keyed}),
                    )
                )  # fmt: skip
        conn.commit()
        conn.execute("ANALYZE bench_events")
    return url


def stages(location: str) -> dict[str, Any]:
    """Server-side stages on the events at ``location`` (opened in this process)."""
    from mapapp.geo.gazetteer import Gazetteer
    from mapapp.store.scan import scan_events

    columns = scan_events(location, Gazetteer.default()).columns
    index_s, index = _timed(lambda: ViewIndex(columns))
    types, start, end = FILTER
    filter_s, mask = _timed(lambda: columns.mask(types, start, end), repeat=5)
    # A new search each time (a rerun with the same words costs nothing: it is kept): one
    # pass over every excerpt (the signatures held back, which a search would start), then
    # through the trigram signatures (which the app makes in the background from then).
    columns.search_in_background = False
    search_first_s, _ = _timed(lambda: columns.matching("Kharkiv"))
    words = iter(["Bakhmut", "Kupiansk", "Izium", "Sumy"])
    search_s, _ = _timed(lambda: columns.matching(next(words)), repeat=3)
    signatures_s, _ = _timed(columns.prepare_search)
    words = iter(["Pokrovsk", "Kherson", "Lyman", "Odesa"])
    search_signed_s, _ = _timed(lambda: columns.matching(next(words)), repeat=3)
    # Short names (three or four bytes: one or two trigrams), the slowest of three; and words
    # a fifth to a half of the excerpts hold, which the signatures cannot narrow (one pass),
    # the slowest of three.
    short = [_timed(lambda w=w: columns.matching(w))[0] for w in ("Sumy", "Lviv", "Kyiv")]
    common = [_timed(lambda w=w: columns.matching(w)) for w in ("dam", "village", "the")]
    # The naive search: each excerpt (a Python string, as an Event holds it) lowered and read.
    texts = columns.excerpt.to_pylist()
    naive_search_s, _ = _timed(lambda: ["village" in text.lower() for text in texts])
    texts.clear()
    first, last = dt.date(2022, 2, 24), dt.date(2025, 2, 23)
    on_map = np.flatnonzero(columns.mask(types))
    timeline_s, _ = _timed(lambda: columns.timeline(on_map, first, last), repeat=5)
    views = {}
    for name, request in VIEWS.items():
        took, payload = _timed(lambda r=request: index.view(mask, r), repeat=3)
        views[name] = {
            "s": took,
            "kb": len(_script_json(payload)) / 1024,
            "clusters": len(payload["clusters"]),  # type: ignore[arg-type]
            "markers": len(payload["events"]),  # type: ignore[arg-type]
            "in_view": payload["inView"],
        }
    chosen = np.flatnonzero(mask)
    naive_s, naive = _timed(lambda: _script_json(index._markers(chosen)))
    return {
        "events": len(columns),
        "index_s": index_s,
        "filter_s": filter_s,
        "search_first_s": search_first_s,
        "search_s": search_s,
        "signatures_s": signatures_s,
        "search_signed_s": search_signed_s,
        "search_short_s": max(short),
        "search_common_s": max(took for took, _ in common),
        "search_common_share": min(float(found.mean()) for _, found in common),
        "naive_search_s": naive_search_s,
        "timeline_s": timeline_s,
        "views": views,
        "naive_layer_s": naive_s,
        "naive_layer_mb": len(naive) / 1e6,
        "opening_zoom": opening_zoom((22.0, 44.0, 48.0, 57.0)),
    }


def _timed(func: Any, repeat: int = 1) -> tuple[float, Any]:
    best, result = float("inf"), None
    for _ in range(repeat):
        t = time.perf_counter()
        result = func()
        best = min(best, time.perf_counter() - t)
    return best, result


def table(results: dict[str, Any]) -> str:
    """The results as the Markdown tables of docs/performance.md."""
    lines = [
        "| store | events | first look | open (naive) | memory added (naive) | filter |"
        " search (first) |"
        " search, signed (signatures made in) | signed: a short name / a common word (found) |"
        " timeline | view: theatre / oblast / town | naive layer |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name, r in results["stores"].items():
        look = r.get("look", {})
        first = f"{look['s']:.2f} s" if look.get("events") else "none"
        views = " / ".join(
            f"{v['s'] * 1000:.0f} ms, {v['kb']:.0f} KB" for v in r["stages"]["views"].values()
        )
        lines.append(
            f"| {name} | {r['stages']['events']:,} | {first} | {r['open']['s']:.2f} s"
            f" ({r['naive']['s']:.1f} s) | {r['open']['added_mb']:.0f} MB"
            f" ({r['naive']['added_mb']:.0f} MB) | {r['stages']['filter_s'] * 1000:.0f} ms |"
            f" {r['stages']['search_s'] * 1000:.0f} ms ({r['stages']['search_first_s']:.2f} s) |"
            f" {r['stages']['search_signed_s'] * 1000:.0f} ms"
            f" ({r['stages']['signatures_s']:.1f} s) |"
            f" {r['stages']['search_short_s'] * 1000:.0f} ms /"
            f" {r['stages']['search_common_s'] * 1000:.0f} ms"
            f" ({r['stages']['search_common_share']:.0%} or more; naive"
            f" {r['stages']['naive_search_s']:.2f} s) |"
            f" {r['stages']['timeline_s'] * 1000:.0f} ms | {views} |"
            f" {r['stages']['naive_layer_s']:.1f} s, {r['stages']['naive_layer_mb']:.0f} MB |"
        )
    lines += [
        "",
        "| store | Events page: list (naive) | first search | pick one by id (naive) |"
        " memory added (naive) |",
        "| --- | --- | --- | --- | --- |",
    ]
    for name, r in results["stores"].items():
        ours, naive = r["events_page"]["ours"], r["events_page"]["naive"]
        lines.append(
            f"| {name} | {ours['list_s']:.2f} s ({naive.get('list_s', float('nan')):.1f} s) |"
            f" {ours['search_s'] * 1000:.0f} ms | {ours['pick_s'] * 1000:.0f} ms"
            f" ({naive.get('pick_s', float('nan')) * 1000:.0f} ms) |"
            f" {ours['added_mb']:.0f} MB ({naive['added_mb']:.0f} MB) |"
        )
    if any("browser" in r for r in results["stores"].values()):
        lines += [
            "",
            "| store | first markers (cold) | pan/zoom, median (slowest) | filter redraw |"
            " brush to counts | click to excerpt | app memory |",
            "| --- | --- | --- | --- | --- | --- | --- |",
        ]
        for name, r in results["stores"].items():
            b = r.get("browser")
            if b:
                lines.append(
                    f"| {name} | {b['first_markers_s']} s ({b['first_markers_cold_s']} s) |"
                    f" {b['move_median_s']} s ({b['move_max_s']} s) | {b['filter_redraw_s']} s |"
                    f" {b['timeline_counts_s']} s | {b['click_details_s']} s |"
                    f" {b['app_rss_mb']:,.0f} MB ({b.get('app_own_mb', float('nan')):,.0f} MB"
                    " its own) |"
                )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--no-browser", action="store_true")
    parser.add_argument("--no-postgis", action="store_true")
    parser.add_argument("--no-naive", action="store_true", help="skip the naive open")
    parser.add_argument("--json", type=Path, default=OUT / "scale.json")
    args = parser.parse_args(argv)
    parquet = parquet_file(args.rows)
    geojson = OUT / "events-100000.geojson"
    if not geojson.exists():
        synth.write(100_000, geojson)
    locations = {"GeoJSON": str(geojson), "GeoParquet": str(parquet)}
    # The server's own user must reach its folder: a temporary one, not the checkout.
    server_dir = Path(tempfile.gettempdir()) / "mapapp-bench-postgis"
    if not args.no_postgis:
        locations["PostGIS"] = postgis_table(parquet, server_dir)
    results: dict[str, Any] = {"machine": machine(), "stores": {}}
    try:
        for name, location in locations.items():
            print(f"{name}: {location.split('@')[-1]}", flush=True)
            entry: dict[str, Any] = {"open": open_in_process(location, "scan")}
            entry["look"] = open_in_process(location, "look")
            naive_none = {"s": float("nan"), "added_mb": float("nan")}
            entry["naive"] = naive_none if args.no_naive else open_in_process(location, "naive")
            entry["stages"] = stages(location)
            entry["events_page"] = {
                "ours": events_page(location, "ours"),
                "naive": naive_none if args.no_naive else events_page(location, "naive"),
            }
            if not args.no_browser:
                from benchmarks.browser import measure_server_side

                entry["browser"] = measure_server_side(location)
            results["stores"][name] = entry
            print(json.dumps(entry), flush=True)
    finally:
        if not args.no_postgis:
            from scripts import postgis_server

            postgis_server.stop(server_dir)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2))
    print(table(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
