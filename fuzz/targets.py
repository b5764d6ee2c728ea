"""Fuzz targets: each is a hypothesis test of one public entry point.

A target passes when the entry point gives a result that keeps its contract, or raises an
error of our family (`TimelineError`). Anything else is a finding: another exception, a
broken invariant (an expression that crosses a line break, a JSON round trip that changes
the timeline, an operation that fails half done), a hang or too much memory (the runner
watches those, see `run.py`).

The targets are ordinary ``@given`` functions, so the same code runs under hypothesis's own
generation (``run.py --engine hypothesis``) and under atheris, which steers hypothesis's
choices by coverage (``run.py --engine atheris``, through ``fuzz_one_input``).
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

import timeline
from timeline import timeml
from timeline.strategies import (
    dst_moments,
    edge_dates,
    line_broken_texts,
    relation_names,
    time_zones,
    timelines,
    timeml_documents,
    xml_texts,
)

# Executions per target, counted by the targets themselves.
EXECUTIONS: Counter[str] = Counter()

# What a run checks before and after each execution (set by run.py: the watchdog).
BEFORE: list[Callable[[str, int], None]] = []
AFTER: list[Callable[[str], None]] = []


# Each call of a target runs it FUZZ_EXAMPLES times, generating only (no shrinking, no
# example database). Set before the targets are defined: @given reads it then.
settings.register_profile(
    "fuzz",
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "200")),
    phases=[Phase.generate],
    database=None,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
settings.load_profile("fuzz")

# ----------------------------------------------------------------------------- inputs

zones = time_zones(all_named=True, odd_offsets=True)
publications = st.one_of(
    st.none(),
    st.dates(),
    edge_dates(),
    st.datetimes(timezones=zones),
    dst_moments(),
    st.datetimes(),  # naive: read as UTC
)
PHRASES = [
    "late Sunday", "next week", "the following day", "two days later", "at 3 p.m.",
    "1:59 a.m. Sunday", "last year", "9999", "year 1", "the 1990s", "tonight", "since March",
    "a year ago", "every Friday", "about three weeks", "Sept. 31", "February 29", "BC 44",
    "the 21st century", "in 1 BC", "Q4", "the weekend", "noon", "now", "recently", "soon",
]  # fmt: skip
phrase_texts = st.lists(st.sampled_from(PHRASES) | st.text(max_size=8), min_size=1, max_size=4).map(
    " ".join
)
texts = st.one_of(st.text(max_size=300), phrase_texts, line_broken_texts(), xml_texts(max_size=200))
long_texts = st.builds(
    lambda piece, count: piece * count, texts, st.integers(min_value=1, max_value=200)
)


def _mutated(data: bytes, edits: list[tuple[int, int, bytes]]) -> bytes:
    """`data` with a few bytes cut out and others put in: near-valid input."""
    for position, cut, inserted in edits:
        at = position % (len(data) + 1)
        data = data[:at] + inserted + data[at + cut :]
    return data


edits = st.lists(
    st.tuples(st.integers(0, 10**6), st.integers(0, 8), st.binary(max_size=8)), max_size=4
)


def _count(name: str, size: int) -> None:
    EXECUTIONS[name] += 1
    for check in BEFORE:
        check(name, size)


def _done(name: str) -> None:
    for check in AFTER:
        check(name)


def _check_found(text: str, found: list[timeline.Timex]) -> None:
    end = 0
    for timex in found:
        assert timex.span is not None, timex
        start, stop = timex.span
        assert end <= start < stop <= len(text), (timex, end)
        assert text[start:stop] == timex.text, timex
        assert [timex.text] == timex.text.splitlines(), f"crosses a line break: {timex.text!r}"
        if timex.interval is not None:
            assert timex.interval.duration > timedelta(0), timex
        end = stop


# ----------------------------------------------------------------------------- targets


@given(
    texts,
    publications.filter(lambda value: value is not None),
    st.none() | publications,
    st.none() | st.sampled_from(["past", "present", "future"]) | st.text(max_size=3),
)
def resolve(text: str, published: date, reference: date | None, tense: str | None) -> None:
    _count("resolve", len(text))
    try:
        timex = timeline.resolve(text, published, tense=tense, reference=reference)  # type: ignore[arg-type]
    except timeline.TimelineError:
        return
    finally:
        _done("resolve")
    if timex.interval is not None:
        assert timex.interval.duration > timedelta(0), timex


@given(texts | long_texts, publications)
def tag(text: str, published: date | None) -> None:
    _count("tag", len(text))
    try:
        found = timeline.tag(text, published)
    except timeline.InvalidValueError as error:
        if "published" not in str(error):
            raise
        return
    finally:
        _done("tag")
    _check_found(text, found)


@given(
    st.one_of(
        st.binary(max_size=2000),
        timeml_documents().map(lambda document: timeml.to_string(document).encode()),
        st.builds(
            _mutated,
            timeml_documents().map(lambda document: timeml.to_string(document).encode()),
            edits,
        ),
        xml_texts(max_size=500).map(lambda text: text.encode("utf-8", "surrogatepass")),
    )
)
def timeml_parse(markup: bytes) -> None:
    _count("timeml_parse", len(markup))
    try:
        document = timeml.parse(markup)
    except timeline.TimelineError:
        return
    finally:
        _done("timeml_parse")
    again = timeml.parse(timeml.to_string(document))
    assert document.text == again.text
    document.published  # noqa: B018 - reading it must not raise


def _timeline_json(story: timeline.Timeline) -> bytes:
    return story.to_json().encode()


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=30,
)
stories = timelines(max_events=5, max_links=6) | timelines(
    max_events=4, max_links=4, moments=dst_moments() | st.datetimes(timezones=zones)
)


@given(
    st.one_of(
        st.binary(max_size=1000),
        json_values.map(lambda value: json.dumps(value).encode()),
        stories.map(_timeline_json),
        st.builds(_mutated, stories.map(_timeline_json), edits),
    )
)
def from_json(text: bytes) -> None:
    _count("from_json", len(text))
    try:
        story = timeline.Timeline.from_json(text)
    except timeline.TimelineError:
        return
    finally:
        _done("from_json")
    again = timeline.Timeline.from_json(story.to_json())
    assert story.to_json() == again.to_json()
    assert len(story.ordered()) == len(story)


whens: st.SearchStrategy[Any] = st.one_of(
    st.none(),
    st.sampled_from(PHRASES),
    st.text(max_size=6),
    st.dates(),
    edge_dates(),
    st.datetimes(timezones=st.none() | zones),
    dst_moments(),
    st.integers(),
)
operations = st.lists(
    st.one_of(
        st.tuples(st.just("add"), whens, st.none() | st.text(max_size=3)),
        st.tuples(
            st.just("link"),
            st.integers(0, 8) | st.text(max_size=2),
            relation_names() | st.text(max_size=4),
            st.integers(0, 8),
        ),
        st.tuples(st.just("read"), st.integers(0, 8)),
    ),
    max_size=12,
)


@given(publications, operations)
def timeline_operations(published: date | None, steps: list[tuple[Any, ...]]) -> None:
    _count("timeline_operations", len(steps))
    try:
        _operate(published, steps)
    finally:
        _done("timeline_operations")


def _operate(published: date | None, steps: list[tuple[Any, ...]]) -> None:
    try:
        story = timeline.Timeline(published=published)
    except timeline.InvalidValueError:
        return
    for step in steps:
        before = story.to_json()
        ids = [event.id for event in story]
        try:
            if step[0] == "add":
                story.add("event", step[1], id=step[2])
            elif step[0] == "link":
                source = ids[step[1] % len(ids)] if ids and isinstance(step[1], int) else step[1]
                target = ids[step[3] % len(ids)] if ids else "e1"
                story.link(source, step[2], target)
            elif ids:
                event = ids[step[1] % len(ids)]
                story.bounds(event)
                story.relation(event, ids[0])
        except timeline.TimelineError:
            assert before == story.to_json(), f"{step[0]} failed half done"
            continue
        assert len(story.ordered()) == len(story)
        story.conflicts()
        story.chains()
    again = timeline.Timeline.from_json(story.to_json())
    assert story.to_json() == again.to_json()


TARGETS: dict[str, Any] = {
    "resolve": resolve,
    "tag": tag,
    "timeml_parse": timeml_parse,
    "from_json": from_json,
    "timeline_operations": timeline_operations,
}
