"""`timeline.resolve` against the expression corpus (tests/corpus/expressions.py).

Each (publication date, case, phrasing) is one test: type, value and mod must match; quant
and freq when the case states them; the interval must be the one the case states, and a
date or time with no narrowing mod must have exactly the interval its value names (a
START/MID/END one lies inside it). Every string of the negative corpus must raise
`timeline.ParseError`, a `ValueError`, whose message quotes it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo

import pytest

import timeline
from corpus.expressions import ENTRIES, MONDAY, NEGATIVE, Case
from timeline import Interval, Timex, VagueReference, parse_value, resolve

NARROWING_MODS = {"START", "MID", "END"}


def zone_of(published: date) -> tzinfo:
    if isinstance(published, datetime) and published.tzinfo is not None:
        return published.tzinfo
    return UTC


def entry_id(published: date, case: Case, phrase: str) -> str:
    parts = [published.isoformat(), phrase]
    if case.tense is not None:
        parts.append(case.tense)
    if case.reference is not None:
        reference = case.reference
        shown = reference.value if isinstance(reference, Interval | Timex) else reference
        parts.append(f"ref={shown!s}")
    return "|".join(parts)


def ends(interval: Interval | None) -> tuple[str, str] | None:
    if interval is None:
        return None
    return (interval.start.isoformat(), interval.end.isoformat())


def stated_ends(case: Case) -> tuple[str, str] | None:
    if case.interval is None:
        return None
    start, end = (datetime.fromisoformat(moment).isoformat() for moment in case.interval)
    return (start, end)


@pytest.mark.parametrize(
    ("published", "case", "phrase"),
    ENTRIES,
    ids=[entry_id(*entry) for entry in ENTRIES],
)
def test_resolve_gives_the_corpus_value(published: date, case: Case, phrase: str) -> None:
    actual = resolve(phrase, published, tense=case.tense, reference=case.reference)

    actual_mod = None if actual.mod is None else str(actual.mod)
    assert (case.type, case.expected, case.mod) == (str(actual.type), actual.value, actual_mod)
    if case.quant is not None:
        assert case.quant == actual.quant
    if case.freq is not None:
        assert case.freq == actual.freq
    if case.interval is not None:
        assert stated_ends(case) == ends(actual.interval)
    if case.type not in ("DATE", "TIME"):
        return
    named = parse_value(case.expected, zone_of(published))
    if isinstance(named, VagueReference):
        assert actual.interval is None
    elif case.mod in NARROWING_MODS:
        assert actual.interval is not None
        assert isinstance(named, Interval)
        assert named.contains(actual.interval)
    else:
        assert isinstance(named, Interval)
        assert (ends(named), named.grain) == (ends(actual.interval), actual.grain)


def negative_id(text: str) -> str:
    shown = repr(text)
    return shown if len(shown) <= 40 else f"{shown[:30]}...({len(text)} chars)"


@pytest.mark.parametrize("text", NEGATIVE, ids=[negative_id(text) for text in NEGATIVE])
def test_resolve_rejects_what_is_not_a_time_expression(text: str) -> None:
    with pytest.raises(timeline.ParseError) as caught:
        resolve(text, MONDAY)

    assert isinstance(caught.value, ValueError)
    assert isinstance(caught.value, timeline.TimelineError)
    assert repr(text) in str(caught.value)
