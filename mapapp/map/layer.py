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

A chunk holds the details of events ``c * n`` to ``c * n + n - 1``: the browser unpacks one
(``DecompressionStream``) when one of its popups opens. Plain chunks (:func:`layer_data`,
``details="full"`` beyond :data:`DETAILS_INLINE_LIMIT`) are ``[DETAIL, ...]``.

A standalone page of many events (``mapapp export``, :func:`packed_layer_data`) packs the
whole layer into about 100 bytes an event; :data:`UNPACK_SCRIPT`, in the page, unpacks the
arrays before events-layer.js draws them:

    data = {
      packed:  "<base64 gzip JSON>"    {types: [type, ...], type: [k by event],
                                        row: {ROW name: [value by event]},
                                        event: {EVENT name: [value by event]}}
                                       (no "index": the position; "last_day" is counted
                                       in days after "first_day")
      details: {size: n, chunks: ["<base64 gzip JSON>", ...], shared: "<base64 gzip JSON>"}
    }
    shared = {words: [text, ...], tables: [null | [text, ...] by DETAIL position],
              from_event: [null | EVENT position, by DETAIL position]}
    chunk  = [null | [value by event of the chunk], by DETAIL position]

A chunk's column is null for a field the events index carries (its value is
``events[i][from_event[k]]``; the page hands ``details.events`` to events-layer.js); else a
value is an index into ``tables[k]`` or a list of tokens (a number is ``words[number]``, a
string itself) joined with spaces: the excerpt, word by word, so a word costs a byte or two
instead of its letters. Base64, gzip and JSON keep the page valid HTML with no text in
clear: no "</script>", no template delimiters.
"""

from __future__ import annotations

import base64
import datetime as dt
import gc
import gzip
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from itertools import chain
from typing import Any, Literal

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


def marker_row(
    lat: float, lon: float, geo_precision: int, first: int, last: int, index: int
) -> list[float | int]:
    """One :data:`ROW`: ``first`` and ``last`` are the date span's day ordinals
    (``date.toordinal()``), sent as days since 1970-01-01."""
    values = {
        "lat": round(lat, 5), "lon": round(lon, 5), "geo_precision": geo_precision or 1,
        "first_day": first - _EPOCH, "last_day": last - _EPOCH, "index": index,
    }  # fmt: skip
    return [values[name] for name in ROW]


def marker_event(event_id: str, title: str, place: str, date: str) -> list[str]:
    """One :data:`EVENT`: what a tooltip and a popup show before the details."""
    values = {"id": event_id, "title": title, "place": place, "date": date}
    return [values[name] for name in EVENT]


def _row(event: Event, index: int) -> list[float | int]:
    lat, lon = event.location  # Leaflet order
    first, last = event.date_span
    precision = event.geo_precision or 1
    return marker_row(lat, lon, precision, first.toordinal(), last.toordinal(), index)


def _event(event: Event) -> list[str]:
    return marker_event(event.id, event.title, event.place, event.date_label)


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


# What a popup shows beyond the title: each field of DETAIL, from the event and the names
# of the regions events are in (event id -> name).
_DETAIL_VALUE: dict[str, Callable[[Event, Mapping[str, str]], str]] = {
    "title": lambda e, admin1: e.title,
    "type_label": lambda e, admin1: EVENT_TYPES[e.type].label,
    "date": lambda e, admin1: e.date_label,
    "time_precision": lambda e, admin1: TIME_PRECISION[e.time_precision],
    "place": lambda e, admin1: e.place,
    "geo_precision": lambda e, admin1: GEO_PRECISION[e.geo_precision or 1],
    "claimed_by": lambda e, admin1: e.claimed_by,
    "excerpt": lambda e, admin1: e.excerpt,
    "source": lambda e, admin1: e.source_label,
    "admin1": lambda e, admin1: admin1.get(e.id, ""),
}


def _detail_column(
    events: Sequence[Event], name: str, admin1: Mapping[str, str] | None = None
) -> list[str]:
    value, names = _DETAIL_VALUE[name], admin1 or {}
    return [value(e, names) for e in events]


def _details(events: Sequence[Event], admin1: Mapping[str, str] | None = None) -> list[list[str]]:
    """What a popup shows beyond the title, by event (see events-layer.js)."""
    columns = [_detail_column(events, name, admin1) for name in DETAIL]
    return [list(row) for row in zip(*columns, strict=True)]


def _packed(value: object) -> str:
    """``value`` as base64 of gzip-compressed JSON (deterministic: no time in the header).
    Level 5: at 100,000 events, level 6 makes the page 3% smaller in 20% more time, level 9
    5% smaller in three times as long."""
    raw = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()
    return base64.b64encode(gzip.compress(raw, compresslevel=5, mtime=0)).decode("ascii")


def _compressed(rows: list[list[str]]) -> dict[str, object]:
    """Popup details as gzip-compressed chunks, unpacked in the browser on a click."""
    chunks = [
        _packed(rows[start : start + DETAILS_CHUNK]) for start in range(0, len(rows), DETAILS_CHUNK)
    ]
    return {"size": DETAILS_CHUNK, "chunks": chunks}


# Fields sent word by word; fields the events index carries are not sent again; every other
# field is a few values repeated (a claimant, a source, a precision): sent by table index.
_TOKENIZED = frozenset({"excerpt"})


def _tokenized(texts: Sequence[str]) -> tuple[list[str], list[list[int | str]]]:
    """``(words, coded)``: the tokens (the texts split at each space: "Kursk," is one) found
    more than once, the most frequent first, and each text as the list of its tokens, a
    word's index in place of the word. The tokens joined with spaces are the text again."""
    split = [text.split(" ") for text in texts]
    counts = Counter(chain.from_iterable(split))
    words = [word for word, n in counts.most_common() if n > 1]
    index: dict[str, int | str] = {word: i for i, word in enumerate(words)}
    # index.get(token, token): a word's index, else the token itself (at C speed).
    return words, [list(map(index.get, tokens, tokens)) for tokens in split]


def _table(values: Sequence[str]) -> tuple[list[str], list[int]]:
    """``(table, indices)``: the distinct values, the most frequent first."""
    table = [value for value, _ in Counter(values).most_common()]
    index = {value: i for i, value in enumerate(table)}
    return table, [index[value] for value in values]


def _packed_details(
    events: Sequence[Event], admin1: Mapping[str, str] | None, pool: ThreadPoolExecutor
) -> tuple[Iterator[str], str]:
    """Popup details for :func:`packed_layer_data` (the chunk layout is in the module's
    docstring): ``(chunks, shared)``, the chunks of :data:`DETAILS_CHUNK` events as they
    come out of ``pool``, and the words and tables they share."""
    words: list[str] = []
    tables: list[list[str] | None] = [None] * len(DETAIL)
    from_event: list[int | None] = [None] * len(DETAIL)
    sent: list[Sequence[object] | None] = [None] * len(DETAIL)
    for k, name in enumerate(DETAIL):
        if name in EVENT:  # the same words as the events index's (see _event, _details)
            from_event[k] = EVENT.index(name)
        elif name in _TOKENIZED:
            words, sent[k] = _tokenized(_detail_column(events, name, admin1))
        else:
            tables[k], sent[k] = _table(_detail_column(events, name, admin1))
    parts = [
        [None if c is None else c[start : start + DETAILS_CHUNK] for c in sent]
        for start in range(0, len(events), DETAILS_CHUNK)
    ]
    shared = {"words": words, "tables": tables, "from_event": from_event}
    return pool.map(_packed, parts), _packed(shared)


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


def _columns(names: Sequence[str], rows: Sequence[Sequence[object]]) -> dict[str, list[Any]]:
    """``{name: [value by row]}`` of rows whose values are in the order of ``names``."""
    columns = [list(column) for column in zip(*rows, strict=True)] or [[] for _ in names]
    return dict(zip(names, columns, strict=True))


def packed_layer_data(
    events: Sequence[Event], *, admin1: Mapping[str, str] | None = None
) -> dict[str, object]:
    """The layer of a standalone page of many events, every popup's words included, packed
    (see the module's docstring) for :data:`UNPACK_SCRIPT` to unpack in the page.

    The arrays go by column, compressed; the popup details leave out what the events index
    carries, send repeated values by table index and excerpts word by word. At 100,000
    synthetic events: 9.9 MB, where :func:`layer_data` (``details="full"``) makes 25 MB.
    """
    # Millions of small lists, none of them garbage: no collector passes over them.
    collecting = gc.isenabled()
    gc.disable()
    try:
        # zlib lets go of the GIL: the chunks compress while the arrays are made.
        with ThreadPoolExecutor() as pool:
            chunks, shared = _packed_details(events, admin1, pool)
            types = list(EVENT_TYPES)
            row = _columns(ROW, [_row(e, i) for i, e in enumerate(events)])
            del row["index"]  # the event's position
            first, last = row["first_day"], row["last_day"]
            row["last_day"] = [b - a for a, b in zip(first, last, strict=True)]
            layer = {
                "types": types,
                "type": [types.index(e.type) for e in events],
                "row": row,
                "event": _columns(EVENT, [_event(e) for e in events]),
            }
            packed = _packed(layer)
            details = {"size": DETAILS_CHUNK, "chunks": list(chunks), "shared": shared}
            return {"packed": packed, "details": details}
    finally:
        if collecting:
            gc.enable()


# In a page whose layer is packed (an ``mapapp export`` of many events), after
# events-layer.js and before the map's script: unpacks the arrays (asynchronously, as
# DecompressionStream does), then draws the layer as events-layer.js always does.
UNPACK_SCRIPT = """
(function () {
  "use strict";
  var draw = window.mapappEventLayer;
  window.mapappEventLayer = function (map, data, spec) {
    if (typeof data.packed !== "string") return draw(map, data, spec);
    var text = atob(data.packed), bytes = new Uint8Array(text.length);
    for (var b = 0; b < text.length; b++) bytes[b] = text.charCodeAt(b);
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    new Response(stream).json().then(function (layer) {
      var R = spec.fields.row, E = spec.fields.event, rows = {}, events = [], k;
      // For each field sent: [its position in a row (in an event), its column].
      var fields = function (at, columns) {
        return Object.keys(columns).map(function (name) { return [at[name], columns[name]]; });
      };
      var rowFields = fields(R, layer.row), eventFields = fields(E, layer.event);
      for (var i = 0; i < layer.type.length; i++) {
        var type = layer.types[layer.type[i]], row = [], event = [];
        for (k = 0; k < rowFields.length; k++) row[rowFields[k][0]] = rowFields[k][1][i];
        row[R.last_day] += row[R.first_day];
        row[R.index] = i;
        (rows[type] || (rows[type] = [])).push(row);
        for (k = 0; k < eventFields.length; k++) event[eventFields[k][0]] = eventFields[k][1][i];
        events.push(event);
      }
      data.details.events = events;
      draw(map, { rows: rows, events: events, details: data.details }, spec);
    }, function (err) {
      console.error("mapapp: the events could not be unpacked", err);
    });
  };
})();
"""


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
