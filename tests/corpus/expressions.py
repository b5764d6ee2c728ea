"""The expression corpus for `timeline.resolve`, in the style of Duckling's corpora.

For each publication date: every expected TIMEX3 value with the phrasings that must give
it, and the tense or reference they are resolved with. ``NEGATIVE`` lists strings that
must raise `timeline.ParseError`. Every value here was worked out by hand from
docs/explanation/time-semantics.md and DESIGN.md's table (calendar facts checked with
`datetime`), independently of the implementation: this is the oracle, not a snapshot.

Intervals, where a case states one, are ``[start, end)`` ISO datetimes with their UTC
offset; they are given where they pin a convention (a mod, a part of the day, a stretch of
days, a daylight-saving day). Cases without one are still checked: a date or time with no
narrowing mod must have exactly the interval its value names.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import attrs

from timeline import Interval, Tense, Timex

__all__ = [
    "CORPUS",
    "DST_SUNDAY",
    "ENTRIES",
    "LEAP_SATURDAY",
    "MONDAY",
    "MONDAY_MORNING",
    "MONDAY_NIGHT_NAIVE",
    "NEGATIVE",
    "NEW_YEARS_DAY_FRIDAY",
    "NEW_YEARS_EVE_TUESDAY",
    "Case",
    "Reference",
]

Reference = date | datetime | Interval | Timex

# The publication dates. A date means midnight UTC of that day.
MONDAY = date(2017, 9, 25)  # ISO 2017-W39, the seed story's day
NEW_YEARS_DAY_FRIDAY = date(2021, 1, 1)  # ISO 2020-W53: the week-year lags the year
NEW_YEARS_EVE_TUESDAY = date(2019, 12, 31)  # ISO 2020-W01: the week-year leads the year
LEAP_SATURDAY = date(2020, 2, 29)  # a leap day on a weekend
# Clocks in London went from 01:00 GMT to 02:00 BST that morning: a 23-hour day.
DST_SUNDAY = datetime(2017, 3, 26, 12, tzinfo=ZoneInfo("Europe/London"))
MONDAY_MORNING = datetime(2017, 9, 25, 10, tzinfo=UTC)  # for hours and minutes ago
MONDAY_NIGHT_NAIVE = datetime(2017, 9, 25, 22, 30)  # naive: taken as UTC


@attrs.frozen
class Case:
    """One expected resolution and the phrasings that must give it.

    ``tense`` and ``reference`` are passed to `timeline.resolve`; ``interval`` is the
    expected ``[start, end)`` as ISO datetimes with offsets; ``quant`` and ``freq`` are
    checked for sets when given. ``section`` names the part of the spec the case tests.
    """

    expected: str
    phrasings: tuple[str, ...]
    type: str = "DATE"
    mod: str | None = None
    tense: Tense | None = None
    reference: Reference | None = None
    interval: tuple[str, str] | None = None
    quant: str | None = None
    freq: str | None = None
    section: str = ""


def _date(
    expected: str,
    *phrasings: str,
    mod: str | None = None,
    tense: Tense | None = None,
    reference: Reference | None = None,
    interval: tuple[str, str] | None = None,
) -> Case:
    return Case(expected, phrasings, "DATE", mod, tense, reference, interval)


def _time(
    expected: str,
    *phrasings: str,
    tense: Tense | None = None,
    reference: Reference | None = None,
    interval: tuple[str, str] | None = None,
) -> Case:
    return Case(expected, phrasings, "TIME", None, tense, reference, interval)


def _duration(
    expected: str,
    *phrasings: str,
    mod: str | None = None,
    interval: tuple[str, str] | None = None,
) -> Case:
    return Case(expected, phrasings, "DURATION", mod, interval=interval)


def _set(expected: str, *phrasings: str, quant: str | None = None, freq: str | None = None) -> Case:
    return Case(expected, phrasings, "SET", quant=quant, freq=freq)


def _in(section: str, *cases: Case) -> tuple[Case, ...]:
    return tuple(attrs.evolve(case, section=section) for case in cases)


DAYS = "today, yesterday, tomorrow"
WEEKDAYS = "bare weekdays and tense"
LAST_NEXT_THIS = "last/next/this weekday"
WEEKS = "weeks and weekends"
MONTHS = "months"
YEARS = "years"
QUARTERS = "quarters and halves"
SEASONS = "seasons"
DECADES = "decades and centuries"
PARTS_OF_UNITS = "early/mid/late, start/end of units"
PARTS_OF_DAY = "parts of the day"
OFFSETS = "ago, in N, from now"
SPANS = "the past/next N days"
ANAPHORA = "anaphora (reference time)"
CALENDAR = "calendar dates"
ORDINALS = "ordinal days"
TIMES = "times of day"
HOLIDAYS = "holidays"
DURATIONS = "durations"
SETS = "sets"
VAGUE = "vague references"

# --------------------------------------------------------------------------- Monday 2017-09-25

_MONDAY_CASES = (
    *_in(
        DAYS,
        _date(
            "2017-09-24",
            "yesterday",
            "Yesterday",
            "YESTERDAY",
            interval=("2017-09-24T00:00Z", "2017-09-25T00:00Z"),
        ),
        _date("2017-09-25", "today", "Today", interval=("2017-09-25T00:00Z", "2017-09-26T00:00Z")),
        _date("2017-09-26", "tomorrow", "Tomorrow"),
        _date("2017-09-23", "the day before yesterday"),
        _date("2017-09-27", "the day after tomorrow"),
    ),
    *_in(
        WEEKDAYS,
        # News narration (no tense): the most recent one on or before publication.
        _date("2017-09-21", "Thursday", "thursday", "Thurs.", "Thu."),
        _date("2017-09-25", "Monday", "Mon."),
        _date("2017-09-19", "Tuesday", "Tues.", "Tue."),
        _date("2017-09-20", "Wednesday", "Wed."),
        _date("2017-09-22", "Friday", "Fri.", "FRIDAY"),
        _date("2017-09-23", "Saturday", "Sat."),
        _date("2017-09-24", "Sunday", "Sun."),
        _date("2017-09-21", "Thursday", tense="past"),
        _date("2017-09-24", "Sunday", tense="past"),
        _date("2017-09-25", "Monday", tense="past"),
        # Future: the next one on or after publication.
        _date("2017-09-25", "Monday", tense="future"),
        _date("2017-09-26", "Tuesday", "Tues.", tense="future"),
        _date("2017-09-27", "Wednesday", tense="future"),
        _date("2017-09-28", "Thursday", "Thurs.", tense="future"),
        _date("2017-09-29", "Friday", tense="future"),
        _date("2017-09-30", "Saturday", tense="future"),
        _date("2017-10-01", "Sunday", tense="future"),
        # Present: the nearest one, a tie going forward (none can tie by whole days).
        _date("2017-09-25", "Monday", tense="present"),
        _date("2017-09-26", "Tuesday", tense="present"),
        _date("2017-09-27", "Wednesday", tense="present"),
        _date("2017-09-28", "Thursday", tense="present"),
        _date("2017-09-22", "Friday", tense="present"),
        _date("2017-09-23", "Saturday", tense="present"),
        _date("2017-09-24", "Sunday", tense="present"),
    ),
    *_in(
        LAST_NEXT_THIS,
        _date("2017-09-22", "last Friday", "Last Friday", "last Fri."),
        _date("2017-09-22", "last Friday", tense="future"),
        _date("2017-09-29", "next Friday", "Next Friday", "this Friday"),
        _date("2017-09-29", "next Friday", tense="past"),
        _date("2017-09-18", "last Monday"),
        _date("2017-10-02", "next Monday"),
        _date("2017-09-25", "this Monday"),
        _date("2017-09-24", "last Sunday"),
        _date("2017-10-01", "this Sunday"),
        _date("2017-09-19", "last Tuesday", "last Tues."),
        # "next" is the nearest one strictly after publication, so here it is tomorrow.
        _date("2017-09-26", "next Tuesday"),
        _date("2017-09-28", "this Thursday", "next Thursday", "next Thurs."),
    ),
    *_in(
        WEEKS,
        _date(
            "2017-W38",
            "last week",
            "Last Week",
            "LAST WEEK",
            interval=("2017-09-18T00:00Z", "2017-09-25T00:00Z"),
        ),
        _date("2017-W39", "this week", "This week"),
        _date("2017-W40", "next week", "Next Week"),
        _date(
            "2017-W38-WE",
            "last weekend",
            "the weekend",
            interval=("2017-09-23T00:00Z", "2017-09-25T00:00Z"),
        ),
        _date("2017-W38-WE", "the weekend", tense="past"),
        _date("2017-W39-WE", "this weekend", "This Weekend"),
        _date("2017-W39-WE", "the weekend", tense="future"),
        _date("2017-W40-WE", "next weekend"),
    ),
    *_in(
        MONTHS,
        _date("2017-08", "last month", "Last month"),
        _date("2017-09", "this month"),
        _date("2017-10", "next month"),
        _date("2017-03", "last March"),
        # "next/last March": the nearest March strictly after/before the publication month.
        _date("2018-03", "next March", "this March"),
        _date("2016-09", "last September"),
        _date("2018-09", "next September"),
        _date("2017-12", "this December"),
        # "this" with a month is the nearest one: June 2017 is 3 months back, June 2018 9 ahead.
        _date("2017-06", "this June"),
        _date("2016-12", "December", "Dec."),
        _date("2016-12", "December", tense="past"),
        _date("2017-12", "December", tense="future"),
        _date("2017-12", "December", tense="present"),
        _date("2017-09", "September", "Sept."),
        _date("2017-09", "September", tense="future"),
        _date("2017-08", "August", "Aug."),
        _date("2016-10", "October", "Oct."),
        _date("2017-10", "October", tense="future"),
        _date("2017-06", "June", tense="present"),
        _date("2017-05", "May"),
    ),
    *_in(
        YEARS,
        _date(
            "2016",
            "last year",
            "Last Year",
            interval=("2016-01-01T00:00Z", "2017-01-01T00:00Z"),
        ),
        _date("2017", "this year"),
        _date("2018", "next year", "NEXT YEAR"),
        _date("2011", "2011"),
        _date("1999", "1999"),
        _date("1982", "'82"),
    ),
    *_in(
        QUARTERS,
        _date("2017-Q2", "last quarter"),
        _date(
            "2017-Q3",
            "this quarter",
            "the third quarter",
            interval=("2017-07-01T00:00Z", "2017-10-01T00:00Z"),
        ),
        _date("2017-Q4", "next quarter"),
        _date("2017-Q1", "the first quarter", "the First Quarter"),
        _date("2018-Q1", "the first quarter", tense="future"),
        _date("2016-Q4", "the fourth quarter"),
        _date("2017-Q4", "the fourth quarter", tense="future"),
        _date("2017-Q4", "the fourth quarter", tense="present"),
        _date("2016-Q1", "the first quarter of 2016"),
        _date(
            "2016-H1",
            "the first half of 2016",
            interval=("2016-01-01T00:00Z", "2016-07-01T00:00Z"),
        ),
        _date("2019-H2", "the second half of 2019"),
    ),
    *_in(
        SEASONS,
        # "last": the most recent season that has ended; "this": the nearest one;
        # "next": the first that starts after publication (in autumn 2017).
        _date(
            "2017-SU",
            "last summer",
            "this summer",
            "Last Summer",
            interval=("2017-06-01T00:00Z", "2017-09-01T00:00Z"),
        ),
        _date("2018-SU", "next summer"),
        _date(
            "2018-WI",
            "this winter",
            "next winter",
            interval=("2017-12-01T00:00Z", "2018-03-01T00:00Z"),
        ),
        _date("2017-WI", "last winter"),
        _date("2017-FA", "this autumn", "this fall"),
        _date("2016-FA", "last autumn", "last fall"),
        _date("2018-FA", "next autumn", "next fall"),
        _date("2017-SP", "last spring"),
        _date("2018-SP", "next spring"),
        _date("2018-SP", "spring", tense="future"),
        _date("2017-SP", "spring"),
        _date("2017-SU", "summer"),
        _date("2018-SU", "summer", tense="future"),
        _date("2017-FA", "autumn", "fall"),
        _date("2017-FA", "autumn", tense="future"),
        _date("2017-WI", "winter"),
        _date("2018-WI", "winter", tense="future"),
    ),
    *_in(
        DECADES,
        _date(
            "199",
            "the 1990s",
            "the '90s",
            "the 90s",
            "the nineties",
            "the Nineties",
            interval=("1990-01-01T00:00Z", "2000-01-01T00:00Z"),
        ),
        _date("198", "the 1980s", "the eighties"),
        _date(
            "19",
            "the 20th century",
            "the twentieth century",
            interval=("1900-01-01T00:00Z", "2000-01-01T00:00Z"),
        ),
        _date("20", "the 21st century"),
        _date("18", "the 19th century"),
    ),
    *_in(
        PARTS_OF_UNITS,
        # Days: 24 hours, k = 8.
        _date(
            "2017-09-24",
            "late Sunday",
            "Late Sunday",
            "late yesterday",
            mod="END",
            interval=("2017-09-24T16:00Z", "2017-09-25T00:00Z"),
        ),
        _date(
            "2017-09-19",
            "early Tuesday",
            "early Tues.",
            mod="START",
            interval=("2017-09-19T00:00Z", "2017-09-19T08:00Z"),
        ),
        _date(
            "2017-09-22",
            "late Friday",
            mod="END",
            interval=("2017-09-22T16:00Z", "2017-09-23T00:00Z"),
        ),
        _date(
            "2017-09-25",
            "early Monday",
            "early today",
            mod="START",
            interval=("2017-09-25T00:00Z", "2017-09-25T08:00Z"),
        ),
        _date(
            "2017-09-26",
            "early tomorrow",
            mod="START",
            interval=("2017-09-26T00:00Z", "2017-09-26T08:00Z"),
        ),
        _date(
            "2017-09-28",
            "late Thursday",
            mod="END",
            tense="future",
            interval=("2017-09-28T16:00Z", "2017-09-29T00:00Z"),
        ),
        # Weeks: 7 days, k = 3; the middle starts at floor((7 - 3) / 2) = 2, Wednesday.
        _date(
            "2017-W38",
            "early last week",
            "the start of last week",
            "the beginning of last week",
            mod="START",
            interval=("2017-09-18T00:00Z", "2017-09-21T00:00Z"),
        ),
        _date(
            "2017-W38",
            "the middle of last week",
            mod="MID",
            interval=("2017-09-20T00:00Z", "2017-09-23T00:00Z"),
        ),
        _date(
            "2017-W38",
            "late last week",
            "the end of last week",
            mod="END",
            interval=("2017-09-22T00:00Z", "2017-09-25T00:00Z"),
        ),
        _date(
            "2017-W39",
            "early this week",
            mod="START",
            interval=("2017-09-25T00:00Z", "2017-09-28T00:00Z"),
        ),
        _date(
            "2017-W39",
            "late this week",
            "the end of the week",
            "the end of this week",
            mod="END",
            interval=("2017-09-29T00:00Z", "2017-10-02T00:00Z"),
        ),
        _date(
            "2017-W40",
            "early next week",
            "the beginning of next week",
            mod="START",
            interval=("2017-10-02T00:00Z", "2017-10-05T00:00Z"),
        ),
        _date(
            "2017-W40",
            "late next week",
            mod="END",
            interval=("2017-10-06T00:00Z", "2017-10-09T00:00Z"),
        ),
        # Months: September has 30 days, k = 10; August 31 days, k = 11.
        _date(
            "2017-09",
            "earlier this month",
            "Earlier this month",
            mod="START",
            interval=("2017-09-01T00:00Z", "2017-09-25T00:00Z"),
        ),
        _date(
            "2017-09",
            "later this month",
            mod="END",
            interval=("2017-09-26T00:00Z", "2017-10-01T00:00Z"),
        ),
        _date(
            "2017-09",
            "early September",
            "early Sept.",
            "the beginning of the month",
            "the start of this month",
            "the start of September",
            mod="START",
            interval=("2017-09-01T00:00Z", "2017-09-11T00:00Z"),
        ),
        _date(
            "2017-09",
            "mid-September",
            "mid September",
            "Mid-September",
            "mid-Sept.",
            "the middle of September",
            "the middle of the month",
            mod="MID",
            interval=("2017-09-11T00:00Z", "2017-09-21T00:00Z"),
        ),
        _date(
            "2017-09",
            "the end of the month",
            "the end of this month",
            "late September",
            "the end of September",
            mod="END",
            interval=("2017-09-21T00:00Z", "2017-10-01T00:00Z"),
        ),
        _date(
            "2017-08",
            "late August",
            "the end of last month",
            mod="END",
            interval=("2017-08-21T00:00Z", "2017-09-01T00:00Z"),
        ),
        _date(
            "2017-08",
            "mid-August",
            mod="MID",
            interval=("2017-08-11T00:00Z", "2017-08-22T00:00Z"),
        ),
        _date(
            "2017-10",
            "early next month",
            "the beginning of next month",
            mod="START",
            interval=("2017-10-01T00:00Z", "2017-10-12T00:00Z"),
        ),
        _date(
            "2017-10",
            "early October",
            mod="START",
            tense="future",
            interval=("2017-10-01T00:00Z", "2017-10-12T00:00Z"),
        ),
        # A bare month in past narration looks back, mods and all.
        _date(
            "2016-12",
            "early December",
            mod="START",
            interval=("2016-12-01T00:00Z", "2016-12-12T00:00Z"),
        ),
        # Years: 12 months, k = 4.
        _date(
            "2016",
            "late 2016",
            "late last year",
            "the end of last year",
            mod="END",
            interval=("2016-09-01T00:00Z", "2017-01-01T00:00Z"),
        ),
        _date(
            "2018",
            "early 2018",
            "early next year",
            "the beginning of next year",
            mod="START",
            interval=("2018-01-01T00:00Z", "2018-05-01T00:00Z"),
        ),
        _date(
            "2015",
            "mid-2015",
            mod="MID",
            interval=("2015-05-01T00:00Z", "2015-09-01T00:00Z"),
        ),
        _date(
            "2017",
            "earlier this year",
            mod="START",
            interval=("2017-01-01T00:00Z", "2017-09-25T00:00Z"),
        ),
        _date(
            "2017",
            "later this year",
            "Later this year",
            mod="END",
            interval=("2017-09-26T00:00Z", "2018-01-01T00:00Z"),
        ),
        _date(
            "2017",
            "late this year",
            "the end of the year",
            "the end of this year",
            mod="END",
            interval=("2017-09-01T00:00Z", "2018-01-01T00:00Z"),
        ),
        _date(
            "2017",
            "the start of the year",
            "the beginning of this year",
            mod="START",
            interval=("2017-01-01T00:00Z", "2017-05-01T00:00Z"),
        ),
        # Quarters and seasons: 3 months, k = 1.
        _date(
            "2017-Q3",
            "the end of the quarter",
            mod="END",
            interval=("2017-09-01T00:00Z", "2017-10-01T00:00Z"),
        ),
        _date(
            "2017-SU",
            "late summer",
            mod="END",
            interval=("2017-08-01T00:00Z", "2017-09-01T00:00Z"),
        ),
        _date(
            "2018-SP",
            "early spring",
            mod="START",
            tense="future",
            interval=("2018-03-01T00:00Z", "2018-04-01T00:00Z"),
        ),
        # Decades: 10 years, k = 4; centuries: 10 decades, k = 4.
        _date(
            "199",
            "the early 1990s",
            "the early '90s",
            "the early nineties",
            mod="START",
            interval=("1990-01-01T00:00Z", "1994-01-01T00:00Z"),
        ),
        _date(
            "199",
            "the mid-1990s",
            "the mid-'90s",
            mod="MID",
            interval=("1993-01-01T00:00Z", "1997-01-01T00:00Z"),
        ),
        _date(
            "198",
            "the late 1980s",
            "the late eighties",
            mod="END",
            interval=("1986-01-01T00:00Z", "1990-01-01T00:00Z"),
        ),
        _date(
            "19",
            "the early 20th century",
            mod="START",
            interval=("1900-01-01T00:00Z", "1940-01-01T00:00Z"),
        ),
        _date(
            "19",
            "the mid-20th century",
            mod="MID",
            interval=("1930-01-01T00:00Z", "1970-01-01T00:00Z"),
        ),
        _date(
            "18",
            "the late 19th century",
            mod="END",
            interval=("1860-01-01T00:00Z", "1900-01-01T00:00Z"),
        ),
    ),
    *_in(
        PARTS_OF_DAY,
        _time(
            "2017-09-24TEV",
            "Sunday evening",
            "Sunday Evening",
            "yesterday evening",
            interval=("2017-09-24T17:00Z", "2017-09-24T21:00Z"),
        ),
        _time(
            "2017-09-24TNI",
            "last night",
            "Last night",
            "Sunday night",
            interval=("2017-09-24T21:00Z", "2017-09-25T05:00Z"),
        ),
        _time(
            "2017-09-25TMO",
            "this morning",
            "This morning",
            "Monday morning",
            interval=("2017-09-25T05:00Z", "2017-09-25T12:00Z"),
        ),
        _time("2017-09-25TMO", "this morning", tense="future"),
        _time("2017-09-25TMO", "this morning", tense="present"),
        _time(
            "2017-09-25TAF",
            "this afternoon",
            "Monday afternoon",
            interval=("2017-09-25T12:00Z", "2017-09-25T17:00Z"),
        ),
        _time("2017-09-25TEV", "this evening"),
        _time(
            "2017-09-25TNI",
            "tonight",
            "Tonight",
            "TONIGHT",
            "Monday night",
            interval=("2017-09-25T21:00Z", "2017-09-26T05:00Z"),
        ),
        _time("2017-09-22TAF", "Friday afternoon", "Fri. afternoon"),
        _time("2017-09-23TNI", "Saturday night"),
        _time("2017-09-24TMO", "Sunday morning", "yesterday morning"),
        _time("2017-09-26TMO", "tomorrow morning"),
        _time("2017-09-26TEV", "tomorrow evening"),
        _time("2017-09-28TNI", "Thursday night", tense="future"),
    ),
    *_in(
        OFFSETS,
        _date(
            "2017-09-22",
            "three days ago",
            "3 days ago",
            "Three Days Ago",
            interval=("2017-09-22T00:00Z", "2017-09-23T00:00Z"),
        ),
        _date("2017-09-24", "one day ago", "a day ago"),
        _date("2017-09-15", "ten days ago", "10 days ago"),
        _date("2017-09-04", "twenty-one days ago", "21 days ago"),
        _date("2017-09-28", "in three days", "three days from now", "in 3 days"),
        _date("2017-W38", "a week ago", "one week ago"),
        _date(
            "2017-W37",
            "two weeks ago",
            "2 weeks ago",
            interval=("2017-09-11T00:00Z", "2017-09-18T00:00Z"),
        ),
        _date("2017-W41", "in two weeks", "two weeks from now"),
        _date("2017-08", "a month ago", "one month ago"),
        _date("2017-06", "three months ago"),
        _date("2017-03", "six months ago"),
        _date("2017-10", "in a month", "a month from now"),
        _date("2017-12", "in three months"),
        _date("2016", "a year ago", "one year ago", "1 year ago"),
        _date("2015", "two years ago"),
        _date("2022", "in five years", "five years from now"),
        _date("PAST_REF", "a few days ago", "a few weeks ago", "some weeks ago"),
    ),
    *_in(
        SPANS,
        _duration(
            "P3D",
            "the past three days",
            "the last three days",
            "the past 3 days",
            "The Past Three Days",
            interval=("2017-09-23T00:00Z", "2017-09-26T00:00Z"),
        ),
        _duration(
            "P3D",
            "the next three days",
            "the next 3 days",
            interval=("2017-09-26T00:00Z", "2017-09-29T00:00Z"),
        ),
        _duration(
            "P7D",
            "the past seven days",
            "the last seven days",
            interval=("2017-09-19T00:00Z", "2017-09-26T00:00Z"),
        ),
        _duration(
            "P30D",
            "the past 30 days",
            "the last thirty days",
            interval=("2017-08-27T00:00Z", "2017-09-26T00:00Z"),
        ),
        _duration(
            "P2D",
            "the next two days",
            interval=("2017-09-26T00:00Z", "2017-09-28T00:00Z"),
        ),
    ),
    *_in(
        ANAPHORA,
        _date(
            "2017-09-22",
            "the following day",
            "the next day",
            "the day after",
            "a day later",
            "The following day",
            reference=date(2017, 9, 21),
        ),
        _date(
            "2017-09-20",
            "the day before",
            "the previous day",
            reference=date(2017, 9, 21),
        ),
        _date("2017-09-23", "two days later", "2 days later", reference=date(2017, 9, 21)),
        _date("2017-09-18", "three days earlier", reference=date(2017, 9, 21)),
        _date("2017-09-21", "the same day", "that day", reference=date(2017, 9, 21)),
        _date("2017-W38", "that week", reference=date(2017, 9, 21)),
        _date("2017-09", "that month", reference=date(2017, 9, 21)),
        _date("2017", "that year", reference=date(2017, 9, 21)),
        _date("2016", "the previous year", reference=date(2017, 9, 21)),
        _date("2010", "the previous year", reference=date(2011, 3, 15)),
        # With no reference, the publication date is the reference.
        _date("2017-09-26", "the following day", "the next day"),
        _date("2017-09-24", "the previous day"),
        # An interval reference: counted from its start, its grain kept for "that week".
        _date("2017-W38", "that week", reference=Interval.from_value("2017-W38")),
        _date("2017-09-19", "the following day", reference=Interval.from_value("2017-W38")),
        _date(
            "2017-09-22",
            "the next day",
            reference=Timex(
                "Sept. 21", "DATE", "2017-09-21", interval=Interval.from_value("2017-09-21")
            ),
        ),
        _date("2017-09-24", "the same day", reference=datetime(2017, 9, 24, 22, 30, tzinfo=UTC)),
        # "That time" is the reference itself, at its own grain.
        _date(
            "2017-09-21",
            "that time",
            "the same time",
            "that period",
            "the same period",
            reference=date(2017, 9, 21),
        ),
        _date("2017-Q3", "that time", "the same period", reference=Interval.from_value("2017-Q3")),
        # The same time some years before the reference.
        _date(
            "2016-Q3",
            "the same period last year",
            "the same period a year earlier",
            "the same period of the previous year",
            "the same quarter a year ago",
            reference=Interval.from_value("2017-Q3"),
        ),
        _date(
            "2016-09",
            "the same month last year",
            "the same month a year earlier",
            "the same month one year before",
            reference=date(2017, 9, 21),
        ),
        _date("2015-09-21", "the same day two years earlier", reference=date(2017, 9, 21)),
        _date("2018", "the next year", "the following year", reference=date(2017, 9, 21)),
        _date("2017-10", "the next month", reference=date(2017, 9, 21)),
    ),
    *_in(
        CALENDAR,
        _date(
            "2017-09-21",
            "Sept. 21",
            "September 21st",
            "21 September",
            "the 21st of September",
            "Sep 21",
            "Sept 21",
            "Sep. 21",
            "SEPT. 21",
            "september 21",
            "Sept. 21st",
            "Thursday, Sept. 21",
            "Thursday, September 21",
            interval=("2017-09-21T00:00Z", "2017-09-22T00:00Z"),
        ),
        _date("2018-09-21", "Sept. 21", "21 September", tense="future"),
        _date(
            "2016-09-21",
            "Sept. 21, 2016",
            "21/09/2016",
            "2016-09-21",
            "9/21/2016",
            "09/21/2016",
            "September 21, 2016",
            "21 September 2016",
            "Sep 21, 2016",
        ),
        _date("2016-09-21", "2016-09-21", "Sept. 21, 2016", tense="future"),
        _date("2016-09-28", "Sept. 28"),
        _date("2016-09-28", "Sept. 28", tense="past"),
        _date("2017-09-28", "Sept. 28", tense="future"),
        _date("2017-09-28", "Sept. 28", tense="present"),
        _date("2017-09-25", "Sept. 25", "September 25"),
        _date("2017-09-25", "Sept. 25", tense="future"),
        _date("2017-01-01", "Jan. 1"),
        _date("2011-03", "March 2011", "Mar. 2011", "MARCH 2011"),
        _date("2016-09", "September 2016", "Sept. 2016"),
        # Slash dates are month first unless the first number is above 12.
        _date("2017-03-04", "3/4/2017", "March 4, 2017", "4 March 2017"),
        _date("2020-01-13", "13/01/2020", "13/1/2020", "1/13/2020"),
        # Feb. 29 with no year: the most recent (or next) one that exists.
        _date("2016-02-29", "Feb. 29", "February 29"),
        _date("2020-02-29", "Feb. 29", tense="future"),
        _date("2016-02-29", "Feb. 29, 2016", "29 February 2016"),
        _date("1776-07-04", "July 4, 1776"),
    ),
    *_in(
        ORDINALS,
        _date("2017-09-03", "the 3rd", tense="past"),
        _date("2017-09-03", "the 3rd"),
        _date("2017-10-03", "the 3rd", tense="future"),
        _date("2017-10-03", "the 3rd", tense="present"),
        _date("2017-09-25", "the 25th"),
        _date("2017-09-22", "the 22nd"),
        _date("2017-09-01", "the 1st"),
        _date("2017-08-30", "the 30th"),
        _date("2017-08-31", "the 31st"),
    ),
    *_in(
        TIMES,
        _time(
            "2017-09-24T15:00",
            "3 p.m. Sunday",
            "Sunday at 3 p.m.",
            "3pm Sunday",
            "3 PM Sunday",
            "Sunday at 15:00",
            interval=("2017-09-24T15:00Z", "2017-09-24T15:01Z"),
        ),
        _time("2017-09-25T15:00", "3 p.m.", "15:00", "3pm", "3 P.M."),
        _time("2017-09-25T15:30", "3:30 p.m.", "15:30"),
        _time("2017-09-25T09:00", "9 a.m.", "9am", "09:00"),
        _time(
            "2017-09-25T12:00",
            "noon",
            "Noon",
            interval=("2017-09-25T12:00Z", "2017-09-25T12:01Z"),
        ),
        _time("2017-09-24T12:00", "noon Sunday", "Sunday at noon"),
        # Bare midnight starts the day; "midnight Sunday" is TimeML's Sunday T24:00.
        _time(
            "2017-09-25T00:00",
            "midnight",
            "Midnight",
            "midnight Sunday",
            interval=("2017-09-25T00:00Z", "2017-09-25T00:01Z"),
        ),
        _time(
            "2017-09-25T16:08Z",
            "16:08 UTC",
            interval=("2017-09-25T16:08Z", "2017-09-25T16:09Z"),
        ),
        _time("2017-09-19T08:00", "8 a.m. Tuesday", "Tuesday at 8 a.m."),
        _time("2017-09-24T23:00", "yesterday at 11 p.m.", "11 p.m. yesterday"),
        _time("2017-09-26T09:45", "tomorrow at 9:45 a.m."),
        _time("2017-09-28T15:00", "3 p.m. Thursday", "Thursday at 3 p.m.", tense="future"),
    ),
    *_in(
        HOLIDAYS,
        _date("2016-12-25", "Christmas", "Christmas Day", "christmas", "last Christmas"),
        _date("2017-12-25", "Christmas", tense="future"),
        _date("2017-12-25", "this Christmas"),
        _date("2016-12-25", "Christmas 2016"),
        _date("2016-12-24", "Christmas Eve"),
        _date("2016-12-26", "Boxing Day"),
        _date("2017-01-01", "New Year's Day"),
        _date("2018-01-01", "New Year's Day", tense="future"),
        _date("2016-12-31", "New Year's Eve"),
        _date("2017-12-31", "New Year's Eve", tense="future"),
        _date("2017-04-16", "Easter", "Easter Sunday"),
        _date("2018-04-01", "Easter", tense="future"),
        _date("2019-04-21", "Easter 2019"),
        _date("2017-04-14", "Good Friday"),
        _date("2018-03-30", "Good Friday", tense="future"),
        _date("2017-04-17", "Easter Monday"),
        _date("2016-11-24", "Thanksgiving", "Thanksgiving Day"),
        _date("2017-11-23", "Thanksgiving", tense="future"),
        _date("2017-09-04", "Labor Day"),
        _date("2018-09-03", "Labor Day", tense="future"),
        _date("2017-05-29", "Memorial Day"),
        _date("2017-07-04", "Independence Day", "the Fourth of July", "July 4"),
        _date("2018-07-04", "the Fourth of July", tense="future"),
        _date("2016-10-31", "Halloween"),
        _date("2017-10-31", "Halloween", tense="future"),
        _date("2017-02-14", "Valentine's Day"),
        _date("2016-11-08", "Election Day"),
        _date("2017-11-07", "Election Day", tense="future"),
        _date("2017-07-14", "Bastille Day"),
        _date("2017-01-16", "Martin Luther King Day"),
        _date("2017-02-20", "Presidents' Day"),
        _date("2017-05-14", "Mother's Day"),
        _date("2017-06-18", "Father's Day"),
    ),
    *_in(
        DURATIONS,
        _duration("P3W", "three weeks", "3 weeks", "Three Weeks"),
        _duration("P18M", "18 months", "eighteen months"),
        _duration("P2.5Y", "two and a half years", "2.5 years"),
        _duration("PT3.5H", "three and a half hours"),
        _duration("P21D", "twenty-one days", "21 days"),
        _duration("P12Y", "a dozen years"),
        _duration("P5D", "five days", "5 days"),
        _duration("P1D", "one day"),
        _duration("P1W", "a week", "one week"),
        _duration("P1M", "a month"),
        _duration("P6M", "six months"),
        _duration("P1Y", "a year", "one year"),
        _duration("PT24H", "24 hours", "twenty-four hours"),
        _duration("PT45M", "45 minutes", "forty-five minutes"),
        _duration("PT90M", "90 minutes", "ninety minutes"),
        _duration("PT1H", "an hour", "one hour"),
        _duration("P10Y", "a decade", "ten years"),
        _duration("P20Y", "two decades"),
        _duration("P100Y", "a century"),
        _duration("PXW", "weeks"),
        _duration("PXD", "days", "a few days"),
        _duration("PXM", "months"),
        _duration("PXY", "years", "several years"),
        _duration("PTXH", "hours"),
        _duration("P1W", "less than a week", mod="LESS_THAN"),
        _duration("P2Y", "more than two years", "more than 2 years", mod="MORE_THAN"),
        _duration("PT3H", "about three hours", "about 3 hours", mod="APPROX"),
    ),
    *_in(
        SETS,
        _set("XXXX-WXX-5", "every Friday", "Every Friday", quant="EVERY"),
        _set("XXXX-WXX-1", "every Monday", quant="EVERY"),
        _set("XXXX-WXX-7TEV", "every Sunday evening", quant="EVERY"),
        _set("P1D", "daily", "every day"),
        _set("P1W", "weekly", "every week"),
        _set("P1M", "monthly", "every month"),
        _set("P1Y", "annually", "every year"),
        _set("P1W", "twice a week", freq="2X"),
        _set("P1M", "twice a month", freq="2X"),
        _set("P1Y", "three times a year", freq="3X"),
    ),
    *_in(
        VAGUE,
        _date(
            "PRESENT_REF",
            "now",
            "Now",
            "currently",
            "at present",
            "nowadays",
            "at the moment",
        ),
        _date("PRESENT_REF", "now", tense="future"),
        _date(
            "PAST_REF",
            "recently",
            "Recently",
            "lately",
            "in the past",
            "previously",
            "formerly",
        ),
        _date("FUTURE_REF", "soon", "Soon", "in the future", "shortly", "in the coming days"),
    ),
)

# --------------------------------------------------------------- Friday 2021-01-01, 2020-W53

_FRIDAY_CASES = (
    *_in(
        DAYS,
        _date(
            "2020-12-31",
            "yesterday",
            interval=("2020-12-31T00:00Z", "2021-01-01T00:00Z"),
        ),
        _date("2021-01-01", "today"),
        _date("2021-01-02", "tomorrow"),
    ),
    *_in(
        WEEKDAYS,
        _date("2021-01-01", "Friday", "Fri."),
        _date("2020-12-31", "Thursday", "Thurs."),
        _date("2020-12-30", "Wednesday"),
        _date("2020-12-29", "Tuesday", "Tues."),
        _date("2020-12-28", "Monday"),
        _date("2020-12-27", "Sunday"),
        _date("2020-12-26", "Saturday"),
        _date("2021-01-01", "Friday", tense="future"),
        _date("2021-01-02", "Saturday", tense="future"),
        _date("2021-01-03", "Sunday", tense="future"),
        _date("2021-01-04", "Monday", tense="future"),
        _date("2021-01-07", "Thursday", tense="future"),
        _date("2021-01-04", "Monday", tense="present"),
        _date("2020-12-29", "Tuesday", tense="present"),
        _date("2021-01-02", "Saturday", tense="present"),
        _date("2020-12-31", "Thursday", tense="present"),
    ),
    *_in(
        LAST_NEXT_THIS,
        _date("2020-12-25", "last Friday"),
        _date("2021-01-08", "next Friday"),
        _date("2021-01-01", "this Friday"),
        _date("2020-12-31", "last Thursday"),
        _date("2020-12-28", "this Monday", "last Monday"),
        _date("2021-01-04", "next Monday"),
        _date("2021-01-03", "this Sunday"),
        _date("2021-01-02", "next Saturday", "this Saturday"),
    ),
    *_in(
        WEEKS,
        _date("2020-W52", "last week"),
        _date(
            "2020-W53",
            "this week",
            interval=("2020-12-28T00:00Z", "2021-01-04T00:00Z"),
        ),
        _date(
            "2021-W01",
            "next week",
            interval=("2021-01-04T00:00Z", "2021-01-11T00:00Z"),
        ),
        _date("2020-W52-WE", "last weekend", "the weekend"),
        _date(
            "2020-W53-WE",
            "this weekend",
            interval=("2021-01-02T00:00Z", "2021-01-04T00:00Z"),
        ),
        _date("2020-W53-WE", "the weekend", tense="future"),
        _date("2021-W01-WE", "next weekend"),
    ),
    *_in(
        MONTHS,
        _date("2020-12", "last month", "December", "Dec.", "last December"),
        _date("2021-01", "this month", "January", "Jan."),
        _date("2021-01", "January", tense="future"),
        _date("2021-02", "next month"),
        _date("2021-12", "December", tense="future"),
        _date("2020-12", "December", tense="present"),
        # "this December" is the nearest December: one month back, not eleven ahead.
        _date("2020-12", "this December"),
        _date("2022-01", "next January"),
        _date("2020-01", "last January"),
    ),
    *_in(
        YEARS,
        _date("2020", "last year"),
        _date("2021", "this year"),
        _date("2022", "next year"),
    ),
    *_in(
        QUARTERS,
        _date("2020-Q4", "last quarter", "the fourth quarter"),
        _date("2021-Q1", "this quarter", "the first quarter"),
        _date("2021-Q2", "next quarter"),
        _date("2021-Q4", "the fourth quarter", tense="future"),
    ),
    *_in(
        SEASONS,
        _date(
            "2021-WI",
            "this winter",
            "winter",
            interval=("2020-12-01T00:00Z", "2021-03-01T00:00Z"),
        ),
        _date("2020-WI", "last winter"),
        _date("2022-WI", "next winter"),
        _date("2020-SU", "last summer"),
        _date("2021-SU", "next summer"),
        _date("2020-FA", "last autumn", "last fall"),
    ),
    *_in(
        PARTS_OF_UNITS,
        _date(
            "2020-12-30",
            "late Wednesday",
            mod="END",
            interval=("2020-12-30T16:00Z", "2020-12-31T00:00Z"),
        ),
        _date(
            "2020-W52",
            "late last week",
            mod="END",
            interval=("2020-12-25T00:00Z", "2020-12-28T00:00Z"),
        ),
        _date(
            "2020-W53",
            "early this week",
            mod="START",
            interval=("2020-12-28T00:00Z", "2020-12-31T00:00Z"),
        ),
        _date(
            "2020-W53",
            "late this week",
            "the end of the week",
            mod="END",
            interval=("2021-01-01T00:00Z", "2021-01-04T00:00Z"),
        ),
        _date(
            "2020-W53",
            "earlier this week",
            mod="START",
            interval=("2020-12-28T00:00Z", "2021-01-01T00:00Z"),
        ),
        _date(
            "2020-W53",
            "later this week",
            mod="END",
            interval=("2021-01-02T00:00Z", "2021-01-04T00:00Z"),
        ),
        _date(
            "2021-W01",
            "early next week",
            mod="START",
            interval=("2021-01-04T00:00Z", "2021-01-07T00:00Z"),
        ),
        _date(
            "2020-12",
            "late December",
            "the end of last month",
            mod="END",
            interval=("2020-12-21T00:00Z", "2021-01-01T00:00Z"),
        ),
        _date(
            "2021-01",
            "early January",
            "the start of the month",
            "early this month",
            mod="START",
            interval=("2021-01-01T00:00Z", "2021-01-12T00:00Z"),
        ),
        _date(
            "2021-01",
            "mid-January",
            mod="MID",
            interval=("2021-01-11T00:00Z", "2021-01-22T00:00Z"),
        ),
        _date(
            "2021-01",
            "later this month",
            mod="END",
            interval=("2021-01-02T00:00Z", "2021-02-01T00:00Z"),
        ),
        _date(
            "2020",
            "late 2020",
            "late last year",
            "the end of last year",
            mod="END",
            interval=("2020-09-01T00:00Z", "2021-01-01T00:00Z"),
        ),
        _date(
            "2021",
            "early 2021",
            "early this year",
            mod="START",
            interval=("2021-01-01T00:00Z", "2021-05-01T00:00Z"),
        ),
        _date(
            "2021",
            "later this year",
            mod="END",
            interval=("2021-01-02T00:00Z", "2022-01-01T00:00Z"),
        ),
    ),
    *_in(
        PARTS_OF_DAY,
        _time(
            "2020-12-31TNI",
            "last night",
            "Thursday night",
            interval=("2020-12-31T21:00Z", "2021-01-01T05:00Z"),
        ),
        _time("2021-01-01TNI", "tonight"),
        _time("2021-01-01TMO", "this morning"),
        _time("2021-01-02TMO", "tomorrow morning"),
        _time("2021-01-02TEV", "Saturday evening", tense="future"),
    ),
    *_in(
        OFFSETS,
        _date("2020-12-29", "three days ago"),
        _date("2021-01-04", "in three days"),
        _date("2021-03-02", "in 60 days", "60 days from now"),
        _date("2020-W52", "a week ago"),
        _date(
            "2020-W51",
            "two weeks ago",
            interval=("2020-12-14T00:00Z", "2020-12-21T00:00Z"),
        ),
        _date("2021-W01", "in a week", "a week from now"),
        _date("2021-W02", "in two weeks"),
        _date("2020-12", "a month ago"),
        _date("2020-07", "six months ago"),
        _date("2020", "a year ago"),
        _date("2011", "ten years ago", "10 years ago"),
    ),
    *_in(
        SPANS,
        _duration(
            "P3D",
            "the past three days",
            interval=("2020-12-30T00:00Z", "2021-01-02T00:00Z"),
        ),
        _duration(
            "P7D",
            "the last seven days",
            interval=("2020-12-26T00:00Z", "2021-01-02T00:00Z"),
        ),
        _duration(
            "P5D",
            "the next five days",
            interval=("2021-01-02T00:00Z", "2021-01-07T00:00Z"),
        ),
    ),
    *_in(
        ANAPHORA,
        _date("2021-01-01", "the next day", "the following day", reference=date(2020, 12, 31)),
        _date("2020-W53", "that week", reference=date(2020, 12, 31)),
        _date("2020-W53", "that week", reference=date(2021, 1, 3)),
        _date("2021-01-04", "the following day", reference=date(2021, 1, 3)),
        _date("2020-12-31", "three days later", reference=date(2020, 12, 28)),
        _date("2019", "the previous year", reference=date(2020, 12, 31)),
    ),
    *_in(
        CALENDAR,
        _date("2020-12-31", "Dec. 31", "December 31st", "12/31/2020", "31/12/2020", "2020-12-31"),
        _date("2021-12-31", "Dec. 31", tense="future"),
        _date("2021-01-01", "Jan. 1", "1 January"),
        _date("2020-09-21", "Sept. 21"),
        _date("2021-09-21", "Sept. 21", tense="future"),
    ),
    *_in(
        ORDINALS,
        _date("2020-12-31", "the 31st"),
        _date("2021-01-01", "the 1st"),
        _date("2020-12-02", "the 2nd"),
        _date("2021-01-02", "the 2nd", tense="future"),
    ),
    *_in(
        TIMES,
        _time(
            "2021-01-01T00:00",
            "midnight",
            "midnight Thursday",
            interval=("2021-01-01T00:00Z", "2021-01-01T00:01Z"),
        ),
        _time("2020-12-31T12:00", "noon Thursday"),
        _time("2020-12-31T23:59", "11:59 p.m. Thursday"),
    ),
    *_in(
        HOLIDAYS,
        _date("2021-01-01", "New Year's Day", "new year's day"),
        _date("2021-01-01", "New Year's Day", tense="future"),
        _date("2020-12-31", "New Year's Eve"),
        _date("2021-12-31", "New Year's Eve", tense="future"),
        _date("2020-12-31", "New Year's Eve", tense="present"),
        _date("2020-12-25", "Christmas", "Christmas Day"),
        _date("2021-12-25", "Christmas", tense="future"),
        _date("2020-12-24", "Christmas Eve"),
        _date("2020-12-26", "Boxing Day"),
        _date("2020-11-26", "Thanksgiving"),
        _date("2020-11-03", "Election Day"),
        _date("2020-04-12", "Easter"),
        _date("2021-04-04", "Easter", tense="future"),
        _date("2021-04-02", "Good Friday", tense="future"),
        _date("2021-01-18", "Martin Luther King Day", tense="future"),
        _date("2021-02-15", "Presidents' Day", tense="future"),
        _date("2021-02-14", "Valentine's Day", tense="future"),
        _date("2020-10-31", "Halloween"),
        _date("2021-07-04", "Independence Day", tense="future"),
    ),
)

# ------------------------------------------------------------ Tuesday 2019-12-31, 2020-W01

_TUESDAY_CASES = (
    *_in(
        DAYS,
        _date("2019-12-30", "yesterday"),
        _date("2019-12-31", "today"),
        _date(
            "2020-01-01",
            "tomorrow",
            interval=("2020-01-01T00:00Z", "2020-01-02T00:00Z"),
        ),
    ),
    *_in(
        WEEKDAYS,
        _date("2019-12-31", "Tuesday"),
        _date("2019-12-30", "Monday"),
        _date("2019-12-29", "Sunday"),
        _date("2019-12-27", "Friday"),
        _date("2019-12-25", "Wednesday"),
        _date("2019-12-31", "Tuesday", tense="future"),
        _date("2020-01-01", "Wednesday", tense="future"),
        _date("2020-01-02", "Thursday", tense="future"),
        _date("2020-01-03", "Friday", tense="future"),
        _date("2020-01-06", "Monday", tense="future"),
        _date("2020-01-01", "Wednesday", tense="present"),
        _date("2020-01-03", "Friday", tense="present"),
        _date("2019-12-28", "Saturday", tense="present"),
        _date("2019-12-30", "Monday", tense="present"),
    ),
    *_in(
        LAST_NEXT_THIS,
        _date("2020-01-01", "next Wednesday", "this Wednesday"),
        _date("2019-12-24", "last Tuesday"),
        _date("2020-01-07", "next Tuesday"),
        _date("2020-01-05", "this Sunday"),
        _date("2019-12-30", "this Monday", "last Monday"),
        _date("2020-01-03", "this Friday"),
        _date("2019-12-27", "last Friday"),
        _date("2020-01-06", "next Monday"),
    ),
    *_in(
        WEEKS,
        _date(
            "2019-W52",
            "last week",
            interval=("2019-12-23T00:00Z", "2019-12-30T00:00Z"),
        ),
        _date(
            "2020-W01",
            "this week",
            "This Week",
            interval=("2019-12-30T00:00Z", "2020-01-06T00:00Z"),
        ),
        _date("2020-W02", "next week"),
        _date("2019-W52-WE", "last weekend", "the weekend"),
        _date(
            "2020-W01-WE",
            "this weekend",
            interval=("2020-01-04T00:00Z", "2020-01-06T00:00Z"),
        ),
        _date("2020-W01-WE", "the weekend", tense="future"),
        _date("2020-W02-WE", "next weekend"),
    ),
    *_in(
        MONTHS,
        _date("2019-11", "last month"),
        _date("2019-12", "this month", "December", "this December"),
        _date("2020-01", "next month", "next January", "this January"),
        _date("2019-01", "January", "Jan."),
        _date("2020-01", "January", tense="future"),
        _date("2020-01", "January", tense="present"),
        _date("2018-12", "last December"),
        _date("2020-12", "next December"),
    ),
    *_in(
        YEARS,
        _date("2018", "last year"),
        _date("2019", "this year"),
        _date(
            "2020",
            "next year",
            interval=("2020-01-01T00:00Z", "2021-01-01T00:00Z"),
        ),
    ),
    *_in(
        QUARTERS,
        _date("2019-Q3", "last quarter"),
        _date("2019-Q4", "this quarter", "the fourth quarter"),
        _date("2020-Q1", "next quarter"),
        _date("2019-Q1", "the first quarter"),
        _date("2020-Q1", "the first quarter", tense="future"),
    ),
    *_in(
        SEASONS,
        # Publication falls in the winter of December 2019 to February 2020: 2020-WI.
        _date(
            "2020-WI",
            "this winter",
            "winter",
            interval=("2019-12-01T00:00Z", "2020-03-01T00:00Z"),
        ),
        _date("2019-WI", "last winter"),
        _date("2021-WI", "next winter"),
        _date("2019-SU", "last summer"),
        _date("2020-SU", "next summer"),
        _date("2020-SP", "next spring", "this spring"),
    ),
    *_in(
        PARTS_OF_UNITS,
        _date(
            "2020-W01",
            "early this week",
            mod="START",
            interval=("2019-12-30T00:00Z", "2020-01-02T00:00Z"),
        ),
        _date(
            "2020-W01",
            "earlier this week",
            mod="START",
            interval=("2019-12-30T00:00Z", "2019-12-31T00:00Z"),
        ),
        _date(
            "2020-W01",
            "later this week",
            mod="END",
            interval=("2020-01-01T00:00Z", "2020-01-06T00:00Z"),
        ),
        _date(
            "2019-W52",
            "late last week",
            mod="END",
            interval=("2019-12-27T00:00Z", "2019-12-30T00:00Z"),
        ),
        _date(
            "2019",
            "the end of the year",
            "late this year",
            "late 2019",
            mod="END",
            interval=("2019-09-01T00:00Z", "2020-01-01T00:00Z"),
        ),
        _date(
            "2019",
            "earlier this year",
            mod="START",
            interval=("2019-01-01T00:00Z", "2019-12-31T00:00Z"),
        ),
        _date(
            "2019-12",
            "earlier this month",
            mod="START",
            interval=("2019-12-01T00:00Z", "2019-12-31T00:00Z"),
        ),
        _date(
            "2019-12",
            "the end of the month",
            "late December",
            mod="END",
            interval=("2019-12-21T00:00Z", "2020-01-01T00:00Z"),
        ),
        _date(
            "2020",
            "early next year",
            "early 2020",
            mod="START",
            interval=("2020-01-01T00:00Z", "2020-05-01T00:00Z"),
        ),
        _date(
            "2020-01",
            "early January",
            mod="START",
            tense="future",
            interval=("2020-01-01T00:00Z", "2020-01-12T00:00Z"),
        ),
    ),
    *_in(
        PARTS_OF_DAY,
        _time(
            "2019-12-31TNI",
            "tonight",
            interval=("2019-12-31T21:00Z", "2020-01-01T05:00Z"),
        ),
        _time("2020-01-01TNI", "tomorrow night"),
        _time("2019-12-30TNI", "last night", "Monday night"),
        _time("2019-12-31TEV", "this evening"),
        _time("2020-01-01TMO", "tomorrow morning"),
    ),
    *_in(
        OFFSETS,
        _date("2020-01-02", "in two days", "two days from now"),
        _date("2020-W02", "a week from now", "in a week"),
        _date("2020-W04", "in three weeks"),
        _date("2019-W51", "two weeks ago"),
        _date("2020-01", "in a month"),
        _date("2019-09", "three months ago"),
        _date("2019-01", "eleven months ago"),
        _date("2018", "a year ago"),
        _date("2020", "in a year", "a year from now"),
    ),
    *_in(
        SPANS,
        _duration(
            "P2D",
            "the next two days",
            interval=("2020-01-01T00:00Z", "2020-01-03T00:00Z"),
        ),
        _duration(
            "P5D",
            "the past five days",
            interval=("2019-12-27T00:00Z", "2020-01-01T00:00Z"),
        ),
    ),
    *_in(
        ANAPHORA,
        _date("2020-01-01", "the next day", "the following day", reference=date(2019, 12, 31)),
        _date("2020-01-01", "two days later", reference=date(2019, 12, 30)),
        _date("2020-W01", "that week", reference=date(2019, 12, 30)),
        _date("2019-12-31", "the day before", reference=date(2020, 1, 1)),
        _date("2020", "the following year", reference=date(2019, 6, 1)),
        _date("2020", "that year", reference=date(2020, 1, 1)),
    ),
    *_in(
        CALENDAR,
        _date("2019-12-25", "Dec. 25", "25 December"),
        _date("2019-12-31", "Dec. 31", "12/31/2019", "31 Dec. 2019"),
        _date("2019-01-01", "Jan. 1"),
        _date("2020-01-01", "Jan. 1", "January 1st", tense="future"),
        _date("2020-01-02", "Jan. 2", tense="future"),
        _date("2019-01-02", "Jan. 2"),
    ),
    *_in(
        ORDINALS,
        _date("2019-12-01", "the 1st"),
        _date("2020-01-01", "the 1st", tense="future"),
        _date("2019-12-31", "the 31st"),
    ),
    *_in(
        TIMES,
        _time("2019-12-31T00:00", "midnight"),
        _time(
            "2019-12-31T23:59",
            "11:59 p.m.",
            "23:59",
            interval=("2019-12-31T23:59Z", "2020-01-01T00:00Z"),
        ),
        _time("2019-12-31T22:00", "10 p.m. Tuesday"),
        _time("2020-01-01T09:00", "9 a.m. Wednesday", tense="future"),
    ),
    *_in(
        HOLIDAYS,
        _date("2019-12-31", "New Year's Eve"),
        _date("2019-12-31", "New Year's Eve", tense="future"),
        _date("2019-01-01", "New Year's Day"),
        _date("2020-01-01", "New Year's Day", tense="future"),
        _date("2020-01-01", "New Year's Day", tense="present"),
        _date("2019-12-25", "Christmas", "Christmas Day"),
        _date("2019-12-25", "Christmas", tense="present"),
        _date("2020-12-25", "Christmas", tense="future"),
        _date("2019-12-26", "Boxing Day"),
        _date("2019-11-28", "Thanksgiving"),
        _date("2019-09-02", "Labor Day"),
        _date("2020-04-12", "Easter", tense="future"),
        _date("2020-01-20", "Martin Luther King Day", tense="future"),
        _date("2020-05-10", "Mother's Day", tense="future"),
    ),
)

# ------------------------------------------------------------------- Saturday 2020-02-29

_SATURDAY_CASES = (
    *_in(
        DAYS,
        _date("2020-02-28", "yesterday"),
        _date(
            "2020-02-29",
            "today",
            interval=("2020-02-29T00:00Z", "2020-03-01T00:00Z"),
        ),
        _date("2020-03-01", "tomorrow"),
        _date("2020-03-02", "the day after tomorrow"),
    ),
    *_in(
        WEEKDAYS,
        _date("2020-02-29", "Saturday", "Sat."),
        _date("2020-02-28", "Friday"),
        _date("2020-02-27", "Thursday"),
        _date("2020-02-24", "Monday"),
        _date("2020-02-23", "Sunday"),
        _date("2020-02-29", "Saturday", tense="future"),
        _date("2020-03-01", "Sunday", tense="future"),
        _date("2020-03-02", "Monday", tense="future"),
        _date("2020-03-06", "Friday", tense="future"),
        _date("2020-03-03", "Tuesday", tense="present"),
        _date("2020-02-26", "Wednesday", tense="present"),
        _date("2020-03-01", "Sunday", tense="present"),
    ),
    *_in(
        LAST_NEXT_THIS,
        _date("2020-02-22", "last Saturday"),
        _date("2020-03-07", "next Saturday"),
        _date("2020-02-29", "this Saturday"),
        _date("2020-03-01", "next Sunday", "this Sunday"),
        _date("2020-02-28", "last Friday"),
        _date("2020-02-24", "this Monday", "last Monday"),
    ),
    *_in(
        WEEKS,
        _date("2020-W08", "last week"),
        _date("2020-W09", "this week"),
        _date("2020-W10", "next week"),
        # Publication is on the weekend: it has started and has not ended.
        _date(
            "2020-W09-WE",
            "this weekend",
            "the weekend",
            interval=("2020-02-29T00:00Z", "2020-03-02T00:00Z"),
        ),
        _date("2020-W09-WE", "the weekend", tense="future"),
        _date("2020-W08-WE", "last weekend"),
        _date("2020-W10-WE", "next weekend"),
    ),
    *_in(
        MONTHS,
        _date("2020-01", "last month"),
        _date(
            "2020-02",
            "this month",
            "February",
            "Feb.",
            interval=("2020-02-01T00:00Z", "2020-03-01T00:00Z"),
        ),
        _date("2020-03", "next month"),
        _date("2019-03", "March"),
        _date("2020-03", "March", tense="future"),
        _date("2020-03", "March", tense="present"),
        _date("2019-02", "last February"),
        _date("2021-02", "next February"),
    ),
    *_in(
        YEARS,
        _date("2019", "last year"),
        _date("2020", "this year"),
        _date("2021", "next year"),
    ),
    *_in(
        QUARTERS,
        _date("2020-Q1", "this quarter", "the first quarter"),
        _date("2019-Q4", "last quarter"),
    ),
    *_in(
        SEASONS,
        _date("2020-WI", "this winter", "winter"),
        _date("2019-WI", "last winter"),
        _date("2021-WI", "next winter"),
        _date(
            "2020-SP",
            "next spring",
            "this spring",
            interval=("2020-03-01T00:00Z", "2020-06-01T00:00Z"),
        ),
        _date("2020-SP", "spring", tense="future"),
        _date("2019-SP", "spring"),
        _date("2019-FA", "last autumn", "last fall"),
    ),
    *_in(
        PARTS_OF_UNITS,
        _date(
            "2020-02-28",
            "late Friday",
            "late yesterday",
            mod="END",
            interval=("2020-02-28T16:00Z", "2020-02-29T00:00Z"),
        ),
        _date(
            "2020-02-29",
            "early Saturday",
            "early today",
            mod="START",
            interval=("2020-02-29T00:00Z", "2020-02-29T08:00Z"),
        ),
        # February 2020 has 29 days: k = 10, the middle starts at day floor(19 / 2) + 1 = 10.
        _date(
            "2020-02",
            "early February",
            "the start of the month",
            mod="START",
            interval=("2020-02-01T00:00Z", "2020-02-11T00:00Z"),
        ),
        _date(
            "2020-02",
            "mid-February",
            mod="MID",
            interval=("2020-02-10T00:00Z", "2020-02-20T00:00Z"),
        ),
        _date(
            "2020-02",
            "the end of the month",
            "late February",
            "late this month",
            mod="END",
            interval=("2020-02-20T00:00Z", "2020-03-01T00:00Z"),
        ),
        _date(
            "2020-02",
            "earlier this month",
            mod="START",
            interval=("2020-02-01T00:00Z", "2020-02-29T00:00Z"),
        ),
        # February 2019 has 28 days: k = 10, the middle starts at day floor(18 / 2) + 1 = 10.
        _date(
            "2019-02",
            "late February 2019",
            mod="END",
            interval=("2019-02-19T00:00Z", "2019-03-01T00:00Z"),
        ),
        _date(
            "2019-02",
            "mid-February 2019",
            mod="MID",
            interval=("2019-02-10T00:00Z", "2019-02-20T00:00Z"),
        ),
        _date(
            "2020-01",
            "late January",
            "late last month",
            mod="END",
            interval=("2020-01-21T00:00Z", "2020-02-01T00:00Z"),
        ),
        _date(
            "2020-03",
            "early March",
            mod="START",
            tense="future",
            interval=("2020-03-01T00:00Z", "2020-03-12T00:00Z"),
        ),
        _date(
            "2020-W09",
            "earlier this week",
            mod="START",
            interval=("2020-02-24T00:00Z", "2020-02-29T00:00Z"),
        ),
        _date(
            "2020-W09",
            "later this week",
            mod="END",
            interval=("2020-03-01T00:00Z", "2020-03-02T00:00Z"),
        ),
        _date(
            "2020",
            "earlier this year",
            mod="START",
            interval=("2020-01-01T00:00Z", "2020-02-29T00:00Z"),
        ),
        _date(
            "2020",
            "later this year",
            mod="END",
            interval=("2020-03-01T00:00Z", "2021-01-01T00:00Z"),
        ),
        _date(
            "2020",
            "early this year",
            "early 2020",
            mod="START",
            interval=("2020-01-01T00:00Z", "2020-05-01T00:00Z"),
        ),
        _date(
            "2020-Q1",
            "the end of the quarter",
            mod="END",
            interval=("2020-03-01T00:00Z", "2020-04-01T00:00Z"),
        ),
    ),
    *_in(
        PARTS_OF_DAY,
        _time(
            "2020-02-28TNI",
            "last night",
            "Friday night",
            interval=("2020-02-28T21:00Z", "2020-02-29T05:00Z"),
        ),
        _time(
            "2020-02-29TNI",
            "tonight",
            interval=("2020-02-29T21:00Z", "2020-03-01T05:00Z"),
        ),
        _time("2020-02-29TAF", "this afternoon"),
        _time("2020-02-29TEV", "Saturday evening", "this evening"),
        _time("2020-03-01TMO", "tomorrow morning"),
    ),
    *_in(
        OFFSETS,
        _date("2019-03-01", "365 days ago"),
        _date("2019-02-28", "366 days ago"),
        _date("2021-02-28", "in 365 days"),
        _date("2020-03-01", "in one day", "a day from now"),
        _date("2020-W08", "a week ago"),
        _date("2020-W12", "in three weeks"),
        _date("2019-12", "two months ago"),
        _date("2020-03", "a month from now", "in a month"),
        _date(
            "2019",
            "a year ago",
            "one year ago",
            interval=("2019-01-01T00:00Z", "2020-01-01T00:00Z"),
        ),
        _date("2021", "in a year", "a year from now"),
        _date("2016", "four years ago"),
        _date("2024", "in four years"),
    ),
    *_in(
        SPANS,
        _duration(
            "P2D",
            "the past two days",
            interval=("2020-02-28T00:00Z", "2020-03-01T00:00Z"),
        ),
        _duration(
            "P2D",
            "the next two days",
            interval=("2020-03-01T00:00Z", "2020-03-03T00:00Z"),
        ),
        _duration(
            "P10D",
            "the last ten days",
            "the past 10 days",
            interval=("2020-02-20T00:00Z", "2020-03-01T00:00Z"),
        ),
        _duration(
            "P7D",
            "the past seven days",
            interval=("2020-02-23T00:00Z", "2020-03-01T00:00Z"),
        ),
    ),
    *_in(
        ANAPHORA,
        _date("2020-02-29", "the following day", "the next day", reference=date(2020, 2, 28)),
        _date("2020-02-29", "the day before", "the previous day", reference=date(2020, 3, 1)),
        _date("2020-02-29", "two days later", reference=date(2020, 2, 27)),
        _date("2020-03-01", "three days later", reference=date(2020, 2, 27)),
        _date("2015", "the previous year", reference=date(2016, 2, 29)),
        _date("2020-02", "that month", reference=date(2020, 2, 29)),
    ),
    *_in(
        CALENDAR,
        _date(
            "2020-02-29",
            "Feb. 29",
            "February 29",
            "29 February",
            "Feb 29th",
            "29/02/2020",
            "2/29/2020",
            "2020-02-29",
            "February 29, 2020",
            interval=("2020-02-29T00:00Z", "2020-03-01T00:00Z"),
        ),
        _date("2020-02-29", "Feb. 29", tense="future"),
        _date("2020-02-28", "Feb. 28"),
        _date("2019-03-01", "March 1"),
        _date("2020-03-01", "March 1", "1 March", tense="future"),
        _date("2016-02-29", "Feb. 29, 2016"),
        _date("2020-02", "February 2020"),
    ),
    *_in(
        ORDINALS,
        _date("2020-02-29", "the 29th"),
        _date("2020-01-30", "the 30th"),
        _date("2020-03-30", "the 30th", tense="future"),
        _date("2020-01-31", "the 31st"),
    ),
    *_in(
        TIMES,
        _time("2020-02-29T12:00", "noon"),
        _time("2020-02-28T23:30", "11:30 p.m. Friday"),
        _time("2020-02-29T00:00", "midnight Friday", "midnight"),
        _time("2020-03-01T15:00", "Sunday at 3 p.m.", tense="future"),
    ),
    *_in(
        HOLIDAYS,
        _date("2020-02-17", "Presidents' Day"),
        _date("2020-02-14", "Valentine's Day"),
        _date("2021-02-14", "Valentine's Day", tense="future"),
        _date("2019-04-21", "Easter"),
        _date("2020-04-12", "Easter", tense="future"),
        _date("2020-04-10", "Good Friday", tense="future"),
        _date("2020-04-13", "Easter Monday", tense="future"),
        _date("2020-05-25", "Memorial Day", tense="future"),
        _date("2020-06-21", "Father's Day", tense="future"),
        _date("2020-09-07", "Labor Day", tense="future"),
        _date("2020-11-26", "Thanksgiving", tense="future"),
        _date("2020-11-03", "Election Day", tense="future"),
        _date("2020-01-20", "Martin Luther King Day"),
        _date("2020-07-04", "the Fourth of July", "Independence Day", tense="future"),
        _date("2020-07-14", "Bastille Day", tense="future"),
        _date("2020-10-31", "Halloween", tense="future"),
    ),
)

# ------------------------------------------- Sunday 2017-03-26 12:00 in London, a 23-hour day

_DST_CASES = (
    *_in(
        DAYS,
        # The day starts in GMT and ends in BST: 23 hours, midnight to midnight.
        _date(
            "2017-03-26",
            "today",
            "Sunday",
            interval=("2017-03-26T00:00+00:00", "2017-03-27T00:00+01:00"),
        ),
        _date(
            "2017-03-25",
            "yesterday",
            "Saturday",
            interval=("2017-03-25T00:00+00:00", "2017-03-26T00:00+00:00"),
        ),
        _date(
            "2017-03-27",
            "tomorrow",
            interval=("2017-03-27T00:00+01:00", "2017-03-28T00:00+01:00"),
        ),
        _date(
            "2017-04-02",
            "next Sunday",
            interval=("2017-04-02T00:00+01:00", "2017-04-03T00:00+01:00"),
        ),
    ),
    *_in(
        WEEKS,
        _date(
            "2017-W12",
            "this week",
            interval=("2017-03-20T00:00+00:00", "2017-03-27T00:00+01:00"),
        ),
        _date(
            "2017-W12-WE",
            "this weekend",
            "the weekend",
            interval=("2017-03-25T00:00+00:00", "2017-03-27T00:00+01:00"),
        ),
        _date(
            "2017-W11",
            "a week ago",
            "last week",
            interval=("2017-03-13T00:00+00:00", "2017-03-20T00:00+00:00"),
        ),
        _date("2017-W13", "next week"),
    ),
    *_in(
        PARTS_OF_UNITS,
        _date(
            "2017-03-25",
            "late Saturday",
            "late yesterday",
            mod="END",
            interval=("2017-03-25T16:00+00:00", "2017-03-26T00:00+00:00"),
        ),
        _date(
            "2017-03-26",
            "late Sunday",
            mod="END",
            interval=("2017-03-26T16:00+01:00", "2017-03-27T00:00+01:00"),
        ),
    ),
    *_in(
        PARTS_OF_DAY,
        # The night runs from 21:00 GMT to 05:00 BST on the wall clock: 7 hours.
        _time(
            "2017-03-25TNI",
            "last night",
            "Saturday night",
            interval=("2017-03-25T21:00+00:00", "2017-03-26T05:00+01:00"),
        ),
        _time(
            "2017-03-26TMO",
            "this morning",
            "Sunday morning",
            interval=("2017-03-26T05:00+01:00", "2017-03-26T12:00+01:00"),
        ),
        _time(
            "2017-03-26TAF",
            "this afternoon",
            interval=("2017-03-26T12:00+01:00", "2017-03-26T17:00+01:00"),
        ),
        _time(
            "2017-03-26TNI",
            "tonight",
            "Sunday night",
            interval=("2017-03-26T21:00+01:00", "2017-03-27T05:00+01:00"),
        ),
        _time(
            "2017-03-25TEV",
            "yesterday evening",
            interval=("2017-03-25T17:00+00:00", "2017-03-25T21:00+00:00"),
        ),
        _time(
            "2017-03-27TEV",
            "tomorrow evening",
            interval=("2017-03-27T17:00+01:00", "2017-03-27T21:00+01:00"),
        ),
    ),
    *_in(
        OFFSETS,
        _time(
            "2017-03-26T10",
            "two hours ago",
            "2 hours ago",
            interval=("2017-03-26T10:00+01:00", "2017-03-26T11:00+01:00"),
        ),
        _time(
            "2017-03-26T15",
            "in three hours",
            interval=("2017-03-26T15:00+01:00", "2017-03-26T16:00+01:00"),
        ),
    ),
    *_in(
        SPANS,
        _duration(
            "P2D",
            "the past two days",
            interval=("2017-03-25T00:00+00:00", "2017-03-27T00:00+01:00"),
        ),
        _duration(
            "P2D",
            "the next two days",
            interval=("2017-03-27T00:00+01:00", "2017-03-29T00:00+01:00"),
        ),
    ),
    *_in(
        TIMES,
        _time(
            "2017-03-26T00:00",
            "midnight",
            interval=("2017-03-26T00:00+00:00", "2017-03-26T00:01+00:00"),
        ),
        _time(
            "2017-03-26T03:00",
            "3 a.m.",
            interval=("2017-03-26T03:00+01:00", "2017-03-26T03:01+01:00"),
        ),
        _time(
            "2017-03-26T12:00",
            "noon",
            interval=("2017-03-26T12:00+01:00", "2017-03-26T12:01+01:00"),
        ),
        _time(
            "2017-03-25T15:00",
            "3 p.m. Saturday",
            interval=("2017-03-25T15:00+00:00", "2017-03-25T15:01+00:00"),
        ),
    ),
)

# --------------------------------------------------------- Monday 2017-09-25 10:00 UTC

_MONDAY_MORNING_CASES = (
    *_in(
        OFFSETS,
        _time(
            "2017-09-25T08",
            "two hours ago",
            "2 hours ago",
            interval=("2017-09-25T08:00Z", "2017-09-25T09:00Z"),
        ),
        _time("2017-09-25T09", "an hour ago", "one hour ago"),
        _time("2017-09-25T13", "in three hours", "three hours from now"),
        _time("2017-09-25T00", "ten hours ago"),
        _time("2017-09-24T23", "eleven hours ago"),
        _time(
            "2017-09-25T09:30",
            "30 minutes ago",
            "thirty minutes ago",
            interval=("2017-09-25T09:30Z", "2017-09-25T09:31Z"),
        ),
        _time("2017-09-25T11:30", "in 90 minutes"),
    ),
    *_in(
        DAYS,
        _date("2017-09-24", "yesterday"),
        _date("2017-09-25", "today"),
    ),
    *_in(WEEKDAYS, _date("2017-09-21", "Thursday")),
    *_in(
        PARTS_OF_DAY,
        _time("2017-09-25TMO", "this morning"),
        _time("2017-09-25TNI", "tonight"),
    ),
    *_in(
        TIMES,
        _time("2017-09-25T12:00", "noon"),
        _time("2017-09-25T15:00", "3 p.m."),
    ),
)

# ------------------------------------------------ Monday 2017-09-25 22:30, a naive datetime

_MONDAY_NIGHT_CASES = (
    *_in(
        OFFSETS,
        _time(
            "2017-09-25T20",
            "two hours ago",
            interval=("2017-09-25T20:00Z", "2017-09-25T21:00Z"),
        ),
        # Two hours after 22:30 is past midnight: the next day's 00 hour.
        _time(
            "2017-09-26T00",
            "in two hours",
            "two hours from now",
            interval=("2017-09-26T00:00Z", "2017-09-26T01:00Z"),
        ),
        _time("2017-09-25T23:15", "in 45 minutes"),
    ),
    *_in(
        DAYS,
        _date("2017-09-25", "today", interval=("2017-09-25T00:00Z", "2017-09-26T00:00Z")),
        _date("2017-09-26", "tomorrow"),
    ),
    *_in(
        PARTS_OF_DAY,
        _time(
            "2017-09-25TNI",
            "tonight",
            interval=("2017-09-25T21:00Z", "2017-09-26T05:00Z"),
        ),
        _time("2017-09-24TNI", "last night"),
    ),
)

# The everyday phrasings of issue 14 live in their own module, built on `Case` above.
from corpus.everyday import EVERYDAY, EVERYDAY_NEGATIVE  # noqa: E402

CORPUS: dict[date, tuple[Case, ...]] = {
    MONDAY: _MONDAY_CASES,
    NEW_YEARS_DAY_FRIDAY: _FRIDAY_CASES,
    NEW_YEARS_EVE_TUESDAY: _TUESDAY_CASES,
    LEAP_SATURDAY: _SATURDAY_CASES,
    DST_SUNDAY: _DST_CASES,
    MONDAY_MORNING: _MONDAY_MORNING_CASES,
    MONDAY_NIGHT_NAIVE: _MONDAY_NIGHT_CASES,
    **EVERYDAY,
}
"""Publication date (a `date`, or a `datetime` with its zone) -> the cases resolved there."""

NEGATIVE: tuple[str, ...] = (
    # Empty and blank.
    "",
    " ",
    "\t",
    "\n\n",
    # Not time expressions at all.
    "hello world",
    "the minister said",
    "the ministry denied the report",
    "an armored convoy",
    "may well",
    "the Sunday Times",
    "Sunday Times",
    "second place",
    "the last straw",
    "the next generation",
    "Saturday Night Live",
    "the Good Friday Agreement",
    # Bare numbers that are not years, and fragments.
    "45",
    "-45",
    "3.14",
    "the",
    "next",
    "last",
    "ago",
    "every",
    "in",
    # Misspellings.
    "Februaryy",
    "late evning",
    "yesterdy",
    "tomorow",
    "Wendesday",
    "Thrusday",
    "Setpember 21",
    "lsat week",
    # Impossible dates and times.
    "February 30",
    "31 April",
    "April 31st",
    "June 31",
    "Sept. 31",
    "Feb 30, 2017",
    "February 29, 2019",
    "29/02/2019",
    "2019-02-29",
    "Feb. 29, 2100",
    "2017-13-01",
    "2017-00-10",
    "13/13/2020",
    "32 January",
    "the 32nd",
    "2021-W53",
    "2019-W53",
    "25:00",
    "3:75 p.m.",
    "13 p.m.",
    # Punctuation and junk.
    "???",
    "!!!",
    "...",
    "--",
    "@#$%^&*",
    "()",
    "\U0001f552",
    "x" * 5000,
    "lorem ipsum dolor sit amet " * 200,
    *EVERYDAY_NEGATIVE,
)
"""Strings `timeline.resolve` must reject with `timeline.ParseError`."""

ENTRIES: tuple[tuple[date, Case, str], ...] = tuple(
    (published, case, phrase)
    for published, cases in CORPUS.items()
    for case in cases
    for phrase in case.phrasings
)
"""Every (publication date, case, phrasing) triple, in corpus order: one resolve call each."""
