"""Properties of `timeline.extract`: spans, dates, determinism, boilerplate, any text."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

import timeline
from timeline import Event

PUBLISHED = date(2017, 9, 25)

# News sentences written for these tests, with and without dates, quotations and reports.
SENTENCES = [
    "The ministry said late Sunday that the general had died.",
    "Rebels seized the gas field last week, killing two guards.",
    "The council will meet on Thursday to discuss the budget.",
    '"We will not back down," the union said in a statement.',
    "Police arrested three men after the riot, according to the City Herald.",
    "The senator hit out at her rivals on Monday.",
    "Officials denied that the dam had cracked.",
    "Divers found the wreck two days after the ferry sank.",
    "Storms may delay the launch until next month.",
    "Shares fell sharply on Friday as investors fled.",
    "The mayor, a former judge, resigned.",
    "Lt. Gen. Ida Varga inspected the U.S.-led base.",
    "Nobody was hurt.",
    "The talks collapsed.",
]
BOILERPLATE = [
    "Read more: https://example.org/a/b",
    "By Tomas Lind",
    "Email: desk@example.org",
    "Twitter: @newsroom",
    "Crowds gather in the square on Sunday. Ana Pires/AFP/Getty Images",
    "• Subscribe for the morning briefing",
]

stories = st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=6).map(" ".join)
paragraphs = st.lists(stories, min_size=1, max_size=3).map("\n\n".join)


def summary(story: timeline.Timeline) -> list[tuple[object, ...]]:
    return [
        (e.description, e.span, e.when and e.when.value, e.actors, e.source, e.event_class)
        for e in story.events
    ]


@given(paragraphs)
def test_spans_slice_the_text_to_a_trigger(text: str) -> None:
    for event in timeline.extract(text, PUBLISHED).events:
        assert event.span is not None
        start, end = event.span
        trigger = text[start:end]
        assert trigger
        assert trigger == trigger.strip()
        assert trigger[0].isalpha()


@given(paragraphs)
def test_every_date_is_an_expression_of_the_text_or_derived_from_one(text: str) -> None:
    found = {timex.span: timex for timex in timeline.tag(text, PUBLISHED)}
    for event in timeline.extract(text, PUBLISHED).events:
        when = event.when
        if when is None:
            continue
        if when.text == "published":  # a statement in the present tense
            assert when.value == PUBLISHED.isoformat()
        elif when.span in found:
            assert found[when.span] == when
        else:
            # Counted from another event: its span starts at a length of time in the text.
            assert when.span is not None
            assert any(span and span[0] == when.span[0] for span in found)


@given(paragraphs)
def test_extracting_twice_gives_equal_timelines(text: str) -> None:
    assert summary(timeline.extract(text, PUBLISHED)) == summary(timeline.extract(text, PUBLISHED))


@given(paragraphs, st.lists(st.sampled_from(BOILERPLATE), min_size=1, max_size=3))
def test_boilerplate_lines_never_yield_events(text: str, lines: list[str]) -> None:
    story = text + "\n\n" + "\n\n".join(lines)
    boundary = len(text)
    for event in timeline.extract(story, PUBLISHED).events:
        assert event.span is not None
        assert event.span[1] <= boundary


@given(paragraphs, st.lists(st.sampled_from(BOILERPLATE), min_size=1, max_size=3))
def test_a_boilerplate_footer_changes_nothing(text: str, lines: list[str]) -> None:
    with_footer = text + "\n\n" + "\n\n".join(lines)
    assert summary(timeline.extract(text, PUBLISHED)) == summary(
        timeline.extract(with_footer, PUBLISHED)
    )


@given(paragraphs)
def test_events_are_in_text_order_with_descriptions_of_at_most_twelve_words(text: str) -> None:
    events: list[Event] = list(timeline.extract(text, PUBLISHED).events)
    starts = [e.span[0] for e in events if e.span is not None]
    assert starts == sorted(starts)
    assert all(0 < len(e.description.split()) <= 12 for e in events)


@settings(max_examples=300)
@given(st.text(max_size=300))
def test_any_text_gives_a_timeline(text: str) -> None:
    story = timeline.extract(text, PUBLISHED)
    for event in story.events:
        assert event.span is not None
        assert 0 <= event.span[0] < event.span[1] <= len(text)


FRAGMENTS = [*SENTENCES, "", "\n", '"', ",", "(", "The", "and"]


@settings(max_examples=200)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=12).map(" ".join))
def test_fragments_of_news_give_a_timeline(text: str) -> None:
    for event in timeline.extract(text, PUBLISHED).events:
        assert event.span is not None
        assert text[event.span[0] : event.span[1]].strip()


@settings(max_examples=50)
@given(
    st.lists(
        st.sampled_from(["he said", "and", "Moscow", ",", "the attack", "."]),
        min_size=0,
        max_size=600,
    ).map(" ".join)
)
def test_no_sentence_is_longer_than_eighty_words(text: str) -> None:
    # Run-on text is read in bounded pieces: the work per sentence stays bounded, so a
    # story takes time in proportion to its length, whatever its punctuation.
    from timeline._extract._text import sentences

    pieces = sentences(text)
    assert all(len(sentence.words) <= 80 for sentence in pieces)
    assert [w for s in pieces for w in s.words] == sorted(
        (w for s in pieces for w in s.words), key=lambda word: word.start
    )
