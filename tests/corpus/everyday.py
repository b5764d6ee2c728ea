"""Everyday phrasings beyond news narration (issue 14), merged into the expression corpus.

Clock notations, times with days and parts of day, offsets and windows, ordinal
selections, ranges, abbreviations and the world's holidays, as people write them in
emails, transcripts and posts. Same rules as tests/corpus/expressions.py: every value was
worked out by hand from docs/explanation/time-semantics.md (calendar facts checked with
`datetime`, holiday dates with published calendars), and every phrasing is our own.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import attrs

from corpus.case import Case

__all__ = ["EVERYDAY", "EVERYDAY_NEGATIVE", "RANGES", "STRETCHES", "WEDNESDAY_AFTERNOON"]

# Wednesday 15 May 2024, 14:20 at UTC+2 (ISO 2024-W20): a working afternoon.
WEDNESDAY_AFTERNOON = datetime(2024, 5, 15, 14, 20, tzinfo=timezone(timedelta(hours=2)))

BUGS = "issue 14 bugs"
CLOCKS = "clock notations"
DAY_TIMES = "times with days and parts of day"
WINDOWS = "offsets and windows"
SELECTIONS = "ordinal and relative selections"
RANGES = "ranges"
STRETCHES = "a start and a length"
COMPACT = "abbreviations and compact forms"
WORLD_HOLIDAYS = "holidays of the world"


def _date(expected: str, *phrasings: str, mod: str | None = None, **options: object) -> Case:
    return Case(expected, phrasings, "DATE", mod, **options)  # type: ignore[arg-type]


def _time(expected: str, *phrasings: str, mod: str | None = None, **options: object) -> Case:
    return Case(expected, phrasings, "TIME", mod, **options)  # type: ignore[arg-type]


def _duration(expected: str, *phrasings: str, **options: object) -> Case:
    return Case(expected, phrasings, "DURATION", **options)  # type: ignore[arg-type]


def _in(section: str, *cases: Case) -> tuple[Case, ...]:
    return tuple(attrs.evolve(case, section=section) for case in cases)


_WEDNESDAY_CASES = (
    *_in(
        BUGS,
        # With "at", four figures in clock range are a time, not the year 1030.
        _time("2024-05-15T10:30", "at 1030", "at 10:30"),
        _time("2024-05-15T21:45", "at 2145"),
        # A stated time is kept, not dropped.
        _time("2014-07-18T19:00", "Fri, Jul 18, 2014 19h00", "Friday, July 18, 2014 at 19h00"),
        _time("2019-03-02T08:05", "Sat, Mar 2, 2019 08h05", "March 2, 2019 8:05 am"),
        # "in" with a hedge or "more" still counts forward from now.
        _time(
            "2024-05-15T14:50",
            "in about half an hour",
            "in around half an hour",
            "in roughly 30 minutes",
            mod="APPROX",
        ),
        _time("2024-05-15T14:22", "in 2 more minutes", "in two more minutes"),
        _time("2024-05-15T14:35", "in another 15 minutes", "in another quarter of an hour"),
        _time("2024-05-15T14:50", "in half an hour", "in 30 minutes"),
    ),
    *_in(
        CLOCKS,
        # A clock time alone is on the day in focus: here the publication day.
        _time(
            "2024-05-15T03:15",
            "quarter past 3",
            "a quarter past three",
            "quarter after 3",
            "15 minutes past 3",
            "fifteen minutes after three",
            interval=("2024-05-15T03:15+02:00", "2024-05-15T03:16+02:00"),
        ),
        _time("2024-05-15T15:15", "quarter past 3 pm", "a quarter past three p.m."),
        _time("2024-05-15T11:45", "a quarter to noon", "quarter to 12 noon", "quarter till noon"),
        _time("2024-05-15T23:45", "a quarter to midnight"),
        _time("2024-05-15T00:15", "a quarter past midnight"),
        _time("2024-05-15T15:30", "half past 3 pm", "half past three in the afternoon"),
        _time("2024-05-15T10:30", "half past ten in the morning", "half past 10 am"),
        _time("2024-05-15T08:30", "half past eight", "half past 8"),
        _time("2024-05-15T16:40", "twenty to five pm", "20 minutes to 5 pm"),
        _time("2024-05-15T06:50", "ten to seven in the morning", "10 minutes before 7 am"),
        _time("2024-05-15T17:10", "ten past five pm", "ten after five p.m."),
        _time("2024-05-15T02:45", "a quarter of three", "quarter to three"),
        _time("2024-05-15T15:30", "15h30", "at 15h30"),
        _time("2024-05-15T08:00", "08h00"),
        _time("2024-05-15T08:00Z", "8h GMT", "8h UTC", "08:00 GMT"),
        _time("2024-05-15T03:18", "3:18a", "3:18 am", "3:18 a.m."),
        _time("2024-05-15T15:00", "at 3p", "3 p.m.", "at 3pm", "three o'clock in the afternoon"),
        _time("2024-05-15T21:05", "9:05p", "9:05 p.m."),
        _time("2024-05-15T15:30", "330 p.m.", "330pm", "3:30 pm"),
        _time("2024-05-15T11:30", "1130 am", "eleven thirty am"),
        _time("2024-05-15T03:00", "3 o'clock", "three o'clock"),
        _time(
            "2024-05-15T15:23:24",
            "15:23:24",
            "3:23:24 pm",
            interval=("2024-05-15T15:23:24+02:00", "2024-05-15T15:23:25+02:00"),
        ),
        _time("2024-05-15T06:07:08Z", "06:07:08 UTC"),
        _time("2024-05-15T10:30", "ten thirty am", "ten thirty in the morning", "at ten thirty"),
        _time("2024-05-15T19:15", "seven fifteen in the evening", "seven fifteen pm"),
        _time("2024-05-15T09:45", "at nine forty-five", "nine forty-five am"),
        _time("2024-05-15T08:05", "eight oh five am", "eight o five in the morning"),
        _time("2024-05-15T12:00", "12 noon", "twelve noon", "noon", "midday"),
        _time("2024-05-15T15:00+01:00", "3pm (BST)", "3 p.m. BST", "15:00 (BST)"),
        _time("2024-05-15T09:00-04:00", "9 am (EDT)", "9am EDT"),
        _time("2024-05-15T14:00-07:00", "2 p.m. (PDT)"),
    ),
)

_WEDNESDAY_DAY_TIMES = _in(
    DAY_TIMES,
    # A clock time with a part of the day is on that part's day; the part says pm.
    _time(
        "2024-05-15T23:00",
        "tonight at 11pm",
        "tonight at 11",
        "11 p.m. tonight",
        "11 tonight",
        "at 11 tonight",
        "eleven o'clock tonight",
    ),
    _time(
        "2024-05-15T15:20",
        "this afternoon at 3:20",
        "3:20 this afternoon",
        "at 3:20 this afternoon",
        "this afternoon, at 3:20",
    ),
    _time("2024-05-16T17:00", "tomorrow at 5 pm", "5 pm tomorrow", "tomorrow at 17:00"),
    # An hour with no am, pm or part of the day is read as written, on a 24-hour clock.
    _time("2024-05-16T05:00", "tomorrow at 5", "at 5 tomorrow", "5 tomorrow"),
    _time(
        "2024-05-16T09:00",
        "9 tomorrow",
        "tomorrow morning at 9",
        "9 am tomorrow",
        "9 tomorrow morning",
        "tomorrow at 9 in the morning",
    ),
    _time(
        "2024-05-15T03:00",
        "3 in the morning",
        "three in the morning",
        "3 o'clock in the morning",
        "at 3 in the morning",
    ),
    _time("2024-05-15T22:00", "10 at night", "ten at night", "10 o'clock at night"),
    _time(
        "2024-05-16T19:30",
        "tomorrow evening at 7:30",
        "7:30 tomorrow evening",
        "tomorrow at 7:30 pm",
        "half past seven tomorrow evening",
    ),
    _time("2024-05-15T20:00", "8 o'clock tonight", "eight o'clock tonight", "8 tonight"),
    _time("2024-05-15T18:00", "this evening at 6", "6 this evening", "six this evening"),
    _time("2024-05-15T07:00", "this morning at 7", "7 this morning", "at seven this morning"),
    _time("2024-05-14T16:00", "yesterday afternoon at 4", "4 yesterday afternoon"),
    _time("2024-05-12T22:00", "Sunday night at 10", "10 on Sunday night"),
    _time("2024-05-11T09:15", "Saturday morning at 9:15", "9:15 on Saturday morning"),
    _time("2024-05-17T12:00", "Friday at noon", "noon on Friday", tense="future"),
    _time("2024-05-13TMO", "Monday early morning", "early Monday morning", mod="START"),
    _time("2024-05-10TEV", "Friday late evening", "late Friday evening", mod="END"),
    # The rest of a unit is the part still to come, from tomorrow, as "later this week".
    _date(
        "2024-W20",
        "the rest of the week",
        "the remainder of the week",
        "rest of the week",
        "the rest of this week",
        mod="END",
        interval=("2024-05-16T00:00+02:00", "2024-05-20T00:00+02:00"),
    ),
    _date(
        "2024-05",
        "the rest of the month",
        "the remainder of this month",
        mod="END",
        interval=("2024-05-16T00:00+02:00", "2024-06-01T00:00+02:00"),
    ),
    _date(
        "2024",
        "the rest of the year",
        mod="END",
        interval=("2024-05-16T00:00+02:00", "2025-01-01T00:00+02:00"),
    ),
    _date("2024-W20", "all week", "all this week", "this week"),
    _date("2024-05", "all month", "all this month"),
    _date("2024", "all year", "all this year"),
    _date("2024-W20-WE", "this week-end", "this weekend"),
    _date("2024-W21-WE", "next week-end", "next weekend"),
    _date("2024-W19-WE", "last week-end", "last weekend"),
)

_WEDNESDAY_WINDOWS = _in(
    WINDOWS,
    _date("2024-W18", "a fortnight ago", "two weeks ago", "one fortnight ago"),
    _date("2024-W22", "in a fortnight", "a fortnight from now", "in two weeks"),
    _date("2024-W16", "two fortnights ago", "four weeks ago"),
    # Counted from a named day, an offset is a day.
    _date("2027-05-15", "3 years from today", "three years from today"),
    _date("2024-05-22", "a week from today", "one week from today", "7 days from today"),
    _date("2024-05-23", "a week from tomorrow"),
    _date("2024-05-30", "two weeks from tomorrow", "2 weeks from tomorrow"),
    _date("2024-05-18", "3 days hence", "three days hence", "in 3 days", "3 days from now"),
    _date("2025", "a year hence", "one year hence", "in a year"),
    _date("2024-05-27", "a week from Monday", "one week from Monday", tense="future"),
    _date("2024-12-28", "three days after Christmas", "3 days after Xmas", tense="future"),
    _date("2025-04-13", "a week before Easter", "one week before Easter", tense="future"),
    _date("2025-01-03", "two days after New Year's Day", tense="future"),
    _date("2023-12-28", "three days after Christmas"),
    # A window is whole units from the end of today, as "the next two weeks" is.
    _duration(
        "P2W",
        "the upcoming two weeks",
        "the next two weeks",
        "the 2 upcoming weeks",
        "2 upcoming weeks",
        interval=("2024-05-16T00:00+02:00", "2024-05-30T00:00+02:00"),
    ),
    _duration(
        "P2D",
        "2 upcoming days",
        "the next 2 days",
        "the two upcoming days",
        interval=("2024-05-16T00:00+02:00", "2024-05-18T00:00+02:00"),
    ),
    _duration(
        "P1W",
        "past week",
        "the past week",
        interval=("2024-05-09T00:00+02:00", "2024-05-16T00:00+02:00"),
    ),
    _duration(
        "P1M",
        "past month",
        "the past month",
        interval=("2024-04-16T00:00+02:00", "2024-05-16T00:00+02:00"),
    ),
    _duration(
        "P1Y",
        "past year",
        "the past year",
        interval=("2023-05-16T00:00+02:00", "2024-05-16T00:00+02:00"),
    ),
    _date(
        "2024-W21",
        "coming week",
        "upcoming week",
        "the upcoming week",
        "the coming week",
        "next week",
    ),
    _date("2024-06", "the coming month", "the upcoming month"),
    # The publication moment some units away (its minute, as the publication has one).
    _time("2024-05-16T14:20", "this time tomorrow"),
    _time("2024-05-22T14:20", "this time next week"),
    _time("2023-05-15T14:20", "this time last year"),
    _date("2024-06", "coming month", "upcoming month", "next month"),
    _date("2025", "coming year", "upcoming year", "next year"),
    # With no reference time given, the previous week is the one before publication's.
    _date("2024-W19", "previous week", "the previous week", "last week"),
    _date("2024-04", "previous month", "the previous month", "last month"),
)

_WEDNESDAY_SELECTIONS = _in(
    SELECTIONS,
    _date(
        "2024-10-01",
        "the first Tuesday of October",
        "first Tuesday of October",
        "the 1st Tuesday in October",
        tense="future",
    ),
    _date("2023-10-03", "the first Tuesday of October", "first Tuesday in October"),
    _date(
        "2024-10-25",
        "the last Friday of October",
        "last Friday of October",
        "the final Friday in October",
        tense="future",
    ),
    _date("2015-10-31", "the last day of October 2015", "last day of October 2015"),
    _date("2018-W50", "the third last week of 2018", "third last week of 2018"),
    _date(
        "2018-W51",
        "the penultimate week of 2018",
        "the second to last week of 2018",
        "the second last week of 2018",
    ),
    _date("2024-05-30", "the second to last day of May 2024", "the penultimate day of May 2024"),
    _date(
        "2024-06-20", "the 20th of next month", "next month's 20th", "the twentieth of next month"
    ),
    _date("2024-06-01", "the 1st of next month", "the first of next month"),
    _date("2024-05-03", "the 3rd of this month", "this month's 3rd"),
    _date("2024-04-30", "the 30th of last month", "last month's 30th"),
    _date("2024-05-12", "last week's Sunday", "Sunday of last week", "Sunday last week"),
    _date("2024-05-20", "next week's Monday", "Monday of next week", "Monday next week"),
    _date("2024-05-24", "Friday after next", "the Friday after next"),
    _date("2024-05-27", "the Monday after next", "Monday after next"),
    _date("2024-W22", "the week after next"),
    _date("2024-07", "the month after next"),
    _date("2026", "the year after next"),
    _date("2024-W18", "the week before last"),
    _date("2024-03", "the month before last"),
    _date("2024-W41", "the week of October 7th", "the week of Oct. 7", tense="future"),
    _date("2024-W41", "the week of 7 October 2024", "the week of October 10, 2024"),
    _date("2024-05-31", "3 Fridays from now", "three Fridays from now"),
    _date("2024-05-17", "1 Friday from now", "one Friday from now"),
    _date("2024-05-06", "2 Mondays ago", "two Mondays ago"),
    _date(
        "2024-10-07",
        "the closest Monday to Oct 5th",
        "the nearest Monday to October 5",
        tense="future",
    ),
    _date("2024-10-07", "the closest Monday to 5 October 2024"),
    _date("2024-12-27", "the closest Friday to Christmas 2024", "the nearest Friday to Xmas 2024"),
    _date("2024-W22-WE", "the first weekend of June 2024", "the first weekend in June 2024"),
    _date("2024-12-29", "the last Sunday of 2024", "last Sunday of 2024"),
    _date("2024-11-28", "the fourth Thursday of November 2024", "fourth Thursday in November 2024"),
)


def _range(expected: str, start: str, end: str, *phrasings: str, **options: object) -> Case:
    """A range: a DURATION whose interval runs from the first end's start to the end of
    the second, as `tag`'s two ends of the same phrase do."""
    return _duration(expected, *phrasings, interval=(start, end), **options)


_WEDNESDAY_RANGES = _in(
    RANGES,
    _range(
        "P3D",
        "2024-07-13T00:00+02:00",
        "2024-07-16T00:00+02:00",
        "July 13-15",
        "July 13 - 15",
        "July 13 thru 15",
        "July 13 through 15",
        "from July 13 to 15",
        "July 13 to 15",
        "Jul. 13-15",
        "from 13th to 15th July",
        "13th-15th July",
        tense="future",
    ),
    # Told in the past, a date of the year is the last one: July 2023.
    _range("P3D", "2023-07-13T00:00+02:00", "2023-07-16T00:00+02:00", "July 13-15"),
    _range(
        "P5D",
        "2024-09-12T00:00+02:00",
        "2024-09-17T00:00+02:00",
        "12 to 16 September",
        "12-16 September",
        "September 12-16",
        "from 12 to 16 September",
        "Sept. 12 through 16",
        tense="future",
    ),
    _range(
        "P3D",
        "2024-08-27T00:00+02:00",
        "2024-08-30T00:00+02:00",
        "August 27th - 29th",
        "August 27th-29th",
        "Aug 27-29",
        "from August 27 to August 29",
        tense="future",
    ),
    # Each end counts whole, as one minute: the range runs to the end of 11:00.
    _range(
        "PT91M",
        "2024-05-15T09:30+02:00",
        "2024-05-15T11:01+02:00",
        "9:30 - 11:00",
        "9:30-11:00",
        "from 9:30 to 11:00",
        "between 9:30 and 11:00",
        "9:30 until 11:00",
    ),
    _range(
        "PT61M",
        "2024-05-15T15:00+02:00",
        "2024-05-15T16:01+02:00",
        "3-4pm",
        "3 - 4 p.m.",
        "from 3pm to 4pm",
        "3pm-4pm",
        "between 3 pm and 4 pm",
        "3 to 4 pm",
    ),
    _range(
        "PT481M",
        "2024-05-15T09:00+02:00",
        "2024-05-15T17:01+02:00",
        "from 9am to 5pm",
        "9am-5pm",
        "9 am to 5 pm",
        "9-5pm",
    ),
    # Weekdays told in the past: the last Friday, and the Monday before it.
    _range(
        "P5D",
        "2024-05-06T00:00+02:00",
        "2024-05-11T00:00+02:00",
        "from Monday to Friday",
        "Mon-Fri",
        "Monday through Friday",
        "Monday thru Friday",
        "Monday to Friday",
    ),
    _range(
        "P5Y",
        "2010-01-01T00:00+02:00",
        "2015-01-01T00:00+02:00",
        "from 2010 to 2014",
        "2010-2014",
        "2010 to 2014",
        "between 2010 and 2014",
        "2010 through 2014",
        "2010-14",
    ),
    _range(
        "P3M",
        "2024-03-01T00:00+02:00",
        "2024-06-01T00:00+02:00",
        "from March to May 2024",
        "from March until May 2024",
        "from March through May 2024",
    ),
    _range(
        "P5D",
        "2024-06-03T00:00+02:00",
        "2024-06-08T00:00+02:00",
        "between June 3 and June 7",
        "June 3 - June 7",
        "from June 3 to June 7",
        "June 3-7",
        tense="future",
    ),
    _range(
        "P33D",
        "2024-06-03T00:00+02:00",
        "2024-07-06T00:00+02:00",
        "June 3 - July 5",
        "from June 3 to July 5",
        "June 3 until July 5",
        tense="future",
    ),
    _range(
        "P8D",
        "2024-11-04T00:00+02:00",
        "2024-11-12T00:00+02:00",
        "from the 4th to the 11th of November",
        "the 4th to the 11th of November",
        "4-11 November",
        tense="future",
    ),
    _range(
        "P3D",
        "2019-06-06T00:00+02:00",
        "2019-06-09T00:00+02:00",
        "6-8 June 2019",
        "June 6-8, 2019",
        "from 6 to 8 June 2019",
    ),
)

_WEDNESDAY_STRETCHES = _in(
    STRETCHES,
    # A start and how long from it: the stretch of that length.
    _range(
        "PT30M",
        "2024-05-15T16:00+02:00",
        "2024-05-15T16:30+02:00",
        "4pm for 30 mins",
        "4 p.m. for 30 minutes",
        "from 4pm for thirty minutes",
    ),
    _range(
        "PT1H",
        "2024-05-15T16:00+02:00",
        "2024-05-15T17:00+02:00",
        "from 4pm for an hour",
        "16:00 for one hour",
    ),
    _range(
        "P3D",
        "2024-05-16T00:00+02:00",
        "2024-05-19T00:00+02:00",
        "tomorrow for 3 days",
        "tomorrow for three days",
    ),
    _range(
        "P2W",
        "2024-05-20T00:00+02:00",
        "2024-06-03T00:00+02:00",
        "Monday for two weeks",
        "from Monday for 2 weeks",
        tense="future",
    ),
)

_F = {"tense": "future"}

_WEDNESDAY_HOLIDAYS = _in(
    WORLD_HOLIDAYS,
    # The lunar and lunisolar calendars (dates as the calendars of record publish them).
    _date("2025-03-30", "Eid al-Fitr", "Eid al Fitr", "Eid ul-Fitr", **_F),
    _date("2024-04-10", "Eid al-Fitr 2024", "Eid al-Fitr of 2024", "Eid ul-Fitr in 2024"),
    _date("2024-06-16", "Eid al-Adha", "Eid ul-Adha", "Bakrid", **_F),
    _date("2024-03-11", "the start of Ramadan 2024", "the first day of Ramadan 2024"),
    _date("2024-07-07", "Islamic New Year 2024", "Hijri New Year 2024"),
    _date("2024-10-31", "Diwali", "Deepavali", "this Diwali", **_F),
    _date("2023-11-12", "Diwali 2023", "last Diwali"),
    _date("2024-03-25", "Holi 2024"),
    _date("2024-12-26", "Hanukkah", "Chanukah", **_F),
    _date("2023-12-08", "last Hanukkah", "Hanukkah 2023"),
    _date("2024-10-03", "Rosh Hashanah", "Rosh Hashana", **_F),
    _date("2024-10-12", "Yom Kippur", **_F),
    _date("2025-04-13", "Passover", "Pesach", **_F),
    _date("2024-04-23", "Passover 2024", "Pesach 2024"),
    _date("2024-03-24", "Purim 2024"),
    _date("2025-01-29", "Chinese New Year", "Lunar New Year", "the Spring Festival", **_F),
    _date("2024-02-10", "Chinese New Year 2024", "Lunar New Year 2024"),
    _date("2024-09-17", "the Mid-Autumn Festival", "Mid-Autumn Festival", **_F),
    _date("2024-06-10", "the Dragon Boat Festival", **_F),
    _date("2024-05-22", "Vesak", "Vesak Day", **_F),
    _date("2025-04-20", "Orthodox Easter", **_F),
    _date("2024-05-05", "Orthodox Easter 2024", "Pascha 2024"),
    _date("2025-01-07", "Orthodox Christmas", **_F),
    # Christian movable feasts, counted from Easter (20 April 2025, 31 March 2024).
    _date("2025-03-05", "Ash Wednesday", **_F),
    _date("2025-03-04", "Mardi Gras", "Shrove Tuesday", "Pancake Day", "Fat Tuesday", **_F),
    _date("2025-04-13", "Palm Sunday", **_F),
    _date("2025-04-17", "Maundy Thursday", "Holy Thursday", **_F),
    _date("2025-04-19", "Holy Saturday", **_F),
    _date("2024-05-19", "Pentecost", "Whitsun", "Whit Sunday", **_F),
    _date("2024-05-20", "Whit Monday", **_F),
    _date("2025-05-29", "Ascension Day", **_F),
    _date("2024-05-09", "Ascension Day"),
    _date("2024-05-26", "Trinity Sunday", **_F),
    _date("2024-05-30", "Corpus Christi", **_F),
    _date("2024-03-10", "Mothering Sunday 2024"),
    # National and observance days, and their everyday spellings.
    _date("2025-03-17", "St Paddy's day", "St. Patrick's Day", "St Patty's Day", **_F),
    _date("2025-01-20", "MLK Jr. Day", "MLK Day", "Martin Luther King Jr. Day", **_F),
    _date("2024-06-19", "Juneteenth", **_F),
    _date("2024-10-14", "Columbus Day", "Indigenous Peoples' Day", **_F),
    _date("2025-05-05", "Cinco de Mayo", **_F),
    _date("2024-07-01", "Canada Day", **_F),
    _date("2025-04-25", "Anzac Day", **_F),
    _date("2024-11-05", "Guy Fawkes Night", "Bonfire Night", **_F),
    _date("2025-04-22", "Earth Day", **_F),
    _date("2025-01-06", "Epiphany", "Three Kings Day", **_F),
    _date("2024-11-28", "Thanksgiving 2024", "Thanksgiving", **_F),
    _date("2024-11-29", "Black Friday", **_F),
    _date("2024-12-02", "Cyber Monday", **_F),
    # Holiday arithmetic and parts of a holiday.
    _date("2025-04-23", "three days after Easter", "3 days after Easter Sunday", **_F),
    _date("2024-12-18", "a week before Christmas", "one week before Xmas", **_F),
    _date("2024-11-03", "three days after Diwali", **_F),
    _time("2024-12-25TMO", "the morning of Christmas", "Christmas morning", **_F),
    _time("2024-12-24TEV", "Christmas Eve evening", "the evening of Christmas Eve", **_F),
)

_WEDNESDAY_COMPACT = _in(
    COMPACT,
    _date("2024-Q3", "next qtr", "next quarter"),
    _date("2024-Q1", "last qtr", "last quarter"),
    _date("2022", "2 yrs ago", "two years ago", "2 years ago"),
    _date("2027", "in 3 yrs", "in three years"),
    _date("2023", "last yr", "last year"),
    _date("2025", "next yr"),
    _date("2024-W17", "3 wks ago", "three weeks ago"),
    _date("2024-W22", "in 2 wks"),
    _date("2024-07", "in 2 mths", "in two months"),
    # Business shorthand: the edge of the unit in focus.
    _date("2024-05-15", "EOD", "COB", "by COB", mod="END"),
    _date("2024-W20", "EOW", mod="END"),
    _date("2024-05", "EOM", "end of the month", "the end of the month", mod="END"),
    _date("2024-Q2", "EOQ", mod="END"),
    _date("2024", "EOY", "end of the year", "the end of this year", mod="END"),
    _date("2024", "BOY", "beginning of the year", "the beginning of this year", mod="START"),
    _date("2024-05", "BOM", "start of the month", mod="START"),
    _date("PRESENT_REF", "ATM", "at the moment", "right now"),
    _date("FUTURE_REF", "ASAP", "soon"),
    # Units in figures.
    _date("2018-Q4", "18q4", "2018q4", "Q4 2018", "the fourth quarter of 2018", "4th qtr 2018"),
    _date("2019-Q1", "1st qtr 2019", "the first qtr of 2019", "19q1"),
    _date("1974-10-31", "10.31.1974", "31.10.1974", "10/31/1974", "October 31, 1974"),
    _date("2014-10", "2014-10", "10/2014", "Oct 2014", "October 2014"),
    _date("2013-02", "2/2013", "02/2013", "February 2013"),
    # A weekday with a day of the month: the nearest month where they fall together.
    _date("2024-08-15", "Thu 15th", "Thursday 15th", "Thurs. 15th", tense="future"),
    _date("2024-02-15", "Thu 15th", "Thursday 15th"),
    _date("2024-05-17", "Fri 17th", "Friday 17th", "Friday the 17th", tense="future"),
    # The edge of a unit, with or without its article.
    _date("2025-04", "end of April", "the end of April", mod="END", tense="future"),
    _date("2024-04", "end of April 2024", "the end of April 2024", mod="END"),
    _date(
        "2025",
        "beginning of next year",
        "the beginning of next year",
        "start of next year",
        mod="START",
    ),
    _date("2024-W21", "start of next week", "the start of next week", mod="START"),
    _date("2024-06", "middle of next month", "the middle of next month", mod="MID"),
    # Seasons counted from the one of publication (spring: March to May).
    _date("2024-SP", "this season", "spring 2024"),
    _date("2024-SU", "next season", "summer 2024"),
    _date("2024-WI", "last season"),
)

EVERYDAY: dict[date, tuple[Case, ...]] = {
    WEDNESDAY_AFTERNOON: (
        *_WEDNESDAY_CASES,
        *_WEDNESDAY_DAY_TIMES,
        *_WEDNESDAY_WINDOWS,
        *_WEDNESDAY_SELECTIONS,
        *_WEDNESDAY_RANGES,
        *_WEDNESDAY_STRETCHES,
        *_WEDNESDAY_HOLIDAYS,
        *_WEDNESDAY_COMPACT,
    ),
}
"""Publication moment -> the cases resolved there (merged into `corpus.expressions.CORPUS`)."""

EVERYDAY_NEGATIVE: tuple[str, ...] = (
    # Scores, votes and counts that look like clock notations.
    "won 3-1",
    "won 20 to 4",
    "20 to 4",
    "a 3-2 win",
    "rose 15-20%",
    "aged 3-4",
    "3 to 1",
    "8h",
    "at 1200 points",
    "3 a",
    "ten thirty",
    "$330",
    "330 points",
    "25:61",
    "half to 3",
    "quarter past",
    "13 pm",
    "0 am",
    "24:30",
    "3 in the morning attack",
    "the rest",
    "all",
    "whole week long",
    "12 this morning",
    "upcoming",
    "hence",
    "3 hours hence",
    "past weeks",
    "in a fortnights",
    "the first of many",
    "third last",
    "Friday after",
    "the week of",
    "3 Fridays",
    "the closest Monday",
    "the 40th of next month",
    "the fifth Friday of February 2024",
    "3-1",
    "scored 2 to 1",
    "pages 10-12",
    "a 20-25 win",
    "between 9 and 11",
    "Friday to",
    "- July 5",
    "July 15-13",
    "3 to 4",
    "from 5pm to 9am",
    "the Vesak shootings",
    "the Ashura procession",
    "Operation Ramadan",
    "Diwali celebrations",
    "Eid",
    "Easter egg",
    "the boy",
    "an ATM",
    "the ATM",
    "ATM machine",
    "the bow",
    "13/2013",
    "18q5",
    "end of",
    "MOS",
    "2 yr",
)
"""Strings that must raise ParseError (merged into `corpus.expressions.NEGATIVE`)."""
