"""The map of very many events, clustered on the server per view (mapapp.map.aggregate)."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pyarrow as pa
import pytest

from mapapp.core.model import date_span
from mapapp.core.query import EventColumns, EventTable, spans
from mapapp.map.aggregate import (
    FAN_LIMIT,
    MAX_ZOOM,
    ViewIndex,
    ViewRequest,
    opening_zoom,
    view_around,
)
from mapapp.map.layer import EVENT, ROW
from mapapp.store.load import load_events
from tests.paths import EVENTS, SMALL_EVENTS

KEYS = ("strike", "deployment", "territorial_claim")


def columns(lat: list[float], lon: list[float], types: list[int] | None = None) -> EventColumns:
    n = len(lat)
    return EventColumns(
        ids=[f"e{i}" for i in range(n)],
        types=np.array(types or [0] * n, dtype=np.int8),
        day=np.full(n, dt.date(2024, 12, 19).toordinal(), dtype=np.int32),
        time_precision=np.ones(n, dtype=np.int8),
        geo_precision=np.ones(n, dtype=np.int8),
        lat=np.array(lat, dtype=np.float64),
        lon=np.array(lon, dtype=np.float64),
        title=[f"Event {i}" for i in range(n)],
        place=["Somewhere"] * n,
        excerpt=["Words."] * n,
        claimed_by=["Someone"] * n,
        source=["A source"] * n,
    )


def markers(payload: dict) -> dict[str, tuple[float, float]]:
    """Event id -> (lat, lon) of each marker in a payload."""
    lat, lon, index = ROW.index("lat"), ROW.index("lon"), ROW.index("index")
    out = {}
    for rows in payload["rows"].values():
        for row in rows:
            out[payload["events"][row[index]][EVENT.index("id")]] = (row[lat], row[lon])
    return out


def test_few_events_in_view_are_each_a_marker_and_the_rest_are_not_sent():
    table = columns([48.0, 48.01, 50.0], [37.0, 37.01, 30.0])
    index = ViewIndex(table)
    payload = index.view(np.ones(3, dtype=bool), ViewRequest((36.5, 47.5, 37.5, 48.5), 9))
    assert set(markers(payload)) == {"e0", "e1"}
    assert payload["clusters"] == []
    assert payload["inView"] == 2


def test_many_events_become_clusters_whose_counts_add_up_by_type():
    rng = np.random.default_rng(0)
    n = 5000
    lat, lon = rng.uniform(46, 50, n), rng.uniform(30, 40, n)
    types = rng.integers(0, 3, n)
    table = columns(lat.tolist(), lon.tolist(), types.tolist())
    payload = ViewIndex(table).view(
        np.ones(n, dtype=bool), ViewRequest((29.0, 45.0, 41.0, 51.0), 6), points_limit=100
    )
    clusters = payload["clusters"]
    assert clusters, "clusters expected at this zoom"
    alone = markers(payload)
    assert sum(c[2] for c in clusters) + len(alone) == n
    by_type = np.sum([c[3] for c in clusters], axis=0)
    singles = np.bincount(
        [KEYS.index(t) for t, rows in payload["rows"].items() for _ in rows], minlength=3
    )
    assert (by_type + singles).tolist() == np.bincount(types, minlength=3).tolist()
    for lat_c, lon_c, count, counts, _ in clusters:
        assert sum(counts) == count
        assert 46 <= lat_c <= 50
        assert 30 <= lon_c <= 40
    # Bounded by the view, not by the number of events.
    assert len(clusters) < 400


def test_the_filters_choose_what_is_counted():
    table = columns([48.0] * 10 + [48.5] * 10, [37.0] * 10 + [37.5] * 10, [0] * 10 + [1] * 10)
    only_deployments = np.array([False] * 10 + [True] * 10)
    payload = ViewIndex(table).view(
        only_deployments, ViewRequest((36.0, 47.0, 38.0, 49.0), 5), points_limit=0
    )
    assert [c[2] for c in payload["clusters"]] == [10]
    assert payload["clusters"][0][3] == [0, 10, 0]


def test_events_at_one_point_are_one_badge_that_fans_out_with_its_events():
    # Region-level reports at an oblast's centre share one point: no zoom splits them.
    table = columns([48.0] * 30 + [47.0], [37.8] * 30 + [35.0])
    payload = ViewIndex(table).view(
        np.ones(31, dtype=bool), ViewRequest((37.7, 47.9, 37.9, 48.1), MAX_ZOOM), points_limit=5
    )
    (badge,) = payload["clusters"]
    assert badge[2] == 30
    assert badge[4] >= 0
    sent = markers(payload)
    assert len(sent) == 30
    assert all(p == (48.0, 37.8) for p in sent.values())
    assert payload["fans"] == [badge[4]] * 30
    # Beyond the fan limit a badge still counts them but does not carry them.
    many = columns([48.0] * (FAN_LIMIT + 1), [37.8] * (FAN_LIMIT + 1))
    payload = ViewIndex(many).view(
        np.ones(FAN_LIMIT + 1, dtype=bool),
        ViewRequest((37.7, 47.9, 37.9, 48.1), 12),
        points_limit=5,
    )
    assert payload["clusters"][0][2] == FAN_LIMIT + 1
    assert payload["clusters"][0][4] == -1
    assert markers(payload) == {}


def test_the_selected_event_is_sent_wherever_it_is():
    table = columns([48.0] * 50 + [60.0], [37.0] * 50 + [60.0])
    payload = ViewIndex(table).view(
        np.ones(51, dtype=bool), ViewRequest((36.0, 47.0, 38.0, 49.0), 8), always=[50]
    )
    assert "e50" in markers(payload)


def test_the_grid_is_anchored_to_the_world_so_a_pan_keeps_clusters():
    rng = np.random.default_rng(1)
    n = 3000
    table = columns(rng.uniform(47, 49, n).tolist(), rng.uniform(36, 39, n).tolist())
    index = ViewIndex(table)
    everything = np.ones(n, dtype=bool)
    a = index.view(everything, ViewRequest((35.0, 46.0, 40.0, 50.0), 7), points_limit=0)
    b = index.view(everything, ViewRequest((35.3, 46.2, 40.3, 50.2), 7), points_limit=0)
    assert sorted(map(tuple, (c[:3] for c in a["clusters"]))) == sorted(
        map(tuple, (c[:3] for c in b["clusters"]))
    )


def test_markers_carry_the_layer_wire_format_and_the_date_span():
    events = load_events(SMALL_EVENTS).events
    table = EventTable(events)
    payload = ViewIndex(table).view(
        np.ones(len(table), dtype=bool), ViewRequest((-180.0, -85.0, 180.0, 85.0), 2)
    )
    by_id = {e.id: e for e in events}
    first_day, last_day = ROW.index("first_day"), ROW.index("last_day")
    epoch = dt.date(1970, 1, 1).toordinal()
    for key, rows in payload["rows"].items():
        for row in rows:
            event_id, title, place, date = payload["events"][row[ROW.index("index")]]
            event = by_id[event_id]
            assert (key, title, place, date) == (
                event.type,
                event.title,
                event.place,
                event.date_label,
            )
            span = event.date_span
            assert (row[first_day], row[last_day]) == (
                span[0].toordinal() - epoch,
                span[1].toordinal() - epoch,
            )
    assert len(markers(payload)) == len(events)


def test_spans_match_the_events_own():
    days = [dt.date(2024, 1, 31), dt.date(2024, 2, 29), dt.date(2023, 12, 1), dt.date(2024, 3, 3)]
    for precision in (1, 2, 3):
        first, last = spans(
            np.array([d.toordinal() for d in days], dtype=np.int32),
            np.full(len(days), precision, dtype=np.int8),
        )
        expected = [date_span(d, precision) for d in days]
        assert [(a.toordinal(), b.toordinal()) for a, b in expected] == list(
            zip(first.tolist(), last.tolist(), strict=True)
        )


def test_search_over_columns_folds_places_and_reads_excerpts_case_aside():
    table = EventColumns.from_events(load_events(EVENTS).events)
    assert table.matching("").all()
    assert table.matching("курахове").any()  # Cyrillic, folded to the place
    place_hits = table.matching("Kurakhovo")  # romanised otherwise
    assert place_hits.any()
    refinery = table.matching("REFINERY")
    assert refinery.any()
    assert not refinery.all()
    assert not table.matching("no such words anywhere").any()


def test_views_at_the_edges_of_the_world():
    table = columns([0.0, 10.0], [179.9, -179.9])
    index = ViewIndex(table)
    payload = index.view(np.ones(2, dtype=bool), ViewRequest((170.0, -20.0, 190.0, 20.0), 4))
    assert set(markers(payload)) >= {"e0"}
    whole = index.view(np.ones(2, dtype=bool), ViewRequest((-400.0, -90.0, 400.0, 90.0), 0))
    assert set(markers(whole)) == {"e0", "e1"}


def test_the_opening_view_fits_the_events():
    zoom = opening_zoom((22.0, 44.0, 41.0, 53.0))
    assert 4 <= zoom <= 6
    around = view_around(48.0, 37.0, 10)
    west, south, east, north = around.bounds
    assert west < 37.0 < east
    assert south < 48.0 < north
    assert around.zoom == 10
    assert math.isclose((west + east) / 2, 37.0, abs_tol=1e-6)


@pytest.mark.parametrize("n", [0, 1])
def test_empty_and_single(n):
    table = columns([48.0] * n, [37.0] * n)
    payload = ViewIndex(table).view(
        np.ones(n, dtype=bool), ViewRequest((30.0, 40.0, 40.0, 50.0), 5)
    )
    assert payload["inView"] == n
    assert len(markers(payload)) == n


def test_a_million_rows_fit_in_arrow_strings():
    # Columns accept Arrow arrays as they come from a store, without a Python object each.
    ids = pa.array([f"e{i}" for i in range(3)])
    table = EventColumns(
        ids=ids,
        types=np.zeros(3, dtype=np.int8),
        day=np.full(3, 739000, dtype=np.int32),
        time_precision=np.ones(3, dtype=np.int8),
        geo_precision=np.ones(3, dtype=np.int8),
        lat=np.array([1.0, 2.0, float("nan")]),
        lon=np.array([1.0, 2.0, float("nan")]),
        title=pa.array(["a", "b", "c"]),
        place=pa.array(["a", "b", "c"]),
        excerpt=pa.array(["a", "b", "c"]),
        claimed_by=pa.array(["a", "b", "c"]),
        source=pa.chunked_array([["x"], ["y", "z"]]),
    )
    assert table.located().tolist() == [True, True, False]
    assert table.position("e1") == 1
    assert table.event(1).source == "y"


def test_near_the_highest_zoom_a_badge_fans_out_instead_of_zooming_in():
    # Sixty reports a few metres apart: at zoom 17 one cell, a badge that fans out.
    lat = [48.0 + 0.00001 * k for k in range(60)]
    table = columns(lat, [37.8] * 60)
    request = ViewRequest((37.79, 47.99, 37.81, 48.01), 17)
    payload = ViewIndex(table).view(np.ones(60, dtype=bool), request)
    badges = payload["clusters"]
    assert sum(b[2] for b in badges) == 60  # one badge, or two across a cell's edge
    assert all(b[4] >= 0 for b in badges)
    assert len(markers(payload)) == 60
    # Further out the same events are a badge that zooms in when clicked.
    wide = ViewIndex(table).view(np.ones(60, dtype=bool), ViewRequest(request.bounds, 12))
    assert wide["clusters"][0][4] == -1


def test_region_level_events_are_drawn_as_their_outlines_chosen_by_each_answer():
    from mapapp.core.schema import EVENT_TYPES
    from mapapp.geo.regions import default_regions
    from mapapp.map.aggregate import MIXED_COLOUR, Outlines

    table = EventTable(load_events(EVENTS).events)
    outlines = Outlines.of_columns(table, default_regions())
    names = [f["properties"]["name"] for f in outlines.collection["features"]]
    assert names == ["Kursk Oblast", "Rostov Oblast", "Crimea"]
    ids = table.ids.to_pylist()
    by_id = dict(zip(ids, outlines.of.tolist(), strict=True))
    assert by_id["rostov-region-missiles-drones"] == names.index("Rostov Oblast")
    # North Korea is coded to Pyongyang: the place does not name that region.
    assert by_id["north-korea-training-additional-deployment"] == -1
    assert by_id["novoshakhtinsk-refinery-strike"] == -1  # a settlement, not region-level
    everything = np.ones(len(table), dtype=bool)
    colours = dict(outlines.shown(everything, table.types))
    assert colours[names.index("Rostov Oblast")] == EVENT_TYPES["strike"].colour
    assert colours[names.index("Kursk Oblast")] == MIXED_COLOUR  # deployments and a claim
    # The filters choose the outlines shown, and their colours.
    claims = table.types == KEYS.index("territorial_claim")
    assert dict(outlines.shown(claims, table.types)) == {
        names.index("Kursk Oblast"): EVENT_TYPES["territorial_claim"].colour,
        names.index("Crimea"): EVENT_TYPES["territorial_claim"].colour,
    }
    # The markers sent say which events their outline stands for.
    payload = ViewIndex(table).view(
        everything, ViewRequest((30.0, 44.0, 42.0, 53.0), 5), points_limit=100, outlines=outlines
    )
    assert "rostov-region-missiles-drones" in payload["outlined"]
    assert "novoshakhtinsk-refinery-strike" not in payload["outlined"]
    assert payload["outlines"] == outlines.shown(everything, table.types)


@pytest.mark.parametrize("split_from", [100_000, 1_000])
def test_excerpt_search_through_trigram_signatures_finds_what_one_pass_finds(
    monkeypatch, split_from
):
    from mapapp.core import query

    # Each pass reads the excerpts in one part, or (1,000) in a part per core.
    monkeypatch.setattr(query, "SPLIT_FROM", split_from)
    rng = np.random.default_rng(7)
    letters = list("abcdefghijklmnopqrstuvwxyz") + list("абвгдежзийклмнопрстуфхцчшщьюяєії")
    vocabulary = ["".join(rng.choice(letters, size=8)) for _ in range(2000)]
    excerpts = [" ".join(rng.choice(vocabulary, size=int(rng.integers(0, 7)))) for _ in range(3000)]
    # Two excerpts whose bytes meet: a word across the seam is in neither.
    excerpts[10], excerpts[11] = "ends with seamle", "ssly joined"
    excerpts[12] = "Capitals And ЛІТЕРИ"
    queries = [*vocabulary[:40], "seamlessly", "Ends With", "nothing-like-it", "abc", "жз"]
    queries += [vocabulary[42][:4], "літери", "capitals and"]
    # No trigram (or none once folded: "ьбk" is "bk"): one pass over all excerpts, lowered.
    queries += ["ab", vocabulary[41][2:5]]
    one_pass = columns([48.0] * len(excerpts), [37.0] * len(excerpts))
    one_pass.excerpt = pa.array(excerpts)
    expected = {text: one_pass.matching(text) for text in queries}
    assert one_pass._signatures is None  # small data: no signatures, one pass each
    table = columns([48.0] * len(excerpts), [37.0] * len(excerpts))
    table.excerpt = pa.array(excerpts)
    table.prepare_search()  # before any search
    signatures = table._signatures
    assert signatures is not None
    narrowed = 0
    for text in queries[:-2]:
        assert (table.matching(text) == expected[text]).all(), text
        rows = signatures.candidates(text.lower().encode())
        narrowed += rows is not None and len(rows) < len(excerpts) / 50
    for text in queries[-2:]:
        assert (table.matching(text) == expected[text]).all(), text
    assert narrowed >= 40  # the words of the excerpts: a few rows each to read
    assert signatures.candidates(b"ab") is None  # no trigram: one pass
    assert signatures.candidates(b"e") is None
    assert len(excerpts) < query.SIGNATURE_FROM  # the app makes them only for large data


# Characters whose lower case is another: the dotted capital I and the Kelvin sign lower to
# ASCII letters; final sigma, capital sharp s, Cyrillic and Greek capitals; Ǆ, a digraph.
_CASED = "\u0130\u212aΣςẞßΩ\u212bДЇЄǄǅǆﬁ"


def test_arrow_lowers_each_character_to_one_character():
    """The excerpt search stands each character of the words for every character Arrow
    lowers to it: exact only if Arrow lowers one code point at a time, to one code point,
    and changes none from U+20000 on."""
    from mapapp.core import query

    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    lowered = pa.compute.utf8_lower(pa.array([everything]))[0].as_py()
    assert len(lowered) == len(everything)
    changed = {a: b for a, b in zip(everything, lowered, strict=True) if a != b}
    assert changed == query._lowered_from()[0]
    assert max(map(ord, changed)) < query._CASED_BELOW
    assert sorted(query.odd_characters()) == ["\u0130", "\u212a"]  # İ, the Kelvin sign


@pytest.mark.parametrize("prepared", [False, True])
def test_excerpt_search_is_the_lowered_excerpt_holding_the_lowered_words(monkeypatch, prepared):
    """Whatever the path (one pass, or the rows the signatures leave; the excerpts with a
    dotted I or a Kelvin sign apart), an excerpt is found exactly when Arrow's lowering of it
    holds the words lowered."""
    from mapapp.core import query

    monkeypatch.setattr(query, "SPLIT_FROM", 500)
    rng = np.random.default_rng(11)
    letters = list("abcdeikmnorsy ") + list(_CASED)
    excerpts = ["".join(rng.choice(letters, size=int(rng.integers(0, 40)))) for _ in range(2000)]
    excerpts += ["İstanbul", "the Kelvin sign: \u212aYIV", "ΣΟΦΟΣ σοφος", "GROẞE straße", "ǄAMIJA"]
    table = columns([48.0] * len(excerpts), [37.0] * len(excerpts))
    table.excerpt = pa.array(excerpts)
    if prepared:
        table.prepare_search()
        assert table._signatures is not None
    lowered = pa.compute.utf8_lower(table.excerpt).to_pylist()
    words = ["i̇stanbul", "kyiv", "σοφος", "große", "ǆamija", "ik", "ksy", "ΣΟ", "ẞ", "İ\u212a"]
    words += ["is"]
    words += ["".join(rng.choice(letters, size=3)).strip() or "a" for _ in range(40)]
    for word in words:
        table._last_search = None
        needles = {word.strip().lower(), query.fold(word)} - {""}
        expected = [i for i, text in enumerate(lowered) if any(n in text for n in needles)]
        assert table._in_excerpts(needles).tolist() == expected, word


def test_large_data_gets_its_signatures_in_the_background_from_the_first_search(monkeypatch):
    from mapapp.core import query

    monkeypatch.setattr(query, "SIGNATURE_FROM", 100)
    table = columns([48.0] * 200, [37.0] * 200)
    table.excerpt = pa.array([f"Shelling near village number {i}." for i in range(200)])
    assert table._signatures is None
    assert table.matching("village number 7").sum() == 11  # 7 and 70-79, in one pass
    assert table._signing is not None
    table._signing.join(timeout=30)
    assert table._signatures is not None
    table._last_search = None
    assert table.matching("village number 7").sum() == 11  # the same, through them
