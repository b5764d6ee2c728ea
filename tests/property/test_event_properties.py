"""Properties of EVENT writing and scoring: round trips, nesting, and scores in [0, 1]."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

import timeline
from timeline import timeml
from timeline.strategies import timeml_documents, xml_texts
from timeline.timeml import Document, EventMention, EventTag, evaluate_events

_CLASSES = st.sampled_from(["OCCURRENCE", "REPORTING", "I_ACTION", "STATE", "ASPECTUAL"])


@st.composite
def _documents_and_tags(draw: st.DrawFn) -> tuple[Document, list[EventTag]]:
    """A document with timexes, and event tags anywhere in its text (they may overlap)."""
    document = draw(timeml_documents())
    length = len(document.text)
    tags = []
    for _ in range(draw(st.integers(0, 8)) if length else 0):
        start = draw(st.integers(0, length - 1))
        end = draw(st.integers(start + 1, min(length, start + 12)))
        tags.append(
            EventTag(
                (start, end),
                draw(_CLASSES),
                tense=draw(st.sampled_from(["PAST", "PRESENT", "NONE"])),
                polarity=draw(st.sampled_from(["POS", "NEG"])),
                modality=draw(st.none() | st.sampled_from(["may", "could"])),
            )
        )
    return document, tags


def _overlap(first: tuple[int, int], second: tuple[int, int]) -> bool:
    return first[0] < second[1] and second[0] < first[1]


@given(_documents_and_tags())
def test_written_events_read_back_with_the_same_text_and_spans(
    case: tuple[Document, list[EventTag]],
) -> None:
    document, tags = case
    made = timeml.event_elements(document.text, tags, timexes=document.timexes)
    with_events = Document(
        document.text,
        document.timexes,
        document.dct,
        events=made.events,
        instances=made.instances,
    )
    again = timeml.parse(timeml.to_string(with_events))
    assert document.text == again.text
    assert [event.span for event in made.events] == [event.span for event in again.events]
    assert [element.timex for element in document.timexes] == [
        element.timex for element in again.timexes
    ]
    assert [event.eid for event in again.events] == [i.event_id for i in again.instances]
    # Every tag is either written or reported, and what is written never overlaps a timex.
    assert len(tags) == len(made.events) + len(made.dropped)
    timex_spans = [e.timex.span for e in document.timexes if e.timex.span]
    for event in again.events:
        assert event.span is not None
        assert not any(_overlap(event.span, span) for span in timex_spans if span[0] < span[1])


@given(_documents_and_tags())
def test_retag_with_events_keeps_the_text_and_writes_the_same_events(
    case: tuple[Document, list[EventTag]],
) -> None:
    document, tags = case
    original = timeml.to_string(Document(document.text, dct=document.dct))
    timexes = [element.timex for element in document.timexes]
    again = timeml.parse(timeml.retag(original, timexes, events=tags))
    made = timeml.event_elements(document.text, tags, timexes=document.timexes)
    assert document.text == again.text
    assert [event.span for event in made.events] == [event.span for event in again.events]
    assert len(made.instances) == len(again.instances)


@st.composite
def _events(draw: st.DrawFn) -> EventMention:
    start = draw(st.integers(0, 40))
    end = draw(st.integers(start + 1, start + 10))
    event_class = draw(_CLASSES | st.sampled_from(["OTHER", "SPEECH_COGNITIVE", "MIX"]))
    return EventMention("x" * (end - start), (start, end), (("class", event_class),))


_corpora = st.dictionaries(
    st.sampled_from(["a", "b", "c"]), st.lists(_events(), max_size=6), max_size=3
)


@given(_corpora, st.data())
def test_scores_are_fractions(gold: dict[str, list[EventMention]], data: st.DataObject) -> None:
    system = {name: data.draw(st.lists(_events(), max_size=6)) for name in gold}
    scores = evaluate_events(gold, system)
    counts = scores.counts
    for score in (counts.strict, counts.relaxed, counts.event_class):
        assert 0 <= score.precision <= 1
        assert 0 <= score.recall <= 1
        assert 0 <= score.f1 <= 1
    assert 0 <= counts.class_accuracy <= 1
    assert counts.strict.f1 <= counts.relaxed.f1
    assert counts.gold == len(scores.missed) + counts.relaxed_matches


@given(_corpora)
def test_gold_against_itself_is_perfect(gold: dict[str, list[EventMention]]) -> None:
    scores = evaluate_events(gold, gold)
    assert (1.0, 1.0) == (scores.strict.f1, scores.relaxed.f1)
    assert 1.0 == scores.counts.class_accuracy
    assert () == scores.missed == scores.spurious == scores.class_errors


# Words of news, markup-hostile characters, and time words that may sit beside a trigger.
_NEWS_WORDS = st.sampled_from(
    ["The", "army", "said", "rebels", "attacked", "on", "Monday", ",", ".", "\n", "March",
     "may", "not", "strike", "Lt.", "Gen.", "(", ")", '"', "&", "<", "denied", "the",
     "shelling", "began", "2017", "last", "week", "talks", "resumed", "after", "a", "day"]
)  # fmt: skip


@settings(max_examples=40)
@given(st.lists(_NEWS_WORDS, max_size=30).map(" ".join) | xml_texts(max_size=80))
def test_the_events_extract_finds_are_written_and_read_back(text: str) -> None:
    timexes = timeline.tag(text, date(2017, 9, 25))
    document = Document.from_timexes(text, timexes)
    tags = timeml.event_tags(text, date(2017, 9, 25))
    made = timeml.event_elements(text, tags, timexes=document.timexes)
    again = timeml.parse(
        timeml.to_string(
            Document(text, document.timexes, events=made.events, instances=made.instances)
        )
    )
    assert text == again.text
    assert [(e.span, e.text) for e in made.events] == [(e.span, e.text) for e in again.events]
    for event in again.events:
        assert event.span is not None
        assert event.text == text[event.span[0] : event.span[1]]
        assert event.text.strip() == event.text


_TIMEML = sorted(timeml.TIMEML_CLASSES)
_NEWSREADER = sorted(set(timeml.NEWSREADER_CLASSES.values()))
_ECB = sorted(set(timeml.ECB_CLASSES.values()) | {"ACTION_CAUSATIVE"})


@given(
    st.sampled_from(_TIMEML) | st.none(),
    st.sampled_from([*_TIMEML, *_NEWSREADER, *_ECB, *(f"NEG_{c}" for c in _ECB), "MIX"]),
)
def test_a_class_is_compared_in_the_gold_scheme(ours: str | None, gold: str) -> None:
    mine = timeml.comparable_class(ours, gold)
    scheme = next(
        (names for names in (_TIMEML, _NEWSREADER, _ECB) if gold.removeprefix("NEG_") in names),
        None,
    )
    if scheme is None:
        assert mine is None
        assert timeml.classes_agree(ours, gold) is None
    else:
        assert mine in [*scheme, ""]
        assert timeml.classes_agree(ours, gold) == (mine == gold.removeprefix("NEG_"))
        # A gold class always agrees with itself.
        assert timeml.classes_agree(gold.removeprefix("NEG_"), gold) is True
