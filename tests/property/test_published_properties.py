"""Properties of the one reading of a publication date: ISO strings mean their date."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, tzinfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

import timeline
from timeline._time._published import coerce_date, parse_date
from timeline.strategies import publication_dates, time_zones
from timeline.timeml import Document

SENTENCES = st.sampled_from(
    [
        "The board met on Thursday and will vote next week.",
        "Shares slid late Sunday; the regulator responds in two days.",
        "Talks collapsed last month, three days after the strike.",
    ]
)


@given(publication_dates())
def test_a_date_written_in_iso_reads_back_as_that_date(day: date) -> None:
    read = coerce_date(day.isoformat())
    assert (day, date) == (read, type(read))


@given(publication_dates(), st.times(), time_zones() | st.none())
def test_a_datetime_written_in_iso_reads_back_the_same(
    day: date, moment: time, zone: tzinfo | None
) -> None:
    # Compared as text: the offset read back is fixed, the zone written may be named.
    written = datetime.combine(day, moment, tzinfo=zone)
    read = coerce_date(written.isoformat())
    assert isinstance(read, datetime)
    assert written.isoformat() == read.isoformat()


@given(SENTENCES, publication_dates())
def test_tag_reads_a_string_date_as_the_date(text: str, day: date) -> None:
    assert timeline.tag(text, day) == timeline.tag(text, day.isoformat())


@given(publication_dates(), st.sampled_from(["late Sunday", "last week", "two days later"]))
def test_resolve_reads_string_dates_for_published_and_reference(day: date, phrase: str) -> None:
    iso = day.isoformat()
    assert timeline.resolve(phrase, day, reference=day) == timeline.resolve(
        phrase, iso, reference=iso
    )


@given(publication_dates(), time_zones())
def test_a_timeline_reads_a_string_date_as_the_date(day: date, zone: tzinfo) -> None:
    moment = datetime.combine(day, time(9, 30), tzinfo=zone)
    assert timeline.Timeline(published=day) == timeline.Timeline(published=day.isoformat())
    read = timeline.Timeline(published=moment.isoformat()).published
    assert read is not None
    assert moment.isoformat() == read.isoformat()


@given(st.text(max_size=30))
def test_any_string_is_a_date_or_a_clear_error(text: str) -> None:
    outcome: date | str
    try:
        outcome = parse_date(text)
    except timeline.InvalidValueError as error:
        outcome = str(error)
    if isinstance(outcome, str):
        expected = "published: expected an ISO date like 2017-09-25 or a date and time like "
        assert f"{expected}2017-09-25T14:30+02:00, got {text!r}" == outcome
    else:
        # What was read is what was written, up to the spelling of the ISO form.
        assert outcome == parse_date(outcome.isoformat())


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda bad: timeline.tag("on Monday", bad), "published"),
        (lambda bad: list(timeline.tag_documents([("on Monday", bad)])), "published"),
        (lambda bad: timeline.resolve("Monday", bad), "published"),
        (lambda bad: timeline.resolve("the next day", "2017-09-25", reference=bad), "reference"),
        (lambda bad: timeline.Timeline(published=bad), "Timeline.published"),
        (lambda bad: Document.from_timexes("on Monday", [], published=bad), "published"),
    ],
)
@pytest.mark.parametrize("bad", ["2017-02-30", "25/09/2017", "Sept. 25", "", "2017-09-25T25:00"])
def test_every_entry_point_gives_the_same_error_for_a_malformed_date(
    call: object, field: str, bad: str
) -> None:
    with pytest.raises(timeline.InvalidValueError) as raised:
        call(bad)  # type: ignore[operator]
    expected = f"{field}: expected an ISO date like 2017-09-25 or a date and time like "
    assert f"{expected}2017-09-25T14:30+02:00, got {bad!r}" == str(raised.value)


def test_examples_users_rely_on() -> None:
    document = Document.from_timexes("x", [], published="2017-09-25T23:30-04:00")
    assert document.dct is not None
    assert "2017-09-25" == document.dct.timex.value
    assert datetime(2017, 9, 25, 14, 30, tzinfo=UTC) == coerce_date("2017-09-25T14:30Z")
    assert "2017-09-22" == timeline.tag("on Friday", " 2017-09-25 ")[0].value
    assert None is coerce_date(None)
