"""Words that look like time but are ages, fractions, names or parts of longer figures."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline import tag

MONDAY = date(2017, 9, 25)


def _found(text: str) -> list[tuple[str, str]]:
    return [(found.text, found.value) for found in tag(text, MONDAY)]


@pytest.mark.parametrize(
    "text",
    [
        "A 7-year-old girl was rescued from the rubble.",
        "The senator, 74 years old, will not run again.",
        "Shares closed up 1 5/8 at 32.",
        "The long bond fell 1/2 point.",
        "The stock rose 3/8 to 19.",
        "Two-thirds of the harvest was lost.",
        "Nearly three-quarters of voters backed the plan.",
        "The minister spoke on This Week with the presenter.",
        "He hopes he will one day coach the national side.",
        "The club traded a second-round pick for the striker.",
        "She won the marathon in 2:21:47.",
    ],
)
def test_what_only_looks_like_time_is_not_tagged(text: str) -> None:
    assert [] == _found(text)


def test_the_same_words_are_time_where_they_say_when() -> None:
    assert [("seven years", "P7Y")] == _found("The girl lived there for seven years.")
    assert [("a second", "PT1S")] == _found("The light flashed for a second.")
    assert [("This Week", "2017-W39")] == _found("Prices Fall This Week")  # a headline
    assert [("one day", "P1D")] == _found("The strike lasted one day.")
    assert [("4/8", "2017-04-08")] == _found("The count ended on 4/8.")
    assert [("21:47 Sunday", "2017-09-24T21:47")] == _found("The fire broke out at 21:47 Sunday.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Recovery takes between 6 and 9 months.", [("6", "P6M"), ("9 months", "P9M")]),
        ("The fog lasted two to four days.", [("two", "P2D"), ("four days", "P4D")]),
        ("Repairs take 3-5 weeks.", [("3", "P3W"), ("5 weeks", "P5W")]),
        # "and" joins amounts only after "between".
        ("He has 4 and a half days left.", [("4 and a half days", "P4.5D")]),
    ],
)
def test_the_first_end_of_a_range_of_durations_is_a_duration(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert expected == _found(text)


def test_a_range_of_weekdays_runs_forward_on_its_weekdays() -> None:
    assert [("Monday", "2017-09-18"), ("Wednesday", "2017-09-20")] == _found(
        "The hearings ran from Monday to Wednesday."
    )
    # A list is no range: each weekday keeps its own date.
    assert [("Friday", "2017-09-22"), ("Thursday", "2017-09-21")] == _found(
        "The two sides issued statements Friday and Thursday."
    )


@given(st.integers(2, 99), st.sampled_from(["year", "month", "week"]))
def test_an_age_is_never_a_duration(number: int, unit: str) -> None:
    assert [] == _found(f"The {number}-{unit}-old bridge was closed.")
    assert [] == _found(f"The bridge, {number} {unit}s old, was closed.")
