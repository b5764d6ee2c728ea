"""Properties of any timeline: JSON round trips, nothing lost, relations read both ways."""

from __future__ import annotations

from collections import Counter
from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline import (
    ALLEN_RELATIONS,
    Bounds,
    Event,
    InvalidValueError,
    Timeline,
    allen_converse,
)
from timeline.strategies import events, intervals, relation_names, timelines


@given(timelines())
def test_json_round_trip(timeline: Timeline) -> None:
    text = timeline.to_json()
    again = Timeline.from_json(text)
    assert timeline == again
    assert text == again.to_json()


@given(timelines())
def test_json_round_trip_keeps_the_order_and_the_conflicts(timeline: Timeline) -> None:
    again = Timeline.from_json(timeline.to_json())
    assert timeline.ordered() == again.ordered()
    assert [str(conflict) for conflict in timeline.conflicts()] == [
        str(conflict) for conflict in again.conflicts()
    ]


@given(timelines(), st.data())
def test_adding_a_link_never_removes_an_event(timeline: Timeline, data: st.DataObject) -> None:
    before = Counter(event.id for event in timeline.ordered())
    ids = [event.id for event in timeline]
    if ids:
        timeline.link(
            data.draw(st.sampled_from(ids)),
            data.draw(relation_names()),
            data.draw(st.sampled_from(ids)),
        )
    assert before == Counter(event.id for event in timeline.ordered())
    assert len(timeline) == len(timeline.ordered())


@given(timelines(), st.data())
def test_relations_read_both_ways_are_converses(timeline: Timeline, data: st.DataObject) -> None:
    ids = [event.id for event in timeline]
    if not ids:
        return
    first, second = data.draw(st.sampled_from(ids)), data.draw(st.sampled_from(ids))
    forward = timeline.relation(first, second)
    assert forward <= set(ALLEN_RELATIONS)
    assert {allen_converse(name) for name in forward} == timeline.relation(second, first)


@given(timelines())
def test_conflicts_never_raise_and_name_what_is_in_the_timeline(timeline: Timeline) -> None:
    for conflict in timeline.conflicts():
        assert set(conflict.events) <= set(timeline.events)
        assert set(conflict.links) <= set(timeline.links)
        assert str(conflict)


@given(timelines())
def test_chains_hold_events_in_the_timeline_order(timeline: Timeline) -> None:
    position = {event.id: place for place, event in enumerate(timeline.ordered())}
    for chain in timeline.chains():
        places = [position[event.id] for event in chain.events]
        assert sorted(places) == places
        assert sorted(chain.events, key=lambda e: e.id) == sorted(
            (event for step in chain.steps for event in step), key=lambda e: e.id
        )


# --------------------------------------------------------------------------- bounds

_CONSISTENT = timelines().filter(lambda timeline: not timeline.conflicts())


def _within(inner: Bounds, outer: Bounds) -> bool:
    """Whether `inner` says at least as much as `outer` about every moment."""

    def tighter(bound: datetime | None, other: datetime | None, *, lower: bool) -> bool:
        if other is None:
            return True
        if bound is None:
            return False
        return bound >= other if lower else bound <= other

    return (
        tighter(inner.earliest_start, outer.earliest_start, lower=True)
        and tighter(inner.latest_start, outer.latest_start, lower=False)
        and tighter(inner.earliest_end, outer.earliest_end, lower=True)
        and tighter(inner.latest_end, outer.latest_end, lower=False)
    )


@given(_CONSISTENT)
def test_bounds_lie_within_each_dated_events_interval(timeline: Timeline) -> None:
    for event in timeline:
        bounds = timeline.bounds(event)
        if event.interval is not None:
            start, end = event.interval.start, event.interval.end
            assert _within(bounds, Bounds(start, end, start, end))


@given(_CONSISTENT)
def test_bounds_of_a_consistent_timeline_leave_room(timeline: Timeline) -> None:
    for event in timeline:
        bounds = timeline.bounds(event)
        pairs = [
            (bounds.earliest_start, bounds.latest_start),
            (bounds.earliest_end, bounds.latest_end),
            (bounds.earliest_start, bounds.earliest_end),
            (bounds.latest_start, bounds.latest_end),
        ]
        assert all(a <= b for a, b in pairs if a is not None and b is not None)
        # The end comes after the start, so it is bounded wherever the start is.
        assert (bounds.latest_start is None) <= (bounds.latest_end is None)
        assert (bounds.earliest_start is None) >= (bounds.earliest_end is None)


@given(_CONSISTENT, st.data())
def test_a_consistent_link_never_widens_the_bounds(timeline: Timeline, data: st.DataObject) -> None:
    ids = [event.id for event in timeline]
    if not ids:
        return
    before = {event.id: timeline.bounds(event) for event in timeline}
    source, target = data.draw(st.sampled_from(ids)), data.draw(st.sampled_from(ids))
    timeline.link(source, data.draw(relation_names()), target)
    if timeline.conflicts():
        return
    assert {} == {
        event.id: timeline.bounds(event)
        for event in timeline
        if not _within(timeline.bounds(event), before[event.id])
    }


@given(_CONSISTENT)
def test_bounds_agree_with_the_order(timeline: Timeline) -> None:
    position = {event.id: place for place, event in enumerate(timeline.ordered())}
    bounds = {event.id: timeline.bounds(event) for event in timeline}
    for first, a in bounds.items():
        for second, b in bounds.items():
            if a.latest_start is not None and b.earliest_start is not None:
                if a.latest_start < b.earliest_start:
                    assert position[first] < position[second]


@given(events(ids=st.just("strike"), when=st.none()))
def test_events_strategy_follows_its_arguments(event: Event) -> None:
    assert "strike" == event.id
    assert event.undated


def test_strategies_check_their_arguments_eagerly() -> None:
    with pytest.raises(InvalidValueError):
        timelines(max_events=-1)
    with pytest.raises(InvalidValueError):
        intervals(min_year=2020, max_year=2010)
    with pytest.raises(InvalidValueError):
        intervals(grains=[])
