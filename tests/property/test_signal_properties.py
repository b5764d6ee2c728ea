"""Properties of where links' cue words are: `Link.evidence_span` on what `extract` finds,
its checks, and the SIGNAL and C-SIGNAL elements TimeML output marks the cues with."""

from __future__ import annotations

from xml.etree import ElementTree

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import timeline
from timeline import InvalidTypeError, InvalidValueError, Link, TimelineError, lookup_relation
from timeline._cli._common import Report
from timeline._cli._events import timeml_with_events
from timeline._extract._timeml_links import link_tags
from timeline._tagging import tag
from timeline._timeml._signals import place_signals
from timeline.timeml import (
    CausalLink,
    Document,
    Signal,
    SubordinationLink,
    TemporalLink,
    parse,
    to_string,
)

PUBLISHED = "2023-11-20"
CAUSES = ("gale", "landslide", "blackout", "fire", "strike", "flood", "collision")
DEEDS = ("closed", "evacuated", "sealed", "shut", "emptied")
PLACES = ("the marina", "the tunnel", "the library", "the depot", "the bridge")
PEOPLE = ("Rangers", "The warden", "A spokesman", "Engineers", "The owners")
WHEN = ("", " on Friday", " two days later", " last week")


@st.composite
def sentences(draw: st.DrawFn) -> str:
    cause, deed = draw(st.sampled_from(CAUSES)), draw(st.sampled_from(DEEDS))
    place, person = draw(st.sampled_from(PLACES)), draw(st.sampled_from(PEOPLE))
    when = draw(st.sampled_from(WHEN))
    return draw(
        st.sampled_from(
            [
                f"{person} {deed} {place} because of the {cause}{when}.",
                f"{person} {deed} {place} after the {cause}{when}.",
                f"{person} {deed} {place} due to the {cause}.",
                f"{person} said the {cause} {deed} {place}{when}.",
                f"The {cause} led to delays at {place}{when}.",
                f"{person} {deed} {place} before the {cause} reached it.",
                f"Two hours after the {cause}, {person.lower()} {deed} {place}.",
                f"{person} {deed} {place} as a result of the {cause}.",
                f"{person} blamed the {cause} on the owners of {place}.",
            ]
        )
    )


stories = st.lists(sentences(), min_size=1, max_size=4).map(" ".join)


def _written(text: str) -> str:
    return timeml_with_events(text, tag(text, PUBLISHED), None, Report("tag"), "<property>")


@settings(max_examples=40)
@given(stories)
def test_every_extracted_links_evidence_span_slices_the_text_to_its_evidence(text: str) -> None:
    story = timeline.extract(text, PUBLISHED)
    for link in story.links:
        assert link.evidence is not None
        assert link.evidence_span is not None
        start, end = link.evidence_span
        assert 0 <= start < end <= len(text)
        assert text[start:end] == link.evidence


@settings(max_examples=40)
@given(stories)
def test_timeml_written_is_well_formed_and_reads_back_with_its_signals(text: str) -> None:
    markup = _written(text)
    ElementTree.fromstring(markup)  # raises on markup that is not well-formed
    document = parse(markup)
    assert document.text == text
    links: list[TemporalLink | SubordinationLink | CausalLink] = [
        *document.temporal_links,
        *document.subordination_links,
        *document.causal_links,
    ]
    named = {link.signal_id for link in links if link.signal_id is not None}
    # Every signal is named by a link, every name finds its signal, and holds its words.
    assert named == {signal.signal_id for signal in document.signals}
    for link in links:
        if link.signal_id is not None:
            signal = document.signal_for(link)
            assert signal is not None
            assert signal.causal == (link in document.causal_links)
    occupied = [e.span for e in document.events] + [t.timex.span for t in document.timexes]
    for signal in document.signals:
        assert signal.span is not None
        assert text[slice(*signal.span)] == signal.text
        assert not any(
            span is not None and span[0] < signal.span[1] and signal.span[0] < span[1]
            for span in occupied
        )


@settings(max_examples=40)
@given(stories)
def test_each_cue_clear_of_events_and_times_is_the_signal_of_its_link(text: str) -> None:
    story = timeline.extract(text, PUBLISHED)
    document = parse(_written(text))
    spans = {event.eid: event.span for event in document.events}
    eiids = {instance.eiid: spans[instance.event_id] for instance in document.instances}
    written = {
        (element, link.attribute("relType"), eiids[link.source], eiids[link.target]): (
            document.signal_for(link)
        )
        for element, links in (
            ("TLINK", document.temporal_links),
            ("SLINK", document.subordination_links),
            ("CLINK", document.causal_links),
        )
        for link in links
        if link.source in eiids and link.target in eiids
    }
    occupied = [e.span for e in document.events] + [t.timex.span for t in document.timexes]
    tags, _ = link_tags(story)
    seen = set()
    for link_tag in tags:
        key = (link_tag.element, link_tag.rel_type, link_tag.first, link_tag.second)
        if key not in written or key in seen:
            continue  # not written (its event could not be tagged), or said twice
        seen.add(key)
        cue = link_tag.signal
        assert cue is not None
        clear = not any(s is not None and s[0] < cue[1] and cue[0] < s[1] for s in occupied)
        crossed = any(_crosses(cue, other.signal) for other in tags if other.signal is not None)
        signal = written[key]
        if clear and not crossed:
            assert signal is not None
            assert (signal.span, signal.causal) == (cue, link_tag.element == "CLINK")
        if not clear:
            assert signal is None


def _crosses(span: tuple[int, int], other: tuple[int, int]) -> bool:
    overlap = span[0] < other[1] and other[0] < span[1]
    nested = (other[0] <= span[0] and span[1] <= other[1]) or (
        span[0] <= other[0] and other[1] <= span[1]
    )
    return overlap and not nested


bad_offsets = st.tuples(st.integers(-5, 40), st.integers(-5, 40)).filter(
    lambda span: not 0 <= span[0] < span[1]
)
not_offsets = st.one_of(
    st.lists(st.integers(0, 9), min_size=2, max_size=2),
    st.tuples(st.floats(0, 9), st.integers(0, 9)),
    st.tuples(st.booleans(), st.integers(1, 9)),
    st.tuples(st.integers(0, 9)),
    st.text(max_size=5),
)


@given(bad_offsets, st.text(min_size=1, max_size=8))
def test_link_refuses_offsets_out_of_order(span: tuple[int, int], evidence: str) -> None:
    with pytest.raises(InvalidValueError, match=r"Link\.evidence_span") as raised:
        Link("e1", lookup_relation("after"), "e2", evidence, evidence_span=span)
    assert repr(span) in str(raised.value)


@given(not_offsets)
def test_link_refuses_what_is_not_two_offsets(span: object) -> None:
    with pytest.raises(
        InvalidTypeError, match="expected None or a \\(start, end\\) tuple"
    ) as raised:
        Link("e1", lookup_relation("after"), "e2", "after", evidence_span=span)  # type: ignore[arg-type]
    assert isinstance(raised.value, TimelineError)
    assert repr(span) in str(raised.value)


@given(st.integers(0, 50), st.text(min_size=1, max_size=10), st.integers(-3, 3))
def test_link_takes_offsets_only_of_its_evidences_length(
    start: int, evidence: str, stretch: int
) -> None:
    span = (start, start + len(evidence) + stretch)
    try:
        link = Link("e1", lookup_relation("causes"), "e2", evidence, evidence_span=span)
    except InvalidValueError:
        assert stretch != 0
    else:
        assert stretch == 0
        assert link.evidence_span == span


@st.composite
def cue_layouts(
    draw: st.DrawFn,
) -> tuple[str, list[tuple[str, tuple[int, int]]], list[tuple[int, int]]]:
    text = draw(st.text(st.sampled_from("ab c<&"), min_size=1, max_size=30))
    spans = st.tuples(st.integers(0, len(text) - 1), st.integers(1, len(text))).filter(
        lambda span: span[0] < span[1]
    )
    cues = draw(st.lists(st.tuples(st.sampled_from(["SIGNAL", "C-SIGNAL"]), spans), max_size=6))
    occupied = draw(st.lists(spans, max_size=3))
    return text, cues, occupied


@given(cue_layouts())
def test_placed_signals_nest_stay_clear_and_write_back(
    layout: tuple[str, list[tuple[str, tuple[int, int]]], list[tuple[int, int]]],
) -> None:
    text, cues, occupied = layout
    signals, ids = place_signals(text, cues, occupied=occupied)
    assert len({(s.element, s.signal_id) for s in signals}) == len(signals) == len(ids)
    for signal in signals:
        assert signal.span is not None
        assert text[slice(*signal.span)] == signal.text
        assert ids[signal.element, signal.span] == signal.signal_id
        assert all(not (o[0] < signal.span[1] and signal.span[0] < o[1]) for o in occupied)
    # A cue left out overlaps an occupied span or crosses one that was marked.
    marked = [signal.span for signal in signals if signal.span is not None]
    for element, span in cues:
        if (element, span) not in ids:
            crosses = any(_crosses(span, other) for other in marked)
            assert crosses or any(o[0] < span[1] and span[0] < o[1] for o in occupied)
    for span in marked:
        assert not any(_crosses(span, other) for other in marked)
    markup = to_string(Document(text, signals=signals))
    ElementTree.fromstring(markup)
    back = parse(markup)
    assert back.text == text
    assert sorted(back.signals, key=_order) == sorted(signals, key=_order)


def _order(signal: Signal) -> tuple[int, int, str]:
    assert signal.span is not None
    return signal.span[0], -signal.span[1], signal.element


@given(
    st.lists(
        st.tuples(st.text(min_size=1, max_size=12), st.integers(0, 500), st.booleans()),
        max_size=5,
    )
)
def test_json_keeps_every_links_evidence_and_its_span(
    cues: list[tuple[str, int, bool]],
) -> None:
    story = timeline.Timeline()
    events = [story.add(f"event {number}") for number in range(len(cues) + 1)]
    for number, (evidence, start, placed) in enumerate(cues):
        span = (start, start + len(evidence)) if placed else None
        story.link(
            events[number], "causes", events[number + 1], evidence=evidence, evidence_span=span
        )
    back = timeline.Timeline.from_json(story.to_json())
    assert back.links == story.links
    assert [link.evidence_span for link in back.links] == [
        (start, start + len(evidence)) if placed else None for evidence, start, placed in cues
    ]
