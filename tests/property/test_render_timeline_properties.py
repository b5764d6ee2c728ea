"""Properties of timeline rendering: any timeline fits any width, and nothing is lost."""

from __future__ import annotations

import io
import json
from datetime import UTC, date

from hypothesis import given
from hypothesis import strategies as st
from rich.console import Console

from timeline import Bounds, Timeline
from timeline.render import ChainsView, TimelineView
from timeline.strategies import intervals, timelines

_WORDS = st.text("abcdefghij klmnop", min_size=1, max_size=60).map(str.strip).filter(bool)
_PHRASES = (
    "late Sunday", "last week", "early last week", "Sunday evening", "on Monday", "yesterday",
    "next month", "three days ago", "recently", "last summer", "the 1990s", "3 p.m. Sunday",
)  # fmt: skip
_RELATIONS = ("causes", "reports", "blames", "denies", "warns", "before", "after", "during")


@st.composite
def _phrase_timelines(draw: st.DrawFn) -> Timeline:
    """Small timelines with every kind of date, undated events, and random links."""
    story = Timeline(published=date(2017, 9, 25))
    count = draw(st.integers(0, 7))
    for _ in range(count):
        when = draw(
            st.one_of(
                st.none(),
                st.sampled_from(_PHRASES),
                intervals(
                    min_year=1990,
                    max_year=2030,
                    tz=UTC,
                ),
            )
        )
        story.add(
            draw(_WORDS),
            when,
            actors=draw(st.lists(_WORDS, max_size=2)),
            source=draw(st.none() | _WORDS),
        )
    if count > 1:
        for _ in range(draw(st.integers(0, count + 2))):
            source, target = draw(st.lists(st.integers(1, count), min_size=2, max_size=2))
            story.link(f"e{source}", draw(st.sampled_from(_RELATIONS)), f"e{target}")
    return story


# The shared strategy's timelines (days and weeks, many conflicts) and ours (every grain
# from a minute to a decade, actors and sources of any length).
_TIMELINES = st.one_of(timelines(), _phrase_timelines())


def _printed(story: Timeline, width: int) -> str:
    console = Console(file=io.StringIO(), width=width, color_system=None, legacy_windows=False)
    console.print(story)
    console.print(ChainsView(story))
    assert isinstance(console.file, io.StringIO)
    return console.file.getvalue()


@given(_TIMELINES, st.integers(min_value=20, max_value=200))
def test_no_line_is_wider_than_the_console(story: Timeline, width: int) -> None:
    output = _printed(story, width)
    assert [] == [line for line in output.splitlines() if len(line) > width]
    assert [] == [line for line in output.splitlines() if line != line.rstrip()]


@given(_TIMELINES, st.sampled_from([40, 80, 120]))
def test_every_event_gets_exactly_one_bullet(story: Timeline, width: int) -> None:
    console = Console(file=io.StringIO(), width=width, color_system=None, legacy_windows=False)
    console.print(TimelineView(story))
    assert isinstance(console.file, io.StringIO)
    output = console.file.getvalue()
    assert len(story) == sum(output.count(bullet) for bullet in "●○✗")


@given(_TIMELINES)
def test_timelinejs_keeps_every_event(story: Timeline) -> None:
    document = json.loads(story.to_timelinejs())
    slides = document["events"] + document["undated"]
    assert sorted(event.id for event in story) == sorted(slide["unique_id"] for slide in slides)
    assert all(
        event.undated
        for event in story
        if event.id in {s["unique_id"] for s in document["undated"]}
    )


@given(_TIMELINES)
def test_only_events_nothing_places_are_set_apart_as_undated(story: Timeline) -> None:
    console = Console(file=io.StringIO(), width=80, color_system=None, legacy_windows=False)
    console.print(TimelineView(story))
    assert isinstance(console.file, io.StringIO)
    lines = console.file.getvalue().splitlines()
    headings = [n for n, line in enumerate(lines) if line.split("  ")[0] == "undated"]
    unplaced = [event for event in story if event.undated and story.bounds(event) == Bounds()]
    assert len(headings) == (1 if unplaced else 0)
    below = "".join(lines[headings[0] :] if headings else [])
    assert len(unplaced) == sum(below.count(mark) for mark in "●○✗")
