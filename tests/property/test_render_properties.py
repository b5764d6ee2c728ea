"""Properties of rendering: words name units faithfully, and nothing outgrows the width."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st
from rich.console import Console

from timeline import Grain, Interval, Timex, TimexType
from timeline._render import TimexLine, TimexTable, interval_words
from timeline._render._words import ASCII, day_words
from timeline.strategies import intervals, timexes


@st.composite
def stretches(draw: st.DrawFn) -> Interval:
    """Any interval, aligned to a unit or not ("late Sunday", "early last week")."""
    start = draw(st.datetimes(datetime(1900, 1, 1), datetime(2100, 1, 1)))
    length = draw(st.timedeltas(timedelta(minutes=1), timedelta(days=4000)))
    grain = draw(st.sampled_from(list(Grain)))
    return Interval(start.replace(tzinfo=UTC), (start + length).replace(tzinfo=UTC), grain)


@given(st.sampled_from(list(Grain)).flatmap(lambda g: st.tuples(
    intervals(grains=[g], tz=UTC), intervals(grains=[g], tz=UTC))))  # fmt: skip
def test_words_tell_units_of_a_grain_apart(pair: tuple[Interval, Interval]) -> None:
    first, second = pair
    assert (first == second) == (interval_words(first) == interval_words(second))


@given(st.one_of(intervals(), stretches()))
def test_ascii_words_are_ascii(interval: Interval) -> None:
    assert interval_words(interval, glyphs=ASCII).isascii()


@given(stretches())
def test_a_stretch_within_one_day_names_that_day(interval: Interval) -> None:
    last_moment = interval.end - timedelta(microseconds=1)
    if interval.start.date() == last_moment.date():
        assert interval_words(interval).startswith(day_words(interval.start))


def _dated_timexes() -> st.SearchStrategy[Timex]:
    return intervals().map(lambda i: Timex(i.value, TimexType.DATE, i.value, interval=i))


@given(
    st.lists(st.one_of(timexes(), _dated_timexes()), max_size=4),
    st.integers(min_value=20, max_value=200),
    st.booleans(),
)  # fmt: skip
def test_no_line_is_wider_than_the_console(found: list[Timex], width: int, spans: bool) -> None:
    console = Console(file=io.StringIO(), width=width, color_system=None, legacy_windows=False)
    console.print(TimexTable(found, spans=spans))
    for timex in found:
        console.print(TimexLine(timex))
    assert isinstance(console.file, io.StringIO)
    assert [] == [line for line in console.file.getvalue().splitlines() if len(line) > width]
