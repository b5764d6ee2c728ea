"""The strategies for awkward cases draw what they promise (issue 13)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings

from timeline import InvalidValueError, Timeline
from timeline.strategies import (
    dst_moments,
    edge_dates,
    line_broken_texts,
    time_zones,
    timelines,
)


@given(dst_moments(wall_clock=False))
def test_a_dst_moment_lies_within_three_hours_of_an_offset_change(moment: datetime) -> None:
    zone = moment.tzinfo
    assert isinstance(zone, ZoneInfo)
    offsets = {
        (moment.astimezone(UTC) + timedelta(minutes=minutes)).astimezone(zone).utcoffset()
        for minutes in range(-181, 182, 1)
    }
    assert len(offsets) > 1


@settings(max_examples=300)
@given(dst_moments())
def test_dst_moments_reach_gaps_and_folds(moment: datetime) -> None:
    # Not every draw is in one; over a run, both kinds turn up (checked by the counts below).
    real = moment.astimezone(UTC).astimezone(moment.tzinfo)
    _KINDS["gap" if real.replace(tzinfo=None) != moment.replace(tzinfo=None) else "real"] += 1
    _KINDS["fold"] += real.fold


_KINDS = {"gap": 0, "real": 0, "fold": 0}


def test_gaps_and_folds_were_drawn() -> None:
    test_dst_moments_reach_gaps_and_folds()
    assert _KINDS["gap"] > 0
    assert _KINDS["fold"] > 0


@given(edge_dates(days=10))
def test_edge_dates_are_near_an_end_of_the_calendar(day: date) -> None:
    assert min(day - date.min, date.max - day) <= timedelta(days=10)


@given(line_broken_texts())
def test_line_broken_texts_have_a_break_after_every_line(text: str) -> None:
    lines = text.splitlines(keepends=True)
    assert lines
    assert all(len(line.splitlines()[0]) < len(line) for line in lines)


@given(time_zones(all_named=True, odd_offsets=True))
def test_time_zones_are_usable(zone: timezone) -> None:
    assert datetime(2017, 9, 25, tzinfo=zone).utcoffset() is not None


@settings(max_examples=30)
@given(timelines(max_events=3, moments=dst_moments()))
def test_timelines_can_be_published_at_a_moment(story: Timeline) -> None:
    assert isinstance(story.published, datetime)


def test_the_new_strategies_check_their_arguments_eagerly() -> None:
    with pytest.raises(InvalidValueError):
        edge_dates(days=0)
    with pytest.raises(InvalidValueError):
        line_broken_texts(max_lines=0)
    with pytest.raises(InvalidValueError):
        dst_moments(min_year=2030, max_year=2020)
