"""TempEval-3 Task A scoring: exact numbers for small, hand-checked cases."""

from __future__ import annotations

import pytest

from timeline import InvalidValueError, Timex
from timeline.timeml import Counts, PrecisionRecall, TimexPair, evaluate


def _timex(text: str, start: int, value: str = "2017-09-25", kind: str = "DATE") -> Timex:
    return Timex(text, kind, value, span=(start, start + len(text)))


SENTENCE = "Ministers met late Sunday and will meet again next week for three days."
LATE_SUNDAY = _timex("late Sunday", 14, "2017-09-24")
NEXT_WEEK = _timex("next week", 46, "2017-W40")
THREE_DAYS = _timex("three days", 60, "P3D", "DURATION")
GOLD = {"ministers": [LATE_SUNDAY, NEXT_WEEK, THREE_DAYS]}


def test_the_spans_are_those_of_the_sentence() -> None:
    for timex in (LATE_SUNDAY, NEXT_WEEK, THREE_DAYS):
        assert timex.text == SENTENCE[slice(*timex.span)]  # type: ignore[misc]


def test_identical_annotations_score_one_everywhere() -> None:
    scores = evaluate(GOLD, GOLD)
    expected = PrecisionRecall(1.0, 1.0, 1.0)
    assert [expected] * 4 == [scores.strict, scores.relaxed, scores.type, scores.value]
    assert Counts(3, 3, 3, 3, 3, 3) == scores.counts
    assert () == scores.value_errors + scores.type_errors + scores.missed + scores.spurious


def test_partial_overlap_counts_as_relaxed_but_not_strict() -> None:
    # The system found "Sunday" (wrong value), all of "next week", and "days" typed DATE.
    system = {
        "ministers": [
            _timex("Sunday", 19, "2017-09-17"),
            _timex("next week", 46, "2017-W40"),
            _timex("days", 66, "P3D", "DATE"),
            _timex("again", 40, "FUTURE_REF"),
        ]
    }
    scores = evaluate(GOLD, system)
    assert (
        Counts(
            gold=3, system=4, strict_matches=1, relaxed_matches=3, correct_types=2, correct_values=2
        )
        == scores.counts
    )
    assert PrecisionRecall(0.25, 1 / 3, pytest.approx(2 / 7)) == scores.strict  # type: ignore[arg-type]
    assert PrecisionRecall(0.75, 1.0, pytest.approx(6 / 7)) == scores.relaxed  # type: ignore[arg-type]
    assert PrecisionRecall(0.5, 2 / 3, pytest.approx(4 / 7)) == scores.value  # type: ignore[arg-type]
    assert [TimexPair("ministers", LATE_SUNDAY, system["ministers"][0])] == list(
        scores.value_errors
    )
    assert [TimexPair("ministers", THREE_DAYS, system["ministers"][2])] == list(scores.type_errors)
    assert [TimexPair("ministers", None, system["ministers"][3])] == list(scores.spurious)
    assert () == scores.missed


def test_relaxed_matching_is_one_to_one_and_maximal() -> None:
    # Two gold expressions inside one long system span: only one can match it.
    gold = {"d": [_timex("Monday", 0), _timex("night", 7)]}
    system = {"d": [_timex("Monday night", 0)]}
    scores = evaluate(gold, system)
    assert (1, 0) == (scores.counts.relaxed_matches, scores.counts.strict_matches)
    assert [gold["d"][1]] == [pair.gold for pair in scores.missed]
    # A greedy pairing would give "a" to the first system span and leave "b" unmatched.
    gold = {"d": [_timex("ab", 0), _timex("cd", 3)]}
    system = {"d": [_timex("ab c", 0), _timex("b", 1)]}
    assert 2 == evaluate(gold, system).counts.relaxed_matches


def test_micro_average_sums_counts_before_dividing() -> None:
    gold = {"a": [_timex("today", 0)], "b": [_timex(f"day {i}", 10 * i) for i in range(3)]}
    system = {"a": [_timex("today", 0)], "b": []}
    scores = evaluate(gold, system)
    assert PrecisionRecall(1.0, 0.25, 0.4) == scores.relaxed
    assert [("a", 1.0), ("b", 0.0)] == [(d.name, d.counts.relaxed.f1) for d in scores.documents]


def test_zero_denominators() -> None:
    assert PrecisionRecall(1.0, 1.0, 1.0) == evaluate({"empty": []}, {"empty": []}).relaxed
    assert PrecisionRecall(1.0, 0.0, 0.0) == evaluate(GOLD, {}).relaxed
    assert PrecisionRecall(0.0, 1.0, 0.0) == evaluate({"d": []}, {"d": [LATE_SUNDAY]}).relaxed


def test_empty_spans_match_only_identical_ones() -> None:
    gold = {"d": [Timex("", "DATE", "2017", span=(5, 5))]}
    assert 1 == evaluate(gold, gold).counts.strict_matches
    system = {"d": [_timex("Friday", 2)]}
    assert 0 == evaluate(gold, system).counts.relaxed_matches


def test_counts_add_and_check_themselves() -> None:
    assert Counts(3, 5, 1, 2, 2, 1) == Counts(1, 2, 0, 1, 1, 0) + Counts(2, 3, 1, 1, 1, 1)
    with pytest.raises(InvalidValueError, match="strict matches <= relaxed matches"):
        Counts(gold=1, system=1, strict_matches=1, relaxed_matches=0)
    with pytest.raises(InvalidValueError, match=r"Counts.gold: expected an int >= 0, got -1"):
        Counts(gold=-1)


@pytest.mark.parametrize(
    ("gold", "system", "message"),
    [
        (GOLD, {"other": []}, r"got \['other'\] that have no gold document"),
        (
            {"d": [Timex("today", "DATE", "2017-09-25")]},
            {},
            "gold expression of 'd' to have a span",
        ),
        ({"d": []}, {"d": ["today"]}, "system expressions of 'd' to be Timex, got str"),
    ],
)
def test_bad_input_is_refused(gold: object, system: object, message: str) -> None:
    with pytest.raises(InvalidValueError, match=message):
        evaluate(gold, system)  # type: ignore[arg-type]
