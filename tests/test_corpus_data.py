"""Self-checks of the expression corpus: it must be well-formed before it can judge `resolve`."""

from __future__ import annotations

import math
from collections import Counter
from datetime import UTC, date, datetime, timedelta, tzinfo

import pytest
from dateutil.relativedelta import relativedelta

from corpus import everyday
from corpus.expressions import (
    CORPUS,
    DST_SUNDAY,
    ENTRIES,
    LEAP_SATURDAY,
    MONDAY,
    NEGATIVE,
    NEW_YEARS_DAY_FRIDAY,
    NEW_YEARS_EVE_TUESDAY,
    Case,
)
from timeline import Duration, Grain, Interval, Mod, Pattern, TimexType, VagueReference, parse_value

NARROWING_MODS = {"START", "MID", "END"}
TENSES = {None, "past", "present", "future"}


def zone_of(published: date) -> tzinfo:
    """The zone a publication's intervals are in: its own, or UTC for a date."""
    if isinstance(published, datetime) and published.tzinfo is not None:
        return published.tzinfo
    return UTC


def stated_interval(case: Case) -> Interval:
    assert case.interval is not None
    start, end = (datetime.fromisoformat(moment) for moment in case.interval)
    # The grain is not part of what a case states; DAY only satisfies the constructor.
    return Interval(start, end, Grain.DAY)


def cases() -> list[tuple[date, Case]]:
    return [(published, case) for published, cases in CORPUS.items() for case in cases]


def case_id(item: tuple[date, Case]) -> str:
    published, case = item
    return f"{published.isoformat()}|{case.phrasings[0]}|{case.tense}"


CASES = cases()


def test_the_corpus_has_at_least_300_phrasings() -> None:
    assert len(ENTRIES) >= 300


def test_the_publication_dates_cover_the_calendar_edges() -> None:
    assert MONDAY.weekday() == 0
    assert tuple(NEW_YEARS_DAY_FRIDAY.isocalendar()) == (2020, 53, 5)
    assert tuple(NEW_YEARS_EVE_TUESDAY.isocalendar()) == (2020, 1, 2)
    assert (LEAP_SATURDAY.month, LEAP_SATURDAY.day, LEAP_SATURDAY.weekday()) == (2, 29, 5)
    midnight = DST_SUNDAY.replace(hour=0)
    next_midnight = (DST_SUNDAY + timedelta(days=1)).replace(hour=0)
    assert midnight.utcoffset() != next_midnight.utcoffset()
    for published in (MONDAY, NEW_YEARS_DAY_FRIDAY, NEW_YEARS_EVE_TUESDAY, LEAP_SATURDAY):
        assert published in CORPUS
    assert DST_SUNDAY in CORPUS


@pytest.mark.parametrize(("published", "case"), CASES, ids=[case_id(item) for item in CASES])
def test_every_case_is_well_formed(published: date, case: Case) -> None:
    assert case.phrasings, "a case needs at least one phrasing"
    assert case.section, "a case names the section of the spec it tests"
    assert case.type in set(TimexType)
    assert case.mod is None or case.mod in set(Mod)
    assert case.tense in TENSES
    for phrase in case.phrasings:
        assert phrase == phrase.strip()
        assert phrase
        # "on Monday": the preposition is not part of the expression ("at present" is).
        assert not phrase.lower().startswith("on ")
    assert (case.quant is None and case.freq is None) or case.type == "SET"


@pytest.mark.parametrize(("published", "case"), CASES, ids=[case_id(item) for item in CASES])
def test_every_expected_value_parses_to_its_kind(published: date, case: Case) -> None:
    parsed = parse_value(case.expected, zone_of(published))
    if case.type in ("DATE", "TIME"):
        # Fully specified, or a vague reference: no case leaves parts unknown.
        assert isinstance(parsed, Interval | VagueReference)
        assert case.type == "DATE" or isinstance(parsed, Interval)
    elif case.type == "DURATION":
        assert isinstance(parsed, Duration)
    else:
        assert isinstance(parsed, Pattern | Duration)


_STEPS = {
    "minute": relativedelta(minutes=1),
    "hour": relativedelta(hours=1),
    "day": relativedelta(days=1),
    "week": relativedelta(weeks=1),
    "month": relativedelta(months=1),
    "year": relativedelta(years=1),
}


@pytest.mark.parametrize(
    ("published", "case"),
    [item for item in CASES if item[1].interval is not None],
    ids=[case_id(item) for item in CASES if item[1].interval is not None],
)
def test_every_stated_interval_agrees_with_its_value(published: date, case: Case) -> None:
    interval = stated_interval(case)
    parsed = parse_value(case.expected, zone_of(published))
    if isinstance(parsed, Interval):
        if case.mod in NARROWING_MODS:
            assert parsed.contains(interval)
            assert parsed != interval
        else:
            assert (parsed.start, parsed.end) == (interval.start, interval.end)
    else:
        # "The past N days": N calendar days of the publication's wall clock.
        assert isinstance(parsed, Duration)
        ((grain, amount),) = parsed.parts
        assert amount is not None
        assert math.isclose(amount, int(amount))
        zone = zone_of(published)
        # Whatever its unit, the stated length takes the interval's start to its end.
        start = interval.start.astimezone(zone).replace(tzinfo=None)
        step = _STEPS[grain.value]
        assert start + step * int(amount) == interval.end.astimezone(zone).replace(tzinfo=None)
        if case.section in (everyday.RANGES, everyday.STRETCHES) or grain.value != "day":
            return  # a range starts where its first end does; a window of weeks, tomorrow
        days = (interval.end.astimezone(zone).date() - interval.start.astimezone(zone).date()).days
        assert (grain.value, int(amount)) == ("day", days)
        publication_day = published.date() if isinstance(published, datetime) else published
        first_day = interval.start.astimezone(zone).date()
        assert first_day in (
            publication_day - timedelta(days=days - 1),
            publication_day + timedelta(1),
        )


def test_no_phrasing_has_two_expectations() -> None:
    seen: dict[tuple[object, ...], tuple[object, ...]] = {}
    for published, case, phrase in ENTRIES:
        # Case is folded: "Last Week" must mean what "last week" means.
        key = (published, phrase.casefold(), case.tense, repr(case.reference))
        expectation = (case.type, case.expected, case.mod, case.interval, case.quant, case.freq)
        assert seen.setdefault(key, expectation) == expectation, key


def test_no_phrasing_is_listed_twice() -> None:
    counts = Counter(
        (published, phrase, case.tense, repr(case.reference)) for published, case, phrase in ENTRIES
    )
    assert [key for key, count in counts.items() if count > 1] == []


def test_the_negative_corpus_is_large_distinct_and_disjoint() -> None:
    assert len(NEGATIVE) >= 40
    assert len(NEGATIVE) == len(set(NEGATIVE))
    positives = {phrase.casefold() for _, _, phrase in ENTRIES}
    assert [text for text in NEGATIVE if text.casefold() in positives] == []
