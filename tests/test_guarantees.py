"""Regression tests for the contracts of issue 13: nothing lost, nothing crashes.

Each test names the item it keeps; the general case is a property where it can be.
"""

from __future__ import annotations

import contextlib
import encodings.aliases

import pytest
from hypothesis import given
from hypothesis import strategies as st

import timeline
from timeline import timeml

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
    import datetime
    import gc
    import threading

    text = "Late Sunday the ministry said talks would resume next week. " * 20
    barrier = threading.Barrier(8)

    def work() -> None:
        barrier.wait()
        for _ in range(3):
            timeline.tag(text, datetime.date(2017, 9, 25))

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
