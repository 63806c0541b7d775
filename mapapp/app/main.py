"""The Streamlit app: the event map, "Add an article" to put a new article's events on it,
and "Events" to correct or delete an event, read its history and restore an earlier version.

Start it with ``mapapp run`` (or ``make run``). It shows the events named by
``MAPAPP_EVENTS`` (``mapapp run`` without ``--events``: the user's own copy of the sample
events); only the "Add an article" and "Events" pages write to them, when the person saves,
and never to the sample events that come with mapapp or to a read-only file. Streamlit lives
only in the app modules (this router, :mod:`mapapp.app.map_page`, :mod:`mapapp.app.add_page`,
:mod:`mapapp.app.events_page`, :mod:`mapapp.map.resources`); everything they show comes from
plain functions in the rest of the package.
"""

from __future__ import annotations

import streamlit as st

from mapapp.app import add_page, events_page, map_page


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
        st.Page(
            events_page.page,
            title=events_page.TITLE,
            icon=":material/edit_note:",
            url_path=events_page.URL_PATH,
        ),
    ]
    st.navigation(pages).run()


main()
