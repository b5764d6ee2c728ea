"""The exception family: every public error survives pickling (issue 13, item 9)."""

from __future__ import annotations

import datetime
import pickle
from concurrent.futures import ProcessPoolExecutor

import pytest
from hypothesis import given
from hypothesis import strategies as st

import timeline
from timeline import timeml

texts = st.text(max_size=20)
optional_numbers = st.none() | st.integers(min_value=0, max_value=10**6)

errors = st.one_of(
    st.builds(timeline.ParseError, texts, texts, position=optional_numbers),
    st.builds(timeline.ValueFormatError, texts | st.integers(), texts),
    st.builds(timeline.UnknownRelationError, texts, st.lists(texts).map(tuple)),
    st.builds(timeline.UnknownEventError, texts, texts),
    st.builds(timeline.TimelineFormatError, texts, texts),
    st.builds(
        timeline.TimeMLError,
        texts,
        source=st.none() | texts,
        line=optional_numbers,
        column=optional_numbers,
    ),
    st.builds(timeline.InvalidValueError, texts),
    st.builds(timeline.InvalidTypeError, texts),
    st.builds(timeline.TimelineError, texts),
    st.builds(timeline.HolidayCalendarError, texts),
    # Warnings too: with warnings as errors, they cross process boundaries as errors do.
    st.builds(timeline.TimelineWarning, texts),
    st.builds(timeline.NotEnglishWarning, texts),
)


def test_every_public_exception_class_is_covered() -> None:
    public = {
        name
        for module in (timeline, timeml)
        for name in module.__all__
        if isinstance(getattr(module, name), type)
        and issubclass(getattr(module, name), BaseException)
    }
    covered = {
        "HolidayCalendarError",
        "InvalidTypeError",
        "InvalidValueError",
        "NotEnglishWarning",
        "ParseError",
        "TimeMLError",
        "TimelineError",
        "TimelineFormatError",
        "TimelineWarning",
        "UnknownEventError",
        "UnknownRelationError",
        "ValueFormatError",
    }
    assert covered == public


@given(errors)
def test_every_error_survives_pickling(error: Exception) -> None:
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        copy = pickle.loads(pickle.dumps(error, protocol=protocol))
        assert type(error) is type(copy)
        assert str(error) == str(copy)
        assert error.args == copy.args
        assert vars(error) == vars(copy)


def test_a_parse_error_in_a_worker_process_reaches_the_parent() -> None:
    # Before, the worker's ParseError could not be unpickled and the pool waited forever.
    with ProcessPoolExecutor(max_workers=1) as pool:
        future = pool.submit(timeline.resolve, "blorp", datetime.date(2017, 9, 25))
        with pytest.raises(timeline.ParseError) as caught:
            future.result(timeout=60)
    assert "blorp" == caught.value.text
