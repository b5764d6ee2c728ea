"""Properties of `tag`: valid offsets, independence from unrelated text, no crashes."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from timeline import tag
from timeline.strategies import publication_dates

MONTH_NAMES = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

# Sentences in the style of news, with and without time expressions.
SENTENCES = [
    "The ministry said late Sunday that the general had died.",
    "Rebels took the gas field last week.",
    "The council will meet on Thursday to discuss the budget.",
    "Shares fell 3% on Monday after the report.",
    "The truce lasted less than a week.",
    "Prices have risen since March 2011.",
    "Every Friday the market closes early.",
    "Officials expect a decision in the coming weeks.",
    "Two days later the ceasefire collapsed.",
    "The plant has operated for 18 months.",
    "At 3 p.m. Sunday the convoy left the city.",
    "Talks are due to resume next year.",
    "The offensive began in the early 1990s.",
    "He has been in office since Christmas Eve.",
]
FILLER = [
    "The statement gave no further details.",
    "Residents described heavy damage to the market.",
    "The company declined to comment.",
    "Analysts were divided over the outcome.",
]


@given(st.lists(st.sampled_from(SENTENCES + FILLER), max_size=8), publication_dates())
def test_offsets_are_valid_sorted_and_disjoint(sentences: list[str], published: date) -> None:
    text = " ".join(sentences)
    previous_end = 0
    for timex in tag(text, published):
        assert timex.span is not None
        start, end = timex.span
        assert previous_end <= start < end <= len(text)
        assert timex.text == text[start:end]
        previous_end = end


@given(
    st.sampled_from(SENTENCES),
    st.lists(st.sampled_from(FILLER), max_size=3),
    st.lists(st.sampled_from(FILLER), max_size=3),
    publication_dates(),
)
def test_unrelated_text_changes_nothing(
    sentence: str, before: list[str], after: list[str], published: date
) -> None:
    alone = [(t.text, t.value, t.mod) for t in tag(sentence, published)]
    prefix = " ".join(before) + (" " if before else "")
    text = prefix + sentence + (" " if after else "") + " ".join(after)
    inside = [
        (t.text, t.value, t.mod)
        for t in tag(text, published)
        if t.span is not None and len(prefix) <= t.span[0] < len(prefix) + len(sentence)
    ]
    assert alone == inside


@given(st.text(max_size=300), st.none() | publication_dates())
def test_arbitrary_text_never_raises(text: str, published: date | None) -> None:
    for timex in tag(text, published):
        assert timex.span is not None
        assert timex.text == text[timex.span[0] : timex.span[1]]


@given(
    st.lists(
        st.sampled_from(
            [
                "last",
                "Monday",
                "the",
                "week",
                "of",
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
                "\n",
                "May",
                "early",
                "late",
                "following",
                "Sept.",
                "UTC",
                "15:00",
                "since",
                "1990s",
            ]
        ),
        max_size=40,
    ),
    st.none() | publication_dates(),
)
def test_word_salad_never_raises(words: list[str], published: date | None) -> None:
    text = " ".join(words)
    for timex in tag(text, published):
        assert timex.span is not None
        assert timex.text == text[timex.span[0] : timex.span[1]]


@given(
    st.integers(1700, 1980),
    st.sampled_from(["said it would hold", "held", "will hold", "was told to hold", "held out"]),
    st.integers(1, 12),
    st.integers(1, 28),
    publication_dates(min_year=1990),
)
def test_a_date_of_the_year_stays_in_the_narrative_year(
    year: int, clause: str, month: int, day: int, published: date
) -> None:
    # Once a text narrates a year two or more years before publication, a date without a
    # year is in that year, whatever the tense of its clause.
    until = f"{day} {MONTH_NAMES[month - 1]}"
    text = f"The war began in {year}. The army {clause} the line until {until}."
    assert f"{year}-{month:02d}-{day:02d}" == tag(text, published, genre="narrative")[-1].value


@given(
    st.integers(1700, 1980),
    st.integers(1, 12),
    st.integers(1, 28),
    st.integers(1, 12),
    publication_dates(min_year=1990),
)
def test_narration_never_steps_back_a_year(
    year: int, month: int, day: int, later_month: int, published: date
) -> None:
    # After a full date, a month without a year is in the same year or the next, never the
    # year before: the same year if it has not been passed, the next if it was passed more
    # than seven months before.
    text = (
        f"On {day} {MONTH_NAMES[month - 1]} {year} the war began. "
        f"In {MONTH_NAMES[later_month - 1]} the army advanced."
    )
    value = tag(text, published, genre="narrative")[-1].value
    assert value in (f"{year}-{later_month:02d}", f"{year + 1}-{later_month:02d}")
    if later_month >= month:
        assert f"{year}-{later_month:02d}" == value
    if month - later_month > 7:
        assert f"{year + 1}-{later_month:02d}" == value


@given(
    st.integers(1700, 1980),
    st.sampled_from(["The previous year", "A year earlier", "Two years earlier", "Years before"]),
    st.integers(1, 12),
    st.integers(1, 28),
    publication_dates(min_year=1990),
)
def test_a_year_counted_back_leaves_the_narrative_year(
    year: int, recalled: str, month: int, day: int, published: date
) -> None:
    # A year counted back from the narrative recalls; the dates after it stay in the
    # narrated year.
    text = (
        f"The war began in {year}. {recalled} the army had been reformed. "
        f"The line broke on {day} {MONTH_NAMES[month - 1]}."
    )
    assert f"{year}-{month:02d}-{day:02d}" == tag(text, published, genre="narrative")[-1].value


@given(
    st.integers(1700, 1980),
    st.integers(-5, 5),
    st.sampled_from(
        [
            "planned an offensive for {}",
            "would strike again in {}",
            "held out until {}",
            "kept its old maps (drawn in {})",
            "had fought there in {}",
        ]
    ),
    st.integers(1, 12),
    st.integers(1, 28),
    publication_dates(min_year=1990),
)
def test_a_year_in_passing_leaves_the_narrative_year(
    year: int, offset: int, clause: str, month: int, day: int, published: date
) -> None:
    # A year in a clause that looks ahead from the narrative (a plan, an outcome) or back
    # from it (the past perfect), or in parentheses, is not where the narrative is: the
    # dates after it stay in the narrated year.
    text = (
        f"The war began in {year}. The army {clause.format(year + offset)}. "
        f"The line broke on {day} {MONTH_NAMES[month - 1]}."
    )
    assert f"{year}-{month:02d}-{day:02d}" == tag(text, published, genre="narrative")[-1].value


@given(
    st.integers(1700, 1960),
    st.integers(11, 300),
    st.booleans(),
    st.sampled_from(["the longest war since {}", "a war its historians first described in {}"]),
    st.integers(1, 12),
    st.integers(1, 28),
    publication_dates(min_year=1990),
)
def test_a_year_decades_away_mid_sentence_leaves_the_narrative_year(
    year: int, distance: int, later: bool, phrase: str, month: int, day: int, published: date
) -> None:
    # A bare year more than ten years from the one in focus, inside a sentence, compares
    # or comments; the narrative stays in its year.
    other = min(year + distance, published.year) if later else year - distance
    text = (
        f"The war began in {year}. It was {phrase.format(other)}. "
        f"The line broke on {day} {MONTH_NAMES[month - 1]}."
    )
    assert f"{year}-{month:02d}-{day:02d}" == tag(text, published, genre="narrative")[-1].value


@st.composite
def day_ranges(draw: st.DrawFn) -> tuple[str, list[str]]:
    """A range of days written the British or the American way, with its two values."""
    year = draw(st.integers(1700, 2050))
    month = draw(st.integers(1, 12))
    first = draw(st.integers(1, 27))
    second = draw(st.integers(first + 1, 28))
    joiner = draw(st.sampled_from(["-", " to ", " and ", "–"]))
    name = MONTH_NAMES[month - 1]
    if draw(st.booleans()):
        written = f"{first}{joiner}{second} {name} {year}"
    else:
        written = f"{name} {first}{joiner}{second}, {year}"
    values = [f"{year:04d}-{month:02d}-{day:02d}" for day in (first, second)]
    return f"Fighting raged on {written} near the river.", values


@given(day_ranges(), publication_dates())
def test_both_ends_of_a_range_of_days_are_dated(
    case: tuple[str, list[str]], published: date
) -> None:
    text, values = case
    found = tag(text, published)
    assert values == [t.value for t in found]
    for timex in found:
        assert timex.interval is not None
        assert timex.value == timex.interval.value


def _ordinal(number: int) -> str:
    if 10 <= number % 100 <= 20:
        return f"{number}th"
    return f"{number}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th') }"


@given(
    st.integers(1, 28),
    st.sampled_from(["Infantry Division", "Fleet", "Armored Brigade", "Cavalry Regiment"]),
    publication_dates(),
)
def test_an_ordinal_in_a_unit_name_is_not_a_day(number: int, name: str, published: date) -> None:
    text = f"Reinforcements joined the {_ordinal(number)} {name} near the border."
    assert [] == tag(text, published)
    dated = tag(f"On the {_ordinal(number)} the {name} crossed the border.", published)
    assert [number] == [t.interval.start.day for t in dated if t.interval is not None]


@given(
    st.integers(1000, 2099),
    st.sampled_from(["In", "By", "From", "Since", "During", "Until"]),
    st.sampled_from(["Portugal", "Congress", "Allied troops", "General Grant", "NATO"]),
    publication_dates(),
)
def test_a_year_after_a_sentence_opening_preposition_is_tagged_before_a_name(
    year: int, preposition: str, name: str, published: date
) -> None:
    # A capitalised preposition opens the sentence; it is not the start of a name.
    text = f"Talks stalled. {preposition} {year} {name} changed course."
    assert [(str(year), f"{year:04d}")] == [(t.text, t.value) for t in tag(text, published)]


@given(
    st.integers(1000, 1980),
    st.sampled_from(["Soon", "Shortly afterwards", "Soon after", "Shortly"]),
    st.sampled_from(["the envoys left", "the envoys would leave", "the envoys had left"]),
    publication_dates(min_year=1990),
)
def test_soon_in_a_history_is_never_a_future_reference(
    year: int, adverb: str, clause: str, published: date
) -> None:
    text = f"The treaty was signed in {year}. {adverb}, {clause}."
    assert [str(year)] == [t.text for t in tag(text, published)]


@given(
    st.dates(min_value=date(1800, 1, 1), max_value=date(2099, 12, 28)),
    st.sampled_from(["at that time", "at the same time", "during that period", "by that time"]),
    publication_dates(),
)
def test_that_time_is_the_last_date_mentioned(day: date, phrase: str, published: date) -> None:
    written = f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"
    text = f"The envoys met on {written}; {phrase}, the border was closed."
    assert [day.isoformat(), day.isoformat()] == [t.value for t in tag(text, published)]


@given(st.integers(2, 40), st.integers(1, 12), publication_dates(min_year=1990))
def test_a_year_ahead_leaves_dates_of_the_year_near_publication(
    ahead: int, month: int, published: date
) -> None:
    year = published.year + ahead
    name = MONTH_NAMES[month - 1]
    text = f"The firm hopes to double output by {year}. Its exports fell in {name}."
    assert tag(text, published)[-1].value[:4] in {str(published.year), str(published.year - 1)}


@given(
    st.sampled_from(["over", "for", "during", "within", "in", "by", "until", "before"]),
    st.sampled_from(["week", "month", "year"]),
    publication_dates(),
)
def test_the_next_unit_is_a_span_only_after_a_preposition_of_extent(
    preposition: str, unit: str, published: date
) -> None:
    found = tag(f"Output will rise {preposition} the next {unit}.", published)
    spans = {"over", "for", "during", "within", "in"}
    assert ["DURATION" if preposition in spans else "DATE"] == [t.type for t in found]
