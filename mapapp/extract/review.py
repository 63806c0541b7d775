"""Reviewing candidate events before they join the map: the logic behind "Add an article".

A reviewer sees one :class:`ReviewRow` per candidate, changes what the pipeline got wrong
(accept or reject, type, date, place, the place among homonyms) and saves. This module turns
those edits into event features; the Streamlit page (:mod:`mapapp.app.add_page`) only draws them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from mapapp.core.schema import (
    EVENT_TYPES,
    TIME_PRECISION,
    GeoPrecision,
    event_title,
    retyped_event_id,
)
from mapapp.extract.mentions import NAMED_LIKE, SAID_IN_UNIT, district_drawn_at
from mapapp.extract.pipeline import Candidate, Extraction
from mapapp.geo.gazetteer import FROM_CONTEXT, LOOKALIKE, NEAREST_NAMESAKE, Gazetteer, Place
from mapapp.geo.locate import candidate_list, location_fields
from mapapp.geo.resolver import CODIFIED_ONLY

NOT_LOCATED = "(not located)"


@dataclass(frozen=True)
class ReviewRow:
    """One candidate as the reviewer sees it. ``choices`` are the places its name may be."""

    feature: dict[str, Any]
    place: Place | None
    choices: tuple[Place, ...]
    # Whether to ask the reviewer which place it is: several fit, and the text chose one
    # (or none) of them.
    ask: bool = False
    # Why the reviewer should look at its place ("" if nothing speaks against it).
    doubt: str = ""

    @property
    def properties(self) -> dict[str, Any]:
        properties: dict[str, Any] = self.feature["properties"]
        return properties


def review_rows(
    extraction: Extraction, source: Mapping[str, Any], gazetteer: Gazetteer
) -> list[ReviewRow]:
    """The candidates of ``extraction`` as rows to review, in the order of the text."""
    rows = []
    for candidate, feature in zip(extraction.candidates, extraction.features(source), strict=True):
        result = candidate.mention.result
        choices = result.candidates if result else ()
        if candidate.place is not None and candidate.place not in choices:
            choices = (candidate.place, *choices)
        from_context = bool(result and result.from_context)
        # (A place the text settled only by its context is asked about, even the one place
        # of its name: "the village of Yurkivka" in a text that says nowhere else where.)
        ask = bool(choices) and (candidate.place is None or from_context)
        rows.append(ReviewRow(feature, candidate.place, tuple(choices), ask, _doubt(candidate)))
    return rows


def _doubt(candidate: Candidate) -> str:
    """What the reviewer should check about a candidate's place, in a few words."""
    result = candidate.mention.result
    if candidate.mention.kind == "district" and candidate.place is not None:
        return district_drawn_at(candidate.mention, candidate.place)
    if (
        candidate.place is not None
        and result is not None
        and result.reason.startswith((NAMED_LIKE, SAID_IN_UNIT))
    ):
        # "named after Khotin, the town of Sumy Oblast with a name like it", "in the Nikopol
        # district, run from Nikopol (Dnipropetrovsk Oblast, UA)"
        return result.reason.removeprefix(f"{FROM_CONTEXT}: ")
    if result is None:
        return ""
    if candidate.mention.kind in ("district", "facility") and candidate.place is not None:
        return ""  # (but "several cities have a district of that name ...": its question)
    if candidate.mention.kind in ("district", "facility") and not result.candidates:
        # (why it is not located: "a district of Kharkiv, which the text names")
        return result.reason
    if candidate.place is not None:
        if not result.from_context:
            return ""
        if result.reason == FROM_CONTEXT:
            return "chosen among namesakes by the article's context"
        if result.reason.startswith(NEAREST_NAMESAKE):
            # "the namesake nearest what the text is about: Makiivka (Chernihiv Oblast ...) is
            # 323 km from what this text is about (...)"
            return result.reason.removeprefix(f"{FROM_CONTEXT}, ")
        if result.reason.startswith(LOOKALIKE):
            return result.reason  # "spelt like Kharkiv (Kharkiv Oblast, Ukraine); no place ..."
        if len(result.candidates) == 1:
            # "the only place of that name the gazetteer has, a village, and the text ..."
            return result.reason.partition(": ")[2] or result.reason
        return f"chosen among namesakes: {result.reason}"
    if result.candidates:
        return result.reason  # far from the article's places, or no namesake stands out
    if result.reason.startswith(CODIFIED_ONLY):
        return result.reason  # "... the official codifier lists one in the Bakhmutska hromada"
    return ""


def _located(properties: dict[str, Any], place: Place | None, near: bool) -> dict[str, Any]:
    """``properties`` (a copy) with the location fields of ``place``, or of no place, and
    the feature's ``geometry`` among them."""
    drop = ("geocoded", "candidates", "unlocated", "located_at")
    out = {k: v for k, v in properties.items() if k not in drop}
    out["geo_precision"] = None if place is None else int(GeoPrecision.of(place.kind, near))
    fields = location_fields(place, out["geo_precision"])
    kept = properties.get("geocoded")
    if (
        place is not None
        and isinstance(kept, dict)
        and kept.get("id") == place.id
        and out["geo_precision"] == properties.get("geo_precision")
        and "located_at" in properties
    ):
        # The same place, as precise as before: what the point stands for stays ("Boryspil
        # district: a district, drawn at Boryspil").
        fields["located_at"] = properties["located_at"]
    return {**out, **fields}


def apply_review(
    row: ReviewRow,
    *,
    text: str,
    gazetteer: Gazetteer,
    event_type: str | None = None,
    date: dt.date | None = None,
    time_precision: int | None = None,
    place_name: str | None = None,
    choice: Place | str | None = "",
    claimed_by: str | None = None,
) -> tuple[dict[str, Any], tuple[Place, ...]]:
    """The feature ``row`` becomes with the reviewer's edits, and the places its (possibly
    renamed) place may be.

    A new ``place_name`` is looked up again with the article as context. ``choice`` picks one
    of the row's places (a :class:`Place`), or none (``None``); ``""`` keeps the pipeline's.
    """
    props = dict(row.properties)
    if event_type is not None:
        if event_type not in EVENT_TYPES:
            expected = ", ".join(EVENT_TYPES)
            raise ValueError(f"unknown event type {event_type!r}; expected one of {expected}")
        # The id names the type ("...-kharkiv-strike-120"): it follows the new one.
        props["id"] = retyped_event_id(props["id"], props["type"], event_type)
        props["type"] = event_type
    if date is not None:
        props["date"] = date.isoformat()
    if time_precision is not None:
        if time_precision not in TIME_PRECISION:
            raise ValueError(f"unknown time precision {time_precision!r}; expected 1, 2 or 3")
        props["time_precision"] = time_precision
    if claimed_by is not None and claimed_by.strip():
        props["claimed_by"] = claimed_by.strip()
    place, choices = row.place, row.choices
    near = props.get("geo_precision") == GeoPrecision.NEAR
    if place_name is not None and place_name.strip() and place_name.strip() != props["place"]:
        props["place"] = place_name.strip()
        result = gazetteer.lookup(props["place"], context=text)
        place, choices = result.place, result.candidates
        if place is None and len(choices) == 1:
            place = choices[0]  # the reviewer named it: the one place of that name
        near = False
    if choice != "":
        place = choice if isinstance(choice, Place) else None
    props = _located(props, place, near)
    geometry = props.pop("geometry")
    props["title"] = event_title(props["type"], props["place"])
    if place is None:
        props["candidates"] = candidate_list(choices)
    return {"type": "Feature", "geometry": geometry, "properties": props}, tuple(choices)
