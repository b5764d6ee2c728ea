"""A year written before a part of it is one expression: "the 1986 second quarter"."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline import tag

_PUBLISHED = date(1990, 5, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Profit in the 1987 third quarter was flat.", ("1987 third quarter", "1987-Q3")),
        ("The 1984 summer was dry.", ("1984 summer", "1984-SU")),
        ("Output in the 1985 first half fell.", ("1985 first half", "1985-H1")),
    ],
)
def test_a_year_before_its_part_names_that_part_of_that_year(
    text: str, expected: tuple[str, str]
) -> None:
    assert [expected] == [(found.text, found.value) for found in tag(text, _PUBLISHED)]


def test_a_year_and_a_part_apart_stay_two_expressions() -> None:
    # (The year opens the sentence, so in news it still places the season.)
    text = "In 1984, summer came late."
    found = [(timex.text, timex.value) for timex in tag(text, _PUBLISHED)]
    assert [("1984", "1984"), ("summer", "1984-SU")] == found


@given(st.integers(1900, 2090), st.sampled_from(["first", "second", "third", "fourth"]))
def test_the_year_written_is_the_year_of_the_quarter(year: int, ordinal: str) -> None:
    number = ["first", "second", "third", "fourth"].index(ordinal) + 1
    found = tag(f"Sales in the {year} {ordinal} quarter rose.", _PUBLISHED)
    assert [f"{year}-Q{number}"] == [timex.value for timex in found]
