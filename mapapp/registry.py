"""The vocabularies of the event schema, each defined once.

The validator, the type filter, the map layers and the legend all read these tables, so adding
an event type or renaming a label happens here and nowhere else.
"""

from __future__ import annotations

from dataclasses import dataclass


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

GEO_PRECISION: dict[int, str] = {
    1: "at the named settlement",
    2: "near the named settlement",
    3: "region only (shown at its administrative centre)",
}

# The same, in a word or two, for tables.
GEO_PRECISION_SHORT: dict[int, str] = {1: "settlement", 2: "near settlement", 3: "region"}

TIME_PRECISION: dict[int, str] = {
    1: "day",
    2: "week or similar span",
    3: "month",
}
