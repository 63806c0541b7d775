"""The vocabularies of the event schema, each defined once.

The validator, the type filter, the map layers and the legend all read these tables, so adding
an event type or renaming a label happens here and nowhere else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import IntEnum


@dataclass(frozen=True)
class EventType:
    """How one kind of event is named and drawn."""

    key: str
    label: str
    colour: str
    # SVG path data in a 24x24 view box, drawn in white on the type's colour.
    icon: str


# Colours from the Okabe-Ito palette, distinguishable with the common colour-vision deficiencies.
EVENT_TYPES: dict[str, EventType] = {
    t.key: t
    for t in (
        EventType(
            "strike",
            "Strike",
            "#D55E00",
            "M12 1l2.4 6.6 6.4-3-3 6.4L24 12l-6.2 1.9 3 6.4-6.4-3L12 23l-2.4-5.7-6.4 3"
            " 3-6.4L0 12l6.2-1.9-3-6.4 6.4 3z",
        ),
        EventType(
            "deployment",
            "Deployment",
            "#0072B2",
            "M3 13l9-6 9 6v4l-9-6-9 6zM3 7l9-6 9 6v4l-9-6-9 6z",
        ),
        EventType(
            "territorial_claim",
            "Territorial claim",
            "#009E73",
            "M4 1h2.5v22H4zM7.5 2H21l-3.5 5 3.5 5H7.5z",
        ),
    )
}


class GeoPrecision(IntEnum):
    """How exactly an event's point is known (ACLED's codes, which mapapp shares)."""

    SETTLEMENT = 1
    NEAR = 2
    REGION = 3

    @property
    def label(self) -> str:
        return _GEO_LABELS[self][0]

    @property
    def short(self) -> str:
        """The label in a word or two, for tables."""
        return _GEO_LABELS[self][1]

    @classmethod
    def of(cls, place_kind: str, near: bool = False) -> GeoPrecision:
        """The precision of an event put at a gazetteer entry of ``place_kind``: a region (or
        a whole country) makes it region-level whatever the text said; else "near X" or "at
        X"."""
        if place_kind in ("region", "country"):
            return cls.REGION
        return cls.NEAR if near else cls.SETTLEMENT


_GEO_LABELS = {
    GeoPrecision.SETTLEMENT: ("at the named settlement", "settlement"),
    GeoPrecision.NEAR: ("near a settlement, or a small area drawn at one", "near settlement"),
    GeoPrecision.REGION: ("region or country (at its centre or capital)", "region"),
}


class TimePrecision(IntEnum):
    """How exactly an event's date is known: the day, a week or similar span, the month."""

    DAY = 1
    WEEK = 2
    MONTH = 3

    @property
    def label(self) -> str:
        return _TIME_LABELS[self]


_TIME_LABELS = {
    TimePrecision.DAY: "day",
    TimePrecision.WEEK: "week or similar span",
    TimePrecision.MONTH: "month",
}

# The codes and their labels as plain tables, for validation messages and widgets.
GEO_PRECISION: dict[int, str] = {p.value: p.label for p in GeoPrecision}
GEO_PRECISION_SHORT: dict[int, str] = {p.value: p.short for p in GeoPrecision}
TIME_PRECISION: dict[int, str] = {p.value: p.label for p in TimePrecision}

# An event id: letters, digits and . _ : -, starting with a letter or digit (matched whole).
EVENT_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]*")


def event_title(event_type: str, place: str) -> str:
    """The title mapapp gives an event it makes: "Strike: Novoshakhtinsk"."""
    return f"{EVENT_TYPES[event_type].label}: {place}"


def new_event_id(prefix: str, place: str, event_type: str, offset: int) -> str:
    """The id of an event found in an article: ``PREFIX-PLACE-TYPE-OFFSET``, the place as a
    lower-case slug and the offset of its mention in the article."""
    slug = re.sub(r"[^a-z0-9]+", "-", place.lower()).strip("-") or "place"
    return f"{prefix}-{slug}-{event_type}-{offset}"


def retyped_event_id(event_id: str, old_type: str, new_type: str) -> str:
    """The id of a found event whose type a reviewer changed: the type in it follows."""
    return event_id.replace(f"-{old_type}-", f"-{new_type}-")
