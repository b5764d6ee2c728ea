"""Example tests for `timeline.resolve`: the values users rely on, and its errors.

The broad phrasing corpus is in tests/corpus/; this file pins the DESIGN.md table, the
arguments' contract and the error messages.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

import timeline
from timeline import (
    Grain,
    Interval,
    InvalidTypeError,
    InvalidValueError,
    Mod,
    ParseError,
    TimexType,
    resolve,
)

MONDAY = date(2017, 9, 25)


@pytest.mark.parametrize(
    ("phrase", "tense", "kind", "value", "mod"),
    [
        ("yesterday", None, "DATE", "2017-09-24", None),
        ("today", None, "DATE", "2017-09-25", None),
        ("tomorrow", None, "DATE", "2017-09-26", None),
        ("on Thursday", None, "DATE", "2017-09-21", None),
        ("on Thursday", "past", "DATE", "2017-09-21", None),
        ("on Monday", None, "DATE", "2017-09-25", None),
        ("on Thursday", "future", "DATE", "2017-09-28", None),
        ("last Friday", None, "DATE", "2017-09-22", None),
        ("next Friday", None, "DATE", "2017-09-29", None),
        ("late Sunday", None, "DATE", "2017-09-24", "END"),
        ("early Tuesday", None, "DATE", "2017-09-19", "START"),
        ("Sunday evening", None, "TIME", "2017-09-24TEV", None),
        ("this morning", None, "TIME", "2017-09-25TMO", None),
        ("tonight", None, "TIME", "2017-09-25TNI", None),
        ("last week", None, "DATE", "2017-W38", None),
        ("this week", None, "DATE", "2017-W39", None),
        ("next week", None, "DATE", "2017-W40", None),
        ("the weekend", "future", "DATE", "2017-W39-WE", None),
        ("last month", None, "DATE", "2017-08", None),
        ("earlier this month", None, "DATE", "2017-09", "START"),
        ("the end of the month", None, "DATE", "2017-09", "END"),
        ("last year", None, "DATE", "2016", None),
        ("this year", None, "DATE", "2017", None),
        ("late 2016", None, "DATE", "2016", "END"),
        ("last summer", None, "DATE", "2017-SU", None),
        ("spring", "future", "DATE", "2018-SP", None),
        ("the first quarter", None, "DATE", "2017-Q1", None),
        ("the 1990s", None, "DATE", "199", None),
        ("the 20th century", None, "DATE", "19", None),
        ("three days ago", None, "DATE", "2017-09-22", None),
        ("two weeks ago", None, "DATE", "2017-W37", None),
        ("a year ago", None, "DATE", "2016", None),
        ("Sept. 21", None, "DATE", "2017-09-21", None),
        ("March 2011", None, "DATE", "2011-03", None),
        ("3 p.m. Sunday", None, "TIME", "2017-09-24T15:00", None),
        ("three weeks", None, "DURATION", "P3W", None),
        ("18 months", None, "DURATION", "P18M", None),
        ("weeks", None, "DURATION", "PXW", None),
        ("less than a week", None, "DURATION", "P1W", "LESS_THAN"),
        ("every Friday", None, "SET", "XXXX-WXX-5", None),
        ("daily", None, "SET", "P1D", None),
        ("now", None, "DATE", "PRESENT_REF", None),
        ("recently", None, "DATE", "PAST_REF", None),
        ("soon", None, "DATE", "FUTURE_REF", None),
        ("twenty-one days ago", None, "DATE", "2017-09-04", None),
        ("Tues.", None, "DATE", "2017-09-19", None),
        ("the 3rd", None, "DATE", "2017-09-03", None),
        ("mid-September", None, "DATE", "2017-09", "MID"),
        ("Christmas Eve", None, "DATE", "2016-12-24", None),
        ("New Year's Day", None, "DATE", "2017-01-01", None),
        ("noon", None, "TIME", "2017-09-25T12:00", None),
        ("midnight", None, "TIME", "2017-09-25T00:00", None),
        ("midnight Sunday", None, "TIME", "2017-09-25T00:00", None),
        ("the past three days", None, "DURATION", "P3D", None),
        ("16:08 UTC", None, "TIME", "2017-09-25T16:08Z", None),
        ("LAST WEEK", None, "DATE", "2017-W38", None),
    ],
)
def test_design_table(
    phrase: str, tense: timeline.Tense | None, kind: str, value: str, mod: str | None
) -> None:
    timex = resolve(phrase, MONDAY, tense=tense)
    assert (kind, value, mod) == (timex.type, timex.value, timex.mod)
    assert phrase == timex.text


@pytest.mark.parametrize(
    ("phrase", "reference", "value"),
    [
        ("the following day", date(2017, 9, 10), "2017-09-11"),
        ("two days later", date(2017, 9, 10), "2017-09-12"),
        ("the day before", date(2017, 9, 10), "2017-09-09"),
        ("that week", date(2017, 9, 10), "2017-W36"),
        ("the previous year", date(2017, 9, 10), "2016"),
        ("a week later", date(2017, 12, 29), "2018-W01"),
        ("the following day", None, "2017-09-26"),
    ],
)
def test_anaphora_counts_from_the_reference(
    phrase: str, reference: date | None, value: str
) -> None:
    timex = resolve(phrase, MONDAY, reference=reference)
    assert value == timex.value
    expected_anchor = datetime.combine(reference or MONDAY, datetime.min.time(), UTC)
    assert expected_anchor == timex.anchor


def test_reference_may_be_a_timex_or_interval() -> None:
    earlier = resolve("Sept. 10", MONDAY)
    assert "2017-09-11" == resolve("the next day", MONDAY, reference=earlier).value
    assert "2017-09-11" == resolve("the next day", MONDAY, reference=earlier.interval).value
    with pytest.raises(InvalidValueError, match="reference: expected a Timex with an interval"):
        resolve("the next day", MONDAY, reference=resolve("recently", MONDAY))


def test_intervals_of_the_design_table() -> None:
    late_sunday = resolve("late Sunday", MONDAY).interval
    assert late_sunday == Interval(
        datetime(2017, 9, 24, 16, tzinfo=UTC), datetime(2017, 9, 25, tzinfo=UTC), Grain.DAY
    )
    last_week = resolve("last week", MONDAY).interval
    assert last_week == Interval.from_value("2017-W38")
    span = resolve("the past three days", MONDAY).interval
    assert span is not None
    assert (datetime(2017, 9, 23, tzinfo=UTC), datetime(2017, 9, 26, tzinfo=UTC)) == (
        span.start,
        span.end,
    )
    assert resolve("three weeks", MONDAY).interval is None
    assert resolve("recently", MONDAY).interval is None


def test_absolute_expressions_have_no_anchor() -> None:
    assert resolve("March 2011", MONDAY).anchor is None
    assert datetime(2017, 9, 25, tzinfo=UTC) == resolve("yesterday", MONDAY).anchor


def test_published_datetime_and_zones() -> None:
    new_york = ZoneInfo("America/New_York")
    published = datetime(2017, 11, 6, 9, 30, tzinfo=new_york)  # Monday after DST ended
    yesterday = resolve("yesterday", published)
    assert yesterday.interval is not None
    assert datetime(2017, 11, 5, tzinfo=new_york) == yesterday.interval.start
    assert timedelta(hours=25) == yesterday.interval.duration
    two_hours = resolve("two hours ago", published)
    assert "2017-11-06T07" == two_hours.value
    naive = resolve("yesterday", datetime(2017, 9, 25, 23, 0))
    assert naive.interval is not None
    assert UTC == naive.interval.start.tzinfo
    offset = timezone(timedelta(hours=-5))
    late = resolve("tonight", datetime(2017, 9, 25, 23, 0, tzinfo=offset))
    assert late.interval is not None
    assert offset == late.interval.start.tzinfo


def test_hours_ago_needs_a_time_of_day() -> None:
    with pytest.raises(ParseError, match="a time of day is needed to count hours"):
        resolve("two hours ago", MONDAY)


def test_iso_week_53_and_year_boundaries() -> None:
    friday = date(2021, 1, 1)
    assert "2020-W53" == resolve("this week", friday).value
    assert "2020-W52" == resolve("last week", friday).value
    assert "2021-W01" == resolve("next week", friday).value
    assert "2021" == resolve("this year", friday).value
    new_years_eve = date(2019, 12, 31)
    assert "2020-W01" == resolve("this week", new_years_eve).value
    assert "2020-01" == resolve("next month", new_years_eve).value


def test_leap_days() -> None:
    leap = date(2020, 2, 29)
    assert "2019" == resolve("a year ago", leap).value
    assert "2020-02-29" == resolve("Feb. 29", leap).value
    assert "2016-02-29" == resolve("Feb. 29", date(2020, 2, 28)).value
    assert "2024-02-29" == resolve("Feb. 29", date(2020, 3, 1), tense="future").value


@pytest.mark.parametrize(
    ("phrase", "message"),
    [
        ("", "expected a time expression such as 'last week', got nothing"),
        ("   ", "got nothing"),
        ("the Sunday Times", "unknown word 'Times'"),
        ("late evning", "unknown word 'evning' (did you mean 'evening'?)"),
        ("February 30", "no month 2 has a day 30"),
        ("Feb 30, 2017", "2017-02 has no day 30"),
        ("45", "not a time expression"),
        ("may well", "understood 'may' but not what follows"),
        ("banana", "not a time expression"),
        ("2017-02-30", "there is no day 2017-02-30"),
        # Past what dates can hold, as a clear error rather than the calendar's own.
        ("9000 years later", "falls outside the years 1 to 9999"),
        ("2018 centuries ago", "falls outside the years 1 to 9999"),
        ("3000000 weeks ago", "falls outside the years 1 to 9999"),
        ("9999 AD", "not a time expression"),
        # dateparser, asked only for complete dates, must not read this as 9990 seconds.
        ("the 9990s", "not a time expression"),
        ("9999-1000-100000000000000000000", "there is no day"),
        ("the past 0 days", "understood 'the past' but not what follows"),
    ],
)
def test_not_a_time_expression(phrase: str, message: str) -> None:
    with pytest.raises(ParseError) as caught:
        resolve(phrase, MONDAY)
    error = caught.value
    assert isinstance(error, ValueError)
    assert isinstance(error, timeline.TimelineError)
    assert f"could not resolve {phrase!r}" in str(error)
    assert message in str(error)
    assert phrase == error.text


def test_argument_errors() -> None:
    with pytest.raises(
        InvalidValueError,
        match="tense: expected one of 'past', 'present', 'future' or None, got 'later'",
    ):
        resolve("Monday", MONDAY, tense="later")  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match="published: expected a date, a datetime or an ISO"):
        resolve("Monday", 20170925)  # type: ignore[arg-type]
    with pytest.raises(
        InvalidValueError, match=r"published: expected an ISO date like 2017-09-25 .*got 'Monday'"
    ):
        resolve("Monday", "Monday")
    with pytest.raises(
        InvalidTypeError, match="resolve: expected the expression as a str, got int"
    ):
        resolve(5, MONDAY)  # type: ignore[arg-type]
    with pytest.raises(
        InvalidTypeError, match="reference: expected a date, datetime, Interval, Timex or None"
    ):
        resolve("the next day", MONDAY, reference=20170901)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match=r"reference: expected an ISO date .*got '1 Sept'"):
        resolve("the next day", MONDAY, reference="1 Sept")


def test_mods_of_parts_of_units() -> None:
    early = resolve("early last week", MONDAY)
    assert Mod.START == early.mod
    assert early.interval == Interval(
        datetime(2017, 9, 18, tzinfo=UTC), datetime(2017, 9, 21, tzinfo=UTC), Grain.WEEK
    )
    decade = resolve("the early 1990s", MONDAY)
    assert decade.interval is not None
    assert (1990, 1994) == (decade.interval.start.year, decade.interval.end.year)


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("25 septembre 2017", "2017-09-25"),
        ("Montag, 25. September 2017", "2017-09-25"),
        ("2017年9月25日", "2017-09-25"),
        ("12 mars 2014", "2014-03-12"),
    ],
)
def test_complete_dates_in_other_languages_and_formats(phrase: str, value: str) -> None:
    timex = resolve(phrase, MONDAY)
    assert (TimexType.DATE, value, None) == (timex.type, timex.value, timex.anchor)
    assert Interval.from_value(value) == timex.interval


def test_dateparser_is_only_asked_for_complete_dates() -> None:
    # Incomplete or impossible dates stay errors: nothing is guessed behind the grammar.
    for phrase in ("septembre", "le 25 septembre", "Feb 30, 2017", "2017-02-30"):
        with pytest.raises(ParseError):
            resolve(phrase, MONDAY)


@pytest.mark.parametrize(
    ("phrase", "value", "has_interval"),
    [("241 BC", "BC0241", False), ("44 B.C.", "BC0044", False), ("AD 800", "0800", True)],
)
def test_years_with_their_era(phrase: str, value: str, has_interval: bool) -> None:
    timex = resolve(phrase, MONDAY)
    assert (TimexType.DATE, value) == (timex.type, timex.value)
    assert has_interval == (timex.interval is not None)
    timeline.parse_value(value)  # a well-formed TIMEX3 value


@pytest.mark.parametrize(
    ("phrase", "value"),
    [("at night", "XXXX-XX-XXTNI"), ("by night", "XXXX-XX-XXTNI"), ("daytime", "XXXX-XX-XXTDT")],
)
def test_a_part_of_no_day_in_particular(phrase: str, value: str) -> None:
    # The word before "night" is read where it stands: "at night" is generic, "night"
    # alone is not an expression.
    timex = resolve(phrase, MONDAY)
    assert (value, TimexType.TIME, None) == (timex.value, timex.type, timex.interval)
    with pytest.raises(ParseError):
        resolve("night", MONDAY)
