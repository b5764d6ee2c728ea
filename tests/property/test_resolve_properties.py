"""Properties of `resolve` over publication dates, zones and tenses."""

from __future__ import annotations

import contextlib
from datetime import UTC, date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

import timeline
from timeline import Grain, Interval, Mod, ParseError, TimexType, resolve, tag
from timeline.strategies import publication_dates, time_zones

# Phrases whose meaning moves with the publication date, day for day.
SHIFT_INVARIANT = [
    "yesterday",
    "today",
    "tomorrow",
    "three days ago",
    "in two days",
    "ten days from now",
    "the day before yesterday",
    "the past three days",
    "this morning",
    "last night",
    "tonight",
    "noon",
]
# Phrases covering every construction, for the agreement of value and interval.
PHRASES = [
    *SHIFT_INVARIANT,
    "Thursday",
    "late Sunday",
    "early Tuesday",
    "Sunday evening",
    "last Friday",
    "next Friday",
    "this Friday",
    "last week",
    "this week",
    "next week",
    "early last week",
    "the weekend",
    "last weekend",
    "last month",
    "earlier this month",
    "later this month",
    "the end of the month",
    "mid-March",
    "March",
    "Sept. 21",
    "the 3rd",
    "last year",
    "late 2016",
    "last summer",
    "winter",
    "this winter",
    "the first quarter",
    "the second half of 2015",
    "the 1990s",
    "the early 1990s",
    "the nineties",
    "the 20th century",
    "two weeks ago",
    "six months ago",
    "a year ago",
    "3 p.m. Sunday",
    "midnight",
    "Christmas Eve",
    "Easter",
    "Thanksgiving",
    "the last week of March",
    "the first Monday of October",
    "that week",
]
TENSES = st.sampled_from([None, "past", "present", "future"])


@given(publication_dates(), st.integers(-400, 400), st.sampled_from(SHIFT_INVARIANT))
def test_shift_invariant_phrases_move_with_publication(
    published: date, days: int, phrase: str
) -> None:
    here = resolve(phrase, published).interval
    there = resolve(phrase, published + timedelta(days=days)).interval
    assert here is not None
    assert there is not None
    assert here.start + timedelta(days=days) == there.start
    assert here.end + timedelta(days=days) == there.end


@given(publication_dates(), st.sampled_from(PHRASES), TENSES, time_zones())
def test_value_and_interval_agree(
    published: date, phrase: str, tense: timeline.Tense | None, zone: object
) -> None:
    moment = datetime(published.year, published.month, published.day, 10, tzinfo=zone)  # type: ignore[arg-type]
    timex = resolve(phrase, moment, tense=tense)
    assert timex.interval is not None
    if timex.type is TimexType.DURATION:
        return
    unit = Interval.from_value(timex.value.removesuffix("Z"), timex.interval.start.tzinfo)  # type: ignore[arg-type]
    if timex.mod in (Mod.START, Mod.MID, Mod.END):
        assert unit.contains(timex.interval)
        assert unit != timex.interval
    else:
        assert unit == timex.interval
    assert (TimexType.TIME if unit.grain <= Grain.PART_OF_DAY else TimexType.DATE) == timex.type


@given(publication_dates())
def test_late_sunday_inside_sunday_inside_its_week(published: date) -> None:
    late = resolve("late Sunday", published).interval
    sunday = resolve("Sunday", published).interval
    evening = resolve("Sunday evening", published).interval
    assert late is not None
    assert sunday is not None
    assert evening is not None
    assert sunday.contains(late)
    assert sunday.contains(evening)
    week = "this week" if published.isoweekday() == 7 else "last week"
    containing = resolve(week, published).interval
    assert containing is not None
    assert containing.contains(sunday)


@given(
    publication_dates(),
    st.sampled_from(["early", "mid", "late"]),
    st.sampled_from(["last week", "next month", "this year", "Friday", "the 1990s"]),
)
def test_parts_nest_in_their_unit(published: date, part: str, phrase: str) -> None:
    whole = resolve(phrase, published)
    narrowed = resolve(f"{part} {phrase}", published)
    assert whole.value == narrowed.value
    assert whole.interval is not None
    assert narrowed.interval is not None
    assert whole.interval.contains(narrowed.interval)


@given(st.dates(date(2014, 1, 1), date(2026, 12, 31)))
def test_every_day_has_valid_iso_weeks(published: date) -> None:
    this = resolve("this week", published)
    last = resolve("last week", published)
    following = resolve("next week", published)
    iso_year, week, _ = published.isocalendar()
    assert f"{iso_year:04d}-W{week:02d}" == this.value
    assert this.interval is not None
    assert last.interval is not None
    assert following.interval is not None
    assert last.interval.end == this.interval.start
    assert this.interval.end == following.interval.start
    day = datetime(published.year, published.month, published.day, tzinfo=UTC)
    assert day in this.interval
    for timex in (this, last, following):
        assert timex.interval == Interval.from_value(timex.value)


@given(
    publication_dates(),
    st.sampled_from(
        [
            "Thursday",
            "Monday",
            "March",
            "Sept. 21",
            "the 3rd",
            "spring",
            "Christmas",
            "the first quarter",
            "the weekend",
        ]
    ),
)
def test_tense_decides_the_direction(published: date, phrase: str) -> None:
    day = Interval.unit(
        datetime(published.year, published.month, published.day, tzinfo=UTC), Grain.DAY
    )
    past = resolve(phrase, published, tense="past").interval
    future = resolve(phrase, published, tense="future").interval
    present = resolve(phrase, published, tense="present").interval
    assert past is not None
    assert future is not None
    assert present is not None
    assert past.start < day.end  # on or before the publication day
    assert future.end > day.start  # on or after it
    assert present in (past, future)
    assert past.start <= future.start
    assert resolve(phrase, published).interval == past  # past narration is the default


@given(publication_dates(), st.sampled_from(["Friday", "March", "summer", "Christmas"]))
def test_last_and_next_are_strict(published: date, phrase: str) -> None:
    day = Interval.unit(
        datetime(published.year, published.month, published.day, tzinfo=UTC), Grain.DAY
    )
    last = resolve(f"last {phrase}", published).interval
    following = resolve(f"next {phrase}", published).interval
    assert last is not None
    assert following is not None
    assert last.end <= day.start
    assert following.start >= day.end


@given(st.text(max_size=40), publication_dates())
def test_arbitrary_text_raises_only_parse_error(text: str, published: date) -> None:
    try:
        timex = resolve(text, published)
    except ParseError as error:
        problem: ParseError | None = error
    else:
        problem = None
        assert text == timex.text
    assert problem is None or text == problem.text


@given(
    st.integers(0, 10**9),
    st.sampled_from(["days", "weeks", "months", "years", "decades", "centuries", "0s"]),
    st.sampled_from(["ago", "later", "from now", "earlier", ""]),
    st.sampled_from(["", "the ", "in ", "AD "]),
    publication_dates(),
)
def test_any_count_of_units_resolves_or_raises_parse_error(
    count: int, unit: str, direction: str, before: str, published: date
) -> None:
    # Counts that run past the years 1 to 9999 raise our own error, never the calendar's,
    # and nothing is read relative to the machine's clock.
    text = f"{before}{count}{'' if unit == '0s' else ' '}{unit} {direction}".strip()
    with contextlib.suppress(ParseError):
        timex = resolve(text, published)
        # Only a count of days names a day ("the 9990s" is not a day seconds ago).
        assert timex.grain is not Grain.DAY or unit == "days"
    tag(f"It happened {text}.", published)  # never raises


@given(
    st.lists(
        st.sampled_from(
            [
                "last",
                "next",
                "the",
                "week",
                "Monday",
                "of",
                "late",
                "3",
                "p.m.",
                "2017",
                "-",
                "'",
                "day",
                "ago",
                "in",
                "every",
                "a",
                "half",
                "and",
                "year",
                "March",
                "21st",
                ",",
                ".",
            ]
        ),
        max_size=8,
    ),
    publication_dates(),
)
def test_word_salad_raises_only_parse_error(words: list[str], published: date) -> None:
    text = " ".join(words)
    with contextlib.suppress(ParseError):
        resolve(text, published, tense="future")
