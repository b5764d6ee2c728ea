"""Properties of news reading: a year stated elsewhere never moves a date of the year."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from timeline import tag

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_VERBS = ("closed", "will close", "closes", "was closed", "is due to close")


@st.composite
def news_days(draw: st.DrawFn) -> date:
    return draw(st.dates(min_value=date(1950, 1, 1), max_value=date(2040, 12, 31)))


@given(
    news_days(),
    st.integers(1700, 2100),
    st.sampled_from(_MONTHS),
    st.sampled_from(_VERBS),
    st.sampled_from(("The firm was founded in {}.", "Its rival, set up in {}, grew fast.")),
)
def test_a_year_stated_in_an_earlier_sentence_never_moves_a_bare_month(
    published: date, year: int, month: str, verb: str, opening: str
) -> None:
    sentence = f"The plant {verb} in {month}."
    alone = [found.value for found in tag(sentence, published)]
    after = [found.value for found in tag(opening.format(year) + " " + sentence, published)]
    assert alone == after[-1:]
    found_year = int(alone[0][:4])
    assert abs(found_year - published.year) <= 1
