"""The ``mapapp`` command: run the app, extract events from articles, export a map, geocode a
name, validate events, convert them between stores, list their history, restore an earlier
version.

Exit codes, the same for every command: 0 done; 1 done, but some records (features, files)
were bad and are reported; 2 the input as a whole is unusable (a missing or unreadable file,
a bad option), nothing done; 3 an internal error (a bug: the message says how to see the
traceback). Expected failures are one line on stderr naming the file, the record and the
field, never a traceback; a closed pipe (``mapapp geocode X | head``) ends quietly.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from mapapp.core.errors import ArticleError, EventsFileError, MapappError
from mapapp.core.messages import clip, summarise_problems
from mapapp.core.model import Event, LoadResult
from mapapp.core.query import filter_events
from mapapp.core.schema import EVENT_TYPES
from mapapp.extract.pipeline import decode_article, default_title, extract
from mapapp.geo.gazetteer import Gazetteer
from mapapp.geo.regions import Regions, default_regions, packaged_frame
from mapapp.map.tiles import DEFAULT_TILES, resolve_tiles
from mapapp.store import URL_SCHEMES, open_store
from mapapp.store.base import Change
from mapapp.store.files import read_bytes, write_atomic
from mapapp.store.load import load_events

EXIT_OK, EXIT_SOME_BAD, EXIT_UNUSABLE, EXIT_BUG = 0, 1, 2, 3
REGIONS_HELP = (
    "first-level boundaries to draw and to name each event's region (any file geopandas"
    " reads; default: $MAPAPP_REGIONS, else the Natural Earth regions fetched at install)"
)
# Set to see the traceback of an internal error.
DEBUG_ENV = "MAPAPP_DEBUG"


def _report(result: LoadResult, path: object) -> None:
    """The load's problems (summarised when there are many) and unlocated events, on stderr."""
    for line in summarise_problems(result.problems):
        print(line, file=sys.stderr)
    for item in result.unlocated:
        print(f"{path}: not on the map: '{item.event.id}': {item.reason}", file=sys.stderr)


def _geocode(args: argparse.Namespace) -> int:
    result = Gazetteer.default().lookup(args.name, context=args.context)
    print(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
    return 0 if result.status == "found" else 1


def _validate(args: argparse.Namespace) -> int:
    gazetteer = None if args.no_geocode else Gazetteer.default()
    store = open_store(args.path)
    result = load_events(store, gazetteer)
    _report(result, store.location)  # a database URL without its password
    print(
        f"{store.location}: {len(result.events)} events on the map, {len(result.unlocated)} not"
        f" located, {len(result.problems)} invalid features"
    )
    return 1 if result.problems else 0


def _export(args: argparse.Namespace) -> int:
    # folium takes a second to import: only here
    from mapapp.map.view import check_assets, export_html

    check_assets()  # before the minute a large file may take to load
    store = open_store(args.events)
    result = load_events(store, Gazetteer.default())
    for line in summarise_problems(result.problems):
        print(line, file=sys.stderr)
    shown = filter_events(result.events, args.types, args.date_from, args.date_to)
    if not shown:
        print(
            f"mapapp: error: no event of {store.location} matches {_filters(args)}"
            f" ({len(result.events)} events on the map in all); nothing written",
            file=sys.stderr,
        )
        return EXIT_SOME_BAD
    html = export_html(
        shown,
        tiles=args.tiles,
        title=args.title,
        description=_export_lines(args, shown, store.location),
        regions=_regions(args.regions)[0] if args.regions else default_regions(),
    )
    try:
        write_atomic(args.out, html.encode("utf-8"))
    except OSError as err:
        print(f"mapapp: error: cannot write {args.out}: {err.strerror}", file=sys.stderr)
        return EXIT_UNUSABLE
    print(f"{args.out}: {len(shown)} of {len(result.events)} events, {len(html) / 1e6:.1f} MB")
    return EXIT_SOME_BAD if result.problems else EXIT_OK


def _filters(args: argparse.Namespace) -> str:
    """The export's filters in words: "types strike, deployment; from 2024-12-01"."""
    parts = [
        "types " + ", ".join(EVENT_TYPES[t].label for t in args.types)
        if args.types
        else "all types"
    ]
    if args.date_from:
        parts.append(f"from {args.date_from}")
    if args.date_to:
        parts.append(f"to {args.date_to}")
    return "; ".join(parts)


def _export_lines(args: argparse.Namespace, shown: list[Event], location: str) -> list[str]:
    """What an exported page says about itself: filters, dates, count and sources."""
    first = min(e.date_span[0] for e in shown)
    last = max(e.date_span[1] for e in shown)
    sources = sorted({e.source_label for e in shown})
    listed = "; ".join(sources[:5]) + (f"; and {len(sources) - 5} more" if len(sources) > 5 else "")
    return [
        f"{len(shown):,} event(s) from {_short_name(location)}: {_filters(args)}.",
        f"Dates: {first:%d %b %Y} to {last:%d %b %Y}.",
        f"Sources ({len(sources)}): {listed}.",
        f"Exported by mapapp on {dt.date.today().isoformat()}; click a marker for the"
        " article's own words.",
    ]


def read_article(path: Path) -> str:
    """The text of an article file; :class:`ArticleError` says why a file is not one."""
    return decode_article(read_bytes(path, ArticleError), str(path))


def _extract(args: argparse.Namespace) -> int:
    from tqdm import tqdm  # only this command draws a progress bar

    gazetteer = Gazetteer.default()
    features: list[dict[str, Any]] = []
    articles: list[dict[str, Any]] = []
    failed = 0
    files = tqdm(
        args.files, desc="Extracting", unit="file", disable=len(args.files) < 2, file=sys.stderr
    )
    for path in files:
        try:
            text = read_article(path)
        except ArticleError as err:
            tqdm.write(f"mapapp: error: {err}", file=sys.stderr)
            failed += 1
            continue
        source = {
            "title": args.title or default_title(text),
            "file": str(path),
            "published": args.published.isoformat(),
        }
        result = extract(text, args.published, gazetteer)
        features.extend(result.features(source))
        # What each article is about (the resolver's focus), as the review page says it.
        articles.append({"file": str(path), "about": list(result.about)})
    if args.append:
        report = open_store(args.append).append(features)
        for problem in report.problems:
            print(problem, file=sys.stderr)
        print(str(report), file=sys.stderr)
    else:
        collection = {"type": "FeatureCollection", "features": features, "articles": articles}
        print(json.dumps(collection, ensure_ascii=False, indent=2))
    located = sum(f["geometry"] is not None for f in features)
    print(
        f"mapapp: {len(features)} candidate events from {len(args.files) - failed} file(s),"
        f" {located} located, {len(features) - located} not located",
        file=sys.stderr,
    )
    return 1 if failed else 0


def _convert(args: argparse.Namespace) -> int:
    from mapapp.store.convert import convert

    report = convert(args.src, args.dst)
    for line in report.lines():
        print(line, file=sys.stderr)
    return EXIT_SOME_BAD if report.problems else EXIT_OK


def _history(args: argparse.Namespace) -> int:
    changes = open_store(args.path).history(event_id=args.event_id or None)
    for change in changes:
        if args.json:
            print(json.dumps(change.to_dict(), ensure_ascii=False))
            continue
        note = f" ({change.note})" if change.note else ""
        print(f"#{change.seq} {change.at} {change.action} {change.event_id}{note}")
        for name, before, after in _changed_fields(change):
            print(f"    {name}: {before} -> {after}")
    return EXIT_OK


def _changed_fields(change: Change) -> list[tuple[str, str, str]]:
    """The properties (and the point) an update changed, as short text before and after."""
    if change.before is None or change.after is None:
        return []
    before, after = _flat(change.before), _flat(change.after)
    return [
        (name, clip(repr(before.get(name))), clip(repr(after.get(name))))
        for name in sorted(before.keys() | after.keys())
        if before.get(name) != after.get(name)
    ]


def _flat(feature: Mapping[str, object]) -> dict[str, object]:
    props = feature.get("properties")
    out = dict(props) if isinstance(props, dict) else {}
    geometry = feature.get("geometry")
    out["geometry"] = geometry.get("coordinates") if isinstance(geometry, dict) else None
    return out


def _regions(path: str) -> tuple[Regions, Path]:
    """The boundaries file ``--regions`` names, read (RegionsError says why it cannot be)."""
    absolute = Path(path).resolve()
    return Regions.from_file(absolute), absolute


def _short_name(location: str) -> str:
    """A file's name, or a database URL (its password already hidden) as it is."""
    return location if location.startswith(URL_SCHEMES) else Path(location).name


def _absolute(location: str) -> str:
    """A file location made absolute (the app runs elsewhere); a URL as it is."""
    if location.startswith(URL_SCHEMES):
        return location
    return str(Path(location).resolve())


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date YYYY-MM-DD, got {value!r}") from None


def _published(value: str) -> dt.date:
    day = _date(value)
    if day > dt.date.today():
        raise argparse.ArgumentTypeError(f"a publication date cannot be in the future: {value}")
    return day


def _tiles(value: str) -> str | None:
    try:
        return resolve_tiles(value)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def events_to_serve(given: str | None, environ: Mapping[str, str] | None = None) -> tuple[str, str]:
    """The events ``mapapp run`` serves, and what to tell the user about them ("" if nothing).

    ``--events`` (``given``), else ``MAPAPP_EVENTS``, else the user's own file in their data
    folder (:func:`mapapp.map.resources.user_events_path`): on first use the sample events
    are copied there (an empty file if mapapp was installed without them); an existing file
    is never overwritten. The app never saves into the sample events themselves.
    """
    from mapapp.map.resources import SAMPLE_EVENTS, user_events_path

    env = os.environ if environ is None else environ
    if given:
        return given, ""
    if env.get("MAPAPP_EVENTS"):
        return env["MAPAPP_EVENTS"], ""
    target = user_events_path(env)
    if target.exists() or target.is_symlink():
        return str(target), ""
    try:
        content = SAMPLE_EVENTS.read_bytes()
        what = f"the sample events ({SAMPLE_EVENTS})"
    except FileNotFoundError:
        content = b'{"type": "FeatureCollection", "features": []}\n'
        what = "an empty events file (no sample events came with this install)"
    except OSError as err:
        raise EventsFileError(
            f"{SAMPLE_EVENTS}: cannot read the sample events: {err.strerror or err}"
        ) from err
    try:
        created = _create_once(target, content)
    except OSError as err:
        raise EventsFileError(
            f"{target}: cannot create your events file: {err.strerror or err}; give another"
            " with --events"
        ) from err
    if not created:  # another `mapapp run` made it a moment ago
        return str(target), ""
    return str(target), f"mapapp: copied {what} to {target}: the app saves your changes there"


def _create_once(target: Path, content: bytes) -> bool:
    """Write ``target`` whole unless it exists (then False): a new file linked into place,
    so that neither a half-written file nor an overwritten one can result."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".new")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(temporary, target)
        except FileExistsError:
            return False
        except OSError:  # a file system without hard links: exclusive creation instead
            try:
                with open(target, "xb") as handle:
                    handle.write(content)
            except FileExistsError:
                return False
        return True
    finally:
        os.unlink(temporary)


def _run(args: argparse.Namespace) -> int:
    from mapapp.map.view import check_assets

    chosen, message = events_to_serve(args.events)
    if message:
        print(message, file=sys.stderr)
    location = _absolute(chosen)
    store = open_store(location)
    store.check()  # the store as a whole must be usable (its features may not be)
    check_assets()
    with contextlib.suppress(MapappError):
        packaged_frame()  # builds the regions' cache now, not while the first visitor waits
    # The app is given the location as it was given (a database URL with its password);
    # what is printed is the location without it.
    events = store.location
    env = {**os.environ, "MAPAPP_EVENTS": location, "MAPAPP_TILES": args.tiles or "none"}
    if getattr(args, "regions", None):
        env["MAPAPP_REGIONS"] = str(_regions(args.regions)[1])
    # Arrow's allocator (mimalloc) on 2 MiB pages: a million events' columns are read into
    # fresh memory, and on small pages the page faults alone took as long as the reading.
    env.setdefault("MIMALLOC_ALLOW_LARGE_OS_PAGES", "1")
    # Streamlit's own `run`, with the map's data loading while the server starts.
    command = [
        sys.executable, "-m", "mapapp.app.serve",
        "--server.address", args.host,
        "--server.port", str(args.port),
        "--server.headless", "true",
        "--server.enableStaticServing", "true",
        "--browser.gatherUsageStats", "false",
        "--client.toolbarMode", "viewer",
    ]  # fmt: skip
    print(f"mapapp: serving {events} on http://{args.host}:{args.port}", file=sys.stderr)
    try:
        return subprocess.call(command, env=env)
    except KeyboardInterrupt:
        return 130


def _restore(args: argparse.Namespace) -> int:
    from mapapp.store.restore import restore

    store = open_store(args.path)
    store.check()
    done = restore(store, args.seq, note=args.note or "")
    for change in done:
        note = f" ({change.note})" if change.note else ""
        print(f"#{change.seq} {change.at} {change.action} {change.event_id}{note}")
    print(
        f"{store.location}: restored to how it was after change #{args.seq}:"
        f" {len(done)} change(s) undone",
        file=sys.stderr,
    )
    return EXIT_OK


def _seq(value: str) -> int:
    try:
        seq = int(value)
    except ValueError:
        seq = -1
    if seq < 0:
        raise argparse.ArgumentTypeError(f"expected a change number (0 or more), got {value!r}")
    return seq


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mapapp", description="Put news reports of a war on a map."
    )
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="start the map app in the browser")
    run.add_argument(
        "--events",
        default=None,
        help="events: a .geojson or .parquet file or a postgresql:// URL (default:"
        " $MAPAPP_EVENTS, else your own copy of the sample events, made on first use in"
        " $XDG_DATA_HOME/mapapp/events.geojson, by default ~/.local/share/mapapp/)",
    )
    run.add_argument("--port", type=int, default=8501)
    run.add_argument("--host", default="127.0.0.1", help="address to listen on")
    run.add_argument(
        "--tiles",
        type=_tiles,
        default=os.environ.get("MAPAPP_TILES", DEFAULT_TILES),
        help="basemap tile provider (an xyzservices name) or 'none' for fully offline use"
        f" (default: $MAPAPP_TILES or {DEFAULT_TILES})",
    )
    run.add_argument("--regions", metavar="FILE", help=REGIONS_HELP)
    run.set_defaults(func=_run)

    extract = sub.add_parser(
        "extract",
        help="read articles and print their candidate events as GeoJSON",
        description="Read English news articles (UTF-8 text files) and print the events they"
        " report as a GeoJSON FeatureCollection: each place mention with its type, date,"
        " attribution and the verbatim sentence. Places that cannot be located have a null"
        " geometry and list their candidates.",
    )
    extract.add_argument("files", nargs="+", type=Path, metavar="FILE")
    extract.add_argument(
        "--published", type=_published, required=True, help="publication date, YYYY-MM-DD"
    )
    extract.add_argument("--title", help="source title (default: each file's first line)")
    extract.add_argument(
        "--append",
        metavar="EVENTS",
        help="add the events to this events file or database (atomic; skips duplicates)",
    )
    extract.set_defaults(func=_extract)

    geocode = sub.add_parser("geocode", help="locate a place name in the offline gazetteer")
    geocode.add_argument("name")
    geocode.add_argument("--context", help="text around the name, used to resolve homonyms")
    geocode.set_defaults(func=_geocode)

    export = sub.add_parser("export", help="write the map as one standalone HTML page")
    export.add_argument("--events", default=os.environ.get("MAPAPP_EVENTS", "events.geojson"))
    export.add_argument("--out", type=Path, required=True, help="the HTML file to write")
    export.add_argument("--types", nargs="+", choices=list(EVENT_TYPES), help="default: all")
    export.add_argument("--from", dest="date_from", type=_date, help="first day, YYYY-MM-DD")
    export.add_argument("--to", dest="date_to", type=_date, help="last day, YYYY-MM-DD")
    export.add_argument(
        "--tiles", type=_tiles, default=os.environ.get("MAPAPP_TILES", DEFAULT_TILES)
    )
    export.add_argument(
        "--title", default="mapapp: war events map", help="the page's title and heading"
    )
    export.add_argument("--regions", metavar="FILE", help=REGIONS_HELP)
    export.set_defaults(func=_export)

    validate = sub.add_parser("validate", help="check events; exit 1 if any is invalid")
    validate.add_argument("path", metavar="EVENTS", help="a file or a postgresql:// URL")
    validate.add_argument(
        "--no-geocode", action="store_true", help="do not locate features without geometry"
    )
    validate.set_defaults(func=_validate)

    convert = sub.add_parser(
        "convert",
        help="copy events between GeoJSON, GeoParquet, PostGIS and ACLED CSV",
        description="Copy the events of SRC into DST, each a .geojson or .parquet file, a"
        " postgresql:// URL, or an ACLED CSV export (.csv, recognised by its header). DST"
        " is added to as by a save: no duplicates, nothing already there dropped.",
    )
    convert.add_argument("src", metavar="SRC")
    convert.add_argument("dst", metavar="DST")
    convert.set_defaults(func=_convert)

    history = sub.add_parser("history", help="list the changes saved to events, oldest first")
    history.add_argument("path", metavar="EVENTS", help="a file or a postgresql:// URL")
    history.add_argument("--id", dest="event_id", help="only the changes to this event")
    history.add_argument("--json", action="store_true", help="one JSON object per line")
    history.set_defaults(func=_history)

    restore = sub.add_parser(
        "restore",
        help="bring events back to how they were after change SEQ of their history",
        description="Undo, newest first, every change of EVENTS' history after change SEQ"
        " (see `mapapp history`; 0 is before the first change). Each undo is saved and logged"
        " like any change, so a restore can be undone too. Refuses, changing nothing, if an"
        " event those changes touched was changed outside the history since (or a deleted"
        " event's id is taken again): that undo would lose the other change.",
    )
    restore.add_argument("path", metavar="EVENTS", help="a file or a postgresql:// URL")
    restore.add_argument("seq", metavar="SEQ", type=_seq, help="the change to restore to")
    restore.add_argument("--note", help="why: added to each undo's note in the history")
    restore.set_defaults(func=_restore)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return _guarded(args.func, args)


def _guarded(command: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Run ``command``: expected failures become one line and an exit code, never a
    traceback; a reader that closes the pipe early ends the output quietly."""
    try:
        code = command(args)
        sys.stdout.flush()
        return code
    except MapappError as err:
        print(f"mapapp: error: {err}", file=sys.stderr)
        return EXIT_UNUSABLE
    except BrokenPipeError:
        # The reader is gone (``| head``): say nothing, and keep Python from complaining
        # about the unflushed pipe at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
    except Exception as err:  # a bug: one line, and the way to see more
        if os.environ.get(DEBUG_ENV):
            raise
        print(
            f"mapapp: internal error: {type(err).__name__}: {str(err)[:200]} (set"
            f" {DEBUG_ENV}=1 for the traceback, and please report it)",
            file=sys.stderr,
        )
        return EXIT_BUG


if __name__ == "__main__":
    raise SystemExit(main())
