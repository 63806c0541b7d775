"""How problems and bad values are told to a person: short quotes of any value, a problem
naming the file, the feature and the field, and long problem lists cut to a screenful."""

from __future__ import annotations

import math
import reprlib
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

# How much of a value a message quotes, and how many problems a list shows before it counts.
SHOWN_CHARS = 80


SHOWN_PROBLEMS = 20


def _repr_config() -> reprlib.Repr:
    config = reprlib.Repr()
    config.maxlevel = 3
    config.maxstring = config.maxother = config.maxlong = SHOWN_CHARS
    config.maxlist = config.maxtuple = config.maxdict = config.maxset = 6
    return config


_REPR = _repr_config()


def short_repr(value: Any, limit: int = SHOWN_CHARS) -> str:
    """``repr(value)`` in at most about ``limit`` characters, whatever the value's size or
    depth (reprlib-style): a long one is cut, with a note of its full size
    (``'xxxx…' (10,000,000 characters)``). Messages quote bad values only through this."""
    if isinstance(value, str):
        text = repr(value[:limit])
        if len(value) <= limit and len(text) <= limit + 2:
            return text
        # Cut the text, or its escapes (a control character takes four).
        return f"{text[: limit + 1]}…{text[-1]} ({len(value):,} characters)"
    if type(value) is int and value.bit_length() > 3 * limit:
        # Python will not even turn an int of over 4,300 digits into text.
        return f"an integer of about {int(value.bit_length() * math.log10(2)) + 1:,} digits"
    try:
        text = _REPR.repr(value)
    except (RecursionError, ValueError):
        text = f"<{type(value).__name__}>"
    cut = len(text) > limit or "..." in text
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    if cut and isinstance(value, (list, dict)):
        items = f"{len(value):,} item" + ("" if len(value) == 1 else "s")
        return f"{text} ({type(value).__name__} of {items})"
    return text


def clip(text: str, limit: int = SHOWN_CHARS) -> str:
    """``text`` itself if it is short, else its first ``limit`` characters and its length."""
    if len(text) <= limit:
        return text
    return f"{text[: limit - 1]}… ({len(text):,} characters)"


@dataclass(frozen=True)
class Problem:
    """Why one feature (or the whole file) was not loaded."""

    file: str
    feature: str
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.feature}, field '{self.field}'" if self.field else self.feature
        return f"{self.file}: {where}: {self.message}"


@dataclass(frozen=True)
class ProblemSummary:
    """A problem list cut to what a person can read: the first problems, then a count."""

    shown: tuple[Problem, ...]
    # "and 48,948 more: 30,000 in field 'type', ...", or "" when every problem is shown.
    more: str

    def lines(self) -> list[str]:
        """Each shown problem, then the count of the rest (if any), one per line."""
        return [str(p) for p in self.shown] + ([self.more] if self.more else [])

    def __iter__(self) -> Iterator[str]:
        """The :meth:`lines`: ``for line in summarise_problems(problems): print(line)``."""
        return iter(self.lines())


def summarise_problems(problems: Sequence[Problem], limit: int = SHOWN_PROBLEMS) -> ProblemSummary:
    """The first ``limit`` problems, and the rest counted by field, most frequent first:
    ``and 48,948 more: 30,000 in field 'type', 18,948 in field 'date'``. What the app and
    the command line show of a long problem list, so that 50,000 bad features print a
    screenful, not 50,000 lines."""
    rest = problems[limit:]
    if not rest:
        return ProblemSummary(tuple(problems), "")
    counts = Counter(p.field for p in rest)
    parts = [
        f"{n:,} in field '{name}'" if name else f"{n:,} about the whole feature"
        for name, n in sorted(counts.items(), key=lambda item: (-item[1], item[0] == ""))
    ]
    return ProblemSummary(tuple(problems[:limit]), f"and {len(rest):,} more: {', '.join(parts)}")


def feature_label(index: int, feature: Any, prefix: str = "", item: str = "feature") -> str:
    """``feature #3 (id 'abc')``: how a problem names the feature it is about (a long id
    cut short); ``prefix`` gives ``new feature #3``, ``item`` ``row #3``."""
    props = feature.get("properties") if isinstance(feature, dict) else None
    raw_id = props.get("id") if isinstance(props, dict) else None
    named = f" (id '{clip(raw_id)}')" if isinstance(raw_id, str) else ""
    return f"{prefix}{item} #{index}{named}"
