"""Date phrases resolved against the publication day."""

from __future__ import annotations

import datetime as dt

import pytest

from mapapp.extract.dates import find_dates

# A Thursday, the day the sample round-up was published.
PUBLISHED = dt.date(2024, 12, 19)


@pytest.mark.parametrize(
    ("text", "date", "precision"),
    [
        ("It happened on Wednesday.", dt.date(2024, 12, 18), 1),
        ("It happened on Thursday.", PUBLISHED, 1),
        ("It happened last Thursday.", dt.date(2024, 12, 12), 1),
        ("It happened overnight.", PUBLISHED, 1),
        ("It happened yesterday.", dt.date(2024, 12, 18), 1),
        ("It happened two days ago.", dt.date(2024, 12, 17), 1),
        ("It happened earlier this month.", dt.date(2024, 12, 1), 3),
        ("It happened last month.", dt.date(2024, 11, 1), 3),
        ("It happened in August.", dt.date(2024, 8, 1), 3),
        ("It happened in June.", dt.date(2024, 6, 1), 3),
        ("It happened in December.", dt.date(2024, 12, 1), 3),
        ("It happened this week.", PUBLISHED, 2),
        ("It happened last week.", dt.date(2024, 12, 12), 2),
        ("It happened on 24 February.", dt.date(2024, 2, 24), 1),
        ("It happened on February 24, 2022.", dt.date(2022, 2, 24), 1),
        ("It happened on Feb. 24.", dt.date(2024, 2, 24), 1),
        ("It happened in March 2022.", dt.date(2022, 3, 1), 3),
        ("It happened last May.", dt.date(2024, 5, 1), 3),
        ("It happened last December.", dt.date(2023, 12, 1), 3),
        ("It happened at the end of September.", dt.date(2024, 9, 1), 3),
        # A day later in the year than publication is last year's.
        ("It happened on 25 December.", dt.date(2023, 12, 25), 1),
    ],
)
def test_phrase_resolves_against_the_publication_day(
    text: str, date: dt.date, precision: int
) -> None:
    [phrase] = find_dates(text, PUBLISHED)
    assert (phrase.date, phrase.time_precision) == (date, precision)
    assert text[phrase.start : phrase.end] == phrase.text


@pytest.mark.parametrize(
    "text",
    [
        "Troops in may be redeployed.",  # "may" is not May
        "A date that does not exist: 31 February.",
        "A date after publication in an explicit year: March 2025.",
        "No date at all.",
    ],
)
def test_no_date_is_read_where_there_is_none(text: str) -> None:
    assert find_dates(text, PUBLISHED) == []


def test_offsets_are_shifted_into_the_article() -> None:
    [phrase] = find_dates("struck on Monday", PUBLISHED, offset=100)
    assert (phrase.start, phrase.end) == (110, 116)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("occupied from Feb. 27 to Sept. 10, 2022", dt.date(2022, 2, 27), dt.date(2022, 9, 10)),
        # A start later in the year than the end is of the year before.
        ("between Dec. 5 and Jan. 3, 2023", dt.date(2022, 12, 5), dt.date(2023, 1, 3)),
    ],
)
def test_a_range_takes_its_year_from_its_end(text: str, start: dt.date, end: dt.date) -> None:
    first, last = find_dates(text, PUBLISHED)
    assert (first.date, last.date) == (start, end)
    assert first.year_named
    assert last.year_named


def test_a_weekday_before_a_dated_day_keeps_its_own_year() -> None:
    weekday, dated = find_dates("On Monday and on 3 March 2020", PUBLISHED)
    assert weekday.date == dt.date(2024, 12, 16)
    assert not weekday.year_named
    assert dated.year_named
