"""What both pages of the app share, loaded once per process (Streamlit's resource cache)."""

from __future__ import annotations

import os
import re
from collections.abc import Hashable

import streamlit as st

from mapapp.core.errors import MapappError
from mapapp.core.model import LoadResult
from mapapp.core.query import EventTable
from mapapp.geo.gazetteer import Gazetteer
from mapapp.map.layer import PreparedEvents
from mapapp.store import open_store
from mapapp.store.load import load_events

_MARKDOWN = re.compile(r"([!-/:-@\[-`{-~])")
# What GitHub-flavoured Markdown turns into a link by itself, escaped or not: "www.",
# "http://", "https://", "ftp://", "mailto:" and e-mail addresses ("a@b.c").
_AUTOLINK = re.compile(r"(?i)(www)(?=\.)|(https?|ftp|mailto)(?=:)|(@)")
# U+2060 WORD JOINER: invisible, and no autolink pattern runs across it.
_JOINER = "\u2060"


def md(text: object) -> str:
    """``text`` for Streamlit's Markdown (captions, messages, labels): every ASCII punctuation
    mark backslash-escaped, and an invisible joiner in what would become a link by itself
    (``www.``, ``http://``, ``a@b.c``), so text from an article or a file can neither load an
    image, make a link nor change the formatting."""
    text = _AUTOLINK.sub(lambda m: m.group() + _JOINER, str(text))
    return _MARKDOWN.sub(r"\\\1", text)


def events_path() -> str:
    """The events the app shows and saves to (a file or a database URL, see
    :func:`mapapp.store.open_store`): ``MAPAPP_EVENTS``, else events.geojson."""
    return os.environ.get("MAPAPP_EVENTS", "events.geojson")


@st.cache_resource(show_spinner=False)
def gazetteer() -> Gazetteer | str:
    """The gazetteer, or the reason it cannot be opened (the map still works without it)."""
    try:
        return Gazetteer.default()
    except MapappError as err:
        return str(err)


def file_version(path: str) -> Hashable:
    """Changes whenever the stored events do (a save by this app, by another tab, by the
    command line or, for a database, by another person)."""
    return open_store(path).version()


# A resource, not data: cached data would be copied (pickled) on every rerun, which for
# 100,000 events costs seconds. Nothing mutates the result: events are frozen.
@st.cache_resource(show_spinner="Loading events…", max_entries=2)
def load(path: str, version: Hashable) -> tuple[LoadResult, EventTable, PreparedEvents]:
    """The events file, loaded once per ``version`` (see :func:`file_version`; part of the
    cache key, so a changed file is read again)."""
    found = gazetteer()
    result = load_events(path, found if isinstance(found, Gazetteer) else None)
    return result, EventTable(result.events), PreparedEvents(result.events)
