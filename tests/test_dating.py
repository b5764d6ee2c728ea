"""Which day a time expression is on, and which event it dates.

Every story here is written for these tests.
"""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

import timeline

THURSDAY = date(2026, 3, 12)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday")  # the days before THURSDAY's that week


def values(text: str, published: date = THURSDAY) -> dict[str, str]:
    return {t.text: t.value for t in timeline.tag(text, published)}


def dated(text: str, published: date = THURSDAY) -> dict[str, str | None]:
    story = timeline.extract(text, published)
    found: dict[str, str | None] = {}
    for event in story.events:
        assert event.span is not None
        trigger = text[event.span[0] : event.span[1]]
        found[trigger] = None if event.when is None else event.when.value
    return found


# --------------------------------------------------------------------------- live blogs


def test_a_clock_time_heading_a_post_is_on_the_publication_day() -> None:
    blog = (
        "Live: storm over the coast\n\n"
        "08:15 The storm reached the harbour on Tuesday night, the coastguard says.\n\n"
        "08:40 Ferries remain cancelled."
    )
    found = values(blog)
    assert found["08:15"] == "2026-03-12T08:15"
    assert found["08:40"] == "2026-03-12T08:40"  # not Tuesday's, the last day mentioned
    assert found["Tuesday night"] == "2026-03-10TNI"


def test_a_stamp_after_a_full_stop_and_a_line_break_heads_a_post() -> None:
    assert values("Pumps failed on Monday.\n14:05 Power is back.")["14:05"] == "2026-03-12T14:05"


def test_a_clock_time_in_running_prose_stays_on_the_day_in_focus() -> None:
    found = values("The ferry sank on Monday. Divers reached it at 9 p.m. and at 23:10.")
    assert found["9 p.m."] == "2026-03-09T21:00"
    assert found["23:10"] == "2026-03-09T23:10"


def test_a_hard_wrapped_line_that_begins_with_a_clock_time_continues_its_sentence() -> None:
    text = "The envoy landed on Monday and was driven to the palace by\n15:30 local time."
    assert values(text)["15:30"] == "2026-03-09T15:30"


@settings(max_examples=25)
@given(
    st.sampled_from(WEEKDAYS),
    st.integers(0, 23),
    st.integers(0, 59),
    st.sampled_from(["\n\n", ".\n"]),
)
def test_a_post_stamp_ignores_the_days_the_post_before_it_told(
    weekday: str, hour: int, minute: int, gap: str
) -> None:
    stamp = f"{hour:02d}:{minute:02d}"
    text = f"Crews arrived on {weekday}{gap}{stamp} Roads are open again."
    found = values(text)
    assert found[stamp] == f"2026-03-12T{stamp}"
    # The same time in the sentence that named the day is on that day.
    inline = values(f"Crews arrived on {weekday} at {stamp}.")
    day = 9 + WEEKDAYS.index(weekday)
    assert any(v == f"2026-03-{day:02d}T{stamp}" for v in inline.values())
