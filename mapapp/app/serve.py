"""Start the Streamlit server with the map's data already loading (``mapapp run`` runs this).

Streamlit runs the app's script only when someone opens the page, so the first visitor
after a start would wait for the imports, the regions, the basemap and the events (seconds
for a million events). Here they are loaded in a thread of their own while the server
starts, into the same process-wide caches (``st.cache_resource``) the pages then read: the
first visitor finds them ready, or waits only for what is left.

    python -m mapapp.app.serve [streamlit run options]
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import sys
import threading
import time
from pathlib import Path

APP = Path(__file__).resolve().parent / "main.py"


# What the pages import, but the Streamlit component streamlit-folium: imported outside a
# page's run, it would not be registered with the server, and the map would stay blank. A
# test checks that the pages import nothing else of weight.
PAGES_IMPORT = (
    "folium.plugins",
    "pandas",
    "mapapp.extract.pipeline",
    "mapapp.extract.review",
    "mapapp.geo.locate",
    "mapapp.map.view",
    "mapapp.store.restore",
)
# At most this long (seconds) the pages' imports wait for the server to run.
READY_WAIT_S = 30.0
# The threads that load outside a page (Streamlit warns there is no page to show them on).
_OURS = {"mapapp-preload", "mapapp-warm-up", "mapapp-imports", "mapapp-load"}


def warm(server_starting: bool = False) -> None:
    """Load what the map page needs (the page reports anything that fails): the map stack,
    the pages' imports (:data:`PAGES_IMPORT`), which the first visitor's run would otherwise
    make (a second at least, on a machine busy reading a store), and the events; for a large
    store read for the first time, where its events are first (its first look, with the view
    the map opens on). ``server_starting``: the pages' imports wait for the server to run."""
    with contextlib.suppress(Exception):
        # (Streamlit first, through resources: the server's start imports it meanwhile, and
        # importing the geodata stack first made that start 0.5 s slower.)
        from mapapp.map import resources

        warming = resources.warm_up()
        # The pages' imports, once the server runs: while the store answers the first look,
        # the interpreter is free for them.
        importing = threading.Thread(
            target=_import_pages, args=(server_starting,), name="mapapp-imports", daemon=True
        )
        importing.start()
        resources.gazetteer()
        path = resources.events_path()
        version = resources.file_version(path)
        look = resources.first_look(path, version)
        if look is None:  # nothing to show before the events: read them now
            resources.load_soon(path, version)
        else:
            from mapapp.geo.regions import Regions

            warming.join()
            found = resources.regions()
            look.opening(look.outlines(found if isinstance(found, Regions) else None))
            # A visitor who opens the page as the server starts: their first look is drawn
            # before the read begins (see resources.hold_read).
            resources.hold_read(path, version)
        importing.join()
        resources.load_soon(path, version).join()
        warming.join()
        resources.regions()


def _import_pages(server_starting: bool) -> None:
    # Once the server runs (its own imports and start would share the interpreter), while
    # the first visitor's browser loads the page.
    from streamlit import runtime

    def running() -> bool:
        return runtime.exists() and runtime.get_instance().state != runtime.RuntimeState.INITIAL

    deadline = time.monotonic() + READY_WAIT_S
    while server_starting and not running() and time.monotonic() < deadline:
        time.sleep(0.05)
    from mapapp.map.resources import IMPORTING

    with contextlib.suppress(Exception):  # (the page's own import says what is wrong)
        for name in PAGES_IMPORT:
            with IMPORTING:
                importlib.import_module(name)


class _NotHere(logging.Filter):
    """Outside a page, Streamlit warns that there is no page to show a spinner on."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.threadName not in _OURS


def main(argv: list[str] | None = None) -> int:
    for name in ("streamlit.runtime.scriptrunner_utils.script_run_context", "streamlit"):
        logging.getLogger(name).addFilter(_NotHere())
    threading.Thread(target=warm, args=(True,), name="mapapp-preload", daemon=True).start()
    from streamlit.web import cli

    sys.argv = ["streamlit", "run", str(APP), *(sys.argv[1:] if argv is None else argv)]
    try:
        cli.main()
    except SystemExit as done:
        return done.code if isinstance(done.code, int) else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
