"""EVENT scoring: extents strict and relaxed, class through the gold's scheme, errors."""

from __future__ import annotations

import pytest

from timeline import InvalidValueError
from timeline.timeml import (
    EventCounts,
    EventMention,
    classes_agree,
    comparable_class,
    evaluate_events,
)


def _event(text: str, word: str, event_class: str | None, *, occurrence: int = 0) -> EventMention:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(word, start + 1)
    attributes = () if event_class is None else (("class", event_class),)
    return EventMention(word, (start, start + len(word)), attributes)


STORY = "The chief executive resigned on Friday and the board said it was surprised."


def test_strict_relaxed_and_class_by_hand() -> None:
    gold = [
        _event(STORY, "chief executive", "OTHER"),  # multi-word: ours overlaps it
        _event(STORY, "resigned", "OTHER"),
        _event(STORY, "said", "SPEECH_COGNITIVE"),
        _event(STORY, "was", "GRAMMATICAL"),  # a copula: we do not mark those
        _event(STORY, "surprised", "MIX"),  # cannot be compared
    ]
    system = [
        _event(STORY, "executive", "OCCURRENCE"),
        _event(STORY, "resigned", "OCCURRENCE"),
        _event(STORY, "said", "I_ACTION"),
        _event(STORY, "surprised", "I_STATE"),
        _event(STORY, "board", "OCCURRENCE"),  # spurious
    ]
    scores = evaluate_events({"story": gold}, {"story": system})
    # gold 5, system 5; strict: resigned, said, surprised; relaxed adds executive.
    # classes compared: executive, resigned, said (surprised is MIX); right: two.
    assert EventCounts(5, 5, 3, 4, 3, 2) == scores.counts
    assert pytest.approx((0.6, 0.8)) == (scores.strict.f1, scores.relaxed.f1)
    assert pytest.approx(0.4) == scores.event_class.f1
    assert pytest.approx(2 / 3) == scores.counts.class_accuracy
    assert [("said", "said")] == [
        (pair.gold.text, pair.system.text)
        for pair in scores.class_errors
        if pair.gold is not None and pair.system is not None
    ]
    assert ["was"] == [pair.gold.text for pair in scores.missed if pair.gold is not None]
    assert ["board"] == [pair.system.text for pair in scores.spurious if pair.system]


def test_a_document_the_system_left_out_found_nothing() -> None:
    gold = {"a": [_event(STORY, "resigned", "OCCURRENCE")], "b": []}
    scores = evaluate_events(gold, {})
    assert EventCounts(gold=1) == scores.counts
    assert (1.0, 0.0, 0.0) == (
        scores.relaxed.precision,
        scores.relaxed.recall,
        scores.relaxed.f1,
    )
    assert [("a", EventCounts(gold=1)), ("b", EventCounts())] == list(scores.documents)


@pytest.mark.parametrize(
    ("ours", "gold", "agree"),
    [
        ("REPORTING", "SPEECH_COGNITIVE", True),
        ("I_STATE", "SPEECH_COGNITIVE", True),
        ("PERCEPTION", "SPEECH_COGNITIVE", True),
        ("ASPECTUAL", "GRAMMATICAL", True),
        ("OCCURRENCE", "OTHER", True),
        ("STATE", "OTHER", True),
        ("I_ACTION", "OTHER", True),
        ("I_ACTION", "SPEECH_COGNITIVE", False),
        ("OCCURRENCE", "GRAMMATICAL", False),
        ("STATE", "STATE", True),
        ("STATE", "I_STATE", False),
        ("I_STATE", "ACTION_STATE", True),
        ("I_ACTION", "NEG_ACTION_OCCURRENCE", True),
        ("OCCURRENCE", "ACTION_CAUSATIVE", False),
        (None, "OTHER", False),
        ("OCCURRENCE", "MIX", None),
        ("OCCURRENCE", "ACTION_GENERIC", None),
        ("OCCURRENCE", None, None),
    ],
)
def test_classes_are_compared_in_the_gold_scheme(
    ours: str | None, gold: str | None, agree: bool | None
) -> None:
    assert agree == classes_agree(ours, gold)


def test_comparable_class_names_ours_in_their_scheme() -> None:
    assert "SPEECH_COGNITIVE" == comparable_class("REPORTING", "OTHER")
    assert "ACTION_OCCURRENCE" == comparable_class("I_ACTION", "ACTION_REPORTING")
    assert "OCCURRENCE" == comparable_class("OCCURRENCE", "STATE")


def test_bad_input_is_refused() -> None:
    unspanned = EventMention("said")
    with pytest.raises(InvalidValueError, match="to have a span, got 'said' without one"):
        evaluate_events({"a": [unspanned]}, {})
    with pytest.raises(InvalidValueError, match=r"have no gold document"):
        evaluate_events({}, {"a": []})
    with pytest.raises(InvalidValueError, match="to be EventMention, got str"):
        evaluate_events({"a": ["said"]}, {})  # type: ignore[list-item]
    with pytest.raises(InvalidValueError, match="EventCounts: expected correct classes"):
        EventCounts(gold=1, system=1, relaxed_matches=1, classes_compared=2)
    with pytest.raises(InvalidValueError, match=r"EventCounts\.gold: expected an int >= 0"):
        EventCounts(gold=-1)
