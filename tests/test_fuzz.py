"""Property-based tests (Hypothesis): malformed input never stops mapapp.

Generated events files mix valid features with features whose fields hold random JSON:
lists, objects, deep nesting, huge integers, floats, long strings, control characters. Each
invalid feature must become a :class:`~mapapp.core.messages.Problem` naming the feature and a
field, every valid feature must still load, and only a file unusable as a whole may raise,
and then only :class:`~mapapp.errors.EventsFileError`.

Layout:

1. Strategies: random JSON values, features broken in chosen fields, whole files.
2. An oracle: the schema of the README's *The data*, written again here, independently of
   :mod:`mapapp.core.model`, to say which generated features are valid.
3. Properties of :func:`~mapapp.store.load.load_events`.
4. Properties of ``mapapp validate``.
5. ``mapapp export``: the valid events on the page, or a clear word that none were.
6. Extraction: any text gives valid events whose excerpts are verbatim slices.

``derandomize=True``: the examples are the same on every run, so CI is deterministic.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import json
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mapapp import cli
from mapapp.core.errors import ArticleError, EventsFileError
from mapapp.core.model import parse_feature
from mapapp.core.schema import EVENT_TYPES
from mapapp.extract.pipeline import clean_text, decode_article, extract
from mapapp.geo.gazetteer import Gazetteer
from mapapp.store.load import load_events
from tests.samples import VALID_FEATURE

FUZZ = settings(
    deadline=None,
    max_examples=100,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# A valid feature; generated files vary and break copies of it (each with its own id).
BASE = VALID_FEATURE
PROPERTIES = tuple(BASE["properties"])
# What a generated feature may break: a property, the geometry or its coordinates, the whole
# properties object, or the feature itself.
TARGETS = (*PROPERTIES, "geometry", "geometry.coordinates", "properties", "feature")


# --- 1. Strategies -----------------------------------------------------------------------

# Any character UTF-8 can carry (no lone surrogates), control characters included.
_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=30)
_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)  # beyond 64 bits too
    | st.floats(allow_nan=False, allow_infinity=False)
    | _text
    | st.sampled_from(["", " ", "\n", "2024-12-19", "0001-01-01", "9999-12-31", "strike", "1"])
)
_nested = st.integers(min_value=1, max_value=1000).map(lambda depth: _deep(depth))
_long = st.integers(min_value=100, max_value=200_000).map(lambda n: "x" * n)
json_values = st.recursive(
    _scalars,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(_text | st.sampled_from(PROPERTIES), children, max_size=4)
    ),
    max_leaves=8,
) | st.one_of(_nested, _long)


def _deep(depth: int) -> Any:
    value: Any = "deep"
    for _ in range(depth):
        value = [value]
    return value


# Values a valid feature may hold, to vary the valid ones (all valid for the field).
_valid_changes = st.fixed_dictionaries(
    {},
    optional={
        "type": st.sampled_from(list(EVENT_TYPES)),
        "date": st.dates(dt.date(1, 1, 4), dt.date(9999, 12, 28)).map(dt.date.isoformat),
        "time_precision": st.integers(1, 3),
        "title": _text.filter(str.strip),
        "geometry": st.none()
        | st.tuples(st.floats(-180, 180), st.floats(-90, 90)).map(
            lambda c: {"type": "Point", "coordinates": list(c)}
        ),
    },
)


@dataclass(frozen=True)
class Generated:
    """One generated feature and what was done to it."""

    feature: Any
    broken: frozenset[str]  # the targets given random values ("" when none)


@st.composite
def features(draw: st.DrawFn, index: int) -> Generated:
    feature = copy.deepcopy(BASE)
    feature["properties"]["id"] = f"ok-{index}"
    for name, value in draw(_valid_changes).items():
        (feature if name == "geometry" else feature["properties"])[name] = value
    broken = frozenset(draw(st.sets(st.sampled_from(TARGETS), max_size=3)))
    for target in sorted(broken):
        value = draw(json_values)
        if target == "feature":
            return Generated(value, broken)
        if target == "properties":
            feature["properties"] = value
        elif target == "geometry":
            feature["geometry"] = value
        elif target == "geometry.coordinates":
            feature["geometry"] = {"type": "Point", "coordinates": value}
        elif isinstance(feature["properties"], dict):
            feature["properties"][target] = value
    return Generated(feature, broken)


@st.composite
def collections(draw: st.DrawFn) -> list[Generated]:
    count = draw(st.integers(min_value=0, max_value=8))
    return [draw(features(i)) for i in range(count)]


@contextmanager
def events_file(items: list[Generated]) -> Iterator[Path]:
    """The generated features as a FeatureCollection in a file of its own."""
    collection = {"type": "FeatureCollection", "features": [g.feature for g in items]}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.geojson"
        # Written with the standard library: it writes any depth and big integers exactly.
        path.write_text(json.dumps(collection, ensure_ascii=False, allow_nan=False), "utf-8")
        yield path


# --- 2. The oracle: the schema, written again --------------------------------------------

_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]*")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_INT64 = 2**63


def _number(value: Any) -> float | None:
    """What orjson reads a JSON number as: an int within 64 bits, else a float."""
    if type(value) is int and not -_INT64 <= value < 2 * _INT64:
        return float(value)
    return value if type(value) in (int, float) else None


def _day(value: Any) -> dt.date | None:
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _text_ok(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _coordinates_ok(coords: Any) -> bool:
    if not isinstance(coords, list) or len(coords) not in (2, 3):
        return False
    numbers = [_number(c) for c in coords]
    if any(n is None or type(n) is bool for n in numbers):
        return False
    return -180 <= numbers[0] <= 180 and -90 <= numbers[1] <= 90  # type: ignore[operator]


def _source_ok(value: Any) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    if not isinstance(value, dict):
        return False
    if not any(_text_ok(value.get(k)) for k in ("title", "file", "url")):
        return False
    return value.get("published") is None or _day(value["published"]) is not None


def valid(feature: Any) -> bool:
    """Whether ``feature`` follows the README's schema (independently of mapapp.core.model)."""
    if not isinstance(feature, dict) or feature.get("type") != "Feature":
        return False
    props = feature.get("properties")
    if not isinstance(props, dict):
        return False
    geometry = feature.get("geometry")
    if geometry is not None and not (
        isinstance(geometry, dict)
        and geometry.get("type") == "Point"
        and _coordinates_ok(geometry.get("coordinates"))
    ):
        return False
    precisions = (1, 2, 3)
    geo = props.get("geo_precision")
    time_precision = props.get("time_precision")
    day = _day(props.get("date"))
    checks = [
        isinstance(props.get("id"), str) and bool(_ID.fullmatch(props["id"])),
        isinstance(props.get("type"), str) and props["type"] in EVENT_TYPES,
        all(_text_ok(props.get(k)) for k in ("title", "place", "excerpt", "claimed_by")),
        (geometry is None and geo is None) or (type(geo) is int and geo in precisions),
        type(time_precision) is int and time_precision in precisions,
        day is not None,
        _source_ok(props.get("source")),
    ]
    if not all(checks):
        return False
    # A "week" date is ±3 days: it must stay within years 1 to 9999.
    return time_precision != 2 or dt.date(1, 1, 4) <= day <= dt.date(9999, 12, 28)  # type: ignore[operator]


def _roots(broken: frozenset[str]) -> set[str]:
    """The fields a problem may name for these broken targets."""
    roots = {t.split(".")[0] for t in broken}
    if "feature" in roots:
        roots |= {"type", "properties"}
    if "properties" in roots:
        roots |= set(PROPERTIES)  # a random object in its place lacks them
    return roots


def _expected_ids(items: list[Generated]) -> tuple[list[int], set[int]]:
    """The indices expected to load (first of each id), and those expected as problems."""
    loaded, seen = [], set()
    for index, item in enumerate(items):
        if valid(item.feature):
            event_id = item.feature["properties"]["id"]
            if event_id not in seen:
                seen.add(event_id)
                loaded.append(index)
    return loaded, set(range(len(items))) - set(loaded)


# --- 3. load_events ----------------------------------------------------------------------


@FUZZ
@given(collections())
def test_load_never_fails_on_bad_features_and_keeps_the_good(items: list[Generated]) -> None:
    with events_file(items) as path:
        result = load_events(path)
    loaded, rejected = _expected_ids(items)
    kept = [e.id for e in result.events] + [u.event.id for u in result.unlocated]
    assert sorted(kept) == sorted(items[i].feature["properties"]["id"] for i in loaded)
    assert len(result.problems) == len(rejected)
    for problem, index in zip(result.problems, sorted(rejected), strict=True):
        assert problem.feature.startswith(f"feature #{index}")
        assert problem.field, problem
        assert problem.file == str(path)
        assert len(str(problem)) < 1000  # bounded, whatever the value
        if valid(items[index].feature):
            assert problem.field == "id"  # a repeated id
        else:
            assert problem.field.split(".")[0] in _roots(items[index].broken), problem


@FUZZ
@given(collections())
def test_geocoding_bad_and_odd_places_never_fails(
    gazetteer: Gazetteer, items: list[Generated]
) -> None:
    with events_file(items) as path:
        result = load_events(path, gazetteer)
    loaded, rejected = _expected_ids(items)
    assert result.total == len(loaded)
    assert len(result.problems) == len(rejected)
    assert all(len(u.reason) < 5_000 for u in result.unlocated)


_whole_files = st.one_of(
    json_values.map(lambda v: json.dumps(v).encode()),  # not a FeatureCollection
    st.fixed_dictionaries({"type": st.just("FeatureCollection"), "features": json_values}).map(
        lambda v: json.dumps(v).encode()
    ),
    st.binary(max_size=200),
    st.binary(max_size=50).map(lambda b: b'{"type": "FeatureCollection", "features": [' + b),
    st.just(b"\xef\xbb\xbf" + b'{"type": "FeatureCollection", "features": []}'),
    st.just(b"[" * 2000 + b"]" * 2000),
    st.just(b'{"type": "FeatureCollection", "features": [1e400]}'),
    st.just(b'{"type": "FeatureCollection", "features": [' + b"9" * 5000 + b"]}"),
)


@FUZZ
@given(_whole_files)
def test_a_file_unusable_as_a_whole_raises_only_events_file_error(raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "whole.geojson"
        path.write_bytes(raw)
        try:
            result = load_events(path)
        except EventsFileError as err:
            message = str(err)
        else:
            message = ""
            assert result.total + len(result.problems) >= 0
    if message:
        assert str(path) in message
        assert len(message) < 1000


# --- 4. mapapp validate ------------------------------------------------------------------


@settings(FUZZ, max_examples=15)
@given(items=collections(), geocode=st.booleans())
def test_validate_exits_0_or_1_on_any_features(items: list[Generated], geocode: bool) -> None:
    out, err = io.StringIO(), io.StringIO()
    with events_file(items) as path, redirect_stdout(out), redirect_stderr(err):
        code = cli.main(["validate", *([] if geocode else ["--no-geocode"]), str(path)])
    _, rejected = _expected_ids(items)
    assert code == (1 if rejected else 0), err.getvalue()[-2000:]
    assert len(err.getvalue()) < 1000 * (len(items) + 2)  # bounded lines


# --- 5. mapapp export ---------------------------------------------------------------------


@settings(FUZZ, max_examples=10)
@given(items=collections())
def test_export_writes_the_valid_events_or_says_none_were_selected(
    items: list[Generated],
) -> None:
    accepted, rejected = _expected_ids(items)
    out, err = io.StringIO(), io.StringIO()
    with (
        events_file(items) as path,
        tempfile.TemporaryDirectory() as folder,
        redirect_stdout(out),
        redirect_stderr(err),
    ):
        page = Path(folder) / "map.html"
        code = cli.main(["export", "--events", str(path), "--out", str(page), "--tiles", "none"])
        written = page.read_text(encoding="utf-8") if page.exists() else ""
    if "nothing written" in err.getvalue():
        assert code == 1  # no event on the map to export: said, and no page written
        assert not written
    else:
        assert accepted
        assert code == (1 if rejected else 0), err.getvalue()[-2000:]
        assert " event(s) from " in written  # the header says what the page shows
        assert "<script src=" not in written  # one self-contained page


# --- 6. mapapp extract ----------------------------------------------------------------------

# Article-like text: place names, event words, dates and punctuation, with random text,
# control characters and long runs mixed in.
_WORDS = st.sampled_from(
    "Russian forces struck Kharkiv Kursk region Trudove Lyman Pokrovsk near the village of"
    " captured shelled drones on Monday in August , . ; — “ ” ’s Mr. U.S. Donetsk Oblast"
    " district raion Giryi Moscow said according to Kyiv Zaporizhia 2014 \n".split(" ")
)
_ARTICLES = st.lists(st.one_of(_WORDS, _text), max_size=120)


@settings(FUZZ, max_examples=60)
@given(words=_ARTICLES, published=st.dates(dt.date(2000, 1, 1), dt.date(2025, 12, 31)))
def test_extraction_of_any_text_gives_valid_events_with_verbatim_excerpts(
    gazetteer: Gazetteer, words: list[str], published: dt.date
) -> None:
    text = " ".join(words)
    try:
        raw = decode_article(text.encode("utf-8"), "fuzz.txt")
    except ArticleError as err:
        message = str(err)  # an unusable text (empty) is named, never a crash
        assert message.startswith("fuzz.txt: ")
        return
    result = extract(raw, published, gazetteer)
    cleaned = clean_text(raw)
    for candidate, feature in zip(
        result.candidates, result.features({"title": "fuzz"}), strict=True
    ):
        parse_feature(feature)  # every candidate is a valid event
        start, end = feature["properties"]["excerpt_offsets"]
        assert cleaned[start:end] == feature["properties"]["excerpt"]
        assert candidate.date <= published


@settings(FUZZ, max_examples=10)
@given(words=_ARTICLES)
def test_mapapp_extract_exits_0_and_prints_geojson(words: list[str]) -> None:
    out, err = io.StringIO(), io.StringIO()
    with tempfile.TemporaryDirectory() as folder:
        article = Path(folder) / "article.txt"
        article.write_text(" ".join(words) + " Russian forces struck Kharkiv.", encoding="utf-8")
        with redirect_stdout(out), redirect_stderr(err):
            code = cli.main(["extract", str(article), "--published", "2024-12-19"])
    assert code == 0, err.getvalue()[-2000:]
    collection = json.loads(out.getvalue())
    assert collection["type"] == "FeatureCollection"
    for feature in collection["features"]:
        parse_feature(feature)
