"""Issue 14's families: the bugs it found, `tag` agreeing with `resolve`, and properties of
clock notations, ranges, offsets, selections, compact forms and holidays."""

from __future__ import annotations

import calendar
import subprocess
import sys
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import timeline
from corpus.case import Case
from corpus.everyday import EVERYDAY, RANGES, STRETCHES
from timeline import ParseError, Timex, TimexType, resolve, tag

WEDNESDAY = date(2024, 5, 15)
NOON = datetime(2024, 5, 15, 12, 0)
MONTH_NAMES = list(calendar.month_name)[1:]
WEEKDAY_NAMES = list(calendar.day_name)

# ------------------------------------------------------------------ the bugs issue 14 found


def test_a_range_of_days_is_not_read_as_a_two_digit_year() -> None:
    found = resolve("July 13-15", WEDNESDAY, tense="future")

    assert found.interval is not None
    assert (found.interval.start.date(), found.interval.end.date()) == (
        date(2024, 7, 13),
        date(2024, 7, 16),
    )


def test_an_ordinal_second_end_is_a_day_not_a_year() -> None:
    found = resolve("August 27th - 29th", WEDNESDAY, tense="future")

    assert found.interval is not None
    assert found.interval.start.year == 2024
    assert found.value == "P3D"


def test_a_day_before_its_month_starts_a_range_not_a_year() -> None:
    found = resolve("12 to 16 september", WEDNESDAY, tense="future")

    assert found.interval is not None
    assert found.interval.start.date() == date(2024, 9, 12)


def test_four_figures_after_at_are_a_time() -> None:
    assert resolve("at 1030", NOON).value == "2024-05-15T10:30"
    assert [t.value for t in tag("Doors open at 1030.", NOON)] == ["2024-05-15T10:30"]


def test_a_stated_time_is_never_dropped() -> None:
    found = resolve("Fri, Jul 18, 2014 19h00", WEDNESDAY)

    assert (found.type, found.value) == (TimexType.TIME, "2014-07-18T19:00")


def test_in_with_a_hedge_or_more_is_a_time() -> None:
    hedged = resolve("in about half an hour", NOON)
    more = resolve("in 2 more minutes", NOON)

    assert (hedged.type, hedged.value, str(hedged.mod)) == (
        TimexType.TIME,
        "2024-05-15T12:30",
        "APPROX",
    )
    assert (more.type, more.value) == (TimexType.TIME, "2024-05-15T12:02")


@pytest.mark.parametrize("text", ["won 3-1", "rose 15-20%", "aged 3-4", "20 to 4", "8h"])
def test_scores_and_ranges_of_numbers_are_not_times(text: str) -> None:
    with pytest.raises(ParseError):
        resolve(text, WEDNESDAY)
    assert tag(f"They {text} last night.", WEDNESDAY)[0].text == "last night"


# ------------------------------------------------------------------ tag finds what resolve reads

# Conventions where the extents differ (documented in docs/explanation/time-semantics.md):
# "in three days" is a duration and a signal for TimeML, "the rest of the week" has "the
# week" as its extent, and a leading preposition is never part of one.
_EXTENT_CONVENTIONS = ("in ", "the rest", "the remainder", "rest of", "by ", "at ")


def _entries() -> list[tuple[date, Case, str]]:
    return [
        (published, case, phrase)
        for published, cases in EVERYDAY.items()
        for case in cases
        for phrase in case.phrasings
    ]


@pytest.mark.parametrize(
    ("published", "case", "phrase"),
    _entries(),
    ids=[f"{case.section}|{phrase}" for _published, case, phrase in _entries()],
)
def test_tag_finds_what_resolve_reads(published: date, case: Case, phrase: str) -> None:
    resolved = resolve(phrase, published, tense=case.tense)
    found = tag(phrase, published, tense=case.tense or "past")

    if case.section == RANGES:
        assert _hull(found) == resolved.interval
    elif case.section == STRETCHES:
        start, length = found
        assert start.interval is not None
        assert resolved.interval is not None
        assert (start.interval.start, length.value) == (resolved.interval.start, resolved.value)
    elif phrase.lower().startswith(_EXTENT_CONVENTIONS):
        assert len(found) <= 1
    else:
        assert [(t.text, t.value) for t in found] == [(phrase, resolved.value)]


def _hull(ends: list[Timex]) -> timeline.Interval | None:
    assert len(ends) == 2
    first, second = ends
    assert first.interval is not None
    assert second.interval is not None
    grain = min(first.interval.grain, second.interval.grain)
    return timeline.Interval(first.interval.start, second.interval.end, grain)


# ------------------------------------------------------------------ properties

_hours12 = st.integers(1, 12)
_minutes = st.integers(0, 59)


@settings(max_examples=60)
@given(_hours12, _minutes, st.sampled_from(["am", "pm"]))
def test_clock_notations_agree_with_the_colon(hour: int, minute: int, half: str) -> None:
    colon = resolve(f"{hour}:{minute:02d} {half}", NOON).value
    letter = half[0]

    assert resolve(f"{hour}:{minute:02d}{letter}", NOON).value == colon
    assert resolve(f"{hour}{minute:02d} {half}", NOON).value == colon
    if minute == 15:
        assert resolve(f"quarter past {hour} {half}", NOON).value == colon
    if minute == 30:
        assert resolve(f"half past {hour} {half}", NOON).value == colon


@settings(max_examples=60)
@given(st.integers(0, 23), _minutes, st.integers(0, 59))
def test_hours_with_h_and_seconds_agree_with_the_colon(hour: int, minute: int, second: int) -> None:
    colon = resolve(f"{hour:02d}:{minute:02d}", NOON)

    assert resolve(f"{hour}h{minute:02d}", NOON).value == colon.value
    with_seconds = resolve(f"{hour:02d}:{minute:02d}:{second:02d}", NOON)
    assert with_seconds.value == f"{colon.value}:{second:02d}"
    assert with_seconds.interval is not None
    assert with_seconds.interval.end - with_seconds.interval.start == timedelta(seconds=1)


@settings(max_examples=60)
@given(st.integers(1, 59), st.integers(1, 10))
def test_minutes_to_the_hour_count_back_from_it(minutes: int, hour: int) -> None:
    found = resolve(f"{minutes} minutes to {hour + 1} pm", NOON)
    expected = datetime(2024, 5, 15, hour + 13) - timedelta(minutes=minutes)

    assert found.value == expected.strftime("%Y-%m-%dT%H:%M")


@settings(max_examples=60)
@given(st.integers(1990, 2040), st.integers(1, 12), st.integers(1, 27), st.integers(1, 9))
def test_a_range_of_days_is_the_hull_of_its_two_ends(
    year: int, month: int, first: int, length: int
) -> None:
    last = min(first + length, calendar.monthrange(year, month)[1])
    text = f"{MONTH_NAMES[month - 1]} {first}-{last}, {year}"
    found = resolve(text, WEDNESDAY)

    assert found.interval is not None
    assert found.value == f"P{last - first + 1}D"
    assert found.interval.start.date() == date(year, month, first)
    assert found.interval.end.date() == date(year, month, last) + timedelta(days=1)
    assert _hull(tag(text, WEDNESDAY)) == found.interval


@settings(max_examples=40)
@given(st.integers(1, 60), st.sampled_from(["days", "weeks", "months", "years"]))
def test_hence_and_from_now_agree_with_in(amount: int, unit: str) -> None:
    expected = resolve(f"in {amount} {unit}", WEDNESDAY).value

    assert resolve(f"{amount} {unit} hence", WEDNESDAY).value == expected
    assert resolve(f"{amount} {unit} from now", WEDNESDAY).value == expected


@settings(max_examples=40)
@given(st.integers(1, 400))
def test_days_from_today_are_counted_in_days(days: int) -> None:
    found = resolve(f"{days} days from today", WEDNESDAY)

    assert found.value == (WEDNESDAY + timedelta(days=days)).isoformat()


@settings(max_examples=60)
@given(st.integers(1990, 2040), st.integers(1, 12), st.integers(0, 6))
def test_the_last_weekday_of_a_month_is_in_its_last_week(
    year: int, month: int, weekday: int
) -> None:
    name = WEEKDAY_NAMES[weekday]
    found = date.fromisoformat(
        resolve(f"last {name} of {MONTH_NAMES[month - 1]} {year}", WEDNESDAY).value
    )
    days = calendar.monthrange(year, month)[1]

    assert found.weekday() == weekday
    assert (found.year, found.month) == (year, month)
    assert found.day > days - 7


@settings(max_examples=40)
@given(st.integers(1, 20), st.integers(0, 6))
def test_counted_weekdays_from_now_are_that_many_weeks_on(count: int, weekday: int) -> None:
    name = WEEKDAY_NAMES[weekday]
    found = date.fromisoformat(resolve(f"{count} {name}s from now", WEDNESDAY).value)
    first = date.fromisoformat(resolve(f"next {name}", WEDNESDAY).value)

    assert found.weekday() == weekday
    assert found == first + timedelta(weeks=count - 1)


@settings(max_examples=30)
@given(st.integers(1990, 2060))
def test_movable_feasts_keep_their_distance_from_easter(year: int) -> None:
    easter = date.fromisoformat(resolve(f"Easter {year}", WEDNESDAY).value)
    for feast, days, weekday in (
        ("Ash Wednesday", -46, 2),
        ("Palm Sunday", -7, 6),
        ("Maundy Thursday", -3, 3),
        ("Pentecost", 49, 6),
        ("Ascension Day", 39, 3),
    ):
        found = date.fromisoformat(resolve(f"{feast} {year}", WEDNESDAY).value)
        assert (found - easter, found.weekday()) == (timedelta(days=days), weekday)


@settings(max_examples=20)
@given(
    st.integers(1930, 2070),
    st.sampled_from(["Eid al-Fitr", "Eid al-Adha", "Diwali", "Chinese New Year", "Yom Kippur"]),
)
def test_a_holiday_with_its_year_falls_in_that_year(year: int, holiday: str) -> None:
    text = f"{holiday} {year}"
    try:
        found: Timex | ParseError = resolve(text, WEDNESDAY)
    except ParseError as error:
        found = error
    if isinstance(found, ParseError):
        # A year the calendar does not cover (and a year with no such day) is refused
        # with a message, never answered with another year's date.
        assert repr(text) in str(found)
    else:
        assert found.interval is not None
        assert found.interval.start.year == year


@settings(max_examples=40)
@given(st.integers(0, 29), st.integers(1, 4))
def test_compact_quarters_agree_with_the_spelled_ones(two_digits: int, quarter: int) -> None:
    year = 2000 + two_digits
    expected = resolve(f"Q{quarter} {year}", WEDNESDAY).value

    assert resolve(f"{two_digits:02d}q{quarter}", WEDNESDAY).value == expected
    assert resolve(f"{year}q{quarter}", WEDNESDAY).value == expected


@settings(max_examples=40)
@given(st.integers(0, 9), st.integers(0, 9))
def test_scores_never_become_times(first: int, second: int) -> None:
    for text in (f"won {first}-{second}", f"{first}-{second}", f"a {first}-{second} draw"):
        with pytest.raises(ParseError):
            resolve(text, WEDNESDAY)


# ------------------------------------------------------------------ the holiday library


def test_the_holiday_library_loads_only_when_a_holiday_needs_it() -> None:
    script = (
        "import sys, datetime, timeline\n"
        "timeline.tag('Talks resume next week, on Monday at 3 pm.', datetime.date(2024, 5, 15))\n"
        "print('holidays' in sys.modules)\n"
        "timeline.resolve('Diwali 2024', datetime.date(2024, 5, 15))\n"
        "print('holidays' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )

    assert result.stdout.split() == ["False", "True"]


def test_a_festival_named_as_an_event_is_not_a_time() -> None:
    found = tag("Police fired on the Vesak procession, then left on Vesak 2024.", WEDNESDAY)

    assert [t.text for t in found] == ["Vesak 2024"]
