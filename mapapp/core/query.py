"""Which events a view shows: by type, by date span and by words, one at a time or many at
once; and how many there are per day, week or month (the timeline)."""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import itertools
import math
import os
import re
import threading
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import numpy.typing as npt
import pyarrow as pa  # type: ignore[import-untyped, unused-ignore]
import pyarrow.compute as pc  # type: ignore[import-untyped, unused-ignore]

from mapapp.core.memory import give_back
from mapapp.core.model import Event, date_label
from mapapp.core.names import fold, loose
from mapapp.core.schema import EVENT_TYPES, TimePrecision


def filter_events(
    events: Iterable[Event],
    types: Iterable[str] | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> list[Event]:
    """Events of the given types whose date span overlaps ``[start, end]`` (inclusive).

    A month-precision event ("in August") is shown for any range that touches that month.
    """
    wanted = set(EVENT_TYPES if types is None else types)
    out = []
    for event in events:
        first, last = event.date_span
        if event.type not in wanted:
            continue
        if (start is not None and last < start) or (end is not None and first > end):
            continue
        out.append(event)
    return out


# From this many events the excerpts get trigram signatures for search (fewer are searched
# in one pass at once: a few milliseconds).
SIGNATURE_FROM = 50_000
# Bits of each excerpt's signature; a word's trigrams must all be set for its row to be read.
# At 512 bits a town's name of four letters left 66% of a million excerpts to read (its two
# trigrams shared bits with common ones); at 1,024, 0.4%.
SIGNATURE_BITS = 1024
# Words shorter than this many bytes have no trigram: one pass.
SIGNATURE_MIN_BYTES = 3
# Above this share of the events as candidates, one pass over every excerpt (80 ms at a
# million) is as fast as gathering them, and needs no copy (whose first making, in a new
# process, took 0.2 s for a fifth of a million excerpts).
SIGNATURE_MAX_SHARE = 0.1
# From this many excerpts, a pass is split between threads (one per core).
SPLIT_FROM = 100_000
_SIGNATURE_ROWS = 16_384  # made this many rows at a time: about 80 MB of scratch at most
_HASH = np.uint32(2654435761)  # Knuth's multiplicative hash


def _trigram_bits(data: npt.NDArray[np.uint8]) -> npt.NDArray[np.uint32]:
    """The signature bit of each byte trigram of ``data`` (one per position but the last
    two)."""
    a = data.astype(np.uint32)
    code = (a[:-2] << 16) | (a[1:-1] << 8) | a[2:]
    shift = np.uint32(32 - int(math.log2(SIGNATURE_BITS)))
    return np.asarray((code * _HASH) >> shift, dtype=np.uint32)


class _Signatures:
    """Which byte trigrams each excerpt holds, hashed into :data:`SIGNATURE_BITS` bits: a
    Bloom filter per event, kept bit-sliced (for each bit, one bitmap over every event). A
    word can be in an excerpt only if every bit of its trigrams is set in the excerpt's
    signature, so a search reads the few excerpts left instead of all: at a million events,
    128 MB made in about 4 s; a word of a town's length is then an AND of a few bitmaps of
    125 KB, and leaves a few thousand excerpts to read."""

    def __init__(self, excerpts: Any) -> None:
        """Signatures of ``excerpts`` (an Arrow string array), lowered here a few rows at a
        time."""
        self.rows = n = len(excerpts)
        self.sliced = np.zeros((SIGNATURE_BITS, (n + 7) // 8), dtype=np.uint8)
        for first in range(0, n, _SIGNATURE_ROWS):  # (a multiple of 8: whole bytes)
            chunk = pc.utf8_lower(excerpts.slice(first, _SIGNATURE_ROWS)).cast(pa.large_string())
            data, offsets = _text_bytes(chunk)
            start, end = int(offsets[0]), int(offsets[-1])
            if end - start < 3:
                continue
            bits = _trigram_bits(data[start:end])
            # A trigram across two excerpts sets a bit in the first: a signature may claim
            # too much, never too little.
            rows = np.repeat(np.arange(len(chunk), dtype=np.int32), np.diff(offsets))[: len(bits)]
            seen = np.zeros((SIGNATURE_BITS, len(chunk)), dtype=bool)
            seen[bits, rows] = True
            packed = np.packbits(seen, axis=1, bitorder="little")
            self.sliced[:, first // 8 : first // 8 + packed.shape[1]] = packed

    def candidates(self, word: bytes) -> npt.NDArray[np.intp] | None:
        """The rows whose excerpt may hold ``word`` (in order), or None when ``word`` is too
        short or too common for the signatures to narrow the search."""
        if len(word) < SIGNATURE_MIN_BYTES:
            return None
        wanted = np.unique(_trigram_bits(np.frombuffer(word, dtype=np.uint8)))
        keep = np.bitwise_and.reduce(self.sliced[wanted], axis=0)
        rows = np.flatnonzero(np.unpackbits(keep, bitorder="little")[: self.rows])
        return rows if len(rows) <= SIGNATURE_MAX_SHARE * self.rows else None


def _text_bytes(texts: Any) -> tuple[npt.NDArray[np.uint8], npt.NDArray[np.int64]]:
    """The bytes of a large string array and the offsets of each of its texts in them."""
    data = texts.buffers()[2]
    offsets = np.frombuffer(texts.buffers()[1], dtype=np.int64)
    offsets = offsets[texts.offset : texts.offset + len(texts) + 1]
    if data is None:
        return np.zeros(0, dtype=np.uint8), offsets
    return np.frombuffer(data, dtype=np.uint8), offsets


# Characters with a case live below this code point (a test checks every one).
_CASED_BELOW = 0x20000


@functools.cache
def _lowered_from() -> tuple[dict[str, str], dict[str, list[str]]]:
    """How Arrow lowers text (``utf8_lower``, which maps each code point to one code point):
    the characters it changes, with what it makes of each, and the other way round."""
    points = np.concatenate([np.arange(0xD800), np.arange(0xE000, _CASED_BELOW)])
    text = points.astype("<u4").tobytes().decode("utf-32-le")
    sizes = np.select([points < 0x80, points < 0x800, points < 0x10000], [1, 2, 3], 4)
    offsets = np.zeros(len(points) + 1, dtype=np.int32)
    np.cumsum(sizes, out=offsets[1:])
    buffers = [None, pa.py_buffer(offsets), pa.py_buffer(text.encode("utf-8"))]
    chars = pa.Array.from_buffers(pa.string(), len(points), buffers)
    lowered = pc.utf8_lower(chars)
    changed = pa.array(np.flatnonzero(pc.not_equal(chars, lowered).to_numpy(zero_copy_only=False)))
    lower_of = dict(
        zip(chars.take(changed).to_pylist(), lowered.take(changed).to_pylist(), strict=True)
    )
    upper_of: dict[str, list[str]] = {}
    for char, lower in lower_of.items():
        upper_of.setdefault(lower, []).append(char)
    return lower_of, upper_of


def odd_characters() -> list[str]:
    """The characters Arrow lowers to an ASCII letter that are not ASCII themselves (the
    dotted capital I and the Kelvin sign). A pattern that allows them cannot be searched
    for by its first bytes (RE2 then reads every byte: three times slower), so the few
    excerpts that hold one are searched apart."""
    return [c for c, lower in _lowered_from()[0].items() if lower.isascii() and not c.isascii()]


def _literal(char: str) -> str:
    """``char`` in an RE2 pattern, whatever it is."""
    return f"\\x{{{ord(char):x}}}"


def excerpt_pattern(needles: Iterable[str], *, odd: bool = True) -> str | None:
    """An RE2 pattern found in an excerpt exactly when the excerpt, lowered by Arrow, holds
    one of ``needles``: each character of a needle stands for every character that Arrow
    lowers to it (and for itself, unless Arrow changes it); with ``odd`` False, not for
    :func:`odd_characters`. None if no excerpt can hold any.

    Read by RE2 over the excerpts as they are, a search needs no lowered copy of them, and
    a word held by many excerpts costs no Python object per hit."""
    lower_of, upper_of = _lowered_from()
    left_out = set() if odd else set(odd_characters())
    found = []
    for needle in needles:
        parts = []
        for char in needle:
            options = upper_of.get(char, []) + ([] if char in lower_of else [char])
            options = [c for c in options if c not in left_out]
            if not options:
                break
            escaped = "".join(map(_literal, options))
            parts.append(escaped if len(options) == 1 else f"[{escaped}]")
        else:
            if parts:
                found.append("".join(parts))
    return "|".join(found) or None


def _holding(texts: Any, pattern: str) -> npt.NDArray[np.bool_]:
    """Which ``texts`` (an Arrow string array) ``pattern`` is found in: from
    :data:`SPLIT_FROM` texts, a part per core, each read by RE2 in a thread of its own
    (Arrow lets go of the interpreter while it reads)."""
    parts = min(os.cpu_count() or 1, 8) if len(texts) >= SPLIT_FROM else 1
    cuts = [len(texts) * k // parts for k in range(parts + 1)]
    slices = [texts.slice(a, b - a) for a, b in itertools.pairwise(cuts)]

    def read(part: Any) -> npt.NDArray[np.bool_]:
        found = pc.fill_null(pc.match_substring_regex(part, pattern), False)
        return np.asarray(found.to_numpy(zero_copy_only=False), dtype=bool)

    if parts == 1:
        return read(texts)
    with ThreadPoolExecutor(max_workers=parts) as pool:
        return np.concatenate(list(pool.map(read, slices)))


class EventColumns:
    """Events as arrays, one per field, for filtering, counting and aggregating many at once.

    Numbers (type codes, days, precisions, coordinates) are NumPy arrays; words (ids,
    titles, places, excerpts, who claims, the source) are Arrow string arrays, so a million
    events take a few hundred megabytes and no Python object each. An :class:`Event` is made
    only for the few a page shows (:meth:`event`).

    ``day``, ``first`` and ``last`` are proleptic ordinals (``date.toordinal()``) of the date
    and of the span it stands for; ``types`` are positions in :data:`EVENT_TYPES`; ``lat`` and
    ``lon`` are NaN for an event without a point.
    """

    # Whether :meth:`search_soon` starts the search's preparation (a benchmark holds it back
    # to time a search without it).
    search_in_background = True

    def __init__(
        self,
        *,
        ids: Any,
        types: npt.NDArray[np.int8],
        day: npt.NDArray[np.int32],
        time_precision: npt.NDArray[np.int8],
        geo_precision: npt.NDArray[np.int8],
        lat: npt.NDArray[np.float64],
        lon: npt.NDArray[np.float64],
        title: Any,
        place: Any,
        excerpt: Any,
        claimed_by: Any,
        source: Any,
    ) -> None:
        self._codes = {key: code for code, key in enumerate(EVENT_TYPES)}
        self.ids, self.title, self.place = _strings(ids), _strings(title), _strings(place)
        self.excerpt, self.claimed_by = _strings(excerpt), _strings(claimed_by)
        self.source = _strings(source)
        self.types = np.asarray(types, dtype=np.int8)
        self._day = np.asarray(day, dtype=np.int32)
        self.time_precision = np.asarray(time_precision, dtype=np.int8)
        self.geo_precision = np.asarray(geo_precision, dtype=np.int8)
        self.lat = np.asarray(lat, dtype=np.float64)
        self.lon = np.asarray(lon, dtype=np.float64)
        self._first, self._last = spans(self._day, self.time_precision)
        dates = self._day.astype("datetime64[D]") - _ORDINAL_EPOCH
        years = dates.astype("datetime64[Y]").astype(np.int64) + 1970
        months = dates.astype("datetime64[M]").astype(np.int64) % 12
        self._month = years * 12 + months
        self._signatures: _Signatures | None = None
        self._odd: npt.NDArray[np.intp] | None = None
        self._signing: threading.Thread | None = None
        self._search_lock = threading.Lock()
        self._text_lock = threading.Lock()
        self._start_lock = threading.Lock()
        self._small_text: list[_Folded] | None = None
        self._positions: dict[str, int] | None = None
        self._last_search: tuple[str, npt.NDArray[np.bool_]] | None = None

    @classmethod
    def from_events(cls, events: Sequence[Event]) -> EventColumns:
        """The columns of ``events`` (in order)."""
        return cls(**_fields(events))

    def __len__(self) -> int:
        return len(self.types)

    @property
    def day(self) -> npt.NDArray[np.int32]:
        """Each event's date (ordinals)."""
        return self._day

    @property
    def days(self) -> tuple[npt.NDArray[np.int32], npt.NDArray[np.int32]]:
        """The first and last day (ordinals) each event's date may stand for."""
        return self._first, self._last

    def mask(
        self,
        types: Iterable[str] | None = None,
        start: dt.date | None = None,
        end: dt.date | None = None,
    ) -> npt.NDArray[np.bool_]:
        """Which events are of ``types`` with a date span that meets ``[start, end]``."""
        mask = np.ones(len(self), dtype=bool)
        if types is not None:
            mask &= np.isin(self.types, [self._codes[t] for t in types if t in self._codes])
        if start is not None:
            mask &= self._last >= start.toordinal()
        if end is not None:
            mask &= self._first <= end.toordinal()
        return mask

    def indices(
        self,
        types: Iterable[str] | None = None,
        start: dt.date | None = None,
        end: dt.date | None = None,
    ) -> np.ndarray:
        """Positions, in order, of the events ``filter_events(events, types, start, end)``
        returns."""
        return np.flatnonzero(self.mask(types, start, end))

    def matching(self, text: str) -> npt.NDArray[np.bool_]:
        """Which events ``text`` finds: in their place, title or who claims them with case,
        script, diacritics, apostrophes and romanisation aside ("Курахове" and "Kurakhovo"
        find Kurakhove), and in their excerpt as written, case aside. An empty text finds
        every event.

        Places, titles and claimants repeat (thousands of events at one town), so each
        distinct one is folded once, at the first search (or before it, see
        :meth:`search_soon`), and a search is then a scan of each, as one string, whatever
        the number of events. The excerpts are read as they are, by one RE2 pattern that
        stands for the words in every case (:func:`excerpt_pattern`)."""
        folded = fold(text)
        if not folded:
            return np.ones(len(self), dtype=bool)
        if self._last_search is not None and self._last_search[0] == text:
            return self._last_search[1]  # the page's reruns ask again for the same words
        small_text = self._folded_texts()
        loosened = loose(text)
        found = np.zeros(len(self), dtype=bool)
        for column in small_text:
            found |= column.finds(folded, loosened)
        found[self._in_excerpts({text.strip().lower(), folded})] = True
        self._last_search = (text, found)
        return found

    def _in_excerpts(self, needles: set[str]) -> npt.NDArray[np.intp]:
        """Positions of the events whose excerpt, lowered, holds one of ``needles``: one pass
        of :func:`excerpt_pattern` over the excerpts; or, once the excerpts' trigram
        signatures are made (:class:`_Signatures`, from :data:`SIGNATURE_FROM` events), over
        only the rows they leave. The excerpts that hold one of :func:`odd_characters` are
        read apart, by the exact pattern; the others by the pattern without them."""
        needles = {n for n in needles if n}
        exact = excerpt_pattern(sorted(needles))
        if exact is None:
            return np.zeros(0, dtype=np.intp)
        plain = excerpt_pattern(sorted(needles), odd=False)
        signatures = self._signatures
        if signatures is None:
            self.search_soon()  # later searches use them
        rows: npt.NDArray[np.intp] = np.arange(len(self))
        if signatures is not None:
            each = [signatures.candidates(n.encode("utf-8")) for n in needles]
            if all(r is not None for r in each):
                rows = functools.reduce(np.union1d, [r for r in each if r is not None])
        texts = self.excerpt if len(rows) == len(self) else self.excerpt.take(pa.array(rows))
        found = np.zeros(len(rows), dtype=bool) if plain is None else _holding(texts, plain)
        odd = np.flatnonzero(np.isin(rows, self._odd_rows()))
        if len(odd):
            found[odd] |= _holding(texts.take(pa.array(odd)), exact)
        hits: npt.NDArray[np.intp] = rows[found]
        return hits

    def _odd_rows(self) -> npt.NDArray[np.intp]:
        """The events whose excerpt holds one of :func:`odd_characters` (a pass for each,
        found by its first bytes: 35 ms at a million), once."""
        with self._text_lock:
            if self._odd is None:
                held = np.zeros(len(self), dtype=bool)
                for char in odd_characters():
                    held |= _holding(self.excerpt, _literal(char))
                self._odd = np.flatnonzero(held)
            return self._odd

    def _folded_texts(self) -> list[_Folded]:
        """Each distinct place, title and claimant folded: made once, whoever asks first (a
        search, or :meth:`prepare_search` in the background)."""
        with self._text_lock:
            if self._small_text is None:
                self._small_text = [
                    _Folded(column) for column in (self.place, self.title, self.claimed_by)
                ]
            return self._small_text

    def prepare_search(self) -> None:
        """Fold the short texts and make the excerpts' trigram signatures now (lowering a
        few excerpts at a time: no lowered copy of them all is kept); :meth:`search_soon`
        has this done in the background."""
        self._folded_texts()
        self._odd_rows()
        with self._search_lock:  # made once, whoever asks first
            if self._signatures is None:
                self._signatures = _Signatures(self.excerpt)
                give_back()  # the excerpts lowered a few at a time

    def search_soon(self) -> None:
        """From :data:`SIGNATURE_FROM` events, start :meth:`prepare_search` in a thread of
        its own, once (a few seconds at a million events, numbers mostly, which let the
        page go on): the map page asks for it once it is drawn, so that a first search does
        not wait for it. Not when :attr:`search_in_background` is False."""
        if len(self) < SIGNATURE_FROM or self._signing is not None or not self.search_in_background:
            return
        with self._start_lock:
            if self._signing is None:
                self._signing = threading.Thread(
                    target=self.prepare_search, name="mapapp-search", daemon=True
                )
                self._signing.start()

    def position(self, event_id: str) -> int | None:
        """Where the event ``event_id`` is, or None."""
        if self._positions is None:
            self._positions = {v: i for i, v in enumerate(self.ids.to_pylist())}
        return self._positions.get(event_id)

    def event(self, i: int) -> Event:
        """The event at position ``i``, made from the columns (its source as its label)."""
        lat, lon = float(self.lat[i]), float(self.lon[i])
        located = not (math.isnan(lat) or math.isnan(lon))
        gp = int(self.geo_precision[i])
        return Event(
            self.ids[i].as_py(),
            EVENT_TYPE_KEYS[int(self.types[i])],
            self.title[i].as_py(),
            self.place[i].as_py(),
            self.excerpt[i].as_py(),
            dt.date.fromordinal(int(self._day[i])),
            int(self.time_precision[i]),
            gp or None,
            self.claimed_by[i].as_py(),
            self.source[i].as_py(),
            lat if located else None,
            lon if located else None,
        )

    def date_label(self, i: int) -> str:
        """How the date of the event at ``i`` reads ("around 2024-12-19")."""
        return date_label(dt.date.fromordinal(int(self._day[i])), int(self.time_precision[i]))

    def take(self, indices: Iterable[int]) -> list[Event]:
        """The events at ``indices``."""
        return [self.event(int(i)) for i in indices]

    def type_counts(self, indices: npt.NDArray[np.intp] | Sequence[int]) -> dict[str, int]:
        """How many of the events at ``indices`` there are of each type."""
        picked = self.types[np.asarray(indices, dtype=np.intp)]
        counts = np.bincount(picked, minlength=len(EVENT_TYPES))
        return {key: int(counts[code]) for key, code in self._codes.items()}

    def located(self) -> npt.NDArray[np.bool_]:
        """Which events have a point."""
        return ~(np.isnan(self.lat) | np.isnan(self.lon))

    def timeline(
        self, indices: npt.NDArray[np.intp] | Sequence[int], first: dt.date, last: dt.date
    ) -> Timeline:
        """How many of the events at ``indices`` fall on each day, week or month from
        ``first`` to ``last``, by type (see :class:`Timeline`)."""
        picked = np.asarray(indices, dtype=np.intp)
        unit = timeline_unit(first, last)
        starts = bin_starts(unit, first, last)
        if unit == "month":
            bins = self._month[picked] - (first.year * 12 + first.month - 1)
        else:
            width = 1 if unit == "day" else 7
            bins = (self._day[picked] - starts[0].toordinal()) // width
        inside = (bins >= 0) & (bins < len(starts))
        counts = {}
        for key, code in self._codes.items():
            of_type = bins[inside & (self.types[picked] == code)]
            counts[key] = np.bincount(of_type, minlength=len(starts)).tolist()
        return Timeline(unit, tuple(starts), counts)


class EventTable(EventColumns):
    """:class:`EventColumns` of a list of :class:`Event` objects, which it keeps: its events
    are its own (no copy is made per event), and its search folds every field, excerpts
    too.

    :func:`filter_events` looks at each event in Python; this answers the same question
    with a few array comparisons (about 100 times faster at 100,000 events).
    """

    def __init__(self, events: Sequence[Event]) -> None:
        self.events = list(events)
        super().__init__(**_fields(self.events))
        self._folded: list[str] | None = None
        self._loose: list[str] | None = None

    def event(self, i: int) -> Event:
        return self.events[i]

    def position(self, event_id: str) -> int | None:
        if self._positions is None:
            self._positions = {e.id: i for i, e in enumerate(self.events)}
        return self._positions.get(event_id)

    def matching(self, text: str) -> npt.NDArray[np.bool_]:
        """Which events ``text`` finds in their place, title, excerpt or who claims them,
        case, script, diacritics and apostrophes aside ("Курахове" finds Kurakhove), and
        romanisation too ("Kurakhovo" finds it). An empty text finds every event."""
        folded = fold(text)
        if not folded:
            return np.ones(len(self.events), dtype=bool)
        if self._folded is None or self._loose is None:
            # Built at the first search: folding 100,000 excerpts takes a few seconds.
            haystacks = [
                f"{e.place} | {e.title} | {e.claimed_by} | {e.excerpt}" for e in self.events
            ]
            self._folded = [f" {fold(h)} " for h in haystacks]
            self._loose = [f" {loose(h)} " for h in haystacks]
        loosened = loose(text)
        return np.fromiter(
            (
                folded in hay or bool(loosened and f" {loosened}" in slack)
                for hay, slack in zip(self._folded, self._loose, strict=True)
            ),
            dtype=bool,
            count=len(self.events),
        )


class EventList:
    """Every event of a store, on the map or not, as a list to pick one from: newest first,
    found by the words of its id, type, date, title, place or claimant (each word somewhere
    in them), as :class:`EventColumns` finds words: each distinct title, place and claimant
    folded once, so a search over a million events is a few scans of short strings. Ids are
    all different: they are matched case aside, not folded (folding a million takes
    seconds)."""

    def __init__(self, located: EventColumns, others: Sequence[Event]) -> None:
        extra = EventColumns.from_events(others)
        self.parts = (located, extra)
        self.ids = pa.concat_arrays([located.ids, extra.ids])
        self.types = np.concatenate([located.types, extra.types])
        self.day = np.concatenate([located.day, extra.day])
        self.title = pa.concat_arrays([located.title, extra.title])
        self.place = pa.concat_arrays([located.place, extra.place])
        # Newest first; events of one day in store order.
        self.order = np.argsort(-self.day, kind="stable")
        # Made at the first search: the folded columns, the lowered ids, each day folded.
        self._words: tuple[list[_Folded], Any, list[tuple[int, str]]] | None = None

    def __len__(self) -> int:
        return len(self.ids)

    def position(self, event_id: str) -> int | None:
        """Where the (first) event ``event_id`` is, or None."""
        found = pc.index(self.ids, event_id).as_py()
        return None if found is None or found < 0 else int(found)

    def search(self, text: str) -> npt.NDArray[np.intp]:
        """Positions, newest first, of the events holding every word of ``text``."""
        if self._words is None:
            claimed = pa.concat_arrays([part.claimed_by for part in self.parts])
            columns = [_Folded(c) for c in (self.title, self.place, claimed)]
            days = np.unique(self.day).tolist()
            folded = [(d, fold(dt.date.fromordinal(d).isoformat())) for d in days]
            self._words = (columns, pc.utf8_lower(self.ids), folded)
        columns, ids, days = self._words
        keep = np.ones(len(self), dtype=bool)
        for term in fold(text).split():
            loosened = loose(term)
            hit = pc.match_substring(ids, term).to_numpy(zero_copy_only=False)
            for column in columns:
                hit |= column.finds(term, loosened)
            kinds = [code for code, key in enumerate(EVENT_TYPES) if term in fold(key)]
            dated = [d for d, iso in days if term in iso]
            hit |= np.isin(self.types, kinds) | np.isin(self.day, dated)
            keep &= hit
        return self.order[keep[self.order]]


def _fields(events: Sequence[Event]) -> dict[str, Any]:
    """What :class:`EventColumns` is made of, for ``events``."""
    codes = {key: code for code, key in enumerate(EVENT_TYPES)}
    nan = float("nan")
    return {
        "ids": [e.id for e in events],
        "types": np.array([codes[e.type] for e in events], dtype=np.int8),
        "day": np.array([e.date.toordinal() for e in events], dtype=np.int32),
        "time_precision": np.array([e.time_precision for e in events], dtype=np.int8),
        "geo_precision": np.array([e.geo_precision or 0 for e in events], dtype=np.int8),
        "lat": np.array([nan if e.lat is None else e.lat for e in events], dtype=np.float64),
        "lon": np.array([nan if e.lon is None else e.lon for e in events], dtype=np.float64),
        "title": [e.title for e in events],
        "place": [e.place for e in events],
        "excerpt": [e.excerpt for e in events],
        "claimed_by": [e.claimed_by for e in events],
        "source": [e.source_label for e in events],
    }


_ORDINAL_EPOCH = np.timedelta64(dt.date(1970, 1, 1).toordinal(), "D")
EVENT_TYPE_KEYS = tuple(EVENT_TYPES)


class _Folded:
    """A column of short texts (places, titles, claimants), each distinct one folded once
    (see :func:`fold`, :func:`loose`) and all of them joined into one string, so that a search
    is one scan of that string, whatever the number of events."""

    def __init__(self, texts: Any) -> None:
        encoded = pc.dictionary_encode(texts)
        distinct = encoded.dictionary.to_pylist()
        self.codes = encoded.indices.to_numpy(zero_copy_only=False)
        self.folded, self.folded_starts = _joined(f" {fold(v)} " for v in distinct)
        self.loose, self.loose_starts = _joined(f" {loose(v)} " for v in distinct)
        self.size = len(distinct)

    def finds(self, folded: str, loosened: str) -> npt.NDArray[np.bool_]:
        """Which events' text holds ``folded``, or `` loosened`` (loosely spelt)."""
        hits = np.zeros(self.size, dtype=bool)
        hits[_hits(self.folded, self.folded_starts, folded)] = True
        if loosened:
            hits[_hits(self.loose, self.loose_starts, f" {loosened}")] = True
        return hits[self.codes] if len(self.codes) else np.zeros(0, dtype=bool)


def _joined(texts: Iterable[str]) -> tuple[str, npt.NDArray[np.int64]]:
    """``texts`` joined by NUL (which no search holds), and where each one starts."""
    parts = list(texts)
    lengths = np.fromiter((len(t) + 1 for t in parts), dtype=np.int64, count=len(parts))
    starts = np.concatenate([[0], np.cumsum(lengths)[:-1]]) if parts else lengths
    return "\0".join(parts), starts


def _hits(joined: str, starts: npt.NDArray[np.int64], needle: str) -> npt.NDArray[np.intp]:
    """Which of the texts joined in ``joined`` (starting at ``starts``) hold ``needle``."""
    found = np.fromiter((m.start() for m in re.finditer(re.escape(needle), joined)), dtype=np.int64)
    return np.searchsorted(starts, found, side="right") - 1


def _strings(values: Any) -> Any:
    """``values`` as one Arrow string array."""
    if isinstance(values, pa.ChunkedArray):
        # One chunk as it is (a memory-mapped column stays mapped); more, joined.
        values = values.chunk(0) if values.num_chunks == 1 else values.combine_chunks()
    if isinstance(values, pa.Array):
        return values.cast(pa.string()) if values.type != pa.string() else values
    return pa.array(values, type=pa.string())


def spans(
    day: npt.NDArray[np.int32], time_precision: npt.NDArray[np.int8]
) -> tuple[npt.NDArray[np.int32], npt.NDArray[np.int32]]:
    """The first and last day (ordinals) of each date's span, as :func:`date_span` gives
    them: the day, ±3 days for a week, the calendar month for a month."""
    first, last = day.copy(), day.copy()
    week = time_precision == TimePrecision.WEEK
    first[week] -= 3
    last[week] += 3
    month = time_precision == TimePrecision.MONTH
    if month.any():
        dates = day[month].astype("datetime64[D]") - _ORDINAL_EPOCH
        starts = dates.astype("datetime64[M]")
        to_ordinal = _ORDINAL_EPOCH.astype(np.int64)
        first[month] = starts.astype("datetime64[D]").astype(np.int64) + to_ordinal
        last[month] = (starts + 1).astype("datetime64[D]").astype(np.int64) - 1 + to_ordinal
    return first, last


@dataclass(frozen=True)
class Timeline:
    """Counts of events per bin (a day, a week from Monday, or a calendar month), by type."""

    unit: Literal["day", "week", "month"]
    starts: tuple[dt.date, ...]
    counts: dict[str, list[int]]

    def ends(self) -> list[dt.date]:
        """The last day of each bin."""
        if self.unit == "day":
            return list(self.starts)
        if self.unit == "week":
            return [s + dt.timedelta(days=6) for s in self.starts]
        return [s.replace(day=calendar.monthrange(s.year, s.month)[1]) for s in self.starts]


# A span longer than this is shown per week, and longer than the second per month.
DAYS_PER_DAY_BIN, DAYS_PER_WEEK_BIN = 120, 2 * 366


def timeline_unit(first: dt.date, last: dt.date) -> Literal["day", "week", "month"]:
    """The bin a timeline from ``first`` to ``last`` uses: about 120 bars at most by day,
    about 100 by week, then months."""
    days = (last - first).days + 1
    if days <= DAYS_PER_DAY_BIN:
        return "day"
    return "week" if days <= DAYS_PER_WEEK_BIN else "month"


def bin_starts(
    unit: Literal["day", "week", "month"], first: dt.date, last: dt.date
) -> list[dt.date]:
    """The first day of every bin from the one holding ``first`` to the one holding ``last``."""
    if unit == "day":
        return [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
    if unit == "week":
        monday = first - dt.timedelta(days=first.weekday())
        return [monday + dt.timedelta(weeks=n) for n in range((last - monday).days // 7 + 1)]
    starts, year, month = [], first.year, first.month
    while (year, month) <= (last.year, last.month):
        starts.append(dt.date(year, month, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return starts
