"""The bundled example story and the timeline ``timeline demo`` builds from it."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from timeline import Bounds, TimelineError
from timeline._demo import PUBLISHED, demo_timeline, headline, story
from timeline._extract import sentence_spans


def test_the_story_is_package_data_with_a_headline() -> None:
    text = story()
    assert date(2017, 9, 25) == PUBLISHED
    assert "Moscow Points at Washington After ISIS Shelling Kills a Russian General in Syria" == (
        headline(text)
    )
    assert "late Sunday" in text


def test_the_timeline_orders_the_events_as_they_happened() -> None:
    # Undated events are placed by their links: the shelling and the death before the
    # announcement that reports them, the strike before the statements about it.
    expected = [
        ("2017-W38", "Moscow warns it will strike back at SDF units that fire on Syrian troops"),
        ("2017-W38", "the SDF seizes a gas field in Deir ez-Zor province"),
        ("2017-W38", "Lavrov accuses Obama of leaving relations in ruins"),
        (None, "ISIS mortar fire hits a Syrian army command post"),
        (None, "Asapov is killed"),
        ("2017-09-24", "the Defense Ministry announces Asapov's death"),
        (None, "Russian jets strike SDF fighters near the gas field"),
        ("2017-09-25", "the SDF says Russian jets bombed its fighters, killing one"),
        ("2017-09-25", "Moscow denies the strike"),
        ("2017-09-25", "Ryabkov blames American policy for the death"),
    ]
    ordered = demo_timeline().ordered()
    assert expected == [(e.when and e.when.value, e.description) for e in ordered]


def test_the_links_date_the_undated_events() -> None:
    # The shelling and the death came no later than the late-Sunday announcement; the
    # strike after last week's warning and capture, before Monday's claim and denial.
    timeline = demo_timeline()
    events = {event.description: event for event in timeline}
    sunday_over = datetime(2017, 9, 25, tzinfo=UTC)
    for description in ("ISIS mortar fire hits a Syrian army command post", "Asapov is killed"):
        assert Bounds(latest_start=sunday_over) == timeline.bounds(events[description])
    strike = timeline.bounds(events["Russian jets strike SDF fighters near the gas field"])
    assert (datetime(2017, 9, 18, tzinfo=UTC), datetime(2017, 9, 26, tzinfo=UTC)) == (
        strike.earliest_start,
        strike.latest_start,
    )


def test_the_timeline_has_two_chains_and_no_conflict() -> None:
    timeline = demo_timeline()
    assert [] == timeline.conflicts()
    assert [
        "ISIS mortar fire hits a Syrian army command post → Asapov is killed → "
        "the Defense Ministry announces Asapov's death, Ryabkov blames American policy for "
        "the death",
        "Russian jets strike SDF fighters near the gas field → the SDF says Russian jets "
        "bombed its fighters, killing one, Moscow denies the strike",
    ] == [str(chain) for chain in timeline.chains()]


def test_each_event_points_at_its_words_and_its_date_at_the_same_sentence() -> None:
    text = story()
    sentences = sentence_spans(text)

    def sentence_of(offset: int) -> int:
        return next(n for n, (first, last) in enumerate(sentences) if first <= offset < last)

    for event in demo_timeline().events:
        assert event.span is not None
        start, end = event.span
        assert 0 <= start < end <= len(text)
        if event.when is not None:
            assert event.when.span is not None
            assert event.when.text == text[slice(*event.when.span)]
            assert sentence_of(event.when.span[0]) == sentence_of(start)


def test_a_story_that_no_longer_says_what_an_event_stands_on_is_an_error() -> None:
    changed = story().replace("denied the claim", "rejected the claim")
    with pytest.raises(TimelineError, match="no longer says 'denied the claim'"):
        demo_timeline(changed)
