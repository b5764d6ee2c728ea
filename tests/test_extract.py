"""Sentence spans and the expression-per-event timeline behind ``tag --format timelinejs``."""

from __future__ import annotations

from datetime import date

from timeline import Timex, tag
from timeline._extract import expression_timeline, sentence_spans

PUBLISHED = date(2017, 9, 25)


def test_hard_wrapped_paragraphs_are_read_as_running_text() -> None:
    text = (
        "Russia's Defense Ministry announced late Sunday that a general had\n"
        "been killed by mortar fire near the city.\n"
        "\n"
        "Headline without a full stop\n"
        "Second line."
    )
    assert [
        "Russia's Defense Ministry announced late Sunday that a general had\n"
        "been killed by mortar fire near the city.",
        "Headline without a full stop",
        "Second line.",
    ] == [text[s:e] for s, e in sentence_spans(text)]


def test_no_text_no_sentences() -> None:
    assert [] == sentence_spans("  \n\n ")


def test_each_expression_is_an_event_told_by_its_sentence() -> None:
    text = "Talks collapsed late Sunday.\nThe envoy left on Monday for three weeks."
    found = tag(text, PUBLISHED)
    story = expression_timeline(text, found, PUBLISHED)
    assert [
        ("Talks collapsed late Sunday.", "late Sunday", (16, 27)),
        ("The envoy left on Monday for three weeks.", "Monday", (47, 53)),
        ("The envoy left on Monday for three weeks.", "three weeks", (58, 69)),
    ] == [(e.description, e.when and e.when.text, e.span) for e in story.events]
    # A length of time has no place on the calendar; it is kept, undated.
    assert [False, False, True] == [event.undated for event in story.events]
    assert PUBLISHED == story.published


def test_an_expression_without_a_span_is_told_by_its_own_words() -> None:
    sunday = Timex("late Sunday", "DATE", "2017-09-24", "END")
    story = expression_timeline("Nothing here says it.", [sunday])
    assert [("late Sunday", sunday)] == [(e.description, e.when) for e in story.events]
