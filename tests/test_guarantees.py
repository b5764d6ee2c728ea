"""Regression tests for the contracts of issue 13: nothing lost, nothing crashes.

Each test names the item it keeps; the general case is a property where it can be.
"""

from __future__ import annotations

import contextlib
import encodings.aliases
from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import timeline
from timeline import timeml
from timeline.strategies import (
    dst_moments,
    edge_dates,
    line_broken_texts,
    time_zones,
    timelines,
)

# --------------------------------------------------------------------------- item 7


@pytest.mark.parametrize("encoding", ["x-nonexistent", "shift_jis", "utf-7", "idna", "rot13"])
def test_a_declared_encoding_we_cannot_use_is_a_timeml_error(encoding: str) -> None:
    markup = f'<?xml version="1.0" encoding="{encoding}"?><TimeML><TEXT>x</TEXT></TimeML>'
    with pytest.raises(timeml.TimeMLError, match="declared encoding"):
        timeml.parse(markup.encode("ascii"))


@given(st.sampled_from(sorted(set(encodings.aliases.aliases.values()))))
def test_any_declared_encoding_gives_a_document_or_our_error(encoding: str) -> None:
    markup = f'<?xml version="1.0" encoding="{encoding}"?><TimeML><TEXT>x</TEXT></TimeML>'
    with contextlib.suppress(timeline.TimelineError):
        timeml.parse(markup.encode("ascii"))


@given(st.text(max_size=30))
def test_any_declared_encoding_name_gives_a_document_or_our_error(name: str) -> None:
    markup = f'<?xml version="1.0" encoding="{name}"?><TimeML><TEXT>x</TEXT></TimeML>'
    try:
        document = timeml.parse(markup.encode("utf-8", errors="surrogatepass"))
    except timeline.TimelineError:
        return
    assert "x" == document.text


@pytest.mark.parametrize("markup", [5, None, 2.5, ["<TimeML/>"]])
def test_markup_of_the_wrong_kind_is_our_type_error(markup: object) -> None:
    with pytest.raises(timeline.InvalidTypeError, match="str or bytes"):
        timeml.parse(markup)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- item 10


@pytest.mark.parametrize(
    "declaration",
    [
        '<!ATTLIST TEXT note CDATA "a default copied into every element">',
        "<!ATTLIST TIMEX3 comment CDATA #IMPLIED>",
        '<!ATTLIST s a CDATA "1" b CDATA "2">',
    ],
)
def test_attribute_list_declarations_are_refused(declaration: str) -> None:
    markup = f"<!DOCTYPE TimeML [{declaration}]><TimeML><TEXT>Rain on Monday.</TEXT></TimeML>"
    with pytest.raises(timeml.TimeMLError, match="attribute-list declarations"):
        timeml.parse(markup)


def test_attribute_defaults_cannot_blow_up_a_small_file() -> None:
    # A few hundred bytes that would otherwise copy a 10 kB default into 5,000 elements.
    default = "x" * 10_000
    markup = (
        f'<!DOCTYPE TimeML [<!ATTLIST s a CDATA "{default}">]><TimeML><TEXT>'
        + "<s/>" * 5_000
        + "</TEXT></TimeML>"
    )
    with pytest.raises(timeml.TimeMLError):
        timeml.parse(markup)


def test_a_doctype_naming_only_an_external_dtd_is_read() -> None:
    markup = '<!DOCTYPE TimeML SYSTEM "timeml.dtd"><TimeML><TEXT>Rain on Monday.</TEXT></TimeML>'
    assert "Rain on Monday." == timeml.parse(markup).text


# --------------------------------------------------------------------------- item 8

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=20,
)


@pytest.mark.parametrize(
    "text",
    ["[" * 1000, "{" * 100_000, '{"a":' * 5000, "1" * 4301, "-" + "9" * 5000, "[1e999999]"],
)
def test_hostile_json_is_a_format_error(text: str) -> None:
    with pytest.raises(timeline.TimelineFormatError):
        timeline.Timeline.from_json(text)


@given(st.text() | st.binary())
def test_any_text_gives_a_timeline_or_a_format_error(text: str | bytes) -> None:
    with contextlib.suppress(timeline.TimelineFormatError):
        timeline.Timeline.from_json(text)


@given(json_values)
def test_any_json_value_gives_a_timeline_or_a_format_error(value: object) -> None:
    import json

    with contextlib.suppress(timeline.TimelineFormatError):
        timeline.Timeline.from_json(json.dumps(value))


@given(st.text(max_size=12).filter(lambda kind: kind not in set(timeline.RelationKind)))
def test_an_unknown_relation_kind_is_our_error(kind: str) -> None:
    with pytest.raises(timeline.InvalidValueError, match=r"Relation\.kind"):
        timeline.Relation("funds", kind)


@given(st.text(max_size=12), st.text(max_size=4), st.text(max_size=12))
def test_a_constraint_of_unknown_parts_is_our_error(left: str, comparison: str, right: str) -> None:
    with contextlib.suppress(timeline.TimelineError):
        timeline.Constraint(left, comparison, right)


# --------------------------------------------------------------------------- item 15


def test_tagging_from_many_threads_leaves_the_collector_running() -> None:
    import gc
    import threading

    text = "Late Sunday the ministry said talks would resume next week. " * 20
    barrier = threading.Barrier(8)

    def work() -> None:
        barrier.wait()
        for _ in range(3):
            timeline.tag(text, date(2017, 9, 25))

    assert gc.isenabled()
    for _ in range(5):
        threads = [threading.Thread(target=work) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert gc.isenabled()


def test_a_pause_inside_a_disabled_collector_leaves_it_disabled() -> None:
    import gc

    from timeline._collector import collector_paused

    gc.disable()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


@given(st.lists(st.booleans(), min_size=1, max_size=12))
def test_interleaved_pauses_resume_the_collector_only_at_the_end(order: list[bool]) -> None:
    # Each True enters a pause, each False leaves the oldest one still open: any
    # interleaving of threads reduces to such a sequence.
    import gc

    from timeline._collector import collector_paused

    open_pauses = []
    for enter in order:
        if enter:
            pause = collector_paused()
            pause.__enter__()
            open_pauses.append(pause)
        elif open_pauses:
            open_pauses.pop(0).__exit__(None, None, None)
        assert gc.isenabled() == (not open_pauses)
    while open_pauses:
        open_pauses.pop(0).__exit__(None, None, None)
    assert gc.isenabled()


# --------------------------------------------------------------------------- item 6

MONDAY = date(2017, 9, 25)
any_zones = time_zones(all_named=True, odd_offsets=True)
any_moments = st.datetimes(timezones=any_zones) | dst_moments()
any_dates = st.dates() | edge_dates()
# "Now" and "the following day" only look at the publication and reference dates;
# "next year" and "the 1990s" reach further, so edges are met from both sides.
PHRASES = ["today", "the following day", "next week", "next year", "late Sunday", "9999",
           "3 p.m. Sunday", "a year ago", "the 1990s", "tonight", "two days later",
           "31.12.9999", "Dec. 31, 9999", "Christmas 9999", "Q4 9999", "late 9999",
           "31 décembre 9999", "1 January 1", "the 9990s"]  # fmt: skip


@given(any_dates | any_moments, st.sampled_from(PHRASES), st.none() | any_dates | any_moments)
def test_any_date_or_moment_resolves_or_gives_our_error(
    published: date, phrase: str, reference: date | None
) -> None:
    try:
        timex = timeline.resolve(phrase, published, reference=reference)
    except timeline.TimelineError:
        return
    if timex.interval is not None:
        assert timex.interval.duration > timedelta(0)


@given(any_dates | any_moments, st.lists(st.sampled_from(PHRASES), min_size=1).map(", ".join))
def test_any_date_or_moment_tags_or_gives_our_error(published: date, text: str) -> None:
    try:
        found = timeline.tag(text, published)
    except timeline.InvalidValueError as error:
        message = str(error)
        found = []
    else:
        message = "published"
    assert "published" in message
    assert all(t.interval is None or t.interval.duration > timedelta(0) for t in found)


@given(any_dates | any_moments)
def test_any_date_or_moment_gives_a_value_an_interval_or_our_error(moment: date) -> None:
    with contextlib.suppress(timeline.TimelineError):
        timeline.parse_value(moment.isoformat())
    if isinstance(moment, datetime):
        for grain in timeline.Grain:
            with contextlib.suppress(timeline.TimelineError):
                timeline.Interval.unit(moment, grain)


@given(st.none() | any_dates | any_moments, st.lists(any_dates | any_moments, max_size=4))
def test_a_timeline_at_any_date_adds_whole_events_or_none(
    published: date | None, whens: list[date]
) -> None:
    try:
        story = timeline.Timeline(published=published)
    except timeline.InvalidValueError:
        return
    phrases: list[str | date] = ["the following day", "next year"] if published else []
    for when in [*whens, *phrases]:
        before = (len(story), story.to_json())
        try:
            event = story.add("talks", when)
        except timeline.TimelineError:
            assert before == (len(story), story.to_json())
            continue
        story.link(event, "before", story.events[0])
        assert len(story.ordered()) == len(story)
        for each in story.events:
            story.bounds(each)


def test_the_last_day_of_the_calendar_is_refused_cleanly() -> None:
    last = date(9999, 12, 31)
    with pytest.raises(timeline.ValueFormatError, match="ends after 9999-12-31"):
        timeline.parse_value("9999-12-31")
    with pytest.raises(timeline.InvalidValueError, match="published"):
        timeline.Timeline(published=last)
    with pytest.raises(timeline.InvalidValueError, match="published"):
        timeline.tag("next week", last)
    with pytest.raises(timeline.TimelineError):
        timeline.resolve("next week", MONDAY, reference=last)
    story = timeline.Timeline()
    with pytest.raises(timeline.ValueFormatError):
        story.add("x", last)
    assert (0, []) == (len(story), story.ordered())


def test_year_one_far_east_of_utc_is_refused_and_bounds_stay_readable() -> None:
    east = timezone(timedelta(hours=14))
    story = timeline.Timeline(published=datetime(2017, 9, 25, tzinfo=east))
    with pytest.raises(timeline.TimelineError):
        story.add("x", date(1, 1, 1))
    assert 0 == len(story)
    west = timeline.Timeline(published=datetime(2017, 9, 25, tzinfo=timezone(-timedelta(hours=5))))
    first_day = timeline.Interval(
        datetime(1, 1, 1, tzinfo=UTC), datetime(1, 1, 2, tzinfo=UTC), timeline.Grain.DAY
    )
    event = west.add("x", first_day)
    bounds = west.bounds(event)
    assert first_day.start == bounds.earliest_start


@pytest.mark.parametrize(
    "text", ["31 décembre 9999", "9999年12月31日", "Dec-31-9999", "31.12.9999 23:59"]
)
def test_a_date_in_another_format_at_the_calendars_end_is_a_parse_error(text: str) -> None:
    # Read by the dateparser fallback, whose day would end in the year 10000.
    with pytest.raises(timeline.ParseError):
        timeline.resolve(text, MONDAY)


@pytest.mark.parametrize("value", ["9999-12-31", "9999-12-31TNI", "0001-01-01T10:00+14:00"])
def test_a_dct_the_calendar_cannot_hold_gives_no_publication_date(value: str) -> None:
    markup = (
        f'<TimeML><TIMEX3 tid="t0" type="DATE" value="{value}" '
        'functionInDocument="CREATION_TIME">then</TIMEX3><TEXT>Rain on Monday.</TEXT></TimeML>'
    )
    assert timeml.parse(markup).published is None


# --------------------------------------------------------------------------- item 12


@given(line_broken_texts(), st.none() | st.just(MONDAY))
def test_no_expression_crosses_a_line_break(text: str, published: date | None) -> None:
    for timex in timeline.tag(text, published):
        assert timex.span is not None
        assert [text[slice(*timex.span)]] == text[slice(*timex.span)].splitlines()


@pytest.mark.parametrize("end", ["\r", "\u2028", "\u2029", "\x85", "\v", "\f", "\r\n"])
def test_every_line_break_ends_an_expression(end: str) -> None:
    found = timeline.tag(f"late Sunday{end}next week", MONDAY)
    assert [("late Sunday", "2017-09-24"), ("next week", "2017-W40")] == [
        (timex.text, timex.value) for timex in found
    ]


# --------------------------------------------------------------------------- items 13, 14

LONDON = ZoneInfo("Europe/London")


def exactly(moment: datetime | date | None) -> object:
    """What must survive a round trip: the wall clock, the fold and the zone itself."""
    if not isinstance(moment, datetime):
        return moment
    zone = moment.tzinfo
    name = zone.key if isinstance(zone, ZoneInfo) else None
    return (moment.replace(tzinfo=None), moment.fold, moment.utcoffset(), name)


def exact_form(story: timeline.Timeline) -> object:
    def anchor(value: timeline.Timex | None) -> object:
        return None if value is None else exactly(value.anchor)

    def interval(value: timeline.Timex | None) -> object:
        if value is None or value.interval is None:
            return None
        return (exactly(value.interval.start), exactly(value.interval.end))

    return (
        exactly(story.published),
        [(event, interval(event.when), anchor(event.when)) for event in story],
        story.links,
    )


def test_the_minute_before_the_clocks_go_forward_is_a_minute_long() -> None:
    # In London on 26 March 2017 the clock went from 01:00 GMT to 02:00 BST: "1:59 a.m."
    # that day is the moment an hour after 00:59 GMT, and lasts a minute.
    published = datetime(2017, 3, 27, 9, tzinfo=LONDON)
    timex = timeline.resolve("at 1:59 a.m. Sunday", published)
    assert timex.interval is not None
    assert timedelta(minutes=1) == timex.interval.duration
    assert datetime(2017, 3, 26, 1, 59, tzinfo=UTC) == timex.interval.start
    story = timeline.Timeline(published=published)
    story.add("the clocks change", timex)
    assert exact_form(story) == exact_form(timeline.Timeline.from_json(story.to_json()))


@given(dst_moments(), dst_moments(), st.sampled_from(list(timeline.Grain)))
def test_every_interval_is_forward_in_elapsed_time(
    first: datetime, second: datetime, grain: timeline.Grain
) -> None:
    with contextlib.suppress(timeline.TimelineError):
        assert timeline.Interval.unit(first, grain).duration > timedelta(0)
    with contextlib.suppress(timeline.TimelineError):
        interval = timeline.Interval(first, second, grain)
        assert interval.start.astimezone(UTC) < interval.end.astimezone(UTC)


@settings(max_examples=60)
@given(
    timelines(
        max_events=4,
        max_links=4,
        moments=dst_moments()
        | st.datetimes(
            min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1), timezones=any_zones
        ),
    )
)
def test_any_timeline_in_any_zone_round_trips_through_json_exactly(
    story: timeline.Timeline,
) -> None:
    again = timeline.Timeline.from_json(story.to_json())
    assert exact_form(story) == exact_form(again)
    assert story.to_json() == again.to_json()


@given(dst_moments(), st.sampled_from(PHRASES))
def test_a_phrase_resolved_in_a_named_zone_keeps_the_zone_through_json(
    published: datetime, phrase: str
) -> None:
    try:
        story = timeline.Timeline(published=published)
        story.add("x", phrase)
    except timeline.TimelineError:
        return
    again = timeline.Timeline.from_json(story.to_json())
    assert exact_form(story) == exact_form(again)


@pytest.mark.parametrize("microseconds", [1, 74, 500_000, -74, 59_999_999])
def test_an_offset_under_a_minute_reads_back_exactly(microseconds: int) -> None:
    # Found by fuzzing: Python 3.11 reads "+00:00:00.000074" as UTC.
    zone = timezone(timedelta(microseconds=microseconds))
    story = timeline.Timeline(published=datetime(3, 2, 1, tzinfo=zone))
    again = timeline.Timeline.from_json(story.to_json())
    assert exact_form(story) == exact_form(again)
    assert story.to_json() == again.to_json()


def test_a_named_zone_is_written_by_name() -> None:
    story = timeline.Timeline(published=datetime(2017, 10, 30, 9, tzinfo=LONDON))
    story.add("x", "next week")
    assert "[Europe/London]" in story.to_json()
    again = timeline.Timeline.from_json(story.to_json())
    assert isinstance(again.published, datetime)
    assert LONDON is again.published.tzinfo


@pytest.mark.parametrize("zone", ["Mars/Olympus", "../etc/passwd", "", "Europe/London\\u0000"])
def test_an_unknown_zone_name_is_a_format_error(zone: str) -> None:
    text = timeline.Timeline(published=datetime(2017, 1, 1, tzinfo=UTC)).to_json()
    text = text.replace('00:00"', f'00:00[{zone}]"')
    with pytest.raises(timeline.TimelineFormatError, match="published"):
        timeline.Timeline.from_json(text)


# --------------------------------------------------------------------------- found by fuzzing


@given(st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=8))
def test_every_document_read_can_be_written_back(suffix: str) -> None:
    # Attribute names are XML names, letters of any script included: what expat accepts
    # in a document we read, the writer must not refuse.
    markup = (
        f'<TimeML><TEXT>Talks <EVENT eid="e1" class="OTHER" a{suffix}="v">ended</EVENT>.'
        "</TEXT></TimeML>"
    )
    try:
        document = timeml.parse(markup)
    except timeml.TimeMLError:
        return
    assert document.text == timeml.parse(timeml.to_string(document)).text


def test_an_attribute_name_in_another_script_is_written_back() -> None:
    markup = (
        '<TimeML><TEXT>Talks <EVENT eid="e1" class="OTHER" примечание="v">ended</EVENT>.'
        "</TEXT></TimeML>"
    )
    document = timeml.parse(markup)
    assert "примечание" in timeml.to_string(document)


@given(
    st.integers(min_value=30, max_value=6000),
    st.sampled_from(["{}", "on 3 {}th", "in {} days", "{}-01-01", "Sept. {}, 2017", "{} BC"]),
)
def test_a_run_of_digits_of_any_length_is_our_error_or_no_expression(
    digits: int, template: str
) -> None:
    # int() refuses more than 4,300 digits; no count, year or clock time has 30.
    text = template.format("7" * digits)
    for phrase in (text, f"Talks end {text}.\n"):
        found = timeline.tag(phrase, MONDAY)
        assert all(len(timex.text) < 40 for timex in found)
        with contextlib.suppress(timeline.ParseError):
            timeline.resolve(phrase, MONDAY)
