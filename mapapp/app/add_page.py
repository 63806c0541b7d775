"""The "Add an article" page: article in, candidate events reviewed, accepted ones saved.

Paste text or upload a ``.txt`` file, give the publication date, and the pipeline
(:func:`mapapp.extract.extract`) proposes events. The reviewer accepts or rejects each one,
fixes its type, date, place or attribution, picks the right place among homonyms, sees the
result on a preview map and saves. Saving goes through :meth:`mapapp.store.base.EventStore.append`:
atomic, with a backup, without duplicates, and safe against a save from another tab or the
command line at the same moment. The map page reloads the file as soon as it changes. The
page says where it saves; saving is off, and it says why, for the sample events that come
with mapapp or a file the app may not write (:func:`mapapp.map.resources.read_only_reason`).

The pipeline runs in a process of its own (:func:`mapapp.extract.extract_isolated`), so that
a long article pasted by one reviewer does not slow the map for everyone else (Streamlit runs
every visitor's script in one process); it is stopped after :data:`EXTRACT_TIMEOUT_S` seconds.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from mapapp.app import map_page
from mapapp.core.errors import ArticleError, EventValidationError, MapappError
from mapapp.core.model import parse_feature
from mapapp.core.schema import EVENT_TYPES, TIME_PRECISION
from mapapp.extract.pipeline import (
    check_length,
    clean_text,
    decode_article,
    default_title,
    extract_isolated,
)
from mapapp.extract.review import NOT_LOCATED, ReviewRow, apply_review, review_rows
from mapapp.geo.gazetteer import Gazetteer, Place
from mapapp.map.resources import events_label, events_path, gazetteer, md, read_only_reason
from mapapp.map.tiles import tiles_from_env
from mapapp.map.view import build_map
from mapapp.store import open_store

TITLE, URL_PATH = "Add an article", "add"
_PRECISIONS = {label: key for key, label in TIME_PRECISION.items()}
_TYPES = {spec.label: key for key, spec in EVENT_TYPES.items()}
_COLUMNS = [
    "accept", "type", "place", "location", "check", "date", "date precision", "claimed by"
]  # fmt: skip
# The answer to "Which X?" that leaves the event without a location (an unanswered question
# does the same).
LEAVE_UNLOCATED = "leave"
# How long finding the events of one article may take (a long article takes a few seconds).
EXTRACT_TIMEOUT_S = 60


def _article_text() -> str | None:
    """The article from the upload, else the text box; errors are shown, not raised."""
    upload = st.session_state.get("article_file")
    if upload is not None:
        try:
            return decode_article(upload.getvalue(), upload.name)
        except ArticleError as err:
            st.error(md(err))
            return None
    text = st.session_state.get("article_text", "")
    if not text.strip():
        st.error("Paste the article's text or upload a .txt file first.")
        return None
    try:
        check_length(text, "The pasted text")
    except ArticleError as err:
        st.error(md(err))
        return None
    return clean_text(text)


def _find(found: Gazetteer) -> None:
    text = _article_text()
    if text is None:
        # The last article's candidates must not stay on the page to be saved by mistake.
        st.session_state.pop("review", None)
        return
    published: dt.date = st.session_state["published"]
    upload = st.session_state.get("article_file")
    title = st.session_state.get("source_title", "").strip()
    source: dict[str, Any] = {
        "title": title or (upload.name if upload else default_title(text)),
        "published": published.isoformat(),
    }
    if url := st.session_state.get("source_url", "").strip():
        source["url"] = url
    if upload is not None:
        source["file"] = upload.name
    try:
        with st.spinner("Finding events…"):
            extraction = extract_isolated(text, published, found, timeout=EXTRACT_TIMEOUT_S)
    except ArticleError as err:
        st.error(md(err))
        st.session_state.pop("review", None)
        return
    st.session_state["review"] = {
        "text": text,
        "rows": review_rows(extraction, source, found),
        "sentences": len(extraction.sentences),
        "about": extraction.about,
    }
    st.session_state.pop("candidates", None)  # a new table, not the last one's edits
    st.session_state.pop("saved", None)


def _location(row: ReviewRow) -> str:
    if row.ask:
        return f"{row.place.label}: check below" if row.place else "choose below"
    if row.place is not None:
        return row.place.label
    return NOT_LOCATED


def _doubts(rows: list[ReviewRow]) -> list[str]:
    """A Markdown list item per place the table's "check" column flags, with its reason in
    full, each place once."""
    seen: dict[tuple[str, str], str] = {}
    for row in rows:
        if row.doubt:
            place = row.properties["place"]
            seen.setdefault((place, row.doubt), f"- **{md(place)}**: {md(row.doubt)}")
    return list(seen.values())


def _table(rows: list[ReviewRow]) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "accept": True,
                "type": EVENT_TYPES[row.properties["type"]].label,
                "place": row.properties["place"],
                "location": _location(row),
                "check": row.doubt,
                "date": dt.date.fromisoformat(row.properties["date"]),
                "date precision": TIME_PRECISION[row.properties["time_precision"]],
                "claimed by": row.properties["claimed_by"],
                "excerpt": row.properties["excerpt"],
            }
            for row in rows
        ],
        columns=[*_COLUMNS, "excerpt"],
    )


def _choice_label(place: Place | str | None) -> str:
    """Homonyms in one oblast differ only by where they are, and by their size."""
    if not isinstance(place, Place):
        return "Leave it not located"
    size = f", population {place.population:,}" if place.population else ""
    return f"{place.label} at {place.lat:.3f}, {place.lon:.3f}{size}"


@dataclass(frozen=True)
class _Reviewed:
    accepted: bool
    feature: dict[str, Any]
    ask: tuple[Place, ...]  # the places to ask the reviewer to choose from, if any
    current: Place | None
    key: str
    unanswered: bool = False


def _reviewed(review: dict[str, Any], edited: pd.DataFrame, found: Gazetteer) -> list[_Reviewed]:
    """Every row with the reviewer's edits, and whether to ask which place it is."""
    out = []
    for i, row in enumerate(review["rows"]):
        values = edited.iloc[i]
        edits: dict[str, Any] = {
            "text": review["text"],
            "gazetteer": found,
            "event_type": _TYPES.get(values["type"]),
            "date": pd.Timestamp(values["date"]).date() if pd.notna(values["date"]) else None,
            "time_precision": _PRECISIONS.get(values["date precision"]),
            "place_name": values["place"],
            "claimed_by": values["claimed by"],
        }
        feature, choices = apply_review(row, **edits)
        renamed = feature["properties"]["place"] != row.properties["place"]
        geocoded = feature["properties"].get("geocoded") or {}
        current = next((p for p in choices if p.id == geocoded.get("id")), None)
        # Ask which place it is when several fit and the text did not settle it (or settled
        # it only by its context, even the one place of its name), or when the one place of
        # that name is far from what the article is about. Until answered, the event has no
        # location: never the first guess. The question stays on the page once answered, or
        # Streamlit would forget.
        ask = bool(choices) and (current is None or (row.ask and not renamed))
        key = f"choice-{row.properties['id']}-{feature['properties']['place']}"
        picked = st.session_state.get(key) if ask else ""
        if ask:
            chosen = picked if isinstance(picked, Place) and picked in choices else None
            feature, _ = apply_review(row, **edits, choice=chosen)
        out.append(
            _Reviewed(
                bool(values["accept"]), feature, choices if ask else (), current, key,
                ask and picked is None,
            )
        )  # fmt: skip
    return out


def page() -> None:
    """Draw the page."""
    st.title(TITLE)
    found = gazetteer()
    if not isinstance(found, Gazetteer):
        st.error(f"Events cannot be found without the gazetteer: {md(found)}")
        return
    path = events_path()
    st.caption(
        "Paste a news article (English) or upload it as a .txt file, give its publication"
        " date, and review the events found in it before they are saved. Relative dates"
        " (“on Wednesday”, “last month”) are read against the publication date."
    )
    st.caption(f"Saving to: {md(events_label(path))}")
    read_only = read_only_reason(path)
    if read_only:
        st.warning(f"Saving is off: {md(read_only)}")
    with st.form("article"):
        st.text_area("Article text", key="article_text", height=220)
        st.file_uploader(
            "…or upload a .txt file (read instead of the text box)",
            type=["txt"],
            key="article_file",
        )
        left, right = st.columns(2)
        left.date_input(
            "Publication date", key="published", value=dt.date.today(), max_value=dt.date.today()
        )
        right.text_input("Source title (optional)", key="source_title")
        st.text_input("Source address (optional)", key="source_url")
        if st.form_submit_button("Find events", type="primary"):
            _find(found)

    if saved := st.session_state.get("saved"):
        st.success(md(saved))
        target = st.Page(map_page.page, title=map_page.TITLE, url_path=map_page.URL_PATH)
        st.page_link(target, label="Open the map", icon=":material/map:")
    review = st.session_state.get("review")
    if not review:
        return
    rows: list[ReviewRow] = review["rows"]
    if review.get("about"):
        st.info(md(f"This article is about: {'; '.join(review['about'])}."))
    if not rows:
        st.info(
            f"No events found in {review['sentences']} sentence(s): no sentence names a place"
            " together with a strike, a deployment or a territorial claim."
        )
        return
    st.subheader(f"Candidate events ({len(rows)})")
    st.caption(
        "Untick what is wrong; edit the type, place, date or attribution in the table. A"
        " renamed place is looked up again. Events whose place cannot be located are saved"
        " without coordinates and listed under the map as not located."
    )
    edited = st.data_editor(
        _table(rows),
        key="candidates",
        hide_index=True,
        width="stretch",
        num_rows="fixed",
        disabled=["location", "check", "excerpt"],
        column_config={
            "accept": st.column_config.CheckboxColumn("accept", width="small"),
            "type": st.column_config.SelectboxColumn("type", options=list(_TYPES), required=True),
            "date": st.column_config.DateColumn("date", max_value=dt.date.today()),
            "date precision": st.column_config.SelectboxColumn(
                "date precision", options=list(_PRECISIONS), required=True
            ),
            "excerpt": st.column_config.TextColumn("excerpt (from the article)", width="large"),
            "check": st.column_config.TextColumn("check", help="why to check this place"),
        },
    )
    if notes := _doubts(rows):
        # (the table's cell shows the first words only; the reasons in full)
        with st.expander(f"Why to check {len(notes)} place(s)", expanded=True):
            st.markdown("\n".join(notes))
    reviewed = _reviewed(review, edited, found)
    for item in reviewed:
        if item.ask:
            props = item.feature["properties"]
            options: list[Place | str] = [LEAVE_UNLOCATED, *item.ask]
            guess = f" The article's context suggests {item.current.label}." if item.current else ""
            st.selectbox(
                f"Which “{md(props['place'])}”? ({EVENT_TYPES[props['type']].label},"
                f" {props['date']})",
                options=options,
                index=None,
                placeholder="Not answered: saved without a location",
                format_func=_choice_label,
                key=item.key,
                help=md(f"Candidates ranked by how well they fit the article.{guess}"),
            )
    unanswered = sum(item.unanswered and item.accepted for item in reviewed)
    if unanswered:
        st.warning(
            f"{unanswered} question(s) above not answered: those events are saved without a"
            " location (listed under the map as not located) unless you choose a place."
        )
    accepted = [item.feature for item in reviewed if item.accepted]
    events = []
    for feature in accepted:
        try:
            events.append(parse_feature(feature))
        except EventValidationError as err:
            st.error(md(f"{feature['properties'].get('place')}: {err}"))
    located = [e for e in events if e.located]
    st.subheader("Preview")
    st.caption(f"{len(located)} of {len(accepted)} accepted events have a location.")
    if located:
        st_folium(
            build_map(located, tiles=tiles_from_env()),
            key="preview",
            height=420,
            use_container_width=True,
            returned_objects=[],
        )
    if st.button(
        f"Save {len(events)} event(s) to {md(events_label(path))}",
        key="save",
        type="primary",
        disabled=bool(read_only) or not events or len(events) != len(accepted),
    ):
        try:
            report = open_store(path).append([e.to_feature() for e in events])
        except MapappError as err:
            st.error(f"Nothing was saved. {md(err)}")
            return
        st.session_state["saved"] = str(report)
        st.session_state.pop("review", None)
        st.rerun()
