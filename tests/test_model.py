"""Example tests for the time value types and the TIMEX3 value codec."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

import timeline
from timeline import (
    Duration,
    Grain,
    Interval,
    InvalidTypeError,
    InvalidValueError,
    Mod,
    PartOfDay,
    Pattern,
    Timex,
    TimexType,
    VagueReference,
    ValueFormatError,
    parse_value,
)


def utc(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0
) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "start", "end", "grain"),
    [
        ("2017-09-24", utc(2017, 9, 24), utc(2017, 9, 25), Grain.DAY),
        ("2017-W38", utc(2017, 9, 18), utc(2017, 9, 25), Grain.WEEK),
        ("2017-W38-WE", utc(2017, 9, 23), utc(2017, 9, 25), Grain.WEEKEND),
        ("2017-09-24TMO", utc(2017, 9, 24, 5), utc(2017, 9, 24, 12), Grain.PART_OF_DAY),
        ("2017-09-24TAF", utc(2017, 9, 24, 12), utc(2017, 9, 24, 17), Grain.PART_OF_DAY),
        ("2017-09-24TEV", utc(2017, 9, 24, 17), utc(2017, 9, 24, 21), Grain.PART_OF_DAY),
        ("2017-09-24TNI", utc(2017, 9, 24, 21), utc(2017, 9, 25, 5), Grain.PART_OF_DAY),
        ("2017-09-24TDT", utc(2017, 9, 24, 8), utc(2017, 9, 24, 18), Grain.PART_OF_DAY),
        ("2017-09", utc(2017, 9, 1), utc(2017, 10, 1), Grain.MONTH),
        ("2017-Q1", utc(2017, 1, 1), utc(2017, 4, 1), Grain.QUARTER),
        ("2017-Q4", utc(2017, 10, 1), utc(2018, 1, 1), Grain.QUARTER),
        ("2017-H1", utc(2017, 1, 1), utc(2017, 7, 1), Grain.HALF),
        ("2017-H2", utc(2017, 7, 1), utc(2018, 1, 1), Grain.HALF),
        ("2017-SP", utc(2017, 3, 1), utc(2017, 6, 1), Grain.SEASON),
        ("2017-SU", utc(2017, 6, 1), utc(2017, 9, 1), Grain.SEASON),
        ("2017-FA", utc(2017, 9, 1), utc(2017, 12, 1), Grain.SEASON),
        ("2018-WI", utc(2017, 12, 1), utc(2018, 3, 1), Grain.SEASON),
        ("2017", utc(2017, 1, 1), utc(2018, 1, 1), Grain.YEAR),
        ("199", utc(1990, 1, 1), utc(2000, 1, 1), Grain.DECADE),
        ("19", utc(1900, 1, 1), utc(2000, 1, 1), Grain.CENTURY),
        ("2017-09-24T15", utc(2017, 9, 24, 15), utc(2017, 9, 24, 16), Grain.HOUR),
        ("2017-09-24T15:00", utc(2017, 9, 24, 15), utc(2017, 9, 24, 15, 1), Grain.MINUTE),
        (
            "2017-09-24T15:00:30",
            utc(2017, 9, 24, 15, 0, 30),
            utc(2017, 9, 24, 15, 0, 31),
            Grain.SECOND,
        ),
        ("2020-W53", utc(2020, 12, 28), utc(2021, 1, 4), Grain.WEEK),
        ("2020-W01", utc(2019, 12, 30), utc(2020, 1, 6), Grain.WEEK),
        ("2016-02-29", utc(2016, 2, 29), utc(2016, 3, 1), Grain.DAY),
        ("2017-W38-7", utc(2017, 9, 24), utc(2017, 9, 25), Grain.DAY),
    ],
)
def test_date_values_name_their_interval(
    value: str, start: datetime, end: datetime, grain: Grain
) -> None:
    interval = Interval.from_value(value)
    assert (start, end, grain) == (interval.start, interval.end, interval.grain)


@pytest.mark.parametrize(
    "value",
    [
        "2017-09-24",
        "2017-W38",
        "2017-W38-WE",
        "2017-09-24TNI",
        "2017-Q3",
        "2017-H2",
        "2018-WI",
        "2017-FA",
        "199",
        "19",
        "2017-09-24T15:00",
        "2017-09-24T15",
        "2020-W53",
        "2016-02-29",
    ],
)
def test_interval_value_is_the_value_it_came_from(value: str) -> None:
    assert value == Interval.from_value(value).value


def test_iso_week_value_of_a_day_is_canonical() -> None:
    # 2017-W38-7 is Sunday 24 September; written back at day grain it is the calendar date.
    assert "2017-09-24" == Interval.from_value("2017-W38-7").value


def test_midnight_24_00_is_the_start_of_the_next_day() -> None:
    assert utc(2017, 9, 25) == Interval.from_value("2017-09-24T24:00").start


def test_stated_zone_is_kept() -> None:
    interval = Interval.from_value("2017-09-24T16:08+03:00")
    assert timezone(timedelta(hours=3)) == interval.start.tzinfo
    assert utc(2017, 9, 24, 13, 8) == interval.start


def test_values_are_read_in_the_given_zone() -> None:
    london = ZoneInfo("Europe/London")
    interval = Interval.from_value("2017-03-26", london)  # the spring-forward day
    assert timedelta(hours=23) == interval.duration
    assert datetime(2017, 3, 26, tzinfo=london) == interval.start


@pytest.mark.parametrize(
    ("value", "parts"),
    [
        ("P3W", ((Grain.WEEK, 3),)),
        ("PXW", ((Grain.WEEK, None),)),
        ("PT2H", ((Grain.HOUR, 2),)),
        ("P1Y6M", ((Grain.YEAR, 1), (Grain.MONTH, 6))),
        ("P1DT12H", ((Grain.DAY, 1), (Grain.HOUR, 12))),
        ("PT90M", ((Grain.MINUTE, 90),)),
        ("P2.5Y", ((Grain.YEAR, 2.5),)),
        ("P2Q", ((Grain.QUARTER, 2),)),
        ("P1DE", ((Grain.DECADE, 1),)),
    ],
)
def test_durations(value: str, parts: tuple[tuple[Grain, float | None], ...]) -> None:
    duration = Duration.from_value(value)
    assert parts == duration.parts
    assert value == duration.value


def test_duration_approximate_length() -> None:
    assert timedelta(weeks=3) == Duration.from_value("P3W").approximate
    assert Duration.from_value("PXW").approximate is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("XXXX-WXX-5", Pattern(Grain.DAY, weekday=5)),
        ("XXXX-XX-XX", Pattern(Grain.DAY)),
        ("XXXX-09-21", Pattern(Grain.DAY, month=9, day=21)),
        ("XXXX-WXX-7TEV", Pattern(Grain.PART_OF_DAY, weekday=7, part_of_day=PartOfDay.EVENING)),
        ("XXXX-WXX", Pattern(Grain.WEEK)),
        ("XXXX-QX", Pattern(Grain.QUARTER)),
        ("XXXX-SU", Pattern(Grain.SEASON, season="SU")),
        ("2017-XX-XX", Pattern(Grain.DAY, year=2017)),
        ("XXXX", Pattern(Grain.YEAR)),
        ("XXX", Pattern(Grain.DECADE)),
        ("BC0241", Pattern(Grain.YEAR, year=-241)),
    ],
)
def test_patterns(value: str, expected: Pattern) -> None:
    assert expected == parse_value(value)
    assert value == expected.value


@pytest.mark.parametrize("value", ["PRESENT_REF", "PAST_REF", "FUTURE_REF"])
def test_vague_references(value: str) -> None:
    assert VagueReference(value) == parse_value(value)


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("2017-13", "month 13 is out of range"),
        ("2017-02-30", "2017-02 has no day 30"),
        ("2021-W53", "2021 has no ISO week 53"),
        ("2017-09-24T25:00", "time 25:00:00 is out of range"),
        ("2017-09T15:00", "a time of day needs a day"),
        ("0000", "year 0 does not exist"),
        ("P", "expected a duration"),
        ("P3", "expected a duration"),
        ("PT", "expected a duration"),
        ("P1M1Y", "largest to smallest"),
        ("late Sunday", "expected a date like"),
        ("", "expected a date like"),
        ("2017-9-24", "expected a date like"),
        ("XXXX-XX-XXT15:00Z", "cannot carry a time zone"),
        ("199-05", "decade or century cannot have"),
    ],
)
def test_malformed_values_are_refused_with_a_reason(value: str, reason: str) -> None:
    with pytest.raises(ValueFormatError, match="malformed TIMEX3 value") as caught:
        parse_value(value)
    assert reason in str(caught.value)
    assert value == caught.value.value
    assert isinstance(caught.value, ValueError)
    assert isinstance(caught.value, timeline.TimelineError)


def test_from_value_refuses_other_kinds() -> None:
    with pytest.raises(ValueFormatError, match="fully specified date or time, got a Duration"):
        Interval.from_value("P3W")
    with pytest.raises(ValueFormatError, match="got a vague reference"):
        Interval.from_value("PAST_REF")
    with pytest.raises(ValueFormatError, match="expected a date or time with X"):
        Pattern.from_value("2017-09-24")
    with pytest.raises(ValueFormatError, match="expected a str, got int"):
        parse_value(2017)  # type: ignore[arg-type]


def test_interval_requires_aware_ordered_ends() -> None:
    with pytest.raises(InvalidValueError, match=r"Interval\.start: expected a timezone-aware"):
        Interval(datetime(2017, 9, 24), utc(2017, 9, 25), Grain.DAY)
    with pytest.raises(InvalidValueError, match=r"Interval\.end: expected a moment after start"):
        Interval(utc(2017, 9, 24), utc(2017, 9, 24), Grain.DAY)
    with pytest.raises(InvalidTypeError, match=r"Interval\.grain: expected a Grain, got str"):
        Interval(utc(2017, 9, 24), utc(2017, 9, 25), "day")  # type: ignore[arg-type]
    with pytest.raises(
        InvalidTypeError, match=r"Interval\.start: expected a timezone-aware datetime, got date"
    ):
        Interval(date(2017, 9, 24), utc(2017, 9, 25), Grain.DAY)  # type: ignore[arg-type]


def test_interval_unit_and_shift() -> None:
    moment = utc(2017, 12, 31, 22, 30)
    assert "2017-W52" == Interval.unit(moment, Grain.WEEK).value
    assert "2018-W01" == Interval.unit(moment, Grain.WEEK).shift(1).value
    assert "2018-01" == Interval.unit(moment, Grain.MONTH).shift(1).value
    assert "2017-12-31TNI" == Interval.unit(moment, Grain.PART_OF_DAY).value
    assert "2018-WI" == Interval.unit(moment, Grain.SEASON).value
    assert "201" == Interval.unit(moment, Grain.DECADE).value
    with pytest.raises(
        InvalidValueError, match=r"Interval\.unit: moment: expected a timezone-aware"
    ):
        Interval.unit(datetime(2017, 1, 1), Grain.DAY)


def test_interval_relations() -> None:
    week = Interval.from_value("2017-W38")
    sunday = Interval.from_value("2017-09-24")
    monday = Interval.from_value("2017-09-25")
    assert week.contains(sunday)
    assert sunday in week
    assert monday not in week
    assert utc(2017, 9, 24, 12) in sunday
    assert "2017-09-24" not in week
    assert week.overlaps(sunday)
    assert not week.overlaps(monday)


def test_hour_shift_counts_elapsed_time_across_dst() -> None:
    london = ZoneInfo("Europe/London")
    one_am = Interval.unit(datetime(2017, 3, 26, 0, 30, tzinfo=london), Grain.HOUR)
    later = one_am.shift(1)
    assert timedelta(hours=1) == later.start.astimezone(UTC) - one_am.start.astimezone(UTC)
    assert 2 == later.start.hour  # 01:00-02:00 does not exist that night


def test_shift_reads_a_season_that_starts_in_a_skipped_hour_as_whole() -> None:
    # Wartime Calcutta moved its clocks from +05:30 to +06:30 at midnight on 1 September
    # 1942, so autumn's first wall time never happened and autumn starts at 01:00 there.
    # Moving summer on and back again must not keep that hour.
    kolkata = ZoneInfo("Asia/Kolkata")
    summer = Interval.unit(datetime(1942, 7, 10, tzinfo=kolkata), Grain.SEASON)
    autumn = summer.shift(1)
    assert "1942-FA" == autumn.value
    assert datetime(1942, 9, 1, 1, tzinfo=kolkata) == autumn.start
    assert datetime(1942, 12, 1, tzinfo=kolkata) == autumn.end
    assert summer == autumn.shift(-1)
    assert datetime(1942, 9, 1, 1, tzinfo=kolkata) == summer.end


def test_shift_lands_on_whole_units_of_any_length() -> None:
    june = Interval.from_value("2017-06")
    assert (utc(2017, 7, 1), utc(2017, 8, 1)) == (june.shift(1).start, june.shift(1).end)
    assert (utc(2017, 2, 1), utc(2017, 3, 1)) == (june.shift(-4).start, june.shift(-4).end)
    summer = Interval.from_value("2017-SU")
    assert (utc(2017, 9, 1), utc(2017, 12, 1)) == (summer.shift(1).start, summer.shift(1).end)
    evening = Interval.from_value("2017-06-15TEV")
    assert "2017-06-15TNI" == evening.shift(1).value
    assert (utc(2017, 6, 15, 21), utc(2017, 6, 16, 5)) == (
        evening.shift(1).start,
        evening.shift(1).end,
    )


def test_shift_keeps_a_part_of_a_unit_in_its_place() -> None:
    late_january = Interval(utc(2017, 1, 21), utc(2017, 2, 1), Grain.MONTH)
    assert Interval(utc(2017, 2, 21), utc(2017, 3, 1), Grain.MONTH) == late_january.shift(1)
    # A place past the end of a shorter month is clamped to its end; where both ends are,
    # the interval keeps its own length rather than come out empty.
    late_march = Interval(utc(2017, 3, 20), utc(2017, 3, 31), Grain.MONTH)
    assert Interval(utc(2017, 2, 20), utc(2017, 3, 1), Grain.MONTH) == late_march.shift(-1)
    last_days = Interval(utc(2017, 1, 30), utc(2017, 1, 31), Grain.MONTH)
    assert Interval(utc(2017, 3, 1), utc(2017, 3, 2), Grain.MONTH) == last_days.shift(1)


def test_timex_validates_its_fields() -> None:
    timex = Timex("last week", "DATE", "2017-W38", "START")
    assert (TimexType.DATE, Mod.START) == (timex.type, timex.mod)
    with pytest.raises(
        InvalidValueError,
        match=r"Timex\.type: expected one of DATE, TIME, DURATION, SET, got 'DAY'",
    ):
        Timex("x", "DAY", "2017")
    with pytest.raises(InvalidValueError, match=r"Timex\.mod: expected None or one of"):
        Timex("x", TimexType.DATE, "2017", "LATE")
    with pytest.raises(InvalidValueError, match=r"Timex.span: expected None or \(start, end\)"):
        Timex("x", TimexType.DATE, "2017", span=(5, 2))
    with pytest.raises(InvalidTypeError, match=r"Timex\.text: expected a str, got int"):
        Timex(5, TimexType.DATE, "2017")  # type: ignore[arg-type]


def test_duration_validates_its_parts() -> None:
    with pytest.raises(InvalidValueError, match="non-empty tuple"):
        Duration(())
    with pytest.raises(InvalidValueError, match="non-negative amount"):
        Duration(((Grain.DAY, -1),))
    with pytest.raises(InvalidValueError, match="largest to smallest"):
        Duration(((Grain.DAY, 1), (Grain.YEAR, 1)))
    with pytest.raises(InvalidValueError, match="TIMEX3 duration unit"):
        Duration(((Grain.PART_OF_DAY, 1),))


def test_shift_out_of_the_calendar_is_refused() -> None:
    century = Interval.from_value("19")
    with pytest.raises(
        InvalidValueError, match=r"Interval\.shift: 19 moved by -20 units of century"
    ):
        century.shift(-20)
