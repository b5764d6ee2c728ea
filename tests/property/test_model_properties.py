"""Properties of the TIMEX3 value codec: values and intervals agree both ways."""

from __future__ import annotations

import contextlib

from hypothesis import given
from hypothesis import strategies as st

from timeline import Duration, Grain, Interval, Pattern, Timex, TimexType, parse_value
from timeline.strategies import durations, intervals, timexes


@given(intervals())
def test_interval_value_round_trips(interval: Interval) -> None:
    assert interval == Interval.from_value(interval.value, interval.start.tzinfo)  # type: ignore[arg-type]


@given(intervals())
def test_unit_of_any_moment_inside_is_the_same_unit(interval: Interval) -> None:
    middle = interval.start + (interval.end - interval.start) / 2
    assert interval == Interval.unit(middle, interval.grain)


@given(intervals(), st.integers(-5, 5))
def test_shift_moves_whole_units_and_back(interval: Interval, count: int) -> None:
    moved = interval.shift(count)
    assert moved.grain == interval.grain
    assert interval == moved.shift(-count)
    assert (moved.start > interval.start) == (count > 0)
    if interval.grain > Grain.HOUR:
        # A calendar unit lands on a whole unit, however long the months it crosses are.
        # (Hours move in elapsed time, so one can start in the second pass of a fold.)
        assert Interval.unit(moved.start, interval.grain) == moved


@given(intervals(), intervals())
def test_nested_grains_nest_intervals(a: Interval, b: Interval) -> None:
    # The unit of a coarser grain holding a's start contains the whole of a, except for
    # the grains that do not nest in the calendar (weeks across months, seasons, nights).
    coarser = Interval.unit(a.start, b.grain)
    non_nesting = {Grain.WEEK, Grain.WEEKEND, Grain.SEASON, Grain.PART_OF_DAY}
    if b.grain > a.grain and a.grain not in non_nesting and b.grain not in non_nesting:
        assert coarser.contains(a)


@given(durations())
def test_duration_value_round_trips(duration: Duration) -> None:
    assert duration == Duration.from_value(duration.value)


@given(timexes())
def test_strategy_timexes_agree(timex: Timex) -> None:
    if timex.interval is not None:
        assert timex.interval == Interval.from_value(timex.value, timex.interval.start.tzinfo)  # type: ignore[arg-type]
    else:
        assert TimexType.DURATION == timex.type


@given(intervals(grains=[Grain.DAY, Grain.MONTH, Grain.WEEK, Grain.YEAR]))
def test_patterns_with_year_hidden_round_trip(interval: Interval) -> None:
    hidden = "XXXX" + interval.value[4:]
    pattern = parse_value(hidden)
    assert isinstance(pattern, Pattern)
    assert hidden == pattern.value


@given(st.text(max_size=30))
def test_parse_value_raises_only_value_format_errors(text: str) -> None:
    from timeline import ValueFormatError

    with contextlib.suppress(ValueFormatError):
        parse_value(text)


@given(st.from_type(Interval))
def test_strategies_are_registered_with_hypothesis(interval: Interval) -> None:
    # timeline registers its strategies through hypothesis's entry point.
    assert interval == Interval.from_value(interval.value, interval.start.tzinfo)  # type: ignore[arg-type]
