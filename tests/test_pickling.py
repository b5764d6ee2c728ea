"""Everything a user ships to worker processes (Dask, multiprocessing) pickles and returns."""

from __future__ import annotations

import pickle
from functools import partial

from hypothesis import given, settings

import timeline
from timeline import Event, Timeline, Timex
from timeline._cli._batch import Fields, process_batch, tag_record
from timeline.strategies import events, timelines, timexes


def round_trip(value: object) -> object:
    return pickle.loads(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))


@given(timexes())
def test_a_timex_round_trips(timex: Timex) -> None:
    assert timex == round_trip(timex)


@given(events())
def test_an_event_round_trips(event: Event) -> None:
    assert event == round_trip(event)


@settings(max_examples=30)
@given(timelines(max_events=6, max_links=6))
def test_a_timeline_round_trips_and_answers_the_same(story: Timeline) -> None:
    copy = round_trip(story)
    assert isinstance(copy, Timeline)
    assert story == copy
    assert story.to_json() == copy.to_json()
    assert [event.id for event in story.ordered()] == [event.id for event in copy.ordered()]
    assert [str(conflict) for conflict in story.conflicts()] == [
        str(conflict) for conflict in copy.conflicts()
    ]


def test_what_the_tagger_is_given_to_run_pickles() -> None:
    text = "The strike ended late Sunday; talks resume next week."
    tagger = round_trip(partial(timeline.tag, published="2017-09-25"))
    assert timeline.tag(text, "2017-09-25") == tagger(text)  # type: ignore[operator]
    work = round_trip(partial(process_batch, tag_record, Fields(published=None)))
    items: list[tuple[int, bytes | dict[str, object] | str]] = [
        (1, b'{"id": 1, "published": "2017-09-25", "text": "on Friday"}')
    ]
    assert process_batch(tag_record, Fields(), items) == work(items)  # type: ignore[operator]
