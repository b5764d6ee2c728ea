"""Anaphora count from where the story is, not from dates that were counted themselves."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from timeline import tag

_PUBLISHED = date(1990, 5, 3)


def _found(text: str, published: date = _PUBLISHED) -> list[tuple[str, str]]:
    return [(found.text, found.value) for found in tag(text, published)]


def test_a_comparison_repeated_counts_from_the_same_place() -> None:
    text = "Freight costs rose 4% from a year earlier. Fuel costs fell from a year earlier."
    assert [("a year earlier", "1989"), ("a year earlier", "1989")] == _found(text)


def test_a_count_forward_moves_the_story_and_the_next_count_follows() -> None:
    text = (
        "The mill shut on June 2, 1986. The following day pickets came. "
        "Three days later talks began."
    )
    assert [
        ("June 2, 1986", "1986-06-02"),
        ("The following day", "1986-06-03"),
        ("Three days later", "1986-06-06"),
    ] == _found(text)


def test_a_date_counted_back_is_still_what_that_day_means() -> None:
    text = (
        "The merger closed on June 2, 1986. Two days earlier the banks signed. "
        "That day shares rose."
    )
    assert [
        ("June 2, 1986", "1986-06-02"),
        ("Two days earlier", "1986-05-31"),
        ("That day", "1986-05-31"),
    ] == _found(text)


@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2090, 12, 31)),
    st.integers(1, 9),
    st.sampled_from(["day", "week", "month", "year"]),
)
def test_the_same_count_back_twice_names_the_same_time(
    published: date, amount: int, unit: str
) -> None:
    words = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    distance = f"{words[amount - 1]} {unit}{'s' if amount > 1 else ''} earlier"
    text = f"Exports rose from {distance}. Imports fell from {distance}."
    first, second = (found.value for found in tag(text, published))
    assert first == second
