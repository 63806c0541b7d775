"""What both pages of the app share, loaded once per process (Streamlit's resource cache)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import streamlit as st

from mapapp.errors import MapappError
from mapapp.events import EventTable, LoadResult, load_events
from mapapp.gazetteer import Gazetteer
from mapapp.mapview import PreparedEvents

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
    """The events file the app shows and saves to: ``MAPAPP_EVENTS``, else events.geojson."""
    return os.environ.get("MAPAPP_EVENTS", "events.geojson")


@st.cache_resource(show_spinner=False)
def gazetteer() -> Gazetteer | str:
    """The gazetteer, or the reason it cannot be opened (the map still works without it)."""
    try:
        return Gazetteer.default()
    except MapappError as err:
        return str(err)


def file_version(path: str) -> tuple[int, int]:
    """Changes whenever the file does (a save by this app, by another tab or by the CLI)."""
    try:
        info = Path(path).stat()
    except FileNotFoundError:
        return (0, 0)
    return (info.st_mtime_ns, info.st_size)


# A resource, not data: cached data would be copied (pickled) on every rerun, which for
# 100,000 events costs seconds. Nothing mutates the result: events are frozen.
@st.cache_resource(show_spinner="Loading events…", max_entries=2)
def load(path: str, version: tuple[int, int]) -> tuple[LoadResult, EventTable, PreparedEvents]:
    """The events file, loaded once per ``version`` (see :func:`file_version`; part of the
    cache key, so a changed file is read again)."""
    found = gazetteer()
    result = load_events(path, found if isinstance(found, Gazetteer) else None)
    return result, EventTable(result.events), PreparedEvents(result.events)
