"""The clause-per-date stand-in for event extraction behind ``timeline show``."""

from __future__ import annotations

from datetime import date

from timeline import Timex, tag
from timeline._extract import clauses, expression_timeline, sentence_spans

PUBLISHED = date(2017, 9, 25)


def test_each_dated_sentence_is_a_clause() -> None:
    text = "Talks collapsed late Sunday. Nobody commented. The envoy flew home on Monday."
    found = clauses(text, PUBLISHED)
    expected = [
        ("Talks collapsed late Sunday.", "2017-09-24", (0, 28)),
        ("The envoy flew home on Monday.", "2017-09-25", (47, 77)),
    ]
    assert expected == [(c.text, c.when and c.when.value, c.span) for c in found]
    assert [text[s:e] for s, e in (c.span for c in found)] == [c.text for c in found]


def test_undated_sentences_are_kept_when_asked() -> None:
    text = "Talks collapsed late Sunday. Nobody commented."
    found = clauses(text, PUBLISHED, undated=True)
    assert [("Talks collapsed late Sunday.", "late Sunday"), ("Nobody commented.", None)] == [
        (c.text, c.when and c.when.text) for c in found
    ]


def test_a_sentence_with_two_dates_is_cut_between_them() -> None:
    text = (
        "The militia reported on Monday that warplanes had hit its post at an oil depot "
        "it took last week, wounding two guards."
    )
    found = clauses(text, PUBLISHED)
    assert [
        ("The militia reported on Monday", "2017-09-25"),
        (
            "that warplanes had hit its post at an oil depot it took last week, "
            "wounding two guards.",
            "2017-W38",
        ),
    ] == [(c.text, c.when and c.when.value) for c in found]


def test_a_cut_needs_words_on_both_sides_or_the_later_date_stays_in_the_clause() -> None:
    text = "On Monday, the ministry said the general died late Sunday."
    [clause] = clauses(text, PUBLISHED)
    assert ("2017-09-25", ["late Sunday"]) == (
        clause.when and clause.when.value,
        [timex.text for timex in clause.others],
    )
    assert text == clause.text


def test_the_strongest_boundary_wins() -> None:
    text = "Rebels took the town last week; the army, which had fled, came back on Monday."
    found = clauses(text, PUBLISHED)
    assert [
        "Rebels took the town last week;",
        "the army, which had fled, came back on Monday.",
    ] == [c.text for c in found]


def test_lengths_of_time_and_repetitions_do_not_date_a_clause() -> None:
    text = "Repairs will take three weeks. Ferries run every Friday. Work resumed today."
    assert ["Work resumed today."] == [c.text for c in clauses(text, PUBLISHED)]


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
    [clause] = clauses(text, PUBLISHED)
    assert clause.text.startswith(
        "Russia's Defense Ministry announced late Sunday that a general had been"
    )


def test_no_text_no_clauses() -> None:
    assert [] == clauses("", PUBLISHED, undated=True)
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
