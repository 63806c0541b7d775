"""The event layer's wire format: what Python sends ``mapapp/app/static/mapapp/events-layer.js``.

Events travel as compact arrays (100,000 of them as objects would double the page). The
position of each value in an array is named here, once, in :data:`ROW`, :data:`EVENT` and
:data:`DETAIL`; the map's spec carries these names to the browser (``spec.fields``), and the
script reads ``row[F.row.lat]``, never a bare index. The popup's "Event id: ..." line, which
the app reads back from the clicked popup's text, is written by the script from
:data:`EVENT_ID_LABEL` and read by :func:`clicked_event_id`, both here.

    data = {
      rows:    {type: [ROW, ...]},     one list per event type
      events:  [EVENT, ...],           by index: tooltips, popups
      details: null | [DETAIL, ...] | {size: n, chunks: ["<base64 gzip JSON>", ...]}
    }
"""

from __future__ import annotations

import base64
import datetime as dt
import gzip
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Literal

from mapapp.core.model import Event
from mapapp.core.schema import EVENT_TYPES, GEO_PRECISION, TIME_PRECISION

# A marker: where, how exact, the days its date may stand for (days since 1970-01-01, for the
# timeline to filter on in the browser), and which event (its position in ``events``).
ROW = ("lat", "lon", "geo_precision", "first_day", "last_day", "index")
_EPOCH = dt.date(1970, 1, 1).toordinal()
# What a tooltip and a popup show before the details.
EVENT = ("id", "title", "place", "date")
# A popup's words beyond the title.
DETAIL = (
    "title", "type_label", "date", "time_precision", "place", "geo_precision", "claimed_by",
    "excerpt", "source", "admin1",
)  # fmt: skip
# The popup line the app reads back to know which event was clicked.
EVENT_ID_LABEL = "Event id: "
_EVENT_ID = re.compile(re.escape(EVENT_ID_LABEL) + r"(\S+)")


def fields_spec() -> dict[str, object]:
    """The names of the array positions, as the browser reads them (``spec.fields``)."""
    return {
        "row": {name: i for i, name in enumerate(ROW)},
        "event": {name: i for i, name in enumerate(EVENT)},
        "detail": {name: i for i, name in enumerate(DETAIL)},
        "idLabel": EVENT_ID_LABEL,
    }


def clicked_event_id(popup_text: str | None) -> str | None:
    """The id of the event whose popup text (as streamlit-folium reports a click) is
    ``popup_text``, or None."""
    found = _EVENT_ID.search(popup_text or "")
    return found.group(1) if found else None


def _row(event: Event, index: int) -> list[float | int]:
    lat, lon = event.location  # Leaflet order
    first, last = event.date_span
    values = {
        "lat": round(lat, 5), "lon": round(lon, 5), "geo_precision": event.geo_precision or 1,
        "first_day": first.toordinal() - _EPOCH, "last_day": last.toordinal() - _EPOCH,
        "index": index,
    }  # fmt: skip
    return [values[name] for name in ROW]


def _event(event: Event) -> list[str]:
    values = {"id": event.id, "title": event.title, "place": event.place, "date": event.date_label}
    return [values[name] for name in EVENT]


# Up to this many events, every popup's words are in the page as they are; beyond, the app
# leaves them out (it shows them beside the map) and a standalone page compresses them.
DETAILS_INLINE_LIMIT = 5000
DETAILS_CHUNK = 1000
Details = Literal["auto", "full", "none"]
_JINJA_START = re.compile(r"\{(?=[{%#])")


def _script_json(value: object) -> str:
    """JSON that is safe inside a <script> element and inside a folium template.

    No "</script>" or line separators, and no Jinja delimiters: branca compiles each
    element's rendered script as a Jinja template a second time, so text such as
    ``{{ cycler.__init__.__globals__ }}`` in an article would run on the server. In JSON,
    ``{{``, ``{%`` and ``{#`` can only occur inside strings, where ``\\u007b`` reads the same.
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for char, code in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, code)
    return _JINJA_START.sub(r"\\u007b", text)


def _details(events: Sequence[Event], admin1: Mapping[str, str] | None = None) -> list[list[str]]:
    """What a popup shows beyond the title, by event (see events-layer.js)."""
    rows = []
    for e in events:
        values = {
            "title": e.title,
            "type_label": EVENT_TYPES[e.type].label,
            "date": e.date_label,
            "time_precision": TIME_PRECISION[e.time_precision],
            "place": e.place,
            "geo_precision": GEO_PRECISION[e.geo_precision or 1],
            "claimed_by": e.claimed_by,
            "excerpt": e.excerpt,
            "source": e.source_label,
            "admin1": (admin1 or {}).get(e.id, ""),
        }
        rows.append([values[name] for name in DETAIL])
    return rows


def _compressed(rows: list[list[str]]) -> dict[str, object]:
    """Popup details as gzip-compressed chunks, unpacked in the browser on a click."""
    chunks = []
    for start in range(0, len(rows), DETAILS_CHUNK):
        raw = json.dumps(rows[start : start + DETAILS_CHUNK], ensure_ascii=False).encode()
        chunks.append(base64.b64encode(gzip.compress(raw, compresslevel=6)).decode("ascii"))
    return {"size": DETAILS_CHUNK, "chunks": chunks}


def layer_data(
    events: Sequence[Event],
    details: Details = "auto",
    *,
    admin1: Mapping[str, str] | None = None,
) -> dict[str, object]:
    """The compact arrays the browser draws (see ``mapapp/app/static/mapapp/events-layer.js``).

    ``details``: ``"full"`` puts every popup's words in the page (gzip-compressed beyond
    :data:`DETAILS_INLINE_LIMIT` events), ``"none"`` only titles, places and dates (the app
    shows the full excerpt beside the map), ``"auto"`` the first up to the limit.
    """
    rows: dict[str, list[list[float | int]]] = {key: [] for key in EVENT_TYPES}
    index = []
    for i, e in enumerate(events):
        rows[e.type].append(_row(e, i))
        index.append(_event(e))
    full = details == "full" or (details == "auto" and len(events) <= DETAILS_INLINE_LIMIT)
    payload: object = None
    if full:
        rows_of_details = _details(events, admin1)
        compress = len(events) > DETAILS_INLINE_LIMIT
        payload = _compressed(rows_of_details) if compress else rows_of_details
    return {"rows": {k: v for k, v in rows.items() if v}, "events": index, "details": payload}


class PreparedEvents:
    """The event layer's JSON for every event of a file, made once.

    Drawing a selection of them is then string assembly instead of encoding: at 100,000
    events a redraw costs about a tenth of a second instead of more than one. Only titles,
    places and dates go to the browser this way (``details="none"``).
    """

    def __init__(self, events: Sequence[Event]) -> None:
        self.events = list(events)
        # Each row's JSON up to its index, which comes last and depends on the selection.
        assert ROW[-1] == "index"
        self._rows = [_script_json(_row(e, 0))[:-2] for e in self.events]  # "[lat,...,last,"
        self._index = [_script_json(_event(e)) for e in self.events]

    def layer_json(self, indices: Iterable[int]) -> str:
        """What ``_script_json(layer_data([events[i] for i in indices], "none"))`` gives."""
        by_type: dict[str, list[str]] = {key: [] for key in EVENT_TYPES}
        for position, i in enumerate(indices):
            by_type[self.events[i].type].append(f"{self._rows[i]}{position}]")
        rows = ",".join(f'"{key}":[{",".join(v)}]' for key, v in by_type.items() if v)
        index = ",".join(self._index[i] for i in indices)
        return f'{{"rows":{{{rows}}},"events":[{index}],"details":null}}'
