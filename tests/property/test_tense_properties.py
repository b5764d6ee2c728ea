"""Properties of dates in news: weekdays keep their day, dates of the year stay near."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from timeline import tag

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# Clauses of every tense, with the words that once pulled dates about ("-ed" adjectives,
# "set", "due", modals, "until") in and out of the date's own clause.
_CLAUSES = (
    "The vote was held on {}.",
    "The vote will be held on {}.",
    "The vote is on {}.",
    "Its preferred shares are payable {}.",
    "The record set in 1999 stood, and the meet ends {}.",
    "Talks could resume, officials said on {}.",
    "Markets stayed shut until {}.",
    "A ruling is due {}.",
    "Volume rose, up from 3 million shares {}.",
    "The firm, founded in 1931, reports results {}.",
)
_DAYS = st.dates(min_value=date(1900, 1, 1), max_value=date(2090, 12, 31))


def _last_date(text: str, published: date) -> date:
    return date.fromisoformat(tag(text, published)[-1].value)


@given(_DAYS, st.sampled_from(_CLAUSES), st.integers(0, 6), _DAYS)
def test_a_day_made_from_a_weekday_name_falls_on_that_weekday(
    published: date, clause: str, weekday: int, day: date
) -> None:
    name = _WEEKDAYS[weekday]
    alone = tag(clause.format(name), published)[-1]
    assert weekday + 1 == date.fromisoformat(alone.value).isoweekday()
    if (day.month, day.day) != (2, 29):
        dated = clause.format(f"{name}, {_MONTHS[day.month - 1]} {day.day}")
        assert weekday + 1 == _last_date(dated, published).isoweekday()


@given(_DAYS, st.sampled_from(_CLAUSES), _DAYS)
def test_a_plain_month_day_never_lands_a_year_or_more_from_publication(
    published: date, clause: str, day: date
) -> None:
    text = clause.format(f"{_MONTHS[day.month - 1]} {day.day}")
    found = _last_date(text, published)
    assert (found.month, found.day) == (day.month, day.day)
    # February 29 comes only in leap years: the nearest one in the clause's direction
    # may be up to four years away.
    limit = 4 * 366 if (day.month, day.day) == (2, 29) else 366
    assert abs((found - published).days) < limit


@given(_DAYS, st.sampled_from(_CLAUSES), _DAYS, st.integers(1600, 2100))
def test_an_unrelated_sentence_with_another_year_changes_no_date(
    published: date, clause: str, day: date, year: int
) -> None:
    text = clause.format(f"{_MONTHS[day.month - 1]} {day.day}")
    before = f"The group was founded in {year}. Its rival, set up in {year + 3}, grew fast. "
    assert _last_date(text, published) == _last_date(before + text, published)
