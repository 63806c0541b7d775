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
import logging
import sys
import threading
from pathlib import Path

APP = Path(__file__).resolve().parent / "main.py"


def warm() -> None:
    """Load what the map page needs first (the page reports anything that fails).

    Only data and the map stack: a Streamlit component (streamlit-folium) imported before
    the server runs would not be registered with it, and the map would stay blank."""
    with contextlib.suppress(Exception):
        from mapapp.map import resources

        warming = resources.warm_up()
        resources.gazetteer()
        path = resources.events_path()
        version = resources.file_version(path)
        # A large store read for the first time: where its events are, first (a fraction of
        # the read), for the first visitor's map while the rest is read.
        resources.first_look(path, version)
        resources.load_soon(path, version).join()
        warming.join()
        resources.regions()


class _NotHere(logging.Filter):
    """Outside a page, Streamlit warns that there is no page to show a spinner on."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.threadName not in {"mapapp-preload", "mapapp-warm-up", "mapapp-load"}


def main(argv: list[str] | None = None) -> int:
    for name in ("streamlit.runtime.scriptrunner_utils.script_run_context", "streamlit"):
        logging.getLogger(name).addFilter(_NotHere())
    threading.Thread(target=warm, name="mapapp-preload", daemon=True).start()
    from streamlit.web import cli

    sys.argv = ["streamlit", "run", str(APP), *(sys.argv[1:] if argv is None else argv)]
    try:
        cli.main()
    except SystemExit as done:
        return done.code if isinstance(done.code, int) else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
