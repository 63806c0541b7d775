"""When an article says something happened: date phrases resolved against its publication day.

"on Wednesday", "overnight", "earlier this month", "last month", "in August", "on 24 February"
become a date and a time precision (1 day, 2 week or similar, 3 month; see
:data:`mapapp.registry.TIME_PRECISION`). A resolved date is never after the publication day:
"in August" in a December article is the August before it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

_MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
_MONTHS |= {name.lower(): n for n, name in enumerate(calendar.month_abbr) if name}
_MONTHS["sept"] = 9
_WEEKDAYS = {name.lower(): number for number, name in enumerate(calendar.day_name)}
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}

# Month and day names are matched capitalised only: "in may" is not May.
_MONTH = r"(?-i:(?P<month>" + "|".join(sorted(map(str.title, _MONTHS), key=len, reverse=True))
_MONTH += r"))\.?"
_WEEKDAY = r"(?-i:(?P<weekday>" + "|".join(map(str.title, _WEEKDAYS)) + r"))"
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d\d))?"
_PATTERNS: list[tuple[str, str]] = [
    ("day_month", rf"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}{_YEAR}\b"),
    ("month_day", rf"\b{_MONTH}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b{_YEAR}"),
    ("weekday", rf"\b(?P<last>last\s+)?{_WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?\b"),
    (
        "month",
        r"\b(?:in|since|during|until|through|by|early|late|mid-|mid|since\s+early"
        # ("Bakhmut, which it captured last May"; "recaptured ... at the end of September")
        r"|(?P<last>last)|(?:the\s+)?(?:end|beginning|start|middle)\s+of)"
        # ("in July last year")
        rf"\s*{_MONTH}{_YEAR}(?P<last_year>\s+(?:of\s+)?last\s+year)?\b",
    ),
    ("month_year", rf"\b{_MONTH}\s+(?P<year>(?:19|20)\d\d)\b"),
    ("days_ago", r"\b(?P<n>\d+|one|two|three|four|five|six|seven)\s+days?\s+ago\b"),
    (
        "today",
        r"\b(?:today|this\s+morning|this\s+afternoon|this\s+evening|tonight|overnight"
        r"|in\s+the\s+past\s+24\s+hours|earlier\s+today)\b",
    ),
    ("yesterday", r"\b(?:yesterday|last\s+night)\b"),
    ("this_week", r"\b(?:earlier\s+)?this\s+week\b"),
    ("last_week", r"\blast\s+week\b"),
    ("this_month", r"\b(?:earlier\s+|later\s+)?this\s+month\b"),
    ("last_month", r"\blast\s+month\b"),
]
# One pattern; each kind's groups are prefixed with its name ("month__year") to stay unique.
_DATE_PHRASE = re.compile(
    "|".join(
        f"(?P<{name}>{pattern.replace('(?P<', f'(?P<{name}__')})" for name, pattern in _PATTERNS
    ),
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DatePhrase:
    """A date phrase in the text (``text[start:end]``) and what it resolves to."""

    start: int
    end: int
    text: str
    date: dt.date
    time_precision: int
    # Whether the phrase names its year ("10 September 2022"), or takes it from the end of
    # a range it opens ("from Feb. 27 to Sept. 10, 2022").
    year_named: bool = False


def _month_before(published: dt.date, month: int, year: int | None) -> dt.date:
    """The first day of ``month`` in ``year``, or of its latest occurrence not after
    ``published``."""
    if year is None:
        year = published.year if month <= published.month else published.year - 1
    return dt.date(year, month, 1)


def _resolve(kind: str, groups: dict[str, str | None], published: dt.date) -> tuple[dt.date, int]:
    def group(name: str) -> str | None:
        return groups.get(f"{kind}__{name}")

    if kind in ("day_month", "month_day"):
        month = _MONTHS[(group("month") or "").lower()]
        day = int(group("day") or 0)
        year = int(group("year") or published.year)
        date = dt.date(year, month, day)
        if date > published and not group("year"):
            date = dt.date(year - 1, month, day)
        return date, 1
    if kind == "weekday":
        weekday = _WEEKDAYS[(group("weekday") or "").lower()]
        back = (published.weekday() - weekday) % 7
        if back == 0 and group("last"):
            back = 7
        return published - dt.timedelta(days=back), 1
    if kind in ("month", "month_year"):
        month = _MONTHS[(group("month") or "").lower()]
        year_named = int(group("year") or 0) or None
        if group("last_year") or (group("last") and month == published.month):
            year_named = published.year - 1  # ("last December", in December: a year ago)
        return _month_before(published, month, year_named), 3
    if kind == "days_ago":
        raw = (group("n") or "").lower()
        return published - dt.timedelta(days=_NUMBERS.get(raw) or int(raw)), 1
    if kind == "today":
        return published, 1
    if kind == "yesterday":
        return published - dt.timedelta(days=1), 1
    if kind == "this_week":
        return published, 2
    if kind == "last_week":
        return published - dt.timedelta(days=7), 2
    if kind == "this_month":
        return published.replace(day=1), 3
    if kind == "last_month":
        first = published.replace(day=1)
        return (first - dt.timedelta(days=1)).replace(day=1), 3
    raise AssertionError(kind)


def find_dates(text: str, published: dt.date, offset: int = 0) -> list[DatePhrase]:
    """Every date phrase in ``text`` resolved against ``published``; offsets plus ``offset``.

    Phrases that name an impossible day ("31 February") or a day after publication in an
    explicit year are skipped: a report cannot be dated after it was published.
    """
    out: list[DatePhrase] = []
    kinds: list[str] = []
    for match in _DATE_PHRASE.finditer(text):
        kind = match.lastgroup
        assert kind is not None
        try:
            date, precision = _resolve(kind, match.groupdict(), published)
        except ValueError:
            continue
        if date > published:
            continue
        head = re.match(r"since\s+(?:early\s+)?", match.group(), re.IGNORECASE)
        lead = text[max(0, match.start() - 60) : match.start() + (head.end() if head else 0)]
        if _FIRST_SINCE.search(lead):
            # "their first major gain since May 2023": a date to compare with, not when
            continue
        named = bool(match.groupdict().get(f"{kind}__year"))
        phrase = DatePhrase(
            offset + match.start(), offset + match.end(), match.group(), date, precision, named
        )
        if (
            named
            and out
            and not out[-1].year_named
            and kinds[-1] in ("day_month", "month_day", "month")
            and _RANGE_JOIN.fullmatch(text, out[-1].end - offset, match.start())
        ):
            # "from Feb. 27 to Sept. 10, 2022": the range's year is its start's too (the
            # year before, if the start's month comes later: "Dec. 5 to Jan. 3, 2023").
            start = out[-1]
            opened = start.date.replace(year=date.year)
            if opened > date:
                opened = opened.replace(year=date.year - 1)
            out[-1] = DatePhrase(
                start.start, start.end, start.text, opened, start.time_precision, True
            )
        out.append(phrase)
        kinds.append(kind)
    return out


# "the first ... since", "the largest attack since": what comes after is a date to compare with.
# (the words of a superlative, shared with the pipeline's reading of years)
SUPERLATIVE = r"\w{3,}est|most|first|worst|biggest"
_FIRST_SINCE = re.compile(
    rf"\b(?:{SUPERLATIVE})\b[^.;:!?]{{0,50}}\bsince\s+(?:early\s+)?$", re.IGNORECASE
)
# What joins the two ends of a range of dates.
_RANGE_JOIN = re.compile(r"\s*(?:to|until|till|through|and|-|–|—)\s*", re.IGNORECASE)
