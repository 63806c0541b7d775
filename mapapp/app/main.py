"""The Streamlit app: the event map, and "Add an article" to put a new article's events on it.

Start it with ``mapapp run`` (or ``make run``). It shows the events file named by
``MAPAPP_EVENTS`` (default ``events.geojson``); only the "Add an article" page writes to it,
when the reviewer saves. Streamlit lives only in the app modules (this router,
:mod:`mapapp.app.map_page`, :mod:`mapapp.app.add_page`, :mod:`mapapp.map.resources`);
everything they show comes from plain functions in the rest of the package.
"""

from __future__ import annotations

import streamlit as st

from mapapp.app import add_page, map_page


def main() -> None:
    st.set_page_config(page_title="mapapp: war events map", page_icon="🗺️", layout="wide")
    pages = [
        st.Page(
            map_page.page,
            title=map_page.TITLE,
            icon=":material/map:",
            url_path=map_page.URL_PATH,
            default=True,
        ),
        st.Page(
            add_page.page,
            title=add_page.TITLE,
            icon=":material/post_add:",
            url_path=add_page.URL_PATH,
        ),
    ]
    st.navigation(pages).run()


main()
